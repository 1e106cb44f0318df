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

/// Puts this figure's state (or any entry `name`'s value; removed when empty) into the URL without a
/// history entry (`replaceState`).
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

/// `relative` made absolute against the page's address (itself if the browser cannot).
pub fn absolute(relative: &str) -> String {
    web_sys::window()
        .and_then(|w| w.location().href().ok())
        .and_then(|base| web_sys::Url::new_with_base(relative, &base).ok())
        .map_or_else(|| relative.to_string(), |u| u.href())
}
