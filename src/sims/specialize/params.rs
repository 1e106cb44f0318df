//! The Specialize figure's parameters, declared once: the model's fields, their table, box and defaults.

use super::model::Params;
use crate::sims::kit::param::Words;

crate::declare_params! {
    model Params {
        n: range("Member states", "states", (2.0, 30.0, 1.0), 12.0, Words::Count { one: "state", many: "states" }),
        phi: range("Overhead share of a fully duplicated budget", "share", (0.1, 0.6, 0.05), 0.3, Words::Percent),
        delta: range("Chance a partner fails to deliver its specialty", "prob.", (0.0, 0.5, 0.01), 0.1, Words::Percent),
        z0: range("Share of capability areas consolidated", "share", (0.0, 1.0, 0.01), 0.5, Words::Percent),
    }
}
