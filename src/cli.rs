//! Command-line arguments. Parsing only: every command is carried out by the library.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(name = "disclose", version, about = "Compile privacy catalogues into cookie and privacy policies", long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,

    /// When to colour diagnostics.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto, global = true)]
    pub color: ColorChoice,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Build policies (HTML, Markdown) and manifests from catalogues.
    Build(BuildArgs),
    /// Load and validate catalogues without writing anything.
    Check(CheckArgs),
    /// Print the JSON Schema of catalogue files (for editors and validators).
    Schema(SchemaArgs),
    /// Show how complete the messages of every shipped and project locale are.
    Locales(LocalesArgs),
}

#[derive(Debug, Args)]
pub struct SchemaArgs {
    /// The schema of manifest.json instead of the catalogue's.
    #[arg(long)]
    pub manifest: bool,

    /// Write the schema to this file instead of standard output.
    #[arg(long, short)]
    pub out: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct LocalesArgs {
    /// Project folder whose locales/ adds or overrides messages.
    #[arg(long, default_value = ".")]
    pub project: PathBuf,

    /// List the missing message ids of each incomplete locale.
    #[arg(long)]
    pub missing: bool,
}

#[derive(Debug, Args)]
pub struct BuildArgs {
    /// Catalogue files or folders; default: every catalogue under policies/.
    pub catalogues: Vec<PathBuf>,

    /// Output folder.
    #[arg(long, short, default_value = "out")]
    pub out: PathBuf,

    /// Compare what would be written with what is in the output folder; exit 1 when they differ.
    #[arg(long)]
    pub check: bool,

    /// Project folder holding policies/, templates/ and locales/.
    #[arg(long, default_value = ".")]
    pub project: PathBuf,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Catalogue files or folders; default: every catalogue under policies/.
    pub catalogues: Vec<PathBuf>,

    /// Report missing translations as errors, not warnings.
    #[arg(long)]
    pub strict_translations: bool,

    /// Output format of the findings.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,

    /// Project folder holding policies/, templates/ and locales/.
    #[arg(long, default_value = ".")]
    pub project: PathBuf,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Human,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn cli_definition_is_consistent() {
        Cli::command().debug_assert();
    }
}
