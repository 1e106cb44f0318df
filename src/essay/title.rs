//! The title block (title, author, prefatory note, our introduction, the list of figures) and the
//! colophon (how to cite this edition).

use super::blocks;
use super::data::ESSAY;
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
            <p class="subtitle">{front.subtitle}</p>
            <p class="byline">"by "<span class="author">{front.author}</span></p>
            {blocks(front.blocks)}
            <nav class="figure-list ours" aria-labelledby="figure-list-title">
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

/// How to cite this edition, and what is whose.
#[component]
pub fn Colophon() -> impl IntoView {
    let front = &ESSAY.front;
    let year = front.edition.get(..4).unwrap_or(front.edition);
    view! {
        <footer class="colophon ours" id="colophon">
            <h2>"About this edition"</h2>
            <p>
                "The text of the review, its notes and its bibliography are by "
                {front.author}
                ", reproduced word for word. Section titles, framed passages, figures and the interface are the work of this edition."
            </p>
            <p>
                "To cite: " {front.author} ". “" {front.title} ".” Explorable edition, " {year} "."
            </p>
        </footer>
    }
}
