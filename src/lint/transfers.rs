//! DL2xx — GDPR Chapter V: the instrument named for a transfer outside the EEA.

use super::{Cx, Rule};
use crate::diag::Severity;
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

pub const SAFE_HARBOR_TRANSFER: Rule = Rule {
    code: "DL201",
    name: "safe-harbor-transfer",
    default_severity: Severity::Error,
    summary: "a transfer relies on Safe Harbor, invalid since 6 October 2015 (CJEU C-362/14, Schrems I)",
    source: "GDPR Art. 44, 45(1); CJEU C-362/14 (Schrems I)",
    explanation: r##"
The US Safe Harbor scheme was declared invalid by the Court of Justice of the EU on
6 October 2015 (case C-362/14, Maximillian Schrems v Data Protection Commissioner,
"Schrems I"), which annulled Commission Decision 2000/520/EC. Since then it provides
no legal basis for any transfer; a policy that still names it describes a transfer
without a valid instrument.

## Legal text

GDPR Art. 44: transfers take place only if the conditions of Chapter V are met.
Art. 45(1): a transfer on the basis of an adequacy decision requires that "the
Commission has decided" the country ensures an adequate level of protection — the
Safe Harbor decision no longer exists.

## Example

```toml
[[processors]]
id = "analytics-co"
name = "Analytics Co"
country = "US"
transfer = "safe-harbor"
```

## Fix

Name the mechanism in place today: the EU-US Data Privacy Framework if the recipient
is certified, otherwise standard contractual clauses.

```toml
[[processors]]
id = "analytics-co"
name = "Analytics Co"
country = "US"
transfer = "eu-us-dpf"
```
"##,
};

pub const PRIVACY_SHIELD_TRANSFER: Rule = Rule {
    code: "DL202",
    name: "privacy-shield-transfer",
    default_severity: Severity::Error,
    summary: "a transfer relies on the EU-US Privacy Shield, invalid since 16 July 2020 (CJEU C-311/18, Schrems II)",
    source: "GDPR Art. 44, 45(1), 46(1); CJEU C-311/18 (Schrems II)",
    explanation: r##"
The EU-US Privacy Shield was declared invalid by the Court of Justice of the EU on
16 July 2020 (case C-311/18, Data Protection Commissioner v Facebook Ireland and
Maximillian Schrems, "Schrems II"), which annulled Commission Implementing Decision
(EU) 2016/1250. A policy that still relies on it names no valid transfer instrument.
Its successor, the EU-US Data Privacy Framework (adequacy decision of 10 July 2023),
is a different instrument with its own certification: a Privacy Shield certification
does not carry over by itself.

## Legal text

GDPR Art. 44 (general principle for transfers), Art. 45(1) (adequacy decisions) and
Art. 46(1): "in the absence of a decision pursuant to Article 45(3), a controller or
processor may transfer personal data to a third country [...] only if [it] has
provided appropriate safeguards".

## Example

```toml
[[processors]]
id = "google"
name = "Google"
country = "US"
transfer = "privacy-shield"
```

## Fix

```toml
[[processors]]
id = "google"
name = "Google"
country = "US"
transfer = "eu-us-dpf"   # or "scc" where the recipient is not DPF-certified
```
"##,
};

pub const DPF_OUTSIDE_US: Rule = Rule {
    code: "DL203",
    name: "dpf-outside-us",
    default_severity: Severity::Error,
    summary: "the EU-US Data Privacy Framework is named for a recipient outside the United States",
    source: "GDPR Art. 45(1); Commission Implementing Decision (EU) 2023/1795",
    explanation: r##"
The EU-US Data Privacy Framework (DPF) is an adequacy decision for the United States
only: Commission Implementing Decision (EU) 2023/1795 of 10 July 2023 covers
transfers to organisations in the US that are certified under the framework. For a
recipient in any other country it provides nothing. (For US recipients `eu-us-dpf`
is accepted.)

## Legal text

GDPR Art. 45(1): a transfer "may take place where the Commission has decided that
the third country [...] ensures an adequate level of protection". The DPF decision
names one third country: the United States.

## Example

```toml
[[processors]]
id = "support-desk"
name = "Support Desk Ltd"
country = "IN"
transfer = "eu-us-dpf"
```

## Fix

Name the instrument that covers that country, typically standard contractual
clauses — or correct the country if the recipient is in fact in the US.

```toml
[[processors]]
id = "support-desk"
name = "Support Desk Ltd"
country = "IN"
transfer = "scc"
```
"##,
};

pub const ADEQUACY_WITHOUT_DECISION: Rule = Rule {
    code: "DL204",
    name: "adequacy-without-decision",
    default_severity: Severity::Warning,
    summary: "`adequacy` is named for a country without a Commission adequacy decision",
    source: "GDPR Art. 45(1), 45(3)",
    explanation: r##"
`transfer = "adequacy"` says the European Commission has decided that the recipient's
country protects personal data adequately. Only a few countries have such a
decision: Andorra, Argentina, Canada (commercial organisations), the Faroe Islands,
Guernsey, Israel, the Isle of Man, Japan, Jersey, New Zealand, the Republic of Korea,
Switzerland, the United Kingdom and Uruguay (as of 2025). For the United States the
adequacy decision covers only organisations certified under the EU-US Data Privacy
Framework: write `eu-us-dpf` for them.

Should the Commission adopt a new decision before `disclose` knows of it, set this
rule to `allow` for the catalogue.

## Legal text

GDPR Art. 45(1): a transfer may take place "where the Commission has decided that
the third country, a territory or one or more specified sectors within that third
country [...] ensures an adequate level of protection". Art. 45(3): the Commission
decides "by means of implementing act".

## Example

```toml
[[processors]]
id = "hosting"
name = "Hosting Pte Ltd"
country = "SG"
transfer = "adequacy"
```

## Fix

```toml
[[processors]]
id = "hosting"
name = "Hosting Pte Ltd"
country = "SG"
transfer = "scc"
```
"##,
};

pub(super) fn check(cx: &mut Cx) {
    let policy = cx.policy;
    for processor in &policy.processors {
        let Some(transfer) = &processor.transfer else {
            continue;
        };
        let country = processor.country.as_ref().map(|c| c.value.as_str());
        match transfer.value {
            TransferMechanism::SafeHarbor => cx.emit(
                &SAFE_HARBOR_TRANSFER,
                &transfer.loc,
                format!(
                    "processor `{}` relies on Safe Harbor, invalid since 6 October 2015",
                    processor.id
                ),
                "invalidated by CJEU C-362/14",
                "name the mechanism in place today: eu-us-dpf for a certified US recipient, otherwise scc",
            ),
            TransferMechanism::PrivacyShield => cx.emit(
                &PRIVACY_SHIELD_TRANSFER,
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
                        &DPF_OUTSIDE_US,
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
                        &ADEQUACY_WITHOUT_DECISION,
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
