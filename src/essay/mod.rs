//! The essay's components: title block, sections, notes (with in-place popovers), bibliography and table
//! of contents, all rendered from the static [`data::ESSAY`].
//!
//! Components render the same markup on every run; anything that reads the browser (URL fragment,
//! scroll position, pointer type) happens in effects or event handlers, so the essay can be rendered to
//! HTML ahead of time and hydrated.

mod browser;
pub mod data;
pub mod figure_page;
mod notes;
pub mod present;
mod refs;
mod title;
mod toc;

pub use crate::edition::EditionLabel;
use crate::sims::kit::figure::{Away, Embedding, Placed};
use crate::sims::kit::frame::Frame;
use crate::sims::{catalog, figure};
use data::{Block, Section, ESSAY};
use leptos::either::{Either, EitherOf3};
use leptos::prelude::*;

pub use notes::NotePopoverState;

/// The whole page: table of contents, essay, notes, bibliography and the note popover.
///
/// The page is static HTML but for its roots: each figure (`<figure data-sim>`) and the popover
/// (`#note-popover-root`). The hydrating build adopts only those, each on its own ([`hydrate_roots`]);
/// the text around them is never matched against any wasm. A client-rendered page (the component
/// tests) starts the same browser work once mounted.
#[component]
pub fn App() -> impl IntoView {
    let popover = NotePopoverState::new();
    Effect::new(move |_| {
        browser::start(popover);
        browser::mark_ready();
    });
    let first = ESSAY.sections.first().map_or("essay", |s| s.slug);
    view! {
        // To the review's first section: past the title block, the list of figures and the contents.
        <a class="skip-link" href=format!("#{first}-title")>"Skip to the review"</a>
        // One set of delegated handlers on it serves every note marker and glossary term
        // (`browser::start`).
        <div class="page" data-page="essay">
            <title::TitleBlock />
            // Between the title block and the review, outside <main>: phones meet the title first, and
            // the skip link and landmark navigation pass it. A fixed sidebar on wide screens
            // (style/main.css).
            <toc::Toc />
            <main id="essay" class="essay">
                {ESSAY.sections.iter().enumerate().map(|(i, s)| view! { <SectionView section=s index=i + 1 /> }).collect_view()}
                <notes::NotesList />
                <refs::Bibliography />
                <refs::FurtherReading />
                <refs::TextualNotes />
                <refs::Glossary />
                <title::Colophon />
                <div id="note-popover-root">
                    <notes::NotePopover state=popover />
                </div>
            </main>
            <present::PresentUi />
        </div>
    }
}

/// Which page a root is on: a figure links to the other one, with its settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Page {
    /// The essay (`index.html`).
    Essay,
    /// A figure's own page (`figures/NAME/index.html`).
    Figure,
    /// A figure to embed in another site, without the page around it (`figures/NAME/embed/`).
    Embed,
}

/// What the essay knows of figure `name` for the kit's frame: its number, catalog entry, model notes,
/// the work it belongs to, and the link to its place on the other page. `None` if it is not placed.
pub fn placed(name: &str, page: Page) -> Option<Placed> {
    let front = &ESSAY.front;
    let number = ESSAY.figure_number(name)?;
    let info = catalog::find(name)?;
    let away = match page {
        Page::Essay => Away {
            label: "Open on its own page",
            path: figure_page,
            fragment: false,
            credit: false,
        },
        Page::Figure => Away {
            label: "Read it in the essay",
            path: |_| "../../".to_string(),
            fragment: true,
            credit: false,
        },
        Page::Embed => Away {
            label: "Open it in the essay",
            path: |_| "../../../".to_string(),
            fragment: true,
            credit: true,
        },
    };
    Some(Placed {
        number,
        info,
        notes: ESSAY.sim_notes(name),
        work: (front.title, front.author, front.edition),
        away,
        is_page: page != Page::Essay,
        embed: match page {
            Page::Essay => Some(Embedding {
                page: |name| format!("{}embed/", figure_page(name)),
                work: |_| String::new(),
            }),
            Page::Figure => Some(Embedding {
                page: |_| "embed/".to_string(),
                work: |_| "../../".to_string(),
            }),
            Page::Embed => None,
        },
    })
}

/// The address of figure `name`'s own page, relative to the essay. Public: course sites paste these.
pub fn figure_page(name: &str) -> String {
    format!("figures/{name}/")
}

/// Adopts the page's roots in the browser (the hydrating build), each in a task of its own, so that a
/// root that cannot be adopted (its markup changed under it) leaves the others working. Every root
/// adopted says so (`data-live`); `<html data-ready>` is set once all of them are.
#[cfg(feature = "hydrate")]
pub fn hydrate_roots() {
    use wasm_bindgen::JsCast;
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let page = match document
        .query_selector(".page")
        .ok()
        .flatten()
        .and_then(|p| p.get_attribute("data-page"))
        .as_deref()
    {
        Some("figure") => Page::Figure,
        Some("embed") => Page::Embed,
        _ => Page::Essay,
    };
    let mut roots = Vec::new();
    if let Ok(list) = document.query_selector_all("figure[data-sim]") {
        for i in 0..list.length() {
            let Some(el) = list
                .item(i)
                .and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
            else {
                continue;
            };
            roots.push(el.clone());
            browser::in_own_task(move || {
                let name = el.get_attribute("data-sim").unwrap_or_default();
                if let Some((figure, placed)) = figure(&name).zip(placed(&name, page)) {
                    crate::sims::kit::frame::hydrate(el.clone(), figure, placed);
                    let _ = el.set_attribute("data-live", "");
                }
            });
        }
    }
    if let Some(el) = document
        .get_element_by_id("note-popover-root")
        .and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
    {
        roots.push(el.clone());
        browser::in_own_task(move || {
            let popover = NotePopoverState::new();
            leptos::mount::hydrate_from(el.clone(), move || {
                view! { <notes::NotePopover state=popover /> }
            })
            .forget();
            browser::start(popover);
            let _ = el.set_attribute("data-live", "");
        });
    }
    // After every root's task (timers of the same delay run in the order they were set) and the
    // effects each started (its microtasks).
    set_timeout(
        move || {
            if roots.iter().all(|r| r.has_attribute("data-live")) {
                browser::mark_ready();
            }
        },
        std::time::Duration::ZERO,
    );
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

/// A framed group of blocks (containers hold paragraphs only: the build rejects a placement or a
/// container inside one); the
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

/// The figure placed with `{{sim NAME}}`. Placement names are checked against the catalog at build
/// time, and a test checks that every catalogued name has a figure.
#[component]
fn Placement(
    /// Catalog name, checked at build time.
    name: &'static str,
) -> impl IntoView {
    let section = ESSAY
        .placements()
        .find(|(_, n)| *n == name)
        .and_then(|(s, _)| ESSAY.sections.iter().position(|x| x.slug == s.slug))
        .map_or(0, |i| i + 1);
    let by = format!(
        "{}, the review{}. Beside it, this edition’s stylized teaching model: the logic of an argument, not a measured result.",
        ESSAY.front.author,
        if section > 0 {
            format!(", section {section}")
        } else {
            String::new()
        }
    );
    figure(name)
        .zip(placed(name, Page::Essay))
        .map(|(figure, placed)| {
            view! {
                // The figure with the review's sentence it illustrates, which shows only when the
                // figures are presented (`present`): static HTML, outside the figure's root.
                <div class="placement" data-placement=name>
                    <blockquote class="present-quote" hidden>
                        <p inner_html=format!("“{}”", ESSAY.illustrates(name))></p>
                        <p class="present-quote-by">{by}</p>
                    </blockquote>
                    <Frame figure=figure placed=placed />
                </div>
            }
        })
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
