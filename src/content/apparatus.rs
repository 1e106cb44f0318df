//! Checks for this edition's apparatus: textual notes, glossary terms and the corrected citations beside
//! bibliography entries. Like every content check, a mistake names its file and line.

use super::{err, Error, Inline, Located, Reference, Sources, Term, TextualNote, Use};
use std::collections::BTreeMap;

/// Whether `doi` is a well-formed DOI: `10.`, a registrant code of four to nine digits (dot-separated
/// sub-codes allowed), `/`, and a suffix of printable characters without spaces.
pub fn doi_is_well_formed(doi: &str) -> bool {
    let Some(rest) = doi.strip_prefix("10.") else {
        return false;
    };
    let Some((registrant, suffix)) = rest.split_once('/') else {
        return false;
    };
    let first = registrant.split('.').next().unwrap_or("");
    (4..=9).contains(&first.len())
        && registrant
            .split('.')
            .all(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit()))
        && !suffix.is_empty()
        && suffix.bytes().all(|b| b.is_ascii_graphic())
}

/// The DOIs an entry links to (`https://doi.org/…`, or the older `dx.doi.org` and `http:` forms).
pub fn dois(inlines: &[Inline]) -> Vec<&str> {
    let mut out = Vec::new();
    fn walk<'a>(inlines: &'a [Inline], out: &mut Vec<&'a str>) {
        for i in inlines {
            match i {
                Inline::Link { href, children } => {
                    let doi = [
                        "https://doi.org/",
                        "http://doi.org/",
                        "https://dx.doi.org/",
                        "http://dx.doi.org/",
                    ]
                    .iter()
                    .find_map(|prefix| href.strip_prefix(prefix));
                    if let Some(doi) = doi {
                        out.push(doi);
                    }
                    walk(children, out);
                }
                Inline::Em(c) | Inline::Strong(c) => walk(c, out),
                _ => {}
            }
        }
    }
    walk(inlines, &mut out);
    out
}

pub(super) fn check(
    uses: &[Located],
    sources: &Sources,
    (refs, further): (&[Reference], &[Reference]),
    (editions, edition_lines): (&[Reference], &[usize]),
    textual: &[(TextualNote, usize)],
    glossary: &[(Term, usize)],
) -> Result<(), Error> {
    let mut marked: BTreeMap<&str, ()> = BTreeMap::new();
    let mut used: BTreeMap<&str, ()> = BTreeMap::new();
    // (term, file) → first line
    let mut term_in_file: BTreeMap<(&str, &str), usize> = BTreeMap::new();
    for u in uses {
        match &u.what {
            Use::Mark(key) => {
                let in_review = u.file == sources.front.name
                    || u.file == sources.notes.name
                    || u.file == sources.bibliography.name
                    || sources.sections.iter().any(|f| f.name == u.file);
                if !in_review {
                    return Err(err(
                        &u.file,
                        u.line,
                        format!("textual-note marker [†{key}] outside the review: markers sit in its text, notes or bibliography"),
                    ));
                }
                if !textual.iter().any(|(t, _)| &t.key == key) {
                    return Err(err(
                        &u.file,
                        u.line,
                        format!(
                            "unknown textual note [†{key}] (not in {})",
                            sources.textual.name
                        ),
                    ));
                }
                marked.insert(key, ());
            }
            Use::Term(key) => {
                if u.file == sources.glossary.name {
                    return Err(err(
                        &u.file,
                        u.line,
                        format!("a definition links no other term (~{key}): the glossary is read one term at a time"),
                    ));
                }
                if !glossary.iter().any(|(t, _)| &t.key == key) {
                    return Err(err(
                        &u.file,
                        u.line,
                        format!(
                            "unknown glossary term ~{key} (not in {})",
                            sources.glossary.name
                        ),
                    ));
                }
                if let Some(first) = term_in_file.get(&(key.as_str(), u.file.as_str())) {
                    return Err(err(
                        &u.file,
                        u.line,
                        format!("term ~{key} is linked twice here (first on line {first}): link only its first use in each section"),
                    ));
                }
                term_in_file.insert((key, &u.file), u.line);
                used.insert(key, ());
            }
            _ => {}
        }
    }
    for (t, line) in textual {
        if !marked.contains_key(t.key.as_str()) {
            return Err(err(
                &sources.textual.name,
                *line,
                format!(
                    "textual note †{} has no marker [†{}] in the text",
                    t.key, t.key
                ),
            ));
        }
    }
    for (t, line) in glossary {
        if !used.contains_key(t.key.as_str()) {
            return Err(err(
                &sources.glossary.name,
                *line,
                format!(
                    "glossary term ~{} is never used: link its first use with [text](~{})",
                    t.key, t.key
                ),
            ));
        }
    }
    for (e, line) in editions.iter().zip(edition_lines) {
        if !refs.iter().chain(further).any(|r| r.key == e.key) {
            return Err(err(
                &sources.editions.name,
                *line,
                format!(
                    "@{} has no entry in {} or {}",
                    e.key, sources.bibliography.name, sources.further.name
                ),
            ));
        }
        if let Some(bad) = dois(&e.body).into_iter().find(|d| !doi_is_well_formed(d)) {
            return Err(err(
                &sources.editions.name,
                *line,
                format!("malformed DOI `{bad}` (a DOI is 10.NNNN/suffix)"),
            ));
        }
    }
    Ok(())
}
