//! The Weber figure's parameters, declared once: the model's fields, their table, box and defaults.

use super::model::Params;
use crate::sims::kit::param::Words;

crate::declare_params! {
    model Params {
        n: range("Member states, hub included", "states", (3.0, 13.0, 1.0), 6.0, Words::Count { one: "state", many: "states" }),
        w: range("Each partner’s strength relative to the hub", "share", (0.01, 0.6, 0.01), 0.1, Words::Percent),
        pi: range("Pooling gain per pair of partners", "index", (0.2, 3.0, 0.1), 1.0, Words::Plain),
        alpha: range("Hub’s value on freedom of action", "index", (0.0, 3.0, 0.1), 1.0, Words::Plain),
    }
}
