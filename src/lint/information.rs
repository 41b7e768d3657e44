//! DL3xx — GDPR Art. 13(2) / 14(2): retention, rights, withdrawal of consent,
//! complaints, automated decision-making.

use super::cx::{Cx, cookie_name};
use crate::diag::codes::{
    AUTOMATED_DECISIONS_LOGIC_MISSING, AUTOMATED_DECISIONS_UNADDRESSED, COMPLAINT_RIGHT_MISSING,
    COOKIE_LIFETIME_UNSTATED, RETENTION_MISSING, RIGHTS_MISSING, WITHDRAWAL_NOT_OFFERED,
};
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

pub(super) fn check(cx: &mut Cx) {
    let policy = cx.policy;

    if policy.privacy.retention.is_none() {
        for data in &policy.data {
            if data.retention.is_none() {
                cx.emit(
                    RETENTION_MISSING,
                    &data.loc,
                    format!("data category `{}` does not say how long it is kept", data.id),
                    "no `retention`",
                    "add `retention` (a period or the criteria that set it) to the data category, or a general `retention` to [privacy]",
                );
            }
        }
    }

    for cookie in &policy.cookies {
        let life = &cookie.lifetime;
        if let Some(event) = &life.until
            && cookie
                .duration
                .as_ref()
                .is_none_or(|d| d.value.seconds().is_none())
        {
            cx.emit(
                COOKIE_LIFETIME_UNSTATED,
                &cookie.loc,
                format!(
                    "{} lasts until {}, but states no longest lifetime",
                    cookie_name(policy, cookie),
                    event.get(std::slice::from_ref(&policy.default_locale))
                ),
                "no maximum",
                "add `duration`, the longest the cookie lasts if the event does not happen, such as \"30 days\"",
            );
        } else if let Some(duration) = &cookie.duration
            && duration.value == Duration::Persistent
            && life.expires.is_none()
        {
            cx.emit(
                COOKIE_LIFETIME_UNSTATED,
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
            RIGHTS_MISSING,
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
        .filter(|p| crate::model::facts::relies_on_consent(p))
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
            WITHDRAWAL_NOT_OFFERED,
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
            COMPLAINT_RIGHT_MISSING,
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
            AUTOMATED_DECISIONS_UNADDRESSED,
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
            AUTOMATED_DECISIONS_LOGIC_MISSING,
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
        // Persistent until a fixed date: the date states it.
        lint_text(&edit(
            COMPLETE,
            "duration = \"13 months\"",
            "duration = \"persistent\"\nexpires = 2025-01-01",
        ))
        .quiet("DL302");
        // An event without a maximum does not say how long the cookie can last.
        let event = edit(
            COMPLETE,
            "duration = \"13 months\"",
            "until = \"you log out\"",
        );
        let diag =
            lint_text(&event).fires_once("DL302", header_of(&event, "name = \"_ac_id.<site>\""));
        assert!(
            diag.message.contains("until you log out"),
            "{}",
            diag.message
        );
        lint_text(&edit(
            COMPLETE,
            "duration = \"13 months\"",
            "until = \"you log out\"\nduration = \"30 days\"",
        ))
        .quiet("DL302");
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
