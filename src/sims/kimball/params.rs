//! The Kimball figure's parameters, declared once.

use super::model::Params;
use crate::sims::kit::param::{choice, range, Param, Words};

/// Index of the chart's view in [`PARAMS`].
pub const VIEW: usize = 3;

/// The parameters: key, label, unit, (min, max, step), default, words. One line each.
#[rustfmt::skip]
pub const PARAMS: &[Param] = &[
    range("y", "Small ally’s income, relative to the large ally’s", "ratio", (0.05, 1.0, 0.05), 0.3, Words::Times { of: "the large ally’s income" }),
    range("a", "Weight on security relative to social goods", "index", (0.05, 1.0, 0.05), 0.25, Words::Plain),
    range("gamma", "Share of the partner’s defense that protects you", "share", (0.0, 1.0, 0.05), 0.8, Words::Percent),
    choice("view", "Chart", &[("a", "Burdens by spillover"), ("b", "The small ally’s frontier")], 0),
];

/// The model's parameters from the kit's values (in [`PARAMS`] order).
pub fn to_params(values: &[f64]) -> Params {
    let get = |i: usize| values.get(i).copied().unwrap_or(PARAMS[i].default);
    Params {
        y: get(0),
        a: get(1),
        gamma: get(2),
    }
}
