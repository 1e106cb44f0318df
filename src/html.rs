//! HTML the page builds as strings at run time (data tables, citations): one escape for all of it.

/// Appends `text` to `out`, escaped for HTML text and double-quoted attributes.
pub fn push_escaped(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
}
