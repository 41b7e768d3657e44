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
