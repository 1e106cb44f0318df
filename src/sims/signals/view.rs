//! The signalling figure: readout, chart, data table and text alternative, handed to the kit's frame.

use super::model::{self, Curves, Params};
use super::params::{to_params, DECL, PARAMS};
use crate::chart::{Dash, Ink, Key, Pen, Plot, Rule};
use crate::sims::kit::check::OutOfRange;
use crate::sims::kit::figure::{Figure, Shown};
use crate::sims::kit::param::{percent, two};
use crate::sims::kit::table::Table;

const NET: Pen = Pen::new(Ink::B, Dash::Dotted, false);

/// The figure as the kit sees it.
pub static FIGURE: Figure = Figure {
    name: "signals",
    params: PARAMS,
    solve,
    axes: |_| {
        (
            "Effort shown, as a share of the alliance’s worth →",
            "Partner’s confidence; committed state’s net gain if accepted",
        )
    },
    legend: |_| {
        &[
            ("Partner’s confidence", Key::Line(Pen::A)),
            ("Committed state’s net gain if accepted", Key::Line(NET)),
        ]
    },
    try_this: &[
        ("A signal that tracks nothing", "r:1"),
        ("A wary partner", "need:0.95"),
    ],
};

/// The least convincing effort, in words.
fn threshold_text(p: &Params) -> String {
    let f = model::threshold(p);
    if f <= 0.0 {
        "which the prior already gives: no effort is needed".to_string()
    } else if f > 1.0 {
        format!(
            "reached only at effort worth {}, more than a committed state would pay",
            percent(f)
        )
    } else {
        format!("reached at effort worth {}", percent(f))
    }
}

/// One run of the model: everything the figure shows at these values.
fn solve(values: &[f64]) -> Result<Shown, OutOfRange> {
    let p = to_params(values);
    model::check(&p)?;
    Ok(Shown {
        readout: readout(p),
        describe: describe(p),
        table: table(p),
        plot: plot(p, model::curves(&p, 201)),
    })
}

fn readout(p: Params) -> String {
    format!(
        "After effort worth {} of the alliance the partner is {} sure; it needs {}, {}.",
        percent(p.f0),
        percent(model::confidence(&p, p.f0)),
        percent(p.need),
        threshold_text(&p)
    )
}

fn describe(p: Params) -> String {
    format!(
        "Line chart against effort, 0% to 100% of the alliance’s worth: the partner’s confidence (solid) rises from {} to {}; the confidence it needs is a level line at {}, {}; a committed state’s net gain if accepted (dotted) falls from 1 to 0. The current effort, {}, is marked.",
        percent(p.p0),
        percent(model::confidence(&p, 1.0)),
        percent(p.need),
        threshold_text(&p),
        percent(p.f0)
    )
}

fn table(p: Params) -> Table {
    Table {
        caption: format!("Confidence by effort, prior {}", percent(p.p0)),
        head: vec![
            "Effort".into(),
            "Uncommitted states that would mimic".into(),
            "Partner’s confidence".into(),
            "Committed state’s net gain if accepted".into(),
        ],
        rows: (0..=10)
            .map(|i| {
                let f = f64::from(i) / 10.0;
                vec![
                    percent(f),
                    percent(model::mimics(&p, f)),
                    percent(model::confidence(&p, f)),
                    two(1.0 - f),
                ]
            })
            .collect(),
    }
}

/// The chart: the partner's confidence and a committed state's net gain across the efforts, the
/// confidence needed, the current effort, and where effort starts to convince.
fn plot(p: Params, curves: Curves) -> Plot {
    let f = model::threshold(&p);
    let mut plot = Plot::new((DECL.f0.min(), DECL.f0.max()), (0.0, 1.0))
        .x_ticks(4, true)
        .y_ticks(4, true)
        .line(curves.net, NET)
        .line(curves.confidence, Pen::A)
        .rule(Rule::current(p.f0), "")
        .rule(Rule::level(p.need, ""), "confidence needed")
        .points(&[(p.f0, model::confidence(&p, p.f0)), (p.f0, 1.0 - p.f0)]);
    if f > 0.0 && f <= DECL.f0.max() {
        plot = plot.rule(Rule::threshold(f, ""), "convincing from here");
    }
    plot
}
