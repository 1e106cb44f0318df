//! The essay's components: title block, sections, notes (with in-place popovers), bibliography and table
//! of contents, all rendered from the static [`data::ESSAY`].
//!
//! Components render the same markup on every run; anything that reads the browser (URL fragment,
//! scroll position, pointer type) happens in effects or event handlers, so the essay can be rendered to
//! HTML ahead of time and hydrated.

mod browser;
pub mod data;
mod notes;
mod refs;
mod title;
mod toc;

pub use crate::edition::EditionLabel;
use crate::sims::kit::frame::{Frame, Placed};
use crate::sims::{catalog, figure};
use data::{Block, Section, ESSAY};
use leptos::either::{Either, EitherOf3};
use leptos::prelude::*;

pub use notes::NotePopoverState;

/// The whole page: table of contents, essay, notes, bibliography and the note popover.
#[component]
pub fn App() -> impl IntoView {
    let popover = NotePopoverState::new();
    provide_context(popover);
    let active = RwSignal::new(None::<&'static str>);
    browser::on_mount(active, popover);
    notes::close_on_escape_and_outside(popover);
    let first = ESSAY.sections.first().map_or("essay", |s| s.slug);
    view! {
        // To the review's first section: past the title block, the list of figures and the contents.
        <a class="skip-link" href=format!("#{first}-title")>"Skip to the review"</a>
        <div
            class="page"
            // One set of delegated handlers for every note marker and glossary term on the page.
            on:pointerdown=move |ev| popover.on_pointerdown(&ev)
            on:mouseover=move |ev| popover.on_mouseover(&ev)
            on:mouseout=move |ev| popover.on_mouseout(&ev)
            on:focusin=move |ev| popover.on_focusin(&ev)
            on:focusout=move |ev| popover.on_focusout(&ev)
            on:click=move |ev| popover.on_click(&ev)
        >
            <title::TitleBlock />
            // Between the title block and the review, outside <main>: phones meet the title first, and
            // the skip link and landmark navigation pass it. A fixed sidebar on wide screens
            // (style/main.css).
            <toc::Toc active=active />
            <main id="essay" class="essay">
                {ESSAY.sections.iter().enumerate().map(|(i, s)| view! { <SectionView section=s index=i + 1 /> }).collect_view()}
                <notes::NotesList />
                <refs::Bibliography />
                <refs::FurtherReading />
                <refs::TextualNotes />
                <refs::Glossary />
                <title::Colophon />
                <notes::NotePopover />
            </main>
        </div>
    }
}

/// One section of the review: our title, the review's paragraphs, our framed words, placements.
#[component]
fn SectionView(
    /// The section to render.
    section: &'static Section,
    /// Its number in the essay, 1-based.
    index: usize,
) -> impl IntoView {
    let heading_id = format!("{}-title", section.slug);
    let labelled_by = heading_id.clone();
    view! {
        <section id=section.slug class="section" aria-labelledby=labelled_by>
            // The link sits beside the heading, not in it, so the heading's name is its title alone.
            <div class="section-head">
                // Focusable from script only: the skip link moves focus to the first heading, so the
                // next Tab continues from there (a focusable section would take focus at every click).
                <h2 id=heading_id class="section-title" tabindex="-1">
                    <span class="section-number">{index}</span>
                    " "
                    <span>{section.title}</span>
                </h2>
                <a class="anchor" href=format!("#{}", section.slug) aria-label=format!("Link to section {index}")>"#"</a>
            </div>
            {blocks(section.blocks)}
        </section>
    }
}

/// Renders blocks: the review's paragraphs plainly, our words framed, placements by name.
///
/// `Either` rather than `AnyView`: an `AnyView` carries every rendering path (async hydration included)
/// for each type it wraps, which costs wasm bytes the essay never uses.
pub(crate) fn blocks(list: &'static [Block]) -> impl IntoView {
    list.iter()
        .map(|block| match block {
            Block::Ours(inner) => EitherOf3::A(frame(
                "ours",
                Some("note"),
                Some("From the editors of this edition"),
                true,
                inner,
            )),
            Block::Author(inner) => EitherOf3::A(frame("author-note", None, None, false, inner)),
            // Questions for discussion (ours): build-time HTML, framed like our other passages.
            Block::Questions(html) => EitherOf3::B(view! {
                <div class="ours questions" role="note" aria-label="Questions for discussion, from the editors of this edition">
                    <EditionLabel />
                    <div inner_html=*html></div>
                </div>
            }),
            leaf => EitherOf3::C(leaf_block(leaf)),
        })
        .collect_view()
}

/// A framed group of blocks (containers hold paragraphs and placements, never other containers); the
/// edition's own carry its label.
fn frame(
    class: &'static str,
    role: Option<&'static str>,
    label: Option<&'static str>,
    edition: bool,
    inner: &'static [Block],
) -> impl IntoView {
    view! {
        <div class=class role=role aria-label=label>
            {edition.then(|| view! { <EditionLabel /> })}
            {inner.iter().map(leaf_block).collect_view()}
        </div>
    }
}

/// The figure placed with `{{sim NAME}}`. The essay hands the kit what it knows of the figure: its
/// number, catalog entry, model notes and the work it belongs to. Placement names are checked against
/// the catalog at build time, and a test checks that every catalogued name has a figure.
#[component]
fn Placement(
    /// Catalog name, checked at build time.
    name: &'static str,
) -> impl IntoView {
    let front = &ESSAY.front;
    let placed = ESSAY
        .figure_number(name)
        .zip(catalog::find(name))
        .map(|(number, info)| Placed {
            number,
            info,
            notes: ESSAY.sim_notes(name),
            work: (front.title, front.author, front.edition),
        });
    figure(name)
        .zip(placed)
        .map(|(figure, placed)| view! { <Frame figure=figure placed=placed /> })
}

/// A paragraph (build-time HTML) or a placement.
fn leaf_block(block: &'static Block) -> impl IntoView {
    match block {
        Block::Sim(name) => Either::Right(view! { <Placement name=*name /> }),
        Block::Para(html) => Either::Left(view! { <p inner_html=*html></p> }),
        // The parser allows no container inside a container.
        Block::Ours(_) | Block::Author(_) | Block::Questions(_) => {
            Either::Left(view! { <p inner_html=""></p> })
        }
    }
}
