//! Changes to a policy as typed facts: what `disclose diff` finds between two
//! catalogues, and what `[[changes]]` records for each release.
//!
//! A change names its kind, its class (docs/changes.md) and the entry it concerns, and
//! keeps the facts its wording needs in catalogue terms — keywords, ids, names and
//! durations as ISO 8601 — so a recorded change can be worded in any language later
//! without the catalogue it was found in.

use super::{ChangeClass, ChangeKind, Effective, LocalText};
use crate::diag::Location;
use schemars::JsonSchema;
use serde::Serialize;

/// One change (docs/changes.md lists the kinds and classes).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Change {
    pub kind: ChangeKind,
    pub class: ChangeClass,
    /// The entry it concerns as the catalogue names it: a cookie's name (or label), a
    /// purpose, processor, data-category, storage or section id, a right, a document,
    /// a locale, or a table such as `controller`.
    pub subject: String,
    /// The field, for contact and text changes (`email`, `description`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    /// The locale whose text changed, for text changes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub locale: Option<String>,
    /// The value before and after, as written in the catalogue: keywords, ids joined
    /// with `, `, country codes, durations in ISO 8601 (`P13M`) or `session`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub before: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub after: Option<String>,
    /// For a cookie: who sets it (the provider's name), its category and lifetime, so
    /// "New cookie _ga (Google, analytics, 2 years)" can be worded.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub provider: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub duration: Option<String>,
}

impl Change {
    pub fn new(kind: ChangeKind, class: ChangeClass, subject: impl Into<String>) -> Self {
        Self {
            kind,
            class,
            subject: subject.into(),
            field: None,
            locale: None,
            before: None,
            after: None,
            provider: None,
            category: None,
            duration: None,
        }
    }

    pub fn values(mut self, before: Option<String>, after: Option<String>) -> Self {
        self.before = before;
        self.after = after;
        self
    }

    pub fn field(mut self, field: impl Into<String>) -> Self {
        self.field = Some(field.into());
        self
    }

    pub fn locale(mut self, locale: impl Into<String>) -> Self {
        self.locale = Some(locale.into());
        self
    }
}

/// One release recorded in `[[changes]]`.
#[derive(Debug, Clone)]
pub struct Release {
    pub version: String,
    pub effective: Effective,
    pub summary: Option<LocalText>,
    /// The consent fingerprint of the policy as released (`disclose release` writes it).
    pub consent_fingerprint: Option<String>,
    pub changes: Vec<Change>,
    pub loc: Location,
}

impl Release {
    /// Whether the release asked visitors for consent again.
    pub fn asks_consent(&self) -> bool {
        self.changes.iter().any(|c| c.class == ChangeClass::Consent)
    }
}
