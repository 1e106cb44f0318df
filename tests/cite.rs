//! Citations: the forms a reader copies and the files a reference manager imports, from one description.
#![cfg(not(target_arch = "wasm32"))]

use alliance_organization::cite::*;

fn work() -> Work {
    Work {
        key: "seitz-alliance-organization".into(),
        author: surname_first("Sam Seitz"),
        title: "[Literature review]".into(),
        within: within("Alliance Organization", "Sam Seitz"),
        edition: "2026-12-01".into(),
        note: "Settings: a_b 50% & {c}".into(),
        url: "https://example.org/courses/x/?kimball=gamma:0.3#fig-kimball".into(),
        accessed: "2026-12-02".into(),
    }
}

#[test]
fn names_dates_and_the_in_text_form() {
    assert_eq!(surname_first("Sam Seitz"), "Seitz, Sam");
    assert_eq!(surname_first("Plato"), "Plato");
    assert_eq!(long_date("2026-12-01"), "1 December 2026");
    assert_eq!(
        long_date("2026-13-01"),
        "2026-13-01",
        "a date it cannot read stays as written"
    );
    assert_eq!(long_date("undated"), "undated");
    assert_eq!(in_text(&work()), "(Seitz n.d.)");
    assert_eq!(
        in_text(&Work {
            author: String::new(),
            ..work()
        }),
        ""
    );
}

#[test]
fn the_full_form_quotes_titles_but_not_descriptive_ones_and_waits_for_the_address() {
    let w = work();
    assert_eq!(
        full(&w, "(here)"),
        "Seitz, Sam. n.d. [Literature review]. In Alliance Organization, an explorable edition of Sam Seitz’s literature review (title supplied by the edition), 1 December 2026. Settings: a_b 50% & {c}. https://example.org/courses/x/?kimball=gamma:0.3#fig-kimball (accessed 2 December 2026)."
    );
    let figure = Work {
        author: String::new(),
        title: "Figure 4: Guns".into(),
        url: String::new(),
        ..w
    };
    let text = full(&figure, "(here)");
    assert!(text.starts_with("“Figure 4: Guns.” In Alliance"), "{text}");
    assert!(text.ends_with("(here)."), "{text}");
}

#[test]
fn bibtex_escapes_its_special_characters_but_not_the_address_and_gives_no_year() {
    let bib = bibtex(&work());
    assert!(
        bib.starts_with("@misc{seitz-alliance-organization,\n"),
        "{bib}"
    );
    assert!(
        bib.contains("  note = {Settings: a\\_b 50\\% \\& \\{c\\}},\n"),
        "{bib}"
    );
    assert!(
        bib.contains("  url = {https://example.org/courses/x/?kimball=gamma:0.3#fig-kimball},\n")
    );
    assert!(!bib.contains("year"), "the review is undated");
    assert_eq!(
        bib.matches('{').count(),
        bib.matches('}').count(),
        "balanced braces"
    );
    assert!(bibtex(&Work {
        note: "a\\b".into(),
        ..work()
    })
    .contains("a\\textbackslash{}b"));
}

#[test]
fn ris_is_one_record_with_crlf_lines() {
    let ris = ris(&work());
    assert!(ris.starts_with("TY  - ELEC\r\n"));
    assert!(ris.ends_with("ER  - \r\n"));
    assert!(ris.contains("\r\nAU  - Seitz, Sam\r\n"));
    assert!(ris.contains("\r\nY2  - 2026/12/02\r\n"));
    assert!(
        ris.lines().all(|l| l.len() >= 5 && &l[2..5] == "  -"),
        "{ris}"
    );
}

#[test]
fn downloads_are_data_addresses_that_decode_to_the_text_and_appear_only_with_an_address() {
    let text = "@misc{k,\n  title = {“Ä” & 50%},\n}\n";
    let url = data_url("application/x-bibtex", text);
    assert!(url.starts_with("data:application/x-bibtex;charset=utf-8,"));
    let encoded = &url["data:application/x-bibtex;charset=utf-8,".len()..];
    assert!(encoded
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b"-_.~%".contains(&b)));
    // Percent-decoding gives the bytes back.
    let mut bytes = Vec::new();
    let mut it = encoded.bytes();
    while let Some(b) = it.next() {
        if b == b'%' {
            let hex = [it.next().unwrap(), it.next().unwrap()];
            bytes.push(u8::from_str_radix(std::str::from_utf8(&hex).unwrap(), 16).unwrap());
        } else {
            bytes.push(b);
        }
    }
    assert_eq!(String::from_utf8(bytes).unwrap(), text);
    let with = html(&work(), "(here)", "this edition", "file");
    assert!(with.contains(r#"<a class="cite-bibtex" download="file.bib" aria-label="BibTeX for this edition" href="data:"#));
    assert!(
        with.contains("&amp; {c}"),
        "the full form is escaped: {with}"
    );
    let without = html(
        &Work {
            url: String::new(),
            ..work()
        },
        "(here)",
        "this edition",
        "file",
    );
    assert!(
        !without.contains("<a "),
        "no download before the address is known"
    );
    assert!(without.contains("(here)."));
}
