//! Deep or huge Markdown is bounded: nesting past `markdown::MAX_DEPTH` is refused
//! when the catalogue is loaded, by `check` and `build` alike (DL019), with the line
//! of the text; anything within the limit builds in every format, PDFs included.

use crate::harness::{disclose, project_with};

/// A catalogue whose cookie description and section body are `description` and `body`.
fn catalogue(description: &str, body: &str) -> String {
    format!(
        r#"[policy]
id = "deep"
name = "Deep"
default_locale = "en"
locales = ["en"]
version = "1"
effective = 2024-05-01
documents = ["cookie-policy"]

[controller]
name = "Deep B.V."
email = "privacy@deep.example"
country = "NL"

[[purposes]]
id = "login"
name = "Login"
legal_basis = "contract"

[[cookies]]
name = "sid"
provider = "first-party"
category = "necessary"
purposes = ["login"]
duration = "session"
description = {}

[[sections]]
id = "more"
document = "cookie-policy"
title = "More"
body = {}
"#,
        toml_string(description),
        toml_string(body)
    )
}

fn toml_string(text: &str) -> String {
    serde_json::to_string(text).unwrap()
}

fn nested_quotes(depth: usize) -> String {
    format!("{} x", ">".repeat(depth))
}

fn nested_lists(depth: usize) -> String {
    (0..depth)
        .map(|i| format!("{}- x\n", "  ".repeat(i)))
        .collect()
}

fn nested_emphasis(depth: usize) -> String {
    let open: String = (0..depth)
        .map(|i| if i % 2 == 0 { "*a " } else { "_b " })
        .collect();
    let close: String = (0..depth)
        .rev()
        .map(|i| if i % 2 == 0 { " a*" } else { " b_" })
        .collect();
    format!("{open}x{close}")
}

/// 18 characters of valid Markdown used to pass `check` and then fail `build` for the
/// whole site with Typst's "maximum show rule depth exceeded".
#[test]
fn check_refuses_what_build_would_refuse() {
    for deep in [
        nested_quotes(16),
        nested_lists(31),
        format!("{}x{}", "*".repeat(150), "*".repeat(150)),
    ] {
        let project = project_with(&[("deep.toml", &catalogue(&deep, "fine"))]);
        let check = disclose(project.path(), &["check", "--format", "json"]);
        assert_eq!(check.code, 1, "{deep}\n{}{}", check.stdout, check.stderr);
        let findings: serde_json::Value = serde_json::from_str(&check.stdout).unwrap();
        let findings = findings.as_array().unwrap();
        let deep_ones: Vec<_> = findings.iter().filter(|f| f["code"] == "DL019").collect();
        assert_eq!(deep_ones.len(), 1, "{findings:?}");
        // The cookie's description, on its own line of the catalogue.
        assert_eq!(deep_ones[0]["line"], 26, "{findings:?}");
        let message = deep_ones[0]["message"].as_str().unwrap();
        assert!(message.contains("at most 8"), "{message}");
        let build = disclose(project.path(), &["build"]);
        assert_eq!(build.code, 1, "{}", build.stderr);
        assert!(build.stderr.contains("DL019"), "{}", build.stderr);
        assert!(!build.stderr.contains("Typst"), "{}", build.stderr);
        assert!(!project.path().join("out").exists());
    }
}

#[test]
fn the_deepest_allowed_markdown_builds_in_every_format() {
    for deep in [nested_quotes(8), nested_lists(8), nested_emphasis(8)] {
        let body = format!("{deep}\n\n{}", nested_quotes(4));
        let project = project_with(&[("deep.toml", &catalogue(&deep, &body))]);
        let check = disclose(project.path(), &["check"]);
        assert!(!check.stderr.contains("DL019"), "{deep}\n{}", check.stderr);
        let build = disclose(project.path(), &["build"]);
        assert_eq!(build.code, 0, "{deep}\n{}", build.stderr);
        #[cfg(feature = "pdf")]
        assert!(
            project
                .path()
                .join("out/deep/en/cookie-policy.pdf")
                .exists()
        );
    }
}

/// 100 KB of `>` took memory quadratic in its length (8,000 of them: 970 MB) and
/// 30,000 `> - ` did not finish; both are refused at once now.
#[test]
fn huge_nesting_is_refused_quickly() {
    for huge in [">".repeat(100_000), "> - ".repeat(30_000)] {
        let project = project_with(&[("deep.toml", &catalogue("fine", &huge))]);
        let start = std::time::Instant::now();
        let build = disclose(project.path(), &["build"]);
        assert_eq!(build.code, 1, "{}", build.stderr);
        assert!(build.stderr.contains("DL019"), "{}", build.stderr);
        assert!(
            start.elapsed() < std::time::Duration::from_secs(20),
            "{:?}",
            start.elapsed()
        );
    }
}
