//! The code a teacher pastes into a course site to embed one figure: a bare `<iframe>` at a height
//! measured for that figure, and after it a plain link with the credit, which survives any sanitizer.
//! No script: most course-site editors strip it (`../shared/guide/embedding.md`). Used at build
//! time: for the oEmbed snippet, and for the [`template`] each page carries for the browser to fill.

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

    /// What the embed page's address says for this theme (`theme=light|dark`, read by the embed
    /// page's `embed-frame.js`); empty for the reader's own setting, which the address leaves out.
    pub fn value(self) -> &'static str {
        match self {
            Theme::Reader => "",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
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
    fill(
        &template(s.title, s.height, s.credit),
        s.src,
        &max_width(s.width),
        s.credit_href,
    )
}

/// The snippet with holes for what only the browser knows, the absolute addresses and the width
/// chosen: `{src}`, `{max}` ([`max_width`]) and `{credit_href}`, in that order. Written into the page
/// at build time for "Embed this figure", whose script (`assets/figure-embed.js`) fills it as [`fill`]
/// does: in one pass, the addresses escaped.
pub fn template(title: &str, height: u32, credit: &str) -> String {
    let mut out = String::from("<iframe src=\"{src}\" title=\"");
    push_escaped(&mut out, title);
    out.push_str(&format!(
        "\" width=\"100%\" height=\"{height}\" style=\"width:100%;{{max}}height:{height}px;border:0\" loading=\"lazy\" allowfullscreen></iframe>\n<p><a href=\"{{credit_href}}\">"
    ));
    push_escaped(&mut out, credit);
    out.push_str("</a></p>");
    out
}

/// What `{max}` stands for: the frame's greatest width as style, or nothing to fill the column.
pub fn max_width(width: Option<u32>) -> String {
    width
        .map(|w| format!("max-width:{w}px;"))
        .unwrap_or_default()
}

/// Fills [`template`]'s holes in one pass (what fills one is never read for another): `src` and
/// `credit_href` escaped, `max` as it is.
pub fn fill(template: &str, src: &str, max: &str, credit_href: &str) -> String {
    let mut out = String::with_capacity(template.len() + src.len() + credit_href.len());
    let mut rest = template;
    let holes = [
        ("{src}", src, true),
        ("{max}", max, false),
        ("{credit_href}", credit_href, true),
    ];
    while let Some(at) = rest.find('{') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        match holes.iter().find(|(hole, ..)| rest.starts_with(hole)) {
            Some((hole, value, true)) => {
                push_escaped(&mut out, value);
                rest = &rest[hole.len()..];
            }
            Some((hole, value, false)) => {
                out.push_str(value);
                rest = &rest[hole.len()..];
            }
            None => {
                out.push('{');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// The credit under a frame and in the embedded figure: "Figure N: TITLE, from WORK, an explorable
/// edition of AUTHOR’s review".
pub fn credit(figure_title: &str, work_title: &str, work_author: &str) -> String {
    format!("{figure_title}, from {work_title}, an explorable edition of {work_author}’s review")
}
