//! The bibliography and further reading: every entry with a stable anchor (`#ref-KEY`), this edition's
//! corrected citation and links beside it, and links back to where it is cited; then this edition's
//! textual notes and glossary.

use super::data::{CitedBy, Reference, ESSAY};
use super::EditionLabel;
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
                <EditionLabel />
                <p>"Works the figures’ model notes and the glossary draw on that the review does not cite, listed by this edition."</p>
                <ul class="reference-list">{ESSAY.further.iter().map(entry).collect_view()}</ul>
            </div>
        </section>
    }
}

/// One entry with its anchor, this edition's corrections and links, and the places that cite it.
fn entry(r: &'static Reference) -> impl IntoView {
    view! {
        <li id=format!("ref-{}", r.key)>
            <span inner_html=r.html></span>
            " "
            // Empty when this edition adds nothing (hidden by style/main.css).
            <span class="edition-ref" inner_html=r.edition></span>
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
        CitedBy::Glossary => ("#glossary".to_string(), "the glossary".to_string()),
    };
    view! { <a href=href>{text}</a> }
}

/// This edition's textual notes: where the review as printed has a slip, or a citation a student could
/// not find as given. Each links back to every marker that leads to it.
#[component]
pub fn TextualNotes() -> impl IntoView {
    view! {
        <section id="textual-notes" class="textual-notes" aria-labelledby="textual-notes-title">
            <h2 id="textual-notes-title">"Textual notes"</h2>
            <div class="ours">
                <EditionLabel />
                <p>"Where the review as printed has a slip or a citation a student could not find as given, a dagger (†) in the text leads here. The review’s words stay as printed; these notes are this edition’s."</p>
                // Build-time HTML (`content::codegen::textual_html`): one string, no view per entry.
                <div inner_html=ESSAY.textual_html></div>
            </div>
        </section>
    }
}

/// The glossary (ours): key terms defined in this edition's words, each with a source.
#[component]
pub fn Glossary() -> impl IntoView {
    view! {
        <section id="glossary" class="glossary" aria-labelledby="glossary-title">
            <h2 id="glossary-title">"Glossary"</h2>
            <div class="ours">
                <EditionLabel />
                <p>"Key terms, defined by this edition. Their first use in each section is underlined with dashes: hover over, focus or tap it to read the definition in place."</p>
                // Build-time HTML (`content::codegen::glossary_html`).
                <div inner_html=ESSAY.glossary_html></div>
            </div>
        </section>
    }
}
