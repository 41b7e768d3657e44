//! Output: a write plan (relative path → bytes), written atomically or compared.
//!
//! Everything is rendered before anything is written. Writing builds the complete new
//! output tree in a staging folder beside the output — files disclose does not own are
//! carried over as hard links — and then swaps it in with one rename, so the output
//! folder is always either the complete old tree or the complete new one, whatever
//! happens to the process. A ledger (`.disclose-files`) records what disclose wrote, so
//! a later build removes its own stale files and never anyone else's.

use anyhow::{Context as _, Result, bail};
use std::collections::BTreeSet;
use std::path::{Component, Path, PathBuf};

/// The list of files disclose wrote into an output folder, one relative path per line.
pub const LEDGER: &str = ".disclose-files";

/// The files of a build, by path relative to the output folder.
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

    fn paths(&self) -> BTreeSet<&Path> {
        self.files.iter().map(|(p, _)| p.as_path()).collect()
    }

    /// Top-level names the plan writes under (a policy folder, `schema`, `index.html`):
    /// earlier files of disclose's under them that the plan lacks are stale.
    fn roots(&self) -> BTreeSet<&std::ffi::OsStr> {
        self.files
            .iter()
            .filter_map(|(p, _)| p.components().next())
            .map(|c| c.as_os_str())
            .collect()
    }
}

/// The ledger of a build: what it wrote, plus what earlier builds wrote outside its
/// roots (other catalogues built separately) and is still there.
fn ledger(plan: &WritePlan, kept: &BTreeSet<PathBuf>) -> Vec<u8> {
    let mut paths: BTreeSet<&Path> = plan.paths();
    paths.extend(kept.iter().map(PathBuf::as_path));
    let mut text = String::new();
    for path in paths {
        text.push_str(&to_slash(path));
        text.push('\n');
    }
    text.into_bytes()
}

/// Files of earlier builds under the plan's roots that the plan no longer writes.
fn stale_files(out: &Path, plan: &WritePlan) -> BTreeSet<PathBuf> {
    let roots = plan.roots();
    let planned = plan.paths();
    previous_files(out)
        .into_iter()
        .filter(|p| {
            !planned.contains(p.as_path())
                && p.components()
                    .next()
                    .is_some_and(|c| roots.contains(c.as_os_str()))
                && out.join(p).is_file()
        })
        .collect()
}

/// Files of earlier builds outside the plan's roots, still present: kept as they are.
fn kept_files(out: &Path, plan: &WritePlan) -> BTreeSet<PathBuf> {
    let roots = plan.roots();
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
    let result = write_staged(out, plan);
    if result.is_err() {
        // A failed write (disk full, permissions) leaves the output as it was; do not
        // leave the half-built staging folder behind either.
        let (parent, name) = parent_and_name(out);
        let _ = std::fs::remove_dir_all(staging_dir(&parent, &name));
    }
    result
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

fn write_staged(out: &Path, plan: &WritePlan) -> Result<WriteReport> {
    for (path, _) in plan.files() {
        if !is_safe_relative(path) {
            bail!(
                "refusing to write outside the output folder: {}",
                path.display()
            );
        }
    }
    let (parent, name) = parent_and_name(out);
    std::fs::create_dir_all(&parent).with_context(|| format!("creating {}", parent.display()))?;
    remove_leftover_staging(&parent, &name);

    let stale = stale_files(out, plan);
    let kept = kept_files(out, plan);
    let planned = plan.paths();
    let mut report = WriteReport::default();
    if !out.exists() {
        // Nothing to protect: build the tree in staging and move it into place.
        let staging = staging_dir(&parent, &name);
        fill(&staging, None, plan, &kept, &mut report)?;
        std::fs::rename(&staging, out)
            .with_context(|| format!("moving the new output to {}", out.display()))?;
        return Ok(report);
    }
    let unchanged = plan
        .files()
        .iter()
        .all(|(p, bytes)| std::fs::read(out.join(p)).is_ok_and(|old| &old == bytes))
        && stale.is_empty()
        && std::fs::read(out.join(LEDGER)).is_ok_and(|l| l == ledger(plan, &kept));
    if unchanged {
        return Ok(report);
    }

    let staging = staging_dir(&parent, &name);
    std::fs::create_dir_all(&staging).with_context(|| format!("creating {}", staging.display()))?;
    // Carry over what is not ours to replace: other people's files, and ours that the
    // plan writes again with the same bytes (hard links: no copying).
    carry_over(out, out, &staging, &stale, &planned)
        .with_context(|| format!("preparing the new output beside {}", out.display()))?;
    report.removed = stale.len();
    fill(&staging, Some(out), plan, &kept, &mut report)?;
    swap(&staging, out)?;
    // `staging` now holds the old tree.
    std::fs::remove_dir_all(&staging)
        .with_context(|| format!("removing the old output {}", staging.display()))?;
    Ok(report)
}

fn staging_dir(parent: &Path, name: &str) -> PathBuf {
    parent.join(format!(".{name}.disclose-staging-{}", std::process::id()))
}

/// Staging folders of builds that were killed are ours to remove.
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

/// Hard-link every file of `dir` into `staging`, except files disclose wrote before
/// that the plan does not keep (stale) and files the plan writes anew.
fn carry_over(
    root: &Path,
    dir: &Path,
    staging: &Path,
    stale: &BTreeSet<PathBuf>,
    planned: &BTreeSet<&Path>,
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
            || planned.contains(relative.as_path())
            || stale.contains(&relative)
        {
            // Rewritten below, or stale: not carried over.
        } else if std::fs::hard_link(&path, &target).is_err() {
            std::fs::copy(&path, &target)?;
        }
    }
    Ok(())
}

/// Write every planned file, and the ledger, into `dir`; count those that differ
/// from `previous` (the current output, if any).
fn fill(
    dir: &Path,
    previous: Option<&Path>,
    plan: &WritePlan,
    kept: &BTreeSet<PathBuf>,
    report: &mut WriteReport,
) -> Result<()> {
    for (relative, bytes) in plan.files() {
        let path = dir.join(relative);
        let same = previous
            .is_some_and(|out| std::fs::read(out.join(relative)).is_ok_and(|old| &old == bytes));
        if let Some(folder) = path.parent() {
            std::fs::create_dir_all(folder)
                .with_context(|| format!("creating {}", folder.display()))?;
        }
        std::fs::write(&path, bytes).with_context(|| format!("writing {}", path.display()))?;
        report.changed += usize::from(!same);
    }
    std::fs::write(dir.join(LEDGER), ledger(plan, kept))
        .with_context(|| format!("writing {}", dir.join(LEDGER).display()))?;
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
    let mut differences = Vec::new();
    for (relative, bytes) in plan.files() {
        match std::fs::read(out.join(relative)) {
            Err(_) => differences.push(Difference::Missing(relative.clone())),
            Ok(existing) if &existing != bytes => {
                differences.push(Difference::Changed(relative.clone()))
            }
            Ok(_) => {}
        }
    }
    differences.extend(stale_files(out, plan).into_iter().map(Difference::Stale));
    differences.sort();
    differences
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
        let leftovers: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .flatten()
            .map(|e| e.file_name())
            .collect();
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
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .flatten()
            .map(|e| e.file_name())
            .collect();
        assert_eq!(names, vec![std::ffi::OsString::from("out")]);
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
