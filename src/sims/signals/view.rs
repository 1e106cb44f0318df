//! The signalling figure: readout, chart, data table and text alternative, handed to the kit's frame.

use super::model::{self, Params};
use super::params::{to_params, PARAMS};
use crate::chart::{self, ChartError, Dash, Ink, Key, LineChart, Pen, Rule, Series};
use crate::sims::kit::figure::{chart_declined, declined, Figure};
use crate::sims::kit::param::{percent, two};
use crate::sims::kit::table::Table;

const NET: Pen = Pen::new(Ink::B, Dash::Dotted, false);

/// The figure as the kit sees it.
pub static FIGURE: Figure = Figure {
    name: "signals",
    params: PARAMS,
    readout,
    chart,
    table,
    describe,
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

fn readout(values: &[f64]) -> Result<String, String> {
    let p = to_params(values);
    model::check(&p).map_err(declined)?;
    Ok(format!(
        "After effort worth {} of the alliance the partner is {} sure; it needs {}, {}.",
        percent(p.f0),
        percent(model::confidence(&p, p.f0)),
        percent(p.need),
        threshold_text(&p)
    ))
}

fn describe(values: &[f64]) -> String {
    let p = to_params(values);
    format!(
        "Line chart against effort, 0% to 100% of the alliance’s worth: the partner’s confidence (solid) rises from {} to {}; the confidence it needs is a level line at {}, {}; a committed state’s net gain if accepted (dotted) falls from 1 to 0. The current effort, {}, is marked.",
        percent(p.p0),
        percent(model::confidence(&p, 1.0)),
        percent(p.need),
        threshold_text(&p),
        percent(p.f0)
    )
}

fn table(values: &[f64]) -> Table {
    let p = to_params(values);
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

/// The chart at these values, handed to `out` (the canvas, or the build-time picture).
fn chart(values: &[f64], out: &mut dyn FnMut(&LineChart)) -> Result<(), ChartError> {
    let p = to_params(values);
    model::check(&p).map_err(chart_declined)?;
    let curves = model::curves(&p, 201);
    let confidence: Vec<(f64, f64)> = curves.iter().map(|c| (c.0, c.1)).collect();
    let net: Vec<(f64, f64)> = curves.iter().map(|c| (c.0, c.2)).collect();
    let mut rules = vec![
        Rule::current(p.f0),
        Rule::level(p.need, "confidence needed"),
    ];
    let f = model::threshold(&p);
    if f > 0.0 && f <= 1.0 {
        rules.push(Rule::threshold(f, "convincing from here"));
    }
    let ticks = chart::ticks(0.0, 1.0, 4, true);
    let refs = chart::tick_refs(&ticks);
    out(&LineChart {
        x: (0.0, 1.0),
        y: (0.0, 1.0),
        x_ticks: &refs,
        y_ticks: &refs,
        series: &[
            Series {
                points: &net,
                pen: NET,
            },
            Series {
                points: &confidence,
                pen: Pen::A,
            },
        ],
        shade: None,
        rules: &rules,
        points: &[(p.f0, model::confidence(&p, p.f0)), (p.f0, 1.0 - p.f0)],
    });
    Ok(())
}
