//! Writing a build into a staging folder beside the output and swapping it in.

use super::carry::{carry_over, keep_folder_meta, rescue};
use super::compare::{Lookup, read_if_len};
use super::guard::{IfBusy, foreign_at, lock_out, refuse_foreign, resolve_out};
use super::interrupt;
use super::ledger::{kept_files, ledger, previous_files, stale_files, to_slash};
use super::swap::{aside_dir, check_removable, refuse_mount_root, remove_tree, repair, swap};
use super::{CACHE, LEDGER};
use anyhow::{Context as _, Result, bail};
use rayon::prelude::*;
use std::collections::BTreeSet;
use std::io::ErrorKind;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Writes a build into a staging folder beside the output.
pub(super) struct Writer {
    /// The output folder; where `--out` is a symbolic link, the folder it points to.
    pub(super) out: PathBuf,
    /// The exclusive lock on the output folder, held until the writer is dropped.
    _lock: std::fs::File,
    /// Whether the output folder existed when the build began.
    pub(super) existed: bool,
    staging: PathBuf,
    /// Where the fallback swap moves the old tree (see [`super::swap`]).
    aside: PathBuf,
    /// What the user should know although the build succeeds.
    warnings: Vec<String>,
    /// What the ledger of the current output lists: disclose's own files.
    previous: BTreeSet<PathBuf>,
    /// Paths the build would write over something disclose did not write.
    conflicts: Mutex<BTreeSet<PathBuf>>,
    /// Tests: run after the carry-over, before the swap.
    #[cfg(test)]
    pub(super) before_swap: Mutex<Option<Box<dyn FnOnce() + Send>>>,
    state: Mutex<Staged>,
    changed: AtomicUsize,
}

/// Until a file differs from the current output, the staging folder is not made:
/// files that would only be carried over are remembered instead.
#[derive(Default)]
struct Staged {
    made: bool,
    pending: Vec<PathBuf>,
    /// Set once the tree is swapped in (or moved into place).
    done: bool,
}

impl Writer {
    pub(super) fn begin(given: &Path, if_busy: IfBusy) -> Result<Self> {
        let out = resolve_out(given)?;
        let (parent, name) = parent_and_name(&out);
        std::fs::create_dir_all(&parent)
            .with_context(|| format!("creating {}", parent.display()))?;
        let lock = lock_out(&parent, &name, given, if_busy)?;
        // Every build into this folder holds the lock: staging folders found now
        // belong to builds that are gone, and so does a swap left halfway.
        let aside = aside_dir(&parent, &name);
        let warnings = repair(&out, &aside)?.into_iter().collect();
        remove_leftover_staging(&parent, &name);
        let existed = out.exists();
        if existed {
            refuse_mount_root(&out, given)?;
            refuse_foreign(&out, given)?;
        }
        let writer = Self {
            existed,
            previous: previous_files(&out),
            conflicts: Mutex::default(),
            #[cfg(test)]
            before_swap: Mutex::default(),
            out,
            _lock: lock,
            staging: staging_dir(&parent, &name),
            aside,
            warnings,
            state: Mutex::default(),
            changed: AtomicUsize::new(0),
        };
        if !writer.existed {
            writer.make_staging()?;
        }
        Ok(writer)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Staged> {
        self.state.lock().expect("no panics while holding the lock")
    }

    /// Make the staging folder (once) and carry the remembered files into it.
    fn make_staging(&self) -> Result<()> {
        let mut state = self.lock();
        if state.made {
            return Ok(());
        }
        interrupt::register(&self.staging);
        state.made = true;
        {
            let _gate = interrupt::gate();
            std::fs::create_dir_all(&self.staging)
                .with_context(|| format!("creating {}", self.staging.display()))?;
        }
        let pending = std::mem::take(&mut state.pending);
        pending
            .par_iter()
            .try_for_each(|relative| self.link(relative))?;
        Ok(())
    }

    /// Write one file of the build.
    pub(super) fn put(&self, relative: &Path, bytes: &[u8]) -> Result<()> {
        if self.existed
            && !self.previous.contains(relative)
            && let Some(found) = foreign_at(&self.out, relative)
        {
            // Not ours to replace: reported when the build finishes.
            self.conflicts
                .lock()
                .expect("no panics while holding the lock")
                .insert(found);
            return Ok(());
        }
        if self.existed
            && let Lookup::Same(old) = read_if_len(&self.out.join(relative), bytes.len())
            && old == bytes
        {
            return self.keep(relative);
        }
        self.changed.fetch_add(1, Ordering::Relaxed);
        self.make_staging()?;
        let path = self.staging.join(relative);
        let _gate = interrupt::gate();
        with_parent(&path, || std::fs::write(&path, bytes))
            .with_context(|| format!("writing {}", path.display()))
    }

    /// Carry a file of the current output into the new tree, now or when the staging
    /// folder is made.
    pub(super) fn keep(&self, relative: &Path) -> Result<()> {
        {
            let mut state = self.lock();
            if !state.made {
                state.pending.push(relative.to_owned());
                return Ok(());
            }
        }
        self.link(relative)
    }

    /// Hard-link (or copy, where links are not possible) a file of the output into
    /// the staging folder.
    fn link(&self, relative: &Path) -> Result<()> {
        let from = self.out.join(relative);
        let to = self.staging.join(relative);
        let _gate = interrupt::gate();
        with_parent(&to, || {
            std::fs::hard_link(&from, &to).or_else(|err| match err.kind() {
                ErrorKind::NotFound => Err(err),
                _ => std::fs::copy(&from, &to).map(|_| ()),
            })
        })
        .with_context(|| format!("carrying {} over", from.display()))
    }

    pub(super) fn finish(
        self,
        planned: &BTreeSet<PathBuf>,
        cache: Option<Vec<u8>>,
    ) -> Result<WriteReport> {
        let conflicts = std::mem::take(&mut *self.conflicts.lock().expect("no panics"));
        if !conflicts.is_empty() {
            let list: Vec<String> = conflicts.iter().map(|p| to_slash(p)).collect();
            bail!(
                "refusing to overwrite what disclose did not write (not in {}): {}; nothing was changed. These are disclose's own names: move them away and build again",
                self.out.join(LEDGER).display(),
                list.join(", ")
            );
        }
        let stale = if self.existed {
            stale_files(&self.out, planned)
        } else {
            BTreeSet::new()
        };
        let kept = if self.existed {
            kept_files(&self.out, planned)
        } else {
            BTreeSet::new()
        };
        let ledger = ledger(planned, &kept);
        let mut report = WriteReport {
            changed: self.changed.load(Ordering::Relaxed),
            removed: stale.len(),
            warnings: self.warnings.clone(),
        };
        let made = self.lock().made;
        if self.existed
            && !made
            && stale.is_empty()
            && std::fs::read(self.out.join(LEDGER)).is_ok_and(|l| l == ledger)
            && std::fs::read(self.out.join(CACHE)).ok() == cache
        {
            // Nothing differs: leave the output as it is.
            self.lock().done = true;
            return Ok(report);
        }
        self.make_staging()?;
        // From here to the swap, a SIGTERM waits (see [`interrupt`]).
        let gate = interrupt::gate();
        let mut folders = Vec::new();
        if self.existed {
            // What could make the swap half a success is refused before it (and
            // before a mounted filesystem inside would be copied).
            check_removable(&self.out)?;
            // Carry over what is not ours to replace: other people's files.
            folders.push((self.staging.clone(), self.out.clone()));
            carry_over(&self.out, &self.staging, &stale, planned, &mut folders).with_context(
                || format!("preparing the new output beside {}", self.out.display()),
            )?;
        }
        let ledger_path = self.staging.join(LEDGER);
        std::fs::write(&ledger_path, ledger)
            .with_context(|| format!("writing {}", ledger_path.display()))?;
        if let Some(cache) = cache {
            let cache_path = self.staging.join(CACHE);
            std::fs::write(&cache_path, cache)
                .with_context(|| format!("writing {}", cache_path.display()))?;
        }
        // Folders carried over keep their modes and owners; deepest first, so a
        // read-only folder is not made so before its contents are in.
        for (staged, old) in folders.iter().rev() {
            keep_folder_meta(old, staged)
                .with_context(|| format!("copying the mode of {}", old.display()))?;
        }
        if self.existed {
            #[cfg(test)]
            if let Some(hook) = self.before_swap.lock().expect("no panics").take() {
                hook();
            }
            let old = swap(&self.staging, &self.out, &self.aside)?;
            self.lock().done = true;
            drop(gate);
            interrupt::unregister(&self.staging);
            if let Err(err) = rescue(&old, &self.out, &stale, planned) {
                report.warnings.push(format!(
                    "files added to {} during the build may be left in {}: {err}",
                    self.out.display(),
                    old.display()
                ));
            } else if let Err(err) = remove_tree(&old) {
                // The new tree is whole and in place: the build succeeded.
                report.warnings.push(format!(
                    "the new output is in place, but the old one could not be removed completely from {} ({err}); the next build into {} removes it",
                    old.display(),
                    self.out.display()
                ));
            }
        } else {
            std::fs::rename(&self.staging, &self.out)
                .with_context(|| format!("moving the new output to {}", self.out.display()))?;
            self.lock().done = true;
            drop(gate);
            interrupt::unregister(&self.staging);
        }
        Ok(report)
    }
}

impl Drop for Writer {
    /// A build that failed or was abandoned leaves the output as it was, and no
    /// staging folder behind.
    fn drop(&mut self) {
        let state = self.lock();
        if state.made && !state.done {
            drop(state);
            let _ = std::fs::remove_dir_all(&self.staging);
            interrupt::unregister(&self.staging);
        }
    }
}

/// Run `op`, which creates `path`; if the folder it goes in is missing, make it first.
fn with_parent(path: &Path, op: impl Fn() -> std::io::Result<()>) -> std::io::Result<()> {
    match op() {
        Err(err) if err.kind() == ErrorKind::NotFound => {
            if let Some(folder) = path.parent() {
                std::fs::create_dir_all(folder)?;
            }
            op()
        }
        other => other,
    }
}

/// What a write did.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct WriteReport {
    /// Files whose content is new or changed.
    pub changed: usize,
    /// Files of an earlier build that this build no longer produces.
    pub removed: usize,
    /// What the user should know although the write succeeded (a repaired
    /// interrupted build, an old tree that could not be removed).
    pub warnings: Vec<String>,
}

fn parent_and_name(out: &Path) -> (PathBuf, String) {
    let parent = match out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
        _ => PathBuf::from("."),
    };
    let name = out
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "out".to_owned());
    (parent, name)
}

fn staging_dir(parent: &Path, name: &str) -> PathBuf {
    parent.join(format!(".{name}.disclose-staging-{}", std::process::id()))
}

/// Staging folders of builds that were killed are ours to remove: called only while
/// holding the output folder's lock, which every live build holds.
fn remove_leftover_staging(parent: &Path, name: &str) {
    let prefix = format!(".{name}.disclose-staging-");
    let Ok(entries) = std::fs::read_dir(parent) else {
        return;
    };
    for entry in entries.flatten() {
        if entry.file_name().to_string_lossy().starts_with(&prefix) {
            let _ = std::fs::remove_dir_all(entry.path());
        }
    }
}
