//! Arms that attract allies: a stylized teaching model of Horowitz, Poast and Stam (2015), for whom
//! visible military effort such as conscription signals a dependable ally. The signaling sum is this
//! edition's, not theirs.
//!
//! An alliance is worth 1 to any state. Showing effort `f` costs a committed state `f` and an uncommitted
//! one `v·f`, with `v` uniform on [r/2, 3r/2]; an uncommitted state mimics when that costs less than the
//! alliance is worth. The partner updates its prior by Bayes's rule. Pure: no leptos, no web-sys.

use crate::sims::kit::check::OutOfRange;
use crate::sims::kit::grid::grid;

/// The model's parameters (ranges and words in [`super::params::PARAMS`]).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Params {
    /// Prior share of committed states (0.05–0.95).
    pub p0: f64,
    /// How many times more effort costs an uncommitted state (1–6).
    pub r: f64,
    /// The confidence the partner needs (0.5–0.99).
    pub need: f64,
    /// Effort shown, as a share of the alliance's worth (0–1).
    pub f0: f64,
}

/// Checks the box declared in `params.rs`.
pub fn check(p: &Params) -> Result<(), OutOfRange> {
    super::params::in_box(p)
}

/// Share of uncommitted states that would show effort `f`: `clamp((1/f − r/2)/r, 0, 1)`; all at `f = 0`.
pub fn mimics(p: &Params, f: f64) -> f64 {
    if f <= 0.0 {
        return 1.0;
    }
    crate::num::within((1.0 / f - p.r / 2.0) / p.r, 0.0, 1.0)
}

/// The partner's confidence that a state showing effort `f` is committed.
pub fn confidence(p: &Params, f: f64) -> f64 {
    p.p0 / (p.p0 + (1.0 - p.p0) * mimics(p, f))
}

/// The least effort that convinces the partner: 0 when the prior already does, else `1/(r(½ + q̂))` with
/// `q̂ = p0(1 − μ*)/((1 − p0)μ*)`. Above 1 it costs more than the alliance is worth.
pub fn threshold(p: &Params) -> f64 {
    if p.p0 >= p.need {
        return 0.0;
    }
    let q = p.p0 * (1.0 - p.need) / ((1.0 - p.p0) * p.need);
    1.0 / (p.r * (0.5 + q))
}

/// The chart's lines, as `(f, value)` points across the efforts of the slider.
#[derive(Debug, Clone, PartialEq)]
pub struct Curves {
    /// The partner's confidence after effort `f`, `μ(f)`.
    pub confidence: Vec<(f64, f64)>,
    /// A committed state's net gain if accepted, `1 − f`.
    pub net: Vec<(f64, f64)>,
}

/// The chart's lines at `points` efforts across the slider.
pub fn curves(p: &Params, points: usize) -> Curves {
    let decl = super::params::DECL.f0;
    let fs: Vec<f64> = grid(decl.min(), decl.max(), points).collect();
    Curves {
        confidence: fs.iter().map(|&f| (f, confidence(p, f))).collect(),
        net: fs.iter().map(|&f| (f, 1.0 - f)).collect(),
    }
}
