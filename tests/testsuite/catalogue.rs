//! Catalogue loading through the real binary: where findings point, and what a
//! catalogue folder may hold.

use crate::harness::{disclose, project_with};

/// `check --format json` on the project's catalogues: every finding.
fn findings(project: &std::path::Path) -> Vec<serde_json::Value> {
    let run = disclose(project, &["check", "--format", "json"]);
    let all: serde_json::Value = serde_json::from_str(&run.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}\n{}", run.stdout, run.stderr));
    all.as_array().unwrap().clone()
}

/// 1-based line of the first line of `text` equal to `header`.
fn line_of(text: &str, header: &str) -> u64 {
    1 + text
        .lines()
        .position(|l| l == header)
        .unwrap_or_else(|| panic!("no line `{header}`")) as u64
}

/// A two-locale catalogue in which one field of each kind of entry lacks Dutch.
const UNTRANSLATED: &str = r#"[policy]
id = "shop"
name = { en = "Shop", nl = "Winkel" }
default_locale = "en"
locales = ["en", "nl", "de"]
documents = ["cookie-policy", "privacy-policy"]

[[policy.sites]]
name = { en = "Web shop", de = "Webshop" }
url = "https://shop.example"

[controller]
name = "Shop B.V."

[consent]
mechanism = "opt-in-banner"
notice = "We ask first."

[privacy]
legal_bases = ["contract"]
retention = "As long as needed."

[[storage]]
id = "dc"
name = "Our datacentre"

[[sections]]
id = "conflicts"
document = "privacy-policy"
title = { en = "Conflicts", nl = "Conflicten" }
body = "Only in English."

[[links]]
title = { en = "Cookies explained", de = "Cookies erklärt" }
url = "https://example.org/cookies"
"#;

/// DL504 names the table the untranslated text is written in, not `[policy]`.
#[test]
fn a_missing_translation_points_at_its_own_table() {
    let project = project_with(&[("shop.toml", UNTRANSLATED)]);
    let all = findings(project.path());
    let at = |owner: &str| -> (String, u64, u64) {
        let f = all
            .iter()
            .find(|f| f["code"] == "DL504" && f["message"].as_str().unwrap().starts_with(owner))
            .unwrap_or_else(|| panic!("no DL504 for {owner} in {all:#?}"));
        (
            f["file"].as_str().unwrap().to_owned(),
            f["line"].as_u64().unwrap(),
            f["column"].as_u64().unwrap(),
        )
    };
    let file = "./policies/shop.toml".to_owned();
    let header = |h: &str| (file.clone(), line_of(UNTRANSLATED, h), 1);
    assert_eq!(at("section `conflicts`: `body`"), header("[[sections]]"));
    assert_eq!(at("storage `dc`: `name`"), header("[[storage]]"));
    assert_eq!(at("[privacy]: `retention`"), header("[privacy]"));
    assert_eq!(at("[consent]: `notice`"), header("[consent]"));
    assert_eq!(at("site 1: `name`"), header("[[policy.sites]]"));
    assert_eq!(
        at("link <https://example.org/cookies>: `title`"),
        header("[[links]]")
    );
}

/// The smallest catalogue that checks clean.
const MINIMAL: &str = r#"[policy]
id = "shop"
name = "Shop"
default_locale = "en"

[controller]
name = "Shop B.V."
"#;

/// `disclose check` in `project`, killed if it has not ended within 30 s (a FIFO
/// read or a link loop would otherwise hang the test suite).
fn check_in_time(project: &std::path::Path, args: &[&str]) -> (i32, String) {
    use std::time::{Duration, Instant};
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_disclose"))
        .arg("check")
        .args(args)
        .args(["--color", "never"])
        .current_dir(project)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let started = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if started.elapsed() > Duration::from_secs(30) {
            child.kill().unwrap();
            child.wait().unwrap();
            panic!("disclose check {args:?} was still running after 30 s");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let out = child.wait_with_output().unwrap();
    let text =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    (out.status.code().unwrap_or(-1), text)
}

#[cfg(unix)]
fn mkfifo(path: &std::path::Path) {
    let status = std::process::Command::new("mkfifo")
        .arg(path)
        .status()
        .unwrap();
    assert!(status.success(), "mkfifo {}", path.display());
}

#[cfg(unix)]
#[test]
fn a_fifo_named_like_a_catalogue_file_is_refused_not_read() {
    let project = project_with(&[("shop/policy.toml", MINIMAL)]);
    let policies = project.path().join("policies");
    mkfifo(&policies.join("shop/cookies.toml"));
    mkfifo(&policies.join("pipe.toml"));
    let (code, out) = check_in_time(project.path(), &[]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("policies/shop/cookies.toml is not a regular file"),
        "{out}"
    );
    assert!(
        out.contains("policies/pipe.toml is not a regular file"),
        "{out}"
    );
    // Named on the command line, a FIFO is refused the same way.
    let (code, out) = check_in_time(project.path(), &["policies/pipe.toml"]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("is not a regular file"), "{out}");
}

#[cfg(unix)]
#[test]
fn links_to_folders_are_not_followed_so_loops_end() {
    let project = project_with(&[("shop/policy.toml", MINIMAL)]);
    let shop = project.path().join("policies/shop");
    std::os::unix::fs::symlink(".", shop.join("a")).unwrap();
    std::os::unix::fs::symlink(".", shop.join("b")).unwrap();
    let (code, out) = check_in_time(project.path(), &[]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("policies/shop/a is a symbolic link to a folder"),
        "{out}"
    );
    assert!(
        out.contains("policies/shop/b is a symbolic link to a folder"),
        "{out}"
    );
}

#[cfg(unix)]
#[test]
fn a_link_out_of_the_catalogue_folder_is_never_read() {
    let secrets = tempfile::tempdir().unwrap();
    let secret = secrets.path().join("token");
    std::fs::write(&secret, "ghp_SECRETxTOKENx1234 is not TOML\n").unwrap();
    let project = project_with(&[("shop/policy.toml", MINIMAL)]);
    let policies = project.path().join("policies");
    std::os::unix::fs::symlink(&secret, policies.join("shop/zz.toml")).unwrap();
    std::os::unix::fs::symlink(&secret, policies.join("leak.toml")).unwrap();
    for args in [&[][..], &["policies/shop"][..]] {
        let (code, out) = check_in_time(project.path(), args);
        assert_eq!(code, 1, "{out}");
        assert!(!out.contains("SECRET"), "the secret is printed: {out}");
        assert!(out.contains("is a symbolic link out of"), "{out}");
    }
}

#[cfg(unix)]
#[test]
fn a_link_to_a_file_inside_the_folder_is_read() {
    let cookies = "[[cookies]]\nname = \"basket\"\nprovider = \"first-party\"\ncategory = \"necessary\"\nduration = \"session\"\n";
    let project = project_with(&[
        ("shop/policy.toml", MINIMAL),
        ("shop/shared/cookies.inc", cookies),
    ]);
    let shop = project.path().join("policies/shop");
    std::os::unix::fs::symlink("shared/cookies.inc", shop.join("cookies.toml")).unwrap();
    let run = disclose(project.path(), &["build", "--format", "markdown"]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    let page = crate::harness::read(project.path().join("out/shop/en/cookie-policy.md"));
    assert!(page.contains("basket"), "{page}");
}

/// Cookie names that do not read as what they are: a Cyrillic `а` in `basket`, a
/// zero-width joiner, a right-to-left override. Each is a warning at the name, which
/// the message shows with the hidden character spelled out.
#[test]
fn lookalike_and_invisible_characters_in_cookie_names_are_warned_about() {
    let cookie = |name: &str| {
        format!(
            "\n[[cookies]]\nname = \"{name}\"\nprovider = \"first-party\"\ncategory = \"necessary\"\nduration = \"session\"\n"
        )
    };
    let text = [
        MINIMAL.to_owned(),
        cookie("b\u{0430}sket"),
        cookie("bas\u{200D}ket"),
        cookie("sid\u{202E}di"),
        cookie("basket"),
    ]
    .concat();
    let project = project_with(&[("shop.toml", &text)]);
    let run = disclose(project.path(), &["check", "--format", "json"]);
    assert_eq!(run.code, 0, "warnings only: {}{}", run.stdout, run.stderr);
    let all: Vec<serde_json::Value> = serde_json::from_str(&run.stdout).unwrap();
    let warned: Vec<(String, u64, u64)> = all
        .iter()
        .filter(|f| f["code"] == "DL018")
        .map(|f| {
            assert_eq!(f["severity"], "warning");
            (
                f["message"].as_str().unwrap().to_owned(),
                f["line"].as_u64().unwrap(),
                f["column"].as_u64().unwrap(),
            )
        })
        .collect();
    let line = |name: &str| line_of(&text, &format!("name = \"{name}\""));
    assert_eq!(
        warned,
        vec![
            (
                "cookie name `b<U+0430>sket` mixes Latin and Cyrillic letters, so it looks like a name it is not".to_owned(),
                line("b\u{0430}sket"),
                8
            ),
            (
                "cookie name `bas<U+200D>ket` holds U+200D, an invisible character".to_owned(),
                line("bas\u{200D}ket"),
                8
            ),
            (
                "cookie name `sid<U+202E>di` holds U+202E, a bidirectional control that reorders how it is shown".to_owned(),
                line("sid\u{202E}di"),
                8
            ),
        ]
    );
    // Ids are plain ASCII already: a lookalike there is refused outright.
    let bad_id = MINIMAL.to_owned() + "\n[[purposes]]\nid = \"b\u{0430}sket\"\nname = \"Basket\"\n";
    let project = project_with(&[("shop.toml", &bad_id)]);
    let run = disclose(project.path(), &["check", "--format", "json"]);
    assert_eq!(run.code, 1);
    assert!(run.stdout.contains("DL013"), "{}", run.stdout);
}
