//! Renders the essay to HTML at build time (feature `ssr`), from the same components the browser runs.
//! `src/bin/prerender.rs` writes the result into the `index.html` Trunk has staged; the browser then
//! hydrates it (adopts the DOM instead of building it).

use crate::App;
use leptos::prelude::*;
use std::sync::Arc;

/// The essay's markup, as it goes directly after `<body>`.
pub fn render_app() -> String {
    let owner = Owner::new_root(Some(Arc::new(hydration_context::SsrSharedContext::new())));
    let html = owner.with(|| App().to_html());
    owner.unset();
    html
}

/// Inserts `app` directly after the `<body>` tag of `page` (nothing may stand between them, or hydration
/// fails). `None` when the page has no `<body>` tag.
pub fn insert_into_body(page: &str, app: &str) -> Option<String> {
    let start = page.find("<body")?;
    let end = start + page[start..].find('>')? + 1;
    let mut out = String::with_capacity(page.len() + app.len());
    out.push_str(&page[..end]);
    out.push_str(app);
    out.push_str(&page[end..]);
    Some(out)
}
