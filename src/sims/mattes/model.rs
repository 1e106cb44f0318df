//! Who insists on binding rules? A stylized teaching model after Mattes (2012, *International
//! Organization* 66:4): allies write reliability provisions into a treaty when their partners' records
//! are poor and their power is symmetric; in a lopsided pair the major power needs them little and the
//! minor one cannot impose them. The power weighting is this edition's, not Mattes's.
//!
//! Pure: no leptos, no web-sys.

use crate::sims::kit::check::OutOfRange;
use crate::sims::kit::grid::grid;

/// The model's parameters (ranges and words in [`super::params::PARAMS`]).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Params {
    /// The stronger ally's share of joint power (0.5–0.95).
    pub s: f64,
    /// The stronger ally's record of broken pledges (0–1).
    pub u1: f64,
    /// The weaker ally's record of broken pledges (0–1).
    pub u2: f64,
    /// Cost of an institutionalized design (0.02–0.5).
    pub c: f64,
}

/// Checks the box declared in `params.rs`.
pub fn check(p: &Params) -> Result<(), OutOfRange> {
    super::params::in_box(p)
}

/// The stronger ally's wish for safeguards at power share `s`: its dependence (1 − s) times the weaker
/// ally's record.
pub fn w1(p: &Params, s: f64) -> f64 {
    (1.0 - s) * p.u2
}

/// The weaker ally's wish for safeguards: its dependence `s` times the stronger ally's record.
pub fn w2(p: &Params, s: f64) -> f64 {
    s * p.u1
}

/// The pair's power-weighted demand for binding rules, the mean of the two wishes weighted by power:
/// `s(1 − s)(u1 + u2)`. A demand, not a design: [`binding`] gives the design.
pub fn demand(p: &Params, s: f64) -> f64 {
    s * w1(p, s) + (1.0 - s) * w2(p, s)
}

/// Whether the model gives binding rules at share `s`: the power-weighted demand exceeds their cost.
pub fn binding(p: &Params, s: f64) -> bool {
    demand(p, s) > p.c
}

/// The power share beyond which the demand falls below the cost of binding rules: `½ + ½√(1 − 2c/ū)`, where ū is
/// the mean record; `None` when no split makes binding rules worth their cost (`c > ū/2`).
pub fn threshold(p: &Params) -> Option<f64> {
    let mean = 0.5 * (p.u1 + p.u2);
    if mean <= 0.0 || p.c > 0.5 * mean {
        return None;
    }
    Some(0.5 + 0.5 * (1.0 - 2.0 * p.c / mean).sqrt())
}

/// The chart's lines, as `(s, value)` points across the slider's power shares.
#[derive(Debug, Clone, PartialEq)]
pub struct Curves {
    /// The power-weighted demand for binding rules, `D(s)`.
    pub demand: Vec<(f64, f64)>,
    /// The stronger ally's wish for safeguards, `W1(s)`.
    pub stronger: Vec<(f64, f64)>,
    /// The weaker ally's wish for safeguards, `W2(s)`.
    pub weaker: Vec<(f64, f64)>,
}

/// The chart's lines at `points` power shares across the slider.
pub fn curves(p: &Params, points: usize) -> Curves {
    let decl = super::params::DECL.s;
    let ss: Vec<f64> = grid(decl.min(), decl.max(), points).collect();
    let line = |f: fn(&Params, f64) -> f64| ss.iter().map(|&s| (s, f(p, s))).collect();
    Curves {
        demand: line(demand),
        stronger: line(w1),
        weaker: line(w2),
    }
}
