//! The simulations. [`catalog`] names them; [`FIGURES`] holds each one's description for the kit's frame,
//! which the essay places (`essay::Placement`).
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

/// Every built figure, by catalog name.
pub static FIGURES: &[&kit::figure::Figure] = &[
    &weitsman::view::FIGURE,
    &mattes::view::FIGURE,
    &weber::view::FIGURE,
    &kimball::view::FIGURE,
    &signals::view::FIGURE,
    &specialize::view::FIGURE,
];

/// The figure named `name`, if it is built.
pub fn figure(name: &str) -> Option<&'static kit::figure::Figure> {
    FIGURES.iter().copied().find(|f| f.name == name)
}
