//! The specialization figure: readout, chart with the coordination dividend shaded, data table and
//! text alternative, handed to the kit's frame.

use super::model::{self, Params};
use super::params::{to_params, PARAMS};
use crate::chart::{self, ChartError, Dash, Ink, Key, LineChart, Pen, Rule, Series, Shade};
use crate::sims::kit::figure::{chart_declined, declined, Figure};
use crate::sims::kit::param::{article, percent};
use crate::sims::kit::table::Table;

const SPENDING: Pen = Pen::new(Ink::Mark, Dash::Dotted, true);

/// The figure as the kit sees it.
pub static FIGURE: Figure = Figure {
    name: "specialize",
    params: PARAMS,
    readout,
    chart,
    table,
    describe,
    axes: |_| {
        (
            "Share of capability areas consolidated →",
            "Share of the fully duplicated baseline",
        )
    },
    legend: |_| {
        &[
            ("Spending", Key::Line(SPENDING)),
            ("Capability, coordinated", Key::Line(Pen::A)),
            ("Capability, uncoordinated cuts", Key::Line(Pen::B)),
            ("Coordination dividend", Key::Area),
        ]
    },
    try_this: &[
        (
            "Little overhead, three members, unreliable partners",
            "n:3,phi:0.1,delta:0.2",
        ),
        ("Full consolidation", "z0:1"),
    ],
};

/// Who fields more, in words.
fn threshold_text(p: &Params) -> String {
    let t = model::threshold(p);
    if t >= 0.5 {
        "Coordination fields more at every level of consolidation, whatever the risk that a partner fails to deliver."
            .to_string()
    } else if p.delta <= t {
        format!(
            "Coordination fields more at every level of consolidation while the risk that a partner fails to deliver stays below {}.",
            percent(t)
        )
    } else {
        let risk = percent(p.delta);
        format!(
            "With {} {risk} risk that a partner fails to deliver, above {}, the same cuts made without coordination field more at every level of consolidation.",
            article(&risk),
            percent(t.max(0.0))
        )
    }
}

fn readout(values: &[f64]) -> Result<String, String> {
    let p = to_params(values);
    model::check(&p).map_err(declined)?;
    Ok(format!(
        "At {} consolidation the alliance spends {} of the duplicated budget and fields {} of its capability; the same cut made by each member alone, uncoordinated, leaves {}. Spending is the same either way, by construction. {}",
        percent(p.z0),
        percent(model::spending(&p, p.z0)),
        percent(model::coordinated(&p, p.z0)),
        percent(model::uncoordinated(&p, p.z0)),
        threshold_text(&p)
    ))
}

fn describe(values: &[f64]) -> String {
    let p = to_params(values);
    format!(
        "Line chart against the share of capability areas consolidated, 0% to 100%: spending (thin, dotted) falls from 100% to {}; capability with coordination (solid) falls to {}, with the same cuts made without coordination (dashed) to {}; the gap between them, the coordination dividend, is shaded. {} The current level, {}, is marked.",
        percent(model::spending(&p, 1.0)),
        percent(model::coordinated(&p, 1.0)),
        percent(model::uncoordinated(&p, 1.0)),
        threshold_text(&p),
        percent(p.z0)
    )
}

fn table(values: &[f64]) -> Table {
    let p = to_params(values);
    Table {
        caption: format!(
            "Spending and capability by consolidation, {:.0} members",
            p.n
        ),
        head: vec![
            "Consolidated".into(),
            "Spending".into(),
            "Capability, coordinated".into(),
            "Capability, uncoordinated cuts".into(),
        ],
        rows: (0..=10)
            .map(|i| {
                let z = f64::from(i) / 10.0;
                vec![
                    percent(z),
                    percent(model::spending(&p, z)),
                    percent(model::coordinated(&p, z)),
                    percent(model::uncoordinated(&p, z)),
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
    let line = |f: fn(&(f64, f64, f64, f64)) -> f64| -> Vec<(f64, f64)> {
        curves.iter().map(|c| (c.0, f(c))).collect()
    };
    let (spending, coordinated, uncoordinated) = (line(|c| c.1), line(|c| c.2), line(|c| c.3));
    // The dividend: where coordination fields more, the gap down to the uncoordinated line.
    let lower = line(|c| c.3.min(c.2));
    let ticks = chart::ticks(0.0, 1.0, 4, true);
    let refs = chart::tick_refs(&ticks);
    out(&LineChart {
        x: (0.0, 1.0),
        y: (0.0, 1.0),
        x_ticks: &refs,
        y_ticks: &refs,
        series: &[
            Series {
                points: &spending,
                pen: SPENDING,
            },
            Series {
                points: &uncoordinated,
                pen: Pen::B,
            },
            Series {
                points: &coordinated,
                pen: Pen::A,
            },
        ],
        shade: Some(Shade {
            upper: &coordinated,
            lower: &lower,
        }),
        rules: &[Rule::current(p.z0)],
        points: &[
            (p.z0, model::coordinated(&p, p.z0)),
            (p.z0, model::uncoordinated(&p, p.z0)),
            (p.z0, model::spending(&p, p.z0)),
        ],
    });
    Ok(())
}
