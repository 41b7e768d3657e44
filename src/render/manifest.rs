//! The JSON manifest: the policy as data, for consent banners and audits.
//!
//! Field names are a public contract, documented in docs/manifest.md. Human-readable
//! values are given per published locale; machine values (categories, seconds,
//! keywords) are locale-free.

use crate::duration::Duration;
use crate::model::facts::{self, consent_fingerprint};
use crate::model::*;
use crate::output::WritePlan;
use crate::render::pages::page_path;
use crate::render::renderer::{PolicyInput, Renderer, SiteInput, by_path};
use crate::view::LocaleView;
use anyhow::{Context as _, Result};
use schemars::JsonSchema;
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::PathBuf;

/// Bumped on any change to the manifest's fields: minor for additions, major for
/// removals or changed meaning.
pub const MANIFEST_VERSION: &str = "1.1";

/// Text per locale tag.
pub type Localized = BTreeMap<String, String>;

#[derive(Debug, Serialize, JsonSchema)]
pub struct Manifest {
    pub manifest_version: &'static str,
    pub generator: Generator,
    pub policy: PolicyInfo,
    /// SHA-256 over the facts a visitor consents to (non-necessary cookies with their
    /// provider, category, purposes and duration; consent purposes; the recipients of
    /// those cookies with country, transfer and own use). It changes when any of them
    /// changes and stays the same when only wording changes: ask for consent again
    /// when it changes.
    pub consent_fingerprint: String,
    /// How consent is asked; null without a `[consent]` table.
    pub consent: Option<ConsentInfo>,
    pub controller: ControllerInfo,
    pub dpo: Option<DpoInfo>,
    pub cookies: Vec<CookieInfo>,
    pub processors: Vec<ProcessorInfo>,
    pub purposes: Vec<PurposeInfo>,
    pub data: Vec<DataInfo>,
    pub rights: Vec<Right>,
    pub documents: Vec<DocumentInfo>,
    /// The releases recorded in the catalogue's `[[changes]]`, oldest first (since 1.1).
    pub history: Vec<ReleaseInfo>,
}

/// One recorded release.
#[derive(Debug, Serialize, JsonSchema)]
pub struct ReleaseInfo {
    pub version: String,
    /// ISO 8601, as the catalogue states it.
    pub effective: String,
    /// The consent fingerprint of the policy as released; compare with
    /// `consent_fingerprint` to tell which version a consent was given under.
    pub consent_fingerprint: Option<String>,
    /// Whether the release asked visitors for consent again (a `consent` change).
    pub asks_consent: bool,
    pub summary: Option<Localized>,
    /// The changes, typed as `disclose diff --format json` gives them.
    pub changes: Vec<Change>,
    /// The changes as the pages list them, per locale.
    pub text: BTreeMap<String, Vec<String>>,
}

/// How consent is asked, as the catalogue states it; each fact null where not stated.
#[derive(Debug, Serialize, JsonSchema)]
pub struct ConsentInfo {
    pub mechanism: ConsentMechanism,
    /// Visitors choose category by category.
    pub categories: Option<bool>,
    /// The first layer offers refusing as plainly as accepting.
    pub reject_first_layer: Option<bool>,
    /// Some choice is ticked in advance.
    pub pre_ticked: Option<bool>,
    /// The site can only be used after accepting.
    pub cookie_wall: Option<bool>,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct Generator {
    pub name: &'static str,
    pub version: &'static str,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct PolicyInfo {
    pub id: String,
    pub name: Localized,
    pub version: Option<String>,
    /// ISO 8601: a month, a date, or a date-time with offset, as the catalogue states it.
    pub effective: Option<String>,
    pub default_locale: String,
    pub locales: Vec<String>,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct ControllerInfo {
    pub name: String,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub country: Option<String>,
    pub website: Option<String>,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct DpoInfo {
    pub name: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub designated: Option<bool>,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct CookieInfo {
    /// As written: exact name, or a pattern such as `visitor_id<account>`; null when unnamed.
    pub name: Option<String>,
    /// `exact`, `pattern` or `unnamed`.
    #[serde(rename = "match")]
    pub match_kind: &'static str,
    /// A regular expression matching every name this entry covers.
    pub regex: Option<String>,
    pub label: Option<Localized>,
    pub example: Option<String>,
    /// A processor id, or `first-party`.
    pub provider: String,
    pub first_party: bool,
    pub category: CookieCategory,
    pub consent_required: bool,
    pub purposes: Vec<String>,
    pub duration: DurationInfo,
    pub storage: StorageKind,
    pub domain: Option<String>,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct DurationInfo {
    /// `session`, `persistent` (length not stated), `period` or `not-stated`: the
    /// cookie's `duration` (with `until` or `expires`, its maximum; with `by_region`,
    /// the lifetime elsewhere).
    pub kind: &'static str,
    /// Mean-Gregorian seconds; null unless `period`.
    pub seconds: Option<u64>,
    pub iso8601: Option<String>,
    /// The longest the cookie lasts by every period stated (`duration` and each
    /// regional one), in mean-Gregorian seconds; null when none is a period.
    pub max_seconds: Option<u64>,
    /// The event that ends the cookie, in every locale, worded to follow "until".
    pub until: Option<Localized>,
    /// The date the cookie expires on (ISO 8601, `2026-12-31`).
    pub expires: Option<String>,
    /// Whether the period starts again on every visit.
    pub rolling: bool,
    /// Durations that apply in some regions instead of `duration`.
    pub by_region: Vec<RegionalDurationInfo>,
    /// The whole lifetime in words, as the pages show it.
    pub text: Localized,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct RegionalDurationInfo {
    /// ISO 3166-1 alpha-2 codes, `EEA` or `EU`.
    pub regions: Vec<String>,
    /// `session`, `persistent` or `period`.
    pub kind: &'static str,
    /// Mean-Gregorian seconds; null unless `period`.
    pub seconds: Option<u64>,
    pub iso8601: Option<String>,
}

/// The kind, seconds and ISO 8601 form of a duration.
fn duration_parts(d: Option<&Duration>) -> (&'static str, Option<u64>, Option<String>) {
    match d {
        None => ("not-stated", None, None),
        Some(Duration::Session) => ("session", None, None),
        Some(Duration::Persistent) => ("persistent", None, None),
        Some(d) => ("period", d.seconds(), d.iso8601()),
    }
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct ProcessorInfo {
    pub id: String,
    pub name: Localized,
    /// Null where the catalogue does not say.
    pub role: Option<RecipientRole>,
    pub country: Option<String>,
    pub outside_eea: Option<bool>,
    pub transfer: Option<TransferMechanism>,
    pub privacy_url: Option<String>,
    pub own_purposes: Option<bool>,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct PurposeInfo {
    pub id: String,
    pub name: Localized,
    pub legal_basis: Option<LegalBasis>,
    pub consent_required: bool,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct DataInfo {
    pub id: String,
    pub name: Localized,
    pub purposes: Vec<String>,
    pub sensitive: bool,
    pub retention: Option<Localized>,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct DocumentInfo {
    pub document: DocumentKind,
    pub locale: String,
    /// One entry per format built (`html`, `fragment`, `markdown`), by format name.
    pub files: BTreeMap<String, FileInfo>,
}

/// A page file.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct FileInfo {
    /// Relative to the manifest, e.g. `en/cookie-policy.html`.
    pub path: String,
    /// SHA-256 of the file's content, lowercase hex.
    pub sha256: String,
}

pub use facts::sha256_hex;

/// Build the manifest; `views` has one entry per published locale, in order;
/// `files` gives the page files of each document per locale, by format name.
pub fn manifest(policy: &Policy, views: &[LocaleView], files: &PageFiles) -> Manifest {
    // A text in every locale, as the views word it.
    let per_locale = |text: &dyn Fn(&LocaleView) -> &str| -> Localized {
        views
            .iter()
            .map(|v| (v.lang.clone(), text(v).to_owned()))
            .collect()
    };
    let cookies = policy
        .cookies
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let (kind, seconds, iso) = duration_parts(c.duration.as_ref().map(|d| &d.value));
            let text = per_locale(&|v| &v.cookies[i].duration);
            CookieInfo {
                name: c.name.display(),
                match_kind: match c.name {
                    CookieName::Exact(_) => "exact",
                    CookieName::Pattern(_) => "pattern",
                    CookieName::Unnamed => "unnamed",
                },
                regex: c.name.regex(),
                label: c
                    .label
                    .as_ref()
                    .map(|_| per_locale(&|v| v.cookies[i].label.as_deref().unwrap_or_default())),
                example: c.example.clone(),
                provider: facts::provider_id(policy, c).to_owned(),
                first_party: c.provider == Provider::FirstParty,
                category: c.category.value,
                consent_required: facts::requires_consent(c),
                purposes: c
                    .purposes
                    .iter()
                    .map(|p| policy.purpose(*p).id.clone())
                    .collect(),
                duration: DurationInfo {
                    kind,
                    seconds,
                    iso8601: iso,
                    max_seconds: facts::longest_seconds(c),
                    until: c.lifetime.until.as_ref().map(|_| {
                        per_locale(&|v| v.cookies[i].until.as_deref().unwrap_or_default())
                    }),
                    expires: c.lifetime.expires.as_ref().map(|d| d.value.iso8601()),
                    rolling: c.lifetime.rolling,
                    by_region: c
                        .lifetime
                        .by_region
                        .iter()
                        .map(|r| {
                            let (kind, seconds, iso8601) = duration_parts(Some(&r.duration.value));
                            RegionalDurationInfo {
                                regions: r.regions.iter().map(|g| g.code().to_owned()).collect(),
                                kind,
                                seconds,
                                iso8601,
                            }
                        })
                        .collect(),
                    text,
                },
                storage: c.storage,
                domain: c.domain.clone(),
            }
        })
        .collect();
    let documents = policy
        .locales
        .iter()
        .flat_map(|locale| {
            policy.documents.iter().map(move |doc| DocumentInfo {
                document: *doc,
                locale: locale.to_string(),
                files: files
                    .get(&(*doc, locale.to_string()))
                    .into_iter()
                    .flatten()
                    .map(|(format, file)| (format.to_string(), file.clone()))
                    .collect(),
            })
        })
        .collect();

    let history = policy
        .history
        .iter()
        .enumerate()
        .map(|(i, r)| {
            fn shown(v: &LocaleView, i: usize) -> Option<&crate::view::ReleaseView> {
                v.changes.as_ref()?.releases.iter().rev().nth(i)
            }
            ReleaseInfo {
                version: r.version.clone(),
                effective: r.effective.iso8601(),
                consent_fingerprint: r.consent_fingerprint.clone(),
                asks_consent: r.asks_consent(),
                summary: r.summary.as_ref().map(|_| {
                    views
                        .iter()
                        .filter_map(|v| {
                            Some((
                                v.lang.clone(),
                                shown(v, i)?.summary.as_ref()?.source.clone(),
                            ))
                        })
                        .collect()
                }),
                changes: r.changes.clone(),
                text: views
                    .iter()
                    .filter_map(|v| Some((v.lang.clone(), shown(v, i)?.items.clone())))
                    .collect(),
            }
        })
        .collect();
    Manifest {
        history,
        manifest_version: MANIFEST_VERSION,
        consent_fingerprint: consent_fingerprint(policy),
        consent: policy.consent.as_ref().map(|c| {
            let fact = |f: &Option<At<bool>>| f.as_ref().map(|f| f.value);
            ConsentInfo {
                mechanism: c.mechanism.value,
                categories: fact(&c.asked.categories),
                reject_first_layer: fact(&c.asked.reject_first_layer),
                pre_ticked: fact(&c.asked.pre_ticked),
                cookie_wall: fact(&c.asked.cookie_wall),
            }
        }),
        generator: Generator {
            name: "disclose",
            version: env!("CARGO_PKG_VERSION"),
        },
        policy: PolicyInfo {
            id: policy.id.clone(),
            name: per_locale(&|v| &v.policy_name),
            version: policy.version.clone(),
            effective: policy.effective.map(|e| e.iso8601()),
            default_locale: policy.default_locale.to_string(),
            locales: policy.locales.iter().map(|l| l.to_string()).collect(),
        },
        controller: ControllerInfo {
            name: policy.controller.name.clone(),
            email: policy.controller.email.clone(),
            phone: policy.controller.phone.clone(),
            country: policy.controller.country.clone(),
            website: policy.controller.website.clone(),
        },
        dpo: policy.dpo.as_ref().map(|d| DpoInfo {
            name: d.name.clone(),
            email: d.email.clone(),
            phone: d.phone.clone(),
            designated: d.designated,
        }),
        cookies,
        processors: policy
            .processors
            .iter()
            .enumerate()
            .map(|(i, p)| ProcessorInfo {
                id: p.id.clone(),
                name: per_locale(&|v| &v.processors[i].name),
                role: p.role,
                country: p.country.as_ref().map(|c| c.value.clone()),
                outside_eea: facts::outside_eea(p),
                transfer: p.transfer.as_ref().map(|t| t.value),
                privacy_url: p.privacy_url.clone(),
                own_purposes: p.own_purposes,
            })
            .collect(),
        purposes: policy
            .purposes
            .iter()
            .enumerate()
            .map(|(i, p)| PurposeInfo {
                id: p.id.clone(),
                name: per_locale(&|v| &v.purposes[i].name),
                legal_basis: p.legal_basis.as_ref().map(|b| b.value),
                consent_required: facts::relies_on_consent(p),
            })
            .collect(),
        data: policy
            .data
            .iter()
            .enumerate()
            .map(|(i, d)| DataInfo {
                id: d.id.clone(),
                name: per_locale(&|v| &v.data[i].name),
                purposes: d
                    .purposes
                    .iter()
                    .map(|p| policy.purpose(*p).id.clone())
                    .collect(),
                sensitive: d.sensitive,
                retention: d.retention.as_ref().map(|_| {
                    per_locale(&|v| v.data[i].retention.as_ref().map_or("", |r| &r.source))
                }),
            })
            .collect(),
        rights: policy
            .rights
            .as_ref()
            .map(|r| r.granted.iter().map(|g| g.value).collect())
            .unwrap_or_default(),
        documents,
    }
}

/// Page files by document and locale, then by format name.
type PageFiles = BTreeMap<(DocumentKind, String), BTreeMap<&'static str, FileInfo>>;

/// `<policy>/manifest.json`; runs after the pages, whose files it hashes.
pub struct ManifestRenderer;

impl Renderer for ManifestRenderer {
    fn render_policy(&self, input: &PolicyInput, plan: &mut WritePlan) -> Result<()> {
        let root = input.root();
        let written = by_path(plan);
        let mut files = PageFiles::new();
        for view in input.views {
            for document in &input.policy.documents {
                for &format in &input.shared.formats {
                    let path = page_path(&view.lang, document.keyword(), format);
                    let Some(bytes) = written.get(root.join(&path).as_path()) else {
                        continue;
                    };
                    files
                        .entry((*document, view.lang.clone()))
                        .or_default()
                        .insert(
                            format.name(),
                            FileInfo {
                                sha256: sha256_hex(bytes),
                                path,
                            },
                        );
                }
            }
        }
        let manifest = manifest(input.policy, input.views, &files);
        let mut json =
            serde_json::to_string_pretty(&manifest).context("serialising the manifest")?;
        json.push('\n');
        plan.add(root.join("manifest.json"), json.into_bytes());
        Ok(())
    }
}

/// `schema/manifest.schema.json`: the manifest's contract travels with the
/// manifests it describes.
pub struct SchemaRenderer;

impl Renderer for SchemaRenderer {
    fn render_site(&self, _input: &SiteInput, plan: &mut WritePlan) -> Result<()> {
        let mut schema = serde_json::to_string_pretty(&json_schema())
            .context("serialising the manifest schema")?;
        schema.push('\n');
        plan.add(
            PathBuf::from("schema/manifest.schema.json"),
            schema.into_bytes(),
        );
        Ok(())
    }
}

/// The JSON Schema of the manifest, generated from these types.
pub fn json_schema() -> serde_json::Value {
    let mut schema = schemars::schema_for!(Manifest);
    schema.insert("title".into(), "disclose manifest".into());
    schema.insert("description".into(), format!("manifest.json written by disclose, manifest_version {MANIFEST_VERSION}; see docs/manifest.md.").into());
    schema.to_value()
}
