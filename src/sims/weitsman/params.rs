//! The Weitsman figure's parameters, declared once.

use super::model::Params;
use crate::sims::kit::param::{choice, range, Param, Words};

/// Index of each parameter in [`PARAMS`] (and in the value vectors the kit passes around).
pub mod at {
    /// Intensity.
    pub const X0: usize = 0;
    /// Members.
    pub const N: usize = 1;
    /// Peacetime integration.
    pub const G: usize = 2;
    /// War length.
    pub const T: usize = 3;
    /// Which view of the chart.
    pub const VIEW: usize = 4;
}

/// The parameters: key, label, unit, (min, max, step), default, words. One line each.
#[rustfmt::skip]
pub const PARAMS: &[Param] = &[
    range("x0", "Intensity of the war", "index", (0.0, 1.0, 0.01), 0.3, Words::Index { low: "patrols", high: "major combat" }),
    range("n", "Member states", "states", (2.0, 30.0, 1.0), 10.0, Words::Count { one: "state", many: "states" }),
    range("g", "Peacetime integration", "index", (0.0, 1.0, 0.05), 0.7, Words::Index { low: "none", high: "standing headquarters, doctrine and exercises" }),
    range("t", "Length of the war", "months", (1.0, 60.0, 1.0), 6.0, Words::Count { one: "month", many: "months" }),
    choice("view", "Chart", &[("a", "By intensity"), ("b", "Over the war")], 0),
];

/// The model's parameters from the kit's values (in [`PARAMS`] order).
pub fn to_params(values: &[f64]) -> Params {
    let get = |i: usize| values.get(i).copied().unwrap_or(PARAMS[i].default);
    Params {
        x0: get(at::X0),
        n: get(at::N),
        g: get(at::G),
        t: get(at::T),
    }
}
