//! `index.html`: every policy, document, locale and format of the build, linked, in
//! the source locale.

use super::renderer::{IndexFile, IndexPage, IndexPolicy, PolicyInput, Renderer, SiteInput};
use crate::model::Keyword;
use crate::output::WritePlan;
use anyhow::Result;
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::PathBuf;

impl IndexPolicy {
    /// The entry of a localized policy: its documents per locale, a link per format.
    pub fn new(input: &PolicyInput) -> Self {
        let policy = input.policy;
        let pages = input
            .views
            .iter()
            .flat_map(|view| {
                policy.documents.iter().map(move |document| IndexPage {
                    title: view.title(*document).to_owned(),
                    lang: view.lang.clone(),
                    dir: view.dir.to_owned(),
                    language: view.language_name().to_owned(),
                    files: input
                        .shared
                        .formats
                        .iter()
                        .map(|&format| IndexFile {
                            format: format.label().to_owned(),
                            href: format!(
                                "{}/{}",
                                policy.id,
                                super::pages::page_path(&view.lang, document.keyword(), format)
                            ),
                        })
                        .collect(),
                })
            })
            .collect();
        Self {
            id: policy.id.clone(),
            name: input
                .views
                .first()
                .map(|v| v.policy_name.clone())
                .unwrap_or_default(),
            pages,
            gpc: super::gpc::support(policy),
        }
    }
}

/// What `index.html.tera` receives.
#[derive(Debug, Serialize)]
pub struct IndexContext<'a> {
    pub lang: &'a str,
    pub t: &'a BTreeMap<String, String>,
    pub policies: &'a [IndexPolicy],
    pub generator: &'static str,
}

pub struct IndexRenderer;

impl Renderer for IndexRenderer {
    fn render_site(&self, input: &SiteInput, plan: &mut WritePlan) -> Result<()> {
        let context = IndexContext {
            lang: &input.index.lang,
            t: &input.index.t,
            policies: input.policies,
            generator: concat!("disclose ", env!("CARGO_PKG_VERSION")),
        };
        let html = input.shared.templates.render("index.html", &context)?;
        plan.add(PathBuf::from("index.html"), html.into_bytes());
        Ok(())
    }
}
