//! Marks of this edition shared by the essay and the figures: one label for both, defined outside either.

use leptos::prelude::*;

/// The visible mark on every passage, figure and list of this edition's: a word, not only a type face,
/// so it survives print and copied text.
#[component]
pub fn EditionLabel() -> impl IntoView {
    view! { <p class="edition-label">"This edition"</p> }
}
