//! `disclose check`: load and validate catalogues, print every finding, write nothing.

use super::{Exit, Failure, Result};
use crate::cli::{CheckArgs, ColorChoice, Format};
use disclose::check::{CheckOptions, check};
use disclose::diag::print::{human, json, tally};
use disclose::lint::{Level, LintConfig};

pub fn run(args: &CheckArgs, color: ColorChoice) -> Result {
    let paths = super::catalogue_paths(&args.catalogues, &args.project, color)?;
    // `--deny warnings` sets the `warnings` group, which also raises the warnings
    // that are not compliance rules.
    let mut lints = LintConfig::default();
    let flags = [
        (&args.allow, Level::Allow),
        (&args.warn, Level::Warn),
        (&args.deny, Level::Deny),
    ];
    for (rules, level) in flags {
        for rule in rules {
            lints.set(rule, level).map_err(Failure::usage)?;
        }
    }
    let options = CheckOptions {
        project: args.project.clone(),
        catalogues: paths.clone(),
        strict_translations: args.strict_translations,
        lints,
    };
    let loaded = check(&options)?;
    match args.format {
        Format::Human => {
            let style = super::stdout_style(color);
            if !loaded.diagnostics.is_empty() {
                println!("{}", human(&loaded.diagnostics, &loaded.sources, style));
            }
            eprintln!(
                "checked {} catalogue{}: {}",
                paths.len(),
                if paths.len() == 1 { "" } else { "s" },
                tally(&loaded.diagnostics)
            );
        }
        Format::Json => println!("{}", json(&loaded.diagnostics, &loaded.sources)),
        Format::Sarif => println!(
            "{}",
            serde_json::to_string_pretty(&disclose::diag::sarif::sarif(
                &loaded.diagnostics,
                &loaded.sources
            ))
            .unwrap_or_default()
        ),
    }
    Ok(if loaded.has_errors() {
        Exit::Invalid
    } else {
        Exit::Success
    })
}
