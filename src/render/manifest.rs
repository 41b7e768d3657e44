//! The JSON manifest: the policy as data, for consent banners and audits.
//!
//! Field names are a public contract, documented in docs/manifest.md. Human-readable
//! values are given per published locale; machine values (categories, seconds,
//! keywords) are locale-free.

use crate::duration::Duration;
use crate::i18n::Localizer;
use crate::model::*;
use crate::view::duration_text;
use schemars::JsonSchema;
use serde::Serialize;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;

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
    pub controller: ControllerInfo,
    pub dpo: Option<DpoInfo>,
    pub cookies: Vec<CookieInfo>,
    pub processors: Vec<ProcessorInfo>,
    pub purposes: Vec<PurposeInfo>,
    pub data: Vec<DataInfo>,
    pub rights: Vec<Right>,
    pub documents: Vec<DocumentInfo>,
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
    /// `session`, `persistent` (length not stated), `period` or `not-stated`.
    pub kind: &'static str,
    /// Mean-Gregorian seconds; null unless `period`.
    pub seconds: Option<u64>,
    pub iso8601: Option<String>,
    pub text: Localized,
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
    /// Paths relative to the manifest.
    pub html: String,
    pub markdown: String,
    /// Null when the build made no PDFs (disclose built without the `pdf` feature).
    pub pdf: Option<String>,
    /// SHA-256 of each file's content, lowercase hex.
    pub sha256: FileHashes,
}

#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct FileHashes {
    pub html: String,
    pub markdown: String,
    /// Null when the build made no PDFs.
    pub pdf: Option<String>,
}

/// Lowercase hex SHA-256.
pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Build the manifest; `localizers` has one entry per published locale, in order;
/// `hashes` gives the content hashes of each document per locale.
pub fn manifest(
    policy: &Policy,
    localizers: &[Localizer],
    hashes: &BTreeMap<(DocumentKind, String), FileHashes>,
) -> Manifest {
    let per_locale = |text: &LocalText| -> Localized {
        localizers
            .iter()
            .map(|l| (l.locale().to_string(), text.get(l.chain()).to_owned()))
            .collect()
    };
    let cookies = policy
        .cookies
        .iter()
        .map(|c| {
            let (kind, seconds, iso) = match c.duration.as_ref().map(|d| &d.value) {
                None => ("not-stated", None, None),
                Some(Duration::Session) => ("session", None, None),
                Some(Duration::Persistent) => ("persistent", None, None),
                Some(d) => ("period", d.seconds(), d.iso8601()),
            };
            let text = localizers
                .iter()
                .map(|l| {
                    let words = match &c.duration {
                        Some(d) => duration_text(l, &d.value),
                        None => l.msg("duration-not-stated", None),
                    };
                    (l.locale().to_string(), words)
                })
                .collect();
            CookieInfo {
                name: c.name.display(),
                match_kind: match c.name {
                    CookieName::Exact(_) => "exact",
                    CookieName::Pattern(_) => "pattern",
                    CookieName::Unnamed => "unnamed",
                },
                regex: c.name.regex(),
                label: c.label.as_ref().map(per_locale),
                example: c.example.clone(),
                provider: match c.provider {
                    Provider::FirstParty => "first-party".to_owned(),
                    Provider::Processor(id) => policy.processor(id).id.clone(),
                },
                first_party: c.provider == Provider::FirstParty,
                category: c.category.value,
                consent_required: c.category.value.requires_consent(),
                purposes: c
                    .purposes
                    .iter()
                    .map(|p| policy.purpose(*p).id.clone())
                    .collect(),
                duration: DurationInfo {
                    kind,
                    seconds,
                    iso8601: iso,
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
            policy.documents.iter().map(move |doc| {
                let sha256 = hashes
                    .get(&(*doc, locale.to_string()))
                    .cloned()
                    .unwrap_or(FileHashes {
                        html: String::new(),
                        markdown: String::new(),
                        pdf: None,
                    });
                DocumentInfo {
                    document: *doc,
                    locale: locale.to_string(),
                    html: format!("{locale}/{}.html", doc.keyword()),
                    markdown: format!("{locale}/{}.md", doc.keyword()),
                    pdf: sha256
                        .pdf
                        .as_ref()
                        .map(|_| format!("{locale}/{}.pdf", doc.keyword())),
                    sha256,
                }
            })
        })
        .collect();

    Manifest {
        manifest_version: MANIFEST_VERSION,
        consent_fingerprint: consent_fingerprint(policy),
        generator: Generator {
            name: "disclose",
            version: env!("CARGO_PKG_VERSION"),
        },
        policy: PolicyInfo {
            id: policy.id.clone(),
            name: per_locale(&policy.name),
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
            .map(|p| ProcessorInfo {
                id: p.id.clone(),
                name: per_locale(&p.name),
                role: p.role,
                country: p.country.as_ref().map(|c| c.value.clone()),
                outside_eea: p.country.as_ref().map(|c| !in_eea(&c.value)),
                transfer: p.transfer.as_ref().map(|t| t.value),
                privacy_url: p.privacy_url.clone(),
                own_purposes: p.own_purposes,
            })
            .collect(),
        purposes: policy
            .purposes
            .iter()
            .map(|p| PurposeInfo {
                id: p.id.clone(),
                name: per_locale(&p.name),
                legal_basis: p.legal_basis.as_ref().map(|b| b.value),
                consent_required: p
                    .legal_basis
                    .as_ref()
                    .is_some_and(|b| b.value == LegalBasis::Consent),
            })
            .collect(),
        data: policy
            .data
            .iter()
            .map(|d| DataInfo {
                id: d.id.clone(),
                name: per_locale(&d.name),
                purposes: d
                    .purposes
                    .iter()
                    .map(|p| policy.purpose(*p).id.clone())
                    .collect(),
                sensitive: d.sensitive,
                retention: d.retention.as_ref().map(per_locale),
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

/// The facts of [`Manifest::consent_fingerprint`], in a canonical JSON form.
#[derive(Serialize)]
struct ConsentFacts<'a> {
    cookies: Vec<ConsentCookie>,
    purposes: Vec<&'a str>,
    recipients: Vec<ConsentRecipient<'a>>,
}

#[derive(Serialize, PartialEq, Eq, PartialOrd, Ord)]
struct ConsentCookie {
    name: Option<String>,
    provider: String,
    category: &'static str,
    purposes: Vec<String>,
    duration: Option<String>,
}

#[derive(Serialize, PartialEq, Eq, PartialOrd, Ord)]
struct ConsentRecipient<'a> {
    id: &'a str,
    country: Option<&'a str>,
    transfer: Option<&'static str>,
    own_purposes: Option<bool>,
}

pub fn consent_fingerprint(policy: &Policy) -> String {
    let consented: Vec<&Cookie> = policy
        .cookies
        .iter()
        .filter(|c| c.category.value.requires_consent())
        .collect();
    let mut cookies: Vec<ConsentCookie> = consented
        .iter()
        .map(|c| {
            let mut purposes: Vec<String> = c
                .purposes
                .iter()
                .map(|p| policy.purpose(*p).id.clone())
                .collect();
            purposes.sort();
            ConsentCookie {
                // Unnamed entries are told apart by provider and category only.
                name: c.name.display(),
                provider: match c.provider {
                    Provider::FirstParty => "first-party".to_owned(),
                    Provider::Processor(id) => policy.processor(id).id.clone(),
                },
                category: c.category.value.keyword(),
                purposes,
                duration: c.duration.as_ref().map(|d| match d.value.seconds() {
                    Some(s) => s.to_string(),
                    None => format!("{:?}", d.value),
                }),
            }
        })
        .collect();
    cookies.sort();
    let mut purposes: Vec<&str> = policy
        .purposes
        .iter()
        .filter(|p| {
            p.legal_basis
                .as_ref()
                .is_some_and(|b| b.value == LegalBasis::Consent)
        })
        .map(|p| p.id.as_str())
        .collect();
    purposes.sort_unstable();
    let mut recipients: Vec<ConsentRecipient> = policy
        .processors
        .iter()
        .enumerate()
        .filter(|(i, _)| {
            consented
                .iter()
                .any(|c| c.provider == Provider::Processor(ProcessorId(*i)))
        })
        .map(|(_, p)| ConsentRecipient {
            id: &p.id,
            country: p.country.as_ref().map(|c| c.value.as_str()),
            transfer: p.transfer.as_ref().map(|t| t.value.keyword()),
            own_purposes: p.own_purposes,
        })
        .collect();
    recipients.sort();
    let facts = ConsentFacts {
        cookies,
        purposes,
        recipients,
    };
    let json = serde_json::to_vec(&facts).unwrap_or_default();
    format!("sha256:{}", sha256_hex(&json))
}

/// The JSON Schema of the manifest, generated from these types.
pub fn json_schema() -> serde_json::Value {
    let mut schema = schemars::schema_for!(Manifest);
    schema.insert("title".into(), "disclose manifest".into());
    schema.insert("description".into(), format!("manifest.json written by disclose, manifest_version {MANIFEST_VERSION}; see docs/manifest.md.").into());
    schema.to_value()
}
