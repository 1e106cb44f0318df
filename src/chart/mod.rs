//! Line charts on `<canvas>` with plotters-canvas: the backing store sized by `devicePixelRatio` (sharp on
//! phones and projectors), colours read from the page's CSS custom properties (light and dark themes),
//! series told apart by dash as well as colour, and labels drawn with the canvas's own `fillText`
//! (plotters would measure each label through the DOM, which forces a layout of the whole essay).
//!
//! Titles, axis names and the text alternative are HTML around the canvas, not pixels.

use plotters::prelude::*;
use plotters_canvas::CanvasBackend;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

/// Colours of a chart, from CSS custom properties on the canvas (`--chart-fg`, `--chart-a`, …).
#[derive(Debug, Clone, Copy)]
pub struct Theme {
    /// Labels and axes.
    pub fg: RGBColor,
    /// Grid lines.
    pub grid: RGBColor,
    /// First series (solid).
    pub a: RGBColor,
    /// Second series (dashed).
    pub b: RGBColor,
    /// Marked thresholds and the current setting.
    pub mark: RGBColor,
}

/// `#rrggbb` to a colour.
fn hex(text: &str) -> Option<RGBColor> {
    let t = text.trim().strip_prefix('#')?;
    if t.len() != 6 {
        return None;
    }
    let byte = |i: usize| u8::from_str_radix(t.get(i..i + 2)?, 16).ok();
    Some(RGBColor(byte(0)?, byte(2)?, byte(4)?))
}

/// The theme as the page's CSS sets it for `canvas` (falls back to dark-on-light).
pub fn theme(canvas: &HtmlCanvasElement) -> Theme {
    let style = web_sys::window().and_then(|w| w.get_computed_style(canvas).ok().flatten());
    let read = |name: &str, fallback: RGBColor| {
        style
            .as_ref()
            .and_then(|s| s.get_property_value(name).ok())
            .and_then(|v| hex(&v))
            .unwrap_or(fallback)
    };
    Theme {
        fg: read("--chart-fg", RGBColor(0x33, 0x33, 0x33)),
        grid: read("--chart-grid", RGBColor(0xdd, 0xdd, 0xdd)),
        a: read("--chart-a", RGBColor(0x1f, 0x4e, 0x8c)),
        b: read("--chart-b", RGBColor(0xb3, 0x4a, 0x12)),
        mark: read("--chart-mark", RGBColor(0x55, 0x55, 0x55)),
    }
}

/// Sizes the backing store to the canvas's CSS box times `devicePixelRatio`; returns the device-pixel
/// size and the ratio, or `None` while the canvas has no box (hidden, not laid out).
pub fn fit(canvas: &HtmlCanvasElement) -> Option<(u32, u32, f64)> {
    let dpr = web_sys::window()
        .map(|w| w.device_pixel_ratio())
        .filter(|r| r.is_finite() && *r > 0.0)
        .unwrap_or(1.0)
        .min(4.0);
    let (css_w, css_h) = (canvas.client_width(), canvas.client_height());
    if css_w <= 0 || css_h <= 0 {
        return None;
    }
    let w = (f64::from(css_w) * dpr).round() as u32;
    let h = (f64::from(css_h) * dpr).round() as u32;
    if canvas.width() != w {
        canvas.set_width(w);
    }
    if canvas.height() != h {
        canvas.set_height(h);
    }
    Some((w, h, dpr))
}

/// One line of a chart.
#[derive(Debug, Clone, Copy)]
pub struct Series<'a> {
    /// Points in data coordinates.
    pub points: &'a [(f64, f64)],
    /// Dashed (second series) or solid (first).
    pub dashed: bool,
}

/// A vertical line with a label at its top (a threshold, the current setting, the end of the war).
#[derive(Debug, Clone, Copy)]
pub struct Vertical<'a> {
    /// Where, in data coordinates.
    pub x: f64,
    /// Its label (may be empty).
    pub label: &'a str,
    /// Drawn dotted (a threshold) or solid (the current setting).
    pub dotted: bool,
    /// Which line of labels at the top it uses (0 the top one), so nearby labels do not overlap.
    pub row: u8,
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
    /// The lines; the first solid in colour A, the second dashed in colour B.
    pub series: &'a [Series<'a>],
    /// Vertical lines.
    pub verticals: &'a [Vertical<'a>],
    /// Points to mark (the current setting on each line).
    pub points: &'a [(f64, f64)],
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
}

impl Mapping {
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

/// Draws `chart` on `canvas` (sizing its backing store first). Draws nothing while the canvas has no box.
///
/// Lines, marks and points are plotters elements on the plotters-canvas backend, placed by our own
/// linear mapping (plotters' chart builder and coordinate types cost more wasm than they save here).
pub fn draw(canvas: &HtmlCanvasElement, chart: &LineChart) -> Result<(), ChartError> {
    let Some((w, h, dpr)) = fit(canvas) else {
        return Ok(());
    };
    let theme = theme(canvas);
    let ctx = canvas
        .get_context("2d")
        .ok()
        .flatten()
        .and_then(|c| c.dyn_into::<CanvasRenderingContext2d>().ok())
        .ok_or_else(|| ChartError("no 2d context".into()))?;
    ctx.clear_rect(0.0, 0.0, f64::from(w), f64::from(h));
    let px = |css: f64| css * dpr;
    let rows = chart
        .verticals
        .iter()
        .map(|v| f64::from(v.row))
        .fold(0.0, f64::max);
    let (left, right, top, bottom) = (px(40.0), px(14.0), px(22.0 + 15.0 * rows), px(26.0));
    let map = Mapping {
        x: chart.x,
        y: chart.y,
        left,
        top,
        width: (f64::from(w) - left - right).max(1.0),
        height: (f64::from(h) - top - bottom).max(1.0),
    };

    let backend = CanvasBackend::with_canvas_object(canvas.clone())
        .ok_or_else(|| ChartError("no canvas backend".into()))?;
    let root = backend.into_drawing_area();
    let thin = (dpr.round() as u32).max(1);
    let line = |a: (f64, f64), b: (f64, f64)| vec![map.at(a), map.at(b)];
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

    let mark = ShapeStyle::from(theme.mark).stroke_width(thin);
    for v in chart.verticals {
        let path = line((v.x, chart.y.0), (v.x, chart.y.1));
        if v.dotted {
            for dash in dashes(&path, px(2.0), px(3.0)) {
                root.draw(&PathElement::new(dash, mark))?;
            }
        } else {
            root.draw(&PathElement::new(path, mark))?;
        }
    }
    let thick = (3.0 * dpr).round() as u32;
    for (i, s) in chart.series.iter().enumerate() {
        let color = if i == 0 { theme.a } else { theme.b };
        let style = ShapeStyle::from(color).stroke_width(thick);
        let path: Vec<(i32, i32)> = s.points.iter().map(|p| map.at(*p)).collect();
        if s.dashed {
            for dash in dashes(&path, px(8.0), px(5.0)) {
                root.draw(&PathElement::new(dash, style))?;
            }
        } else {
            root.draw(&PathElement::new(path, style))?;
        }
    }
    let radius = (5.0 * dpr).round() as i32;
    for p in chart.points {
        root.draw(&Circle::new(
            map.at(*p),
            radius,
            ShapeStyle::from(theme.mark).filled(),
        ))?;
    }
    root.present()?;

    // Labels, with the canvas's own text (no DOM measuring).
    let font = |size: f64| {
        format!(
            "{}px system-ui, -apple-system, 'Segoe UI', sans-serif",
            (size * dpr).round()
        )
    };
    let to_px = |x: f64, y: f64| {
        let (a, b) = map.at((x, y));
        (f64::from(a), f64::from(b))
    };
    ctx.set_fill_style_str(&rgb(theme.fg));
    ctx.set_font(&font(12.0));
    ctx.set_text_baseline("top");
    ctx.set_text_align("center");
    for (x, label) in chart.x_ticks {
        let (cx, cy) = to_px(*x, chart.y.0);
        let _ = ctx.fill_text(label, cx, cy + 5.0 * dpr);
    }
    ctx.set_text_align("right");
    ctx.set_text_baseline("middle");
    for (y, label) in chart.y_ticks {
        let (cx, cy) = to_px(chart.x.0, *y);
        let _ = ctx.fill_text(label, cx - 6.0 * dpr, cy);
    }
    ctx.set_fill_style_str(&rgb(theme.mark));
    ctx.set_text_baseline("bottom");
    for v in chart.verticals.iter().filter(|v| !v.label.is_empty()) {
        let (cx, cy) = to_px(v.x, chart.y.1);
        // Keep the label inside the plot: to the right of the line in the left half, else to its left.
        let right_half = (v.x - chart.x.0) > 0.5 * (chart.x.1 - chart.x.0);
        ctx.set_text_align(if right_half { "right" } else { "left" });
        let nudge = if right_half { -4.0 } else { 4.0 } * dpr;
        // Row 0 is the highest line of labels above the plot; the last row sits just above it.
        let lift = (rows - f64::from(v.row)) * 15.0 * dpr;
        let _ = ctx.fill_text(v.label, cx + nudge, cy - 4.0 * dpr - lift);
    }
    Ok(())
}

fn rgb(c: RGBColor) -> String {
    format!("rgb({},{},{})", c.0, c.1, c.2)
}
