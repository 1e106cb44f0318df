//! The Signals figure's parameters, declared once: the model's fields, their table, box and defaults.

use super::model::Params;
use crate::sims::kit::param::Words;

crate::declare_params! {
    model Params {
        p0: range("Share of states that are committed, before any signal", "share", (0.05, 0.95, 0.05), 0.4, Words::Percent),
        r: range("How many times more effort costs an uncommitted state, on average", "ratio", (1.0, 6.0, 0.1), 3.0, Words::Times { of: "as much" }),
        need: range("Confidence the partner needs", "share", (0.5, 0.99, 0.01), 0.8, Words::Percent),
        f0: range("Effort shown, as a share of the alliance’s worth", "share", (0.0, 1.0, 0.01), 0.3, Words::Percent),
    }
}
