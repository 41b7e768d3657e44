//! DL2xx — GDPR Chapter V: the instrument named for a transfer outside the EEA.

use super::cx::Cx;
use crate::diag::codes::{
    ADEQUACY_WITHOUT_DECISION, DPF_OUTSIDE_US, PRIVACY_SHIELD_TRANSFER, SAFE_HARBOR_TRANSFER,
};
use crate::model::{TransferMechanism, in_eea};

/// Countries and territories with a European Commission adequacy decision under
/// GDPR Art. 45 (or Directive 95/46/EC, kept in force by Art. 45(9)), as of 2025:
/// Andorra, Argentina, Canada (commercial organisations), Faroe Islands, Guernsey,
/// Israel, Isle of Man, Japan, Jersey, New Zealand, Republic of Korea, Switzerland,
/// United Kingdom, Uruguay. The United States is covered only for organisations
/// certified under the EU-US Data Privacy Framework (`eu-us-dpf`), so it is not here.
/// Update when the Commission adopts or withdraws a decision.
pub const ADEQUATE: &[&str] = &[
    "AD", "AR", "CA", "CH", "FO", "GB", "GG", "IL", "IM", "JE", "JP", "KR", "NZ", "UY",
];

pub(super) fn check(cx: &mut Cx) {
    let policy = cx.policy;
    for processor in &policy.processors {
        let Some(transfer) = &processor.transfer else {
            continue;
        };
        let country = processor.country.as_ref().map(|c| c.value.as_str());
        match transfer.value {
            TransferMechanism::SafeHarbor => cx.emit(
                SAFE_HARBOR_TRANSFER,
                &transfer.loc,
                format!(
                    "processor `{}` relies on Safe Harbor, invalid since 6 October 2015",
                    processor.id
                ),
                "invalidated by CJEU C-362/14",
                "name the mechanism in place today: eu-us-dpf for a certified US recipient, otherwise scc",
            ),
            TransferMechanism::PrivacyShield => cx.emit(
                PRIVACY_SHIELD_TRANSFER,
                &transfer.loc,
                format!(
                    "processor `{}` relies on the EU-US Privacy Shield, invalid since 16 July 2020",
                    processor.id
                ),
                "invalidated by CJEU C-311/18",
                "name the mechanism in place today: eu-us-dpf (adequacy decision of 10 July 2023) if the recipient is certified, otherwise scc",
            ),
            TransferMechanism::EuUsDpf => {
                if let Some(country) = country.filter(|c| *c != "US") {
                    cx.emit(
                        DPF_OUTSIDE_US,
                        &transfer.loc,
                        format!(
                            "processor `{}` is in {country}, but the EU-US Data Privacy Framework covers only US recipients",
                            processor.id
                        ),
                        "for US recipients only",
                        "name the instrument for this country (scc, bcr, adequacy, derogation), or correct `country`",
                    );
                }
            }
            TransferMechanism::Adequacy => {
                if let Some(country) =
                    country.filter(|c| !in_eea(c) && !ADEQUATE.contains(c))
                {
                    let help = if country == "US" {
                        "for the United States the adequacy decision covers only certified organisations: write transfer = \"eu-us-dpf\", or \"scc\""
                    } else {
                        "name the instrument actually in place, such as scc or bcr"
                    };
                    cx.emit(
                        ADEQUACY_WITHOUT_DECISION,
                        &transfer.loc,
                        format!(
                            "processor `{}` claims adequacy, but {country} has no Commission adequacy decision",
                            processor.id
                        ),
                        "no adequacy decision",
                        help,
                    );
                }
            }
            TransferMechanism::Scc | TransferMechanism::Bcr | TransferMechanism::Derogation => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;

    #[test]
    fn safe_harbor_transfer() {
        let text = edit(
            COMPLETE,
            "transfer = \"eu-us-dpf\"",
            "transfer = \"safe-harbor\"",
        );
        let diag =
            lint_text(&text).fires_once("DL201", line_of(&text, "transfer = \"safe-harbor\""));
        assert_eq!(diag.severity, crate::diag::Severity::Error);
        assert!(diag.message.contains("`analytics-co`") && diag.message.contains("6 October 2015"));
        lint_text(COMPLETE).quiet("DL201");
    }

    #[test]
    fn privacy_shield_transfer() {
        let text = edit(
            COMPLETE,
            "transfer = \"eu-us-dpf\"",
            "transfer = \"privacy-shield\"",
        );
        let diag =
            lint_text(&text).fires_once("DL202", line_of(&text, "transfer = \"privacy-shield\""));
        assert_eq!(diag.severity, crate::diag::Severity::Error);
        assert!(diag.message.contains("16 July 2020"));
        assert!(diag.help.as_deref().unwrap().contains("C-311/18"));
        lint_text(COMPLETE).quiet("DL202");
    }

    #[test]
    fn dpf_outside_us() {
        let text = edit(COMPLETE, "country = \"US\"", "country = \"IN\"");
        let diag = lint_text(&text).fires_once("DL203", line_of(&text, "transfer = \"eu-us-dpf\""));
        assert!(diag.message.contains("IN"));
        // Accepted for a US recipient.
        lint_text(COMPLETE).quiet("DL203");
    }

    #[test]
    fn adequacy_without_decision() {
        let text = edit(COMPLETE, "country = \"US\"", "country = \"SG\"");
        let text = edit(&text, "transfer = \"eu-us-dpf\"", "transfer = \"adequacy\"");
        lint_text(&text).fires_once("DL204", line_of(&text, "transfer = \"adequacy\""));
        let us = edit(
            COMPLETE,
            "transfer = \"eu-us-dpf\"",
            "transfer = \"adequacy\"",
        );
        let diag = lint_text(&us).fires_once("DL204", line_of(&us, "transfer = \"adequacy\""));
        assert!(diag.help.as_deref().unwrap().contains("eu-us-dpf"));
        let japan = edit(&text, "country = \"SG\"", "country = \"JP\"");
        lint_text(&japan).quiet("DL204");
    }
}
