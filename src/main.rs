//! The `disclose` binary: parse arguments, run the command, print its failure once and
//! map the outcome to an exit code.

mod cli;
mod cmd;

use clap::Parser;
use std::alloc::System;
use std::process::ExitCode;

/// The system allocator, counting the bytes in use: PDF compilation keeps Typst's
/// caches within a budget by it (`disclose::heap`).
#[global_allocator]
static HEAP: cap::Cap<System> = cap::Cap::new(System, usize::MAX);

fn main() -> ExitCode {
    // A reader that stops early (`disclose locales | head`) ends the process the way
    // it ends any command-line tool, not with a panic about a broken pipe. Output
    // folders stay whole either way: they are swapped in atomically.
    #[cfg(unix)]
    sigpipe::reset();
    disclose::heap::measure_with(|| HEAP.allocated());
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
