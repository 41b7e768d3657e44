//! The policy documents as pages, one renderer per format, and the pages' stylesheet.

use super::front_matter::{self, PageMeta};
use super::renderer::{PolicyInput, Renderer, SiteInput};
use super::{Alternate, DocumentLink, Format, PageContext, render_file};
use crate::model::Keyword;
use crate::output::WritePlan;
use anyhow::Result;
use rayon::prelude::*;
use std::path::PathBuf;

/// Every document of a policy in every locale, in each page format:
/// `<policy>/<locale>/<document>.<extension>`.
pub struct PageRenderer {
    pub formats: Vec<Format>,
}

/// Where a page goes, relative to its policy's folder.
pub fn page_path(lang: &str, document: &str, format: Format) -> String {
    format!("{lang}/{document}.{}", format.extension())
}

/// The pages of one locale, one list per format.
type LocalePages = Vec<Vec<(PathBuf, Vec<u8>)>>;

impl Renderer for PageRenderer {
    fn render_policy(&self, input: &PolicyInput, plan: &mut WritePlan) -> Result<()> {
        // Locales render in parallel (a catalogue with thousands of cookies is a few
        // seconds of work per locale otherwise); they are folded back in order (by
        // format, then locale), so the output does not depend on which thread
        // finished first. A locale's template data is made once for all its pages
        // and dropped with them: memory holds the data of the locales in flight only.
        let locales: Vec<LocalePages> = (0..input.views.len())
            .into_par_iter()
            .map(|index| self.render_locale(input, index))
            .collect::<Result<_>>()?;
        let mut locales: Vec<_> = locales.into_iter().map(Vec::into_iter).collect();
        for _ in &self.formats {
            for locale in &mut locales {
                for (path, bytes) in locale.next().into_iter().flatten() {
                    plan.add(path, bytes);
                }
            }
        }
        Ok(())
    }
}

impl PageRenderer {
    /// The pages of view `index`, per format one per document.
    fn render_locale(&self, input: &PolicyInput, index: usize) -> Result<LocalePages> {
        let view = &input.views[index];
        let data = super::context::view_data(view)?;
        self.formats
            .iter()
            .map(|&format| render_format(input, index, &data, format))
            .collect()
    }
}

/// The pages of view `index` in `format`, one per document; `data` is the view as
/// template data.
fn render_format(
    input: &PolicyInput,
    index: usize,
    data: &tera::Context,
    format: Format,
) -> Result<Vec<(PathBuf, Vec<u8>)>> {
    let (policy, view, shared) = (input.policy, &input.views[index], input.shared);
    let ext = format.extension();
    let mut pages = Vec::new();
    for document in &policy.documents {
        let file_name = format!("{}.{ext}", document.keyword());
        let mut ctx = PageContext::new(view, document.keyword(), format);
        ctx.view_data = Some(data);
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
        if format == Format::Markdown {
            ctx.front_matter = front_matter::render(
                shared.front_matter,
                &PageMeta {
                    title: &ctx.title,
                    lang: &view.lang,
                    language_name: view.language_name(),
                    translation_key: format!("{}-{}", policy.id, document.keyword()),
                    slug: document.keyword(),
                    effective: view.effective_iso.as_deref(),
                    version: view.version.as_deref(),
                },
            );
        }
        let bytes = render_file(&shared.templates, shared.fonts(), &ctx)?;
        let path = page_path(&view.lang, document.keyword(), format);
        pages.push((input.root().join(path), bytes));
    }
    Ok(pages)
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
