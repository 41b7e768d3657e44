//! DL3xx — GDPR Art. 13(2) / 14(2): retention, rights, withdrawal of consent,
//! complaints, automated decision-making.

use super::{Cx, Rule, cookie_name};
use crate::diag::Severity;
use crate::duration::Duration;
use crate::model::{DocumentKind, Keyword, LegalBasis, Right};

/// The rights Art. 13(2)(b) / 14(2)(c) require a policy to mention.
pub const REQUIRED_RIGHTS: &[Right] = &[
    Right::Access,
    Right::Rectification,
    Right::Erasure,
    Right::Restriction,
    Right::Objection,
    Right::Portability,
];

pub const RETENTION_MISSING: Rule = Rule {
    code: "DL301",
    name: "retention-missing",
    default_severity: Severity::Warning,
    summary: "a data category has no retention period or criteria, and [privacy].retention gives no general one",
    source: "GDPR Art. 13(2)(a), 14(2)(a)",
    explanation: r##"
The policy must say how long each kind of personal data is kept, or by which
criteria that period is set ("until the end of the contract plus the statutory seven
years"). A data category without `retention` is covered by a general statement in
`[privacy].retention`; without either, the reader learns nothing.

The lifetime of cookies is checked by DL302 (`persistent` without a length) and
DL403 (no `duration`).

## Legal text

GDPR Art. 13(2)(a) and 14(2)(a): the controller provides "the period for which the
personal data will be stored, or if that is not possible, the criteria used to
determine that period".

## Example

```toml
[[data]]
id = "contact"
name = "Contact details"
recipients = ["couriers"]
```

## Fix

Give the category its own period, or state a general rule once:

```toml
[[data]]
id = "contact"
name = "Contact details"
recipients = ["couriers"]
retention = "Seven years after your last order (tax law)."

# or
[privacy]
retention = "We delete personal data when it is no longer needed for its purpose."
```
"##,
};

pub const COOKIE_LIFETIME_UNSTATED: Rule = Rule {
    code: "DL302",
    name: "cookie-lifetime-unstated",
    default_severity: Severity::Warning,
    summary: "a persistent cookie does not say how long it lasts",
    source: "GDPR Art. 13(2)(a); ePrivacy Art. 5(3); CJEU C-673/17 (Planet49), para. 81",
    explanation: r##"
`duration = "persistent"` records that a cookie outlives the browser session but not
for how long. The visitor needs the period: the Court of Justice held that the
information given before consent includes "the duration of the operation of
cookies". A cookie with no `duration` at all is reported by DL403 instead.

## Legal text

GDPR Art. 13(2)(a): "the period for which the personal data will be stored". ePrivacy
Directive (2002/58/EC) Art. 5(3): storing information on a user's device requires
"clear and comprehensive information". CJEU C-673/17 (Planet49, 1 October 2019),
para. 81: that information includes "the duration of the operation of cookies and
whether or not third parties may have access to those cookies".

## Example

```toml
[[cookies]]
name = "_ga"
provider = "google"
category = "analytics"
purposes = ["analytics"]
duration = "persistent"
```

## Fix

```toml
duration = "13 months"
```
"##,
};

pub const RIGHTS_MISSING: Rule = Rule {
    code: "DL303",
    name: "rights-missing",
    default_severity: Severity::Warning,
    summary: "the policy does not mention every right Art. 13(2)(b) requires (access, rectification, erasure, restriction, objection, portability)",
    source: "GDPR Art. 13(2)(b), 14(2)(c)",
    explanation: r##"
Every privacy notice must tell people that they may ask for access to their data,
its rectification or erasure, restriction of processing, object to processing, and
receive their data in a portable form. `[rights].granted` lists the rights the policy
mentions; the rule names the ones that are missing (all of them when `[rights]` is
absent).

Where a right does not apply to the processing at all (portability only applies to
processing based on consent or contract, carried out by automated means), the
policy should still say so; mention the right and explain its limits in `exercise`.

## Legal text

GDPR Art. 13(2)(b) and 14(2)(c): "the existence of the right to request from the
controller access to and rectification or erasure of personal data or restriction of
processing concerning the data subject or to object to processing as well as the
right to data portability".

## Example

```toml
[rights]
granted = ["access", "erasure"]
```

## Fix

```toml
[rights]
granted = ["access", "rectification", "erasure", "restriction", "objection",
           "portability", "withdraw-consent", "complaint"]
exercise = "E-mail privacy@shop.example. We answer within one month."
```
"##,
};

pub const WITHDRAWAL_NOT_OFFERED: Rule = Rule {
    code: "DL304",
    name: "withdrawal-not-offered",
    default_severity: Severity::Warning,
    summary: "processing relies on consent, but the right to withdraw consent is not granted",
    source: "GDPR Art. 13(2)(c), 14(2)(d), 7(3)",
    explanation: r##"
Where any purpose (or `[privacy].legal_bases`) relies on consent, the policy must say
that consent can be withdrawn at any time, without affecting the lawfulness of
processing before the withdrawal. Add `withdraw-consent` to `[rights].granted`; the
published policy then says so, and `[consent].withdrawal_effect` can describe what
happens.

## Legal text

GDPR Art. 13(2)(c) and 14(2)(d): "where the processing is based on point (a) of
Article 6(1) or point (a) of Article 9(2), the existence of the right to withdraw
consent at any time, without affecting the lawfulness of processing based on consent
before its withdrawal". Art. 7(3): "It shall be as easy to withdraw as to give
consent."

## Example

```toml
[[purposes]]
id = "analytics"
name = "Website analytics"
legal_basis = "consent"

[rights]
granted = ["access", "rectification", "erasure", "restriction", "objection", "portability"]
```

## Fix

```toml
[rights]
granted = ["access", "rectification", "erasure", "restriction", "objection", "portability",
           "withdraw-consent"]
```
"##,
};

pub const COMPLAINT_RIGHT_MISSING: Rule = Rule {
    code: "DL305",
    name: "complaint-right-missing",
    default_severity: Severity::Warning,
    summary: "the right to complain to a supervisory authority is not granted, or no authority is named",
    source: "GDPR Art. 13(2)(d), 14(2)(e), 77(1)",
    explanation: r##"
People must be told that they can lodge a complaint with a data protection
authority. The policy needs both `complaint` in `[rights].granted` and a
`[supervisory_authority]` table naming the authority (the lead authority, or the one
where the organisation is established), so the reader knows where to go.

## Legal text

GDPR Art. 13(2)(d) and 14(2)(e): "the right to lodge a complaint with a supervisory
authority". Art. 77(1): every data subject "shall have the right to lodge a complaint
with a supervisory authority, in particular in the Member State of his or her
habitual residence, place of work or place of the alleged infringement".

## Example

```toml
[rights]
granted = ["access", "rectification", "erasure", "restriction", "objection", "portability"]
```

## Fix

```toml
[rights]
granted = ["access", "rectification", "erasure", "restriction", "objection", "portability",
           "complaint"]

[supervisory_authority]
name = "Autoriteit Persoonsgegevens"
country = "NL"
url = "https://autoriteitpersoonsgegevens.nl"
```
"##,
};

pub const AUTOMATED_DECISIONS_UNADDRESSED: Rule = Rule {
    code: "DL306",
    name: "automated-decisions-unaddressed",
    default_severity: Severity::Warning,
    summary: "the privacy policy does not say whether decisions are made solely by automated means",
    source: "GDPR Art. 13(2)(f), 14(2)(g), 22(1)",
    explanation: r##"
A privacy policy must say whether the organisation makes decisions about people
solely by automated means, including profiling, with legal or similarly significant
effects. Saying "no" is enough when there are none: set
`[privacy].automated_decisions = false`. The rule applies only to catalogues that
produce a privacy policy (`documents` includes `privacy-policy`).

## Legal text

GDPR Art. 13(2)(f) and 14(2)(g): "the existence of automated decision-making,
including profiling, referred to in Article 22(1) and (4) and, at least in those
cases, meaningful information about the logic involved, as well as the significance
and the envisaged consequences of such processing for the data subject".

## Example

```toml
[policy]
id = "shop"
name = "Example Shop"
default_locale = "en"
documents = ["privacy-policy"]
```

## Fix

```toml
[privacy]
automated_decisions = false
```
"##,
};

pub const AUTOMATED_DECISIONS_LOGIC_MISSING: Rule = Rule {
    code: "DL307",
    name: "automated-decisions-logic-missing",
    default_severity: Severity::Warning,
    summary: "automated decision-making is declared without the logic involved and its consequences",
    source: "GDPR Art. 13(2)(f), 14(2)(g), 22",
    explanation: r##"
Where decisions are made solely by automated means (`automated_decisions = true`),
the policy must also explain, in meaningful terms, the logic involved and the
significance and envisaged consequences for the person: write them in
`[privacy].automated_decisions_details`.

## Legal text

GDPR Art. 13(2)(f) and 14(2)(g): "at least in those cases, meaningful information
about the logic involved, as well as the significance and the envisaged consequences
of such processing for the data subject".

## Example

```toml
[privacy]
automated_decisions = true
```

## Fix

```toml
[privacy]
automated_decisions = true
automated_decisions_details = """
Orders are scored for fraud risk from the delivery address, the payment method and \
the order value. A high score means we ask for prepayment; you can ask for a person \
to review the decision."""
```
"##,
};

pub(super) fn check(cx: &mut Cx) {
    let policy = cx.policy;

    if policy.privacy.retention.is_none() {
        for data in &policy.data {
            if data.retention.is_none() {
                cx.emit(
                    &RETENTION_MISSING,
                    &data.loc,
                    format!("data category `{}` does not say how long it is kept", data.id),
                    "no `retention`",
                    "add `retention` (a period or the criteria that set it) to the data category, or a general `retention` to [privacy]",
                );
            }
        }
    }

    for cookie in &policy.cookies {
        if let Some(duration) = &cookie.duration
            && duration.value == Duration::Persistent
        {
            cx.emit(
                &COOKIE_LIFETIME_UNSTATED,
                &duration.loc,
                format!(
                    "{} is persistent but does not say how long it lasts",
                    cookie_name(policy, cookie)
                ),
                "length not stated",
                "replace \"persistent\" with the lifetime, such as \"13 months\" or \"90 days\"",
            );
        }
    }

    let granted = |right: Right| policy.rights.as_ref().is_some_and(|r| r.grants(right));
    let rights_loc = policy.rights.as_ref().map_or(&policy.loc, |r| &r.loc);

    let missing: Vec<Right> = REQUIRED_RIGHTS
        .iter()
        .copied()
        .filter(|r| !granted(*r))
        .collect();
    if !missing.is_empty() {
        let (message, label) = if policy.rights.is_none() {
            (
                "the policy mentions none of the data-subject rights: it has no [rights] table"
                    .to_owned(),
                "no [rights] in this catalogue",
            )
        } else {
            (
                format!(
                    "[rights] does not mention the right{} {}",
                    if missing.len() == 1 { "" } else { "s" },
                    and_list(&missing.iter().map(|r| r.description()).collect::<Vec<_>>())
                ),
                "rights missing",
            )
        };
        cx.emit(
            &RIGHTS_MISSING,
            rights_loc,
            message,
            label,
            format!(
                "add {} to [rights].granted",
                missing
                    .iter()
                    .map(|r| format!("\"{}\"", r.keyword()))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        );
    }

    let consent_purposes: Vec<&str> = policy
        .purposes
        .iter()
        .filter(|p| {
            p.legal_basis
                .as_ref()
                .is_some_and(|b| b.value == LegalBasis::Consent)
        })
        .map(|p| p.id.as_str())
        .collect();
    let consent_overall = policy
        .privacy
        .legal_bases
        .iter()
        .any(|b| b.value == LegalBasis::Consent);
    if (!consent_purposes.is_empty() || consent_overall) && !granted(Right::WithdrawConsent) {
        let relying = if consent_purposes.is_empty() {
            "[privacy].legal_bases names consent".to_owned()
        } else {
            format!(
                "purpose{} {} rel{} on consent",
                if consent_purposes.len() == 1 { "" } else { "s" },
                consent_purposes
                    .iter()
                    .map(|id| format!("`{id}`"))
                    .collect::<Vec<_>>()
                    .join(", "),
                if consent_purposes.len() == 1 {
                    "ies"
                } else {
                    "y"
                }
            )
        };
        cx.emit(
            &WITHDRAWAL_NOT_OFFERED,
            rights_loc,
            format!("{relying}, but the policy does not offer to withdraw consent"),
            "no `withdraw-consent`",
            "add \"withdraw-consent\" to [rights].granted",
        );
    }

    let complaint = granted(Right::Complaint);
    let authority = policy.authority.is_some();
    if !complaint || !authority {
        let (message, help) = match (complaint, authority) {
            (false, false) => (
                "the policy neither grants the right to complain nor names a supervisory authority",
                "add \"complaint\" to [rights].granted and a [supervisory_authority] table with the authority's name",
            ),
            (false, true) => (
                "the policy names a supervisory authority but does not grant the right to complain to it",
                "add \"complaint\" to [rights].granted",
            ),
            _ => (
                "the policy grants the right to complain but names no supervisory authority",
                "add a [supervisory_authority] table with the authority's name and website",
            ),
        };
        cx.emit(
            &COMPLAINT_RIGHT_MISSING,
            rights_loc,
            message,
            "no right to complain",
            help,
        );
    }

    if policy.has_document(DocumentKind::PrivacyPolicy)
        && policy.privacy.automated_decisions.is_none()
    {
        cx.emit(
            &AUTOMATED_DECISIONS_UNADDRESSED,
            &policy.loc,
            format!(
                "privacy policy `{}` does not say whether decisions are made solely by automated means",
                policy.id
            ),
            "produces a privacy policy",
            "add `automated_decisions = false` (or `true` with `automated_decisions_details`) to [privacy]",
        );
    }

    if policy.privacy.automated_decisions == Some(true)
        && policy.privacy.automated_decisions_details.is_none()
    {
        cx.emit(
            &AUTOMATED_DECISIONS_LOGIC_MISSING,
            &policy.loc,
            format!(
                "policy `{}` declares automated decision-making but does not explain the logic or its consequences",
                policy.id
            ),
            "automated decisions declared",
            "add `automated_decisions_details` to [privacy]: the logic involved, its significance and the consequences for the person",
        );
    }
}

/// "a", "a and b", "a, b and c".
fn and_list(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;

    const GENERAL_RETENTION: &str = "retention = { en = \"We delete data when it is no longer needed.\", nl = \"We verwijderen gegevens zodra ze niet meer nodig zijn.\" }\n";

    #[test]
    fn retention_missing() {
        let text = edit(COMPLETE, GENERAL_RETENTION, "");
        // `contact` has its own retention; `usage` relied on the general one.
        let diag = lint_text(&text).fires_once("DL301", header_of(&text, "id = \"usage\""));
        assert!(diag.message.contains("`usage`"));
        lint_text(COMPLETE).quiet("DL301");
    }

    #[test]
    fn cookie_lifetime_unstated() {
        let text = edit(
            COMPLETE,
            "duration = \"13 months\"",
            "duration = \"persistent\"",
        );
        let diag =
            lint_text(&text).fires_once("DL302", line_of(&text, "duration = \"persistent\""));
        assert!(diag.message.contains("`_ac_id.<site>`"));
        lint_text(COMPLETE).quiet("DL302");
    }

    #[test]
    fn rights_missing() {
        let text = edit(COMPLETE, "\"portability\", \"objection\", ", "");
        let diag = lint_text(&text).fires_once("DL303", line_of(&text, "[rights]"));
        assert!(
            diag.message
                .ends_with("the rights to object (Art. 21) and to data portability (Art. 20)"),
            "{}",
            diag.message
        );
        lint_text(COMPLETE).quiet("DL303");
    }

    #[test]
    fn rights_missing_without_rights_table() {
        let text = remove_table(COMPLETE, "[rights]");
        let linted = lint_text(&text);
        let diag = linted.fires_once("DL303", line_of(&text, "[policy]"));
        assert!(diag.message.contains("no [rights]"));
        // Withdrawal and complaint are then reported on [policy] too.
        linted.fires_once("DL304", line_of(&text, "[policy]"));
        linted.fires_once("DL305", line_of(&text, "[policy]"));
    }

    #[test]
    fn withdrawal_not_offered() {
        let text = edit(COMPLETE, "\"withdraw-consent\", ", "");
        let diag = lint_text(&text).fires_once("DL304", line_of(&text, "[rights]"));
        assert!(
            diag.message
                .contains("purpose `analytics` relies on consent")
        );
        lint_text(COMPLETE).quiet("DL304");
        // Without consent-based processing there is nothing to withdraw.
        let no_consent = edit(
            &text,
            "legal_basis = \"consent\"",
            "legal_basis = \"contract\"",
        );
        lint_text(&no_consent).quiet("DL304");
    }

    #[test]
    fn complaint_right_missing() {
        let text = edit(COMPLETE, ", \"complaint\"", "");
        let diag = lint_text(&text).fires_once("DL305", line_of(&text, "[rights]"));
        assert!(
            diag.message
                .contains("does not grant the right to complain")
        );

        let no_authority = remove_table(COMPLETE, "[supervisory_authority]");
        let diag = lint_text(&no_authority).fires_once("DL305", line_of(&no_authority, "[rights]"));
        assert!(diag.message.contains("names no supervisory authority"));
        lint_text(COMPLETE).quiet("DL305");
    }

    #[test]
    fn automated_decisions_unaddressed() {
        let text = edit(COMPLETE, "automated_decisions = false\n", "");
        let diag = lint_text(&text).fires_once("DL306", line_of(&text, "[policy]"));
        assert!(diag.message.contains("`example-shop`"));
        // Only where a privacy policy is produced.
        let cookie_only = edit(
            &text,
            "documents = [\"cookie-policy\", \"privacy-policy\"]",
            "documents = [\"cookie-policy\"]",
        );
        let cookie_only = edit(
            &cookie_only,
            "document = \"privacy-policy\"",
            "document = \"cookie-policy\"",
        );
        lint_text(&cookie_only).quiet("DL306");
        lint_text(COMPLETE).quiet("DL306");
    }

    #[test]
    fn automated_decisions_logic_missing() {
        let text = edit(
            COMPLETE,
            "automated_decisions = false",
            "automated_decisions = true",
        );
        lint_text(&text).fires_once("DL307", line_of(&text, "[policy]"));
        let fixed = edit(
            &text,
            "automated_decisions = true",
            "automated_decisions = true\nautomated_decisions_details = { en = \"Orders are scored for fraud.\", nl = \"Bestellingen krijgen een fraudescore.\" }",
        );
        lint_text(&fixed).quiet("DL307");
    }
}
