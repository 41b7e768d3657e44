//! Facts that several outputs and rules need, as functions of the model.
//!
//! Each is stated here once: the views, the manifest, the consent-manager exports and
//! the compliance rules ask these functions instead of working the fact out again.

use super::{At, Cookie, LegalBasis, Policy, Processor, ProcessorId, Provider, Purpose, in_eea};
use crate::duration::Duration;
use serde::Serialize;
use sha2::{Digest, Sha256};

/// Whether a purpose relies on consent (GDPR Art. 6(1)(a)): withdrawing consent
/// (Art. 7(3)) then ends it.
pub fn relies_on_consent(purpose: &Purpose) -> bool {
    purpose
        .legal_basis
        .as_ref()
        .is_some_and(|b| b.value == LegalBasis::Consent)
}

/// Whether setting a cookie needs consent: ePrivacy Art. 5(3) exempts only strictly
/// necessary storage.
pub fn requires_consent(cookie: &Cookie) -> bool {
    cookie.category.value.requires_consent()
}

/// Every period a cookie's lifetime states, with where it is written: its `duration`
/// (the maximum, where an event or date ends it) and each regional duration.
pub fn stated_periods(cookie: &Cookie) -> impl Iterator<Item = &At<Duration>> {
    cookie
        .duration
        .iter()
        .chain(cookie.lifetime.by_region.iter().map(|r| &r.duration))
        .filter(|d| d.value.seconds().is_some())
}

/// The longest a cookie lasts by its stated periods, in seconds (mean Gregorian
/// calendar, [`crate::duration`]); `None` when no period is stated.
pub fn longest_seconds(cookie: &Cookie) -> Option<u64> {
    stated_periods(cookie)
        .filter_map(|d| d.value.seconds())
        .max()
}

/// Whether a processor receives data outside the EEA, where GDPR Chapter V asks for a
/// transfer safeguard; `None` when the catalogue states no country.
pub fn outside_eea(processor: &Processor) -> Option<bool> {
    processor.country.as_ref().map(|c| !in_eea(&c.value))
}

/// The id a cookie's provider has in the catalogue: a processor id, or `first-party`.
pub fn provider_id<'a>(policy: &'a Policy, cookie: &Cookie) -> &'a str {
    match cookie.provider {
        Provider::FirstParty => "first-party",
        Provider::Processor(id) => &policy.processor(id).id,
    }
}

/// Whether any of `cookies` is set by the processor at `index`.
pub fn sets_any<'c>(index: usize, mut cookies: impl Iterator<Item = &'c Cookie>) -> bool {
    cookies.any(|c| c.provider == Provider::Processor(ProcessorId(index)))
}

/// The processors that set cookies (the cookie providers), in catalogue order.
pub fn cookie_providers(policy: &Policy) -> impl Iterator<Item = (usize, &Processor)> {
    policy
        .processors
        .iter()
        .enumerate()
        .filter(|(i, _)| sets_any(*i, policy.cookies.iter()))
}

/// The facts of [`consent_fingerprint`], in a canonical JSON form.
#[derive(Serialize)]
struct ConsentFacts<'a> {
    cookies: Vec<ConsentCookie<'a>>,
    purposes: Vec<&'a str>,
    recipients: Vec<ConsentRecipient<'a>>,
}

#[derive(Serialize, PartialEq, Eq, PartialOrd, Ord)]
struct ConsentCookie<'a> {
    name: Option<String>,
    provider: &'a str,
    category: &'static str,
    purposes: Vec<&'a str>,
    duration: Option<String>,
    /// The parts of the lifetime beside `duration` (event, date, renewal, regions);
    /// left out when there are none, so fingerprints of catalogues without them stay.
    #[serde(skip_serializing_if = "Option::is_none")]
    lifetime: Option<String>,
}

#[derive(Serialize, PartialEq, Eq, PartialOrd, Ord)]
struct ConsentRecipient<'a> {
    id: &'a str,
    country: Option<&'a str>,
    transfer: Option<&'static str>,
    own_purposes: Option<bool>,
}

/// A cookie's lifetime beside its `duration`, as fingerprint input: the event is a
/// fact only by its presence (its wording may change), the date, renewal and regional
/// periods by value.
fn lifetime_facts(c: &Cookie) -> Option<String> {
    let life = &c.lifetime;
    let mut parts = Vec::new();
    if life.until.is_some() {
        parts.push("until".to_owned());
    }
    if let Some(date) = &life.expires {
        parts.push(format!("expires={}", date.value.iso8601()));
    }
    if life.rolling {
        parts.push("rolling".to_owned());
    }
    for r in &life.by_region {
        let regions: Vec<&str> = r.regions.iter().map(|g| g.code()).collect();
        let length = match r.duration.value.seconds() {
            Some(s) => s.to_string(),
            None => format!("{:?}", r.duration.value),
        };
        parts.push(format!("{}={length}", regions.join("+")));
    }
    (!parts.is_empty()).then(|| parts.join(";"))
}

/// SHA-256 over the facts a visitor consents to: cookies that need consent with their
/// provider, category, purposes and duration; the purposes that rely on consent; the
/// recipients of those cookies with country, transfer and own use. It changes when
/// any of them changes and stays the same when only wording changes (docs/manifest.md).
pub fn consent_fingerprint(policy: &Policy) -> String {
    use super::Keyword;
    let consented: Vec<&Cookie> = policy
        .cookies
        .iter()
        .filter(|c| requires_consent(c))
        .collect();
    let mut cookies: Vec<ConsentCookie> = consented
        .iter()
        .map(|c| {
            let mut purposes: Vec<&str> = c
                .purposes
                .iter()
                .map(|p| policy.purpose(*p).id.as_str())
                .collect();
            purposes.sort_unstable();
            ConsentCookie {
                // Unnamed entries are told apart by provider and category only.
                name: c.name.display(),
                provider: provider_id(policy, c),
                category: c.category.value.keyword(),
                purposes,
                duration: c.duration.as_ref().map(|d| match d.value.seconds() {
                    Some(s) => s.to_string(),
                    None => format!("{:?}", d.value),
                }),
                lifetime: lifetime_facts(c),
            }
        })
        .collect();
    cookies.sort();
    let mut purposes: Vec<&str> = policy
        .purposes
        .iter()
        .filter(|p| relies_on_consent(p))
        .map(|p| p.id.as_str())
        .collect();
    purposes.sort_unstable();
    let mut recipients: Vec<ConsentRecipient> = policy
        .processors
        .iter()
        .enumerate()
        .filter(|(i, _)| sets_any(*i, consented.iter().copied()))
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

/// The consent fingerprint visitors were last asked to consent to, which the
/// consent-manager exports derive their revision from (docs/exports.md):
/// - without `[[changes]]`, the current fingerprint: any change to the facts of
///   consent asks again;
/// - with history, the fingerprint of the newest release that made a `consent`
///   change (or of the first release): editorial and material releases do not ask
///   again (docs/changes.md);
/// - when the facts changed after the newest release (DL601), the current one: not
///   knowing whether the change needs consent, the careful reading asks again.
pub fn consent_basis(policy: &Policy) -> String {
    let current = consent_fingerprint(policy);
    let Some(last) = policy.history.last() else {
        return current;
    };
    if last.consent_fingerprint.as_deref() != Some(current.as_str()) {
        return current;
    }
    policy
        .history
        .iter()
        .rev()
        .find(|r| r.asks_consent())
        .or(policy.history.first())
        .and_then(|r| r.consent_fingerprint.clone())
        .unwrap_or(current)
}

/// Whether visitors have been asked again since the first recorded release (or since
/// the facts changed after the newest one): the Klaro export then names its consent
/// cookie anew.
pub fn consent_renewed(policy: &Policy) -> bool {
    let Some(first) = policy.history.first() else {
        return false;
    };
    first.consent_fingerprint.as_deref() != Some(consent_basis(policy).as_str())
}

/// Lowercase hex SHA-256.
pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}
