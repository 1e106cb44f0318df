//! The simulation kit: one way to build every figure. [`param`] declares parameters once; [`state`]
//! reads and writes them in the URL ([`url`] in the browser); [`figure`] is the contract a simulation
//! and the page that places it fill in; [`frame`] is the figure around the chart (readout, "how it
//! works", prompts, reset, link), with its [`controls`], [`table`] and [`browser`] glue. Charts are
//! drawn with [`crate::chart`]. The kit knows nothing of the essay (ARCHITECTURE.md).

pub mod browser;
pub mod check;
pub mod controls;
pub mod figure;
pub mod frame;
pub mod grid;
pub mod param;
pub mod state;
pub mod table;
pub mod url;
