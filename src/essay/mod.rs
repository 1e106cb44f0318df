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
use crate::sims::Placement;
use data::{Block, Section, ESSAY};
use leptos::either::{Either, EitherOf4};
use leptos::prelude::*;

pub use notes::NotePopoverState;

/// The whole page: table of contents, essay, notes, bibliography and the note popover.
#[component]
pub fn App() -> impl IntoView {
    let popover = NotePopoverState::new();
    provide_context(popover);
    let active = RwSignal::new(None::<&'static str>);
    browser::on_mount(active);
    notes::close_on_escape_and_outside(popover);
    notes::describe_open_marker(popover);
    view! {
        <a class="skip-link" href="#essay">"Skip to the essay"</a>
        <div class="page">
            <main
                id="essay"
                class="essay"
                tabindex="-1"
                on:pointerdown=move |ev| popover.on_pointerdown(&ev)
                on:mouseover=move |ev| popover.on_mouseover(&ev)
                on:mouseout=move |ev| popover.on_mouseout(&ev)
                on:focusin=move |ev| popover.on_focusin(&ev)
                on:focusout=move |ev| popover.on_focusout(&ev)
                on:click=move |ev| popover.on_click(&ev)
            >
                <title::TitleBlock />
                // After the title block in reading order; a fixed sidebar on wide screens (style/main.css).
                <toc::Toc active=active />
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
            <h2 id=heading_id class="section-title">
                <span class="section-number">{index}</span>
                " "
                <span>{section.title}</span>
                <a class="anchor" href=format!("#{}", section.slug) aria-label=format!("Link to section {index}: {}", section.title)>"#"</a>
            </h2>
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
            Block::Ours(inner) => EitherOf4::A(view! {
                <div class="ours" role="note" aria-label="From the editors of this edition">
                    <EditionLabel />
                    {inner.iter().map(leaf_block).collect_view()}
                </div>
            }),
            Block::Author(inner) => EitherOf4::B(view! {
                <div class="author-note">{inner.iter().map(leaf_block).collect_view()}</div>
            }),
            Block::Questions(inner) => EitherOf4::C(questions(inner)),
            leaf => EitherOf4::D(leaf_block(leaf)),
        })
        .collect_view()
}

/// Questions for discussion (ours): an ordered list, framed like our other passages.
fn questions(inner: &'static [Block]) -> impl IntoView {
    view! {
        <div class="ours questions" role="note" aria-label="Questions for discussion, from the editors of this edition">
            <EditionLabel />
            <p class="questions-title"><strong>"Questions for discussion"</strong></p>
            <ol>
                {inner
                    .iter()
                    .filter_map(|b| match b {
                        Block::Para(html) => Some(view! { <li inner_html=*html></li> }),
                        _ => None,
                    })
                    .collect_view()}
            </ol>
        </div>
    }
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
