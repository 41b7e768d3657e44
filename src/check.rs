//! `check`: everything that can be known about catalogues without writing anything —
//! structural problems, missing translations of our messages, and compliance
//! findings. Every diagnostic passes through one set of overrides
//! ([`crate::diag::Overrides`]): the run's for structural problems and message
//! coverage, each policy's (the run's over its `[lints]` table) for its findings.

use crate::diag::{Diagnostic, codes};
use crate::i18n::Messages;
use crate::lint::{self, LintConfig};
use crate::model::Policy;
use crate::project::{Loaded, load_all};
use anyhow::Result;
use std::path::PathBuf;

#[derive(Debug, Clone, Default)]
pub struct CheckOptions {
    pub project: PathBuf,
    pub catalogues: Vec<PathBuf>,
    /// Missing translations (of catalogue fields and of our messages) are errors
    /// instead of warnings.
    pub strict_translations: bool,
    /// Rule levels from the command line; they override the catalogue's `[lints]`.
    pub lints: LintConfig,
}

pub fn check(options: &CheckOptions) -> Result<Loaded> {
    let mut run = options.lints.clone();
    if options.strict_translations {
        run.strict_translations();
    }
    let mut loaded = load_all(&options.catalogues);
    let messages = Messages::with_project_dir(&options.project.join("locales"))?;
    let structural = std::mem::take(&mut loaded.diagnostics);
    let mut found = Vec::new();
    for diag in structural {
        run.overrides.push(&mut found, diag);
    }
    for policy in &loaded.policies {
        found.extend(lint::lint_policy(policy, &run));
        // DL017 is a rule: the policy's `[lints]` can set its level (its own DL505
        // findings are reported by lint_policy).
        let (config, _) = run.with_settings(&policy.lints);
        for diag in message_coverage(policy, &messages) {
            config.overrides.push(&mut found, diag);
        }
    }
    loaded.diagnostics = found;
    Ok(loaded)
}

/// Whether a page of `policy` can show the message `id`: a country's name only when
/// the catalogue names the country, and never `language-name`, which falls back to
/// CLDR's autonym, not to another language.
fn shown(policy: &Policy, id: &str) -> bool {
    if id == "language-name" {
        return false;
    }
    let Some(code) = id.strip_prefix("country-") else {
        return true;
    };
    let controller = policy.controller.country.as_deref();
    let authority = policy.authority.as_ref().and_then(|a| a.country.as_deref());
    let processors = policy
        .processors
        .iter()
        .filter_map(|p| p.country.as_ref().map(|c| c.value.as_str()));
    let storage = policy.storage.iter().filter_map(|s| s.country.as_deref());
    [controller, authority]
        .into_iter()
        .flatten()
        .chain(processors)
        .chain(storage)
        .any(|c| c == code)
}

/// DL017 for each locale of `policy` that lacks some of our messages.
fn message_coverage(policy: &Policy, messages: &Messages) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for locale in &policy.locales {
        let mut coverage = messages.coverage(locale);
        coverage.missing.retain(|id| shown(policy, id));
        if coverage.missing.is_empty() {
            continue;
        }
        let shown: Vec<&str> = coverage
            .missing
            .iter()
            .take(8)
            .map(String::as_str)
            .collect();
        let more = coverage.missing.len().saturating_sub(shown.len());
        let diag = Diagnostic::new(
            codes::MISSING_MESSAGES,
            format!(
                "locale `{locale}` lacks {} of {} messages: {}{}",
                coverage.missing.len(),
                coverage.total,
                shown.join(", "),
                if more > 0 {
                    format!(" and {more} more")
                } else {
                    String::new()
                }
            ),
        )
        .at(policy.loc.file, policy.loc.span.clone())
        .help(format!(
            "add them to locales/{}.ftl; until then pages fall back to {} for these messages",
            locale,
            messages.chain(locale, &policy.default_locale)[1..]
                .iter()
                .map(|l| l.to_string())
                .collect::<Vec<_>>()
                .join(" → ")
        ));
        out.push(diag);
    }
    out
}
