//! The specialization model: reference values at the defaults and every invariant of the specification
//! as a property over the whole parameter box.
#![cfg(not(target_arch = "wasm32"))]

use alliance_organization::sims::specialize::model::*;
use alliance_organization::sims::specialize::params::{to_params, PARAMS};

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
    assert!((spending(&p, p.z0) - 0.8875).abs() < 1e-12);
    assert!((coordinated(&p, p.z0) - 0.95).abs() < 1e-12);
    assert!(
        (uncoordinated(&p, p.z0) - 0.839).abs() < 5e-4,
        "{}",
        uncoordinated(&p, p.z0)
    );
    assert!((threshold(&p) - 0.321).abs() < 5e-4, "δ* {}", threshold(&p));
}

#[test]
fn try_this_with_little_overhead_and_few_members_duplication_wins() {
    let p = Params {
        phi: 0.1,
        n: 3.0,
        delta: 0.2,
        ..Params::default()
    };
    assert!(p.delta > threshold(&p));
    assert!(coordinated(&p, 1.0) < uncoordinated(&p, 1.0));
}

#[test]
fn outside_the_box_the_model_declines() {
    for p in [
        Params {
            n: 1.0,
            ..Params::default()
        },
        Params {
            phi: 0.7,
            ..Params::default()
        },
        Params {
            delta: f64::NAN,
            ..Params::default()
        },
        Params {
            z0: 1.01,
            ..Params::default()
        },
    ] {
        assert!(check(&p).is_err(), "{p:?}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn spending_never_exceeds_the_duplicated_budget_and_falls(
        p in params(), z in 0.0..=1.0f64, dz in 0.0..1.0f64, dphi in 0.0..0.5f64,
    ) {
        let s = spending(&p, z);
        prop_assert!(s <= 1.0 + TOL);
        prop_assert!(spending(&p, (z + dz).min(1.0)) <= s + TOL);
        if p.n < 30.0 {
            let larger = Params { n: p.n + 1.0, ..p };
            prop_assert!(spending(&larger, z) <= s + TOL);
        }
        let heavier = Params { phi: (p.phi + dphi).min(0.6), ..p };
        prop_assert!(spending(&heavier, z) <= s + TOL);
    }

    #[test]
    fn capabilities_lie_in_the_unit_interval_and_start_at_one(p in params(), z in 0.0..=1.0f64) {
        for v in [coordinated(&p, z), uncoordinated(&p, z)] {
            prop_assert!((0.0..=1.0 + TOL).contains(&v), "{v}");
        }
        prop_assert!((spending(&p, 0.0) - 1.0).abs() < TOL);
        prop_assert!((coordinated(&p, 0.0) - 1.0).abs() < TOL);
        prop_assert!((uncoordinated(&p, 0.0) - 1.0).abs() < TOL);
    }

    #[test]
    fn coordination_wins_everywhere_exactly_below_the_threshold(p in params()) {
        let everywhere = (0..=240).all(|i| {
            let z = f64::from(i) / 240.0;
            coordinated(&p, z) >= uncoordinated(&p, z) - TOL
        });
        let t = threshold(&p);
        if p.delta <= t - TOL { prop_assert!(everywhere); }
        if p.delta > t + TOL { prop_assert!(!everywhere); }
    }

    #[test]
    fn the_dividend_grows_with_overhead(p in params(), z in 0.0..=1.0f64, dphi in 0.0..0.5f64) {
        let gap = |q: &Params| coordinated(q, z) - uncoordinated(q, z);
        let more = Params { phi: (p.phi + dphi).min(0.6), ..p };
        prop_assert!(gap(&more) >= gap(&p) - TOL);
    }
}
