//! DL1xx — GDPR Art. 13(1) / 14(1): who is responsible, why, on which basis, who
//! receives the data and where it goes.

use super::cx::Cx;
use crate::diag::codes::{
    CONTROLLER_CONTACT_MISSING, DPO_CONTACT_MISSING, LEGITIMATE_INTEREST_UNSTATED,
    PROCESSOR_COUNTRY_MISSING, PURPOSE_WITHOUT_LEGAL_BASIS, RECIPIENTS_MISSING,
    THIRD_COUNTRY_WITHOUT_SAFEGUARD,
};
use crate::model::{LegalBasis, RecipientRole, in_eea};

pub(super) fn check(cx: &mut Cx) {
    let policy = cx.policy;

    let c = &policy.controller;
    if c.email.is_none() && c.phone.is_none() && c.address.is_none() {
        cx.emit(
            CONTROLLER_CONTACT_MISSING,
            &c.loc,
            format!(
                "controller `{}` gives no e-mail address, telephone number or postal address",
                c.name
            ),
            "no contact details",
            "add `email`, `phone` or `address` to [controller]",
        );
    }

    if let Some(dpo) = &policy.dpo
        && dpo.email.is_none()
        && dpo.phone.is_none()
        && dpo.address.is_none()
    {
        let who = if dpo.designated == Some(false) {
            "the privacy contact"
        } else {
            "the data protection officer"
        };
        let named = dpo
            .name
            .as_ref()
            .map(|n| format!(" `{n}`"))
            .unwrap_or_default();
        cx.emit(
            DPO_CONTACT_MISSING,
            &dpo.loc,
            format!("{who}{named} has no e-mail address, telephone number or address"),
            "no contact details",
            "add `email` (or `phone`) to [dpo]; `address` only where it differs from the controller's",
        );
    }

    for purpose in &policy.purposes {
        match &purpose.legal_basis {
            None => cx.emit(
                PURPOSE_WITHOUT_LEGAL_BASIS,
                &purpose.loc,
                format!("purpose `{}` states no legal basis", purpose.id),
                "no `legal_basis`",
                "add `legal_basis` with one of: consent, contract, legal-obligation, vital-interests, public-task, legitimate-interests",
            ),
            Some(basis)
                if basis.value == LegalBasis::LegitimateInterests
                    && purpose.legitimate_interest.is_none() =>
            {
                cx.emit(
                    LEGITIMATE_INTEREST_UNSTATED,
                    &basis.loc,
                    format!(
                        "purpose `{}` relies on legitimate interests but does not say which",
                        purpose.id
                    ),
                    "the interest is not stated",
                    "add `legitimate_interest = \"…\"` to the purpose, saying what interest is pursued",
                );
            }
            Some(_) => {}
        }
    }

    for data in &policy.data {
        if data.recipients.is_empty() {
            cx.emit(
                RECIPIENTS_MISSING,
                &data.loc,
                format!("data category `{}` names no recipients", data.id),
                "no `recipients`",
                "list the processors or categories of recipients that receive this data in `recipients`",
            );
        }
    }

    for processor in &policy.processors {
        match &processor.country {
            None if processor.role != Some(RecipientRole::Recipients) => cx.emit(
                PROCESSOR_COUNTRY_MISSING,
                &processor.loc,
                format!("processor `{}` states no country", processor.id),
                "no `country`",
                "add `country` with the ISO 3166-1 code of where the data is processed, e.g. \"DE\" or \"US\"",
            ),
            Some(country) if !in_eea(&country.value) && processor.transfer.is_none() => cx.emit(
                THIRD_COUNTRY_WITHOUT_SAFEGUARD,
                &country.loc,
                format!(
                    "processor `{}` is in {}, outside the EEA, but no transfer mechanism is stated",
                    processor.id, country.value
                ),
                "third country",
                "add `transfer` with the mechanism in place: adequacy, scc, bcr, eu-us-dpf (US only) or derogation",
            ),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;

    #[test]
    fn controller_contact_missing() {
        let text = edit(
            COMPLETE,
            "address = \"\"\"\nVoorbeeldstraat 1\n1234 AB Amsterdam\"\"\"\n",
            "",
        );
        let text = edit(&text, "email = \"privacy@shop.example\"\n", "");
        let text = edit(&text, "phone = \"+31 20 123 4567\"\n", "");
        let diag = lint_text(&text).fires_once("DL101", line_of(&text, "[controller]"));
        assert!(diag.message.contains("Example Shop B.V."));
        // One way to get in touch is enough to pass.
        let text = edit(
            COMPLETE,
            "address = \"\"\"\nVoorbeeldstraat 1\n1234 AB Amsterdam\"\"\"\n",
            "",
        );
        let text = edit(&text, "email = \"privacy@shop.example\"\n", "");
        lint_text(&text).quiet("DL101");
    }

    #[test]
    fn dpo_contact_missing() {
        let text = edit(COMPLETE, "email = \"dpo@shop.example\"\n", "");
        let diag = lint_text(&text).fires_once("DL102", line_of(&text, "[dpo]"));
        assert!(
            diag.message
                .contains("data protection officer `Jane Jansen`")
        );
        let contact = edit(&text, "designated = true", "designated = false");
        let diag = lint_text(&contact).fires_once("DL102", line_of(&text, "[dpo]"));
        assert!(diag.message.contains("privacy contact"));
        let fixed = edit(&text, "designated = true", "phone = \"+31 20 765 4321\"");
        lint_text(&fixed).quiet("DL102");
    }

    #[test]
    fn purpose_without_legal_basis() {
        let text = edit(COMPLETE, "legal_basis = \"contract\"\n", "");
        let diag = lint_text(&text).fires_once("DL103", header_of(&text, "id = \"orders\""));
        assert!(diag.message.contains("`orders`"));
        lint_text(COMPLETE).quiet("DL103");
    }

    #[test]
    fn legitimate_interest_unstated() {
        let text = edit(
            COMPLETE,
            "legitimate_interest = { en = \"Letting you shop across several pages.\", nl = \"Je over meerdere pagina's laten winkelen.\" }\n",
            "",
        );
        let diag = lint_text(&text).fires_once(
            "DL104",
            line_of(&text, "legal_basis = \"legitimate-interests\""),
        );
        assert!(diag.message.contains("`basket`"));
        lint_text(COMPLETE).quiet("DL104");
    }

    #[test]
    fn recipients_missing() {
        let text = edit(COMPLETE, "recipients = [\"couriers\", \"mailer\"]\n", "");
        // couriers and mailer are still listed in the privacy policy, so nothing else fires.
        let linted = lint_text(&text);
        let diag = linted.fires_once("DL105", header_of(&text, "id = \"contact\""));
        assert!(diag.message.contains("`contact`"));
        lint_text(COMPLETE).quiet("DL105");
    }

    #[test]
    fn processor_country_missing() {
        let text = edit(COMPLETE, "country = \"DE\"\n", "");
        let diag = lint_text(&text).fires_once("DL106", header_of(&text, "id = \"mailer\""));
        assert!(diag.message.contains("`mailer`"));
        // Categories of recipients (couriers) have no country and are not flagged.
        lint_text(COMPLETE).quiet("DL106");
    }

    #[test]
    fn third_country_without_safeguard() {
        let text = edit(COMPLETE, "country = \"DE\"", "country = \"IN\"");
        let diag = lint_text(&text).fires_once("DL107", line_of(&text, "country = \"IN\""));
        assert!(diag.message.contains("`mailer`") && diag.message.contains("IN"));
        let fixed = edit(
            &text,
            "country = \"IN\"",
            "country = \"IN\"\ntransfer = \"scc\"",
        );
        lint_text(&fixed).quiet("DL107");
        // Norway is in the EEA: no transfer.
        let eea = edit(COMPLETE, "country = \"DE\"", "country = \"NO\"");
        lint_text(&eea).quiet("DL107");
    }
}
