//! SARIF 2.1.0 output, for GitHub code scanning and other static-analysis viewers.
//!
//! One run, with `disclose` as the tool and every registered code
//! ([`super::codes::all`]: the structural codes DL001–DL0xx, then the compliance
//! rules) as a reporting descriptor with its long explanation as help, so a viewer
//! explains a structural error as it explains a rule. Every result points at its
//! descriptor (`ruleIndex`). Columns are counted in Unicode code points
//! (`columnKind`), as [`SourceMap::line_col`] counts them.

use super::codes::{self, Code};
use super::{Diagnostic, SourceMap};
use serde_json::{Value, json};

pub const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

/// Where to read about the tool: the package's repository or homepage when
/// Cargo.toml names one, otherwise its crates.io page.
fn information_uri() -> &'static str {
    [env!("CARGO_PKG_REPOSITORY"), env!("CARGO_PKG_HOMEPAGE")]
        .into_iter()
        .find(|u| !u.is_empty())
        .unwrap_or("https://crates.io/crates/disclose")
}

/// A SARIF 2.1.0 log of `diags`, with locations resolved through `sources`.
pub fn sarif(diags: &[Diagnostic], sources: &SourceMap) -> Value {
    let rules: Vec<Value> = codes::all().map(descriptor).collect();

    let results: Vec<Value> = diags.iter().map(|d| result(d, sources)).collect();

    json!({
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {
                "driver": {
                    "name": "disclose",
                    "informationUri": information_uri(),
                    "version": env!("CARGO_PKG_VERSION"),
                    "rules": rules,
                }
            },
            "columnKind": "unicodeCodePoints",
            "results": results,
        }]
    })
}

/// The reporting descriptor of a code.
fn descriptor(code: &Code) -> Value {
    let help = code.long_explanation().trim();
    let (full, properties) = if code.is_rule() {
        (
            format!("{} ({})", code.summary, code.source),
            json!({ "legalSource": code.source, "tags": [family(code.code), "compliance"] }),
        )
    } else {
        (
            code.summary.to_owned(),
            json!({ "tags": [family(code.code)] }),
        )
    };
    json!({
        "id": code.code,
        "name": code.name,
        "shortDescription": { "text": code.summary },
        "fullDescription": { "text": full },
        "help": { "text": help, "markdown": help },
        "defaultConfiguration": { "level": code.default_severity.word() },
        "properties": properties,
    })
}

fn result(diag: &Diagnostic, sources: &SourceMap) -> Value {
    let mut text = diag.message.clone();
    if let Some(help) = &diag.help {
        text.push_str("\nhelp: ");
        text.push_str(help);
    }
    let mut result = json!({
        "ruleId": diag.code,
        "level": diag.severity.word(),
        "message": { "text": text },
    });
    if let Some(index) = codes::all().position(|c| c.code == diag.code) {
        result["ruleIndex"] = json!(index);
    }
    if let Some(loc) = &diag.location {
        let file = sources.file(loc.file);
        let (start_line, start_column) = sources.line_col(loc.file, loc.span.start);
        let (end_line, end_column) = sources.line_col(loc.file, loc.span.end.max(loc.span.start));
        let mut location = json!({
            "physicalLocation": {
                "artifactLocation": { "uri": uri(&file.name) },
                "region": {
                    "startLine": start_line,
                    "startColumn": start_column,
                    "endLine": end_line,
                    "endColumn": end_column,
                }
            }
        });
        if let Some(label) = &diag.label {
            location["message"] = json!({ "text": label });
        }
        result["locations"] = json!([location]);
    }
    result
}

/// DL1xx → "gdpr-art-13-1", …: a tag for grouping rules in viewers.
fn family(code: &str) -> &'static str {
    match code.as_bytes().get(2) {
        Some(b'1') => "gdpr-art-13-1",
        Some(b'2') => "transfers",
        Some(b'3') => "gdpr-art-13-2",
        Some(b'4') => "eprivacy",
        Some(b'5') => "consistency",
        _ => "structure",
    }
}

/// A file path as a URI reference: forward slashes, percent-encoding where a URI
/// needs it; relative paths stay relative, Windows drive paths become `file:///C:/…`.
pub fn uri(path: &str) -> String {
    let slashed = path.replace('\\', "/");
    let mut out = String::with_capacity(slashed.len());
    let bytes = slashed.as_bytes();
    let drive = bytes.len() >= 2 && bytes[0].is_ascii_alphabetic() && bytes[1] == b':';
    if drive {
        out.push_str("file:///");
    }
    for (i, b) in slashed.bytes().enumerate() {
        let keep = b.is_ascii_alphanumeric()
            || b"-._~/!$&'()*+,;=@".contains(&b)
            || (b == b':' && (drive && i == 1));
        if keep {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn structural_codes_have_descriptors_and_locations_may_be_missing() {
        let diags = vec![
            Diagnostic::error(codes::UNREADABLE, "cannot read x"),
            Diagnostic::error(codes::UNKNOWN_FIELD, "unknown field"),
        ];
        let log = sarif(&diags, &SourceMap::default());
        let rules = log["runs"][0]["tool"]["driver"]["rules"]
            .as_array()
            .unwrap();
        assert_eq!(rules.len(), codes::all().count());
        for (i, code) in [(0, "DL001"), (1, "DL004")] {
            let result = &log["runs"][0]["results"][i];
            assert_eq!(result["ruleId"], code);
            let index = result["ruleIndex"].as_u64().unwrap() as usize;
            assert_eq!(rules[index]["id"], code);
            assert!(result.get("locations").is_none());
        }
        let unknown_field =
            &rules[log["runs"][0]["results"][1]["ruleIndex"].as_u64().unwrap() as usize];
        assert_eq!(unknown_field["properties"]["tags"], json!(["structure"]));
        assert!(
            unknown_field["help"]["text"]
                .as_str()
                .unwrap()
                .contains("## Fix")
        );
    }

    #[test]
    fn paths_become_uri_references() {
        assert_eq!(uri("policies/shop.toml"), "policies/shop.toml");
        assert_eq!(uri("policies\\shop.toml"), "policies/shop.toml");
        assert_eq!(
            uri("C:\\work\\my shop.toml"),
            "file:///C:/work/my%20shop.toml"
        );
        assert_eq!(uri("/tmp/a#b.toml"), "/tmp/a%23b.toml");
        assert_eq!(uri("ünï.toml"), "%C3%BCn%C3%AF.toml");
    }
}
