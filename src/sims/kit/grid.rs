//! The points a chart samples. Pure: models use it for their curves.

/// `points` evenly spaced values from `lo` to `hi`, both included (at least two).
pub fn grid(lo: f64, hi: f64, points: usize) -> impl Iterator<Item = f64> {
    let last = points.max(2) - 1;
    (0..=last).map(move |i| lo + (hi - lo) * i as f64 / last as f64)
}
