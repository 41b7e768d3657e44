//! How much of the source locale's messages each locale has (`disclose locales`).

use super::SOURCE_LOCALE;
use super::chain::language_only;
use super::messages::Messages;
use unic_langid::LanguageIdentifier;

/// How complete the messages of one locale are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Coverage {
    pub locale: String,
    pub total: usize,
    pub translated: usize,
    /// Message ids of the source locale this locale lacks.
    pub missing: Vec<String>,
}

impl Coverage {
    pub fn percent(&self) -> f64 {
        if self.total == 0 {
            100.0
        } else {
            self.translated as f64 * 100.0 / self.total as f64
        }
    }
}

impl Messages {
    /// How much of the source locale's messages a locale has, itself or through its
    /// language-only parent (`nl-BE` counts what `nl` has).
    pub fn coverage(&self, locale: &LanguageIdentifier) -> Coverage {
        let source: LanguageIdentifier = SOURCE_LOCALE.parse().expect("valid");
        let source_ids = self
            .bundle(&source)
            .map(|b| b.ids.as_slice())
            .unwrap_or_default();
        let own = [locale.clone(), language_only(locale)];
        let has = |id: &str| {
            own.iter()
                .any(|l| self.bundle(l).is_some_and(|b| b.bundle.has_message(id)))
        };
        let missing: Vec<String> = source_ids.iter().filter(|id| !has(id)).cloned().collect();
        Coverage {
            locale: locale.to_string(),
            total: source_ids.len(),
            translated: source_ids.len() - missing.len(),
            missing,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::shipped_sources;

    /// Every shipped language has every message of the source locale, and no message
    /// the source locale lacks (a misspelt id would never be shown).
    #[test]
    fn every_shipped_locale_is_complete() {
        let m = Messages::shipped();
        let source: LanguageIdentifier = SOURCE_LOCALE.parse().unwrap();
        let source_ids = &m.bundle(&source).unwrap().ids;
        for (tag, _) in shipped_sources() {
            let locale: LanguageIdentifier = tag.parse().unwrap();
            let c = m.coverage(&locale);
            assert!(c.missing.is_empty(), "{tag} lacks {:?}", c.missing);
            let extra: Vec<&String> = m
                .bundle(&locale)
                .unwrap()
                .ids
                .iter()
                .filter(|id| !source_ids.contains(id))
                .collect();
            assert!(extra.is_empty(), "{tag} has ids en.ftl lacks: {extra:?}");
        }
    }
}
