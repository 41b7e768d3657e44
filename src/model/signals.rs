//! Consent signals derived from the catalogue: which Google Consent Mode v2 signal
//! (and, from those, which Microsoft UET and Clarity signal) a visitor's choice of
//! cookie categories grants. Stated here once for every export (docs/exports.md,
//! "Google Consent Mode").
//!
//! Google defines seven consent types (developers.google.com/tag-platform/security/
//! concepts/consent-mode; support.google.com/tagmanager/answer/13802165): four for
//! advertising and analytics, three "privacy parameters" for functionality,
//! personalisation and security storage. Each cookie category stands for the signals
//! whose description matches what the category is for:
//!
//! | category | signals |
//! | --- | --- |
//! | `necessary` | `security_storage` ("authentication, fraud prevention, and other user protection": the storage ePrivacy Art. 5(3) exempts) |
//! | `preferences` | `functionality_storage` ("e.g. language settings"), `personalization_storage` ("e.g. video recommendations") |
//! | `analytics` | `analytics_storage` ("e.g. visit duration") |
//! | `marketing` | `ad_storage`, `ad_user_data`, `ad_personalization` (storage, sending data to Google, and personalisation for advertising) |
//!
//! A purpose may replace its category's signals (`consent_mode` in the catalogue) for
//! the cookies that serve it; `security_storage` stays with `necessary` alone.
//!
//! The careful reading where one signal covers cookies of several categories: it is
//! granted only when *every* one of those categories is accepted, so accepting
//! analytics never lets advertising storage through. A signal no cookie of the
//! catalogue stands for is never granted: nothing the visitor was told about covers it.

use super::{ConsentSignal, Cookie, CookieCategory, Keyword, Policy};

/// The signals a category stands for when no purpose says otherwise.
pub fn category_signals(category: CookieCategory) -> &'static [ConsentSignal] {
    use ConsentSignal::*;
    match category {
        CookieCategory::Necessary => &[SecurityStorage],
        CookieCategory::Preferences => &[FunctionalityStorage, PersonalizationStorage],
        CookieCategory::Analytics => &[AnalyticsStorage],
        CookieCategory::Marketing => &[AdStorage, AdUserData, AdPersonalization],
    }
}

/// The signals one cookie stands for: each of its purposes contributes its own
/// `consent_mode` if it has one, else the category's signals; a cookie without
/// purposes stands for its category's.
pub fn cookie_signals(policy: &Policy, cookie: &Cookie) -> Vec<ConsentSignal> {
    let category = category_signals(cookie.category.value);
    let mut out: Vec<ConsentSignal> = Vec::new();
    if cookie.purposes.is_empty() {
        out.extend(category);
    }
    for id in &cookie.purposes {
        match &policy.purpose(*id).consent_mode {
            Some(own) => out.extend(own),
            None => out.extend(category),
        }
    }
    if cookie.category.value == CookieCategory::Necessary {
        out.push(ConsentSignal::SecurityStorage);
    }
    out.sort();
    out.dedup();
    out
}

/// The Google Consent Mode table of a policy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConsentMode {
    /// Every signal, in Google's order, with the categories that must all be
    /// accepted to grant it; none: never granted.
    pub signals: Vec<(ConsentSignal, Vec<CookieCategory>)>,
    /// Where consent is required (ISO 3166 codes); empty: everywhere.
    pub regions: Vec<String>,
}

impl ConsentMode {
    /// The state of every signal when `accepted` categories are accepted (the
    /// necessary category always is).
    pub fn state(&self, accepted: &[CookieCategory]) -> Vec<(ConsentSignal, bool)> {
        self.signals
            .iter()
            .map(|(signal, needs)| {
                let granted = !needs.is_empty()
                    && needs
                        .iter()
                        .all(|c| *c == CookieCategory::Necessary || accepted.contains(c));
                (*signal, granted)
            })
            .collect()
    }
}

/// How long Google tags wait for the `update` after the `default` command, in
/// milliseconds: the value of Google's own examples.
pub const WAIT_FOR_UPDATE_MS: u64 = 500;

pub fn consent_mode(policy: &Policy) -> ConsentMode {
    let by_cookie: Vec<(CookieCategory, Vec<ConsentSignal>)> = policy
        .cookies
        .iter()
        .map(|c| (c.category.value, cookie_signals(policy, c)))
        .collect();
    let signals = ConsentSignal::ALL
        .iter()
        .map(|(_, signal)| {
            let mut needs: Vec<CookieCategory> = by_cookie
                .iter()
                .filter(|(_, signals)| signals.contains(signal))
                .map(|(category, _)| *category)
                .collect();
            if *signal == ConsentSignal::SecurityStorage {
                // The consent managers' own cookie is necessary: the category is
                // always there, with or without cookies of its own in the catalogue.
                needs = vec![CookieCategory::Necessary];
            }
            needs.sort();
            needs.dedup();
            (*signal, needs)
        })
        .collect();
    let regions = policy
        .consent
        .as_ref()
        .map(|c| c.required_in.iter().map(|r| r.value.clone()).collect())
        .unwrap_or_default();
    ConsentMode { signals, regions }
}

/// The cookie categories a Global Privacy Control signal refuses, when the catalogue
/// honours GPC (`[consent] gpc = true`); `None` otherwise. GPC expresses a "do not
/// sell or share" preference (W3C GPC, www.w3.org/TR/gpc/); which cookies that covers
/// is the catalogue's to say: `gpc_refuses` (default `marketing`, the category of
/// targeted advertising) plus the categories of every cookie that serves a purpose
/// marked `sale_or_sharing`. Only categories with cookies are listed, in keyword
/// order.
pub fn gpc_refused(policy: &Policy) -> Option<Vec<CookieCategory>> {
    let consent = policy.consent.as_ref().filter(|c| c.gpc)?;
    let mut refused: Vec<CookieCategory> = consent
        .gpc_refuses
        .clone()
        .unwrap_or_else(|| vec![CookieCategory::Marketing]);
    for cookie in &policy.cookies {
        if cookie
            .purposes
            .iter()
            .any(|p| policy.purpose(*p).sale_or_sharing)
        {
            refused.push(cookie.category.value);
        }
    }
    refused.retain(|c| {
        *c != CookieCategory::Necessary && policy.cookies.iter().any(|k| k.category.value == *c)
    });
    refused.sort();
    refused.dedup();
    Some(refused)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::load_text;
    use crate::diag::{Diagnostic, Severity, SourceMap};
    use crate::model::resolve;

    const BASE: &str = r#"
[policy]
id = "t"
name = "T"
default_locale = "en"

[controller]
name = "T B.V."

[[purposes]]
id = "stats"
name = "Statistics"

[[cookies]]
name = "_ga"
provider = "first-party"
category = "analytics"
purposes = ["stats"]
"#;

    fn load(text: &str) -> (Option<Policy>, Vec<Diagnostic>) {
        let mut sources = SourceMap::default();
        let mut diags = Vec::new();
        let catalogue = load_text("t.toml", text, &mut sources, &mut diags);
        (resolve(&catalogue, &mut diags), diags)
    }

    fn table(text: &str) -> ConsentMode {
        let (policy, diags) = load(text);
        assert!(
            diags.iter().all(|d| d.severity != Severity::Error),
            "{diags:?}"
        );
        consent_mode(&policy.unwrap())
    }

    fn needs(mode: &ConsentMode, signal: ConsentSignal) -> Vec<CookieCategory> {
        mode.signals
            .iter()
            .find(|(s, _)| *s == signal)
            .unwrap()
            .1
            .clone()
    }

    #[test]
    fn categories_stand_for_their_signals_and_absent_ones_are_never_granted() {
        let mode = table(BASE);
        use CookieCategory::*;
        assert_eq!(needs(&mode, ConsentSignal::AnalyticsStorage), [Analytics]);
        assert_eq!(needs(&mode, ConsentSignal::SecurityStorage), [Necessary]);
        // No marketing cookie: nothing the visitor was told of grants ad_storage.
        assert_eq!(needs(&mode, ConsentSignal::AdStorage), []);
        let all = mode.state(&[Necessary, Preferences, Analytics, Marketing]);
        assert!(all.contains(&(ConsentSignal::AdStorage, false)));
        assert!(all.contains(&(ConsentSignal::AnalyticsStorage, true)));
        let none = mode.state(&[]);
        assert_eq!(
            none.iter().filter(|(_, on)| *on).collect::<Vec<_>>(),
            [&(ConsentSignal::SecurityStorage, true)]
        );
    }

    #[test]
    fn a_signal_of_two_categories_needs_both() {
        // The marketing purpose also counts as analytics storage: analytics_storage
        // then stands for both categories, and accepting analytics alone is not enough.
        let text = format!(
            "{BASE}\n[[purposes]]\nid = \"ads\"\nname = \"Ads\"\nconsent_mode = [\"ad_storage\", \"analytics_storage\"]\n\n\
             [[cookies]]\nname = \"_gcl_au\"\nprovider = \"first-party\"\ncategory = \"marketing\"\npurposes = [\"ads\"]\n"
        );
        let mode = table(&text);
        use CookieCategory::*;
        assert_eq!(
            needs(&mode, ConsentSignal::AnalyticsStorage),
            [Analytics, Marketing]
        );
        assert_eq!(needs(&mode, ConsentSignal::AdUserData), []);
        let analytics_only = mode.state(&[Analytics]);
        assert!(analytics_only.contains(&(ConsentSignal::AnalyticsStorage, false)));
        let both = mode.state(&[Analytics, Marketing]);
        assert!(both.contains(&(ConsentSignal::AnalyticsStorage, true)));
        assert!(both.contains(&(ConsentSignal::AdUserData, false)));
    }

    #[test]
    fn security_storage_cannot_be_claimed_by_a_purpose() {
        let text = BASE.replace(
            "name = \"Statistics\"",
            "name = \"Statistics\"\nconsent_mode = [\"security_storage\", \"analytics_storag\"]",
        );
        let (_, diags) = load(&text);
        let messages: Vec<String> = diags.iter().map(|d| d.message.clone()).collect();
        assert!(
            messages.contains(&"`security_storage` cannot be set per purpose".to_owned()),
            "{messages:?}"
        );
        assert!(
            messages
                .iter()
                .any(|m| m.contains("unknown Google consent mode signal `analytics_storag`")),
            "{messages:?}"
        );
    }

    #[test]
    fn regions_must_be_iso_3166_codes() {
        let text = BASE.replace(
            "[[purposes]]",
            "[consent]\nmechanism = \"opt-in-banner\"\nrequired_in = [\"DE\", \"US-CA\", \"EEA\", \"nl\"]\n\n[[purposes]]",
        );
        let (_, diags) = load(&text);
        let bad: Vec<&str> = diags.iter().map(|d| d.message.as_str()).collect();
        assert_eq!(bad.len(), 2, "{bad:?}");
        assert!(
            bad[0].contains("`EEA`") && bad[1].contains("`nl`"),
            "{bad:?}"
        );
        let mode = table(&text.replace(", \"EEA\", \"nl\"", ""));
        assert_eq!(mode.regions, ["DE", "US-CA"]);
    }

    #[test]
    fn signals_are_in_googles_order() {
        let order: Vec<&str> = ConsentSignal::keywords().collect();
        assert_eq!(
            order,
            [
                "ad_storage",
                "ad_user_data",
                "ad_personalization",
                "analytics_storage",
                "functionality_storage",
                "personalization_storage",
                "security_storage"
            ]
        );
    }
}
