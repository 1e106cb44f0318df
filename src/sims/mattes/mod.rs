//! Figure: mattes.

pub mod model;
