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
//! Layout: `rules` finds rules by code or name, `config` holds the levels, `runner`
//! runs the rule families (one file per family: `identity`, `transfers`,
//! `information`, `eprivacy`, `consistency`) over a policy, each family reporting
//! through `cx`; `basis` is what DL401 and DL503 share.

mod basis;
mod config;
mod consent;
mod consistency;
mod cx;
mod eprivacy;
mod history;
mod identity;
mod information;
mod rules;
mod runner;
#[cfg(test)]
pub(crate) mod testing;
mod transfers;

pub use crate::diag::sarif::sarif;
pub use crate::model::LintLevel as Level;
pub use config::{DEFAULT_NECESSARY_MAX_SECONDS, LintConfig};
pub use rules::{RULES, Rule, WARNINGS, rule, suggest};
pub use runner::{lint, lint_policy};

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
            "address = \"\"\"\nVoorbeeldstraat 1\n1234 AB Amsterdam\"\"\"\n",
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

    #[test]
    fn sarif_log_of_a_finding_has_the_2_1_0_shape() {
        let text = edit(
            COMPLETE,
            "transfer = \"eu-us-dpf\"",
            "transfer = \"privacy-shield\"",
        );
        let linted = lint_text(&text);
        let log = super::sarif(&linted.diags, &linted.sources);
        // The schema SARIF 2.1.0 viewers (GitHub code scanning) know, written out.
        assert_eq!(
            log["$schema"],
            "https://json.schemastore.org/sarif-2.1.0.json"
        );
        assert_eq!(log["version"], "2.1.0");
        let run = &log["runs"][0];
        let driver = &run["tool"]["driver"];
        assert_eq!(driver["name"], "disclose");
        assert_eq!(driver["version"], env!("CARGO_PKG_VERSION"));
        assert!(
            driver["informationUri"]
                .as_str()
                .unwrap()
                .starts_with("https://")
        );
        let rules = driver["rules"].as_array().unwrap();
        // Every registered code: the structural ones, then the rules.
        assert_eq!(rules.len(), crate::diag::codes::all().count());
        for rule in rules {
            for key in [
                "id",
                "name",
                "shortDescription",
                "fullDescription",
                "help",
                "defaultConfiguration",
                "properties",
            ] {
                assert!(!rule[key].is_null(), "rule lacks {key}: {rule}");
            }
            let level = rule["defaultConfiguration"]["level"].as_str().unwrap();
            assert!(["error", "warning", "note"].contains(&level));
        }

        let results = run["results"].as_array().unwrap();
        assert_eq!(results.len(), 1);
        let result = &results[0];
        assert_eq!(result["ruleId"], "DL202");
        assert_eq!(result["level"], "error");
        assert_eq!(
            rules[result["ruleIndex"].as_u64().unwrap() as usize]["id"],
            "DL202"
        );
        assert!(
            result["message"]["text"]
                .as_str()
                .unwrap()
                .contains("analytics-co")
        );
        let physical = &result["locations"][0]["physicalLocation"];
        let uri = physical["artifactLocation"]["uri"].as_str().unwrap();
        assert!(uri.ends_with("policy.toml") && !uri.contains('\\'));
        let region = &physical["region"];
        let line = line_of(&text, "transfer = \"privacy-shield\"");
        assert_eq!(region["startLine"], line);
        assert_eq!(region["endLine"], line);
        assert_eq!(region["startColumn"], 12);
        assert_eq!(region["endColumn"], 12 + "\"privacy-shield\"".len());
    }
}
