//! Compliance rules over the resolved model.
//!
//! A [`Policy`](crate::model::Policy) is structurally valid by the time it gets
//! here; these rules ask whether what it says is complete and lawful: GDPR Art.
//! 13/14 information, Chapter V transfers, ePrivacy Art. 5(3) cookie consent, and
//! internal consistency. Each rule has a stable code (DL1xx–DL5xx), a kebab-case
//! name, a default severity and the legal source it rests on, registered with every
//! other code in [`crate::diag::codes`]; `disclose explain CODE` prints its long
//! explanation (docs/lints/<CODE>.md).
//!
//! Severities follow one principle, so a reader can predict them:
//!
//! - **error**: the catalogue states something the law does not allow (an invalidated
//!   transfer instrument, "implied" consent, no consent asked for tracking cookies);
//! - **warning**: something the law requires the policy to say is not stated, or two
//!   statements contradict each other;
//! - **note**: tidiness that does not change what is disclosed.
//!
//! Levels can be changed per catalogue (`[lints]`) and per run (`--allow`, `--warn`,
//! `--deny`): see [`LintConfig`] and docs/lints.md.
//!
//! Layout: [`rules`] finds rules by code or name, [`config`] holds the levels,
//! [`runner`] runs the rule families (one file per family: `identity`, `transfers`,
//! `information`, `eprivacy`, `consistency`) over a policy.

mod basis;
mod config;
mod consistency;
mod eprivacy;
mod identity;
mod information;
mod rules;
mod runner;
#[cfg(test)]
pub(crate) mod testing;
mod transfers;

pub use crate::diag::sarif::sarif;
pub use crate::model::LintLevel as Level;
pub use config::{DEFAULT_NECESSARY_MAX_SECONDS, LintConfig, WARNINGS};
pub use rules::{RULES, Rule, rule, suggest};
pub use runner::{lint, lint_policy};

pub(crate) use runner::{Cx, cookie_name};

#[cfg(test)]
mod tests {
    use super::testing::*;

    #[test]
    fn complete_catalogue_yields_no_findings() {
        let linted = lint_text(COMPLETE);
        assert!(
            linted.diags.is_empty(),
            "the complete catalogue should pass every rule: {:#?}",
            linted.diags
        );
    }

    #[test]
    fn findings_are_sorted_by_position_then_code() {
        let text = edit(COMPLETE, "email = \"privacy@shop.example\"\n", "");
        let text = edit(&text, "phone = \"+31 20 123 4567\"\n", "");
        let text = edit(
            &text,
            "address = \"Voorbeeldstraat 1, 1234 AB Amsterdam\"\n",
            "",
        );
        let text = edit(
            &text,
            "transfer = \"eu-us-dpf\"",
            "transfer = \"safe-harbor\"",
        );
        let text = edit(&text, "legal_basis = \"contract\"\n", "");
        let linted = lint_text(&text);
        let keys: Vec<(usize, &str)> = linted
            .diags
            .iter()
            .map(|d| (d.location.as_ref().unwrap().span.start, d.code))
            .collect();
        let mut sorted = keys.clone();
        sorted.sort();
        assert_eq!(keys, sorted);
        assert!(keys.len() >= 3);
    }
}
