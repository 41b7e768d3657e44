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

use anyhow::{Context as _, Result, bail};
use rayon::prelude::*;
use std::collections::BTreeSet;
use std::io::ErrorKind;
use std::path::{Component, Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};

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

    /// Compare with what is under `out`, writing nothing.
    pub fn compare(out: &Path) -> Self {
        Self::new(Kind::Compare {
            out: out.to_owned(),
            differences: Mutex::default(),
        })
    }

    fn new(kind: Kind) -> Self {
        Self {
            kind,
            paths: Mutex::default(),
            bytes: AtomicU64::new(0),
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
            Kind::Compare { out, differences } => {
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
            Kind::Compare { out, differences } => {
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

/// A file of the current output, read only when it has the expected length.
enum Lookup {
    Missing,
    Differs,
    Same(Vec<u8>),
}

fn read_if_len(path: &Path, len: usize) -> Lookup {
    match std::fs::metadata(path) {
        Err(_) => Lookup::Missing,
        Ok(m) if !m.is_file() => Lookup::Missing,
        Ok(m) if m.len() != len as u64 => Lookup::Differs,
        Ok(_) => match std::fs::read(path) {
            Ok(bytes) => Lookup::Same(bytes),
            Err(_) => Lookup::Missing,
        },
    }
}

/// What a build does when another build is writing the same output folder.
#[derive(Clone, Copy)]
pub enum IfBusy<'a> {
    /// Wait until it is done; the function is called once, before waiting.
    Wait(&'a dyn Fn()),
    /// Give up with an error.
    Fail,
}

/// Writes a build into a staging folder beside the output.
struct Writer {
    /// The output folder; where `--out` is a symbolic link, the folder it points to.
    out: PathBuf,
    /// The exclusive lock on the output folder, held until the writer is dropped.
    _lock: std::fs::File,
    /// Whether the output folder existed when the build began.
    existed: bool,
    staging: PathBuf,
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
    fn begin(given: &Path, if_busy: IfBusy) -> Result<Self> {
        let out = resolve_out(given)?;
        let (parent, name) = parent_and_name(&out);
        std::fs::create_dir_all(&parent)
            .with_context(|| format!("creating {}", parent.display()))?;
        let lock = lock_out(&parent, &name, given, if_busy)?;
        // Every build into this folder holds the lock: staging folders found now
        // belong to builds that are gone.
        remove_leftover_staging(&parent, &name);
        let writer = Self {
            existed: out.exists(),
            out,
            _lock: lock,
            staging: staging_dir(&parent, &name),
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
        std::fs::create_dir_all(&self.staging)
            .with_context(|| format!("creating {}", self.staging.display()))?;
        state.made = true;
        let pending = std::mem::take(&mut state.pending);
        pending
            .par_iter()
            .try_for_each(|relative| self.link(relative))?;
        Ok(())
    }

    /// Write one file of the build.
    fn put(&self, relative: &Path, bytes: &[u8]) -> Result<()> {
        if self.existed
            && let Lookup::Same(old) = read_if_len(&self.out.join(relative), bytes.len())
            && old == bytes
        {
            return self.keep(relative);
        }
        self.changed.fetch_add(1, Ordering::Relaxed);
        self.make_staging()?;
        let path = self.staging.join(relative);
        with_parent(&path, || std::fs::write(&path, bytes))
            .with_context(|| format!("writing {}", path.display()))
    }

    /// Carry a file of the current output into the new tree, now or when the staging
    /// folder is made.
    fn keep(&self, relative: &Path) -> Result<()> {
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
        with_parent(&to, || {
            std::fs::hard_link(&from, &to).or_else(|err| match err.kind() {
                ErrorKind::NotFound => Err(err),
                _ => std::fs::copy(&from, &to).map(|_| ()),
            })
        })
        .with_context(|| format!("carrying {} over", from.display()))
    }

    fn finish(self, planned: &BTreeSet<PathBuf>, cache: Option<Vec<u8>>) -> Result<WriteReport> {
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
        let report = WriteReport {
            changed: self.changed.load(Ordering::Relaxed),
            removed: stale.len(),
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
        if self.existed {
            // Carry over what is not ours to replace: other people's files.
            carry_over(&self.out, &self.out, &self.staging, &stale, planned).with_context(
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
        if self.existed {
            swap(&self.staging, &self.out)?;
            self.lock().done = true;
            // `staging` now holds the old tree.
            remove_tree(&self.staging)
                .with_context(|| format!("removing the old output {}", self.staging.display()))?;
        } else {
            std::fs::rename(&self.staging, &self.out)
                .with_context(|| format!("moving the new output to {}", self.out.display()))?;
            self.lock().done = true;
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

/// Remove a folder tree, its top-level entries in parallel.
fn remove_tree(dir: &Path) -> std::io::Result<()> {
    let entries: Vec<_> = std::fs::read_dir(dir)?.collect::<std::io::Result<_>>()?;
    entries.par_iter().try_for_each(|entry| {
        if entry.file_type()?.is_dir() {
            std::fs::remove_dir_all(entry.path())
        } else {
            std::fs::remove_file(entry.path())
        }
    })?;
    std::fs::remove_dir(dir)
}

/// Top-level names the build writes under (a policy folder, `schema`, `index.html`):
/// earlier files of disclose's under them that the build lacks are stale.
fn roots(planned: &BTreeSet<PathBuf>) -> BTreeSet<&std::ffi::OsStr> {
    planned
        .iter()
        .filter_map(|p| p.components().next())
        .map(|c| c.as_os_str())
        .collect()
}

/// The ledger of a build: what it wrote, plus what earlier builds wrote outside its
/// roots (other catalogues built separately) and is still there.
fn ledger(planned: &BTreeSet<PathBuf>, kept: &BTreeSet<PathBuf>) -> Vec<u8> {
    let mut paths: BTreeSet<&Path> = planned.iter().map(PathBuf::as_path).collect();
    paths.extend(kept.iter().map(PathBuf::as_path));
    let mut text = String::new();
    for path in paths {
        text.push_str(&to_slash(path));
        text.push('\n');
    }
    text.into_bytes()
}

/// Files of earlier builds under the build's roots that it no longer writes.
fn stale_files(out: &Path, planned: &BTreeSet<PathBuf>) -> BTreeSet<PathBuf> {
    let roots = roots(planned);
    previous_files(out)
        .into_iter()
        .filter(|p| {
            !planned.contains(p)
                && p.components()
                    .next()
                    .is_some_and(|c| roots.contains(c.as_os_str()))
                && out.join(p).is_file()
        })
        .collect()
}

/// Files of earlier builds outside the build's roots, still present: kept as they are.
fn kept_files(out: &Path, planned: &BTreeSet<PathBuf>) -> BTreeSet<PathBuf> {
    let roots = roots(planned);
    previous_files(out)
        .into_iter()
        .filter(|p| {
            p.components()
                .next()
                .is_some_and(|c| !roots.contains(c.as_os_str()))
                && out.join(p).is_file()
        })
        .collect()
}

fn to_slash(path: &Path) -> String {
    path.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

/// Paths disclose wrote in an earlier build, from the ledger; empty when none.
fn previous_files(out: &Path) -> BTreeSet<PathBuf> {
    std::fs::read_to_string(out.join(LEDGER))
        .unwrap_or_default()
        .lines()
        .map(PathBuf::from)
        .filter(|p| is_safe_relative(p))
        .collect()
}

/// A relative path that stays inside the folder it is joined to.
fn is_safe_relative(path: &Path) -> bool {
    !path.as_os_str().is_empty() && path.components().all(|c| matches!(c, Component::Normal(_)))
}

/// What a write did.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct WriteReport {
    /// Files whose content is new or changed.
    pub changed: usize,
    /// Files of an earlier build that this build no longer produces.
    pub removed: usize,
}

/// Refuse output folders that would put the catalogues at risk: the output may not be
/// a catalogue folder, hold a catalogue, or lie inside a catalogue folder.
pub fn check_out_dir(out: &Path, catalogues: &[PathBuf]) -> Result<()> {
    let out_abs = absolute(out);
    for catalogue in catalogues {
        let cat_abs = absolute(catalogue);
        if cat_abs.starts_with(&out_abs) {
            bail!(
                "refusing to write to {}: it holds the catalogue {}; choose an output folder of its own, such as out/",
                out.display(),
                catalogue.display()
            );
        }
        if catalogue.is_dir() && out_abs.starts_with(&cat_abs) {
            bail!(
                "refusing to write to {}: it is inside the catalogue folder {}",
                out.display(),
                catalogue.display()
            );
        }
    }
    Ok(())
}

/// An absolute, normalised form of a path that may not exist yet.
fn absolute(path: &Path) -> PathBuf {
    if let Ok(canonical) = path.canonicalize() {
        return canonical;
    }
    let base = std::env::current_dir().unwrap_or_default();
    let joined = base.join(path);
    // Canonicalise the longest existing ancestor, then append the rest.
    let mut existing = joined.as_path();
    let mut rest = Vec::new();
    while !existing.exists() {
        match (existing.parent(), existing.file_name()) {
            (Some(parent), Some(name)) => {
                rest.push(name.to_owned());
                existing = parent;
            }
            _ => break,
        }
    }
    let mut result = existing
        .canonicalize()
        .unwrap_or_else(|_| existing.to_owned());
    for name in rest.iter().rev() {
        result.push(name);
    }
    result
}

/// Write the plan so that `out` holds exactly the new tree plus what others put there.
pub fn write(out: &Path, plan: &WritePlan) -> Result<WriteReport> {
    let output = Output::write(out, IfBusy::Wait(&|| {}))?;
    output.add_files(plan.files())?;
    Ok(output.finish(None)?.report)
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

/// The output folder to write: `out` itself, or the folder a symbolic link at `out`
/// points to (the link stays as it is and shows the new tree). Refuses a dangling link
/// and anything that is not a folder.
fn resolve_out(out: &Path) -> Result<PathBuf> {
    let meta = match std::fs::symlink_metadata(out) {
        Err(err) if err.kind() == ErrorKind::NotFound => return Ok(absolute(out)),
        Err(err) => bail!("reading {}: {err}", out.display()),
        Ok(meta) => meta,
    };
    if meta.is_dir() {
        return Ok(absolute(out));
    }
    if meta.file_type().is_symlink() {
        let target = out.canonicalize().with_context(|| {
            format!(
                "{} is a symbolic link to a folder that does not exist; create the folder or remove the link",
                out.display()
            )
        })?;
        if !target.is_dir() {
            bail!(
                "refusing to write to {}: it is a symbolic link to {}, which is not a folder",
                out.display(),
                target.display()
            );
        }
        return Ok(target);
    }
    bail!(
        "refusing to write to {}: it is a file, not a folder",
        out.display()
    )
}

/// The lock file beside the output folder: every build into `out` holds an exclusive
/// lock on it (flock) from before it reads the output until the new tree is in place,
/// so two builds never interleave. The file is never removed (removing a lock file
/// lets a third process lock a new one while the second holds the old).
fn lock_out(parent: &Path, name: &str, out: &Path, if_busy: IfBusy) -> Result<std::fs::File> {
    let path = parent.join(format!(".{name}.disclose-lock"));
    let file = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .with_context(|| format!("opening the lock file {}", path.display()))?;
    match file.try_lock() {
        Ok(()) => return Ok(file),
        Err(std::fs::TryLockError::WouldBlock) => {}
        Err(std::fs::TryLockError::Error(err)) => {
            bail!("locking {}: {err}", path.display())
        }
    }
    match if_busy {
        IfBusy::Fail => bail!(
            "another build is writing to {}; try again when it is done",
            out.display()
        ),
        IfBusy::Wait(announce) => {
            announce();
            file.lock()
                .with_context(|| format!("locking {}", path.display()))?;
            Ok(file)
        }
    }
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

/// Hard-link every file of `dir` into `staging`, except disclose's own: the ledger,
/// the cache, files it wrote before that the build does not keep (stale) and files the
/// build writes (already there).
fn carry_over(
    root: &Path,
    dir: &Path,
    staging: &Path,
    stale: &BTreeSet<PathBuf>,
    planned: &BTreeSet<PathBuf>,
) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let path = entry.path();
        let relative = path.strip_prefix(root).unwrap_or(&path).to_owned();
        let target = staging.join(&relative);
        let kind = entry.file_type()?;
        if kind.is_dir() {
            std::fs::create_dir_all(&target)?;
            carry_over(root, &path, staging, stale, planned)?;
        } else if relative == Path::new(LEDGER)
            || relative == Path::new(CACHE)
            || planned.contains(&relative)
            || stale.contains(&relative)
        {
            // Written anew, or stale: not carried over.
        } else if std::fs::hard_link(&path, &target).is_err() {
            std::fs::copy(&path, &target)?;
        }
    }
    Ok(())
}

/// Exchange two folders in one step where the system can; otherwise with two renames
/// (a crash between them leaves the old tree beside the output, under the staging name).
fn swap(new: &Path, out: &Path) -> Result<()> {
    #[cfg(target_os = "linux")]
    {
        use rustix::fs::{CWD, RenameFlags, renameat_with};
        match renameat_with(CWD, new, CWD, out, RenameFlags::EXCHANGE) {
            Ok(()) => return Ok(()),
            // Filesystems without RENAME_EXCHANGE fall through to the portable way.
            Err(err) if err == rustix::io::Errno::INVAL || err == rustix::io::Errno::NOSYS => {}
            Err(err) => bail!("swapping {} into place: {err}", out.display()),
        }
    }
    let aside = new.with_extension("old");
    std::fs::rename(out, &aside).with_context(|| format!("moving {} aside", out.display()))?;
    std::fs::rename(new, out)
        .with_context(|| format!("moving the new output to {}", out.display()))?;
    std::fs::rename(&aside, new)
        .with_context(|| format!("moving {} back for removal", aside.display()))?;
    Ok(())
}

/// How the output folder differs from the plan.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Difference {
    Missing(PathBuf),
    Changed(PathBuf),
    /// A file an earlier build wrote that this build would remove.
    Stale(PathBuf),
}

impl std::fmt::Display for Difference {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Missing(p) => write!(f, "missing: {}", to_slash(p)),
            Self::Changed(p) => write!(f, "changed: {}", to_slash(p)),
            Self::Stale(p) => write!(f, "stale:   {}", to_slash(p)),
        }
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    fn plan(files: &[(&str, &str)]) -> WritePlan {
        let mut plan = WritePlan::default();
        for (path, text) in files {
            plan.add(PathBuf::from(path), text.as_bytes().to_vec());
        }
        plan
    }

    /// What is in `dir` beside the output, other than its lock file.
    fn beside(dir: &Path) -> Vec<std::ffi::OsString> {
        std::fs::read_dir(dir)
            .unwrap()
            .flatten()
            .map(|e| e.file_name())
            .filter(|n| n != ".out.disclose-lock")
            .collect()
    }

    #[test]
    fn write_then_compare_finds_nothing_then_finds_edits() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("out");
        let first = plan(&[("p/en/a.html", "<p>a</p>"), ("p/manifest.json", "{}")]);
        assert_eq!(write(&out, &first).unwrap().changed, 2);
        assert!(compare(&out, &first).is_empty());
        assert_eq!(
            write(&out, &first).unwrap(),
            WriteReport::default(),
            "nothing to do"
        );

        std::fs::write(out.join("p/en/a.html"), "edited").unwrap();
        std::fs::remove_file(out.join("p/manifest.json")).unwrap();
        assert_eq!(
            compare(&out, &first),
            vec![
                Difference::Missing("p/manifest.json".into()),
                Difference::Changed("p/en/a.html".into())
            ]
        );
    }

    #[test]
    fn stale_files_of_ours_go_and_other_files_stay() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("out");
        write(&out, &plan(&[("p/en/a.html", "a"), ("p/nl/a.html", "nl")])).unwrap();
        std::fs::write(out.join("p/en/notes.txt"), "mine").unwrap();
        std::fs::write(out.join("robots.txt"), "mine too").unwrap();

        let second = plan(&[("p/en/a.html", "a2")]);
        assert_eq!(
            compare(&out, &second),
            vec![
                Difference::Changed("p/en/a.html".into()),
                Difference::Stale("p/nl/a.html".into())
            ]
        );
        let report = write(&out, &second).unwrap();
        assert_eq!(
            report,
            WriteReport {
                changed: 1,
                removed: 1
            }
        );
        assert_eq!(
            std::fs::read_to_string(out.join("p/en/a.html")).unwrap(),
            "a2"
        );
        assert!(
            !out.join("p/nl/a.html").exists(),
            "our stale file is removed"
        );
        assert_eq!(
            std::fs::read_to_string(out.join("p/en/notes.txt")).unwrap(),
            "mine"
        );
        assert_eq!(
            std::fs::read_to_string(out.join("robots.txt")).unwrap(),
            "mine too"
        );
        let leftovers = beside(dir.path());
        assert_eq!(
            leftovers,
            vec![std::ffi::OsString::from("out")],
            "no staging folder left behind"
        );
    }

    #[test]
    fn building_one_policy_keeps_the_others() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("out");
        write(&out, &plan(&[("a/en/p.html", "a"), ("b/en/p.html", "b")])).unwrap();
        let only_a = plan(&[("a/en/p.html", "a2")]);
        assert_eq!(
            compare(&out, &only_a),
            vec![Difference::Changed("a/en/p.html".into())]
        );
        assert_eq!(
            write(&out, &only_a).unwrap(),
            WriteReport {
                changed: 1,
                removed: 0
            }
        );
        assert_eq!(
            std::fs::read_to_string(out.join("b/en/p.html")).unwrap(),
            "b"
        );
        // b is still disclose's: a later full build that drops it removes it.
        let report = write(&out, &plan(&[("a/en/p.html", "a2"), ("c/en/p.html", "c")])).unwrap();
        assert_eq!(
            report,
            WriteReport {
                changed: 1,
                removed: 0
            },
            "b is outside this build's roots"
        );
        let ledger = std::fs::read_to_string(out.join(LEDGER)).unwrap();
        assert_eq!(ledger, "a/en/p.html\nb/en/p.html\nc/en/p.html\n");
    }

    #[test]
    fn a_failed_write_leaves_the_output_and_no_staging_folder() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("out");
        write(&out, &plan(&[("p/a.html", "a")])).unwrap();
        let before = std::fs::read_dir(&out).unwrap().count();
        // A file where the plan needs a folder makes the staged write fail midway.
        let broken = plan(&[("p/b.html", "b"), ("p/b.html/c.html", "c")]);
        assert!(write(&out, &broken).is_err());
        assert_eq!(std::fs::read_to_string(out.join("p/a.html")).unwrap(), "a");
        assert_eq!(std::fs::read_dir(&out).unwrap().count(), before);
        assert_eq!(beside(dir.path()), vec![std::ffi::OsString::from("out")]);
    }

    #[test]
    fn paths_outside_the_output_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let bad = plan(&[("../escape.html", "x")]);
        assert!(write(&dir.path().join("out"), &bad).is_err());
        assert!(!dir.path().join("escape.html").exists());
    }

    #[test]
    fn output_may_not_hold_or_sit_in_a_catalogue() {
        let dir = tempfile::tempdir().unwrap();
        let policies = dir.path().join("policies");
        std::fs::create_dir_all(policies.join("shop")).unwrap();
        std::fs::write(policies.join("a.toml"), "").unwrap();
        let catalogues = vec![policies.join("a.toml"), policies.join("shop")];
        assert!(check_out_dir(&dir.path().join("out"), &catalogues).is_ok());
        assert!(
            check_out_dir(dir.path(), &catalogues).is_err(),
            "a parent of the catalogues"
        );
        assert!(
            check_out_dir(&policies, &catalogues).is_err(),
            "the catalogue folder itself"
        );
        assert!(
            check_out_dir(&policies.join("shop/out"), &catalogues).is_err(),
            "inside a catalogue folder"
        );
    }
}
