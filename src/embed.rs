//! The code a teacher pastes into a course site to embed one figure: a bare `<iframe>` at a height
//! measured for that figure, and after it a plain link with the credit, which survives any sanitizer.
//! No script: most course-site editors strip it (`../shared/guide/embedding.md`). Pure, so the same
//! function serves the browser and the tests.

use crate::html::push_escaped;

/// The colours a snippet asks the embedded figure for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    /// The reader's own setting (light or dark): nothing in the address.
    #[default]
    Reader,
    /// Light, whatever the reader's setting.
    Light,
    /// Dark, whatever the reader's setting.
    Dark,
}

impl Theme {
    /// The choices, in the order the control offers them, with their labels.
    pub const CHOICES: [(Theme, &'static str); 3] = [
        (Theme::Reader, "Follow the reader’s setting"),
        (Theme::Light, "Light"),
        (Theme::Dark, "Dark"),
    ];

    /// `src` (an address with or without a query) asking for this theme (`theme=light|dark`, read by
    /// the embed page's `embed-frame.js`).
    pub fn on(self, src: &str) -> String {
        let value = match self {
            Theme::Reader => return src.to_string(),
            Theme::Light => "light",
            Theme::Dark => "dark",
        };
        let join = if src.contains('?') { '&' } else { '?' };
        format!("{src}{join}theme={value}")
    }
}

/// The widths the control offers for the frame, in CSS pixels; `None` fills the column it is pasted in.
pub const WIDTHS: [Option<u32>; 4] = [None, Some(960), Some(720), Some(480)];

/// What the snippet says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Snippet<'a> {
    /// The embedded figure's absolute address, with its settings.
    pub src: &'a str,
    /// The frame's title: the figure's number and title.
    pub title: &'a str,
    /// The frame's height in CSS pixels.
    pub height: u32,
    /// Its greatest width in CSS pixels, if any: it fills the column it is pasted in up to that.
    pub width: Option<u32>,
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
    let max = s
        .width
        .map(|w| format!("max-width:{w}px;"))
        .unwrap_or_default();
    out.push_str(&format!(
        "\" width=\"100%\" height=\"{h}\" style=\"width:100%;{max}height:{h}px;border:0\" loading=\"lazy\" allowfullscreen></iframe>\n<p><a href=\"",
        h = s.height
    ));
    push_escaped(&mut out, s.credit_href);
    out.push_str("\">");
    push_escaped(&mut out, s.credit);
    out.push_str("</a></p>");
    out
}

/// The credit under a frame and in the embedded figure: "Figure N: TITLE, from WORK, an explorable
/// edition of AUTHOR’s review".
pub fn credit(figure_title: &str, work_title: &str, work_author: &str) -> String {
    format!("{figure_title}, from {work_title}, an explorable edition of {work_author}’s review")
}
