//! Helpers shared by the native test files.
#![allow(dead_code)]

/// The review as received.
pub const ORIGINAL: &str = include_str!("../../content/original/alliance-organization-review.txt");

/// The text of build-time markup as the original prints it: tags dropped, note markers as `[N]`, a line
/// break before each paragraph and list item, and the entities the code generator and Leptos write
/// decoded.
pub fn text_of(html: &str) -> String {
    // This edition's textual-note links (`<a class="tn-ref" …>†</a>`) are not the review's: drop them
    // whole, and nothing else.
    let mut html = html.to_string();
    while let Some(at) = html.find(r#"<a class="tn-ref""#) {
        let end = html[at..]
            .find("</a>")
            .map_or(html.len(), |e| at + e + "</a>".len());
        html.replace_range(at..end, "");
    }
    let mut out = String::new();
    let mut tag: Option<String> = None;
    for c in html.chars() {
        match (&mut tag, c) {
            (None, '<') => tag = Some(String::new()),
            (Some(t), '>') => {
                if t.starts_with("sup") {
                    out.push('[');
                } else if t == "/sup" {
                    out.push(']');
                } else if t.starts_with('p') || t.starts_with("li") || t.starts_with("/li") {
                    out.push('\n');
                }
                tag = None;
            }
            (Some(t), c) => t.push(c),
            (None, c) => out.push(c),
        }
    }
    out.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&amp;", "&")
}
