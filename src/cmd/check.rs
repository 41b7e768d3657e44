//! `disclose check`: load and validate catalogues, print every finding, write nothing.

use crate::Exit;
use crate::cli::{CheckArgs, ColorChoice, Format};
use disclose::check::{CheckOptions, check};

pub fn run(args: &CheckArgs, color: ColorChoice) -> Exit {
    let paths = match super::catalogue_paths(&args.catalogues, &args.project) {
        Ok(paths) => paths,
        Err(diag) => {
            eprint!(
                "{}",
                super::human(&[*diag], &Default::default(), super::stderr_style(color))
            );
            return Exit::Invalid;
        }
    };
    let options = CheckOptions {
        project: args.project.clone(),
        catalogues: paths.clone(),
        strict_translations: args.strict_translations,
    };
    let loaded = match check(&options) {
        Ok(loaded) => loaded,
        Err(err) => {
            eprintln!("error: {err:#}");
            return Exit::Invalid;
        }
    };
    match args.format {
        Format::Human => {
            let style = super::stdout_style(color);
            if !loaded.diagnostics.is_empty() {
                println!(
                    "{}",
                    super::human(&loaded.diagnostics, &loaded.sources, style)
                );
            }
            eprintln!(
                "checked {} catalogue{}: {}",
                paths.len(),
                if paths.len() == 1 { "" } else { "s" },
                super::tally(&loaded.diagnostics)
            );
        }
        Format::Json => println!("{}", super::json(&loaded.diagnostics, &loaded.sources)),
    }
    if loaded.has_errors() {
        Exit::Invalid
    } else {
        Exit::Success
    }
}
