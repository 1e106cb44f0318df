//! Presenting the figures on a projector (`?present`, or "Present the figures"): the essay becomes a
//! sequence of screens, one per figure in the essay's order, each with the review's sentence it
//! illustrates. A figure's "try this" prompts are steps within it, so a clicker's next key walks a class
//! through an argument. The deck's arithmetic ([`Deck`], [`parse`], [`write`]) is pure and natively
//! tested; the rest is browser glue over the static page (the figures' roots are asked for their states
//! with [`STATE_EVENT`], never reached into).

use leptos::prelude::*;

/// Where the deck stands: a figure (0-based, in the essay's order) and a step within it (0 is the
/// figure as it was found; step k is its k-th prompt).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct At {
    /// The figure, 0-based.
    pub figure: usize,
    /// The step within it.
    pub step: usize,
}

/// A move through the deck.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Move {
    /// The next step, or the next figure after the last step.
    Next,
    /// The step before, or the figure before (where it was left) from the first.
    Prev,
    /// The first figure, where it was left.
    First,
    /// The last figure, where it was left.
    Last,
    /// Figure n (0-based), where it was left; ignored past the end.
    Figure(usize),
}

/// The figures' steps and where the deck stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Deck {
    /// How many prompts each figure has (its steps beyond the first).
    pub prompts: Vec<usize>,
    /// The step each figure was left at (going back to a figure returns there).
    pub left: Vec<usize>,
    /// Where the deck stands.
    pub at: At,
}

impl Deck {
    /// A deck of figures with these numbers of prompts, at `at` (clamped).
    pub fn new(prompts: Vec<usize>, at: At) -> Deck {
        let mut deck = Deck {
            left: vec![0; prompts.len()],
            prompts,
            at: At { figure: 0, step: 0 },
        };
        deck.at = deck.clamp(at);
        if let Some(left) = deck.left.get_mut(deck.at.figure) {
            *left = deck.at.step;
        }
        deck
    }

    /// `at` within the deck: a figure that exists, a step it has.
    pub fn clamp(&self, at: At) -> At {
        let figure = at.figure.min(self.prompts.len().saturating_sub(1));
        let step = at.step.min(self.prompts.get(figure).copied().unwrap_or(0));
        At { figure, step }
    }

    /// Where `to` leads from here (here again at either end).
    pub fn after(&self, to: Move) -> At {
        let At { figure, step } = self.at;
        let at_left = |f: usize| At {
            figure: f,
            step: self.left.get(f).copied().unwrap_or(0),
        };
        let last = self.prompts.len().saturating_sub(1);
        let target = match to {
            Move::Next if step < self.prompts.get(figure).copied().unwrap_or(0) => At {
                figure,
                step: step + 1,
            },
            Move::Next if figure < last => at_left(figure + 1),
            Move::Prev if step > 0 => At {
                figure,
                step: step - 1,
            },
            Move::Prev if figure > 0 => at_left(figure - 1),
            Move::Next | Move::Prev => self.at,
            Move::First => at_left(0),
            Move::Last => at_left(last),
            Move::Figure(n) if n <= last => at_left(n),
            Move::Figure(_) => self.at,
        };
        self.clamp(target)
    }

    /// Goes to `to`, remembering the step each figure was left at; returns where it was.
    pub fn go(&mut self, to: At) -> At {
        let from = self.at;
        self.at = self.clamp(to);
        if let Some(left) = self.left.get_mut(self.at.figure) {
            *left = self.at.step;
        }
        from
    }
}

/// Where the address's `present` value (`4`, `4.2`: figure 4, step 2; empty: the first) puts the deck,
/// clamped to `prompts`; anything unreadable counts as its start.
pub fn parse(value: &str, prompts: &[usize]) -> At {
    let number = |s: &str| -> Option<usize> {
        (!s.is_empty() && s.len() <= 4 && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.bytes().fold(0, |n, b| n * 10 + usize::from(b - b'0')))
    };
    let (figure, step) = value.split_once('.').unwrap_or((value, ""));
    let figure = number(figure).unwrap_or(1).max(1) - 1;
    let step = number(step).unwrap_or(0);
    Deck::new(prompts.to_vec(), At { figure, step }).at
}

/// The address's `present` value for `at`: the figure's number, and the step if past the first.
pub fn write(at: At) -> String {
    if at.step == 0 {
        format!("{}", at.figure + 1)
    } else {
        format!("{}.{}", at.figure + 1, at.step)
    }
}

/// The keys, as the help overlay lists them: (keys, what they do).
pub const KEYS: &[(&str, &str)] = &[
    ("→  Space  Page Down", "Next step or figure"),
    ("←  Page Up", "Step or figure before"),
    ("Home  End", "First or last figure"),
    ("1 – 6", "That figure"),
    ("B  W", "Blank the screen black or white; any key returns"),
    ("F", "Full screen"),
    ("?", "These keys"),
    (
        "Esc",
        "Back to reading, at this figure (in full screen, the first Esc leaves full screen)",
    ),
];

/// The link that starts presenting (the page goes to `?present` without script).
#[component]
pub fn PresentLink(
    /// What the link says.
    label: &'static str,
) -> impl IntoView {
    view! { <a class="present-link" href="?present">{label}</a> }
}

/// What presenting adds to the page, static and hidden until it starts: the bar (previous, where, next,
/// keys, full screen, back to reading), the keys' overlay and the blank screen.
#[component]
pub fn PresentUi() -> impl IntoView {
    view! {
        <div id="present-ui" hidden>
            <nav class="present-bar" aria-label="Presenting the figures">
                <button type="button" data-go="prev">"← Previous"</button>
                <p id="present-where" class="present-where"></p>
                <button type="button" data-go="next">"Next →"</button>
                <button type="button" data-go="help" aria-haspopup="dialog">"Keys (?)"</button>
                <button type="button" data-go="full">"Full screen (F)"</button>
                <button type="button" data-go="leave">"Back to reading (Esc)"</button>
            </nav>
            <p id="present-said" class="visually-hidden" aria-live="polite"></p>
            <div id="present-help" class="present-help" role="dialog" aria-modal="true" aria-labelledby="present-help-title" hidden>
                <h2 id="present-help-title">"Presenting: keys"</h2>
                <p>"A clicker’s buttons send the first two. A figure’s “try this” prompts are its steps."</p>
                <dl>
                    {KEYS.iter().map(|(keys, does)| view! { <dt>{*keys}</dt><dd>{*does}</dd> }).collect_view()}
                </dl>
                <button type="button" data-go="help">"Close (Esc)"</button>
            </div>
            <div id="present-blank" class="present-blank" hidden>
                <p class="visually-hidden">"The screen is blank. Press any key to return."</p>
            </div>
        </div>
    }
}

#[cfg(target_arch = "wasm32")]
pub use browser::start;

/// Nothing to start off the web.
#[cfg(not(target_arch = "wasm32"))]
pub fn start() {}

#[cfg(target_arch = "wasm32")]
mod browser {
    use super::*;
    use crate::essay::data::ESSAY;
    use crate::sims::kit::browser::STATE_EVENT;
    use crate::sims::kit::{state, url};
    use std::cell::RefCell;
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    use web_sys::{Document, Element, HtmlElement, KeyboardEvent};

    /// The deck once presenting has been set up, with each figure's name and the state it was found in
    /// (restored when stepping back to its start; unknown after a reload, so its defaults).
    struct Show {
        deck: Deck,
        names: Vec<&'static str>,
        found: Vec<Option<String>>,
        on: bool,
        blank: bool,
    }

    thread_local! {
        static SHOW: RefCell<Option<Show>> = const { RefCell::new(None) };
        // Whether the reader last used a pointer (rather than Tab): a slider focused by a mouse drag
        // leaves the arrow keys to the deck, so a clicker still steps.
        static BY_POINTER: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
        // Whether the keys' overlay was opened from the bar: closing it gives focus back there.
        static HELP_FROM_BAR: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    }

    fn document() -> Option<Document> {
        web_sys::window()?.document()
    }

    fn by_id(id: &str) -> Option<HtmlElement> {
        document()?.get_element_by_id(id)?.dyn_into().ok()
    }

    fn placement(name: &str) -> Option<Element> {
        document()?
            .query_selector(&format!(".placement[data-placement={name}]"))
            .ok()
            .flatten()
    }

    /// Sets up presenting on the essay: the links that start it, its bar and keys; starts it if the
    /// address asks (`?present`).
    pub fn start() {
        let Some(document) = document() else {
            return;
        };
        let on_essay = document
            .query_selector(".page[data-page=essay]")
            .ok()
            .flatten()
            .is_some();
        if !on_essay {
            return;
        }
        let names: Vec<&'static str> = ESSAY.placements().map(|(_, n)| n).collect();
        let prompts = names
            .iter()
            .map(|n| crate::sims::figure(n).map_or(0, |f| f.try_this.len()))
            .collect::<Vec<_>>();
        let asked = web_sys::window()
            .and_then(|w| w.location().search().ok())
            .and_then(|s| state::query_value(&s, "present"));
        let at = parse(asked.as_deref().unwrap_or(""), &prompts);
        SHOW.with(|s| {
            *s.borrow_mut() = Some(Show {
                found: vec![None; names.len()],
                deck: Deck::new(prompts, at),
                names,
                on: false,
                blank: false,
            })
        });
        listen(&document, "click", on_click, false);
        listen(
            &document,
            "pointerdown",
            |_: &web_sys::Event| BY_POINTER.with(|p| p.set(true)),
            true,
        );
        listen(&document, "keydown", on_key, true);
        if asked.is_some() {
            enter(at);
            // A link to a step (`present=4.2`) without the figure's own settings shows that step's
            // prompt, once the figures listen (after the tasks that adopt them).
            let name = ESSAY.placements().nth(at.figure).map(|(_, n)| n);
            if let Some(name) = name.filter(|n| at.step > 0 && url::query_value(n).is_none()) {
                set_timeout(
                    move || {
                        let state = crate::sims::figure(name)
                            .and_then(|f| f.try_this.get(at.step - 1))
                            .map(|p| p.1);
                        let el =
                            placement(name).and_then(|p| p.query_selector("figure").ok().flatten());
                        if let (Some(state), Some(el)) = (state, el) {
                            ask_state(&el, state);
                        }
                    },
                    std::time::Duration::ZERO,
                );
            }
        }
    }

    fn listen<E: JsCast + 'static>(
        target: &web_sys::EventTarget,
        kind: &str,
        handle: fn(&E),
        capture: bool,
    ) {
        let closure = Closure::<dyn Fn(web_sys::Event)>::new(move |ev: web_sys::Event| {
            if let Ok(ev) = ev.dyn_into::<E>() {
                handle(&ev);
            }
        });
        let _ = target.add_event_listener_with_callback_and_bool(
            kind,
            closure.as_ref().unchecked_ref(),
            capture,
        );
        // Lives as long as the page.
        closure.forget();
    }

    fn with_show<R>(f: impl FnOnce(&mut Show) -> R) -> Option<R> {
        SHOW.with(|s| s.borrow_mut().as_mut().map(f))
    }

    fn on_click(ev: &web_sys::MouseEvent) {
        let Some(target) = ev.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
            return;
        };
        if target.closest("a.present-link").ok().flatten().is_some() {
            ev.prevent_default();
            enter(figure_in_view());
        } else if let Some(go) = target
            .closest("#present-ui [data-go]")
            .ok()
            .flatten()
            .and_then(|b| b.get_attribute("data-go"))
        {
            match go.as_str() {
                "prev" => step(Move::Prev),
                "next" => step(Move::Next),
                "help" => {
                    HELP_FROM_BAR.with(|h| h.set(true));
                    toggle_help();
                }
                "full" => toggle_full_screen(),
                _ => leave(),
            }
        }
    }

    fn on_key(ev: &KeyboardEvent) {
        if ev.key() == "Tab" {
            BY_POINTER.with(|p| p.set(false));
        }
        let on = with_show(|s| s.on).unwrap_or(false);
        if !on || ev.ctrl_key() || ev.meta_key() || ev.alt_key() || ev.default_prevented() {
            return;
        }
        let key = ev.key();
        if matches!(key.as_str(), "Shift" | "Control" | "Alt" | "Meta" | "Tab") {
            return;
        }
        // A blank screen returns at any key, which does nothing else.
        if with_show(|s| s.blank).unwrap_or(false) {
            ev.prevent_default();
            blank(None);
            return;
        }
        if by_id("present-help").is_some_and(|h| !h.hidden()) {
            if matches!(key.as_str(), "Escape" | "?") {
                ev.prevent_default();
                toggle_help();
            }
            return;
        }
        if keeps(ev, &key) {
            return;
        }
        let handled = match key.as_str() {
            "ArrowRight" | "PageDown" | " " => {
                step(Move::Next);
                true
            }
            "ArrowLeft" | "PageUp" => {
                step(Move::Prev);
                true
            }
            "Home" => {
                step(Move::First);
                true
            }
            "End" => {
                step(Move::Last);
                true
            }
            "b" | "B" | "." => {
                blank(Some("black"));
                true
            }
            "w" | "W" | "," => {
                blank(Some("white"));
                true
            }
            "f" | "F" => {
                toggle_full_screen();
                true
            }
            "?" => {
                HELP_FROM_BAR.with(|h| h.set(false));
                toggle_help();
                true
            }
            "Escape" => {
                leave();
                true
            }
            k => match k.parse::<usize>() {
                Ok(n @ 1..=9) => {
                    step(Move::Figure(n - 1));
                    true
                }
                _ => false,
            },
        };
        if handled {
            ev.prevent_default();
        }
    }

    /// Whether the focused control keeps `key`: a text field or list keeps every key; a slider its
    /// arrows, Home and End, a choice its arrows and Space, a button or link its Space and Enter, when
    /// reached by keyboard. A control last used with the mouse leaves the keys to the deck (a clicker
    /// still steps after a drag or a click), and the page keys always step.
    fn keeps(ev: &KeyboardEvent, key: &str) -> bool {
        let Some(el) = ev.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
            return false;
        };
        let tag = el.tag_name();
        let kind = el.get_attribute("type").unwrap_or_default();
        let by_keyboard = !BY_POINTER.with(|p| p.get());
        let arrows = matches!(key, "ArrowLeft" | "ArrowRight" | "ArrowUp" | "ArrowDown");
        match tag.as_str() {
            "INPUT" if kind == "range" => by_keyboard && (arrows || matches!(key, "Home" | "End")),
            "INPUT" if kind == "radio" || kind == "checkbox" => {
                by_keyboard && (arrows || key == " ")
            }
            "INPUT" | "SELECT" | "TEXTAREA" => key != "Escape",
            "BUTTON" | "A" | "SUMMARY" => by_keyboard && matches!(key, " " | "Enter"),
            _ => false,
        }
    }

    /// The figure nearest the middle of the screen (the first if none is near).
    fn figure_in_view() -> At {
        let Some(window) = web_sys::window() else {
            return At { figure: 0, step: 0 };
        };
        let middle = window
            .inner_height()
            .ok()
            .and_then(|v| v.as_f64())
            .unwrap_or(600.0)
            / 2.0;
        with_show(|s| {
            let nearest = s
                .names
                .iter()
                .enumerate()
                .filter_map(|(i, n)| {
                    let r = placement(n)?.get_bounding_client_rect();
                    let distance = if r.top() > middle {
                        r.top() - middle
                    } else if r.bottom() < middle {
                        middle - r.bottom()
                    } else {
                        0.0
                    };
                    Some((i, distance))
                })
                .filter(|(_, d)| *d < middle * 2.0)
                .min_by(|a, b| a.1.total_cmp(&b.1))
                .map_or(0, |(i, _)| i);
            At {
                figure: nearest,
                step: s.deck.left.get(nearest).copied().unwrap_or(0),
            }
        })
        .unwrap_or(At { figure: 0, step: 0 })
    }

    fn enter(at: At) {
        let Some(root) = document().and_then(|d| d.document_element()) else {
            return;
        };
        with_show(|s| {
            s.on = true;
            s.deck.go(at);
        });
        crate::chart::set_presenting(true);
        let _ = root.set_attribute("data-present", "");
        if let Some(ui) = by_id("present-ui") {
            ui.set_hidden(false);
        }
        show(None);
    }

    fn leave() {
        let Some(root) = document().and_then(|d| d.document_element()) else {
            return;
        };
        if document().is_some_and(|d| d.fullscreen_element().is_some()) {
            if let Some(d) = document() {
                d.exit_fullscreen();
            }
        }
        let name = with_show(|s| {
            s.on = false;
            s.names.get(s.deck.at.figure).copied()
        })
        .flatten();
        crate::chart::set_presenting(false);
        let _ = root.remove_attribute("data-present");
        for id in ["present-ui", "present-help", "present-blank"] {
            if let Some(el) = by_id(id) {
                el.set_hidden(true);
            }
        }
        with_show(|s| s.blank = false);
        write_address(None);
        // Back to reading at the same figure.
        if let Some(el) = name.and_then(placement) {
            el.scroll_into_view();
            focus_figure(&el);
        }
    }

    /// Goes to where `to` leads and shows it.
    fn step(to: Move) {
        let from = with_show(|s| {
            let target = s.deck.after(to);
            s.deck.go(target)
        });
        if let Some(from) = from {
            show(Some(from));
        }
    }

    /// Shows where the deck stands, coming `from` another place (`None`: on entering): the figure, its
    /// step's state asked of it, the bar, the address.
    fn show(from: Option<At>) {
        let Some((at, names, prompts)) =
            with_show(|s| (s.deck.at, s.names.clone(), s.deck.prompts.clone()))
        else {
            return;
        };
        let Some(name) = names.get(at.figure).copied() else {
            return;
        };
        for (i, n) in names.iter().enumerate() {
            if let Some(el) = placement(n) {
                let here = i == at.figure;
                mark(&el, "data-current", here);
                if let Some(section) = el.closest("section").ok().flatten() {
                    if here {
                        let _ = section.set_attribute("data-current", "");
                    } else if section
                        .query_selector(".placement[data-current]")
                        .ok()
                        .flatten()
                        .is_none()
                    {
                        let _ = section.remove_attribute("data-current");
                    }
                }
            }
        }
        let figure_el = placement(name).and_then(|p| p.query_selector("figure").ok().flatten());
        let figure = crate::sims::figure(name);
        // A step within the same figure asks the figure for that step's state.
        if let (Some(from), Some(el), Some(figure)) = (from, &figure_el, figure) {
            if from.figure == at.figure && from.step != at.step {
                if from.step == 0 {
                    let found = crate::sims::kit::url::query_value(name).unwrap_or_default();
                    with_show(|s| {
                        if let Some(slot) = s.found.get_mut(at.figure) {
                            *slot = Some(found);
                        }
                    });
                }
                let raw = if at.step == 0 {
                    with_show(|s| s.found.get(at.figure).cloned().flatten())
                        .flatten()
                        .unwrap_or_default()
                } else {
                    figure
                        .try_this
                        .get(at.step - 1)
                        .map_or_else(String::new, |p| p.1.to_string())
                };
                ask_state(el, &raw);
            }
        }
        let count = names.len();
        let steps = prompts.get(at.figure).copied().unwrap_or(0);
        let mut where_text = format!("Figure {} of {count}", at.figure + 1);
        if at.step > 0 {
            let label = figure
                .and_then(|f| f.try_this.get(at.step - 1))
                .map_or("", |p| p.0);
            where_text.push_str(&format!(" · step {} of {steps}: {label}", at.step));
        } else if steps > 0 {
            where_text.push_str(&format!(" · {steps} steps to try"));
        }
        if let Some(el) = by_id("present-where") {
            el.set_text_content(Some(&where_text));
        }
        write_address(Some(at));
        // A new figure takes focus (a screen reader says its name) and its readout is announced; a
        // step within one is announced by the figure itself, once.
        if from.is_none_or(|f| f.figure != at.figure) {
            if let Some(el) = placement(name) {
                // Focus stays in the bar when the reader is using it.
                let in_bar = document()
                    .and_then(|d| d.active_element())
                    .and_then(|a| a.closest("#present-ui").ok().flatten())
                    .is_some();
                if !in_bar {
                    focus_figure(&el);
                }
                // Written a moment after the region is shown: a region filled as it appears is
                // often not read.
                set_timeout(
                    move || {
                        let readout = el
                            .query_selector(".readout")
                            .ok()
                            .flatten()
                            .and_then(|r| r.text_content())
                            .unwrap_or_default();
                        if let Some(said) = by_id("present-said") {
                            said.set_text_content(Some(&readout));
                        }
                    },
                    std::time::Duration::from_millis(150),
                );
            }
        }
    }

    fn mark(el: &Element, attribute: &str, on: bool) {
        let _ = if on {
            el.set_attribute(attribute, "")
        } else {
            el.remove_attribute(attribute)
        };
    }

    fn focus_figure(placement: &Element) {
        if let Some(figure) = placement
            .query_selector("figure")
            .ok()
            .flatten()
            .and_then(|f| f.dyn_into::<HtmlElement>().ok())
        {
            if !figure.has_attribute("tabindex") {
                let _ = figure.set_attribute("tabindex", "-1");
            }
            let options = web_sys::FocusOptions::new();
            options.set_prevent_scroll(true);
            let _ = figure.focus_with_options(&options);
        }
    }

    /// Asks the figure `el` for the state `raw` (URL syntax), through its [`STATE_EVENT`].
    fn ask_state(el: &Element, raw: &str) {
        let init = web_sys::CustomEventInit::new();
        init.set_detail(&JsValue::from_str(raw));
        if let Ok(ev) = web_sys::CustomEvent::new_with_event_init_dict(STATE_EVENT, &init) {
            let _ = el.dispatch_event(&ev);
        }
    }

    /// Puts where the deck stands into the address (`present=4.2`), or takes it out (`None`).
    fn write_address(at: Option<At>) {
        url::write_state("present", &at.map(write).unwrap_or_default());
    }

    fn toggle_help() {
        let Some(help) = by_id("present-help") else {
            return;
        };
        let open = help.hidden();
        help.set_hidden(!open);
        if open {
            if let Some(close) = help
                .query_selector("button")
                .ok()
                .flatten()
                .and_then(|b| b.dyn_into::<HtmlElement>().ok())
            {
                let _ = close.focus();
            }
        } else if HELP_FROM_BAR.with(|h| h.get()) {
            if let Some(opener) = document()
                .and_then(|d| {
                    d.query_selector("#present-ui [data-go=help]")
                        .ok()
                        .flatten()
                })
                .and_then(|b| b.dyn_into::<HtmlElement>().ok())
            {
                let _ = opener.focus();
            }
        } else if let Some(name) = with_show(|s| s.names.get(s.deck.at.figure).copied()).flatten() {
            if let Some(el) = placement(name) {
                focus_figure(&el);
            }
        }
    }

    /// Blanks the screen in `colour` (`black`, `white`), or brings it back (`None`).
    fn blank(colour: Option<&str>) {
        let Some(el) = by_id("present-blank") else {
            return;
        };
        with_show(|s| s.blank = colour.is_some());
        if let Some(colour) = colour {
            let _ = el.set_attribute("data-colour", colour);
        }
        el.set_hidden(colour.is_none());
    }

    fn toggle_full_screen() {
        let Some(document) = document() else {
            return;
        };
        if document.fullscreen_element().is_some() {
            document.exit_fullscreen();
        } else if let Some(root) = document.document_element() {
            // Refused in a frame without permission: presenting goes on in the window.
            let _ = root.request_fullscreen();
        }
    }
}
