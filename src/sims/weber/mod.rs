//! Figure: one table or many spokes? (Weber 1992.)

pub mod model;
pub mod params;
pub mod view;
