//! The code a teacher pastes to embed a figure: a bare frame and a credit link, escaped, with the
//! figure's own height.
#![cfg(not(target_arch = "wasm32"))]

use alliance_organization::embed::{snippet, Snippet};

#[test]
fn the_snippet_is_a_bare_frame_and_a_credit_link_with_everything_escaped() {
    let code = snippet(&Snippet {
        src: "https://example.org/ao/figures/weber/embed/?weber=n:3&x=\"1\"",
        title: "Figure 3: One table <or> many spokes?",
        height: 1520,
        width: None,
        credit_href: "https://example.org/ao/?weber=n:3#fig-weber",
        credit: "Figure 3: One table or many spokes?, from Alliance Organization",
    });
    assert_eq!(
        code,
        "<iframe src=\"https://example.org/ao/figures/weber/embed/?weber=n:3&amp;x=&quot;1&quot;\" title=\"Figure 3: One table &lt;or&gt; many spokes?\" width=\"100%\" height=\"1520\" style=\"width:100%;height:1520px;border:0\" loading=\"lazy\" allowfullscreen></iframe>\n<p><a href=\"https://example.org/ao/?weber=n:3#fig-weber\">Figure 3: One table or many spokes?, from Alliance Organization</a></p>"
    );
    assert!(!code.contains("<script"), "nothing for a host to strip");
}

#[test]
fn every_figure_has_a_frame_height_of_its_own() {
    for figure in alliance_organization::sims::FIGURES {
        let info = alliance_organization::sims::catalog::find(figure.name).expect("catalogued");
        assert!(
            (400..=2400).contains(&info.embed_height),
            "{}: {} px",
            figure.name,
            info.embed_height
        );
    }
}

#[test]
fn a_width_and_a_theme_are_asked_for_only_when_chosen() {
    use alliance_organization::embed::Theme;
    let base = Snippet {
        src: "https://example.org/ao/figures/weber/embed/",
        title: "t",
        height: 900,
        width: Some(720),
        credit_href: "https://example.org/ao/#fig-weber",
        credit: "c",
    };
    let code = snippet(&base);
    assert!(
        code.contains("style=\"width:100%;max-width:720px;height:900px;border:0\""),
        "{code}"
    );
    assert!(!snippet(&Snippet {
        width: None,
        ..base
    })
    .contains("max-width"));
    // The reader's own setting asks for nothing; the others name what `embed-frame.js` reads.
    let values: Vec<_> = Theme::CHOICES.iter().map(|(t, _)| t.value()).collect();
    assert_eq!(values, ["", "light", "dark"]);
}

#[test]
fn the_template_the_page_carries_fills_to_the_snippet_in_one_pass() {
    use alliance_organization::embed::{fill, max_width, template};
    let s = Snippet {
        src: "https://example.org/ao/figures/weber/embed/?weber=n:3&theme=dark",
        title: "Figure 3: One table <or> many spokes?",
        height: 1520,
        width: Some(480),
        credit_href: "https://example.org/ao/?weber=n:3#fig-weber",
        credit: "Figure 3, from Alliance Organization",
    };
    let holes = template(s.title, s.height, s.credit);
    for hole in ["{src}", "{max}", "{credit_href}"] {
        assert_eq!(holes.matches(hole).count(), 1, "{hole} in {holes}");
    }
    assert_eq!(
        fill(&holes, s.src, &max_width(s.width), s.credit_href),
        snippet(&s)
    );
    assert!(snippet(&s).contains("?weber=n:3&amp;theme=dark"));
    // What fills one hole is never read for another, and a brace that is no hole stays.
    assert_eq!(
        fill(
            "a{src}b{max}c{credit_href}{d}",
            "{max}",
            "{credit_href}",
            "<{src}>"
        ),
        "a{max}b{credit_href}c&lt;{src}&gt;{d}"
    );
}

#[test]
fn the_snippet_carries_only_the_settings_that_differ_from_the_defaults() {
    use alliance_organization::essay::{placed, Page};
    use alliance_organization::sims::kit::state;
    let figure = alliance_organization::sims::figure("weber").expect("registered");
    let place = placed("weber", Page::Figure).expect("placed");
    let embedding = place.embed.expect("a figure page offers its code");
    let mut values: Vec<f64> = figure.params.iter().map(|p| p.default).collect();
    let away = |raw: &str| {
        alliance_organization::sims::kit::figure::Away {
            label: "",
            path: embedding.page,
            fragment: false,
            credit: false,
        }
        .href("weber", raw)
    };
    assert_eq!(
        away(&state::write(figure.params, &values)),
        "embed/",
        "at the defaults, nothing"
    );
    let n = figure
        .params
        .iter()
        .position(|p| p.key == "n")
        .expect("a key n");
    values[n] = 3.0;
    assert_eq!(
        away(&state::write(figure.params, &values)),
        "embed/?weber=n:3",
        "only what differs"
    );
}

#[cfg(feature = "ssr")]
#[test]
fn the_site_address_is_checked_and_given_its_slash() {
    use alliance_organization::prerender::site_url;
    assert_eq!(
        site_url("https://example.org/ao").unwrap(),
        "https://example.org/ao/"
    );
    assert_eq!(
        site_url(" http://example.org/ ").unwrap(),
        "http://example.org/"
    );
    for bad in [
        "example.org/ao",
        "ftp://x/",
        "https://",
        "https:///x",
        "https://x/?a=1",
        "https://x/\"><script>",
        "https://x/ a",
    ] {
        assert!(site_url(bad).is_err(), "{bad}");
    }
}

#[cfg(feature = "ssr")]
#[test]
fn with_the_site_address_a_figure_page_points_at_its_oembed_which_holds_the_same_snippet() {
    use alliance_organization::prerender::{oembed, site_head, OEMBED_WIDTH};
    let site = "https://example.org/ao/";
    let head = site_head(
        site,
        "figures/weber/",
        "Figure 3: A & B",
        Some("Why <this>?"),
        true,
    );
    assert!(
        head.contains("<link rel=\"canonical\" href=\"https://example.org/ao/figures/weber/\">")
    );
    assert!(head.contains("<meta property=\"og:title\" content=\"Figure 3: A &amp; B\">"));
    assert!(head.contains("<meta property=\"og:description\" content=\"Why &lt;this&gt;?\">"));
    assert!(head.contains("<link rel=\"alternate\" type=\"application/json+oembed\" href=\"https://example.org/ao/figures/weber/oembed.json\""));
    assert!(!site_head(site, "", "t", None, false).contains("oembed"));
    for figure in alliance_organization::sims::FIGURES {
        let name = figure.name;
        let json: serde_json::Value =
            serde_json::from_str(&oembed(site, name).expect("placed").expect("written"))
                .expect("JSON");
        let info = alliance_organization::sims::catalog::find(name).expect("catalogued");
        assert_eq!(json["version"], "1.0");
        assert_eq!(json["type"], "rich");
        assert_eq!(json["height"], info.embed_height);
        assert_eq!(json["width"], OEMBED_WIDTH);
        assert_eq!(json["provider_url"], site);
        let html = json["html"].as_str().expect("html");
        assert!(
            html.starts_with(&format!(
                "<iframe src=\"{site}figures/{name}/embed/\" title=\"Figure "
            )),
            "{html}"
        );
        assert!(html.contains(&format!("height=\"{}\"", info.embed_height)));
        assert!(html.contains(&format!("<a href=\"{site}#fig-{name}\">Figure ")));
        assert!(
            html.ends_with("an explorable edition of Sam Seitz’s review</a></p>"),
            "{html}"
        );
        assert!(json["title"]
            .as_str()
            .expect("title")
            .starts_with("Figure "));
    }
    assert!(oembed(site, "nothing").is_none());
}
