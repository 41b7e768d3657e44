//! The consent-manager exports with the real libraries, in a real browser.
//!
//! `disclose build` writes `out/<policy>/exports/cookieconsent.js` and `klaro.js`; this
//! test serves them with the published npm packages (vanilla-cookieconsent 3.1.0,
//! klaro 0.7.22) on 127.0.0.1 and drives headless Chromium through playwright-core
//! (`fixtures/banner-page/run.mjs`), in English and Dutch: the banner shows our texts
//! and buttons in the page's language; "reject all" leaves every analytics cookie unset
//! (stale ones are cleared through our regexes) while the necessary one stays and no
//! consent-gated script runs; the preferences modal lists our categories and cookies;
//! and, as a control, "accept all" runs the gated scripts and withdrawing consent
//! clears their cookies again; CookieConsent keeps a choice of the export's `revision`
//! and asks again when the stored revision differs; and a page in `nl-BE` or in a
//! language the policy does not publish gets the Dutch or the default (English)
//! banner. A second test opens both banners on the exports of the
//! hostile catalogue: none of its payloads may run (CookieConsent writes its texts with
//! innerHTML).
//!
//! scripts/test.sh installs Chromium and the packages (into .ci/tools).

use crate::harness::{disclose, fixture, project_with, read};
use crate::tools::{Tool, require};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

pub(crate) struct Tools {
    pub(crate) node_modules: PathBuf,
    pub(crate) chromium: PathBuf,
}

/// Node, Chromium and the npm packages at the versions the exports are written for.
pub(crate) fn tools(check: &str) -> Option<Tools> {
    let [_, chromium, cookieconsent, _, _] = require(
        check,
        [
            Tool::node(),
            Tool::chromium(),
            Tool::npm("vanilla-cookieconsent", Some("3.1.0")),
            Tool::npm("klaro", Some("0.7.22")),
            Tool::npm("playwright-core", None),
        ],
    )?;
    Some(Tools {
        node_modules: cookieconsent.parent().unwrap().to_owned(),
        chromium,
    })
}

/// What run.mjs must find on the pages: the fixture catalogue's texts and our banner
/// messages, written out per language (not asked of the code that writes them).
fn expectations() -> serde_json::Value {
    let language = |texts: [&str; 5], categories: [&str; 4], pixel: &str| {
        let [title, notice, accept_all, reject_all, preferences_title] = texts;
        serde_json::json!({
            "title": title,
            "notice": notice,
            "acceptAll": accept_all,
            "rejectAll": reject_all,
            "preferencesTitle": preferences_title,
            "categories": categories,
            "cookies": [
                "session", "cc_cookie", "klaro", "shop_lang",
                "_pk_id.<site>", "_pk_ses.<site>", "shop_visits", pixel,
            ],
        })
    };
    serde_json::json!({
        "languages": {
            "en": language(
                [
                    "We use cookies",
                    "We would like to count your visits to improve this shop.",
                    "Accept all",
                    "Reject all",
                    "Cookie preferences",
                ],
                ["Strictly necessary", "Preferences", "Analytics", "Marketing"],
                "Conversion pixel",
            ),
            "nl": language(
                [
                    "Wij gebruiken cookies",
                    "Wij willen uw bezoeken tellen om deze winkel te verbeteren.",
                    "Alles accepteren",
                    "Alles weigeren",
                    "Cookievoorkeuren",
                ],
                ["Strikt noodzakelijk", "Voorkeuren", "Analyse", "Marketing"],
                "Conversiepixel",
            ),
        },
        // Stand-ins for analytics scripts, gated by CookieConsent category and Klaro
        // service (the processor's id, or first-party-<category>).
        "gated": [
            { "category": "analytics", "service": "matomo-cloud", "cookie": "_pk_id.1" },
            { "category": "analytics", "service": "first-party-analytics", "cookie": "shop_visits" },
        ],
        // Left by an earlier visit: analytics ones must be cleared, the necessary one kept.
        "stale": ["_pk_id.7", "_pk_ses.7", "shop_visits"],
        "kept": "session",
        // The state of each category in the preferences after "reject all".
        "toggles": { "necessary": true, "preferences": false, "analytics": false, "marketing": false },
        // Page languages the policy (en, nl) does not publish as such, and the language
        // each banner must fall back to (docs/exports.md): the region dropped, else
        // the default locale.
        "fallbacks": [
            { "page": "nl-BE", "as": "nl" },
            { "page": "fr", "as": "en" },
        ],
    })
}

/// CookieConsent's `revision` as docs/exports.md derives it from the manifest's
/// `consent_fingerprint`: the first seven hex digits as a number (never 0).
pub fn revision_of(manifest: &Path) -> u64 {
    let manifest: serde_json::Value = serde_json::from_str(&read(manifest)).unwrap();
    let fingerprint = manifest["consent_fingerprint"].as_str().unwrap();
    let hex = fingerprint.strip_prefix("sha256:").unwrap();
    u64::from_str_radix(&hex[..7], 16).unwrap().max(1)
}

/// Run a command, killing it if it outlives `limit`.
fn run_with_limit(mut command: Command, limit: Duration) -> (bool, String) {
    let mut child = command
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("node starts");
    let start = Instant::now();
    loop {
        if child.try_wait().expect("waiting for node").is_some() {
            break;
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            break;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    let output = child.wait_with_output().expect("node output");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    (output.status.success(), text)
}

/// Build `catalogue` (policy id `policy`) and run run.mjs on its exports with
/// `expectations`.
fn build_and_drive(tools: &Tools, catalogue: &Path, policy: &str, expectations: serde_json::Value) {
    let project = project_with(&[("catalogue.toml", &read(catalogue))]);
    let run = disclose(project.path(), &["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let exports = project.path().join("out").join(policy).join("exports");
    for file in ["cookieconsent.js", "klaro.js"] {
        assert!(
            exports.join(file).is_file(),
            "disclose build wrote no {}",
            exports.join(file).display()
        );
    }
    let mut expectations = expectations;
    expectations["revision"] = revision_of(&exports.join("../manifest.json")).into();
    let expect = project.path().join("expect.json");
    std::fs::write(&expect, expectations.to_string()).unwrap();

    let page = fixture("banner-page");
    let mut node = Command::new("node");
    node.current_dir(&page)
        .arg(page.join("run.mjs"))
        .arg(&exports)
        .arg(&expect)
        .arg(&tools.node_modules)
        .arg(&tools.chromium);
    let (ok, output) = run_with_limit(node, Duration::from_secs(240));
    assert!(ok, "the consent managers did not behave:\n{output}");
    assert!(output.contains("checks passed"), "{output}");
}

#[test]
fn consent_managers_run_our_exports_in_a_browser() {
    let Some(tools) = tools("the consent-banner browser test") else {
        return;
    };
    build_and_drive(
        &tools,
        &fixture("banner-page").join("catalogue.toml"),
        "banners",
        expectations(),
    );
}

/// The hostile catalogue's payloads, shown by both libraries (CookieConsent writes its
/// texts with innerHTML), must stay text.
#[test]
fn hostile_catalogue_text_does_not_run_in_the_banners() {
    let Some(tools) = tools("the hostile consent-banner test") else {
        return;
    };
    build_and_drive(
        &tools,
        &fixture("hostile").join("catalogue.toml"),
        "xss",
        serde_json::json!({ "hostile": true, "gated": [] }),
    );
}

/// A visitor who consented under one release is asked again, with the change shown,
/// after a `consent` release, and not after an editorial one, though that one changes
/// the consent fingerprint too (a shorter lifetime): both real libraries.
#[test]
fn visitors_are_asked_again_exactly_after_a_consent_change() {
    let Some(tools) = tools("the re-consent browser test") else {
        return;
    };
    let v1 = read(fixture("banner-page").join("catalogue.toml"));
    let project = project_with(&[("catalogue.toml", &v1)]);
    let dir = project.path();
    let file = dir.join("policies/catalogue.toml");
    let release = |since: Option<&str>, effective: &str| {
        let mut args = vec!["release", "--effective", effective];
        if let Some(since) = since {
            args.extend(["--since", since]);
        }
        let run = disclose(dir, &args);
        assert_eq!(run.code, 0, "{}", run.stderr);
        run.stderr
    };
    let build = |out: &str| {
        let run = disclose(dir, &["build", "--out", out]);
        assert_eq!(run.code, 0, "{}", run.stderr);
        dir.join(out).join("banners/exports")
    };
    release(None, "2024-05-01");
    let first = build("out1");
    std::fs::copy(&file, dir.join("v1.toml")).unwrap();

    let shorter = read(&file).replacen("duration = \"13 months\"", "duration = \"6 months\"", 1);
    std::fs::write(&file, shorter).unwrap();
    let said = release(Some("v1.toml"), "2024-06-01");
    assert!(said.contains("editorial  lifetime-shorter"), "{said}");
    let editorial = build("out2");
    std::fs::copy(&file, dir.join("v2.toml")).unwrap();

    let cookie = "\n[[cookies]]\nname = \"_fbp\"\nprovider = \"ad-network\"\ncategory = \"marketing\"\npurposes = [\"ads\"]\nduration = \"3 months\"\n";
    std::fs::write(&file, read(&file) + cookie).unwrap();
    let said = release(Some("v2.toml"), "2024-07-01");
    assert!(said.contains("consent    cookie-added _fbp"), "{said}");
    let consent = build("out3");

    let klaro = read(consent.join("klaro.js"));
    assert!(
        klaro.contains("storageName: \"klaro-"),
        "a new consent cookie name"
    );
    assert!(read(editorial.join("klaro.js")).contains("storageName: \"klaro\""));
    let spec = serde_json::json!({
        "releases": [
            { "name": "1.0", "exports": first, "asks": false },
            { "name": "1.1 (shorter lifetime)", "exports": editorial, "asks": false },
            { "name": "1.2 (a marketing cookie)", "exports": consent, "asks": true },
        ],
        "message": { "en": "New cookie _fbp (Ad Network, Marketing, 3 months)" },
    });
    let spec_file = dir.join("releases.json");
    std::fs::write(&spec_file, spec.to_string()).unwrap();
    let page = fixture("banner-page");
    let mut node = Command::new("node");
    node.current_dir(&page)
        .arg(page.join("reconsent.mjs"))
        .arg(&spec_file)
        .arg(&tools.node_modules)
        .arg(&tools.chromium);
    let (ok, output) = run_with_limit(node, Duration::from_secs(240));
    assert!(
        ok,
        "the consent managers did not ask as they should:\n{output}"
    );
    assert!(output.contains("re-consent checks passed"), "{output}");
}
