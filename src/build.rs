//! The build: the stage order, from catalogue paths to a write plan.

use crate::cache::{self, Cache, CachedFile, Entry};
use crate::i18n::{Localizer, Messages, Miss, SOURCE_LOCALE};
use crate::model::{DocumentKind, Keyword, Policy};
use crate::output::{Finished, Output, WritePlan};
use crate::project::{Loaded, load_all};
use crate::render::front_matter::{self, FrontMatter, PageMeta};
use crate::render::manifest::{FileInfo, sha256_hex};
use crate::render::{
    self, Alternate, DocumentLink, Fonts, Format, IndexContext, IndexFile, IndexPage, IndexPolicy,
    PageContext, Templates,
};
use crate::view::{LocaleView, localize};
use anyhow::{Context as _, Result, bail};
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// What a build needs to know, gathered from the command line before any stage runs.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    /// Folder with the project's optional `templates/` and `locales/`.
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

/// The outcome of rendering into memory: what was loaded (its diagnostics) and, when
/// the catalogues were valid, the files to write.
pub struct Rendered {
    /// The diagnostics and their sources. Policies are rendered as they are loaded and
    /// not kept: `policies` is empty.
    pub loaded: Loaded,
    pub plan: Option<WritePlan>,
    pub pages: usize,
    pub misses: Vec<Miss>,
}

/// Load, resolve, localize and render every catalogue into memory. Invalid catalogues
/// give no plan; template and message errors are returned as errors.
pub fn render_all(options: &BuildOptions) -> Result<Rendered> {
    let built = build(options, Output::collect(), false)?;
    Ok(Rendered {
        loaded: built.loaded,
        plan: built.finished.and_then(|f| f.plan),
        pages: built.pages,
        misses: built.misses,
    })
}

/// The outcome of a build.
pub struct Built {
    /// The diagnostics and their sources (policies are not kept).
    pub loaded: Loaded,
    /// The completed output; `None` when a catalogue had errors (nothing was written).
    pub finished: Option<Finished>,
    /// Catalogues built, and of those, reused from the cache without rendering.
    pub catalogues: usize,
    pub reused: usize,
    pub pages: usize,
    pub misses: Vec<Miss>,
}

/// What became of one catalogue.
enum Outcome {
    /// Built, or reused from the cache (`true`).
    Done(Box<Entry>, bool),
    /// Loading found errors (reported by loading everything again, in order).
    Invalid,
}

/// Load, resolve, localize and render every catalogue into `output`, each catalogue's
/// files as soon as it is rendered, in parallel; then `index.html`, the manifest
/// schema, and the output is finished. With `use_cache`, a written output reuses the
/// catalogues that did not change since the build that wrote it ([`crate::cache`]) and
/// records the cache for the next build. Invalid catalogues give no output (nothing
/// is written); template and message errors are returned as errors.
pub fn build(options: &BuildOptions, output: Output, use_cache: bool) -> Result<Built> {
    let messages = Messages::with_project_dir(&options.project.join("locales"))?;
    let templates = Templates::load(Some(&options.project.join("templates")))?;
    // A project's fonts/ are read only when there are PDFs to set in them.
    let project_fonts;
    let fonts = if options.formats.contains(&Format::Pdf) {
        project_fonts = Fonts::load(&options.project.join("fonts"))?;
        &project_fonts
    } else {
        Fonts::bundled()
    };
    // Only a written output has a cache: a comparison (`--check`) reads real bytes.
    let build_hash = (use_cache && output.writes()).then(|| cache::build_hash(options));
    let cache = match (&build_hash, output.out_dir()) {
        (Some(hash), Some(out)) if output.can_reuse() => Cache::read(out, hash),
        _ => Cache::default(),
    };
    // Catalogues go in parallel, each loaded, rendered, written and dropped in turn,
    // so memory holds a few catalogues, not the site; collecting keeps their order.
    let outcomes: Vec<Outcome> = options
        .catalogues
        .par_iter()
        .enumerate()
        .map(|(order, path)| {
            let key = build_hash
                .as_deref()
                .and_then(|hash| cache::catalogue_key(hash, path));
            if let Some(entry) = key.as_deref().and_then(|k| cache.lookup(k)) {
                for file in &entry.files {
                    let relative = cache::safe_relative(&file.path)
                        .context("a cached path leaves the output folder")?;
                    output.reuse(&relative, file.size)?;
                }
                return Ok(Outcome::Done(Box::new(entry.clone()), true));
            }
            let mut loaded = load_all(std::slice::from_ref(path));
            let policy = match loaded.policies.pop() {
                Some(policy) if !loaded.has_errors() => policy,
                _ => return Ok(Outcome::Invalid),
            };
            let mut out = PolicyOutput::default();
            let (pages, index) = render_policy(
                &policy,
                options,
                &messages,
                &templates,
                fonts,
                &mut out.plan,
                &mut out.misses,
            )
            .with_context(|| format!("building policy `{}`", policy.id))?;
            let files = out
                .plan
                .files()
                .iter()
                .map(|(path, bytes)| CachedFile {
                    path: to_slash(path),
                    size: bytes.len() as u64,
                })
                .collect();
            output.add(order, out.plan)?;
            out.misses.sort();
            out.misses.dedup();
            Ok(Outcome::Done(
                Box::new(Entry {
                    key: key.unwrap_or_default(),
                    policy: policy.id.clone(),
                    pages,
                    index,
                    misses: out.misses,
                    files,
                }),
                false,
            ))
        })
        .collect::<Result<_>>()?;

    let mut entries: Vec<Entry> = Vec::with_capacity(outcomes.len());
    let mut invalid = false;
    let mut reused = 0;
    for outcome in outcomes {
        match outcome {
            Outcome::Done(entry, from_cache) => {
                entries.push(*entry);
                reused += usize::from(from_cache);
            }
            Outcome::Invalid => invalid = true,
        }
    }
    let mut ids: Vec<&str> = entries.iter().map(|e| e.policy.as_str()).collect();
    ids.sort_unstable();
    let clash = ids.windows(2).any(|w| w[0] == w[1]);
    if invalid || clash {
        // Load everything again, in order, for the full list of problems (across
        // catalogues, too); the output is dropped unfinished: nothing is written.
        let loaded = load_all(&options.catalogues);
        if loaded.has_errors() {
            return Ok(Built {
                loaded,
                finished: None,
                catalogues: 0,
                reused: 0,
                pages: 0,
                misses: Vec::new(),
            });
        }
        bail!("catalogues that failed to load now load without errors; run the build again");
    }

    let mut pages = 0;
    let mut misses = Vec::new();
    let mut index = Vec::with_capacity(entries.len());
    for entry in &entries {
        pages += entry.pages;
        misses.extend(entry.misses.iter().cloned());
        index.push(entry.index.clone());
    }
    let mut shared = WritePlan::default();
    shared.add(
        PathBuf::from("index.html"),
        render_index_page(&messages, &templates, index)?.into_bytes(),
    );
    // The pages' stylesheet, for sites that embed the fragments.
    if let Some(css) = templates.asset("style.css") {
        shared.add(PathBuf::from("disclose.css"), css.as_bytes().to_vec());
    }
    // The manifest's contract travels with the manifests it describes.
    let mut schema = serde_json::to_string_pretty(&render::manifest::json_schema())
        .context("serialising the manifest schema")?;
    schema.push('\n');
    shared.add(
        PathBuf::from("schema/manifest.schema.json"),
        schema.into_bytes(),
    );
    output.add(usize::MAX, shared)?;
    misses.sort();
    misses.dedup();
    let catalogues = entries.len();
    let cache_file = build_hash.map(|hash| cache::encode(&hash, entries));
    let finished = output.finish(cache_file)?;
    Ok(Built {
        loaded: Loaded::default(),
        finished: Some(finished),
        catalogues,
        reused,
        pages,
        misses,
    })
}

fn to_slash(path: &Path) -> String {
    path.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

/// What rendering one catalogue produced.
#[derive(Default)]
struct PolicyOutput {
    plan: WritePlan,
    misses: Vec<Miss>,
}

/// A language a policy is published in, as its language switcher names it.
struct Language {
    tag: String,
    /// In the language itself ("Nederlands").
    name: String,
    dir: &'static str,
}

fn render_policy(
    policy: &Policy,
    options: &BuildOptions,
    messages: &Messages,
    templates: &Templates,
    fonts: &Fonts,
    plan: &mut WritePlan,
    misses: &mut Vec<Miss>,
) -> Result<(usize, IndexPolicy)> {
    let root = PathBuf::from(&policy.id);
    let localizers: Vec<Localizer> = policy
        .locales
        .iter()
        .map(|locale| Localizer::new(messages, messages.chain(locale, &policy.default_locale)))
        .collect();
    let views: Vec<LocaleView> = localizers.par_iter().map(|l| localize(policy, l)).collect();
    for localizer in &localizers {
        misses.extend(localizer.misses());
    }
    let languages: Vec<Language> = views
        .iter()
        .map(|v| Language {
            tag: v.lang.clone(),
            name: v.language_name().to_owned(),
            dir: v.dir,
        })
        .collect();
    let stylesheet = templates.asset("style.css").unwrap_or_default();
    let mut pages = 0;
    let mut index = IndexPolicy {
        id: policy.id.clone(),
        name: policy
            .name
            .get(std::slice::from_ref(&policy.default_locale))
            .to_owned(),
        pages: Vec::new(),
    };
    // Locales render in parallel (a catalogue with thousands of cookies is a few
    // seconds of work per locale otherwise); they are folded back in order, so the
    // output does not depend on which thread finished first.
    let locales: Vec<LocalePages> = views
        .par_iter()
        .map(|view| {
            render_locale(
                policy, options, templates, fonts, view, &languages, stylesheet,
            )
        })
        .collect::<Result<_>>()?;
    let mut files: BTreeMap<(DocumentKind, String), BTreeMap<&'static str, FileInfo>> =
        BTreeMap::new();
    for locale in locales {
        for page in locale.pages {
            files
                .entry((page.document, page.lang.clone()))
                .or_default()
                .insert(
                    page.format.name(),
                    FileInfo {
                        sha256: sha256_hex(&page.bytes),
                        path: format!("{}/{}", page.lang, page.file_name),
                    },
                );
            plan.add(root.join(&page.lang).join(&page.file_name), page.bytes);
            pages += 1;
        }
        index.pages.extend(locale.index_pages);
    }
    let manifest = render::manifest::manifest(policy, &views, &files);
    let mut json = serde_json::to_string_pretty(&manifest).context("serialising the manifest")?;
    json.push('\n');
    plan.add(root.join("manifest.json"), json.into_bytes());
    // Consent-manager configurations (docs/exports.md).
    plan.add(
        root.join("exports/cookieconsent.js"),
        render::exports::cookieconsent(policy, &views).into_bytes(),
    );
    plan.add(
        root.join("exports/klaro.js"),
        render::exports::klaro(policy, &views).into_bytes(),
    );
    Ok((pages, index))
}

/// One rendered page of a locale, before it joins the write plan.
struct RenderedPage {
    document: DocumentKind,
    lang: String,
    format: Format,
    file_name: String,
    bytes: Vec<u8>,
}

/// Everything one locale of a catalogue contributes: its pages and their index entries.
struct LocalePages {
    pages: Vec<RenderedPage>,
    index_pages: Vec<IndexPage>,
}

/// Localize a catalogue into one locale and render each of its documents in each format.
fn render_locale(
    policy: &Policy,
    options: &BuildOptions,
    templates: &Templates,
    fonts: &Fonts,
    view: &LocaleView,
    languages: &[Language],
    stylesheet: &str,
) -> Result<LocalePages> {
    let view_data = render::context::view_data(view)?;
    let mut out = LocalePages {
        pages: Vec::new(),
        index_pages: Vec::new(),
    };
    for document in &policy.documents {
        let mut index_page = IndexPage {
            title: view.title(*document).to_owned(),
            lang: view.lang.clone(),
            dir: view.dir.to_owned(),
            language: view.language_name().to_owned(),
            files: Vec::new(),
        };
        for &format in &options.formats {
            let ext = format.extension();
            let file_name = format!("{}.{ext}", document.keyword());
            let mut ctx = PageContext::new(view, document.keyword(), format);
            ctx.view_data = Some(&view_data);
            ctx.stylesheet = stylesheet;
            ctx.alternates = languages
                .iter()
                .map(|language| Alternate {
                    href: format!("../{}/{file_name}", language.tag),
                    dir: language.dir,
                    lang: language.tag.clone(),
                    name: language.name.clone(),
                    current: language.tag == view.lang,
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
                    options.front_matter,
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
            let bytes = render::render_file(templates, fonts, &ctx)?;
            index_page.files.push(IndexFile {
                format: format.label().to_owned(),
                href: format!("{}/{}/{file_name}", policy.id, view.lang),
            });
            out.pages.push(RenderedPage {
                document: *document,
                lang: view.lang.clone(),
                format,
                file_name,
                bytes,
            });
        }
        out.index_pages.push(index_page);
    }
    Ok(out)
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

/// Where output goes when nothing else is said.
pub fn default_out(project: &Path) -> PathBuf {
    project.join("out")
}
