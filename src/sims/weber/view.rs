//! The Weber figure: readout, chart, data table and text alternative, handed to the kit's frame.

use super::model::{self, Params};
use super::params::{to_params, DECL, PARAMS};
use crate::chart::{self, ChartError, Key, LineChart, Pen, Rule, Series};
use crate::sims::kit::figure::{chart_declined, declined, Figure};
use crate::sims::kit::param::{percent, two};
use crate::sims::kit::table::Table;

/// The strongest partner on the slider: the chart's and the table's right end.
const W_MAX: f64 = DECL.w.max();

/// The figure as the kit sees it.
pub static FIGURE: Figure = Figure {
    name: "weber",
    params: PARAMS,
    readout,
    chart,
    table,
    describe,
    axes: |_| {
        (
            "Each partner’s strength relative to the hub →",
            "Value to the hub (hub’s strength = 1)",
        )
    },
    legend: |_| {
        &[
            ("Gain from pooling", Key::Line(Pen::A)),
            ("Cost in freedom of action", Key::Line(Pen::B)),
        ]
    },
    try_this: &[
        ("Three members", "n:3"),
        ("Ten members", "n:10"),
        ("A hub that prizes its freedom", "alpha:3"),
    ],
};

fn choice(p: &Params, w: f64) -> &'static str {
    if model::multilateral(p, w) {
        "multilateral pooling"
    } else {
        "hub-and-spoke"
    }
}

/// Where pooling starts to pay, in words.
fn threshold_text(p: &Params) -> String {
    let w = model::threshold(p);
    if p.alpha <= 0.0 {
        "A hub that puts no value on freedom of action gains from pooling at any strength.".into()
    } else if w > W_MAX {
        format!(
            "Pooling pays only from about {}, stronger partners than this slider allows.",
            percent(w)
        )
    } else {
        format!("Pooling pays from about {}.", percent(w))
    }
}

fn readout(values: &[f64]) -> Result<String, String> {
    let p = to_params(values);
    model::check(&p).map_err(declined)?;
    let k = model::partners(&p);
    Ok(format!(
        "With {k:.0} partners each {} of the hub’s strength, pooling adds {} and costs the hub {} in freedom of action: {} serves it better. {}",
        percent(p.w),
        two(model::gain(&p, p.w)),
        two(model::autonomy_cost(&p, p.w)),
        choice(&p, p.w),
        threshold_text(&p)
    ))
}

fn describe(values: &[f64]) -> String {
    let p = to_params(values);
    format!(
        "Line chart against each partner’s strength, 0% to 60% of the hub’s: the gain from pooling (solid) rises from 0 to {}, the cost in freedom of action (dashed) from 0 to {}. {} The current strength, {}, is marked.",
        two(model::gain(&p, W_MAX)),
        two(model::autonomy_cost(&p, W_MAX)),
        threshold_text(&p),
        percent(p.w)
    )
}

fn table(values: &[f64]) -> Table {
    let p = to_params(values);
    Table {
        caption: format!(
            "Value to the hub by partner strength, {:.0} partners",
            model::partners(&p)
        ),
        head: vec![
            "Partner strength".into(),
            "Gain from pooling".into(),
            "Cost in freedom of action".into(),
            "Better for the hub".into(),
        ],
        rows: (0..=10)
            .map(|i| {
                let w = f64::from(i) * W_MAX / 10.0;
                vec![
                    percent(w),
                    two(model::gain(&p, w)),
                    two(model::autonomy_cost(&p, w)),
                    choice(&p, w).into(),
                ]
            })
            .collect(),
    }
}

/// The top of the y axis: room for the cost curve twice over, or the whole gain curve when the hub
/// puts no value on freedom of action.
fn y_top(p: &Params, curves: &[(f64, f64, f64)]) -> f64 {
    let cost = curves.iter().map(|c| c.2).fold(0.0, f64::max);
    let top = if cost > 0.01 {
        (2.0 * cost).max((1.15 * model::gain(p, p.w)).min(6.0 * cost))
    } else {
        1.05 * model::gain(p, W_MAX)
    };
    chart::round_up(top)
}

/// The chart at these values, handed to `out` (the canvas, or the build-time picture).
fn chart(values: &[f64], out: &mut dyn FnMut(&LineChart)) -> Result<(), ChartError> {
    let p = to_params(values);
    model::check(&p).map_err(chart_declined)?;
    let curves = model::curves(&p, 181);
    let gain: Vec<(f64, f64)> = curves.iter().map(|c| (c.0, c.1)).collect();
    let cost: Vec<(f64, f64)> = curves.iter().map(|c| (c.0, c.2)).collect();
    let top = y_top(&p, &curves);
    let mut rules = vec![Rule::current(p.w)];
    let w = model::threshold(&p);
    if w > 0.0 && w <= W_MAX {
        rules.push(Rule::threshold(w, "pooling pays beyond here"));
    }
    let x_ticks = chart::ticks(0.0, W_MAX, 6, true);
    let y_ticks = chart::ticks(0.0, top, 4, false);
    out(&LineChart {
        x: (0.0, W_MAX),
        y: (0.0, top),
        x_ticks: &chart::tick_refs(&x_ticks),
        y_ticks: &chart::tick_refs(&y_ticks),
        series: &[
            Series {
                points: &gain,
                pen: Pen::A,
            },
            Series {
                points: &cost,
                pen: Pen::B,
            },
        ],
        shade: None,
        rules: &rules,
        points: &[
            (p.w, model::gain(&p, p.w)),
            (p.w, model::autonomy_cost(&p, p.w)),
        ],
    });
    Ok(())
}
