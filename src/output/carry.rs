//! Carrying files over from the current output into the new tree: other people's
//! files, and disclose's own that did not change.

use super::{CACHE, LEDGER};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// Hard-link every file of `dir` into `staging`, except disclose's own: the ledger,
/// the cache, files it wrote before that the build does not keep (stale) and files the
/// build writes (already there).
pub(super) fn carry_over(
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
