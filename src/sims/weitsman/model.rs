//! Alliance or coalition? A stylized teaching model of the trade-off the review draws from Weitsman
//! (2010, 2014): a standing alliance is better integrated but slowed by consensus at high intensity; an ad
//! hoc coalition under a lead state learns while fighting and drifts apart as the war goes on. The
//! equations and constants are this edition's, chosen for clear shapes, not fitted to data.
//!
//! Pure: no leptos, no web-sys. Every function returns a value for any parameters inside the box of
//! [`super::params::PARAMS`]; [`run`] checks the box and returns `Err` outside it.

use crate::sims::kit::grid::grid;

/// Interoperability of untrained partners.
pub const I0: f64 = 0.3;
/// Share of peacetime integration a coalition of the same states inherits.
pub const BETA: f64 = 0.4;
/// Coalition learning time, months.
pub const TAU: f64 = 4.0;
/// Coalition drift time, months.
pub const THETA: f64 = 12.0;
/// Share of coalition effort that never drifts (the lead state and its core).
pub const LAMBDA: f64 = 0.5;
/// Alliance friction at full intensity (decision by consensus).
pub const KAPPA_A: f64 = 0.7;
/// Coalition friction at full intensity (lead-state command).
pub const KAPPA_C: f64 = 0.25;
/// Overhead lost to duplicated national staffs.
pub const RHO: f64 = 0.15;
/// The largest membership on the slider; size pressure is 1 there.
pub const N_MAX: f64 = super::params::DECL.n.max();
/// The months View B spans: the longest war on the slider.
pub const MONTHS: f64 = super::params::DECL.t.max();

/// The model's parameters (see [`super::params::PARAMS`] for ranges and words).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Params {
    /// Intensity of the war: 0 patrols, 1 major combat.
    pub x0: f64,
    /// Member states (2–30).
    pub n: f64,
    /// Peacetime integration: standing headquarters, doctrine, exercises (0–1).
    pub g: f64,
    /// War length in months (1–60).
    pub t: f64,
}

/// Why the model declined to run.
#[derive(Debug, Clone, PartialEq)]
pub enum ModelError {
    /// A parameter is not a finite number inside its range.
    OutOfRange(&'static str),
}

/// Where the coalition's month-by-month effectiveness crosses the alliance's (View B).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Crossing {
    /// The coalition overtakes the alliance at this month.
    CoalitionOvertakes(f64),
    /// The alliance takes (or retakes) the lead at this month.
    AllianceRetakes(f64),
}

/// What the figure shows at one setting, in either view (View B's crossings: [`crossings`]).
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    /// Size pressure `ν = ln n / ln 30`.
    pub nu: f64,
    /// Alliance effectiveness at zero intensity.
    pub pa: f64,
    /// Coalition effectiveness at zero intensity, averaged over the war.
    pub pc: f64,
    /// Alliance effectiveness at the chosen intensity.
    pub ea: f64,
    /// Coalition effectiveness at the chosen intensity, averaged over the war.
    pub ec: f64,
    /// The intensity beyond which the coalition does better, if it lies in [0, 1].
    pub crossover: Option<f64>,
}

/// Size pressure: 0 for one state, 1 at thirty.
pub fn nu(n: f64) -> f64 {
    n.ln() / N_MAX.ln()
}

/// Alliance effectiveness at zero intensity.
pub fn pa(p: &Params) -> f64 {
    (I0 + (1.0 - I0) * p.g) * (1.0 - RHO * nu(p.n))
}

/// The coalition's interoperability at the start of the war.
pub fn ic0(p: &Params) -> f64 {
    I0 + (1.0 - I0) * BETA * p.g
}

/// `h(σ) = (σ/T)(1 − e^(−T/σ))`: the mean of `e^(−t/σ)` over a war of `T` months.
fn h(sigma: f64, t: f64) -> f64 {
    (sigma / t) * (1.0 - (-t / sigma).exp())
}

/// Coalition effectiveness at zero intensity, averaged over the war.
pub fn pc(p: &Params) -> f64 {
    let ic0 = ic0(p);
    LAMBDA + (1.0 - LAMBDA) * h(THETA, p.t)
        - (1.0 - ic0)
            * (LAMBDA * h(TAU, p.t) + (1.0 - LAMBDA) * h(TAU * THETA / (TAU + THETA), p.t))
}

/// Alliance effectiveness at intensity `x`.
pub fn ea(p: &Params, x: f64) -> f64 {
    at_intensity(pa(p), KAPPA_A, nu(p.n), x)
}

/// Coalition effectiveness at intensity `x`, averaged over the war.
pub fn ec(p: &Params, x: f64) -> f64 {
    at_intensity(pc(p), KAPPA_C, nu(p.n), x)
}

/// Effectiveness `at_zero` worn down by friction `kappa` at size pressure `nu` and intensity `x`.
fn at_intensity(at_zero: f64, kappa: f64, nu: f64, x: f64) -> f64 {
    at_zero * (1.0 - kappa * nu * x * x)
}

/// Coalition effectiveness in month `t` of the war, at intensity `x`: learning times cohesion times
/// friction.
pub fn ec_at(p: &Params, t: f64, x: f64) -> f64 {
    Monthly::new(p, x).at(t)
}

/// What `ec_at` needs that does not change with the month, worked out once for a whole line (the
/// logarithms in `nu` would otherwise be taken again at every month).
struct Monthly {
    /// What the coalition has still to learn at the start, `1 − ic0`.
    untrained: f64,
    /// The friction factor at this intensity.
    friction: f64,
}

impl Monthly {
    fn new(p: &Params, x: f64) -> Monthly {
        Monthly {
            untrained: 1.0 - ic0(p),
            friction: 1.0 - KAPPA_C * nu(p.n) * x * x,
        }
    }

    fn at(&self, t: f64) -> f64 {
        let learning = 1.0 - self.untrained * (-t / TAU).exp();
        let cohesion = LAMBDA + (1.0 - LAMBDA) * (-t / THETA).exp();
        learning * cohesion * self.friction
    }
}

/// The intensity at which the two lines cross, if the alliance leads at zero and the coalition by 1.
pub fn crossover(p: &Params) -> Option<f64> {
    let (pa, pc, nu) = (pa(p), pc(p), nu(p.n));
    if pa <= pc {
        return None;
    }
    let x = ((pa - pc) / (nu * (KAPPA_A * pa - KAPPA_C * pc))).sqrt();
    (x.is_finite() && x <= 1.0).then_some(x)
}

/// Months where `ec_at(t, x0)` crosses the flat `ea(x0)`, found on a fine grid and refined by
/// bisection. `ec_at` has one peak at most, so there are at most two.
pub fn crossings(p: &Params) -> Vec<Crossing> {
    let target = ea(p, p.x0);
    let monthly = Monthly::new(p, p.x0);
    let gap = |t: f64| monthly.at(t) - target;
    let steps = 600;
    let mut out = Vec::new();
    let mut prev_t = 0.0;
    let mut prev = gap(0.0);
    for i in 1..=steps {
        let t = MONTHS * f64::from(i) / f64::from(steps);
        let now = gap(t);
        if (prev < 0.0) != (now < 0.0) {
            let (mut lo, mut hi) = (prev_t, t);
            for _ in 0..50 {
                let mid = 0.5 * (lo + hi);
                if (gap(mid) < 0.0) == (prev < 0.0) {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            let month = 0.5 * (lo + hi);
            out.push(if now >= 0.0 {
                Crossing::CoalitionOvertakes(month)
            } else {
                Crossing::AllianceRetakes(month)
            });
        }
        prev_t = t;
        prev = now;
    }
    out
}

/// Checks the box declared in `params.rs`.
pub fn check(p: &Params) -> Result<(), ModelError> {
    super::params::in_box(p).map_err(|e| ModelError::OutOfRange(e.0))
}

/// Runs the model at one setting.
pub fn run(p: &Params) -> Result<Outcome, ModelError> {
    check(p)?;
    Ok(Outcome {
        nu: nu(p.n),
        pa: pa(p),
        pc: pc(p),
        ea: ea(p, p.x0),
        ec: ec(p, p.x0),
        crossover: crossover(p),
    })
}

/// A view's two lines, as `(x, effectiveness)` points along its x axis (intensity or month).
#[derive(Debug, Clone, PartialEq)]
pub struct Lines {
    /// The standing alliance.
    pub alliance: Vec<(f64, f64)>,
    /// The ad hoc coalition.
    pub coalition: Vec<(f64, f64)>,
}

/// View A's lines, `EA(x)` and `EC(x)`, at `points` evenly spaced intensities across the slider.
pub fn by_intensity(p: &Params, points: usize) -> Lines {
    let decl = super::params::DECL.x0;
    let xs: Vec<f64> = grid(decl.min(), decl.max(), points).collect();
    let (pa, pc, nu) = (pa(p), pc(p), nu(p.n));
    Lines {
        alliance: xs
            .iter()
            .map(|&x| (x, at_intensity(pa, KAPPA_A, nu, x)))
            .collect(),
        coalition: xs
            .iter()
            .map(|&x| (x, at_intensity(pc, KAPPA_C, nu, x)))
            .collect(),
    }
}

/// View B's lines, `EA(x0)` and `eC(t, x0)`, at `points` evenly spaced months from 0 to [`MONTHS`].
pub fn over_the_war(p: &Params, points: usize) -> Lines {
    let flat = ea(p, p.x0);
    let monthly = Monthly::new(p, p.x0);
    let ts: Vec<f64> = grid(0.0, MONTHS, points).collect();
    Lines {
        alliance: ts.iter().map(|&t| (t, flat)).collect(),
        coalition: ts.iter().map(|&t| (t, monthly.at(t))).collect(),
    }
}
