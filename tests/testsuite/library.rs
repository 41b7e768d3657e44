//! The library API: loading, resolution and rendering without the binary.

use crate::harness::fixture;
use disclose::build::{BuildOptions, render_all};
use disclose::duration::SECONDS_PER_MONTH;
use disclose::project::load_all;

fn codes_and_lines(case: &str) -> Vec<(&'static str, usize, usize)> {
    let loaded = load_all(&[fixture(case).join("catalogue.toml")]);
    loaded
        .diagnostics
        .iter()
        .map(|d| {
            let loc = d
                .location
                .as_ref()
                .expect("structural problems have a location");
            let (line, col) = loaded.sources.line_col(loc.file, loc.span.start);
            (d.code, line, col)
        })
        .collect()
}

#[test]
fn every_problem_of_a_catalogue_is_collected() {
    let found = codes_and_lines("many_problems");
    let codes: Vec<&str> = found.iter().map(|(c, _, _)| *c).collect();
    assert_eq!(
        codes,
        [
            "DL013", "DL009", "DL014", "DL014", "DL014", "DL009", "DL015", "DL006", "DL009",
            "DL004"
        ],
        "{found:?}"
    );
}

#[test]
fn resolution_errors_point_at_the_value() {
    assert_eq!(
        codes_and_lines("bad_duration"),
        [("DL010", 14, 12), ("DL010", 20, 12), ("DL010", 26, 12)]
    );
    assert_eq!(
        codes_and_lines("duplicate_ids"),
        [("DL007", 15, 6), ("DL007", 24, 1)]
    );
    assert_eq!(
        codes_and_lines("bad_locale"),
        [("DL011", 3, 8), ("DL011", 5, 18)]
    );
}

#[test]
fn manifest_describes_cookies_for_consent_tools() {
    let rendered = render_all(&BuildOptions::new(
        fixture("valid"),
        vec![fixture("valid").join("catalogue.toml")],
    ))
    .unwrap();
    let plan = rendered.plan.expect("valid catalogue renders");
    let (_, bytes) = plan
        .files()
        .iter()
        .find(|(p, _)| p.ends_with("manifest.json"))
        .unwrap();
    let manifest: serde_json::Value = serde_json::from_slice(bytes).unwrap();
    assert_eq!(manifest["manifest_version"], "1.1");
    assert_eq!(
        manifest["policy"]["locales"],
        serde_json::json!(["en", "nl"])
    );
    let cookie = &manifest["cookies"][0];
    assert_eq!(cookie["name"], "_pk_id.<site>");
    assert_eq!(cookie["match"], "pattern");
    assert_eq!(cookie["regex"], "^_pk_id\\..+$");
    assert_eq!(cookie["consent_required"], true);
    assert_eq!(cookie["first_party"], false);
    assert_eq!(cookie["duration"]["seconds"], 13 * SECONDS_PER_MONTH);
    assert_eq!(cookie["duration"]["iso8601"], "P13M");
    assert_eq!(cookie["duration"]["text"]["en"], "13 months");
    let session = &manifest["cookies"][1];
    assert_eq!(session["consent_required"], false);
    assert_eq!(session["duration"]["kind"], "session");
    assert!(session["duration"]["seconds"].is_null());
    assert_eq!(manifest["processors"][0]["transfer"], "eu-us-dpf");
    assert_eq!(manifest["processors"][0]["outside_eea"], true);
    assert_eq!(
        manifest["purposes"][1]["legal_basis"],
        "legitimate-interests"
    );
    assert_eq!(manifest["documents"].as_array().unwrap().len(), 4);
    let files = &manifest["documents"][0]["files"];
    assert_eq!(files["html"]["path"], "en/cookie-policy.html");
    assert_eq!(files["fragment"]["path"], "en/cookie-policy.fragment.html");
    assert_eq!(files["markdown"]["path"], "en/cookie-policy.md");
}

#[test]
fn manifest_hashes_the_rendered_pages() {
    let rendered = render_all(&BuildOptions::new(
        fixture("valid"),
        vec![fixture("valid").join("catalogue.toml")],
    ))
    .unwrap();
    let plan = rendered.plan.expect("valid catalogue renders");
    let file = |suffix: &str| {
        &plan
            .files()
            .iter()
            .find(|(p, _)| p.ends_with(suffix))
            .unwrap()
            .1
    };
    let manifest: serde_json::Value = serde_json::from_slice(file("manifest.json")).unwrap();
    for (format, path) in [
        ("html", "shop/en/cookie-policy.html"),
        ("fragment", "shop/en/cookie-policy.fragment.html"),
        ("markdown", "shop/en/cookie-policy.md"),
    ] {
        assert_eq!(
            manifest["documents"][0]["files"][format]["sha256"],
            disclose::render::manifest::sha256_hex(file(path)),
            "{format}"
        );
    }
}

/// Known answers (FIPS 180-2, appendix B.1, and the empty message): the manifest's
/// page hashes are real SHA-256, not merely what the same function says.
#[test]
fn page_hashes_are_sha256() {
    use disclose::render::manifest::sha256_hex;
    assert_eq!(
        sha256_hex(b"abc"),
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    );
    assert_eq!(
        sha256_hex(b""),
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
    );
}

fn fingerprint_of(catalogue: &str) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("c.toml");
    std::fs::write(&path, catalogue).unwrap();
    let loaded = load_all(&[path]);
    assert!(!loaded.has_errors(), "{:?}", loaded.diagnostics);
    disclose::model::facts::consent_fingerprint(&loaded.policies[0])
}

#[test]
fn consent_fingerprint_ignores_wording_and_tracks_what_is_consented_to() {
    let base = std::fs::read_to_string(fixture("valid").join("catalogue.toml")).unwrap();
    let original = fingerprint_of(&base);

    let typo_fixed = base.replace("Counts *unique* visitors.", "Counts unique visitors.");
    assert_ne!(typo_fixed, base);
    assert_eq!(
        fingerprint_of(&typo_fixed),
        original,
        "a wording change keeps it"
    );

    let necessary = "[[cookies]]\nname = \"csrf\"\nprovider = \"first-party\"\ncategory = \"necessary\"\nduration = \"session\"\n";
    assert_eq!(
        fingerprint_of(&format!("{base}\n{necessary}")),
        original,
        "a necessary cookie needs no consent"
    );

    let marketing = "[[cookies]]\nname = \"_fbp\"\nprovider = \"analytics-co\"\ncategory = \"marketing\"\npurposes = [\"analytics\"]\nduration = \"90 days\"\n";
    assert_ne!(
        fingerprint_of(&format!("{base}\n{marketing}")),
        original,
        "a new marketing cookie"
    );

    let longer = base.replace("duration = \"13 months\"", "duration = \"25 months\"");
    assert_ne!(longer, base);
    assert_ne!(fingerprint_of(&longer), original, "a longer duration");

    let transfer = base.replace("transfer = \"eu-us-dpf\"", "transfer = \"scc\"");
    assert_ne!(transfer, base);
    assert_ne!(
        fingerprint_of(&transfer),
        original,
        "another transfer mechanism"
    );
}

#[test]
fn bom_crlf_and_tabs_are_read_like_plain_files() {
    let original = std::fs::read_to_string(fixture("valid").join("catalogue.toml")).unwrap();
    let windows = format!(
        "\u{feff}{}",
        original.replace('\n', "\r\n").replace(" = ", "\t=\t")
    );
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("windows.toml");
    std::fs::write(&path, windows).unwrap();
    let loaded = load_all(std::slice::from_ref(&path));
    assert!(loaded.diagnostics.is_empty(), "{:?}", loaded.diagnostics);
    assert_eq!(loaded.policies[0].cookies.len(), 2);

    // Positions stay right with CRLF: break line 14 and find the error there.
    let broken = std::fs::read_to_string(&path)
        .unwrap()
        .replace("country\t=\t\"NL\"", "country\t=\t\"Netherlands\"");
    std::fs::write(&path, broken).unwrap();
    let loaded = load_all(&[path]);
    let diag = &loaded.diagnostics[0];
    let loc = diag.location.as_ref().unwrap();
    assert_eq!(
        (diag.code, loaded.sources.line_col(loc.file, loc.span.start)),
        ("DL014", (14, 11))
    );
}

/// The names a build writes at the top of the output folder, other than policy folders,
/// are exactly the ids a policy may not take: a new site file cannot be forgotten.
#[test]
fn the_site_files_at_the_top_of_the_output_are_reserved_policy_ids() {
    let mut options = BuildOptions::new(
        fixture("valid"),
        vec![fixture("valid").join("catalogue.toml")],
    );
    options.formats = disclose::render::Format::ALL
        .iter()
        .copied()
        .filter(|f| *f != disclose::render::Format::Pdf)
        .collect();
    let plan = render_all(&options).unwrap().plan.expect("valid renders");
    let roots: std::collections::BTreeSet<String> = plan
        .files()
        .iter()
        .map(|(p, _)| {
            p.components()
                .next()
                .unwrap()
                .as_os_str()
                .to_string_lossy()
                .into_owned()
        })
        .filter(|root| root != "shop")
        .collect();
    let reserved: std::collections::BTreeSet<String> = disclose::model::RESERVED_POLICY_IDS
        .iter()
        .map(|s| s.to_string())
        .collect();
    assert_eq!(roots, reserved);
}
