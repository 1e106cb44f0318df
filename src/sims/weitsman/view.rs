//! The Weitsman figure: readout, chart (two views), data table and "how this model works", handed to
//! the kit's frame.

use super::model::{self, Crossing, Params};
use super::params::{to_params, DECL, PARAMS};
use crate::chart::{ChartError, Key, LineChart, Pen, Rule, Series};
use crate::sims::kit::figure::{chart_declined, declined, Figure};
use crate::sims::kit::param::article;
use crate::sims::kit::param::value_of;
use crate::sims::kit::table::Table;

/// The figure as the kit sees it.
pub static FIGURE: Figure = Figure {
    name: "weitsman",
    params: PARAMS,
    readout,
    chart,
    table,
    describe,
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
            Crossing::CoalitionOvertakes(t) => format!("the coalition overtakes at month {t:.1}"),
            Crossing::AllianceRetakes(t) => format!("the alliance takes the lead at month {t:.1}"),
        })
        .collect();
    parts.join(" and ")
}

fn readout(values: &[f64]) -> Result<String, String> {
    let p = to_params(values);
    let o = model::run(&p).map_err(declined)?;
    let lead = winner(o.ea, o.ec);
    let (n, t) = (format!("{:.0}", p.n), format!("{:.0}", p.t));
    let mut text = format!(
        "At intensity {:.2}, {} {n}-member alliance scores {:.2} and a coalition of the same states {:.2} over {} {t}-month war: the {lead} does better, by {:.2}. ",
        p.x0,
        article(&n),
        o.ea,
        o.ec,
        article(&t),
        (o.ea - o.ec).abs()
    );
    match o.crossover {
        Some(x) => text.push_str(&format!("The lines cross at intensity {x:.2}.")),
        None => text.push_str(&format!(
            "The {} leads at every intensity.",
            winner(o.pa, o.pc)
        )),
    }
    if over_the_war(values) {
        if o.crossings.is_empty() {
            text.push_str(" Month by month, the lead never changes hands.");
        } else {
            text.push_str(&format!(
                " Month by month, {}.",
                crossings_text(&o.crossings)
            ));
        }
    }
    Ok(text)
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

fn describe(values: &[f64]) -> String {
    let p = to_params(values);
    let Ok(o) = model::run(&p) else {
        return "Chart unavailable at this setting.".to_string();
    };
    if over_the_war(values) {
        let peak = model::over_the_war(&p, 241)
            .into_iter()
            .map(|(_, _, c)| c)
            .fold(0.0, f64::max);
        let turns = if o.crossings.is_empty() {
            "the lead never changes hands".to_string()
        } else {
            crossings_text(&o.crossings)
        };
        format!(
            "Line chart of effectiveness over 60 months at intensity {:.2}: the alliance (solid) holds at {:.2}; the coalition (dashed) learns, peaks at {:.2}, then drifts toward its core; {turns}. The war ends at month {:.0}.",
            p.x0, o.ea, peak, p.t
        )
    } else {
        let cross = match o.crossover {
            Some(x) => format!("they cross at intensity {x:.2}"),
            None => format!("the {} leads everywhere", winner(o.pa, o.pc)),
        };
        format!(
            "Line chart of effectiveness against intensity: the alliance (solid) falls from {:.2} to {:.2}, the coalition (dashed) from {:.2} to {:.2}; {cross}. The current intensity, {:.2}, is marked.",
            model::ea(&p, 0.0),
            model::ea(&p, 1.0),
            model::ec(&p, 0.0),
            model::ec(&p, 1.0),
            p.x0
        )
    }
}

fn table(values: &[f64]) -> Table {
    let p = to_params(values);
    if model::check(&p).is_err() {
        return Table::default();
    }
    let f = |v: f64| format!("{v:.2}");
    if over_the_war(values) {
        Table {
            caption: format!("Effectiveness by month at intensity {:.2}", p.x0),
            head: vec![
                "Month".into(),
                "Alliance".into(),
                "Coalition that month".into(),
            ],
            rows: (0..=10)
                .map(|i| {
                    let t = f64::from(i) * 6.0;
                    vec![
                        format!("{t:.0}"),
                        f(model::ea(&p, p.x0)),
                        f(model::ec_at(&p, t, p.x0)),
                    ]
                })
                .collect(),
        }
    } else {
        Table {
            caption: {
                let t = format!("{:.0}", p.t);
                format!(
                    "Effectiveness by intensity, {:.0} members, {} {t}-month war",
                    p.n,
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

const SCORE_TICKS: &[(f64, &str)] = &[
    (0.0, "0"),
    (0.25, "0.25"),
    (0.5, "0.5"),
    (0.75, "0.75"),
    (1.0, "1"),
];

/// The chart at these values, handed to `out` (the canvas, or the build-time picture).
fn chart(values: &[f64], out: &mut dyn FnMut(&LineChart)) -> Result<(), ChartError> {
    let p: Params = to_params(values);
    let o = model::run(&p).map_err(chart_declined)?;
    let by_month = over_the_war(values);
    // (x, alliance, coalition) along the chart's x axis: months or intensity.
    let curve = if by_month {
        model::over_the_war(&p, 241)
    } else {
        model::by_intensity(&p, 201)
    };
    let alliance: Vec<(f64, f64)> = curve.iter().map(|(x, a, _)| (*x, *a)).collect();
    let coalition: Vec<(f64, f64)> = curve.iter().map(|(x, _, c)| (*x, *c)).collect();
    let labels: Vec<(f64, String)> = o
        .crossings
        .iter()
        .map(|c| match c {
            Crossing::CoalitionOvertakes(t) => (*t, format!("coalition ahead · {t:.1}")),
            Crossing::AllianceRetakes(t) => (*t, format!("alliance ahead · {t:.1}")),
        })
        .collect();
    let (x, x_ticks, verticals, points) = if by_month {
        let mut verticals = vec![Rule {
            label: "war ends",
            ..Rule::current(p.t)
        }];
        verticals.extend(labels.iter().zip(1u8..).map(|((t, label), row)| Rule {
            row,
            ..Rule::threshold(*t, label)
        }));
        let ticks: &[(f64, &str)] = &[
            (0.0, "0"),
            (12.0, "12"),
            (24.0, "24"),
            (36.0, "36"),
            (48.0, "48"),
            (60.0, "60"),
        ];
        let points = [(p.t, o.ea), (p.t, model::ec_at(&p, p.t, p.x0))];
        ((0.0, model::MONTHS), ticks, verticals, points)
    } else {
        let mut verticals = vec![Rule::current(p.x0)];
        if let Some(x) = o.crossover {
            verticals.push(Rule::threshold(x, "coalition ahead beyond here"));
        }
        (
            (0.0, 1.0),
            SCORE_TICKS,
            verticals,
            [(p.x0, o.ea), (p.x0, o.ec)],
        )
    };
    out(&LineChart {
        x,
        y: (0.0, 1.0),
        x_ticks,
        y_ticks: SCORE_TICKS,
        series: &[
            Series {
                points: &alliance,
                pen: Pen::A,
            },
            Series {
                points: &coalition,
                pen: Pen::B,
            },
        ],
        shade: None,
        rules: &verticals,
        points: &points,
    });
    Ok(())
}
