//! The specialization figure: readout, chart with the coordination dividend shaded, data table and
//! text alternative, handed to the kit's frame.

use super::model::{self, Curves, Params};
use super::params::{to_params, DECL, PARAMS};
use crate::chart::{Dash, Ink, Key, Pen, Plot, Rule};
use crate::num::fixed;
use crate::sims::kit::check::OutOfRange;
use crate::sims::kit::figure::{Figure, Shown};
use crate::sims::kit::param::{article, percent};
use crate::sims::kit::table::Table;

const SPENDING: Pen = Pen::new(Ink::Mark, Dash::Dotted, true);

/// The figure as the kit sees it.
pub static FIGURE: Figure = Figure {
    name: "specialize",
    params: PARAMS,
    solve,
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
        "At {} consolidation the alliance spends {} of the duplicated budget and fields {} of its capability; the same cut made by each member alone, uncoordinated, leaves {}. Spending is the same either way, by construction. {}",
        percent(p.z0),
        percent(model::spending(&p, p.z0)),
        percent(model::coordinated(&p, p.z0)),
        percent(model::uncoordinated(&p, p.z0)),
        threshold_text(&p)
    )
}

fn describe(p: Params) -> String {
    format!(
        "Line chart against the share of capability areas consolidated, 0% to 100%: spending (thin, dotted) falls from 100% to {}; capability with coordination (solid) falls to {}, with the same cuts made without coordination (dashed) to {}; the gap between them, the coordination dividend, is shaded. {} The current level, {}, is marked.",
        percent(model::spending(&p, 1.0)),
        percent(model::coordinated(&p, 1.0)),
        percent(model::uncoordinated(&p, 1.0)),
        threshold_text(&p),
        percent(p.z0)
    )
}

fn table(p: Params) -> Table {
    Table {
        caption: format!(
            "Spending and capability by consolidation, {} members",
            fixed(p.n, 0)
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

/// The chart: spending and capability with and without coordination across the consolidations, the
/// coordination dividend shaded between them, and the current level.
fn plot(p: Params, curves: Curves) -> Plot {
    // The dividend: where coordination fields more, the gap down to the uncoordinated line.
    let lower = curves
        .uncoordinated
        .iter()
        .zip(&curves.coordinated)
        .map(|(u, c)| (u.0, u.1.min(c.1)))
        .collect();
    Plot::new((DECL.z0.min(), DECL.z0.max()), (0.0, 1.0))
        .x_ticks(4, true)
        .y_ticks(4, true)
        .shade(curves.coordinated.clone(), lower)
        .line(curves.spending, SPENDING)
        .line(curves.uncoordinated, Pen::B)
        .line(curves.coordinated, Pen::A)
        .rule(Rule::current(p.z0), "")
        .points(&[
            (p.z0, model::coordinated(&p, p.z0)),
            (p.z0, model::uncoordinated(&p, p.z0)),
            (p.z0, model::spending(&p, p.z0)),
        ])
}
