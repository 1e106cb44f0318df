//! The simulation kit: one way to build every figure. [`param`] declares parameters once; [`state`]
//! reads and writes them in the URL; [`frame`] is the figure around the chart (controls, readout, data
//! table, "how it works", prompts, reset, link). Charts are drawn with [`crate::chart`].

pub mod check;
pub mod frame;
pub mod grid;
pub mod param;
pub mod state;
