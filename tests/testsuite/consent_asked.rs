//! Consent as it is asked (issue 18 item 5): the cookie policy says how the banner
//! asks only what the catalogue states, the manifest carries it as data, and the
//! check questions pre-ticked choices, cookie walls, a first layer without refusing
//! and consent from browser settings.

use crate::harness::{disclose, project_with, read};

const BASE: &str = r#"[policy]
id = "asked"
name = "Asked"
default_locale = "en"
locales = ["nl"]

[controller]
name = "Asked Ltd"

[consent]
mechanism = "opt-in-banner"
CONSENT_FACTS

[rights]
granted = ["withdraw-consent"]

[[purposes]]
id = "stats"
name = { en = "Statistics", nl = "Statistiek" }
legal_basis = "consent"

[[cookies]]
name = "_stats"
provider = "first-party"
category = "analytics"
purposes = ["stats"]
duration = "13 months"
"#;

fn build(facts: &str) -> (tempfile::TempDir, String, String) {
    let project = project_with(&[("asked.toml", &BASE.replace("CONSENT_FACTS", facts))]);
    let run = disclose(
        project.path(),
        &["build", "--format", "html", "--format", "markdown"],
    );
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    let html = read(project.path().join("out/asked/en/cookie-policy.html"));
    let md = read(project.path().join("out/asked/en/cookie-policy.md"));
    (project, html, md)
}

#[test]
fn an_unstated_choice_is_not_claimed() {
    let (_project, html, md) = build("");
    for page in [&html, &md] {
        assert!(page.contains(
            "We ask for your consent before we place cookies that are not strictly necessary."
        ));
        assert!(!page.contains("categories"), "{page}");
        assert!(!page.contains("choose"), "{page}");
    }
}

#[test]
fn each_stated_fact_is_one_sentence_in_every_format_and_locale() {
    let (project, html, md) = build(
        "categories = false\nreject_first_layer = false\npre_ticked = false\ncookie_wall = true",
    );
    for sentence in [
        "You accept or refuse these cookies all together.",
        "To refuse these cookies, you open the settings of our banner.",
        "No choice in our banner is ticked in advance.",
        "You can use the website only after accepting these cookies.",
    ] {
        assert!(html.contains(sentence), "{sentence}");
        assert!(md.contains(sentence), "{sentence}");
    }
    let nl = read(project.path().join("out/asked/nl/cookie-policy.html"));
    assert!(
        nl.contains("U accepteert of weigert deze cookies allemaal tegelijk."),
        "{nl}"
    );
    let manifest: serde_json::Value =
        serde_json::from_str(&read(project.path().join("out/asked/manifest.json"))).unwrap();
    assert_eq!(
        manifest["consent"],
        serde_json::json!({
            "mechanism": "opt-in-banner",
            "categories": false,
            "reject_first_layer": false,
            "pre_ticked": false,
            "cookie_wall": true
        })
    );
}

#[test]
fn the_check_questions_how_consent_is_asked() {
    let text = BASE.replace(
        "CONSENT_FACTS",
        "reject_first_layer = false\npre_ticked = true\ncookie_wall = true",
    );
    let project = project_with(&[("asked.toml", &text)]);
    let run = disclose(project.path(), &["check"]);
    assert_eq!(
        run.code, 1,
        "pre-ticked choices are an error: {}",
        run.stdout
    );
    for (code, field) in [
        ("DL408", "pre_ticked = true"),
        ("DL409", "cookie_wall = true"),
        ("DL410", "reject_first_layer = false"),
    ] {
        let line = text.lines().position(|l| l == field).unwrap() + 1;
        assert!(
            run.stdout.contains(&format!("[{code}]"))
                && run.stdout.contains(&format!("asked.toml:{line}:")),
            "{code} at line {line}: {}",
            run.stdout
        );
    }
    let browser = BASE
        .replace(
            "mechanism = \"opt-in-banner\"",
            "mechanism = \"browser-settings\"",
        )
        .replace("CONSENT_FACTS", "");
    let project = project_with(&[("asked.toml", &browser)]);
    let run = disclose(project.path(), &["check"]);
    assert!(run.stdout.contains("[DL411]"), "{}", run.stdout);
}
