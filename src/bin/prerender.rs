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
    let app = alliance_organization::prerender::render_app();
    let Some(out) = alliance_organization::prerender::insert_into_body(&page, &app) else {
        eprintln!("prerender: {} has no <body> tag", path.display());
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
            ),
            (
                alliance_organization::prerender::render_embed_page(name),
                root.join("figures").join(name).join("embed"),
                "../../../",
            ),
        ];
        for (body, dir, up) in pages {
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
            ) else {
                eprintln!("prerender: {} has no <title> or <body>", path.display());
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
    ExitCode::SUCCESS
}
