//! The message files: shipped bundles and a project's own, parsed once per build.

use anyhow::{Context as _, Result, anyhow};
use fluent_bundle::FluentResource;
use fluent_bundle::concurrent::FluentBundle;
use std::collections::HashMap;
use std::path::Path;
use std::str::FromStr;
use std::sync::{Arc, Mutex};
use unic_langid::LanguageIdentifier;

/// The message files that ship with the binary.
const SHIPPED: &[(&str, &str)] = &[
    ("en", include_str!("../../locales/en.ftl")),
    ("nl", include_str!("../../locales/nl.ftl")),
    ("de", include_str!("../../locales/de.ftl")),
    ("fr", include_str!("../../locales/fr.ftl")),
    ("es", include_str!("../../locales/es.ftl")),
    ("it", include_str!("../../locales/it.ftl")),
    ("da", include_str!("../../locales/da.ftl")),
    ("et", include_str!("../../locales/et.ftl")),
    ("fi", include_str!("../../locales/fi.ftl")),
    ("is", include_str!("../../locales/is.ftl")),
    ("lt", include_str!("../../locales/lt.ftl")),
    ("lv", include_str!("../../locales/lv.ftl")),
    ("nb", include_str!("../../locales/nb.ftl")),
    ("sv", include_str!("../../locales/sv.ftl")),
    ("bg", include_str!("../../locales/bg.ftl")),
    ("cs", include_str!("../../locales/cs.ftl")),
    ("el", include_str!("../../locales/el.ftl")),
    ("ga", include_str!("../../locales/ga.ftl")),
    ("hr", include_str!("../../locales/hr.ftl")),
    ("hu", include_str!("../../locales/hu.ftl")),
    ("mt", include_str!("../../locales/mt.ftl")),
    ("pl", include_str!("../../locales/pl.ftl")),
    ("pt", include_str!("../../locales/pt.ftl")),
    ("ro", include_str!("../../locales/ro.ftl")),
    ("sk", include_str!("../../locales/sk.ftl")),
    ("sl", include_str!("../../locales/sl.ftl")),
];

/// The shipped message files: locale tag and Fluent source.
pub fn shipped_sources() -> &'static [(&'static str, &'static str)] {
    SHIPPED
}

/// The language the shipped messages are complete in; the last resort of every chain.
pub const SOURCE_LOCALE: &str = "en";

pub(super) struct Bundle {
    pub(super) locale: LanguageIdentifier,
    pub(super) bundle: FluentBundle<FluentResource>,
    /// Message ids in this bundle, in file order.
    pub(super) ids: Vec<String>,
}

/// All message bundles of a build, parsed once.
pub struct Messages {
    pub(super) bundles: Vec<Bundle>,
    /// What each fallback chain resolves to, worked out on first use (a build sees a
    /// handful of chains and formats thousands of pages with them).
    pub(super) tables: Mutex<HashMap<Vec<LanguageIdentifier>, Arc<ChainTable>>>,
}

/// One fallback chain, resolved: for every message id any locale of the chain has,
/// where it is found, and its text when that does not depend on arguments.
pub(super) struct ChainTable {
    /// In the order [`Localizer::all`] gives them: the source locale's ids in file
    /// order, then ids only other locales of the chain have.
    pub(super) entries: Vec<Entry>,
    pub(super) by_id: HashMap<String, usize>,
}

pub(super) struct Entry {
    pub(super) id: String,
    /// Index of the bundle that has the message, and its position in the chain.
    pub(super) bundle: usize,
    pub(super) depth: usize,
    /// The formatted text, when formatting with no arguments gives no error: such a
    /// message reads the same whatever arguments it is given.
    pub(super) fixed: Option<String>,
}

impl Messages {
    /// The shipped messages only.
    pub fn shipped() -> Self {
        let bundles = SHIPPED
            .iter()
            .map(|(tag, source)| {
                let locale: LanguageIdentifier =
                    tag.parse().expect("shipped locale tags are valid");
                let mut bundle = new_bundle(&locale);
                let ids = add_source(&mut bundle, source).expect("shipped message files parse");
                Bundle {
                    locale,
                    bundle,
                    ids,
                }
            })
            .collect();
        Self {
            bundles,
            tables: Mutex::default(),
        }
    }

    /// Shipped messages, with a project's `locales/*.ftl` added on top: a file for a new
    /// tag adds a language, a file for a shipped tag overrides single messages.
    pub fn with_project_dir(dir: &Path) -> Result<Self> {
        let mut messages = Self::shipped();
        if !dir.is_dir() {
            return Ok(messages);
        }
        let mut files: Vec<_> = std::fs::read_dir(dir)
            .with_context(|| format!("reading {}", dir.display()))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
            .collect();
        files.sort();
        for path in files {
            let tag = path
                .file_stem()
                .and_then(|s| s.to_str())
                .unwrap_or_default();
            let locale = LanguageIdentifier::from_str(tag).map_err(|_| {
                anyhow!(
                    "{}: `{tag}` is not a locale tag; name message files like nl.ftl or de-AT.ftl",
                    path.display()
                )
            })?;
            let source = std::fs::read_to_string(&path)
                .with_context(|| format!("reading {}", path.display()))?;
            let position = messages.bundles.iter().position(|b| b.locale == locale);
            let index = position.unwrap_or_else(|| {
                messages.bundles.push(Bundle {
                    bundle: new_bundle(&locale),
                    locale,
                    ids: Vec::new(),
                });
                messages.bundles.len() - 1
            });
            let target = &mut messages.bundles[index];
            let ids = add_source(&mut target.bundle, &source)
                .map_err(|e| anyhow!("{}: {e}", path.display()))?;
            for id in ids {
                if !target.ids.contains(&id) {
                    target.ids.push(id);
                }
            }
        }
        Ok(messages)
    }

    /// Locales that have message files.
    pub fn locales(&self) -> impl Iterator<Item = &LanguageIdentifier> {
        self.bundles.iter().map(|b| &b.locale)
    }

    pub(super) fn bundle(&self, locale: &LanguageIdentifier) -> Option<&Bundle> {
        self.bundles.iter().find(|b| &b.locale == locale)
    }

    pub(super) fn bundle_index(&self, locale: &LanguageIdentifier) -> Option<usize> {
        self.bundles.iter().position(|b| &b.locale == locale)
    }
}

fn new_bundle(locale: &LanguageIdentifier) -> FluentBundle<FluentResource> {
    let mut bundle = FluentBundle::new_concurrent(vec![locale.clone()]);
    // Isolation marks (U+2068/U+2069) would end up inside HTML and Markdown.
    bundle.set_use_isolating(false);
    bundle
}

/// Parse a Fluent source into the bundle, later messages overriding earlier ones.
fn add_source(
    bundle: &mut FluentBundle<FluentResource>,
    source: &str,
) -> Result<Vec<String>, String> {
    let resource = FluentResource::try_new(source.to_owned()).map_err(|(_, errors)| {
        errors
            .iter()
            .map(|e| format!("{e:?}"))
            .collect::<Vec<_>>()
            .join("; ")
    })?;
    let ids = resource
        .entries()
        .filter_map(|e| match e {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
            _ => None,
        })
        .collect();
    bundle.add_resource_overriding(resource);
    Ok(ids)
}
