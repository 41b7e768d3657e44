//! Typst's memoized results, kept within a memory budget while a PDF compiles.
//!
//! Typst memoizes layout (every table cell, every paragraph, every shaped run of text)
//! in global caches, and a compile runs until the document's counters and references
//! settle (two to five layouts), so the caches hold several results for every piece
//! of the document: 1.9 GB for a table of 10,000 cookies, 4.1 GB for the 2,238
//! cookies of the Open Cookie Database in eight locales (docs/performance.md), almost
//! all of it memoized results, not the document. Memoization only saves time: a
//! dropped result is computed again, to the same value, so the PDF's bytes do not
//! depend on when results are dropped (`evicting_during_a_compile_changes_no_byte`).
//!
//! While a PDF compiles, a watcher looks at the heap every [`TICK`]; above [`BUDGET`]
//! it drops the results not used since the last drop, and everything if that is not
//! enough. What remains after a drop is the document itself, which no drop can
//! shrink, so the next drop waits until the heap has grown [`STEP`] beyond it. A
//! program that does not count its heap ([`crate::heap`]) compiles without a watcher.

use crate::heap;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

/// Heap in use above which memoized results are dropped: small documents never reach
/// it and compile as fast as before.
pub const BUDGET: usize = 512 << 20;
/// How much the heap must grow past what remained after a drop before the next one.
const STEP: usize = 128 << 20;
/// How often the watcher looks at the heap.
const TICK: Duration = Duration::from_millis(10);

/// Markup from which a document counts as large: large documents compile one at a
/// time, so that peak memory follows the largest document, not the number of
/// threads. (The 2,238-cookie policy of the benchmark corpus is 620 KB of markup;
/// the seeds' documents are 20–70 KB.)
pub const LARGE: usize = 256 << 10;

/// One large document at a time.
static LARGE_ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

/// Run `compile` of `size` bytes of markup with a watcher keeping Typst's caches
/// within [`BUDGET`] (if the program counts its heap), after any other large
/// document's compile (if it is [`LARGE`]).
pub fn within_budget<T>(size: usize, compile: impl FnOnce() -> T) -> T {
    let _turn = (size >= LARGE).then(|| {
        LARGE_ONE_AT_A_TIME
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    });
    if heap::live().is_none() {
        return compile();
    }
    watched(compile, || heap::live().unwrap_or(0), BUDGET)
}

/// [`within_budget`] with a given heap meter and budget.
fn watched<T>(compile: impl FnOnce() -> T, measure: impl Fn() -> usize + Sync, budget: usize) -> T {
    let done = AtomicBool::new(false);
    std::thread::scope(|scope| {
        let watcher = scope.spawn(|| {
            let mut threshold = budget;
            while !done.load(Ordering::Acquire) {
                std::thread::park_timeout(TICK);
                if measure() > threshold {
                    // Results unused since the last drop first; all of them if the
                    // heap is still over.
                    typst::comemo::evict(1);
                    if measure() > budget {
                        typst::comemo::evict(0);
                    }
                    threshold = budget.max(measure().saturating_add(STEP));
                }
            }
        });
        let out = compile();
        done.store(true, Ordering::Release);
        watcher.thread().unpark();
        out
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::pdf::{Fonts, PdfMeta, compile};
    use std::sync::atomic::AtomicUsize;

    /// A document of several pages with a long table, a table of contents and page
    /// numbers out of a total: laid out more than once, with many memoized results.
    fn markup() -> String {
        let mut m = String::from(
            "#set page(footer: context [#counter(page).get().first() / #counter(page).final().first()])\n\
             #outline()\n= Cookies\n#table(columns: (auto, 1fr, auto),\n",
        );
        for i in 0..400 {
            m.push_str(&format!(
                "[`c{i}`], [Cookie number {i}, kept for a while.], [{i} days],\n"
            ));
        }
        m.push_str(")\n= After\nThe end.\n");
        m
    }

    #[test]
    fn evicting_during_a_compile_changes_no_byte() {
        let meta = PdfMeta {
            template: "test.typ.tera",
            ident: "evict".into(),
            date: Some("2024-05-01"),
        };
        let plain = compile(markup(), Fonts::bundled(), &meta).unwrap();
        // A heap that grows a gigabyte between looks: every look drops everything.
        let drops = AtomicUsize::new(0);
        let evicted = watched(
            || compile(markup(), Fonts::bundled(), &meta).unwrap(),
            || {
                drops
                    .fetch_add(1, Ordering::Relaxed)
                    .saturating_mul(1 << 30)
            },
            0,
        );
        assert!(
            drops.load(Ordering::Relaxed) > 3,
            "the watcher looked too rarely"
        );
        assert!(plain == evicted, "evicting changed the PDF");
    }
}
