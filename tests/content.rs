//! The content against the verbatim original, the compiled essay, and the parser's error messages.
#![cfg(not(target_arch = "wasm32"))]

use alliance_organization::content::{self, Block, Inline, SourceFile, Sources};
use alliance_organization::essay::data::{self, ESSAY};
use alliance_organization::sims::catalog;
use proptest::prelude::*;
use std::path::Path;

mod common;
use common::{text_of, ORIGINAL};

/// The original review cut into its parts.
struct Original {
    author: String,
    preface: String,
    body: Vec<String>,
    notes: Vec<String>,
    bibliography: Vec<String>,
}

fn original() -> Original {
    let paragraphs: Vec<&str> = ORIGINAL
        .split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    let endnotes = paragraphs
        .iter()
        .position(|p| *p == "Endnotes:")
        .expect("an Endnotes: line");
    let bibliography = paragraphs
        .iter()
        .position(|p| *p == "Bibliography")
        .expect("a Bibliography line");
    let notes = paragraphs[endnotes + 1..bibliography]
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let marker = format!("[{}] ", i + 1);
            p.strip_prefix(&marker)
                .unwrap_or_else(|| panic!("note {} starts with {marker}", i + 1))
                .to_string()
        })
        .collect();
    Original {
        author: paragraphs[0].to_string(),
        preface: paragraphs[1].to_string(),
        body: paragraphs[2..endnotes]
            .iter()
            .map(|p| p.to_string())
            .collect(),
        notes,
        bibliography: paragraphs[bibliography + 1..]
            .iter()
            .map(|p| p.to_string())
            .collect(),
    }
}

fn load() -> content::Document {
    content::load_dir(Path::new("content"), &catalog::names()).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn the_original_has_eight_paragraphs_eighteen_notes_and_twenty_three_references() {
    let o = original();
    assert_eq!(o.author, "Sam Seitz");
    assert_eq!(o.body.len(), 8);
    assert_eq!(o.notes.len(), 18);
    assert_eq!(o.bibliography.len(), 23);
}

#[test]
fn every_paragraph_of_the_review_appears_word_for_word() {
    let doc = load();
    let ours: Vec<String> = doc
        .body_paragraphs()
        .into_iter()
        .map(content::plain)
        .collect();
    assert_eq!(ours, original().body);
}

#[test]
fn every_note_appears_word_for_word_in_order() {
    let doc = load();
    let ours: Vec<String> = doc.notes.iter().map(|n| content::plain(&n.body)).collect();
    assert_eq!(ours, original().notes);
    assert!(doc
        .notes
        .iter()
        .enumerate()
        .all(|(i, n)| n.number as usize == i + 1));
}

#[test]
fn every_bibliography_entry_appears_word_for_word_in_order() {
    let doc = load();
    let ours: Vec<String> = doc
        .references
        .iter()
        .map(|r| content::plain(&r.body))
        .collect();
    assert_eq!(ours, original().bibliography);
}

#[test]
fn the_title_block_credits_the_author_with_his_prefatory_note() {
    let doc = load();
    let o = original();
    assert_eq!(doc.front.author, o.author);
    let preface: Vec<String> = doc
        .front
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Author(inner) => Some(inner),
            _ => None,
        })
        .flatten()
        .filter_map(|b| match b {
            Block::Para(i) => Some(content::plain(i)),
            _ => None,
        })
        .collect();
    assert_eq!(preface, vec![o.preface]);
}

#[test]
fn there_are_seven_sections_with_the_simulations_placed_in_catalog_order() {
    let doc = load();
    assert_eq!(doc.sections.len(), 7);
    assert_eq!(doc.placements(), catalog::names());
}

/// Every (linked text, key) pair in the running text.
fn running_text_citations(doc: &content::Document) -> Vec<(String, String)> {
    fn walk(inlines: &[Inline], out: &mut Vec<(String, String)>) {
        for i in inlines {
            match i {
                Inline::Cite { key, children } => out.push((content::plain(children), key.clone())),
                Inline::Em(c) | Inline::Strong(c) | Inline::Link { children: c, .. } => {
                    walk(c, out)
                }
                _ => {}
            }
        }
    }
    let mut out = Vec::new();
    for p in doc.body_paragraphs() {
        walk(p, &mut out);
    }
    out
}

#[test]
fn the_authors_named_in_the_text_link_to_their_entries() {
    let cites = running_text_citations(&load());
    for (text, key) in [
        ("Kenneth Waltz", "waltz1979"),
        ("Stephen Walt", "walt1987"),
        ("G. John Ikenberry", "ikenberry2001"),
        ("Lake", "lake2009"),
        ("Weber", "weber-k1997"),
        ("Kirsten Rafferty", "rafferty2003"),
        ("Patricia Weitsman", "weitsman2014"),
        ("Michaela Mattes", "mattes2012-reputation"),
        ("Michaela Mattes", "mattes2012-democratic"),
        ("Steve Weber", "weber-s1992"),
        ("Ryan Dudley", "dudley2010"),
        ("Anessa Kimball", "kimball2010"),
        ("Barnett and Levy", "barnett1991"),
        ("Horowitz, Poast, and Stam", "horowitz2015"),
    ] {
        assert!(
            cites.iter().any(|(t, k)| t == text && k == key),
            "{text} should link to @{key}; found {cites:?}"
        );
    }
}

#[test]
fn every_note_that_cites_a_work_links_to_it() {
    let doc = load();
    // Note 18 also names a project without an entry (CSIS); every other note cites at least one entry.
    for note in &doc.notes {
        let cites = note
            .body
            .iter()
            .filter(|i| matches!(i, Inline::Cite { .. }))
            .count();
        assert!(
            cites > 0,
            "note {} links no bibliography entry",
            note.number
        );
    }
}

#[test]
fn the_compiled_essay_reads_word_for_word_as_the_original() {
    let o = original();
    let paragraphs: Vec<String> = ESSAY
        .sections
        .iter()
        .flat_map(|s| s.blocks.iter())
        .filter_map(|b| match b {
            data::Block::Para(html) => Some(text_of(html)),
            _ => None,
        })
        .collect();
    assert_eq!(paragraphs, o.body);
    let notes: Vec<String> = ESSAY.notes.iter().map(|n| text_of(n.html)).collect();
    assert_eq!(notes, o.notes);
    let references: Vec<String> = ESSAY.references.iter().map(|r| text_of(r.html)).collect();
    assert_eq!(references, o.bibliography);
    assert!(ESSAY.references.iter().all(|r| !r.cited_by.is_empty()));
}

#[test]
fn markup_in_the_text_is_escaped() {
    assert_eq!(
        content::codegen::escape(r#"<b>"x" & y</b>"#),
        "&lt;b&gt;&quot;x&quot; &amp; y&lt;/b&gt;"
    );
}

#[test]
fn note_markers_and_citations_become_links() {
    let html = content::codegen::html(&[
        Inline::Text("A ".into()),
        Inline::Cite {
            key: "walt1987".into(),
            children: vec![Inline::Text("Walt".into())],
        },
        Inline::Note(2),
    ]);
    assert_eq!(
        html,
        r##"A <a class="cite" href="#ref-walt1987">Walt</a><sup class="note-ref"><a id="noteref-2" href="#note-2" data-note="2" aria-label="Note 2" aria-describedby="note-2-text">2</a></sup>"##
    );
}

#[test]
fn reference_labels_are_surname_and_year() {
    let labels: Vec<&str> = ESSAY.references.iter().map(|r| r.label).collect();
    assert!(labels.contains(&"Weitsman 2014"), "{labels:?}");
    assert!(labels.contains(&"Weber 1992"), "{labels:?}");
    assert!(labels.contains(&"Mattes 2012"), "{labels:?}");
}

#[test]
fn index_html_carries_the_scholarly_metadata_of_the_title_block() {
    let html = std::fs::read_to_string("index.html").expect("index.html");
    let doc = load();
    for needle in [
        format!(
            r#"<meta name="citation_title" content="{}">"#,
            doc.front.title
        ),
        r#"<meta name="citation_author" content="Seitz, Sam">"#.to_string(),
        // The date is the edition's, online: the review itself carries none.
        format!(
            r#"<meta name="citation_online_date" content="{}">"#,
            doc.front.edition.replace('-', "/")
        ),
        // Reference managers import citation_title as it stands; the description says whose it is.
        r#"the title “Alliance Organization” and the date are this explorable edition’s"#
            .to_string(),
        // Inline: no request, and none again on each change of the address.
        r#"<link rel="icon" type="image/svg+xml" href="data:image/svg+xml,"#.to_string(),
    ] {
        assert!(html.contains(&needle), "index.html lacks {needle}");
    }
    assert!(
        !html.contains("citation_publication_date"),
        "no publication date: it would date the review to this edition's year"
    );
}

#[test]
fn index_html_has_an_empty_body_for_the_pre_rendered_essay() {
    // Anything between <body> and the essay (even whitespace) would break hydration.
    let html = std::fs::read_to_string("index.html").expect("index.html");
    assert!(
        html.contains("<body></body>"),
        "index.html's body must be empty"
    );
    assert!(html.contains(r#"data-cargo-features="hydrate""#));
}

// ---------------------------------------------------------------------------------------------------------
// Malformed content fails with the file and line.

fn sources() -> Sources {
    let read = |name: &str| {
        let path = format!("content/{name}");
        SourceFile::new(
            path.clone(),
            std::fs::read_to_string(&path).expect("content file"),
        )
    };
    let mut names: Vec<String> = std::fs::read_dir("content")
        .expect("content/")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.as_bytes().first().is_some_and(u8::is_ascii_digit))
        .collect();
    names.sort();
    Sources {
        front: read("front.md"),
        sections: names.iter().map(|n| read(n)).collect(),
        notes: read("notes.md"),
        bibliography: read("bibliography.md"),
        further: read("further-reading.md"),
        editions: read("bibliography-edition.md"),
        textual: read("textual-notes.md"),
        glossary: read("glossary.md"),
        sims: catalog::names()
            .iter()
            .map(|n| read(&format!("sims/{n}.md")))
            .collect(),
    }
}

/// The model notes of simulation `name` (in catalog order in [`sources`]).
fn sim<'a>(s: &'a mut Sources, name: &str) -> &'a mut SourceFile {
    let i = catalog::names()
        .iter()
        .position(|n| *n == name)
        .expect("a catalogued name");
    &mut s.sims[i]
}

fn error_after(edit: impl FnOnce(&mut Sources)) -> String {
    let mut s = sources();
    edit(&mut s);
    match content::parse(&s, &catalog::names()) {
        Ok(_) => panic!("the edited content should be rejected"),
        Err(e) => e.to_string(),
    }
}

fn replace(file: &mut SourceFile, from: &str, to: &str) {
    assert!(file.text.contains(from), "{} lacks {from}", file.name);
    file.text = file.text.replacen(from, to, 1);
}

#[test]
fn the_real_content_parses() {
    assert!(content::parse(&sources(), &catalog::names()).is_ok());
}

#[test]
fn an_unknown_note_is_rejected_with_file_and_line() {
    let msg = error_after(|s| replace(&mut s.sections[0], "questions.[^2]", "questions.[^19]"));
    assert_eq!(
        msg,
        "content/01-state-of-theory.md:3: unknown note [^19] (content/notes.md defines notes 1 to 18)"
    );
}

#[test]
fn an_unknown_citation_key_is_rejected_with_file_and_line() {
    let msg = error_after(|s| replace(&mut s.sections[0], "(@waltz1979)", "(@waltz1980)"));
    assert_eq!(
        msg,
        "content/01-state-of-theory.md:3: unknown citation key @waltz1980 (not in content/bibliography.md)"
    );
}

#[test]
fn an_unknown_simulation_is_rejected_with_file_and_line() {
    let msg = error_after(|s| replace(&mut s.sections[1], "{{sim weitsman}}", "{{sim weitzman}}"));
    assert_eq!(
        msg,
        "content/02-alliances-and-coalitions.md:5: unknown simulation `weitzman` (known: weitsman, mattes, weber, kimball, signals, specialize)"
    );
}

#[test]
fn an_unclosed_placement_is_rejected_with_file_and_line() {
    let msg = error_after(|s| replace(&mut s.sections[1], "{{sim weitsman}}", "{{sim weitsman"));
    assert_eq!(
        msg,
        "content/02-alliances-and-coalitions.md:5: unclosed `{{`: a placement is `{{sim NAME}}` on a line of its own"
    );
}

#[test]
fn a_placement_inside_a_paragraph_is_rejected_with_file_and_line() {
    let msg = error_after(|s| {
        replace(
            &mut s.sections[1],
            "{{sim weitsman}}",
            "See {{sim weitsman}} here.",
        )
    });
    assert_eq!(
        msg,
        "content/02-alliances-and-coalitions.md:5: a placement `{{sim NAME}}` must stand alone in its paragraph"
    );
}

#[test]
fn an_unclosed_container_is_rejected_with_file_and_line() {
    let msg = error_after(|s| {
        let text = s.front.text.trim_end().trim_end_matches(":::").to_string();
        s.front.text = text;
    });
    assert_eq!(
        msg,
        "content/front.md:11: `::: ours` is never closed: end it with a line `:::`"
    );
}

#[test]
fn an_unknown_container_is_rejected_with_file_and_line() {
    let msg = error_after(|s| replace(&mut s.front, "::: ours", "::: editors"));
    assert_eq!(
        msg,
        "content/front.md:11: unknown container `::: editors` (known: ours, author, questions)"
    );
}

#[test]
fn a_malformed_note_marker_is_rejected_with_file_and_line() {
    let msg = error_after(|s| replace(&mut s.sections[0], "questions.[^2]", "questions.[^two]"));
    assert_eq!(
        msg,
        "content/01-state-of-theory.md:3: malformed note marker: a marker is `[^N]`, N a number"
    );
}

#[test]
fn a_note_marked_twice_is_rejected_with_file_and_line() {
    let msg = error_after(|s| replace(&mut s.sections[6], "alliances.", "alliances.[^3]"));
    assert_eq!(
        msg,
        "content/07-research-agenda.md:3: note [^3] is marked twice (first at content/01-state-of-theory.md:3)"
    );
}

#[test]
fn notes_out_of_order_are_rejected_with_file_and_line() {
    let msg = error_after(|s| replace(&mut s.notes, "[^5]:", "[^6]:"));
    assert_eq!(
        msg,
        "content/notes.md:9: notes are numbered in order: expected [^5], found [^6]"
    );
}

#[test]
fn a_note_without_a_marker_is_rejected_with_file_and_line() {
    let msg = error_after(|s| s.notes.text.push_str("\n[^19]: An extra note.\n"));
    assert_eq!(
        msg,
        "content/notes.md:37: note [^19] has no marker in the text"
    );
}

#[test]
fn an_uncited_entry_is_rejected_with_file_and_line() {
    let msg = error_after(|s| {
        s.bibliography
            .text
            .push_str("\n[@extra2020]: Extra, A. 2020. A Book.\n")
    });
    assert_eq!(
        msg,
        "content/bibliography.md:47: entry @extra2020 is never cited"
    );
}

#[test]
fn a_duplicate_key_is_rejected_with_file_and_line() {
    let msg = error_after(|s| s.bibliography.text.push_str("\n[@walt1987]: Walt again.\n"));
    assert_eq!(
        msg,
        "content/bibliography.md:47: citation key @walt1987 is defined twice (first on line 35)"
    );
}

#[test]
fn an_unclosed_entry_label_is_rejected_with_file_and_line() {
    let msg = error_after(|s| replace(&mut s.bibliography, "[@walt1987]:", "[@walt1987:"));
    assert_eq!(
        msg,
        "content/bibliography.md:35: unclosed label: expected `[@…]: text`"
    );
}

#[test]
fn a_section_without_a_title_is_rejected() {
    let msg = error_after(|s| replace(&mut s.sections[2], "# Power", "Power"));
    assert_eq!(
        msg,
        "content/03-power-and-design.md:1: a section file starts with `# Section title`"
    );
}

#[test]
fn model_notes_for_an_unknown_simulation_are_rejected() {
    let msg = error_after(|s| sim(s, "weitsman").name = "content/sims/weitzman.md".into());
    assert_eq!(
        msg,
        "content/sims/weitzman.md:1: no simulation is named `weitzman` (known: weitsman, mattes, weber, kimball, signals, specialize)"
    );
}

#[test]
fn a_model_note_names_the_sentence_its_figure_illustrates() {
    let msg = error_after(|s| {
        let file = sim(s, "mattes");
        file.text = file
            .text
            .splitn(3, '\n')
            .nth(2)
            .unwrap_or_default()
            .to_string();
    });
    assert_eq!(
        msg,
        "content/sims/mattes.md:1: a model note begins with `illustrates: SENTENCE` (the review's sentence the figure illustrates, word for word) and a `---` line"
    );
}

#[test]
fn the_sentence_a_figure_illustrates_is_the_reviews_word_for_word() {
    let msg = error_after(|s| replace(sim(s, "mattes"), "rough parity", "parity"));
    assert_eq!(
        msg,
        "content/sims/mattes.md:1: the `illustrates:` sentence is not in the review word for word"
    );
    // Every figure's sentence stands in the original as received, its note markers aside.
    let original = std::fs::read_to_string("content/original/alliance-organization-review.txt")
        .expect("the original");
    let doc = load();
    assert_eq!(doc.illustrates.len(), catalog::names().len());
    for (name, quote) in &doc.illustrates {
        assert!(quote.ends_with('.'), "{name}: one whole sentence");
        assert!(original.contains(quote.as_str()), "{name}: {quote}");
    }
}

#[test]
fn model_notes_cite_only_known_works() {
    let msg = error_after(|s| replace(sim(s, "weitsman"), "(@rafferty2003)", "(@rafferty2030)"));
    assert_eq!(
        msg,
        "content/sims/weitsman.md:5: unknown citation key @rafferty2030 (not in content/bibliography.md)"
    );
}

#[test]
fn further_reading_is_cited_only_in_model_notes() {
    let msg = error_after(|s| {
        replace(
            &mut s.sections[2],
            "[Steve Weber](@weber-s1992)",
            "[Steve Weber](@hemmer2002)",
        )
    });
    assert_eq!(
        msg,
        "content/03-power-and-design.md:3: @hemmer2002 is further reading (ours, in content/further-reading.md): cite it only in model notes (sims/NAME.md), the glossary or the bibliography's corrections"
    );
}

#[test]
fn further_reading_lists_only_works_outside_the_bibliography_and_each_is_cited() {
    let msg = error_after(|s| {
        s.further
            .text
            .push_str("\n[@walt1987]: Walt, Stephen M. The Origins of Alliances.\n")
    });
    assert_eq!(
        msg,
        "content/further-reading.md:15: @walt1987 is in content/bibliography.md: further reading lists only works the review does not cite"
    );
    let msg = error_after(|s| replace(sim(s, "signals"), "(@morrow1993)", "(@horowitz2015)"));
    assert_eq!(
        msg,
        "content/further-reading.md:7: entry @morrow1993 is never cited"
    );
}

#[test]
fn links_within_the_essay_lead_to_a_placed_figure_with_its_number() {
    let msg = error_after(|s| {
        replace(
            &mut s.sections[3],
            "[Figure 6](#fig-specialize)",
            "[Figure 5](#fig-specialize)",
        )
    });
    assert_eq!(
        msg,
        "content/04-domestic-roots.md:26: link text “Figure 5” for #fig-specialize, which is Figure 6"
    );
    let msg =
        error_after(|s| replace(&mut s.sections[3], "(#fig-specialize)", "(#fig-specialise)"));
    assert_eq!(
        msg,
        "content/04-domestic-roots.md:26: link to #fig-specialise: no figure `specialise` is placed"
    );
    let msg = error_after(|s| replace(&mut s.sections[3], "(#fig-specialize)", "(#agenda)"));
    assert_eq!(
        msg,
        "content/04-domestic-roots.md:26: link to #agenda: no such figure or section"
    );
}

#[test]
fn every_catalogued_simulation_has_a_figure_and_model_notes() {
    for name in catalog::names() {
        assert!(
            alliance_organization::sims::figure(name).is_some(),
            "{name} has no figure"
        );
        let notes = std::fs::read_to_string(format!("content/sims/{name}.md")).unwrap_or_default();
        for key in catalog::find(name).map_or(&[][..], |i| i.rests_on) {
            assert!(
                notes.contains(&format!("](@{key})")),
                "{name}'s model notes cite @{key}, a work it rests on"
            );
        }
    }
}

#[test]
fn unsupported_markdown_is_rejected_with_file_and_line() {
    let msg = error_after(|s| s.sections[4].text.push_str("\n## A subheading\n"));
    assert!(
        msg.starts_with("content/05-alliances-and-domestic-change.md:7: unsupported Markdown here"),
        "{msg}"
    );
}

proptest! {
    /// Whatever an author types into a section, the parser answers Ok or a located error; it never panics.
    #[test]
    fn any_section_text_parses_or_fails_with_a_line_in_range(body in "[ -~\n\u{2019}]{0,300}") {
        let mut s = sources();
        s.sections[3].text = format!("# A title\n\n{body}");
        let lines = s.sections[3].text.lines().count().max(1);
        if let Err(e) = content::parse(&s, &catalog::names()) {
            prop_assert!(e.line >= 1 && e.line <= lines + 1, "{e} (file has {lines} lines)");
            prop_assert!(!e.message.is_empty());
        }
    }
}

#[test]
fn the_hydrating_build_carries_none_of_the_text_the_page_already_holds() {
    use content::codegen::{rust, Markup};
    let doc = content::parse(&sources(), &catalog::names()).expect("content parses");
    let full = rust(&doc, Markup::Full);
    let lean = rust(&doc, Markup::AfterLoad);
    let paragraph = "has focused largely on answering questions";
    let entry = "Barnett, Michael N. and Jack S. Levy.";
    let model_note = "Each ally wants safeguards in proportion";
    let textual = "the sense calls for “reliably affect”";
    let edition = "Full title: “An Institutionalist Reinterpretation";
    let note = "The Origins of Alliances";
    let definition = "Kimball’s name for allying";
    for text in [
        paragraph, entry, model_note, textual, edition, note, definition,
    ] {
        assert!(full.contains(text), "full markup has {text}");
    }
    // The popover copies notes and definitions from the page, so nothing of the text need ship.
    for text in [
        paragraph, entry, model_note, textual, edition, note, definition,
    ] {
        assert!(!lean.contains(text), "the hydrating build drops {text}");
    }
    assert!(
        lean.len() * 2 < full.len(),
        "{} vs {} bytes",
        lean.len(),
        full.len()
    );
}

// ---------------------------------------------------------------------------------------------------------
// This edition's apparatus: textual notes, glossary, corrected citations.

/// Every `attr="value"` in a piece of build-time HTML.
fn attr_values<'a>(html: &'a str, attr: &str) -> Vec<&'a str> {
    let needle = format!("{attr}=\"");
    html.match_indices(&needle)
        .filter_map(|(at, _)| {
            let rest = &html[at + needle.len()..];
            rest.find('"').map(|end| &rest[..end])
        })
        .collect()
}

/// All the full markup the page is built from (sections, notes, entries, model notes).
fn all_markup() -> String {
    use content::codegen::{rust, Markup};
    rust(&load(), Markup::Full)
}

#[test]
fn every_textual_note_marker_resolves_both_ways() {
    let doc = load();
    let markup = all_markup();
    assert!(
        doc.textual.len() >= 10,
        "the textual notes the review needs"
    );
    for (note, marks) in &doc.textual {
        assert!(*marks >= 1, "†{} has a marker", note.key);
        // The back links name each marker's place, one per marker, in the markers' order.
        let places = content::codegen::mark_places(&doc, &note.key);
        assert_eq!(places.len(), *marks as usize, "†{}: {places:?}", note.key);
        for nth in 1..=*marks {
            let id = content::codegen::mark_id(&note.key, nth);
            // The marker exists once, and leads to its note.
            let marker = format!(r##"id=\"{id}\" href=\"#tn-{}\""##, note.key);
            assert_eq!(markup.matches(&marker).count(), 1, "marker {id}");
        }
    }
    // And every marker in the text leads to a note that exists.
    for href in attr_values(&markup.replace("\\\"", "\""), "href") {
        if let Some(key) = href.strip_prefix("#tn-") {
            assert!(
                doc.textual.iter().any(|(t, _)| t.key == key),
                "marker for unknown †{key}"
            );
        }
    }
}

#[test]
fn a_textual_note_names_where_each_of_its_markers_sits() {
    let doc = load();
    assert_eq!(
        content::codegen::mark_places(&doc, "palo-alto"),
        [
            "note 7",
            "note 17",
            "bibliography, Gheciu 2005",
            "bibliography, Weitsman 2014"
        ]
    );
    assert_eq!(
        content::codegen::mark_places(&doc, "little-of-risk"),
        ["section 3"]
    );
    let msg = error_after(|s| {
        replace(
            sim(s, "weber"),
            "sixty times",
            "sixty times[†little-of-risk]",
        )
    });
    assert!(msg.ends_with("textual-note marker [†little-of-risk] outside the review: markers sit in its text, notes or bibliography"), "{msg}");
}

#[test]
fn the_verbatim_checks_hold_with_the_editions_markers_present() {
    let doc = load();
    fn marks(inlines: &[Inline]) -> usize {
        inlines
            .iter()
            .map(|i| match i {
                Inline::Mark(..) => 1,
                Inline::Em(c) | Inline::Strong(c) | Inline::Link { children: c, .. } => marks(c),
                _ => 0,
            })
            .sum()
    }
    let in_text: usize = doc.body_paragraphs().into_iter().map(marks).sum();
    let in_notes: usize = doc.notes.iter().map(|n| marks(&n.body)).sum();
    let in_refs: usize = doc.references.iter().map(|r| marks(&r.body)).sum();
    assert!(
        in_text >= 3 && in_notes >= 5 && in_refs >= 5,
        "markers in text {in_text}, notes {in_notes}, entries {in_refs}"
    );
    // The word-for-word tests above run on this same content, markers and all; and the compiled page's
    // text (`text_of`, which drops only the edition's `a.tn-ref` links) reads as the original.
    assert!(ESSAY
        .sections
        .iter()
        .flat_map(|s| s.blocks.iter())
        .any(|b| matches!(b, data::Block::Para(html) if html.contains("class=\"tn-ref\""))));
}

#[test]
fn every_glossary_term_is_used_and_every_use_resolves() {
    let doc = load();
    let markup = all_markup().replace("\\\"", "\"");
    let used = attr_values(&markup, "data-term");
    assert!(doc.glossary.len() >= 14, "{} terms", doc.glossary.len());
    for term in &doc.glossary {
        assert!(
            used.contains(&term.key.as_str()),
            "~{} is used in the text",
            term.key
        );
        assert!(!term.title.is_empty() && !term.body.is_empty());
    }
    for key in used {
        assert!(
            doc.glossary.iter().any(|t| t.key == key),
            "use of unknown ~{key}"
        );
    }
}

#[test]
fn every_doi_is_well_formed() {
    use content::apparatus::{doi_is_well_formed, dois};
    let doc = load();
    let all: Vec<&str> = doc.editions.iter().flat_map(|e| dois(&e.body)).collect();
    assert!(all.len() >= 7, "{all:?}");
    for doi in &all {
        assert!(doi_is_well_formed(doi), "{doi}");
    }
    for (doi, ok) in [
        ("10.1177/0022002715612576", true),
        ("10.1017/S002081831200029X", true),
        ("10.1111/1468-2478.00044", true),
        ("10.123/short-registrant", false),
        ("11.1177/0022", false),
        ("10.1177/", false),
        ("10.1177/with space", false),
        ("10.1177", false),
    ] {
        assert_eq!(doi_is_well_formed(doi), ok, "{doi}");
    }
}

#[test]
fn the_editions_corrections_sit_beside_real_entries() {
    let doc = load();
    for e in &doc.editions {
        assert!(
            doc.references
                .iter()
                .chain(&doc.further)
                .any(|r| r.key == e.key),
            "@{}",
            e.key
        );
    }
    // Weber 1992 is reachable, with the first page the review misprints.
    let weber = doc
        .editions
        .iter()
        .find(|e| e.key == "weber-s1992")
        .expect("Weber 1992");
    assert!(content::plain(&weber.body).contains("633–680"));
}

#[test]
fn apparatus_mistakes_fail_with_file_and_line() {
    let msg = error_after(|s| replace(&mut s.sections[3], "(~guns-and-butter)", "(~guns)"));
    assert_eq!(
        msg,
        "content/04-domestic-roots.md:3: unknown glossary term ~guns (not in content/glossary.md)"
    );
    let msg = error_after(|s| {
        s.sections[0]
            .text
            .push_str("\nMore [alliances](~alliance-and-coalition).\n")
    });
    assert!(
        msg.starts_with("content/01-state-of-theory.md:5: term ~alliance-and-coalition is linked twice here (first on line 3)"),
        "{msg}"
    );
    let msg = error_after(|s| {
        replace(
            &mut s.sections[5],
            "[free-riding](~free-riding-and-joint-products)",
            "free-riding",
        );
        replace(
            &mut s.sections[3],
            "[free riding](~free-riding-and-joint-products)",
            "free riding",
        );
        replace(
            sim(s, "kimball"),
            "[joint-product](~free-riding-and-joint-products)",
            "joint-product",
        );
    });
    assert_eq!(
        msg,
        "content/glossary.md:31: glossary term ~free-riding-and-joint-products is never used: link its first use with [text](~free-riding-and-joint-products)"
    );
    let msg = error_after(|s| replace(&mut s.sections[2], "[†little-of-risk]", "[†little]"));
    assert_eq!(
        msg,
        "content/03-power-and-design.md:3: unknown textual note [†little] (not in content/textual-notes.md)"
    );
    let msg = error_after(|s| replace(&mut s.sections[2], "[†little-of-risk]", ""));
    assert_eq!(
        msg,
        "content/textual-notes.md:9: textual note †little-of-risk has no marker [†little-of-risk] in the text"
    );
    let msg = error_after(|s| replace(&mut s.sections[2], "[†little-of-risk]", "[†Little]"));
    assert_eq!(
        msg,
        "content/03-power-and-design.md:3: malformed textual-note marker: a marker is `[†key]`, key of a-z, 0-9 and -"
    );
    let msg = error_after(|s| {
        replace(
            &mut s.editions,
            "doi.org/10.1177/0022343310368346",
            "doi.org/10.11/0022343310368346",
        )
    });
    assert_eq!(
        msg,
        "content/bibliography-edition.md:17: malformed DOI `10.11/0022343310368346` (a DOI is 10.NNNN/suffix)"
    );
    let msg = error_after(|s| s.editions.text.push_str("\n[@nobody2020]: Nothing.\n"));
    assert!(
        msg.ends_with(
            "@nobody2020 has no entry in content/bibliography.md or content/further-reading.md"
        ),
        "{msg}"
    );
    let msg = error_after(|s| replace(&mut s.glossary, "**Guns and butter.** ", ""));
    assert!(msg.contains("starts with its term in bold"), "{msg}");
    // Daggers mark the review's words, never the edition's passages; nothing nests inside link text.
    let msg = error_after(|s| {
        replace(
            &mut s.sections[2],
            "**Reading Figure 2.**",
            "**Reading Figure 2.**[†little-of-risk]",
        )
    });
    assert_eq!(
        msg,
        "content/03-power-and-design.md:7: a textual-note marker `[†…]` inside `::: ours`: markers sit in the review’s text, notes or bibliography"
    );
    // A figure inside a framed passage would be numbered by the build and missed by the essay's lists.
    let msg = error_after(|s| {
        replace(&mut s.sections[2], "{{sim mattes}}\n", "");
        replace(
            &mut s.sections[2],
            "**Reading Figure 2.**",
            "{{sim mattes}}\n\n**Reading Figure 2.**",
        )
    });
    assert_eq!(
        msg,
        "content/03-power-and-design.md:7: a figure `{{sim …}}` inside `::: ours` (opened on line 6): place figures between blocks, not inside them"
    );
    let msg = error_after(|s| {
        replace(
            &mut s.notes,
            "on military cooperation.[†kinne]",
            "on military cooperation.",
        );
        replace(
            &mut s.notes,
            "Evolution of International Cooperation,”](@kinne2013)",
            "Evolution of International Cooperation,”[†kinne]](@kinne2013)",
        )
    });
    assert_eq!(
        msg,
        "content/notes.md:5: a link’s text holds a marker, term or other link: put it after the link"
    );
}
