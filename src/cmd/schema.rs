//! `disclose schema`: the JSON Schema of catalogues, or with `--manifest` of manifest.json.

use super::{Exit, Failure, Result};
use crate::cli::SchemaArgs;

pub fn run(args: &SchemaArgs) -> Result {
    let schema = if args.manifest {
        disclose::render::manifest::json_schema()
    } else {
        disclose::catalogue::json_schema()
    };
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    text.push('\n');
    match &args.out {
        None => print!("{text}"),
        Some(path) => {
            std::fs::write(path, text)
                .map_err(|err| Failure::invalid(format!("writing {}: {err}", path.display())))?;
            eprintln!("wrote {}", path.display());
        }
    }
    Ok(Exit::Success)
}
