//! The frame's browser glue: when to draw (observers), and the clipboard.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Redraws when the canvas first comes within a screen's height of the viewport (after `arrive`), when
/// its box changes size and when the colour scheme or forced colours change.
pub fn watch(
    canvas: &web_sys::HtmlCanvasElement,
    redraw: impl Fn() + Copy + 'static,
    arrive: impl Fn() + Copy + 'static,
    print: impl Fn() + Copy + 'static,
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
    // A new box or new colours: read again before the redraw (see `chart::restyle`).
    let restyled = move || {
        crate::chart::restyle();
        redraw();
    };
    let on_resize = Closure::<dyn Fn()>::new(restyled);
    if let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
        observer.observe(canvas);
    }
    // Both live as long as the page.
    on_resize.forget();
    for query in ["(prefers-color-scheme: dark)", "(forced-colors: active)"] {
        let media = web_sys::window().and_then(|w| w.match_media(query).ok().flatten());
        if let Some(media) = media {
            let on_change = Closure::<dyn Fn()>::new(restyled);
            let _ = media
                .add_event_listener_with_callback("change", on_change.as_ref().unchecked_ref());
            on_change.forget();
        }
    }
    // The browser's zoom changes `devicePixelRatio` (kept between draws, as the box is) whether or not
    // the box changes size in CSS pixels; it resizes the window.
    if let Some(window) = web_sys::window() {
        let on_zoom = Closure::<dyn Fn()>::new(restyled);
        let _ = window.add_event_listener_with_callback("resize", on_zoom.as_ref().unchecked_ref());
        on_zoom.forget();
    }
    // Paper: every chart drawn now, whether or not it came near the screen, in the light scheme's
    // dark ink (the print layout follows `beforeprint` at once, so no waiting for a frame); then back
    // to the screen's colours.
    if let Some(window) = web_sys::window() {
        let canvas_el = canvas.clone();
        let before = Closure::<dyn Fn()>::new(move || {
            crate::chart::set_printing(true);
            // Links out of the figure print their full address (the one that reproduces it).
            let links = canvas_el
                .closest("figure")
                .ok()
                .flatten()
                .and_then(|f| f.query_selector_all("a.figure-away").ok());
            for i in 0..links.as_ref().map_or(0, |l| l.length()) {
                let Some(a) = links.as_ref().and_then(|l| l.item(i)) else {
                    continue;
                };
                if let (Ok(href), Some(a)) = (
                    js_sys::Reflect::get(&a, &JsValue::from_str("href")),
                    a.dyn_ref::<web_sys::Element>(),
                ) {
                    if let Some(href) = href.as_string() {
                        let _ = a.set_attribute("data-href", &href);
                    }
                }
            }
            arrive();
            print();
        });
        let after = Closure::<dyn Fn()>::new(move || {
            crate::chart::set_printing(false);
            redraw();
        });
        let _ =
            window.add_event_listener_with_callback("beforeprint", before.as_ref().unchecked_ref());
        let _ =
            window.add_event_listener_with_callback("afterprint", after.as_ref().unchecked_ref());
        before.forget();
        after.forget();
    }
}

/// The event another part of the page sends a figure to set its state: its `detail` is the state in
/// URL syntax (presenting the figures steps through their prompts this way).
pub const STATE_EVENT: &str = "figure-state";

/// Calls `set` with each state asked of the figure `el` by a [`STATE_EVENT`].
pub fn on_state_asked(el: &web_sys::Element, set: impl Fn(String) + 'static) {
    on_asked(el, STATE_EVENT, move |detail| {
        if let Some(raw) = detail.as_string() {
            set(raw);
        }
    });
}

/// The event a figure's files ask it by (`assets/figure-files.js`, which composes them): the figure
/// writes into the event's `detail` object what only it knows, its chart drawn as SVG by the one
/// painter, its data table as CSV and its words (see `frame`).
pub const FILE_EVENT: &str = "figure-file";

/// The event a figure's embed code asks it by (`assets/figure-embed.js`, which writes the code): the
/// figure writes into the event's `detail` object its embed page's address (`src`) and the credit's
/// (`credit`) at its settings, relative to the page.
pub const EMBED_EVENT: &str = "figure-embed";

/// Calls `answer` with the `detail` of each event `kind` sent to the figure `el`.
pub fn on_asked(el: &web_sys::Element, kind: &str, answer: impl Fn(JsValue) + 'static) {
    let closure = Closure::<dyn Fn(web_sys::CustomEvent)>::new(move |ev: web_sys::CustomEvent| {
        answer(ev.detail())
    });
    let _ = el.add_event_listener_with_callback(kind, closure.as_ref().unchecked_ref());
    // Lives as long as the page.
    closure.forget();
}

/// Copies `text` to the clipboard where the browser allows, then calls `done(true)`; `done(false)` when
/// it cannot (no clipboard outside secure contexts, refused by permissions policy in a frame, or a
/// `writeText` that throws or answers with no promise, as some extensions' replacements do), so the
/// caller shows the text to copy by hand. Never throws.
fn copy_text(text: &str, done: impl Fn(bool) + Clone + 'static) {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return;
    };
    // Looked up and called through reflection, so that whatever stands there (missing outside secure
    // contexts, or replaced) cannot throw through the wasm.
    let get = |on: &JsValue, key: &str| js_sys::Reflect::get(on, &JsValue::from_str(key)).ok();
    let promise = get(&navigator, "clipboard")
        .filter(|c| c.is_object())
        .and_then(|clipboard| {
            let write = get(&clipboard, "writeText")?
                .dyn_into::<js_sys::Function>()
                .ok()?;
            write.call1(&clipboard, &JsValue::from_str(text)).ok()
        })
        .and_then(|answer| answer.dyn_into::<js_sys::Promise>().ok());
    let Some(promise) = promise else {
        done(false);
        return;
    };
    let ok = done.clone();
    let copied = Closure::<dyn FnMut(JsValue)>::new(move |_: JsValue| ok(true));
    let refused = Closure::<dyn FnMut(JsValue)>::new(move |_: JsValue| done(false));
    let _ = promise.then2(&copied, &refused);
    // One pair per press, released with the page.
    copied.forget();
    refused.forget();
}

/// Copies the figure's link to the clipboard where the browser allows, and says so (through `say`, the
/// figure's live region) once it has; the link is shown either way.
pub fn copy_link(link: RwSignal<Option<(String, bool)>>, say: impl Fn(String) + Copy + 'static) {
    let Some((href, _)) = link.get_untracked() else {
        return;
    };
    let shown = href.clone();
    copy_text(&href, move |copied| {
        if copied {
            let _ = link.try_set(Some((shown.clone(), true)));
            say("Link copied.".into());
        } else {
            say("The link is shown below the buttons, to copy by hand.".into());
        }
    });
}
