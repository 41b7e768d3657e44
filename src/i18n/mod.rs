//! Languages: Fluent message bundles, the fallback chain per page, CLDR dates and lists.
//!
//! Every sentence of boilerplate lives in `locales/<tag>.ftl`. The shipped files are
//! embedded in the binary; a project's own `locales/` folder may add languages or
//! override single messages. Lookups walk a chain (`nl-BE` → `nl` → the policy's
//! default) and record every miss, so a page never shows an empty string and `check`
//! can say which translation is missing.

mod autonyms;
mod chain;
mod cldr;
mod coverage;
mod messages;
mod template;

pub use autonyms::autonym;
pub use chain::Localizer;
pub use cldr::plural_category;
pub use coverage::Coverage;
pub use messages::{Messages, SOURCE_LOCALE, shipped_sources};
pub use template::{new_translation, plural_categories};

use serde::{Deserialize, Serialize};
use unic_langid::LanguageIdentifier;

/// The HTML `dir` of text in a language: `rtl` for scripts written right to left
/// (Arabic, Hebrew, Persian, …, from the language or its script subtag), else `ltr`.
pub fn text_direction(locale: &LanguageIdentifier) -> &'static str {
    match locale.character_direction() {
        unic_langid::CharacterDirection::RTL => "rtl",
        _ => "ltr",
    }
}

/// A message that the requested locale lacked, found further down the chain.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Miss {
    pub locale: String,
    pub id: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lid(s: &str) -> LanguageIdentifier {
        s.parse().unwrap()
    }

    #[test]
    fn right_to_left_languages_and_scripts_get_rtl() {
        for lang in ["ar", "ar-EG", "he", "fa", "ur", "az-Arab"] {
            assert_eq!(text_direction(&lid(lang)), "rtl", "{lang}");
        }
        for lang in ["en", "nl-BE", "de-AT", "sr-Cyrl", "zh-Hans"] {
            assert_eq!(text_direction(&lid(lang)), "ltr", "{lang}");
        }
    }
}
