//! Endnotes: the marker in the text, the list of notes, and a popover that shows a note in place.
//!
//! The marker is an ordinary link to its note (and the note links back), so everything works without
//! script; markers are part of each paragraph's build-time HTML and carry `data-note`. The popover adds
//! reading in place: it opens on hover and on keyboard focus, on the first tap on a touch screen (a second
//! tap follows the link), and closes with Escape, a tap elsewhere, or when the pointer or focus leaves.
//! One set of delegated handlers on the essay serves every marker. Glossary terms (`a[data-term]`) open
//! the same popover with their definition and behave the same way. The popover copies what it shows from
//! the page (the notes list, the glossary), so the wasm carries no text of its own.

use super::data::ESSAY;

use leptos::ev;
use leptos::prelude::*;
use std::time::Duration;
use wasm_bindgen::JsCast;

/// What the popover shows: an endnote of the review, or a glossary term of this edition.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Shown {
    /// Note `N`.
    Note(u32),
    /// The glossary entry with this key.
    Term(String),
}

impl Shown {
    /// The id of the element on the page that holds its text.
    fn source(&self) -> String {
        match self {
            Shown::Note(n) => format!("note-{n}-text"),
            Shown::Term(key) => format!("term-{key}-def"),
        }
    }
}

/// Where the popover is and what it shows; `None` when closed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenNote {
    /// The note or term shown.
    pub shown: Shown,
    /// Its text as HTML, copied from the page without ids (the page's copy keeps them).
    pub html: String,
    /// The term's name (empty for a note).
    pub title: String,
    /// Where it is drawn.
    pub place: Place,
    /// Opened by a tap: stays until dismissed.
    pub pinned: bool,
}

/// Where the popover is drawn: next to its marker, inside the viewport. Whole CSS pixels (integers keep
/// float formatting out of the wasm).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Place {
    /// Document coordinate of the anchor point: the popover's top, or its bottom when above.
    pub top: i32,
    /// Left edge.
    pub left: i32,
    /// Width.
    pub width: i32,
    /// The most height the viewport has room for on the chosen side; the text scrolls inside beyond it.
    pub max_height: i32,
    /// Drawn above the marker (it sits low in the viewport).
    pub above: bool,
}

impl Place {
    /// Below `marker`, or above it when it sits low in the viewport; as wide as the viewport allows up to
    /// about 21 rem, and never taller than the room on its side, so at 400 % zoom it stays on screen and
    /// off its marker.
    fn at(window: &web_sys::Window, marker: &web_sys::Element) -> Place {
        let rect = marker.get_bounding_client_rect();
        let viewport_w = window
            .document()
            .and_then(|d| d.document_element())
            .map_or(360.0, |e| f64::from(e.client_width()));
        let viewport_h = window
            .inner_height()
            .ok()
            .and_then(|v| v.as_f64())
            .unwrap_or(640.0);
        let (sx, sy) = (
            window.scroll_x().unwrap_or(0.0),
            window.scroll_y().unwrap_or(0.0),
        );
        // About 21 rem wide, so the popover grows with the type on large screens and projectors.
        let width = crate::num::within(viewport_w - 24.0, 160.0, 21.0 * root_font_px(viewport_w));
        let left = crate::num::within(
            rect.left() + sx - 24.0,
            sx + 12.0,
            sx + (viewport_w - width - 12.0).max(12.0),
        );
        let above = rect.bottom() > viewport_h * 0.6;
        let (top, room) = if above {
            (rect.top() + sy - 6.0, rect.top() - 18.0)
        } else {
            (rect.bottom() + sy + 6.0, viewport_h - rect.bottom() - 18.0)
        };
        Place {
            top: top.round() as i32,
            left: left.round() as i32,
            width: width.round() as i32,
            // A marker half off screen still gets a popover that can show a line or two.
            max_height: room.max(64.0).round() as i32,
            above,
        }
    }
}

/// Shared popover state, provided as context by [`super::App`].
#[derive(Debug, Clone, Copy)]
pub struct NotePopoverState {
    /// The open note, if any.
    pub open: RwSignal<Option<OpenNote>>,
    /// Bumped whenever the pointer enters a marker or the popover; a delayed close checks it.
    hover: StoredValue<u32>,
    /// Whether the last pointer down was a touch or pen, and whether the popover was then open at the
    /// element pressed.
    press: StoredValue<(bool, bool)>,
    /// The element the popover is open at: a term is linked in several sections, so what is shown does
    /// not say where.
    anchor: StoredValue<Option<web_sys::Element>, LocalStorage>,
}

impl NotePopoverState {
    /// A closed popover.
    pub fn new() -> Self {
        Self {
            open: RwSignal::new(None),
            hover: StoredValue::new(0),
            press: StoredValue::new((false, false)),
            anchor: StoredValue::new_local(None),
        }
    }

    /// Whether the popover is open at `marker`.
    fn is_open_at(&self, marker: &web_sys::Element) -> bool {
        self.open.get_untracked().is_some()
            && self
                .anchor
                .try_with_value(|a| a.as_ref().is_some_and(|a| a.is_same_node(Some(marker))))
                .unwrap_or(false)
    }

    /// Opens `shown` next to `marker` (nothing happens if the page lacks its text).
    fn show(&self, shown: Shown, marker: &web_sys::Element, pinned: bool) {
        let Some(window) = web_sys::window() else {
            return;
        };
        let Some(document) = window.document() else {
            return;
        };
        let Some(html) = copy_without_ids(&document, &shown.source()) else {
            return;
        };
        let title = match &shown {
            Shown::Note(_) => String::new(),
            Shown::Term(key) => document
                .get_element_by_id(&format!("term-{key}"))
                .and_then(|dt| dt.text_content())
                .unwrap_or_default(),
        };
        self.anchor.set_value(Some(marker.clone()));
        let place = Place::at(&window, marker);
        self.open.set(Some(OpenNote {
            shown,
            html,
            title,
            place,
            pinned,
        }));
    }

    /// Places the open popover again at its marker: late layout (a figure taking its real height, the
    /// window resized) can move the marker after the popover opened.
    pub fn replace(&self) {
        let Some(window) = web_sys::window() else {
            return;
        };
        let Some(Some(marker)) = self.anchor.try_with_value(Clone::clone) else {
            return;
        };
        let place = Place::at(&window, &marker);
        // A copy and `set` rather than `update`: the signal's other uses already bring those in.
        if let Some(Some(mut open)) = self.open.try_get_untracked() {
            if open.place != place {
                open.place = place;
                self.open.set(Some(open));
            }
        }
    }

    /// Closes the popover from its own button, giving focus back to its marker (the button goes with
    /// the popover). The popover is still open at the marker when it takes focus, so it is not reopened.
    fn close_to_marker(&self) {
        if let Some(Some(marker)) = self.anchor.try_with_value(Clone::clone) {
            if let Ok(marker) = marker.dyn_into::<web_sys::HtmlElement>() {
                let _ = marker.focus();
            }
        }
        self.close();
    }

    /// Closes the popover.
    pub fn close(&self) {
        if self.open.get_untracked().is_some() {
            self.anchor.set_value(None);
            self.open.set(None);
        }
    }

    /// Closes after a short grace period unless the pointer comes back to a marker or the popover.
    fn close_soon(&self) {
        let token = self.hover.get_value();
        let this = *self;
        set_timeout(
            move || {
                // The page may be gone by then (tests unmount it): `try_` accessors.
                let unpinned = this
                    .open
                    .try_get_untracked()
                    .flatten()
                    .is_some_and(|o| !o.pinned);
                if this.hover.try_get_value() == Some(token) && unpinned {
                    this.close();
                }
            },
            Duration::from_millis(250),
        );
    }

    fn touch(&self) {
        self.hover.update_value(|t| *t = t.wrapping_add(1));
    }
}

/// The root font size in CSS pixels for a viewport `width` wide: the same formula as `html { font-size }`
/// in style/main.css, `clamp(17px, 0.9rem + 0.35vw, 28px)` (computed here to spare a style lookup).
fn root_font_px(width: f64) -> f64 {
    crate::num::within(14.4 + 0.0035 * width, 17.0, 28.0)
}

impl Default for NotePopoverState {
    fn default() -> Self {
        Self::new()
    }
}

/// The note marker or glossary term an event happened on (or inside), and what it shows.
fn marker_of(ev: &ev::Event) -> Option<(web_sys::Element, Shown)> {
    let target = ev.target()?.dyn_into::<web_sys::Element>().ok()?;
    let marker = target.closest("a[data-note], a[data-term]").ok()??;
    let shown = match marker.get_attribute("data-note") {
        Some(n) => Shown::Note(n.parse().ok()?),
        None => Shown::Term(marker.get_attribute("data-term")?),
    };
    Some((marker, shown))
}

/// The inner HTML of the element `id`, with every id inside it dropped: the copy must not take the ids
/// the page's own copy holds (a note's textual-note markers).
fn copy_without_ids(document: &web_sys::Document, id: &str) -> Option<String> {
    let copy = document
        .get_element_by_id(id)?
        .clone_node_with_deep(true)
        .ok()?
        .dyn_into::<web_sys::Element>()
        .ok()?;
    if let Ok(with_ids) = copy.query_selector_all("[id]") {
        for i in 0..with_ids.length() {
            if let Some(el) = with_ids
                .item(i)
                .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
            {
                el.remove_attribute("id").ok()?;
            }
        }
    }
    Some(copy.inner_html())
}

/// Whether `node` is `el` or inside it.
fn within(el: &web_sys::Element, node: Option<web_sys::EventTarget>) -> bool {
    node.and_then(|n| n.dyn_into::<web_sys::Node>().ok())
        .is_some_and(|n| el.contains(Some(&n)))
}

impl NotePopoverState {
    /// Handles `pointerdown` inside the essay: remembers whether a touch or pen pressed a marker.
    pub fn on_pointerdown(&self, ev: &ev::PointerEvent) {
        if let Some((marker, _)) = marker_of(ev) {
            self.press
                .set_value((ev.pointer_type() != "mouse", self.is_open_at(&marker)));
        }
    }

    /// Handles `mouseover`: the pointer entered a marker.
    pub fn on_mouseover(&self, ev: &ev::MouseEvent) {
        if let Some((marker, shown)) = marker_of(ev) {
            self.touch();
            if !self.is_open_at(&marker) {
                self.show(shown, &marker, false);
            }
        }
    }

    /// Handles `mouseout`: the pointer left a marker.
    pub fn on_mouseout(&self, ev: &ev::MouseEvent) {
        if let Some((marker, _)) = marker_of(ev) {
            if !within(&marker, ev.related_target()) {
                self.close_soon();
            }
        }
    }

    /// Handles `focusin`: keyboard focus reached a marker.
    pub fn on_focusin(&self, ev: &ev::FocusEvent) {
        if let Some((marker, shown)) = marker_of(ev) {
            if !self.is_open_at(&marker) {
                self.show(shown, &marker, false);
            }
        }
    }

    /// Handles `focusout`: focus left a marker.
    pub fn on_focusout(&self, ev: &ev::FocusEvent) {
        if let Some((marker, _)) = marker_of(ev) {
            let pinned = self.open.get_untracked().is_some_and(|o| o.pinned);
            if self.is_open_at(&marker) && !pinned {
                self.close();
            }
        }
    }

    /// Handles `click`: a first tap on a touch screen reads in place; otherwise the link is followed.
    pub fn on_click(&self, ev: &ev::MouseEvent) {
        let Some((marker, shown)) = marker_of(ev) else {
            return;
        };
        let (coarse, open_here) = self.press.get_value();
        self.press.set_value((false, false));
        if coarse && !open_here {
            ev.prevent_default();
            self.show(shown, &marker, true);
        } else {
            self.close();
        }
    }
}

/// The popover itself: one element for all notes, positioned next to the open marker.
#[component]
pub fn NotePopover(
    /// What it shows and where.
    state: NotePopoverState,
) -> impl IntoView {
    move || {
        let open = state.open.get()?;
        let (label, href, go) = match &open.shown {
            Shown::Note(n) => (
                format!("Note {n}"),
                format!("#note-{n}"),
                format!("Go to note {n} in the notes"),
            ),
            Shown::Term(key) => (
                format!("{} · glossary of this edition", open.title),
                format!("#term-{key}"),
                "Go to the glossary".to_string(),
            ),
        };
        let dialog_name = open.pinned.then(|| label.clone());
        let body = open.html;
        let p = open.place;
        Some(view! {
            <div
                id="note-popover"
                class="note-popover"
                class:above=p.above
                // Opened by a tap it holds a button and stays: a dialog, named by its label.
                role=if open.pinned { "dialog" } else { "tooltip" }
                aria-label=dialog_name
                // Through the CSSOM, not a style attribute, which a strict policy blocks.
                style:top=format!("{}px", p.top)
                style:left=format!("{}px", p.left)
                style:width=format!("{}px", p.width)
                style:max-height=format!("{}px", p.max_height)
                on:mouseenter=move |_| state.touch()
                on:mouseleave=move |_| state.close_soon()
            >
                // A phone has no Escape key: a note opened by a tap can be closed from itself.
                {open.pinned.then(|| view! {
                    <button type="button" class="note-popover-close" aria-label="Close" on:click=move |_| state.close_to_marker()>
                        "×"
                    </button>
                })}
                <p class="note-popover-label">{label}</p>
                <p class="note-popover-body" inner_html=body></p>
                <a class="note-popover-go" href=href on:click=move |_| state.close()>
                    {go}
                </a>
            </div>
        })
    }
}

/// Closes the popover on Escape and on a press outside it and outside the markers.
pub fn close_on_escape_and_outside(state: NotePopoverState) {
    let esc = window_event_listener(ev::keydown, move |ev| {
        if ev.key() == "Escape" && state.open.try_get_untracked().flatten().is_some() {
            state.close();
        }
    });
    let outside = window_event_listener(ev::pointerdown, move |ev| {
        let inside = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest(".note-popover, .note-ref, .term").ok().flatten())
            .is_some();
        if !inside && state.open.try_get_untracked().flatten().is_some() {
            state.close();
        }
    });
    // The listeners live as long as the page.
    std::mem::forget(esc);
    std::mem::forget(outside);
}

/// The notes, each with a link back to its marker.
#[component]
pub fn NotesList() -> impl IntoView {
    view! {
        <section id="notes" class="notes" aria-labelledby="notes-title">
            <h2 id="notes-title">"Notes"</h2>
            <ol class="note-list">
                {ESSAY
                    .notes
                    .iter()
                    .map(|note| {
                        let n = note.number;
                        view! {
                            <li id=format!("note-{n}") value=n>
                                <span class="note-number" aria-hidden="true">{format!("{n}.")}</span>
                                " "
                                <span id=format!("note-{n}-text") inner_html=note.html></span>
                                " "
                                <a class="backref" href=format!("#noteref-{n}") aria-label=format!("Back to the text at note {n}")>
                                    "↩\u{FE0E}"
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        </section>
    }
}
