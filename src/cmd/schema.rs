//! `disclose schema`: the JSON Schema of catalogues, or with `--manifest` of manifest.json.

use crate::Exit;
use crate::cli::SchemaArgs;

pub fn run(args: &SchemaArgs) -> Exit {
    let schema = if args.manifest {
        disclose::render::manifest::json_schema()
    } else {
        disclose::catalogue::json_schema()
    };
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
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
