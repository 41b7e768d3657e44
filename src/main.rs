//! The `disclose` binary: parse arguments, run the command, print its failure once and
//! map the outcome to an exit code.

mod cli;
mod cmd;

use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    // A reader that stops early (`disclose locales | head`) ends the process the way
    // it ends any command-line tool, not with a panic about a broken pipe. Output
    // folders stay whole either way: they are swapped in atomically.
    #[cfg(unix)]
    sigpipe::reset();
    let cli = cli::Cli::parse();
    let exit = match cmd::run(&cli) {
        Ok(exit) => exit,
        Err(failure) => {
            eprint!("{}", failure.text);
            failure.exit
        }
    };
    ExitCode::from(exit as u8)
}
