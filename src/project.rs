//! A project: where catalogues are found, and loading all of them in one pass.

use crate::catalogue::{Linked, follow_link, load_catalogue};
use crate::diag::{Diagnostic, SourceMap, codes};
use crate::model::{Policy, resolve};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// Every catalogue under `<project>/policies`: each `.toml` file and each folder is one.
pub fn discover(project: &Path) -> Result<Vec<PathBuf>, Box<Diagnostic>> {
    let dir = project.join("policies");
    let entries = std::fs::read_dir(&dir).map_err(|err| {
        Box::new(Diagnostic::error(codes::UNREADABLE, format!("cannot read {}: {err}", dir.display()))
            .help("run disclose in a project folder that has policies/, or name catalogue files on the command line"))
    })?;
    let mut found = Vec::new();
    for entry in entries {
        let Ok(entry) = entry else { continue };
        let path = entry.path();
        let is_toml = path.extension().is_some_and(|e| e == "toml");
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        if kind.is_symlink() {
            // policies/ is read like a catalogue folder: no link leads out of it.
            let root = std::fs::canonicalize(&dir).map_err(|err| {
                Box::new(Diagnostic::error(
                    codes::UNREADABLE,
                    format!("cannot read {}: {err}", dir.display()),
                ))
            })?;
            if follow_link(&root, &path)? != Linked::Ignored {
                found.push(path);
            }
        } else if kind.is_dir() || is_toml {
            found.push(path);
        }
    }
    found.sort();
    if found.is_empty() {
        return Err(Box::new(Diagnostic::error(codes::UNREADABLE, format!("{} holds no catalogues", dir.display()))
            .help("add a catalogue (a .toml file or a folder of them) to policies/; see docs/catalogue.md")));
    }
    Ok(found)
}

/// The result of loading catalogues: what was read, what was wrong, what resolved.
#[derive(Debug, Default)]
pub struct Loaded {
    pub sources: SourceMap,
    pub diagnostics: Vec<Diagnostic>,
    pub policies: Vec<Policy>,
}

impl Loaded {
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }
}

/// Load and resolve catalogues; every problem of every catalogue is collected.
pub fn load_all(paths: &[PathBuf]) -> Loaded {
    let mut loaded = Loaded::default();
    for path in paths {
        if !path.exists() {
            loaded.diagnostics.push(
                Diagnostic::error(
                    codes::UNREADABLE,
                    format!("{} does not exist", path.display()),
                )
                .help("name a catalogue .toml file or a catalogue folder"),
            );
            continue;
        }
        let first = loaded.diagnostics.len();
        let catalogue = load_catalogue(path, &mut loaded.sources, &mut loaded.diagnostics);
        let policy = resolve(&catalogue, &mut loaded.diagnostics);
        // A catalogue with any error is not used, even where resolution could go on
        // without the broken parts: later stages would describe an incomplete policy.
        let clean = !loaded.diagnostics[first..].iter().any(Diagnostic::is_error);
        if let Some(policy) = policy.filter(|_| clean) {
            loaded.policies.push(policy);
        }
        // Reading order: by file, then by position in it.
        loaded.diagnostics[first..]
            .sort_by_key(|d| d.location.as_ref().map(|l| (l.file, l.span.start)));
    }
    // Two catalogues with one id would write into the same output folder.
    let mut seen: HashMap<&str, usize> = HashMap::new();
    let mut clashes = Vec::new();
    for (i, policy) in loaded.policies.iter().enumerate() {
        if seen.insert(&policy.id, i).is_some() {
            clashes.push(
                Diagnostic::error(
                    codes::DUPLICATE,
                    format!("policy id `{}` is used by two catalogues", policy.id),
                )
                .at(policy.loc.file, policy.loc.span.clone())
                .help("give each catalogue its own policy id: it names the output folder"),
            );
        }
    }
    loaded.diagnostics.extend(clashes);
    loaded
}
