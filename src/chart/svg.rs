//! The build-time picture of a chart: the canvas's own drawing ([`paint`]) on plotters' SVG backend, in
//! the native build only, so none of it ships in the wasm. It shows until the canvas has drawn: without
//! script, before the wasm, in a sandboxed frame, in a feed reader, on paper.
//!
//! Colours follow the page: every mark drawn in a theme colour carries a class (`s-a` for a stroke in
//! `--chart-a`, `f-fg` for a fill in `--chart-fg`, …) that `style/main.css` maps to the page's colours,
//! so the picture follows the light and dark schemes and forced colours. The light colours stay as
//! attributes for readers that have no stylesheet.

use super::{paint, Align, Baseline, ChartError, Labels, LineChart, Part, Plot, Theme, LABEL_PX};
use crate::html::push_escaped;
use plotters::prelude::{RGBColor, SVGBackend};
use std::fmt::Write;

/// The picture's size in CSS pixels: the chart box's 16:10 at about the essay's measure.
pub const SIZE: (u32, u32) = (600, 375);

/// Device pixels per CSS pixel in the picture: whole-pixel coordinates stay smooth when it is scaled.
const SCALE: f64 = 2.0;

/// The chart `plot`, as SVG markup.
pub fn picture(plot: &Plot) -> Result<String, ChartError> {
    plot.with(svg)
}

/// `chart` as SVG markup, drawn as the canvas draws it at [`SIZE`].
pub fn svg(chart: &LineChart) -> Result<String, ChartError> {
    let size = (
        (f64::from(SIZE.0) * SCALE) as u32,
        (f64::from(SIZE.1) * SCALE) as u32,
    );
    let theme = Theme::LIGHT;
    let mut marks = String::new();
    let mut labels = SvgLabels::default();
    paint(
        SVGBackend::with_string(&mut marks, size),
        &mut labels,
        &theme,
        SCALE,
        1,
        chart,
        Part::Whole,
    )?;
    // The backend's own opening tag fixes a size in pixels: the page sizes the picture instead.
    let body = marks
        .find('>')
        .and_then(|open| {
            marks[open + 1..]
                .strip_suffix("</svg>\n")
                .or(marks[open + 1..].strip_suffix("</svg>"))
        })
        .ok_or_else(|| ChartError("unexpected SVG from the backend".into()))?;
    let mut out = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {} {}\" focusable=\"false\">",
        size.0, size.1
    );
    out.push_str(&classed(&compact(body), &theme));
    out.push_str(&labels.out);
    out.push_str("</svg>");
    Ok(out)
}

/// The backend's marks, one element per line, with runs of lines drawn alike (a dashed line is a run of
/// dashes) merged into one `<path>`, and opacity 1 left out: the same picture in far fewer bytes.
fn compact(marks: &str) -> String {
    fn attr<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
        let at = tag.find(&format!(" {name}=\""))? + name.len() + 3;
        tag[at..].split('"').next()
    }
    let mut out = String::with_capacity(marks.len() / 2);
    // The open path's pen (stroke, width, opacity) and its drawing.
    let mut open: Option<(String, String)> = None;
    let close = |out: &mut String, open: &mut Option<(String, String)>| {
        if let Some((pen, d)) = open.take() {
            let _ = write!(out, "<path fill=\"none\"{pen} d=\"{}\"/>", d.trim_end());
        }
    };
    for line in marks.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let points = line
            .starts_with("<polyline")
            .then(|| attr(line, "points"))
            .flatten();
        let Some(points) = points else {
            close(&mut out, &mut open);
            out.push_str(&line.replace(" opacity=\"1\"", ""));
            continue;
        };
        let mut pen = String::new();
        for name in ["stroke", "stroke-width", "opacity"] {
            match attr(line, name) {
                Some("1") if name == "opacity" => {}
                Some(v) => {
                    let _ = write!(pen, " {name}=\"{v}\"");
                }
                None => {}
            }
        }
        if open.as_ref().is_some_and(|(p, _)| *p != pen) {
            close(&mut out, &mut open);
        }
        let (_, d) = open.get_or_insert_with(|| (pen, String::new()));
        let points: Vec<(i64, i64)> = points
            .split_whitespace()
            .filter_map(|xy| {
                let (x, y) = xy.split_once(',')?;
                Some((x.parse().ok()?, y.parse().ok()?))
            })
            .collect();
        // Moves relative to the point before: short numbers, which compress well.
        let mut last = (0, 0);
        for (i, p) in simplify(&points, 0.75).into_iter().enumerate() {
            if i == 0 {
                let _ = write!(d, "M{} {}", p.0, p.1);
            } else {
                let _ = write!(d, "l{} {}", p.0 - last.0, p.1 - last.1);
            }
            last = p;
        }
    }
    close(&mut out, &mut open);
    out
}

/// `points` without the points that lie within `tolerance` pixels of the line through their neighbours
/// (Douglas–Peucker): what is left draws the same line to the eye.
fn simplify(points: &[(i64, i64)], tolerance: f64) -> Vec<(i64, i64)> {
    fn keep(points: &[(i64, i64)], tolerance: f64, out: &mut Vec<(i64, i64)>) {
        let (Some(&a), Some(&b)) = (points.first(), points.last()) else {
            return;
        };
        let (dx, dy) = ((b.0 - a.0) as f64, (b.1 - a.1) as f64);
        let length = dx.hypot(dy);
        let distance = |p: &(i64, i64)| {
            let (px, py) = ((p.0 - a.0) as f64, (p.1 - a.1) as f64);
            if length == 0.0 {
                px.hypot(py)
            } else {
                (px * dy - py * dx).abs() / length
            }
        };
        let far = points
            .iter()
            .enumerate()
            .skip(1)
            .take(points.len().saturating_sub(2))
            .map(|(i, p)| (i, distance(p)))
            .fold(
                (0, 0.0),
                |best, (i, d)| if d > best.1 { (i, d) } else { best },
            );
        if far.1 > tolerance {
            keep(&points[..=far.0], tolerance, out);
            out.pop();
            keep(&points[far.0..], tolerance, out);
        } else {
            out.push(a);
            if points.len() > 1 {
                out.push(b);
            }
        }
    }
    let mut out = Vec::with_capacity(points.len());
    keep(points, tolerance, &mut out);
    out
}

/// The theme's roles, by the class names `style/main.css` maps to its custom properties.
fn roles(theme: &Theme) -> [(&'static str, RGBColor); 5] {
    [
        ("fg", theme.fg),
        ("grid", theme.grid),
        ("a", theme.a),
        ("b", theme.b),
        ("mark", theme.mark),
    ]
}

fn hex(c: RGBColor) -> String {
    format!("#{:02X}{:02X}{:02X}", c.0, c.1, c.2)
}

/// `marks` with a class on each element drawn in a theme colour (each has one: a stroke or a fill).
fn classed(marks: &str, theme: &Theme) -> String {
    let mut out = marks.to_string();
    for (role, color) in roles(theme) {
        let hex = hex(color);
        for (attr, prefix) in [("stroke", "s"), ("fill", "f")] {
            let from = format!("{attr}=\"{hex}\"");
            out = out.replace(&from, &format!("{from} class=\"{prefix}-{role}\""));
        }
    }
    out
}

/// Labels as SVG text elements, measured by an estimate of the system sans-serif's widths (the
/// build has no fonts; the estimate only places the y labels' margin and thins crowded x labels).
#[derive(Default)]
struct SvgLabels {
    out: String,
}

impl Labels for SvgLabels {
    fn measure(&self, text: &str) -> f64 {
        let em: f64 = text
            .chars()
            .map(|c| match c {
                '.' | ',' | ' ' | 'i' | 'l' | 'j' | '\'' => 0.28,
                '%' | 'm' | 'w' | 'M' | 'W' => 0.85,
                '0'..='9' => 0.56,
                c if c.is_uppercase() => 0.65,
                _ => 0.52,
            })
            .sum();
        em * LABEL_PX * SCALE
    }

    fn write(
        &mut self,
        text: &str,
        at: (f64, f64),
        align: Align,
        baseline: Baseline,
        ink: RGBColor,
    ) {
        let size = LABEL_PX * SCALE;
        // SVG text sits on its alphabetic baseline: shift it to where the canvas would put it.
        let y = at.1 + size * baseline.svg_shift();
        let anchor = match align {
            Align::Left => "start",
            Align::Right => "end",
        };
        let role = roles(&Theme::LIGHT)
            .into_iter()
            .find(|(_, c)| *c == ink)
            .map_or("fg", |(role, _)| role);
        let _ = write!(
            self.out,
            "<text x=\"{:.0}\" y=\"{:.0}\" font-size=\"{size:.0}\" text-anchor=\"{anchor}\" fill=\"{}\" class=\"f-{role}\">",
            at.0,
            y,
            hex(ink)
        );
        push_escaped(&mut self.out, text);
        self.out.push_str("</text>");
    }
}
