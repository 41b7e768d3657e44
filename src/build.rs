//! The build: the stage order, from catalogue paths to a write plan.
//!
//! Per catalogue: load and resolve ([`crate::project`], the linter included) →
//! localize ([`crate::view`]) → every renderer ([`render::renderers`]) → the output,
//! catalogues in parallel. Then the site's renderers (index, stylesheet, schema) and
//! the output is finished. A catalogue that did not change since the last build into
//! the same folder is carried over instead ([`crate::cache`]).

use crate::cache::{self, Cache, Entry};
use crate::i18n::{Messages, Miss};
use crate::model::Policy;
use crate::output::{Finished, Output, WritePlan};
use crate::project::{Loaded, load_all};
use crate::render::{self, IndexPolicy, PolicyInput, Renderer, Shared, SiteInput};
use crate::view;
use anyhow::{Context as _, Result, bail};
use rayon::prelude::*;
use std::path::{Path, PathBuf};

pub use crate::options::BuildOptions;

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

/// Build every catalogue into `output`, each catalogue's files as soon as they are
/// rendered, so memory holds a few catalogues, not the site. With `use_cache`, a
/// written output reuses the catalogues that did not change and records the cache for
/// the next build. Invalid catalogues give no output (nothing is written); template
/// and message errors are returned as errors.
pub fn build(options: &BuildOptions, output: Output, use_cache: bool) -> Result<Built> {
    let messages = Messages::with_project_dir(&options.project.join("locales"))?;
    let shared = Shared::load(&options.project, &options.formats, options.front_matter)?;
    let renderers = render::renderers(&options.formats);
    // Only a written output has a cache: a comparison (`--check`) reads real bytes.
    let build_hash = (use_cache && output.writes()).then(|| cache::build_hash(options));
    let cache = Cache::for_output(&output, build_hash.as_deref());

    // `None` for a catalogue with errors; else its entry, and whether it was reused.
    let outcomes: Vec<Option<(Entry, bool)>> = options
        .catalogues
        .par_iter()
        .enumerate()
        .map(|(order, path)| {
            let key = build_hash
                .as_deref()
                .and_then(|h| cache::catalogue_key(h, path));
            if let Some(key) = &key
                && let Some(entry) = cache.reuse(key, &output)?
            {
                return Ok(Some((entry, true)));
            }
            let mut loaded = load_all(std::slice::from_ref(path));
            let policy = match loaded.policies.pop() {
                Some(policy) if !loaded.has_errors() => policy,
                _ => return Ok(None),
            };
            let (plan, mut entry) = build_policy(&policy, &messages, &shared, &renderers)
                .with_context(|| format!("building policy `{}`", policy.id))?;
            entry.key = key.unwrap_or_default();
            output.add(order, plan)?;
            Ok(Some((entry, false)))
        })
        .collect::<Result<_>>()?;

    let reused = outcomes.iter().flatten().filter(|(_, r)| *r).count();
    let entries: Vec<Entry> = outcomes.iter().flatten().map(|(e, _)| e.clone()).collect();
    let mut ids: Vec<&str> = entries.iter().map(|e| e.policy.as_str()).collect();
    ids.sort_unstable();
    let clash = ids.windows(2).any(|w| w[0] == w[1]);
    if entries.len() < outcomes.len() || clash {
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

    let index: Vec<IndexPolicy> = entries.iter().map(|e| e.index.clone()).collect();
    let site = SiteInput {
        shared: &shared,
        index: &view::index(&messages),
        policies: &index,
    };
    let mut plan = WritePlan::default();
    for renderer in &renderers {
        renderer.render_site(&site, &mut plan)?;
    }
    output.add(usize::MAX, plan)?;

    let pages = entries.iter().map(|e| e.pages).sum();
    let mut misses: Vec<Miss> = entries.iter().flat_map(|e| e.misses.clone()).collect();
    misses.sort();
    misses.dedup();
    let catalogues = entries.len();
    let cache_file = build_hash.map(|hash| cache::encode(&hash, entries));
    Ok(Built {
        loaded: Loaded::default(),
        finished: Some(output.finish(cache_file)?),
        catalogues,
        reused,
        pages,
        misses,
    })
}

/// Localize one policy and run every renderer over it: its files, and its cache entry
/// (without a key).
fn build_policy(
    policy: &Policy,
    messages: &Messages,
    shared: &Shared,
    renderers: &[Box<dyn Renderer>],
) -> Result<(WritePlan, Entry)> {
    let (views, misses) = view::localize_all(policy, messages);
    let input = PolicyInput::new(shared, policy, &views);
    let mut plan = WritePlan::default();
    for renderer in renderers {
        renderer.render_policy(&input, &mut plan)?;
    }
    let entry = Entry {
        key: String::new(),
        policy: policy.id.clone(),
        pages: views.len() * policy.documents.len() * shared.formats.len(),
        index: IndexPolicy::new(&input),
        misses,
        files: cache::files(&plan),
    };
    Ok((plan, entry))
}

/// Where output goes when nothing else is said.
pub fn default_out(project: &Path) -> PathBuf {
    project.join("out")
}
