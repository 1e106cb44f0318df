//! Anchor ids that both the build-time code generator and the page's components write, kept in one place.
//! Plain functions with no dependencies: `src/content` includes this file, and so does the essay (by path,
//! since `src/content` is native only).

/// The id of a textual note's `nth` marker (1-based): `tnref-KEY`, then `tnref-KEY-2`, `tnref-KEY-3`…
pub fn mark_id(key: &str, nth: u32) -> String {
    if nth <= 1 {
        format!("tnref-{key}")
    } else {
        format!("tnref-{key}-{nth}")
    }
}
