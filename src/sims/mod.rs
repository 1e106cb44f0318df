//! The simulations placed in the essay. [`catalog`] names them; [`Placement`] renders one by name.
//! Each simulation will live in its own folder (`model.rs`, pure and natively tested, plus its view).

pub mod catalog;
pub mod kimball;
pub mod kit;
pub mod mattes;
pub mod signals;
pub mod specialize;
pub mod weber;
pub mod weitsman;

use crate::essay::data::ESSAY;
use leptos::prelude::*;

/// The figure placed in the essay with `{{sim NAME}}`: the registry from placement name to view. Until a
/// simulation is built, a labelled placeholder says what will be there.
#[component]
pub fn Placement(
    /// Catalog name, checked at build time.
    name: &'static str,
) -> impl IntoView {
    match name {
        "weitsman" => leptos::either::Either::Left(view! { <weitsman::view::WeitsmanFigure /> }),
        _ => leptos::either::Either::Right(view! { <Placeholder name=name /> }),
    }
}

/// A labelled placeholder for a simulation still to come.
#[component]
fn Placeholder(
    /// Catalog name.
    name: &'static str,
) -> impl IntoView {
    let number = ESSAY.figure_number(name).unwrap_or(0);
    let info = catalog::find(name);
    let title = info.map_or(name, |i| i.title);
    let question = info.map_or("", |i| i.question);
    let rests_on = info.map_or(&[][..], |i| i.rests_on);
    let caption_id = format!("fig-{name}-caption");
    let labelled_by = caption_id.clone();
    view! {
        <figure id=format!("fig-{name}") class="figure placeholder" data-sim=name aria-labelledby=labelled_by>
            <figcaption id=caption_id>
                <span class="figure-number">{format!("Figure {number}")}</span>
                " "
                <span class="figure-title">{title}</span>
            </figcaption>
            <p class="figure-question">{question}</p>
            <p class="placeholder-note">
                "Coming in a later version: a live simulation with sliders to move and a chart that redraws as you move them. It will rest on "
                {rests_on.iter().enumerate().map(|(i, key)| {
                    let sep = match i {
                        0 => "",
                        _ if i + 1 == rests_on.len() => " and ",
                        _ => ", ",
                    };
                    (sep, view! { <a class="cite" href=format!("#ref-{key}")>{ESSAY.reference(key).map_or(*key, |r| r.label)}</a> })
                }).collect_view()}
                ", and it will be a stylized teaching model of the argument, not a measured result."
            </p>
            <p class="without-script">"Live figures need JavaScript and WebAssembly; the text, notes and links work without them."</p>
        </figure>
    }
}
