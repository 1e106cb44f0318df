//! Browser-only work, done once the page's roots are live: the delegated note handlers, opening at the
//! URL's fragment, the scroll-spy for the table of contents, the citation's address. Nothing here changes
//! the first render.

use super::data::ESSAY;
use super::NotePopoverState;
use leptos::ev;
use leptos::prelude::*;

/// Ids the scroll-spy tracks, in page order.
fn tracked_ids() -> impl Iterator<Item = &'static str> {
    ESSAY.sections.iter().map(|s| s.slug).chain([
        "notes",
        "bibliography",
        "further-reading",
        "textual-notes",
        "glossary",
        "cite",
    ])
}

/// Starts the page's browser-only behaviour, once its popover is live: the delegated note handlers,
/// Escape and outside presses, the scroll-spy (which marks the part in view in the contents), the
/// citation's address, and placing an open popover again when late layout moves its marker.
pub fn start(popover: NotePopoverState) {
    // A client-rendered page was empty when the browser looked for the fragment's target; a hydrated
    // one was not, and the reader may have scrolled since.
    if !cfg!(feature = "hydrate") {
        scroll_to_fragment();
    }
    delegate(popover);
    super::notes::close_on_escape_and_outside(popover);
    super::title::fill_in_citation();
    super::present::start();
    update_active();
    // Figures laid out late can move the page under the reader without a scroll event: look again
    // whenever the essay changes size.
    watch_size(move || {
        update_active();
        popover.replace();
    });
    let spy = crate::throttle::per_frame(update_active);
    let handle = window_event_listener(ev::scroll, move |_| spy());
    // The listener lives as long as the page.
    std::mem::forget(handle);
}

/// One set of handlers on `.page` for every note marker and glossary term in it.
fn delegate(popover: NotePopoverState) {
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    let Some(page) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(".page").ok().flatten())
    else {
        return;
    };
    fn on<E: JsCast + 'static>(page: &web_sys::Element, kind: &str, handle: impl Fn(&E) + 'static) {
        let closure = Closure::<dyn Fn(web_sys::Event)>::new(move |ev: web_sys::Event| {
            if let Ok(ev) = ev.dyn_into::<E>() {
                handle(&ev);
            }
        });
        let _ = page.add_event_listener_with_callback(kind, closure.as_ref().unchecked_ref());
        // Lives as long as the page.
        closure.forget();
    }
    on(&page, "pointerdown", move |ev| popover.on_pointerdown(ev));
    on(&page, "mouseover", move |ev| popover.on_mouseover(ev));
    on(&page, "mouseout", move |ev| popover.on_mouseout(ev));
    on(&page, "focusin", move |ev| popover.on_focusin(ev));
    on(&page, "focusout", move |ev| popover.on_focusout(ev));
    on(&page, "click", move |ev| popover.on_click(ev));
}

/// Runs `f` in a task of its own: should it fail, the error ends that task alone, and what is queued
/// after it still runs; and the page can paint or answer input between one root's adoption and the
/// next (in one task, adopting a figure with the wasm's start was a long task on a phone).
#[cfg(feature = "hydrate")]
pub fn in_own_task(f: impl FnOnce() + 'static) {
    set_timeout(f, std::time::Duration::ZERO);
}

/// Calls `changed` whenever the essay's box or the viewport changes size (the observer lives with the
/// page; the root element's box is the viewport's width).
fn watch_size(changed: impl Fn() + 'static) {
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let on_resize = Closure::<dyn Fn()>::new(changed);
    if let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
        for el in [
            document.get_element_by_id("essay"),
            document.document_element(),
        ]
        .into_iter()
        .flatten()
        {
            observer.observe(&el);
        }
    }
    on_resize.forget();
}

/// Marks `<html data-ready>`: every root of the page is live (tests wait for it).
pub fn mark_ready() {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("data-ready", "");
    }
}

/// The element named by the URL fragment, if the fragment is a well-formed id on this page.
fn fragment_target() -> Option<web_sys::Element> {
    let window = web_sys::window()?;
    let hash = window.location().hash().ok()?;
    let raw = hash.strip_prefix('#')?;
    if raw.is_empty() || raw.len() > 200 {
        return None;
    }
    let id = js_sys::decode_uri_component(raw).ok()?.as_string()?;
    window.document()?.get_element_by_id(&id)
}

/// The essay is rendered by script, after the browser looked for the fragment's target: look again.
fn scroll_to_fragment() {
    if let Some(target) = fragment_target() {
        target.scroll_into_view();
    }
}

/// Marks the link to the part of the page in view in the contents (`aria-current="location"`).
fn update_active() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(document) = window.document() else {
        return;
    };
    let height = window
        .inner_height()
        .ok()
        .and_then(|v| v.as_f64())
        .unwrap_or(600.0);
    let line = height * 0.3;
    // At the foot of the page the last parts can never scroll up to the line: one in view that could not
    // reach it even with the rest of the page scrolled counts as reached.
    let rest = document.document_element().map_or(0.0, |root| {
        f64::from(root.scroll_height()) - window.scroll_y().unwrap_or(0.0) - height
    });
    let current = tracked_ids()
        .filter(|id| {
            document.get_element_by_id(id).is_some_and(|el| {
                let top = el.get_bounding_client_rect().top();
                top <= line || (top < height && top - rest.max(0.0) > line)
            })
        })
        .last();
    let Ok(links) = document.query_selector_all("nav.toc a") else {
        return;
    };
    for i in 0..links.length() {
        let Some(link) = links
            .item(i)
            .and_then(|n| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(n).ok())
        else {
            continue;
        };
        let here = current.is_some_and(|id| {
            link.get_attribute("href")
                .is_some_and(|h| h.strip_prefix('#') == Some(id))
        });
        // Only what changes is written: each write would invalidate style.
        if here != link.has_attribute("aria-current") {
            let _ = if here {
                link.set_attribute("aria-current", "location")
            } else {
                link.remove_attribute("aria-current")
            };
        }
    }
}
