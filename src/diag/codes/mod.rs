//! The registry of every diagnostic code: structural problems (DL001–DL0xx, the
//! catalogue cannot be read as written) and compliance rules (DL101 and above), each
//! with its stable code, kebab-case name, default severity, one-line summary and
//! documentation. Nothing else in the crate spells a code: a diagnostic is made from
//! one of these constants ([`super::Diagnostic::error`]), so an unregistered code
//! does not compile.
//!
//! ## Adding a code
//!
//! 1. Add a constant below, in code order. Structural codes take the next free
//!    `DL0xx`; compliance rules the next code of their family (DL1xx GDPR Art.
//!    13(1)/14(1), DL2xx transfers, DL3xx Art. 13(2)/14(2), DL4xx ePrivacy, DL5xx
//!    consistency, DL6xx the policy's own history).
//! 2. List it in [`STRUCTURAL`] or [`RULES`].
//! 3. Document it. A structural code gets a row in docs/diagnostics.md
//!    (`| code | summary | explanation |`, the explanation being the typical fix) and
//!    its long explanation in `docs/lints/<CODE>.md` (what it means, `## Example`,
//!    `## Fix`), listed in [`structural::long_explanation`]. A rule gets a row in
//!    docs/lints.md and its long explanation in `docs/lints/<CODE>.md` (why it
//!    matters, `## Legal text`, `## Example` with TOML, `## Fix`), included here at
//!    build time. `disclose explain CODE` prints either.
//!
//! The tests at the end hold the registry to these rules (unique, ordered,
//! documented). Severity overrides are applied by [`super::Overrides`], never by
//! comparing codes elsewhere.

mod rules;
mod structural;

pub use rules::*;
pub use structural::*;

use super::Severity;

/// What kind of problem a code stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// The catalogue cannot be read as written. `--deny warnings` can raise a
    /// structural warning to an error; nothing lowers or drops one.
    Structural,
    /// A compliance rule over the resolved model; its level can be set per catalogue
    /// (`[lints]`) and per run (`--allow`, `--warn`, `--deny`).
    Rule,
}

/// One registered diagnostic code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Code {
    /// Stable code, e.g. `DL202`.
    pub code: &'static str,
    /// Stable kebab-case name, e.g. `privacy-shield-transfer`.
    pub name: &'static str,
    pub default_severity: Severity,
    /// One line: what a diagnostic of this code means.
    pub summary: &'static str,
    /// The legal source of a rule, article and paragraph, e.g.
    /// `GDPR Art. 46(1); CJEU C-311/18`; empty for structural codes.
    pub source: &'static str,
    pub kind: Kind,
    /// A rule's long Markdown explanation (docs/lints/<CODE>.md); a structural
    /// code's typical fix.
    pub explanation: &'static str,
}

impl Code {
    /// The one-line description (cargo-deny's `Code::description`).
    pub fn description(&self) -> &'static str {
        self.summary
    }

    pub fn is_rule(&self) -> bool {
        self.kind == Kind::Rule
    }

    /// The long Markdown explanation: a rule's `explanation`, a structural code's
    /// docs/lints/<CODE>.md.
    pub fn long_explanation(&self) -> &'static str {
        match self.kind {
            Kind::Rule => self.explanation,
            Kind::Structural => structural::long_explanation(self.code).unwrap_or(self.explanation),
        }
    }

    /// The text `disclose explain CODE` prints: a heading line, the summary, the
    /// source (rules) or the kind (structural codes), and the long explanation.
    pub fn explain(&self) -> String {
        let source = match self.kind {
            Kind::Rule => format!("Source: {}", self.source),
            Kind::Structural => {
                "Structural: the catalogue cannot be read as written (docs/diagnostics.md)"
                    .to_owned()
            }
        };
        format!(
            "{} {} ({})\n{}\n{source}\n\n{}\n",
            self.code,
            self.name,
            self.default_severity.word(),
            self.summary,
            self.long_explanation().trim()
        )
    }
}

/// Every structural code, in code order.
pub static STRUCTURAL: &[&Code] = &[
    UNREADABLE,
    NOT_UTF8,
    TOML_SYNTAX,
    UNKNOWN_FIELD,
    WRONG_TYPE,
    MISSING_FIELD,
    DUPLICATE,
    DANGLING_REFERENCE,
    UNKNOWN_KEYWORD,
    INVALID_DURATION,
    INVALID_LOCALE,
    INVALID_DATE,
    INVALID_ID,
    INVALID_ADDRESS,
    INVALID_COOKIE_NAME,
    DOCUMENT_NOT_PRODUCED,
    CONFUSABLE_COOKIE_NAME,
    MARKDOWN_TOO_DEEP,
];

/// Every compliance rule, in code order.
pub static RULES: &[&Code] = &[
    MISSING_MESSAGES,
    CONTROLLER_CONTACT_MISSING,
    DPO_CONTACT_MISSING,
    PURPOSE_WITHOUT_LEGAL_BASIS,
    LEGITIMATE_INTEREST_UNSTATED,
    RECIPIENTS_MISSING,
    PROCESSOR_COUNTRY_MISSING,
    THIRD_COUNTRY_WITHOUT_SAFEGUARD,
    SAFE_HARBOR_TRANSFER,
    PRIVACY_SHIELD_TRANSFER,
    DPF_OUTSIDE_US,
    ADEQUACY_WITHOUT_DECISION,
    RETENTION_MISSING,
    COOKIE_LIFETIME_UNSTATED,
    RIGHTS_MISSING,
    WITHDRAWAL_NOT_OFFERED,
    COMPLAINT_RIGHT_MISSING,
    AUTOMATED_DECISIONS_UNADDRESSED,
    AUTOMATED_DECISIONS_LOGIC_MISSING,
    COOKIE_WITHOUT_CONSENT,
    IMPLIED_CONSENT,
    COOKIE_WITHOUT_DURATION,
    CONSENT_NOT_ASKED,
    CONSENT_MECHANISM_MISSING,
    NECESSARY_COOKIE_TOO_LONG,
    UNNAMED_COOKIE,
    PRE_TICKED_CONSENT,
    COOKIE_WALL,
    NO_REJECT_ON_FIRST_LAYER,
    BROWSER_SETTINGS_CONSENT,
    UNUSED_PURPOSE,
    UNREFERENCED_PROCESSOR,
    CATEGORY_BASIS_MISMATCH,
    MISSING_TRANSLATION,
    INVALID_LINT_SETTING,
    UNRELEASED_CONSENT_CHANGE,
    RELEASE_NOT_RECORDED,
];

/// Every registered code, structural first, in code order.
pub fn all() -> impl Iterator<Item = &'static Code> {
    STRUCTURAL.iter().chain(RULES).copied()
}

/// The registered code with this exact id (`DL004`).
pub fn find(code: &str) -> Option<&'static Code> {
    all().find(|c| c.code == code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_and_names_are_unique_well_formed_and_in_order() {
        for table in [STRUCTURAL, RULES] {
            for pair in table.windows(2) {
                assert!(
                    pair[0].code < pair[1].code,
                    "{} is out of order",
                    pair[1].code
                );
            }
        }
        for c in all() {
            assert!(c.code.len() == 5 && c.code.starts_with("DL"), "{}", c.code);
            assert!(
                c.code[2..].chars().all(|d| d.is_ascii_digit()),
                "{}",
                c.code
            );
            // DL017 became a rule keeping its structural number: codes are stable.
            assert_eq!(
                c.is_rule(),
                c.code[2..] >= *"101" || c.code == "DL017",
                "{} is in the wrong table",
                c.code
            );
            assert_eq!(c.kind == Kind::Rule, RULES.contains(&c), "{}", c.code);
            assert!(
                !c.name.is_empty()
                    && c.name
                        .chars()
                        .all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '-'),
                "{} is not kebab-case",
                c.name
            );
            assert_eq!(all().filter(|o| o.name == c.name).count(), 1, "{}", c.name);
            assert_eq!(all().filter(|o| o.code == c.code).count(), 1, "{}", c.code);
            assert!(
                !c.summary.is_empty() && !c.summary.contains('\n'),
                "{}",
                c.code
            );
            assert_eq!(find(c.code), Some(c));
        }
    }

    #[test]
    fn rules_carry_a_legal_source_and_a_full_explanation() {
        for r in RULES {
            assert!(!r.source.is_empty(), "{}", r.code);
            for part in ["## Legal text", "## Example", "## Fix"] {
                assert!(r.explanation.contains(part), "{} lacks {part}", r.code);
            }
        }
        for c in STRUCTURAL {
            assert!(
                c.source.is_empty() && !c.explanation.is_empty(),
                "{}",
                c.code
            );
            let long = structural::long_explanation(c.code)
                .unwrap_or_else(|| panic!("{} has no docs/lints/{}.md", c.code, c.code));
            for part in ["## Example", "## Fix"] {
                assert!(long.contains(part), "{} lacks {part}", c.code);
            }
            assert!(!long.contains("## Legal text"), "{}", c.code);
        }
    }

    #[test]
    fn docs_list_every_code() {
        let lints = include_str!("../../../docs/lints.md");
        for r in RULES {
            let row = format!(
                "| {} | `{}` | {} |",
                r.code,
                r.name,
                r.default_severity.word()
            );
            assert!(
                lints.contains(&row),
                "docs/lints.md lacks the row for {}: {row}",
                r.code
            );
        }
        let diagnostics = include_str!("../../../docs/diagnostics.md");
        for c in STRUCTURAL {
            let row = format!("| {} | {} | {} |", c.code, c.summary, c.explanation);
            assert!(
                diagnostics.contains(&row),
                "docs/diagnostics.md lacks the row for {}: {row}",
                c.code
            );
        }
    }

    #[test]
    fn every_explanation_file_belongs_to_a_code() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/lints");
        for entry in std::fs::read_dir(dir).unwrap() {
            let name = entry.unwrap().file_name().into_string().unwrap();
            let code = name.strip_suffix(".md").unwrap_or(&name);
            let owner = find(code).unwrap_or_else(|| panic!("docs/lints/{name} is for no code"));
            assert!(
                owner.is_rule() || structural::long_explanation(code).is_some(),
                "docs/lints/{name} is not included by src/diag/codes/structural.rs"
            );
        }
    }
}
