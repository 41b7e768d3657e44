//! One file per command: turn arguments into library calls and print the results.

pub mod build;
pub mod check;
pub mod explain;
pub mod locales;
pub mod schema;
pub mod templates;

use crate::cli::ColorChoice;
use disclose::diag::{Diagnostic, JsonDiagnostic, SourceMap, Style, render_human};
use disclose::project;
use std::io::IsTerminal;
use std::path::PathBuf;

/// The catalogues named on the command line, or every catalogue of the project.
pub fn catalogue_paths(
    named: &[PathBuf],
    project_dir: &std::path::Path,
) -> Result<Vec<PathBuf>, Box<Diagnostic>> {
    if named.is_empty() {
        project::discover(project_dir)
    } else {
        Ok(named.to_vec())
    }
}

/// Colour only on a terminal, and never when NO_COLOR is set.
pub fn style(choice: ColorChoice, terminal: bool) -> Style {
    let colour = match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
    };
    if colour { Style::Colour } else { Style::Plain }
}

pub fn stderr_style(choice: ColorChoice) -> Style {
    style(choice, std::io::stderr().is_terminal())
}

pub fn stdout_style(choice: ColorChoice) -> Style {
    style(choice, std::io::stdout().is_terminal())
}

/// All diagnostics as text, errors and warnings in the order they were found.
pub fn human(diags: &[Diagnostic], sources: &SourceMap, style: Style) -> String {
    diags
        .iter()
        .map(|d| render_human(d, sources, style))
        .collect::<Vec<_>>()
        .join("\n")
}

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
