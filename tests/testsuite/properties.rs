//! Property tests of our own rules, through the library: what a generated input must
//! give, not only that it does not panic.

use crate::harness::{fixture, read};
use disclose::catalogue::load_text;
use disclose::diag::SourceMap;
use disclose::model::resolve;
use proptest::prelude::*;

/// The codes `resolve` reports for the valid catalogue with `tag` as a third locale.
fn codes_with_locale(tag: &str) -> Vec<&'static str> {
    let catalogue = read(fixture("valid").join("catalogue.toml")).replacen(
        "locales = [\"en\", \"nl\"]",
        &format!(
            "locales = [\"en\", \"nl\", {}]",
            toml::Value::String(tag.into())
        ),
        1,
    );
    let mut sources = SourceMap::default();
    let mut diags = Vec::new();
    let loaded = load_text("c.toml", &catalogue, &mut sources, &mut diags);
    let _ = resolve(&loaded, &mut diags);
    diags.iter().map(|d| d.code).collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// A language of 2 or 3 letters, with or without a region, is a locale.
    #[test]
    fn short_language_codes_are_locales(
        language in "[a-z]{2,3}",
        region in proptest::option::of("[A-Z]{2}"),
    ) {
        prop_assume!(language != "und");
        let tag = match region {
            Some(region) => format!("{language}-{region}"),
            None => language,
        };
        let codes = codes_with_locale(&tag);
        prop_assert!(!codes.contains(&"DL011"), "{}: {:?}", tag, codes);
    }

    /// BCP 47 allows 5-8 letter languages, but none is in use: "english" is a typo for
    /// "en" and gets DL011 (src/model/resolve.rs).
    #[test]
    fn long_language_subtags_are_refused(language in "[a-z]{5,8}") {
        let codes = codes_with_locale(&language);
        prop_assert!(codes.contains(&"DL011"), "{}: {:?}", language, codes);
    }

    #[test]
    fn any_locale_text_is_accepted_or_refused_without_panic(text in "\\PC{0,20}") {
        let _ = codes_with_locale(&text);
    }
}

#[test]
fn und_and_nonsense_are_not_locales() {
    for tag in ["und", "e", "en_US!", "", "12"] {
        assert!(codes_with_locale(tag).contains(&"DL011"), "{tag:?}");
    }
}
