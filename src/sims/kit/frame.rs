//! The figure frame every simulation uses: number and title, labelled controls from the parameter table,
//! the chart on `<canvas>`, a readout sentence (announced politely once a value settles), "how this model
//! works", a data table, "try this" prompts, reset, and "copy link to this figure". The URL state and its
//! repairs come from [`super::state`].
//!
//! The frame is not generic: a figure hands it plain functions ([`Figure`]), which keeps the wasm small.
//! It renders the same markup on every run (defaults); the URL is read and the canvas drawn in effects,
//! after hydration.

use super::browser::{copy_link, on_state_asked, watch};
use super::controls::control;
use super::figure::{declined, Figure, Placed};
use super::param::{Kind, Param};
use super::state;
use super::table::table_html;
use super::url;
use crate::cite;
use crate::edition::EditionLabel;
use leptos::prelude::*;
use std::time::Duration;

/// How long after the last input the readout is announced: long enough for a run of key presses to
/// count as one move, short enough to follow it.
const SETTLE: Duration = Duration::from_millis(700);

/// Every setting as the controls say it: "Member states: 12 states; War intensity: 0.45".
fn settings_in_words(params: &[Param], values: &[f64]) -> String {
    params
        .iter()
        .zip(values)
        .map(|(p, v)| format!("{}: {}", p.label, p.say(*v)))
        .collect::<Vec<_>>()
        .join("; ")
}

/// Waits `delay`, then until the time in `due` (which later steps may move on), then hands `then` the
/// count `due` was last set at and clears it. The figure may be gone by then: `try_` accessors.
fn settle_after(
    delay: Duration,
    due: StoredValue<Option<(f64, u32)>>,
    then: impl Fn(u32) + Copy + 'static,
) {
    set_timeout(
        move || {
            let Some(Some((at, token))) = due.try_get_value() else {
                return;
            };
            let left = at - js_sys::Date::now();
            if left >= 1.0 {
                settle_after(Duration::from_millis(left as u64), due, then);
            } else {
                due.set_value(None);
                then(token);
            }
        },
        delay,
    );
}

fn defaults(params: &[Param]) -> Vec<f64> {
    params.iter().map(|p| p.default).collect()
}

/// A figure, where a page places it: the `<figure data-sim>` element and, inside it, what the browser
/// adopts as a root of its own ([`hydrate`]).
#[component]
pub fn Frame(
    /// The simulation.
    figure: &'static Figure,
    /// Its number, catalog entry, model notes and the work it belongs to.
    placed: Placed,
) -> impl IntoView {
    let name = figure.name;
    view! {
        <figure id=format!("fig-{name}") class="figure sim" data-sim=name aria-labelledby=format!("fig-{name}-caption")>
            <FrameBody figure=figure placed=placed />
        </figure>
    }
}

/// Adopts the pre-rendered figure `el` (the `<figure>` [`Frame`] wrote) as a root of its own: its
/// contents are matched against [`FrameBody`] and nothing outside it, so a change elsewhere on the page
/// (a host's banner, an extension's `<style>`) cannot break it, and it cannot break the others.
#[cfg(feature = "hydrate")]
pub fn hydrate(el: web_sys::HtmlElement, figure: &'static Figure, placed: Placed) {
    leptos::mount::hydrate_from(
        el,
        move || view! { <FrameBody figure=figure placed=placed /> },
    )
    .forget();
}

/// What is inside the `<figure>`: everything the browser adopts.
#[component]
fn FrameBody(figure: &'static Figure, placed: Placed) -> impl IntoView {
    let name = figure.name;
    let params = figure.params;
    // Each parameter's value in a signal of its own, so a step of one control reruns what reads that
    // one (its words, the figure's run), not every control's words; `values` is all of them, in the
    // table's order, for what reads the figure's whole state.
    let slots = StoredValue::new(
        defaults(params)
            .into_iter()
            .map(RwSignal::new)
            .collect::<Vec<_>>(),
    );
    let values =
        Memo::new(move |_| slots.with_value(|s| s.iter().map(|x| x.get()).collect::<Vec<f64>>()));
    let set_values = move |read: Vec<f64>| {
        slots.with_value(|s| {
            for (slot, v) in s.iter().zip(read) {
                if slot.get_untracked() != v {
                    slot.set(v);
                }
            }
        });
    };
    let notices = RwSignal::new(Vec::<String>::new());
    let announced = RwSignal::new(String::new());
    let link = RwSignal::new(None::<(String, bool)>);
    // The page's address without query or fragment and today's date, once hydrated (the pre-render
    // knows neither), for citing the figure.
    let here = RwSignal::new(None::<(String, String)>);
    let cite_open = RwSignal::new(false);
    let draw_error = RwSignal::new(None::<String>);
    // Whether the figure is live: until then (in the pre-rendered page, before and without the wasm)
    // its controls are disabled, so none moves a value that nothing follows.
    let live = RwSignal::new(false);
    // Counts the moments the values settle: the end of a drag, a key's step, a prompt, a link's state.
    // What is read only then (the chart's text alternative, the link to the figure's other place,
    // the value written back to a slider) follows this rather than every step of a drag, which would
    // rebuild those strings and hand them to the browser some sixty times a second for no one to read.
    let committed = RwSignal::new(0u32);
    let settled = move || committed.update(|c| *c = c.wrapping_add(1));
    // The address that reproduces what the figure shows now: built from its state, not read from the
    // address bar, which follows changes at most every 300 ms (`url::write_state`).
    let address_now = move || {
        let raw = values.with_untracked(|v| state::write(params, v));
        url::link_from_state(&url::page_base(), name, &raw)
    };
    // Whether the canvas has drawn: until then the build-time picture shows.
    let drawn = RwSignal::new(false);
    // One run of the model per change: the readout, text alternative, table and chart all read it.
    // Values change only when a control moves, so every run counts as changed: comparing two runs'
    // curves would cost wasm and time for nothing.
    let solved = Memo::new_with_compare(move |_| values.with(|v| (figure.solve)(v)), |_, _| true);
    let readout = Memo::new(move |_| {
        solved.with(|s| match s {
            Ok(shown) => Ok(shown.readout.clone()),
            Err(refusal) => Err(declined(params, *refusal)),
        })
    });
    // The legend and the axes' names follow the choices alone (the contract of `Figure::axes` and
    // `legend`), so they track only the choices' values: a slider's step wakes nothing of theirs.
    let labels = Memo::new(move |_| {
        slots.with_value(|s| {
            for (p, slot) in params.iter().zip(s) {
                if matches!(p.kind, Kind::Choice { .. }) {
                    slot.track();
                }
            }
        });
        values.with_untracked(|v| ((figure.legend)(v), (figure.axes)(v)))
    });
    let canvas = NodeRef::<leptos::html::Canvas>::new();
    // The `<figure>` element, once hydrated: where the page's other parts ask the figure for things.
    let figure_el = move || {
        canvas
            .get_untracked()
            .and_then(|c| c.closest("figure").ok().flatten())
    };

    // Callbacks may outlive the figure (a frame or an observer after unmounting): `try_` accessors.
    // Charts draw once their figure nears the screen (see `watch`), so a page of figures costs the
    // text nothing at load; then at most once per animation frame, in the frame of the input.
    let near = StoredValue::new(false);
    // Whether the data table is kept current. Hydrating, not until it is opened (or printed): rewriting
    // a table no one sees was much of a step's work, and the page's own copy (the defaults') stands
    // until then. Rendered on the server or in the browser alone, always: there is no copy.
    let table_wanted = RwSignal::new(!cfg!(feature = "hydrate"));
    // The canvas's box and colours, as its last draw read them (`chart::draw`).
    let seen = StoredValue::new(None::<crate::chart::Seen>);
    let draw_now = move || {
        let Some(el) = canvas.try_get_untracked().flatten() else {
            return;
        };
        let Some(result) = solved.try_with_untracked(|s| match s {
            Ok(shown) => shown.plot.with(|c| {
                seen.try_update_value(|s| crate::chart::draw(&el, c, s))
                    .unwrap_or(Ok(false))
            }),
            Err(_) => Err(crate::chart::ChartError("no answer at this setting".into())),
        }) else {
            return;
        };
        // The picture gives way once the canvas holds the chart, in the same frame: no flash.
        if result == Ok(true) && drawn.try_get_untracked() == Some(false) {
            drawn.set(true);
        }
        let message = result
            .err()
            .map(|e| format!("The chart could not be drawn ({}).", e.0));
        if draw_error.try_get_untracked().is_some_and(|m| m != message) {
            draw_error.set(message);
        }
    };
    let draw = crate::throttle::per_frame(draw_now);
    let schedule_draw = move || {
        if near.try_get_value() == Some(true) {
            draw();
        }
    };
    Effect::new(move |_| {
        solved.track();
        schedule_draw();
    });
    // After hydration: the URL's state, and redraws on resize and theme change.
    Effect::new(move |_| {
        live.set(true);
        // The download buttons are the page's own markup (`export_html`), disabled until now.
        if let Some(buttons) =
            figure_el().and_then(|f| f.query_selector_all(".export-files button").ok())
        {
            for i in 0..buttons.length() {
                if let Some(el) = buttons
                    .item(i)
                    .and_then(|n| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(n).ok())
                {
                    let _ = el.remove_attribute("disabled");
                }
            }
        }
        here.set(cite::here());
        if let Some(raw) = url::query_value(name) {
            let (read, repairs) = state::read(params, &raw);
            set_values(read);
            settled();
            notices.set(repairs.iter().map(|n| n.text(params)).collect());
        }
        if let Some(el) = canvas.get_untracked() {
            watch(
                &el,
                schedule_draw,
                move || {
                    let _ = near.try_set_value(true);
                },
                move || {
                    // Paper shows the table open, at the current settings.
                    table_wanted.try_set(true);
                    draw_now();
                },
            );
        }
    });

    // The live region. The visible readout follows every step; a screen reader hears it once the reader
    // pauses (a slider held down would otherwise queue a sentence per step), and hears at once what a
    // button did. `settling` counts requests: a later one cancels an earlier one.
    let settling = StoredValue::new(0u32);
    let say = move |text: String| {
        settling.update_value(|t| *t = t.wrapping_add(1));
        // The same words again would not be spoken: every other announcement ends in an invisible
        // no-break space (each `say` adds one to the count, so its parity alternates).
        let odd = settling.get_value() % 2 == 1;
        announced.set(if odd { text + "\u{a0}" } else { text });
    };
    let readout_text = move || match readout.try_get_untracked() {
        Some(Ok(text) | Err(text)) => text,
        None => String::new(),
    };
    // When the pending announcement is due (ms since the epoch) and the count it was asked at: one
    // timer at a time, whose end a later step moves on, rather than a timer per step.
    let due = StoredValue::new(None::<(f64, u32)>);
    let settle = move || {
        // By two, so that only `say` changes the count's parity.
        settling.update_value(|t| *t = t.wrapping_add(2));
        let waiting = due.get_value().is_some();
        due.set_value(Some((
            js_sys::Date::now() + SETTLE.as_millis() as f64,
            settling.get_value(),
        )));
        if !waiting {
            settle_after(SETTLE, due, move |token| {
                if settling.try_get_value() == Some(token) {
                    say(readout_text());
                }
            });
        }
    };
    let commit = move || {
        settled();
        values.with_untracked(|v| url::write_state(name, &state::write(params, v)));
    };
    let set_state = move |raw: &str| {
        let (read, _) = state::read(params, raw);
        let before = values.with_untracked(|v| *v == read);
        set_values(read);
        notices.set(Vec::new());
        commit();
        let done = match (raw.is_empty(), before) {
            (false, _) => "",
            (true, false) => "Reset to the starting values. ",
            (true, true) => "Already at the starting values. ",
        };
        say(format!("{done}{}", readout_text()));
    };

    // Another part of the page (presenting the figures) may ask for a state: as a "try this" prompt.
    Effect::new(move |_| {
        if let Some(figure_el) = figure_el() {
            on_state_asked(&figure_el, move |raw| set_state(&raw));
        }
    });

    let Placed {
        number,
        info,
        notes,
        work: (work_title, work_author, work_edition),
        ..
    } = placed;
    let title = info.title;
    // A figure's files (`figure-files.js`) ask it for what it shows now: the chart drawn by the one
    // painter as SVG, the data table as CSV, and the words a picture carries.
    #[cfg(target_arch = "wasm32")]
    Effect::new(move |_| {
        let Some(figure_el) = figure_el() else {
            return;
        };
        super::browser::on_asked(&figure_el, super::browser::FILE_EVENT, move |detail| {
            let settings = values.with_untracked(|v| settings_in_words(params, v));
            let address = address_now();
            let (svg, csv) = solved.with_untracked(|s| match s {
                Ok(shown) => (
                    shown
                        .plot
                        .with(crate::chart::svg_for_file)
                        .unwrap_or_default(),
                    super::table::csv(&shown.table),
                ),
                Err(_) => Default::default(),
            });
            let number = number.to_string();
            let readout = readout_text();
            for (key, value) in [
                ("svg", svg.as_str()),
                ("csv", &csv),
                ("number", &number),
                ("title", title),
                ("readout", &readout),
                ("settings", &settings),
                ("address", &address),
                ("work", work_title),
                ("author", work_author),
                ("name", name),
            ] {
                let _ = js_sys::Reflect::set(&detail, &key.into(), &value.into());
            }
        });
    });
    // Cite this figure. The address is built from the figure's own state, so it is right between the
    // moments the URL is written; the citation follows the sliders only while it is open, so a closed one
    // costs a slider step nothing.
    let cite_html = move || {
        let open = cite_open.get();
        let read = |v: &Vec<f64>| (settings_in_words(params, v), state::write(params, v));
        let (settings, raw) = if open {
            values.with(read)
        } else {
            values.with_untracked(read)
        };
        // Download links (which need the address) only once the citation is open.
        let (url, accessed) = match here.get().filter(|_| open) {
            Some((base, date)) => (url::link_from_state(&base, name, &raw), date),
            None => (String::new(), String::new()),
        };
        let work = cite::Work {
            key: format!("alliance-organization-fig-{name}"),
            author: String::new(),
            title: format!("Figure {number}: {title}"),
            within: cite::within(work_title, work_author),
            edition: work_edition.to_string(),
            note: format!(
                "Interactive figure, {}; a stylized teaching model, not a measured result. Settings: {settings}",
                info.basis
            ),
            url,
            accessed,
        };
        cite::html(
            &work,
            "(the address of this figure, with its settings)",
            &format!("Figure {number}"),
            &format!("alliance-organization-fig-{name}"),
        )
    };
    // The figure's embed page and the credit's link at these settings, for its embed code
    // (`figure-embed.js`, which asks by an [`super::browser::EMBED_EVENT`]).
    #[cfg(target_arch = "wasm32")]
    Effect::new(move |_| {
        let (Some(figure_el), Some(embedding)) = (figure_el(), placed.embed) else {
            return;
        };
        super::browser::on_asked(&figure_el, super::browser::EMBED_EVENT, move |detail| {
            let raw = values.with_untracked(|v| state::write(params, v));
            let (src, credit) = embedding.hrefs(name, &raw);
            for (key, value) in [("src", src), ("credit", credit)] {
                let _ = js_sys::Reflect::set(&detail, &key.into(), &value.into());
            }
        });
    });
    // The figure's place on the other page at these settings (the link away, or an embed's credit).
    let away_href = move || {
        committed.track();
        values.with_untracked(|v| placed.away.href(name, &state::write(params, v)))
    };
    let caption_id = format!("fig-{name}-caption");
    let away_described_by = caption_id.clone();
    let table_caption = format!("fig-{name}-table");
    let table_label = table_caption.clone();

    view! {
        // A heading, so heading navigation finds the figures: under the sections' <h2>s in the essay,
        // the page's own <h1> where the figure is the page.
        <figcaption id=caption_id>
            {
                let heading = view! {
                    <span class="figure-number">{format!("Figure {number}")}</span>
                    " "
                    <span class="figure-title">{title}</span>
                };
                if placed.is_page {
                    leptos::either::Either::Left(view! { <h1 class="figure-heading">{heading}</h1> })
                } else {
                    leptos::either::Either::Right(view! { <h3 class="figure-heading">{heading}</h3> })
                }
            }
        </figcaption>
        <EditionLabel />
        <p class="figure-question">{info.question}</p>
        <p class="stylized">"Stylized teaching model: the logic of an argument, not a measured result."</p>
        {move || {
            let list = notices.get();
            (!list.is_empty()).then(|| view! {
                <p class="notice" role="status">
                    "This link’s settings were adjusted: " {list.join("; ")} "."
                </p>
            })
        }}
        <div class="chart">
            <p class="legend" aria-hidden="true">
                {move || labels.get().0.iter().map(|(label, key)| view! {
                    <span class="legend-item"><span class=key.class()></span>{*label}</span>
                }).collect_view()}
            </p>
            <p class="axis axis-y" aria-hidden="true">{move || labels.get().1 .1}</p>
            <div class="chart-box">
                // The chart at the defaults, drawn at build time: what shows before the canvas has
                // drawn, without script and on paper. Hidden from assistive technology: the canvas's
                // text alternative (pre-rendered too) says what it shows.
                <div class="chart-picture" class:gone=drawn aria-hidden="true" inner_html=picture(figure)></div>
                <canvas
                    node_ref=canvas
                    role="img"
                    aria-label=move || {
                        committed.track();
                        solved.with_untracked(|s| s.as_ref().map_or_else(|_| "Chart unavailable at this setting.".to_string(), |s| s.describe.clone()))
                    }
                ></canvas>
            </div>
            <p class="axis axis-x" aria-hidden="true">{move || labels.get().1 .0}</p>
            {move || draw_error.get().map(|e| view! { <p class="figure-error" role="alert">{e}</p> })}
        </div>
        <p class="readout" class:failed=move || readout.with(|r| r.is_err())>
            {move || match readout.get() { Ok(text) | Err(text) => text }}
        </p>
        <p class="visually-hidden" aria-live="polite">{move || announced.get()}</p>
        // Shown once the page's start-up script (`index.html`) marks a start that takes long; a start
        // that fails is said after the figure by the same script.
        <p class="figure-starting">"Starting the live figure…"</p>
        <fieldset class="controls" disabled=move || !live.get()>
            {params.iter().enumerate().map(|(i, p)| control(name, p, slots.with_value(|s| s[i]), committed.read_only(), settle, commit)).collect_view()}
        </fieldset>
        <fieldset class="figure-actions" disabled=move || !live.get()>
            {(!figure.try_this.is_empty()).then(|| view! {
                <div class="try-this" role="group" aria-label="Try this">
                    <span class="try-label">"Try this:"</span>
                    {figure.try_this.iter().map(|(label, raw)| {
                        view! { <button type="button" on:click=move |_| set_state(raw)>{*label}</button> }
                    }).collect_view()}
                </div>
            })}
            <button type="button" on:click=move |_| set_state("")>"Reset"</button>
            <button type="button" on:click=move |_| {
                link.set(Some((address_now(), false)));
                copy_link(link, say);
            }>
                "Copy link to this figure"
            </button>
            // Its place on the other page (the essay, or its own page), at these settings; described
            // by the caption, since the essay holds one such link per figure.
            {(!placed.away.credit).then(|| view! {
                <a
                    class="figure-away"
                    aria-describedby=away_described_by
                    href=away_href
                >
                    {placed.away.label}
                </a>
            })}
        </fieldset>
        // Embedded in another site: whose figure it is, with a way to it at these settings that
        // leaves the frame.
        {placed.away.credit.then(|| view! {
            <p class="figure-credit">
                <a
                    href=away_href
                    target="_blank"
                    rel="noopener"
                >
                    {format!("Figure {number}: {title}")}
                </a>
                {format!(", from {work_title}, an explorable edition of {work_author}’s review (opens at this figure in a new tab).")}
            </p>
        })}
        <details
            class="cite-figure"
            on:toggle=move |ev| cite_open.set(is_open(&ev))
        >
            <summary>"Cite this figure"</summary>
            <div inner_html=cite_html></div>
        </details>
        {placed.embed.map(|_| view! {
            // Not on the embed page, which keeps the height course sites measured: its credit leads
            // to the pages that offer the files.
            // Static inside: `figure-files.js`, fetched the first time it is opened, makes the files
            // (from what the figure answers to a `figure-file` event) and says so in its status line.
            <details class="export-figure" inner_html=export_html() on:toggle=move |_| {
                if let Some(embedding) = placed.embed {
                    load_script(&format!("{}figure-files.js", (embedding.work)(name)));
                }
            }></details>
        })}
        {move || link.get().map(|(href, copied)| view! {
            <p class="figure-link">
                <label>
                    {if copied { "Link copied: " } else { "Link to this figure: " }}
                    <input type="text" readonly value=href.clone() prop:value=href />
                </label>
            </p>
        })}
        {placed.embed.map(|_| view! {
            // Static, written at build time: `figure-embed.js`, which the page's watcher fetches the
            // first time it is opened, fills the code (its template) with the addresses the figure
            // gives it.
            <details class="embed-figure" inner_html=embed_html(name, number, title, info.embed_height, placed)></details>
        })}
        <details class="how">
            <summary>"How this model works"</summary>
            // Equations, constants, assumptions, omissions and cited works: content/sims/NAME.md.
            <div inner_html=notes></div>
        </details>
        <details class="data" on:toggle=move |ev| if is_open(&ev) { table_wanted.set(true) }>
            <summary>"Data table"</summary>
            // One string per change: far less wasm than a reactive view per cell.
            // A table wider than a phone scrolls in its own region, focusable so the keyboard can
            // scroll it, named by its caption.
            <div class="table-scroll" role="region" tabindex="0" aria-labelledby=table_label>
                <table inner_html=move || {
                    // `None` leaves the page's own copy as it is.
                    if !table_wanted.get() {
                        return None;
                    }
                    Some(solved.with(|s| s.as_ref().map_or_else(|_| String::new(), |s| table_html(&s.table, &table_caption))))
                }></table>
            </div>
        </details>
        <p class="without-script">"The live figure needs JavaScript and WebAssembly; the readout and data table above show its default setting."</p>
    }
}

/// Whether the `<details>` that sent `ev` (a `toggle`) is now open.
fn is_open(ev: &leptos::ev::Event) -> bool {
    ev.target()
        .and_then(|t| js_sys::Reflect::get(&t, &wasm_bindgen::JsValue::from_str("open")).ok())
        .and_then(|v| v.as_bool())
        .unwrap_or(false)
}

/// What "Download this figure" holds, as HTML: the choice of the chart alone, the files, a status
/// line. In the native build (the build-time render) only, since the browser's page already holds it.
fn export_html() -> &'static str {
    #[cfg(not(target_arch = "wasm32"))]
    {
        concat!(
            "<summary>Download this figure</summary>",
            "<p class=\"export-note\">What it shows now, for slides and handouts: with its title, readout, key, axes, settings and address drawn in, or the chart alone.</p>",
            "<label class=\"export-only\"><input type=\"checkbox\"> Chart only</label>",
            // Disabled, with a line saying why, until the figure is live: the files are its work.
            "<p class=\"export-waiting\">The files are made by the live figure: they can be saved once it has started.</p>",
            "<div class=\"export-files\">",
            "<button type=\"button\" data-ext=\"png\" disabled>PNG, for slides</button>",
            "<button type=\"button\" data-ext=\"svg\" disabled>SVG</button>",
            "<button type=\"button\" data-ext=\"csv\" disabled>CSV: the data table</button>",
            "</div>",
            "<p class=\"export-status\" role=\"status\"></p>",
        )
    }
    #[cfg(target_arch = "wasm32")]
    ""
}

/// Adds the classic script at `src` to the page, once.
fn load_script(src: &str) {
    #[cfg(target_arch = "wasm32")]
    {
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        let selector = format!("script[src=\"{src}\"]");
        if document.query_selector(&selector).ok().flatten().is_some() {
            return;
        }
        if let (Ok(script), Some(body)) = (document.create_element("script"), document.body()) {
            let _ = script.set_attribute("src", src);
            let _ = body.append_child(&script);
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = src;
}

/// The chart at the defaults as SVG markup, drawn in the native build (the build-time render); empty
/// in the browser, whose page already holds it (hydration leaves `inner_html` as it was written).
fn picture(figure: &Figure) -> String {
    #[cfg(not(target_arch = "wasm32"))]
    {
        (figure.solve)(&defaults(figure.params))
            .ok()
            .and_then(|shown| crate::chart::svg::picture(&shown.plot).ok())
            .unwrap_or_default()
    }
    #[cfg(target_arch = "wasm32")]
    {
        let _ = figure;
        String::new()
    }
}

/// What "Embed this figure" holds, as HTML: where to paste the code, host by host; the choice of
/// colours and width; the box for the code, carrying the snippet's template (`embed::template`) and
/// the addresses at the defaults (for a figure not yet live); the copy button and a status line. In
/// the native build (the build-time render) only, since the browser's page already holds it.
fn embed_html(name: &str, number: usize, title: &str, height: u32, placed: Placed) -> String {
    #[cfg(not(target_arch = "wasm32"))]
    {
        use crate::embed::{Theme, WIDTHS};
        use crate::html::push_escaped;
        let Some(embedding) = placed.embed else {
            return String::new();
        };
        let figure_title = format!("Figure {number}: {title}");
        let (work_title, work_author, _) = placed.work;
        let credit = crate::embed::credit(&figure_title, work_title, work_author);
        let (src, credit_href) = embedding.hrefs(name, "");
        let mut out = String::from(concat!(
            "<summary>Embed this figure</summary>",
            "<div class=\"embed-help\">",
            "<p>Paste the code where a course site takes HTML. It needs no script on the course page: the frame shows the figure at these settings, and the line under it credits the edition and links to it.</p>",
            "<ul class=\"embed-hosts\">",
            "<li><strong>Canvas</strong>: the HTML editor (&lt;/&gt;) of a page. Canvas keeps the frame and lets the figure set its height; it drops <code>loading</code>.</li>",
            "<li><strong>Moodle</strong>: a Page resource, in the editor’s HTML mode. Other places (labels, forums) often strip frames: link to the figure there.</li>",
            "<li><strong>Blackboard</strong>: a document’s HTML, as an instructor (student posts are filtered). Ultra lets the figure set its height.</li>",
            "<li><strong>Brightspace</strong>: the HTML editor’s source view. It keeps the frame and lets the figure set its height.</li>",
            "<li><strong>WordPress</strong>: a Custom HTML block. A figure’s address pasted on its own line embeds it too, where the edition was built with its site’s address (oEmbed), but in a sandbox: no full screen, and the figure runs only if the edition’s host allows cross-origin requests; otherwise it shows its picture and a link to open it live.</li>",
            "</ul></div>",
            "<div class=\"embed-choices\"><label>Colours <select>",
        ));
        for (theme, label) in Theme::CHOICES {
            out.push_str(&format!(
                "<option value=\"{}\">{label}</option>",
                theme.value()
            ));
        }
        out.push_str("</select></label><label>Width <select>");
        for width in WIDTHS {
            out.push_str(&match width {
                Some(w) => format!("<option value=\"{w}\">At most {w} px</option>"),
                None => "<option value=\"\">The full width of the page</option>".to_string(),
            });
        }
        out.push_str("</select></label></div><label class=\"embed-code\">Code to paste<textarea readonly rows=\"5\" data-code=\"");
        push_escaped(
            &mut out,
            &crate::embed::template(&figure_title, height, &credit),
        );
        out.push_str("\" data-src=\"");
        push_escaped(&mut out, &src);
        out.push_str("\" data-credit=\"");
        push_escaped(&mut out, &credit_href);
        out.push_str(&format!("\" data-height=\"{height}\" data-preview=\""));
        push_escaped(&mut out, &format!("Preview: {figure_title} as embedded"));
        out.push_str(concat!(
            "\"></textarea></label>",
            "<button type=\"button\">Copy the code</button>",
            "<p class=\"embed-status\" role=\"status\"></p>",
        ));
        out
    }
    #[cfg(target_arch = "wasm32")]
    {
        let _ = (name, number, title, height, placed);
        String::new()
    }
}
