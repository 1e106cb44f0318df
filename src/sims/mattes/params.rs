//! The Mattes figure's parameters, declared once: the model's fields, their table, box and defaults.

use super::model::Params;
use crate::sims::kit::param::Words;

crate::declare_params! {
    model Params {
        s: range("Stronger ally’s share of joint power", "share", (0.5, 0.95, 0.01), 0.6, Words::Percent),
        u1: range("Stronger ally’s record of broken pledges", "index", (0.0, 1.0, 0.05), 0.6, Words::Index { low: "a spotless record", high: "every pledge broken" }),
        u2: range("Weaker ally’s record of broken pledges", "index", (0.0, 1.0, 0.05), 0.2, Words::Index { low: "a spotless record", high: "every pledge broken" }),
        c: range("Cost of binding rules", "index", (0.02, 0.5, 0.01), 0.15, Words::Plain),
    }
}
