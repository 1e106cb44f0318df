//! The browser entry point: adopts the pre-rendered essay (feature `hydrate`, the normal build) or renders
//! it from scratch (otherwise); nothing else.

fn main() {
    #[cfg(feature = "hydrate")]
    leptos::mount::hydrate_body(alliance_organization::App);
    #[cfg(not(feature = "hydrate"))]
    leptos::mount::mount_to_body(alliance_organization::App);
}
