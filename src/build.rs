//! The build: the stage order, from catalogue paths to a write plan.

use crate::i18n::{Localizer, Messages, Miss, SOURCE_LOCALE};
use crate::model::{DocumentKind, Keyword, Policy};
use crate::output::WritePlan;
use crate::project::{Loaded, load_all};
use crate::render::manifest::{FileHashes, sha256_hex};
use crate::render::{
    self, Alternate, DocumentLink, Format, IndexContext, IndexPage, IndexPolicy, PageContext,
    Templates,
};
use crate::view::localize;
use anyhow::{Context as _, Result};
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// What a build needs to know, gathered from the command line before any stage runs.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    /// Folder with the project's optional `templates/` and `locales/`.
    pub project: PathBuf,
    pub catalogues: Vec<PathBuf>,
}

/// The outcome of rendering: what was loaded (with its diagnostics) and, when the
/// catalogues were valid, the files to write.
pub struct Rendered {
    pub loaded: Loaded,
    pub plan: Option<WritePlan>,
    pub pages: usize,
    pub misses: Vec<Miss>,
}

/// Load, resolve, localize and render every catalogue. Invalid catalogues give no
/// plan; template and message errors are returned as errors.
pub fn render_all(options: &BuildOptions) -> Result<Rendered> {
    let loaded = load_all(&options.catalogues);
    if loaded.has_errors() {
        return Ok(Rendered {
            loaded,
            plan: None,
            pages: 0,
            misses: Vec::new(),
        });
    }
    let messages = Messages::with_project_dir(&options.project.join("locales"))?;
    let templates = Templates::load(Some(&options.project.join("templates")))?;
    // Catalogues render in parallel; collecting keeps their order, so the plan is the
    // same whatever the thread count.
    let rendered: Vec<PolicyOutput> = loaded
        .policies
        .par_iter()
        .map(|policy| {
            let mut out = PolicyOutput::default();
            let (count, entry) = render_policy(
                policy,
                &messages,
                &templates,
                &mut out.plan,
                &mut out.misses,
            )
            .with_context(|| format!("building policy `{}`", policy.id))?;
            out.pages = count;
            out.index = Some(entry);
            Ok(out)
        })
        .collect::<Result<_>>()?;
    let mut plan = WritePlan::default();
    let mut pages = 0;
    let mut misses = Vec::new();
    let mut index = Vec::new();
    for out in rendered {
        plan.extend(out.plan);
        pages += out.pages;
        misses.extend(out.misses);
        index.extend(out.index);
    }
    plan.add(
        PathBuf::from("index.html"),
        render_index_page(&messages, &templates, index)?.into_bytes(),
    );
    // The manifest's contract travels with the manifests it describes.
    let mut schema = serde_json::to_string_pretty(&render::manifest::json_schema())
        .context("serialising the manifest schema")?;
    schema.push('\n');
    plan.add(
        PathBuf::from("schema/manifest.schema.json"),
        schema.into_bytes(),
    );
    misses.sort();
    misses.dedup();
    Ok(Rendered {
        loaded,
        plan: Some(plan),
        pages,
        misses,
    })
}

/// What rendering one catalogue produced.
#[derive(Default)]
struct PolicyOutput {
    plan: WritePlan,
    pages: usize,
    misses: Vec<Miss>,
    index: Option<IndexPolicy>,
}

fn render_policy(
    policy: &Policy,
    messages: &Messages,
    templates: &Templates,
    plan: &mut WritePlan,
    misses: &mut Vec<Miss>,
) -> Result<(usize, IndexPolicy)> {
    let root = PathBuf::from(&policy.id);
    let localizers: Vec<Localizer> = policy
        .locales
        .iter()
        .map(|locale| Localizer::new(messages, messages.chain(locale, &policy.default_locale)))
        .collect();
    let language_names: Vec<(String, String)> = localizers
        .iter()
        .map(|l| (l.locale().to_string(), l.msg("language-name", None)))
        .collect();
    let mut pages = 0;
    let mut index = IndexPolicy {
        id: policy.id.clone(),
        name: policy
            .name
            .get(std::slice::from_ref(&policy.default_locale))
            .to_owned(),
        pages: Vec::new(),
    };
    let mut hashes: BTreeMap<(DocumentKind, String), [String; 3]> = BTreeMap::new();
    for localizer in &localizers {
        let view = localize(policy, localizer);
        for document in &policy.documents {
            index.pages.push(IndexPage {
                title: localizer.msg(&title_message(*document), None),
                lang: view.lang.clone(),
                language: localizer.msg("language-name", None),
                html: format!("{}/{}/{}.html", policy.id, view.lang, document.keyword()),
                markdown: format!("{}/{}/{}.md", policy.id, view.lang, document.keyword()),
                pdf: Format::ALL.contains(&Format::Pdf).then(|| {
                    format!("{}/{}/{}.pdf", policy.id, view.lang, document.keyword())
                }),
            });
            for format in Format::ALL {
                let ext = format.extension();
                let mut ctx = PageContext::new(&view, document.keyword(), format);
                ctx.alternates = language_names
                    .iter()
                    .map(|(lang, name)| Alternate {
                        href: format!("../{lang}/{}.{ext}", document.keyword()),
                        lang: lang.clone(),
                        name: name.clone(),
                        current: *lang == view.lang,
                    })
                    .collect();
                ctx.other_documents = policy
                    .documents
                    .iter()
                    .filter(|d| *d != document)
                    .map(|d| DocumentLink {
                        document: d.keyword(),
                        title: localizer.msg(&title_message(*d), None),
                        href: format!("{}.{ext}", d.keyword()),
                    })
                    .collect();
                let page = render::render_file(templates, &ctx)?;
                hashes.entry((*document, view.lang.clone())).or_default()[format as usize] =
                    sha256_hex(&page);
                plan.add(
                    root.join(&view.lang)
                        .join(format!("{}.{ext}", document.keyword())),
                    page,
                );
                pages += 1;
            }
        }
        misses.extend(localizer.misses());
    }
    let hashes = hashes
        .into_iter()
        .map(|(key, [html, markdown, pdf])| {
            let pdf = (!pdf.is_empty()).then_some(pdf);
            (key, FileHashes { html, markdown, pdf })
        })
        .collect();
    let manifest = render::manifest::manifest(policy, &localizers, &hashes);
    let mut json = serde_json::to_string_pretty(&manifest).context("serialising the manifest")?;
    json.push('\n');
    plan.add(root.join("manifest.json"), json.into_bytes());
    // Consent-manager configurations (docs/exports.md).
    plan.add(
        root.join("exports/cookieconsent.js"),
        render::exports::cookieconsent(policy, &localizers).into_bytes(),
    );
    plan.add(
        root.join("exports/klaro.js"),
        render::exports::klaro(policy, &localizers).into_bytes(),
    );
    // Messages missed by the manifest and the exports, rendered after the pages.
    for localizer in &localizers {
        misses.extend(localizer.misses());
    }
    Ok((pages, index))
}

/// `out/index.html`: every policy, document, locale and format of the build, in the
/// source locale.
fn render_index_page(
    messages: &Messages,
    templates: &Templates,
    policies: Vec<IndexPolicy>,
) -> Result<String> {
    let source = Localizer::new(messages, vec![SOURCE_LOCALE.parse().expect("valid tag")]);
    let context = IndexContext {
        lang: SOURCE_LOCALE.to_owned(),
        t: source
            .all(&fluent_bundle::FluentArgs::new())
            .into_iter()
            .map(|(id, text)| (id.replace('-', "_"), text))
            .collect(),
        policies,
        generator: concat!("disclose ", env!("CARGO_PKG_VERSION")),
    };
    render::render_index(templates, &context)
}

fn title_message(document: DocumentKind) -> String {
    format!("{}-title", document.keyword())
}

/// Where output goes when nothing else is said.
pub fn default_out(project: &Path) -> PathBuf {
    project.join("out")
}
