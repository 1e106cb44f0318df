//! The URL: reading a figure's state from the query string and keeping it current (browser only).

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

/// The least time between two changes of the address.
const PAUSE_MS: u64 = 300;

thread_local! {
    /// Entries written since the address last changed, waiting for their turn.
    static PENDING: std::cell::RefCell<Vec<(String, String)>> = const { std::cell::RefCell::new(Vec::new()) };
    /// The timer that writes them, if one is set.
    static TIMER: std::cell::Cell<Option<leptos::prelude::TimeoutHandle>> = const { std::cell::Cell::new(None) };
}

/// Puts this figure's state (or any entry `name`'s value; removed when empty) into the URL without a
/// history entry (`replaceState`). A change after a quiet spell is written at once; changes that follow
/// within [`PAUSE_MS`] wait and are written together when it is up, so a held arrow key moves the
/// address about three times a second: never past Chromium's limit on navigations (about 200 in 10 s,
/// after which it stops following), and most steps cost neither a history call nor a timer. Links are
/// built from the state ([`link_from_state`]), so they are right in between.
pub fn write_state(name: &str, value: &str) {
    PENDING.with_borrow_mut(|pending| {
        pending.retain(|(n, _)| n != name);
        pending.push((name.to_string(), value.to_string()));
    });
    // A write is already due: it takes this change too.
    if let Some(timer) = TIMER.take() {
        TIMER.set(Some(timer));
        return;
    }
    flush();
    TIMER.set(
        leptos::prelude::set_timeout_with_handle(
            || {
                TIMER.set(None);
                flush();
            },
            std::time::Duration::from_millis(PAUSE_MS),
        )
        .ok(),
    );
}

/// Writes the waiting entries into the address, in one `replaceState`.
fn flush() {
    let pending = PENDING.take();
    if pending.is_empty() {
        return;
    }
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    let (Ok(search), Ok(path), Ok(hash)) =
        (location.search(), location.pathname(), location.hash())
    else {
        return;
    };
    let query = pending.iter().fold(search, |search, (name, value)| {
        state::merge_query(&search, name, value)
    });
    let url = if query.is_empty() {
        format!("{path}{hash}")
    } else {
        format!("{path}?{query}{hash}")
    };
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

/// The query string as it stands, with the entries still waiting to be written.
fn current_search() -> String {
    let search = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    PENDING.with_borrow(|pending| {
        pending.iter().fold(search, |search, (name, value)| {
            state::merge_query(&search, name, value)
        })
    })
}

/// The address that reproduces this figure's `value` (URL syntax): `base`, the page's other query
/// entries as they stand (those still waiting included), and this figure's fragment.
pub fn link_from_state(base: &str, name: &str, value: &str) -> String {
    let query = state::merge_query(&current_search(), name, value);
    if query.is_empty() {
        format!("{base}#fig-{name}")
    } else {
        format!("{base}?{query}#fig-{name}")
    }
}

/// The page's address without query or fragment.
pub fn page_base() -> String {
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return String::new();
    };
    let origin = location.origin().unwrap_or_default();
    let path = location.pathname().unwrap_or_default();
    format!("{origin}{path}")
}
