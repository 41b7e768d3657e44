//! Printing diagnostics for people and for tools: the human form (the source snippet
//! with a caret, through miette), JSON, and a tally line. SARIF is in
//! [`super::sarif`].
//!
//! Everything the human form shows that comes from a catalogue (a cookie name in a
//! message, a quoted line of the source, a file name) is neutralised first
//! ([`neutralise`]): a catalogue cannot send escape sequences to the terminal, nor
//! reorder what it shows with bidirectional controls, nor hide text in invisible
//! characters.

use super::{Diagnostic, Location, Severity, SourceMap};
use miette::{GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteDiagnostic, NamedSource};
use serde::Serialize;
use std::borrow::Cow;
use std::ops::Range;

/// How human-readable diagnostics are drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    Colour,
    Plain,
}

/// All diagnostics as text, errors and warnings in the order they were found, one
/// blank line between them.
pub fn human(diags: &[Diagnostic], sources: &SourceMap, style: Style) -> String {
    diags
        .iter()
        .map(|d| render_human(d, sources, style))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Render one diagnostic as text with its source snippet:
/// `error[DL011]: …` then the file:line:col, the snippet with a caret, and the help.
pub fn render_human(diag: &Diagnostic, sources: &SourceMap, style: Style) -> String {
    let mut out = format!(
        "{}[{}]: {}\n",
        diag.severity.word(),
        diag.code,
        neutralise(&diag.message)
    );
    match &diag.location {
        Some(location) => out.push_str(&snippet(diag, location, sources, style)),
        None => {
            if let Some(help) = &diag.help {
                out.push_str(&format!("  help: {}\n", neutralise(help)));
            }
        }
    }
    out
}

/// The snippet, caret, label and help of a located diagnostic, drawn by miette.
/// miette is given no message and no code (our first line says them), so what it
/// draws starts with one empty message line, which is skipped.
fn snippet(diag: &Diagnostic, location: &Location, sources: &SourceMap, style: Style) -> String {
    let file = sources.file(location.file);
    let shown = Neutralised::new(&file.text);
    let span = shown.span(clamp_span(location.span.clone(), file.text.len()));
    let mut report = MietteDiagnostic::new(String::new())
        .with_severity(match diag.severity {
            Severity::Error => miette::Severity::Error,
            Severity::Warning => miette::Severity::Warning,
            Severity::Note => miette::Severity::Advice,
        })
        .with_label(LabeledSpan::new(
            diag.label.as_deref().map(|l| neutralise(l).into_owned()),
            span.start,
            span.end - span.start,
        ));
    if let Some(help) = &diag.help {
        report = report.with_help(neutralise(help));
    }
    let report = miette::Report::new(report)
        .with_source_code(NamedSource::new(neutralise(&file.name), shown.text));
    let theme = match style {
        Style::Colour => GraphicalTheme::unicode(),
        Style::Plain => GraphicalTheme::unicode_nocolor(),
    };
    let handler = GraphicalReportHandler::new_themed(theme)
        .with_width(100)
        .with_links(false);
    let mut drawn = String::new();
    if handler.render_report(&mut drawn, report.as_ref()).is_err() {
        // Rendering into a String fails only for a span miette refuses; the
        // location line still says where.
        let (line, col) = sources.line_col(location.file, location.span.start);
        return format!("  --> {}:{line}:{col}\n", neutralise(&file.name));
    }
    let body = drawn.split_once('\n').map_or("", |(_message, rest)| rest);
    let mut body = body.trim_start_matches('\n').trim_end().to_owned();
    body.push('\n');
    body
}

fn clamp_span(span: Range<usize>, len: usize) -> Range<usize> {
    let start = span.start.min(len);
    let end = span.end.clamp(start, len);
    start..end
}

/// Whether a character must not reach a terminal as it is: control characters
/// (other than tab and line feed, which lay text out), bidirectional embeddings,
/// overrides, isolates and marks (which reorder what is shown, CVE-2021-42574
/// "Trojan Source"), and invisible characters (zero-width spaces and joiners, word
/// joiner, invisible operators, byte-order mark, soft hyphen, tag characters) that
/// make two different names look alike.
fn is_unsafe(c: char) -> bool {
    match c {
        '\t' | '\n' => false,
        _ if c.is_control() => true,
        '\u{00AD}'
        | '\u{034F}'
        | '\u{061C}'
        | '\u{115F}'
        | '\u{1160}'
        | '\u{17B4}'
        | '\u{17B5}'
        | '\u{180B}'..='\u{180F}'
        | '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{206F}'
        | '\u{3164}'
        | '\u{FE00}'..='\u{FE0F}'
        | '\u{FEFF}'
        | '\u{FFA0}'
        | '\u{FFF9}'..='\u{FFFB}'
        | '\u{E0000}'..='\u{E0FFF}' => true,
        _ => false,
    }
}

/// `text` with every character that must not reach a terminal as it is written
/// as its escape, `\u{1b}`; borrowed when there is none.
pub fn neutralise(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_unsafe) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        push_shown(&mut out, c);
    }
    Cow::Owned(out)
}

fn push_shown(out: &mut String, c: char) {
    if is_unsafe(c) {
        out.extend(c.escape_unicode());
    } else {
        out.push(c);
    }
}

/// A source text neutralised for display, with the map from offsets in the
/// original to offsets in the shown text, so spans still point at the same text.
struct Neutralised {
    text: String,
    /// `(original offset, shown offset)` at the start of every escaped character
    /// and just after it; empty when nothing was escaped.
    shifts: Vec<(usize, usize)>,
}

impl Neutralised {
    fn new(original: &str) -> Self {
        if !original.chars().any(is_unsafe) {
            return Self {
                text: original.to_owned(),
                shifts: Vec::new(),
            };
        }
        let mut text = String::with_capacity(original.len() + 16);
        let mut shifts = Vec::new();
        for (offset, c) in original.char_indices() {
            if is_unsafe(c) {
                shifts.push((offset, text.len()));
                push_shown(&mut text, c);
                shifts.push((offset + c.len_utf8(), text.len()));
            } else {
                text.push(c);
            }
        }
        Self { text, shifts }
    }

    /// Where an offset of the original lands in the shown text.
    fn offset(&self, original: usize) -> usize {
        let at = self.shifts.partition_point(|(o, _)| *o <= original);
        match at.checked_sub(1).map(|i| self.shifts[i]) {
            None => original,
            Some((o, shown)) => shown + (original - o),
        }
    }

    fn span(&self, span: Range<usize>) -> Range<usize> {
        self.offset(span.start)..self.offset(span.end)
    }
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

/// Every diagnostic as a pretty-printed JSON array (JSON escapes what a terminal
/// would interpret; tools get the text exactly).
pub fn json(diags: &[Diagnostic], sources: &SourceMap) -> String {
    let items: Vec<JsonDiagnostic> = diags
        .iter()
        .map(|d| JsonDiagnostic::new(d, sources))
        .collect();
    serde_json::to_string_pretty(&items).unwrap_or_else(|_| "[]".into())
}

/// "2 errors, 1 warning"
pub fn tally(diags: &[Diagnostic]) -> String {
    let errors = diags.iter().filter(|d| d.is_error()).count();
    let warnings = diags.len() - errors;
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    format!(
        "{}, {}",
        plural(errors, "error"),
        plural(warnings, "warning")
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::codes::UNKNOWN_FIELD;

    #[test]
    fn unsafe_characters_are_escaped() {
        assert_eq!(neutralise("_ga"), "_ga");
        assert!(matches!(neutralise("bäsket\tx"), Cow::Borrowed(_)));
        assert_eq!(neutralise("a\u{1b}[31mb"), "a\\u{1b}[31mb");
        assert_eq!(
            neutralise("x\u{202e}y\u{200d}z\r"),
            "x\\u{202e}y\\u{200d}z\\u{d}"
        );
        assert_eq!(neutralise("\u{9b}\u{feff}"), "\\u{9b}\\u{feff}");
    }

    #[test]
    fn spans_follow_the_escaped_source() {
        let text = "a = \"\u{1b}[2J\"\nname = \"\u{202e}bad\"\n";
        let shown = Neutralised::new(text);
        let start = text.find("bad").unwrap();
        let span = shown.span(start..start + 3);
        assert_eq!(&shown.text[span], "bad");
        let esc = text.find('\u{1b}').unwrap();
        assert_eq!(&shown.text[shown.span(esc..esc + 1)], "\\u{1b}");
    }

    #[test]
    fn human_output_carries_no_raw_control_characters() {
        let mut sources = SourceMap::default();
        let text = "[[cookies]]\nname = \"x\u{1b}]0;pwned\u{7}\u{202e}\"\n";
        let file = sources.add("p\u{1b}.toml".into(), text.into());
        let start = text.find("x\u{1b}").unwrap();
        let diag = Diagnostic::error(UNKNOWN_FIELD, "cookie `x\u{1b}]0;pwned\u{7}`")
            .at(file, start..start + 14)
            .label("here \u{202e}")
            .help("rename \u{200b}it");
        for style in [Style::Plain, Style::Colour] {
            let out = render_human(&diag, &sources, style);
            let raw: Vec<char> = out
                .chars()
                .filter(|c| is_unsafe(*c) && (style == Style::Plain || *c != '\u{1b}'))
                .collect();
            assert!(raw.is_empty(), "{raw:?} in {out}");
            assert!(out.contains("x\\u{1b}]0;pwned\\u{7}"), "{out}");
            assert!(out.contains("p\\u{1b}.toml:2:9"), "{out}");
        }
    }
}
