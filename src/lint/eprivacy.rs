//! DL4xx — ePrivacy Directive Art. 5(3): consent for cookies and similar
//! technologies, and what visitors must be told about them.

use super::{Cx, Rule, consistency, cookie_name};
use crate::diag::Severity;
use crate::duration::{Duration, SECONDS_PER_MONTH, Unit};
use crate::model::{
    ConsentMechanism, Cookie, CookieCategory, CookieName, Keyword, LegalBasis, Policy,
};

pub const COOKIE_WITHOUT_CONSENT: Rule = Rule {
    code: "DL401",
    name: "cookie-without-consent",
    default_severity: Severity::Warning,
    summary: "a cookie that is not strictly necessary serves no purpose based on consent",
    source: "ePrivacy Art. 5(3); GDPR Art. 6(1)(a)",
    explanation: r##"
Only cookies strictly necessary for a service the visitor asked for may be set
without consent. Preferences, analytics and marketing cookies need the visitor's
prior consent, so at least one of their purposes must have `legal_basis = "consent"`.
The rule fires when none does: the cookie lists no purposes, or its purposes state
no basis.

Where every purpose of the cookie states a basis other than consent, the category
and the bases contradict each other; that is reported once, as DL503
(`category-basis-mismatch`), unless DL503 is allowed, in which case this rule reports
it.

## Legal text

ePrivacy Directive (2002/58/EC, as amended by 2009/136/EC) Art. 5(3): storing
information, or gaining access to information already stored, in the terminal
equipment of a user "is only allowed on condition that the subscriber or user
concerned has given his or her consent", except for storage or access "strictly
necessary in order for the provider of an information society service explicitly
requested by the subscriber or user to provide the service". Consent has the GDPR
meaning (Art. 4(11), Art. 6(1)(a)).

## Example

```toml
[[cookies]]
name = "_ga"
provider = "google"
category = "analytics"
duration = "13 months"
```

## Fix

```toml
[[purposes]]
id = "analytics"
name = "Website analytics"
legal_basis = "consent"

[[cookies]]
name = "_ga"
provider = "google"
category = "analytics"
purposes = ["analytics"]
duration = "13 months"
```
"##,
};

pub const IMPLIED_CONSENT: Rule = Rule {
    code: "DL402",
    name: "implied-consent",
    default_severity: Severity::Error,
    summary: "consent is \"implied\" from continued use of the site, which is not valid consent",
    source: "GDPR Art. 4(11), 7; ePrivacy Art. 5(3); CJEU C-673/17 (Planet49)",
    explanation: r##"
"By continuing to use this site you agree to cookies" is not consent. Consent must be
an unambiguous indication given by a statement or a clear affirmative action;
silence, inactivity, pre-ticked boxes and merely continuing to browse do not qualify.
The Court of Justice confirmed this for cookies in Planet49 (C-673/17, 1 October
2019): a pre-ticked checkbox does not give valid consent under ePrivacy Art. 5(3).

## Legal text

GDPR Art. 4(11): consent is "any freely given, specific, informed and unambiguous
indication of the data subject's wishes by which he or she, by a statement or by a
clear affirmative action, signifies agreement". Recital 32: "Silence, pre-ticked
boxes or inactivity should not therefore constitute consent." Art. 7(1): the
controller must be able to demonstrate consent.

## Example

```toml
[consent]
mechanism = "implied"
notice = "By using this website you accept our cookies."
```

## Fix

Ask before setting non-necessary cookies, with a real choice:

```toml
[consent]
mechanism = "opt-in-banner"
notice = "May we use analytics and marketing cookies?"
```
"##,
};

pub const COOKIE_WITHOUT_DURATION: Rule = Rule {
    code: "DL403",
    name: "cookie-without-duration",
    default_severity: Severity::Warning,
    summary: "a cookie does not state its lifetime",
    source: "ePrivacy Art. 5(3); GDPR Art. 13(2)(a); CJEU C-673/17 (Planet49), para. 81",
    explanation: r##"
Visitors must be told how long each cookie stays on their device: "session" (deleted
when the browser closes) or a period such as "13 months". A cookie without `duration`
tells them nothing. (`duration = "persistent"` — long-lived, length unknown — is
reported by DL302.)

## Legal text

ePrivacy Directive Art. 5(3): the user must have "clear and comprehensive
information". CJEU C-673/17 (Planet49), para. 81: the information "includes the
duration of the operation of cookies". GDPR Art. 13(2)(a): "the period for which the
personal data will be stored".

## Example

```toml
[[cookies]]
name = "lang"
provider = "first-party"
category = "preferences"
purposes = ["preferences"]
```

## Fix

```toml
duration = "1 year"
```
"##,
};

pub const CONSENT_NOT_ASKED: Rule = Rule {
    code: "DL404",
    name: "consent-not-asked",
    default_severity: Severity::Error,
    summary: "cookies that need consent are set, but the consent mechanism is \"none\"",
    source: "ePrivacy Art. 5(3); GDPR Art. 4(11), 6(1)(a)",
    explanation: r##"
`[consent].mechanism = "none"` states that visitors are not asked for consent, while
the catalogue lists preferences, analytics or marketing cookies, which may only be
set with consent.

## Legal text

ePrivacy Directive Art. 5(3): storing information on, or reading it from, a user's
device "is only allowed on condition that the subscriber or user concerned has given
his or her consent", unless strictly necessary for a service the user explicitly
requested.

## Example

```toml
[consent]
mechanism = "none"

[[cookies]]
name = "_fbp"
provider = "meta"
category = "marketing"
purposes = ["ads"]
duration = "3 months"
```

## Fix

Ask for consent (and record it), or stop setting the cookie:

```toml
[consent]
mechanism = "opt-in-banner"
```
"##,
};

pub const CONSENT_MECHANISM_MISSING: Rule = Rule {
    code: "DL405",
    name: "consent-mechanism-missing",
    default_severity: Severity::Warning,
    summary: "cookies that need consent are set, but the catalogue does not say how consent is asked",
    source: "ePrivacy Art. 5(3); GDPR Art. 7(1)",
    explanation: r##"
The catalogue lists cookies that need consent (preferences, analytics, marketing) but
has no `[consent]` table, so the policy cannot tell visitors how they give, refuse or
withdraw consent.

## Legal text

ePrivacy Directive Art. 5(3): consent is required before non-necessary cookies are
set. GDPR Art. 7(1): the controller "shall be able to demonstrate that the data
subject has consented"; Art. 7(3): withdrawing must be as easy as giving consent.

## Example

```toml
[[cookies]]
name = "_ga"
provider = "google"
category = "analytics"
purposes = ["analytics"]
duration = "13 months"
```

## Fix

```toml
[consent]
mechanism = "opt-in-banner"
notice = "May we use analytics cookies?"
withdrawal_effect = "We stop measuring your visits."
```
"##,
};

pub const NECESSARY_COOKIE_TOO_LONG: Rule = Rule {
    code: "DL406",
    name: "necessary-cookie-too-long",
    default_severity: Severity::Warning,
    summary: "a strictly necessary cookie lasts longer than plausible (default threshold: 13 months)",
    source: "ePrivacy Art. 5(3); GDPR Art. 5(1)(e); WP29 Opinion 04/2012 (WP194)",
    explanation: r##"
The consent exemption covers only storage that is strictly necessary for the service
the visitor asked for, and only for as long as it is necessary. A "necessary" cookie
that lives for years is more likely a preference or tracking cookie, or keeps
information longer than needed. The threshold is 13 months by default (the lifetime
the French CNIL accepts for exempted audience-measurement cookies); change it with
`necessary_max_duration` in `[lints]`.

## Legal text

ePrivacy Directive Art. 5(3), second sentence: the exemption applies to storage or
access "strictly necessary in order for the provider of an information society
service explicitly requested by the subscriber or user to provide the service".
Article 29 Working Party Opinion 04/2012 on Cookie Consent Exemption (WP194): an
exempted cookie's lifespan should be in direct relation to its purpose; persistent
cookies are less likely to qualify than session cookies. GDPR Art. 5(1)(e): storage
limitation.

## Example

```toml
[[cookies]]
name = "cookie_consent"
provider = "first-party"
category = "necessary"
purposes = ["consent-records"]
duration = "5 years"
```

## Fix

Shorten the lifetime, recategorise the cookie, or — where the length is justified —
raise the threshold for the catalogue:

```toml
duration = "12 months"

# or
[lints]
necessary_max_duration = "24 months"
```
"##,
};

pub const UNNAMED_COOKIE: Rule = Rule {
    code: "DL407",
    name: "unnamed-cookie",
    default_severity: Severity::Warning,
    summary: "a cookie is described without its name, so visitors cannot identify it",
    source: "ePrivacy Art. 5(3); GDPR Art. 12(1)",
    explanation: r##"
A cookie listed only by a `label` ("Google Analytics cookies") cannot be found in the
browser's storage, matched by a consent tool, or deleted selectively. Name each
cookie, using a `<placeholder>` for the part that varies.

## Legal text

ePrivacy Directive Art. 5(3): "clear and comprehensive information". GDPR Art. 12(1):
information "in a concise, transparent, intelligible and easily accessible form".

## Example

```toml
[[cookies]]
label = "Google Analytics cookies"
provider = "google"
category = "analytics"
purposes = ["analytics"]
duration = "13 months"
```

## Fix

```toml
[[cookies]]
name = "_ga"
provider = "google"
category = "analytics"
purposes = ["analytics"]
duration = "13 months"

[[cookies]]
name = "_ga_<container>"
example = "_ga_ABC123"
provider = "google"
category = "analytics"
purposes = ["analytics"]
duration = "13 months"
```
"##,
};

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

pub(super) fn check(cx: &mut Cx) {
    let policy = cx.policy;
    let mismatch_reported = cx.enabled(&consistency::CATEGORY_BASIS_MISMATCH);

    for cookie in &policy.cookies {
        let category = &cookie.category;
        if category.value.requires_consent() {
            let fires = match bases(policy, cookie) {
                Bases::SomeConsent => false,
                Bases::AllOther => !mismatch_reported,
                Bases::Unstated => true,
            };
            if fires {
                let why = if cookie.purposes.is_empty() {
                    "it lists no purposes"
                } else {
                    "none of its purposes is based on consent"
                };
                cx.emit(
                    &COOKIE_WITHOUT_CONSENT,
                    &category.loc,
                    format!(
                        "{} ({}) needs consent, but {why}",
                        cookie_name(policy, cookie),
                        category.value.keyword()
                    ),
                    "needs consent",
                    "add to `purposes` a purpose with legal_basis = \"consent\", or change `category` if the cookie is strictly necessary",
                );
            }
        }

        match &cookie.duration {
            None => cx.emit(
                &COOKIE_WITHOUT_DURATION,
                &cookie.loc,
                format!(
                    "{} does not state its lifetime",
                    cookie_name(policy, cookie)
                ),
                "no `duration`",
                "add `duration`: \"session\", or a period such as \"13 months\"",
            ),
            Some(duration) if category.value == CookieCategory::Necessary => {
                if let Some(seconds) = duration.value.seconds()
                    && seconds > cx.config.necessary_max_seconds
                {
                    cx.emit(
                        &NECESSARY_COOKIE_TOO_LONG,
                        &duration.loc,
                        format!(
                            "strictly necessary {} lasts {}, longer than {}",
                            cookie_name(policy, cookie),
                            describe(&duration.value),
                            describe_seconds(cx.config.necessary_max_seconds)
                        ),
                        "long for a necessary cookie",
                        "shorten the lifetime, or check the category; raise [lints].necessary_max_duration if the length is justified",
                    );
                }
            }
            Some(_) => {}
        }

        if cookie.name == CookieName::Unnamed {
            cx.emit(
                &UNNAMED_COOKIE,
                &cookie.loc,
                format!(
                    "{} has no name, so visitors cannot identify it",
                    cookie_name(policy, cookie)
                ),
                "no `name`",
                "add `name` with the exact name, or a pattern such as \"_ga_<container>\"",
            );
        }
    }

    let needing_consent: Vec<String> = policy
        .cookies
        .iter()
        .filter(|c| c.category.value.requires_consent())
        .map(|c| cookie_name(policy, c))
        .collect();
    let listed = list(&needing_consent);

    match &policy.consent {
        Some(consent) => match consent.mechanism.value {
            ConsentMechanism::Implied => cx.emit(
                &IMPLIED_CONSENT,
                &consent.mechanism.loc,
                "consent is implied from continued use of the site; that is not valid consent",
                "not valid consent",
                "ask for consent with an explicit choice before setting non-necessary cookies: mechanism = \"opt-in-banner\"",
            ),
            ConsentMechanism::None if !needing_consent.is_empty() => cx.emit(
                &CONSENT_NOT_ASKED,
                &consent.mechanism.loc,
                format!("consent is not asked, yet {listed} need{} it", verb_s(&needing_consent)),
                "consent not asked",
                "ask for consent before these cookies are set (mechanism = \"opt-in-banner\"), or stop setting them",
            ),
            _ => {}
        },
        None if !needing_consent.is_empty() => cx.emit(
            &CONSENT_MECHANISM_MISSING,
            &policy.loc,
            format!(
                "{listed} need{} consent, but the catalogue has no [consent] table",
                verb_s(&needing_consent)
            ),
            "no [consent] in this catalogue",
            "add [consent] with the mechanism, e.g. mechanism = \"opt-in-banner\"",
        ),
        None => {}
    }
}

/// "`a`", "`a` and `b`", "`a`, `b` and 3 more".
fn list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [a, b] => format!("{a} and {b}"),
        [a, b, rest @ ..] => format!("{a}, {b} and {} more", rest.len()),
    }
}

fn verb_s(items: &[String]) -> &'static str {
    if items.len() == 1 { "s" } else { "" }
}

/// A period as words: `26 months`, `1 year 6 months`.
fn describe(duration: &Duration) -> String {
    match duration {
        Duration::Session => "the session".to_owned(),
        Duration::Persistent => "an unstated time".to_owned(),
        Duration::Period(parts) => parts
            .iter()
            .map(|(n, unit)| {
                let word = match unit {
                    Unit::Year => "year",
                    Unit::Month => "month",
                    Unit::Week => "week",
                    Unit::Day => "day",
                    Unit::Hour => "hour",
                    Unit::Minute => "minute",
                    Unit::Second => "second",
                };
                format!("{n} {word}{}", if *n == 1 { "" } else { "s" })
            })
            .collect::<Vec<_>>()
            .join(" "),
    }
}

fn describe_seconds(seconds: u64) -> String {
    let (n, word) = if seconds.is_multiple_of(SECONDS_PER_MONTH) {
        (seconds / SECONDS_PER_MONTH, "month")
    } else if seconds.is_multiple_of(86_400) {
        (seconds / 86_400, "day")
    } else {
        (seconds, "second")
    };
    format!("{n} {word}{}", if n == 1 { "" } else { "s" })
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use super::super::{Level, LintConfig};

    #[test]
    fn cookie_without_consent() {
        // The analytics cookie loses its purpose.
        let text = edit(
            COMPLETE,
            "category = \"analytics\"\npurposes = [\"analytics\"]\n",
            "category = \"analytics\"\n",
        );
        let diag = lint_text(&text).fires_once("DL401", line_of(&text, "category = \"analytics\""));
        assert!(
            diag.message.contains("`_ac_id.<site>`") && diag.message.contains("lists no purposes")
        );
        lint_text(COMPLETE).quiet("DL401");
    }

    #[test]
    fn cookie_without_consent_defers_to_category_basis_mismatch() {
        let text = edit(
            COMPLETE,
            "purposes = [\"analytics\"]\nduration = \"13 months\"",
            "purposes = [\"basket\"]\nduration = \"13 months\"",
        );
        let linted = lint_text(&text);
        linted.quiet("DL401");
        linted.fires_once("DL503", line_of(&text, "category = \"analytics\""));
        let mut config = LintConfig::default();
        config.set("DL503", Level::Allow).unwrap();
        lint_with(&text, &config).fires_once("DL401", line_of(&text, "category = \"analytics\""));
    }

    #[test]
    fn implied_consent() {
        let text = edit(
            COMPLETE,
            "mechanism = \"opt-in-banner\"",
            "mechanism = \"implied\"",
        );
        let diag = lint_text(&text).fires_once("DL402", line_of(&text, "mechanism = \"implied\""));
        assert_eq!(diag.severity, crate::diag::Severity::Error);
        lint_text(COMPLETE).quiet("DL402");
    }

    #[test]
    fn cookie_without_duration() {
        let text = edit(COMPLETE, "duration = \"13 months\"\n", "");
        let diag =
            lint_text(&text).fires_once("DL403", header_of(&text, "name = \"_ac_id.<site>\""));
        assert!(diag.message.contains("`_ac_id.<site>`"));
        lint_text(COMPLETE).quiet("DL403");
    }

    #[test]
    fn consent_not_asked() {
        let text = edit(
            COMPLETE,
            "mechanism = \"opt-in-banner\"",
            "mechanism = \"none\"",
        );
        let diag = lint_text(&text).fires_once("DL404", line_of(&text, "mechanism = \"none\""));
        assert!(
            diag.message.contains("`_ac_id.<site>` needs it"),
            "{}",
            diag.message
        );
        // Without cookies that need consent, "none" is fine.
        let necessary_only = remove_table(&text, "[[cookies]]\nname = \"_ac_id");
        lint_text(&necessary_only).quiet("DL404");
        lint_text(COMPLETE).quiet("DL404");
    }

    #[test]
    fn consent_mechanism_missing() {
        let text = remove_table(COMPLETE, "[consent]");
        lint_text(&text).fires_once("DL405", line_of(&text, "[policy]"));
        lint_text(COMPLETE).quiet("DL405");
    }

    #[test]
    fn necessary_cookie_too_long() {
        let text = edit(COMPLETE, "duration = \"session\"", "duration = \"2 years\"");
        let diag = lint_text(&text).fires_once("DL406", line_of(&text, "duration = \"2 years\""));
        assert!(
            diag.message.contains("2 years") && diag.message.contains("13 months"),
            "{}",
            diag.message
        );
        // 13 months is allowed by default; the threshold can be raised per catalogue.
        lint_text(&edit(
            COMPLETE,
            "duration = \"session\"",
            "duration = \"13 months\"",
        ))
        .quiet("DL406");
        let raised = format!("{text}\n[lints]\nnecessary_max_duration = \"24 months\"\n");
        lint_text(&raised).quiet("DL406");
        let lowered = format!("{COMPLETE}\n[lints]\nnecessary_max_duration = \"session\"\n");
        let shortened = edit(&lowered, "duration = \"session\"", "duration = \"1 day\"");
        lint_text(&shortened).fires_once("DL406", line_of(&shortened, "duration = \"1 day\""));
    }

    #[test]
    fn unnamed_cookie() {
        let text = edit(
            COMPLETE,
            "name = \"_ac_id.<site>\"\nexample = \"_ac_id.42\"\n",
            "label = { en = \"Analytics Co cookies\", nl = \"Cookies van Analytics Co\" }\n",
        );
        let diag = lint_text(&text).fires_once(
            "DL407",
            header_of(&text, "label = { en = \"Analytics Co cookies\""),
        );
        assert!(
            diag.message.contains("\"Analytics Co cookies\""),
            "{}",
            diag.message
        );
        lint_text(COMPLETE).quiet("DL407");
    }
}
