//! How much memory the process holds, where the program can tell.
//!
//! The `disclose` binary counts its heap (the `cap` allocator in `main.rs`) and
//! registers the count here; [`live`] is `None` in a program that did not (the tests
//! of the library, a program embedding it). The PDF compiler reads it to keep Typst's
//! caches within a budget ([`crate::render`]'s `pdf_cache`).

use std::sync::OnceLock;

static METER: OnceLock<fn() -> usize> = OnceLock::new();

/// Count the heap with `meter` (bytes allocated and not yet freed). The first call
/// wins.
pub fn measure_with(meter: fn() -> usize) {
    let _ = METER.set(meter);
}

/// Bytes of heap in use, if the program counts them.
pub fn live() -> Option<usize> {
    METER.get().map(|meter| meter())
}
