//! Alliance Organization: an explorable edition of Sam Seitz's literature review on how military
//! alliances are organized.
//!
//! The essay's text lives in `content/` and is compiled into static data by `build.rs` (see
//! [`content`] for the syntax, native builds only); [`essay`] renders it with Leptos; [`sims`] holds the
//! simulations placed in it. `ARCHITECTURE.md` gives the bird's-eye view.

pub mod chart;
pub mod cite;
#[cfg(not(target_arch = "wasm32"))]
pub mod content;
pub mod edition;
pub mod embed;
pub mod essay;
pub mod html;
pub mod num;
#[cfg(feature = "ssr")]
pub mod prerender;
pub mod sims;
pub mod throttle;
#[cfg(not(target_arch = "wasm32"))]
pub mod wasm_imports;

pub use essay::App;
