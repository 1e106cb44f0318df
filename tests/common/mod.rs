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

/// Values for every parameter of `table` (in its order) anywhere in its declared box: whole numbers
/// where the step is whole (counts), any number in the range otherwise, a choice at its default. Model
/// properties draw from this, so a range changed in `params.rs` changes what they cover.
#[cfg(not(target_arch = "wasm32"))]
pub fn in_box(
    table: &'static [alliance_organization::sims::kit::param::Param],
) -> impl proptest::strategy::Strategy<Value = Vec<f64>> {
    use alliance_organization::sims::kit::param::Kind;
    use proptest::prelude::*;
    table
        .iter()
        .map(|p| {
            let (min, max, step) = p.bounds();
            match p.kind {
                Kind::Choice { .. } => Just(p.default).boxed(),
                Kind::Range { .. } if step >= 1.0 && step.fract() == 0.0 => {
                    (min as i64..=max as i64).prop_map(|k| k as f64).boxed()
                }
                Kind::Range { .. } => (min..=max).boxed(),
            }
        })
        .collect::<Vec<_>>()
}

/// The values a figure's "try this" prompt `label` sets, read from the prompt itself (a prompt renamed or
/// changed changes what the test checks; one removed fails it).
#[cfg(not(target_arch = "wasm32"))]
pub fn prompt(figure: &alliance_organization::sims::kit::figure::Figure, label: &str) -> Vec<f64> {
    let (_, raw) = figure
        .try_this
        .iter()
        .find(|(l, _)| *l == label)
        .unwrap_or_else(|| panic!("{}: no prompt “{label}”", figure.name));
    let (values, notices) = alliance_organization::sims::kit::state::read(figure.params, raw);
    assert!(
        notices.is_empty(),
        "{}: prompt “{label}” reads cleanly",
        figure.name
    );
    values
}
