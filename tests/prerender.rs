//! The build-time render (feature `ssr`): the markup holds every paragraph, note and reference, and is the
//! same on every run.
#![cfg(all(feature = "ssr", not(target_arch = "wasm32")))]

use alliance_organization::prerender::{
    figure_page, insert_into_body, links_to_essay, render_app, render_figure_page,
};

mod common;
use common::{text_of, ORIGINAL};

#[test]
fn the_rendered_markup_holds_every_paragraph_note_and_reference_of_the_original() {
    let text = text_of(&render_app());
    let parts: Vec<&str> = ORIGINAL
        .split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty() && *p != "Endnotes:" && *p != "Bibliography")
        .collect();
    assert_eq!(
        parts.len(),
        1 + 1 + 8 + 18 + 23,
        "author, preface, paragraphs, notes, references"
    );
    for part in parts {
        // Notes are numbered by the list, not by a `[N] ` prefix.
        let body = match part.split_once("] ") {
            Some((n, rest)) if part.starts_with('[') && n[1..].parse::<u32>().is_ok() => rest,
            _ => part,
        };
        assert!(text.contains(body), "missing from the markup: {body}");
    }
}

#[test]
fn the_render_is_the_same_on_every_run() {
    assert_eq!(render_app(), render_app());
}

#[test]
fn the_render_has_no_browser_state_in_it() {
    let html = render_app();
    assert!(
        !html.contains("aria-current"),
        "no section is marked before the browser scrolls"
    );
    assert!(!html.contains("note-popover\""), "no note is open");
}

#[test]
fn every_registered_figure_has_a_page_with_its_controls_readout_table_notes_and_passage() {
    for figure in alliance_organization::sims::FIGURES {
        let name = figure.name;
        let html = render_figure_page(name);
        let has = |what: &str| html.contains(what);
        assert!(
            has(&format!("<figure id=\"fig-{name}\"")),
            "{name}: the figure"
        );
        assert_eq!(html.matches("<figure ").count(), 1, "{name}: one figure");
        assert_eq!(
            html.matches("type=\"range\"").count(),
            figure
                .params
                .iter()
                .filter(|p| matches!(
                    p.kind,
                    alliance_organization::sims::kit::param::Kind::Range { .. }
                ))
                .count(),
            "{name}: a slider per range parameter"
        );
        assert!(has("class=\"readout\""), "{name}: readout");
        assert!(
            has("<div aria-hidden=\"true\" class=\"chart-picture\"><svg xmlns"),
            "{name}: the chart's picture"
        );
        assert!(has("<tbody><tr>"), "{name}: data table rows");
        assert!(
            has("<details class=\"how\"><summary>How this model works</summary><div><p>"),
            "{name}: model notes"
        );
        assert!(
            has("<strong>Reading Figure"),
            "{name}: the passage that reads it"
        );
        assert!(
            has(&format!("href=\"../../#fig-{name}\"")),
            "{name}: back to the essay"
        );
        assert!(has("data-page=\"figure\""), "{name}: says which page it is");
        assert_eq!(html.matches("<h1").count(), 1, "{name}: one top heading");
        assert!(
            has("<h1 class=\"figure-heading\">"),
            "{name}: the figure is the page's heading"
        );
        assert!(
            !has("aria-describedby=\"term-"),
            "{name}: no description left in the essay"
        );
    }
}

#[test]
fn a_figure_page_takes_the_staged_page_with_its_own_title_and_addresses_two_levels_up() {
    for staged in [
        // As Trunk stages it in a release build (minified) and in `trunk serve` (not).
        "<!doctype html><html lang=en><meta charset=utf-8><title>Essay</title><meta content=\"About the essay\" name=description><meta content=Alliance name=citation_title><meta content=./ name=citation_fulltext_html_url><link href=./favicon-1.svg rel=icon><script type=module>import init from './app-1.js'; await init({ module_or_path: './app-1_bg.wasm' });</script></head><body></body></html>",
        "<!DOCTYPE html><html lang=\"en\"><head><title>Essay</title><meta name=\"description\" content=\"About the essay\"><meta name=\"citation_title\" content=\"Alliance\"><link rel=\"icon\" href=\"./favicon-1.svg\"><script type=\"module\">import init from './app-1.js'; await init({ module_or_path: './app-1_bg.wasm' });</script></head><body></body></html>",
    ] {
        let page = figure_page(staged, "<main></main>", "Figure 1: A & B", "Why <this>?", "../../", "")
            .expect("a page");
        assert!(page.contains("<title>Figure 1: A &amp; B</title>"), "{page}");
        assert!(page.contains("<meta name=\"description\" content=\"Why &lt;this&gt;?\">"), "{page}");
        assert!(!page.contains("citation_") && !page.contains("About the essay"), "{page}");
        assert!(page.contains("../../favicon-1.svg") && page.contains("'../../app-1.js'") && page.contains("'../../app-1_bg.wasm'"), "{page}");
        let head = page.split("<body").next().unwrap_or_default();
        assert!(
            !head.replace("../../", "").contains("./"),
            "no address left relative to the essay's folder: {page}"
        );
        assert!(page.ends_with("<body><main></main></body></html>"), "{page}");
    }
    assert_eq!(
        figure_page("<html><body></body></html>", "", "t", "d", "../../", ""),
        None,
        "no title"
    );
}

#[test]
fn links_to_what_a_figure_page_lacks_go_to_the_essay() {
    assert_eq!(
        links_to_essay("<p id=\"here\"><a href=\"#here\">a</a> <a href=\"#ref-x\">b</a> <a href=\"https://x\">c</a></p>", "../../"),
        "<p id=\"here\"><a href=\"#here\">a</a> <a href=\"../../#ref-x\">b</a> <a href=\"https://x\">c</a></p>"
    );
    // A term's description lives in the essay's glossary: not described by an id the page lacks.
    assert_eq!(
        links_to_essay("<a href=\"#term-x\" aria-describedby=\"term-x-def\">x</a> <a aria-describedby=\"here\" id=\"here\">y</a>", "../../"),
        "<a href=\"../../#term-x\">x</a> <a aria-describedby=\"here\" id=\"here\">y</a>"
    );
}

#[test]
fn the_app_goes_directly_after_body() {
    let page = "<html><head></head><body class=\"x\"></body></html>";
    assert_eq!(
        insert_into_body(page, "<main></main>").as_deref(),
        Some("<html><head></head><body class=\"x\"><main></main></body></html>")
    );
    assert_eq!(insert_into_body("<html></html>", "<main></main>"), None);
}

#[test]
fn the_manifest_lists_every_figure_in_the_essays_order_with_its_pages_and_parameters() {
    let manifest: serde_json::Value =
        serde_json::from_str(&alliance_organization::prerender::manifest().expect("written"))
            .expect("JSON");
    let figures = manifest["figures"].as_array().expect("a list of figures");
    let placed: Vec<&str> = alliance_organization::essay::data::ESSAY
        .placements()
        .map(|(_, name)| name)
        .collect();
    assert_eq!(figures.len(), alliance_organization::sims::FIGURES.len());
    for (i, (entry, name)) in figures.iter().zip(&placed).enumerate() {
        assert_eq!(entry["name"], *name);
        assert_eq!(entry["number"], i + 1);
        // Relative to the manifest, figures/manifest.json.
        assert_eq!(entry["page"], format!("{name}/"));
        assert_eq!(entry["essay"], format!("../#fig-{name}"));
        let figure = alliance_organization::sims::figure(name).expect("registered");
        let keys: Vec<&str> = entry["params"]
            .as_array()
            .expect("parameters")
            .iter()
            .filter_map(|p| p["key"].as_str())
            .collect();
        let declared: Vec<&str> = figure.params.iter().map(|p| p.key).collect();
        assert_eq!(keys, declared, "{name}");
        assert_eq!(
            entry["try_this"].as_array().map(Vec::len),
            Some(figure.try_this.len())
        );
    }
    assert_eq!(manifest["author"], "Sam Seitz");
}
