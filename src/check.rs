//! `check`: everything that can be known about catalogues without writing anything —
//! structural problems, missing translations of our messages, and (when wired)
//! compliance findings.

use crate::diag::{Diagnostic, Severity};
use crate::i18n::Messages;
use crate::lint::{self, LintConfig};
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

/// The lint for a catalogue field that lacks one of the policy's locales.
const MISSING_TRANSLATION: &str = "DL504";

pub fn check(options: &CheckOptions) -> Result<Loaded> {
    let mut loaded = load_all(&options.catalogues);
    let messages = Messages::with_project_dir(&options.project.join("locales"))?;
    let mut found = Vec::new();
    for policy in &loaded.policies {
        for mut finding in lint::lint_policy(policy, &options.lints) {
            // A catalogue text without a translation for a declared locale.
            if options.strict_translations && finding.code == MISSING_TRANSLATION {
                finding.severity = Severity::Error;
            }
            found.push(finding);
        }
        for locale in &policy.locales {
            let coverage = messages.coverage(locale);
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
            let mut diag = Diagnostic::warning(
                "DL017",
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
            if options.strict_translations {
                diag.severity = Severity::Error;
            }
            found.push(diag);
        }
    }
    loaded.diagnostics.extend(found);
    Ok(loaded)
}
