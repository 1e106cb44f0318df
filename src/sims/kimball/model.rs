//! Guns, butter and free riding: Olson and Zeckhauser's (1966) model of alliance burdens, outside the
//! review, shown beside Kimball's (2010) "contracting out" of security. It is openly their free riding
//! of the small on the large, not Kimball's mechanism: she argues that alliances make security policy
//! more efficient for both partners, which this model leaves out (`content/sims/kimball.md` says so).
//! Spillover below one nods to Sandler's joint-product model.
//!
//! Two allies with incomes 1 (large) and `y` (small) each choose defense `m` to maximize
//! `ln(income − m) + a·ln(m + γ·m_partner)`. Pure: no leptos, no web-sys.

use crate::sims::kit::check::OutOfRange;
use crate::sims::kit::grid::grid;

/// The model's parameters (ranges and words in [`super::params::PARAMS`]).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Params {
    /// The small ally's income relative to the large ally's (0.05–1).
    pub y: f64,
    /// Weight on security relative to domestic social goods (0.05–1).
    pub a: f64,
    /// Share of the partner's defense that also protects you (0–1).
    pub gamma: f64,
}

/// Checks the box declared in `params.rs`.
pub fn check(p: &Params) -> Result<(), OutOfRange> {
    super::params::in_box(p)
}

/// Defense spending in the alliance's equilibrium at spillover `gamma`: `(large, small)`.
pub fn equilibrium(p: &Params, gamma: f64) -> (f64, f64) {
    let a = p.a;
    if p.y > gamma / (1.0 + a) {
        let delta = (1.0 + a) * (1.0 + a) - gamma * gamma;
        (
            a * ((1.0 + a) - gamma * p.y) / delta,
            a * ((1.0 + a) * p.y - gamma) / delta,
        )
    } else {
        (a / (1.0 + a), 0.0)
    }
}

/// The share of income either ally spends on defense alone: `a/(1 + a)`.
pub fn alone_share(p: &Params) -> f64 {
    p.a / (1.0 + p.a)
}

/// The best defense for an ally with `income` when its partner spends `partner`.
pub fn best_reply(p: &Params, gamma: f64, income: f64, partner: f64) -> f64 {
    ((p.a * income - gamma * partner) / (1.0 + p.a)).max(0.0)
}

/// An ally's utility: `ln(income − m) + a·ln(m + γ·partner)`.
pub fn utility(p: &Params, gamma: f64, income: f64, m: f64, partner: f64) -> f64 {
    (income - m).ln() + p.a * (m + gamma * partner).ln()
}

/// Defense burdens, spending over income, at spillover `gamma`: `(large, small)`.
pub fn burdens(p: &Params, gamma: f64) -> (f64, f64) {
    let (large, small) = equilibrium(p, gamma);
    (large, small / p.y)
}

/// The spillover from which the small ally stops paying for defense: `y(1 + a)`.
pub fn threshold(p: &Params) -> f64 {
    p.y * (1.0 + p.a)
}

/// Share of the small ally's stand-alone defense budget it moves to domestic programs in the alliance.
pub fn shifted(p: &Params) -> f64 {
    let (_, small) = equilibrium(p, p.gamma);
    1.0 - small / (alone_share(p) * p.y)
}

/// View A's lines, as `(γ, burden)` points across the slider's spillovers.
#[derive(Debug, Clone, PartialEq)]
pub struct Burdens {
    /// The large ally's defense burden.
    pub large: Vec<(f64, f64)>,
    /// The small ally's defense burden.
    pub small: Vec<(f64, f64)>,
}

/// View A's lines at `points` spillovers across the slider.
pub fn by_spillover(p: &Params, points: usize) -> Burdens {
    let decl = super::params::DECL.gamma;
    let both: Vec<(f64, (f64, f64))> = grid(decl.min(), decl.max(), points)
        .map(|g| (g, burdens(p, g)))
        .collect();
    Burdens {
        large: both.iter().map(|(g, (l, _))| (*g, *l)).collect(),
        small: both.iter().map(|(g, (_, s))| (*g, *s)).collect(),
    }
}

/// The small ally's choice in View B as `(butter, security)`: alone, and in the alliance.
pub fn choices(p: &Params) -> ((f64, f64), (f64, f64)) {
    let alone = alone_share(p) * p.y;
    let (large, small) = equilibrium(p, p.gamma);
    ((p.y - alone, alone), (p.y - small, small + p.gamma * large))
}

/// What the alliance is worth to each ally, `(large, small)`, as the extra share of income it would
/// need alone to be as well off: `exp((U − U₁)/(1 + a)) − 1`, where `U₁` is its utility alone at its
/// own income. Stand-alone utility at income `Y` is `(1 + a)·ln Y + C`, which gives the closed form.
pub fn gains(p: &Params) -> (f64, f64) {
    let (large, small) = equilibrium(p, p.gamma);
    let alone = alone_share(p);
    let worth = |income: f64, own: f64, partner: f64| {
        let with = utility(p, p.gamma, income, own, partner);
        let without = utility(p, 0.0, income, alone * income, 0.0);
        ((with - without) / (1.0 + p.a)).exp() - 1.0
    };
    (worth(1.0, large, small), worth(p.y, small, large))
}
