//! `disclose schema`: the catalogue's JSON Schema.

use crate::Exit;
use crate::cli::SchemaArgs;

pub fn run(args: &SchemaArgs) -> Exit {
    let mut text =
        serde_json::to_string_pretty(&disclose::catalogue::json_schema()).unwrap_or_default();
    text.push('\n');
    match &args.out {
        None => {
            print!("{text}");
            Exit::Success
        }
        Some(path) => match std::fs::write(path, text) {
            Ok(()) => {
                eprintln!("wrote {}", path.display());
                Exit::Success
            }
            Err(err) => {
                eprintln!("error: writing {}: {err}", path.display());
                Exit::Invalid
            }
        },
    }
}
