//! The ledger (`.disclose-files`): what disclose wrote into an output folder, so a
//! later build removes its own stale files and never anyone else's.

use super::LEDGER;
use std::collections::BTreeSet;
use std::path::{Component, Path, PathBuf};

/// Top-level names the build writes under (a policy folder, `schema`, `index.html`):
/// earlier files of disclose's under them that the build lacks are stale.
pub(super) fn roots(planned: &BTreeSet<PathBuf>) -> BTreeSet<&std::ffi::OsStr> {
    planned
        .iter()
        .filter_map(|p| p.components().next())
        .map(|c| c.as_os_str())
        .collect()
}

/// The ledger of a build: what it wrote, plus what earlier builds wrote outside its
/// roots (other catalogues built separately) and is still there.
pub(super) fn ledger(planned: &BTreeSet<PathBuf>, kept: &BTreeSet<PathBuf>) -> Vec<u8> {
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
pub(super) fn stale_files(out: &Path, planned: &BTreeSet<PathBuf>) -> BTreeSet<PathBuf> {
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
pub(super) fn kept_files(out: &Path, planned: &BTreeSet<PathBuf>) -> BTreeSet<PathBuf> {
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

pub(super) fn to_slash(path: &Path) -> String {
    path.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

/// Paths disclose wrote in an earlier build, from the ledger; empty when none.
pub(super) fn previous_files(out: &Path) -> BTreeSet<PathBuf> {
    std::fs::read_to_string(out.join(LEDGER))
        .unwrap_or_default()
        .lines()
        .map(PathBuf::from)
        .filter(|p| is_safe_relative(p))
        .collect()
}

/// A relative path that stays inside the folder it is joined to.
pub(super) fn is_safe_relative(path: &Path) -> bool {
    !path.as_os_str().is_empty() && path.components().all(|c| matches!(c, Component::Normal(_)))
}
