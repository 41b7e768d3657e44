//! One file per command: turn arguments into library calls and print the results.
//! A command returns its [`Exit`], or a [`Failure`] that `main` prints once.

pub mod build;
pub mod check;
pub mod diff;
pub mod explain;
pub mod locales;
pub mod release;
pub mod schema;
pub mod templates;

use crate::cli::{Cli, ColorChoice, Command};
use disclose::diag::print::{Style, human, neutralise};
use disclose::diag::{Diagnostic, SourceMap};
use disclose::project;
use std::fmt::Display;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};

/// Exit codes, named once: 0 success, 1 invalid catalogue or failed check, 2 usage error.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    Success = 0,
    Invalid = 1,
    Usage = 2,
}

/// A command that could not do its job: the text for stderr (neutralised, ready to
/// print) and the exit code.
#[derive(Debug)]
pub struct Failure {
    pub exit: Exit,
    pub text: String,
}

impl Failure {
    /// `error: …` with exit code 2: the command line asked for something impossible.
    pub fn usage(message: impl Display) -> Self {
        Self::error(Exit::Usage, message)
    }

    /// `error: …` with exit code 1: the input is invalid or a step failed.
    pub fn invalid(message: impl Display) -> Self {
        Self::error(Exit::Invalid, message)
    }

    fn error(exit: Exit, message: impl Display) -> Self {
        Self {
            exit,
            text: format!("error: {}\n", neutralise(&message.to_string())),
        }
    }

    /// Diagnostics without sources (exit code 1), drawn in `style`.
    fn diagnostic(diag: Diagnostic, style: Style) -> Self {
        Self {
            exit: Exit::Invalid,
            text: human(&[diag], &SourceMap::default(), style),
        }
    }
}

/// Errors of the library's plumbing (I/O, templates) carry their context chain.
impl From<anyhow::Error> for Failure {
    fn from(err: anyhow::Error) -> Self {
        Self::invalid(format!("{err:#}"))
    }
}

pub type Result<T = Exit> = std::result::Result<T, Failure>;

/// Run the command the command line names.
pub fn run(cli: &Cli) -> Result {
    match &cli.command {
        Command::Build(args) => build::run(args, cli.color),
        Command::Check(args) => check::run(args, cli.color),
        Command::Diff(args) => diff::run(args, cli.color),
        Command::Release(args) => release::run(args, cli.color),
        Command::Locales(args) => locales::run(args),
        Command::Schema(args) => schema::run(args),
        Command::Explain(args) => explain::run(args),
        Command::Templates(command) => templates::run(command),
    }
}

/// The catalogues named on the command line, or every catalogue of the project.
pub fn catalogue_paths(
    named: &[PathBuf],
    project_dir: &Path,
    color: ColorChoice,
) -> Result<Vec<PathBuf>> {
    if !named.is_empty() {
        return Ok(named.to_vec());
    }
    project::discover(project_dir).map_err(|diag| Failure::diagnostic(*diag, stderr_style(color)))
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
