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

/// What is whose, and how to cite this edition: in-line and full forms, BibTeX and RIS, with the
/// address the reader has (read in the browser after hydration).
#[component]
pub fn Colophon() -> impl IntoView {
    let front = &ESSAY.front;
    // (address, accessed): filled in after hydration; the pre-rendered page says "this page's address".
    let here = RwSignal::new((String::new(), String::new()));
    Effect::new(move |_| {
        if let Some(found) = cite::here() {
            here.set(found);
        }
    });
    let work = Memo::new(move |_| here.with(|(url, date)| edition_work(url, date)));
    let full = move || work.with(|w| cite::full(w, "(the address of this page)"));
    let bib = move || work.with(cite::bibtex);
    let ris = move || work.with(cite::ris);
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
                <dl class="cite-forms">
                    <dt>"In the text"</dt>
                    <dd>{move || work.with(cite::in_text)}</dd>
                    <dt>"In full"</dt>
                    <dd class="cite-full">{full}</dd>
                </dl>
                <p class="cite-downloads">
                    "Download: "
                    <a class="cite-bibtex" download="seitz-alliance-organization.bib" aria-label="BibTeX for this edition" href=move || cite::data_url("application/x-bibtex", &bib())>"BibTeX"</a>
                    " · "
                    <a class="cite-ris" download="seitz-alliance-organization.ris" aria-label="RIS for this edition" href=move || cite::data_url("application/x-research-info-systems", &ris())>"RIS"</a>
                </p>
                <details class="cite-source">
                    <summary>"Show the BibTeX"</summary>
                    <pre>{bib}</pre>
                </details>
            </section>
        </footer>
    }
}
