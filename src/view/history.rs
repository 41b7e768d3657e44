//! "Changes to this policy": the current version and, per recorded release, its
//! changes worded in the page's language ([`super::changes::word`]).
//!
//! Facts changed are listed one by one; rewording (text changes) is told once per
//! release, since the page already shows the new wording.

use super::changes::word;
use super::words::effective_text;
use super::{Rich, Texts};
use crate::i18n::Localizer;
use crate::model::facts;
use crate::model::*;
use fluent_bundle::{FluentArgs, FluentValue};
use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
pub struct ChangesView {
    /// "This is version 1.1, in effect since 1 June 2024."; empty when the catalogue
    /// states neither.
    pub current: String,
    /// Newest first.
    pub releases: Vec<ReleaseView>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ReleaseView {
    pub version: String,
    /// The date as the page words it, and in ISO 8601.
    pub effective: String,
    pub effective_iso: String,
    /// "Version 1.1 of 1 June 2024"
    pub heading: String,
    pub summary: Option<Rich>,
    /// The changes of fact, worded; then one line for any rewording.
    pub items: Vec<String>,
    /// Said when the release asked visitors for consent again.
    pub consent: Option<String>,
}

/// What the banners say when they ask again: the `consent` changes of the newest
/// release that asked for consent again, or, when the release is not recorded, that
/// the policy changed.
pub(super) fn revision_message(policy: &Policy, l: &Localizer) -> String {
    let basis = facts::consent_basis(policy);
    let release = policy
        .history
        .iter()
        .skip(1)
        .rev()
        .find(|r| r.asks_consent() && r.consent_fingerprint.as_deref() == Some(basis.as_str()));
    let Some(release) = release else {
        return l.msg("banner-revision-unrecorded", None);
    };
    let items: Vec<String> = release
        .changes
        .iter()
        .filter(|c| c.class == ChangeClass::Consent)
        .map(|c| word(l, Some(policy), c))
        .collect();
    let mut args = FluentArgs::new();
    args.set("changes", FluentValue::from(items.join("; ")));
    l.msg("banner-revision", Some(&args))
}

pub(super) fn changes(
    policy: &Policy,
    l: &Localizer,
    texts: &Texts,
    effective: Option<&str>,
) -> Option<ChangesView> {
    if policy.history.is_empty() {
        return None;
    }
    let chain = l.chain();
    let mut args = FluentArgs::new();
    args.set(
        "version",
        FluentValue::from(policy.version.clone().unwrap_or_default()),
    );
    args.set(
        "effective",
        FluentValue::from(effective.unwrap_or_default()),
    );
    let current = match (&policy.version, effective) {
        (Some(_), Some(_)) => l.msg("changes-current", Some(&args)),
        (None, Some(_)) => l.msg("changes-current-date", Some(&args)),
        _ => String::new(),
    };
    let releases = policy
        .history
        .iter()
        .enumerate()
        .rev()
        .map(|(i, r)| {
            let effective = effective_text(l, &r.effective);
            let mut args = FluentArgs::new();
            args.set("version", FluentValue::from(r.version.clone()));
            args.set("effective", FluentValue::from(effective.clone()));
            let mut items: Vec<String> = r
                .changes
                .iter()
                .filter(|c| c.kind != ChangeKind::TextChanged)
                .map(|c| word(l, Some(policy), c))
                .collect();
            items.dedup();
            if r.changes.iter().any(|c| c.kind == ChangeKind::TextChanged) {
                items.push(l.msg("changes-editorial", None));
            }
            let summary = r.summary.as_ref().map(|s| texts.rich(s.get(chain)));
            if items.is_empty() && summary.is_none() {
                let first = i == 0;
                items.push(l.msg(
                    if first {
                        "changes-first"
                    } else {
                        "changes-none"
                    },
                    None,
                ));
            }
            ReleaseView {
                version: r.version.clone(),
                effective_iso: r.effective.iso8601(),
                heading: l.msg("changes-release", Some(&args)),
                effective,
                summary,
                items,
                consent: r.asks_consent().then(|| l.msg("changes-consent", None)),
            }
        })
        .collect();
    Some(ChangesView { current, releases })
}
