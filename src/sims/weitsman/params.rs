//! The Weitsman figure's parameters, declared once: the model's fields, their table, box and defaults.

use super::model::Params;
use crate::sims::kit::param::Words;

crate::declare_params! {
    model Params {
        x0: range("Intensity of the war", "index", (0.0, 1.0, 0.01), 0.3, Words::Index { low: "patrols", high: "major combat" }),
        n: range("Member states", "states", (2.0, 30.0, 1.0), 10.0, Words::Count { one: "state", many: "states" }),
        g: range("Peacetime integration", "index", (0.0, 1.0, 0.05), 0.7, Words::Index { low: "none", high: "standing headquarters, doctrine and exercises" }),
        t: range("Length of the war", "months", (1.0, 60.0, 1.0), 6.0, Words::Count { one: "month", many: "months" }),
    }
    view {
        view: choice("Chart", &[("a", "By intensity"), ("b", "Over the war")], 0),
    }
}
