//! The code a teacher pastes into a course site to embed one figure: a bare `<iframe>` at a height
//! measured for that figure, and after it a plain link with the credit, which survives any sanitizer.
//! No script: most course-site editors strip it (`../shared/guide/embedding.md`). Pure, so the same
//! function serves the browser and the tests.

use crate::html::push_escaped;

/// What the snippet says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Snippet<'a> {
    /// The embedded figure's absolute address, with its settings.
    pub src: &'a str,
    /// The frame's title: the figure's number and title.
    pub title: &'a str,
    /// The frame's height in CSS pixels.
    pub height: u32,
    /// Where the credit leads: the figure in the essay, with its settings (absolute).
    pub credit_href: &'a str,
    /// The credit: "Figure N: TITLE, from …".
    pub credit: &'a str,
}

/// The HTML to paste: the frame (full width, its height both as an attribute and as style, since
/// hosts keep one or the other; `loading` and `allowfullscreen` where a host keeps them), then the
/// credit as a paragraph with a link.
pub fn snippet(s: &Snippet) -> String {
    let mut out = String::from("<iframe src=\"");
    push_escaped(&mut out, s.src);
    out.push_str("\" title=\"");
    push_escaped(&mut out, s.title);
    out.push_str(&format!(
        "\" width=\"100%\" height=\"{h}\" style=\"width:100%;height:{h}px;border:0\" loading=\"lazy\" allowfullscreen></iframe>\n<p><a href=\"",
        h = s.height
    ));
    push_escaped(&mut out, s.credit_href);
    out.push_str("\">");
    push_escaped(&mut out, s.credit);
    out.push_str("</a></p>");
    out
}
