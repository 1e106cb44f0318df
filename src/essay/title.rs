//! The title block (title, author, prefatory note, our introduction, the list of figures) and the
//! colophon (how to cite this edition).

use super::data::ESSAY;
use super::{blocks, EditionLabel};
use crate::cite;
use crate::sims::catalog;
use leptos::prelude::*;

/// Title, author, the author's prefatory note, our introduction and the list of simulations.
#[component]
pub fn TitleBlock() -> impl IntoView {
    let front = &ESSAY.front;
    view! {
        <header class="title-block" id="top">
            <p class="kicker">"A literature review · explorable edition"</p>
            <h1 class="title">{front.title}</h1>
            <p class="title-note">"Title supplied by this edition; the review carries only its author’s name."</p>
            <p class="subtitle">{front.subtitle}</p>
            <p class="byline">"by "<span class="author">{front.author}</span></p>
            {blocks(front.blocks)}
            <nav class="figure-list ours" aria-labelledby="figure-list-title">
                <EditionLabel />
                <h2 id="figure-list-title">"The simulations"</h2>
                <ol>
                    {ESSAY
                        .placements()
                        .enumerate()
                        .filter_map(|(i, (_, name))| catalog::find(name).map(|info| (i, info)))
                        .map(|(i, info)| {
                            view! {
                                <li>
                                    <a href=format!("#fig-{}", info.name)>
                                        {format!("Figure {}: {}", i + 1, info.title)}
                                    </a>
                                    " "
                                    <span class="figure-list-question">{info.question}</span>
                                </li>
                            }
                        })
                        .collect_view()}
                </ol>
                <p class="present-entry">
                    <super::present::PresentLink label="Present the figures" />
                    " in class: one screen each, for a projector; a clicker or the arrow keys step through each figure’s prompts, and Esc returns here."
                </p>
            </nav>
        </header>
    }
}

/// The review as this edition cites it, at this address and date (empty before the page knows them).
pub fn edition_work(url: &str, accessed: &str) -> cite::Work {
    let front = &ESSAY.front;
    cite::Work {
        key: "seitz-alliance-organization".into(),
        author: cite::surname_first(front.author),
        title: "[Literature review on how military alliances are organized]".into(),
        within: cite::within(front.title, front.author),
        edition: front.edition.into(),
        note:
            "The review carries no title or date of its own; the title and date are this edition’s"
                .into(),
        url: url.into(),
        accessed: accessed.into(),
    }
}

/// The full citation of this edition, at this address and date ("this page's address" when empty).
fn edition_citation(url: &str, accessed: &str) -> String {
    cite::html(
        &edition_work(url, accessed),
        "(the address of this page)",
        "this edition",
        "seitz-alliance-organization",
    )
}

/// Writes the address the reader has and today's date into the colophon's citation (browser only).
pub fn fill_in_citation() {
    let Some((url, accessed)) = cite::here() else {
        return;
    };
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("cite-full"))
    {
        el.set_inner_html(&edition_citation(&url, &accessed));
    }
}

/// What is whose, and how to cite this edition: in-line and full forms, BibTeX and RIS, with the
/// address the reader has (read in the browser after hydration).
#[component]
pub fn Colophon() -> impl IntoView {
    let front = &ESSAY.front;
    view! {
        <footer class="colophon ours" id="colophon">
            <EditionLabel />
            <h2>"About this edition"</h2>
            <p>
                "The text of the review, its notes and its bibliography are by "
                {front.author}
                ", reproduced word for word. The title “" {front.title}
                "”, section titles, framed passages, textual notes, glossary, figures and the interface are the work of this edition, "
                {cite::long_date(front.edition)} ". The review carries no title or date of its own."
            </p>
            <section id="cite" class="cite-block" aria-labelledby="cite-title">
                <h3 id="cite-title">"Cite this edition"</h3>
                <p class="cite-intext">"In the text: " {cite::in_text(&edition_work("", ""))}</p>
                // The address and date are filled in once the page runs (`fill_in_citation`).
                <div id="cite-full" inner_html=edition_citation("", "")></div>
            </section>
        </footer>
    }
}
