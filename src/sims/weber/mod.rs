//! Figure: weber.

pub mod model;
