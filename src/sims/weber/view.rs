//! The Weber figure: readout, chart, data table and text alternative, handed to the kit's frame.

use super::model::{self, Curves, Params};
use super::params::{to_params, DECL, PARAMS};
use crate::chart::{self, Key, Pen, Plot, Rule};
use crate::num::fixed;
use crate::sims::kit::check::OutOfRange;
use crate::sims::kit::figure::{Figure, Shown};
use crate::sims::kit::param::{percent, two};
use crate::sims::kit::table::Table;

/// The strongest partner on the slider: the chart's and the table's right end.
const W_MAX: f64 = DECL.w.max();

/// The figure as the kit sees it.
pub static FIGURE: Figure = Figure {
    name: "weber",
    params: PARAMS,
    solve,
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

/// One run of the model: everything the figure shows at these values.
fn solve(values: &[f64]) -> Result<Shown, OutOfRange> {
    let p = to_params(values);
    model::check(&p)?;
    let curves = model::curves(&p, 181);
    Ok(Shown {
        readout: readout(p),
        describe: describe(p),
        table: table(p),
        plot: plot(&p, curves),
    })
}

fn readout(p: Params) -> String {
    let k = model::partners(&p);
    format!(
        "With {} partners each {} of the hub’s strength, pooling adds {} and costs the hub {} in freedom of action: {} serves it better. {}",
        fixed(k, 0),
        percent(p.w),
        two(model::gain(&p, p.w)),
        two(model::autonomy_cost(&p, p.w)),
        choice(&p, p.w),
        threshold_text(&p)
    )
}

fn describe(p: Params) -> String {
    format!(
        "Line chart against each partner’s strength, 0% to {} of the hub’s: the gain from pooling (solid) rises from 0 to {}, the cost in freedom of action (dashed) from 0 to {}. {} The current strength, {}, is marked.",
        percent(W_MAX),
        two(model::gain(&p, W_MAX)),
        two(model::autonomy_cost(&p, W_MAX)),
        threshold_text(&p),
        percent(p.w)
    )
}

fn table(p: Params) -> Table {
    Table {
        caption: format!(
            "Value to the hub by partner strength, {} partners",
            fixed(model::partners(&p), 0)
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
fn y_top(p: &Params, curves: &Curves) -> f64 {
    let cost = curves.cost.iter().map(|c| c.1).fold(0.0, f64::max);
    let top = if cost > 0.01 {
        (2.0 * cost).max((1.15 * model::gain(p, p.w)).min(6.0 * cost))
    } else {
        1.05 * model::gain(p, W_MAX)
    };
    chart::round_up(top)
}

/// The chart: gain and cost across the partners' strengths, the current strength marked, and where
/// pooling starts to pay.
fn plot(p: &Params, curves: Curves) -> Plot {
    let top = y_top(p, &curves);
    let w = model::threshold(p);
    let mut plot = Plot::new((0.0, W_MAX), (0.0, top))
        .x_ticks(6, true)
        .line(curves.gain, Pen::A)
        .line(curves.cost, Pen::B)
        .rule(Rule::current(p.w), "")
        .points(&[
            (p.w, model::gain(p, p.w)),
            (p.w, model::autonomy_cost(p, p.w)),
        ]);
    if w > 0.0 && w <= W_MAX {
        plot = plot.rule(Rule::threshold(w, ""), "pooling pays beyond here");
    }
    plot
}
