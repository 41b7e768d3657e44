//! The renderers: one per output, run in list order (as mdBook's `Renderer`).
//!
//! A renderer reads finished data — the model for facts, the locale views for text —
//! and adds files to a write plan; it never localizes. Each policy's renderers run
//! when the policy is localized, the site's (index, stylesheet, schema) once every
//! policy is done. A new output is one new renderer in [`super::renderers`].

use super::{Fonts, Format, FrontMatter, Templates};
use crate::model::Policy;
use crate::output::WritePlan;
use crate::view::{IndexView, LocaleView};
use anyhow::Result;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// What the renderers of a build share: templates, fonts and the page options.
pub struct Shared {
    pub templates: Templates,
    /// A project's fonts, read only when there are PDFs to set in them.
    project_fonts: Option<Fonts>,
    /// Page formats to write, in [`Format::ALL`] order.
    pub formats: Vec<Format>,
    pub front_matter: FrontMatter,
}

impl Shared {
    /// The `project`'s templates (and fonts, for PDFs) with the built-in ones.
    pub fn load(project: &Path, formats: &[Format], front_matter: FrontMatter) -> Result<Self> {
        let templates = Templates::load(Some(&project.join("templates")))?;
        let project_fonts = if formats.contains(&Format::Pdf) {
            Some(Fonts::load(&project.join("fonts"))?)
        } else {
            None
        };
        Ok(Self {
            templates,
            project_fonts,
            formats: formats.to_vec(),
            front_matter,
        })
    }

    pub fn fonts(&self) -> &Fonts {
        self.project_fonts.as_ref().unwrap_or(Fonts::bundled())
    }
}

/// One policy, localized: what its renderers read.
pub struct PolicyInput<'a> {
    pub shared: &'a Shared,
    pub policy: &'a Policy,
    /// One per published locale, the default first.
    pub views: &'a [LocaleView],
}

impl<'a> PolicyInput<'a> {
    pub fn new(shared: &'a Shared, policy: &'a Policy, views: &'a [LocaleView]) -> Self {
        Self {
            shared,
            policy,
            views,
        }
    }

    /// The policy's folder in the output.
    pub fn root(&self) -> PathBuf {
        PathBuf::from(&self.policy.id)
    }
}

/// One row of the output index: a document in one language, with a link per format.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct IndexPage {
    pub title: String,
    pub lang: String,
    pub dir: String,
    pub language: String,
    pub files: Vec<IndexFile>,
}

/// A file of the output index: the format's label and the path from the index.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct IndexFile {
    pub format: String,
    pub href: String,
}

/// A policy's entry in the index; kept in the build cache for policies a build
/// reuses without rendering them.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct IndexPolicy {
    pub id: String,
    pub name: String,
    pub pages: Vec<IndexPage>,
    /// Whether the policy honours Global Privacy Control, and its effective date
    /// (`.well-known/gpc.json`).
    #[serde(default)]
    pub gpc: Option<Option<String>>,
}

/// The whole site, once every policy is rendered: what site renderers read.
pub struct SiteInput<'a> {
    pub shared: &'a Shared,
    /// The index page's messages.
    pub index: &'a IndexView,
    /// Every policy of the build, in catalogue order.
    pub policies: &'a [IndexPolicy],
}

/// One output of a build.
pub trait Renderer: Sync {
    /// Add this output's files for one policy.
    fn render_policy(&self, _input: &PolicyInput, _plan: &mut WritePlan) -> Result<()> {
        Ok(())
    }

    /// Add this output's site-level files, after every policy.
    fn render_site(&self, _input: &SiteInput, _plan: &mut WritePlan) -> Result<()> {
        Ok(())
    }
}

/// The files of a plan by path, for renderers that describe what others wrote.
pub fn by_path(plan: &WritePlan) -> HashMap<&Path, &[u8]> {
    plan.files()
        .iter()
        .map(|(path, bytes)| (path.as_path(), bytes.as_slice()))
        .collect()
}
