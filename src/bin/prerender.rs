//! Build-time renderer: `prerender PATH/index.html` writes the essay's HTML into the page, right after
//! `<body>`, and each figure's own page into `PATH/figures/NAME/index.html`. Trunk runs it as a post-build hook on the staged index.html (see Trunk.toml); with no argument
//! it uses `$TRUNK_STAGING_DIR/index.html`.

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let path = match std::env::args_os().nth(1) {
        Some(arg) => PathBuf::from(arg),
        None => match std::env::var_os("TRUNK_STAGING_DIR") {
            Some(dir) => PathBuf::from(dir).join("index.html"),
            None => {
                eprintln!("usage: prerender PATH/index.html (or set TRUNK_STAGING_DIR)");
                return ExitCode::FAILURE;
            }
        },
    };
    let page = match std::fs::read_to_string(&path) {
        Ok(page) => page,
        Err(e) => {
            eprintln!("prerender: cannot read {}: {e}", path.display());
            return ExitCode::FAILURE;
        }
    };
    if page.contains("class=\"page\"") || page.contains("class=page") {
        eprintln!("prerender: {} already holds the essay", path.display());
        return ExitCode::SUCCESS;
    }
    use alliance_organization::prerender::{oembed, site_head, site_url};
    // The site's public address, if the build was given it (`SITE_URL=https://… scripts/build`).
    let site = match std::env::var("SITE_URL")
        .ok()
        .filter(|s| !s.trim().is_empty())
    {
        None => None,
        Some(raw) => match site_url(&raw) {
            Ok(site) => Some(site),
            Err(e) => {
                eprintln!("prerender: {e}");
                return ExitCode::FAILURE;
            }
        },
    };
    let front = &alliance_organization::essay::data::ESSAY.front;
    let app = alliance_organization::prerender::render_app();
    let Some(mut out) = alliance_organization::prerender::insert_into_body(&page, &app) else {
        eprintln!("prerender: {} has no <body> tag", path.display());
        return ExitCode::FAILURE;
    };
    if let (Some(site), Some(end)) = (&site, out.find("</head>")) {
        out.insert_str(end, &site_head(site, "", front.title, None, false));
    }
    // Last, so the policy's hashes are of the page as it is served.
    let Some(out) = finish(&out) else {
        eprintln!("prerender: {} declares no character set", path.display());
        return ExitCode::FAILURE;
    };
    if let Err(e) = std::fs::write(&path, out) {
        eprintln!("prerender: cannot write {}: {e}", path.display());
        return ExitCode::FAILURE;
    }
    eprintln!(
        "prerender: wrote {} KB of essay into {}",
        app.len() / 1024,
        path.display()
    );
    // Each figure's own page, from the same staged page (stylesheet, icon, script).
    let root = path.parent().map(PathBuf::from).unwrap_or_default();
    for figure in alliance_organization::sims::FIGURES {
        let name = figure.name;
        let (Some(info), Some(placed)) = (
            alliance_organization::sims::catalog::find(name),
            alliance_organization::essay::placed(name, alliance_organization::essay::Page::Figure),
        ) else {
            eprintln!("prerender: figure {name} is not placed in the essay");
            return ExitCode::FAILURE;
        };
        let title = format!(
            "Figure {}: {} · {} · explorable edition",
            placed.number,
            info.title,
            alliance_organization::essay::data::ESSAY.front.title
        );
        // Its own page, and the figure alone to embed, a level below it.
        let pages = [
            (
                alliance_organization::prerender::render_figure_page(name),
                root.join("figures").join(name),
                "../../",
                site.as_deref()
                    .map(|site| {
                        site_head(
                            site,
                            &format!("figures/{name}/"),
                            &title,
                            Some(info.question),
                            true,
                        )
                    })
                    .unwrap_or_default(),
            ),
            (
                alliance_organization::prerender::render_embed_page(name),
                root.join("figures").join(name).join("embed"),
                "../../../",
                // Before the first paint (it sets the theme a snippet asks for); a classic script, so
                // a frame that cannot load the wasm's module still runs it.
                // Its canonical address is the figure's page.
                format!(
                    "<script src=\"../../../embed-frame.js\"></script>{}",
                    site.as_deref()
                        .map(|site| site_head(
                            site,
                            &format!("figures/{name}/"),
                            &title,
                            Some(info.question),
                            false
                        ))
                        .unwrap_or_default()
                ),
            ),
        ];
        for (body, dir, up, more) in pages {
            if body.is_empty() {
                eprintln!("prerender: figure {name} has no page");
                return ExitCode::FAILURE;
            }
            // The chart's picture is drawn at the defaults; a model that declines them leaves it out.
            if !body.contains("class=\"chart-picture\"><svg") {
                eprintln!("prerender: figure {name} has no picture of its chart (does its model answer at the defaults?)");
                return ExitCode::FAILURE;
            }
            let Some(out) = alliance_organization::prerender::figure_page(
                &page,
                &body,
                &title,
                info.question,
                up,
                &more,
            )
            .and_then(|out| finish(&out)) else {
                eprintln!(
                    "prerender: {} has no <title>, <body> or character set",
                    path.display()
                );
                return ExitCode::FAILURE;
            };
            if let Err(e) = std::fs::create_dir_all(&dir)
                .and_then(|_| std::fs::write(dir.join("index.html"), out))
            {
                eprintln!("prerender: cannot write {}: {e}", dir.display());
                return ExitCode::FAILURE;
            }
        }
    }
    // oEmbed, for consumers that discover it from a pasted figure address (WordPress among them).
    for figure in alliance_organization::sims::FIGURES {
        let Some(site) = &site else { break };
        let file = root.join("figures").join(figure.name).join("oembed.json");
        let written = oembed(site, figure.name)
            .unwrap_or_else(|| Ok(String::new()))
            .map_err(std::io::Error::other)
            .and_then(|json| std::fs::write(&file, json));
        if let Err(e) = written {
            eprintln!("prerender: cannot write {}: {e}", file.display());
            return ExitCode::FAILURE;
        }
    }
    let manifest = root.join("figures").join("manifest.json");
    let written = alliance_organization::prerender::manifest()
        .map_err(std::io::Error::other)
        .and_then(|json| std::fs::write(&manifest, json));
    if let Err(e) = written {
        eprintln!("prerender: cannot write {}: {e}", manifest.display());
        return ExitCode::FAILURE;
    }
    eprintln!(
        "prerender: wrote {} figure pages, their embeds and their manifest under {}",
        alliance_organization::sims::FIGURES.len(),
        root.join("figures").display()
    );
    // The wasm's and its glue's import names made short, before the worker lists the files.
    match shorten_imports(&root) {
        Ok(0) => eprintln!("prerender: no wasm here to shorten the imports of"),
        Ok(n) => eprintln!("prerender: gave {n} of the wasm's imports short names"),
        Err(e) => {
            eprintln!(
                "prerender: cannot shorten the wasm's imports: {e} (see src/wasm_imports.rs)"
            );
            return ExitCode::FAILURE;
        }
    }
    // Last, once every file is final: the offline worker, with the list of them and their version.
    let worker = root.join("sw.js");
    let written = std::fs::read_to_string(&worker).and_then(|template| {
        let mut files = Vec::new();
        site_files(&root, &root, &mut files)?;
        files.retain(|(path, _)| path != "sw.js");
        files.sort();
        let out = alliance_organization::prerender::service_worker(&template, &files)
            .ok_or_else(|| std::io::Error::other("sw.js lacks its '__VERSION__' and __FILES__"))?;
        std::fs::write(&worker, out).map(|()| files.len())
    });
    match written {
        Ok(n) => eprintln!("prerender: the offline worker caches {n} files"),
        Err(e) => {
            eprintln!("prerender: cannot write {}: {e}", worker.display());
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}

/// A page's last steps: its watcher and module script moved to the end of the body, the module made to
/// wait until the figures are wanted, then its security policy
/// (last, so the hashes are of the page as served). `PRERENDER_POLICY=off` (set by `scripts/serve`)
/// leaves the policy out: Trunk's server adds a live-reload script of its own after this runs, which
/// the policy would block. `None` when the page declares no character set.
fn finish(page: &str) -> Option<String> {
    let page = alliance_organization::prerender::module_when_wanted(
        &alliance_organization::prerender::scripts_last(page),
    );
    if std::env::var("PRERENDER_POLICY").is_ok_and(|v| v == "off") {
        return Some(page);
    }
    alliance_organization::prerender::with_policy(&page)
}

/// Shortens the import names of each `NAME_bg.wasm` in `root` and of its glue, `NAME.js`
/// ([`alliance_organization::wasm_imports`]); how many were renamed. A wasm none of whose imports
/// could be renamed is an error: the build would ship it 3 KB larger without a word.
fn shorten_imports(root: &std::path::Path) -> Result<usize, String> {
    let mut renamed = 0;
    for entry in std::fs::read_dir(root).map_err(|e| e.to_string())? {
        let wasm_path = entry.map_err(|e| e.to_string())?.path();
        let Some(stem) = wasm_path
            .file_name()
            .and_then(|n| n.to_str())
            .and_then(|n| n.strip_suffix("_bg.wasm"))
        else {
            continue;
        };
        let glue_path = root.join(format!("{stem}.js"));
        let read = |e: std::io::Error| format!("{}: {e}", glue_path.display());
        let wasm = std::fs::read(&wasm_path).map_err(|e| e.to_string())?;
        let glue = std::fs::read_to_string(&glue_path).map_err(read)?;
        let short = alliance_organization::wasm_imports::shorten(&wasm, &glue)
            .map_err(|e| format!("{}: {e}", wasm_path.display()))?;
        if short.renamed == 0 {
            return Err(format!("{}: no import from its glue", wasm_path.display()));
        }
        std::fs::write(&wasm_path, &short.wasm).map_err(|e| e.to_string())?;
        std::fs::write(&glue_path, &short.glue).map_err(read)?;
        renamed += short.renamed;
    }
    Ok(renamed)
}

/// Every file under `dir`, as its path from `root` (`/`-separated) and its contents.
fn site_files(
    root: &std::path::Path,
    dir: &std::path::Path,
    out: &mut Vec<(String, Vec<u8>)>,
) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            site_files(root, &path, out)?;
        } else if let Ok(rel) = path.strip_prefix(root) {
            let rel: Vec<String> = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            out.push((rel.join("/"), std::fs::read(&path)?));
        }
    }
    Ok(())
}
