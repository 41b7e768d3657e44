//! Consent signals with the real consent managers, in a real browser.
//!
//! `disclose build` writes Google Consent Mode v2 into both exports
//! (docs/exports.md#google-consent-mode). This test serves each export with the
//! published npm package (vanilla-cookieconsent 3.1.0, klaro 0.7.22) and a stub tag
//! on 127.0.0.1, clicks through the real banner in headless Chromium
//! (`fixtures/signals/run.mjs`, playwright-core), and compares every
//! `gtag('consent', …)` command that reached `window.dataLayer` with the sequences
//! written out below from the mapping table of docs/exports.md, for "reject all",
//! "accept all" (and the next page load) and a choice of analytics alone.
//!
//! scripts/test.sh installs Chromium and the packages (into .ci/tools).

use crate::banners::{Tools, tools};
use crate::harness::{disclose, fixture, project_with, read};
use serde_json::{Value, json};
use std::process::Command;

/// Build `catalogue` and run run.mjs on its exports: what each library sent, per
/// scenario.
fn drive(tools: &Tools, catalogue: &str, scenarios: &str) -> Value {
    let project = project_with(&[("catalogue.toml", catalogue)]);
    let run = disclose(project.path(), &["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let exports = project.path().join("out/signals/exports");
    let page = fixture("signals");
    let output = Command::new("node")
        .current_dir(&page)
        .arg(page.join("run.mjs"))
        .arg(&exports)
        .arg(&tools.node_modules)
        .arg(&tools.chromium)
        .arg(scenarios)
        .output()
        .expect("node runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "the consent managers did not behave:\n{stdout}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_str(stdout.lines().last().unwrap_or_default()).expect("run.mjs prints JSON")
}

/// Every one of Google's seven signals: those named granted, the others denied.
fn signals(granted: &[&str]) -> serde_json::Map<String, Value> {
    [
        "ad_storage",
        "ad_user_data",
        "ad_personalization",
        "analytics_storage",
        "functionality_storage",
        "personalization_storage",
        "security_storage",
    ]
    .iter()
    .map(|s| {
        let state = if granted.contains(s) {
            "granted"
        } else {
            "denied"
        };
        ((*s).to_owned(), json!(state))
    })
    .collect()
}

fn default(granted: &[&str], region: Option<&[&str]>) -> Value {
    let mut values = signals(granted);
    if let Some(region) = region {
        values.insert("region".into(), json!(region));
    }
    values.insert("wait_for_update".into(), json!(500));
    json!(["consent", "default", values])
}

fn update(granted: &[&str]) -> Value {
    json!(["consent", "update", signals(granted)])
}

/// What the fixture's table grants (docs/exports.md): necessary → security_storage;
/// preferences → functionality_storage, personalization_storage; analytics →
/// analytics_storage; marketing → ad_storage, ad_user_data only, since the
/// `conversions` purpose replaces the category's signals by those two, so
/// ad_personalization is never granted.
const ALL: &[&str] = &[
    "ad_storage",
    "ad_user_data",
    "analytics_storage",
    "functionality_storage",
    "personalization_storage",
    "security_storage",
];
const NECESSARY: &[&str] = &["security_storage"];
const ANALYTICS: &[&str] = &["analytics_storage", "security_storage"];

/// Drop what only some scenarios compare (the stored consent, the banner's buttons).
fn commands(got: &Value) -> Value {
    let mut got = got.clone();
    for scenario in got.as_object_mut().into_iter().flat_map(|o| o.values_mut()) {
        if let Some(o) = scenario.as_object_mut() {
            o.remove("stored");
            o.remove("acceptAllButtons");
        }
    }
    got
}

#[test]
fn consent_mode_commands_follow_every_choice_in_both_consent_managers() {
    let Some(tools) = tools("the consent-signal browser test") else {
        return;
    };
    let catalogue = read(fixture("signals").join("catalogue.toml"));
    let got = drive(&tools, &catalogue, "reject,accept,partial");
    let denied = default(NECESSARY, None);
    // The catalogue honours GPC, but Chromium sends no signal: no GPC notice.
    let expected = json!({
        "reject": {
            "atTag": [denied],
            "notice": false,
            "after": [denied, update(NECESSARY)],
        },
        "accept": {
            "atTag": [denied],
            "notice": false,
            "after": [denied, update(ALL)],
            "reload": [denied, update(ALL)],
        },
        "partial": {
            "atTag": [denied],
            "notice": false,
            "after": [denied, update(ANALYTICS)],
        },
    });
    for library in ["cookieconsent", "klaro"] {
        assert_eq!(
            commands(&got[library]),
            expected,
            "{library}: the consent commands differ from the table"
        );
        assert_eq!(
            got[library]["accept"]["acceptAllButtons"],
            json!(1),
            "{library}"
        );
    }
    // Control: without the signal, "accept all" accepts marketing.
    assert_eq!(
        got["cookieconsent"]["accept"]["stored"],
        json!(["necessary", "preferences", "analytics", "marketing"])
    );
    assert_eq!(
        got["klaro"]["accept"]["stored"]["google-marketing"],
        json!(true)
    );
}

/// With the browser's Global Privacy Control signal on (navigator.globalPrivacyControl,
/// injected before any script runs), the banner says the signal is honoured, "accept
/// all" never accepts marketing (CookieConsent: the button is left out; Klaro: its
/// services stay off) and no consent for it is stored; a visitor who turns marketing
/// on in the settings gets it.
#[test]
fn global_privacy_control_refuses_marketing_until_the_visitor_chooses_it() {
    let Some(tools) = tools("the GPC browser test") else {
        return;
    };
    let catalogue = read(fixture("signals").join("catalogue.toml"));
    let got = drive(&tools, &catalogue, "gpc,gpc-explicit");
    let denied = default(NECESSARY, None);
    let without_ads = &[
        "analytics_storage",
        "functionality_storage",
        "personalization_storage",
        "security_storage",
    ];
    let ads = &["ad_storage", "ad_user_data", "security_storage"];
    let expected = json!({
        "gpc": {
            "atTag": [denied],
            "notice": true,
            "after": [denied, update(without_ads)],
        },
        "gpc-explicit": {
            "atTag": [denied],
            "notice": true,
            "after": [denied, update(ads)],
        },
    });
    for library in ["cookieconsent", "klaro"] {
        assert_eq!(commands(&got[library]), expected, "{library}");
    }
    let cc = &got["cookieconsent"];
    assert_eq!(
        cc["gpc"]["acceptAllButtons"],
        json!(0),
        "no accept-all with GPC"
    );
    assert_eq!(
        cc["gpc"]["stored"],
        json!(["necessary", "preferences", "analytics"])
    );
    assert_eq!(
        cc["gpc-explicit"]["stored"],
        json!(["necessary", "marketing"])
    );
    let klaro = &got["klaro"];
    assert_eq!(
        klaro["gpc"]["stored"],
        json!({
            "first-party-necessary": true,
            "first-party-preferences": true,
            "google-analytics": true,
            "google-marketing": false,
        }),
        "Klaro's accept all leaves marketing off"
    );
    assert_eq!(
        klaro["gpc-explicit"]["stored"]["google-marketing"],
        json!(true)
    );
}

/// The build writes the GPC support resource and the cookie policy says, in each
/// language, that the signal is honoured; a catalogue without `gpc` gets neither.
#[test]
fn gpc_json_and_the_policy_statement_follow_the_catalogue() {
    let catalogue = read(fixture("signals").join("catalogue.toml")).replace(
        "locales = [\"en\"]",
        "locales = [\"en\", \"de\", \"es\", \"fr\", \"it\", \"nl\"]",
    );
    let project = project_with(&[("catalogue.toml", &catalogue)]);
    let run = disclose(project.path(), &["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let out = project.path().join("out");
    assert_eq!(
        read(out.join(".well-known/gpc.json")),
        "{\n  \"gpc\": true,\n  \"lastUpdate\": \"2026-03-01\"\n}\n"
    );
    for lang in ["en", "de", "es", "fr", "it", "nl"] {
        let page = read(out.join(format!("signals/{lang}/cookie-policy.html")));
        let statement = page
            .split("<p id=\"gpc\">")
            .nth(1)
            .unwrap_or_else(|| panic!("{lang}: no GPC statement"));
        assert!(
            statement.starts_with(match lang {
                "en" => "We honour Global Privacy Control (GPC).",
                "de" => "Wir beachten Global Privacy Control (GPC).",
                "es" => "Respetamos Global Privacy Control (GPC).",
                "fr" => "Nous respectons Global Privacy Control (GPC).",
                "it" => "Rispettiamo Global Privacy Control (GPC).",
                _ => "Wij respecteren Global Privacy Control (GPC).",
            }),
            "{lang}: {statement}"
        );
        let markdown = read(out.join(format!("signals/{lang}/cookie-policy.md")));
        assert!(markdown.contains("Global Privacy Control (GPC)"), "{lang}");
    }
    let without = read(fixture("signals").join("catalogue.toml")).replace("gpc = true\n", "");
    let project = project_with(&[("catalogue.toml", &without)]);
    let run = disclose(project.path(), &["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let out = project.path().join("out");
    assert!(!out.join(".well-known/gpc.json").exists());
    assert!(!read(out.join("signals/en/cookie-policy.html")).contains("Global Privacy Control"));
}

/// With `required_in`, the denied default applies to those regions only and a
/// granted one everywhere else; the visitor's choice still updates both.
#[test]
fn region_specific_defaults_deny_only_where_consent_is_required() {
    let Some(tools) = tools("the region consent-signal browser test") else {
        return;
    };
    let catalogue = read(fixture("signals").join("catalogue.toml")).replace(
        "mechanism = \"opt-in-banner\"",
        "mechanism = \"opt-in-banner\"\nrequired_in = [\"DE\", \"NL\", \"US-CA\"]",
    );
    let got = drive(&tools, &catalogue, "reject");
    let defaults = [
        default(NECESSARY, Some(&["DE", "NL", "US-CA"])),
        default(ALL, None),
    ];
    let expected = json!({
        "reject": {
            "atTag": defaults,
            "notice": false,
            "after": [defaults[0], defaults[1], update(NECESSARY)],
        },
    });
    for library in ["cookieconsent", "klaro"] {
        assert_eq!(commands(&got[library]), expected, "{library}");
    }
}
