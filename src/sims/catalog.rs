//! The catalog of simulations: every name that content may place with `{{sim NAME}}`, with the words the
//! essay shows for it. Plain data with no dependencies, so `build.rs` can include this file to check
//! placements.

/// What the essay says about one simulation before (and around) its figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SimInfo {
    /// Placement name, URL key and module name.
    pub name: &'static str,
    /// Figure title (ours).
    pub title: &'static str,
    /// The question the model asks, one sentence.
    pub question: &'static str,
    /// Keys of the works it rests on (bibliography or further reading).
    pub rests_on: &'static [&'static str],
    /// What it is built on, in words, for citing the figure ("after Weitsman 2010 and 2014").
    pub basis: &'static str,
    /// The height, in CSS pixels, of the frame that embeds it: measured on its embed page from 640 to
    /// 1200 px wide (the controls beside the chart), the tallest plus a margin; narrower, the page
    /// tucks away what does not fit (`e2e/tests/embed.test.js` holds it to both).
    pub embed_height: u32,
}

/// All simulations, in the order the essay places them.
pub const CATALOG: &[SimInfo] = &[
    SimInfo {
        name: "weitsman",
        title: "Alliance or coalition?",
        question: "At what intensity of war does an ad hoc coalition under a lead state beat a standing alliance of the same states, and what moves that point?",
        rests_on: &["weitsman2010", "weitsman2014", "rafferty2003"],
        basis: "after Weitsman 2010 and 2014, with Rafferty 2003",
        embed_height: 1183,
    },
    SimInfo {
        name: "mattes",
        title: "Who insists on binding rules?",
        question: "When will two allies pay for a tightly institutionalized design?",
        rests_on: &["mattes2012-reputation"],
        basis: "after Mattes 2012, as the review reads her",
        embed_height: 1185,
    },
    SimInfo {
        name: "weber",
        title: "One table or many spokes?",
        question: "When is a pooled multilateral alliance worth more to its leader than hub-and-spoke bilateral treaties?",
        rests_on: &["weber-s1992"],
        basis: "after the review’s reading of Weber 1992",
        embed_height: 1156,
    },
    SimInfo {
        name: "kimball",
        title: "Guns, butter and free riding",
        question: "How much defense can a small ally shed when a larger ally’s forces also protect it, and who gains from the alliance?",
        rests_on: &["olson1966", "kimball2010", "barnett1991"],
        basis: "after Olson and Zeckhauser 1966, set beside Kimball 2010",
        embed_height: 1184,
    },
    SimInfo {
        name: "signals",
        title: "Arms that attract allies",
        question: "How much visible military effort wins a wary partner’s trust?",
        rests_on: &["horowitz2015"],
        basis: "after Horowitz, Poast and Stam 2015",
        embed_height: 1156,
    },
    SimInfo {
        name: "specialize",
        title: "Spending less, fielding as much?",
        question: "If allies stop duplicating forces, how far can spending fall before capability does, and can spending data tell this from cuts each member makes alone?",
        rests_on: &["weitsman2014", "weber-s1992"],
        basis: "the review’s own conjecture, after Weitsman 2014 and Weber 1992",
        embed_height: 1241,
    },
];

/// The catalog entry named `name`.
pub fn find(name: &str) -> Option<&'static SimInfo> {
    CATALOG.iter().find(|s| s.name == name)
}

/// Every placement name.
pub fn names() -> Vec<&'static str> {
    CATALOG.iter().map(|s| s.name).collect()
}
