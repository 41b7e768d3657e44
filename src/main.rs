//! The `disclose` binary: parse arguments, call the library, map the outcome to an exit code.

mod cli;
mod cmd;

use clap::Parser;
use std::process::ExitCode;

/// Exit codes, named once: 0 success, 1 invalid catalogue or failed check, 2 usage error.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    Success = 0,
    Invalid = 1,
    Usage = 2,
}

fn main() -> ExitCode {
    // A reader that stops early (`disclose locales | head`) ends the process the way
    // it ends any command-line tool, not with a panic about a broken pipe. Output
    // folders stay whole either way: they are swapped in atomically.
    #[cfg(unix)]
    sigpipe::reset();
    let cli = cli::Cli::parse();
    let exit = match &cli.command {
        cli::Command::Build(args) => cmd::build::run(args, cli.color),
        cli::Command::Check(args) => cmd::check::run(args, cli.color),
        cli::Command::Locales(args) => cmd::locales::run(args),
        cli::Command::Schema(args) => cmd::schema::run(args),
        cli::Command::Explain(args) => cmd::explain::run(args),
        cli::Command::Templates(command) => cmd::templates::run(command),
    };
    ExitCode::from(exit as u8)
}
