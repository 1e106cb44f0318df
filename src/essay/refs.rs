//! The bibliography: every entry with a stable anchor (`#ref-KEY`) and links back to where it is cited.

use super::data::{CitedBy, ESSAY};
use leptos::prelude::*;

/// The bibliography, in the review's order and citation style.
#[component]
pub fn Bibliography() -> impl IntoView {
    view! {
        <section id="bibliography" class="bibliography" aria-labelledby="bibliography-title">
            <h2 id="bibliography-title">"Bibliography"</h2>
            <ul class="reference-list">
                {ESSAY
                    .references
                    .iter()
                    .map(|r| {
                        view! {
                            <li id=format!("ref-{}", r.key)>
                                <span inner_html=r.html></span>
                                " "
                                <span class="cited-by">
                                    "Cited in "
                                    {r.cited_by.iter().enumerate().map(|(i, place)| {
                                        let sep = if i == 0 { "" } else { ", " };
                                        (sep, cited_link(*place))
                                    }).collect_view()}
                                    "."
                                </span>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </section>
    }
}

fn cited_link(place: CitedBy) -> impl IntoView {
    let (href, text) = match place {
        CitedBy::Section(slug) => {
            let number = ESSAY
                .sections
                .iter()
                .position(|s| s.slug == slug)
                .map_or(0, |i| i + 1);
            (format!("#{slug}"), format!("section {number}"))
        }
        CitedBy::Note(n) => (format!("#note-{n}"), format!("note {n}")),
        CitedBy::Figure(name) => (
            format!("#fig-{name}"),
            format!("figure {}", ESSAY.figure_number(name).unwrap_or(0)),
        ),
    };
    view! { <a href=href>{text}</a> }
}
