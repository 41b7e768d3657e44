//! Output: a write plan (relative path → bytes), written or compared.
//!
//! Everything is rendered before anything is written, so a build that fails writes
//! nothing. Each file is written to a temporary name and renamed into place, so a
//! reader never sees half a file; files whose content is unchanged are not touched.

use anyhow::{Context as _, Result};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// The files of a build, by path relative to the output folder, in a stable order.
#[derive(Debug, Default)]
pub struct WritePlan {
    files: Vec<(PathBuf, Vec<u8>)>,
}

impl WritePlan {
    pub fn add(&mut self, path: PathBuf, bytes: Vec<u8>) {
        self.files.push((path, bytes));
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

    /// The top-level folders the plan writes into (one per policy).
    fn roots(&self) -> BTreeSet<PathBuf> {
        self.files
            .iter()
            .filter_map(|(p, _)| p.components().next())
            .filter(|c| matches!(c, std::path::Component::Normal(_)))
            .map(|c| PathBuf::from(c.as_os_str()))
            .filter(|p| self.files.iter().any(|(f, _)| f.starts_with(p) && f != p))
            .collect()
    }
}

/// Write the plan under `out`; returns how many files changed.
pub fn write(out: &Path, plan: &WritePlan) -> Result<usize> {
    let mut changed = 0;
    for (relative, bytes) in plan.files() {
        let path = out.join(relative);
        if std::fs::read(&path).is_ok_and(|existing| &existing == bytes) {
            continue;
        }
        let dir = path.parent().unwrap_or(out);
        std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
        let file_name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let temp = dir.join(format!(".{file_name}.disclose-tmp"));
        std::fs::write(&temp, bytes).with_context(|| format!("writing {}", temp.display()))?;
        std::fs::rename(&temp, &path).with_context(|| format!("replacing {}", path.display()))?;
        changed += 1;
    }
    Ok(changed)
}

/// How the output folder differs from the plan.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Difference {
    Missing(PathBuf),
    Changed(PathBuf),
    /// A file in a policy's output folder that the build would not write.
    Stale(PathBuf),
}

impl std::fmt::Display for Difference {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Missing(p) => write!(f, "missing: {}", p.display()),
            Self::Changed(p) => write!(f, "changed: {}", p.display()),
            Self::Stale(p) => write!(f, "stale:   {}", p.display()),
        }
    }
}

/// Compare the plan with what is under `out`, without writing.
pub fn compare(out: &Path, plan: &WritePlan) -> Vec<Difference> {
    let mut differences = Vec::new();
    let planned: BTreeSet<&Path> = plan.files().iter().map(|(p, _)| p.as_path()).collect();
    for (relative, bytes) in plan.files() {
        match std::fs::read(out.join(relative)) {
            Err(_) => differences.push(Difference::Missing(relative.clone())),
            Ok(existing) if &existing != bytes => {
                differences.push(Difference::Changed(relative.clone()))
            }
            Ok(_) => {}
        }
    }
    for root in plan.roots() {
        let mut existing = Vec::new();
        collect_files(&out.join(&root), &mut existing);
        for path in existing {
            if let Ok(relative) = path.strip_prefix(out)
                && !planned.contains(relative)
            {
                differences.push(Difference::Stale(relative.to_owned()));
            }
        }
    }
    differences.sort();
    differences
}

fn collect_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect_files(&path, out);
        } else {
            out.push(path);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn write_then_compare_finds_nothing_then_finds_edits() {
        let dir = tempfile::tempdir().unwrap();
        let mut plan = WritePlan::default();
        plan.add("p/en/a.html".into(), b"<p>a</p>".to_vec());
        plan.add("p/manifest.json".into(), b"{}".to_vec());
        assert_eq!(write(dir.path(), &plan).unwrap(), 2);
        assert!(compare(dir.path(), &plan).is_empty());
        assert_eq!(
            write(dir.path(), &plan).unwrap(),
            0,
            "unchanged files are not rewritten"
        );

        std::fs::write(dir.path().join("p/en/a.html"), "edited").unwrap();
        std::fs::write(dir.path().join("p/en/old.html"), "old").unwrap();
        std::fs::remove_file(dir.path().join("p/manifest.json")).unwrap();
        assert_eq!(
            compare(dir.path(), &plan),
            vec![
                Difference::Missing("p/manifest.json".into()),
                Difference::Changed("p/en/a.html".into()),
                Difference::Stale("p/en/old.html".into()),
            ]
        );
    }
}
