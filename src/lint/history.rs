//! DL6xx — the policy's own history: `[[changes]]` against what the catalogue says now.
//!
//! Only what the history makes decidable without the old catalogue: each release
//! records the consent fingerprint it was made with ([`consent_fingerprint`]), so a
//! change to what visitors consent to after the newest release is visible; whether
//! other facts changed needs the old catalogue, which `disclose diff` reads.

use super::cx::Cx;
use crate::diag::codes::{RELEASE_NOT_RECORDED, UNRELEASED_CONSENT_CHANGE};
use crate::model::facts::consent_fingerprint;

pub(super) fn check(cx: &mut Cx) {
    let policy = cx.policy;
    let Some(last) = policy.history.last() else {
        return;
    };
    let same_version = policy.version.as_deref() == Some(last.version.as_str());
    let same_date = policy.effective == Some(last.effective);
    if !same_version || !same_date {
        cx.emit(
            RELEASE_NOT_RECORDED,
            &policy.loc,
            format!(
                "[policy] says version {} of {}, but the newest release in [[changes]] is {} of {}",
                policy.version.as_deref().unwrap_or("(none)"),
                policy.effective.map_or_else(|| "(no date)".to_owned(), |e| e.iso8601()),
                last.version,
                last.effective.iso8601()
            ),
            "not the newest recorded release",
            "record the release with `disclose release`, which writes both, so the pages list its changes",
        );
        return;
    }
    if let Some(recorded) = &last.consent_fingerprint
        && *recorded != consent_fingerprint(policy)
    {
        cx.emit(
            UNRELEASED_CONSENT_CHANGE,
            &policy.loc,
            format!(
                "what visitors consent to (cookies, their lifetimes, consent-based purposes or recipients) changed after release {}, which the policy still claims to be",
                last.version
            ),
            "still the old release",
            "run `disclose release` to record a new version and date; `disclose diff` shows what changed",
        );
    }
}
