//! Figure: arms that attract allies (Horowitz, Poast and Stam 2015).

pub mod model;
pub mod params;
pub mod view;
