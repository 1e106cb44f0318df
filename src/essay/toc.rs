//! The table of contents, with the section in view marked (`aria-current`).

use super::data::ESSAY;
use leptos::prelude::*;

/// Links to every section, the notes and the bibliography; `active` is the slug in view.
#[component]
pub fn Toc(
    /// Id of the part of the essay in view, set by the scroll-spy after mount.
    active: RwSignal<Option<&'static str>>,
) -> impl IntoView {
    let item = move |id: &'static str, label: String| {
        let current = move || (active.get() == Some(id)).then_some("location");
        view! {
            <li>
                <a href=format!("#{id}") aria-current=current class:active=move || active.get() == Some(id)>
                    {label}
                </a>
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
        </nav>
    }
}
