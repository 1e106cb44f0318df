//! The essay's content pipeline: reads the Markdown files in `content/`, checks every cross-reference and
//! returns a [`Document`]. `build.rs` runs this module at build time and turns the document into static
//! Rust data ([`codegen`]), so no Markdown parser ships in the wasm; the native tests run it too.
//!
//! This module must not name `crate::` paths: `build.rs` includes it with `#[path]`.
//!
//! # The content syntax
//!
//! Markdown (CommonMark, no extensions) with a few additions:
//!
//! ```text
//! front.md            key: value lines (title, subtitle, author, edition), a line `---`, then blocks
//! NN-slug.md          one section: first line `# Section title`, then blocks; `slug` is its URL fragment
//! notes.md            `[^N]: text` per note, numbered 1, 2, 3 … in order, separated by blank lines
//! bibliography.md     `[@key]: text` per entry, separated by blank lines
//! further-reading.md  the same for works outside the review's bibliography that model notes cite (ours)
//! bibliography-edition.md  `[@key]: text` beside an entry: this edition's corrected citation and links
//! textual-notes.md    `[†key]: text` per textual note of this edition (the reading as printed, the
//!                     probable intent, the source), marked with `[†key]` wherever the review has
//!                     that reading (its text, notes or bibliography; never the edition's passages)
//! glossary.md         `[~key]: **Term.** definition` per term (ours), each linked from the text
//! sims/NAME.md        "how this model works" for simulation NAME: a head `illustrates: SENTENCE`
//!                     (the review's sentence the figure illustrates, word for word) and a `---` line,
//!                     then paragraphs (citations allowed)
//!
//! blocks:   paragraphs of inline text
//!           {{sim NAME}}          a simulation placement, alone in its paragraph; NAME from the catalog
//!           ::: ours  …  :::      words of the edition (framed, so readers tell them from the review's)
//!           ::: author  …  :::    the author's prefatory note
//!           ::: questions  …  ::: questions for discussion (ours), one paragraph each
//! inlines:  *emphasis*, **strong**, `code`, [text](https://…), <https://…>
//!           [^N]                  a note marker: links to note N and back
//!           [†key]                a textual-note marker of this edition: links to the note and back
//!           [text](@key)          a citation: `text` links to bibliography entry `key`
//!           [text](~key)          a glossary term: `text` shows the definition of `key` in place;
//!                                 link only its first use in each section
//!           [Figure N](#fig-NAME) a link within the essay: to a placed figure (whose number must be N
//!                                 when the text says "Figure N") or `#SLUG` to a section
//! ```
//!
//! Every error names the file and line: `content/03-power-and-design.md:7: unknown citation key …`.

pub mod apparatus;
pub mod codegen;
mod markdown;

use std::collections::BTreeMap;
use std::fmt;
use std::path::Path;

/// A content error, located in its source file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    /// The file as named to the loader (for example `content/notes.md`).
    pub file: String,
    /// 1-based line number.
    pub line: usize,
    /// What is wrong, in words an author can act on.
    pub message: String,
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.message)
    }
}

impl std::error::Error for Error {}

fn err(file: &str, line: usize, message: impl Into<String>) -> Error {
    Error {
        file: file.to_string(),
        line,
        message: message.into(),
    }
}

/// Inline content of a paragraph, note or reference.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Inline {
    /// Plain text.
    Text(String),
    /// `*emphasis*`.
    Em(Vec<Inline>),
    /// `**strong**`.
    Strong(Vec<Inline>),
    /// `` `code` ``.
    Code(String),
    /// An ordinary link.
    Link { href: String, children: Vec<Inline> },
    /// A citation of a bibliography entry.
    Cite { key: String, children: Vec<Inline> },
    /// A note marker, `[^N]`.
    Note(u32),
    /// A textual-note marker of this edition, `[†key]`, and which of that note's markers it is (1, 2, …):
    /// not part of the text it sits in.
    Mark(String, u32),
    /// A use of a glossary term, `[text](~key)`.
    Term { key: String, children: Vec<Inline> },
}

/// A block of a section or of the front matter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// A paragraph.
    Para(Vec<Inline>),
    /// Words of this edition, framed apart from the review's text.
    Ours(Vec<Block>),
    /// The author's prefatory note.
    Author(Vec<Block>),
    /// Questions for discussion (ours), one paragraph each.
    Questions(Vec<Block>),
    /// A simulation placement by catalog name.
    Sim(String),
}

/// One section of the essay (one file `NN-slug.md`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    /// URL fragment and id, from the file name.
    pub slug: String,
    /// Section title (ours).
    pub title: String,
    /// The section's blocks in order.
    pub blocks: Vec<Block>,
}

/// One endnote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    /// The note's number, 1-based.
    pub number: u32,
    /// The note's text.
    pub body: Vec<Inline>,
}

/// One bibliography entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reference {
    /// Citation key, used in `[text](@key)` and in the anchor `#ref-key`.
    pub key: String,
    /// The entry, in the review's citation style.
    pub body: Vec<Inline>,
}

/// A textual note of this edition: what the source prints, what it probably means, and how we know.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextualNote {
    /// Key, used in `[†key]` and in the anchor `#tn-key`.
    pub key: String,
    /// The note.
    pub body: Vec<Inline>,
}

/// A glossary entry (ours).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    /// Key, used in `[text](~key)` and in the anchor `#term-key`.
    pub key: String,
    /// The term as the glossary shows it (the entry's opening `**…**`).
    pub title: String,
    /// The definition, after the title.
    pub body: Vec<Inline>,
}

/// Title block data from `front.md`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Front {
    /// Essay title.
    pub title: String,
    /// Subtitle (ours).
    pub subtitle: String,
    /// Author of the review.
    pub author: String,
    /// Date of this edition, `YYYY-MM-DD`.
    pub edition: String,
    /// Prefatory note and introduction.
    pub blocks: Vec<Block>,
}

/// The whole essay, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    /// Title block.
    pub front: Front,
    /// Sections in file-name order.
    pub sections: Vec<Section>,
    /// Endnotes, numbered 1..=N.
    pub notes: Vec<Note>,
    /// Bibliography entries in file order.
    pub references: Vec<Reference>,
    /// Further reading (ours): works outside the review's bibliography, cited only in model notes.
    pub further: Vec<Reference>,
    /// "How this model works" per simulation: (catalog name, paragraphs).
    pub sim_notes: Vec<(String, Vec<Block>)>,
    /// The review's sentence each simulation illustrates, word for word: (catalog name, sentence). Shown,
    /// quoted and credited, when the figures are presented.
    pub illustrates: Vec<(String, String)>,
    /// This edition's corrected citations and links, beside bibliography or further-reading entries.
    pub editions: Vec<Reference>,
    /// Textual notes of this edition, in the order their markers first appear, with how many markers
    /// each has.
    pub textual: Vec<(TextualNote, u32)>,
    /// The glossary (ours), in file order.
    pub glossary: Vec<Term>,
}

/// One content file held in memory: its name (for messages) and text.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// Name used in error messages, e.g. `content/notes.md`.
    pub name: String,
    /// The file's text.
    pub text: String,
}

impl SourceFile {
    /// A file from a name and text.
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            text: text.into(),
        }
    }
}

/// All content files, in memory.
#[derive(Debug, Clone)]
pub struct Sources {
    /// `front.md`.
    pub front: SourceFile,
    /// `NN-slug.md` files, in order.
    pub sections: Vec<SourceFile>,
    /// `notes.md`.
    pub notes: SourceFile,
    /// `bibliography.md`.
    pub bibliography: SourceFile,
    /// `further-reading.md`.
    pub further: SourceFile,
    /// `bibliography-edition.md`.
    pub editions: SourceFile,
    /// `textual-notes.md`.
    pub textual: SourceFile,
    /// `glossary.md`.
    pub glossary: SourceFile,
    /// `sims/NAME.md` files.
    pub sims: Vec<SourceFile>,
}

/// A use of a note, citation or simulation, remembered for the cross-reference checks.
#[derive(Debug, Clone)]
pub(crate) enum Use {
    Note(u32),
    Cite(String),
    Sim(String),
    /// A textual-note marker, `[†key]`.
    Mark(String),
    /// A glossary term, `[text](~key)`.
    Term(String),
    /// A link within the essay, `[text](#target)`.
    Anchor {
        target: String,
        text: String,
    },
}

/// Where a [`Use`] occurs.
#[derive(Debug, Clone)]
pub(crate) struct Located {
    pub what: Use,
    pub file: String,
    pub line: usize,
}

/// Reads `dir` (front.md, NN-*.md, notes.md, bibliography.md) and parses it. `dir` is used as given in
/// error messages, so pass the path relative to the crate root (`content`).
pub fn load_dir(dir: &Path, sim_names: &[&str]) -> Result<Document, Error> {
    let read = |name: &str| -> Result<SourceFile, Error> {
        let path = dir.join(name);
        let shown = path.display().to_string();
        std::fs::read_to_string(&path)
            .map(|text| SourceFile::new(shown.clone(), text))
            .map_err(|e| err(&shown, 1, format!("cannot read: {e}")))
    };
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map_err(|e| err(&dir.display().to_string(), 1, format!("cannot list: {e}")))?
        .filter_map(|entry| entry.ok())
        .filter_map(|entry| entry.file_name().into_string().ok())
        .filter(|name| is_section_file(name))
        .collect();
    names.sort();
    let sources = Sources {
        front: read("front.md")?,
        sections: names
            .iter()
            .map(|name| read(name))
            .collect::<Result<_, _>>()?,
        notes: read("notes.md")?,
        bibliography: read("bibliography.md")?,
        further: read("further-reading.md")?,
        editions: read("bibliography-edition.md")?,
        textual: read("textual-notes.md")?,
        glossary: read("glossary.md")?,
        sims: sim_files(dir)?,
    };
    parse(&sources, sim_names)
}

/// The files in `dir/sims/`, sorted (none if the folder is missing).
fn sim_files(dir: &Path) -> Result<Vec<SourceFile>, Error> {
    let sims = dir.join("sims");
    let Ok(entries) = std::fs::read_dir(&sims) else {
        return Ok(Vec::new());
    };
    let mut paths: Vec<_> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "md"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|path| {
            let shown = path.display().to_string();
            std::fs::read_to_string(&path)
                .map(|text| SourceFile::new(shown.clone(), text))
                .map_err(|e| err(&shown, 1, format!("cannot read: {e}")))
        })
        .collect()
}

/// `NN-slug.md`: two digits, a dash, a slug of lower-case letters, digits and dashes.
fn is_section_file(name: &str) -> bool {
    let Some(stem) = name.strip_suffix(".md") else {
        return false;
    };
    let bytes = stem.as_bytes();
    bytes.len() > 3
        && bytes[0].is_ascii_digit()
        && bytes[1].is_ascii_digit()
        && bytes[2] == b'-'
        && is_slug(&stem[3..])
}

fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Parses and checks all content held in memory.
pub fn parse(sources: &Sources, sim_names: &[&str]) -> Result<Document, Error> {
    let mut uses = Vec::new();
    let front = parse_front(&sources.front, &mut uses)?;
    let sections = sources
        .sections
        .iter()
        .map(|file| parse_section(file, &mut uses))
        .collect::<Result<Vec<_>, _>>()?;
    let (notes, note_lines) = parse_notes(&sources.notes, &mut uses)?;
    let (references, ref_lines) = parse_bibliography(&sources.bibliography, &mut uses)?;
    let (further, further_lines) = parse_bibliography(&sources.further, &mut uses)?;
    let (sim_notes, illustrates): (Vec<_>, Vec<_>) = sources
        .sims
        .iter()
        .map(|file| parse_sim_notes(file, sim_names, &mut uses))
        .collect::<Result<Vec<_>, _>>()?
        .into_iter()
        .map(|(name, quote, blocks)| ((name.clone(), blocks), (name, quote)))
        .unzip();
    check_illustrates(&sections, &illustrates, &sources.sims)?;
    let (editions, edition_lines) = parse_bibliography(&sources.editions, &mut uses)?;
    let textual = parse_textual(&sources.textual, &mut uses)?;
    let glossary = parse_glossary(&sources.glossary, &mut uses)?;
    check(
        &uses,
        (&notes, &note_lines),
        (&references, &ref_lines),
        (&further, &further_lines),
        sources,
        sim_names,
    )?;
    apparatus::check(
        &uses,
        sources,
        (&references, &further),
        (&editions, &edition_lines),
        &textual,
        &glossary,
    )?;
    // Textual notes are listed in the order their markers appear.
    let order: Vec<&str> = uses
        .iter()
        .filter_map(|u| match &u.what {
            Use::Mark(key) => Some(key.as_str()),
            _ => None,
        })
        .collect();
    let mut textual: Vec<(TextualNote, u32)> = textual
        .into_iter()
        .map(|(t, _)| {
            let marks = order.iter().filter(|k| **k == t.key).count() as u32;
            (t, marks)
        })
        .collect();
    textual.sort_by_key(|(t, _)| order.iter().position(|k| *k == t.key));
    Ok(Document {
        front,
        sections,
        notes,
        references,
        further,
        sim_notes,
        illustrates,
        editions,
        textual,
        glossary: glossary.into_iter().map(|(t, _)| t).collect(),
    })
}

/// `sims/NAME.md`: "how this model works" for a catalogued simulation, paragraphs only, after a head
/// naming the review's sentence the figure illustrates (`illustrates: …`, then a `---` line).
fn parse_sim_notes(
    file: &SourceFile,
    sim_names: &[&str],
    uses: &mut Vec<Located>,
) -> Result<(String, String, Vec<Block>), Error> {
    let name = Path::new(&file.name)
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or_default();
    if !sim_names.contains(&name) {
        return Err(err(
            &file.name,
            1,
            format!(
                "no simulation is named `{name}` (known: {})",
                sim_names.join(", ")
            ),
        ));
    }
    let mut lines = file.text.splitn(3, '\n');
    let quote = lines
        .next()
        .and_then(|l| l.trim().strip_prefix("illustrates:"))
        .map(str::trim)
        .filter(|q| !q.is_empty());
    let (Some(quote), Some("---"), Some(body)) = (quote, lines.next().map(str::trim), lines.next())
    else {
        return Err(err(
            &file.name,
            1,
            "a model note begins with `illustrates: SENTENCE` (the review's sentence the figure illustrates, word for word) and a `---` line",
        ));
    };
    let blocks = markdown::blocks(&file.name, body, 2, uses)?;
    if blocks.is_empty() || !blocks.iter().all(|b| matches!(b, Block::Para(_))) {
        return Err(err(
            &file.name,
            3,
            "a model note is one or more plain paragraphs",
        ));
    }
    Ok((name.to_string(), quote.to_string(), blocks))
}

/// Each figure's `illustrates:` sentence must stand word for word in a paragraph of the review (its
/// note markers left out).
fn check_illustrates(
    sections: &[Section],
    illustrates: &[(String, String)],
    files: &[SourceFile],
) -> Result<(), Error> {
    fn words(text: &str) -> String {
        text.split_whitespace().collect::<Vec<_>>().join(" ")
    }
    // The review's paragraphs as plain text, without the `[N]` of note markers.
    let review: Vec<String> = sections
        .iter()
        .flat_map(|s| s.blocks.iter())
        .filter_map(|b| match b {
            Block::Para(inlines) => {
                let text = plain(inlines);
                let mut out = String::with_capacity(text.len());
                let mut rest = text.as_str();
                while let Some(at) = rest.find('[') {
                    out.push_str(&rest[..at]);
                    let after = &rest[at + 1..];
                    match after.find(']') {
                        Some(end)
                            if end > 0 && after[..end].bytes().all(|b| b.is_ascii_digit()) =>
                        {
                            rest = &after[end + 1..];
                        }
                        _ => {
                            out.push('[');
                            rest = after;
                        }
                    }
                }
                out.push_str(rest);
                Some(words(&out))
            }
            _ => None,
        })
        .collect();
    for (name, quote) in illustrates {
        let quote = words(quote);
        if !review.iter().any(|p| p.contains(&quote)) {
            let file = files
                .iter()
                .find(|f| Path::new(&f.name).file_stem().and_then(|s| s.to_str()) == Some(name))
                .map_or("sims", |f| f.name.as_str());
            return Err(err(
                file,
                1,
                "the `illustrates:` sentence is not in the review word for word",
            ));
        }
    }
    Ok(())
}

fn parse_front(file: &SourceFile, uses: &mut Vec<Located>) -> Result<Front, Error> {
    let mut fields: BTreeMap<&str, String> = BTreeMap::new();
    let mut body_start = None;
    for (i, line) in file.text.lines().enumerate() {
        if line.trim() == "---" {
            body_start = Some(i + 1);
            break;
        }
        if line.trim().is_empty() {
            continue;
        }
        let Some((key, value)) = line.split_once(':') else {
            return Err(err(
                &file.name,
                i + 1,
                "expected `key: value` before the `---` line",
            ));
        };
        let key = key.trim();
        if !matches!(key, "title" | "subtitle" | "author" | "edition") {
            return Err(err(
                &file.name,
                i + 1,
                format!("unknown field `{key}` (known: title, subtitle, author, edition)"),
            ));
        }
        fields.insert(key, value.trim().to_string());
    }
    let Some(body_start) = body_start else {
        return Err(err(
            &file.name,
            1,
            "missing the `---` line that ends the fields",
        ));
    };
    let mut take = |key: &str| {
        fields
            .remove(key)
            .ok_or_else(|| err(&file.name, 1, format!("missing field `{key}`")))
    };
    let (title, subtitle, author, edition) = (
        take("title")?,
        take("subtitle")?,
        take("author")?,
        take("edition")?,
    );
    let body: String = file
        .text
        .lines()
        .skip(body_start)
        .collect::<Vec<_>>()
        .join("\n");
    let blocks = markdown::blocks(&file.name, &body, body_start, uses)?;
    Ok(Front {
        title,
        subtitle,
        author,
        edition,
        blocks,
    })
}

fn parse_section(file: &SourceFile, uses: &mut Vec<Located>) -> Result<Section, Error> {
    let base = Path::new(&file.name)
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or_default();
    let slug = base.get(3..).filter(|s| is_slug(s)).ok_or_else(|| {
        err(
            &file.name,
            1,
            "a section file is named `NN-slug.md` (slug: a-z, 0-9, -)",
        )
    })?;
    let mut lines = file.text.lines();
    let title = lines
        .next()
        .and_then(|l| l.strip_prefix("# "))
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .ok_or_else(|| {
            err(
                &file.name,
                1,
                "a section file starts with `# Section title`",
            )
        })?;
    let body = lines.collect::<Vec<_>>().join("\n");
    let blocks = markdown::blocks(&file.name, &body, 1, uses)?;
    if blocks.is_empty() {
        return Err(err(&file.name, 1, "the section has no text"));
    }
    Ok(Section {
        slug: slug.to_string(),
        title: title.to_string(),
        blocks,
    })
}

/// Splits `[label]: text` entries (notes, bibliography): returns (label, first line, text) per entry.
fn entries<'a>(file: &'a SourceFile, open: &str) -> Result<Vec<(&'a str, usize, String)>, Error> {
    let mut out: Vec<(&str, usize, String)> = Vec::new();
    let mut in_entry = false;
    for (i, line) in file.text.lines().enumerate() {
        if line.trim().is_empty() {
            in_entry = false;
            continue;
        }
        if let Some(rest) = line.strip_prefix(open) {
            let Some((label, text)) = rest.split_once("]:") else {
                return Err(err(
                    &file.name,
                    i + 1,
                    format!("unclosed label: expected `{open}…]: text`"),
                ));
            };
            out.push((label, i + 1, text.trim().to_string()));
            in_entry = true;
        } else if in_entry {
            if let Some(last) = out.last_mut() {
                last.2.push(' ');
                last.2.push_str(line.trim());
            }
        } else {
            return Err(err(
                &file.name,
                i + 1,
                format!("expected an entry starting with `{open}`"),
            ));
        }
    }
    Ok(out)
}

fn parse_notes(
    file: &SourceFile,
    uses: &mut Vec<Located>,
) -> Result<(Vec<Note>, Vec<usize>), Error> {
    let mut notes = Vec::new();
    let mut lines = Vec::new();
    for (label, line, text) in entries(file, "[^")? {
        let expected = notes.len() as u32 + 1;
        match label.parse::<u32>() {
            Ok(n) if n == expected => {}
            _ => {
                return Err(err(
                    &file.name,
                    line,
                    format!(
                        "notes are numbered in order: expected [^{expected}], found [^{label}]"
                    ),
                ))
            }
        }
        let body = markdown::inline_only(&file.name, &text, line, uses)?;
        notes.push(Note {
            number: expected,
            body,
        });
        lines.push(line);
    }
    Ok((notes, lines))
}

fn parse_bibliography(
    file: &SourceFile,
    uses: &mut Vec<Located>,
) -> Result<(Vec<Reference>, Vec<usize>), Error> {
    let mut refs: Vec<Reference> = Vec::new();
    let mut lines = Vec::new();
    for (key, line, text) in entries(file, "[@")? {
        if !is_slug(key) {
            return Err(err(
                &file.name,
                line,
                format!("citation key `{key}` may use only a-z, 0-9 and -"),
            ));
        }
        if let Some(i) = refs.iter().position(|r| r.key == key) {
            return Err(err(
                &file.name,
                line,
                format!(
                    "citation key @{key} is defined twice (first on line {})",
                    lines[i]
                ),
            ));
        }
        let body = markdown::inline_only(&file.name, &text, line, uses)?;
        refs.push(Reference {
            key: key.to_string(),
            body,
        });
        lines.push(line);
    }
    Ok((refs, lines))
}

/// `textual-notes.md`: `[†key]: text` entries, with the line each starts on.
fn parse_textual(
    file: &SourceFile,
    uses: &mut Vec<Located>,
) -> Result<Vec<(TextualNote, usize)>, Error> {
    let mut out: Vec<(TextualNote, usize)> = Vec::new();
    for (key, line, text) in entries(file, "[†")? {
        if !is_slug(key) {
            return Err(err(
                &file.name,
                line,
                format!("textual-note key `{key}` may use only a-z, 0-9 and -"),
            ));
        }
        if let Some((_, first)) = out.iter().find(|(t, _)| t.key == key) {
            return Err(err(
                &file.name,
                line,
                format!("textual note †{key} is defined twice (first on line {first})"),
            ));
        }
        let body = markdown::inline_only(&file.name, &text, line, uses)?;
        out.push((
            TextualNote {
                key: key.to_string(),
                body,
            },
            line,
        ));
    }
    Ok(out)
}

/// `glossary.md`: `[~key]: **Term.** definition` entries, with the line each starts on.
fn parse_glossary(file: &SourceFile, uses: &mut Vec<Located>) -> Result<Vec<(Term, usize)>, Error> {
    let mut out: Vec<(Term, usize)> = Vec::new();
    for (key, line, text) in entries(file, "[~")? {
        if !is_slug(key) {
            return Err(err(
                &file.name,
                line,
                format!("glossary key `{key}` may use only a-z, 0-9 and -"),
            ));
        }
        if let Some((_, first)) = out.iter().find(|(t, _)| t.key == key) {
            return Err(err(
                &file.name,
                line,
                format!("glossary term ~{key} is defined twice (first on line {first})"),
            ));
        }
        let mut body = markdown::inline_only(&file.name, &text, line, uses)?;
        let title = match body.first() {
            Some(Inline::Strong(t)) => plain(t).trim_end_matches('.').trim().to_string(),
            _ => String::new(),
        };
        if title.is_empty() {
            return Err(err(
                &file.name,
                line,
                format!("glossary entry ~{key} starts with its term in bold: `[~{key}]: **Term.** definition`"),
            ));
        }
        body.remove(0);
        if let Some(Inline::Text(t)) = body.first_mut() {
            *t = t.trim_start().to_string();
        }
        out.push((
            Term {
                key: key.to_string(),
                title,
                body,
            },
            line,
        ));
    }
    Ok(out)
}

/// Whether further reading may be cited in `file`: a model note (`…/sims/NAME.md`) or another text of
/// this edition's own (the glossary, the bibliography's corrections).
fn is_model_note(file: &str) -> bool {
    file.starts_with("sims/")
        || file.contains("/sims/")
        || file.ends_with("glossary.md")
        || file.ends_with("bibliography-edition.md")
}

fn check(
    uses: &[Located],
    (notes, note_lines): (&[Note], &[usize]),
    (refs, ref_lines): (&[Reference], &[usize]),
    (further, further_lines): (&[Reference], &[usize]),
    sources: &Sources,
    sim_names: &[&str],
) -> Result<(), Error> {
    for (r, line) in further.iter().zip(further_lines) {
        if refs.iter().any(|b| b.key == r.key) {
            return Err(err(
                &sources.further.name,
                *line,
                format!(
                    "@{} is in {}: further reading lists only works the review does not cite",
                    r.key, sources.bibliography.name
                ),
            ));
        }
    }
    let mut note_seen: BTreeMap<u32, (&str, usize)> = BTreeMap::new();
    let mut sim_seen: BTreeMap<&str, (&str, usize)> = BTreeMap::new();
    let mut cited: BTreeMap<&str, ()> = BTreeMap::new();
    let mut last_note = 0;
    for u in uses {
        match &u.what {
            Use::Note(n) => {
                if *n == 0 || *n as usize > notes.len() {
                    return Err(err(
                        &u.file,
                        u.line,
                        format!(
                            "unknown note [^{n}] ({} defines notes 1 to {})",
                            sources.notes.name,
                            notes.len()
                        ),
                    ));
                }
                if let Some((file, line)) = note_seen.get(n) {
                    return Err(err(
                        &u.file,
                        u.line,
                        format!("note [^{n}] is marked twice (first at {file}:{line})"),
                    ));
                }
                if *n != last_note + 1 {
                    return Err(err(
                        &u.file,
                        u.line,
                        format!(
                            "note markers go in order: expected [^{}], found [^{n}]",
                            last_note + 1
                        ),
                    ));
                }
                last_note = *n;
                note_seen.insert(*n, (&u.file, u.line));
            }
            Use::Cite(key) => {
                let in_further = further.iter().any(|r| &r.key == key);
                if in_further && !is_model_note(&u.file) {
                    return Err(err(
                        &u.file,
                        u.line,
                        format!(
                            "@{key} is further reading (ours, in {}): cite it only in model notes (sims/NAME.md), the glossary or the bibliography's corrections",
                            sources.further.name
                        ),
                    ));
                }
                if !in_further && !refs.iter().any(|r| &r.key == key) {
                    return Err(err(
                        &u.file,
                        u.line,
                        format!(
                            "unknown citation key @{key} (not in {})",
                            sources.bibliography.name
                        ),
                    ));
                }
                cited.insert(key, ());
            }
            Use::Sim(name) => {
                if !sim_names.contains(&name.as_str()) {
                    return Err(err(
                        &u.file,
                        u.line,
                        format!(
                            "unknown simulation `{name}` (known: {})",
                            sim_names.join(", ")
                        ),
                    ));
                }
                if let Some((file, line)) = sim_seen.get(name.as_str()) {
                    return Err(err(
                        &u.file,
                        u.line,
                        format!("simulation `{name}` is placed twice (first at {file}:{line})"),
                    ));
                }
                sim_seen.insert(name, (&u.file, u.line));
            }
            // Checked once every figure is placed: check_anchors.
            Use::Anchor { .. } => {}
            // Checked in `apparatus`.
            Use::Mark(_) | Use::Term(_) => {}
        }
    }
    check_anchors(uses, sources)?;
    for (note, line) in notes.iter().zip(note_lines) {
        if !note_seen.contains_key(&note.number) {
            return Err(err(
                &sources.notes.name,
                *line,
                format!("note [^{}] has no marker in the text", note.number),
            ));
        }
    }
    for (file, list, lines) in [
        (&sources.bibliography, refs, ref_lines),
        (&sources.further, further, further_lines),
    ] {
        for (r, line) in list.iter().zip(lines) {
            if !cited.contains_key(r.key.as_str()) {
                return Err(err(
                    &file.name,
                    *line,
                    format!("entry @{} is never cited", r.key),
                ));
            }
        }
    }
    Ok(())
}

/// Links within the essay lead somewhere: `#fig-NAME` to a placed figure, whose number matches a link
/// text "Figure N", or `#SLUG` to a section.
fn check_anchors(uses: &[Located], sources: &Sources) -> Result<(), Error> {
    // Figures are numbered in placement order.
    let placed: Vec<&str> = uses
        .iter()
        .filter_map(|u| match &u.what {
            Use::Sim(name) => Some(name.as_str()),
            _ => None,
        })
        .collect();
    let slugs: Vec<&str> = sources
        .sections
        .iter()
        .filter_map(|f| Path::new(&f.name).file_stem()?.to_str())
        .filter_map(|stem| stem.split_once('-').map(|(_, slug)| slug))
        .collect();
    for u in uses {
        let Use::Anchor { target, text } = &u.what else {
            continue;
        };
        if let Some(name) = target.strip_prefix("fig-") {
            let Some(i) = placed.iter().position(|p| *p == name) else {
                return Err(err(
                    &u.file,
                    u.line,
                    format!("link to #{target}: no figure `{name}` is placed"),
                ));
            };
            if let Some(n) = text.strip_prefix("Figure ") {
                if n != (i + 1).to_string() {
                    return Err(err(
                        &u.file,
                        u.line,
                        format!(
                            "link text “{text}” for #{target}, which is Figure {}",
                            i + 1
                        ),
                    ));
                }
            }
        } else if !slugs.contains(&target.as_str()) {
            return Err(err(
                &u.file,
                u.line,
                format!("link to #{target}: no such figure or section"),
            ));
        }
    }
    Ok(())
}

/// The plain text of inline content as the original review prints it: markup dropped, note markers as
/// `[N]`. Used to compare the content with the verbatim original.
pub fn plain(inlines: &[Inline]) -> String {
    let mut out = String::new();
    fn walk(inlines: &[Inline], out: &mut String) {
        for inline in inlines {
            match inline {
                Inline::Text(t) | Inline::Code(t) => out.push_str(t),
                Inline::Em(c)
                | Inline::Strong(c)
                | Inline::Link { children: c, .. }
                | Inline::Cite { children: c, .. }
                | Inline::Term { children: c, .. } => walk(c, out),
                // The edition's marker is not part of the text it sits in.
                Inline::Mark(..) => {}
                Inline::Note(n) => {
                    out.push('[');
                    out.push_str(&n.to_string());
                    out.push(']');
                }
            }
        }
    }
    walk(inlines, &mut out);
    out
}

impl Document {
    /// Every paragraph of the review's body (the sections' paragraphs outside `::: ours`), in order.
    pub fn body_paragraphs(&self) -> Vec<&[Inline]> {
        self.sections
            .iter()
            .flat_map(|s| s.blocks.iter())
            .filter_map(|b| match b {
                Block::Para(inlines) => Some(inlines.as_slice()),
                _ => None,
            })
            .collect()
    }

    /// Simulation names in the order they are placed.
    pub fn placements(&self) -> Vec<&str> {
        self.sections
            .iter()
            .flat_map(|s| s.blocks.iter())
            .filter_map(|b| match b {
                Block::Sim(name) => Some(name.as_str()),
                _ => None,
            })
            .collect()
    }
}
