//! Staging folders of writes in progress in this process, so that a build stopped by
//! SIGTERM or SIGINT removes its staging folder before it dies (the binary's signal
//! thread calls [`abandon`]). A swap holds the same lock, so an interruption comes
//! either before it (the staging folder goes, the output is as it was) or after it
//! (the new tree is in place).

use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};

static LIVE: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

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

/// Held while a tree is swapped in: [`abandon`] waits for it.
pub(super) fn hold() -> MutexGuard<'static, Vec<PathBuf>> {
    live()
}

/// Remove the staging folders of writes in progress, and keep any swap from starting:
/// for a process about to end (a signal handler thread). The lock stays held.
pub fn abandon() {
    let live = live();
    for staging in live.iter() {
        let _ = std::fs::remove_dir_all(staging);
    }
    // Whatever else runs until the process ends must not swap a tree in.
    std::mem::forget(live);
}
