//! Text from catalogues cannot drive the terminal: control characters, escape
//! sequences, bidirectional controls and invisible characters in a cookie name or a
//! quoted line of the source reach neither stdout nor stderr as they are.

use crate::harness::{disclose, project_with, repo_root};

/// What must never be printed raw: ESC (the start of every terminal escape
/// sequence), BEL, the right-to-left override U+202E and the zero-width joiner.
const RAW: [char; 4] = ['\u{1b}', '\u{7}', '\u{202e}', '\u{200d}'];

/// The example shop with its `basket` cookie renamed to `name`, written as TOML text.
fn project_with_cookie_name(name: &str) -> tempfile::TempDir {
    let shop = std::fs::read_to_string(repo_root().join("policies/example-shop.toml")).unwrap();
    assert!(shop.contains("name = \"basket\""));
    let hostile = shop.replacen("name = \"basket\"", &format!("name = \"{name}\""), 1);
    project_with(&[("shop.toml", &hostile)])
}

#[track_caller]
fn assert_neutral(stream: &str, text: &str) {
    let raw: Vec<char> = text.chars().filter(|c| RAW.contains(c)).collect();
    assert!(raw.is_empty(), "raw {raw:?} on {stream}:\n{text}");
}

/// TOML escapes put an OSC title change, BEL and a screen clear into the value;
/// the right-to-left override and the joiner are written as they are.
const ESCAPED_IN_TOML: &str = "bas\\u001b]0;pwned\\u0007\\u001b[2Jket\u{202e}\u{200d}";
const SHOWN: &str = "bas\\u{1b}]0;pwned\\u{7}\\u{1b}[2Jket\\u{202e}\\u{200d}";

#[test]
fn check_and_build_escape_a_hostile_cookie_name() {
    let project = project_with_cookie_name(ESCAPED_IN_TOML);
    let check = disclose(project.path(), &["check", "--color", "never"]);
    assert_eq!(check.code, 1, "{}{}", check.stdout, check.stderr);
    assert_neutral("stdout", &check.stdout);
    assert_neutral("stderr", &check.stderr);
    assert!(check.stdout.contains(SHOWN), "{}", check.stdout);
    // The quoted source line shows the joiner and the override escaped too.
    assert!(
        check.stdout.contains("ket\\u{202e}\\u{200d}\""),
        "{}",
        check.stdout
    );

    let build = disclose(project.path(), &["build", "--color", "never"]);
    assert_eq!(build.code, 1, "{}{}", build.stdout, build.stderr);
    assert_neutral("stderr", &build.stderr);
    assert!(build.stderr.contains(SHOWN), "{}", build.stderr);

    // JSON is for tools: the exact text, which JSON itself escapes.
    let json = disclose(project.path(), &["check", "--format", "json"]);
    let all: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    assert!(
        all.as_array()
            .unwrap()
            .iter()
            .filter_map(|d| d["message"].as_str())
            .any(|m| m.contains("bas\u{1b}]0;pwned\u{7}")),
        "{}",
        json.stdout
    );
}

#[test]
fn a_raw_escape_in_the_source_is_escaped_and_the_caret_stays_under_it() {
    let project = project_with_cookie_name("bas\u{1b}[2Jket");
    let run = disclose(project.path(), &["check", "--color", "never"]);
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    assert_neutral("stdout", &run.stdout);
    let lines: Vec<&str> = run.stdout.lines().collect();
    let at = lines
        .iter()
        .position(|l| l.contains("name = \"bas\\u{1b}[2Jket\""))
        .unwrap_or_else(|| panic!("no escaped source line:\n{}", run.stdout));
    let column = |line: &str, pattern: char| line.chars().position(|c| c == pattern);
    assert_eq!(
        column(lines[at + 1], '─'),
        column(lines[at], '\\'),
        "the caret points at the escaped character:\n{}",
        run.stdout
    );
}
