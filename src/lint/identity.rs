//! DL1xx — GDPR Art. 13(1) / 14(1): who is responsible, why, on which basis, who
//! receives the data and where it goes.

use super::{Cx, Rule};
use crate::diag::Severity;
use crate::model::{LegalBasis, RecipientRole, in_eea};

pub const CONTROLLER_CONTACT_MISSING: Rule = Rule {
    code: "DL101",
    name: "controller-contact-missing",
    default_severity: Severity::Warning,
    summary: "the controller gives no e-mail address, telephone number or postal address",
    source: "GDPR Art. 13(1)(a), 14(1)(a)",
    explanation: r##"
A privacy notice must say who is responsible for the processing and how to reach
them. The controller's name alone does not let anyone ask a question, exercise a
right or send a complaint.

## Legal text

GDPR Art. 13(1)(a) and 14(1)(a): the controller provides "the identity and the
contact details of the controller and, where applicable, of the controller's
representative". The EDPB's transparency guidelines (WP260 rev.01) expect
different ways to get in touch: a postal address, an e-mail address, a phone number.

## Example

```toml
[controller]
name = "Example Shop B.V."
```

## Fix

Add at least one of `email`, `phone` or `address`; ideally more than one.

```toml
[controller]
name = "Example Shop B.V."
email = "privacy@shop.example"
address = "Voorbeeldstraat 1, 1234 AB Amsterdam"
```
"##,
};

pub const DPO_CONTACT_MISSING: Rule = Rule {
    code: "DL102",
    name: "dpo-contact-missing",
    default_severity: Severity::Warning,
    summary: "a data protection officer is declared without an e-mail address, telephone number or address",
    source: "GDPR Art. 13(1)(b), 14(1)(b), 37(7)",
    explanation: r##"
Where the catalogue declares a data protection officer (or another privacy contact)
with `[dpo]`, the policy must say how to reach that person. A name and a job title
are not contact details. The rule applies to every `[dpo]` table; with
`designated = false` (a privacy contact that is not a DPO under Art. 37) the message
says "privacy contact".

## Legal text

GDPR Art. 13(1)(b) and 14(1)(b): the controller provides "the contact details of the
data protection officer, where applicable". Art. 37(7): the controller "shall
publish the contact details of the data protection officer".

## Example

```toml
[dpo]
name = "Jane Jansen"
role = "Data Protection Officer"
```

## Fix

```toml
[dpo]
name = "Jane Jansen"
role = "Data Protection Officer"
email = "dpo@shop.example"
```
"##,
};

pub const PURPOSE_WITHOUT_LEGAL_BASIS: Rule = Rule {
    code: "DL103",
    name: "purpose-without-legal-basis",
    default_severity: Severity::Warning,
    summary: "a purpose states no legal basis",
    source: "GDPR Art. 13(1)(c), 14(1)(c), 6(1)",
    explanation: r##"
Every purpose of processing needs one of the six legal bases of Art. 6(1), and the
policy must name it for that purpose. A general list in `[privacy].legal_bases` does
not tell the reader which basis covers which processing.

## Legal text

GDPR Art. 13(1)(c) and 14(1)(c): the controller provides "the purposes of the
processing for which the personal data are intended as well as the legal basis for
the processing". Art. 6(1) lists the bases: (a) consent, (b) contract, (c) legal
obligation, (d) vital interests, (e) public task, (f) legitimate interests.

## Example

```toml
[[purposes]]
id = "newsletter"
name = "Sending our newsletter"
```

## Fix

```toml
[[purposes]]
id = "newsletter"
name = "Sending our newsletter"
legal_basis = "consent"
```
"##,
};

pub const LEGITIMATE_INTEREST_UNSTATED: Rule = Rule {
    code: "DL104",
    name: "legitimate-interest-unstated",
    default_severity: Severity::Warning,
    summary: "a purpose relies on legitimate interests without stating the interest",
    source: "GDPR Art. 13(1)(d), 14(2)(b)",
    explanation: r##"
"Legitimate interests" is a basis only together with the interest itself: the reader
must be able to judge the balance between that interest and their own rights, and
decide whether to object (Art. 21).

## Legal text

GDPR Art. 13(1)(d) and 14(2)(b): "where the processing is based on point (f) of
Article 6(1), the legitimate interests pursued by the controller or by a third
party".

## Example

```toml
[[purposes]]
id = "fraud"
name = "Preventing fraud"
legal_basis = "legitimate-interests"
```

## Fix

```toml
[[purposes]]
id = "fraud"
name = "Preventing fraud"
legal_basis = "legitimate-interests"
legitimate_interest = "Protecting the shop and its customers against payment fraud."
```
"##,
};

pub const RECIPIENTS_MISSING: Rule = Rule {
    code: "DL105",
    name: "recipients-missing",
    default_severity: Severity::Warning,
    summary: "a data category names no recipients or categories of recipients",
    source: "GDPR Art. 13(1)(e), 14(1)(e)",
    explanation: r##"
For each category of personal data the policy should say who receives it: named
processors and other controllers, or categories of recipients ("delivery
companies", "our accountant"). A data category with an empty `recipients` list gives
the reader nothing.

Where a category of data really goes to no one outside the organisation, set this
rule to `allow` in `[lints]` and say so in the data category's `description`.

## Legal text

GDPR Art. 13(1)(e) and 14(1)(e): the controller provides "the recipients or
categories of recipients of the personal data, if any".

## Example

```toml
[[data]]
id = "contact"
name = "Contact details"
purposes = ["orders"]
```

## Fix

Add a `[[processors]]` entry (with `role = "recipients"` for a category of
recipients) and list it:

```toml
[[processors]]
id = "couriers"
name = "Delivery companies"
role = "recipients"

[[data]]
id = "contact"
name = "Contact details"
purposes = ["orders"]
recipients = ["couriers"]
```
"##,
};

pub const PROCESSOR_COUNTRY_MISSING: Rule = Rule {
    code: "DL106",
    name: "processor-country-missing",
    default_severity: Severity::Warning,
    summary: "a processor or other recipient has no country, so a transfer outside the EEA cannot be ruled out",
    source: "GDPR Art. 13(1)(f), 14(1)(f)",
    explanation: r##"
Whether the policy must describe a transfer to a third country depends on where the
recipient processes the data. Without `country`, neither the reader nor
`disclose check` can tell. Categories of recipients (`role = "recipients"`) are
exempt: they are not one organisation in one place.

## Legal text

GDPR Art. 13(1)(f) and 14(1)(f): the controller provides, "where applicable, the fact
that the controller intends to transfer personal data to a third country or
international organisation and the existence or absence of an adequacy decision by
the Commission, or [...] reference to the appropriate or suitable safeguards".

## Example

```toml
[[processors]]
id = "pardot"
name = "Salesforce (Pardot)"
```

## Fix

```toml
[[processors]]
id = "pardot"
name = "Salesforce (Pardot)"
country = "US"
transfer = "eu-us-dpf"
```
"##,
};

pub const THIRD_COUNTRY_WITHOUT_SAFEGUARD: Rule = Rule {
    code: "DL107",
    name: "third-country-without-safeguard",
    default_severity: Severity::Warning,
    summary: "a recipient outside the EEA has no transfer mechanism",
    source: "GDPR Art. 13(1)(f), 14(1)(f), 44, 46(1)",
    explanation: r##"
A recipient in a country outside the European Economic Area (the EU plus Iceland,
Liechtenstein and Norway) receives a transfer under Chapter V of the GDPR. The
transfer needs a legal instrument — an adequacy decision, standard contractual
clauses, binding corporate rules, the EU-US Data Privacy Framework or an Art. 49
derogation — and the policy must name it.

## Legal text

GDPR Art. 44: a transfer to a third country "shall take place only if [...] the
conditions laid down in this Chapter are complied with by the controller and
processor". Art. 46(1): "in the absence of a decision pursuant to Article 45(3), a
controller or processor may transfer personal data to a third country [...] only if
the controller or processor has provided appropriate safeguards". Art. 13(1)(f)
requires the policy to refer to them.

## Example

```toml
[[processors]]
id = "mailer"
name = "Mailer Inc."
country = "US"
```

## Fix

Name the mechanism actually in place:

```toml
[[processors]]
id = "mailer"
name = "Mailer Inc."
country = "US"
transfer = "scc"
```
"##,
};

pub(super) fn check(cx: &mut Cx) {
    let policy = cx.policy;

    let c = &policy.controller;
    if c.email.is_none() && c.phone.is_none() && c.address.is_none() {
        cx.emit(
            &CONTROLLER_CONTACT_MISSING,
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
            &DPO_CONTACT_MISSING,
            &dpo.loc,
            format!("{who}{named} has no e-mail address, telephone number or address"),
            "no contact details",
            "add `email` (or `phone`) to [dpo]; `address` only where it differs from the controller's",
        );
    }

    for purpose in &policy.purposes {
        match &purpose.legal_basis {
            None => cx.emit(
                &PURPOSE_WITHOUT_LEGAL_BASIS,
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
                    &LEGITIMATE_INTEREST_UNSTATED,
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
                &RECIPIENTS_MISSING,
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
                &PROCESSOR_COUNTRY_MISSING,
                &processor.loc,
                format!("processor `{}` states no country", processor.id),
                "no `country`",
                "add `country` with the ISO 3166-1 code of where the data is processed, e.g. \"DE\" or \"US\"",
            ),
            Some(country) if !in_eea(&country.value) && processor.transfer.is_none() => cx.emit(
                &THIRD_COUNTRY_WITHOUT_SAFEGUARD,
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
            "address = \"Voorbeeldstraat 1, 1234 AB Amsterdam\"\n",
            "",
        );
        let text = edit(&text, "email = \"privacy@shop.example\"\n", "");
        let text = edit(&text, "phone = \"+31 20 123 4567\"\n", "");
        let diag = lint_text(&text).fires_once("DL101", line_of(&text, "[controller]"));
        assert!(diag.message.contains("Example Shop B.V."));
        // One way to get in touch is enough to pass.
        let text = edit(
            COMPLETE,
            "address = \"Voorbeeldstraat 1, 1234 AB Amsterdam\"\n",
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
