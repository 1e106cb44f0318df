//! Browser-only work, done after mount: opening at the URL's fragment and the scroll-spy for the table of
//! contents. Nothing here changes the first render.

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

/// Starts the browser-only behaviour; `active` receives the id of the part in view, and an open note
/// popover follows its marker when late layout moves it.
pub fn on_mount(active: RwSignal<Option<&'static str>>, popover: NotePopoverState) {
    Effect::new(move |_| {
        mark_ready();
        // A client-rendered page was empty when the browser looked for the fragment's target; a hydrated
        // one was not, and the reader may have scrolled since.
        if !cfg!(feature = "hydrate") {
            scroll_to_fragment();
        }
        update_active(active);
        // Figures laid out late (content-visibility) can move the page under the reader without a scroll
        // event: look again whenever the essay changes size.
        watch_size(move || {
            update_active(active);
            popover.replace();
        });
        let pending = StoredValue::new(false);
        // Listeners outlive an unmounted page (tests): `try_` accessors.
        let handle = window_event_listener(ev::scroll, move |_| {
            if pending.try_get_value() != Some(false) {
                return;
            }
            pending.set_value(true);
            request_animation_frame(move || {
                if pending.try_set_value(false).is_none() {
                    update_active(active);
                }
            });
        });
        // The listener lives as long as the page.
        std::mem::forget(handle);
    });
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

/// Marks `<html data-ready>`: the script runs (styles hide no-script hints; tests wait for it).
fn mark_ready() {
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

fn update_active(active: RwSignal<Option<&'static str>>) {
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
    if active.try_get_untracked().is_some_and(|a| a != current) {
        active.set(current);
    }
}
