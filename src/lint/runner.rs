//! Running the rule families over a policy, and what the rules share while they run.

use super::config::LintConfig;
use super::{consistency, eprivacy, identity, information, transfers};
use crate::diag::{Code, Diagnostic, Location};
use crate::model::{Cookie, Policy};

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

/// What the rules share while they run: the policy, the configuration, the findings.
pub(crate) struct Cx<'a> {
    pub policy: &'a Policy,
    pub config: &'a LintConfig,
    out: Vec<Diagnostic>,
}

impl Cx<'_> {
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
