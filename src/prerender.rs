//! Renders the essay to HTML at build time (feature `ssr`), from the same components the browser runs.
//! `src/bin/prerender.rs` writes the result into the `index.html` Trunk has staged; the browser then
//! hydrates it (adopts the DOM instead of building it).

use crate::App;
use leptos::prelude::*;
use std::sync::Arc;

/// The essay's markup, as it goes directly after `<body>`.
pub fn render_app() -> String {
    let owner = Owner::new_root(Some(Arc::new(hydration_context::SsrSharedContext::new())));
    let html = owner.with(|| App().to_html());
    owner.unset();
    html
}

/// Inserts `app` directly after the `<body>` tag of `page` (nothing may stand between them, or hydration
/// fails). `None` when the page has no `<body>` tag.
pub fn insert_into_body(page: &str, app: &str) -> Option<String> {
    let start = page.find("<body")?;
    let end = start + page[start..].find('>')? + 1;
    let mut out = String::with_capacity(page.len() + app.len() + 1024);
    out.push_str(&page[..end]);
    // Leptos marks a place with `<!>`, which HTML parses as an empty comment but calls an error
    // ("bogus comment"); written as one, it is the same node and valid.
    out.push_str(&app.replace("<!>", "<!---->"));
    out.push_str(&page[end..]);
    Some(out)
}

/// The Content-Security-Policy of a finished `page`: scripts and stylesheets from the site itself and,
/// inline, only the page's own (by their SHA-256 hashes, so a change to either needs a new build), the
/// wasm compiled (`'wasm-unsafe-eval'`), pictures from the site, `data:` and `blob:` (the icon, and a
/// figure's PNG drawn from its SVG), and nothing else: no `'unsafe-inline'`, no `'unsafe-eval'`. The
/// page sets no `style` attribute after it loads (positions go through the CSSOM), since the policy
/// blocks them. Trusted Types are required: every write of markup or of a script's address passes
/// through the one policy the watcher in `index.html` makes (`default`), which refuses markup that
/// would run script and addresses off the site.
pub fn policy(page: &str) -> String {
    let hashes = |open: &str, close: &str| -> String {
        let mut out = String::new();
        let mut rest = page;
        while let Some(at) = rest.find(open) {
            let after = &rest[at + open.len()..];
            let Some(tag_end) = after.find('>') else {
                break;
            };
            let tag = &after[..tag_end];
            let body = &after[tag_end + 1..];
            let Some(end) = body.find(close) else {
                break;
            };
            // A script with an address is the site's own (`'self'`), not inline.
            if !tag.contains("src=") {
                out.push_str(&format!(" 'sha256-{}'", sha256_base64(&body[..end])));
            }
            rest = &body[end..];
        }
        out
    };
    format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'{}; style-src 'self'{}; img-src 'self' data: blob:; object-src 'none'; base-uri 'none'; form-action 'none'; require-trusted-types-for 'script'; trusted-types default",
        hashes("<script", "</script>"),
        hashes("<style", "</style>"),
    )
}

/// The SHA-256 of `text`, in base64, as a policy names a hash.
fn sha256_base64(text: &str) -> String {
    use base64::Engine;
    use sha2::Digest;
    base64::engine::general_purpose::STANDARD.encode(sha2::Sha256::digest(text.as_bytes()))
}

/// Where `page`'s first module script (Trunk's bootstrap) stands: the start of its open tag, the start
/// of its text and the start of its `</script>`, for either quoting of the type Trunk or a minifier writes.
fn module_script(page: &str) -> Option<(usize, usize, usize)> {
    let (tag, text) = ["<script type=module>", "<script type=\"module\">"]
        .iter()
        .find_map(|tag| page.find(tag).map(|at| (at, at + tag.len())))?;
    let end = text + page[text..].find("</script>")?;
    Some((tag, text, end))
}

/// Where `page`'s watcher stands, the inline classic script in its head (`<script>` with no
/// attributes): the start of its open tag and the end of its `</script>`.
fn watcher_script(page: &str) -> Option<(usize, usize)> {
    let head = &page[..page.find("<body")?];
    let start = head.find("<script>")?;
    let end = start + head[start..].find("</script>")? + "</script>".len();
    Some((start, end))
}

/// `page` with the scripts of its head moved to the end of its body: the watcher (the inline classic
/// script of `index.html`), then the module script (Trunk's bootstrap, which imports the wasm's glue).
/// Bytes in the head arrive before any text: the watcher's 4 KB take 20 ms at 200,000 bytes/s (the
/// bench's phone profile), held from the first paint. And the browser fetches a module's imports as
/// soon as it meets it: in the head, the glue shared the connection with the text still arriving. Both
/// still run before the page's `DOMContentLoaded`, the watcher first, so that its listeners hear the
/// module's failures. Scripts with an address (an embed's `embed-frame.js`, which must run before the
/// first paint) stay. Unchanged when there is no `</body>`.
pub fn scripts_last(page: &str) -> String {
    let Some(body_end) = page.rfind("</body>") else {
        return page.to_string();
    };
    let module = module_script(page).map(|(start, _, end)| (start, end + "</script>".len()));
    // In the order they will run.
    let moving: Vec<(usize, usize)> = [watcher_script(page), module]
        .into_iter()
        .flatten()
        .filter(|&(_, end)| end <= body_end)
        .collect();
    let mut out = String::with_capacity(page.len());
    let mut at = 0;
    let mut cuts = moving.clone();
    cuts.sort_unstable();
    for (start, end) in cuts {
        out.push_str(&page[at..start]);
        at = end;
    }
    out.push_str(&page[at..body_end]);
    for &(start, end) in &moving {
        out.push_str(&page[start..end]);
    }
    out.push_str(&page[body_end..]);
    out
}

/// The attribute on `<html>` and the event on `window` by which the page's watcher (`index.html`) says
/// the live figures are wanted; the module script [`module_when_wanted`] writes waits for them.
pub const WANTED: (&str, &str) = ("data-wanted", "figures-wanted");

/// The event on `window` by which [`module_when_wanted`]'s script tells the watcher that the glue or the
/// wasm did not arrive or would not start (the browser has said why in its console).
pub const FAILED: &str = "figures-failed";

/// `page` with Trunk's bootstrap (a module that imports the wasm's glue and starts it) made to wait until
/// the figures are wanted ([`WANTED`]): the glue and the wasm, four fifths of the essay's bytes, then
/// never share the first load with the text, and a reader who never nears a figure never fetches them.
/// The glue's and the wasm's addresses are kept as Trunk wrote them. Unchanged (so starting at once)
/// when the page has no module script of the form Trunk writes.
pub fn module_when_wanted(page: &str) -> String {
    let Some((_, start, end)) = module_script(page) else {
        return page.to_string();
    };
    let script = &page[start..end];
    // The first quoted string after `marker`, in any of the quotes a minifier may choose.
    let quoted = |marker: &str| -> Option<&str> {
        let after = &script[script.find(marker)? + marker.len()..];
        let open = after.find(['\'', '"', '`'])?;
        let quote = after[open..].chars().next()?;
        let rest = &after[open + 1..];
        Some(&rest[..rest.find(quote)?])
    };
    let (Some(glue), Some(wasm)) = (quoted(" from"), quoted("module_or_path")) else {
        return page.to_string();
    };
    let (attribute, event) = WANTED;
    let failed = FAILED;
    let bootstrap = format!(
        "const go = async () => {{ const bindings = await import('{glue}'); \
         const wasm = await bindings.default({{ module_or_path: '{wasm}' }}); window.wasmBindings = bindings; \
         dispatchEvent(new CustomEvent('TrunkApplicationStarted', {{ detail: {{ wasm }} }})); }};\n\
         const start = () => go().catch(() => dispatchEvent(new Event('{failed}')));\n\
         if (document.documentElement.hasAttribute('{attribute}')) start(); \
         else addEventListener('{event}', start, {{ once: true }});"
    );
    format!("{}{bootstrap}{}", &page[..start], &page[end..])
}

/// `page` with its [`policy`] as a `<meta http-equiv>` directly after its character set (before
/// anything the policy governs). `None` when the page declares no character set.
pub fn with_policy(page: &str) -> Option<String> {
    let start = page.find("<meta charset")?;
    let end = start + page[start..].find('>')? + 1;
    let mut out = String::with_capacity(page.len() + 400);
    out.push_str(&page[..end]);
    out.push_str("<meta http-equiv=\"Content-Security-Policy\" content=\"");
    out.push_str(&policy(page));
    out.push_str("\">");
    out.push_str(&page[end..]);
    Some(out)
}

/// Figure `name`'s own page, as it goes directly after `<body>` (empty if it is not placed), its links
/// to what only the essay holds sent there ([`links_to_essay`]).
pub fn render_figure_page(name: &'static str) -> String {
    use crate::essay::figure_page::FigurePage;
    let owner = Owner::new_root(Some(Arc::new(hydration_context::SsrSharedContext::new())));
    let html = owner.with(|| view! { <FigurePage name=name /> }.to_html());
    owner.unset();
    links_to_essay(&html, "../../", false)
}

/// Figure `name` to embed (`figures/NAME/embed/`), as it goes directly after `<body>` (empty if it is
/// not placed), its links to what only the essay holds sent there, in a new tab (out of the frame).
pub fn render_embed_page(name: &'static str) -> String {
    use crate::essay::figure_page::EmbedPage;
    let owner = Owner::new_root(Some(Arc::new(hydration_context::SsrSharedContext::new())));
    let html = owner.with(|| view! { <EmbedPage name=name /> }.to_html());
    owner.unset();
    links_to_essay(&html, "../../../", true)
}

/// A page below the essay's folder (`figures/NAME/index.html`, `up` = `../../`), from the essay's
/// staged `page` (its stylesheet, icon and script) and its `body`: the figure's title and question in
/// the head, the addresses `up` the tree, no citation metadata (that describes the review), and `more`
/// at the end of the head (written as it is: addresses in it are the caller's).
pub fn figure_page(
    page: &str,
    body: &str,
    title: &str,
    description: &str,
    up: &str,
    more: &str,
) -> Option<String> {
    let head_end = page.find("<body")?;
    let mut head = page[..head_end].to_string();
    let start = head.find("<title>")?;
    let end = start + head[start..].find("</title>")? + "</title>".len();
    let mut new_title = String::from("<title>");
    crate::html::push_escaped(&mut new_title, title);
    new_title.push_str("</title>");
    head.replace_range(start..end, &new_title);
    head = replace_tags(&head, "<meta", |tag| {
        if tag.contains("citation_") {
            Some(String::new())
        } else if tag.contains("name=description") || tag.contains("name=\"description\"") {
            let mut out = String::from("<meta name=\"description\" content=\"");
            crate::html::push_escaped(&mut out, description);
            out.push_str("\">");
            Some(out)
        } else {
            None
        }
    });
    // The staged page's own addresses are relative to the site's root (`./`, quoted or not; the
    // minifier may quote a script's strings with backticks).
    for quote in ["\"", "'", "`", "="] {
        head = head.replace(&format!("{quote}./"), &format!("{quote}{up}"));
    }
    if let Some(end) = head.rfind("</head>") {
        head.insert_str(end, more);
    }
    let page = format!("{head}{}", &page[head_end..]);
    insert_into_body(&page, body)
}

/// Replaces each tag of `page` that starts with `open` (up to its `>`) by what `f` returns for it, if
/// anything.
fn replace_tags(page: &str, open: &str, f: impl Fn(&str) -> Option<String>) -> String {
    let mut out = String::with_capacity(page.len());
    let mut rest = page;
    while let Some(at) = rest.find(open) {
        let Some(len) = rest[at..].find('>').map(|i| i + 1) else {
            break;
        };
        let tag = &rest[at..at + len];
        out.push_str(&rest[..at]);
        out.push_str(&f(tag).unwrap_or_else(|| tag.to_string()));
        rest = &rest[at + len..];
    }
    out.push_str(rest);
    out
}

/// `html` with every link to a fragment that is not on it (`href="#X"` with no `id="X"`) pointed at the
/// essay (`{essay}#X`, `essay` being its address from the page), and every description of an element by one that is not on it
/// (`aria-describedby="X"`, a glossary term's definition) left out. With `new_tab`, the links sent to
/// the essay open in a new tab (`target="_blank" rel="noopener"`).
pub fn links_to_essay(html: &str, essay: &str, new_tab: bool) -> String {
    let ids: std::collections::HashSet<&str> = html
        .split(" id=\"")
        .skip(1)
        .filter_map(|s| s.split('"').next())
        .collect();
    let mut described = String::with_capacity(html.len());
    let mut parts = html.split(" aria-describedby=\"");
    described.push_str(parts.next().unwrap_or_default());
    for part in parts {
        let (target, rest) = part.split_once('"').unwrap_or((part, ""));
        if ids.contains(target) {
            described.push_str(" aria-describedby=\"");
            described.push_str(part);
        } else {
            described.push_str(rest);
        }
    }
    let html = described.as_str();
    let mut out = String::with_capacity(html.len());
    let mut parts = html.split("href=\"#");
    out.push_str(parts.next().unwrap_or_default());
    for part in parts {
        let target = part.split('"').next().unwrap_or_default();
        if ids.contains(target) {
            out.push_str("href=\"#");
        } else {
            if new_tab {
                out.push_str("target=\"_blank\" rel=\"noopener\" ");
            }
            out.push_str("href=\"");
            out.push_str(essay);
            out.push('#');
        }
        out.push_str(part);
    }
    out
}

/// One figure in the manifest: what a tool listing, linking or embedding the figures needs.
#[derive(Debug, serde::Serialize)]
struct ManifestFigure {
    name: &'static str,
    number: usize,
    title: &'static str,
    question: &'static str,
    basis: &'static str,
    /// Its own page, relative to the manifest (`figures/manifest.json`).
    page: String,
    /// Its place in the essay, relative to the manifest.
    essay: String,
    params: Vec<ManifestParam>,
    try_this: Vec<ManifestPrompt>,
}

/// A parameter in the manifest: its key in the address and what values it takes.
#[derive(Debug, serde::Serialize)]
struct ManifestParam {
    key: &'static str,
    label: &'static str,
    default: f64,
    #[serde(skip_serializing_if = "Option::is_none")]
    range: Option<(f64, f64, f64)>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    options: Vec<&'static str>,
}

/// A "try this" prompt: what it says and the state it sets (the address's syntax).
#[derive(Debug, serde::Serialize)]
struct ManifestPrompt {
    label: &'static str,
    state: &'static str,
}

/// The edition's figures as JSON (`figures/manifest.json`): name, number, title, question, pages
/// (relative to the manifest) and parameters of each, in the essay's order, from the same registry the
/// pages are made from.
pub fn manifest() -> Result<String, serde_json::Error> {
    use crate::essay::data::ESSAY;
    use crate::sims::kit::param::Kind;
    let figures: Vec<ManifestFigure> = ESSAY
        .placements()
        .filter_map(|(_, name)| {
            let figure = crate::sims::figure(name)?;
            let placed = crate::essay::placed(name, crate::essay::Page::Essay)?;
            Some(ManifestFigure {
                name,
                number: placed.number,
                title: placed.info.title,
                question: placed.info.question,
                basis: placed.info.basis,
                page: format!("{name}/"),
                essay: format!("../#fig-{name}"),
                params: figure
                    .params
                    .iter()
                    .map(|p| ManifestParam {
                        key: p.key,
                        label: p.label,
                        default: p.default,
                        range: match p.kind {
                            Kind::Range { min, max, step, .. } => Some((min, max, step)),
                            Kind::Choice { .. } => None,
                        },
                        options: match p.kind {
                            Kind::Choice { options } => options.iter().map(|(k, _)| *k).collect(),
                            Kind::Range { .. } => Vec::new(),
                        },
                    })
                    .collect(),
                try_this: figure
                    .try_this
                    .iter()
                    .map(|(label, state)| ManifestPrompt { label, state })
                    .collect(),
            })
        })
        .collect();
    let front = &ESSAY.front;
    serde_json::to_string_pretty(&serde_json::json!({
        "title": front.title,
        "author": front.author,
        "edition": front.edition,
        "figures": figures,
    }))
}

/// The site's public address, from the build's `SITE_URL` option (`https://example.org/ao/`), ending
/// in `/`; an error says what is wrong with it. Only with it does the build write absolute addresses
/// (canonical links, Open Graph, oEmbed): without it, none is written anywhere.
pub fn site_url(raw: &str) -> Result<String, String> {
    let raw = raw.trim();
    let scheme_ok = raw.starts_with("https://") || raw.starts_with("http://");
    let host = raw.split("://").nth(1).unwrap_or_default();
    if !scheme_ok || host.is_empty() || host.starts_with('/') {
        return Err(format!(
            "SITE_URL must be an http(s) address such as https://example.org/alliance-organization/, not {raw:?}"
        ));
    }
    if raw.contains(['?', '#', '"', '\'', '<', '>', ' ', '\\']) {
        return Err(format!(
            "SITE_URL must be the site's folder, with no query, fragment, quotes or spaces: {raw:?}"
        ));
    }
    Ok(if raw.ends_with('/') {
        raw.to_string()
    } else {
        format!("{raw}/")
    })
}

/// What a page at `path` (relative to the site, `figures/weber/`) carries in its head when the site's
/// address is known: its canonical address, Open Graph's title, address and description (if given), and, for a
/// figure page, the discovery link to its `oembed.json`.
pub fn site_head(
    site: &str,
    path: &str,
    title: &str,
    description: Option<&str>,
    oembed: bool,
) -> String {
    use crate::html::push_escaped;
    let here = format!("{site}{path}");
    let mut out = String::from("\n<link rel=\"canonical\" href=\"");
    push_escaped(&mut out, &here);
    out.push_str("\">\n<meta property=\"og:type\" content=\"website\">\n<meta property=\"og:url\" content=\"");
    push_escaped(&mut out, &here);
    out.push_str("\">\n<meta property=\"og:title\" content=\"");
    push_escaped(&mut out, title);
    out.push_str("\">\n");
    if let Some(description) = description {
        out.push_str("<meta property=\"og:description\" content=\"");
        push_escaped(&mut out, description);
        out.push_str("\">\n");
    }
    if oembed {
        out.push_str("<link rel=\"alternate\" type=\"application/json+oembed\" href=\"");
        push_escaped(&mut out, &format!("{here}oembed.json"));
        out.push_str("\" title=\"");
        push_escaped(&mut out, title);
        out.push_str("\">\n");
    }
    out
}

/// Figure `name`'s `oembed.json` for a site at `site` (see [`site_url`]): a `rich` response whose
/// HTML is the snippet "Embed this figure" gives at the defaults, at the figure's frame height.
/// `None` if the figure is not placed.
pub fn oembed(site: &str, name: &str) -> Option<Result<String, serde_json::Error>> {
    use crate::essay::data::ESSAY;
    let placed = crate::essay::placed(name, crate::essay::Page::Essay)?;
    let front = &ESSAY.front;
    let figure_title = format!("Figure {}: {}", placed.number, placed.info.title);
    let html = crate::embed::snippet(&crate::embed::Snippet {
        src: &format!("{site}{}embed/", crate::essay::figure_page(name)),
        title: &figure_title,
        height: placed.info.embed_height,
        width: None,
        credit_href: &format!("{site}#fig-{name}"),
        credit: &crate::embed::credit(&figure_title, front.title, front.author),
    });
    Some(serde_json::to_string_pretty(&serde_json::json!({
        "version": "1.0",
        "type": "rich",
        "title": figure_title,
        "provider_name": front.title,
        "provider_url": site,
        "html": html,
        "width": OEMBED_WIDTH,
        "height": placed.info.embed_height,
    })))
}

/// The width an oEmbed response states (its frame fills the column it is given; this is a typical one).
pub const OEMBED_WIDTH: u32 = 720;

/// The offline worker (`assets/sw.js`) for a build holding `files` (paths relative to the site's root,
/// `/`-separated, with their contents): the list it caches, each page under its directory's address
/// (`figures/weber/`, not `figures/weber/index.html`, as readers ask for it), and a version that changes
/// with any file, so each build is a new worker with a cache of its own. `None` if the template lacks
/// its placeholders.
pub fn service_worker(template: &str, files: &[(String, Vec<u8>)]) -> Option<String> {
    use sha2::Digest;
    if !template.contains("'__VERSION__'") || !template.contains("__FILES__") {
        return None;
    }
    let mut hash = sha2::Sha256::new();
    let mut list: Vec<String> = Vec::with_capacity(files.len());
    for (path, bytes) in files {
        hash.update(path.as_bytes());
        hash.update([0]);
        hash.update((bytes.len() as u64).to_le_bytes());
        hash.update(bytes);
        list.push(match path.strip_suffix("index.html") {
            Some("") => "./".to_string(),
            Some(dir) => dir.to_string(),
            None => path.clone(),
        });
    }
    let version: String = hash
        .finalize()
        .iter()
        .take(8)
        .map(|b| format!("{b:02x}"))
        .collect();
    let list = serde_json::to_string(&list).ok()?;
    Some(
        template
            .replacen("'__VERSION__'", &format!("'{version}'"), 1)
            .replacen("__FILES__", &list, 1),
    )
}
