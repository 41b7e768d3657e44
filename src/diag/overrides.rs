//! The one override sink: every change to a diagnostic's severity happens here, as
//! the diagnostic is pushed. Three sources feed it: a catalogue's `[lints]` table,
//! the command line's `--allow` / `--warn` / `--deny` (including the `warnings`
//! group), and `--strict-translations`. Nothing else compares codes to change a
//! severity.
//!
//! The order, so a reader can predict the outcome:
//! 1. a rule's own level (allow drops the finding, warn / deny set its severity);
//! 2. the `warnings` group, for what is then a warning: deny raises any code to an
//!    error; allow drops compliance findings only (a structural warning is always
//!    shown); warn changes nothing;
//! 3. raised codes (`--strict-translations`) become errors, unless step 1 or 2
//!    dropped them.

use super::{Code, Diagnostic, Severity, codes};
use std::collections::{BTreeMap, BTreeSet};

/// Severity overrides, by code. A level is `Some(severity)` or `None` for "allow".
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Overrides {
    /// Per rule code: the severity its findings get, `None` when allowed.
    rules: BTreeMap<&'static str, Option<Severity>>,
    /// The `warnings` group: what a finding that would be a warning becomes.
    warnings: Option<Option<Severity>>,
    /// Codes that are errors whenever they are reported.
    raised: BTreeSet<&'static str>,
}

impl Overrides {
    /// Set the level of one compliance rule.
    pub fn set(&mut self, rule: &'static Code, level: Option<Severity>) {
        self.rules.insert(rule.code, level);
    }

    /// Set the level of the `warnings` group.
    pub fn set_warnings(&mut self, level: Option<Severity>) {
        self.warnings = Some(level);
    }

    /// Report `code` as an error whenever it is reported (`--strict-translations`).
    pub fn raise(&mut self, code: &'static Code) {
        self.raised.insert(code.code);
    }

    /// These overrides with `later`'s laid over them: its levels replace ours code by
    /// code, its `warnings` level ours, and its raised codes are added.
    pub fn then(&self, later: &Overrides) -> Overrides {
        let mut merged = self.clone();
        merged
            .rules
            .extend(later.rules.iter().map(|(k, v)| (*k, *v)));
        if later.warnings.is_some() {
            merged.warnings = later.warnings;
        }
        merged.raised.extend(later.raised.iter().copied());
        merged
    }

    /// The severity diagnostics of `code` get when made at its default severity, or
    /// `None` when they are dropped.
    pub fn severity(&self, code: &Code) -> Option<Severity> {
        self.resolve(code.code, code.is_rule(), code.default_severity)
    }

    /// `diag` with its severity overridden, or `None` when it is dropped. A code
    /// missing from the registry is treated as structural.
    pub fn apply(&self, mut diag: Diagnostic) -> Option<Diagnostic> {
        let is_rule = codes::find(diag.code).is_some_and(Code::is_rule);
        diag.severity = self.resolve(diag.code, is_rule, diag.severity)?;
        Some(diag)
    }

    /// Push `diag` into `out` through these overrides.
    pub fn push(&self, out: &mut Vec<Diagnostic>, diag: Diagnostic) {
        out.extend(self.apply(diag));
    }

    fn resolve(&self, code: &str, is_rule: bool, made: Severity) -> Option<Severity> {
        let mut severity = match self.rules.get(code).filter(|_| is_rule) {
            Some(level) => (*level)?,
            None => made,
        };
        if severity == Severity::Warning {
            match self.warnings {
                Some(None) if is_rule => return None,
                Some(Some(Severity::Error)) => severity = Severity::Error,
                _ => {}
            }
        }
        if self.raised.contains(code) {
            severity = Severity::Error;
        }
        Some(severity)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::codes::{
        CONFUSABLE_COOKIE_NAME, IMPLIED_CONSENT, MISSING_MESSAGES, UNKNOWN_FIELD, UNUSED_PURPOSE,
    };

    #[test]
    fn a_rule_level_then_the_warnings_group_then_raised_codes() {
        let mut o = Overrides::default();
        assert_eq!(o.severity(IMPLIED_CONSENT), Some(Severity::Error));
        o.set(IMPLIED_CONSENT, Some(Severity::Warning));
        assert_eq!(o.severity(IMPLIED_CONSENT), Some(Severity::Warning));
        o.set_warnings(Some(Severity::Error));
        assert_eq!(o.severity(IMPLIED_CONSENT), Some(Severity::Error));
        o.set_warnings(None);
        assert_eq!(o.severity(IMPLIED_CONSENT), None);
        // Notes are not warnings.
        assert_eq!(o.severity(UNUSED_PURPOSE), Some(Severity::Note));
        o.raise(IMPLIED_CONSENT);
        assert_eq!(o.severity(IMPLIED_CONSENT), None, "raising never revives");
    }

    #[test]
    fn structural_codes_are_raised_but_never_dropped() {
        let mut o = Overrides::default();
        o.set_warnings(None);
        assert_eq!(o.severity(CONFUSABLE_COOKIE_NAME), Some(Severity::Warning));
        o.set_warnings(Some(Severity::Error));
        assert_eq!(o.severity(CONFUSABLE_COOKIE_NAME), Some(Severity::Error));
        let mut o = Overrides::default();
        o.raise(MISSING_MESSAGES);
        let diag = o.apply(Diagnostic::new(MISSING_MESSAGES, "x")).unwrap();
        assert_eq!(diag.severity, Severity::Error);
        assert_eq!(o.severity(UNKNOWN_FIELD), Some(Severity::Error));
    }

    #[test]
    fn missing_messages_can_be_allowed_like_a_rule() {
        let mut o = Overrides::default();
        assert_eq!(o.severity(MISSING_MESSAGES), Some(Severity::Warning));
        o.set(MISSING_MESSAGES, None);
        assert_eq!(o.apply(Diagnostic::new(MISSING_MESSAGES, "x")), None);
    }

    #[test]
    fn later_levels_replace_earlier_ones() {
        let mut catalogue = Overrides::default();
        catalogue.set(IMPLIED_CONSENT, None);
        catalogue.set_warnings(Some(Severity::Error));
        let mut cli = Overrides::default();
        cli.set(IMPLIED_CONSENT, Some(Severity::Warning));
        let merged = catalogue.then(&cli);
        // The command line's warn, then the catalogue's `warnings = "deny"`.
        assert_eq!(merged.severity(IMPLIED_CONSENT), Some(Severity::Error));
        cli.set_warnings(Some(Severity::Warning));
        assert_eq!(
            catalogue.then(&cli).severity(IMPLIED_CONSENT),
            Some(Severity::Warning)
        );
    }
}
