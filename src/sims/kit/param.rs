//! Parameter declarations: each simulation lists its parameters once, as a table of [`Param`]s, and the
//! controls, the clamping of bad values, the URL state, the data table and the reset button all read that
//! table. Pure: no leptos, no web-sys.

use crate::num::{fixed, trimmed, within};

/// What kind of value a parameter holds.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Kind {
    /// A number on a slider.
    Range {
        /// Smallest value.
        min: f64,
        /// Largest value.
        max: f64,
        /// Step between values; values snap to `min + k·step`.
        step: f64,
        /// How a value is said in words.
        words: Words,
    },
    /// One of a few named options (for instance, which view of a chart); the value is the option's index.
    Choice {
        /// `(key in the URL, label)` per option.
        options: &'static [(&'static str, &'static str)],
    },
}

/// How a number is said in words, for `aria-valuetext`, the visible value and the data table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Words {
    /// A score with two decimals, with what its ends mean: "0.30 (0 patrols, 1 major combat)".
    Index {
        /// What 0 means.
        low: &'static str,
        /// What 1 means.
        high: &'static str,
    },
    /// A whole count with its noun: "10 states", "1 month".
    Count {
        /// Singular noun.
        one: &'static str,
        /// Plural noun.
        many: &'static str,
    },
    /// A share in whole percents: "35%".
    Percent,
    /// A multiple of something, said with it: "3.0 times as much".
    Times {
        /// What the number multiplies ("as much", "the large ally’s income").
        of: &'static str,
    },
    /// A plain number with as many decimals as the step needs, said with its scale: "1.0 on a scale
    /// of 0.2 to 3.0".
    Plain,
}

/// One parameter of a simulation.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Param {
    /// Key in the URL state and in the model (`x0`, `n`, …).
    pub key: &'static str,
    /// Label on the control.
    pub label: &'static str,
    /// Unit, as the data table heads its column ("index", "states", "months").
    pub unit: &'static str,
    /// Value at reset and when the URL does not set it.
    pub default: f64,
    /// Range or choice.
    pub kind: Kind,
}

/// Declares a slider parameter in one line.
pub const fn range(
    key: &'static str,
    label: &'static str,
    unit: &'static str,
    (min, max, step): (f64, f64, f64),
    default: f64,
    words: Words,
) -> Param {
    Param {
        key,
        label,
        unit,
        default,
        kind: Kind::Range {
            min,
            max,
            step,
            words,
        },
    }
}

/// Declares a choice parameter in one line; `default` is an option's index.
pub const fn choice(
    key: &'static str,
    label: &'static str,
    options: &'static [(&'static str, &'static str)],
    default: usize,
) -> Param {
    Param {
        key,
        label,
        unit: "",
        default: default as f64,
        kind: Kind::Choice { options },
    }
}

/// What became of a value on its way in.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Fit {
    /// Taken as given (after snapping to the step).
    Kept(f64),
    /// Outside the range: moved to the nearest end.
    Clamped(f64),
    /// Not a number (or NaN, infinite): the default.
    Defaulted(f64),
}

impl Fit {
    /// The value to use.
    pub fn value(self) -> f64 {
        match self {
            Fit::Kept(v) | Fit::Clamped(v) | Fit::Defaulted(v) => v,
        }
    }
}

impl Param {
    /// Smallest, largest value and step (a choice runs 0, 1, … by 1).
    pub const fn bounds(&self) -> (f64, f64, f64) {
        match self.kind {
            Kind::Range { min, max, step, .. } => (min, max, step),
            Kind::Choice { options } => (0.0, options.len().saturating_sub(1) as f64, 1.0),
        }
    }

    /// The smallest value.
    pub const fn min(&self) -> f64 {
        self.bounds().0
    }

    /// The largest value.
    pub const fn max(&self) -> f64 {
        self.bounds().1
    }

    /// Decimals the step needs (0.05 → 2, 1 → 0).
    pub fn decimals(&self) -> usize {
        let (_, _, step) = self.bounds();
        (0..6)
            .find(|&d| {
                let scaled = step * 10f64.powi(d as i32);
                (scaled - scaled.round()).abs() < 1e-9
            })
            .unwrap_or(6)
    }

    /// Brings any number into range and onto the step; NaN and infinities become the default.
    pub fn fit(&self, v: f64) -> Fit {
        let (min, max, step) = self.bounds();
        if !v.is_finite() {
            return Fit::Defaulted(self.default);
        }
        let snap = |v: f64| {
            let k = ((v - min) / step).round();
            let snapped = min + k * step;
            // Rounding to the step's decimals removes float noise (0.30000000000000004).
            let scale = 10f64.powi(self.decimals() as i32);
            within((snapped * scale).round() / scale, min, max)
        };
        if v < min - 1e-9 || v > max + 1e-9 {
            Fit::Clamped(snap(within(v, min, max)))
        } else {
            Fit::Kept(snap(v))
        }
    }

    /// Reads a value as written in the URL: a number, or for a choice an option's key.
    pub fn read(&self, raw: &str) -> Fit {
        let raw = raw.trim();
        if let Kind::Choice { options } = self.kind {
            return match options.iter().position(|(key, _)| *key == raw) {
                Some(i) => Fit::Kept(i as f64),
                None => Fit::Defaulted(self.default),
            };
        }
        match parse_number(raw) {
            Some(v) => self.fit(v),
            None => Fit::Defaulted(self.default),
        }
    }

    /// Writes a value for the URL: as few characters as the step allows, or the option's key.
    pub fn write(&self, v: f64) -> String {
        if let Kind::Choice { options } = self.kind {
            let i = self.fit(v).value() as usize;
            return options.get(i).map_or("", |o| o.0).to_string();
        }
        trimmed(self.fit(v).value(), self.decimals())
    }

    /// The value as shown beside the control: "0.30", "10", "35%".
    pub fn show(&self, v: f64) -> String {
        match self.kind {
            Kind::Choice { options } => options
                .get(v as usize)
                .map_or(String::new(), |o| o.1.to_string()),
            Kind::Range { words, .. } => match words {
                Words::Index { .. } => two(v),
                Words::Count { .. } => self.say(v),
                Words::Percent => percent(v),
                Words::Plain | Words::Times { .. } => fixed(v, self.decimals()).to_string(),
            },
        }
    }

    /// The value in words, for screen readers (`aria-valuetext`).
    pub fn say(&self, v: f64) -> String {
        match self.kind {
            Kind::Choice { .. } => self.show(v),
            Kind::Range { words, .. } => match words {
                Words::Index { low, high } => format!("{} (0 {low}, 1 {high})", fixed(v, 2)),
                Words::Count { one, many } => {
                    let noun = if (v - 1.0).abs() < 1e-9 { one } else { many };
                    format!("{} {noun}", fixed(v, 0))
                }
                Words::Times { of } => format!("{} times {of}", self.show(v)),
                Words::Plain => {
                    let (min, max, _) = self.bounds();
                    let d = self.decimals();
                    format!(
                        "{} on a scale of {} to {}",
                        self.show(v),
                        fixed(min, d),
                        fixed(max, d)
                    )
                }
                Words::Percent => self.show(v),
            },
        }
    }
}

/// Reads a plain decimal number (`12`, `-0.45`, `.5`): what sliders and the URL state hold. Anything else
/// (exponents, `NaN`, `inf`, stray characters, more than 15 significant digits) is `None`.
///
/// Written out because `str::parse::<f64>` brings about 20 KB of tables and code into the wasm.
pub fn parse_number(text: &str) -> Option<f64> {
    let (negative, digits) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.strip_prefix('+').unwrap_or(text)),
    };
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if (whole.is_empty() && fraction.is_empty())
        || !all_digits(whole)
        || !all_digits(fraction)
        || whole.len() + fraction.len() > 15
    {
        return None;
    }
    let mut mantissa: u64 = 0;
    for b in whole.bytes().chain(fraction.bytes()) {
        mantissa = mantissa * 10 + u64::from(b - b'0');
    }
    let value = mantissa as f64 / 10f64.powi(fraction.len() as i32);
    Some(if negative { -value } else { value })
}

/// A share in whole percents, as readouts and tables give it: 0.375 → "38%".
pub fn percent(v: f64) -> String {
    format!("{}%", fixed(v * 100.0, 0))
}

/// A score with two decimals: 0.1925 → "0.19".
pub fn two(v: f64) -> String {
    fixed(v, 2).to_string()
}

/// "a" or "an" before a number written in digits ("a 60/40 split", "an 8-month war", "an 11% risk"):
/// "an" where the number is said with a leading vowel sound (eight, eighty…, eleven, eighteen).
pub fn article(number: &str) -> &'static str {
    let digits = number.bytes().take_while(u8::is_ascii_digit).count();
    let lead = number.get(..digits).unwrap_or("");
    if lead.starts_with('8') || lead == "11" || lead == "18" {
        "an"
    } else {
        "a"
    }
}

/// The value of the parameter `key` in `values`, which follow `table`: its default if `values` is
/// shorter, NaN (which every model's box refuses) if `table` has no such key.
pub fn value_of(table: &[Param], values: &[f64], key: &str) -> f64 {
    table
        .iter()
        .position(|p| p.key == key)
        .map_or(f64::NAN, |i| {
            values.get(i).copied().unwrap_or(table[i].default)
        })
}

/// Declares a figure's parameters once, in its `params.rs`: the model's fields, then any that only the
/// figure reads (a switch between views). From the one list it makes
///
/// - `DECL`, every declaration by name (`DECL.w.max()`), with the field's name as its key;
/// - `PARAMS`, the table the kit's frame, URL state and data table read, in the order written;
/// - `to_params`, the model's struct from the kit's values, field by field by key (a field of the
///   model left out, or one it lacks, does not compile);
/// - `Default` for the model's struct, from the declared defaults;
/// - `in_box`, the model's box: every field finite and inside its declared range.
///
/// ```text
/// declare_params! {
///     model Params {
///         n: range("Member states", "states", (3.0, 13.0, 1.0), 6.0, Words::Count { one: "state", many: "states" }),
///     }
///     view {
///         view: choice("Chart", &[("a", "By intensity"), ("b", "Over the war")], 0),
///     }
/// }
/// ```
#[macro_export]
macro_rules! declare_params {
    (
        model $model:ident {
            $( $field:ident : $ctor:ident ( $($arg:expr),* $(,)? ) ),+ $(,)?
        }
        $( view {
            $( $extra:ident : $ector:ident ( $($earg:expr),* $(,)? ) ),+ $(,)?
        } )?
    ) => {
        /// Every parameter's declaration, by name.
        #[allow(non_snake_case)]
        #[derive(Debug, Clone, Copy)]
        pub struct Decl {
            $(
                #[doc = concat!("`", stringify!($field), "`, an input of the model.")]
                pub $field: $crate::sims::kit::param::Param,
            )+
            $($(
                #[doc = concat!("`", stringify!($extra), "`, read by the figure only.")]
                pub $extra: $crate::sims::kit::param::Param,
            )+)?
        }

        /// Every parameter's declaration: key (the field's name), label, unit, range, default, words.
        #[rustfmt::skip]
        pub const DECL: Decl = Decl {
            $( $field: $crate::sims::kit::param::$ctor(stringify!($field), $($arg),*), )+
            $($( $extra: $crate::sims::kit::param::$ector(stringify!($extra), $($earg),*), )+)?
        };

        /// The parameters in the order the figure shows them.
        pub const PARAMS: &[$crate::sims::kit::param::Param] = &[
            $( DECL.$field, )+
            $($( DECL.$extra, )+)?
        ];

        /// The model's parameters from the kit's values (which follow [`PARAMS`]), each by its key.
        pub fn to_params(values: &[f64]) -> $model {
            $model {
                $( $field: $crate::sims::kit::param::value_of(PARAMS, values, stringify!($field)), )+
            }
        }

        impl Default for $model {
            /// The declared defaults.
            fn default() -> Self {
                to_params(&[])
            }
        }

        /// The model's box: every field finite and inside its declared range, or the first that is
        /// not, by key.
        pub fn in_box(p: &$model) -> Result<(), $crate::sims::kit::check::OutOfRange> {
            $(
                $crate::sims::kit::check::inside(
                    stringify!($field),
                    p.$field,
                    DECL.$field.min(),
                    DECL.$field.max(),
                )?;
            )+
            Ok(())
        }
    };
}
