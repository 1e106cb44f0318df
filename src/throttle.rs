//! At most one run per animation frame: a slider held down or a page scrolled fires far more events
//! than the screen shows frames. Shared by the figures' drawing and the essay's scroll-spy.

use leptos::prelude::*;

/// A function that runs `f` in the next animation frame, once however often it is called before
/// then. Safe to call after its owner is gone (a figure unmounted): it then does nothing.
pub fn per_frame(f: impl Fn() + Copy + 'static) -> impl Fn() + Copy + 'static {
    let pending = StoredValue::new(false);
    move || {
        // Already queued, or the owner is gone.
        if pending.try_get_value() != Some(false) {
            return;
        }
        pending.set_value(true);
        request_animation_frame(move || {
            if cleared(pending) {
                f();
            }
        });
    }
}

/// Clears `pending`; false if it is gone with its owner (`try_set_value` hands the value back when it
/// cannot store it).
fn cleared(pending: StoredValue<bool>) -> bool {
    pending.try_set_value(false).is_none()
}
