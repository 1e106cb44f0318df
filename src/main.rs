//! The browser entry point: mounts the essay, nothing else.

fn main() {
    leptos::mount::mount_to_body(alliance_organization::App);
}
