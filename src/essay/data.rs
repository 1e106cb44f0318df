//! The essay as static data. `build.rs` parses `content/` and generates `ESSAY` in these types, so the
//! browser receives plain data and no Markdown parser. Inline content arrives as escaped HTML strings
//! (see `content::codegen`), inserted whole into its paragraph.

/// A block of a section or of the title block.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Block {
    /// A paragraph of the review, as HTML generated at build time (text escaped, markers and
    /// citations as links).
    Para(&'static str),
    /// Words of this edition, framed.
    Ours(&'static [Block]),
    /// The author's prefatory note.
    Author(&'static [Block]),
    /// Questions for discussion (ours), as build-time HTML (a heading and a list).
    Questions(&'static str),
    /// A simulation placement, by catalog name.
    Sim(&'static str),
}

/// One section.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Section {
    /// Id and URL fragment.
    pub slug: &'static str,
    /// Title (ours).
    pub title: &'static str,
    /// Blocks in order.
    pub blocks: &'static [Block],
}

/// One endnote.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Note {
    /// 1-based number.
    pub number: u32,
    /// Text, as HTML generated at build time.
    pub html: &'static str,
}

/// Where a bibliography entry is cited.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CitedBy {
    /// In the running text of the section with this slug.
    Section(&'static str),
    /// In this note.
    Note(u32),
    /// In the model notes of this figure (catalog name).
    Figure(&'static str),
    /// In a glossary definition.
    Glossary,
}

/// One bibliography entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reference {
    /// Citation key; anchor `ref-KEY`.
    pub key: &'static str,
    /// Short label, `Surname YEAR`.
    pub label: &'static str,
    /// The entry, as HTML generated at build time.
    pub html: &'static str,
    /// This edition's corrected citation and links beside the entry, as HTML (empty if none).
    pub edition: &'static str,
    /// Every place that cites it.
    pub cited_by: &'static [CitedBy],
}

/// Title block data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Front {
    /// Title.
    pub title: &'static str,
    /// Subtitle (ours).
    pub subtitle: &'static str,
    /// The review's author.
    pub author: &'static str,
    /// Date of this edition.
    pub edition: &'static str,
    /// Prefatory note and introduction.
    pub blocks: &'static [Block],
}

/// The whole essay.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Essay {
    /// Title block.
    pub front: Front,
    /// Sections in order.
    pub sections: &'static [Section],
    /// Endnotes.
    pub notes: &'static [Note],
    /// Bibliography.
    pub references: &'static [Reference],
    /// Further reading (ours): works outside the review's bibliography that the model notes cite.
    pub further: &'static [Reference],
    /// This edition's textual notes, as build-time HTML (a list, each note with links back to its
    /// markers).
    pub textual_html: &'static str,
    /// The glossary (ours), as build-time HTML (a definition list).
    pub glossary_html: &'static str,
}

include!(concat!(env!("OUT_DIR"), "/essay_data.rs"));

impl Essay {
    /// Simulation names in placement order (figure 1, 2, …).
    pub fn placements(&self) -> impl Iterator<Item = (&'static Section, &'static str)> {
        fn sims(blocks: &'static [Block]) -> impl Iterator<Item = &'static str> {
            blocks.iter().filter_map(|b| match b {
                Block::Sim(name) => Some(*name),
                _ => None,
            })
        }
        let sections = self.sections;
        sections
            .iter()
            .flat_map(|s| sims(s.blocks).map(move |name| (s, name)))
    }

    /// The figure number of simulation `name` (1-based), if placed.
    pub fn figure_number(&self, name: &str) -> Option<usize> {
        self.placements()
            .position(|(_, n)| n == name)
            .map(|i| i + 1)
    }

    /// "How this model works" for simulation `name`, as HTML (empty if it has none).
    pub fn sim_notes(&self, name: &str) -> &'static str {
        SIM_NOTES
            .iter()
            .find(|(n, _)| *n == name)
            .map_or("", |(_, html)| html)
    }

    /// The review's sentence that simulation `name` illustrates, as escaped text (empty in the
    /// hydrating build, whose page already holds it).
    pub fn illustrates(&self, name: &str) -> &'static str {
        ILLUSTRATES
            .iter()
            .find(|(n, _)| *n == name)
            .map_or("", |(_, text)| text)
    }

    /// The bibliography (or further-reading) entry with `key`, if any.
    pub fn reference(&self, key: &str) -> Option<&'static Reference> {
        self.references
            .iter()
            .chain(self.further)
            .find(|r| r.key == key)
    }

    /// The section with `slug`, if any.
    pub fn section(&self, slug: &str) -> Option<&'static Section> {
        self.sections.iter().find(|s| s.slug == slug)
    }
}
