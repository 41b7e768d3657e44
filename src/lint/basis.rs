//! How a cookie's purposes relate to consent: shared by DL401 (a cookie that needs
//! consent but serves no consent-based purpose) and DL503 (its category contradicts
//! its purposes' bases), which report the two sides of one question.

use crate::model::{Cookie, LegalBasis, Policy};

/// How a cookie's purposes relate to consent.
pub(super) enum Bases {
    /// At least one purpose relies on consent.
    SomeConsent,
    /// The cookie has purposes, every one states a basis, and none is consent.
    AllOther,
    /// No purposes, or some state no basis (and none is consent).
    Unstated,
}

pub(super) fn bases(policy: &Policy, cookie: &Cookie) -> Bases {
    let bases: Vec<Option<LegalBasis>> = cookie
        .purposes
        .iter()
        .map(|id| policy.purpose(*id).legal_basis.as_ref().map(|b| b.value))
        .collect();
    if bases.contains(&Some(LegalBasis::Consent)) {
        Bases::SomeConsent
    } else if !bases.is_empty() && bases.iter().all(Option::is_some) {
        Bases::AllOther
    } else {
        Bases::Unstated
    }
}
