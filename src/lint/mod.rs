//! Compliance rules over the resolved model.
//!
//! A [`Policy`] is structurally valid by the time it gets here; these rules ask
//! whether what it says is complete and lawful: GDPR Art. 13/14 information, Chapter V
//! transfers, ePrivacy Art. 5(3) cookie consent, and internal consistency. Each rule
//! has a stable code (DL1xx–DL5xx), a kebab-case name, a default severity and the legal
//! source it rests on; `disclose explain CODE` prints its long explanation.
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

mod consistency;
mod eprivacy;
mod identity;
mod information;
pub mod sarif;
mod transfers;

pub use crate::model::LintLevel as Level;
pub use sarif::sarif;

use crate::diag::{Diagnostic, Location, Severity, did_you_mean};
use crate::duration::{Duration, SECONDS_PER_MONTH};
use crate::model::{Cookie, LintSettings, Policy};
use std::collections::BTreeMap;

/// One compliance rule: what it checks, how severe a finding is, and why.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rule {
    /// Stable code, e.g. `DL202`.
    pub code: &'static str,
    /// Stable kebab-case name, e.g. `privacy-shield-transfer`.
    pub name: &'static str,
    pub default_severity: Severity,
    /// One line: what a finding means.
    pub summary: &'static str,
    /// The legal source, article and paragraph, e.g. `GDPR Art. 46(1); CJEU C-311/18`.
    pub source: &'static str,
    /// Long Markdown text: why it matters, the legal text, an example that triggers
    /// the rule and the fix.
    pub explanation: &'static str,
}

impl Rule {
    /// The text `disclose explain CODE` prints: a heading line, the source, and the
    /// long explanation.
    pub fn explain(&self) -> String {
        format!(
            "{} {} ({})\n{}\nSource: {}\n\n{}\n",
            self.code,
            self.name,
            severity_word(self.default_severity),
            self.summary,
            self.source,
            self.explanation.trim()
        )
    }
}

/// Every compliance rule, in code order.
pub static RULES: &[Rule] = &[
    identity::CONTROLLER_CONTACT_MISSING,
    identity::DPO_CONTACT_MISSING,
    identity::PURPOSE_WITHOUT_LEGAL_BASIS,
    identity::LEGITIMATE_INTEREST_UNSTATED,
    identity::RECIPIENTS_MISSING,
    identity::PROCESSOR_COUNTRY_MISSING,
    identity::THIRD_COUNTRY_WITHOUT_SAFEGUARD,
    transfers::SAFE_HARBOR_TRANSFER,
    transfers::PRIVACY_SHIELD_TRANSFER,
    transfers::DPF_OUTSIDE_US,
    transfers::ADEQUACY_WITHOUT_DECISION,
    information::RETENTION_MISSING,
    information::COOKIE_LIFETIME_UNSTATED,
    information::RIGHTS_MISSING,
    information::WITHDRAWAL_NOT_OFFERED,
    information::COMPLAINT_RIGHT_MISSING,
    information::AUTOMATED_DECISIONS_UNADDRESSED,
    information::AUTOMATED_DECISIONS_LOGIC_MISSING,
    eprivacy::COOKIE_WITHOUT_CONSENT,
    eprivacy::IMPLIED_CONSENT,
    eprivacy::COOKIE_WITHOUT_DURATION,
    eprivacy::CONSENT_NOT_ASKED,
    eprivacy::CONSENT_MECHANISM_MISSING,
    eprivacy::NECESSARY_COOKIE_TOO_LONG,
    eprivacy::UNNAMED_COOKIE,
    consistency::UNUSED_PURPOSE,
    consistency::UNREFERENCED_PROCESSOR,
    consistency::CATEGORY_BASIS_MISMATCH,
    consistency::MISSING_TRANSLATION,
    consistency::INVALID_LINT_SETTING,
];

/// The rule with this code or name. Codes are matched case-insensitively
/// (`dl202`), names also with underscores (`privacy_shield_transfer`).
pub fn rule(code_or_name: &str) -> Option<&'static Rule> {
    let key = normalize(code_or_name);
    RULES
        .iter()
        .find(|r| r.code.eq_ignore_ascii_case(&key) || r.name == key)
}

/// The closest rule code or name to a misspelt one, for "did you mean".
pub fn suggest(code_or_name: &str) -> Option<&'static str> {
    let key = normalize(code_or_name);
    let candidates = RULES.iter().flat_map(|r| [r.code, r.name]);
    did_you_mean(&key, candidates.chain([WARNINGS]))
}

fn normalize(key: &str) -> String {
    let key = key.trim();
    if key.len() == 5 && key.get(..2).is_some_and(|p| p.eq_ignore_ascii_case("dl")) {
        key.to_ascii_uppercase()
    } else {
        key.to_ascii_lowercase().replace('_', "-")
    }
}

/// The group name that sets the level of every finding that would be a warning
/// (`--deny warnings`).
pub const WARNINGS: &str = "warnings";

/// The default longest lifetime of a strictly necessary cookie: 13 months.
pub const DEFAULT_NECESSARY_MAX_SECONDS: u64 = 13 * SECONDS_PER_MONTH;

/// How strictly the rules are applied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LintConfig {
    /// Levels by rule code or name; the key `warnings` applies to every finding
    /// whose severity would otherwise be a warning.
    pub levels: BTreeMap<String, Level>,
    /// Longest lifetime of a strictly necessary cookie before DL406 questions it.
    pub necessary_max_seconds: u64,
}

impl Default for LintConfig {
    fn default() -> Self {
        Self {
            levels: BTreeMap::new(),
            necessary_max_seconds: DEFAULT_NECESSARY_MAX_SECONDS,
        }
    }
}

impl LintConfig {
    /// Set the level of one rule (by code or name) or of `warnings`, e.g. from
    /// `--deny DL402` or `--allow unnamed-cookie`. The key is stored as the rule's
    /// code. An unknown rule is refused with a message that suggests the closest one.
    pub fn set(&mut self, code_or_name: &str, level: Level) -> Result<(), String> {
        let key = if normalize(code_or_name) == WARNINGS {
            WARNINGS
        } else if let Some(rule) = rule(code_or_name) {
            rule.code
        } else {
            return Err(unknown_rule_message(code_or_name));
        };
        self.levels.insert(key.to_owned(), level);
        Ok(())
    }

    /// The level explicitly set for a rule, if any. An entry by code wins over one by
    /// name.
    pub fn level(&self, rule: &Rule) -> Option<Level> {
        if let Some(level) = self.levels.get(rule.code).or(self.levels.get(rule.name)) {
            return Some(*level);
        }
        self.levels
            .iter()
            .filter(|(key, _)| normalize(key) != WARNINGS)
            .filter_map(|(key, level)| {
                let found = self::rule(key)?;
                (found.code == rule.code).then_some((key.eq_ignore_ascii_case(rule.code), *level))
            })
            .max_by_key(|(by_code, _)| *by_code)
            .map(|(_, level)| level)
    }

    /// The severity findings of `rule` get, or `None` when the rule is allowed.
    pub fn severity(&self, rule: &Rule) -> Option<Severity> {
        let severity = match self.level(rule) {
            Some(Level::Allow) => return None,
            Some(Level::Warn) => Severity::Warning,
            Some(Level::Deny) => Severity::Error,
            None => rule.default_severity,
        };
        if severity != Severity::Warning {
            return Some(severity);
        }
        let warnings = self
            .levels
            .iter()
            .find(|(key, _)| normalize(key) == WARNINGS)
            .map(|(_, level)| *level);
        match warnings {
            Some(Level::Allow) => None,
            Some(Level::Deny) => Some(Severity::Error),
            Some(Level::Warn) | None => Some(Severity::Warning),
        }
    }

    pub fn enabled(&self, rule: &Rule) -> bool {
        self.severity(rule).is_some()
    }

    /// This configuration (the command line's) combined with a catalogue's `[lints]`
    /// table: the catalogue's levels apply first and the levels set here override
    /// them rule by rule; the catalogue's `necessary_max_duration` replaces the
    /// threshold. Keys of the table that name no rule, and a threshold that is not a
    /// length, are returned as DL505 findings.
    pub fn with_settings(&self, settings: &LintSettings) -> (LintConfig, Vec<Diagnostic>) {
        let mut merged = LintConfig {
            levels: BTreeMap::new(),
            necessary_max_seconds: self.necessary_max_seconds,
        };
        let mut problems: Vec<(Location, String, String, String)> = Vec::new();
        for (key, level) in &settings.levels {
            if merged.set(&key.value, *level).is_err() {
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
                Duration::Session => merged.necessary_max_seconds = 0,
                Duration::Persistent => problems.push((
                    max.loc.clone(),
                    "`necessary_max_duration` must be a length, not \"persistent\"".to_owned(),
                    "not a length".to_owned(),
                    "write a period such as \"13 months\" or \"1 year\"".to_owned(),
                )),
                Duration::Period(_) => {
                    merged.necessary_max_seconds = max.value.seconds().unwrap_or(u64::MAX);
                }
            }
        }
        for (key, level) in &self.levels {
            // Stored by code, so a command-line entry by name replaces the catalogue's.
            if merged.set(key, *level).is_err() {
                merged.levels.insert(key.clone(), *level);
            }
        }
        let rule = &consistency::INVALID_LINT_SETTING;
        let diags = match merged.severity(rule) {
            None => Vec::new(),
            Some(severity) => problems
                .into_iter()
                .map(|(loc, message, label, help)| Diagnostic {
                    code: rule.code,
                    severity,
                    message,
                    location: Some(loc),
                    label: Some(label),
                    help: Some(format!("{help} ({})", rule.source)),
                })
                .collect(),
        };
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

/// Run every rule over a policy with the given configuration. Findings are sorted by
/// file, position, code and message, so output is stable from run to run.
pub fn lint(policy: &Policy, config: &LintConfig) -> Vec<Diagnostic> {
    let mut cx = Cx {
        policy,
        config,
        out: Vec::new(),
    };
    identity::check(&mut cx);
    transfers::check(&mut cx);
    information::check(&mut cx);
    eprivacy::check(&mut cx);
    consistency::check(&mut cx);
    let mut out = cx.out;
    sort(&mut out);
    out
}

/// What `disclose check` runs per policy: the command line's configuration combined
/// with the catalogue's `[lints]` table (see [`LintConfig::with_settings`]), the
/// problems of that table, and every rule's findings, sorted.
pub fn lint_policy(policy: &Policy, overrides: &LintConfig) -> Vec<Diagnostic> {
    let (config, mut out) = overrides.with_settings(&policy.lints);
    out.extend(lint(policy, &config));
    sort(&mut out);
    out
}

fn sort(diags: &mut [Diagnostic]) {
    diags.sort_by(|a, b| {
        let key = |d: &Diagnostic| {
            d.location
                .as_ref()
                .map(|l| (l.file, l.span.start, l.span.end))
        };
        key(a)
            .cmp(&key(b))
            .then_with(|| a.code.cmp(b.code))
            .then_with(|| a.message.cmp(&b.message))
    });
}

fn severity_word(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Note => "note",
    }
}

/// What the rules share while they run: the policy, the configuration, the findings.
pub(crate) struct Cx<'a> {
    pub policy: &'a Policy,
    pub config: &'a LintConfig,
    out: Vec<Diagnostic>,
}

impl Cx<'_> {
    pub fn enabled(&self, rule: &Rule) -> bool {
        self.config.enabled(rule)
    }

    /// Record a finding of `rule` at `location`; dropped when the rule is allowed.
    /// The help gets the rule's legal source appended in parentheses.
    pub fn emit(
        &mut self,
        rule: &'static Rule,
        location: &Location,
        message: impl Into<String>,
        label: impl Into<String>,
        help: impl Into<String>,
    ) {
        let Some(severity) = self.config.severity(rule) else {
            return;
        };
        self.out.push(Diagnostic {
            code: rule.code,
            severity,
            message: message.into(),
            location: Some(location.clone()),
            label: Some(label.into()),
            help: Some(format!("{} ({})", help.into(), rule.source)),
        });
    }
}

/// How a cookie is named in messages: `cookie `_ga``, or its label where it has no
/// name.
pub(crate) fn cookie_name(policy: &Policy, cookie: &Cookie) -> String {
    cookie.describe(&policy.default_locale)
}

#[cfg(test)]
pub(crate) mod testing {
    //! Building policies from TOML through the real loader, and asserting findings.

    use super::*;
    use crate::diag::SourceMap;

    /// A complete, well-formed catalogue: every rule is satisfied, so it yields no
    /// finding. It documents what "complete" means; rule tests break one thing in it.
    pub const COMPLETE: &str = include_str!("../../policies/example-shop.toml");

    pub struct Linted {
        pub sources: SourceMap,
        pub diags: Vec<Diagnostic>,
    }

    /// Load a catalogue from text through `load_catalogue` and `resolve` (which must
    /// not complain), and lint it with `config`.
    pub fn lint_with(text: &str, config: &LintConfig) -> Linted {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("policy.toml");
        std::fs::write(&path, text).expect("write catalogue");
        let mut sources = SourceMap::default();
        let mut diags = Vec::new();
        let catalogue = crate::catalogue::load_catalogue(&path, &mut sources, &mut diags);
        let policy = crate::model::resolve(&catalogue, &mut diags);
        assert!(
            diags.is_empty(),
            "the test catalogue has structural problems: {:#?}",
            diags
        );
        let policy = policy.expect("policy resolves");
        let diags = lint_policy(&policy, config);
        Linted { sources, diags }
    }

    pub fn lint_text(text: &str) -> Linted {
        lint_with(text, &LintConfig::default())
    }

    /// `text` with `from` replaced by `to`, once; panics when `from` is absent, so a
    /// change to the fixture cannot make a test vacuous.
    pub fn edit(text: &str, from: &str, to: &str) -> String {
        assert!(text.contains(from), "fixture lacks {from:?}");
        text.replacen(from, to, 1)
    }

    /// `text` without the table whose header line starts with `start` (which may
    /// span lines, e.g. `[[cookies]]\nname = "x"`), up to the next table header.
    pub fn remove_table(text: &str, start: &str) -> String {
        let from = text
            .find(&format!("\n{start}"))
            .unwrap_or_else(|| panic!("text lacks a table {start:?}"))
            + 1;
        let to = text[from + 1..]
            .find("\n[")
            .map_or(text.len(), |i| from + 1 + i + 1);
        format!("{}{}", &text[..from], &text[to..])
    }

    /// 1-based line of the first line containing `snippet`.
    pub fn line_of(text: &str, snippet: &str) -> usize {
        let offset = text
            .find(snippet)
            .unwrap_or_else(|| panic!("text lacks {snippet:?}"));
        text[..offset].matches('\n').count() + 1
    }

    /// 1-based line of the table header (`[…]` / `[[…]]`) that holds `snippet`.
    pub fn header_of(text: &str, snippet: &str) -> usize {
        let line = line_of(text, snippet);
        let lines: Vec<&str> = text.lines().collect();
        (1..=line)
            .rev()
            .find(|l| lines[l - 1].trim_start().starts_with('['))
            .expect("a table header above the snippet")
    }

    impl Linted {
        pub fn with_code(&self, code: &str) -> Vec<&Diagnostic> {
            self.diags.iter().filter(|d| d.code == code).collect()
        }

        pub fn line(&self, diag: &Diagnostic) -> usize {
            let loc = diag.location.as_ref().expect("finding has a location");
            self.sources.line_col(loc.file, loc.span.start).0
        }

        /// Exactly one finding of `code`, on `line`; returned for further checks.
        #[track_caller]
        pub fn fires_once(&self, code: &str, line: usize) -> Diagnostic {
            let found = self.with_code(code);
            assert_eq!(
                found.len(),
                1,
                "expected one {code}, got: {:#?}",
                self.diags
            );
            let diag = found[0];
            assert_eq!(
                self.line(diag),
                line,
                "{code} points at the wrong line: {diag:#?}"
            );
            let rule = rule(code).expect("a known rule");
            let help = diag.help.as_deref().unwrap_or_default();
            assert!(
                help.ends_with(&format!("({})", rule.source)),
                "help should end with the legal source: {help}"
            );
            diag.clone()
        }

        #[track_caller]
        pub fn quiet(&self, code: &str) {
            let found = self.with_code(code);
            assert!(found.is_empty(), "unexpected {code}: {found:#?}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::testing::*;
    use super::*;

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
    fn codes_and_names_are_unique_well_formed_and_in_order() {
        let mut previous = "";
        for r in RULES {
            assert!(r.code.len() == 5 && r.code.starts_with("DL"), "{}", r.code);
            assert!(
                r.code[2..].chars().all(|c| c.is_ascii_digit()),
                "{}",
                r.code
            );
            assert!(
                r.code[2..] >= *"101",
                "{} collides with structural codes",
                r.code
            );
            assert!(r.code > previous, "{} is out of order", r.code);
            previous = r.code;
            assert!(
                !r.name.is_empty()
                    && r.name
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
                "{} is not kebab-case",
                r.name
            );
            assert_eq!(
                RULES.iter().filter(|o| o.name == r.name).count(),
                1,
                "{}",
                r.name
            );
            assert!(!r.summary.is_empty() && !r.summary.contains('\n'));
            assert!(!r.source.is_empty());
            for part in ["## Example", "## Fix"] {
                assert!(r.explanation.contains(part), "{} lacks {part}", r.code);
            }
        }
    }

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
        assert_eq!(suggest("implied-consnt"), Some("implied-consent"));
    }

    #[test]
    fn levels_change_severity_and_allow_drops_findings() {
        let text = edit(
            COMPLETE,
            "mechanism = \"opt-in-banner\"",
            "mechanism = \"implied\"",
        );
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
    }

    #[test]
    fn keys_by_name_are_honoured_when_set_directly() {
        let rule = rule("DL402").unwrap();
        let mut config = LintConfig::default();
        config
            .levels
            .insert("implied_consent".to_owned(), Level::Allow);
        assert_eq!(config.severity(rule), None);
        config.levels.insert("DL402".to_owned(), Level::Deny);
        assert_eq!(config.severity(rule), Some(Severity::Error));
    }

    #[test]
    fn catalogue_lints_table_sets_levels_and_command_line_overrides_it() {
        let text = edit(
            COMPLETE,
            "mechanism = \"opt-in-banner\"",
            "mechanism = \"implied\"",
        );
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

    #[test]
    fn command_line_names_override_catalogue_codes() {
        let text = edit(
            COMPLETE,
            "mechanism = \"opt-in-banner\"",
            "mechanism = \"implied\"",
        );
        let with_table = format!("{text}\n[lints]\nDL402 = \"allow\"\n");
        let mut cli = LintConfig::default();
        cli.levels.insert("implied-consent".to_owned(), Level::Warn);
        let linted = lint_with(&with_table, &cli);
        assert_eq!(linted.with_code("DL402")[0].severity, Severity::Warning);
    }

    #[test]
    fn odd_keys_do_not_panic() {
        assert_eq!(rule("aé..."), None);
        assert_eq!(rule(""), None);
        assert!(LintConfig::default().set("ü", Level::Deny).is_err());
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

    #[test]
    fn docs_list_every_rule() {
        let docs = include_str!("../../docs/lints.md");
        for r in RULES {
            let row = format!(
                "| {} | `{}` | {} |",
                r.code,
                r.name,
                severity_word(r.default_severity)
            );
            assert!(
                docs.contains(&row),
                "docs/lints.md lacks the row for {}: {row}",
                r.code
            );
        }
    }
}
