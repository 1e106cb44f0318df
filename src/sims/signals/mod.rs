//! Figure: signals.

pub mod model;
