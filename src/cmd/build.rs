//! `disclose build`: catalogues in, pages and manifests out.

use crate::Exit;
use crate::cli::{BuildArgs, ColorChoice};
use disclose::build::{BuildOptions, build};
use disclose::output::{self, Output};
use disclose::render::Format;
use std::time::Instant;

pub fn run(args: &BuildArgs, color: ColorChoice) -> Exit {
    let started = Instant::now();
    let style = super::stderr_style(color);
    let catalogues = match super::catalogue_paths(&args.catalogues, &args.project) {
        Ok(paths) => paths,
        Err(diag) => {
            eprint!("{}", super::human(&[*diag], &Default::default(), style));
            return Exit::Invalid;
        }
    };
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
    // Files are written as catalogues complete: the output folder is checked first.
    let output = if args.check {
        Output::compare(&args.out)
    } else {
        if let Err(err) = output::check_out_dir(&args.out, &options.catalogues) {
            eprintln!("error: {err:#}");
            return Exit::Usage;
        }
        match Output::write(&args.out) {
            Ok(output) => output,
            Err(err) => {
                eprintln!("error: {err:#}");
                return Exit::Invalid;
            }
        }
    };
    let built = match build(&options, output, !args.no_cache) {
        Ok(built) => built,
        Err(err) => {
            eprintln!("error: {err:#}");
            return Exit::Invalid;
        }
    };
    if !built.loaded.diagnostics.is_empty() {
        eprintln!(
            "{}",
            super::human(&built.loaded.diagnostics, &built.loaded.sources, style)
        );
    }
    let Some(finished) = built.finished else {
        eprintln!(
            "build failed: {}; nothing was written",
            super::tally(&built.loaded.diagnostics)
        );
        return Exit::Invalid;
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
            return Exit::Success;
        }
        for difference in &finished.differences {
            println!("{difference}");
        }
        eprintln!(
            "{} file(s) in {} differ from a fresh build; run `disclose build` to update",
            finished.differences.len(),
            args.out.display()
        );
        return Exit::Invalid;
    }
    eprintln!(
        "{}; {} changed, {} removed; {} of {policies} catalogue{} reused unchanged",
        summary("built"),
        finished.report.changed,
        finished.report.removed,
        built.reused,
        if policies == 1 { "" } else { "s" },
    );
    Exit::Success
}
