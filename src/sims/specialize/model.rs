//! Spending less, fielding as much? A stylized teaching model of the review's conjecture that lower
//! alliance spending may reflect coordination rather than free riding: allies that stop duplicating
//! forces save the overhead of keeping every capability at home, at the risk that a partner fails to
//! deliver its specialty. An open question, not a finding.
//!
//! Baseline: every member keeps every capability area (spending 1, capability 1). Pure: no leptos, no
//! web-sys.

use crate::sims::kit::check::OutOfRange;
use crate::sims::kit::grid::grid;

/// Coordination cost at full consolidation.
pub const CHI: f64 = 0.05;

/// The model's parameters (ranges and words in [`super::params::PARAMS`]).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Params {
    /// Member states (2–30).
    pub n: f64,
    /// Overhead share of a fully duplicated budget (0.1–0.6).
    pub phi: f64,
    /// Chance a partner fails to deliver its specialty (0–0.5).
    pub delta: f64,
    /// Share of capability areas consolidated (0–1).
    pub z0: f64,
}

/// Checks the box declared in `params.rs`.
pub fn check(p: &Params) -> Result<(), OutOfRange> {
    super::params::in_box(p)
}

/// Spending at consolidation `z`, as a share of the duplicated budget: `1 − φz(1 − 1/n) + χz`.
pub fn spending(p: &Params, z: f64) -> f64 {
    1.0 - p.phi * z * (1.0 - 1.0 / p.n) + CHI * z
}

/// Capability with coordinated specialization: `1 − δz`.
pub fn coordinated(p: &Params, z: f64) -> f64 {
    1.0 - p.delta * z
}

/// Capability when the same spending comes from uncoordinated national cuts, overheads still paid.
pub fn uncoordinated(p: &Params, z: f64) -> f64 {
    ((spending(p, z) - p.phi) / (1.0 - p.phi)).max(0.0)
}

/// The delivery risk up to which coordination fields more at every consolidation:
/// `(φ(1 − 1/n) − χ)/(1 − φ)`.
pub fn threshold(p: &Params) -> f64 {
    (p.phi * (1.0 - 1.0 / p.n) - CHI) / (1.0 - p.phi)
}

/// The chart's lines, as `(z, value)` points across the slider's consolidations.
#[derive(Debug, Clone, PartialEq)]
pub struct Curves {
    /// Spending, `S(z)`.
    pub spending: Vec<(f64, f64)>,
    /// Capability with coordination, `Yco(z)`.
    pub coordinated: Vec<(f64, f64)>,
    /// Capability after the same cuts made without coordination, `Yfr(z)`.
    pub uncoordinated: Vec<(f64, f64)>,
}

/// The chart's lines at `points` consolidations across the slider.
pub fn curves(p: &Params, points: usize) -> Curves {
    let decl = super::params::DECL.z0;
    let zs: Vec<f64> = grid(decl.min(), decl.max(), points).collect();
    let line = |f: fn(&Params, f64) -> f64| zs.iter().map(|&z| (z, f(p, z))).collect();
    Curves {
        spending: line(spending),
        coordinated: line(coordinated),
        uncoordinated: line(uncoordinated),
    }
}
