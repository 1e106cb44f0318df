//! The bibliography and further reading: every entry with a stable anchor (`#ref-KEY`) and links back to where it is cited.

use super::data::{CitedBy, Reference, ESSAY};
use leptos::prelude::*;

/// The bibliography, in the review's order and citation style.
#[component]
pub fn Bibliography() -> impl IntoView {
    view! {
        <section id="bibliography" class="bibliography" aria-labelledby="bibliography-title">
            <h2 id="bibliography-title">"Bibliography"</h2>
            <ul class="reference-list">{ESSAY.references.iter().map(entry).collect_view()}</ul>
        </section>
    }
}

/// Further reading: works outside the review's bibliography that the model notes draw on, listed by
/// this edition and framed as its words.
#[component]
pub fn FurtherReading() -> impl IntoView {
    view! {
        <section id="further-reading" class="bibliography further" aria-labelledby="further-reading-title">
            <h2 id="further-reading-title">"Further reading"</h2>
            <div class="ours">
                <p>"Works the figures’ model notes draw on that the review does not cite, listed by this edition."</p>
                <ul class="reference-list">{ESSAY.further.iter().map(entry).collect_view()}</ul>
            </div>
        </section>
    }
}

/// One entry with its anchor and the places that cite it.
fn entry(r: &'static Reference) -> impl IntoView {
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
