//! `disclose build`: catalogues in, pages and manifests out.

use crate::Exit;
use crate::cli::{BuildArgs, ColorChoice};
use disclose::build::{BuildOptions, render_all};
use disclose::output;
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
            .into_iter()
            .filter(|f| args.formats.contains(f))
            .collect();
    }
    options.front_matter = args.front_matter;
    let rendered = match render_all(&options) {
        Ok(rendered) => rendered,
        Err(err) => {
            eprintln!("error: {err:#}");
            return Exit::Invalid;
        }
    };
    if !rendered.loaded.diagnostics.is_empty() {
        eprintln!(
            "{}",
            super::human(
                &rendered.loaded.diagnostics,
                &rendered.loaded.sources,
                style
            )
        );
    }
    let Some(plan) = rendered.plan else {
        eprintln!(
            "build failed: {}; nothing was written",
            super::tally(&rendered.loaded.diagnostics)
        );
        return Exit::Invalid;
    };
    let policies = rendered.loaded.policies.len();
    let summary = |verb: &str| {
        format!(
            "{verb} {policies} catalogue{} into {}: {} pages, {} files, {:.1} KiB in {} ms",
            if policies == 1 { "" } else { "s" },
            args.out.display(),
            rendered.pages,
            plan.len(),
            plan.total_bytes() as f64 / 1024.0,
            started.elapsed().as_millis()
        )
    };
    if args.check {
        let differences = output::compare(&args.out, &plan);
        if differences.is_empty() {
            eprintln!("{}; output is up to date", summary("checked"));
            return Exit::Success;
        }
        for difference in &differences {
            println!("{difference}");
        }
        eprintln!(
            "{} file(s) in {} differ from a fresh build; run `disclose build` to update",
            differences.len(),
            args.out.display()
        );
        return Exit::Invalid;
    }
    if let Err(err) = output::check_out_dir(&args.out, &options.catalogues) {
        eprintln!("error: {err:#}");
        return Exit::Usage;
    }
    match output::write(&args.out, &plan) {
        Ok(report) => {
            eprintln!(
                "{}; {} changed, {} removed",
                summary("built"),
                report.changed,
                report.removed
            );
            Exit::Success
        }
        Err(err) => {
            eprintln!("error: {err:#}");
            Exit::Invalid
        }
    }
}
