//! Command-line arguments. Parsing only: every command is carried out by the library.

use clap::{Args, Parser, Subcommand, ValueEnum};
use disclose::render::{Format as PageFormat, FrontMatter};
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
    /// Compare two versions of the catalogues: typed changes, each classified as
    /// material, consent or editorial; exit 1 when any is material or consent.
    Diff(DiffArgs),
    /// Record a release in the catalogue's [[changes]]: the changes since the last
    /// release, a new [policy] version and effective date.
    Release(ReleaseArgs),
    /// Explain a diagnostic code: what it means (for a rule, why it matters and the
    /// law), an example and the fix.
    Explain(ExplainArgs),
    /// Print the JSON Schema of catalogue files (for editors and validators).
    Schema(SchemaArgs),
    /// Show how complete the messages of every shipped and project locale are, or
    /// begin a translation (`locales new TAG`).
    Locales(LocalesArgs),
    /// List the templates or copy built-in ones into the project to customise them.
    #[command(subcommand)]
    Templates(TemplatesCommand),
}

#[derive(Debug, Subcommand)]
pub enum TemplatesCommand {
    /// List every built-in template and the project files that replace them.
    List {
        /// Project folder whose templates/ replaces built-ins.
        #[arg(long, default_value = ".")]
        project: PathBuf,
    },
    /// Copy built-in templates into the project's templates/ folder.
    Eject(EjectArgs),
}

#[derive(Debug, Args)]
pub struct EjectArgs {
    /// Template names (e.g. cookie-policy.html.tera); omit to copy every built-in.
    pub names: Vec<String>,

    /// Project folder; templates are written to its templates/ folder.
    #[arg(long, default_value = ".")]
    pub project: PathBuf,

    /// Overwrite files that already exist.
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct ExplainArgs {
    /// Code or name, e.g. DL004, unknown-field, DL202 or privacy-shield-transfer; omit
    /// to list every code.
    pub rule: Option<String>,
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
    #[command(subcommand)]
    pub command: Option<LocalesCommand>,

    /// Project folder whose locales/ adds or overrides messages.
    #[arg(long, default_value = ".", global = true)]
    pub project: PathBuf,

    /// List the missing message ids of each incomplete locale.
    #[arg(long)]
    pub missing: bool,
}

#[derive(Debug, Subcommand)]
pub enum LocalesCommand {
    /// Begin a translation: write locales/TAG.ftl with every message commented out
    /// under its English text, and a header on Fluent syntax and the language's plurals.
    New {
        /// BCP 47 tag of the language, e.g. `nb`, `de-AT`.
        tag: String,
    },
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

    /// Page formats, comma-separated: html, fragment (the <article> alone, for a
    /// site's own layout), markdown. Default: all.
    #[arg(long = "format", value_delimiter = ',', value_name = "FORMAT", value_parser = parse_page_format)]
    pub formats: Vec<PageFormat>,

    /// Front matter of Markdown pages: hugo (YAML), zola (TOML), jekyll (YAML) or none.
    #[arg(long, default_value = "hugo", value_parser = parse_front_matter)]
    pub front_matter: FrontMatter,

    /// Render every catalogue, reusing nothing from the cache in the output folder
    /// (.disclose-cache), and write no cache.
    #[arg(long)]
    pub no_cache: bool,

    /// Fail at once when another build is writing to the same output folder,
    /// instead of waiting for it to finish.
    #[arg(long)]
    pub no_wait: bool,

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

    /// Do not check a rule (code or name); repeatable.
    #[arg(long, short = 'A', value_name = "RULE")]
    pub allow: Vec<String>,

    /// Report a rule as a warning; repeatable.
    #[arg(long, short = 'W', value_name = "RULE")]
    pub warn: Vec<String>,

    /// Report a rule as an error; repeatable. `--deny warnings` makes every warning an error.
    #[arg(long, short = 'D', value_name = "RULE")]
    pub deny: Vec<String>,

    /// Output format of the findings.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,

    /// Project folder holding policies/, templates/ and locales/.
    #[arg(long, default_value = ".")]
    pub project: PathBuf,
}

#[derive(Debug, Args)]
pub struct DiffArgs {
    /// The old side: a catalogue file or folder, or a git revision of the project
    /// (tag, branch, commit). Default: HEAD.
    pub old: Option<String>,

    /// The new side, the same way. Default: the project's policies/ as on disk.
    pub new: Option<String>,

    /// Output format.
    #[arg(long, value_enum, default_value_t = DiffFormat::Human)]
    pub format: DiffFormat,

    /// Language the changes are worded in (a shipped or project locale); default:
    /// each catalogue's default locale.
    #[arg(long)]
    pub locale: Option<String>,

    /// Project folder holding policies/ and locales/, inside the git work tree.
    #[arg(long, default_value = ".")]
    pub project: PathBuf,
}

#[derive(Debug, Args)]
pub struct ReleaseArgs {
    /// The catalogue file or folder; default: the project's only catalogue.
    pub catalogue: Option<PathBuf>,

    /// The new version; default: the current [policy] version with its last number
    /// raised (1.0 → 1.1).
    #[arg(long)]
    pub version: Option<String>,

    /// When the release takes effect: a TOML date (2024-06-01), a date-time with
    /// offset, or a month as "2024-06" (quoted). Default: today (UTC).
    #[arg(long)]
    pub effective: Option<String>,

    /// Count the changes from this catalogue path or git revision instead of the
    /// commit that recorded the last release.
    #[arg(long)]
    pub since: Option<String>,

    /// Project folder holding policies/, inside the git work tree.
    #[arg(long, default_value = ".")]
    pub project: PathBuf,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DiffFormat {
    Human,
    Json,
    /// A Markdown table per catalogue, e.g. for a pull-request comment.
    Markdown,
}

fn parse_page_format(s: &str) -> Result<PageFormat, String> {
    s.parse()
}

fn parse_front_matter(s: &str) -> Result<FrontMatter, String> {
    s.parse()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Human,
    Json,
    /// SARIF 2.1.0, for code-scanning annotations in CI.
    Sarif,
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
