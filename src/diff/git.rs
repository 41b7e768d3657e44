//! Reading a project's catalogues at a git revision, through the git command-line tool.
//!
//! The git CLI, not a git library: gix (the well-kept pure-Rust implementation) adds a
//! tree of well over a hundred crates to a build that runs on two cores in CI, while
//! every machine that has a revision to compare has git. Three plumbing commands are
//! enough — `rev-parse` to resolve, `ls-tree` to list, `cat-file` to read — each with
//! `-z` or a fixed format, so no path or locale setting changes what is parsed.

use std::fmt;
use std::path::{Path, PathBuf};
use std::process::Command;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GitError {
    /// The `git` program could not be started.
    Missing(String),
    /// The project folder is not inside a git work tree.
    NotARepository(PathBuf),
    /// The revision names no commit.
    UnknownRevision(String),
    /// git ran and failed.
    Failed(String),
}

impl fmt::Display for GitError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Missing(err) => write!(
                f,
                "reading a git revision needs the git command-line tool, which could not be run ({err}); install git, or compare two catalogue paths"
            ),
            Self::NotARepository(dir) => write!(
                f,
                "{} is not inside a git repository: name catalogue files or folders to compare instead of revisions",
                dir.display()
            ),
            Self::UnknownRevision(rev) => write!(
                f,
                "`{rev}` is neither a catalogue file or folder nor a revision of this git repository (try a tag, a branch, a commit or HEAD~1)"
            ),
            Self::Failed(err) => write!(f, "git failed: {err}"),
        }
    }
}

impl std::error::Error for GitError {}

/// A project folder inside a git work tree.
#[derive(Debug, Clone)]
pub struct Repo {
    dir: PathBuf,
    /// The project folder relative to the top of the work tree, `""` or ending in `/`.
    prefix: String,
}

/// One entry of a tree: its path relative to the project folder, and whether it is a
/// folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub path: String,
    pub is_tree: bool,
}

impl Repo {
    pub fn open(project: &Path) -> Result<Self, GitError> {
        let dir = if project.as_os_str().is_empty() {
            PathBuf::from(".")
        } else {
            project.to_owned()
        };
        let repo = Self {
            dir,
            prefix: String::new(),
        };
        let inside = repo.run(&["rev-parse", "--is-inside-work-tree"]);
        match inside {
            Ok(out) if out.trim() == "true" => {}
            Ok(_) | Err(GitError::Failed(_)) => return Err(GitError::NotARepository(repo.dir)),
            Err(err) => return Err(err),
        }
        let prefix = repo.run(&["rev-parse", "--show-prefix"])?;
        Ok(Self {
            prefix: prefix.trim_end_matches('\n').to_owned(),
            ..repo
        })
    }

    fn run(&self, args: &[&str]) -> Result<String, GitError> {
        let bytes = self.run_bytes(args)?;
        String::from_utf8(bytes).map_err(|_| GitError::Failed("output is not UTF-8".into()))
    }

    fn run_bytes(&self, args: &[&str]) -> Result<Vec<u8>, GitError> {
        let output = Command::new("git")
            .arg("-C")
            .arg(&self.dir)
            .args(args)
            .env("GIT_TERMINAL_PROMPT", "0")
            .output()
            .map_err(|e| GitError::Missing(e.to_string()))?;
        if output.status.success() {
            Ok(output.stdout)
        } else {
            let err = String::from_utf8_lossy(&output.stderr);
            Err(GitError::Failed(format!(
                "git {}: {}",
                args.join(" "),
                err.trim()
            )))
        }
    }

    /// The commit a revision names, as a full object id.
    pub fn resolve(&self, revision: &str) -> Result<String, GitError> {
        // A revision starting with `-` would be read as an option.
        if revision.starts_with('-') || revision.is_empty() {
            return Err(GitError::UnknownRevision(revision.to_owned()));
        }
        let spec = format!("{revision}^{{commit}}");
        match self.run(&["rev-parse", "--verify", "--quiet", &spec]) {
            Ok(id) if !id.trim().is_empty() => Ok(id.trim().to_owned()),
            Ok(_) | Err(GitError::Failed(_)) => Err(GitError::UnknownRevision(revision.to_owned())),
            Err(err) => Err(err),
        }
    }

    /// The entries of `folder` (relative to the project) at `commit`; with `recursive`,
    /// every file below it instead. An absent folder has no entries.
    pub fn list(
        &self,
        commit: &str,
        folder: &str,
        recursive: bool,
    ) -> Result<Vec<Entry>, GitError> {
        let full = format!("{}{}/", self.prefix, folder.trim_end_matches('/'));
        let mut args = vec!["ls-tree", "-z", "--full-tree"];
        if recursive {
            args.push("-r");
        }
        args.extend([commit, "--", &full]);
        let out = self.run_bytes(&args)?;
        let mut entries = Vec::new();
        for record in out.split(|b| *b == 0).filter(|r| !r.is_empty()) {
            // `<mode> SP <type> SP <object> TAB <path>`
            let record = String::from_utf8_lossy(record);
            let Some((meta, path)) = record.split_once('\t') else {
                continue;
            };
            let is_tree = meta.split(' ').nth(1) == Some("tree");
            let path = path.strip_prefix(&self.prefix).unwrap_or(path);
            entries.push(Entry {
                path: path.to_owned(),
                is_tree,
            });
        }
        entries.sort_by(|a, b| a.path.cmp(&b.path));
        Ok(entries)
    }

    /// The text of `path` (relative to the project) at `commit`.
    pub fn read(&self, commit: &str, path: &str) -> Result<String, GitError> {
        let object = format!("{commit}:{}{path}", self.prefix);
        let bytes = self.run_bytes(&["cat-file", "blob", &object])?;
        String::from_utf8(bytes)
            .map_err(|_| GitError::Failed(format!("{path} at {commit} is not UTF-8 text")))
    }
}

impl Repo {
    /// The commits that touched `path` (relative to the project), newest first.
    pub fn log(&self, path: &str) -> Result<Vec<String>, GitError> {
        let full = format!(":(top){}{path}", self.prefix);
        let out = self.run(&["log", "--format=%H", "--", &full])?;
        Ok(out.lines().map(str::to_owned).collect())
    }

    /// The path of `path` (as given, relative to the current folder) relative to the
    /// project folder, for reading it at a revision.
    pub fn project_dir(&self) -> &Path {
        &self.dir
    }
}
