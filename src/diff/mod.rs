//! `disclose diff`: two versions of the catalogues → typed, classified changes.
//!
//! Each side is a catalogue path, the project's working tree, or a git revision of the
//! project ([`git`]). Both are loaded and resolved like any catalogue, and compared as
//! models — never as TOML text — table by table ([`changes`], [`privacy`], [`texts`]).
//! Every change carries its class with the reason and its legal source ([`classify`]);
//! the wording is the view's, in any shipped language.

pub mod changes;
pub mod classify;
pub mod git;
pub mod privacy;
pub mod texts;

use crate::catalogue::{CatalogueSource, load_texts};
use crate::diag::{Diagnostic, codes};
use crate::model::{Change, ChangeClass, Policy, resolve};
use crate::project::{self, Loaded, load_all};
use anyhow::Result;
use serde::Serialize;
use std::path::{Path, PathBuf};

/// Every change from `old` to `new`, in catalogue order: cookies, purposes, recipients,
/// data, rights, contacts, statements, publication, then wording.
pub fn diff(old: &Policy, new: &Policy) -> Vec<Change> {
    let mut out = Vec::new();
    changes::cookies(old, new, &mut out);
    changes::purposes(old, new, &mut out);
    changes::processors(old, new, &mut out);
    privacy::data(old, new, &mut out);
    privacy::rights(old, new, &mut out);
    privacy::contacts(old, new, &mut out);
    privacy::statements(old, new, &mut out);
    privacy::publication(old, new, &mut out);
    texts::texts(old, new, &mut out);
    out
}

/// The strongest class among `changes`, `None` when there are none.
pub fn strongest(changes: &[Change]) -> Option<ChangeClass> {
    changes.iter().map(|c| c.class).max()
}

/// One side of a comparison.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Side {
    /// A catalogue file or folder.
    Path(PathBuf),
    /// Every catalogue under the project's `policies/`, as they are on disk.
    WorkingTree,
    /// Every catalogue under `policies/` as committed at a git revision.
    Revision(String),
}

impl Side {
    /// A command-line argument: an existing path, else a revision.
    pub fn parse(arg: &str, project: &Path) -> Self {
        let path = PathBuf::from(arg);
        let _ = project;
        if path.exists() {
            Side::Path(path)
        } else {
            Side::Revision(arg.to_owned())
        }
    }

    pub fn describe(&self) -> String {
        match self {
            Self::Path(p) => p.display().to_string(),
            Self::WorkingTree => "working tree".to_owned(),
            Self::Revision(r) => r.clone(),
        }
    }
}

/// Load the catalogues of one side. Problems in them land in the returned
/// [`Loaded`]; a revision that cannot be read is an error.
pub fn load_side(side: &Side, project: &Path) -> Result<Loaded, SideError> {
    match side {
        Side::Path(path) => Ok(load_all(std::slice::from_ref(path))),
        Side::WorkingTree => {
            let paths = project::discover(project).map_err(SideError::Diagnostic)?;
            Ok(load_all(&paths))
        }
        Side::Revision(rev) => load_revision(rev, project),
    }
}

#[derive(Debug)]
pub enum SideError {
    Git(git::GitError),
    Diagnostic(Box<Diagnostic>),
}

impl From<git::GitError> for SideError {
    fn from(err: git::GitError) -> Self {
        Self::Git(err)
    }
}

fn load_revision(rev: &str, project: &Path) -> Result<Loaded, SideError> {
    let repo = git::Repo::open(project)?;
    let commit = repo.resolve(rev)?;
    let mut loaded = Loaded::default();
    let entries = repo.list(&commit, "policies", false)?;
    let mut found = 0;
    for entry in entries {
        let texts = if entry.is_tree {
            let mut texts = Vec::new();
            for file in repo.list(&commit, &entry.path, true)? {
                if file.path.ends_with(".toml") && !file.is_tree {
                    let text = repo.read(&commit, &file.path)?;
                    texts.push((format!("{rev}:{}", file.path), text));
                }
            }
            texts
        } else if entry.path.ends_with(".toml") {
            vec![(
                format!("{rev}:{}", entry.path),
                repo.read(&commit, &entry.path)?,
            )]
        } else {
            continue;
        };
        found += 1;
        let source = if entry.is_tree {
            CatalogueSource::Folder(PathBuf::from(&entry.path))
        } else {
            CatalogueSource::File(PathBuf::from(&entry.path))
        };
        let first = loaded.diagnostics.len();
        let catalogue = load_texts(source, texts, &mut loaded.sources, &mut loaded.diagnostics);
        let policy = resolve(&catalogue, &mut loaded.diagnostics);
        let clean = !loaded.diagnostics[first..].iter().any(Diagnostic::is_error);
        if let Some(policy) = policy.filter(|_| clean) {
            loaded.policies.push(policy);
        }
    }
    if found == 0 {
        return Err(SideError::Diagnostic(Box::new(
            Diagnostic::error(
                codes::UNREADABLE,
                format!("revision {rev} has no catalogues under policies/"),
            )
            .help("compare a revision that has the project's policies/ folder, or name catalogue paths"),
        )));
    }
    Ok(loaded)
}

/// The changes to one catalogue.
#[derive(Debug, Clone, Serialize)]
pub struct PolicyChanges {
    pub policy: String,
    pub old_version: Option<String>,
    pub new_version: Option<String>,
    pub old_effective: Option<String>,
    pub new_effective: Option<String>,
    pub changes: Vec<Change>,
}

/// What changed between two sides: per catalogue present on both (by policy id), and
/// the ids only one side has.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Report {
    pub policies: Vec<PolicyChanges>,
    pub added: Vec<String>,
    pub removed: Vec<String>,
}

impl Report {
    /// Pair the policies of two sides by id; when each side has one policy they are
    /// compared whatever their ids (two versions of one file).
    pub fn new(old: &[Policy], new: &[Policy]) -> Self {
        let pair = |o: &Policy, n: &Policy| PolicyChanges {
            policy: n.id.clone(),
            old_version: o.version.clone(),
            new_version: n.version.clone(),
            old_effective: o.effective.map(|e| e.iso8601()),
            new_effective: n.effective.map(|e| e.iso8601()),
            changes: diff(o, n),
        };
        if let ([o], [n]) = (old, new) {
            return Self {
                policies: vec![pair(o, n)],
                ..Self::default()
            };
        }
        let mut report = Self::default();
        for n in new {
            match old.iter().find(|o| o.id == n.id) {
                Some(o) => report.policies.push(pair(o, n)),
                None => report.added.push(n.id.clone()),
            }
        }
        for o in old {
            if !new.iter().any(|n| n.id == o.id) {
                report.removed.push(o.id.clone());
            }
        }
        report
    }

    /// The strongest class of any change in the report.
    pub fn strongest(&self) -> Option<ChangeClass> {
        self.policies
            .iter()
            .filter_map(|p| strongest(&p.changes))
            .max()
    }
}
