//! Numbers as text (`num`): the page's own fixed-decimal writer agrees with Rust's `{:.N}` wherever the
//! two roundings agree, and says what it promises at ties, zero and the edges.
#![cfg(not(target_arch = "wasm32"))]

use alliance_organization::num::{fixed, trimmed};
use proptest::prelude::*;

#[test]
fn examples() {
    assert_eq!(fixed(0.3, 2).to_string(), "0.30");
    assert_eq!(fixed(7.0, 0).to_string(), "7");
    assert_eq!(fixed(12.345, 1).to_string(), "12.3");
    assert_eq!(fixed(-1.25, 1).to_string(), "-1.3");
    assert_eq!(
        fixed(0.125, 2).to_string(),
        "0.13",
        "ties round away from zero"
    );
    assert_eq!(fixed(2.5, 0).to_string(), "3");
    assert_eq!(
        fixed(-0.001, 2).to_string(),
        "0.00",
        "no minus sign on a zero"
    );
    assert_eq!(fixed(-0.0, 1).to_string(), "0.0");
    assert_eq!(fixed(0.999, 2).to_string(), "1.00");
    assert_eq!(fixed(1.0e6, 3).to_string(), "1000000.000");
    assert_eq!(fixed(f64::NAN, 2).to_string(), "NaN");
    assert_eq!(fixed(f64::INFINITY, 2).to_string(), "inf");
    assert_eq!(fixed(f64::NEG_INFINITY, 0).to_string(), "-inf");
    assert_eq!(
        fixed(0.5, 12).to_string(),
        "0.500000000",
        "at most nine decimals"
    );
    assert_eq!(trimmed(0.50, 2), "0.5");
    assert_eq!(trimmed(3.0, 2), "3");
    assert_eq!(trimmed(0.05, 2), "0.05");
    assert_eq!(trimmed(-0.004, 2), "0");
    assert_eq!(trimmed(40.0, 0), "40");
}

/// How far `x` lies from the nearest tie at `places` decimals, in units of the last place.
fn from_tie(x: f64, places: usize) -> f64 {
    let s = x.abs() * 10f64.powi(places as i32);
    ((s - s.floor()) - 0.5).abs()
}

proptest! {
    /// Away from ties the two agree exactly, sign included (a zero aside).
    #[test]
    fn agrees_with_rust_away_from_ties(x in -1.0e6f64..1.0e6, places in 0usize..5) {
        prop_assume!(from_tie(x, places) > 1e-6);
        let ours = fixed(x, places).to_string();
        let rust = format!("{x:.places$}");
        let rust = if rust.trim_start_matches('-').chars().all(|c| c == '0' || c == '.') {
            rust.trim_start_matches('-').to_string()
        } else {
            rust
        };
        prop_assert_eq!(ours, rust);
    }

    /// Any finite number is written as digits, with the decimals asked for.
    #[test]
    fn any_finite_number_is_digits(x in proptest::num::f64::NORMAL | proptest::num::f64::SUBNORMAL | proptest::num::f64::ZERO, places in 0usize..10) {
        let text = fixed(x, places).to_string();
        let body = text.strip_prefix('-').unwrap_or(&text);
        let (whole, part) = body.split_once('.').unwrap_or((body, ""));
        prop_assert!(!whole.is_empty() && whole.bytes().all(|b| b.is_ascii_digit()), "{text}");
        prop_assert_eq!(part.len(), places);
        prop_assert!(part.bytes().all(|b| b.is_ascii_digit()), "{}", text);
    }
}
