//! The Mattes model: reference values at the defaults and every invariant of the specification as a
//! property over the whole parameter box.
#![cfg(not(target_arch = "wasm32"))]

use alliance_organization::sims::mattes::model::*;
use alliance_organization::sims::mattes::params::{to_params, PARAMS};
use alliance_organization::sims::mattes::view::FIGURE;

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
        (demand(&p, p.s) - 0.192).abs() < 1e-12,
        "D {}",
        demand(&p, p.s)
    );
    let s = threshold(&p).expect("a threshold at the defaults");
    assert!((s - 0.75).abs() < 1e-12, "s* {s}");
    assert!(binding(&p, p.s), "binding rules at the defaults");
}

#[test]
fn try_this_a_lopsided_pair_goes_loose_while_the_weaker_wants_more() {
    let p = Params::default();
    let lopsided = to_params(&common::prompt(&FIGURE, "A lopsided pair: 85/15"));
    assert!(w2(&lopsided, lopsided.s) > w2(&p, p.s));
    assert!(!binding(&lopsided, lopsided.s));
}

#[test]
fn outside_the_box_the_model_declines() {
    for p in [
        Params {
            s: 0.4,
            ..Params::default()
        },
        Params {
            u1: f64::NAN,
            ..Params::default()
        },
        Params {
            u2: 1.5,
            ..Params::default()
        },
        Params {
            c: 0.0,
            ..Params::default()
        },
    ] {
        assert!(check(&p).is_err(), "{p:?}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn every_score_lies_in_the_unit_interval(p in params()) {
        for v in [w1(&p, p.s), w2(&p, p.s), demand(&p, p.s)] {
            prop_assert!(v.is_finite() && (0.0..=1.0).contains(&v), "{v}");
        }
    }

    #[test]
    fn the_demand_lies_between_the_two_wishes(p in params()) {
        let (a, b, d) = (w1(&p, p.s), w2(&p, p.s), demand(&p, p.s));
        prop_assert!(d >= a.min(b) - TOL && d <= a.max(b) + TOL);
    }

    #[test]
    fn swapping_the_records_leaves_the_demand_alone(p in params()) {
        let q = Params { u1: p.u2, u2: p.u1, ..p };
        prop_assert!((demand(&p, p.s) - demand(&q, q.s)).abs() < TOL);
    }

    #[test]
    fn the_demand_falls_as_power_grows_lopsided(p in params(), d in 0.001..0.45f64) {
        prop_assume!(p.u1 + p.u2 > 0.0);
        let s2 = (p.s + d).min(0.95);
        prop_assume!(s2 > p.s);
        prop_assert!(demand(&p, s2) < demand(&p, p.s));
        prop_assert!((demand(&p, 0.5) - (p.u1 + p.u2) / 4.0).abs() < TOL);
        prop_assert!(w2(&p, s2) >= w2(&p, p.s));
        prop_assert!(w1(&p, s2) <= w1(&p, p.s));
    }

    #[test]
    fn the_threshold_moves_the_right_way(p in params(), dc in 0.0..0.2f64, du in 0.0..0.5f64) {
        let costlier = Params { c: (p.c + dc).min(0.5), ..p };
        let worse = Params { u1: (p.u1 + du).min(1.0), ..p };
        if let (Some(a), Some(b)) = (threshold(&p), threshold(&costlier)) {
            prop_assert!(b <= a + TOL);
        }
        if let Some(a) = threshold(&p) {
            let b = threshold(&worse).expect("a worse record keeps the threshold");
            prop_assert!(b >= a - TOL);
        }
        if threshold(&p).is_none() {
            prop_assert!(threshold(&costlier).is_none());
        }
    }

    #[test]
    fn at_the_threshold_the_demand_equals_its_cost(p in params()) {
        match threshold(&p) {
            Some(s) => {
                prop_assert!((0.5..=1.0).contains(&s));
                prop_assert!((demand(&p, s) - p.c).abs() < TOL);
                if p.s < s - 1e-6 { prop_assert!(binding(&p, p.s)); }
                if p.s > s + 1e-6 { prop_assert!(!binding(&p, p.s)); }
            }
            None => prop_assert!(!binding(&p, p.s) && !binding(&p, 0.5)),
        }
    }
}
