//! DL5xx — consistency: entries nothing uses, statements that contradict each other,
//! translations that are missing, and problems of the `[lints]` table itself.

use super::eprivacy::{Bases, bases};
use super::{Cx, Rule, cookie_name};
use crate::diag::Severity;
use crate::model::{
    CookieCategory, DocumentKind, Keyword, LegalBasis, LocalText, Policy, Provider,
};
use unic_langid::LanguageIdentifier;

pub const UNUSED_PURPOSE: Rule = Rule {
    code: "DL501",
    name: "unused-purpose",
    default_severity: Severity::Note,
    summary: "a purpose is used by no cookie and no data category",
    source: "GDPR Art. 5(1)(a), 12(1)",
    explanation: r##"
A purpose that no cookie and no data category refers to is published without saying
what data it concerns. Usually it is a leftover, or a `purposes = [...]` list has a
gap. Refer to it from the cookies and data categories it covers, or remove it.

## Legal text

GDPR Art. 5(1)(a): personal data shall be processed "lawfully, fairly and in a
transparent manner". Art. 12(1): information "in a concise, transparent, intelligible
and easily accessible form".

## Example

```toml
[[purposes]]
id = "newsletter"
name = "Sending our newsletter"
legal_basis = "consent"
```

## Fix

```toml
[[data]]
id = "email"
name = "E-mail address"
purposes = ["newsletter"]
recipients = ["mailer"]
```
"##,
};

pub const UNREFERENCED_PROCESSOR: Rule = Rule {
    code: "DL502",
    name: "unreferenced-processor",
    default_severity: Severity::Warning,
    summary: "a processor appears in no published document: the catalogue produces only a cookie policy and no cookie names it as provider",
    source: "GDPR Art. 13(1)(e), 14(1)(e)",
    explanation: r##"
A privacy policy lists every `[[processors]]` entry as a recipient, so there every
processor is disclosed (whatever its role, and whether or not a cookie or data
category names it). A cookie policy lists only the providers of its cookies. In a
catalogue that produces only a cookie policy, a processor that no cookie names as
`provider` is therefore published nowhere — also when a data category lists it or its
role is `recipients`, because data categories are not part of the cookie policy. Its
disclosure is silently lost.

## Legal text

GDPR Art. 13(1)(e) and 14(1)(e): the controller provides "the recipients or
categories of recipients of the personal data, if any".

## Example

```toml
[policy]
id = "site"
name = "Example"
default_locale = "en"
documents = ["cookie-policy"]

[[processors]]
id = "pardot"
name = "Salesforce (Pardot)"
country = "US"
transfer = "eu-us-dpf"
```

## Fix

Name the processor as the provider of the cookies it sets, produce a privacy policy
(`documents = ["cookie-policy", "privacy-policy"]`), or remove the entry.

```toml
[[cookies]]
name = "visitor_id<account>"
provider = "pardot"
category = "marketing"
purposes = ["tracking"]
duration = "10 years"
```
"##,
};

pub const CATEGORY_BASIS_MISMATCH: Rule = Rule {
    code: "DL503",
    name: "category-basis-mismatch",
    default_severity: Severity::Warning,
    summary: "a cookie's category contradicts its purposes' legal bases",
    source: "ePrivacy Art. 5(3); GDPR Art. 6(1)",
    explanation: r##"
A cookie's category and the legal bases of its purposes must tell the same story:

- a **necessary** cookie is exempt from consent, yet every one of its purposes relies
  on consent — either the cookie is not strictly necessary, or the purposes have the
  wrong basis;
- a **preferences, analytics or marketing** cookie needs consent, yet every one of its
  purposes states another basis (legitimate interests, contract, …) — under ePrivacy
  Art. 5(3) no other basis allows setting it.

(A non-necessary cookie with no purposes, or with purposes that state no basis, is
reported by DL401.)

## Legal text

ePrivacy Directive Art. 5(3): consent is required for storage on the user's device
unless it is "strictly necessary in order for the provider of an information society
service explicitly requested by the subscriber or user to provide the service". GDPR
Art. 6(1): the legal bases.

## Example

```toml
[[purposes]]
id = "stats"
name = "Statistics"
legal_basis = "legitimate-interests"
legitimate_interest = "Improving the site."

[[cookies]]
name = "_ga"
provider = "google"
category = "analytics"
purposes = ["stats"]
duration = "13 months"
```

## Fix

```toml
[[purposes]]
id = "stats"
name = "Statistics"
legal_basis = "consent"
```
"##,
};

pub const MISSING_TRANSLATION: Rule = Rule {
    code: "DL504",
    name: "missing-translation",
    default_severity: Severity::Warning,
    summary: "a text has no translation for a declared locale",
    source: "GDPR Art. 12(1); WP29 Guidelines on transparency (WP260 rev.01)",
    explanation: r##"
Every locale in `policy.locales` gets its own pages. A text without an entry for one
of them is shown in the default locale on that locale's pages, so the reader meets a
paragraph in a language they may not read. The rule reports each field once, with
every locale it lacks. A key for a language alone (`en`) serves its regional
locales (`en-GB`, `en-US`).

Names are different: the policy's name, site names, organisation and service names,
the supervisory authority's name, postal addresses, and the titles and publishers of
links may be written once, as a plain string, and are then the same in every locale.
Only when such a field is translated at all must it be translated for every locale.

## Legal text

GDPR Art. 12(1): information "in a concise, transparent, intelligible and easily
accessible form, using clear and plain language". The Article 29 Working Party's
Guidelines on transparency (WP260 rev.01, endorsed by the EDPB) expect a translation
into the languages of the people a controller targets.

## Example

```toml
[policy]
id = "shop"
name = "Example Shop"
default_locale = "en"
locales = ["nl"]

[[purposes]]
id = "analytics"
name = "Website analytics"
legal_basis = "consent"
```

## Fix

```toml
[[purposes]]
id = "analytics"
name = { en = "Website analytics", nl = "Websiteanalyse" }
legal_basis = "consent"
```
"##,
};

pub const INVALID_LINT_SETTING: Rule = Rule {
    code: "DL505",
    name: "invalid-lint-setting",
    default_severity: Severity::Warning,
    summary: "a key of [lints] names no rule, or necessary_max_duration is not a length",
    source: "disclose [lints] table",
    explanation: r##"
Keys of the `[lints]` table are rule codes (`DL402`) or names (`implied-consent`), or
`warnings` for every rule whose findings would be warnings; `necessary_max_duration`
sets the threshold of DL406 and must be a length ("13 months") or "session". A
misspelt key would silently leave a rule at its default level, so it is reported,
with the closest rule name.

## Legal text

None: this rule checks the catalogue's own configuration.

## Example

```toml
[lints]
implied-consnt = "allow"
```

## Fix

```toml
[lints]
implied-consent = "allow"
```
"##,
};

pub(super) fn check(cx: &mut Cx) {
    let policy = cx.policy;
    unused_purposes(cx, policy);
    unreferenced_processors(cx, policy);
    category_basis(cx, policy);
    if cx.enabled(&MISSING_TRANSLATION) {
        translations(cx, policy);
    }
}

fn unused_purposes(cx: &mut Cx, policy: &Policy) {
    for (index, purpose) in policy.purposes.iter().enumerate() {
        let used = policy
            .cookies
            .iter()
            .flat_map(|c| &c.purposes)
            .chain(policy.data.iter().flat_map(|d| &d.purposes))
            .any(|id| id.0 == index);
        if !used {
            cx.emit(
                &UNUSED_PURPOSE,
                &purpose.loc,
                format!(
                    "purpose `{}` is used by no cookie and no data category",
                    purpose.id
                ),
                "not referred to",
                format!(
                    "add \"{}\" to the `purposes` of the cookies and data categories it covers, or remove it",
                    purpose.id
                ),
            );
        }
    }
}

fn unreferenced_processors(cx: &mut Cx, policy: &Policy) {
    if policy.has_document(DocumentKind::PrivacyPolicy) {
        return;
    }
    for (index, processor) in policy.processors.iter().enumerate() {
        let provides_cookie = policy
            .cookies
            .iter()
            .any(|c| c.provider == Provider::Processor(crate::model::ProcessorId(index)));
        if !provides_cookie {
            cx.emit(
                &UNREFERENCED_PROCESSOR,
                &processor.loc,
                format!(
                    "processor `{}` appears in no document: the cookie policy lists only cookie providers",
                    processor.id
                ),
                "published nowhere",
                format!(
                    "name it as `provider = \"{}\"` of the cookies it sets, add \"privacy-policy\" to policy.documents, or remove it",
                    processor.id
                ),
            );
        }
    }
}

fn category_basis(cx: &mut Cx, policy: &Policy) {
    for cookie in &policy.cookies {
        let category = &cookie.category;
        let purpose_bases: Vec<Option<LegalBasis>> = cookie
            .purposes
            .iter()
            .map(|id| policy.purpose(*id).legal_basis.as_ref().map(|b| b.value))
            .collect();
        if category.value == CookieCategory::Necessary {
            let all_consent = !purpose_bases.is_empty()
                && purpose_bases
                    .iter()
                    .all(|b| *b == Some(LegalBasis::Consent));
            if all_consent {
                cx.emit(
                    &CATEGORY_BASIS_MISMATCH,
                    &category.loc,
                    format!(
                        "{} is `necessary`, exempt from consent, yet all its purposes rely on consent",
                        cookie_name(policy, cookie)
                    ),
                    "necessary, but consent-based",
                    "if the cookie needs consent, give it the category it has (preferences, analytics or marketing); otherwise correct the purposes' legal_basis",
                );
            }
        } else if let Bases::AllOther = bases(policy, cookie) {
            let mut words: Vec<&str> = purpose_bases
                .iter()
                .flatten()
                .map(|b| b.keyword())
                .collect();
            words.sort_unstable();
            words.dedup();
            cx.emit(
                &CATEGORY_BASIS_MISMATCH,
                &category.loc,
                format!(
                    "{} is `{}` and needs consent, yet its purposes rely on {}",
                    cookie_name(policy, cookie),
                    category.value.keyword(),
                    words.join(", ")
                ),
                "needs consent",
                "base a purpose of the cookie on consent, or — if it is strictly necessary — change `category` to \"necessary\"",
            );
        }
    }
}

fn translations(cx: &mut Cx, policy: &Policy) {
    if policy.locales.len() < 2 {
        return;
    }
    for field in policy.text_fields() {
        if field.texts.is_empty() {
            continue;
        }
        if field.name_like
            && field.texts.iter().all(|t| {
                let mut locales = t.locales();
                locales
                    .next()
                    .is_some_and(|l| serves(l, &policy.default_locale))
                    && locales.next().is_none()
            })
        {
            continue;
        }
        let missing: Vec<&LanguageIdentifier> = policy
            .locales
            .iter()
            .filter(|locale| !field.texts.iter().all(|t| translated(t, locale)))
            .collect();
        if missing.is_empty() {
            continue;
        }
        let shown: Vec<String> = missing.iter().map(|l| l.to_string()).collect();
        let example = shown
            .iter()
            .map(|l| format!("{l} = \"…\""))
            .collect::<Vec<_>>()
            .join(", ");
        cx.emit(
            &MISSING_TRANSLATION,
            field.loc,
            format!(
                "{}: `{}` has no translation for {}",
                field.owner,
                field.field,
                shown.join(", ")
            ),
            format!("`{}` lacks {}", field.field, shown.join(", ")),
            format!(
                "add {example} to `{}`; until then those pages show the {} text",
                field.field, policy.default_locale
            ),
        );
    }
}

/// Whether `text` has an entry that serves `locale`: its own, or its language's.
fn translated(text: &LocalText, locale: &LanguageIdentifier) -> bool {
    text.locales().any(|key| serves(key, locale))
}

/// A translation keyed `key` serves `locale` when it is keyed by that locale, or by
/// its language alone (`en` serves `en-GB`).
fn serves(key: &LanguageIdentifier, locale: &LanguageIdentifier) -> bool {
    key == locale
        || (key.language == locale.language
            && key.script.is_none()
            && key.region.is_none()
            && key.variants().len() == 0)
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;

    #[test]
    fn unused_purpose() {
        let text = edit(COMPLETE, "purposes = [\"orders\"]\n", "purposes = []\n");
        let diag = lint_text(&text).fires_once("DL501", header_of(&text, "id = \"orders\""));
        assert_eq!(diag.severity, crate::diag::Severity::Note);
        assert!(diag.message.contains("`orders`"));
        lint_text(COMPLETE).quiet("DL501");
    }

    /// A cookie-policy-only catalogue, otherwise complete.
    fn cookie_only() -> String {
        let text = edit(
            COMPLETE,
            "documents = [\"cookie-policy\", \"privacy-policy\"]",
            "documents = [\"cookie-policy\"]",
        );
        remove_table(&text, "[[sections]]")
    }

    #[test]
    fn unreferenced_processor() {
        let text = cookie_only();
        let linted = lint_text(&text);
        // Neither mailer nor couriers sets a cookie; the cookie policy shows neither.
        let found = linted.with_code("DL502");
        assert_eq!(found.len(), 2, "{found:#?}");
        assert_eq!(linted.line(found[0]), header_of(&text, "id = \"mailer\""));
        assert_eq!(linted.line(found[1]), header_of(&text, "id = \"couriers\""));
        // analytics-co provides a cookie.
        assert!(found.iter().all(|d| !d.message.contains("analytics-co")));
        // In a privacy policy every processor is listed as a recipient.
        lint_text(COMPLETE).quiet("DL502");
    }

    #[test]
    fn category_basis_mismatch_necessary_but_consent() {
        let text = edit(
            COMPLETE,
            "purposes = [\"basket\"]",
            "purposes = [\"analytics\"]",
        );
        let text = edit(
            &text,
            "legal_basis = \"legitimate-interests\"",
            "legal_basis = \"contract\"",
        );
        let text = edit(
            &text,
            "legitimate_interest = { en = \"Letting you shop across several pages.\", nl = \"Je over meerdere pagina's laten winkelen.\" }\n",
            "",
        );
        let text = edit(
            &text,
            "purposes = [\"orders\"]",
            "purposes = [\"orders\", \"basket\"]",
        );
        let linted = lint_text(&text);
        let diag = linted.fires_once("DL503", line_of(&text, "category = \"necessary\""));
        assert!(diag.message.contains("`basket`") && diag.message.contains("rely on consent"));
        lint_text(COMPLETE).quiet("DL503");
    }

    #[test]
    fn category_basis_mismatch_consent_category_without_consent() {
        let text = edit(
            COMPLETE,
            "purposes = [\"analytics\"]\nduration = \"13 months\"",
            "purposes = [\"basket\"]\nduration = \"13 months\"",
        );
        let diag = lint_text(&text).fires_once("DL503", line_of(&text, "category = \"analytics\""));
        assert!(
            diag.message.contains("legitimate-interests"),
            "{}",
            diag.message
        );
    }

    #[test]
    fn missing_translation() {
        let text = edit(
            COMPLETE,
            "name = { en = \"Handling your orders\", nl = \"Je bestellingen afhandelen\" }",
            "name = \"Handling your orders\"",
        );
        let diag = lint_text(&text).fires_once("DL504", header_of(&text, "id = \"orders\""));
        assert!(
            diag.message
                .contains("purpose `orders`: `name` has no translation for nl"),
            "{}",
            diag.message
        );
        lint_text(COMPLETE).quiet("DL504");
    }

    #[test]
    fn missing_translation_reports_each_field_once_with_all_locales() {
        let text = edit(COMPLETE, "locales = [\"nl\"]", "locales = [\"nl\", \"de\"]");
        let linted = lint_text(&text);
        let orders = linted
            .with_code("DL504")
            .into_iter()
            .filter(|d| d.message.contains("purpose `orders`: `name`"))
            .collect::<Vec<_>>();
        assert_eq!(orders.len(), 1);
        assert!(
            orders[0].message.ends_with("for de"),
            "{}",
            orders[0].message
        );
        // A list field (examples) is one finding too.
        let examples = linted
            .with_code("DL504")
            .into_iter()
            .filter(|d| d.message.contains("`examples`"))
            .count();
        assert_eq!(examples, 1);
    }

    #[test]
    fn language_key_serves_regional_locales_and_names_may_be_written_once() {
        let text = edit(
            COMPLETE,
            "default_locale = \"en\"",
            "default_locale = \"en-GB\"",
        );
        let text = edit(&text, "locales = [\"nl\"]", "locales = [\"nl\", \"en-US\"]");
        // `en` keys serve en-GB and en-US; plain names (Analytics Co, the authority,
        // the address) are keyed by the default locale and may stay untranslated.
        let linted = lint_text(&text);
        linted.quiet("DL504");
    }

    #[test]
    fn partly_translated_names_must_be_complete() {
        let text = edit(COMPLETE, "locales = [\"nl\"]", "locales = [\"nl\", \"de\"]");
        let linted = lint_text(&text);
        let diag = linted
            .with_code("DL504")
            .into_iter()
            .find(|d| d.message.starts_with("[policy]: `name`"))
            .expect("the translated policy name lacks de");
        assert_eq!(linted.line(diag), line_of(&text, "[policy]"));
        // "Analytics Co" is written once: fine in every locale.
        assert!(
            !linted
                .with_code("DL504")
                .iter()
                .any(|d| d.message.contains("processor `analytics-co`: `name`"))
        );
    }

    #[test]
    fn invalid_lint_setting() {
        let text = format!("{COMPLETE}\n[lints]\nimplied-consnt = \"allow\"\n");
        let linted = lint_text(&text);
        let diag = linted.fires_once("DL505", line_of(&text, "implied-consnt"));
        assert!(
            diag.help
                .as_deref()
                .unwrap()
                .contains("did you mean `implied-consent`?")
        );
        let fixed = format!("{COMPLETE}\n[lints]\nimplied-consent = \"allow\"\nDL101 = \"deny\"\n");
        lint_text(&fixed).quiet("DL505");
        let persistent = format!("{COMPLETE}\n[lints]\nnecessary_max_duration = \"persistent\"\n");
        lint_text(&persistent).fires_once("DL505", line_of(&persistent, "necessary_max_duration"));
    }
}
