//! Carrying files over from the current output into the new tree: other people's
//! files, and disclose's own that did not change.

use super::{CACHE, LEDGER};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// Hard-link every file of `out` into `staging`, except disclose's own: the ledger,
/// the cache, files it wrote before that the build does not keep (stale) and files the
/// build writes (already there). Every folder is made in `staging`, and pushed onto
/// `folders` (staged folder, its original) for [`keep_folder_meta`].
pub(super) fn carry_over(
    out: &Path,
    staging: &Path,
    stale: &BTreeSet<PathBuf>,
    planned: &BTreeSet<PathBuf>,
    folders: &mut Vec<(PathBuf, PathBuf)>,
) -> std::io::Result<()> {
    walk(out, out, staging, stale, planned, folders)
}

fn walk(
    root: &Path,
    dir: &Path,
    staging: &Path,
    stale: &BTreeSet<PathBuf>,
    planned: &BTreeSet<PathBuf>,
    folders: &mut Vec<(PathBuf, PathBuf)>,
) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let path = entry.path();
        let relative = path.strip_prefix(root).unwrap_or(&path).to_owned();
        let target = staging.join(&relative);
        let kind = entry.file_type()?;
        if kind.is_dir() {
            std::fs::create_dir_all(&target)?;
            folders.push((target, path.clone()));
            walk(root, &path, staging, stale, planned, folders)?;
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

/// Give a staged folder the mode and, where this user may, the owner and group of the
/// folder it replaces (a new folder would get 0755 and the builder's ids).
pub(super) fn keep_folder_meta(old: &Path, staged: &Path) -> std::io::Result<()> {
    let meta = std::fs::symlink_metadata(old)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        // Only root may give a file away; others keep their own ids.
        let _ = std::os::unix::fs::chown(staged, Some(meta.uid()), Some(meta.gid()));
    }
    std::fs::set_permissions(staged, meta.permissions())
}

/// After the swap: move into the new tree what another process added to (or replaced
/// in) the output while the build ran, after it was carried over. Everything of the
/// old tree that is not disclose's and is not the same file in the new tree (carried
/// files are hard links to it) is moved over; what is left is removed with the old
/// tree.
pub(super) fn rescue(
    old: &Path,
    new: &Path,
    stale: &BTreeSet<PathBuf>,
    planned: &BTreeSet<PathBuf>,
) -> std::io::Result<usize> {
    let mut moved = 0;
    rescue_in(old, old, new, stale, planned, &mut moved)?;
    Ok(moved)
}

fn rescue_in(
    root: &Path,
    dir: &Path,
    new: &Path,
    stale: &BTreeSet<PathBuf>,
    planned: &BTreeSet<PathBuf>,
    moved: &mut usize,
) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let path = entry.path();
        let relative = path.strip_prefix(root).unwrap_or(&path).to_owned();
        if relative == Path::new(LEDGER)
            || relative == Path::new(CACHE)
            || planned.contains(&relative)
            || stale.contains(&relative)
        {
            continue;
        }
        let target = new.join(&relative);
        let there = match std::fs::symlink_metadata(&target) {
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => None,
            Err(err) => return Err(err),
            Ok(meta) => Some(meta),
        };
        let here = entry.metadata()?;
        match there {
            // Added during the build: a file or a whole folder.
            None => {
                std::fs::rename(&path, &target)?;
                *moved += 1;
            }
            Some(there) if here.is_dir() && there.is_dir() => {
                rescue_in(root, &path, new, stale, planned, moved)?;
            }
            // The same file (hard-linked), or a folder where the build put a file.
            Some(there) if same_file(&here, &there) || here.is_dir() || there.is_dir() => {}
            // Replaced during the build, or copied where it could not be linked: the
            // old tree has the current file.
            Some(_) => {
                std::fs::rename(&path, &target)?;
                *moved += 1;
            }
        }
    }
    Ok(())
}

#[cfg(unix)]
fn same_file(a: &std::fs::Metadata, b: &std::fs::Metadata) -> bool {
    use std::os::unix::fs::MetadataExt;
    (a.dev(), a.ino()) == (b.dev(), b.ino())
}

#[cfg(not(unix))]
fn same_file(_a: &std::fs::Metadata, _b: &std::fs::Metadata) -> bool {
    false
}
