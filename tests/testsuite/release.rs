//! `disclose release` and the history it records: the toml_edit round trip, the binary
//! in a real git repository, the DL6xx lints, and "Changes to this policy" on the pages
//! and in the manifest.

use crate::diff::{MARKETING_COOKIE, git, repo, shop};
use crate::harness::{disclose, read};
use disclose::catalogue::load_text;
use disclose::diag::SourceMap;
use disclose::lint::{LintConfig, lint_policy};
use disclose::model::{Change, ChangeClass, ChangeKind, resolve};
use disclose::release::{edit, next_version, recorded};
use std::path::Path;

#[test]
fn the_edit_leaves_every_other_byte_as_it_was() {
    let original = shop().replacen(
        "version = \"1.0\"",
        "version = \"1.0\"      # raised by `disclose release`",
        1,
    );
    let entry = edit::Entry {
        version: "1.1".into(),
        effective: "2024-06-01".into(),
        consent_fingerprint: "sha256:abc".into(),
        changes: vec![
            Change::new(ChangeKind::CookieAdded, ChangeClass::Consent, "_fbp"),
            Change::new(
                ChangeKind::TextChanged,
                ChangeClass::Editorial,
                "section `changes`",
            )
            .field("body")
            .locale("en"),
        ],
    };
    let edited = edit::apply(&original, &entry).unwrap();
    let expected_head = original
        .replacen(
            "version = \"1.0\"      # raised",
            "version = \"1.1\"      # raised",
            1,
        )
        .replacen("effective = 2024-05-01", "effective = 2024-06-01", 1);
    let appended = r#"
[[changes]]
version = "1.1"
effective = 2024-06-01
consent_fingerprint = "sha256:abc"
items = [
  { kind = "cookie-added", class = "consent", subject = "_fbp" },
  { kind = "text-changed", class = "editorial", subject = "section `changes`", field = "body", locale = "en" },
]
"#;
    assert_eq!(edited, format!("{expected_head}{appended}"));
    // A second release goes after the first, the first untouched.
    let again = edit::apply(
        &edited,
        &edit::Entry {
            version: "1.2".into(),
            effective: "\"2024-07\"".into(),
            consent_fingerprint: "sha256:def".into(),
            changes: vec![],
        },
    )
    .unwrap();
    assert!(again.contains(appended), "{again}");
    assert!(again.ends_with(
        "\n[[changes]]\nversion = \"1.2\"\neffective = \"2024-07\"\nconsent_fingerprint = \"sha256:def\"\nitems = []\n"
    ));
    assert!(again.contains("version = \"1.2\"      # raised by `disclose release`"));
}

#[test]
fn versions_count_on_and_text_changes_are_recorded_once_per_field() {
    assert_eq!(next_version(Some("1.0")), "1.1");
    assert_eq!(next_version(Some("2018.11")), "2018.12");
    assert_eq!(next_version(Some("v9")), "v10");
    assert_eq!(next_version(Some("2024.09")), "2024.10");
    assert_eq!(next_version(Some("draft")), "draft.1");
    assert_eq!(next_version(None), "1");
    let text = |locale: &str| {
        Change::new(
            ChangeKind::TextChanged,
            ChangeClass::Editorial,
            "purpose `x`",
        )
        .field("name")
        .locale(locale)
        .values(Some("old".into()), Some("new".into()))
    };
    let out = recorded(vec![text("en"), text("nl")]);
    assert_eq!(out.len(), 1);
    assert_eq!(out[0].locale.as_deref(), Some("en, nl"));
    assert_eq!(
        out[0].before, None,
        "texts stay in the catalogue, not the record"
    );
}

fn lint_codes(text: &str) -> Vec<&'static str> {
    let mut sources = SourceMap::default();
    let mut diags = Vec::new();
    let catalogue = load_text("shop.toml", text, &mut sources, &mut diags);
    let policy = resolve(&catalogue, &mut diags).expect("resolves");
    lint_policy(&policy, &LintConfig::default())
        .into_iter()
        .map(|d| d.code)
        .filter(|c| c.starts_with("DL6"))
        .collect()
}

fn released(text: &str, version: &str, effective: &str) -> String {
    let mut sources = SourceMap::default();
    let mut diags = Vec::new();
    let catalogue = load_text("shop.toml", text, &mut sources, &mut diags);
    let policy = resolve(&catalogue, &mut diags).expect("resolves");
    edit::apply(
        text,
        &edit::Entry {
            version: version.into(),
            effective: effective.into(),
            consent_fingerprint: disclose::model::facts::consent_fingerprint(&policy),
            changes: vec![],
        },
    )
    .unwrap()
}

#[test]
fn history_lints_fire_only_where_the_history_decides() {
    assert!(lint_codes(&shop()).is_empty(), "no history, nothing to say");
    let v1 = released(&shop(), "1.0", "2024-05-01");
    assert!(lint_codes(&v1).is_empty());
    // A new marketing cookie under the released version: DL601.
    assert_eq!(lint_codes(&(v1.clone() + MARKETING_COOKIE)), ["DL601"]);
    // Wording only: the fingerprint holds.
    let reworded = v1.replacen("Keeps your basket.", "Keeps your shopping basket.", 1);
    assert!(lint_codes(&reworded).is_empty());
    // Version raised by hand, not recorded: DL602.
    let by_hand = v1.replacen("version = \"1.0\"", "version = \"1.1\"", 1);
    assert_eq!(lint_codes(&by_hand), ["DL602"]);
}

fn run_ok(dir: &Path, args: &[&str]) -> String {
    let run = disclose(dir, args);
    assert_eq!(
        run.code, 0,
        "disclose {args:?}: {}{}",
        run.stdout, run.stderr
    );
    run.stderr
}

#[test]
fn release_records_the_change_and_the_pages_word_it_in_every_language() {
    let repo = repo();
    let dir = repo.path();
    let file = dir.join("policies/shop.toml");
    let with_german = read(&file).replacen("locales = [\"nl\"]", "locales = [\"nl\", \"de\"]", 1);
    std::fs::write(&file, &with_german).unwrap();
    git(dir, &["commit", "-q", "-am", "German"]);
    let said = run_ok(
        dir,
        &["release", "--version", "1.0", "--effective", "2024-05-01"],
    );
    assert!(
        said.contains("0 changes since nothing (first recorded release)"),
        "{said}"
    );
    git(dir, &["commit", "-q", "-am", "release 1.0"]);

    let before = read(&file);
    std::fs::write(&file, before.clone() + MARKETING_COOKIE).unwrap();
    git(dir, &["commit", "-q", "-am", "a marketing cookie"]);
    let run = disclose(dir, &["check"]);
    assert!(run.stdout.contains("DL601"), "{}", run.stdout);
    let said = run_ok(dir, &["release", "--effective", "2024-06-01"]);
    assert!(
        said.contains("recorded version 1.1 (effective 2024-06-01)"),
        "{said}"
    );
    assert!(said.contains("consent    cookie-added _fbp"), "{said}");
    let after = read(&file);
    // Everything written before is still there, byte for byte, bar [policy]'s two lines.
    let head = before
        .replacen("version = \"1.0\"", "version = \"1.1\"", 1)
        .replacen(
            "effective = 2024-05-01\ndocuments",
            "effective = 2024-06-01\ndocuments",
            1,
        );
    assert!(after.starts_with(&head), "{after}");
    assert!(after.contains("{ kind = \"cookie-added\", class = \"consent\", subject = \"_fbp\", provider = \"Analytics Co\", category = \"marketing\", duration = \"P3M\" }"), "{after}");
    assert!(after.contains("# Example Shop: a complete, well-formed catalogue."));
    let run = disclose(dir, &["check"]);
    assert_eq!(run.code, 0);
    assert!(!run.stdout.contains("DL60"), "{}", run.stdout);

    run_ok(dir, &["build", "--format", "html,markdown"]);
    for (locale, heading, item) in [
        (
            "en",
            "Changes to this policy",
            "New cookie _fbp (Analytics Co, Marketing, 3 months)",
        ),
        (
            "nl",
            "Wijzigingen in dit beleid",
            "Nieuwe cookie _fbp (Analytics Co, Marketing, 3 maanden)",
        ),
        (
            "de",
            "Änderungen dieser Erklärung",
            "Neues Cookie _fbp (Analytics Co, Marketing, 3 Monate)",
        ),
    ] {
        for doc in ["cookie-policy", "privacy-policy"] {
            let page = read(dir.join(format!("out/example-shop/{locale}/{doc}.html")));
            assert!(
                page.contains(&format!("<h2 id=\"changes\">{heading}</h2>")),
                "{locale} {doc}"
            );
            assert!(
                page.contains(&format!("<li>{item}</li>")),
                "{locale} {doc}: {page}"
            );
            assert!(
                page.contains("href=\"#changes\""),
                "the table of contents lists it"
            );
        }
    }
    let md = read(dir.join("out/example-shop/en/cookie-policy.md"));
    assert!(
        md.contains("### Version 1.1 of 1 June 2024\n\n- New cookie \\_fbp"),
        "{md}"
    );
    assert!(md.contains("### Version 1.0 of 1 May 2024"));
    let manifest: serde_json::Value =
        serde_json::from_str(&read(dir.join("out/example-shop/manifest.json"))).unwrap();
    let history = manifest["history"].as_array().unwrap();
    assert_eq!(history.len(), 2);
    assert_eq!(history[0]["version"], "1.0");
    assert_eq!(history[1]["version"], "1.1");
    assert_eq!(history[1]["asks_consent"], true);
    assert_eq!(history[1]["changes"][0]["kind"], "cookie-added");
    assert_eq!(
        history[1]["consent_fingerprint"],
        manifest["consent_fingerprint"]
    );
    assert_ne!(
        history[0]["consent_fingerprint"],
        history[1]["consent_fingerprint"]
    );
    assert_eq!(
        history[1]["text"]["de"][0],
        "Neues Cookie _fbp (Analytics Co, Marketing, 3 Monate)"
    );
}

#[test]
fn release_refuses_a_bad_date_and_a_recorded_version() {
    let repo = repo();
    let dir = repo.path();
    let before = read(dir.join("policies/shop.toml"));
    let run = disclose(dir, &["release", "--effective", "June"]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("not a TOML date"), "{}", run.stderr);
    assert_eq!(
        read(dir.join("policies/shop.toml")),
        before,
        "nothing written"
    );
    run_ok(
        dir,
        &["release", "--version", "1.0", "--effective", "2024-05-01"],
    );
    let run = disclose(
        dir,
        &["release", "--version", "1.0", "--effective", "2024-06-01"],
    );
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("is not committed yet"),
        "{}",
        run.stderr
    );
}

/// The number after `key: ` in an export.
fn number_after(script: &str, key: &str) -> u64 {
    let at = script
        .find(key)
        .unwrap_or_else(|| panic!("{key} in {script}"))
        + key.len();
    script[at..]
        .chars()
        .take_while(char::is_ascii_digit)
        .collect::<String>()
        .parse()
        .unwrap()
}

#[test]
fn the_consent_revision_moves_only_with_a_consent_release() {
    let project = crate::harness::project_with(&[("shop.toml", &shop())]);
    let dir = project.path();
    let file = dir.join("policies/shop.toml");
    let step = |since: Option<&str>, effective: &str, out: &str| -> (u64, String, String) {
        let mut args = vec!["release", "--effective", effective];
        if let Some(since) = since {
            args.extend(["--since", since]);
        }
        run_ok(dir, &args);
        run_ok(dir, &["build", "--out", out, "--format", "html"]);
        let exports = dir.join(out).join("example-shop/exports");
        let cc = read(exports.join("cookieconsent.js"));
        let klaro = read(exports.join("klaro.js"));
        (number_after(&cc, "revision: "), klaro, cc)
    };
    // Without history the revision follows the consent fingerprint, as before.
    run_ok(dir, &["build", "--out", "out0", "--format", "html"]);
    let before = number_after(
        &read(dir.join("out0/example-shop/exports/cookieconsent.js")),
        "revision: ",
    );
    let (first, klaro, cc) = step(None, "2024-05-01", "out1");
    assert_eq!(
        first, before,
        "recording the first release asks nobody again"
    );
    assert!(klaro.contains("storageName: \"klaro\""));
    assert!(cc.contains("window.discloseNotice = {"), "{cc}");
    assert!(cc.contains("version: \"1.1\""), "{cc}");
    let page = read(dir.join("out1/example-shop/en/cookie-policy.html"));
    let hash = disclose::model::facts::sha256_hex(page.as_bytes());
    assert!(
        cc.contains(&format!("sha256: \"{hash}\"")),
        "the page's hash: {cc}"
    );
    std::fs::copy(&file, dir.join("v1.toml")).unwrap();

    // A shorter lifetime changes the fingerprint but is editorial: same revision.
    let shorter = read(&file).replacen("duration = \"13 months\"", "duration = \"6 months\"", 1);
    std::fs::write(&file, shorter).unwrap();
    let (editorial, klaro, _) = step(Some("v1.toml"), "2024-06-01", "out2");
    assert_eq!(editorial, first);
    assert!(klaro.contains("storageName: \"klaro\""));
    std::fs::copy(&file, dir.join("v2.toml")).unwrap();

    // Before it is released, a consent change already asks (the careful reading)...
    std::fs::write(&file, read(&file) + MARKETING_COOKIE).unwrap();
    run_ok(dir, &["build", "--out", "out3", "--format", "html"]);
    let unreleased = number_after(
        &read(dir.join("out3/example-shop/exports/cookieconsent.js")),
        "revision: ",
    );
    assert_ne!(unreleased, first);
    // ...and once released, the revision is that release's, and Klaro's cookie is new.
    let (consent, klaro, cc) = step(Some("v2.toml"), "2024-07-01", "out4");
    assert_eq!(consent, unreleased);
    assert!(
        klaro.contains(&format!("storageName: \"klaro-{consent}\"")),
        "{klaro}"
    );
    assert!(
        cc.contains("revisionMessage: \"This policy has changed since you last made your choice: New cookie _fbp (Analytics Co, Marketing, 3 months)\""),
        "{cc}"
    );
    assert!(klaro.contains("changeDescription: \"Dit beleid is gewijzigd sinds u voor het laatst uw keuze maakte: Nieuwe cookie _fbp"), "{klaro}");
}
