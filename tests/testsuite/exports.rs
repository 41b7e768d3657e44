//! The consent-manager exports without a browser: CookieConsent's `revision`
//! (docs/exports.md) is derived from the manifest's `consent_fingerprint`, so it changes
//! exactly when the facts a visitor consents to change. The banners themselves are
//! tested with the real libraries in banners.rs.

use crate::banners::revision_of;
use crate::harness::{disclose, fixture, project_with, read};

/// Build `catalogue` (the valid fixture's policy `shop`) and return the `revision`
/// its cookieconsent.js sets, after checking it is the one the manifest's
/// fingerprint gives.
fn revision(catalogue: &str) -> u64 {
    let project = project_with(&[("shop.toml", catalogue)]);
    let run = disclose(project.path(), &["build", "--format", "markdown"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let out = project.path().join("out/shop");
    let script = read(out.join("exports/cookieconsent.js"));
    let line = script
        .lines()
        .find_map(|l| l.trim().strip_prefix("revision: "))
        .unwrap_or_else(|| panic!("no revision in cookieconsent.js:\n{script}"));
    let written: u64 = line.trim_end_matches(',').parse().unwrap();
    assert_eq!(written, revision_of(&out.join("manifest.json")));
    assert_ne!(written, 0, "0 turns CookieConsent's revisions off");
    written
}

#[test]
fn the_cookieconsent_revision_changes_exactly_when_the_consented_facts_do() {
    let base = read(fixture("valid").join("catalogue.toml"));
    let original = revision(&base);
    let edit = |from: &str, to: &str| {
        let edited = base.replacen(from, to, 1);
        assert_ne!(edited, base, "the fixture has `{from}`");
        edited
    };

    // Kept: wording, a translation, a strictly necessary cookie.
    let same = [
        (
            "a typo fix",
            edit("Counts *unique* visitors.", "Counts unique visitors."),
        ),
        (
            "a changed translation",
            edit("Telt *unieke* bezoekers.", "Telt unieke bezoekers."),
        ),
        (
            "a new strictly necessary cookie",
            format!(
                "{base}\n[[cookies]]\nname = \"csrf\"\nprovider = \"first-party\"\n\
                 category = \"necessary\"\npurposes = [\"security\"]\nduration = \"session\"\n"
            ),
        ),
    ];
    for (what, catalogue) in same {
        assert_eq!(revision(&catalogue), original, "{what} keeps the revision");
    }

    // Changed: what a visitor consents to.
    let changed = [
        (
            "a new analytics cookie",
            format!(
                "{base}\n[[cookies]]\nname = \"_pk_ses.<site>\"\nprovider = \"analytics-co\"\n\
                 category = \"analytics\"\npurposes = [\"analytics\"]\nduration = \"30 minutes\"\n"
            ),
        ),
        (
            "a longer duration",
            edit("duration = \"13 months\"", "duration = \"25 months\""),
        ),
        (
            "a shorter duration",
            edit("duration = \"13 months\"", "duration = \"6 months\""),
        ),
        (
            "another transfer mechanism",
            edit("transfer = \"eu-us-dpf\"", "transfer = \"scc\""),
        ),
        (
            "another recipient country",
            edit("country = \"US\"", "country = \"CA\""),
        ),
        (
            "another category",
            edit("category = \"analytics\"", "category = \"marketing\""),
        ),
    ];
    let mut seen = vec![original];
    for (what, catalogue) in changed {
        let revision = revision(&catalogue);
        assert!(
            !seen.contains(&revision),
            "{what} must give a new revision (got {revision}, seen {seen:?})"
        );
        seen.push(revision);
    }
}
