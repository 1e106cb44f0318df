//! The signalling model: reference values at the defaults and every invariant of the specification as a
//! property over the whole parameter box.
#![cfg(not(target_arch = "wasm32"))]

use alliance_organization::sims::signals::model::*;
use alliance_organization::sims::signals::params::{to_params, PARAMS};
use alliance_organization::sims::signals::view::FIGURE;

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
    assert!(
        (confidence(&p, p.f0) - 0.522).abs() < 5e-4,
        "μ {}",
        confidence(&p, p.f0)
    );
    assert!((threshold(&p) - 0.5).abs() < 1e-12, "f* {}", threshold(&p));
}

#[test]
fn try_this_a_signal_that_tracks_nothing_stops_convincing() {
    let cheap = to_params(&common::prompt(&FIGURE, "A signal that tracks nothing"));
    assert!(threshold(&cheap) > 1.0, "f* {}", threshold(&cheap));
    assert!(confidence(&cheap, 1.0) < cheap.need);
}

#[test]
fn outside_the_box_the_model_declines() {
    for p in [
        Params {
            p0: 1.0,
            ..Params::default()
        },
        Params {
            r: 0.5,
            ..Params::default()
        },
        Params {
            need: f64::NAN,
            ..Params::default()
        },
        Params {
            f0: -0.01,
            ..Params::default()
        },
    ] {
        assert!(check(&p).is_err(), "{p:?}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn confidence_runs_from_the_prior_to_certainty(p in params(), f in 0.0..=1.0f64) {
        let mu = confidence(&p, f);
        prop_assert!(mu >= p.p0 - TOL && mu <= 1.0 + TOL, "{mu}");
        if f >= 2.0 / p.r { prop_assert!((mu - 1.0).abs() < TOL); }
    }

    #[test]
    fn confidence_grows_with_effort_and_with_the_cost_gap(
        p in params(), f in 0.0..=1.0f64, df in 0.0..1.0f64, dr in 0.0..5.0f64,
    ) {
        let mu = confidence(&p, f);
        prop_assert!(confidence(&p, (f + df).min(1.0)) >= mu - TOL);
        let costlier = Params { r: (p.r + dr).min(6.0), ..p };
        prop_assert!(confidence(&costlier, f) >= mu - TOL);
    }

    #[test]
    fn the_least_convincing_effort_moves_the_right_way(
        p in params(), dr in 0.0..5.0f64, dp in 0.0..0.9f64, dn in 0.0..0.49f64,
    ) {
        let t = threshold(&p);
        let costlier = Params { r: (p.r + dr).min(6.0), ..p };
        let likelier = Params { p0: (p.p0 + dp).min(0.95), ..p };
        let warier = Params { need: (p.need + dn).min(0.99), ..p };
        prop_assert!(threshold(&costlier) <= t + TOL);
        prop_assert!(threshold(&likelier) <= t + TOL);
        prop_assert!(threshold(&warier) >= t - TOL);
    }

    #[test]
    fn the_least_convincing_effort_convinces(p in params()) {
        let t = threshold(&p);
        if t <= 1.0 {
            prop_assert!(confidence(&p, t) >= p.need - TOL);
        }
        prop_assert_eq!(t == 0.0, p.p0 >= p.need);
        if t > 1e-6 {
            prop_assert!(confidence(&p, t * (1.0 - 1e-6)) < p.need);
        }
    }
}
