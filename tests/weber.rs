//! The Weber model: reference values at the defaults and every invariant of the specification as a
//! property over the whole parameter box.
#![cfg(not(target_arch = "wasm32"))]

use alliance_organization::sims::weber::model::*;
use alliance_organization::sims::weber::params::{to_params, DECL, PARAMS};
use alliance_organization::sims::weber::view::FIGURE;

mod common;
use proptest::prelude::*;

const TOL: f64 = 1e-9;

/// Any parameters in the box `params.rs` declares.
fn params() -> impl Strategy<Value = Params> {
    common::in_box(PARAMS).prop_map(|v| to_params(&v))
}

#[test]
fn reference_values_at_the_defaults() {
    let p = Params::default();
    assert!(check(&p).is_ok());
    assert!((threshold(&p) - 0.179).abs() < 5e-4, "w* {}", threshold(&p));
    assert!((gain(&p, p.w) - 0.100).abs() < 5e-4, "G {}", gain(&p, p.w));
    assert!(
        (autonomy_cost(&p, p.w) - 0.242).abs() < 5e-4,
        "A {}",
        autonomy_cost(&p, p.w)
    );
    assert!(!multilateral(&p, p.w), "spokes at the defaults");
}

#[test]
fn try_this_more_partners_and_a_jealous_hub() {
    let small = to_params(&common::prompt(&FIGURE, "Three members"));
    let large = to_params(&common::prompt(&FIGURE, "Ten members"));
    assert!(threshold(&large) < threshold(&small));
    let jealous = to_params(&common::prompt(&FIGURE, "A hub that prizes its freedom"));
    assert!(threshold(&jealous) > threshold(&Params::default()));
    assert_eq!(
        threshold(&Params {
            alpha: 0.0,
            ..Params::default()
        }),
        0.0
    );
}

#[test]
fn outside_the_box_the_model_declines() {
    for p in [
        Params {
            n: 2.0,
            ..Params::default()
        },
        Params {
            w: 0.0,
            ..Params::default()
        },
        Params {
            pi: f64::INFINITY,
            ..Params::default()
        },
        Params {
            alpha: -0.1,
            ..Params::default()
        },
    ] {
        assert!(check(&p).is_err(), "{p:?}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn the_autonomy_cost_peaks_at_one_over_root_k(p in params(), d in 0.001..0.3f64) {
        let peak = cost_peak(&p);
        let at = autonomy_cost(&p, peak);
        prop_assert!(autonomy_cost(&p, (peak - d).max(0.0)) <= at + TOL);
        prop_assert!(autonomy_cost(&p, peak + d) <= at + TOL);
        if p.alpha > 1e-6 {
            // Strictly: the cost rises to the peak and falls after it.
            prop_assert!(autonomy_cost(&p, peak * 0.9) < at);
            prop_assert!(autonomy_cost(&p, peak * 1.1) < at);
        }
    }

    #[test]
    fn gain_and_cost_are_nonnegative_and_vanish_with_the_partners(p in params(), w in 0.0..=DECL.w.max()) {
        prop_assert!(gain(&p, w) >= 0.0 && autonomy_cost(&p, w) >= 0.0);
        prop_assert_eq!(gain(&p, 0.0), 0.0);
        prop_assert_eq!(autonomy_cost(&p, 0.0), 0.0);
    }

    #[test]
    fn the_net_gain_per_unit_strength_rises(p in params(), w in 0.001..DECL.w.max(), d in 0.001..DECL.w.max()) {
        let net = |w: f64| (gain(&p, w) - autonomy_cost(&p, w)) / w;
        prop_assert!(net(w + d) > net(w));
    }

    #[test]
    fn pooling_pays_exactly_beyond_the_threshold(p in params(), w in 0.0001..10.0f64) {
        let t = threshold(&p);
        prop_assert!((gain(&p, t) - autonomy_cost(&p, t)).abs() < TOL);
        if w < t - 1e-6 { prop_assert!(gain(&p, w) < autonomy_cost(&p, w)); }
        if w > t + 1e-6 { prop_assert!(gain(&p, w) > autonomy_cost(&p, w)); }
    }

    #[test]
    fn the_threshold_falls_with_members_and_pooling_and_rises_with_autonomy(
        p in params(), dpi in 0.01..2.8f64, dalpha in 0.01..3.0f64,
    ) {
        prop_assume!(p.alpha > 0.0);
        let t = threshold(&p);
        if p.n < 13.0 {
            let larger = Params { n: p.n + 1.0, ..p };
            prop_assert!(threshold(&larger) < t);
        }
        let pooled = Params { pi: p.pi + dpi, ..p };
        let jealous = Params { alpha: p.alpha + dalpha, ..p };
        prop_assert!(threshold(&pooled) < t);
        prop_assert!(threshold(&jealous) > t);
    }
}
