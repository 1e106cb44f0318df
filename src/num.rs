//! Numbers written as text: a fixed number of decimals, as readouts, tables, labels and addresses give
//! them.
//!
//! Written out because Rust's float formatting (`{:.2}`, `{}` on an `f64`) brings about 12 KB of code
//! (Grisu, Dragon and their big-number arithmetic) into the wasm and is the slowest part of a readout;
//! every number the page shows has a known number of decimals, so scaling, rounding and writing the
//! integer does. No `f64` is formatted with `{}`, `{:?}` or `{:.N}` in code the browser runs, and no
//! `f64::clamp` either (see [`within`]).

use std::fmt;

/// `value` with `places` decimals (at most 9), rounded half away from zero: `fixed(0.125, 2)` writes
/// "0.13", `fixed(7.0, 0)` "7". A value that rounds to zero is written without a minus sign; NaN is
/// "NaN" and the infinities "inf" and "-inf". Magnitudes beyond 10^18 are not written exactly (none is
/// shown here).
pub fn fixed(value: f64, places: usize) -> Fixed {
    Fixed {
        value,
        places: places.min(9),
    }
}

/// `value` with at most `places` decimals and no trailing zeros: `trimmed(0.50, 2)` is "0.5",
/// `trimmed(3.0, 2)` "3". What an address or a tick label needs, no more.
pub fn trimmed(value: f64, places: usize) -> String {
    let mut text = fixed(value, places).to_string();
    if text.contains('.') {
        let keep = text.trim_end_matches('0').trim_end_matches('.').len();
        text.truncate(keep);
    }
    text
}

/// `value` brought within `lo..=hi`: `f64::clamp` without its panic (`lo > hi`, or a NaN bound),
/// whose message alone links Rust's float formatting. Where `lo > hi` the answer is `hi`; a NaN `value`
/// becomes `lo`.
pub fn within(value: f64, lo: f64, hi: f64) -> f64 {
    value.max(lo).min(hi)
}

/// A number to write with a fixed number of decimals: see [`fixed`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Fixed {
    value: f64,
    places: usize,
}

impl fmt::Display for Fixed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Fixed { value, places } = *self;
        if value.is_nan() {
            return f.write_str("NaN");
        }
        if value.is_infinite() {
            return f.write_str(if value < 0.0 { "-inf" } else { "inf" });
        }
        let unit = 10u64.pow(places as u32);
        // One rounding in the product, then half away from zero; `as` saturates beyond u64.
        let scaled = (value.abs() * unit as f64).round() as u64;
        if value < 0.0 && scaled != 0 {
            f.write_str("-")?;
        }
        write!(f, "{}", scaled / unit)?;
        if places > 0 {
            write!(f, ".{:0width$}", scaled % unit, width = places)?;
        }
        Ok(())
    }
}
