//! Figure: spending less, fielding as much? (The review's agenda; Weitsman 2014, Weber 1992.)

pub mod model;
pub mod params;
pub mod view;
