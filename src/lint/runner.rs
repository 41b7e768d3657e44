//! Running the rule families over a policy: one configuration per policy, every
//! family in code order, findings sorted.

use super::config::LintConfig;
use super::cx::Cx;
use super::{consent, consistency, eprivacy, history, identity, information, transfers};
use crate::diag::Diagnostic;
use crate::model::Policy;

/// Run every rule over a policy with the given configuration. Findings are sorted by
/// file, position, code and message, so output is stable from run to run.
pub fn lint(policy: &Policy, config: &LintConfig) -> Vec<Diagnostic> {
    let mut cx = Cx::new(policy, config);
    identity::check(&mut cx);
    transfers::check(&mut cx);
    information::check(&mut cx);
    eprivacy::check(&mut cx);
    consent::check(&mut cx);
    consistency::check(&mut cx);
    history::check(&mut cx);
    let mut out = cx.into_findings();
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
