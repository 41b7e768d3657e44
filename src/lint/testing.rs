//! Building policies from TOML through the real loader, and asserting findings.

use super::{LintConfig, lint_policy, rule};
use crate::diag::{Diagnostic, SourceMap};

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
