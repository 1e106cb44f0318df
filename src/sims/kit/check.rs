//! The parameter box a model accepts. Pure: models call this to decline values outside their sliders'
//! ranges (the kit clamps before calling, so this is the last line, not the first).

/// A parameter was not a finite number inside its range; names the parameter's key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OutOfRange(pub &'static str);

/// `Ok` when `v` is finite and in `lo..=hi`, else the key.
pub fn inside(key: &'static str, v: f64, lo: f64, hi: f64) -> Result<(), OutOfRange> {
    if v.is_finite() && (lo..=hi).contains(&v) {
        Ok(())
    } else {
        Err(OutOfRange(key))
    }
}
