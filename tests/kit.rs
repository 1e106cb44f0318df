//! The simulation kit's pure parts: parameter fitting and the URL state, for every figure's table.
#![cfg(not(target_arch = "wasm32"))]

use alliance_organization::sims::kit::param::{Fit, Kind};
use alliance_organization::sims::kit::state::{self, Notice};
use alliance_organization::sims::weitsman::params::PARAMS as WEITSMAN;
use proptest::prelude::*;

/// Every figure's parameter table.
fn tables() -> Vec<(
    &'static str,
    &'static [alliance_organization::sims::kit::param::Param],
)> {
    alliance_organization::sims::FIGURES
        .iter()
        .map(|f| (f.name, f.params))
        .collect()
}

#[test]
fn every_figure_has_a_parameter_table_with_distinct_keys() {
    let tables = tables();
    assert_eq!(
        tables.len(),
        alliance_organization::sims::catalog::names().len(),
        "every catalogued simulation is registered"
    );
    for (name, params) in tables {
        assert!(!params.is_empty(), "{name}");
        for (i, p) in params.iter().enumerate() {
            assert!(
                params[..i].iter().all(|q| q.key != p.key),
                "{name}.{} declared twice",
                p.key
            );
            assert!(
                p.key.bytes().all(|b| b.is_ascii_alphanumeric()),
                "{name}.{}: URL keys are plain",
                p.key
            );
        }
    }
}

fn in_range(p: &alliance_organization::sims::kit::param::Param, v: f64) -> bool {
    let (min, max, _) = p.bounds();
    v.is_finite() && v >= min && v <= max
}

#[test]
fn defaults_are_inside_their_ranges_and_on_their_steps() {
    for (name, params) in tables() {
        for p in params {
            assert!(in_range(p, p.default), "{name}.{} default", p.key);
            assert_eq!(
                p.fit(p.default),
                Fit::Kept(p.default),
                "{name}.{} default on step",
                p.key
            );
        }
    }
}

#[test]
fn all_defaults_write_an_empty_state() {
    for (_, params) in tables() {
        let defaults: Vec<f64> = params.iter().map(|p| p.default).collect();
        assert_eq!(state::write(params, &defaults), "");
    }
}

#[test]
fn a_weitsman_state_reads_as_written() {
    let (values, notices) = state::read(WEITSMAN, "x0:0.45,n:12,view:b");
    assert_eq!(values, vec![0.45, 12.0, 0.7, 6.0, 1.0]);
    assert_eq!(notices, vec![]);
    assert_eq!(state::write(WEITSMAN, &values), "x0:0.45,n:12,view:b");
}

#[test]
fn garbage_is_repaired_and_reported() {
    let (values, notices) = state::read(WEITSMAN, "x0:NaN,n:99,zz:1,g:abc,t:-5,view:c,x0");
    assert_eq!(values, vec![0.3, 30.0, 0.7, 1.0, 0.0]);
    // One notice per parameter (its last value counts), the unknown keys merged, in table order.
    assert_eq!(
        notices,
        vec![
            Notice::Defaulted {
                key: "x0",
                shown: "0.30".into()
            },
            Notice::Clamped {
                key: "n",
                shown: "30 states".into()
            },
            Notice::Defaulted {
                key: "g",
                shown: "0.70".into()
            },
            Notice::Clamped {
                key: "t",
                shown: "1 month".into()
            },
            Notice::Defaulted {
                key: "view",
                shown: "By intensity".into()
            },
            Notice::Unknown {
                count: 1,
                first: Some("zz".into())
            },
        ]
    );
    assert_eq!(
        notices[1].text(WEITSMAN),
        "Member states: out of range, so set to 30 states"
    );
}

/// All the notices of a state, as the figure shows them.
fn notice_text(raw: &str) -> String {
    let (_, notices) = state::read(WEITSMAN, raw);
    notices
        .iter()
        .map(|n| n.text(WEITSMAN))
        .collect::<Vec<_>>()
        .join("; ")
}

#[test]
fn a_crafted_link_cannot_steer_the_notice() {
    // Bidirectional controls in a key are never echoed, so the page's sentence keeps its direction.
    let text = notice_text("zz\u{202e}evil:1");
    assert!(!text.chars().any(|c| ('\u{2066}'..='\u{2069}').contains(&c)
        || ('\u{202a}'..='\u{202e}').contains(&c)
        || c == '\u{200e}'
        || c == '\u{200f}'));
    assert_eq!(text, "an unknown setting ignored");
    // Words cannot be strung into a message: no key with spaces, and only the first key, is quoted.
    let text = notice_text("Your session has expired:1,sign in again at:2,evil.example:3");
    assert_eq!(text, "3 unknown settings (“evil.example”, …) ignored");
    assert!(!text.contains("session"), "{text}");
    // Repeats merge: 200 of one unknown item and 200 clamped values make two short notices.
    let text = notice_text(&"n:999,zz:1,".repeat(200));
    assert_eq!(
        text,
        "Member states: out of range, so set to 30 states; unknown setting “zz” ignored; too long, so its last 328 settings ignored"
    );
    assert!(text.len() < 200, "{} bytes", text.len());
}

#[test]
fn a_long_state_is_cut_between_items_never_inside_one() {
    // 396 bytes of an unknown filler, then `n:20` across the 400-byte limit: dropped whole, not read
    // as `n:2`.
    let filler = format!("{}:1,", "z".repeat(394));
    let raw = format!("{filler}n:20");
    assert!(raw.len() > state::MAX_LEN && filler.len() < state::MAX_LEN);
    let (values, notices) = state::read(WEITSMAN, &raw);
    assert_eq!(values[1], WEITSMAN[1].default, "n keeps its default");
    assert_eq!(
        notices,
        vec![
            Notice::Unknown {
                count: 1,
                first: None
            },
            Notice::TooLong { dropped: 1 }
        ]
    );
    // A state within the limit is read whole.
    let (values, notices) = state::read(WEITSMAN, "n:20");
    assert_eq!((values[1], notices), (20.0, vec![]));
}

#[test]
fn values_snap_to_their_steps() {
    use alliance_organization::sims::weitsman::params::DECL;
    let g = &DECL.g;
    assert_eq!(g.fit(0.33).value(), 0.35);
    assert_eq!(g.write(0.30000000000000004), "0.3");
    assert_eq!(DECL.x0.say(0.3), "0.30 (0 patrols, 1 major combat)");
    assert_eq!(DECL.t.say(1.0), "1 month");
    assert_eq!(DECL.t.say(6.0), "6 months");
}

/// The most parameters any registered figure has.
fn most_params() -> usize {
    tables().iter().map(|(_, p)| p.len()).max().unwrap_or(0)
}

proptest! {
    /// Whatever the values, writing then reading gives them back, with no notice.
    #[test]
    fn the_url_state_round_trips_for_every_parameter(
        table in 0..tables().len(),
        seeds in proptest::collection::vec(0.0..=1.0f64, most_params()),
    ) {
        let (_, params) = tables()[table];
        let values: Vec<f64> = params.iter().zip(&seeds).map(|(p, s)| {
            let (min, max, _) = p.bounds();
            p.fit(min + s * (max - min)).value()
        }).collect();
        let written = state::write(params, &values);
        let (read, notices) = state::read(params, &written);
        prop_assert_eq!(read, values);
        prop_assert!(notices.is_empty(), "{:?}", notices);
    }

    /// Each value alone round-trips too.
    #[test]
    fn each_value_round_trips(table in 0..tables().len(), i in 0..most_params(), k in 0u32..1000) {
        let (_, params) = tables()[table];
        prop_assume!(i < params.len());
        let p = params[i];
        let v = {
            let (min, max, step) = p.bounds();
            let steps = ((max - min) / step).round() as u32;
            p.fit(min + f64::from(k % (steps + 1)) * step).value()
        };
        let text = format!("{}:{}", p.key, p.write(v));
        let (values, notices) = state::read(params, &text);
        prop_assert_eq!(values[i], v);
        prop_assert!(notices.is_empty());
    }

    /// Arbitrary strings never panic and always give values in range.
    #[test]
    fn any_string_gives_values_in_range(raw in ".{0,600}", table in 0..tables().len()) {
        let (_, params) = tables()[table];
        let (values, _) = state::read(params, &raw);
        prop_assert_eq!(values.len(), params.len());
        for (p, v) in params.iter().zip(values) {
            prop_assert!(in_range(p, v), "{} = {}", p.key, v);
        }
    }

    /// Strings made of the state's own alphabet (keys, numbers, separators) also stay in range.
    #[test]
    fn state_like_strings_give_values_in_range(
        table in 0..tables().len(),
        parts in proptest::collection::vec(
            (0usize..most_params() + 1, "(-?[0-9]{0,4}(\\.[0-9]{0,3})?|NaN|inf|-inf|1e999|a|b)?", any::<bool>()),
            0..12,
        ),
    ) {
        let (_, params) = tables()[table];
        // Keys of this table (and an unknown one), values from the state's own alphabet.
        let raw: String = parts
            .iter()
            .map(|(k, v, colon)| {
                let key = params.get(*k).map_or("zz", |p| p.key);
                if *colon { format!("{key}:{v},") } else { format!("{key}{v},") }
            })
            .collect();
        let (values, _) = state::read(params, &raw);
        for (p, v) in params.iter().zip(values) {
            prop_assert!(in_range(p, v), "{} = {} from {}", p.key, v, raw);
            if let Kind::Choice { options } = p.kind {
                prop_assert!((v as usize) < options.len());
            }
        }
    }
}

#[test]
fn plain_decimals_parse_and_nothing_else_does() {
    use alliance_organization::sims::kit::param::parse_number;
    for (text, want) in [
        ("12", 12.0),
        ("-0.45", -0.45),
        (".5", 0.5),
        ("3.", 3.0),
        ("+7", 7.0),
        ("0.30", 0.3),
    ] {
        assert_eq!(parse_number(text), Some(want), "{text}");
    }
    for text in [
        "",
        ".",
        "-",
        "NaN",
        "inf",
        "1e3",
        "1.2.3",
        "0x10",
        " 1",
        "١٢",
        "1234567890123456",
    ] {
        assert_eq!(parse_number(text), None, "{text}");
    }
}

proptest! {
    /// Every number a slider or the URL writes reads back as the same number.
    #[test]
    fn written_numbers_parse_back(k in -100000i64..100000, places in 0u32..4) {
        use alliance_organization::sims::kit::param::parse_number;
        let v = k as f64 / 10f64.powi(places as i32);
        let text = format!("{:.*}", places as usize, v);
        prop_assert_eq!(parse_number(&text), Some(text.parse::<f64>().unwrap_or(f64::NAN)));
    }
}

#[test]
fn numbers_take_the_article_they_are_said_with() {
    use alliance_organization::sims::kit::param::article;
    for an in ["8", "80", "85/15", "11", "18%", "8-month"] {
        assert_eq!(article(an), "an", "{an}");
    }
    for a in ["1", "6", "60/40", "12", "110", "19%", "", "x"] {
        assert_eq!(article(a), "a", "{a}");
    }
}

#[test]
fn a_grid_runs_from_end_to_end_in_even_steps() {
    use alliance_organization::sims::kit::grid::grid;
    assert_eq!(
        grid(0.0, 1.0, 5).collect::<Vec<_>>(),
        [0.0, 0.25, 0.5, 0.75, 1.0]
    );
    assert_eq!(
        grid(0.5, 0.95, 0).collect::<Vec<_>>(),
        [0.5, 0.95],
        "at least both ends"
    );
}

#[test]
fn every_slider_says_its_value_with_what_it_means() {
    use alliance_organization::sims::kit::param::Kind;
    use alliance_organization::sims::FIGURES;
    for figure in FIGURES {
        for p in figure.params {
            if let Kind::Range { min, max, .. } = p.kind {
                for v in [min, p.default, max] {
                    let said = p.say(v);
                    assert!(
                        said.chars().any(|c| c.is_alphabetic() || c == '%'),
                        "{}.{}: “{said}” is a bare number",
                        figure.name,
                        p.key
                    );
                }
            }
        }
    }
    let weber = alliance_organization::sims::weber::params::PARAMS;
    assert_eq!(weber[2].say(1.0), "1.0 on a scale of 0.2 to 3.0");
}

/// A figure's legend and axis names follow its choices alone (`Figure::axes`, `legend`): the frame
/// reruns them only when a choice changes, so one that followed a slider would go stale.
#[test]
fn legends_and_axes_follow_the_choices_alone() {
    use alliance_organization::sims::FIGURES;
    for figure in FIGURES {
        let defaults: Vec<f64> = figure.params.iter().map(|p| p.default).collect();
        // The defaults, and every choice's every option: with every slider at its ends in turn.
        let mut settings = vec![defaults.clone()];
        for (c, choice) in figure.params.iter().enumerate() {
            if let Kind::Choice { options } = choice.kind {
                for option in 0..options.len() {
                    let mut at = defaults.clone();
                    at[c] = option as f64;
                    settings.push(at);
                }
            }
        }
        for at in settings {
            let words = ((figure.legend)(&at), (figure.axes)(&at));
            for (i, p) in figure.params.iter().enumerate() {
                if let Kind::Range { min, max, .. } = p.kind {
                    for v in [min, max] {
                        let mut moved = at.clone();
                        moved[i] = v;
                        assert_eq!(
                            ((figure.legend)(&moved), (figure.axes)(&moved)),
                            words,
                            "{}: {} at {v} changes the legend or axes",
                            figure.name,
                            p.key
                        );
                    }
                }
            }
        }
    }
}

/// The kit knows nothing of the essay (ARCHITECTURE.md, invariants): a figure's number, catalog entry,
/// model notes and the work it belongs to are handed to the frame (`Placed`), so the same frame can stand
/// on a page of its own.
#[test]
fn the_kit_imports_nothing_from_the_essay() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/sims/kit");
    let mut files = 0;
    for entry in std::fs::read_dir(&dir).expect("src/sims/kit") {
        let path = entry.expect("an entry").path();
        if path.extension().and_then(|e| e.to_str()) != Some("rs") {
            continue;
        }
        files += 1;
        let text = std::fs::read_to_string(&path).expect("a source file");
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            // Any mention in code, not only a path: `use crate::{essay, …}` and multi-line `use`
            // groups name it too.
            assert!(
                !code.to_lowercase().contains("essay"),
                "{}:{}: the kit reaches into the essay: {line}",
                path.display(),
                n + 1
            );
        }
    }
    assert!(files >= 5, "read the kit's {files} files");
}

#[test]
fn a_model_reads_each_value_by_its_key_not_by_its_place() {
    use alliance_organization::sims::kit::param::value_of;
    use alliance_organization::sims::weber::params::{to_params, DECL, PARAMS};
    // Distinct values at every place: each field must get the one under its own key.
    let values: Vec<f64> = (0..PARAMS.len()).map(|i| 100.0 + i as f64).collect();
    let p = to_params(&values);
    assert_eq!(p.n, value_of(PARAMS, &values, DECL.n.key));
    assert_eq!(p.w, value_of(PARAMS, &values, "w"));
    assert_eq!(p.pi, value_of(PARAMS, &values, "pi"));
    assert_eq!(p.alpha, value_of(PARAMS, &values, "alpha"));
    // The table, the defaults and the box come from the one declaration.
    let keys: Vec<&str> = PARAMS.iter().map(|q| q.key).collect();
    assert_eq!(keys, ["n", "w", "pi", "alpha"]);
    let d = alliance_organization::sims::weber::model::Params::default();
    assert_eq!((d.n, d.w), (DECL.n.default, DECL.w.default));
    let outside = alliance_organization::sims::weber::model::Params {
        w: DECL.w.max() + 0.01,
        ..d
    };
    assert_eq!(
        alliance_organization::sims::weber::model::check(&outside),
        Err(alliance_organization::sims::kit::check::OutOfRange("w"))
    );
    // A missing value is its default.
    assert_eq!(value_of(PARAMS, &[], "alpha"), DECL.alpha.default);
}
