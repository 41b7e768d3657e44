//! Cookie lifetimes that are not one period (issue 18 item 1): an event with a
//! maximum, a fixed date, a rolling period, durations by region. One wording reaches
//! the pages in every locale, the manifest (with the longest period in seconds) and
//! both consent-manager exports; the lint rules measure every period.

use crate::harness::{disclose, project_with, read};
use disclose::duration::SECONDS_PER_MONTH;

const LIFETIMES: &str = r#"[policy]
id = "ferry"
name = "Ferry"
default_locale = "en"
locales = ["nl", "de"]
effective = 2025-01-01

[controller]
name = "Ferry AS"

[consent]
mechanism = "opt-in-banner"

[[purposes]]
id = "login"
name = { en = "Signing in", nl = "Inloggen", de = "Anmeldung" }
legal_basis = "contract"

[[purposes]]
id = "stats"
name = { en = "Statistics", nl = "Statistiek", de = "Statistik" }
legal_basis = "consent"

[[cookies]]
name = "oauth_state"
provider = "first-party"
category = "necessary"
purposes = ["login"]
until = { en = "the sign-in is complete", nl = "het inloggen klaar is", de = "die Anmeldung abgeschlossen ist" }
duration = "10 minutes"

[[cookies]]
name = "promo_2026"
provider = "first-party"
category = "necessary"
purposes = ["login"]
expires = 2025-03-31

[[cookies]]
name = "sid"
provider = "first-party"
category = "necessary"
purposes = ["login"]
duration = "30 minutes"
rolling = true

[[cookies]]
name = "_stats"
provider = "first-party"
category = "analytics"
purposes = ["stats"]
duration = "24 months"
durations_by_region = [{ regions = ["EEA", "GB"], duration = "13 months" }]
"#;

fn built() -> tempfile::TempDir {
    let project = project_with(&[("ferry.toml", LIFETIMES)]);
    let run = disclose(
        project.path(),
        &["build", "--format", "html", "--format", "markdown"],
    );
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    project
}

/// What each cookie's lifetime says, in each locale.
const WORDED: &[(&str, [&str; 4])] = &[
    (
        "en",
        [
            "Until the sign-in is complete, at most 10 minutes",
            "Until 31 March 2025",
            "30 minutes from your last visit",
            "In the EEA and United Kingdom: 13 months; elsewhere: 24 months",
        ],
    ),
    (
        "nl",
        [
            "Tot het inloggen klaar is, hoogstens 10 minuten",
            "Tot 31 maart 2025",
            "30 minuten na uw laatste bezoek",
            "In de EER en Verenigd Koninkrijk: 13 maanden; elders: 24 maanden",
        ],
    ),
    (
        "de",
        [
            "Bis die Anmeldung abgeschlossen ist, höchstens 10 Minuten",
            "Bis 31. März 2025",
            "30 Minuten ab Ihrem letzten Besuch",
            "EWR und Vereinigtes Königreich: 13 Monate; sonst: 24 Monate",
        ],
    ),
];

#[test]
fn lifetimes_are_worded_in_every_locale_in_html_and_markdown() {
    let project = built();
    for (lang, texts) in WORDED {
        let html = read(
            project
                .path()
                .join(format!("out/ferry/{lang}/cookie-policy.html")),
        );
        let md = read(
            project
                .path()
                .join(format!("out/ferry/{lang}/cookie-policy.md")),
        );
        for text in texts {
            assert!(
                html.contains(&format!(">{text}</td>")),
                "{lang}: {text} in {html}"
            );
            assert!(
                md.contains(&format!("| {text} |")),
                "{lang}: {text} in {md}"
            );
        }
    }
}

#[test]
fn the_manifest_carries_the_structure_and_the_longest_period_in_seconds() {
    let project = built();
    let manifest: serde_json::Value =
        serde_json::from_str(&read(project.path().join("out/ferry/manifest.json"))).unwrap();
    let cookie = |name: &str| {
        manifest["cookies"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["name"] == name)
            .unwrap()["duration"]
            .clone()
    };
    let oauth = cookie("oauth_state");
    assert_eq!(oauth["until"]["en"], "the sign-in is complete");
    assert_eq!(oauth["until"]["de"], "die Anmeldung abgeschlossen ist");
    assert_eq!(oauth["kind"], "period");
    assert_eq!(oauth["max_seconds"], 600);
    assert_eq!(oauth["text"]["nl"], WORDED[1].1[0]);
    let promo = cookie("promo_2026");
    assert_eq!(promo["expires"], "2025-03-31");
    assert_eq!(promo["kind"], "not-stated");
    assert!(promo["max_seconds"].is_null());
    let sid = cookie("sid");
    assert_eq!(sid["rolling"], true);
    assert_eq!(sid["max_seconds"], 1800);
    let stats = cookie("_stats");
    assert_eq!(stats["seconds"], 24 * SECONDS_PER_MONTH);
    assert_eq!(stats["max_seconds"], 24 * SECONDS_PER_MONTH);
    assert_eq!(
        stats["by_region"],
        serde_json::json!([{
            "regions": ["EEA", "GB"],
            "kind": "period",
            "seconds": 13 * SECONDS_PER_MONTH,
            "iso8601": "P13M"
        }])
    );
    assert_eq!(stats["text"]["en"], WORDED[0].1[3]);
    assert_eq!(manifest["manifest_version"], "1.1");
}

#[test]
fn both_exports_show_the_same_wording() {
    let project = built();
    for export in ["cookieconsent.js", "klaro.js"] {
        let js = read(project.path().join(format!("out/ferry/exports/{export}")));
        for (_, texts) in WORDED {
            for text in texts {
                assert!(js.contains(text), "{export}: {text}");
            }
        }
    }
}

#[test]
fn the_lint_rules_measure_every_stated_period() {
    // A necessary cookie lasting 2 years in one region is questioned at that line.
    let long = LIFETIMES.replace(
        "duration = \"30 minutes\"\nrolling = true",
        "duration = \"30 minutes\"\nrolling = true\ndurations_by_region = [{ regions = [\"US\"], duration = \"2 years\" }]",
    );
    let project = project_with(&[("ferry.toml", &long)]);
    let run = disclose(project.path(), &["check", "--format", "json"]);
    let line = long
        .lines()
        .position(|l| l.starts_with("durations_by_region = [{ regions = [\"US\"]"))
        .unwrap()
        + 1;
    assert!(
        run.stdout.contains("\"code\":\"DL406\"") || run.stdout.contains("\"code\": \"DL406\""),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains(&format!("\"line\":{line}"))
            || run.stdout.contains(&format!("\"line\": {line}")),
        "line {line}: {}",
        run.stdout
    );
}

#[test]
fn lifetimes_that_cannot_be_read_are_errors_at_their_line() {
    for (from, to, message) in [
        (
            "duration = \"30 minutes\"\nrolling = true",
            "rolling = true",
            "a rolling lifetime needs the period that is renewed",
        ),
        (
            "expires = 2025-03-31",
            "expires = 2025-03-31T10:00:00Z",
            "`expires` is a day",
        ),
        (
            "expires = 2025-03-31",
            "expires = 2025-03-31\nuntil = \"the promotion ends\"",
            "the cookie ends both on an event and on a date",
        ),
        (
            "regions = [\"EEA\", \"GB\"]",
            "regions = [\"EEA\", \"uk\"]",
            "`uk` is not an ISO 3166-1 country code",
        ),
    ] {
        let text = LIFETIMES.replace(from, to);
        assert_ne!(text, LIFETIMES, "{from}");
        let project = project_with(&[("ferry.toml", &text)]);
        let run = disclose(project.path(), &["check"]);
        assert_eq!(run.code, 1, "{to}: {}{}", run.stdout, run.stderr);
        assert!(run.stdout.contains(message), "{message}: {}", run.stdout);
        assert!(run.stdout.contains("ferry.toml:"), "{}", run.stdout);
    }
}
