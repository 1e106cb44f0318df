//! Markdown to [`Block`]s and [`Inline`]s: containers (`::: ours`) are split off line by line, the rest is
//! read by pulldown-cmark; note markers and simulation placements are found in its text events.

use super::{err, Block, Error, Inline, Located, Use};
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

/// Parses the blocks of `body`, whose first line is line `offset + 1` of `file`.
pub(super) fn blocks(
    file: &str,
    body: &str,
    offset: usize,
    uses: &mut Vec<Located>,
) -> Result<Vec<Block>, Error> {
    let mut out = Vec::new();
    // (container name, its opening line, lines inside it)
    let mut open: Option<(&str, usize, Vec<&str>)> = None;
    let mut chunk: Vec<&str> = Vec::new();
    let mut chunk_start = offset;
    for (i, line) in body.lines().enumerate() {
        let number = offset + i + 1;
        let Some(rest) = line.trim().strip_prefix(":::") else {
            match open.as_mut() {
                Some((_, _, inner)) => inner.push(line),
                None => chunk.push(line),
            }
            continue;
        };
        let name = rest.trim();
        match (open.take(), name) {
            (None, "") => return Err(err(file, number, "`:::` closes nothing")),
            (None, "ours" | "author" | "questions") => {
                out.extend(parse_chunk(file, &chunk.join("\n"), chunk_start, uses)?);
                chunk.clear();
                let kind = match name {
                    "ours" => "ours",
                    "author" => "author",
                    _ => "questions",
                };
                open = Some((kind, number, Vec::new()));
            }
            (None, other) => {
                return Err(err(
                    file,
                    number,
                    format!("unknown container `::: {other}` (known: ours, author, questions)"),
                ))
            }
            (Some((kind, start, inner)), "") => {
                let seen = uses.len();
                let inner = parse_chunk(file, &inner.join("\n"), start, uses)?;
                // Figures are numbered and listed where they stand between blocks: one walk finds them all.
                if let Some(sim) = uses[seen..].iter().find(|u| matches!(u.what, Use::Sim(_))) {
                    return Err(err(
                        file,
                        sim.line,
                        format!("a figure `{{{{sim …}}}}` inside `::: {kind}` (opened on line {start}): place figures between blocks, not inside them"),
                    ));
                }
                if inner.is_empty() {
                    return Err(err(file, start, format!("`::: {kind}` is empty")));
                }
                // The edition's daggers mark the review's words, not the edition's own.
                if kind != "author" && inner.iter().any(block_has_mark) {
                    return Err(err(
                        file,
                        start,
                        format!("a textual-note marker `[†…]` inside `::: {kind}`: markers sit in the review’s text, notes or bibliography"),
                    ));
                }
                if kind == "questions" && !inner.iter().all(|b| matches!(b, Block::Para(_))) {
                    return Err(err(
                        file,
                        start,
                        "`::: questions` holds one paragraph per question",
                    ));
                }
                out.push(match kind {
                    "ours" => Block::Ours(inner),
                    "author" => Block::Author(inner),
                    _ => Block::Questions(inner),
                });
                chunk_start = number;
            }
            (Some((kind, start, _)), _) => {
                return Err(err(
                    file,
                    number,
                    format!("`::: {name}` inside `::: {kind}` (opened on line {start}); close it first with `:::`"),
                ))
            }
        }
    }
    if let Some((kind, start, _)) = open {
        return Err(err(
            file,
            start,
            format!("`::: {kind}` is never closed: end it with a line `:::`"),
        ));
    }
    out.extend(parse_chunk(file, &chunk.join("\n"), chunk_start, uses)?);
    Ok(out)
}

/// Parses `text` (one line, as joined from an entry) as a single paragraph and returns its inlines.
pub(super) fn inline_only(
    file: &str,
    text: &str,
    line: usize,
    uses: &mut Vec<Located>,
) -> Result<Vec<Inline>, Error> {
    let mut blocks = parse_chunk(file, text, line - 1, uses)?;
    match (blocks.pop(), blocks.is_empty()) {
        (Some(Block::Para(inlines)), true) => Ok(inlines),
        _ => Err(err(file, line, "an entry is a single paragraph of text")),
    }
}

/// A run of adjacent text events, with the line each piece starts on.
#[derive(Default)]
struct Run {
    text: String,
    /// (byte offset into `text`, source line)
    lines: Vec<(usize, usize)>,
}

impl Run {
    fn line_at(&self, byte: usize) -> usize {
        self.lines
            .iter()
            .rev()
            .find(|(at, _)| *at <= byte)
            .or(self.lines.first())
            .map_or(0, |(_, line)| *line)
    }
}

/// One open inline container while walking the events.
struct Frame {
    tag: FrameTag,
    children: Vec<Inline>,
    run: Run,
}

enum FrameTag {
    Para,
    Em,
    Strong,
    Link(String),
}

fn parse_chunk(
    file: &str,
    text: &str,
    offset: usize,
    uses: &mut Vec<Located>,
) -> Result<Vec<Block>, Error> {
    let line_starts: Vec<usize> = std::iter::once(0)
        .chain(text.match_indices('\n').map(|(i, _)| i + 1))
        .collect();
    let line_of = |byte: usize| offset + line_starts.partition_point(|&s| s <= byte);
    let mut out = Vec::new();
    let mut stack: Vec<Frame> = Vec::new();
    for (event, range) in Parser::new_ext(text, Options::empty()).into_offset_iter() {
        let line = line_of(range.start);
        match event {
            Event::Start(tag) => {
                let frame_tag = match tag {
                    Tag::Paragraph => FrameTag::Para,
                    Tag::Emphasis => FrameTag::Em,
                    Tag::Strong => FrameTag::Strong,
                    Tag::Link { dest_url, .. } => FrameTag::Link(dest_url.to_string()),
                    other => return Err(unsupported(file, line, &format!("{other:?}"))),
                };
                if let Some(top) = stack.last_mut() {
                    flush(file, top, uses)?;
                } else if !matches!(frame_tag, FrameTag::Para) {
                    return Err(unsupported(file, line, "inline markup outside a paragraph"));
                }
                stack.push(Frame {
                    tag: frame_tag,
                    children: Vec::new(),
                    run: Run::default(),
                });
            }
            Event::End(end) => {
                let Some(mut frame) = stack.pop() else {
                    return Err(unsupported(file, line, &format!("{end:?}")));
                };
                flush(file, &mut frame, uses)?;
                let children = frame.children;
                if matches!(frame.tag, FrameTag::Link(_)) && holds_a_link(&children) {
                    return Err(err(
                        file,
                        line,
                        "a link’s text holds a marker, term or other link: put it after the link",
                    ));
                }
                let finished = match frame.tag {
                    FrameTag::Para => {
                        // An End event's range spans its element, so `line` is the paragraph's first.
                        debug_assert!(matches!(end, TagEnd::Paragraph));
                        out.push(paragraph(file, line, children, uses)?);
                        continue;
                    }
                    FrameTag::Em => Inline::Em(children),
                    FrameTag::Strong => Inline::Strong(children),
                    FrameTag::Link(href) if href.starts_with('~') => {
                        let key = href[1..].to_string();
                        uses.push(Located {
                            what: Use::Term(key.clone()),
                            file: file.to_string(),
                            line,
                        });
                        Inline::Term { key, children }
                    }
                    FrameTag::Link(href) => match href.strip_prefix('@') {
                        Some(key) => {
                            uses.push(Located {
                                what: Use::Cite(key.to_string()),
                                file: file.to_string(),
                                line,
                            });
                            Inline::Cite {
                                key: key.to_string(),
                                children,
                            }
                        }
                        None => {
                            if let Some(target) = href.strip_prefix('#') {
                                uses.push(Located {
                                    what: Use::Anchor {
                                        target: target.to_string(),
                                        text: super::plain(&children),
                                    },
                                    file: file.to_string(),
                                    line,
                                });
                            }
                            Inline::Link { href, children }
                        }
                    },
                };
                if let Some(top) = stack.last_mut() {
                    top.children.push(finished);
                }
            }
            Event::Text(t) => push_text(&mut stack, &t, line, file)?,
            Event::SoftBreak | Event::HardBreak => push_text(&mut stack, " ", line, file)?,
            Event::Code(code) => {
                let Some(top) = stack.last_mut() else {
                    return Err(unsupported(file, line, "code outside a paragraph"));
                };
                flush(file, top, uses)?;
                top.children.push(Inline::Code(code.to_string()));
            }
            other => return Err(unsupported(file, line, &format!("{other:?}"))),
        }
    }
    Ok(out)
}

fn unsupported(file: &str, line: usize, what: &str) -> Error {
    let what: String = what.chars().take(60).collect();
    err(
        file,
        line,
        format!(
            "unsupported Markdown here ({what}); the syntax is described in src/content/mod.rs"
        ),
    )
}

fn push_text(stack: &mut [Frame], text: &str, line: usize, file: &str) -> Result<(), Error> {
    let Some(top) = stack.last_mut() else {
        return Err(unsupported(file, line, "text outside a paragraph"));
    };
    top.run.lines.push((top.run.text.len(), line));
    top.run.text.push_str(text);
    Ok(())
}

/// Turns the frame's pending text run into `Text`, `Note` (`[^N]`) and `Mark` (`[†key]`) inlines.
fn flush(file: &str, frame: &mut Frame, uses: &mut Vec<Located>) -> Result<(), Error> {
    let run = std::mem::take(&mut frame.run);
    let mut rest = run.text.as_str();
    let mut consumed = 0;
    loop {
        let note = rest.find("[^");
        let mark = rest.find("[†");
        let at = match (note, mark) {
            (Some(n), Some(m)) => n.min(m),
            (Some(n), None) => n,
            (None, Some(m)) => m,
            (None, None) => break,
        };
        let line = run.line_at(consumed + at);
        if at > 0 {
            frame.children.push(Inline::Text(rest[..at].to_string()));
        }
        let used = if Some(at) == note {
            let after = &rest[at + 2..];
            let digits = after.bytes().take_while(u8::is_ascii_digit).count();
            let number = after[..digits].parse::<u32>().ok();
            let (Some(number), Some(b']')) = (number, after.as_bytes().get(digits).copied()) else {
                return Err(err(
                    file,
                    line,
                    "malformed note marker: a marker is `[^N]`, N a number",
                ));
            };
            frame.children.push(Inline::Note(number));
            uses.push(Located {
                what: Use::Note(number),
                file: file.to_string(),
                line,
            });
            at + 2 + digits + 1
        } else {
            let after = &rest[at + "[†".len()..];
            let key_len = after
                .bytes()
                .take_while(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || *b == b'-')
                .count();
            if key_len == 0 || after.as_bytes().get(key_len) != Some(&b']') {
                return Err(err(
                    file,
                    line,
                    "malformed textual-note marker: a marker is `[†key]`, key of a-z, 0-9 and -",
                ));
            }
            let key = after[..key_len].to_string();
            let nth = 1 + uses
                .iter()
                .filter(|u| matches!(&u.what, Use::Mark(k) if *k == key))
                .count() as u32;
            frame.children.push(Inline::Mark(key.clone(), nth));
            uses.push(Located {
                what: Use::Mark(key),
                file: file.to_string(),
                line,
            });
            at + "[†".len() + key_len + 1
        };
        consumed += used;
        rest = &rest[used..];
    }
    if !rest.is_empty() {
        frame.children.push(Inline::Text(rest.to_string()));
    }
    Ok(())
}

/// Whether a block holds a textual-note marker.
fn block_has_mark(block: &Block) -> bool {
    fn has(inlines: &[Inline]) -> bool {
        inlines.iter().any(|i| match i {
            Inline::Mark(..) => true,
            Inline::Em(c)
            | Inline::Strong(c)
            | Inline::Link { children: c, .. }
            | Inline::Cite { children: c, .. }
            | Inline::Term { children: c, .. } => has(c),
            _ => false,
        })
    }
    match block {
        Block::Para(i) => has(i),
        Block::Ours(b) | Block::Author(b) | Block::Questions(b) => b.iter().any(block_has_mark),
        Block::Sim(_) => false,
    }
}

/// Whether link text holds another link (a marker, term, citation or link): the HTML would nest `<a>`.
fn holds_a_link(children: &[Inline]) -> bool {
    children.iter().any(|i| match i {
        Inline::Note(_)
        | Inline::Mark(..)
        | Inline::Term { .. }
        | Inline::Cite { .. }
        | Inline::Link { .. } => true,
        Inline::Em(c) | Inline::Strong(c) => holds_a_link(c),
        _ => false,
    })
}

/// Finishes a paragraph: a lone `{{sim NAME}}` becomes a placement; `{{` anywhere else is an error.
fn paragraph(
    file: &str,
    first_line: usize,
    children: Vec<Inline>,
    uses: &mut Vec<Located>,
) -> Result<Block, Error> {
    if let [Inline::Text(text)] = children.as_slice() {
        let trimmed = text.trim();
        if let Some(inner) = trimmed
            .strip_prefix("{{sim ")
            .and_then(|s| s.strip_suffix("}}"))
        {
            let name = inner.trim();
            if !name.contains(['{', '}']) {
                uses.push(Located {
                    what: Use::Sim(name.to_string()),
                    file: file.to_string(),
                    line: first_line,
                });
                return Ok(Block::Sim(name.to_string()));
            }
        }
    }
    if let Some(text) = texts(&children).find(|t| t.contains("{{")) {
        let message = if text.contains("}}") {
            "a placement `{{sim NAME}}` must stand alone in its paragraph"
        } else {
            "unclosed `{{`: a placement is `{{sim NAME}}` on a line of its own"
        };
        return Err(err(file, first_line, message));
    }
    Ok(Block::Para(children))
}

fn texts(inlines: &[Inline]) -> impl Iterator<Item = &str> {
    inlines.iter().filter_map(|i| match i {
        Inline::Text(t) => Some(t.as_str()),
        _ => None,
    })
}
