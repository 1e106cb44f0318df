//! Citations a reader can copy or download: a full form, BibTeX and RIS, built from one description of
//! the work ([`Work`]). Pure string work, the same on both builds, so the pre-rendered page and the
//! hydrated one agree; the page fills in the address and the date with [`here`], which reads the browser
//! and so runs only in effects.

/// A work to cite: the edition, or one of its figures.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Work {
    /// BibTeX key.
    pub key: String,
    /// Author as "Surname, Given"; empty for the edition's own figures, whose editors are not named.
    pub author: String,
    /// Title of the work. A descriptive title in square brackets (an untitled work) prints as it is;
    /// any other is quoted in the full form.
    pub title: String,
    /// Where it appears: the edition, named with its supplied title.
    pub within: String,
    /// Date of this edition, `YYYY-MM-DD`.
    pub edition: String,
    /// What a reader should also know (no date on the review, what a figure rests on, its settings).
    pub note: String,
    /// The address, as the reader has it; empty before the page knows it.
    pub url: String,
    /// The day the reader read it, `YYYY-MM-DD`.
    pub accessed: String,
}

/// "1 December 2026" from `2026-12-01` (the date as written when it is not of that form).
pub fn long_date(iso: &str) -> String {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let mut parts = iso.splitn(3, '-');
    let (Some(y), Some(m), Some(d)) = (parts.next(), parts.next(), parts.next()) else {
        return iso.to_string();
    };
    let month = m
        .parse::<usize>()
        .ok()
        .and_then(|m| MONTHS.get(m.wrapping_sub(1)));
    match (month, d.parse::<u32>()) {
        (Some(month), Ok(day)) => format!("{day} {month} {y}"),
        _ => iso.to_string(),
    }
}

/// "Seitz, Sam" from "Sam Seitz" (a name of one word stays as it is).
pub fn surname_first(name: &str) -> String {
    match name.trim().rsplit_once(' ') {
        Some((given, surname)) => format!("{surname}, {given}"),
        None => name.trim().to_string(),
    }
}

/// The in-text form for an undated work with an author: "(Seitz n.d.)"; empty without an author.
pub fn in_text(w: &Work) -> String {
    match w.author.split(',').next().filter(|s| !s.is_empty()) {
        Some(surname) => format!("({surname} n.d.)"),
        None => String::new(),
    }
}

/// Where the edition's works appear: its supplied title and what it is.
pub fn within(title: &str, author: &str) -> String {
    format!("{title}, an explorable edition of {author}’s literature review (title supplied by the edition)")
}

/// The full form, for reading and pasting: "Seitz, Sam. n.d. [Title]. In …, 1 December 2026. Note.
/// Address (accessed …)." `placeholder` stands for the address until the page knows it.
pub fn full(w: &Work, placeholder: &str) -> String {
    let mut out = String::new();
    if !w.author.is_empty() {
        out.push_str(&w.author);
        out.push_str(". n.d. ");
    }
    if w.title.starts_with('[') {
        out.push_str(&w.title);
        out.push_str(". ");
    } else {
        out.push('“');
        out.push_str(&w.title);
        out.push_str(".” ");
    }
    out.push_str(&format!("In {}, {}. ", w.within, long_date(&w.edition)));
    if !w.note.is_empty() {
        out.push_str(&w.note);
        out.push_str(". ");
    }
    if w.url.is_empty() {
        out.push_str(placeholder);
    } else {
        out.push_str(&w.url);
        if !w.accessed.is_empty() {
            out.push_str(&format!(" (accessed {})", long_date(&w.accessed)));
        }
    }
    out.push('.');
    out
}

/// Escapes BibTeX's special characters (`{ } % & # $ _`, and a backslash as `\textbackslash{}`);
/// everything else passes as UTF-8, which biber and modern BibTeX read.
fn bib_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\textbackslash{}"),
            '{' | '}' | '%' | '&' | '#' | '$' | '_' => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}

/// One BibTeX `@misc` entry (no year: the review carries none, and the edition's date is its own).
pub fn bibtex(w: &Work) -> String {
    let mut out = format!("@misc{{{},\n", w.key);
    let mut field = |name: &str, value: &str, escape: bool| {
        if !value.is_empty() {
            let value = if escape {
                bib_escape(value)
            } else {
                value.to_string()
            };
            out.push_str(&format!("  {name} = {{{value}}},\n"));
        }
    };
    field("author", &w.author, true);
    field("title", &w.title, true);
    field(
        "howpublished",
        &format!("In {}, {}", w.within, w.edition),
        true,
    );
    field("note", &w.note, true);
    field("url", &w.url, false);
    field("urldate", &w.accessed, false);
    out.push_str("}\n");
    out
}

/// One RIS record (type ELEC, an electronic source).
pub fn ris(w: &Work) -> String {
    let mut out = String::from("TY  - ELEC\r\n");
    let mut line = |tag: &str, value: &str| {
        if !value.is_empty() {
            out.push_str(&format!("{tag}  - {value}\r\n"));
        }
    };
    line("AU", &w.author);
    line("TI", &w.title);
    line("T2", &w.within);
    line("ET", &w.edition);
    line("N1", &w.note);
    line("UR", &w.url);
    line("Y2", &w.accessed.replace('-', "/"));
    out.push_str("ER  - \r\n");
    out
}

/// The citation as HTML for the page: its full form and, once the address is known, links to download
/// it as BibTeX and RIS (`what` names it for screen readers: "this edition", "Figure 4"). One string,
/// so the page hydrates one element rather than a view per part.
pub fn html(w: &Work, placeholder: &str, what: &str, file: &str) -> String {
    let mut out = String::from(r#"<p class="cite-full">"#);
    crate::html::push_escaped(&mut out, &full(w, placeholder));
    out.push_str("</p>");
    if !w.url.is_empty() {
        out.push_str(r#"<p class="cite-downloads">Download: "#);
        for (i, (name, class, ext, mime, text)) in [
            (
                "BibTeX",
                "cite-bibtex",
                "bib",
                "application/x-bibtex",
                bibtex(w),
            ),
            (
                "RIS",
                "cite-ris",
                "ris",
                "application/x-research-info-systems",
                ris(w),
            ),
        ]
        .into_iter()
        .enumerate()
        {
            if i > 0 {
                out.push_str(" · ");
            }
            out.push_str(&format!(
                r#"<a class="{class}" download="{file}.{ext}" aria-label="{name} for {what}" href="{}">{name}</a>"#,
                data_url(mime, &text)
            ));
        }
        out.push_str("</p>");
    }
    out
}

/// A `data:` address holding `text`, for a download link: nothing is fetched.
pub fn data_url(mime: &str, text: &str) -> String {
    let mut out = format!("data:{mime};charset=utf-8,");
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(b as char);
        } else {
            const HEX: &[u8; 16] = b"0123456789ABCDEF";
            out.push('%');
            out.push(HEX[usize::from(b >> 4)] as char);
            out.push(HEX[usize::from(b & 15)] as char);
        }
    }
    out
}

/// The page's address without query or fragment, and today's date (`YYYY-MM-DD`), as the browser has
/// them. Reads the browser: call it from effects and handlers only. `None` outside a browser.
#[cfg(target_arch = "wasm32")]
pub fn here() -> Option<(String, String)> {
    let location = web_sys::window()?.location();
    let origin = location.origin().ok()?;
    let path = location.pathname().ok()?;
    let now = js_sys::Date::new_0();
    let two = |n: u32| {
        let mut s = String::new();
        if n < 10 {
            s.push('0');
        }
        s.push_str(&n.to_string());
        s
    };
    let date = format!(
        "{}-{}-{}",
        now.get_full_year(),
        two(now.get_month() + 1),
        two(now.get_date())
    );
    Some((format!("{origin}{path}"), date))
}

/// Outside a browser (the build-time render, native tests) nothing is known.
#[cfg(not(target_arch = "wasm32"))]
pub fn here() -> Option<(String, String)> {
    None
}
