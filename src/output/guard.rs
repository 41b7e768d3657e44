//! Guards around the output folder: which folders may be written to, the link an
//! output folder may be, and the lock that keeps two builds apart.

use super::LEDGER;
use super::swap::aside_dir;
use anyhow::{Context as _, Result, bail};
use std::io::ErrorKind;
use std::path::{Path, PathBuf};

/// Refuse output folders that would put the catalogues at risk: the output may not be
/// a catalogue folder, hold a catalogue, or lie inside a catalogue folder.
///
/// Nor may it be a folder whose emptying would be a disaster: the root folder, the
/// home folder, a git work tree (a folder holding `.git`) or a git folder (`.git` or
/// anything inside one).
pub fn check_out_dir(out: &Path, catalogues: &[PathBuf]) -> Result<()> {
    let out_abs = absolute(out);
    let home = std::env::var_os("HOME")
        .filter(|h| !h.is_empty())
        .map(|h| absolute(Path::new(&h)));
    let what = if out_abs.parent().is_none() {
        Some("the root folder")
    } else if home.as_deref() == Some(out_abs.as_path()) {
        Some("your home folder")
    } else if out_abs.components().any(|c| c.as_os_str() == ".git") {
        Some("a git folder")
    } else if std::fs::symlink_metadata(out_abs.join(".git")).is_ok() {
        Some("the top of a git work tree")
    } else {
        None
    };
    if let Some(what) = what {
        bail!(
            "refusing to write to {}: it is {what}, and disclose replaces the whole output folder; choose a folder of its own for the output, such as out/ (it may be inside this one)",
            out.display()
        );
    }
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

/// Refuse an existing output folder that holds anything while it has no ledger: a
/// build replaces the whole folder, and the files there are not disclose's (a folder
/// like /tmp, a docroot with other pages). Empty folders and earlier outputs are fine.
pub(super) fn refuse_foreign(out: &Path, shown: &Path) -> Result<()> {
    if std::fs::symlink_metadata(out.join(LEDGER)).is_ok() {
        return Ok(());
    }
    let mut names: Vec<String> = std::fs::read_dir(out)
        .with_context(|| format!("reading {}", out.display()))?
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    if names.is_empty() {
        return Ok(());
    }
    names.sort();
    let count = names.len();
    names.truncate(5);
    let more = if count > names.len() { ", …" } else { "" };
    bail!(
        "refusing to write to {}: it holds {count} file(s) or folder(s) disclose did not write ({}{more}) and no {LEDGER} ledger of an earlier build, and a build replaces the whole folder; choose an empty or new folder for the output, or move those files away",
        shown.display(),
        names.join(", ")
    )
}

/// Where writing `relative` into `out` would overwrite something disclose did not
/// write (the caller knows `relative` is not in the ledger): the file or folder there,
/// or a file or link where the path needs a folder.
pub(super) fn foreign_at(out: &Path, relative: &Path) -> Option<PathBuf> {
    let mut prefix = PathBuf::new();
    let mut parts = relative.components().peekable();
    while let Some(part) = parts.next() {
        prefix.push(part);
        match std::fs::symlink_metadata(out.join(&prefix)) {
            Err(_) => return None,
            Ok(_) if parts.peek().is_none() => return Some(prefix),
            Ok(meta) if !meta.is_dir() => return Some(prefix),
            Ok(_) => {}
        }
    }
    None
}

/// An absolute, normalised form of a path that may not exist yet.
pub(super) fn absolute(path: &Path) -> PathBuf {
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

/// The output folder to write: `out` itself, or the folder a symbolic link at `out`
/// points to (the link stays as it is and shows the new tree). Refuses a dangling link
/// and anything that is not a folder.
pub(super) fn resolve_out(out: &Path) -> Result<PathBuf> {
    let meta = match std::fs::symlink_metadata(out) {
        Err(err) if err.kind() == ErrorKind::NotFound => return Ok(absolute(out)),
        Err(err) => bail!("reading {}: {err}", out.display()),
        Ok(meta) => meta,
    };
    if meta.is_dir() {
        return Ok(absolute(out));
    }
    if meta.file_type().is_symlink() {
        if let Some(target) = interrupted_target(out) {
            return Ok(target);
        }
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

/// The folder a dangling link at `out` points to, when a build into it was interrupted
/// between the two renames of the fallback swap: the old tree waits beside it, to be
/// put back ([`super::swap::repair`]).
fn interrupted_target(out: &Path) -> Option<PathBuf> {
    let link = std::fs::read_link(out).ok()?;
    let target = absolute(&out.parent().unwrap_or(Path::new(".")).join(link));
    let (parent, name) = (target.parent()?, target.file_name()?.to_str()?);
    let waiting = aside_dir(parent, name);
    (!target.exists() && waiting.is_dir()).then_some(target)
}

/// What a build does when another build is writing the same output folder.
#[derive(Clone, Copy)]
pub enum IfBusy<'a> {
    /// Wait until it is done; the function is called once, before waiting.
    Wait(&'a dyn Fn()),
    /// Give up with an error.
    Fail,
}

/// The lock file beside the output folder: every build into `out` holds an exclusive
/// lock on it (flock) from before it reads the output until the new tree is in place,
/// so two builds never interleave. The file is never removed (removing a lock file
/// lets a third process lock a new one while the second holds the old).
pub(super) fn lock_out(
    parent: &Path,
    name: &str,
    out: &Path,
    if_busy: IfBusy,
) -> Result<std::fs::File> {
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

/// For `build --check`: a shared lock on the output folder's lock file, so a check
/// never reads a tree while a build swaps it (writing builds hold it exclusively;
/// checks do not keep each other out). `None` where there is no lock file and none
/// can be made: then no build can write there either (it would make its staging
/// folder in the same place). Refuses to compare a folder an interrupted build left
/// aside (the next build puts it back).
pub(super) fn lock_shared(given: &Path, if_busy: IfBusy) -> Result<Option<std::fs::File>> {
    let out = resolve_out(given).unwrap_or_else(|_| absolute(given));
    let (Some(parent), Some(name)) = (out.parent(), out.file_name()) else {
        return Ok(None);
    };
    let name = name.to_string_lossy();
    let path = parent.join(format!(".{name}.disclose-lock"));
    let opened = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .or_else(|_| std::fs::File::open(&path));
    let Ok(file) = opened else {
        return Ok(None);
    };
    match file.try_lock_shared() {
        Ok(()) => {}
        Err(std::fs::TryLockError::WouldBlock) => match if_busy {
            IfBusy::Fail => bail!(
                "another build is writing to {}; try again when it is done",
                given.display()
            ),
            IfBusy::Wait(announce) => {
                announce();
                file.lock_shared()
                    .with_context(|| format!("locking {}", path.display()))?;
            }
        },
        Err(std::fs::TryLockError::Error(err)) => bail!("locking {}: {err}", path.display()),
    }
    if !out.exists() && aside_dir(parent, &name).is_dir() {
        bail!(
            "a build into {} was interrupted while swapping its output in; the next `disclose build` puts the output back, then check again",
            given.display()
        );
    }
    Ok(Some(file))
}
