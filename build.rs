//! Parses and checks the essay in `content/` and writes it as static Rust data to
//! `$OUT_DIR/essay_data.rs`. A content error stops the build with `file:line: message`.

#[allow(dead_code)]
#[path = "src/content/mod.rs"]
mod content;

#[allow(dead_code)]
#[path = "src/sims/catalog.rs"]
mod catalog;

use std::path::{Path, PathBuf};

fn main() {
    for watched in ["content", "src/content", "src/sims/catalog.rs"] {
        println!("cargo:rerun-if-changed={watched}");
    }
    let doc = match content::load_dir(Path::new("content"), &catalog::names()) {
        Ok(doc) => doc,
        Err(e) => {
            eprintln!("error: {e}");
            std::process::exit(1);
        }
    };
    let Some(out_dir) = std::env::var_os("OUT_DIR") else {
        eprintln!("error: OUT_DIR is not set (build.rs runs under cargo)");
        std::process::exit(1);
    };
    let out = PathBuf::from(out_dir).join("essay_data.rs");
    // The hydrating build finds the essay's text in the pre-rendered page: it need not carry it.
    let markup = if std::env::var_os("CARGO_FEATURE_HYDRATE").is_some() {
        content::codegen::Markup::AfterLoad
    } else {
        content::codegen::Markup::Full
    };
    if let Err(e) = std::fs::write(&out, content::codegen::rust(&doc, markup)) {
        eprintln!("error: cannot write {}: {e}", out.display());
        std::process::exit(1);
    }
}
