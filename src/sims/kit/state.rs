//! A simulation's state in the URL: its non-default values under its own name in the query string,
//! `?weitsman=x0:0.45,n:12,view:b`. Reading never fails: unknown keys are dropped, values that are not
//! numbers fall back to their defaults, values out of range are clamped, and each such repair is reported
//! as a [`Notice`] the figure shows. Pure: no leptos, no web-sys.

use super::param::{Fit, Param};

/// The longest state string read; items past it are dropped whole (and reported).
pub const MAX_LEN: usize = 400;

/// The longest unknown key quoted back in a notice.
const QUOTED: usize = 12;

/// A repair made while reading the URL state, shown to the reader in the figure. A crafted link must
/// not steer what the page says: repairs are merged (one per parameter, one for all unknown keys),
/// and only a short key made of letters, digits, `-`, `_` and `.` is quoted back, so a link can
/// neither string words into a message nor turn the page's own sentence around with bidirectional
/// controls.
#[derive(Debug, Clone, PartialEq)]
pub enum Notice {
    /// Keys this figure does not have: how many distinct ones, and the first if it can be quoted.
    Unknown { count: usize, first: Option<String> },
    /// A value that is not a number (or not an option): the default is used.
    Defaulted { key: &'static str, shown: String },
    /// A value outside the range: the nearest end is used.
    Clamped { key: &'static str, shown: String },
    /// The state was too long: this many items at its end were dropped whole.
    TooLong { dropped: usize },
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
            Notice::Unknown { count: 1, first } => match first {
                Some(key) => format!("unknown setting “{key}” ignored"),
                None => "an unknown setting ignored".to_string(),
            },
            Notice::Unknown { count, first } => match first {
                Some(key) => format!("{count} unknown settings (“{key}”, …) ignored"),
                None => format!("{count} unknown settings ignored"),
            },
            Notice::Defaulted { key, shown } => {
                format!("{}: not readable, so at its default, {shown}", label(key))
            }
            Notice::Clamped { key, shown } => {
                format!("{}: out of range, so set to {shown}", label(key))
            }
            Notice::TooLong { dropped: 1 } => "too long, so its last setting ignored".to_string(),
            Notice::TooLong { dropped } => {
                format!("too long, so its last {dropped} settings ignored")
            }
        }
    }
}

/// `key` if it may be quoted back to the reader: short, and only letters, digits, `-`, `_` and `.`.
fn quotable(key: &str) -> Option<String> {
    let plain = |c: char| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.');
    (!key.is_empty() && key.len() <= QUOTED && key.chars().all(plain)).then(|| key.to_string())
}

/// The items of a state string, at most [`MAX_LEN`] bytes of them, and how many were dropped: the
/// cut falls between items, never inside one (`n:20` never becomes `n:2`).
fn items(raw: &str) -> (Vec<&str>, usize) {
    let all = || raw.split(',').map(str::trim).filter(|s| !s.is_empty());
    if raw.len() <= MAX_LEN {
        return (all().collect(), 0);
    }
    // The last comma within the limit ends the kept part (a comma is one byte, so a char boundary).
    let end = raw.as_bytes()[..=MAX_LEN]
        .iter()
        .rposition(|&b| b == b',')
        .unwrap_or(0);
    let kept: Vec<&str> = raw[..end]
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect();
    let dropped = all().count() - kept.len();
    (kept, dropped)
}

/// Reads a state string against `params`: every value in range, and the repairs made (merged: a
/// parameter given twice is read as its last value, and reported only if that one was repaired).
pub fn read(params: &[Param], raw: &str) -> (Vec<f64>, Vec<Notice>) {
    let mut values: Vec<f64> = params.iter().map(|p| p.default).collect();
    let mut repairs: Vec<Option<Notice>> = vec![None; params.len()];
    let mut unknown: Vec<&str> = Vec::new();
    let (items, dropped) = items(raw);
    for item in items {
        let (key, value) = item.split_once(':').unwrap_or((item, ""));
        let Some(i) = params.iter().position(|p| p.key == key) else {
            if !unknown.contains(&key) {
                unknown.push(key);
            }
            continue;
        };
        let p = &params[i];
        let fit = p.read(value);
        values[i] = fit.value();
        repairs[i] = match fit {
            Fit::Kept(_) => None,
            Fit::Clamped(v) => Some(Notice::Clamped {
                key: p.key,
                shown: p.show(v),
            }),
            Fit::Defaulted(v) => Some(Notice::Defaulted {
                key: p.key,
                shown: p.show(v),
            }),
        };
    }
    let mut notices: Vec<Notice> = repairs.into_iter().flatten().collect();
    if !unknown.is_empty() {
        notices.push(Notice::Unknown {
            count: unknown.len(),
            first: unknown.iter().find_map(|k| quotable(k)),
        });
    }
    if dropped > 0 {
        notices.push(Notice::TooLong { dropped });
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
