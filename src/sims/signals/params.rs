//! The signalling figure's parameters, declared once.

use super::model::Params;
use crate::sims::kit::param::{range, Param, Words};

/// The parameters: key, label, unit, (min, max, step), default, words. One line each.
#[rustfmt::skip]
pub const PARAMS: &[Param] = &[
    range("p0", "Share of states that are committed, before any signal", "share", (0.05, 0.95, 0.05), 0.4, Words::Percent),
    range("r", "How many times more effort costs an uncommitted state, on average", "ratio", (1.0, 6.0, 0.1), 3.0, Words::Times { of: "as much" }),
    range("need", "Confidence the partner needs", "share", (0.5, 0.99, 0.01), 0.8, Words::Percent),
    range("f0", "Effort shown, as a share of the alliance’s worth", "share", (0.0, 1.0, 0.01), 0.3, Words::Percent),
];

/// The model's parameters from the kit's values (in [`PARAMS`] order).
pub fn to_params(values: &[f64]) -> Params {
    let get = |i: usize| values.get(i).copied().unwrap_or(PARAMS[i].default);
    Params {
        p0: get(0),
        r: get(1),
        need: get(2),
        f0: get(3),
    }
}
