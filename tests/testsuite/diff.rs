//! `disclose diff`: every change kind and its class through the library, and the
//! binary on a real git repository made in a temporary folder.

use crate::harness::{disclose, read, repo_root};
use disclose::catalogue::load_text;
use disclose::diag::SourceMap;
use disclose::diff::{self, classify};
use disclose::model::{ChangeClass, ChangeKind, Keyword, Policy, resolve};
use std::path::Path;
use std::process::Command;

/// The bundled example-shop catalogue, as text.
pub fn shop() -> String {
    read(repo_root().join("policies/example-shop.toml"))
}

fn policy(text: &str) -> Policy {
    let mut sources = SourceMap::default();
    let mut diags = Vec::new();
    let catalogue = load_text("shop.toml", text, &mut sources, &mut diags);
    let policy = resolve(&catalogue, &mut diags);
    assert!(
        diags.iter().all(|d| !d.is_error()),
        "the edited catalogue resolves: {diags:?}"
    );
    policy.expect("resolves")
}

/// `text` with `from` replaced by `to`; `from` must be there.
fn edit(text: &str, from: &str, to: &str) -> String {
    assert!(text.contains(from), "the catalogue has {from:?}");
    text.replacen(from, to, 1)
}

pub const MARKETING_COOKIE: &str = r#"
[[cookies]]
name = "_fbp"
provider = "analytics-co"
category = "marketing"
purposes = ["analytics"]
duration = "3 months"
"#;

const NECESSARY_COOKIE: &str = r#"
[[cookies]]
name = "csrf"
provider = "first-party"
category = "necessary"
purposes = ["basket"]
duration = "session"
"#;

/// One edit of the example shop and the change it must produce.
fn cases() -> Vec<(&'static str, String, ChangeKind, ChangeClass)> {
    use ChangeClass::*;
    use ChangeKind::*;
    let s = shop();
    let e = |from: &str, to: &str| edit(&s, from, to);
    vec![
        (
            "marketing cookie added",
            s.clone() + MARKETING_COOKIE,
            CookieAdded,
            Consent,
        ),
        (
            "necessary cookie added",
            s.clone() + NECESSARY_COOKIE,
            CookieAdded,
            Material,
        ),
        (
            "cookie removed",
            e(
                "[[cookies]]\nname = \"_ac_id.<site>\"\nexample = \"_ac_id.42\"\nprovider = \"analytics-co\"\ncategory = \"analytics\"\npurposes = [\"analytics\"]\nduration = \"13 months\"\n",
                "",
            ),
            CookieRemoved,
            Editorial,
        ),
        (
            "cookie renamed",
            e(
                "name = \"_ac_id.<site>\"\nexample = \"_ac_id.42\"",
                "name = \"_ac_uid.<site>\"",
            ),
            CookieRenamed,
            Editorial,
        ),
        (
            "lifetime longer",
            e("duration = \"13 months\"", "duration = \"2 years\""),
            LifetimeLonger,
            Consent,
        ),
        (
            "lifetime shorter",
            e("duration = \"13 months\"", "duration = \"6 months\""),
            LifetimeShorter,
            Editorial,
        ),
        (
            "necessary cookie lasts longer",
            e(
                "duration = \"session\"\ndescription",
                "duration = \"1 day\"\ndescription",
            ),
            LifetimeLonger,
            Material,
        ),
        (
            "category to marketing",
            e("category = \"analytics\"", "category = \"marketing\""),
            CategoryChanged,
            Consent,
        ),
        (
            "cookie provider changed",
            e(
                "example = \"_ac_id.42\"\nprovider = \"analytics-co\"",
                "example = \"_ac_id.42\"\nprovider = \"first-party\"",
            ),
            CookieProviderChanged,
            Consent,
        ),
        (
            "cookie serves another purpose",
            e(
                "purposes = [\"analytics\"]\nduration = \"13 months\"",
                "purposes = [\"analytics\", \"orders\"]\nduration = \"13 months\"",
            ),
            CookiePurposesChanged,
            Consent,
        ),
        (
            "consent purpose added",
            s.clone() + "\n[[purposes]]\nid = \"ads\"\nname = \"Ads\"\nlegal_basis = \"consent\"\n",
            PurposeAdded,
            Consent,
        ),
        (
            "contract purpose added",
            s.clone()
                + "\n[[purposes]]\nid = \"billing\"\nname = \"Billing\"\nlegal_basis = \"legal-obligation\"\n",
            PurposeAdded,
            Material,
        ),
        (
            "basis moved to consent",
            e(
                "legal_basis = \"legitimate-interests\"",
                "legal_basis = \"consent\"",
            ),
            LegalBasisChanged,
            Consent,
        ),
        (
            "basis moved away from consent",
            e(
                "id = \"analytics\"\nname = { en = \"Website analytics\", nl = \"Websiteanalyse\" }\nlegal_basis = \"consent\"",
                "id = \"analytics\"\nname = { en = \"Website analytics\", nl = \"Websiteanalyse\" }\nlegal_basis = \"legitimate-interests\"\nlegitimate_interest = \"x\"",
            ),
            LegalBasisChanged,
            Material,
        ),
        (
            "recipient added",
            s.clone() + "\n[[processors]]\nid = \"crm\"\nname = \"CRM Ltd\"\ncountry = \"IE\"\n",
            RecipientAdded,
            Material,
        ),
        (
            "recipient of consent data added",
            edit(
                &(s.clone()
                    + "\n[[processors]]\nid = \"crm\"\nname = \"CRM Ltd\"\ncountry = \"IE\"\n"),
                "recipients = [\"analytics-co\"]",
                "recipients = [\"analytics-co\", \"crm\"]",
            ),
            RecipientAdded,
            Consent,
        ),
        (
            "third country for consent data",
            e(
                "country = \"US\"\ntransfer = \"eu-us-dpf\"",
                "country = \"IN\"\ntransfer = \"scc\"",
            ),
            CountryChanged,
            Consent,
        ),
        (
            "country within the EEA",
            e(
                "name = \"Mailer GmbH\"\nrole = \"processor\"\ncountry = \"DE\"",
                "name = \"Mailer GmbH\"\nrole = \"processor\"\ncountry = \"FR\"",
            ),
            CountryChanged,
            Material,
        ),
        (
            "transfer changed",
            e("transfer = \"eu-us-dpf\"", "transfer = \"scc\""),
            TransferChanged,
            Material,
        ),
        (
            "recipient uses data for itself",
            e(
                "role = \"processor\"\ncountry = \"US\"",
                "role = \"controller\"\nown_purposes = true\ncountry = \"US\"",
            ),
            RecipientRoleChanged,
            Consent,
        ),
        (
            "data category added",
            s.clone()
                + "\n[[data]]\nid = \"payment\"\nname = \"Payment\"\nsources = [\"data-subject\"]\npurposes = [\"orders\"]\nrecipients = [\"mailer\"]\nretention = \"7 years\"\n",
            DataAdded,
            Material,
        ),
        (
            "data category removed",
            e(
                "[[data]]\nid = \"usage\"\nname = { en = \"Website usage\", nl = \"Websitegebruik\" }\nsources = [\"cookies\"]\npurposes = [\"analytics\"]\nrecipients = [\"analytics-co\"]\n",
                "",
            ),
            DataRemoved,
            Editorial,
        ),
        (
            "data used for a consent purpose",
            e(
                "purposes = [\"orders\"]\nrecipients = [\"couriers\", \"mailer\"]",
                "purposes = [\"orders\", \"analytics\"]\nrecipients = [\"couriers\", \"mailer\"]",
            ),
            DataPurposesChanged,
            Consent,
        ),
        (
            "data goes to another recipient",
            e(
                "recipients = [\"couriers\", \"mailer\"]",
                "recipients = [\"couriers\", \"mailer\", \"analytics-co\"]",
            ),
            DataRecipientsChanged,
            Material,
        ),
        (
            "data from another source",
            e(
                "sources = [\"data-subject\"]",
                "sources = [\"data-subject\", \"third-party\"]",
            ),
            SourcesChanged,
            Material,
        ),
        (
            "retention reworded in the default locale",
            e(
                "Seven years after your last order.",
                "Ten years after your last order.",
            ),
            RetentionChanged,
            Material,
        ),
        (
            "retention translation fixed",
            e(
                "Zeven jaar na je laatste bestelling.",
                "Zeven jaar na uw laatste bestelling.",
            ),
            TextChanged,
            Editorial,
        ),
        (
            "right withdrawn",
            e("\"portability\", ", ""),
            RightWithdrawn,
            Material,
        ),
        (
            "right granted",
            e("\"objection\",", "\"objection\", \"automated-decisions\","),
            RightGranted,
            Material,
        ),
        (
            "controller e-mail",
            e(
                "email = \"privacy@shop.example\"",
                "email = \"legal@shop.example\"",
            ),
            ContactChanged,
            Material,
        ),
        (
            "dpo e-mail",
            e(
                "email = \"dpo@shop.example\"",
                "email = \"dpo2@shop.example\"",
            ),
            ContactChanged,
            Material,
        ),
        (
            "authority website",
            e(
                "url = \"https://autoriteitpersoonsgegevens.nl\"",
                "url = \"https://ap.example\"",
            ),
            ContactChanged,
            Material,
        ),
        (
            "automated decisions",
            e(
                "automated_decisions = false",
                "automated_decisions = true\nautomated_decisions_details = \"x\"",
            ),
            AutomatedDecisionsChanged,
            Material,
        ),
        (
            "consent mechanism",
            e(
                "mechanism = \"opt-in-banner\"",
                "mechanism = \"browser-settings\"",
            ),
            ConsentMechanismChanged,
            Material,
        ),
        (
            "storage moved",
            e(
                "country = \"NL\"\n\n[[sections]]",
                "country = \"US\"\n\n[[sections]]",
            ),
            StorageChanged,
            Material,
        ),
        (
            "own clause added",
            s.clone()
                + "\n[[sections]]\nid = \"law\"\ndocument = \"privacy-policy\"\ntitle = \"Law\"\nbody = \"Dutch law applies.\"\n",
            SectionAdded,
            Material,
        ),
        (
            "document no longer published",
            edit(
                &e(
                    "documents = [\"cookie-policy\", \"privacy-policy\"]",
                    "documents = [\"privacy-policy\"]",
                ),
                "document = \"cookie-policy\"",
                "document = \"privacy-policy\"",
            ),
            DocumentRemoved,
            Material,
        ),
        (
            "locale added",
            e("locales = [\"nl\"]", "locales = [\"nl\", \"de\"]"),
            LocaleAdded,
            Editorial,
        ),
        (
            "typo fixed",
            e(
                "We announce changes 30 days ahead.",
                "We announce changes 30 days in advance.",
            ),
            TextChanged,
            Editorial,
        ),
    ]
}

#[test]
fn every_change_kind_has_its_class() {
    let before = policy(&shop());
    let mut kinds = std::collections::BTreeSet::new();
    for (what, after, kind, class) in cases() {
        let changes = diff::diff(&before, &policy(&after));
        assert!(
            changes.iter().any(|c| c.kind == kind && c.class == class),
            "{what}: expected {} {}, got {changes:#?}",
            kind.keyword(),
            class.keyword()
        );
        kinds.insert(kind);
    }
    // Every kind is exercised here, or read backwards in the next test.
    let untested: Vec<&str> = ChangeKind::ALL
        .iter()
        .filter(|(_, k)| !kinds.contains(k))
        .map(|(w, _)| *w)
        .filter(|w| {
            ![
                "purpose-removed",
                "recipient-removed",
                "section-removed",
                "document-added",
                "locale-removed",
            ]
            .contains(w)
        })
        .collect();
    assert!(untested.is_empty(), "kinds without a case: {untested:?}");
}

#[test]
fn the_same_catalogue_has_no_changes_and_removals_are_editorial() {
    let before = policy(&shop());
    assert!(diff::diff(&before, &before).is_empty());
    // Read backwards, additions are removals: editorial.
    let bigger = policy(
        &(shop()
            + MARKETING_COOKIE
            + "\n[[purposes]]\nid = \"ads\"\nname = \"Ads\"\nlegal_basis = \"consent\"\n\n[[processors]]\nid = \"crm\"\nname = \"CRM\"\ncountry = \"IE\"\n"),
    );
    let changes = diff::diff(&bigger, &before);
    let kinds: Vec<(ChangeKind, ChangeClass)> = changes.iter().map(|c| (c.kind, c.class)).collect();
    for expected in [
        ChangeKind::CookieRemoved,
        ChangeKind::PurposeRemoved,
        ChangeKind::RecipientRemoved,
    ] {
        assert!(
            kinds.contains(&(expected, ChangeClass::Editorial)),
            "{kinds:?}"
        );
    }
    assert_eq!(diff::strongest(&changes), Some(ChangeClass::Editorial));
    let german = policy(&edit(
        &shop(),
        "locales = [\"nl\"]",
        "locales = [\"nl\", \"de\"]",
    ));
    let changes = diff::diff(&german, &before);
    assert_eq!(
        changes
            .iter()
            .map(|c| (c.kind, c.class))
            .collect::<Vec<_>>(),
        [(ChangeKind::LocaleRemoved, ChangeClass::Material)]
    );
    let cookie_only = edit(
        &edit(
            &shop(),
            "documents = [\"cookie-policy\", \"privacy-policy\"]",
            "documents = [\"cookie-policy\"]",
        ),
        "document = \"privacy-policy\"",
        "document = \"cookie-policy\"",
    );
    let changes = diff::diff(&policy(&cookie_only), &before);
    assert!(
        changes
            .iter()
            .any(|c| (c.kind, c.class) == (ChangeKind::DocumentAdded, ChangeClass::Editorial)),
        "{changes:#?}"
    );
}

#[test]
fn every_reason_names_its_legal_source() {
    for (_, kind) in ChangeKind::ALL {
        for (_, class) in ChangeClass::ALL {
            let reason = classify::reason(*kind, *class);
            assert!(
                reason.source.contains("Art.") || reason.source.contains("WP260"),
                "{} {}: {:?}",
                kind.keyword(),
                class.keyword(),
                reason
            );
        }
    }
}

// ---- the binary on a real git repository ----

pub fn git(dir: &Path, args: &[&str]) {
    let status = Command::new("git")
        .args(["-c", "user.name=Test", "-c", "user.email=test@example.com"])
        .args(args)
        .current_dir(dir)
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .status()
        .expect("git runs (install git)");
    assert!(status.success(), "git {args:?}");
}

/// A git repository with the example shop committed under policies/.
pub fn repo() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("policies")).unwrap();
    std::fs::write(dir.path().join("policies/shop.toml"), shop()).unwrap();
    git(dir.path(), &["init", "-q"]);
    git(dir.path(), &["add", "."]);
    git(dir.path(), &["commit", "-q", "-m", "v1"]);
    dir
}

fn write_shop(dir: &Path, text: &str) {
    std::fs::write(dir.join("policies/shop.toml"), text).unwrap();
}

#[test]
fn a_new_marketing_cookie_asks_for_consent_again() {
    let repo = repo();
    write_shop(repo.path(), &(shop() + MARKETING_COOKIE));
    let run = disclose(repo.path(), &["diff", "HEAD", "--format", "json"]);
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let changes = &json["policies"][0]["changes"];
    assert_eq!(json["policies"][0]["class"], "consent");
    assert_eq!(changes[0]["kind"], "cookie-added");
    assert_eq!(changes[0]["class"], "consent");
    assert_eq!(
        changes[0]["text"],
        "New cookie _fbp (Analytics Co, Marketing, 3 months)"
    );
    assert!(changes[0]["source"].as_str().unwrap().contains("Art. 7"));
}

#[test]
fn a_typo_fix_is_editorial_and_exits_0() {
    let repo = repo();
    write_shop(
        repo.path(),
        &edit(
            &shop(),
            "We announce changes 30 days ahead.",
            "We announce changes 30 days in advance.",
        ),
    );
    let run = disclose(repo.path(), &["diff", "HEAD"]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    assert!(
        run.stdout
            .contains("editorial  Reworded: section `changes` (body, en)"),
        "{}",
        run.stdout
    );
    assert!(
        run.stderr.contains("0 consent, 0 material, 1 editorial"),
        "{}",
        run.stderr
    );
}

#[test]
fn two_revisions_a_path_and_markdown() {
    let repo = repo();
    write_shop(
        repo.path(),
        &edit(
            &shop(),
            "duration = \"13 months\"",
            "duration = \"2 years\"",
        ),
    );
    git(repo.path(), &["commit", "-q", "-am", "v2"]);
    git(repo.path(), &["tag", "v2"]);
    let run = disclose(
        repo.path(),
        &[
            "diff", "HEAD~1", "v2", "--format", "markdown", "--locale", "de",
        ],
    );
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stdout.contains("| **consent** | Das Cookie \\_ac\\_id.\\<site\\> bleibt jetzt 2 Jahre statt 13 Monate gespeichert |"),
        "{}",
        run.stdout
    );
    // A file against a revision: the path side wins over a revision of that name.
    std::fs::write(repo.path().join("old.toml"), shop()).unwrap();
    let run = disclose(repo.path(), &["diff", "old.toml", "v2"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stdout
            .contains("consent    Cookie _ac_id.<site> now lasts 2 years instead of 13 months"),
        "{}",
        run.stdout
    );
}

#[test]
fn unknown_revisions_and_missing_git_are_clear_errors() {
    let repo = repo();
    let run = disclose(repo.path(), &["diff", "v9"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .contains("`v9` is neither a catalogue file or folder nor a revision"),
        "{}",
        run.stderr
    );
    let plain = tempfile::tempdir().unwrap();
    std::fs::create_dir(plain.path().join("policies")).unwrap();
    std::fs::write(plain.path().join("policies/shop.toml"), shop()).unwrap();
    let run = crate::harness::disclose_with_env(
        plain.path(),
        &["diff", "HEAD"],
        &[(
            "GIT_CEILING_DIRECTORIES",
            plain.path().parent().unwrap().to_str().unwrap(),
        )],
    );
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("is not inside a git repository"),
        "{}",
        run.stderr
    );
    let run = crate::harness::disclose_with_env(
        repo.path(),
        &["diff", "HEAD"],
        &[("PATH", "/nonexistent")],
    );
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("needs the git command-line tool"),
        "{}",
        run.stderr
    );
}
