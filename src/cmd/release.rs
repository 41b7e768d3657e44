//! `disclose release`: record the changes since the last release in the catalogue.

use super::{Exit, Failure, Result};
use crate::cli::{ColorChoice, ReleaseArgs};
use disclose::diff::Side;
use disclose::model::Keyword;
use disclose::release::{ReleaseOptions, release, today};

pub fn run(args: &ReleaseArgs, color: ColorChoice) -> Result {
    let catalogue = match &args.catalogue {
        Some(path) => path.clone(),
        None => {
            let found = super::catalogue_paths(&[], &args.project, color)?;
            match <[_; 1]>::try_from(found) {
                Ok([one]) => one,
                Err(many) => {
                    return Err(Failure::usage(format!(
                        "the project has {} catalogues: name the one to release ({})",
                        many.len(),
                        many.iter()
                            .map(|p| p.display().to_string())
                            .collect::<Vec<_>>()
                            .join(", ")
                    )));
                }
            }
        }
    };
    let options = ReleaseOptions {
        project: args.project.clone(),
        catalogue,
        version: args.version.clone(),
        effective: args.effective.clone().unwrap_or_else(today),
        since: args.since.as_deref().map(|s| Side::parse(s, &args.project)),
    };
    let released = release(&options)?;
    let e = &released.entry;
    eprintln!(
        "recorded version {} (effective {}) in {}: {} change{} since {}",
        e.version,
        e.effective,
        released.file.display(),
        e.changes.len(),
        if e.changes.len() == 1 { "" } else { "s" },
        released.base
    );
    for change in &e.changes {
        eprintln!(
            "  {:<9}  {} {}",
            change.class.keyword(),
            change.kind.keyword(),
            change.subject
        );
    }
    Ok(Exit::Success)
}
