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

/// Draws `chart` on `canvas` (sizing its backing store first). Draws nothing while the canvas has no box.
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
    let px = |css: f64| (css * dpr).round() as i32;
    let rows = chart
        .verticals
        .iter()
        .map(|v| i32::from(v.row))
        .max()
        .unwrap_or(0);
    let (left, right, top, bottom) = (px(40.0), px(14.0), px(22.0) + rows * px(15.0), px(26.0));

    let backend = CanvasBackend::with_canvas_object(canvas.clone())
        .ok_or_else(|| ChartError("no canvas backend".into()))?;
    let root = backend.into_drawing_area();
    let mut plot = ChartBuilder::on(&root)
        .margin_left(left)
        .margin_right(right)
        .margin_top(top)
        .margin_bottom(bottom)
        .build_cartesian_2d(chart.x.0..chart.x.1, chart.y.0..chart.y.1)
        .map_err(ChartError::from)?;
    let thin = (dpr.round() as u32).max(1);
    let grid = ShapeStyle::from(theme.grid).stroke_width(thin);
    for (y, _) in chart.y_ticks {
        plot.draw_series(LineSeries::new([(chart.x.0, *y), (chart.x.1, *y)], grid))?;
    }
    for (x, _) in chart.x_ticks {
        plot.draw_series(LineSeries::new(
            [
                (*x, chart.y.0),
                (*x, chart.y.0 + (chart.y.1 - chart.y.0) * 0.02),
            ],
            ShapeStyle::from(theme.fg).stroke_width(thin),
        ))?;
    }
    plot.draw_series(LineSeries::new(
        [(chart.x.0, chart.y.0), (chart.x.1, chart.y.0)],
        ShapeStyle::from(theme.fg).stroke_width(thin),
    ))?;

    for v in chart.verticals {
        let style = ShapeStyle::from(theme.mark).stroke_width(thin);
        let line = [(v.x, chart.y.0), (v.x, chart.y.1)];
        if v.dotted {
            plot.draw_series(DashedLineSeries::new(line, px(2.0), px(3.0), style))?;
        } else {
            plot.draw_series(LineSeries::new(line, style))?;
        }
    }
    let thick = (3.0 * dpr).round() as u32;
    for (i, s) in chart.series.iter().enumerate() {
        let color = if i == 0 { theme.a } else { theme.b };
        let style = ShapeStyle::from(color).stroke_width(thick);
        if s.dashed {
            plot.draw_series(DashedLineSeries::new(
                s.points.iter().copied(),
                px(8.0),
                px(5.0),
                style,
            ))?;
        } else {
            plot.draw_series(LineSeries::new(s.points.iter().copied(), style))?;
        }
    }
    let radius = px(5.0);
    plot.draw_series(
        chart
            .points
            .iter()
            .map(|p| Circle::new(*p, radius, ShapeStyle::from(theme.mark).filled())),
    )?;
    root.present()?;

    // Labels, with the canvas's own text (no DOM measuring).
    let font = |size: f64| {
        format!(
            "{}px system-ui, -apple-system, 'Segoe UI', sans-serif",
            (size * dpr).round()
        )
    };
    let to_px = |x: f64, y: f64| plot.backend_coord(&(x, y));
    ctx.set_fill_style_str(&rgb(theme.fg));
    ctx.set_font(&font(12.0));
    ctx.set_text_baseline("top");
    ctx.set_text_align("center");
    for (x, label) in chart.x_ticks {
        let (cx, cy) = to_px(*x, chart.y.0);
        let _ = ctx.fill_text(label, f64::from(cx), f64::from(cy) + 5.0 * dpr);
    }
    ctx.set_text_align("right");
    ctx.set_text_baseline("middle");
    for (y, label) in chart.y_ticks {
        let (cx, cy) = to_px(chart.x.0, *y);
        let _ = ctx.fill_text(label, f64::from(cx) - 6.0 * dpr, f64::from(cy));
    }
    ctx.set_fill_style_str(&rgb(theme.mark));
    ctx.set_text_baseline("bottom");
    for v in chart.verticals.iter().filter(|v| !v.label.is_empty()) {
        let (cx, cy) = to_px(v.x, chart.y.1);
        // Keep the label inside the plot: to the right of the line in the left half, else to its left.
        let right_half = (v.x - chart.x.0) > 0.5 * (chart.x.1 - chart.x.0);
        ctx.set_text_align(if right_half { "right" } else { "left" });
        let nudge = if right_half { -4.0 } else { 4.0 } * dpr;
        let drop = f64::from(v.row) * 15.0 * dpr;
        let _ = ctx.fill_text(
            v.label,
            f64::from(cx) + nudge,
            f64::from(cy) - 4.0 * dpr + drop,
        );
    }
    Ok(())
}

fn rgb(c: RGBColor) -> String {
    format!("rgb({},{},{})", c.0, c.1, c.2)
}
