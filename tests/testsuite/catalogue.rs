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
