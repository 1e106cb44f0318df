//! Endnotes: the marker in the text, the list of notes, and a popover that shows a note in place.
//!
//! The marker is an ordinary link to its note (and the note links back), so everything works without
//! script. The popover adds reading in place: it opens on hover and on keyboard focus, on the first tap on
//! a touch screen (a second tap follows the link), and closes with Escape, a tap elsewhere, or when the
//! pointer or focus leaves.

use super::data::ESSAY;
use super::inline::inlines;
use leptos::ev;
use leptos::prelude::*;
use std::time::Duration;
use wasm_bindgen::JsCast;

/// Where the popover is and which note it shows; `None` when closed.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct OpenNote {
    /// The note shown.
    pub number: u32,
    /// Document coordinates of the popover's anchor point, CSS pixels.
    pub top: f64,
    /// Left edge, CSS pixels.
    pub left: f64,
    /// Width, CSS pixels.
    pub width: f64,
    /// Drawn above the marker (it sits low in the viewport).
    pub above: bool,
    /// Opened by a tap: stays until dismissed.
    pub pinned: bool,
}

/// Shared popover state, provided as context by [`super::App`].
#[derive(Debug, Clone, Copy)]
pub struct NotePopoverState {
    /// The open note, if any.
    pub open: RwSignal<Option<OpenNote>>,
    /// Bumped whenever the pointer enters a marker or the popover; a delayed close checks it.
    hover: StoredValue<u32>,
    /// Whether the last pointer down was a touch or pen, and whether this note was open then.
    press: StoredValue<(bool, Option<u32>)>,
}

impl NotePopoverState {
    /// A closed popover.
    pub fn new() -> Self {
        Self {
            open: RwSignal::new(None),
            hover: StoredValue::new(0),
            press: StoredValue::new((false, None)),
        }
    }

    fn open_number(&self) -> Option<u32> {
        self.open.get_untracked().map(|o| o.number)
    }

    /// Opens note `number` next to `marker`.
    fn show(&self, number: u32, marker: &web_sys::Element, pinned: bool) {
        let Some(window) = web_sys::window() else {
            return;
        };
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
        let width = (viewport_w - 24.0).clamp(160.0, 380.0);
        let left =
            (rect.left() + sx - 24.0).clamp(sx + 12.0, sx + (viewport_w - width - 12.0).max(12.0));
        let above = rect.bottom() > viewport_h * 0.6;
        let top = if above {
            rect.top() + sy - 6.0
        } else {
            rect.bottom() + sy + 6.0
        };
        self.open.set(Some(OpenNote {
            number,
            top,
            left,
            width,
            above,
            pinned,
        }));
    }

    /// Closes the popover.
    pub fn close(&self) {
        if self.open.get_untracked().is_some() {
            self.open.set(None);
        }
    }

    /// Closes after a short grace period unless the pointer comes back to a marker or the popover.
    fn close_soon(&self) {
        let token = self.hover.get_value();
        let this = *self;
        set_timeout(
            move || {
                let unpinned = this.open.get_untracked().is_some_and(|o| !o.pinned);
                if this.hover.get_value() == token && unpinned {
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

impl Default for NotePopoverState {
    fn default() -> Self {
        Self::new()
    }
}

fn marker_of(ev: &ev::Event) -> Option<web_sys::Element> {
    ev.current_target()?.dyn_into::<web_sys::Element>().ok()
}

/// A note marker in the text: a link to the note that also opens it in place.
#[component]
pub fn NoteRef(
    /// The note's number.
    number: u32,
) -> impl IntoView {
    let state = expect_context::<NotePopoverState>();
    let described =
        move || (state.open.get().map(|o| o.number) == Some(number)).then_some("note-popover");
    view! {
        <sup class="note-ref">
            <a
                id=format!("noteref-{number}")
                href=format!("#note-{number}")
                aria-label=format!("Note {number}")
                aria-describedby=described
                on:pointerdown=move |ev: ev::PointerEvent| {
                    let coarse = ev.pointer_type() != "mouse";
                    state.press.set_value((coarse, state.open_number()));
                }
                on:mouseenter=move |ev: ev::MouseEvent| {
                    state.touch();
                    if state.open_number() != Some(number) {
                        if let Some(m) = marker_of(&ev) {
                            state.show(number, &m, false);
                        }
                    }
                }
                on:mouseleave=move |_| state.close_soon()
                on:focus=move |ev: ev::FocusEvent| {
                    if state.open_number() != Some(number) {
                        if let Some(m) = marker_of(&ev) {
                            state.show(number, &m, false);
                        }
                    }
                }
                on:blur=move |_| {
                    if state.open.get_untracked().is_some_and(|o| o.number == number && !o.pinned) {
                        state.close();
                    }
                }
                on:click=move |ev: ev::MouseEvent| {
                    let (coarse, open_before) = state.press.get_value();
                    state.press.set_value((false, None));
                    if coarse && open_before != Some(number) {
                        // First tap on a touch screen: read in place; a second tap follows the link.
                        ev.prevent_default();
                        if let Some(m) = marker_of(&ev) {
                            state.show(number, &m, true);
                        }
                    } else {
                        state.close();
                    }
                }
            >
                {number}
            </a>
        </sup>
    }
}

/// The popover itself: one element for all notes, positioned next to the open marker.
#[component]
pub fn NotePopover() -> impl IntoView {
    let state = expect_context::<NotePopoverState>();
    move || {
        let open = state.open.get()?;
        let note = ESSAY.note(open.number)?;
        let style = format!(
            "top:{:.0}px;left:{:.0}px;width:{:.0}px",
            open.top, open.left, open.width
        );
        let number = note.number;
        Some(view! {
            <div
                id="note-popover"
                class="note-popover"
                class:above=open.above
                role="tooltip"
                style=style
                on:mouseenter=move |_| state.touch()
                on:mouseleave=move |_| state.close_soon()
            >
                <p class="note-popover-label">{format!("Note {number}")}</p>
                <p class="note-popover-body">{inlines(note.body)}</p>
                <a class="note-popover-go" href=format!("#note-{number}") on:click=move |_| state.close()>
                    {format!("Go to note {number} in the notes")}
                </a>
            </div>
        })
    }
}

/// Closes the popover on Escape and on a press outside it and outside the markers.
pub fn close_on_escape_and_outside(state: NotePopoverState) {
    Effect::new(move |_| {
        let esc = window_event_listener(ev::keydown, move |ev| {
            if ev.key() == "Escape" && state.open.get_untracked().is_some() {
                state.close();
            }
        });
        let outside = window_event_listener(ev::pointerdown, move |ev| {
            let inside = ev
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .and_then(|el| el.closest(".note-popover, .note-ref").ok().flatten())
                .is_some();
            if !inside {
                state.close();
            }
        });
        // The listeners live as long as the page.
        std::mem::forget(esc);
        std::mem::forget(outside);
    });
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
                                {inlines(note.body)}
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
