//! Every shipped language on real pages: no English boilerplate leaks into another
//! language, and dates and plurals follow each language's CLDR rules.

use crate::harness::{disclose, fixture, project_with, read, tree};

/// Visible text of an HTML page: tags, `<code>` (cookie names) and `<style>` removed.
fn visible_text(html: &str) -> String {
    let mut text = String::new();
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        text.push_str(&rest[..start]);
        let tag_end = rest[start..]
            .find('>')
            .map_or(rest.len(), |i| start + i + 1);
        let tag = &rest[start..tag_end];
        rest = &rest[tag_end..];
        for skipped in ["code", "style", "title"] {
            if tag.starts_with(&format!("<{skipped}")) {
                let close = format!("</{skipped}>");
                let end = rest.find(&close).map_or(rest.len(), |i| i + close.len());
                rest = &rest[end..];
            }
        }
        text.push(' ');
    }
    text.push_str(rest);
    text.replace("&#x27;", "'")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// Common English words that are not words of Dutch, German, French, Spanish or Italian
/// ("session" is French, "data" Italian, so they are not here).
const ENGLISH: &[&str] = &[
    "the",
    "and",
    "your",
    "which",
    "our",
    "you",
    "with",
    "this",
    "that",
    "from",
    "cookies we use",
    "how long",
    "who",
    "policy",
    "privacy policy",
    "rights",
    "purpose",
    "consent",
    "months",
    "year",
    "third party",
    "first party",
    "necessary",
    "analytics",
    "withdraw",
];

fn words(text: &str) -> String {
    let lower: String = text
        .to_lowercase()
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect();
    format!(
        " {} ",
        lower.split_whitespace().collect::<Vec<_>>().join(" ")
    )
}

#[test]
fn no_english_boilerplate_leaks_into_other_languages() {
    let project = project_with(&[(
        "neutral.toml",
        &read(fixture("neutral").join("catalogue.toml")),
    )]);
    let run = disclose(project.path(), &["build", "--format", "html"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let mut checked = 0;
    for (path, bytes) in tree(&project.path().join("out/neutral")) {
        let path = path.display().to_string();
        if !path.ends_with(".html") || path.starts_with("en/") {
            continue;
        }
        let text = words(&visible_text(&String::from_utf8(bytes).unwrap()));
        for english in ENGLISH {
            assert!(
                !text.contains(&format!(" {english} ")),
                "{path}: English `{english}` in:\n{text}"
            );
        }
        checked += 1;
    }
    assert_eq!(checked, 10, "five languages × two documents");
    // The detector works: the English pages are full of these words.
    let english = words(&visible_text(&read(
        project.path().join("out/neutral/en/cookie-policy.html"),
    )));
    assert!(
        ENGLISH
            .iter()
            .filter(|w| english.contains(&format!(" {w} ")))
            .count()
            > 15
    );
}

#[test]
fn dates_and_plurals_follow_each_language() {
    let project = project_with(&[(
        "neutral.toml",
        &read(fixture("neutral").join("catalogue.toml")),
    )]);
    assert_eq!(
        disclose(project.path(), &["build", "--format", "html"]).code,
        0
    );
    // The effective date in the text; each duration as a whole table cell, so that
    // "1 year" cannot pass inside "1 years".
    let expected: &[(&str, &str, [&str; 3])] = &[
        (
            "nl",
            "19 februari 2021",
            ["13 maanden", "30 minuten", "1 jaar"],
        ),
        (
            "de",
            "19. Februar 2021",
            ["13 Monate", "30 Minuten", "1 Jahr"],
        ),
        ("fr", "19 février 2021", ["13 mois", "30 minutes", "1 an"]),
        (
            "es",
            "19 de febrero de 2021",
            ["13 meses", "30 minutos", "1 año"],
        ),
        ("it", "19 febbraio 2021", ["13 mesi", "30 minuti", "1 anno"]),
        (
            "en",
            "19 February 2021",
            ["13 months", "30 minutes", "1 year"],
        ),
    ];
    for (lang, date, durations) in expected {
        let page = read(
            project
                .path()
                .join(format!("out/neutral/{lang}/cookie-policy.html")),
        );
        assert!(page.contains(date), "{lang}: `{date}` missing");
        for duration in durations {
            assert!(
                page.contains(&format!(">{duration}</td>")),
                "{lang}: no cell `{duration}`"
            );
        }
    }
}

#[test]
fn a_name_ending_in_a_period_does_not_double_the_full_stop() {
    let project = project_with(&[(
        "neutral.toml",
        &read(fixture("neutral").join("catalogue.toml")),
    )]);
    assert_eq!(
        disclose(project.path(), &["build", "--format", "html"]).code,
        0
    );
    for lang in ["en", "nl", "de", "fr", "es", "it"] {
        let page = read(
            project
                .path()
                .join(format!("out/neutral/{lang}/cookie-policy.html")),
        );
        assert!(page.contains("ACME B.V."), "{lang}");
        assert!(!page.contains("B.V.."), "{lang}: doubled full stop");
    }
}

#[test]
fn every_language_is_named_in_itself_in_the_switcher_and_index() {
    let catalogue = read(fixture("neutral").join("catalogue.toml")).replace(
        r#"locales = ["en", "nl", "de", "fr", "es", "it"]"#,
        r#"locales = ["en", "nl", "de", "nb", "de-AT"]"#,
    );
    let project = project_with(&[("neutral.toml", &catalogue)]);
    // A user's Norwegian file that does not name its language.
    std::fs::create_dir_all(project.path().join("locales")).unwrap();
    std::fs::write(
        project.path().join("locales/nb.ftl"),
        "cookie-policy-title = Informasjonskapsler\n",
    )
    .unwrap();
    let run = disclose(project.path(), &["build", "--format", "html,markdown"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let switcher = |lang: &str| {
        let page = read(
            project
                .path()
                .join(format!("out/neutral/{lang}/cookie-policy.html")),
        );
        let start = page.find("<nav class=\"disclose-languages\"").unwrap();
        let end = start + page[start..].find("</nav>").unwrap();
        words(&visible_text(&page[start..end]))
    };
    for lang in ["en", "nb", "de-AT"] {
        assert_eq!(
            switcher(lang),
            " nederlands english deutsch norsk bokmål deutsch österreich ",
            "{lang}"
        );
    }
    let index = words(&visible_text(&read(project.path().join("out/index.html"))));
    // One row per document and language.
    assert_eq!(index.matches(" norsk bokmål ").count(), 2, "{index}");
    assert_eq!(index.matches(" english ").count(), 2, "{index}");
    let md = read(project.path().join("out/neutral/nb/cookie-policy.md"));
    assert!(md.contains("language_name: \"Norsk bokmål\"\n"), "{md}");
}

/// `disclose locales new` begins a translation that builds at once, falls back for
/// what it lacks, is reported as DL017 (which the catalogue can allow), and is never
/// written over.
#[test]
fn a_translation_begins_with_locales_new() {
    let catalogue = read(fixture("neutral").join("catalogue.toml")).replace(
        r#"locales = ["en", "nl", "de", "fr", "es", "it"]"#,
        r#"locales = ["en", "se"]"#,
    );
    let project = project_with(&[("neutral.toml", &catalogue)]);
    let run = disclose(project.path(), &["locales", "new", "se"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let path = project.path().join("locales/se.ftl");
    let text = read(&path);
    assert!(text.contains("# en: Cookie policy\n# cookie-policy-title = Cookie policy\n"));
    assert!(text.contains("language-name = Davvisámegiella\n"));
    assert!(
        text.contains("#   [two] 2, …\n"),
        "Sami has a dual:\n{text}"
    );

    let again = disclose(project.path(), &["locales", "new", "se"]);
    assert_eq!(again.code, 2, "never written over");
    assert_eq!(read(&path), text);
    assert_eq!(disclose(project.path(), &["locales", "new", "de"]).code, 2);
    assert_eq!(
        disclose(project.path(), &["locales", "new", "not a tag"]).code,
        2
    );

    // One message translated: the rest fall back, and DL017 counts only what the
    // pages can show (the two countries this catalogue names, of 43).
    std::fs::write(
        &path,
        text.replace(
            "# cookie-policy-title = Cookie policy",
            "cookie-policy-title = Gáhkošpolitihkka",
        ),
    )
    .unwrap();
    let check = disclose(project.path(), &["check", "--format", "json"]);
    let all: serde_json::Value = serde_json::from_str(&check.stdout).unwrap();
    let dl017: Vec<&serde_json::Value> = all
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["code"] == "DL017")
        .collect();
    assert_eq!(dl017.len(), 1, "{all:#}");
    let message = dl017[0]["message"].as_str().unwrap();
    let total = read(crate::harness::repo_root().join("locales/en.ftl"))
        .lines()
        .filter(|l| l.starts_with(|c: char| c.is_ascii_lowercase()) && l.contains(" = "))
        .count();
    let countries = 43;
    let unused_countries = countries - 3; // NL (controller, authority), NZ, US
    let expected = total - 2 - unused_countries; // the title and language-name are there
    assert!(
        message.starts_with(&format!("locale `se` lacks {expected} of {total} messages")),
        "{message}"
    );
    assert!(!message.contains("country-DE"), "{message}");

    let build = disclose(project.path(), &["build", "--format", "html"]);
    assert_eq!(build.code, 0, "{}", build.stderr);
    let page = read(project.path().join("out/neutral/se/cookie-policy.html"));
    assert!(page.contains("Gáhkošpolitihkka"));
    assert!(
        page.contains("Privacyverklaring"),
        "the rest falls back to the default language"
    );

    let allowed = catalogue.replace("[policy]", "[lints]\nDL017 = \"allow\"\n\n[policy]");
    std::fs::write(project.path().join("policies/neutral.toml"), allowed).unwrap();
    let check = disclose(project.path(), &["check", "--format", "json"]);
    assert!(!check.stdout.contains("DL017"), "{}", check.stdout);
    let explain = disclose(project.path(), &["explain", "DL017"]);
    assert_eq!(explain.code, 0, "{}", explain.stderr);
    assert!(
        explain
            .stdout
            .starts_with("DL017 missing-messages (warning)")
    );
}

/// Every shipped language, with its date of 19 February 2021 and "13 months".
const EVERY_LANGUAGE: &[(&str, &str, &str)] = &[
    ("en", "19 February 2021", "13 months"),
    ("bg", "19 февруари 2021\u{202f}г.", "13 месеца"),
    ("cs", "19. února 2021", "13 měsíců"),
    ("da", "19. februar 2021", "13 måneder"),
    ("de", "19. Februar 2021", "13 Monate"),
    ("el", "19 Φεβρουαρίου 2021", "13 μήνες"),
    ("es", "19 de febrero de 2021", "13 meses"),
    ("et", "19 veebruar 2021", "13 kuud"),
    ("fi", "19. helmikuuta 2021", "13 kuukautta"),
    ("fr", "19 février 2021", "13 mois"),
    ("ga", "19 Feabhra 2021", "13 mí"),
    ("hr", "19. veljače 2021.", "13 mjeseci"),
    ("hu", "2021. február 19.", "13 hónap"),
    ("is", "19. febrúar 2021", "13 mánuðir"),
    ("it", "19 febbraio 2021", "13 mesi"),
    ("lt", "2021 m. vasario 19 d.", "13 mėnesių"),
    ("lv", "2021. gada 19. februāris", "13 mēneši"),
    ("mt", "19 ta’ Frar 2021", "13-il xahar"),
    ("nb", "19. februar 2021", "13 måneder"),
    ("nl", "19 februari 2021", "13 maanden"),
    ("pl", "19 lutego 2021", "13 miesięcy"),
    ("pt", "19 de fevereiro de 2021", "13 meses"),
    ("ro", "19 februarie 2021", "13 luni"),
    ("sk", "19. februára 2021", "13 mesiacov"),
    ("sl", "19. februar 2021", "13 mesecev"),
    ("sv", "19 februari 2021", "13 månader"),
];

/// One build of the neutral catalogue and of example-shop in every shipped language,
/// checked per language: no English boilerplate, the date and a plural lifetime in
/// that language, no message id shown for a missing message, no doubled full stop,
/// the page's own language named in the switcher; then the Nu HTML Checker over
/// every page.
#[test]
fn every_language_builds_the_seeds_without_english_boilerplate() {
    let tags: Vec<&str> = EVERY_LANGUAGE.iter().map(|(t, _, _)| *t).collect();
    let list = format!(
        "locales = [{}]",
        tags.iter()
            .map(|t| format!("\"{t}\""))
            .collect::<Vec<_>>()
            .join(", ")
    );
    let neutral = read(fixture("neutral").join("catalogue.toml"))
        .replace(r#"locales = ["en", "nl", "de", "fr", "es", "it"]"#, &list);
    let shop = read(crate::harness::repo_root().join("policies/example-shop.toml"))
        .replace(r#"locales = ["nl"]"#, &list);
    assert!(neutral.contains(&list) && shop.contains(&list));
    let project = project_with(&[("neutral.toml", &neutral), ("example-shop.toml", &shop)]);
    let run = disclose(project.path(), &["build", "--format", "html,fragment"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let out = project.path().join("out");
    // Words of English that are words of these languages too.
    let own = |tag: &str, word: &str| matches!((tag, word), ("sv", "policy"));
    let mut leaks = Vec::new();
    for (tag, date, months) in EVERY_LANGUAGE {
        for document in ["cookie-policy", "privacy-policy"] {
            let page = read(out.join(format!("neutral/{tag}/{document}.html")));
            assert!(
                page.contains(&format!("<html lang=\"{tag}\" dir=\"ltr\">")),
                "{tag}"
            );
            let text = visible_text(&page);
            if *tag != "en" {
                let lower = words(&text);
                for english in ENGLISH {
                    if lower.contains(&format!(" {english} ")) && !own(tag, english) {
                        leaks.push(format!("{tag}/{document}: `{english}`"));
                    }
                }
            }
            assert!(text.contains(date), "{tag}/{document}: no `{date}`");
            assert!(!text.contains(".."), "{tag}/{document}: doubled full stop");
            assert!(
                !text.contains("[cookie") && !text.contains("[privacy"),
                "{tag}/{document}: a message id stands in for a message"
            );
        }
        let cookies = read(out.join(format!("neutral/{tag}/cookie-policy.html")));
        assert!(
            cookies.contains(&format!(">{months}</td>")),
            "{tag}: no cell `{months}`"
        );
        let shop_page = read(out.join(format!("example-shop/{tag}/privacy-policy.html")));
        assert!(
            shop_page.contains(&format!("<html lang=\"{tag}\"")),
            "{tag}"
        );
    }
    assert!(leaks.is_empty(), "English boilerplate: {leaks:#?}");
    crate::html::assert_valid_html(&out);
}
