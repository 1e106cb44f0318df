//! Figure: specialize.

pub mod model;
