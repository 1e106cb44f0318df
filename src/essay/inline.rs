//! Inline content to views.

use super::data::Inline;
use super::notes::NoteRef;
use leptos::prelude::*;

/// Renders inline content.
pub(crate) fn inlines(list: &'static [Inline]) -> Vec<AnyView> {
    list.iter().map(inline).collect()
}

fn inline(item: &'static Inline) -> AnyView {
    match item {
        Inline::Text(text) => (*text).into_any(),
        Inline::Em(c) => view! { <em>{inlines(c)}</em> }.into_any(),
        Inline::Strong(c) => view! { <strong>{inlines(c)}</strong> }.into_any(),
        Inline::Code(text) => view! { <code>{*text}</code> }.into_any(),
        Inline::Link(href, c) => view! { <a href=*href rel="external">{inlines(c)}</a> }.into_any(),
        Inline::Cite(key, c) => {
            view! { <a class="cite" href=format!("#ref-{key}")>{inlines(c)}</a> }.into_any()
        }
        Inline::Note(n) => view! { <NoteRef number=*n /> }.into_any(),
    }
}
