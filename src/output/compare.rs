//! Comparing a build with an output folder (`build --check`).

use super::ledger::to_slash;
use std::path::{Path, PathBuf};

/// A file of the current output, read only when it has the expected length.
pub(super) enum Lookup {
    Missing,
    Differs,
    Same(Vec<u8>),
}

pub(super) fn read_if_len(path: &Path, len: usize) -> Lookup {
    match std::fs::metadata(path) {
        Err(_) => Lookup::Missing,
        Ok(m) if !m.is_file() => Lookup::Missing,
        Ok(m) if m.len() != len as u64 => Lookup::Differs,
        Ok(_) => match std::fs::read(path) {
            Ok(bytes) => Lookup::Same(bytes),
            Err(_) => Lookup::Missing,
        },
    }
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
