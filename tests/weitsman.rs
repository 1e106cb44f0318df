//! The Weitsman model: reference values at the defaults and every invariant of the specification as a
//! property over the whole parameter box.
#![cfg(not(target_arch = "wasm32"))]

use alliance_organization::sims::weitsman::model::*;
use alliance_organization::sims::weitsman::params::{to_params, PARAMS};
use alliance_organization::sims::weitsman::view::FIGURE;

mod common;
use proptest::prelude::*;

const TOL: f64 = 1e-9;

fn close(a: f64, b: f64, tol: f64) -> bool {
    (a - b).abs() <= tol
}

#[test]
fn reference_values_at_the_defaults() {
    let p = Params::default();
    let o = run(&p).expect("defaults are inside the box");
    assert!(close(o.nu, 0.6770, 5e-5), "nu {}", o.nu);
    assert!(close(o.pa, 0.7098, 5e-5), "PA {}", o.pa);
    assert!(close(o.pc, 0.6540, 5e-5), "PC {}", o.pc);
    assert!(close(o.ea, 0.6795, 5e-5), "EA {}", o.ea);
    assert!(close(o.ec, 0.6440, 5e-5), "EC {}", o.ec);
    let x = o.crossover.expect("a crossover at the defaults");
    assert!(close(x, 0.4971, 5e-5), "x* {x}");
    match crossings(&p).as_slice() {
        [Crossing::CoalitionOvertakes(a), Crossing::AllianceRetakes(b)] => {
            assert!(close(*a, 3.5, 0.05), "overtakes at {a}");
            assert!(close(*b, 9.8, 0.05), "retakes at {b}");
        }
        other => panic!("expected two crossings, got {other:?}"),
    }
}

#[test]
fn try_this_b_the_crossover_is_lowest_for_wars_of_about_a_year() {
    let at = |t: f64| {
        crossover(&Params {
            t,
            ..Params::default()
        })
        .unwrap_or(2.0)
    };
    let (best_t, best_x) = (1..=60)
        .map(|t| (t, at(f64::from(t))))
        .fold((0, 2.0), |acc, (t, x)| if x < acc.1 { (t, x) } else { acc });
    assert!((9..=15).contains(&best_t), "lowest x* at {best_t} months");
    assert!(close(best_x, 0.40, 0.01), "lowest x* {best_x}");
    // The prompts step through it: a month, a year (near the lowest), five years.
    let month = to_params(&common::prompt(&FIGURE, "Intensity 0.6, a one-month war"));
    let year = to_params(&common::prompt(&FIGURE, "… a year-long war"));
    let five = to_params(&common::prompt(&FIGURE, "… a five-year war"));
    assert!(
        (9.0..=15.0).contains(&year.t),
        "the year-long prompt sits at the low point"
    );
    assert!(at(year.t) < at(month.t) && at(year.t) < at(five.t));
}

#[test]
fn outside_the_box_the_model_declines() {
    for p in [
        Params {
            x0: f64::NAN,
            ..Params::default()
        },
        Params {
            n: 1.0,
            ..Params::default()
        },
        Params {
            g: 1.5,
            ..Params::default()
        },
        Params {
            t: f64::INFINITY,
            ..Params::default()
        },
    ] {
        assert!(run(&p).is_err(), "{p:?}");
    }
}

/// Any parameters in the box `params.rs` declares.
fn any_params() -> impl Strategy<Value = Params> {
    common::in_box(PARAMS).prop_map(|v| to_params(&v))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    /// 1. Scores lie in [0, 1]; fall with intensity (strictly above 0) and with size; EA rises strictly
    /// with integration, EC does not fall.
    #[test]
    fn scores_are_bounded_and_move_the_right_way(p in any_params(), x in 0.0..=1.0f64, dx in 0.001..0.5f64,
                                                  dn in 0.01..5.0f64, dg in 0.001..0.5f64, t in 0.0..=60.0f64) {
        for v in [ea(&p, x), ec(&p, x), ec_at(&p, t, x)] {
            prop_assert!(v.is_finite() && (-TOL..=1.0 + TOL).contains(&v), "{v}");
        }
        let x2 = (x + dx).min(1.0);
        if x2 > x {
            prop_assert!(ea(&p, x2) < ea(&p, x) + TOL);
            prop_assert!(ec(&p, x2) < ec(&p, x) + TOL);
            if x > 0.0 {
                prop_assert!(ea(&p, x2) < ea(&p, x));
                prop_assert!(ec(&p, x2) < ec(&p, x));
            }
        }
        let bigger = Params { n: (p.n + dn).min(30.0), ..p };
        prop_assert!(ea(&bigger, x) <= ea(&p, x) + TOL);
        prop_assert!(ec(&bigger, x) <= ec(&p, x) + TOL);
        prop_assert!(ec_at(&bigger, t, x) <= ec_at(&p, t, x) + TOL);
        let integrated = Params { g: (p.g + dg).min(1.0), ..p };
        if integrated.g > p.g {
            prop_assert!(ea(&integrated, x) > ea(&p, x) - TOL);
            prop_assert!(pa(&integrated) > pa(&p));
        }
        prop_assert!(ec(&integrated, x) >= ec(&p, x) - TOL);
    }

    /// 2. κA·PA − κC·PC > 0, so EC − EA rises with intensity: at most one crossover, alliance ahead left
    /// of it and coalition right; the lines meet there.
    #[test]
    fn at_most_one_crossover_and_the_lines_meet_there(p in any_params(), x in 0.0..=1.0f64) {
        prop_assert!(KAPPA_A * pa(&p) - KAPPA_C * pc(&p) > 0.02);
        if let Some(xs) = crossover(&p) {
            prop_assert!((ea(&p, xs) - ec(&p, xs)).abs() < TOL);
            if x < xs - 1e-6 { prop_assert!(ea(&p, x) > ec(&p, x)); }
            if x > xs + 1e-6 { prop_assert!(ec(&p, x) > ea(&p, x)); }
        }
    }

    /// 3. A crossover exists iff PA > PC and EA(1) ≤ EC(1); it does not fall with integration nor rise
    /// with size.
    #[test]
    fn the_crossover_exists_when_and_moves_as_it_should(p in any_params(), dg in 0.001..0.5f64, dn in 0.01..5.0f64) {
        let exists = pa(&p) > pc(&p) && ea(&p, 1.0) <= ec(&p, 1.0) + TOL;
        let found = crossover(&p);
        // On the boundary (x* = 1 within rounding) either answer is right.
        if (ea(&p, 1.0) - ec(&p, 1.0)).abs() > 1e-9 {
            prop_assert_eq!(found.is_some(), exists);
        }
        let to_x = |q: &Params| crossover(q).unwrap_or(f64::INFINITY);
        if let Some(x) = found {
            let integrated = Params { g: (p.g + dg).min(1.0), ..p };
            prop_assert!(to_x(&integrated) >= x - 1e-9);
        }
        let bigger = Params { n: (p.n + dn).min(30.0), ..p };
        if let Some(xb) = crossover(&bigger) {
            prop_assert!(xb <= to_x(&p) + 1e-9);
        }
    }

    /// 4. EC(x0) is the mean of the month-by-month curve over the war.
    #[test]
    fn ec_is_the_war_average_of_the_monthly_curve(p in any_params()) {
        let steps = 4000;
        let dt = p.t / f64::from(steps);
        // Simpson's rule.
        let mut sum = ec_at(&p, 0.0, p.x0) + ec_at(&p, p.t, p.x0);
        for i in 1..steps {
            let w = if i % 2 == 1 { 4.0 } else { 2.0 };
            sum += w * ec_at(&p, f64::from(i) * dt, p.x0);
        }
        let mean = sum * dt / 3.0 / p.t;
        prop_assert!((mean - ec(&p, p.x0)).abs() < 1e-6, "{mean} vs {}", ec(&p, p.x0));
    }

    /// 5. The monthly curve has at most one peak, hence at most two crossings, alternating in kind.
    #[test]
    fn at_most_two_crossings_in_view_b(p in any_params()) {
        let curve = over_the_war(&p, 241).coalition;
        let turns = curve.windows(3).filter(|w| (w[1].1 - w[0].1) > 1e-12 && (w[2].1 - w[1].1) < -1e-12).count();
        prop_assert!(turns <= 1);
        let c = crossings(&p);
        prop_assert!(c.len() <= 2);
        if let [a, b] = c.as_slice() {
            let kind = |x: &Crossing| matches!(x, Crossing::CoalitionOvertakes(_));
            prop_assert!(kind(a) != kind(b), "crossings alternate: {c:?}");
        }
        // The first crossing's kind follows from who leads in month 0.
        let leads_at_start = ec_at(&p, 0.0, p.x0) > ea(&p, p.x0);
        if let Some(first) = c.first() {
            prop_assert_eq!(matches!(first, Crossing::AllianceRetakes(_)), leads_at_start);
        }
    }

    /// Run answers inside the box, and every output is finite.
    #[test]
    fn run_answers_everywhere_inside_the_box(p in any_params()) {
        let o = run(&p).expect("inside the box");
        for v in [o.nu, o.pa, o.pc, o.ea, o.ec] {
            prop_assert!(v.is_finite());
        }
        let lines = by_intensity(&p, 201);
        prop_assert_eq!((lines.alliance.len(), lines.coalition.len()), (201, 201));
    }

    /// The lines a view draws are the model's own functions at every point, to the bit (the lines
    /// work out what does not change along them once).
    #[test]
    fn the_lines_are_the_model_at_every_point(p in any_params()) {
        let a = by_intensity(&p, 201);
        for (&(x, alliance), &(x2, coalition)) in a.alliance.iter().zip(&a.coalition) {
            prop_assert_eq!(x, x2);
            prop_assert_eq!(alliance.to_bits(), ea(&p, x).to_bits());
            prop_assert_eq!(coalition.to_bits(), ec(&p, x).to_bits());
        }
        let b = over_the_war(&p, 241);
        for &(t, coalition) in &b.coalition {
            prop_assert_eq!(coalition.to_bits(), ec_at(&p, t, p.x0).to_bits());
        }
        prop_assert!(b.alliance.iter().all(|&(_, v)| v.to_bits() == ea(&p, p.x0).to_bits()));
    }
}
