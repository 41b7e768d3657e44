//! What a build needs to know, gathered from the command line before any stage runs.

use crate::render::{Format, FrontMatter};
use std::path::PathBuf;

#[derive(Debug, Clone)]
pub struct BuildOptions {
    /// Folder with the project's optional `templates/`, `locales/` and `fonts/`.
    pub project: PathBuf,
    pub catalogues: Vec<PathBuf>,
    /// Page formats to write, in [`Format::ALL`] order.
    pub formats: Vec<Format>,
    pub front_matter: FrontMatter,
}

impl BuildOptions {
    /// Every format, Hugo-style front matter.
    pub fn new(project: impl Into<PathBuf>, catalogues: Vec<PathBuf>) -> Self {
        Self {
            project: project.into(),
            catalogues,
            formats: Format::ALL.to_vec(),
            front_matter: FrontMatter::default(),
        }
    }
}
