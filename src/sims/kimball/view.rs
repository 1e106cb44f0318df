//! The Kimball figure: burdens across spillover (View A) and the small ally's frontier between butter
//! and security (View B), handed to the kit's frame.

use super::model::{self, Params};
use super::params::{to_params, DECL, PARAMS};
use crate::chart::{self, ChartError, Key, LineChart, Pen, Rule, Series};
use crate::sims::kit::figure::{chart_declined, declined, Figure};
use crate::sims::kit::param::value_of;
use crate::sims::kit::param::{percent, two};
use crate::sims::kit::table::Table;

/// The figure as the kit sees it.
pub static FIGURE: Figure = Figure {
    name: "kimball",
    params: PARAMS,
    readout,
    chart,
    table,
    describe,
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

fn readout(values: &[f64]) -> Result<String, String> {
    let p = to_params(values);
    model::check(&p).map_err(declined)?;
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
    if frontier_view(values) {
        text.push(' ');
        text.push_str(&frontier_text(&p));
    }
    Ok(text)
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

fn describe(values: &[f64]) -> String {
    let p = to_params(values);
    if frontier_view(values) {
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

fn table(values: &[f64]) -> Table {
    let p = to_params(values);
    if frontier_view(values) {
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

/// The chart at these values, handed to `out` (the canvas, or the build-time picture).
fn chart(values: &[f64], out: &mut dyn FnMut(&LineChart)) -> Result<(), ChartError> {
    let p = to_params(values);
    model::check(&p).map_err(chart_declined)?;
    if frontier_view(values) {
        return chart_frontier(&p, out);
    }
    let curves = model::by_spillover(&p, 201);
    let large: Vec<(f64, f64)> = curves.iter().map(|c| (c.0, c.1)).collect();
    let small: Vec<(f64, f64)> = curves.iter().map(|c| (c.0, c.2)).collect();
    let mut rules = vec![
        Rule::current(p.gamma),
        Rule::level(model::alone_share(&p), "either ally alone"),
    ];
    let t = model::threshold(&p);
    if t <= 1.0 {
        rules.push(Rule::threshold(t, "small ally stops paying"));
    }
    let (bl, bs) = model::burdens(&p, p.gamma);
    let x_ticks = chart::ticks(0.0, 1.0, 4, true);
    let y_ticks = chart::ticks(0.0, 0.5, 5, true);
    out(&LineChart {
        x: (0.0, 1.0),
        y: (0.0, 0.5),
        x_ticks: &chart::tick_refs(&x_ticks),
        y_ticks: &chart::tick_refs(&y_ticks),
        series: &[
            Series {
                points: &large,
                pen: Pen::A,
            },
            Series {
                points: &small,
                pen: Pen::B,
            },
        ],
        shade: None,
        rules: &rules,
        points: &[(p.gamma, bl), (p.gamma, bs)],
    });
    Ok(())
}

/// View B: butter on x, security on y; alone the line runs from all security to all butter, in the
/// alliance it is lifted by the protection the partner gives.
fn chart_frontier(p: &Params, out: &mut dyn FnMut(&LineChart)) -> Result<(), ChartError> {
    let (large, _) = model::equilibrium(p, p.gamma);
    let lift = p.gamma * large;
    let alone = [(0.0, p.y), (p.y, 0.0)];
    let allied = [(0.0, p.y + lift), (p.y, lift)];
    let (choice_alone, choice_allied) = model::choices(p);
    // One range on both axes, so both lines trade a unit of butter for a unit of security (the chart's
    // box is wider than tall, so they do not run at 45° on screen).
    let top = chart::round_up(p.y + lift);
    let ticks = chart::ticks(0.0, top, 5, false);
    let refs = chart::tick_refs(&ticks);
    out(&LineChart {
        x: (0.0, top),
        y: (0.0, top),
        x_ticks: &refs,
        y_ticks: &refs,
        series: &[
            Series {
                points: &alone,
                pen: Pen::B,
            },
            Series {
                points: &allied,
                pen: Pen::A,
            },
        ],
        shade: None,
        rules: &[],
        points: &[choice_alone, choice_allied],
    });
    Ok(())
}
