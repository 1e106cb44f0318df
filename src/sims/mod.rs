//! The simulations placed in the essay. [`catalog`] names them; [`Placement`] renders one by name.
//! Each simulation lives in its own folder: `model.rs` (pure, natively tested), `params.rs` (its
//! parameter table) and `view.rs` (readout, chart, data table and text alternative for the kit's frame).

pub mod catalog;
pub mod kimball;
pub mod kit;
pub mod mattes;
pub mod signals;
pub mod specialize;
pub mod weber;
pub mod weitsman;

use leptos::prelude::*;

/// The figure placed in the essay with `{{sim NAME}}`. Placement names are checked against the catalog at
/// build time, and a test checks that every catalogued name has a figure.
#[component]
pub fn Placement(
    /// Catalog name, checked at build time.
    name: &'static str,
) -> impl IntoView {
    figure(name).map(|figure| view! { <kit::frame::Frame figure=figure /> })
}

/// Every built figure, by catalog name.
pub static FIGURES: &[&kit::frame::Figure] = &[
    &weitsman::view::FIGURE,
    &mattes::view::FIGURE,
    &weber::view::FIGURE,
    &kimball::view::FIGURE,
    &signals::view::FIGURE,
    &specialize::view::FIGURE,
];

/// The figure named `name`, if it is built.
pub fn figure(name: &str) -> Option<&'static kit::frame::Figure> {
    FIGURES.iter().copied().find(|f| f.name == name)
}
