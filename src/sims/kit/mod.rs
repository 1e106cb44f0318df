//! The simulation kit: one way to build every figure. [`param`] declares parameters once; [`state`]
//! reads and writes them in the URL. (The figure frame and the chart helpers join as the figures do.)

pub mod param;
pub mod state;
