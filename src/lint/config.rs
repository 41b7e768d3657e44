//! How strictly the rules are applied: levels per rule and for the `warnings` group,
//! from a catalogue's `[lints]` table and the command line, and the threshold of
//! DL406. The levels become [`Overrides`], the one sink every diagnostic's severity
//! passes through.

use super::Level;
use super::rules::{WARNINGS, normalize, rule, suggest};
use crate::diag::codes::{INVALID_LINT_SETTING, MISSING_MESSAGES, MISSING_TRANSLATION};
use crate::diag::{Code, Diagnostic, Location, Overrides, Severity};
use crate::duration::{Duration, SECONDS_PER_MONTH};
use crate::model::LintSettings;

/// The default longest lifetime of a strictly necessary cookie: 13 months.
pub const DEFAULT_NECESSARY_MAX_SECONDS: u64 = 13 * SECONDS_PER_MONTH;

/// How strictly the rules are applied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LintConfig {
    /// Severity overrides by rule code, of the `warnings` group, and raised codes.
    pub overrides: Overrides,
    /// Longest lifetime of a strictly necessary cookie before DL406 questions it.
    pub necessary_max_seconds: u64,
}

impl Default for LintConfig {
    fn default() -> Self {
        Self {
            overrides: Overrides::default(),
            necessary_max_seconds: DEFAULT_NECESSARY_MAX_SECONDS,
        }
    }
}

/// The severity a level gives, `None` for allow.
fn severity_of(level: Level) -> Option<Severity> {
    match level {
        Level::Allow => None,
        Level::Warn => Some(Severity::Warning),
        Level::Deny => Some(Severity::Error),
    }
}

impl LintConfig {
    /// Set the level of one rule (by code or name) or of `warnings`, e.g. from
    /// `--deny DL402` or `--allow unnamed-cookie`. An unknown rule is refused with a
    /// message that suggests the closest one.
    pub fn set(&mut self, code_or_name: &str, level: Level) -> Result<(), String> {
        if normalize(code_or_name) == WARNINGS {
            self.overrides.set_warnings(severity_of(level));
        } else if let Some(rule) = rule(code_or_name) {
            self.overrides.set(rule, severity_of(level));
        } else {
            return Err(unknown_rule_message(code_or_name));
        }
        Ok(())
    }

    /// Missing translations, of catalogue fields (DL504) and of our messages (DL017),
    /// are errors instead of warnings (`--strict-translations`).
    pub fn strict_translations(&mut self) {
        self.overrides.raise(MISSING_TRANSLATION);
        self.overrides.raise(MISSING_MESSAGES);
    }

    /// The severity findings of `code` get, or `None` when they are dropped.
    pub fn severity(&self, code: &Code) -> Option<Severity> {
        self.overrides.severity(code)
    }

    pub fn enabled(&self, code: &Code) -> bool {
        self.severity(code).is_some()
    }

    /// This configuration (the command line's) combined with a catalogue's `[lints]`
    /// table: the catalogue's levels apply first and the levels set here override
    /// them rule by rule; the catalogue's `necessary_max_duration` replaces the
    /// threshold. Keys of the table that name no rule, and a threshold that is not a
    /// length, are returned as DL505 findings.
    pub fn with_settings(&self, settings: &LintSettings) -> (LintConfig, Vec<Diagnostic>) {
        let mut catalogue = LintConfig {
            overrides: Overrides::default(),
            necessary_max_seconds: self.necessary_max_seconds,
        };
        let mut problems: Vec<(Location, String, String, String)> = Vec::new();
        for (key, level) in &settings.levels {
            if catalogue.set(&key.value, *level).is_err() {
                let help = match suggest(&key.value) {
                    Some(s) => format!("did you mean `{s}`?"),
                    None => {
                        "use a rule code such as DL402 or a name such as implied-consent; `disclose explain` lists them"
                            .to_owned()
                    }
                };
                problems.push((
                    key.loc.clone(),
                    format!("[lints] names an unknown rule `{}`", key.value),
                    "no rule has this code or name".to_owned(),
                    help,
                ));
            }
        }
        if let Some(max) = &settings.necessary_max_duration {
            match max.value {
                Duration::Session => catalogue.necessary_max_seconds = 0,
                Duration::Persistent => problems.push((
                    max.loc.clone(),
                    "`necessary_max_duration` must be a length, not \"persistent\"".to_owned(),
                    "not a length".to_owned(),
                    "write a period such as \"13 months\" or \"1 year\"".to_owned(),
                )),
                Duration::Period(_) => {
                    catalogue.necessary_max_seconds = max.value.seconds().unwrap_or(u64::MAX);
                }
            }
        }
        let merged = LintConfig {
            overrides: catalogue.overrides.then(&self.overrides),
            necessary_max_seconds: catalogue.necessary_max_seconds,
        };
        let rule = INVALID_LINT_SETTING;
        let mut diags = Vec::new();
        for (loc, message, label, help) in problems {
            let diag = Diagnostic {
                location: Some(loc),
                label: Some(label),
                help: Some(format!("{help} ({})", rule.source)),
                ..Diagnostic::new(rule, message)
            };
            merged.overrides.push(&mut diags, diag);
        }
        (merged, diags)
    }
}

fn unknown_rule_message(code_or_name: &str) -> String {
    match suggest(code_or_name) {
        Some(s) => format!("unknown rule `{code_or_name}`; did you mean `{s}`?"),
        None => format!(
            "unknown rule `{code_or_name}`; `disclose explain` lists the rule codes and names"
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use super::*;

    const IMPLIED: (&str, &str) = ("mechanism = \"opt-in-banner\"", "mechanism = \"implied\"");

    #[test]
    fn levels_change_severity_and_allow_drops_findings() {
        let text = edit(COMPLETE, IMPLIED.0, IMPLIED.1);
        let default = lint_text(&text);
        assert_eq!(default.with_code("DL402")[0].severity, Severity::Error);

        let mut config = LintConfig::default();
        config.set("implied-consent", Level::Warn).unwrap();
        let warned = lint_with(&text, &config);
        assert_eq!(warned.with_code("DL402")[0].severity, Severity::Warning);

        config.set(WARNINGS, Level::Deny).unwrap();
        let denied = lint_with(&text, &config);
        assert_eq!(denied.with_code("DL402")[0].severity, Severity::Error);

        let mut config = LintConfig::default();
        config.set("DL402", Level::Allow).unwrap();
        lint_with(&text, &config).quiet("DL402");

        assert!(
            LintConfig::default()
                .set("implied-consnt", Level::Allow)
                .unwrap_err()
                .contains("did you mean `implied-consent`")
        );
        assert!(LintConfig::default().set("ü", Level::Deny).is_err());
    }

    #[test]
    fn catalogue_lints_table_sets_levels_and_command_line_overrides_it() {
        let text = edit(COMPLETE, IMPLIED.0, IMPLIED.1);
        let with_table = format!("{text}\n[lints]\nimplied-consent = \"allow\"\n");
        lint_text(&with_table).quiet("DL402");

        let mut cli = LintConfig::default();
        cli.set("DL402", Level::Deny).unwrap();
        let linted = lint_with(&with_table, &cli);
        assert_eq!(linted.with_code("DL402")[0].severity, Severity::Error);

        // `--deny warnings` does not bring back what the catalogue allows.
        let mut cli = LintConfig::default();
        cli.set(WARNINGS, Level::Deny).unwrap();
        lint_with(&with_table, &cli).quiet("DL402");
    }

    #[test]
    fn command_line_names_override_catalogue_codes() {
        let text = edit(COMPLETE, IMPLIED.0, IMPLIED.1);
        let with_table = format!("{text}\n[lints]\nDL402 = \"allow\"\n");
        let mut cli = LintConfig::default();
        cli.set("implied_consent", Level::Warn).unwrap();
        let linted = lint_with(&with_table, &cli);
        assert_eq!(linted.with_code("DL402")[0].severity, Severity::Warning);
    }

    #[test]
    fn strict_translations_raise_missing_translations_only() {
        let mut config = LintConfig::default();
        config.strict_translations();
        assert_eq!(config.severity(MISSING_TRANSLATION), Some(Severity::Error));
        assert_eq!(config.severity(MISSING_MESSAGES), Some(Severity::Error));
        assert_eq!(
            config.severity(crate::diag::codes::UNNAMED_COOKIE),
            Some(Severity::Warning)
        );
    }
}
