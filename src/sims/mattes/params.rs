//! The Mattes figure's parameters, declared once.

use super::model::Params;
use crate::sims::kit::param::{range, Param, Words};

/// The parameters: key, label, unit, (min, max, step), default, words. One line each.
#[rustfmt::skip]
pub const PARAMS: &[Param] = &[
    range("s", "Stronger ally’s share of joint power", "share", (0.5, 0.95, 0.01), 0.6, Words::Percent),
    range("u1", "Stronger ally’s record of broken pledges", "index", (0.0, 1.0, 0.05), 0.6, Words::Index { low: "a spotless record", high: "every pledge broken" }),
    range("u2", "Weaker ally’s record of broken pledges", "index", (0.0, 1.0, 0.05), 0.2, Words::Index { low: "a spotless record", high: "every pledge broken" }),
    range("c", "Cost of binding rules", "index", (0.02, 0.5, 0.01), 0.15, Words::Plain),
];

/// The model's parameters from the kit's values (in [`PARAMS`] order).
pub fn to_params(values: &[f64]) -> Params {
    let get = |i: usize| values.get(i).copied().unwrap_or(PARAMS[i].default);
    Params {
        s: get(0),
        u1: get(1),
        u2: get(2),
        c: get(3),
    }
}
