//! `disclose locales`: message coverage per locale, as a table.

use super::{Exit, Result};
use crate::cli::LocalesArgs;
use disclose::i18n::Messages;

pub fn run(args: &LocalesArgs) -> Result {
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
