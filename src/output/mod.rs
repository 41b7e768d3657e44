//! Output: the files of a build, written atomically as they are made, or compared.
//!
//! Writing builds the complete new output tree in a staging folder beside the output
//! and then swaps it in with one rename, so the output folder is always either the
//! complete old tree or the complete new one, whatever happens to the process.
//! Catalogues are written into the staging folder as each one is rendered, so a build
//! holds one catalogue's files in memory at a time, not the whole site. Files that come
//! out the same as in the current output, files a build reuses unrendered (see
//! [`crate::cache`]) and files disclose does not own are carried over as hard links.
//! When nothing changed at all, the staging folder is never made and the output is
//! left as it is. A ledger (`.disclose-files`) records what disclose wrote, so a later
//! build removes its own stale files and never anyone else's.

mod carry;
mod compare;
mod guard;
mod interrupt;
mod ledger;
mod staging;
mod swap;
#[cfg(test)]
mod tests;

pub use compare::Difference;
pub use guard::{IfBusy, check_out_dir};
pub use interrupt::abandon;
pub use staging::WriteReport;

use anyhow::{Result, bail};
use compare::{Lookup, read_if_len};
use ledger::{is_safe_relative, stale_files};
use staging::Writer;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};

/// The list of files disclose wrote into an output folder, one relative path per line.
pub const LEDGER: &str = ".disclose-files";

/// The build cache in the output folder ([`crate::cache`]): disclose's own, written
/// with the tree, never listed in the ledger, compared by `--check` or carried over.
pub const CACHE: &str = ".disclose-cache";

/// The files of a build (or of one catalogue), by path relative to the output folder.
#[derive(Debug, Default)]
pub struct WritePlan {
    files: Vec<(PathBuf, Vec<u8>)>,
}

impl WritePlan {
    pub fn add(&mut self, path: PathBuf, bytes: Vec<u8>) {
        self.files.push((path, bytes));
    }

    /// Append another plan's files, in their order.
    pub fn extend(&mut self, other: WritePlan) {
        self.files.extend(other.files);
    }

    pub fn files(&self) -> &[(PathBuf, Vec<u8>)] {
        &self.files
    }

    pub fn len(&self) -> usize {
        self.files.len()
    }

    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    pub fn total_bytes(&self) -> usize {
        self.files.iter().map(|(_, b)| b.len()).sum()
    }
}

/// Where the files of a build go as each catalogue completes: kept in memory, written
/// into a staging folder and swapped in, or compared with an output folder.
///
/// Files may be added from several threads at once, in any order: what ends up in
/// the output does not depend on it.
pub struct Output {
    kind: Kind,
    /// Every path added or reused so far.
    paths: Mutex<BTreeSet<PathBuf>>,
    bytes: AtomicU64,
}

enum Kind {
    Collect(Mutex<Vec<(usize, WritePlan)>>),
    Write(Writer),
    Compare {
        out: PathBuf,
        differences: Mutex<Vec<Difference>>,
        /// A shared lock on the output folder, held until the comparison is done.
        _lock: Option<std::fs::File>,
    },
}

/// What a finished output did.
#[derive(Debug, Default)]
pub struct Finished {
    /// Files in the build (added or reused) and their total size.
    pub files: usize,
    pub bytes: u64,
    /// What writing changed (written outputs).
    pub report: WriteReport,
    /// How the output folder differs (compared outputs), sorted.
    pub differences: Vec<Difference>,
    /// Every file, in the order of the `order` they were added with (collected outputs).
    pub plan: Option<WritePlan>,
}

impl Output {
    /// Keep every file in memory; [`Output::finish`] returns them as one plan.
    pub fn collect() -> Self {
        Self::new(Kind::Collect(Mutex::default()))
    }

    /// Write into a new tree beside `out`, swapped in by [`Output::finish`]. Call
    /// [`check_out_dir`] first. The output folder is locked against other builds
    /// until the output is finished or dropped; `if_busy` says what to do while
    /// another build holds it.
    pub fn write(out: &Path, if_busy: IfBusy) -> Result<Self> {
        Ok(Self::new(Kind::Write(Writer::begin(out, if_busy)?)))
    }

    /// Compare with what is under `out`, writing nothing, without locking it (see
    /// [`Output::check`]).
    pub fn compare(out: &Path) -> Self {
        Self::new(Kind::Compare {
            out: out.to_owned(),
            differences: Mutex::default(),
            _lock: None,
        })
    }

    /// Compare with what is under `out` as `build --check` does: holding a shared lock
    /// on the output folder, so that no build swaps a new tree in while it is read.
    /// `if_busy` says what to do while a build writes it.
    pub fn check(out: &Path, if_busy: IfBusy) -> Result<Self> {
        Ok(Self::new(Kind::Compare {
            out: out.to_owned(),
            differences: Mutex::default(),
            _lock: guard::lock_shared(out, if_busy)?,
        }))
    }

    fn new(kind: Kind) -> Self {
        Self {
            kind,
            paths: Mutex::default(),
            bytes: AtomicU64::new(0),
        }
    }

    /// Tests: run `hook` after the carry-over, just before the swap.
    #[cfg(test)]
    fn before_swap(&self, hook: impl FnOnce() + Send + 'static) {
        if let Kind::Write(writer) = &self.kind {
            *writer.before_swap.lock().expect("no panics") = Some(Box::new(hook));
        }
    }

    /// Whether this output writes (rather than collects or compares).
    pub fn writes(&self) -> bool {
        matches!(&self.kind, Kind::Write(_))
    }

    /// Whether [`Output::reuse`] can be used: files of the current output can be
    /// carried over into the new one.
    pub fn can_reuse(&self) -> bool {
        matches!(&self.kind, Kind::Write(w) if w.existed)
    }

    /// The output folder written to or compared with; `None` when collecting.
    pub fn out_dir(&self) -> Option<&Path> {
        match &self.kind {
            Kind::Collect(_) => None,
            Kind::Write(w) => Some(&w.out),
            Kind::Compare { out, .. } => Some(out),
        }
    }

    /// Add the files of `plan`. `order` places them in a collected plan (catalogue
    /// order); written and compared outputs do not depend on it.
    pub fn add(&self, order: usize, plan: WritePlan) -> Result<()> {
        match &self.kind {
            Kind::Collect(plans) => {
                self.add_files(plan.files())?;
                plans
                    .lock()
                    .expect("no panics while holding the lock")
                    .push((order, plan));
                Ok(())
            }
            _ => self.add_files(plan.files()),
        }
    }

    fn add_files(&self, files: &[(PathBuf, Vec<u8>)]) -> Result<()> {
        for (path, bytes) in files {
            if !is_safe_relative(path) {
                bail!(
                    "refusing to write outside the output folder: {}",
                    path.display()
                );
            }
            self.record(path, bytes.len() as u64);
        }
        match &self.kind {
            Kind::Collect(_) => {}
            Kind::Write(writer) => {
                for (path, bytes) in files {
                    writer.put(path, bytes)?;
                }
            }
            Kind::Compare {
                out, differences, ..
            } => {
                let found: Vec<Difference> = files
                    .iter()
                    .filter_map(|(relative, bytes)| {
                        match read_if_len(&out.join(relative), bytes.len()) {
                            Lookup::Missing => Some(Difference::Missing(relative.clone())),
                            Lookup::Differs => Some(Difference::Changed(relative.clone())),
                            Lookup::Same(old) if old != *bytes => {
                                Some(Difference::Changed(relative.clone()))
                            }
                            Lookup::Same(_) => None,
                        }
                    })
                    .collect();
                differences
                    .lock()
                    .expect("no panics while holding the lock")
                    .extend(found);
            }
        }
        Ok(())
    }

    /// Carry a file of the current output over unchanged (a catalogue the cache says
    /// is unchanged); `size` is its length. Only for outputs that [`Output::can_reuse`].
    pub fn reuse(&self, path: &Path, size: u64) -> Result<()> {
        if !is_safe_relative(path) {
            bail!(
                "refusing to write outside the output folder: {}",
                path.display()
            );
        }
        let Kind::Write(writer) = &self.kind else {
            bail!("only a written output can reuse files");
        };
        self.record(path, size);
        writer.keep(path)
    }

    fn record(&self, path: &Path, size: u64) {
        self.paths
            .lock()
            .expect("no panics while holding the lock")
            .insert(path.to_owned());
        self.bytes.fetch_add(size, Ordering::Relaxed);
    }

    /// Files added or reused so far.
    pub fn files(&self) -> usize {
        self.paths.lock().map(|p| p.len()).unwrap_or_default()
    }

    /// Complete the output: for a written one, carry over what is not disclose's,
    /// write the ledger and `cache` (the cache file's bytes, if any) and swap the new
    /// tree in; for a compared one, add the stale files to the differences.
    pub fn finish(self, cache: Option<Vec<u8>>) -> Result<Finished> {
        let planned = self.paths.into_inner().unwrap_or_default();
        let mut finished = Finished {
            files: planned.len(),
            bytes: self.bytes.into_inner(),
            ..Finished::default()
        };
        match self.kind {
            Kind::Collect(plans) => {
                let mut plans = plans.into_inner().unwrap_or_default();
                plans.sort_by_key(|(order, _)| *order);
                let mut all = WritePlan::default();
                for (_, plan) in plans {
                    all.extend(plan);
                }
                finished.plan = Some(all);
            }
            Kind::Write(writer) => {
                finished.report = writer.finish(&planned, cache)?;
            }
            Kind::Compare {
                out, differences, ..
            } => {
                let mut differences = differences.into_inner().unwrap_or_default();
                differences.extend(
                    stale_files(&out, &planned)
                        .into_iter()
                        .map(Difference::Stale),
                );
                differences.sort();
                finished.differences = differences;
            }
        }
        Ok(finished)
    }
}

/// Write the plan so that `out` holds exactly the new tree plus what others put there.
pub fn write(out: &Path, plan: &WritePlan) -> Result<WriteReport> {
    let output = Output::write(out, IfBusy::Wait(&|| {}))?;
    output.add_files(plan.files())?;
    Ok(output.finish(None)?.report)
}

/// Compare the plan with what is under `out`, without writing.
pub fn compare(out: &Path, plan: &WritePlan) -> Vec<Difference> {
    let output = Output::compare(out);
    match output
        .add_files(plan.files())
        .and_then(|()| output.finish(None))
    {
        Ok(finished) => finished.differences,
        // Adding to a comparison fails only on paths outside the folder.
        Err(_) => Vec::new(),
    }
}
