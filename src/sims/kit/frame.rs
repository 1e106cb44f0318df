//! The figure frame every simulation uses: number and title, labelled controls from the parameter table,
//! the chart on `<canvas>`, a readout sentence (announced politely once a value settles), "how this model
//! works", a data table, "try this" prompts, reset, and "copy link to this figure". The URL state and its
//! repairs come from [`super::state`].
//!
//! The frame is not generic: a figure hands it plain functions ([`Figure`]), which keeps the wasm small.
//! It renders the same markup on every run (defaults); the URL is read and the canvas drawn in effects,
//! after hydration.

use super::param::{Kind, Param};
use super::state;
use crate::chart::{ChartError, Key};
use crate::cite;
use crate::edition::EditionLabel;
use crate::html::push_escaped;
use crate::sims::catalog;
use leptos::prelude::*;
use std::time::Duration;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// How long after the last input the readout is announced: long enough for a run of key presses to
/// count as one move, short enough to follow it.
const SETTLE: Duration = Duration::from_millis(700);

/// The readout when a model declines its values (the kit clamps first, so this is a last resort).
pub fn declined<E>(_: E) -> String {
    "The model has no answer at this setting.".to_string()
}

/// The chart's failure when a model declines its values.
pub fn chart_declined<E>(_: E) -> ChartError {
    ChartError("no answer at this setting".into())
}

/// A data table: caption, column heads, rows of text.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Table {
    /// What the rows are.
    pub caption: String,
    /// Column heads.
    pub head: Vec<String>,
    /// Rows.
    pub rows: Vec<Vec<String>>,
}

/// The table's inner HTML: caption (with the id `caption_id`, which names the table's scroll region),
/// column heads, and rows whose first cell heads the row.
pub fn table_html(t: &Table, caption_id: &str) -> String {
    let mut out = String::from("<caption id=\"");
    push_escaped(&mut out, caption_id);
    out.push_str("\">");
    push_escaped(&mut out, &t.caption);
    out.push_str("</caption><thead><tr>");
    for h in &t.head {
        out.push_str("<th scope=\"col\">");
        push_escaped(&mut out, h);
        out.push_str("</th>");
    }
    out.push_str("</tr></thead><tbody>");
    for row in &t.rows {
        out.push_str("<tr>");
        for (i, c) in row.iter().enumerate() {
            out.push_str(if i == 0 { "<th scope=\"row\">" } else { "<td>" });
            push_escaped(&mut out, c);
            out.push_str(if i == 0 { "</th>" } else { "</td>" });
        }
        out.push_str("</tr>");
    }
    out.push_str("</tbody>");
    out
}

/// What a simulation hands the frame.
#[derive(Debug, Clone, Copy)]
pub struct Figure {
    /// Catalog name: URL key, ids.
    pub name: &'static str,
    /// The parameter table.
    pub params: &'static [Param],
    /// The readout sentence at these values, or why the model declined.
    pub readout: fn(&[f64]) -> Result<String, String>,
    /// The chart at these values, handed to the callback: drawn on the canvas in the browser, as the
    /// picture (SVG) at build time. One description for both.
    pub chart: crate::chart::Describe,
    /// The data table at these values.
    pub table: fn(&[f64]) -> Table,
    /// The chart's text alternative: what it plots and what it shows at these values.
    pub describe: fn(&[f64]) -> String,
    /// Names of the chart's axes at these values: (x, y).
    pub axes: fn(&[f64]) -> (&'static str, &'static str),
    /// The chart's legend at these values: what each line (or the shaded area) is, and how it is drawn.
    pub legend: fn(&[f64]) -> &'static [(&'static str, Key)],
    /// "Try this" prompts: what the button says, and the state it sets (URL syntax).
    pub try_this: &'static [(&'static str, &'static str)],
}

/// Every setting as the controls say it: "Member states: 12 states; War intensity: 0.45".
fn settings_in_words(params: &[Param], values: &[f64]) -> String {
    params
        .iter()
        .zip(values)
        .map(|(p, v)| format!("{}: {}", p.label, p.say(*v)))
        .collect::<Vec<_>>()
        .join("; ")
}

/// What the page that places a figure hands the frame: the kit looks nothing up in the essay.
#[derive(Debug, Clone, Copy)]
pub struct Placed {
    /// The figure's number where it is placed ("Figure 3").
    pub number: usize,
    /// Its catalog entry: title, question, what it rests on.
    pub info: &'static catalog::SimInfo,
    /// "How this model works" as HTML (empty in the hydrating build, whose page already holds it).
    pub notes: &'static str,
    /// The work that places it, for the figure's citation: title, author, edition.
    pub work: (&'static str, &'static str, &'static str),
    /// The figure's place on another page (the essay, or its own page), to link to with its settings.
    pub away: Away,
}

/// A link from a figure to its place on another page, carrying its settings.
#[derive(Debug, Clone, Copy)]
pub struct Away {
    /// What the link says.
    pub label: &'static str,
    /// The page's address from this one, given the figure's name (relative, so the site works under any
    /// sub-path).
    pub path: fn(&str) -> String,
    /// Whether the address ends at the figure (`#fig-NAME`): the figure sits among other things there.
    pub fragment: bool,
}

impl Away {
    /// The address of figure `name` there, with its state `raw` (URL syntax; empty at the defaults).
    pub fn href(&self, name: &str, raw: &str) -> String {
        let mut out = (self.path)(name);
        let query = state::merge_query("", name, raw);
        if !query.is_empty() {
            out.push('?');
            out.push_str(&query);
        }
        if self.fragment {
            out.push_str("#fig-");
            out.push_str(name);
        }
        out
    }
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
    let values = RwSignal::new(defaults(params));
    let notices = RwSignal::new(Vec::<String>::new());
    let announced = RwSignal::new(String::new());
    let link = RwSignal::new(None::<(String, bool)>);
    // The page's address without query or fragment and today's date, once hydrated (the pre-render
    // knows neither), for citing the figure.
    let here = RwSignal::new(None::<(String, String)>);
    let cite_open = RwSignal::new(false);
    let draw_error = RwSignal::new(None::<String>);
    // Whether the canvas has drawn: until then the build-time picture shows.
    let drawn = RwSignal::new(false);
    let readout = Memo::new(move |_| values.with(|v| (figure.readout)(v)));
    // Changes only when a view switch changes the lines, not on every slider step.
    let legend = Memo::new(move |_| values.with(|v| (figure.legend)(v)));
    let canvas = NodeRef::<leptos::html::Canvas>::new();

    // At most one draw per animation frame, in the frame of the input that asked for it.
    let pending = StoredValue::new(false);
    // Callbacks may outlive the figure (a frame or an observer after unmounting): `try_` accessors.
    // Charts draw once their figure nears the screen (see `watch`), so a page of figures costs the
    // text nothing at load.
    let near = StoredValue::new(false);
    let schedule_draw = move || {
        if pending.try_get_value() != Some(false) || near.try_get_value() != Some(true) {
            return;
        }
        pending.set_value(true);
        request_animation_frame(move || {
            if pending.try_set_value(false).is_some() {
                return;
            }
            let Some(el) = canvas.try_get_untracked().flatten() else {
                return;
            };
            let Some(result) = values.try_with_untracked(|v| {
                let mut drew = Ok(false);
                (figure.chart)(v, &mut |c| drew = crate::chart::draw(&el, c)).and(drew)
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
        });
    };
    Effect::new(move |_| {
        values.track();
        schedule_draw();
    });
    // After hydration: the URL's state, and redraws on resize and theme change.
    Effect::new(move |_| {
        here.set(cite::here());
        if let Some(raw) = url::query_value(name) {
            let (read, repairs) = state::read(params, &raw);
            values.set(read);
            notices.set(repairs.iter().map(|n| n.text(params)).collect());
        }
        if let Some(el) = canvas.get_untracked() {
            watch(&el, schedule_draw, move || {
                let _ = near.try_set_value(true);
            });
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
    let settle = move || {
        // By two, so that only `say` changes the count's parity.
        settling.update_value(|t| *t = t.wrapping_add(2));
        let token = settling.get_value();
        set_timeout(
            move || {
                // The figure may be gone by then: `try_` accessors.
                if settling.try_get_value() == Some(token) {
                    say(readout_text());
                }
            },
            SETTLE,
        );
    };
    let commit =
        move || values.with_untracked(|v| url::write_state(name, &state::write(params, v)));
    let set_state = move |raw: &str| {
        let (read, _) = state::read(params, raw);
        let before = values.with_untracked(|v| *v == read);
        values.set(read);
        notices.set(Vec::new());
        commit();
        let done = match (raw.is_empty(), before) {
            (false, _) => "",
            (true, false) => "Reset to the starting values. ",
            (true, true) => "Already at the starting values. ",
        };
        say(format!("{done}{}", readout_text()));
    };

    let Placed {
        number,
        info,
        notes,
        work: (work_title, work_author, work_edition),
        ..
    } = placed;
    let title = info.title;
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
    let caption_id = format!("fig-{name}-caption");
    let table_caption = format!("fig-{name}-table");
    let table_label = table_caption.clone();

    view! {
        // A heading, so heading navigation finds the figures (they sit in the sections' <h2>s).
        <figcaption id=caption_id>
            <h3 class="figure-heading">
                <span class="figure-number">{format!("Figure {number}")}</span>
                " "
                <span class="figure-title">{title}</span>
            </h3>
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
                {move || legend.get().iter().map(|(label, key)| view! {
                    <span class="legend-item"><span class=key.class()></span>{*label}</span>
                }).collect_view()}
            </p>
            <p class="axis axis-y" aria-hidden="true">{move || values.with(|v| (figure.axes)(v).1)}</p>
            <div class="chart-box">
                // The chart at the defaults, drawn at build time: what shows before the canvas has
                // drawn, without script and on paper. Hidden from assistive technology: the canvas's
                // text alternative (pre-rendered too) says what it shows.
                <div class="chart-picture" class:gone=drawn aria-hidden="true" inner_html=picture(figure)></div>
                <canvas
                    node_ref=canvas
                    role="img"
                    aria-label=move || values.with(|v| (figure.describe)(v))
                ></canvas>
            </div>
            <p class="axis axis-x" aria-hidden="true">{move || values.with(|v| (figure.axes)(v).0)}</p>
            {move || draw_error.get().map(|e| view! { <p class="figure-error" role="alert">{e}</p> })}
        </div>
        <p class="readout" class:failed=move || readout.with(|r| r.is_err())>
            {move || match readout.get() { Ok(text) | Err(text) => text }}
        </p>
        <p class="visually-hidden" aria-live="polite">{move || announced.get()}</p>
        <div class="controls">
            {params.iter().enumerate().map(|(i, p)| control(name, i, p, values, settle, commit)).collect_view()}
        </div>
        <div class="figure-actions">
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
                link.set(Some((url::figure_link(name), false)));
                copy_link(link, say);
            }>
                "Copy link to this figure"
            </button>
            // Its place on the other page (the essay, or its own page), at these settings.
            <a
                class="figure-away"
                href=move || values.with(|v| placed.away.href(name, &state::write(params, v)))
            >
                {placed.away.label}
            </a>
        </div>
        <details
            class="cite-figure"
            on:toggle=move |ev| {
                let open = ev
                    .target()
                    .and_then(|t| js_sys::Reflect::get(&t, &JsValue::from_str("open")).ok())
                    .and_then(|v| v.as_bool())
                    .unwrap_or(false);
                cite_open.set(open);
            }
        >
            <summary>"Cite this figure"</summary>
            <div inner_html=cite_html></div>
        </details>
        {move || link.get().map(|(href, copied)| view! {
            <p class="figure-link">
                <label>
                    {if copied { "Link copied: " } else { "Link to this figure: " }}
                    <input type="text" readonly value=href.clone() prop:value=href />
                </label>
            </p>
        })}
        <details class="how">
            <summary>"How this model works"</summary>
            // Equations, constants, assumptions, omissions and cited works: content/sims/NAME.md.
            <div inner_html=notes></div>
        </details>
        <details class="data">
            <summary>"Data table"</summary>
            // One string per change: far less wasm than a reactive view per cell.
            // A table wider than a phone scrolls in its own region, focusable so the keyboard can
            // scroll it, named by its caption.
            <div class="table-scroll" role="region" tabindex="0" aria-labelledby=table_label>
                <table inner_html=move || values.with(|v| table_html(&(figure.table)(v), &table_caption))></table>
            </div>
        </details>
        <p class="without-script">"The live figure needs JavaScript and WebAssembly; the readout and data table above show its default setting."</p>
    }
}

/// The chart at the defaults as SVG markup, drawn in the native build (the build-time render); empty
/// in the browser, whose page already holds it (hydration leaves `inner_html` as it was written).
fn picture(figure: &Figure) -> String {
    #[cfg(not(target_arch = "wasm32"))]
    {
        crate::chart::svg::picture(figure.chart, &defaults(figure.params)).unwrap_or_default()
    }
    #[cfg(target_arch = "wasm32")]
    {
        let _ = figure;
        String::new()
    }
}

/// One labelled control from a parameter declaration.
fn control(
    figure: &'static str,
    i: usize,
    p: &'static Param,
    values: RwSignal<Vec<f64>>,
    settle: impl Fn() + Copy + 'static,
    commit: impl Fn() + Copy + 'static,
) -> impl IntoView {
    let id = format!("{figure}-{}", p.key);
    let current = move || values.with(|v| v.get(i).copied().unwrap_or(p.default));
    let set = move |raw: String| {
        if let Some(x) = super::param::parse_number(&raw) {
            let fitted = p.fit(x).value();
            values.update(|v| {
                if let Some(slot) = v.get_mut(i) {
                    *slot = fitted;
                }
            });
            settle();
        }
    };
    match p.kind {
        Kind::Range { min, max, step, .. } => {
            // A touch on the track moves the thumb at once; when the finger then goes up or down the page
            // scrolls instead (`touch-action: pan-y`) and the browser cancels the touch: put the value back.
            let before_touch = StoredValue::new(None::<f64>);
            leptos::either::Either::Left(view! {
                <div class="control">
                    <label for=id.clone()>{p.label}</label>
                    <input
                        type="range"
                        id=id.clone()
                        min=min
                        max=max
                        step=step
                        value=p.write(p.default)
                        prop:value=move || p.write(current())
                        aria-valuetext=move || p.say(current())
                        on:input=move |ev| set(event_target_value(&ev))
                        on:change=move |_| commit()
                        on:pointerdown=move |ev| {
                            let touch = ev.pointer_type() != "mouse";
                            before_touch.set_value(touch.then(|| values.with_untracked(|v| v.get(i).copied())).flatten());
                        }
                        on:pointercancel=move |_| {
                            if let Some(v) = before_touch.get_value() {
                                before_touch.set_value(None);
                                set(p.write(v));
                                commit();
                            }
                        }
                    />
                    // Silent: the slider's `aria-valuetext` says the value, and Chromium would announce an
                    // `<output>` (a status region) on every step.
                    <output for=id aria-hidden="true">{move || p.show(current())}</output>
                </div>
            })
        }
        Kind::Choice { options } => leptos::either::Either::Right(view! {
            <fieldset class="control choice">
                <legend>{p.label}</legend>
                {options.iter().enumerate().map(|(k, (key, label))| {
                    let checked = move || current() as usize == k;
                    view! {
                        <label>
                            <input
                                type="radio"
                                name=id.clone()
                                value=*key
                                checked=p.default as usize == k
                                prop:checked=checked
                                on:change=move |_| {
                                    set(k.to_string());
                                    commit();
                                }
                            />
                            {*label}
                        </label>
                    }
                }).collect_view()}
            </fieldset>
        }),
    }
}

/// Redraws when the canvas first comes within a screen's height of the viewport (after `arrive`), when
/// its box changes size and when the colour scheme changes.
fn watch(
    canvas: &web_sys::HtmlCanvasElement,
    redraw: impl Fn() + Copy + 'static,
    arrive: impl Fn() + Copy + 'static,
) {
    let on_near = Closure::<dyn Fn(js_sys::Array)>::new(move |entries: js_sys::Array| {
        let near = entries.iter().any(|e| {
            e.dyn_into::<web_sys::IntersectionObserverEntry>()
                .is_ok_and(|e| e.is_intersecting())
        });
        if near {
            arrive();
            redraw();
        }
    });
    let options = web_sys::IntersectionObserverInit::new();
    options.set_root_margin("100% 0px");
    match web_sys::IntersectionObserver::new_with_options(
        on_near.as_ref().unchecked_ref(),
        &options,
    ) {
        Ok(observer) => observer.observe(canvas),
        // No observer (very old browsers): draw now.
        Err(_) => {
            arrive();
            redraw();
        }
    }
    on_near.forget();
    let on_resize = Closure::<dyn Fn()>::new(redraw);
    if let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
        observer.observe(canvas);
    }
    // Both live as long as the page.
    on_resize.forget();
    let media = web_sys::window()
        .and_then(|w| w.match_media("(prefers-color-scheme: dark)").ok().flatten());
    if let Some(media) = media {
        let on_change = Closure::<dyn Fn()>::new(redraw);
        let _ =
            media.add_event_listener_with_callback("change", on_change.as_ref().unchecked_ref());
        on_change.forget();
    }
}

/// Copies the figure's link to the clipboard where the browser allows, and says so (through `say`, the
/// figure's live region) once it has; the link is shown either way.
fn copy_link(link: RwSignal<Option<(String, bool)>>, say: impl Fn(String) + Copy + 'static) {
    let Some((href, _)) = link.get_untracked() else {
        return;
    };
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return;
    };
    // `navigator.clipboard` is missing outside secure contexts; calling into it would throw.
    let has_clipboard = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard"))
        .map(|c| !c.is_undefined() && !c.is_null())
        .unwrap_or(false);
    let by_hand = move || say("The link is shown below the buttons, to copy by hand.".into());
    if !has_clipboard {
        by_hand();
        return;
    }
    let promise = navigator.clipboard().write_text(&href);
    let copied = Closure::<dyn FnMut(JsValue)>::new(move |_: JsValue| {
        let _ = link.try_set(Some((href.clone(), true)));
        say("Link copied.".into());
    });
    // A refusal (no permission) is fine: the link stays on screen to copy by hand.
    let refused = Closure::<dyn FnMut(JsValue)>::new(move |_: JsValue| by_hand());
    let _ = promise.then2(&copied, &refused);
    // One pair per click, released with the page.
    copied.forget();
    refused.forget();
}

/// The URL: reading a figure's state from the query string and keeping it current.
pub mod url {
    use super::state;

    /// This figure's raw state from the page's query string, percent-decoded.
    pub fn query_value(name: &str) -> Option<String> {
        let search = web_sys::window()?.location().search().ok()?;
        let raw = state::query_value(&search, name)?;
        Some(
            js_sys::decode_uri_component(&raw)
                .ok()
                .and_then(|s| s.as_string())
                .unwrap_or(raw),
        )
    }

    /// Puts this figure's state into the URL without a history entry (`replaceState`).
    pub fn write_state(name: &str, value: &str) {
        let Some(window) = web_sys::window() else {
            return;
        };
        let location = window.location();
        let (Ok(search), Ok(path), Ok(hash)) =
            (location.search(), location.pathname(), location.hash())
        else {
            return;
        };
        let query = state::merge_query(&search, name, value);
        let url = if query.is_empty() {
            format!("{path}{hash}")
        } else {
            format!("{path}?{query}{hash}")
        };
        if let Ok(history) = window.history() {
            let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
        }
    }

    /// The address that reproduces this figure's `value` (URL syntax): `base`, the page's other query
    /// entries as they stand, and this figure's fragment.
    pub fn link_from_state(base: &str, name: &str, value: &str) -> String {
        let search = web_sys::window()
            .and_then(|w| w.location().search().ok())
            .unwrap_or_default();
        let query = state::merge_query(&search, name, value);
        if query.is_empty() {
            format!("{base}#fig-{name}")
        } else {
            format!("{base}?{query}#fig-{name}")
        }
    }

    /// The page's address with the current query and this figure's fragment.
    pub fn figure_link(name: &str) -> String {
        let Some(location) = web_sys::window().map(|w| w.location()) else {
            return format!("#fig-{name}");
        };
        let origin = location.origin().unwrap_or_default();
        let path = location.pathname().unwrap_or_default();
        let search = location.search().unwrap_or_default();
        format!("{origin}{path}{search}#fig-{name}")
    }
}
