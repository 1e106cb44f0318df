//! The figure contract: what a simulation hands the kit ([`Figure`]), what the page that places it hands
//! the kit ([`Placed`], [`Away`]), what one run of a model gives the frame ([`Shown`]), and the words
//! when a model declines.

use super::check::OutOfRange;
use super::param::Param;
use super::state;
use super::table::Table;
use crate::chart::{Key, Plot};
use crate::sims::catalog;

/// What a figure shows at one setting, from one run of its model: the frame's readout, text
/// alternative, data table and chart all come from it.
#[derive(Debug, Clone, PartialEq)]
pub struct Shown {
    /// The readout sentence.
    pub readout: String,
    /// The chart's text alternative: what it plots and what it shows.
    pub describe: String,
    /// The data table.
    pub table: Table,
    /// The chart, from the same run: drawn on the canvas in the browser, as the picture (SVG) at
    /// build time.
    pub plot: Plot,
}

/// Runs a figure's model once at the kit's values: what the figure shows, or the parameter it declined.
pub type Solve = fn(&[f64]) -> Result<Shown, OutOfRange>;

/// The readout when a model declines its values (the kit clamps first, so this is a last resort): the
/// parameter it declined, by its label.
pub fn declined(params: &[Param], refusal: OutOfRange) -> String {
    let label = params
        .iter()
        .find(|p| p.key == refusal.0)
        .map_or(refusal.0, |p| p.label);
    format!("The model has no answer at this setting: “{label}” is outside the range it accepts.")
}

/// What a simulation hands the frame.
#[derive(Debug, Clone, Copy)]
pub struct Figure {
    /// Catalog name: URL key, ids.
    pub name: &'static str,
    /// The parameter table.
    pub params: &'static [Param],
    /// Runs the model once at these values (the frame keeps the result in one memo).
    pub solve: Solve,
    /// Names of the chart's axes at these values: (x, y). They follow the choices (a view), never a
    /// slider: the frame reruns them only when a choice changes.
    pub axes: fn(&[f64]) -> (&'static str, &'static str),
    /// The chart's legend at these values: what each line (or the shaded area) is, and how it is
    /// drawn. Like `axes`, it follows the choices only.
    pub legend: fn(&[f64]) -> &'static [(&'static str, Key)],
    /// "Try this" prompts: what the button says, and the state it sets (URL syntax).
    pub try_this: &'static [(&'static str, &'static str)],
}

/// What the page that places a figure hands the frame: the kit looks nothing up in the essay.
#[derive(Debug, Clone, Copy)]
pub struct Placed {
    /// The figure's number where it is placed ("Figure 3").
    pub number: usize,
    /// Its catalog entry: title, question, what it rests on.
    pub info: &'static catalog::SimInfo,
    /// "How this model works" as HTML (empty in the hydrating build, whose page already holds it).
    pub notes: &'static str,
    /// The work that places it, for the figure's citation: title, author, edition.
    pub work: (&'static str, &'static str, &'static str),
    /// The figure's place on another page (the essay, or its own page), to link to with its settings.
    pub away: Away,
    /// Whether the figure is the page (its own page): its caption is then the page's `<h1>`.
    pub is_page: bool,
    /// Where the figure's embed page and its place in the work are from this page (none on the embed
    /// page itself): the figure then offers the code to embed it.
    pub embed: Option<Embedding>,
}

/// The addresses the code to embed a figure needs, from the page that shows it, given its name
/// (relative: the browser makes them absolute from where the edition is hosted).
#[derive(Debug, Clone, Copy)]
pub struct Embedding {
    /// The figure's embed page.
    pub page: fn(&str) -> String,
    /// The page of the work that places the figure (the figure's place on it is added): where the
    /// credit leads.
    pub work: fn(&str) -> String,
}

impl Embedding {
    /// The addresses the code needs for figure `name` at its state `raw`: its embed page, and its
    /// place in the work, where the credit leads.
    pub fn hrefs(&self, name: &str, raw: &str) -> (String, String) {
        let at = |path, fragment| {
            let away = Away {
                label: "",
                path,
                fragment,
                credit: false,
            };
            away.href(name, raw)
        };
        (at(self.page, false), at(self.work, true))
    }
}

/// A link from a figure to its place on another page, carrying its settings.
#[derive(Debug, Clone, Copy)]
pub struct Away {
    /// What the link says.
    pub label: &'static str,
    /// The page's address from this one, given the figure's name (relative, so the site works under any
    /// sub-path).
    pub path: fn(&str) -> String,
    /// Whether the address ends at the figure (`#fig-NAME`): the figure sits among other things there.
    pub fragment: bool,
    /// Whether the link is the figure's credit, for a figure embedded in another site: it names the
    /// figure and the work it comes from, and opens in a new tab, outside the frame.
    pub credit: bool,
}

impl Away {
    /// The address of figure `name` there, with its state `raw` (URL syntax; empty at the defaults).
    pub fn href(&self, name: &str, raw: &str) -> String {
        let mut out = (self.path)(name);
        let query = state::merge_query("", name, raw);
        if !query.is_empty() {
            out.push('?');
            out.push_str(&query);
        }
        if self.fragment {
            out.push_str("#fig-");
            out.push_str(name);
        }
        out
    }
}
