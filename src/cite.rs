//! Citations a reader can copy or download: an in-line form, a full form, BibTeX and RIS, built from one
//! description of the work. Pure string work, the same on both builds (no browser calls), so the
//! pre-rendered page and the hydrated one agree; the page fills in the address and the date it has.

/// A work to cite: the edition, or one of its figures.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Work {
    /// BibTeX key.
    pub key: String,
    /// Author as "Surname, Given"; empty for the edition's own figures, whose editors are not named.
    pub author: String,
    /// Title of the work, as it should print.
    pub title: String,
    /// Where it appears: the edition, named with its supplied title.
    pub within: String,
    /// Date of this edition, `YYYY-MM-DD`.
    pub edition: String,
    /// What a reader should also know (no date on the review, what a figure rests on, its settings).
    pub note: String,
    /// The address, as the reader has it (or a placeholder before the page knows it).
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

/// BibTeX braces and backslashes are escaped; other characters pass as UTF-8 (biber and modern BibTeX
/// read it).
fn bib_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '{' | '}' | '\\' | '%' | '&' | '#' | '$' | '_' => {
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

/// The address and today's date as the browser has them: (page address without query or fragment,
/// page address as it stands, `YYYY-MM-DD`). `None` outside a browser.
#[cfg(target_arch = "wasm32")]
pub fn here() -> Option<(String, String, String)> {
    let location = web_sys::window()?.location();
    let origin = location.origin().ok()?;
    let path = location.pathname().ok()?;
    let href = location.href().ok()?;
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
    Some((format!("{origin}{path}"), href, date))
}

/// Outside a browser (the build-time render, native tests) nothing is known.
#[cfg(not(target_arch = "wasm32"))]
pub fn here() -> Option<(String, String, String)> {
    None
}
