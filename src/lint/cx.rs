//! What the rules share while they run: the policy, the configuration, the findings
//! so far, and how a cookie is named in messages.

use super::config::LintConfig;
use crate::diag::{Code, Diagnostic, Location};
use crate::model::{Cookie, Policy};

/// What the rules share while they run: the policy, the configuration, the findings.
pub(crate) struct Cx<'a> {
    pub policy: &'a Policy,
    pub config: &'a LintConfig,
    out: Vec<Diagnostic>,
}

impl<'a> Cx<'a> {
    pub fn new(policy: &'a Policy, config: &'a LintConfig) -> Self {
        Self {
            policy,
            config,
            out: Vec::new(),
        }
    }

    pub fn into_findings(self) -> Vec<Diagnostic> {
        self.out
    }

    pub fn enabled(&self, rule: &Code) -> bool {
        self.config.enabled(rule)
    }

    /// Record a finding of `rule` at `location`, through the configuration's
    /// overrides (dropped when the rule is allowed). The help gets the rule's legal
    /// source appended in parentheses.
    pub fn emit(
        &mut self,
        rule: &'static Code,
        location: &Location,
        message: impl Into<String>,
        label: impl Into<String>,
        help: impl Into<String>,
    ) {
        if !self.enabled(rule) {
            return;
        }
        let diag = Diagnostic {
            location: Some(location.clone()),
            label: Some(label.into()),
            help: Some(format!("{} ({})", help.into(), rule.source)),
            ..Diagnostic::new(rule, message)
        };
        self.config.overrides.push(&mut self.out, diag);
    }
}

/// How a cookie is named in messages: `cookie `_ga``, or its label where it has no
/// name.
pub(crate) fn cookie_name(policy: &Policy, cookie: &Cookie) -> String {
    cookie.describe(&policy.default_locale)
}
