//! Component tests in headless Chromium (wasm-bindgen-test): the essay renders its sections, note markers,
//! notes and bibliography, and a note popover opens and closes.
#![cfg(target_arch = "wasm32")]

use alliance_organization::App;
use leptos::{mount::mount_to, prelude::*, task::tick};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts the essay in a fresh container; the handle unmounts it when dropped.
fn mount() -> (web_sys::HtmlElement, impl Drop) {
    mount_view(App)
}

/// Mounts any view in a fresh container; the handle unmounts it when dropped.
fn mount_view<V: IntoView + 'static>(
    f: impl FnOnce() -> V + 'static,
) -> (web_sys::HtmlElement, impl Drop) {
    let document = document();
    let container: web_sys::HtmlElement = document
        .create_element("div")
        .expect("create a container")
        .unchecked_into();
    document
        .body()
        .expect("a body")
        .append_child(&container)
        .expect("append the container");
    let handle = mount_to(container.clone(), f);
    (container, handle)
}

fn count(root: &web_sys::HtmlElement, selector: &str) -> u32 {
    root.query_selector_all(selector)
        .expect("a valid selector")
        .length()
}

fn element(selector: &str) -> Option<web_sys::HtmlElement> {
    document()
        .query_selector(selector)
        .ok()
        .flatten()
        .map(|e| e.unchecked_into())
}

#[wasm_bindgen_test]
async fn the_essay_renders_its_sections_notes_and_references() {
    let (root, _handle) = mount();
    tick().await;
    assert_eq!(count(&root, "main section.section"), 7, "seven sections");
    assert_eq!(
        count(&root, "main section.section > p"),
        8,
        "the review's eight paragraphs"
    );
    assert_eq!(
        count(&root, "sup.note-ref a[href^='#note-']"),
        18,
        "eighteen note markers"
    );
    assert_eq!(count(&root, "#notes li[id^='note-']"), 18, "eighteen notes");
    assert_eq!(
        count(&root, "#notes a.backref[href^='#noteref-']"),
        18,
        "eighteen back links"
    );
    assert_eq!(
        count(&root, "#bibliography li[id^='ref-']"),
        23,
        "twenty-three references"
    );
    assert_eq!(count(&root, "figure[data-sim]"), 6, "six figures");
    assert_eq!(count(&root, "figure.sim[data-sim]"), 6, "all of them live");
    assert_eq!(
        count(&root, "#further-reading li[id^='ref-']"),
        7,
        "seven works of further reading"
    );
    let first = root
        .query_selector("main section.section > p")
        .ok()
        .flatten()
        .and_then(|p| p.text_content())
        .unwrap_or_default();
    assert!(
        first.starts_with("The literature on alliances has focused largely"),
        "first paragraph: {first}"
    );
}

#[wasm_bindgen_test]
async fn a_note_popover_opens_on_focus_and_closes_with_escape() {
    let (_root, _handle) = mount();
    tick().await;
    assert!(element("#note-popover").is_none(), "closed at first");
    let marker = element("#noteref-9").expect("marker 9");
    marker.focus().expect("focus the marker");
    tick().await;
    let popover = element("#note-popover").expect("popover open after focus");
    let text = popover.text_content().unwrap_or_default();
    assert!(
        text.contains("Reputation, Symmetry, and Alliance Design"),
        "popover shows note 9: {text}"
    );
    // Described by the note itself, before and after the popover opens.
    assert_eq!(
        marker.get_attribute("aria-describedby").as_deref(),
        Some("note-9-text")
    );
    let init = web_sys::KeyboardEventInit::new();
    init.set_key("Escape");
    init.set_bubbles(true);
    let escape = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init)
        .expect("a keyboard event");
    marker.dispatch_event(&escape).expect("dispatch Escape");
    tick().await;
    assert!(element("#note-popover").is_none(), "closed by Escape");
    assert_eq!(
        marker.get_attribute("aria-describedby").as_deref(),
        Some("note-9-text")
    );
}

#[wasm_bindgen_test]
async fn a_glossary_term_opens_its_definition_in_the_same_popover() {
    let (root, _handle) = mount();
    tick().await;
    // Every term use names a definition the page holds.
    let uses = root
        .query_selector_all("a.term[data-term]")
        .expect("a valid selector");
    assert!(uses.length() >= 20, "{} term uses", uses.length());
    for i in 0..uses.length() {
        let el: web_sys::Element = uses.item(i).expect("a use").unchecked_into();
        let def = el.get_attribute("aria-describedby").unwrap_or_default();
        assert!(element(&format!("#{def}")).is_some(), "{def} exists");
    }
    let term = element("a.term[data-term='contracting-out-security']").expect("the term");
    term.focus().expect("focus the term");
    tick().await;
    let text = element("#note-popover")
        .and_then(|p| p.text_content())
        .unwrap_or_default();
    assert!(text.contains("Contracting out security"), "title: {text}");
    assert!(
        text.contains("Kimball’s name for allying"),
        "definition: {text}"
    );
    let go = element("#note-popover a.note-popover-go").expect("a link to the glossary");
    assert_eq!(
        go.get_attribute("href").as_deref(),
        Some("#term-contracting-out-security")
    );
    // Its description is fixed, not the popover's.
    assert_eq!(
        term.get_attribute("aria-describedby").as_deref(),
        Some("term-contracting-out-security-def")
    );
    term.blur().expect("blur the term");
    tick().await;
    assert!(
        element("#note-popover").is_none(),
        "closed when focus leaves"
    );
}

#[wasm_bindgen_test]
async fn the_popover_follows_hover_from_one_marker_to_another() {
    let (_root, _handle) = mount();
    tick().await;
    let enter = |selector: &str| {
        let init = web_sys::MouseEventInit::new();
        init.set_bubbles(true);
        let ev = web_sys::MouseEvent::new_with_mouse_event_init_dict("mouseover", &init)
            .expect("a mouse event");
        element(selector)
            .expect("marker")
            .dispatch_event(&ev)
            .expect("dispatch");
    };
    enter("#noteref-2");
    tick().await;
    let text = element("#note-popover")
        .and_then(|p| p.text_content())
        .unwrap_or_default();
    assert!(text.contains("The Origins of Alliances"), "note 2: {text}");
    enter("#noteref-14");
    tick().await;
    let text = element("#note-popover")
        .and_then(|p| p.text_content())
        .unwrap_or_default();
    assert!(text.contains("Political survival"), "note 14: {text}");
}

#[wasm_bindgen_test]
async fn the_weitsman_figure_renders_its_frame_and_answers_its_controls() {
    let (root, _handle) = mount();
    tick().await;
    assert_eq!(
        count(&root, "#fig-weitsman input[type=range]"),
        4,
        "four sliders"
    );
    assert_eq!(
        count(&root, "#fig-weitsman input[type=radio]"),
        2,
        "two views"
    );
    assert_eq!(
        count(&root, "#fig-weitsman label[for^='weitsman-']"),
        4,
        "labelled sliders"
    );
    assert_eq!(
        count(&root, "#fig-weitsman details.data tbody tr"),
        11,
        "data table rows"
    );
    assert_eq!(
        count(&root, "#fig-weitsman details.how p"),
        6,
        "how this model works"
    );
    let readout = || {
        element("#fig-weitsman .readout")
            .and_then(|e| e.text_content())
            .unwrap_or_default()
    };
    assert!(
        readout().starts_with("At intensity 0.30, a 10-member alliance scores 0.68"),
        "{}",
        readout()
    );
    let slider: web_sys::HtmlInputElement =
        element("#weitsman-x0").expect("slider").unchecked_into();
    slider.set_value("0.8");
    fire(&slider, "input");
    tick().await;
    assert!(readout().starts_with("At intensity 0.80"), "{}", readout());
    assert!(
        readout().contains("the coalition does better"),
        "{}",
        readout()
    );
    assert_eq!(
        slider.get_attribute("aria-valuetext").as_deref(),
        Some("0.80 (0 patrols, 1 major combat)")
    );
}

#[wasm_bindgen_test]
async fn a_figure_takes_the_state_another_part_of_the_page_asks_for_as_a_prompt_would() {
    let (root, _handle) = mount();
    tick().await;
    // Effects (the figure's listeners) run after the first render.
    tick().await;
    let figure = element("#fig-weitsman").expect("the figure");
    let said = || {
        element("#fig-weitsman [aria-live]")
            .and_then(|e| e.text_content())
            .unwrap_or_default()
    };
    let init = web_sys::CustomEventInit::new();
    init.set_detail(&wasm_bindgen::JsValue::from_str("n:2"));
    let ev = web_sys::CustomEvent::new_with_event_init_dict(
        alliance_organization::sims::kit::browser::STATE_EVENT,
        &init,
    )
    .expect("an event");
    figure.dispatch_event(&ev).expect("dispatch");
    tick().await;
    let slider: web_sys::HtmlInputElement =
        element("#weitsman-n").expect("slider").unchecked_into();
    assert_eq!(slider.value(), "2");
    let readout = element("#fig-weitsman .readout")
        .and_then(|e| e.text_content())
        .unwrap_or_default();
    assert!(readout.contains("2-member alliance"), "{readout}");
    // Announced at once, as a prompt's button would.
    assert_eq!(said().trim_end_matches('\u{a0}'), readout);
    // The review's sentence the figure illustrates sits beside it, hidden until presented.
    let quote = root
        .query_selector(".placement[data-placement=weitsman] .present-quote")
        .ok()
        .flatten()
        .expect("the sentence");
    assert!(quote.has_attribute("hidden"));
    assert!(quote
        .text_content()
        .unwrap_or_default()
        .contains("poorly equipped to engage in high-intensity military conflicts"));
}

#[wasm_bindgen_test]
async fn a_figure_answers_for_its_files_with_its_chart_as_svg_its_table_and_its_words() {
    let (_root, _handle) = mount();
    tick().await;
    tick().await;
    let figure = element("#fig-kimball").expect("the figure");
    let detail = js_sys::Object::new();
    let init = web_sys::CustomEventInit::new();
    init.set_detail(&detail);
    let ev = web_sys::CustomEvent::new_with_event_init_dict(
        alliance_organization::sims::kit::browser::FILE_EVENT,
        &init,
    )
    .expect("an event");
    figure.dispatch_event(&ev).expect("dispatch");
    let get = |key: &str| {
        js_sys::Reflect::get(&detail, &key.into())
            .ok()
            .and_then(|v| v.as_string())
            .unwrap_or_default()
    };
    let svg = get("svg");
    // The canvas's drawing as SVG: 1,600 by 1,000 px, its lines as paths and its labels as text,
    // in the light scheme's inks.
    assert!(
        svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1600\" height=\"1000\""),
        "{}",
        &svg[..svg.len().min(200)]
    );
    assert!(svg.matches("<path").count() > 5, "lines");
    assert!(svg.contains(">50%</text>"), "the y axis's labels");
    assert!(svg.contains("data-inks=\"rgb(31,78,140) rgb(176,72,15) rgb(85,87,92)\""));
    let csv = get("csv");
    let head = element("#fig-kimball details.data thead tr")
        .and_then(|e| e.text_content())
        .unwrap_or_default();
    assert!(!head.is_empty());
    assert!(csv.lines().count() > 2, "{csv}");
    assert_eq!(get("name"), "kimball");
    assert_eq!(get("title"), "Guns, butter and free riding");
    let readout = element("#fig-kimball .readout")
        .and_then(|e| e.text_content())
        .unwrap_or_default();
    assert_eq!(get("readout"), readout);
    assert!(
        get("settings").contains("Weight on security"),
        "{}",
        get("settings")
    );
    assert!(
        get("address").contains("#fig-kimball"),
        "{}",
        get("address")
    );
}

/// Dispatches a bubbling event of `kind` on `el`.
fn fire(el: &web_sys::HtmlElement, kind: &str) {
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    let ev = web_sys::Event::new_with_event_init_dict(kind, &init).expect("an event");
    el.dispatch_event(&ev).expect("dispatch");
}

/// What a page hands the frame, for a figure mounted on its own (the kit looks nothing up).
fn placed(
    info: &'static alliance_organization::sims::catalog::SimInfo,
) -> alliance_organization::sims::kit::figure::Placed {
    alliance_organization::sims::kit::figure::Placed {
        number: 7,
        info,
        notes: "<p>Notes handed by the page.</p>",
        work: ("A work", "An Author", "an edition"),
        away: alliance_organization::sims::kit::figure::Away {
            label: "Somewhere else",
            path: |name| format!("elsewhere/{name}/"),
            fragment: true,
            credit: false,
        },
        is_page: false,
        embed: Some(alliance_organization::sims::kit::figure::Embedding {
            page: |name| format!("elsewhere/{name}/embed/"),
            work: |_| String::new(),
        }),
    }
}

#[wasm_bindgen_test]
async fn every_figure_renders_its_controls_readout_legend_and_table_and_answers_its_first_slider() {
    use alliance_organization::sims::kit::frame::Frame;
    use alliance_organization::sims::kit::param::Kind;
    for figure in alliance_organization::sims::FIGURES {
        let info = alliance_organization::sims::catalog::find(figure.name).expect("catalogued");
        let (root, handle) =
            mount_view(move || view! { <Frame figure=figure placed=placed(info) /> });
        tick().await;
        let name = figure.name;
        let ranges = figure
            .params
            .iter()
            .filter(|p| matches!(p.kind, Kind::Range { .. }))
            .count() as u32;
        let at = |sel: &str| format!("#fig-{name} {sel}");
        assert_eq!(
            count(&root, &at("input[type=range]")),
            ranges,
            "{name}: sliders"
        );
        assert_eq!(
            count(&root, &at(&format!("label[for^='{name}-']"))),
            ranges,
            "{name}: every slider labelled"
        );
        assert_eq!(count(&root, &at("output")), ranges, "{name}: values shown");
        // What the page handed the frame, and nothing looked up.
        let text = |sel: &str| {
            root.query_selector(&at(sel))
                .ok()
                .flatten()
                .and_then(|el| el.text_content())
                .unwrap_or_default()
        };
        assert_eq!(
            text("figcaption"),
            format!("Figure 7 {}", info.title),
            "{name}: caption"
        );
        assert_eq!(
            text(".how div"),
            "Notes handed by the page.",
            "{name}: model notes"
        );
        assert!(count(&root, &at(".legend-item")) >= 2, "{name}: legend");
        assert!(
            count(&root, &at("details.data tbody tr")) >= 4,
            "{name}: data table"
        );
        assert_eq!(
            count(&root, &at(".try-this button")) as usize,
            figure.try_this.len(),
            "{name}: try-this prompts"
        );
        let readout = || {
            element(&at(".readout"))
                .and_then(|e| e.text_content())
                .unwrap_or_default()
        };
        let before = readout();
        assert!(before.len() > 40, "{name}: readout {before}");
        let readout_el = element(&at(".readout")).expect("a readout");
        assert!(
            !readout_el.class_list().contains("failed"),
            "{name}: {before}"
        );
        let slider: web_sys::HtmlInputElement = element(&at("input[type=range]"))
            .expect("a slider")
            .unchecked_into();
        let max = slider.max();
        let target = if slider.value() == max {
            slider.min()
        } else {
            max
        };
        slider.set_value(&target);
        fire(&slider, "input");
        tick().await;
        assert_ne!(
            readout(),
            before,
            "{name}: the readout answers the first slider"
        );
        assert!(
            slider
                .get_attribute("aria-valuetext")
                .is_some_and(|t| !t.is_empty()),
            "{name}: the slider says its value in words"
        );
        // The link to its place elsewhere, handed by the page, carries the settings once they
        // settle (the end of a drag, a key's step).
        fire(&slider, "change");
        tick().await;
        let away = element(&at("a.figure-away")).expect("a link away");
        assert_eq!(away.text_content().as_deref(), Some("Somewhere else"));
        let href = away.get_attribute("href").unwrap_or_default();
        assert!(
            href.starts_with(&format!("elsewhere/{name}/?{name}="))
                && href.ends_with(&format!("#fig-{name}")),
            "{name}: {href}"
        );
        drop(handle);
        root.remove();
    }
}

/// A figure whose model and chart both fail, to check the frame contains the failure.
static BROKEN: alliance_organization::sims::kit::figure::Figure =
    alliance_organization::sims::kit::figure::Figure {
        name: "broken",
        params: alliance_organization::sims::weitsman::params::PARAMS,
        solve: |_| Err(alliance_organization::sims::kit::check::OutOfRange("x0")),
        axes: |_| ("x", "y"),
        legend: |_| &[],
        try_this: &[],
    };

#[wasm_bindgen_test]
async fn a_failing_figure_shows_its_message_and_leaves_the_rest_working() {
    use alliance_organization::sims::kit::frame::Frame;
    static BROKEN_INFO: alliance_organization::sims::catalog::SimInfo =
        alliance_organization::sims::catalog::SimInfo {
            name: "broken",
            title: "A figure that fails",
            question: "Does the page survive it?",
            rests_on: &[],
            basis: "no work",
            embed_height: 600,
        };
    let (container, _handle) =
        mount_view(|| view! { <Frame figure=&BROKEN placed=placed(&BROKEN_INFO) /> });
    tick().await;
    let readout = element("#fig-broken .readout").expect("a readout");
    assert_eq!(
        readout.text_content().as_deref(),
        Some("The model has no answer at this setting: “Intensity of the war” is outside the range it accepts."),
        "the refusal names the parameter by its label"
    );
    assert!(readout.class_list().contains("failed"));
    // The chart's failure shows once a frame has been drawn.
    let mut shown = false;
    for _ in 0..20 {
        gloo_frame().await;
        if element("#fig-broken .figure-error").is_some() {
            shown = true;
            break;
        }
    }
    assert!(shown, "the chart's failure is shown in the frame");
    assert_eq!(
        element("#fig-broken canvas")
            .and_then(|c| c.get_attribute("aria-label"))
            .as_deref(),
        Some("Chart unavailable at this setting.")
    );
    // Its controls still work: a slider moved shows its new value.
    assert_eq!(count(&container, "#fig-broken input[type=range]"), 4);
    let slider: web_sys::HtmlInputElement = element("#fig-broken input[type=range]")
        .expect("a slider")
        .unchecked_into();
    let shown = || {
        element("#fig-broken output")
            .and_then(|o| o.text_content())
            .unwrap_or_default()
    };
    let before = shown();
    slider.set_value(&slider.max());
    fire(&slider, "input");
    tick().await;
    assert_ne!(shown(), before, "the slider's value follows it");
}

/// Waits for the next animation frame.
async fn gloo_frame() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.request_animation_frame(&resolve);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// A canvas of `w` × `h` CSS pixels in the page, for drawing a chart on.
fn test_canvas(w: u32, h: u32) -> web_sys::HtmlCanvasElement {
    let document = document();
    let canvas: web_sys::HtmlCanvasElement = document
        .create_element("canvas")
        .expect("a canvas")
        .unchecked_into();
    canvas
        .set_attribute("style", &format!("display:block;width:{w}px;height:{h}px"))
        .expect("style");
    document
        .body()
        .expect("a body")
        .append_child(&canvas)
        .expect("append");
    canvas
}

/// One line through `points` on the unit square, with no ticks, rules or marks.
fn one_line<'a>(
    series: &'a [alliance_organization::chart::Series<'a>],
) -> alliance_organization::chart::LineChart<'a> {
    alliance_organization::chart::LineChart {
        x: (0.0, 1.0),
        y: (0.0, 1.0),
        x_ticks: &[],
        y_ticks: &[],
        series,
        shade: None,
        rules: &[],
        points: &[],
    }
}

/// The canvas's pixels (RGBA).
fn canvas_pixels(canvas: &web_sys::HtmlCanvasElement) -> Vec<u8> {
    let ctx: web_sys::CanvasRenderingContext2d = canvas
        .get_context("2d")
        .ok()
        .flatten()
        .expect("a context")
        .unchecked_into();
    ctx.get_image_data(
        0.0,
        0.0,
        f64::from(canvas.width()),
        f64::from(canvas.height()),
    )
    .expect("pixels")
    .data()
    .to_vec()
}

/// A nearly flat line, rising 1.5 px across a 600 px plot, climbs smoothly at devicePixelRatio 1 (the
/// headless browser's): the height of its ink, column by column, never jumps by a step of a whole pixel.
#[wasm_bindgen_test]
async fn a_nearly_flat_line_is_drawn_without_steps() {
    use alliance_organization::chart::{draw, Pen, Series};
    let canvas = test_canvas(600, 200);
    let dpr = web_sys::window().expect("window").device_pixel_ratio();
    assert_eq!(dpr, 1.0, "this test is about devicePixelRatio 1");
    // The plot is 200 - 22 - 26 = 152 px tall: 1.5 px is this much of the y range.
    let rise = 1.5 / 152.0;
    let points: Vec<(f64, f64)> = (0..=300)
        .map(|i| {
            let x = f64::from(i) / 300.0;
            (x, 0.5 + rise * x)
        })
        .collect();
    let series = [Series {
        points: &points,
        pen: Pen::A,
    }];
    assert_eq!(
        draw(&canvas, &one_line(&series), &mut None).map_err(|e| e.0),
        Ok(true)
    );
    let data = canvas_pixels(&canvas);
    // The line sits near y = 22 + 76 = 98: the ink's centre of mass in each column around it.
    let centre = |x: usize| {
        let (mut sum, mut weight) = (0.0, 0.0);
        for y in 80..116 {
            let a = f64::from(data[(y * 600 + x) * 4 + 3]);
            sum += a * y as f64;
            weight += a;
        }
        sum / weight
    };
    let centres: Vec<f64> = (60..580).map(centre).collect();
    let total = centres[0] - centres[centres.len() - 1];
    assert!(
        total > 1.0 && total < 2.0,
        "the line rises about 1.5 px ({total})"
    );
    let jump = centres
        .windows(2)
        .map(|w| (w[1] - w[0]).abs())
        .fold(0.0, f64::max);
    assert!(
        jump < 0.3,
        "no step: the largest jump between columns is {jump} px"
    );
    canvas.remove();
}

/// Presented on a projector, a chart's lines are drawn at least twice their reading weight.
#[wasm_bindgen_test]
async fn presented_lines_are_twice_their_reading_weight() {
    use alliance_organization::chart::{draw, set_presenting, Pen, Series};
    let canvas = test_canvas(600, 300);
    let points = [(0.0, 0.5), (1.0, 0.5)];
    let series = [Series {
        points: &points,
        pen: Pen::A,
    }];
    let chart = one_line(&series);
    // What the draws read is kept between them, as a figure keeps it: presenting reads it again.
    let mut seen = None;
    // The ink of the line in the middle column, in pixels' worth of coverage.
    let mut weight = || {
        assert_eq!(draw(&canvas, &chart, &mut seen).map_err(|e| e.0), Ok(true));
        let (w, h) = (canvas.width() as usize, canvas.height() as usize);
        let data = canvas_pixels(&canvas);
        let x = w / 2;
        (0..h)
            .map(|y| f64::from(data[(y * w + x) * 4 + 3]) / 255.0)
            .sum::<f64>()
    };
    let reading = weight();
    set_presenting(true);
    let presented = weight();
    set_presenting(false);
    assert!(reading > 1.0, "the line has ink ({reading})");
    assert!(
        presented >= 1.9 * reading,
        "presented {presented} px against {reading} px when reading"
    );
    canvas.remove();
}

/// A chart's colours and box are read once and kept between draws (a step reads neither, see
/// `chart::restyle`), and read again after a restyle: a colour changed on the page reaches the canvas
/// then, not before.
#[wasm_bindgen_test]
async fn colours_are_kept_between_draws_until_a_restyle() {
    use alliance_organization::chart::{draw, restyle, Pen, Series};
    let canvas = test_canvas(300, 150);
    let points = [(0.0, 0.5), (1.0, 0.5)];
    let series = [Series {
        points: &points,
        pen: Pen::A,
    }];
    let chart = one_line(&series);
    let style = web_sys::HtmlElement::style(&canvas);
    style.set_property("--chart-a", "rgb(255, 0, 0)").unwrap();
    let mut seen = None;
    // Whether the middle column has pure red ink, and pure green.
    let mut ink = || {
        assert_eq!(draw(&canvas, &chart, &mut seen).map_err(|e| e.0), Ok(true));
        let (w, h) = (canvas.width() as usize, canvas.height() as usize);
        let data = canvas_pixels(&canvas);
        let pure = |rgb: [u8; 3]| {
            (0..h)
                .map(|y| (y * w + w / 2) * 4)
                .any(|i| data[i..i + 4] == [rgb[0], rgb[1], rgb[2], 255])
        };
        (pure([255, 0, 0]), pure([0, 255, 0]))
    };
    assert_eq!(ink(), (true, false), "red, as first read");
    style.set_property("--chart-a", "rgb(0, 255, 0)").unwrap();
    assert_eq!(
        ink(),
        (true, false),
        "still red: nothing said the page changed"
    );
    restyle();
    assert_eq!(ink(), (false, true), "green once restyled");
    canvas.remove();
}
