//! The Kimball figure: burdens across spillover (View A) and the small ally's frontier between butter
//! and security (View B), handed to the kit's frame.

use super::model::{self, Params};
use super::params::{to_params, DECL, PARAMS};
use crate::chart::{self, Key, Pen, Plot, Rule};
use crate::sims::kit::check::OutOfRange;
use crate::sims::kit::figure::{Figure, Shown};
use crate::sims::kit::param::value_of;
use crate::sims::kit::param::{percent, two};
use crate::sims::kit::table::Table;

/// The figure as the kit sees it.
pub static FIGURE: Figure = Figure {
    name: "kimball",
    params: PARAMS,
    solve,
    axes,
    legend,
    try_this: &[
        ("Spillover below the threshold", "gamma:0.3"),
        ("Equal incomes", "y:1"),
        ("The small ally’s frontier", "view:b"),
    ],
};

fn frontier_view(values: &[f64]) -> bool {
    value_of(PARAMS, values, DECL.view.key) >= 0.5
}

fn legend(values: &[f64]) -> &'static [(&'static str, Key)] {
    if frontier_view(values) {
        &[
            ("In the alliance", Key::Line(Pen::A)),
            ("Alone", Key::Line(Pen::B)),
        ]
    } else {
        &[
            ("Large ally’s burden", Key::Line(Pen::A)),
            ("Small ally’s burden", Key::Line(Pen::B)),
        ]
    }
}

fn axes(values: &[f64]) -> (&'static str, &'static str) {
    if frontier_view(values) {
        (
            "Small ally’s butter (domestic spending) →",
            "Small ally’s security (own defense plus the ally’s protection)",
        )
    } else {
        (
            "Share of the partner’s defense that protects you →",
            "Defense spending as a share of income",
        )
    }
}

/// The frontier's words: what the alliance gives the small ally.
fn frontier_text(p: &Params) -> String {
    let ((butter0, security0), (butter1, security1)) = model::choices(p);
    format!(
        "On its frontier, the small ally moves from {} butter and {} security alone to {} and {} in the alliance.",
        two(butter0),
        two(security0),
        two(butter1),
        two(security1)
    )
}

/// Who gains from the alliance: each ally's gain as the extra income it would need alone.
fn gains_text(p: &Params) -> String {
    // Rounding can leave a gain of nothing a hair below zero.
    let (large, small) = model::gains(p);
    let large = if large < 1e-9 {
        "nothing to the large one, which spends what it would alone".to_string()
    } else if large < 0.005 {
        "under 1% to the large one".to_string()
    } else {
        format!("{} to the large one", percent(large))
    };
    format!(
        "Counted as the extra income each would need alone to be as well off, the alliance is worth {} of its income to the small ally and {large}.",
        percent(small.max(0.0))
    )
}

/// One run of the model: everything the figure shows at these values, in the chosen view.
fn solve(values: &[f64]) -> Result<Shown, OutOfRange> {
    let p = to_params(values);
    model::check(&p)?;
    let frontier = frontier_view(values);
    Ok(Shown {
        readout: readout(p, frontier),
        describe: describe(p, frontier),
        table: table(p, frontier),
        plot: if frontier {
            plot_frontier(p)
        } else {
            plot_burdens(p)
        },
    })
}

fn readout(p: Params, frontier: bool) -> String {
    let (large, small) = model::burdens(&p, p.gamma);
    let mut text = format!(
        "The small ally spends {} of its income on defense (alone: {}), the large ally {}; it shifts {} of its stand-alone defense budget to domestic programs.",
        percent(small),
        percent(model::alone_share(&p)),
        percent(large),
        percent(model::shifted(&p))
    );
    text.push(' ');
    text.push_str(&gains_text(&p));
    if frontier {
        text.push(' ');
        text.push_str(&frontier_text(&p));
    }
    text
}

fn threshold_text(p: &Params) -> String {
    let t = model::threshold(p);
    if t <= 1.0 {
        format!(
            "the small ally stops paying once {} of the partner’s defense protects it",
            percent(t)
        )
    } else {
        "the small ally keeps paying at every spillover".to_string()
    }
}

fn describe(p: Params, frontier: bool) -> String {
    if frontier {
        format!(
            "Chart of the small ally’s choices between butter and security: alone (dashed) it can turn its income of {} into either; in the alliance (solid) the line shifts out by the protection it gets from its partner. {}",
            two(p.y),
            frontier_text(&p)
        )
    } else {
        let (l0, s0) = model::burdens(&p, 0.0);
        let (l1, s1) = model::burdens(&p, 1.0);
        format!(
            "Line chart of defense burdens against spillover, 0% to 100%: the large ally’s (solid) goes from {} to {}, the small ally’s (dashed) from {} to {}; {}. The current spillover, {}, is marked.",
            percent(l0),
            percent(l1),
            percent(s0),
            percent(s1),
            threshold_text(&p),
            percent(p.gamma)
        )
    }
}

fn table(p: Params, frontier: bool) -> Table {
    if frontier {
        let ((b0, s0), (b1, s1)) = model::choices(&p);
        let (large, small) = model::equilibrium(&p, p.gamma);
        Table {
            caption: "The small ally’s choices, in units of the large ally’s income".into(),
            head: vec!["Quantity".into(), "Alone".into(), "In the alliance".into()],
            rows: vec![
                vec!["Butter".into(), two(b0), two(b1)],
                vec!["Own defense".into(), two(s0), two(small)],
                vec![
                    "Protection from the partner".into(),
                    two(0.0),
                    two(p.gamma * large),
                ],
                vec!["Security".into(), two(s0), two(s1)],
            ],
        }
    } else {
        Table {
            caption: format!(
                "Defense burdens by spillover, small ally’s income {}; worth counted as the extra income each would need alone",
                two(p.y)
            ),
            head: vec![
                "Spillover".into(),
                "Large ally’s burden".into(),
                "Small ally’s burden".into(),
                "Worth to the large ally".into(),
                "Worth to the small ally".into(),
            ],
            rows: (0..=10)
                .map(|i| {
                    let g = f64::from(i) / 10.0;
                    let (large, small) = model::burdens(&p, g);
                    let (gl, gs) = model::gains(&Params { gamma: g, ..p });
                    vec![
                        percent(g),
                        percent(large),
                        percent(small),
                        percent(gl.max(0.0)),
                        percent(gs.max(0.0)),
                    ]
                })
                .collect(),
        }
    }
}

/// View A: both allies' burdens across spillover, the current spillover, either ally's burden alone,
/// and where the small ally stops paying.
fn plot_burdens(p: Params) -> Plot {
    let curves = model::by_spillover(&p, 201);
    let (bl, bs) = model::burdens(&p, p.gamma);
    let t = model::threshold(&p);
    let mut plot = Plot::new((DECL.gamma.min(), DECL.gamma.max()), (0.0, 0.5))
        .x_ticks(4, true)
        .y_ticks(5, true)
        .line(curves.large, Pen::A)
        .line(curves.small, Pen::B)
        .rule(Rule::current(p.gamma), "")
        .rule(Rule::level(model::alone_share(&p), ""), "either ally alone")
        .points(&[(p.gamma, bl), (p.gamma, bs)]);
    if t <= DECL.gamma.max() {
        plot = plot.rule(Rule::threshold(t, ""), "small ally stops paying");
    }
    plot
}

/// View B: butter on x, security on y; alone the line runs from all security to all butter, in the
/// alliance it is lifted by the protection the partner gives.
fn plot_frontier(p: Params) -> Plot {
    let (large, _) = model::equilibrium(&p, p.gamma);
    let lift = p.gamma * large;
    let (choice_alone, choice_allied) = model::choices(&p);
    // One range on both axes, so both lines trade a unit of butter for a unit of security (the chart's
    // box is wider than tall, so they do not run at 45° on screen).
    let top = chart::round_up(p.y + lift);
    Plot::new((0.0, top), (0.0, top))
        .x_ticks(5, false)
        .y_ticks(5, false)
        .line(vec![(0.0, p.y), (p.y, 0.0)], Pen::B)
        .line(vec![(0.0, p.y + lift), (p.y, lift)], Pen::A)
        .points(&[choice_alone, choice_allied])
}
