//! The Kimball model: reference values at the defaults, every invariant of the specification as a
//! property over the whole parameter box, and the equilibrium against iterated best replies.
#![cfg(not(target_arch = "wasm32"))]

use alliance_organization::sims::kimball::model::*;
use alliance_organization::sims::kimball::params::{to_params, PARAMS};
use alliance_organization::sims::kimball::view::FIGURE;

mod common;
use proptest::prelude::*;

const TOL: f64 = 1e-9;

/// Any parameters in the box `params.rs` declares.
fn params() -> impl Strategy<Value = Params> {
    common::in_box(PARAMS).prop_map(|v| to_params(&v))
}

/// Alternating best replies from stand-alone spending until they stop moving.
fn iterate(p: &Params) -> (f64, f64) {
    let (mut large, mut small) = (alone_share(p), alone_share(p) * p.y);
    for _ in 0..10_000 {
        let next_large = best_reply(p, p.gamma, 1.0, small);
        let next_small = best_reply(p, p.gamma, p.y, next_large);
        let moved = (next_large - large).abs() + (next_small - small).abs();
        (large, small) = (next_large, next_small);
        if moved < 1e-15 {
            break;
        }
    }
    (large, small)
}

#[test]
fn reference_values_at_the_defaults() {
    let p = Params::default();
    assert!(check(&p).is_ok());
    let (large, small) = equilibrium(&p, p.gamma);
    assert!((large - 0.200).abs() < 1e-12, "mL {large}");
    assert_eq!(small, 0.0, "mS");
    assert!(
        (threshold(&p) - 0.375).abs() < 1e-12,
        "γ* {}",
        threshold(&p)
    );
    assert!((shifted(&p) - 1.0).abs() < 1e-12);
    // Olson and Zeckhauser's exploitation of the large by the small: at the defaults the small ally
    // gains as much as 45% more income alone would give it, the large ally nothing. Derived by hand:
    // the small ally keeps butter 0.3 and gets security 0.8·0.2 = 0.16, so
    // U = ln 0.3 + 0.25·ln 0.16; alone at income Y, U = 1.25·ln Y + ln 0.8 + 0.25·ln 0.2.
    let (large_gain, small_gain) = gains(&p);
    let by_hand =
        ((0.3f64.ln() + 0.25 * 0.16f64.ln() - 0.8f64.ln() - 0.25 * 0.2f64.ln()) / 1.25).exp() / 0.3
            - 1.0;
    assert!(
        (small_gain - by_hand).abs() < 1e-12,
        "small {small_gain} vs {by_hand}"
    );
    assert!((small_gain - 0.4545).abs() < 1e-4, "small {small_gain}");
    assert!(large_gain.abs() < 1e-12, "large {large_gain}");
}

#[test]
fn try_this_below_the_threshold_and_equal_incomes() {
    let p = to_params(&common::prompt(&FIGURE, "Spillover below the threshold"));
    assert!(p.gamma < threshold(&p), "below the threshold");
    assert!(
        equilibrium(&p, p.gamma).1 > 0.0,
        "the small ally pays again"
    );
    let equal = to_params(&common::prompt(&FIGURE, "Equal incomes"));
    let (l, s) = burdens(&equal, equal.gamma);
    assert!((l - s).abs() < TOL, "equal incomes, equal burdens");
}

#[test]
fn outside_the_box_the_model_declines() {
    for p in [
        Params {
            y: 0.0,
            ..Params::default()
        },
        Params {
            a: f64::NAN,
            ..Params::default()
        },
        Params {
            gamma: 1.2,
            ..Params::default()
        },
    ] {
        assert!(check(&p).is_err(), "{p:?}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn spending_stays_between_nothing_and_going_it_alone(p in params()) {
        let (large, small) = equilibrium(&p, p.gamma);
        let alone = alone_share(&p);
        prop_assert!(large >= 0.0 && large <= alone + TOL, "mL {large}");
        prop_assert!(small >= 0.0 && small <= alone * p.y + TOL, "mS {small}");
    }

    #[test]
    fn the_small_exploit_the_large(p in params()) {
        let (large, small) = burdens(&p, p.gamma);
        prop_assert!(small <= large + TOL);
        if p.y >= 1.0 || p.gamma <= 0.0 {
            prop_assert!((large - small).abs() < TOL);
        } else {
            prop_assert!(small < large);
        }
    }

    #[test]
    fn the_small_burden_never_rises_with_spillover(p in params(), d in 0.0..1.0f64) {
        let g2 = (p.gamma + d).min(1.0);
        prop_assert!(burdens(&p, g2).1 <= burdens(&p, p.gamma).1 + TOL);
    }

    #[test]
    fn the_small_ally_pays_nothing_exactly_from_the_threshold(p in params()) {
        let (_, small) = equilibrium(&p, p.gamma);
        prop_assert_eq!(small == 0.0, p.gamma >= threshold(&p));
    }

    #[test]
    fn iterated_best_replies_reach_the_equilibrium(p in params()) {
        let (large, small) = equilibrium(&p, p.gamma);
        let (il, is) = iterate(&p);
        prop_assert!((large - il).abs() < TOL && (small - is).abs() < TOL,
            "formula ({large}, {small}) vs iteration ({il}, {is})");
        // And it is a Nash equilibrium: each spends its best reply to the other.
        prop_assert!((best_reply(&p, p.gamma, 1.0, small) - large).abs() < TOL);
        prop_assert!((best_reply(&p, p.gamma, p.y, large) - small).abs() < TOL);
    }

    #[test]
    fn the_large_ally_gains_only_when_the_small_one_pays(p in params()) {
        let (large, small) = gains(&p);
        prop_assert!(large >= -TOL && small >= -TOL, "gains ({large}, {small})");
        let (_, m_small) = equilibrium(&p, p.gamma);
        if m_small == 0.0 || p.gamma == 0.0 {
            prop_assert!(large.abs() < TOL, "large {large} with nothing from the small ally");
        } else {
            prop_assert!(large > 0.0, "large {large} while the small ally pays");
        }
    }

    #[test]
    fn the_small_ally_gains_at_least_as_much(p in params()) {
        let (large, small) = gains(&p);
        prop_assert!(small >= large - TOL, "small {small} < large {large}");
        if p.y >= 1.0 {
            prop_assert!((small - large).abs() < TOL);
        }
    }

    #[test]
    fn each_ally_is_at_least_as_well_off_as_alone(p in params()) {
        let (large, small) = equilibrium(&p, p.gamma);
        let alone = alone_share(&p);
        let u_large = utility(&p, p.gamma, 1.0, large, small);
        let u_small = utility(&p, p.gamma, p.y, small, large);
        prop_assert!(u_large >= utility(&p, 0.0, 1.0, alone, 0.0) - TOL);
        prop_assert!(u_small >= utility(&p, 0.0, p.y, alone * p.y, 0.0) - TOL);
    }
}
