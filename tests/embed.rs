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
