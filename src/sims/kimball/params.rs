//! The Kimball figure's parameters, declared once: the model's fields, their table, box and defaults.

use super::model::Params;
use crate::sims::kit::param::Words;

crate::declare_params! {
    model Params {
        y: range("Small ally’s income, relative to the large ally’s", "ratio", (0.05, 1.0, 0.05), 0.3, Words::Times { of: "the large ally’s income" }),
        a: range("Weight on security relative to social goods", "index", (0.05, 1.0, 0.05), 0.25, Words::Plain),
        gamma: range("Share of the partner’s defense that protects you", "share", (0.0, 1.0, 0.05), 0.8, Words::Percent),
    }
    view {
        view: choice("Chart", &[("a", "Burdens by spillover"), ("b", "The small ally’s frontier")], 0),
    }
}
