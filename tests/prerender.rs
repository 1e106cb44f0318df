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
        links_to_essay("<p id=\"here\"><a href=\"#here\">a</a> <a href=\"#ref-x\">b</a> <a href=\"https://x\">c</a></p>", "../../", false),
        "<p id=\"here\"><a href=\"#here\">a</a> <a href=\"../../#ref-x\">b</a> <a href=\"https://x\">c</a></p>"
    );
    // A term's description lives in the essay's glossary: not described by an id the page lacks.
    assert_eq!(
        links_to_essay("<a href=\"#term-x\" aria-describedby=\"term-x-def\">x</a> <a aria-describedby=\"here\" id=\"here\">y</a>", "../../", false),
        "<a href=\"../../#term-x\">x</a> <a aria-describedby=\"here\" id=\"here\">y</a>"
    );
    // From an embedded figure, out of the frame.
    assert_eq!(
        links_to_essay("<p id=\"here\"><a href=\"#here\">a</a> <a href=\"#ref-x\">b</a></p>", "../../../", true),
        "<p id=\"here\"><a href=\"#here\">a</a> <a target=\"_blank\" rel=\"noopener\" href=\"../../../#ref-x\">b</a></p>"
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

#[test]
fn every_link_on_an_embed_page_leaves_the_frame_for_a_new_tab() {
    for figure in alliance_organization::sims::FIGURES {
        let html = alliance_organization::prerender::render_embed_page(figure.name);
        let links: Vec<&str> = html
            .split("<a ")
            .skip(1)
            .filter_map(|a| a.split('>').next())
            .collect();
        assert!(links.len() >= 3, "{}: {} links", figure.name, links.len());
        for a in links {
            assert!(
                a.contains("target=\"_blank\""),
                "{}: a link that stays in the frame: <a {a}>",
                figure.name
            );
        }
    }
}

/// Runs the build-time renderer on a staged page in a fresh folder, with `site` as `SITE_URL` if any;
/// returns the folder.
fn prerender_into(folder: &str, site: Option<&str>) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("ao-prerender-{folder}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("a folder");
    let page = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>t</title><meta name=\"description\" content=\"d\"><link rel=\"icon\" href=\"./i.svg\"><style>p{}</style><script>watch('./sw.js')</script><script type=\"module\">import init from './app.js';</script></head><body></body></html>";
    std::fs::write(dir.join("index.html"), page).expect("staged");
    std::fs::write(dir.join("sw.js"), include_str!("../assets/sw.js")).expect("staged");
    // A wasm importing one function from its glue, as wasm-bindgen names them.
    let mut wasm = b"\0asm\x01\0\0\0\x02\x1c\x01\x0b./app_bg.js\x0c__wbg_x_0123".to_vec();
    wasm.extend_from_slice(&[0, 0]);
    std::fs::write(dir.join("app_bg.wasm"), wasm).expect("staged");
    let glue = "const import0 = {\n        __wbg_x_0123: function() {},\n};\nreturn {\n        \"./app_bg.js\": import0,\n};\n";
    std::fs::write(dir.join("app.js"), glue).expect("staged");
    let mut run = std::process::Command::new(env!("CARGO_BIN_EXE_prerender"));
    run.arg(dir.join("index.html")).env_remove("SITE_URL");
    if let Some(site) = site {
        run.env("SITE_URL", site);
    }
    let out = run.output().expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    dir
}

/// Every file under `dir`, as (path, text).
fn files(dir: &std::path::Path) -> Vec<(std::path::PathBuf, String)> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).expect("a folder").flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(files(&path));
        } else {
            out.push((path.clone(), std::fs::read_to_string(&path).expect("text")));
        }
    }
    out
}

#[test]
fn without_the_site_address_no_page_names_the_site() {
    let dir = prerender_into("no-site", None);
    for (path, text) in files(&dir) {
        for made in [
            "rel=\"canonical\"",
            "og:url",
            "json+oembed",
            "http://127",
            "https://example",
        ] {
            assert!(!text.contains(made), "{}: {made}", path.display());
        }
        assert!(!path.ends_with("oembed.json"), "{}", path.display());
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn with_the_site_address_every_figure_page_is_canonical_and_discoverable_by_oembed() {
    let site = "https://example.org/courses/ao";
    let dir = prerender_into("site", Some(site));
    let essay = std::fs::read_to_string(dir.join("index.html")).expect("the essay");
    assert!(essay.contains("<link rel=\"canonical\" href=\"https://example.org/courses/ao/\">"));
    for figure in alliance_organization::sims::FIGURES {
        let name = figure.name;
        let folder = dir.join("figures").join(name);
        let page = std::fs::read_to_string(folder.join("index.html")).expect("its page");
        assert!(
            page.contains(&format!(
                "<link rel=\"canonical\" href=\"{site}/figures/{name}/\">"
            )),
            "{name}"
        );
        assert!(
            page.contains(&format!(
                "type=\"application/json+oembed\" href=\"{site}/figures/{name}/oembed.json\""
            )),
            "{name}"
        );
        assert!(
            page.contains("<meta property=\"og:title\" content=\"Figure "),
            "{name}"
        );
        let embed =
            std::fs::read_to_string(folder.join("embed").join("index.html")).expect("its embed");
        assert!(
            embed.contains(&format!(
                "<link rel=\"canonical\" href=\"{site}/figures/{name}/\">"
            )),
            "{name}: the embed's canonical page"
        );
        assert!(
            embed.contains("<script src=\"../../../embed-frame.js\"></script>"),
            "{name}"
        );
        let json = std::fs::read_to_string(folder.join("oembed.json")).expect("its oembed.json");
        assert!(json.contains("\"type\": \"rich\""), "{name}");
        assert!(
            json.contains(&format!("src=\\\"{site}/figures/{name}/embed/\\\"")),
            "{name}: {json}"
        );
    }
    // A site address that is not one fails the build, saying so.
    std::fs::write(
        dir.join("index.html"),
        "<html><head><title>t</title></head><body></body></html>",
    )
    .expect("staged again");
    let bad = std::process::Command::new(env!("CARGO_BIN_EXE_prerender"))
        .arg(dir.join("index.html"))
        .env("SITE_URL", "example.org")
        .output()
        .expect("runs");
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("SITE_URL must be"));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn every_page_carries_a_strict_policy_with_the_hashes_of_its_own_inline_script_and_style() {
    use alliance_organization::prerender::{policy, with_policy};
    let page = "<!doctype html><html lang=en><meta charset=utf-8><title>t</title><style>p{color:red}</style><script type=module>import init from './a.js';</script><script src=\"./b.js\"></script></head><body></body></html>";
    let with = with_policy(page).expect("a character set");
    assert!(with.starts_with("<!doctype html><html lang=en><meta charset=utf-8><meta http-equiv=\"Content-Security-Policy\" content=\""), "{with}");
    let p = policy(page);
    // printf 'p{color:red}' | openssl dgst -sha256 -binary | base64
    assert!(
        p.contains("style-src 'self' 'sha256-p0bF+un5yUb9MBO6xRb8kPHlY2BdpHVtLiFkDrZPF64='"),
        "{p}"
    );
    assert_eq!(
        p.matches("'sha256-").count(),
        2,
        "one hash per inline element, none for b.js: {p}"
    );
    for forbidden in ["unsafe-inline", "unsafe-eval'", "*"] {
        assert!(
            !p.replace("'wasm-unsafe-eval'", "").contains(forbidden),
            "{p}"
        );
    }
    assert!(
        p.ends_with("; require-trusted-types-for 'script'; trusted-types default"),
        "Trusted Types required, through the one policy the page makes: {p}"
    );
    assert!(with_policy("<p>no character set</p>").is_none());
    // Every page the build writes carries its own, with the hashes of its own (rewritten) script.
    let dir = prerender_into("policy", None);
    for (path, text) in files(&dir)
        .into_iter()
        .filter(|(p, _)| p.extension().is_some_and(|e| e == "html"))
    {
        assert_eq!(
            text.matches("http-equiv=\"Content-Security-Policy\"")
                .count(),
            1,
            "{}",
            path.display()
        );
        let at = text.find("<script").expect("the script");
        assert!(
            text.find("Content-Security-Policy").expect("the policy") < at,
            "{}: the policy precedes what it governs",
            path.display()
        );
        assert!(
            text.contains(&format!("content=\"{}\"", policy(&text))),
            "{}: the policy is the page's own",
            path.display()
        );
    }
}

#[test]
fn no_page_has_an_inline_script_before_its_text_and_the_watcher_runs_before_the_module() {
    let dir = prerender_into("order", None);
    let pages: Vec<_> = files(&dir)
        .into_iter()
        .filter(|(p, _)| p.extension().is_some_and(|e| e == "html"))
        .collect();
    assert_eq!(
        pages.len(),
        13,
        "the essay, six figure pages and six embeds"
    );
    for (path, text) in pages {
        let body = text.find("<body>").expect("a body");
        let watcher = text.find("<script>watch(").expect("the watcher");
        let module = text.find("<script type=").expect("the module");
        assert!(
            body < watcher && watcher < module,
            "{}: the watcher, then the module, after the text",
            path.display()
        );
        // Moved after its addresses were made the page's own (`figures/NAME/` is two levels down).
        let depth = path
            .strip_prefix(&dir)
            .expect("inside")
            .components()
            .count()
            - 1;
        let up = if depth == 0 {
            "./".to_string()
        } else {
            "../".repeat(depth)
        };
        assert!(
            text.contains(&format!("watch('{up}sw.js')")),
            "{}: the watcher's addresses from its page",
            path.display()
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn the_offline_worker_lists_every_file_pages_by_their_address_and_changes_version_with_any_file() {
    use alliance_organization::prerender::service_worker;
    let template = include_str!("../assets/sw.js");
    let files = |wasm: &[u8]| {
        vec![
            ("index.html".to_string(), b"<p>essay</p>".to_vec()),
            ("figures/weber/index.html".to_string(), b"page".to_vec()),
            (
                "figures/weber/embed/index.html".to_string(),
                b"embed".to_vec(),
            ),
            ("app-0123456789abcdef_bg.wasm".to_string(), wasm.to_vec()),
        ]
    };
    let first =
        service_worker(template, &files(b"one")).expect("the template has its placeholders");
    assert!(
        first.contains(r#"const FILES = ["./","figures/weber/","figures/weber/embed/","app-0123456789abcdef_bg.wasm"];"#),
        "{first}"
    );
    assert!(!first.contains("__VERSION__") && !first.contains("__FILES__"));
    let version = |sw: &str| {
        sw.split("const VERSION = '")
            .nth(1)
            .map(|v| v[..16].to_string())
    };
    assert_eq!(version(&first).map(|v| v.len()), Some(16));
    let second = service_worker(template, &files(b"two")).unwrap();
    assert_ne!(
        version(&first),
        version(&second),
        "a changed file is a new version"
    );
    assert_eq!(
        first,
        service_worker(template, &files(b"one")).unwrap(),
        "the same build, the same worker"
    );
    assert_eq!(service_worker("self.x = 1;", &files(b"one")), None);
}

#[test]
fn the_build_completes_the_offline_worker_with_every_page_but_itself() {
    let dir = prerender_into("worker", None);
    let worker = std::fs::read_to_string(dir.join("sw.js")).expect("written");
    let files = worker
        .split("const FILES = ")
        .nth(1)
        .and_then(|rest| rest.split(";\n").next())
        .expect("a list");
    let files: Vec<String> = serde_json::from_str(files).expect("JSON");
    for name in ["weitsman", "weber"] {
        for page in [format!("figures/{name}/"), format!("figures/{name}/embed/")] {
            assert!(files.contains(&page), "{page} in {files:?}");
        }
    }
    assert!(
        files.contains(&"./".to_string()) && files.contains(&"figures/manifest.json".to_string())
    );
    assert!(
        !files
            .iter()
            .any(|f| f.ends_with("sw.js") || f.ends_with("index.html")),
        "{files:?}"
    );
    // The wasm's import has its short name in both files, before the worker lists them.
    let wasm = std::fs::read(dir.join("app_bg.wasm")).expect("kept");
    assert_eq!(&wasm[8..], b"\x02\x08\x01\x02m0\x01a\0\0");
    let glue = std::fs::read_to_string(dir.join("app.js")).expect("kept");
    assert!(
        glue.contains("\n        a: function") && glue.contains("m0: import0"),
        "{glue}"
    );
    assert!(files.contains(&"app_bg.wasm".to_string()), "{files:?}");
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn the_watcher_and_then_the_module_script_move_to_the_end_of_the_body_and_nothing_else_moves() {
    use alliance_organization::prerender::scripts_last;
    let page = "<html><head><script src=\"a.js\"></script><script>watch()</script><style>p{}</style><script type=module>import x from './g.js';</script></head><body><p>text</p></body></html>";
    assert_eq!(
        scripts_last(page),
        "<html><head><script src=\"a.js\"></script><style>p{}</style></head><body><p>text</p><script>watch()</script><script type=module>import x from './g.js';</script></body></html>"
    );
    // Either alone moves too; a script already in the body stays where it is.
    let module = "<head><script type=\"module\">go()</script></head><body><p>text</p></body>";
    assert_eq!(
        scripts_last(module),
        "<head></head><body><p>text</p><script type=\"module\">go()</script></body>"
    );
    let watcher =
        "<head><script>watch()</script></head><body><p>text</p><script>late()</script></body>";
    assert_eq!(
        scripts_last(watcher),
        "<head></head><body><p>text</p><script>late()</script><script>watch()</script></body>"
    );
    // The watcher runs first wherever it stood.
    let after = "<head><script type=module>go()</script><script>watch()</script></head><body><p>text</p></body>";
    assert_eq!(
        scripts_last(after),
        "<head></head><body><p>text</p><script>watch()</script><script type=module>go()</script></body>"
    );
    let plain = "<html><head></head><body><p>text</p></body></html>";
    assert_eq!(scripts_last(plain), plain);
    let no_body = "<head><script>watch()</script></head>";
    assert_eq!(scripts_last(no_body), no_body);
}

#[test]
fn the_bootstrap_waits_until_the_figures_are_wanted_and_keeps_its_addresses() {
    use alliance_organization::prerender::{module_when_wanted, FAILED, WANTED};
    let trunk = "<body><p>text</p><script type=module>import init, * as bindings from '../../app-0123456789abcdef.js';\nconst wasm = await init({ module_or_path: '../../app-0123456789abcdef_bg.wasm' });\n</script></body>";
    let out = module_when_wanted(trunk);
    assert!(
        out.starts_with("<body><p>text</p><script type=module>"),
        "{out}"
    );
    assert!(out.ends_with("</script></body>"), "{out}");
    assert!(!out.contains("import init"), "no static import: {out}");
    assert!(
        out.contains("await import('../../app-0123456789abcdef.js')"),
        "{out}"
    );
    assert!(
        out.contains("module_or_path: '../../app-0123456789abcdef_bg.wasm'"),
        "{out}"
    );
    assert!(
        out.contains(&format!("hasAttribute('{}')", WANTED.0)),
        "{out}"
    );
    assert!(
        out.contains(&format!("addEventListener('{}', start", WANTED.1)),
        "{out}"
    );
    assert!(out.contains(&format!("new Event('{FAILED}')")), "{out}");
    // A minifier's other quotes are read as well.
    let minified = "<script type=\"module\">import i,*as b from\"./g.js\";const w=await i({module_or_path:`./w.wasm`});</script>";
    let out = module_when_wanted(minified);
    assert!(
        out.contains("import('./g.js')") && out.contains("'./w.wasm'"),
        "{out}"
    );
    // Anything else is left to start as it would.
    for page in [
        "<body><p>text</p></body>",
        "<script type=module>start();</script>",
    ] {
        assert_eq!(module_when_wanted(page), page);
    }
}

#[test]
fn the_watcher_and_the_bootstrap_name_the_same_attribute_and_events() {
    use alliance_organization::prerender::{FAILED, WANTED};
    let watcher =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/index.html")).unwrap();
    assert!(watcher.contains(&format!("setAttribute('{}'", WANTED.0)));
    assert!(watcher.contains(&format!("addEventListener('{}'", WANTED.1)));
    assert!(watcher.contains(&format!("addEventListener('{FAILED}'")));
}
