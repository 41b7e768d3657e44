//! Finding a compliance rule by code or name. The rules themselves (code, name,
//! default severity, summary, legal source, explanation) are registered in
//! [`crate::diag::codes`] with every other code.

use crate::diag::did_you_mean;

/// The group name that sets the level of every finding that would be a warning
/// (`--deny warnings`).
pub const WARNINGS: &str = "warnings";

/// A compliance rule is a registered code of kind [`Kind::Rule`](crate::diag::codes::Kind).
pub type Rule = crate::diag::Code;

pub use crate::diag::codes::RULES;

/// The rule with this code or name. Codes are matched case-insensitively
/// (`dl202`), names also with underscores (`privacy_shield_transfer`).
pub fn rule(code_or_name: &str) -> Option<&'static Rule> {
    let key = normalize(code_or_name);
    RULES
        .iter()
        .copied()
        .find(|r| r.code.eq_ignore_ascii_case(&key) || r.name == key)
}

/// The closest rule code or name to a misspelt one, for "did you mean".
pub fn suggest(code_or_name: &str) -> Option<&'static str> {
    let key = normalize(code_or_name);
    let candidates = RULES.iter().flat_map(|r| [r.code, r.name]);
    did_you_mean(&key, candidates.chain([WARNINGS]))
}

/// A key as it is stored and compared: codes upper-case, names kebab-case.
pub(super) fn normalize(key: &str) -> String {
    let key = key.trim();
    if key.len() == 5 && key.get(..2).is_some_and(|p| p.eq_ignore_ascii_case("dl")) {
        key.to_ascii_uppercase()
    } else {
        key.to_ascii_lowercase().replace('_', "-")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rules_are_found_by_code_or_name() {
        assert_eq!(
            rule("DL202").map(|r| r.name),
            Some("privacy-shield-transfer")
        );
        assert_eq!(rule("dl202").map(|r| r.code), Some("DL202"));
        assert_eq!(rule("implied-consent").map(|r| r.code), Some("DL402"));
        assert_eq!(rule("implied_consent").map(|r| r.code), Some("DL402"));
        assert_eq!(rule("DL999"), None);
        assert_eq!(rule("DL004"), None, "structural codes are not rules");
        assert_eq!(suggest("implied-consnt"), Some("implied-consent"));
    }

    #[test]
    fn odd_keys_do_not_panic() {
        assert_eq!(rule("aé..."), None);
        assert_eq!(rule(""), None);
    }

    #[test]
    fn explanation_examples_are_valid_toml() {
        for r in RULES {
            let mut blocks = r.explanation.split("```toml\n").skip(1).peekable();
            assert!(blocks.peek().is_some(), "{} has no TOML example", r.code);
            for block in blocks {
                let body = block.split("```").next().unwrap_or_default();
                if let Err(err) = body.parse::<toml::Table>() {
                    panic!("{}: example is not TOML: {err}\n{body}", r.code);
                }
            }
        }
    }

    #[test]
    fn explain_text_names_code_severity_and_source() {
        let text = rule("DL202").unwrap().explain();
        assert!(text.starts_with("DL202 privacy-shield-transfer (error)"));
        assert!(text.contains("C-311/18"));
    }
}
