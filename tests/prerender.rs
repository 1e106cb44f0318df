//! The build-time render (feature `ssr`): the markup holds every paragraph, note and reference, and is the
//! same on every run.
#![cfg(all(feature = "ssr", not(target_arch = "wasm32")))]

use alliance_organization::prerender::{insert_into_body, render_app};

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
    assert!(!html.contains("data-ready"));
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
