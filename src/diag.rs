//! Diagnostics: every problem found in a catalogue, as data.
//!
//! Stages collect diagnostics instead of stopping at the first problem, so a legal
//! team sees the full list of what to fix in one run. Printing lives here too: a
//! human form with the source snippet (through miette) and a JSON form for tools.

use miette::{GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteDiagnostic, NamedSource};
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

/// Where a problem is: a file and a byte range in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    pub file: FileId,
    pub span: Range<usize>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Stable code, documented in docs/diagnostics.md.
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
    pub fn error(code: &'static str, message: impl Into<String>) -> Self {
        Self {
            code,
            severity: Severity::Error,
            message: message.into(),
            location: None,
            label: None,
            help: None,
        }
    }

    pub fn warning(code: &'static str, message: impl Into<String>) -> Self {
        Self {
            severity: Severity::Warning,
            ..Self::error(code, message)
        }
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

/// How human-readable diagnostics are drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    Colour,
    Plain,
}

/// Render one diagnostic as text with its source snippet:
/// `error[DL011]: …` then the file:line:col, the snippet with a caret, and the help.
pub fn render_human(diag: &Diagnostic, sources: &SourceMap, style: Style) -> String {
    let severity = match diag.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Note => "note",
    };
    let mut out = format!("{severity}[{}]: {}\n", diag.code, diag.message);
    let Some(location) = &diag.location else {
        if let Some(help) = &diag.help {
            out.push_str(&format!("  help: {help}\n"));
        }
        return out;
    };

    let mut report =
        MietteDiagnostic::new(diag.message.clone()).with_severity(match diag.severity {
            Severity::Error => miette::Severity::Error,
            Severity::Warning => miette::Severity::Warning,
            Severity::Note => miette::Severity::Advice,
        });
    let span = clamp_span(
        location.span.clone(),
        sources.file(location.file).text.len(),
    );
    report = report.with_label(LabeledSpan::new(
        diag.label.clone(),
        span.start,
        span.end - span.start,
    ));
    if let Some(help) = &diag.help {
        report = report.with_help(help.clone());
    }
    let file = sources.file(location.file);
    let report = miette::Report::new(report)
        .with_source_code(NamedSource::new(&file.name, file.text.clone()));
    let theme = match style {
        Style::Colour => GraphicalTheme::unicode(),
        Style::Plain => GraphicalTheme::unicode_nocolor(),
    };
    let handler = GraphicalReportHandler::new_themed(theme)
        .with_width(100)
        .with_links(false);
    let mut snippet = String::new();
    // Rendering into a String cannot fail for a well-formed span; fall back to the
    // location line if miette ever refuses.
    if handler
        .render_report(&mut snippet, report.as_ref())
        .is_err()
    {
        let (line, col) = sources.line_col(location.file, span.start);
        snippet = format!("  --> {}:{line}:{col}\n", file.name);
    }
    // miette repeats the message (wrapped) above the snippet; ours already said it.
    let body = snippet
        .find("╭─[")
        .and_then(|i| snippet[..i].rfind('\n').map(|nl| &snippet[nl + 1..]))
        .unwrap_or(&snippet);
    out.push_str(body.trim_end());
    out.push('\n');
    out
}

fn clamp_span(span: Range<usize>, len: usize) -> Range<usize> {
    let start = span.start.min(len);
    let end = span.end.clamp(start, len);
    start..end
}

/// A diagnostic with its location resolved to a path, line and column, for JSON.
#[derive(Debug, Serialize)]
pub struct JsonDiagnostic<'a> {
    pub code: &'a str,
    pub severity: Severity,
    pub message: &'a str,
    pub file: Option<&'a str>,
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub end_line: Option<usize>,
    pub end_column: Option<usize>,
    pub help: Option<&'a str>,
}

impl<'a> JsonDiagnostic<'a> {
    pub fn new(diag: &'a Diagnostic, sources: &'a SourceMap) -> Self {
        let (file, start, end) = match &diag.location {
            Some(loc) => (
                Some(sources.file(loc.file).name.as_str()),
                Some(sources.line_col(loc.file, loc.span.start)),
                Some(sources.line_col(loc.file, loc.span.end)),
            ),
            None => (None, None, None),
        };
        Self {
            code: diag.code,
            severity: diag.severity,
            message: &diag.message,
            file,
            line: start.map(|p| p.0),
            column: start.map(|p| p.1),
            end_line: end.map(|p| p.0),
            end_column: end.map(|p| p.1),
            help: diag.help.as_deref(),
        }
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
