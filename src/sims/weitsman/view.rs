//! The Weitsman figure: readout, chart (two views), data table and "how this model works", handed to
//! the kit's frame.

use super::model::{self, Crossing, Lines, Outcome, Params};
use super::params::{to_params, DECL, PARAMS};
use crate::chart::{Key, Pen, Plot, Rule};
use crate::num::fixed;
use crate::sims::kit::check::OutOfRange;
use crate::sims::kit::figure::{Figure, Shown};
use crate::sims::kit::param::article;
use crate::sims::kit::param::value_of;
use crate::sims::kit::table::Table;

/// The figure as the kit sees it.
pub static FIGURE: Figure = Figure {
    name: "weitsman",
    params: PARAMS,
    solve,
    axes,
    legend: |_| {
        &[
            ("Standing alliance", Key::Line(Pen::A)),
            ("Ad hoc coalition", Key::Line(Pen::B)),
        ]
    },
    try_this: &[
        ("Two members", "n:2"),
        ("Thirty members", "n:30"),
        ("Intensity 0.6, a one-month war", "x0:0.6,t:1,view:b"),
        ("… a year-long war", "x0:0.6,t:12,view:b"),
        ("… a five-year war", "x0:0.6,t:60,view:b"),
    ],
};

fn over_the_war(values: &[f64]) -> bool {
    value_of(PARAMS, values, DECL.view.key) >= 0.5
}

fn winner(alliance: f64, coalition: f64) -> &'static str {
    if alliance >= coalition {
        "alliance"
    } else {
        "coalition"
    }
}

/// "the coalition overtakes at month 3.5 and the alliance retakes the lead at month 9.8"
fn crossings_text(crossings: &[Crossing]) -> String {
    let parts: Vec<String> = crossings
        .iter()
        .map(|c| match c {
            Crossing::CoalitionOvertakes(t) => {
                format!("the coalition overtakes at month {}", fixed(*t, 1))
            }
            Crossing::AllianceRetakes(t) => {
                format!("the alliance takes the lead at month {}", fixed(*t, 1))
            }
        })
        .collect();
    parts.join(" and ")
}

/// One run of the model: everything the figure shows at these values, in the chosen view.
fn solve(values: &[f64]) -> Result<Shown, OutOfRange> {
    let p = to_params(values);
    let o = model::run(&p).map_err(|model::ModelError::OutOfRange(key)| OutOfRange(key))?;
    // View B's crossings, `None` in View A (which does not show them: they cost most of a run).
    let months = over_the_war(values).then(|| model::crossings(&p));
    let months = months.as_deref();
    let lines = if months.is_some() {
        model::over_the_war(&p, 241)
    } else {
        model::by_intensity(&p, 201)
    };
    Ok(Shown {
        readout: readout(p, &o, months),
        describe: describe(p, &o, &lines, months),
        table: table(p, months.is_some()),
        plot: plot(p, &o, lines, months),
    })
}

fn readout(p: Params, o: &Outcome, months: Option<&[Crossing]>) -> String {
    let lead = winner(o.ea, o.ec);
    let (n, t) = (fixed(p.n, 0).to_string(), fixed(p.t, 0).to_string());
    let mut text = format!(
        "At intensity {}, {} {n}-member alliance scores {} and a coalition of the same states {} over {} {t}-month war: the {lead} does better, by {}. ",
        fixed(p.x0, 2),
        article(&n),
        fixed(o.ea, 2),
        fixed(o.ec, 2),
        article(&t),
        fixed((o.ea - o.ec).abs(), 2)
    );
    match o.crossover {
        Some(x) => text.push_str(&format!("The lines cross at intensity {}.", fixed(x, 2))),
        None => text.push_str(&format!(
            "The {} leads at every intensity.",
            winner(o.pa, o.pc)
        )),
    }
    if let Some(crossings) = months {
        if crossings.is_empty() {
            text.push_str(" Month by month, the lead never changes hands.");
        } else {
            text.push_str(&format!(" Month by month, {}.", crossings_text(crossings)));
        }
    }
    text
}

fn axes(values: &[f64]) -> (&'static str, &'static str) {
    if over_the_war(values) {
        (
            "Month of the war →",
            "Effectiveness (0–1) at the chosen intensity",
        )
    } else {
        (
            "Intensity of the war → (0 patrols, 1 major combat)",
            "Effectiveness (0–1)",
        )
    }
}

fn describe(p: Params, o: &Outcome, lines: &Lines, months: Option<&[Crossing]>) -> String {
    if let Some(crossings) = months {
        let peak = lines.coalition.iter().map(|(_, c)| *c).fold(0.0, f64::max);
        let turns = if crossings.is_empty() {
            "the lead never changes hands".to_string()
        } else {
            crossings_text(crossings)
        };
        format!(
            "Line chart of effectiveness over {} months at intensity {}: the alliance (solid) holds at {}; the coalition (dashed) learns, peaks at {}, then drifts toward its core; {turns}. The war ends at month {}.",
            fixed(model::MONTHS, 0),
            fixed(p.x0, 2),
            fixed(o.ea, 2),
            fixed(peak, 2),
            fixed(p.t, 0)
        )
    } else {
        let cross = match o.crossover {
            Some(x) => format!("they cross at intensity {}", fixed(x, 2)),
            None => format!("the {} leads everywhere", winner(o.pa, o.pc)),
        };
        format!(
            "Line chart of effectiveness against intensity: the alliance (solid) falls from {} to {}, the coalition (dashed) from {} to {}; {cross}. The current intensity, {}, is marked.",
            fixed(model::ea(&p, 0.0), 2),
            fixed(model::ea(&p, 1.0), 2),
            fixed(model::ec(&p, 0.0), 2),
            fixed(model::ec(&p, 1.0), 2),
            fixed(p.x0, 2)
        )
    }
}

fn table(p: Params, by_month: bool) -> Table {
    let f = |v: f64| fixed(v, 2).to_string();
    if by_month {
        Table {
            caption: format!("Effectiveness by month at intensity {}", fixed(p.x0, 2)),
            head: vec![
                "Month".into(),
                "Alliance".into(),
                "Coalition that month".into(),
            ],
            rows: (0..=10)
                .map(|i| {
                    let t = f64::from(i) * 6.0;
                    vec![
                        fixed(t, 0).to_string(),
                        f(model::ea(&p, p.x0)),
                        f(model::ec_at(&p, t, p.x0)),
                    ]
                })
                .collect(),
        }
    } else {
        Table {
            caption: {
                let t = fixed(p.t, 0).to_string();
                format!(
                    "Effectiveness by intensity, {} members, {} {t}-month war",
                    fixed(p.n, 0),
                    article(&t)
                )
            },
            head: vec![
                "Intensity".into(),
                "Alliance".into(),
                "Coalition (war average)".into(),
                "Ahead".into(),
            ],
            rows: (0..=10)
                .map(|i| {
                    let x = f64::from(i) / 10.0;
                    let (a, c) = (model::ea(&p, x), model::ec(&p, x));
                    vec![f(x), f(a), f(c), winner(a, c).into()]
                })
                .collect(),
        }
    }
}

/// The chart: both lines along intensity (View A: the current intensity and the crossover marked) or
/// along the war's months (View B: its end and the crossings marked).
fn plot(p: Params, o: &Outcome, lines: Lines, months: Option<&[Crossing]>) -> Plot {
    let plot = if let Some(crossings) = months {
        let mut plot = Plot::new((0.0, model::MONTHS), (0.0, 1.0))
            .x_ticks_at(&[
                (0.0, "0"),
                (12.0, "12"),
                (24.0, "24"),
                (36.0, "36"),
                (48.0, "48"),
                (60.0, "60"),
            ])
            .rule(Rule::current(p.t), "war ends")
            .points(&[(p.t, o.ea), (p.t, model::ec_at(&p, p.t, p.x0))]);
        for (c, row) in crossings.iter().zip(1u8..) {
            let (t, label) = match c {
                Crossing::CoalitionOvertakes(t) => {
                    (*t, format!("coalition ahead · {}", fixed(*t, 1)))
                }
                Crossing::AllianceRetakes(t) => (*t, format!("alliance ahead · {}", fixed(*t, 1))),
            };
            plot = plot.rule(
                Rule {
                    row,
                    ..Rule::threshold(t, "")
                },
                label,
            );
        }
        plot
    } else {
        let mut plot = Plot::new((DECL.x0.min(), DECL.x0.max()), (0.0, 1.0))
            .x_ticks(4, false)
            .rule(Rule::current(p.x0), "")
            .points(&[(p.x0, o.ea), (p.x0, o.ec)]);
        if let Some(x) = o.crossover {
            plot = plot.rule(Rule::threshold(x, ""), "coalition ahead beyond here");
        }
        plot
    };
    plot.line(lines.alliance, Pen::A)
        .line(lines.coalition, Pen::B)
}
