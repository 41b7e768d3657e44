//! Which class a change belongs to, and why, with the legal source of the reason.
//!
//! The three classes (docs/changes.md has the table):
//! - `consent`: what visitors consented to no longer covers the processing — a new
//!   consent-based cookie or purpose, a longer lifetime of a consent-based cookie, a new
//!   recipient or third country for consent-based data, a basis moved to consent.
//!   Consent is specific and informed (GDPR Art. 4(11), Art. 7): it covers what was
//!   shown, so it must be asked again.
//! - `material`: the information owed under Art. 13/14 changes, so people are told
//!   before the change takes effect (Art. 13(3) for new purposes; EDPB/WP29
//!   transparency guidelines WP260 rev.01 paras 29–32: changes to purposes, to the
//!   controller's identity or to how rights are exercised are always to be notified,
//!   in advance, by an appropriate means).
//! - `editorial`: wording, translations, or a change in the visitor's favour (a shorter
//!   lifetime, a removed cookie): published in the policy (Art. 12(1), Recital 39:
//!   concise, clear and plain), no notice or new consent needed.
//!
//! Where the reading is unsettled the careful one is taken: a change the tool cannot
//! weigh (a new necessary cookie, reworded retention in the default language) is
//! `material`, so a person looks at it.

use crate::model::{ChangeClass, ChangeKind, Cookie, Policy, Purpose, facts};

/// Why a change has its class: one sentence, and the law it rests on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reason {
    pub text: &'static str,
    pub source: &'static str,
}

const CONSENT_SPECIFIC: &str = "GDPR Art. 4(11) and Art. 7; Recital 32 and 42";
const NOTICE: &str = "GDPR Art. 13(3); WP260 rev.01 paras 29-32";
const CLEAR: &str = "GDPR Art. 12(1); Recital 39; WP260 rev.01 para 29";

/// The reason for a change's class.
pub fn reason(kind: ChangeKind, class: ChangeClass) -> Reason {
    use ChangeClass::*;
    use ChangeKind::*;
    let (text, source) = match (class, kind) {
        (Consent, CookieAdded) => (
            "a new cookie that needs consent: consent given before did not cover it",
            "ePrivacy Art. 5(3); GDPR Art. 4(11), Art. 7",
        ),
        (Consent, LifetimeLonger) => (
            "a consent-based cookie now lasts longer than visitors were told when they agreed",
            CONSENT_SPECIFIC,
        ),
        (Consent, CategoryChanged) => (
            "the cookie moved to a category visitors have not accepted for it",
            CONSENT_SPECIFIC,
        ),
        (Consent, CookiePurposesChanged) => (
            "a consent-based cookie now serves a purpose visitors did not agree to",
            CONSENT_SPECIFIC,
        ),
        (Consent, CookieProviderChanged) => (
            "a consent-based cookie is now set by a provider visitors were not told about",
            CONSENT_SPECIFIC,
        ),
        (Consent, PurposeAdded) => (
            "a new purpose relying on consent: consent is given per specific purpose",
            "GDPR Art. 6(1)(a), Art. 7; Recital 32",
        ),
        (Consent, LegalBasisChanged) => (
            "the purpose now relies on consent, which has to be asked for",
            "GDPR Art. 6(1)(a), Art. 7",
        ),
        (Consent, RecipientAdded | DataRecipientsChanged) => (
            "consent-based data now goes to a recipient visitors were not told about",
            "GDPR Art. 4(11), Art. 7, Art. 13(1)(e)",
        ),
        (Consent, CountryChanged | TransferChanged) => (
            "consent-based data now goes to a third country visitors were not told about",
            "GDPR Art. 7, Art. 13(1)(f), Chapter V",
        ),
        (Consent, RecipientRoleChanged) => (
            "a recipient of consent-based data may now use it for its own purposes",
            "GDPR Art. 4(11), Art. 7, Art. 13(1)(e)",
        ),
        (Consent, DataAdded | DataPurposesChanged) => (
            "data is now used for a purpose relying on consent",
            "GDPR Art. 6(1)(a), Art. 7",
        ),
        (Consent, ConsentMechanismChanged) => (
            "consent is now asked with an opt-in banner: what was taken as consent before does not count",
            "GDPR Art. 4(11), Art. 7; CJEU C-673/17 Planet49",
        ),
        (Consent, _) => (
            "visitors consented to something else than what now happens",
            CONSENT_SPECIFIC,
        ),
        (Material, CookieAdded) => (
            "a new strictly necessary cookie: no consent, but the cookie policy must say so before it is set",
            "ePrivacy Art. 5(3); GDPR Art. 13(1)(c); WP260 rev.01 paras 29-32",
        ),
        (Material, PurposeAdded | DataPurposesChanged) => (
            "a new purpose: people are told before data is used for it",
            NOTICE,
        ),
        (Material, LegalBasisChanged) => (
            "the legal basis of a purpose changed",
            "GDPR Art. 13(1)(c); WP260 rev.01 paras 29-32",
        ),
        (
            Material,
            RecipientAdded | DataRecipientsChanged | RecipientRoleChanged | CookieProviderChanged,
        ) => (
            "other recipients receive the data",
            "GDPR Art. 13(1)(e); WP260 rev.01 paras 29-32",
        ),
        (Material, CountryChanged | TransferChanged | StorageChanged) => (
            "data is processed in another place or transferred on another footing",
            "GDPR Art. 13(1)(f), Chapter V; WP260 rev.01 paras 29-32",
        ),
        (Material, RetentionChanged) => (
            "the retention period changed (free text: disclose cannot tell a reworded period from a new one, so review it)",
            "GDPR Art. 13(2)(a); WP260 rev.01 paras 29-32",
        ),
        (Material, RightGranted | RightWithdrawn) => (
            "how people can exercise their rights changed: always to be notified",
            "GDPR Art. 13(2)(b)-(d); WP260 rev.01 para 29",
        ),
        (Material, ContactChanged) => (
            "the controller's identity or contact details changed: always to be notified",
            "GDPR Art. 13(1)(a)-(b), 13(2)(d); WP260 rev.01 para 29",
        ),
        (Material, AutomatedDecisionsChanged) => (
            "what is said about automated decisions changed",
            "GDPR Art. 13(2)(f), Art. 22; WP260 rev.01 paras 29-32",
        ),
        (Material, SourcesChanged) => (
            "data comes from other sources",
            "GDPR Art. 14(2)(f); WP260 rev.01 paras 29-32",
        ),
        (Material, DocumentRemoved | LocaleRemoved) => (
            "information people were given is no longer published in that form or language",
            "GDPR Art. 12(1); WP260 rev.01 para 13",
        ),
        (Material, SectionAdded | SectionRemoved) => (
            "a clause of the organisation's own is added or removed: disclose cannot weigh it, so review it",
            NOTICE,
        ),
        (Material, _) => ("the information owed to people changed", NOTICE),
        (
            Editorial,
            LifetimeShorter | CookieRemoved | PurposeRemoved | RecipientRemoved | DataRemoved,
        ) => (
            "less processing than before: nothing new to agree to; the policy is kept accurate",
            CLEAR,
        ),
        (Editorial, CookieRenamed) => (
            "same provider, purposes and category under another name: what visitors agreed to is unchanged",
            CLEAR,
        ),
        (Editorial, TextChanged) => ("wording or a translation: the facts stay the same", CLEAR),
        (Editorial, DocumentAdded | LocaleAdded) => (
            "the same information, published in more forms or languages",
            CLEAR,
        ),
        (Editorial, _) => ("the facts people were told stay the same", CLEAR),
    };
    Reason { text, source }
}

/// `consent` when the change concerns something visitors consent to, else `material`.
pub fn consent_or_material(consent_based: bool) -> ChangeClass {
    if consent_based {
        ChangeClass::Consent
    } else {
        ChangeClass::Material
    }
}

/// Whether any of `purposes` (ids into `policy`) relies on consent.
pub fn any_consent_purpose(policy: &Policy, purposes: &[crate::model::PurposeId]) -> bool {
    purposes
        .iter()
        .any(|p| facts::relies_on_consent(policy.purpose(*p)))
}

/// Whether the processor at `index` receives consent-based data: it sets a cookie that
/// needs consent, or receives a data category used for a purpose relying on consent.
pub fn receives_consent_data(policy: &Policy, index: usize) -> bool {
    let consented = policy.cookies.iter().filter(|c| facts::requires_consent(c));
    facts::sets_any(index, consented)
        || policy.data.iter().any(|d| {
            d.recipients.iter().any(|r| r.0 == index) && any_consent_purpose(policy, &d.purposes)
        })
}

/// A cookie needs consent (ePrivacy Art. 5(3)) or serves a purpose relying on it.
pub fn consent_cookie(policy: &Policy, cookie: &Cookie) -> bool {
    facts::requires_consent(cookie) || any_consent_purpose(policy, &cookie.purposes)
}

pub fn consent_purpose(purpose: &Purpose) -> bool {
    facts::relies_on_consent(purpose)
}
