//! A figure's own page (`figures/NAME/`): where it comes from, the figure itself (the same root as in the
//! essay, linking back to its place there with its settings), and the framed passage of ours that reads
//! it; and the figure alone, to embed (`figures/NAME/embed/`). Both addresses are public: course sites
//! paste them.

use super::data::{Block, Section, ESSAY};
use super::{frame, placed, Page};
use crate::sims::figure;
use crate::sims::kit::frame::Frame;
use leptos::prelude::*;

/// The section that places figure `name`, and the passage of ours that reads it: the framed block
/// right after the placement, if it is ours.
pub fn reading(name: &str) -> Option<(&'static Section, Option<&'static [Block]>)> {
    let (section, _) = ESSAY.placements().find(|(_, n)| *n == name)?;
    let at = section
        .blocks
        .iter()
        .position(|b| matches!(b, Block::Sim(n) if *n == name))?;
    let passage = match section.blocks.get(at + 1) {
        Some(Block::Ours(inner)) => Some(*inner),
        _ => None,
    };
    Some((section, passage))
}

/// The questions for discussion that follow figure `name` in its section (before any other figure), as
/// a one-block slice for [`super::blocks`].
pub fn questions(name: &str) -> Option<&'static [Block]> {
    let (section, _) = ESSAY.placements().find(|(_, n)| *n == name)?;
    let blocks: &'static [Block] = section.blocks;
    let at = blocks
        .iter()
        .position(|b| matches!(b, Block::Sim(n) if *n == name))?;
    let after = &blocks[at + 1..];
    let end = after
        .iter()
        .position(|b| matches!(b, Block::Sim(_)))
        .unwrap_or(after.len());
    let q = after[..end]
        .iter()
        .position(|b| matches!(b, Block::Questions(_)))?;
    Some(&after[q..=q])
}

/// The page of figure `name`, or nothing if it is not placed in the essay.
#[component]
pub fn FigurePage(
    /// Catalog name.
    name: &'static str,
) -> impl IntoView {
    let front = &ESSAY.front;
    let found = figure(name)
        .zip(placed(name, Page::Figure))
        .zip(reading(name));
    let found = found.and_then(|(figure_placed, (section, passage))| {
        let index = ESSAY.sections.iter().position(|s| s.slug == section.slug)? + 1;
        Some((figure_placed, section, passage, index))
    });
    found.map(|((figure, placed), section, passage, index)| {
        view! {
            <div class="page figure-page" data-page="figure">
                <header class="figure-page-head">
                    <p class="kicker">
                        <a href="../../">{front.title}</a>
                        " · an explorable edition of "
                        {front.author}
                        "’s literature review"
                    </p>
                    <p class="figure-page-from">
                        {format!("Figure {} of the edition, placed in section {index}, ", placed.number)}
                        <a href=format!("../../#{}", section.slug)>{section.title}</a>
                        "."
                    </p>
                </header>
                <main id="figure" class="essay figure-page-main">
                    <Frame figure=figure placed=placed />
                    {passage.map(|inner| frame("ours", Some("note"), Some("From the editors of this edition"), true, inner))}
                    {questions(name).map(super::blocks)}
                </main>
            </div>
        }
    })
}

/// Figure `name` to embed in another site (`figures/NAME/embed/`): the figure alone, with its credit
/// linking to the essay at its settings, and a line that opens it in full (its own page, or full
/// screen where the frame allows it); nothing of the page around it. `embed-frame.js` (a classic
/// script, so it runs where the wasm cannot) fits it to its frame, shows what it tucked away behind
/// "More about this figure", and shows the line for a figure that cannot start.
#[component]
pub fn EmbedPage(
    /// Catalog name.
    name: &'static str,
) -> impl IntoView {
    figure(name)
        .zip(placed(name, Page::Embed))
        .map(|(figure, placed)| {
            view! {
                <div class="page embed-page" data-page="embed">
                    <main id="figure" class="embed-main">
                        <Frame figure=figure placed=placed />
                        <p class="embed-failed" role="status" hidden>
                            "The live figure could not start in this frame: the picture and the readout show its starting values. "
                            <a href="../" target="_blank" rel="noopener">"Open it live"</a>
                        </p>
                        <p class="embed-bar">
                            <button type="button" class="embed-more" hidden>"More about this figure"</button>
                            <button type="button" class="embed-fullscreen" hidden>"Full screen"</button>
                            <a class="embed-full" href="../" target="_blank" rel="noopener">"Open full view"</a>
                        </p>
                    </main>
                </div>
            }
        })
}
