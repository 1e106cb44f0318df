//! The Weber figure's parameters, declared once.

use super::model::Params;
use crate::sims::kit::param::{range, Param, Words};

/// The parameters: key, label, unit, (min, max, step), default, words. One line each.
#[rustfmt::skip]
pub const PARAMS: &[Param] = &[
    range("n", "Member states, hub included", "states", (3.0, 13.0, 1.0), 6.0, Words::Count { one: "state", many: "states" }),
    range("w", "Each partner’s strength relative to the hub", "share", (0.01, 0.6, 0.01), 0.1, Words::Percent),
    range("pi", "Pooling gain per pair of partners", "index", (0.2, 3.0, 0.1), 1.0, Words::Plain),
    range("alpha", "Hub’s value on freedom of action", "index", (0.0, 3.0, 0.1), 1.0, Words::Plain),
];

/// The model's parameters from the kit's values (in [`PARAMS`] order).
pub fn to_params(values: &[f64]) -> Params {
    let get = |i: usize| values.get(i).copied().unwrap_or(PARAMS[i].default);
    Params {
        n: get(0),
        w: get(1),
        pi: get(2),
        alpha: get(3),
    }
}
