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

/// Structural codes are explained like rules: what the code means, an example and
/// the fix, found by code (any case) or name; `disclose explain` lists every code.
#[test]
fn explain_covers_structural_codes() {
    for wanted in ["DL004", "dl004", "unknown-field", "unknown_field"] {
        let run = disclose(&repo_root(), &["explain", wanted]);
        assert_eq!(run.code, 0, "{wanted}: {}", run.stderr);
        assert!(
            run.stdout
                .starts_with("DL004 unknown-field (error)\nunknown table or field\n"),
            "{}",
            run.stdout
        );
        for part in [
            "## Example",
            "durration = \"session\"",
            "## Fix",
            "duration = \"session\"",
        ] {
            assert!(
                run.stdout.contains(part),
                "{wanted} lacks {part}: {}",
                run.stdout
            );
        }
        assert!(!run.stdout.contains("Source:"), "{}", run.stdout);
    }
    let run = disclose(&repo_root(), &["explain", "DL012"]);
    assert_eq!(run.code, 0);
    assert!(
        run.stdout.contains("effective = 2021-02-19"),
        "{}",
        run.stdout
    );
    let run = disclose(&repo_root(), &["explain", "unknown-feild"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("did you mean `unknown-field`?"),
        "{}",
        run.stderr
    );
    let list = disclose(&repo_root(), &["explain"]);
    assert_eq!(list.code, 0);
    let codes: Vec<&str> = list
        .stdout
        .lines()
        .filter_map(|l| l.split_whitespace().next())
        .collect();
    assert_eq!(codes.first(), Some(&"DL001"), "{}", list.stdout);
    for code in ["DL004", "DL019", "DL101", "DL505"] {
        assert!(
            codes.contains(&code),
            "{code} is not listed: {}",
            list.stdout
        );
    }
}

/// Validate a SARIF log with the published SARIF 2.1.0 schema (an independent
/// validator); `None` when the tools are missing and the run opted out.
fn validate_sarif(check: &str, log: &str) -> Option<()> {
    let [validator, schema] = require(
        check,
        [
            Tool::check_jsonschema(),
            Tool::npm_file(
                "@microsoft/jest-sarif",
                "lib/schemas/sarif-2.1.0-rtm.5.json",
            ),
        ],
    )?;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("check.sarif.json");
    std::fs::write(&file, log).unwrap();
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
    Some(())
}

/// Structural errors (DL0xx) in SARIF: each result names its code, points at the
/// code's descriptor (whose help is the long explanation) and at the file, line and
/// column; an unreadable path is a result without a location. The log validates.
#[test]
fn sarif_of_structural_errors_validates_against_the_sarif_schema() {
    let dir = crate::harness::fixture("corpus");
    let cases = [
        ("syntax_unclosed_string.toml", "DL003"),
        ("unknown_cookie_field.toml", "DL004"),
        ("wrong_type_string_for_array.toml", "DL005"),
        ("dangling_provider.toml", "DL008"),
        ("no_such_file.toml", "DL001"),
    ];
    let mut args = vec!["check", "--format", "sarif"];
    args.extend(cases.iter().map(|(file, _)| *file));
    let run = disclose(&dir, &args);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let sarif: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let sarif_run = &sarif["runs"][0];
    let rules = sarif_run["tool"]["driver"]["rules"].as_array().unwrap();
    let results = sarif_run["results"].as_array().unwrap();
    for (file, code) in cases {
        let result = results
            .iter()
            .find(|r| r["ruleId"] == code)
            .unwrap_or_else(|| panic!("no {code} result for {file}: {}", run.stdout));
        assert_eq!(result["level"], "error");
        let rule = &rules[result["ruleIndex"].as_u64().unwrap() as usize];
        assert_eq!(rule["id"], code);
        assert!(
            rule["help"]["text"].as_str().unwrap().contains("## Fix"),
            "{rule}"
        );
        let location = &result["locations"][0]["physicalLocation"];
        if code == "DL001" {
            assert!(result.get("locations").is_none(), "{result}");
            assert!(result["message"]["text"].as_str().unwrap().contains(file));
        } else {
            assert_eq!(location["artifactLocation"]["uri"], file, "{result}");
            assert!(
                location["region"]["startLine"].as_u64().unwrap() >= 2,
                "{result}"
            );
        }
    }
    // The unknown field, exactly where the JSON output puts it.
    let field = results.iter().find(|r| r["ruleId"] == "DL004").unwrap();
    let json = disclose(
        &dir,
        &["check", "--format", "json", "unknown_cookie_field.toml"],
    );
    let json: Vec<serde_json::Value> = serde_json::from_str(&json.stdout).unwrap();
    let region = &field["locations"][0]["physicalLocation"]["region"];
    assert_eq!(
        (&region["startLine"], &region["startColumn"]),
        (&json[0]["line"], &json[0]["column"])
    );
    validate_sarif("validating the SARIF of structural errors", &run.stdout);
}

#[test]
fn sarif_output_validates_against_the_sarif_schema() {
    let run = disclose(&repo_root(), &["check", "--format", "sarif"]);
    assert_eq!(run.code, 1);
    let sarif: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert!(
        sarif["runs"][0]["results"]
            .as_array()
            .is_some_and(|r| !r.is_empty())
    );
    validate_sarif("validating SARIF against its schema", &run.stdout);
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
