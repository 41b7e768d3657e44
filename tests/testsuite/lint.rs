//! `disclose check` as a compliance linter: the seeds' legal defects are found with
//! their rule and line, the complete example passes, SARIF output validates, and the
//! CLI controls severities.

use crate::harness::{disclose, fixture, repo_root};
use crate::tools::{Tool, require};
use std::process::Command;

fn findings(args: &[&str]) -> (i32, Vec<serde_json::Value>) {
    let mut all = vec!["check", "--format", "json"];
    all.extend_from_slice(args);
    let run = disclose(&repo_root(), &all);
    (
        run.code,
        serde_json::from_str(&run.stdout).unwrap_or_else(|e| panic!("{e}: {}", run.stdout)),
    )
}

fn located(f: &serde_json::Value) -> String {
    format!(
        "{}@{}:{}",
        f["code"].as_str().unwrap(),
        f["file"].as_str().unwrap_or("-"),
        f["line"]
    )
}

#[test]
fn seeds_get_the_findings_a_privacy_lawyer_would_raise() {
    let (code, found) = findings(&[
        "policies/coolback",
        "policies/coulisse.toml",
        "policies/whmcs-hosting.toml",
    ]);
    assert_eq!(
        code, 1,
        "outdated transfer mechanisms and implied consent are errors"
    );
    let errors: Vec<String> = found
        .iter()
        .filter(|f| f["severity"] == "error")
        .map(located)
        .collect();
    let expect = |code: &str, file: &str| {
        assert!(
            errors
                .iter()
                .any(|e| e.starts_with(&format!("{code}@{file}"))),
            "{code} in {file}: {errors:?}"
        );
    };
    expect("DL201", "policies/coolback/cookies.toml"); // Safe Harbor
    expect("DL202", "policies/coulisse.toml"); // Privacy Shield
    expect("DL202", "policies/whmcs-hosting.toml");
    expect("DL402", "policies/whmcs-hosting.toml"); // implied consent
    let codes: Vec<&str> = found.iter().map(|f| f["code"].as_str().unwrap()).collect();
    for code in ["DL103", "DL305", "DL403", "DL407"] {
        assert!(codes.contains(&code), "{code} missing: {codes:?}");
    }
    for f in &found {
        assert!(
            f["help"].as_str().is_some_and(|h| h.ends_with(')')),
            "help names its legal source: {f}"
        );
    }
}

#[test]
fn the_complete_example_passes_with_no_findings() {
    let (code, found) = findings(&["policies/example-shop.toml"]);
    assert_eq!(code, 0);
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn severity_flags_change_the_outcome() {
    let valid = fixture("valid");
    let run = disclose(&valid, &["check", "catalogue.toml", "--deny", "warnings"]);
    let plain = disclose(&valid, &["check", "catalogue.toml"]);
    assert_eq!(plain.code, 0);
    assert!(
        plain.stderr.contains(": 0 errors,") && !plain.stderr.contains(" 0 warnings"),
        "{}",
        plain.stderr
    );
    assert_eq!(run.code, 1, "--deny warnings fails on warnings");
    let run = disclose(
        &repo_root(),
        &[
            "check",
            "policies/whmcs-hosting.toml",
            "-A",
            "implied-consent",
            "-A",
            "DL202",
            "-A",
            "DL201",
        ],
    );
    assert_eq!(
        run.code, 0,
        "allowing the error rules passes: {}",
        run.stdout
    );
    let run = disclose(&repo_root(), &["check", "--allow", "DL999"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("DL999"), "{}", run.stderr);
}

#[test]
fn explain_prints_the_long_explanation() {
    let run = disclose(&repo_root(), &["explain", "DL202"]);
    assert_eq!(run.code, 0);
    assert!(run.stdout.contains("C-311/18"), "{}", run.stdout);
    let run = disclose(&repo_root(), &["explain", "privacy-shield-transfr"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("privacy-shield-transfer"),
        "{}",
        run.stderr
    );
}

#[test]
fn sarif_output_validates_against_the_sarif_schema() {
    let Some([validator, schema]) = require(
        "validating SARIF against its schema",
        [
            Tool::check_jsonschema(),
            Tool::npm_file(
                "@microsoft/jest-sarif",
                "lib/schemas/sarif-2.1.0-rtm.5.json",
            ),
        ],
    ) else {
        return;
    };
    let run = disclose(&repo_root(), &["check", "--format", "sarif"]);
    assert_eq!(run.code, 1);
    let sarif: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert!(
        sarif["runs"][0]["results"]
            .as_array()
            .is_some_and(|r| !r.is_empty())
    );
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("check.sarif.json");
    std::fs::write(&file, &run.stdout).unwrap();
    let output = Command::new(validator)
        // The published schema has one pattern only Python's regex dialect accepts.
        .args(["--regex-variant", "python", "--schemafile"])
        .arg(&schema)
        .arg(&file)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}

/// The one override sink through the real binary: `--deny warnings` raises a
/// structural warning (DL018, a cookie name with an invisible joiner) to an error,
/// `--allow warnings` drops compliance warnings but never a structural one, and
/// `--strict-translations` raises a missing translation (DL504).
#[test]
fn warnings_group_and_strict_translations_meet_structural_warnings() {
    let shop = std::fs::read_to_string(repo_root().join("policies/example-shop.toml")).unwrap();
    let hostile = shop
        .replacen("name = \"basket\"", "name = \"bas\u{200d}ket\"", 1)
        .replacen(
            "name = { en = \"Keeping your basket\", nl = \"Je winkelmandje bewaren\" }",
            "name = { en = \"Keeping your basket\" }",
            1,
        );
    assert_ne!(hostile, shop);
    let project = crate::harness::project_with(&[("shop.toml", &hostile)]);
    let run = |args: &[&str]| {
        let mut all = vec!["check", "--format", "json"];
        all.extend_from_slice(args);
        let run = disclose(project.path(), &all);
        let found: Vec<serde_json::Value> = serde_json::from_str(&run.stdout)
            .unwrap_or_else(|e| panic!("{e}: {}{}", run.stdout, run.stderr));
        let codes: Vec<String> = found
            .iter()
            .map(|f| {
                format!(
                    "{}:{}",
                    f["code"].as_str().unwrap(),
                    f["severity"].as_str().unwrap()
                )
            })
            .collect();
        (run.code, codes)
    };
    let (code, found) = run(&[]);
    assert_eq!(code, 0, "{found:?}");
    assert!(found.contains(&"DL018:warning".to_owned()), "{found:?}");
    assert!(found.contains(&"DL504:warning".to_owned()), "{found:?}");

    let (code, found) = run(&["--deny", "warnings"]);
    assert_eq!(code, 1, "{found:?}");
    assert!(found.contains(&"DL018:error".to_owned()), "{found:?}");
    assert!(found.contains(&"DL504:error".to_owned()), "{found:?}");

    let (code, found) = run(&["--allow", "warnings"]);
    assert_eq!(code, 0, "{found:?}");
    assert_eq!(
        found,
        ["DL018:warning"],
        "only the structural warning stays"
    );

    let (code, found) = run(&["--strict-translations"]);
    assert_eq!(code, 1, "{found:?}");
    assert!(found.contains(&"DL018:warning".to_owned()), "{found:?}");
    assert!(found.contains(&"DL504:error".to_owned()), "{found:?}");
}
