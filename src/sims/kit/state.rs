//! A simulation's state in the URL: its non-default values under its own name in the query string,
//! `?weitsman=x0:0.45,n:12,view:b`. Reading never fails: unknown keys are dropped, values that are not
//! numbers fall back to their defaults, values out of range are clamped, and each such repair is reported
//! as a [`Notice`] the figure shows. Pure: no leptos, no web-sys.

use super::param::{Fit, Param};

/// The longest state string read; anything longer is cut (and reported).
pub const MAX_LEN: usize = 400;

/// A repair made while reading the URL state, shown to the reader in the figure.
#[derive(Debug, Clone, PartialEq)]
pub enum Notice {
    /// A key this figure does not have.
    Unknown(String),
    /// A value that is not a number (or not an option): the default is used.
    Defaulted { key: &'static str, shown: String },
    /// A value outside the range: the nearest end is used.
    Clamped { key: &'static str, shown: String },
    /// The state was too long and was cut.
    TooLong,
}

impl Notice {
    /// The notice in words ("Member states: out of range, so set to 30 states").
    pub fn text(&self, params: &[Param]) -> String {
        // The label as declared (no case change: `to_lowercase` brings Unicode tables into the wasm).
        fn label<'a>(params: &'a [Param], key: &'a str) -> &'a str {
            params
                .iter()
                .find(|p| p.key == key)
                .map_or(key, |p| p.label)
        }
        let label = |key: &'static str| label(params, key);
        match self {
            Notice::Unknown(key) => format!("unknown setting “{}” ignored", short(key)),
            Notice::Defaulted { key, shown } => {
                format!("{}: not readable, so at its default, {shown}", label(key))
            }
            Notice::Clamped { key, shown } => {
                format!("{}: out of range, so set to {shown}", label(key))
            }
            Notice::TooLong => "settings too long, so cut".to_string(),
        }
    }
}

/// At most 24 characters of a key, for a notice.
fn short(key: &str) -> String {
    key.chars().take(24).collect()
}

/// Reads a state string against `params`: every value in range, and the repairs made.
pub fn read(params: &[Param], raw: &str) -> (Vec<f64>, Vec<Notice>) {
    let mut values: Vec<f64> = params.iter().map(|p| p.default).collect();
    let mut notices = Vec::new();
    let mut raw = raw;
    if raw.len() > MAX_LEN {
        let mut cut = MAX_LEN;
        while !raw.is_char_boundary(cut) {
            cut -= 1;
        }
        raw = &raw[..cut];
        notices.push(Notice::TooLong);
    }
    for item in raw.split(',').map(str::trim).filter(|s| !s.is_empty()) {
        let (key, value) = item.split_once(':').unwrap_or((item, ""));
        let Some(i) = params.iter().position(|p| p.key == key) else {
            notices.push(Notice::Unknown(key.to_string()));
            continue;
        };
        let p = &params[i];
        match p.read(value) {
            Fit::Kept(v) => values[i] = v,
            Fit::Clamped(v) => {
                values[i] = v;
                notices.push(Notice::Clamped {
                    key: p.key,
                    shown: p.show(v),
                });
            }
            Fit::Defaulted(v) => {
                values[i] = v;
                notices.push(Notice::Defaulted {
                    key: p.key,
                    shown: p.show(v),
                });
            }
        }
    }
    (values, notices)
}

/// Writes the non-default values, in table order; empty when everything is at its default.
pub fn write(params: &[Param], values: &[f64]) -> String {
    params
        .iter()
        .zip(values)
        .filter(|(p, v)| p.fit(**v).value() != p.fit(p.default).value())
        .map(|(p, v)| format!("{}:{}", p.key, p.write(*v)))
        .collect::<Vec<_>>()
        .join(",")
}

/// The raw (still percent-encoded) value of `name` in a query string (`?a=1&weitsman=x0:0.4`).
pub fn query_value(search: &str, name: &str) -> Option<String> {
    search
        .trim_start_matches('?')
        .split('&')
        .filter_map(|pair| pair.split_once('=').or(Some((pair, ""))))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value.to_string())
}

/// The query string with `name` set to `value` (or removed when `value` is empty), other entries kept
/// as they were and in order; without the leading `?`.
pub fn merge_query(search: &str, name: &str, value: &str) -> String {
    let mut parts: Vec<String> = search
        .trim_start_matches('?')
        .split('&')
        .filter(|pair| !pair.is_empty())
        .filter(|pair| pair.split('=').next() != Some(name))
        .map(str::to_string)
        .collect();
    if !value.is_empty() {
        let entry = format!("{name}={value}");
        // Keep the figure where it was, if it was there.
        let at = search
            .trim_start_matches('?')
            .split('&')
            .filter(|pair| !pair.is_empty())
            .position(|pair| pair.split('=').next() == Some(name));
        match at {
            Some(i) if i <= parts.len() => parts.insert(i, entry),
            _ => parts.push(entry),
        }
    }
    parts.join("&")
}
