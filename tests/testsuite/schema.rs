//! The catalogue JSON Schema: committed copy is current, and real catalogues validate
//! against it with an independent validator (check-jsonschema).

use crate::harness::{fixture, read, repo_root};
use crate::tools::{Tool, require};
use std::process::Command;

#[test]
fn committed_schema_matches_the_types() {
    let mut generated = serde_json::to_string_pretty(&disclose::catalogue::json_schema()).unwrap();
    generated.push('\n');
    let committed = read(repo_root().join("schema/catalogue.schema.json"));
    assert!(
        generated == committed,
        "schema/catalogue.schema.json is stale: run `cargo run -- schema --out schema/catalogue.schema.json`"
    );
}

/// check-jsonschema, an independent validator (scripts/test.sh installs it).
fn validator() -> Option<Command> {
    let [program] = require(
        "validating with check-jsonschema",
        [Tool::check_jsonschema()],
    )?;
    Some(Command::new(program))
}

fn catalogue_files() -> Vec<std::path::PathBuf> {
    let mut files = vec![fixture("valid").join("catalogue.toml")];
    let mut stack = vec![repo_root().join("policies")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "toml") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

#[test]
fn bundled_catalogues_validate_against_the_schema() {
    let Some(mut validator) = validator() else {
        return;
    };
    let output = validator
        .arg("--check-metaschema")
        .arg(repo_root().join("schema/catalogue.schema.json"))
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stdout)
    );
    let output = Command::new("check-jsonschema")
        .arg("--schemafile")
        .arg(repo_root().join("schema/catalogue.schema.json"))
        .args(catalogue_files())
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}

#[test]
fn bundled_manifests_validate_against_the_manifest_schema() {
    let Some(mut validator) = validator() else {
        return;
    };
    let out = repo_root().join("out");
    let mut manifests: Vec<_> = std::fs::read_dir(&out)
        .unwrap()
        .flatten()
        .map(|e| e.path().join("manifest.json"))
        .filter(|p| p.exists())
        .collect();
    manifests.sort();
    assert!(manifests.len() >= 3, "{manifests:?}");
    let output = validator
        .arg("--schemafile")
        .arg(out.join("schema/manifest.schema.json"))
        .args(&manifests)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}

#[test]
fn the_schema_rejects_what_the_loader_rejects() {
    let Some(mut validator) = validator() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.toml");
    std::fs::write(&bad, "[policy]\nid = \"x\"\nname = \"X\"\ndefault_locale = \"en\"\n\n[[cookies]]\nname = \"a\"\nprovider = \"first-party\"\ncategory = \"analytic\"\n").unwrap();
    let output = validator
        .arg("--schemafile")
        .arg(repo_root().join("schema/catalogue.schema.json"))
        .arg(&bad)
        .output()
        .unwrap();
    assert!(
        !output.status.success(),
        "an unknown category must fail validation"
    );
}
