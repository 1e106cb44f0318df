//! The browser entry point: adopts the pre-rendered page's interactive parts, each as a root of its own
//! (feature `hydrate`, the normal build), or renders the whole page (otherwise); nothing else.

fn main() {
    #[cfg(feature = "hydrate")]
    alliance_organization::essay::hydrate_roots();
    #[cfg(not(feature = "hydrate"))]
    leptos::mount::mount_to_body(alliance_organization::App);
}

// Smaller in the wasm than the default allocator, and faster. The page's wasm is single-threaded.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
