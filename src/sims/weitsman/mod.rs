//! Figure: alliance or coalition? (Weitsman 2010, 2014; Rafferty 2003.)

pub mod model;
pub mod params;
pub mod view;
