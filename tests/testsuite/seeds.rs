//! The bundled seed catalogues: the committed out/ is what a fresh build produces,
//! and every seed fact reaches every page.

use crate::harness::{read, repo_root};

/// The committed out/ holds PDFs, manifests that list them and an index that links
/// them: only a disclose with the `pdf` feature can check it. Without the feature the
/// seeds are still built, in every other format.
#[cfg(feature = "pdf")]
#[test]
fn committed_output_is_up_to_date() {
    let run = crate::harness::disclose(&repo_root(), &["build", "--check"]);
    assert_eq!(
        run.code, 0,
        "out/ is stale; run `cargo run -- build` and review the diff.\n{}{}",
        run.stdout, run.stderr
    );
}

#[cfg(not(feature = "pdf"))]
#[test]
fn seeds_build_without_pdf_support() {
    let files = crate::harness::tree(crate::harness::seed_build());
    assert!(
        files
            .iter()
            .any(|(p, _)| p.ends_with("coolback/en/cookie-policy.html"))
    );
    assert!(
        !files
            .iter()
            .any(|(p, _)| p.extension().is_some_and(|e| e == "pdf"))
    );
}

/// Facts of each seed that must appear on every page of its cookie policy.
pub const COOKIE_FACTS: &[(&str, &[&str])] = &[
    (
        "coulisse",
        &[
            "_icl_current_language",
            "devicePixelRatio",
            "CraftSessionId",
            "vuid",
            "visitor_id&lt;account&gt;",
            "pi_opt_in",
            "Pardot",
            "Google",
        ],
    ),
    ("coolback", &["Google"]),
    (
        "whmcs-hosting",
        &[
            "WHMCSInstanceID",
            "WHMCSAffiliateID",
            "WHMCSLinkID",
            "WHMCSUser",
            "Tawk.to",
            "Google",
        ],
    ),
];

#[test]
fn seed_cookie_facts_appear_in_every_locale() {
    for (policy, facts) in COOKIE_FACTS {
        let manifest: serde_json::Value = serde_json::from_str(&read(
            repo_root().join("out").join(policy).join("manifest.json"),
        ))
        .unwrap();
        for locale in manifest["policy"]["locales"].as_array().unwrap() {
            let page = read(
                repo_root()
                    .join("out")
                    .join(policy)
                    .join(locale.as_str().unwrap())
                    .join("cookie-policy.html"),
            );
            for fact in *facts {
                assert!(page.contains(fact), "{policy}/{locale}: `{fact}` missing");
            }
        }
    }
}
