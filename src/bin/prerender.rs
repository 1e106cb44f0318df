//! Build-time renderer: `prerender PATH/index.html` writes the essay's HTML into the page, right after
//! `<body>`. Trunk runs it as a post-build hook on the staged index.html (see Trunk.toml); with no argument
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
    ExitCode::SUCCESS
}
