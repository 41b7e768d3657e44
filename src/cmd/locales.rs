//! `disclose locales`: message coverage per locale, as a table; `locales new TAG`
//! begins a translation.

use super::{Exit, Failure, Result};
use crate::cli::{LocalesArgs, LocalesCommand};
use disclose::i18n::{Messages, new_translation, shipped_sources};
use std::path::Path;
use unic_langid::LanguageIdentifier;

pub fn run(args: &LocalesArgs) -> Result {
    if let Some(LocalesCommand::New { tag }) = &args.command {
        return new(&args.project, tag);
    }
    let messages = Messages::with_project_dir(&args.project.join("locales"))?;
    let mut locales: Vec<_> = messages.locales().cloned().collect();
    locales.sort_by_key(|l| l.to_string());
    println!("{:<10} {:>10} {:>9}", "locale", "messages", "coverage");
    for locale in &locales {
        let c = messages.coverage(locale);
        println!(
            "{:<10} {:>10} {:>8.1}%",
            c.locale,
            format!("{}/{}", c.translated, c.total),
            c.percent()
        );
        if args.missing {
            for id in &c.missing {
                println!("    missing: {id}");
            }
        }
    }
    Ok(Exit::Success)
}

/// Write locales/TAG.ftl, never over an existing file.
fn new(project: &Path, tag: &str) -> Result {
    let locale: LanguageIdentifier = tag.parse().map_err(|_| {
        Failure::usage(format!(
            "`{tag}` is not a locale tag; use a BCP 47 tag such as nb, de-AT or pt-BR"
        ))
    })?;
    let name = locale.to_string();
    if shipped_sources().iter().any(|(t, _)| *t == name) {
        return Err(Failure::usage(format!(
            "disclose ships `{locale}` complete; to change single messages, put only \
             those in locales/{locale}.ftl (docs/languages.md#overriding-a-message)"
        )));
    }
    let dir = project.join("locales");
    let path = dir.join(format!("{locale}.ftl"));
    if path.exists() {
        return Err(Failure::usage(format!(
            "{} exists; `disclose locales --missing` lists what it still lacks",
            path.display()
        )));
    }
    std::fs::create_dir_all(&dir)
        .map_err(|e| Failure::invalid(format!("creating {}: {e}", dir.display())))?;
    std::fs::write(&path, new_translation(&locale))
        .map_err(|e| Failure::invalid(format!("writing {}: {e}", path.display())))?;
    eprintln!(
        "wrote {}: every message commented out under its English text; translate and \
         uncomment them, and see `disclose locales --missing`",
        path.display()
    );
    Ok(Exit::Success)
}
