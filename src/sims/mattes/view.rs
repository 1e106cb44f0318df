//! The Mattes figure: readout, chart, data table and text alternative, handed to the kit's frame.

use super::model::{self, Curves, Params};
use super::params::{to_params, DECL, PARAMS};
use crate::chart::{Dash, Ink, Key, Pen, Plot, Rule};
use crate::num::fixed;
use crate::sims::kit::check::OutOfRange;
use crate::sims::kit::figure::{Figure, Shown};
use crate::sims::kit::param::{article, percent, two};
use crate::sims::kit::table::Table;

const WEAKER: Pen = Pen::new(Ink::B, Dash::Dotted, true);
const STRONGER: Pen = Pen::new(Ink::B, Dash::Dashed, true);

/// The figure as the kit sees it.
pub static FIGURE: Figure = Figure {
    name: "mattes",
    params: PARAMS,
    solve,
    axes: |_| {
        (
            "Stronger ally’s share of joint power →",
            "Demand for safeguards (0–1)",
        )
    },
    legend: |_| {
        &[
            ("Pair’s power-weighted demand", Key::Line(Pen::A)),
            ("Weaker ally’s wish", Key::Line(WEAKER)),
            ("Stronger ally’s wish", Key::Line(STRONGER)),
        ]
    },
    try_this: &[
        ("A lopsided pair: 85/15", "s:0.85"),
        ("Two unreliable allies", "u2:0.6"),
    ],
};

/// "60/40"
fn split(s: f64) -> String {
    let strong = (s * 100.0).round();
    format!("{}/{}", fixed(strong, 0), fixed(100.0 - strong, 0))
}

/// "a 60/40 split", "an 85/15 split"
fn a_split(s: f64) -> String {
    let text = split(s);
    format!("{} {text} split", article(&text))
}

/// Where binding rules stop paying, in words.
fn threshold_text(p: &Params) -> String {
    match model::threshold(p) {
        Some(s) if s <= DECL.s.max() => {
            format!("Past {} the model gives a loose design.", a_split(s))
        }
        Some(_) => "Binding rules pay at every split shown.".to_string(),
        None => "No split makes binding rules worth their cost.".to_string(),
    }
}

fn design_word(p: &Params) -> &'static str {
    if model::binding(p, p.s) {
        "tightly institutionalized"
    } else {
        "loose"
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
        plot: plot(p, model::curves(&p, 181)),
    })
}

fn readout(p: Params) -> String {
    format!(
        "With {}, the weaker ally wants safeguards at {} and the pair’s power-weighted demand is {} against a cost of {}: the model gives a {} design. {}",
        a_split(p.s),
        two(model::w2(&p, p.s)),
        two(model::demand(&p, p.s)),
        two(p.c),
        design_word(&p),
        threshold_text(&p)
    )
}

fn describe(p: Params) -> String {
    let ends = |f: fn(&Params, f64) -> f64| {
        format!(
            "{} to {}",
            two(f(&p, DECL.s.min())),
            two(f(&p, DECL.s.max()))
        )
    };
    format!(
        "Line chart against the stronger ally’s share of power, {} to {}: the pair’s power-weighted demand (thick) goes from {}, the weaker ally’s wish (thin, dotted) from {}, the stronger ally’s wish (thin, dashed) from {}; the cost of binding rules is a level line at {}. {} The current split, {}, is marked.",
        percent(DECL.s.min()),
        percent(DECL.s.max()),
        ends(model::demand),
        ends(model::w2),
        ends(model::w1),
        two(p.c),
        threshold_text(&p),
        split(p.s)
    )
}

fn table(p: Params) -> Table {
    Table {
        caption: format!("Demand for safeguards by split, cost {}", two(p.c)),
        head: vec![
            "Split".into(),
            "Stronger ally’s wish".into(),
            "Weaker ally’s wish".into(),
            "Power-weighted demand".into(),
            "Design the model gives".into(),
        ],
        rows: (10..=19)
            .map(|i| {
                let s = f64::from(i) * 0.05;
                let q = Params { s, ..p };
                vec![
                    split(s),
                    two(model::w1(&p, s)),
                    two(model::w2(&p, s)),
                    two(model::demand(&p, s)),
                    design_word(&q).into(),
                ]
            })
            .collect(),
    }
}

/// The chart: the demand and both wishes across the power shares, the cost of binding rules, the
/// current share, and where the design turns loose.
fn plot(p: Params, curves: Curves) -> Plot {
    let mut plot = Plot::new((DECL.s.min(), DECL.s.max()), (0.0, 1.0))
        .x_ticks(5, true)
        .line(curves.stronger, STRONGER)
        .line(curves.weaker, WEAKER)
        .line(curves.demand, Pen::A)
        .rule(Rule::current(p.s), "")
        .rule(Rule::level(p.c, ""), "cost of binding rules")
        .points(&[
            (p.s, model::demand(&p, p.s)),
            (p.s, model::w2(&p, p.s)),
            (p.s, model::w1(&p, p.s)),
        ]);
    if let Some(s) = model::threshold(&p).filter(|s| *s <= DECL.s.max()) {
        plot = plot.rule(Rule::threshold(s, ""), "loose design beyond here");
    }
    plot
}
