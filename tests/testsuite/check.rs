//! `disclose check` on broken catalogues: exit code 1, and every problem named with
//! file:line:col, snippet and help. The text is pinned in reviewed snapshots.

use crate::harness::{disclose, fixture};

fn check_fixture(case: &str, target: &str) -> String {
    let run = disclose(&fixture(case), &["check", target, "--color", "never"]);
    assert_eq!(
        run.code, 1,
        "{case}: expected exit 1\nstdout:\n{}\nstderr:\n{}",
        run.stdout, run.stderr
    );
    run.stdout
}

macro_rules! broken_catalogue {
    ($($case:ident),+ $(,)?) => {$(
        #[test]
        fn $case() {
            let output = check_fixture(stringify!($case), "catalogue.toml");
            insta::assert_snapshot!(stringify!($case), output);
        }
    )+};
}

broken_catalogue!(
    syntax_error,
    unknown_field,
    wrong_type,
    dangling_reference,
    duplicate_ids,
    bad_duration,
    bad_locale,
    bad_date,
    missing_policy,
    non_utf8,
    many_problems,
);

#[test]
fn folder_catalogue_with_two_policy_tables() {
    let output = check_fixture("split_catalogue", "policy");
    insta::assert_snapshot!("split_catalogue", output);
}

#[test]
fn json_format_gives_file_line_and_column_per_problem() {
    let run = disclose(
        &fixture("dangling_reference"),
        &["check", "catalogue.toml", "--format", "json"],
    );
    assert_eq!(run.code, 1);
    let findings: serde_json::Value = serde_json::from_str(&run.stdout).expect("valid JSON");
    let findings = findings.as_array().expect("an array of findings");
    let located: Vec<(String, String, u64, u64)> = findings
        .iter()
        .map(|f| {
            (
                f["code"].as_str().unwrap().to_owned(),
                f["file"].as_str().unwrap().to_owned(),
                f["line"].as_u64().unwrap(),
                f["column"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        located,
        vec![
            ("DL008".into(), "catalogue.toml".into(), 21, 12),
            ("DL008".into(), "catalogue.toml".into(), 23, 13),
        ]
    );
    assert!(
        findings[0]["help"]
            .as_str()
            .unwrap()
            .contains("did you mean `google`?")
    );
}

#[test]
fn valid_catalogue_passes() {
    let run = disclose(&fixture("valid"), &["check", "catalogue.toml"]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    assert!(run.stderr.contains(": 0 errors,"), "{}", run.stderr);
}

#[test]
fn a_missing_path_is_an_error_not_a_panic() {
    let run = disclose(&fixture("valid"), &["check", "no-such-file.toml"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stdout.contains("no-such-file.toml does not exist"),
        "{}",
        run.stdout
    );
}

#[test]
fn usage_errors_exit_2() {
    let run = disclose(&fixture("valid"), &["check", "--no-such-flag"]);
    assert_eq!(run.code, 2);
    let run = disclose(&fixture("valid"), &["frobnicate"]);
    assert_eq!(run.code, 2);
}

/// The codes a corpus file's first line names (`# expect: DL004` or `# expect: DL004,
/// DL008`), in order; `None` for an empty file, which cannot carry the line.
fn expect_line(file: &std::path::Path) -> Option<Vec<String>> {
    let text = crate::harness::read(file);
    if text.is_empty() {
        return None;
    }
    let first = text.lines().next().unwrap_or_default();
    let codes = first.strip_prefix("# expect: ").unwrap_or_else(|| {
        panic!(
            "{} starts with `{first}`, not `# expect: CODE`",
            file.display()
        )
    });
    Some(codes.split(',').map(|c| c.trim().to_owned()).collect())
}

/// The bad-input corpus: every malformed catalogue in fixtures/corpus gets exit 1 and
/// exactly the reviewed errors (code@line:col) of fixtures/corpus/expected.json, whose
/// codes are the ones the file's `# expect:` line names (so the two cannot disagree).
#[test]
fn bad_input_corpus_gets_the_expected_errors() {
    let dir = fixture("corpus");
    let expected: std::collections::BTreeMap<String, Vec<String>> =
        serde_json::from_str(&crate::harness::read(dir.join("expected.json"))).unwrap();
    assert!(
        expected.len() >= 40,
        "the corpus has {} cases",
        expected.len()
    );
    for (case, errors) in &expected {
        let file = format!("{case}.toml");
        assert!(dir.join(&file).exists(), "{file} is listed but missing");
        if let Some(named) = expect_line(&dir.join(&file)) {
            let mut codes: Vec<String> = errors
                .iter()
                .map(|e| e.split('@').next().unwrap().to_owned())
                .collect();
            codes.dedup();
            assert_eq!(
                codes, named,
                "{file}: its `# expect:` line and expected.json disagree"
            );
        }
        let run = disclose(&dir, &["check", &file, "--format", "json"]);
        assert_eq!(
            run.code, 1,
            "{case}: exit code\n{}{}",
            run.stdout, run.stderr
        );
        let findings: Vec<serde_json::Value> = serde_json::from_str(&run.stdout).unwrap();
        let found: Vec<String> = findings
            .iter()
            .filter(|f| f["severity"] == "error")
            .map(|f| {
                format!(
                    "{}@{}:{}",
                    f["code"].as_str().unwrap(),
                    f["line"],
                    f["column"]
                )
            })
            .collect();
        assert_eq!(&found, errors, "{case}");
    }
    let on_disk = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .filter(|e| e.path().extension().is_some_and(|x| x == "toml"))
        .count();
    assert_eq!(
        on_disk,
        expected.len(),
        "every corpus file has an expectation"
    );
}

#[test]
fn a_huge_file_is_refused_with_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let mut text = String::from("[policy]\nid = \"x\"\nname = \"X\"\ndefault_locale = \"en\"\n# ");
    text.push_str(&"x".repeat(9 << 20));
    std::fs::write(dir.path().join("huge.toml"), text).unwrap();
    let run = disclose(dir.path(), &["check", "huge.toml", "--color", "never"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stdout.contains("huge.toml is larger than 8 MiB"),
        "{}",
        run.stdout
    );
}

/// A field without its Dutch text, and a project locale (Northern Sami) whose message
/// file has one message: check names both (which locale, which field or messages,
/// file:line), `--strict-translations` makes them errors, and the build still
/// succeeds with the fallback texts.
#[test]
fn missing_translations_are_named_and_fall_back() {
    use crate::harness::{project_with, read};
    let catalogue = read(fixture("valid").join("catalogue.toml"));
    let without_dutch = catalogue
        .replace(
            r#"name = { en = "Website analytics", nl = "Websiteanalyse" }"#,
            r#"name = { en = "Website analytics" }"#,
        )
        .replace(
            r#"locales = ["en", "nl"]"#,
            r#"locales = ["en", "nl", "se"]"#,
        );
    assert_eq!(without_dutch.matches("Websiteanalyse").count(), 0);
    assert!(without_dutch.contains(r#""se"]"#));
    let line = without_dutch
        .lines()
        .position(|l| l == "[[purposes]]")
        .unwrap()
        + 1;
    let project = project_with(&[("shop.toml", &without_dutch)]);
    std::fs::create_dir_all(project.path().join("locales")).unwrap();
    std::fs::write(
        project.path().join("locales/se.ftl"),
        "language-name = Davvisámegiella\n",
    )
    .unwrap();
    let findings = |args: &[&str]| {
        let run = disclose(project.path(), args);
        let all: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
        (run.code, all.as_array().unwrap().clone())
    };
    let find = |all: &[serde_json::Value], code: &str, needle: &str| {
        all.iter()
            .find(|f| f["code"] == code && f["message"].as_str().unwrap().contains(needle))
            .unwrap_or_else(|| panic!("no {code} with `{needle}` in {all:#?}"))
            .clone()
    };

    let (code, all) = findings(&["check", "--format", "json"]);
    assert_eq!(code, 0, "warnings only: {all:#?}");
    let field = find(&all, "DL504", "has no translation for nl");
    assert_eq!(field["severity"], "warning");
    assert_eq!(field["file"], "./policies/shop.toml");
    assert_eq!(field["line"].as_u64(), Some(line as u64));
    assert!(
        field["message"]
            .as_str()
            .unwrap()
            .contains("purpose `analytics`: `name`")
    );
    let messages = find(&all, "DL017", "locale `se`");
    assert_eq!(messages["severity"], "warning");
    assert!(
        messages["message"]
            .as_str()
            .unwrap()
            .contains("cookie-policy-title"),
        "{messages:#}"
    );

    let (code, all) = findings(&["check", "--strict-translations", "--format", "json"]);
    assert_eq!(code, 1, "{all:#?}");
    assert_eq!(
        find(&all, "DL504", "has no translation for nl")["severity"],
        "error"
    );
    assert_eq!(find(&all, "DL017", "locale `se`")["severity"], "error");

    let build = disclose(project.path(), &["build", "--format", "html"]);
    assert_eq!(build.code, 0, "{}", build.stderr);
    let dutch = read(project.path().join("out/shop/nl/privacy-policy.html"));
    assert!(
        dutch.contains("Website analytics"),
        "the English name stands in"
    );
    assert!(dutch.contains("Privacyverklaring"));
    let sami = read(project.path().join("out/shop/se/privacy-policy.html"));
    assert!(sami.contains(r#"<html lang="se""#));
    assert!(sami.contains("Privacy policy"), "English messages stand in");
    assert!(sami.contains("Davvisámegiella"), "its own message is used");
}

/// `disclose explain | head -n 1`: a reader that stops early ends disclose the way it
/// ends other tools (SIGPIPE), not with a panic message about a broken pipe.
#[cfg(unix)]
#[test]
fn a_closed_pipe_ends_output_quietly() {
    use std::os::unix::process::ExitStatusExt;
    use std::process::{Command, Stdio};
    // A pipe whose reading end is closed before disclose starts: its first write fails,
    // however fast it is (a pipe closed after the spawn may already hold the output).
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    let output = Command::new(env!("CARGO_BIN_EXE_disclose"))
        .arg("explain")
        .stdout(writer)
        .stderr(Stdio::piped())
        .output()
        .expect("the disclose binary runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(
        output.status.signal(),
        Some(13),
        "{:?}: {stderr}",
        output.status
    );
}
