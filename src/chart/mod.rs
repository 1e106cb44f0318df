//! Line charts on `<canvas>` with plotters-canvas: the backing store sized by `devicePixelRatio` (sharp on
//! phones and projectors), colours read from the page's CSS custom properties (light and dark themes),
//! series told apart by dash as well as colour, and labels drawn with the canvas's own `fillText`
//! (plotters would measure each label through the DOM, which forces a layout of the whole essay).
//!
//! Titles, axis names and the text alternative are HTML around the canvas, not pixels.

use plotters::prelude::*;
use plotters_backend::{BackendColor, BackendCoord, BackendStyle, DrawingErrorKind};
use plotters_canvas::CanvasBackend;
use std::cell::Cell;
use std::fmt::Write;

#[cfg(not(target_arch = "wasm32"))]
pub mod svg;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

/// Colours of a chart, from CSS custom properties on the canvas (`--chart-fg`, `--chart-a`, …).
#[derive(Debug, Clone, Copy)]
pub struct Theme {
    /// Labels and axes.
    pub fg: RGBColor,
    /// Grid lines.
    pub grid: RGBColor,
    /// The first colour of lines (`Ink::A`; the pen, not the colour, decides the dash).
    pub a: RGBColor,
    /// The second colour of lines (`Ink::B`).
    pub b: RGBColor,
    /// Marked thresholds and the current setting.
    pub mark: RGBColor,
}

impl Theme {
    /// The light scheme's colours, as `style/main.css` declares them (a test holds the two equal): the
    /// canvas's fallback and the build-time picture's colours for readers without the stylesheet.
    pub const LIGHT: Theme = Theme {
        fg: RGBColor(0x3d, 0x40, 0x47),
        grid: RGBColor(0xe2, 0xde, 0xd5),
        a: RGBColor(0x1f, 0x4e, 0x8c),
        b: RGBColor(0xb0, 0x48, 0x0f),
        mark: RGBColor(0x55, 0x57, 0x5c),
    };
}

/// A CSS colour as `getComputedStyle` gives it: `rgb(r, g, b)` (the registered chart colours, resolved
/// even when they are system colours) or `#rrggbb` (browsers without `@property`).
pub fn parse_color(text: &str) -> Option<RGBColor> {
    let t = text.trim();
    if let Some(hex) = t.strip_prefix('#') {
        if hex.len() != 6 {
            return None;
        }
        let byte = |i: usize| u8::from_str_radix(hex.get(i..i + 2)?, 16).ok();
        return Some(RGBColor(byte(0)?, byte(2)?, byte(4)?));
    }
    let inner = t
        .strip_prefix("rgb(")
        .or_else(|| t.strip_prefix("rgba("))?
        .strip_suffix(')')?;
    let mut parts = inner
        .split([',', ' ', '/'])
        .filter(|p| !p.is_empty())
        .map(|p| p.parse::<u8>().ok());
    Some(RGBColor(parts.next()??, parts.next()??, parts.next()??))
}

thread_local! {
    static PRINTING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    static PRESENTING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    /// Counts [`restyle`]s: a [`Seen`] from an earlier count is read again.
    static EPOCH: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
    /// Widths of labels measured, by text and size: a chart redrawn at another setting mostly has the
    /// same tick labels, and each measurement hands the browser a string to lay out.
    static WIDTHS: std::cell::RefCell<Vec<(String, u32, f64)>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// How many label widths [`WIDTHS`] keeps: more than every chart's ticks; labels that carry a value
/// (a crossing's month) would otherwise pile up.
const WIDTHS_KEPT: usize = 96;

/// Says that a canvas's box or colours may have changed (it was resized; the colour scheme, forced
/// colours, printing or presenting changed): each canvas's next draw reads them from the page again.
/// Between these, a step reads neither: reading the box after the step's text changed forced a layout,
/// and the colours a style lookup, on every step.
pub fn restyle() {
    EPOCH.with(|e| e.set(e.get().wrapping_add(1)));
}

/// What a canvas's draws read from the page, kept from one draw to the next until [`restyle`]: its
/// box, scale and colours (reading the box or the zoom after a step's text changed forced a layout, and
/// the colours a style lookup) and its context (each look-up a call into the browser).
pub struct Seen {
    epoch: u32,
    /// The canvas's box in CSS pixels.
    css: (i32, i32),
    /// Device pixels per CSS pixel of the box ([`device_scale`]).
    scale: f64,
    theme: Theme,
    ctx: CanvasRenderingContext2d,
    backend: CanvasBackend,
    /// The backing store's size in device pixels, once sized: the context then holds the scale and
    /// font the drawing sets (sizing the store resets them), so later draws set neither again.
    size: Option<(u32, u32)>,
    /// What the last draw's base ([`Part::Base`]) was drawn from.
    base: Option<BaseOf>,
    /// The base kept on a canvas of its own, once a draw's base repeats the last one's.
    kept: Option<Kept>,
}

/// Which parts of a chart [`paint`] draws. A step that moves only the current setting (a rule, the
/// points) leaves the rest as it was: the canvas then copies that from a canvas it keeps and draws the
/// marks over it, instead of every line and label again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// Everything.
    Whole,
    /// The grid, axis and ticks with their labels, the shaded area and the lines.
    Base,
    /// The rules, the points and the rules' labels, over the base.
    Marks,
}

/// What a chart's base is drawn from, owned, to tell whether the next chart's base is the same.
#[derive(Debug, Clone, PartialEq)]
struct BaseOf {
    x: (f64, f64),
    y: (f64, f64),
    x_ticks: Vec<(f64, String)>,
    y_ticks: Vec<(f64, String)>,
    series: Vec<(Points, Pen)>,
    shade: Option<(Points, Points)>,
    /// The lines of rule labels above the plot: they set its top margin.
    rows: u8,
}

impl BaseOf {
    fn of(chart: &LineChart) -> BaseOf {
        let ticks = |t: &[(f64, &str)]| t.iter().map(|(v, l)| (*v, l.to_string())).collect();
        BaseOf {
            x: chart.x,
            y: chart.y,
            x_ticks: ticks(chart.x_ticks),
            y_ticks: ticks(chart.y_ticks),
            series: chart
                .series
                .iter()
                .map(|s| (s.points.to_vec(), s.pen))
                .collect(),
            shade: chart.shade.map(|s| (s.upper.to_vec(), s.lower.to_vec())),
            rows: label_rows(chart),
        }
    }

    /// Whether `chart`'s base is this one (compared in place: a step allocates nothing for it).
    fn is(&self, chart: &LineChart) -> bool {
        let ticks = |a: &[(f64, String)], b: &[(f64, &str)]| {
            a.len() == b.len() && a.iter().zip(b).all(|(p, q)| p.0 == q.0 && p.1 == q.1)
        };
        self.x == chart.x
            && self.y == chart.y
            && self.rows == label_rows(chart)
            && ticks(&self.x_ticks, chart.x_ticks)
            && ticks(&self.y_ticks, chart.y_ticks)
            && self.series.len() == chart.series.len()
            && self
                .series
                .iter()
                .zip(chart.series)
                .all(|(a, b)| a.1 == b.pen && a.0 == b.points)
            && match (&self.shade, chart.shade) {
                (None, None) => true,
                (Some((u, l)), Some(s)) => u == s.upper && l == s.lower,
                _ => false,
            }
    }
}

/// A canvas outside the page, the visible one's size, holding a chart's base.
struct Kept {
    canvas: HtmlCanvasElement,
    ctx: CanvasRenderingContext2d,
    backend: CanvasBackend,
    /// Whether its context holds the drawing's scale and font.
    set: bool,
    /// Whether it holds the base of [`Seen::base`].
    holds: bool,
}

/// A canvas of `w` by `h` pixels outside the page, to draw on or measure with.
fn offscreen_canvas((w, h): (u32, u32)) -> Option<HtmlCanvasElement> {
    let canvas: HtmlCanvasElement = web_sys::window()?
        .document()?
        .create_element("canvas")
        .ok()?
        .dyn_into()
        .ok()?;
    canvas.set_width(w);
    canvas.set_height(h);
    Some(canvas)
}

impl Kept {
    fn new((w, h): (u32, u32)) -> Option<Kept> {
        let canvas = offscreen_canvas((w, h))?;
        let (ctx, backend) = context(&canvas).ok()?;
        Some(Kept {
            canvas,
            ctx,
            backend,
            set: false,
            holds: false,
        })
    }
}

/// Says that the figures are presented on a projector: lines, marks and margins are then drawn twice
/// their reading weight and labels 1.6 times their size (the colours come from the page's CSS, which
/// presenting sets).
pub fn set_presenting(on: bool) {
    PRESENTING.with(|p| p.set(on));
    restyle();
}

/// How much heavier lines and larger labels are drawn than for reading: (weight, type).
fn scale() -> (f64, f64) {
    if PRESENTING.with(|p| p.get()) {
        (2.0, 1.6)
    } else {
        (1.0, 1.0)
    }
}

/// Says that the page is being printed (between `beforeprint` and `afterprint`): charts are then drawn
/// in the light scheme's dark ink whatever the screen's scheme, for paper.
pub fn set_printing(on: bool) {
    PRINTING.with(|p| p.set(on));
    restyle();
}

/// The theme as the page's CSS sets it for `canvas` (falls back to the light scheme; the light scheme
/// itself while printing).
pub fn theme(canvas: &HtmlCanvasElement) -> Theme {
    if PRINTING.with(|p| p.get()) {
        return Theme::LIGHT;
    }
    let style = web_sys::window().and_then(|w| w.get_computed_style(canvas).ok().flatten());
    let read = |name: &str, fallback: RGBColor| {
        style
            .as_ref()
            .and_then(|s| s.get_property_value(name).ok())
            .and_then(|v| parse_color(&v))
            .unwrap_or(fallback)
    };
    let light = Theme::LIGHT;
    Theme {
        fg: read("--chart-fg", light.fg),
        grid: read("--chart-grid", light.grid),
        a: read("--chart-a", light.a),
        b: read("--chart-b", light.b),
        mark: read("--chart-mark", light.mark),
    }
}

/// Device pixels per CSS pixel of `canvas`'s box: `devicePixelRatio` times any CSS `zoom` on it or its
/// ancestors (a zoom extension or a course site's wrapper zooms `<html>`; the box's `clientWidth` leaves
/// zoom out, so without it a zoomed chart would be blurry), at most 4.
fn device_scale(canvas: &HtmlCanvasElement) -> f64 {
    let dpr = web_sys::window()
        .map(|w| w.device_pixel_ratio())
        .filter(|r| r.is_finite() && *r > 0.0)
        .unwrap_or(1.0);
    let zoom = js_sys::Reflect::get(canvas, &"currentCSSZoom".into())
        .ok()
        .and_then(|z| z.as_f64())
        .filter(|z| z.is_finite() && *z > 0.0)
        .unwrap_or(1.0);
    (dpr * zoom).min(4.0)
}

/// Sizes the backing store to the canvas's CSS box (`css`) times `scale`; returns the device-pixel
/// size, or `None` while the canvas has no box (hidden, not laid out).
fn fit(canvas: &HtmlCanvasElement, (css_w, css_h): (i32, i32), scale: f64) -> Option<(u32, u32)> {
    if css_w <= 0 || css_h <= 0 {
        return None;
    }
    let w = (f64::from(css_w) * scale).round() as u32;
    let h = (f64::from(css_h) * scale).round() as u32;
    if canvas.width() != w {
        canvas.set_width(w);
    }
    if canvas.height() != h {
        canvas.set_height(h);
    }
    Some((w, h))
}

/// Which theme colour a mark uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ink {
    /// The first colour (`--chart-a`).
    A,
    /// The second colour (`--chart-b`).
    B,
    /// The neutral colour of thresholds and reference lines (`--chart-mark`).
    Mark,
}

/// How a line is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dash {
    /// Unbroken.
    Solid,
    /// Long dashes.
    Dashed,
    /// Dots.
    Dotted,
}

/// A line's colour, dash and weight: series are told apart by dash and weight as well as colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pen {
    /// Colour.
    pub ink: Ink,
    /// Dash pattern.
    pub dash: Dash,
    /// Thin (a component or a reference) rather than thick (a main result).
    pub thin: bool,
}

impl Pen {
    /// The main result: thick, solid, colour A.
    pub const A: Pen = Pen::new(Ink::A, Dash::Solid, false);
    /// The main comparison: thick, dashed, colour B.
    pub const B: Pen = Pen::new(Ink::B, Dash::Dashed, false);

    /// A pen.
    pub const fn new(ink: Ink, dash: Dash, thin: bool) -> Pen {
        Pen { ink, dash, thin }
    }

    /// The CSS classes of the legend key drawn like this pen (`key ink-a dash-dashed thin`).
    pub fn class(&self) -> String {
        let ink = match self.ink {
            Ink::A => "ink-a",
            Ink::B => "ink-b",
            Ink::Mark => "ink-mark",
        };
        let dash = match self.dash {
            Dash::Solid => "",
            Dash::Dashed => " dash-dashed",
            Dash::Dotted => " dash-dotted",
        };
        format!("key {ink}{dash}{}", if self.thin { " thin" } else { "" })
    }
}

/// An entry of a chart's legend.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    /// A line drawn with this pen.
    Line(Pen),
    /// The shaded area.
    Area,
}

impl Key {
    /// The CSS classes of the legend key.
    pub fn class(&self) -> String {
        match self {
            Key::Line(pen) => pen.class(),
            Key::Area => "key area".to_string(),
        }
    }
}

/// One line of a chart.
#[derive(Debug, Clone, Copy)]
pub struct Series<'a> {
    /// Points in data coordinates, in order of x. Parts outside the y range are not drawn.
    pub points: &'a [(f64, f64)],
    /// How it is drawn.
    pub pen: Pen,
}

/// A reference line across the plot with a label: a threshold, the current setting, the end of the war.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rule<'a> {
    /// Where, in data coordinates: an x value for a vertical rule, a y value for a horizontal one.
    pub at: f64,
    /// Horizontal (at a y value) rather than vertical (at an x value).
    pub horizontal: bool,
    /// Its label (may be empty): at the top of a vertical rule, at the right end of a horizontal one.
    pub label: &'a str,
    /// Drawn dotted (a threshold) or solid (the current setting).
    pub dotted: bool,
    /// Which line of labels at the top a vertical rule uses (0 the top one), so nearby labels do not
    /// overlap.
    pub row: u8,
}

impl<'a> Rule<'a> {
    /// A solid vertical rule without a label: the current setting.
    pub fn current(x: f64) -> Rule<'static> {
        Rule {
            at: x,
            horizontal: false,
            label: "",
            dotted: false,
            row: 0,
        }
    }

    /// A dotted vertical rule with a label: a threshold on x.
    pub fn threshold(x: f64, label: &'a str) -> Rule<'a> {
        Rule {
            at: x,
            horizontal: false,
            label,
            dotted: true,
            row: 0,
        }
    }

    /// A dotted horizontal rule with a label: a level on y.
    pub fn level(y: f64, label: &'a str) -> Rule<'a> {
        Rule {
            at: y,
            horizontal: true,
            label,
            dotted: true,
            row: 0,
        }
    }
}

/// An area shaded between two lines sampled at the same x values (where `upper` lies above `lower`).
#[derive(Debug, Clone, Copy)]
pub struct Shade<'a> {
    /// The upper edge.
    pub upper: &'a [(f64, f64)],
    /// The lower edge.
    pub lower: &'a [(f64, f64)],
}

/// A line chart to draw.
#[derive(Debug, Clone, Copy)]
pub struct LineChart<'a> {
    /// x range.
    pub x: (f64, f64),
    /// y range.
    pub y: (f64, f64),
    /// Ticks on x, with their labels.
    pub x_ticks: &'a [(f64, &'a str)],
    /// Ticks on y, with their labels.
    pub y_ticks: &'a [(f64, &'a str)],
    /// The lines, drawn in order (the last on top).
    pub series: &'a [Series<'a>],
    /// An area to shade under the lines.
    pub shade: Option<Shade<'a>>,
    /// Reference lines.
    pub rules: &'a [Rule<'a>],
    /// Points to mark (the current setting on each line); those outside the ranges are left out.
    pub points: &'a [(f64, f64)],
}

/// A line as points in data coordinates, in order of x.
pub type Points = Vec<(f64, f64)>;

/// A chart owned whole, as one run of a model hands it over; [`LineChart`] borrows from it to draw. Made
/// with [`Plot::new`] and the methods after it, so a view states only what differs from the defaults
/// (round ticks, about five on x and four on y, plain numbers).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Plot {
    /// x range.
    pub x: (f64, f64),
    /// y range.
    pub y: (f64, f64),
    /// Ticks on x, with their labels.
    pub x_ticks: Vec<(f64, String)>,
    /// Ticks on y, with their labels.
    pub y_ticks: Vec<(f64, String)>,
    /// The lines, drawn in order (the last on top).
    pub series: Vec<(Points, Pen)>,
    /// An area to shade between an upper and a lower line.
    pub shade: Option<(Points, Points)>,
    /// Reference lines, each with its label.
    pub rules: Vec<(Rule<'static>, String)>,
    /// Points to mark.
    pub points: Vec<(f64, f64)>,
}

impl Plot {
    /// An empty chart over `x` and `y` with round ticks on both.
    pub fn new(x: (f64, f64), y: (f64, f64)) -> Plot {
        Plot {
            x,
            y,
            x_ticks: ticks(x.0, x.1, 5, false),
            y_ticks: ticks(y.0, y.1, 4, false),
            ..Plot::default()
        }
    }

    /// About `count` round ticks on x, as percentages if `percent`.
    pub fn x_ticks(mut self, count: u32, percent: bool) -> Plot {
        self.x_ticks = ticks(self.x.0, self.x.1, count, percent);
        self
    }

    /// About `count` round ticks on y, as percentages if `percent`.
    pub fn y_ticks(mut self, count: u32, percent: bool) -> Plot {
        self.y_ticks = ticks(self.y.0, self.y.1, count, percent);
        self
    }

    /// Ticks on x at these values, with these labels.
    pub fn x_ticks_at(mut self, at: &[(f64, &str)]) -> Plot {
        self.x_ticks = at.iter().map(|(v, l)| (*v, l.to_string())).collect();
        self
    }

    /// A line through `points` drawn with `pen`.
    pub fn line(mut self, points: Points, pen: Pen) -> Plot {
        self.series.push((points, pen));
        self
    }

    /// The area between `upper` and `lower`, shaded.
    pub fn shade(mut self, upper: Points, lower: Points) -> Plot {
        self.shade = Some((upper, lower));
        self
    }

    /// A reference line with `label` (the rule's own label is ignored).
    pub fn rule(mut self, rule: Rule<'_>, label: impl Into<String>) -> Plot {
        self.rules.push((Rule { label: "", ..rule }, label.into()));
        self
    }

    /// Marks these points (the current setting on each line).
    pub fn points(mut self, points: &[(f64, f64)]) -> Plot {
        self.points.extend_from_slice(points);
        self
    }

    /// Hands the chart, borrowed as a [`LineChart`], to `f`.
    pub fn with<R>(&self, f: impl FnOnce(&LineChart) -> R) -> R {
        let x_ticks = tick_refs(&self.x_ticks);
        let y_ticks = tick_refs(&self.y_ticks);
        let series: Vec<Series> = self
            .series
            .iter()
            .map(|(points, pen)| Series { points, pen: *pen })
            .collect();
        let rules: Vec<Rule> = self
            .rules
            .iter()
            .map(|(rule, label)| Rule { label, ..*rule })
            .collect();
        f(&LineChart {
            x: self.x,
            y: self.y,
            x_ticks: &x_ticks,
            y_ticks: &y_ticks,
            series: &series,
            shade: self
                .shade
                .as_ref()
                .map(|(upper, lower)| Shade { upper, lower }),
            rules: &rules,
            points: &self.points,
        })
    }
}

/// Ticks for the range `lo..=hi` at a round step (1, 2, 2.5 or 5 times a power of ten), about `count`
/// of them, labelled with as few decimals as each value needs; `percent` labels 0.25 as "25%".
pub fn ticks(lo: f64, hi: f64, count: u32, percent: bool) -> Vec<(f64, String)> {
    let span = hi - lo;
    if !(span.is_finite() && span > 0.0) {
        return Vec::new();
    }
    let rough = span / f64::from(count.max(1));
    let power = 10f64.powi(rough.log10().floor() as i32);
    let step = [1.0, 2.0, 2.5, 5.0, 10.0]
        .iter()
        .map(|m| m * power)
        .find(|s| *s >= rough * 0.999)
        .unwrap_or(10.0 * power);
    let scale = if percent { 100.0 } else { 1.0 };
    let decimals = (0..4)
        .find(|&d| {
            let v = step * scale * 10f64.powi(d);
            (v - v.round()).abs() < 1e-6
        })
        .unwrap_or(4) as usize;
    let first = (lo / step - 1e-9).ceil() as i64;
    let last = (hi / step + 1e-9).floor() as i64;
    (first..=last)
        .map(|k| {
            let v = k as f64 * step;
            let mut text = crate::num::trimmed(v * scale, decimals);
            if percent {
                text.push('%');
            }
            (v, text)
        })
        .collect()
}

/// Borrows owned tick labels for [`LineChart`].
pub fn tick_refs(ticks: &[(f64, String)]) -> Vec<(f64, &str)> {
    ticks.iter().map(|(v, s)| (*v, s.as_str())).collect()
}

/// The smallest round number (1, 2, 2.5 or 5 times a power of ten) at or above `v`, for a y range.
pub fn round_up(v: f64) -> f64 {
    if !(v.is_finite() && v > 0.0) {
        return 1.0;
    }
    let power = 10f64.powi(v.log10().floor() as i32);
    [1.0, 2.0, 2.5, 5.0, 10.0]
        .iter()
        .map(|m| m * power)
        .find(|s| *s >= v * 0.999_999)
        .unwrap_or(10.0 * power)
}

/// Splits a polyline into the runs that lie inside `lo..=hi` in y, cutting segments where they cross
/// the bounds.
pub fn clip_y(points: &[(f64, f64)], lo: f64, hi: f64) -> Vec<Vec<(f64, f64)>> {
    let inside = |p: &(f64, f64)| p.1 >= lo && p.1 <= hi;
    let cut = |a: (f64, f64), b: (f64, f64), y: f64| {
        let t = (y - a.1) / (b.1 - a.1);
        (a.0 + t * (b.0 - a.0), y)
    };
    let mut runs: Vec<Vec<(f64, f64)>> = Vec::new();
    let mut current: Vec<(f64, f64)> = Vec::new();
    for (i, p) in points.iter().enumerate() {
        let prev = i.checked_sub(1).and_then(|j| points.get(j));
        match (prev, inside(p)) {
            (_, true) if !current.is_empty() => current.push(*p),
            (Some(q), true) => {
                // Entering: start at the crossed bound.
                let bound = if q.1 > hi { hi } else { lo };
                current.push(cut(*q, *p, bound));
                current.push(*p);
            }
            (None, true) => current.push(*p),
            (Some(q), false) if !current.is_empty() => {
                let bound = if p.1 > hi { hi } else { lo };
                current.push(cut(*q, *p, bound));
                runs.push(std::mem::take(&mut current));
            }
            _ => {}
        }
    }
    if current.len() > 1 {
        runs.push(current);
    }
    runs
}

/// Why a chart could not be drawn.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChartError(pub String);

impl<E: std::error::Error + Send + Sync> From<DrawingAreaErrorKind<E>> for ChartError {
    fn from(e: DrawingAreaErrorKind<E>) -> Self {
        ChartError(e.to_string())
    }
}

/// Maps data coordinates to backing-store pixels inside the plot area.
#[derive(Debug, Clone, Copy)]
struct Mapping {
    x: (f64, f64),
    y: (f64, f64),
    left: f64,
    top: f64,
    width: f64,
    height: f64,
    /// Backend units per device pixel.
    grain: f64,
}

impl Mapping {
    /// `at`, moved to the middle of a device pixel (or its edge, for a line an even number of device
    /// pixels wide) so that a straight rule of that width is crisp.
    fn snap(&self, p: (f64, f64), width: u32) -> (i32, i32) {
        let (x, y) = self.at(p);
        let g = self.grain;
        let half = if (f64::from(width) / g).round() as i64 % 2 == 1 {
            0.5
        } else {
            0.0
        };
        let s = |v: i32| (((f64::from(v) / g).floor() + half) * g).round() as i32;
        (s(x), s(y))
    }

    fn at(&self, (x, y): (f64, f64)) -> (i32, i32) {
        let fx = (x - self.x.0) / (self.x.1 - self.x.0);
        let fy = (y - self.y.0) / (self.y.1 - self.y.0);
        (
            (self.left + fx * self.width).round() as i32,
            (self.top + (1.0 - fy) * self.height).round() as i32,
        )
    }
}

/// Cuts a pixel polyline into dashes of `on` pixels with gaps of `off`, measured along the line.
pub fn dashes(points: &[(i32, i32)], on: f64, off: f64) -> Vec<Vec<(i32, i32)>> {
    let mut out: Vec<Vec<(i32, i32)>> = Vec::new();
    let mut drawing = true;
    let mut left = on;
    let mut current: Vec<(i32, i32)> = points.first().map(|p| vec![*p]).unwrap_or_default();
    for pair in points.windows(2) {
        let ((x0, y0), (x1, y1)) = (
            (f64::from(pair[0].0), f64::from(pair[0].1)),
            (f64::from(pair[1].0), f64::from(pair[1].1)),
        );
        let length = (x1 - x0).hypot(y1 - y0);
        let mut done = 0.0;
        while length - done > left {
            done += left;
            let t = done / length;
            let p = (
                (x0 + t * (x1 - x0)).round() as i32,
                (y0 + t * (y1 - y0)).round() as i32,
            );
            if drawing {
                current.push(p);
                out.push(std::mem::take(&mut current));
            } else {
                current = vec![p];
            }
            drawing = !drawing;
            left = if drawing { on } else { off };
        }
        left -= length - done;
        if drawing {
            current.push(pair[1]);
        }
    }
    if drawing && current.len() > 1 {
        out.push(current);
    }
    out
}

/// How a label sits on its anchor point, across.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    /// The label starts at the point.
    Left,
    /// The label ends at the point.
    Right,
}

/// How a label sits on its anchor point, up and down.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Baseline {
    /// The label hangs below the point.
    Top,
    /// The label is centred on the point.
    Middle,
    /// The label stands on the point.
    Bottom,
}

impl Baseline {
    /// How far below the anchor an SVG `<text>` (which sits on its alphabetic baseline) goes to sit
    /// where the canvas puts a label, in label sizes.
    pub fn svg_shift(self) -> f64 {
        match self {
            Baseline::Top => 0.8,
            Baseline::Middle => 0.35,
            Baseline::Bottom => -0.22,
        }
    }
}

/// Where a chart's labels go: the canvas's own text, or text elements of the build-time picture.
pub trait Labels {
    /// The width of `text` at the label size, in device pixels.
    fn measure(&self, text: &str) -> f64;
    /// Writes `text` at `at` (device pixels) in colour `ink`.
    fn write(
        &mut self,
        text: &str,
        at: (f64, f64),
        align: Align,
        baseline: Baseline,
        ink: RGBColor,
    );
    /// Whether the surface dashes lines itself: if so, the lines drawn from now on are dashed with
    /// `pattern` (dash and gap, in device pixels; `None`, solid), and the painter draws them whole
    /// rather than cut into [`dashes`].
    fn dash(&mut self, pattern: Option<(f64, f64)>) -> bool {
        let _ = pattern;
        false
    }
}

/// The size of a label in CSS pixels.
const LABEL_PX: f64 = 12.0;

/// The canvas's labels, measured and drawn with its own `fillText` (no DOM measuring); or, for a
/// figure's SVG file, measured on the canvas and written as `<text>` elements.
struct CanvasLabels<'a> {
    ctx: &'a CanvasRenderingContext2d,
    /// The alignment and baseline last set on the context: lines and fills leave them alone, so a
    /// label sets them only when they change (each set is a string handed to the browser).
    set: Option<(Align, Baseline)>,
    /// The fill colour last set for a label: labels are written after every mark, so nothing else
    /// changes it in between.
    fill: Option<RGBColor>,
    /// The label size in backend units.
    size: f64,
    /// The SVG file's labels, when drawing one.
    svg: Option<String>,
    /// The dash the canvas's next strokes take, shared with the backend ([`Fine`]).
    dash: &'a Cell<Option<(f64, f64)>>,
}

impl Labels for CanvasLabels<'_> {
    fn measure(&self, text: &str) -> f64 {
        // The font is the system's sans-serif at `size`; the page loads no fonts that could change it.
        let size = self.size as u32;
        let known = WIDTHS.with(|w| {
            w.borrow()
                .iter()
                .find(|(t, s, _)| *s == size && t == text)
                .map(|k| k.2)
        });
        if let Some(width) = known {
            return width;
        }
        let width = self
            .ctx
            .measure_text(text)
            .map(|m| m.width())
            .unwrap_or(0.0);
        WIDTHS.with(|w| {
            let mut w = w.borrow_mut();
            if w.len() >= WIDTHS_KEPT {
                w.clear();
            }
            w.push((text.to_string(), size, width));
        });
        width
    }

    fn write(
        &mut self,
        text: &str,
        at: (f64, f64),
        align: Align,
        baseline: Baseline,
        ink: RGBColor,
    ) {
        if let Some(out) = &mut self.svg {
            // SVG text sits on its alphabetic baseline: shift it to where the canvas would put it.
            let y = at.1 + self.size * baseline.svg_shift();
            let _ = write!(
                out,
                "<text x=\"{}\" y=\"{}\" font-size=\"{}\" fill=\"{}\"{}>",
                at.0 as i32,
                y as i32,
                self.size as i32,
                rgb(ink),
                match align {
                    Align::Left => "",
                    Align::Right => " text-anchor=\"end\"",
                }
            );
            crate::html::push_escaped(out, text);
            out.push_str("</text>");
            return;
        }
        // The font is set once per drawing (`render`); colour, alignment and baseline when they change.
        if self.fill != Some(ink) {
            self.ctx.set_fill_style_str(&rgb(ink));
            self.fill = Some(ink);
        }
        if self.set != Some((align, baseline)) {
            self.ctx.set_text_align(match align {
                Align::Left => "left",
                Align::Right => "right",
            });
            self.ctx.set_text_baseline(match baseline {
                Baseline::Top => "top",
                Baseline::Middle => "middle",
                Baseline::Bottom => "bottom",
            });
            self.set = Some((align, baseline));
        }
        let _ = self.ctx.fill_text(text, at.0, at.1);
    }

    fn dash(&mut self, pattern: Option<(f64, f64)>) -> bool {
        // An SVG file's dashes are cut into paths, as in the build-time picture.
        if self.svg.is_some() {
            return false;
        }
        self.dash.set(pattern);
        true
    }
}

/// Backend units per device pixel on the canvas: plotters places everything on whole units, so the
/// canvas is drawn on a grid this much finer (its context scaled back down) and a nearly flat line
/// climbs smoothly instead of in whole-pixel steps at `devicePixelRatio` 1.
const GRAIN: u32 = 8;

/// The canvas backend, told it is [`GRAIN`] times larger than its backing store; the context's
/// transform scales every coordinate back. For a figure's SVG file the same marks are written, in the
/// same units, as SVG elements instead: one backend type, so the wasm holds one copy of [`paint`].
///
/// On the canvas, strokes in one style are gathered into one path and stroked together, when the
/// style changes or anything else is drawn: a dashed line or a grid is one stroke, not one per dash or
/// line, and a style is handed to the browser (a colour string it parses) once per run, not per path.
/// Translucent strokes keep a path each, so the marks are the same.
struct Fine<'a> {
    canvas: &'a mut CanvasBackend,
    ctx: &'a CanvasRenderingContext2d,
    /// The colour, width and dash of the path gathered so far and not yet stroked.
    open: Option<Stroke>,
    /// The dash the painter asks for next ([`Labels::dash`]).
    dash: &'a Cell<Option<(f64, f64)>>,
    /// The dash set on the context, if known (the context keeps it between draws).
    set_dash: Option<Option<(f64, f64)>>,
    /// The SVG file's marks, when drawing one.
    svg: Option<&'a mut String>,
}

/// A stroke's colour, width and dash.
type Stroke = ((u8, u8, u8), u32, Option<(f64, f64)>);

impl Fine<'_> {
    /// Strokes the gathered path, if any.
    fn flush(&mut self) {
        if self.open.take().is_some() {
            self.ctx.stroke();
        }
    }

    /// Sets the context's dash to `dash`, unless it has it.
    fn dashed(&mut self, dash: Option<(f64, f64)>) {
        if self.set_dash != Some(dash) {
            let segments = js_sys::Array::new();
            if let Some((on, off)) = dash {
                segments.push(&on.into());
                segments.push(&off.into());
            }
            let _ = self.ctx.set_line_dash(&segments);
            self.set_dash = Some(dash);
        }
    }
}

type FineError = DrawingErrorKind<<CanvasBackend as DrawingBackend>::ErrorType>;

/// Writes `points` as an SVG path's `d`: a move, then moves relative to the point before.
fn svg_path(out: &mut String, points: impl IntoIterator<Item = BackendCoord>) {
    out.push_str(" d=\"");
    let mut last = None;
    for (x, y) in points {
        let _ = match last {
            None => write!(out, "M{x} {y}"),
            Some((lx, ly)) => write!(out, "l{} {}", x - lx, y - ly),
        };
        last = Some((x, y));
    }
    out.push_str("\"/>");
}

/// An SVG paint: the colour and, below full, its opacity.
fn svg_paint(out: &mut String, attr: &str, color: BackendColor) {
    let (r, g, b) = color.rgb;
    let _ = write!(out, " {attr}=\"{}\"", rgb(RGBColor(r, g, b)));
    if color.alpha < 1.0 {
        let _ = write!(
            out,
            " {attr}-opacity=\"0.{:02}\"",
            (color.alpha * 100.0) as u32
        );
    }
}

impl DrawingBackend for Fine<'_> {
    type ErrorType = <CanvasBackend as DrawingBackend>::ErrorType;

    fn get_size(&self) -> (u32, u32) {
        let (w, h) = self.canvas.get_size();
        (w * GRAIN, h * GRAIN)
    }
    fn ensure_prepared(&mut self) -> Result<(), FineError> {
        self.canvas.ensure_prepared()
    }
    fn present(&mut self) -> Result<(), FineError> {
        self.flush();
        self.canvas.present()
    }
    fn draw_pixel(&mut self, at: BackendCoord, color: BackendColor) -> Result<(), FineError> {
        self.flush();
        if self.svg.is_none() && color.alpha > 0.0 {
            self.ctx.set_fill_style_str(&css_color(color));
            self.ctx
                .fill_rect(f64::from(at.0), f64::from(at.1), 1.0, 1.0);
        }
        Ok(())
    }
    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Result<(), FineError> {
        self.draw_path([from, to], style)
    }
    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result<(), FineError> {
        let Some(out) = &mut self.svg else {
            let color = style.color();
            let dash = self.dash.get();
            let mut path = path.into_iter();
            let Some(start) = path.next() else {
                return Ok(());
            };
            if color.alpha < 1.0 {
                // Overlapping runs of a translucent stroke would show where they cross: its own path.
                self.flush();
                if color.alpha > 0.0 {
                    self.dashed(dash);
                    self.ctx.set_stroke_style_str(&css_color(color));
                    self.ctx.set_line_width(f64::from(style.stroke_width()));
                    self.ctx.begin_path();
                    self.ctx.move_to(f64::from(start.0), f64::from(start.1));
                    for (x, y) in path {
                        self.ctx.line_to(f64::from(x), f64::from(y));
                    }
                    self.ctx.stroke();
                }
                return Ok(());
            }
            let key = (color.rgb, style.stroke_width(), dash);
            if self.open != Some(key) {
                self.flush();
                self.dashed(dash);
                let (r, g, b) = color.rgb;
                self.ctx.set_stroke_style_str(&rgb(RGBColor(r, g, b)));
                self.ctx.set_line_width(f64::from(key.1));
                self.ctx.begin_path();
                self.open = Some(key);
            }
            self.ctx.move_to(f64::from(start.0), f64::from(start.1));
            for (x, y) in path {
                self.ctx.line_to(f64::from(x), f64::from(y));
            }
            return Ok(());
        };
        out.push_str("<path fill=\"none\"");
        svg_paint(out, "stroke", style.color());
        let _ = write!(out, " stroke-width=\"{}\"", style.stroke_width());
        svg_path(out, path);
        Ok(())
    }
    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vert: I,
        style: &S,
    ) -> Result<(), FineError> {
        let Some(out) = &mut self.svg else {
            self.flush();
            let color = style.color();
            let mut vert = vert.into_iter();
            if let (Some(start), true) = (vert.next(), color.alpha > 0.0) {
                self.ctx.set_fill_style_str(&css_color(color));
                self.ctx.begin_path();
                self.ctx.move_to(f64::from(start.0), f64::from(start.1));
                for (x, y) in vert {
                    self.ctx.line_to(f64::from(x), f64::from(y));
                }
                self.ctx.close_path();
                self.ctx.fill();
            }
            return Ok(());
        };
        out.push_str("<path");
        svg_paint(out, "fill", style.color());
        svg_path(out, vert);
        Ok(())
    }
    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Result<(), FineError> {
        let Some(out) = &mut self.svg else {
            self.flush();
            self.dashed(None);
            let color = style.color();
            if color.alpha > 0.0 {
                let ink = css_color(color);
                if fill {
                    self.ctx.set_fill_style_str(&ink);
                } else {
                    self.ctx.set_stroke_style_str(&ink);
                    self.ctx.set_line_width(f64::from(style.stroke_width()));
                }
                self.ctx.begin_path();
                let (x, y) = (f64::from(center.0), f64::from(center.1));
                let _ = self
                    .ctx
                    .arc(x, y, f64::from(radius), 0.0, std::f64::consts::TAU);
                if fill {
                    self.ctx.fill();
                } else {
                    self.ctx.stroke();
                }
            }
            return Ok(());
        };
        let _ = write!(
            out,
            "<circle cx=\"{}\" cy=\"{}\" r=\"{radius}\"",
            center.0, center.1
        );
        if !fill {
            out.push_str(" fill=\"none\"");
        }
        svg_paint(out, if fill { "fill" } else { "stroke" }, style.color());
        out.push_str("/>");
        Ok(())
    }
}

/// Draws `chart` on `canvas` (sizing its backing store first), with its box and colours from `seen`
/// unless the page has [`restyle`]d since (then read again, and kept there). Draws nothing while the
/// canvas has no box; says whether it drew.
pub fn draw(
    canvas: &HtmlCanvasElement,
    chart: &LineChart,
    seen: &mut Option<Seen>,
) -> Result<bool, ChartError> {
    let epoch = EPOCH.with(|e| e.get());
    if seen.as_ref().is_none_or(|s| s.epoch != epoch) {
        let (ctx, backend) = context(canvas)?;
        *seen = Some(Seen {
            epoch,
            css: (canvas.client_width(), canvas.client_height()),
            scale: device_scale(canvas),
            theme: theme(canvas),
            ctx,
            backend,
            size: None,
            base: None,
            kept: None,
        });
    }
    let Some(now) = seen.as_mut() else {
        return Ok(false);
    };
    let fresh = now.size.is_none();
    let size = match now.size {
        Some(size) => size,
        None => {
            let Some(size) = fit(canvas, now.css, now.scale) else {
                // No box yet: look again next time.
                *seen = None;
                return Ok(false);
            };
            now.size = Some(size);
            size
        }
    };
    let weights = scale();
    let same = !fresh && now.base.as_ref().is_some_and(|b| b.is(chart));
    if same && now.kept.is_none() {
        now.kept = Kept::new(size);
    }
    // One chart, its size, scale and colours: what differs between the calls is where and which part.
    let (dpr, theme) = (now.scale, &now.theme);
    let paint_on = |ctx: &CanvasRenderingContext2d, backend: &mut CanvasBackend, fresh, part| {
        render(
            ctx,
            backend,
            chart,
            size,
            dpr,
            weights,
            theme,
            Target::Canvas { fresh },
            part,
        )
    };
    let Some(kept) = now.kept.as_mut().filter(|_| same) else {
        paint_on(&now.ctx, &mut now.backend, fresh, Part::Whole)?;
        now.base = Some(BaseOf::of(chart));
        if let Some(kept) = &mut now.kept {
            kept.holds = false;
        }
        return Ok(true);
    };
    // The base is the last draw's: drawn once more, on the kept canvas, then only copied.
    if !kept.holds {
        paint_on(&kept.ctx, &mut kept.backend, !kept.set, Part::Base)?;
        kept.set = true;
        kept.holds = true;
    }
    let grain = f64::from(GRAIN);
    let (w, h) = (f64::from(size.0) * grain, f64::from(size.1) * grain);
    now.ctx.clear_rect(0.0, 0.0, w, h);
    now.ctx
        .draw_image_with_html_canvas_element_and_dw_and_dh(&kept.canvas, 0.0, 0.0, w, h)
        .map_err(|_| ChartError("the kept chart could not be copied".into()))?;
    paint_on(&now.ctx, &mut now.backend, false, Part::Marks)?;
    Ok(true)
}

/// The canvas's 2D context, and the plotters backend drawing on it.
fn context(
    canvas: &HtmlCanvasElement,
) -> Result<(CanvasRenderingContext2d, CanvasBackend), ChartError> {
    let ctx = canvas
        .get_context("2d")
        .ok()
        .flatten()
        .and_then(|c| c.dyn_into::<CanvasRenderingContext2d>().ok())
        .ok_or_else(|| ChartError("no 2d context".into()))?;
    let backend = CanvasBackend::with_canvas_object(canvas.clone())
        .ok_or_else(|| ChartError("no canvas backend".into()))?;
    Ok((ctx, backend))
}

/// `chart` as an SVG file's `<svg>`: the canvas's drawing (its marks and labels, in the same units)
/// written as SVG elements, 800 by 500 CSS pixels at two device pixels each, in the light scheme's
/// colours at reading weight. A canvas outside the page measures the labels. `None` if it cannot.
pub fn svg_for_file(chart: &LineChart) -> Option<String> {
    const CSS: (u32, u32) = (800, 500);
    const DPR: f64 = 2.0;
    let size = (CSS.0 * DPR as u32, CSS.1 * DPR as u32);
    let canvas = offscreen_canvas(size)?;
    let (ctx, mut backend) = context(&canvas).ok()?;
    render(
        &ctx,
        &mut backend,
        chart,
        size,
        DPR,
        (1.0, 1.0),
        &Theme::LIGHT,
        Target::Svg,
        Part::Whole,
    )
    .ok()
    .flatten()
}

/// What [`render`] draws on.
#[derive(Debug, Clone, Copy)]
enum Target {
    /// The canvas; `fresh` if its context does not yet hold the drawing's scale and font.
    Canvas { fresh: bool },
    /// An `<svg>`, in backend units (the canvas measures its labels).
    Svg,
}

/// The one canvas drawing (its `part`), on a backing store of `size` device pixels; or the same drawing
/// as an `<svg>` in backend units. The marks are drawn over what the canvas holds; the other parts clear
/// it first.
#[allow(clippy::too_many_arguments)]
fn render(
    ctx: &CanvasRenderingContext2d,
    backend: &mut CanvasBackend,
    chart: &LineChart,
    (w, h): (u32, u32),
    dpr: f64,
    (weight, type_scale): (f64, f64),
    theme: &Theme,
    target: Target,
    part: Part,
) -> Result<Option<String>, ChartError> {
    let grain = f64::from(GRAIN);
    let size = (LABEL_PX * dpr * grain * type_scale).round();
    let svg = matches!(target, Target::Svg);
    // The context keeps its scale and font between draws, until the store is sized again: each set
    // hands the browser something to parse.
    if !matches!(target, Target::Canvas { fresh: false }) {
        let _ = ctx.set_transform(1.0 / grain, 0.0, 0.0, 1.0 / grain, 0.0, 0.0);
        ctx.set_font(&format!(
            "{}px system-ui, -apple-system, 'Segoe UI', sans-serif",
            crate::num::fixed(size, 0)
        ));
    }
    if part != Part::Marks {
        ctx.clear_rect(0.0, 0.0, f64::from(w) * grain, f64::from(h) * grain);
    }
    let dash = Cell::new(None);
    let mut labels = CanvasLabels {
        ctx,
        set: None,
        fill: None,
        size,
        svg: svg.then(String::new),
        dash: &dash,
    };
    let mut marks = String::new();
    let drawn = paint(
        Fine {
            canvas: backend,
            ctx,
            open: None,
            dash: &dash,
            set_dash: None,
            svg: svg.then_some(&mut marks),
        },
        &mut labels,
        theme,
        dpr * grain * weight,
        GRAIN,
        chart,
        part,
    );
    drawn?;
    // The inks the lines are drawn in (A, B, mark), for a key beside the chart in a file.
    Ok(labels.svg.map(|words| {
        format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {} {}\" data-inks=\"{} {} {}\">{marks}{words}</svg>",
            w * GRAIN,
            h * GRAIN,
            rgb(theme.a),
            rgb(theme.b),
            rgb(theme.mark)
        )
    }))
}

/// The lines of labels above the plot that `chart`'s vertical rules use, past the first.
fn label_rows(chart: &LineChart) -> u8 {
    chart
        .rules
        .iter()
        .filter(|r| !r.horizontal)
        .map(|r| r.row)
        .max()
        .unwrap_or(0)
}

/// Draws `chart` (its `part`) on any plotters backend, with its labels through `labels`, at `dpr` device
/// pixels per CSS pixel (`grain` backend units to a device pixel): the one drawing of a chart, for the
/// canvas and for the build-time picture. Grid, axis and rules sit on whole device pixels (crisp); lines
/// do not. The rules and points are drawn over the lines, their labels over the ticks' labels.
///
/// Lines, marks and points are plotters elements, placed by our own linear mapping (plotters' chart
/// builder and coordinate types cost more wasm than they save here).
pub fn paint<DB: DrawingBackend>(
    backend: DB,
    labels: &mut impl Labels,
    theme: &Theme,
    dpr: f64,
    grain: u32,
    chart: &LineChart,
    part: Part,
) -> Result<(), ChartError>
where
    DB::ErrorType: 'static,
{
    let (base, marks) = (part != Part::Marks, part != Part::Base);
    let (w, h) = backend.get_size();
    let px = |css: f64| css * dpr;
    let rows = f64::from(label_rows(chart));
    // Room on the left for the widest y label in whatever font the system gives ("100%" runs wide).
    let widest = chart
        .y_ticks
        .iter()
        .map(|(_, label)| labels.measure(label))
        .fold(0.0, f64::max);
    let left = (widest + px(10.0)).max(px(40.0));
    let (right, top, bottom) = (px(14.0), px(22.0 + 15.0 * rows), px(26.0));
    let map = Mapping {
        x: chart.x,
        y: chart.y,
        left,
        top,
        width: (f64::from(w) - left - right).max(1.0),
        height: (f64::from(h) - top - bottom).max(1.0),
        grain: f64::from(grain.max(1)),
    };

    let root = backend.into_drawing_area();
    let thin = (dpr.round() as u32).max(1);
    let line = |a: (f64, f64), b: (f64, f64)| vec![map.snap(a, thin), map.snap(b, thin)];
    if base {
        let grid = ShapeStyle::from(theme.grid).stroke_width(thin);
        let axis = ShapeStyle::from(theme.fg).stroke_width(thin);
        for (y, _) in chart.y_ticks {
            root.draw(&PathElement::new(
                line((chart.x.0, *y), (chart.x.1, *y)),
                grid,
            ))?;
        }
        let tick = (chart.y.1 - chart.y.0) * 0.02;
        for (x, _) in chart.x_ticks {
            root.draw(&PathElement::new(
                line((*x, chart.y.0), (*x, chart.y.0 + tick)),
                axis,
            ))?;
        }
        root.draw(&PathElement::new(
            line((chart.x.0, chart.y.0), (chart.x.1, chart.y.0)),
            axis,
        ))?;

        let ink = |i: Ink| match i {
            Ink::A => theme.a,
            Ink::B => theme.b,
            Ink::Mark => theme.mark,
        };
        if let Some(shade) = chart.shade {
            let edge =
                |p: &(f64, f64)| map.at((p.0, crate::num::within(p.1, chart.y.0, chart.y.1)));
            let outline: Vec<(i32, i32)> = shade
                .upper
                .iter()
                .map(edge)
                .chain(shade.lower.iter().rev().map(edge))
                .collect();
            root.draw(&Polygon::new(outline, theme.a.mix(0.22).filled()))?;
        }
        let thick = (3.0 * dpr).round() as u32;
        let slim = (1.5 * dpr).round().max(1.0) as u32;
        for s in chart.series {
            let width = if s.pen.thin { slim } else { thick };
            let style = ShapeStyle::from(ink(s.pen.ink)).stroke_width(width);
            for run in clip_y(s.points, chart.y.0, chart.y.1) {
                let path: Vec<(i32, i32)> = run.iter().map(|p| map.at(*p)).collect();
                let pattern = match s.pen.dash {
                    Dash::Solid => None,
                    Dash::Dashed => Some((px(8.0), px(5.0))),
                    Dash::Dotted => Some((px(2.0), px(4.0))),
                };
                stroke(&root, labels, path, pattern, style)?;
            }
        }
    }
    if marks {
        let mark = ShapeStyle::from(theme.mark).stroke_width(thin);
        for r in chart.rules {
            let path = if r.horizontal {
                line((chart.x.0, r.at), (chart.x.1, r.at))
            } else {
                line((r.at, chart.y.0), (r.at, chart.y.1))
            };
            let pattern = r.dotted.then(|| (px(2.0), px(3.0)));
            stroke(&root, labels, path, pattern, mark)?;
        }
        let radius = (5.0 * dpr).round() as i32;
        let within = |v: f64, (lo, hi): (f64, f64)| v >= lo && v <= hi;
        for p in chart
            .points
            .iter()
            .filter(|p| within(p.0, chart.x) && within(p.1, chart.y))
        {
            root.draw(&Circle::new(
                map.at(*p),
                radius,
                ShapeStyle::from(theme.mark).filled(),
            ))?;
        }
    }
    root.present()?;

    let to_px = |x: f64, y: f64| {
        let (a, b) = map.at((x, y));
        (f64::from(a), f64::from(b))
    };
    if base {
        // Tick labels left to right, each drawn only if it clears the one before and the last one
        // (on a narrow plot, every other label gives way). The last ends at the plot's edge rather
        // than running past the canvas.
        let gap = 6.0 * dpr;
        let spans: Vec<(f64, f64)> = chart
            .x_ticks
            .iter()
            .map(|(x, label)| {
                let (cx, _) = to_px(*x, chart.y.0);
                let width = labels.measure(label);
                if *x >= chart.x.1 {
                    (cx + 2.0 * dpr - width, width)
                } else {
                    (cx - width / 2.0, width)
                }
            })
            .collect();
        let last_start = spans.last().map_or(f64::INFINITY, |s| s.0);
        let mut clear_from = f64::NEG_INFINITY;
        let baseline = to_px(chart.x.0, chart.y.0).1 + 5.0 * dpr;
        for (i, ((_, label), (start, width))) in chart.x_ticks.iter().zip(&spans).enumerate() {
            let is_last = i + 1 == spans.len();
            if *start < clear_from || (!is_last && start + width + gap > last_start) {
                continue;
            }
            labels.write(
                label,
                (*start, baseline),
                Align::Left,
                Baseline::Top,
                theme.fg,
            );
            clear_from = start + width + gap;
        }
        for (y, label) in chart.y_ticks {
            let (cx, cy) = to_px(chart.x.0, *y);
            labels.write(
                label,
                (cx - 6.0 * dpr, cy),
                Align::Right,
                Baseline::Middle,
                theme.fg,
            );
        }
    }
    if marks {
        for r in chart.rules.iter().filter(|r| !r.label.is_empty()) {
            if r.horizontal {
                // At the right end, just above the line.
                let (cx, cy) = to_px(chart.x.1, r.at);
                labels.write(
                    r.label,
                    (cx - 4.0 * dpr, cy - 3.0 * dpr),
                    Align::Right,
                    Baseline::Bottom,
                    theme.mark,
                );
                continue;
            }
            let (cx, cy) = to_px(r.at, chart.y.1);
            // Keep the label inside the plot: to the right of the line in the left half, else to its
            // left. A label too long for its side is pulled back inside the plot (narrow screens).
            let right_half = (r.at - chart.x.0) > 0.5 * (chart.x.1 - chart.x.0);
            let width = labels.measure(r.label);
            let nudge = 4.0 * dpr;
            let start = if right_half {
                cx - nudge - width
            } else {
                cx + nudge
            };
            let start = start.min(map.left + map.width - width).max(map.left);
            // Row 0 is the highest line of labels above the plot; the last row sits just above it.
            let lift = (rows - f64::from(r.row)) * 15.0 * dpr;
            labels.write(
                r.label,
                (start, cy - 4.0 * dpr - lift),
                Align::Left,
                Baseline::Bottom,
                theme.mark,
            );
        }
    }
    Ok(())
}

/// Strokes `path` in `style`, dashed with `pattern` (dash and gap) if any: by the surface itself where
/// it can ([`Labels::dash`]), else cut into [`dashes`].
fn stroke<DB: DrawingBackend>(
    root: &DrawingArea<DB, plotters::coord::Shift>,
    labels: &mut impl Labels,
    path: Vec<(i32, i32)>,
    pattern: Option<(f64, f64)>,
    style: ShapeStyle,
) -> Result<(), ChartError>
where
    DB::ErrorType: 'static,
{
    let native = labels.dash(pattern);
    match pattern {
        Some((on, off)) if !native => {
            for dash in dashes(&path, on, off) {
                root.draw(&PathElement::new(dash, style))?;
            }
        }
        _ => root.draw(&PathElement::new(path, style))?,
    }
    Ok(())
}

fn rgb(c: RGBColor) -> String {
    format!("rgb({},{},{})", c.0, c.1, c.2)
}

/// A colour as the canvas reads it, with its opacity below full. The canvas is drawn here rather than
/// by plotters-canvas's own shapes, which write every colour's opacity with Rust's float formatting
/// (see [`crate::num`]).
fn css_color(color: BackendColor) -> String {
    let (r, g, b) = color.rgb;
    if color.alpha >= 1.0 {
        rgb(RGBColor(r, g, b))
    } else {
        format!("rgba({r},{g},{b},{})", crate::num::fixed(color.alpha, 3))
    }
}
