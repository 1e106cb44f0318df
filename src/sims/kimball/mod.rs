//! Figure: kimball.

pub mod model;
