//! `disclose check`: load and validate catalogues, print every finding, write nothing.

use crate::Exit;
use crate::cli::{CheckArgs, ColorChoice, Format};
use disclose::check::{CheckOptions, check};
use disclose::lint::{Level, LintConfig};

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
    let mut lints = LintConfig::default();
    let flags = [
        (&args.allow, Level::Allow),
        (&args.warn, Level::Warn),
        (&args.deny, Level::Deny),
    ];
    for (rules, level) in flags {
        for rule in rules {
            if let Err(message) = lints.set(rule, level) {
                eprintln!("error: {message}");
                return Exit::Usage;
            }
        }
    }
    // `--deny warnings` also covers the warnings that are not compliance rules.
    let deny_warnings = args.deny.iter().any(|r| r == disclose::lint::WARNINGS);
    let options = CheckOptions {
        project: args.project.clone(),
        catalogues: paths.clone(),
        strict_translations: args.strict_translations,
        lints,
    };
    let mut loaded = match check(&options) {
        Ok(loaded) => loaded,
        Err(err) => {
            eprintln!("error: {err:#}");
            return Exit::Invalid;
        }
    };
    if deny_warnings {
        for diag in &mut loaded.diagnostics {
            if diag.severity == disclose::diag::Severity::Warning {
                diag.severity = disclose::diag::Severity::Error;
            }
        }
    }
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
        Format::Sarif => println!(
            "{}",
            serde_json::to_string_pretty(&disclose::lint::sarif(
                &loaded.diagnostics,
                &loaded.sources
            ))
            .unwrap_or_default()
        ),
    }
    if loaded.has_errors() {
        Exit::Invalid
    } else {
        Exit::Success
    }
}
