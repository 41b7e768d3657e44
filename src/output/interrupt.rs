//! Staging folders of writes in progress in this process, so that a build stopped by
//! SIGTERM or SIGINT removes its staging folder before it dies (the binary's signal
//! thread calls [`abandon`]).
//!
//! Every write into a staging folder, and the stretch from the carry-over to the swap,
//! holds the gate (shared). [`abandon`] takes it exclusively, so it waits for writes
//! in flight and for a swap under way, removes the staging folders, and never lets go:
//! no thread writes (and re-creates a folder) or swaps after that. An interruption
//! thus comes either before the swap (the staging folder goes, the output is as it
//! was) or after it (the new tree is in place). Writes take the gate one at a time,
//! never nested, so waiting for it cannot deadlock.

use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard, RwLock, RwLockReadGuard};

static LIVE: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());
static GATE: RwLock<()> = RwLock::new(());

fn live() -> MutexGuard<'static, Vec<PathBuf>> {
    LIVE.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Note a staging folder about to be made.
pub(super) fn register(staging: &Path) {
    live().push(staging.to_owned());
}

/// Forget a staging folder that is gone or swapped in.
pub(super) fn unregister(staging: &Path) {
    live().retain(|p| p != staging);
}

/// Held while writing into a staging folder or swapping it in.
pub(super) fn gate() -> RwLockReadGuard<'static, ()> {
    GATE.read().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Remove the staging folders of writes in progress, and keep any further write or
/// swap from happening: for a process about to end (a signal handler thread).
pub fn abandon() {
    let gate = GATE
        .write()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    for staging in live().iter() {
        let _ = std::fs::remove_dir_all(staging);
    }
    // Whatever else runs until the process ends must not write or swap.
    std::mem::forget(gate);
}
