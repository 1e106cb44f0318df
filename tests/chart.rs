//! The chart kit's pure helpers: round ticks, y ranges, clipping lines to the plot, pens' legend keys.
#![cfg(not(target_arch = "wasm32"))]

use alliance_organization::chart::{clip_y, round_up, ticks, Dash, Ink, Key, Pen};
use proptest::prelude::*;

#[test]
fn ticks_fall_on_round_steps_with_short_labels() {
    let t = ticks(0.0, 1.0, 4, false);
    let labels: Vec<&str> = t.iter().map(|(_, s)| s.as_str()).collect();
    assert_eq!(labels, ["0", "0.25", "0.5", "0.75", "1"]);
    let p = ticks(0.5, 0.95, 5, true);
    let labels: Vec<&str> = p.iter().map(|(_, s)| s.as_str()).collect();
    assert_eq!(labels, ["50%", "60%", "70%", "80%", "90%"]);
    let big = ticks(0.0, 5.0, 5, false);
    assert_eq!(big.len(), 6);
    assert_eq!(big[5].1, "5");
    assert!(ticks(1.0, 1.0, 4, false).is_empty());
    assert!(ticks(0.0, f64::NAN, 4, false).is_empty());
}

#[test]
fn round_up_picks_a_round_ceiling() {
    assert_eq!(round_up(0.42), 0.5);
    assert_eq!(round_up(0.2), 0.2);
    assert_eq!(round_up(1.7), 2.0);
    assert_eq!(round_up(2.2), 2.5);
    assert_eq!(round_up(7.0), 10.0);
    assert_eq!(round_up(0.0), 1.0);
    assert_eq!(round_up(f64::INFINITY), 1.0);
}

#[test]
fn clipping_cuts_a_line_where_it_leaves_the_plot() {
    let line = [(0.0, 0.0), (1.0, 2.0), (2.0, 0.0)];
    let runs = clip_y(&line, 0.0, 1.0);
    assert_eq!(
        runs,
        vec![vec![(0.0, 0.0), (0.5, 1.0)], vec![(1.5, 1.0), (2.0, 0.0)]]
    );
    assert_eq!(clip_y(&[(0.0, 0.2), (1.0, 0.4)], 0.0, 1.0).len(), 1);
    assert!(clip_y(&[(0.0, 5.0), (1.0, 6.0)], 0.0, 1.0).is_empty());
}

#[test]
fn legend_keys_name_their_pen() {
    assert_eq!(Pen::A.class(), "key ink-a");
    assert_eq!(Pen::B.class(), "key ink-b dash-dashed");
    assert_eq!(
        Pen::new(Ink::Mark, Dash::Dotted, true).class(),
        "key ink-mark dash-dotted thin"
    );
    assert_eq!(Key::Area.class(), "key area");
}

proptest! {
    #[test]
    fn clipped_runs_stay_inside_the_range(ys in proptest::collection::vec(-2.0..3.0f64, 2..40)) {
        let line: Vec<(f64, f64)> = ys.iter().enumerate().map(|(i, y)| (i as f64, *y)).collect();
        for run in clip_y(&line, 0.0, 1.0) {
            prop_assert!(run.len() >= 2);
            for (_, y) in run {
                prop_assert!((-1e-12..=1.0 + 1e-12).contains(&y), "{y}");
            }
        }
    }

    #[test]
    fn ticks_lie_in_their_range_and_are_few(lo in -10.0..10.0f64, span in 0.01..100.0f64, n in 2u32..8) {
        let t = ticks(lo, lo + span, n, false);
        prop_assert!(!t.is_empty() && t.len() as u32 <= 2 * n + 1, "{} ticks", t.len());
        for (v, _) in t {
            prop_assert!(v >= lo - 1e-9 && v <= lo + span + 1e-9);
        }
    }
}

#[test]
fn chart_colours_are_read_as_hex_or_as_resolved_rgb() {
    use alliance_organization::chart::parse_color;
    use plotters::style::RGBColor;
    assert_eq!(parse_color(" #1f4e8c"), Some(RGBColor(0x1f, 0x4e, 0x8c)));
    // Registered colours (and system colours in forced-colours mode) come back from getComputedStyle
    // as rgb(), with commas or spaces.
    assert_eq!(parse_color("rgb(31, 78, 140)"), Some(RGBColor(31, 78, 140)));
    assert_eq!(
        parse_color("rgb(255 255 255)"),
        Some(RGBColor(255, 255, 255))
    );
    assert_eq!(parse_color("rgba(0, 0, 0, 0.5)"), Some(RGBColor(0, 0, 0)));
    for bad in [
        "",
        "#fff",
        "CanvasText",
        "rgb(300, 0, 0)",
        "rgb(1, 2)",
        "hsl(0 0% 0%)",
    ] {
        assert_eq!(parse_color(bad), None, "{bad}");
    }
}

/// In forced colours every line is drawn in the same system colour or two, so the lines of a chart must
/// differ in dash, not only in colour or weight.
#[test]
fn every_line_of_every_legend_has_its_own_dash() {
    use alliance_organization::sims::kit::param::Kind;
    use alliance_organization::sims::FIGURES;
    for figure in FIGURES {
        let defaults: Vec<f64> = figure.params.iter().map(|p| p.default).collect();
        let mut settings = vec![defaults.clone()];
        for (i, p) in figure.params.iter().enumerate() {
            if let Kind::Choice { options } = p.kind {
                for k in 0..options.len() {
                    let mut v = defaults.clone();
                    v[i] = k as f64;
                    settings.push(v);
                }
            }
        }
        for values in settings {
            let dashes: Vec<Dash> = (figure.legend)(&values)
                .iter()
                .filter_map(|(_, key)| match key {
                    Key::Line(pen) => Some(pen.dash),
                    Key::Area => None,
                })
                .collect();
            for (i, d) in dashes.iter().enumerate() {
                assert!(
                    !dashes[..i].contains(d),
                    "{}: two lines drawn {d:?} at {values:?}",
                    figure.name
                );
            }
        }
    }
}

/// The build-time pictures: every figure's chart at its defaults, drawn by the canvas's own painter.
mod pictures {
    use alliance_organization::chart::{svg, LineChart, Pen, Rule, Series, Theme};
    use alliance_organization::sims::FIGURES;

    fn defaults(params: &[alliance_organization::sims::kit::param::Param]) -> Vec<f64> {
        params.iter().map(|p| p.default).collect()
    }

    #[test]
    fn every_figure_has_a_picture_with_its_lines_and_labels() {
        for figure in FIGURES {
            let values = defaults(figure.params);
            let shown = (figure.solve)(&values).expect("the model answers at the defaults");
            let picture = svg::picture(&shown.plot).expect("a picture");
            let name = figure.name;
            assert!(
                picture.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox="),
                "{name}"
            );
            assert!(picture.ends_with("</svg>"), "{name}");
            assert!(
                !picture.contains("width=\"1200\""),
                "{name}: the page sizes it"
            );
            // Every line of the chart, in its pen's colour class.
            let (lines, texts) = shown.plot.with(|c: &LineChart| {
                let texts: Vec<String> = c
                    .y_ticks
                    .iter()
                    .map(|(_, l)| l.to_string())
                    .chain(
                        c.rules
                            .iter()
                            .filter(|r| !r.label.is_empty())
                            .map(|r| r.label.to_string()),
                    )
                    .collect();
                (c.series.len(), texts)
            });
            // Each line is a path in its pen's colour class and weight (3 or 1.5 CSS px at the
            // picture's scale of 2; the axes, grid and rules are 1 px).
            assert!(lines >= 2, "{name}: {lines} lines");
            for (_, pen) in &shown.plot.series {
                let ink = match pen.ink {
                    alliance_organization::chart::Ink::A => "a",
                    alliance_organization::chart::Ink::B => "b",
                    alliance_organization::chart::Ink::Mark => "mark",
                };
                let width = if pen.thin { 3 } else { 6 };
                let drawn = format!("class=\"s-{ink}\" stroke-width=\"{width}\"");
                assert!(picture.contains(&drawn), "{name}: a line drawn {drawn}");
            }
            for t in texts {
                let escaped = t.replace('&', "&amp;").replace('<', "&lt;");
                assert!(
                    picture.contains(&format!(">{escaped}</text>")),
                    "{name}: label {t}"
                );
            }
        }
    }

    #[test]
    fn a_picture_is_the_chart_it_describes_in_few_bytes() {
        let straight: Vec<(f64, f64)> = (0..=200).map(|i| (f64::from(i) / 200.0, 0.25)).collect();
        let curve: Vec<(f64, f64)> = (0..=200)
            .map(|i| {
                let x = f64::from(i) / 200.0;
                (x, x * x)
            })
            .collect();
        let chart = |series: &[Series]| {
            svg::svg(&LineChart {
                x: (0.0, 1.0),
                y: (0.0, 1.0),
                x_ticks: &[(0.0, "0"), (1.0, "1")],
                y_ticks: &[(0.0, "0"), (1.0, "1")],
                series,
                shade: None,
                rules: &[Rule::threshold(0.5, "half & <more>")],
                points: &[(0.5, 0.25)],
            })
            .expect("a picture")
        };
        let flat = chart(&[Series {
            points: &straight,
            pen: Pen::A,
        }]);
        // 201 points on a straight line are one segment: a move and one line.
        let path = flat.split("class=\"s-a\"").nth(1).expect("the line");
        assert!(
            path.contains(" d=\"M") && path.split("\"/>").next().unwrap().matches('l').count() == 1,
            "{path}"
        );
        assert!(
            flat.contains(">half &amp; &lt;more&gt;</text>"),
            "labels are escaped"
        );
        assert!(flat.contains("<circle"), "the current point");
        assert!(!flat.contains("opacity=\"1\""), "no default opacity");
        // A curve keeps its shape: more than a handful of points, fewer than it was given.
        let bent = chart(&[Series {
            points: &curve,
            pen: Pen::A,
        }]);
        let path = bent.split("class=\"s-a\"").nth(1).expect("the curve");
        let moves = path.split("\"/>").next().unwrap().matches('l').count();
        assert!((8..150).contains(&moves), "{moves} segments");
        // A dashed line is one path of many pieces, not an element per dash.
        let dashed = chart(&[Series {
            points: &curve,
            pen: Pen::B,
        }]);
        assert_eq!(
            dashed.matches("class=\"s-b\"").count(),
            1,
            "one path for every dash"
        );
        assert!(
            dashed
                .split("class=\"s-b\"")
                .nth(1)
                .unwrap()
                .matches('M')
                .count()
                > 10
        );
    }

    #[test]
    fn the_light_colours_are_the_stylesheets() {
        let css = include_str!("../style/main.css");
        let root = css
            .split(":root")
            .nth(1)
            .expect(":root")
            .split('}')
            .next()
            .unwrap();
        let value = |name: &str| {
            let at = root.find(&format!("{name}:")).expect(name) + name.len() + 1;
            root[at..].split(';').next().unwrap().trim().to_string()
        };
        let hex = |c: plotters::style::RGBColor| format!("#{:02x}{:02x}{:02x}", c.0, c.1, c.2);
        let light = Theme::LIGHT;
        assert_eq!(value("--chart-fg"), hex(light.fg));
        assert_eq!(value("--chart-grid"), hex(light.grid));
        assert_eq!(value("--chart-a"), hex(light.a));
        assert_eq!(value("--chart-b"), hex(light.b));
        assert_eq!(value("--chart-mark"), hex(light.mark));
    }
}
