//! The policy documents as pages, one renderer per format, and the pages' stylesheet.

use super::front_matter::{self, PageMeta};
use super::renderer::{PolicyInput, Renderer, SiteInput};
use super::{Alternate, DocumentLink, Format, PageContext, render_file};
use crate::model::Keyword;
use crate::output::WritePlan;
use anyhow::Result;
use rayon::prelude::*;
use std::path::PathBuf;

/// Every document of a policy in every locale, in one format:
/// `<policy>/<locale>/<document>.<extension>`.
pub struct PageRenderer {
    pub format: Format,
}

/// Where a page goes, relative to its policy's folder.
pub fn page_path(lang: &str, document: &str, format: Format) -> String {
    format!("{lang}/{document}.{}", format.extension())
}

impl Renderer for PageRenderer {
    fn render_policy(&self, input: &PolicyInput, plan: &mut WritePlan) -> Result<()> {
        // Locales render in parallel (a catalogue with thousands of cookies is a few
        // seconds of work per locale otherwise); they are folded back in order, so
        // the output does not depend on which thread finished first.
        let locales: Vec<Vec<(PathBuf, Vec<u8>)>> = (0..input.views.len())
            .into_par_iter()
            .map(|index| self.render_locale(input, index))
            .collect::<Result<_>>()?;
        for (path, bytes) in locales.into_iter().flatten() {
            plan.add(path, bytes);
        }
        Ok(())
    }
}

impl PageRenderer {
    /// The pages of view `index`, one per document.
    fn render_locale(&self, input: &PolicyInput, index: usize) -> Result<Vec<(PathBuf, Vec<u8>)>> {
        let (policy, view, shared) = (input.policy, &input.views[index], input.shared);
        let ext = self.format.extension();
        let mut pages = Vec::new();
        for document in &policy.documents {
            let file_name = format!("{}.{ext}", document.keyword());
            let mut ctx = PageContext::new(view, document.keyword(), self.format);
            ctx.view_data = Some(input.view_data(index)?);
            ctx.stylesheet = shared.templates.asset("style.css").unwrap_or_default();
            ctx.alternates = input
                .views
                .iter()
                .map(|other| Alternate {
                    href: format!("../{}/{file_name}", other.lang),
                    dir: other.dir,
                    lang: other.lang.clone(),
                    name: other.language_name().to_owned(),
                    current: other.lang == view.lang,
                })
                .collect();
            ctx.other_documents = policy
                .documents
                .iter()
                .filter(|d| *d != document)
                .map(|d| DocumentLink {
                    document: d.keyword(),
                    title: view.title(*d).to_owned(),
                    href: format!("{}.{ext}", d.keyword()),
                })
                .collect();
            if self.format == Format::Markdown {
                ctx.front_matter = front_matter::render(
                    shared.front_matter,
                    &PageMeta {
                        title: &ctx.title,
                        lang: &view.lang,
                        translation_key: format!("{}-{}", policy.id, document.keyword()),
                        slug: document.keyword(),
                        effective: view.effective_iso.as_deref(),
                        version: view.version.as_deref(),
                    },
                );
            }
            let bytes = render_file(&shared.templates, shared.fonts(), &ctx)?;
            let path = page_path(&view.lang, document.keyword(), self.format);
            pages.push((input.root().join(path), bytes));
        }
        Ok(pages)
    }
}

/// `disclose.css`: the pages' stylesheet, for sites that embed the fragments.
pub struct StylesheetRenderer;

impl Renderer for StylesheetRenderer {
    fn render_site(&self, input: &SiteInput, plan: &mut WritePlan) -> Result<()> {
        if let Some(css) = input.shared.templates.asset("style.css") {
            plan.add(PathBuf::from("disclose.css"), css.as_bytes().to_vec());
        }
        Ok(())
    }
}
