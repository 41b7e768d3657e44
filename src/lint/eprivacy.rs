//! DL4xx — ePrivacy Directive Art. 5(3): consent for cookies and similar
//! technologies, and what visitors must be told about them.

use super::basis::{Bases, bases};
use super::cx::{Cx, cookie_name};
use crate::diag::codes::{
    CATEGORY_BASIS_MISMATCH, CONSENT_MECHANISM_MISSING, CONSENT_NOT_ASKED, COOKIE_WITHOUT_CONSENT,
    COOKIE_WITHOUT_DURATION, IMPLIED_CONSENT, NECESSARY_COOKIE_TOO_LONG, UNNAMED_COOKIE,
};
use crate::duration::{Duration, SECONDS_PER_MONTH, Unit};
use crate::model::{ConsentMechanism, CookieCategory, CookieName, Date, Effective, Keyword, facts};

pub(super) fn check(cx: &mut Cx) {
    let policy = cx.policy;
    let mismatch_reported = cx.enabled(CATEGORY_BASIS_MISMATCH);

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
                    COOKIE_WITHOUT_CONSENT,
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
            // An event or a date states when the cookie ends; regional durations alone
            // leave the lifetime everywhere else unstated.
            None if cookie.lifetime.until.is_some() || cookie.lifetime.expires.is_some() => {
                if category.value == CookieCategory::Necessary {
                    necessary_until_date(cx, cookie);
                    necessary_periods(cx, cookie);
                }
            }
            None => cx.emit(
                COOKIE_WITHOUT_DURATION,
                &cookie.loc,
                format!(
                    "{} does not state its lifetime",
                    cookie_name(policy, cookie)
                ),
                "no `duration`",
                "add `duration`: \"session\", or a period such as \"13 months\"",
            ),
            Some(_) if category.value == CookieCategory::Necessary => {
                necessary_until_date(cx, cookie);
                necessary_periods(cx, cookie);
            }
            Some(_) => {}
        }

        if cookie.name == CookieName::Unnamed {
            cx.emit(
                UNNAMED_COOKIE,
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
        .filter(|c| crate::model::facts::requires_consent(c))
        .map(|c| cookie_name(policy, c))
        .collect();
    let listed = list(&needing_consent);

    match &policy.consent {
        Some(consent) => match consent.mechanism.value {
            ConsentMechanism::Implied => cx.emit(
                IMPLIED_CONSENT,
                &consent.mechanism.loc,
                "consent is implied from continued use of the site; that is not valid consent",
                "not valid consent",
                "ask for consent with an explicit choice before setting non-necessary cookies: mechanism = \"opt-in-banner\"",
            ),
            ConsentMechanism::None if !needing_consent.is_empty() => cx.emit(
                CONSENT_NOT_ASKED,
                &consent.mechanism.loc,
                format!("consent is not asked, yet {listed} need{} it", verb_s(&needing_consent)),
                "consent not asked",
                "ask for consent before these cookies are set (mechanism = \"opt-in-banner\"), or stop setting them",
            ),
            _ => {}
        },
        None if !needing_consent.is_empty() => cx.emit(
            CONSENT_MECHANISM_MISSING,
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

/// A strictly necessary cookie lasts no longer than its purpose needs (ePrivacy Art.
/// 5(3) exempts storage only as far as it is strictly necessary; EDPB Guidelines 2/2023
/// on the technical scope of Art. 5(3)): every stated period is measured, the regional
/// ones too, so a long lifetime elsewhere is not hidden behind a short one here.
fn necessary_periods(cx: &mut Cx, cookie: &crate::model::Cookie) {
    let policy = cx.policy;
    for period in facts::stated_periods(cookie) {
        if let Some(seconds) = period.value.seconds()
            && seconds > cx.config.necessary_max_seconds
        {
            cx.emit(
                NECESSARY_COOKIE_TOO_LONG,
                &period.loc,
                format!(
                    "strictly necessary {} lasts {}, longer than {}",
                    cookie_name(policy, cookie),
                    describe(&period.value),
                    describe_seconds(cx.config.necessary_max_seconds)
                ),
                "long for a necessary cookie",
                "shorten the lifetime, or check the category; raise [lints].necessary_max_duration if the length is justified",
            );
        }
    }
}

/// A strictly necessary cookie that expires on a fixed date: measured from the day the
/// policy takes effect, the earliest it can be set under this text.
fn necessary_until_date(cx: &mut Cx, cookie: &crate::model::Cookie) {
    let policy = cx.policy;
    let (Some(expires), Some(from)) = (&cookie.lifetime.expires, policy.effective) else {
        return;
    };
    let from = match from {
        Effective::Month { year, month } => Date {
            year,
            month,
            day: 1,
        },
        Effective::Date { year, month, day }
        | Effective::DateTime {
            year, month, day, ..
        } => Date { year, month, day },
    };
    let days = expires.value.days() - from.days();
    if days > 0 && (days as u64) * 86_400 > cx.config.necessary_max_seconds {
        cx.emit(
            NECESSARY_COOKIE_TOO_LONG,
            &expires.loc,
            format!(
                "strictly necessary {} expires on {}, {days} days after the policy takes effect: longer than {}",
                cookie_name(policy, cookie),
                expires.value.iso8601(),
                describe_seconds(cx.config.necessary_max_seconds)
            ),
            "long for a necessary cookie",
            "choose an earlier date, or check the category; raise [lints].necessary_max_duration if the length is justified",
        );
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
    fn necessary_cookie_too_long_in_a_region_or_by_its_date() {
        // A short lifetime here does not hide a long one elsewhere.
        let text = edit(
            COMPLETE,
            "duration = \"session\"",
            "duration = \"1 day\"\ndurations_by_region = [{ regions = [\"US\"], duration = \"2 years\" }]",
        );
        let diag = lint_text(&text).fires_once("DL406", line_of(&text, "durations_by_region"));
        assert!(diag.message.contains("2 years"), "{}", diag.message);
        // A fixed date is measured from the day the policy takes effect (2024-05-01).
        let dated = edit(COMPLETE, "duration = \"session\"", "expires = 2026-05-01");
        let diag = lint_text(&dated).fires_once("DL406", line_of(&dated, "expires = 2026-05-01"));
        assert!(diag.message.contains("730 days"), "{}", diag.message);
        lint_text(&edit(
            COMPLETE,
            "duration = \"session\"",
            "expires = 2024-06-01",
        ))
        .quiet("DL406");
        // An event with a maximum states the lifetime: no DL403.
        let until = edit(
            COMPLETE,
            "duration = \"session\"",
            "until = \"you empty the basket\"",
        );
        lint_text(&until).quiet("DL403");
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
        let lowered = format!("{COMPLETE}\n[lints]\nnecessary_max_duration = \"30 days\"\n");
        lint_text(&lowered).quiet("DL406");
        let longer = edit(&lowered, "duration = \"session\"", "duration = \"31 days\"");
        lint_text(&longer).fires_once("DL406", line_of(&longer, "duration = \"31 days\""));
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
