//! The specialization figure's parameters, declared once.

use super::model::Params;
use crate::sims::kit::param::{range, Param, Words};

/// The parameters: key, label, unit, (min, max, step), default, words. One line each.
#[rustfmt::skip]
pub const PARAMS: &[Param] = &[
    range("n", "Member states", "states", (2.0, 30.0, 1.0), 12.0, Words::Count { one: "state", many: "states" }),
    range("phi", "Overhead share of a fully duplicated budget", "share", (0.1, 0.6, 0.05), 0.3, Words::Percent),
    range("delta", "Chance a partner fails to deliver its specialty", "prob.", (0.0, 0.5, 0.01), 0.1, Words::Percent),
    range("z0", "Share of capability areas consolidated", "share", (0.0, 1.0, 0.01), 0.5, Words::Percent),
];

/// The model's parameters from the kit's values (in [`PARAMS`] order).
pub fn to_params(values: &[f64]) -> Params {
    let get = |i: usize| values.get(i).copied().unwrap_or(PARAMS[i].default);
    Params {
        n: get(0),
        phi: get(1),
        delta: get(2),
        z0: get(3),
    }
}
