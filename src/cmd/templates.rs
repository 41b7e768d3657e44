//! `disclose templates`: list the built-in templates, copy them out for customising.

use super::{Exit, Failure, Result};
use crate::cli::{EjectArgs, TemplatesCommand};
use disclose::render::templates::{BUILTIN_TEMPLATES, Templates, eject};
use std::path::Path;

pub fn run(command: &TemplatesCommand) -> Result {
    match command {
        TemplatesCommand::List { project } => list(project),
        TemplatesCommand::Eject(args) => run_eject(args),
    }
}

fn list(project: &Path) -> Result {
    let dir = project.join("templates");
    let templates = Templates::load(Some(&dir))?;
    let overrides = templates.overrides();
    for &(name, builtin) in BUILTIN_TEMPLATES {
        let slot = name
            .strip_suffix(".tera")
            .or_else(|| name.strip_suffix(".hbs"))
            .unwrap_or(name);
        match overrides.iter().find(|(s, _)| *s == slot) {
            // A copy left as it was ejected (or this repository's own templates/):
            // say so, rather than suggest the output differs.
            Some((_, path)) if std::fs::read_to_string(path).is_ok_and(|text| text == builtin) => {
                println!(
                    "{name:<28} replaced by {} (same as the built-in)",
                    path.display()
                )
            }
            Some((_, path)) => println!("{name:<28} replaced by {}", path.display()),
            None => println!("{name:<28} built-in"),
        }
    }
    for (slot, path) in &overrides {
        let known =
            Templates::builtin_names().any(|n| n.starts_with(&format!("{slot}.")) || n == *slot);
        if !known {
            println!("{:<28} project partial {}", slot, path.display());
        }
    }
    Ok(Exit::Success)
}

fn run_eject(args: &EjectArgs) -> Result {
    let dir = args.project.join("templates");
    let written =
        eject(&dir, &args.names, args.force).map_err(|err| Failure::usage(format!("{err:#}")))?;
    for path in &written {
        println!("{}", path.display());
    }
    eprintln!(
        "copied {} template{} into {}; edit them there: they replace the built-ins by name (docs/templates.md)",
        written.len(),
        if written.len() == 1 { "" } else { "s" },
        dir.display()
    );
    Ok(Exit::Success)
}
