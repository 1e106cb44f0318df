//! A figure's controls: one labelled slider or set of radio buttons per parameter declaration.

use super::param::{Kind, Param};
use crate::num::trimmed;
use leptos::prelude::*;

/// One labelled control from a parameter declaration, showing and setting `slot`, the parameter's value.
pub fn control(
    figure: &'static str,
    p: &'static Param,
    slot: RwSignal<f64>,
    committed: ReadSignal<u32>,
    settle: impl Fn() + Copy + 'static,
    commit: impl Fn() + Copy + 'static,
) -> impl IntoView {
    let id = format!("{figure}-{}", p.key);
    let current = move || slot.get();
    let set = move |raw: String| {
        if let Some(x) = super::param::parse_number(&raw) {
            slot.set(p.fit(x).value());
            settle();
        }
    };
    match p.kind {
        Kind::Range { min, max, step, .. } => {
            // A touch on the track moves the thumb at once; when the finger then goes up or down the page
            // scrolls instead (`touch-action: pan-y`) and the browser cancels the touch: put the value back.
            let before_touch = StoredValue::new(None::<f64>);
            leptos::either::Either::Left(view! {
                <div class="control">
                    <label for=id.clone()>{p.label}</label>
                    <input
                        type="range"
                        id=id.clone()
                        min=trimmed(min, p.decimals())
                        max=trimmed(max, p.decimals())
                        step=trimmed(step, p.decimals())
                        value=p.write(p.default)
                        // The slider shows its own value while it moves: the value is written back
                        // only when the figure's values settle (a prompt, reset, a link, a step's
                        // end), as writing it on every step of a drag cost more than the readout.
                        prop:value=move || {
                            committed.track();
                            p.write(slot.get_untracked())
                        }
                        aria-valuetext=move || p.say(current())
                        on:input=move |ev| set(event_target_value(&ev))
                        on:change=move |_| commit()
                        on:pointerdown=move |ev| {
                            let touch = ev.pointer_type() != "mouse";
                            before_touch.set_value(touch.then(|| slot.get_untracked()));
                        }
                        on:pointercancel=move |_| {
                            if let Some(v) = before_touch.get_value() {
                                before_touch.set_value(None);
                                set(p.write(v));
                                commit();
                            }
                        }
                    />
                    // Silent: the slider's `aria-valuetext` says the value, and Chromium would announce an
                    // `<output>` (a status region) on every step.
                    <output for=id aria-hidden="true">{move || p.show(current())}</output>
                </div>
            })
        }
        Kind::Choice { options } => leptos::either::Either::Right(view! {
            <fieldset class="control choice">
                <legend>{p.label}</legend>
                {options.iter().enumerate().map(|(k, (key, label))| {
                    let checked = move || current() as usize == k;
                    view! {
                        <label>
                            <input
                                type="radio"
                                name=id.clone()
                                value=*key
                                checked=p.default as usize == k
                                prop:checked=checked
                                on:change=move |_| {
                                    set(k.to_string());
                                    commit();
                                }
                            />
                            {*label}
                        </label>
                    }
                }).collect_view()}
            </fieldset>
        }),
    }
}
