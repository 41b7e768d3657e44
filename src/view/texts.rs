//! The catalogue texts of one policy, each converted once for every locale.
//!
//! A text is often the same in several locales (a field without a translation falls
//! back along the chain, `en-GB` to `en`); converting it per locale did the same work
//! up to eight times. The table is built once per policy, before any locale is
//! localized, from the policy's own walk over its translatable fields
//! ([`Policy::text_fields`]), and the views copy from it.

use super::Rich;
use crate::markdown;
use crate::model::Policy;
use std::collections::HashMap;
use unic_langid::LanguageIdentifier;

/// One text, in every form a view shows it.
struct Converted {
    rich: Rich,
    /// The words alone, for consent banners.
    plain: String,
}

/// Every distinct text the given locale chains read from a policy, converted.
pub struct Texts<'a> {
    converted: HashMap<&'a str, Converted>,
}

impl<'a> Texts<'a> {
    /// Convert each distinct text that `chains` (one per locale) can pick.
    pub fn new(policy: &'a Policy, chains: &[&[LanguageIdentifier]]) -> Self {
        let mut converted = HashMap::new();
        for field in policy.text_fields() {
            for text in field.texts {
                for chain in chains {
                    let source = text.get(chain);
                    converted.entry(source).or_insert_with(|| Converted {
                        rich: Rich::new(source),
                        plain: markdown::to_plain(source),
                    });
                }
            }
        }
        Self { converted }
    }

    /// `source` as HTML and Markdown. A text outside the table (none is, for texts
    /// read from the policy) is converted on the spot.
    pub fn rich(&self, source: &str) -> Rich {
        self.converted
            .get(source)
            .map_or_else(|| Rich::new(source), |c| c.rich.clone())
    }

    /// `source` as plain words.
    pub fn plain(&self, source: &str) -> String {
        self.converted
            .get(source)
            .map_or_else(|| markdown::to_plain(source), |c| c.plain.clone())
    }
}
