//! One table or many spokes? A stylized teaching model of the contrast the review draws from Steve Weber
//! (1992): pooling partners in one multilateral alliance is efficient, while a hub facing weak partners
//! one at a time keeps its freedom of action (the review's Asia contrast). Weber's own frame is the
//! postwar balance of power; the equations are this edition's.
//!
//! Pure: no leptos, no web-sys. The hub's strength is 1.

use crate::sims::kit::check::OutOfRange;
use crate::sims::kit::grid::grid;

/// The model's parameters (ranges and words in [`super::params::PARAMS`]).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Params {
    /// Members, hub included (3–13); the hub has `n − 1` partners.
    pub n: f64,
    /// Each partner's strength relative to the hub (0.01–0.6).
    pub w: f64,
    /// Pooling gain per partner pair (0.2–3).
    pub pi: f64,
    /// The hub's value on freedom of action (0–3).
    pub alpha: f64,
}

/// Checks the box declared in `params.rs`.
pub fn check(p: &Params) -> Result<(), OutOfRange> {
    super::params::in_box(p)
}

/// Partners of the hub, `k = n − 1`.
pub fn partners(p: &Params) -> f64 {
    p.n - 1.0
}

/// The gain from the partner–partner links that spokes lack: `π·w²·k(k − 1)/2`.
pub fn gain(p: &Params, w: f64) -> f64 {
    let k = partners(p);
    p.pi * w * w * k * (k - 1.0) / 2.0
}

/// The hub's cost in freedom of action of facing its partners as a bloc rather than one at a time:
/// `α[kw/(1 + kw) − w/(1 + w)]`.
pub fn autonomy_cost(p: &Params, w: f64) -> f64 {
    let k = partners(p);
    p.alpha * (k - 1.0) * w / ((1.0 + w) * (1.0 + k * w))
}

/// The partner strength at which the autonomy cost peaks, `1/√k` (about 0.45 with five partners). Beyond
/// it the cost falls: partners that strong already check the hub one at a time, so facing them as a
/// bloc takes away less freedom on top. The two shares in [`autonomy_cost`] both approach 1.
pub fn cost_peak(p: &Params) -> f64 {
    1.0 / partners(p).sqrt()
}

/// Whether pooling serves the hub better at partner strength `w`.
pub fn multilateral(p: &Params, w: f64) -> bool {
    gain(p, w) > autonomy_cost(p, w)
}

/// The partner strength from which pooling pays: the root of `w(1 + w)(1 + kw) = 2α/(πk)`, by bisection
/// on [0, 10] (60 halvings); 0 when the hub puts no value on freedom of action.
pub fn threshold(p: &Params) -> f64 {
    if p.alpha <= 0.0 {
        return 0.0;
    }
    let k = partners(p);
    let target = 2.0 * p.alpha / (p.pi * k);
    let (mut lo, mut hi) = (0.0_f64, 10.0_f64);
    for _ in 0..60 {
        let mid = 0.5 * (lo + hi);
        if mid * (1.0 + mid) * (1.0 + k * mid) < target {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    0.5 * (lo + hi)
}

/// The chart's lines, as `(w, value)` points across the slider's strengths.
#[derive(Debug, Clone, PartialEq)]
pub struct Curves {
    /// The gain from pooling, `G(w)`.
    pub gain: Vec<(f64, f64)>,
    /// The cost in freedom of action, `A(w)`.
    pub cost: Vec<(f64, f64)>,
}

/// The chart's lines at `points` strengths from 0 to the slider's strongest partner.
pub fn curves(p: &Params, points: usize) -> Curves {
    let ws: Vec<f64> = grid(0.0, super::params::DECL.w.max(), points).collect();
    Curves {
        gain: ws.iter().map(|&w| (w, gain(p, w))).collect(),
        cost: ws.iter().map(|&w| (w, autonomy_cost(p, w))).collect(),
    }
}
