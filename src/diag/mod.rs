//! Diagnostics: every problem found in a catalogue, as data.
//!
//! Stages collect diagnostics instead of stopping at the first problem, so a legal
//! team sees the full list of what to fix in one run. Every code is registered in
//! [`codes`] (add new ones there); severity overrides (`[lints]`, `--allow`/`--warn`/
//! `--deny`, `--strict-translations`) are applied in one place, [`Overrides`]; and
//! the three printed forms (human, JSON, SARIF) live in [`print`] and [`sarif`].

pub mod codes;
mod overrides;
pub mod print;
pub mod sarif;

pub use codes::Code;
pub use overrides::Overrides;
pub use print::{JsonDiagnostic, Style, render_human};

use serde::Serialize;
use std::ops::Range;

/// Index of a file in a [`SourceMap`].
pub type FileId = usize;

/// The text of every file read in a run, so spans can be turned into lines and snippets.
#[derive(Debug, Default, Clone)]
pub struct SourceMap {
    files: Vec<SourceFile>,
}

#[derive(Debug, Clone)]
pub struct SourceFile {
    /// The path as the user gave it (relative paths stay relative).
    pub name: String,
    pub text: String,
}

impl SourceMap {
    pub fn add(&mut self, name: String, text: String) -> FileId {
        self.files.push(SourceFile { name, text });
        self.files.len() - 1
    }

    /// Every file, in the order they were added.
    pub fn files(&self) -> impl Iterator<Item = &SourceFile> {
        self.files.iter()
    }

    pub fn file(&self, id: FileId) -> &SourceFile {
        &self.files[id]
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn line_col(&self, id: FileId, offset: usize) -> (usize, usize) {
        let text = &self.files[id].text;
        let offset = floor_char_boundary(text, offset.min(text.len()));
        let before = &text[..offset];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let column = before[line_start..].chars().count() + 1;
        (line, column)
    }
}

fn floor_char_boundary(text: &str, mut offset: usize) -> usize {
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Note,
    Warning,
    Error,
}

impl Severity {
    /// `error`, `warning` or `note`, as printed and as SARIF levels.
    pub fn word(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Note => "note",
        }
    }
}

/// Where a problem is: a file and a byte range in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    pub file: FileId,
    pub span: Range<usize>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Stable code, one of [`codes`] (documented in docs/diagnostics.md and
    /// docs/lints.md).
    pub code: &'static str,
    pub severity: Severity,
    pub message: String,
    pub location: Option<Location>,
    /// Short text under the caret.
    pub label: Option<String>,
    /// What to add or change.
    pub help: Option<String>,
}

impl Diagnostic {
    /// A diagnostic of a registered code at its default severity.
    pub fn new(code: &'static Code, message: impl Into<String>) -> Self {
        Self {
            code: code.code,
            severity: code.default_severity,
            message: message.into(),
            location: None,
            label: None,
            help: None,
        }
    }

    pub fn error(code: &'static Code, message: impl Into<String>) -> Self {
        Self {
            severity: Severity::Error,
            ..Self::new(code, message)
        }
    }

    pub fn warning(code: &'static Code, message: impl Into<String>) -> Self {
        Self {
            severity: Severity::Warning,
            ..Self::new(code, message)
        }
    }

    /// The registry entry of this diagnostic's code.
    pub fn registered(&self) -> Option<&'static Code> {
        codes::find(self.code)
    }

    pub fn at(mut self, file: FileId, span: Range<usize>) -> Self {
        self.location = Some(Location { file, span });
        self
    }

    pub fn label(mut self, label: impl Into<String>) -> Self {
        self.label = Some(label.into());
        self
    }

    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// The closest of `candidates` to `word`, if it is close enough to be a likely typo.
pub fn did_you_mean<'a>(
    word: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    candidates
        .into_iter()
        .map(|c| (strsim::jaro_winkler(word, c), c))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_characters_not_bytes() {
        let mut map = SourceMap::default();
        let id = map.add("a.toml".into(), "a = 1\nnäme = 2\n".into());
        assert_eq!(map.line_col(id, 0), (1, 1));
        let offset = "a = 1\nnä".len();
        assert_eq!(map.line_col(id, offset), (2, 3));
    }

    #[test]
    fn did_you_mean_finds_close_words_only() {
        assert_eq!(did_you_mean("nmae", ["name", "id", "email"]), Some("name"));
        assert_eq!(did_you_mean("zzz", ["name", "id", "email"]), None);
    }
}
