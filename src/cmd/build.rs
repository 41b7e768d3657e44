//! `disclose build`: catalogues in, pages and manifests out.

use super::{Exit, Failure, Result};
use crate::cli::{BuildArgs, ColorChoice};
use disclose::build::{BuildOptions, build};
use disclose::diag::print::{human, tally};
use disclose::output::{self, Output};
use disclose::render::Format;
use std::time::Instant;

pub fn run(args: &BuildArgs, color: ColorChoice) -> Result {
    let started = Instant::now();
    let style = super::stderr_style(color);
    let catalogues = super::catalogue_paths(&args.catalogues, &args.project, color)?;
    let mut options = BuildOptions::new(&args.project, catalogues);
    if !args.formats.is_empty() {
        // Always in the canonical order, whatever order they were given in.
        options.formats = Format::ALL
            .iter()
            .copied()
            .filter(|f| args.formats.contains(f))
            .collect();
    }
    options.front_matter = args.front_matter;
    let announce = || {
        eprintln!(
            "waiting for another build into {} to finish (--no-wait gives up instead)",
            args.out.display()
        )
    };
    let if_busy = if args.no_wait {
        output::IfBusy::Fail
    } else {
        output::IfBusy::Wait(&announce)
    };
    // Files are written as catalogues complete: the output folder is checked first.
    let output = if args.check {
        Output::check(&args.out, if_busy)?
    } else {
        output::check_out_dir(&args.out, &options.catalogues)
            .map_err(|err| Failure::usage(format!("{err:#}")))?;
        #[cfg(unix)]
        remove_staging_on_signals();
        Output::write(&args.out, if_busy)?
    };
    let built = build(&options, output, !args.no_cache)?;
    if !built.loaded.diagnostics.is_empty() {
        eprintln!(
            "{}",
            human(&built.loaded.diagnostics, &built.loaded.sources, style)
        );
    }
    let Some(finished) = built.finished else {
        return Err(Failure {
            exit: Exit::Invalid,
            text: format!(
                "build failed: {}; nothing was written\n",
                tally(&built.loaded.diagnostics)
            ),
        });
    };
    let policies = built.catalogues;
    let summary = |verb: &str| {
        format!(
            "{verb} {policies} catalogue{} into {}: {} pages, {} files, {:.1} KiB in {} ms",
            if policies == 1 { "" } else { "s" },
            args.out.display(),
            built.pages,
            finished.files,
            finished.bytes as f64 / 1024.0,
            started.elapsed().as_millis()
        )
    };
    if args.check {
        if finished.differences.is_empty() {
            eprintln!("{}; output is up to date", summary("checked"));
            return Ok(Exit::Success);
        }
        for difference in &finished.differences {
            println!("{difference}");
        }
        eprintln!(
            "{} file(s) in {} differ from a fresh build; run `disclose build` to update",
            finished.differences.len(),
            args.out.display()
        );
        return Ok(Exit::Invalid);
    }
    for warning in &finished.report.warnings {
        eprintln!("warning: {warning}");
    }
    eprintln!(
        "{}; {} changed, {} removed; {} of {policies} catalogue{} reused unchanged",
        summary("built"),
        finished.report.changed,
        finished.report.removed,
        built.reused,
        if policies == 1 { "" } else { "s" },
    );
    Ok(Exit::Success)
}

/// SIGTERM and SIGINT (Ctrl-C) stop a writing build as they always did, but first its
/// staging folder is removed; the process then dies of the signal, so the caller sees
/// the usual status (143, 130). A signal during the swap waits for it to finish.
#[cfg(unix)]
fn remove_staging_on_signals() {
    use signal_hook::consts::{SIGINT, SIGTERM};
    let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGINT, SIGTERM]) else {
        return;
    };
    std::thread::spawn(move || {
        if let Some(signal) = signals.forever().next() {
            output::abandon();
            let _ = signal_hook::low_level::emulate_default_handler(signal);
            std::process::exit(128 + signal);
        }
    });
}
