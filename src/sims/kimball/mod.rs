//! Figure: guns, butter and contracting out security (Kimball 2010; Barnett and Levy 1991).

pub mod model;
pub mod params;
pub mod view;
