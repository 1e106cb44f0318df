//! Figure: who insists on binding rules? (Mattes 2012.)

pub mod model;
pub mod params;
pub mod view;
