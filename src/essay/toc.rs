//! The table of contents. Static: the scroll-spy (`browser.rs`) marks the part in view on the links
//! themselves (`aria-current`), so no wasm has to adopt the list.

use super::data::ESSAY;
use leptos::prelude::*;

/// Links to every section, the notes and the bibliography.
#[component]
pub fn Toc() -> impl IntoView {
    let item = move |id: &'static str, label: String| {
        view! {
            <li>
                <a href=format!("#{id}")>{label}</a>
            </li>
        }
    };
    view! {
        <nav class="toc" aria-labelledby="toc-title">
            <h2 id="toc-title" class="toc-title">"Contents"</h2>
            <p class="toc-note">"Section titles are this edition’s."</p>
            <ol>
                {ESSAY
                    .sections
                    .iter()
                    .enumerate()
                    .map(|(i, s)| item(s.slug, format!("{} {}", i + 1, s.title)))
                    .collect_view()}
                {item("notes", "Notes".to_string())}
                {item("bibliography", "Bibliography".to_string())}
                {item("further-reading", "Further reading".to_string())}
                {item("textual-notes", "Textual notes".to_string())}
                {item("glossary", "Glossary".to_string())}
                {item("cite", "Cite this edition".to_string())}
            </ol>
            <p class="toc-present"><super::present::PresentLink label="Present the figures" /></p>
        </nav>
    }
}
