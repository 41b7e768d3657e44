//! Localize once: a cookie's duration is worded by the locale views, and every output
//! (pages, manifest, both consent-manager exports) shows that one wording.

use crate::harness::{disclose, fixture, project_with, read};

#[test]
fn one_duration_wording_reaches_every_output() {
    let project = project_with(&[("shop.toml", &read(fixture("valid").join("catalogue.toml")))]);
    // Project messages replace the shipped unit: if any output worded durations on its
    // own (or from a cache of another locale), it would show the shipped "13 months".
    let locales = project.path().join("locales");
    std::fs::create_dir_all(&locales).unwrap();
    std::fs::write(
        locales.join("en.ftl"),
        "duration-month = { $count } moons\n",
    )
    .unwrap();
    std::fs::write(
        locales.join("nl.ftl"),
        "duration-month = { $count } manen\n",
    )
    .unwrap();
    let run = disclose(project.path(), &["build", "--format", "html,markdown"]);
    assert_eq!(run.code, 0, "{}", run.stderr);

    let out = project.path().join("out/shop");
    for (lang, words) in [("en", "13 moons"), ("nl", "13 manen")] {
        for file in ["cookie-policy.html", "cookie-policy.md"] {
            let page = read(out.join(lang).join(file));
            assert!(page.contains(words), "{lang}/{file} lacks {words:?}");
        }
    }
    let manifest: serde_json::Value =
        serde_json::from_str(&read(out.join("manifest.json"))).unwrap();
    let pk = manifest["cookies"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == "_pk_id.<site>")
        .unwrap();
    assert_eq!(pk["duration"]["text"]["en"], "13 moons");
    assert_eq!(pk["duration"]["text"]["nl"], "13 manen");
    for export in ["cookieconsent.js", "klaro.js"] {
        let script = read(out.join("exports").join(export));
        for words in ["13 moons", "13 manen"] {
            assert!(script.contains(words), "{export} lacks {words:?}");
        }
        assert!(!script.contains("13 months"), "{export} worded it again");
    }
}
