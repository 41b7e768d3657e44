//! DL5xx — consistency: entries nothing uses, statements that contradict each other,
//! translations that are missing, and problems of the `[lints]` table itself.

use super::basis::{Bases, bases};
use super::cx::{Cx, cookie_name};
use crate::diag::codes::{
    CATEGORY_BASIS_MISMATCH, MISSING_TRANSLATION, UNREFERENCED_PROCESSOR, UNUSED_PURPOSE,
};
use crate::model::{CookieCategory, DocumentKind, Keyword, LegalBasis, LocalText, Policy};
use unic_langid::LanguageIdentifier;

pub(super) fn check(cx: &mut Cx) {
    let policy = cx.policy;
    unused_purposes(cx, policy);
    unreferenced_processors(cx, policy);
    category_basis(cx, policy);
    if cx.enabled(MISSING_TRANSLATION) {
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
                UNUSED_PURPOSE,
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
        let provides_cookie = crate::model::facts::sets_any(index, policy.cookies.iter());
        if !provides_cookie {
            cx.emit(
                UNREFERENCED_PROCESSOR,
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
                    CATEGORY_BASIS_MISMATCH,
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
                CATEGORY_BASIS_MISMATCH,
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
            MISSING_TRANSLATION,
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
