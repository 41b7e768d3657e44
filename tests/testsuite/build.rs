//! `disclose build` end to end: files, formats, determinism, --check, safety.

use crate::harness::{disclose, disclose_with_env, fixture, project_with, read, repo_root, tree};

fn valid_project() -> tempfile::TempDir {
    project_with(&[("shop.toml", &read(fixture("valid").join("catalogue.toml")))])
}

/// Every format by default; a disclose built without the `pdf` feature writes every
/// format but PDF (docs/pdf.md#building-without-pdfs).
#[test]
fn builds_every_document_locale_and_format_plus_a_manifest() {
    let project = valid_project();
    let run = disclose(project.path(), &["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let pdf = cfg!(feature = "pdf");
    let summary = if pdf {
        "built 1 catalogue into out: 16 pages, 22 files"
    } else {
        "built 1 catalogue into out: 12 pages, 18 files"
    };
    assert!(run.stderr.contains(summary), "{}", run.stderr);
    let files: Vec<String> = tree(&project.path().join("out"))
        .into_iter()
        .map(|(p, _)| p.display().to_string())
        .collect();
    assert_eq!(
        files,
        [
            ".disclose-cache",
            ".disclose-files",
            "disclose.css",
            "index.html",
            "schema/manifest.schema.json",
            "shop/en/cookie-policy.fragment.html",
            "shop/en/cookie-policy.html",
            "shop/en/cookie-policy.md",
            "shop/en/cookie-policy.pdf",
            "shop/en/privacy-policy.fragment.html",
            "shop/en/privacy-policy.html",
            "shop/en/privacy-policy.md",
            "shop/en/privacy-policy.pdf",
            "shop/exports/cookieconsent.js",
            "shop/exports/klaro.js",
            "shop/manifest.json",
            "shop/nl/cookie-policy.fragment.html",
            "shop/nl/cookie-policy.html",
            "shop/nl/cookie-policy.md",
            "shop/nl/cookie-policy.pdf",
            "shop/nl/privacy-policy.fragment.html",
            "shop/nl/privacy-policy.html",
            "shop/nl/privacy-policy.md",
            "shop/nl/privacy-policy.pdf",
        ]
        .into_iter()
        .filter(|f| pdf || !f.ends_with(".pdf"))
        .collect::<Vec<_>>()
    );
}

/// Without the `pdf` feature, asking for PDFs is a usage error that says why, and
/// nothing is written.
#[cfg(not(feature = "pdf"))]
#[test]
fn a_build_without_pdf_support_refuses_pdf_clearly() {
    let project = valid_project();
    let run = disclose(project.path(), &["build", "--format", "html,pdf"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("this disclose was built without PDF support (the `pdf` feature)"),
        "{}",
        run.stderr
    );
    assert!(!project.path().join("out").exists());
}

#[test]
fn pages_carry_the_catalogue_facts_in_their_locale() {
    let project = valid_project();
    assert_eq!(disclose(project.path(), &["build"]).code, 0);
    let out = project.path().join("out/shop");
    let en = read(out.join("en/cookie-policy.html"));
    assert!(en.starts_with("<!DOCTYPE html>\n<html lang=\"en\""));
    assert!(
        en.contains("<code>_pk_id.&lt;site&gt;</code>"),
        "pattern name shown, escaped"
    );
    assert!(en.contains("13 months"));
    assert!(
        en.contains("Counts <em>unique</em> visitors."),
        "catalogue Markdown rendered"
    );
    assert!(en.contains("Example: _pk_id.1"));
    assert!(
        en.contains("<link rel=\"alternate\" hreflang=\"nl\" href=\"../nl/cookie-policy.html\">")
    );
    let nl = read(out.join("nl/cookie-policy.html"));
    assert!(nl.contains("<html lang=\"nl\""));
    assert!(
        nl.contains("Telt <em>unieke</em> bezoekers."),
        "Dutch catalogue text used"
    );
    assert!(nl.contains("Websiteanalyse"));
    let md = read(out.join("en/cookie-policy.md"));
    assert!(
        md.starts_with(
            "---\ntitle: \"Cookie policy\"\ndate: \"2024-05-01\"\nlang: \"en\"\n\
             translationKey: \"shop-cookie-policy\"\nslug: \"cookie-policy\"\n"
        ),
        "{md}"
    );
    let fragment = read(out.join("nl/cookie-policy.fragment.html"));
    assert!(
        fragment.starts_with("<article class=\"disclose disclose-cookie-policy\" lang=\"nl\""),
        "{fragment}"
    );
    assert!(
        !fragment.contains("<html") && !fragment.contains("<head>") && !fragment.contains("<style")
    );
    assert!(fragment.contains("Telt <em>unieke</em> bezoekers."));
    assert!(md.contains("| `_pk_id.<site>` | Analytics Co |"), "{md}");
    let privacy = read(out.join("en/privacy-policy.html"));
    assert!(privacy.contains("Keeping the shop safe from abuse."));
    assert!(privacy.contains("EU-US Data Privacy Framework"));
}

#[test]
fn refuses_an_output_folder_that_holds_the_catalogues() {
    let project = valid_project();
    for out in ["policies", "."] {
        let run = disclose(project.path(), &["build", "--out", out]);
        assert_eq!(run.code, 2, "--out {out}: {}", run.stderr);
        assert!(run.stderr.contains("refusing to write"), "{}", run.stderr);
    }
    assert_eq!(
        tree(&project.path().join("policies")).len(),
        1,
        "catalogue untouched"
    );
}

#[test]
fn a_rebuild_removes_its_own_stale_pages_and_keeps_other_files() {
    let project = valid_project();
    assert_eq!(disclose(project.path(), &["build"]).code, 0);
    let out = project.path().join("out");
    std::fs::write(out.join("shop/README.txt"), "not disclose's").unwrap();
    // The same shop, now published in English only.
    let english_only = "[policy]\nid = \"shop\"\nname = \"Example Shop\"\ndefault_locale = \"en\"\ndocuments = [\"cookie-policy\", \"privacy-policy\"]\n\n[controller]\nname = \"Example Shop B.V.\"\n";
    std::fs::write(project.path().join("policies/shop.toml"), english_only).unwrap();
    let run = disclose(project.path(), &["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    // The Dutch pages of every format (two of them PDFs, with the `pdf` feature).
    let removed = if cfg!(feature = "pdf") { 8 } else { 6 };
    assert!(
        run.stderr.contains(&format!("{removed} removed")),
        "{}",
        run.stderr
    );
    assert!(!out.join("shop/nl").join("cookie-policy.html").exists());
    assert_eq!(read(out.join("shop/README.txt")), "not disclose's");
}

#[test]
fn output_is_byte_identical_across_runs() {
    let project = valid_project();
    assert_eq!(disclose(project.path(), &["build", "--out", "a"]).code, 0);
    assert_eq!(disclose(project.path(), &["build", "--out", "b"]).code, 0);
    let a = tree(&project.path().join("a"));
    let b = tree(&project.path().join("b"));
    assert!(!a.is_empty());
    assert_eq!(a, b);
}

#[test]
fn check_flag_reports_stale_output_and_writes_nothing() {
    let project = valid_project();
    let fresh = disclose(project.path(), &["build", "--check"]);
    assert_eq!(fresh.code, 1, "nothing built yet");
    assert!(
        fresh.stdout.contains("missing: shop/manifest.json"),
        "{}",
        fresh.stdout
    );
    assert!(
        !project.path().join("out").exists(),
        "--check writes nothing"
    );

    assert_eq!(disclose(project.path(), &["build"]).code, 0);
    assert_eq!(disclose(project.path(), &["build", "--check"]).code, 0);

    let page = project.path().join("out/shop/en/cookie-policy.md");
    std::fs::write(&page, "edited by hand").unwrap();
    // Nothing is written into an existing tree either: not the stale page, not the
    // cache, no staging folder beside it; every file keeps its bytes and its time.
    let listing = |dir: &std::path::Path| -> Vec<_> {
        let mut names: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        names.sort();
        names
    };
    let times = |dir: &std::path::Path| -> Vec<_> {
        tree(dir)
            .into_iter()
            .map(|(path, _)| {
                let modified = std::fs::metadata(dir.join(&path)).unwrap().modified();
                (path, modified.unwrap())
            })
            .collect()
    };
    let out = project.path().join("out");
    let (before, before_times, beside) = (tree(&out), times(&out), listing(project.path()));
    let stale = disclose(project.path(), &["build", "--check"]);
    assert_eq!(stale.code, 1);
    assert_eq!(stale.stdout.trim(), "changed: shop/en/cookie-policy.md");
    assert!(tree(&out) == before, "--check changed the output tree");
    assert_eq!(times(&out), before_times, "--check touched a file");
    assert_eq!(
        listing(project.path()),
        beside,
        "--check left something beside out/"
    );
    assert_eq!(read(&page), "edited by hand");
}

#[test]
fn an_invalid_catalogue_writes_nothing_and_keeps_previous_output() {
    let project = valid_project();
    assert_eq!(disclose(project.path(), &["build"]).code, 0);
    let before = tree(&project.path().join("out"));
    std::fs::write(
        project.path().join("policies/shop.toml"),
        "[policy]\nid = \"shop\"\n",
    )
    .unwrap();
    let run = disclose(project.path(), &["build"]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("nothing was written"), "{}", run.stderr);
    assert_eq!(tree(&project.path().join("out")), before);
}

/// The tags of an HTML page, as written (`<a href="…">`), without the text between.
fn tags(html: &str) -> Vec<&str> {
    let mut found = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        let end = rest[start..]
            .find('>')
            .map_or(rest.len(), |e| start + e + 1);
        found.push(&rest[start..end]);
        rest = &rest[end..];
    }
    found
}

#[test]
fn no_catalogue_text_becomes_markup() {
    let hostile = read(fixture("hostile").join("catalogue.toml"));
    let project = project_with(&[("xss.toml", &hostile)]);
    let run = disclose(project.path(), &["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let template_tags = [
        "html",
        "head",
        "meta",
        "title",
        "link",
        "style",
        "body",
        "header",
        "main",
        "article",
        "ol",
        "footer",
        "nav",
        "ul",
        "li",
        "span",
        "a",
        "h1",
        "h2",
        "h3",
        "h4",
        "p",
        "div",
        "table",
        "caption",
        "thead",
        "tbody",
        "tr",
        "th",
        "td",
        "dl",
        "dt",
        "dd",
        "code",
        "em",
        "strong",
        "small",
        "br",
        "blockquote",
        "!doctype",
    ];
    for (path, bytes) in tree(&project.path().join("out")) {
        if path.extension().is_some_and(|e| e == "pdf") {
            continue; // binary; the PDF tests read its text
        }
        let text = String::from_utf8(bytes).unwrap();
        if path.extension().is_some_and(|e| e == "html") {
            // Real tags are only the templates' own, with no script in any attribute.
            for tag in tags(&text) {
                let lower = tag.to_lowercase();
                let name: String = lower
                    .trim_start_matches(['<', '/'])
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '!')
                    .collect();
                assert!(
                    template_tags.contains(&name.as_str()),
                    "{}: unexpected tag {tag}",
                    path.display()
                );
                assert!(
                    !lower.contains("javascript:") && !lower.contains("data:"),
                    "{}: script URL in {tag}",
                    path.display()
                );
                // Catalogue text may sit inside a quoted attribute value (escaped); what
                // is outside the quotes must be the template's own attribute names.
                let names = outside_quotes(&lower);
                assert!(
                    !names.split_whitespace().any(|w| w.starts_with("on")),
                    "{}: event handler in {tag}",
                    path.display()
                );
                assert!(
                    !names.contains("data-xss"),
                    "{}: attribute breakout in {tag}",
                    path.display()
                );
            }
        }
        if path.extension().is_some_and(|e| e == "md") {
            // What a static-site generator will see: no raw HTML, no images, no script links.
            use pulldown_cmark::{Event, Parser, Tag};
            for event in Parser::new(&text) {
                match &event {
                    Event::Html(_) | Event::InlineHtml(_) | Event::Start(Tag::Image { .. }) => {
                        panic!("{}: {event:?}", path.display())
                    }
                    Event::Start(Tag::Link { dest_url, .. }) => {
                        let url = dest_url.to_lowercase();
                        assert!(
                            url.starts_with("https:")
                                || url.starts_with("http:")
                                || url.starts_with("mailto:")
                                || !url.contains(':'),
                            "{}: link to {dest_url}",
                            path.display()
                        );
                    }
                    _ => {}
                }
            }
        }
    }
}

/// The seeds built on one thread and on four (the shared seed build) are the same,
/// PDFs included.
#[test]
fn output_is_the_same_whatever_the_thread_count() {
    let project = tempfile::tempdir().unwrap();
    let out = project.path().join("one");
    let run = disclose_with_env(
        &repo_root(),
        &["build", "--out", out.to_str().unwrap()],
        &[("RAYON_NUM_THREADS", "1")],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let one = tree(&out);
    assert!(one.len() > 3);
    assert_eq!(one, tree(crate::harness::seed_build()));
}

/// A tag with the contents of its double-quoted attribute values removed.
fn outside_quotes(tag: &str) -> String {
    let mut out = String::new();
    let mut quoted = false;
    for c in tag.chars() {
        if c == '"' {
            quoted = !quoted;
            out.push(c);
        } else if !quoted {
            out.push(c);
        }
    }
    out
}

/// A leap second is the minute it falls in (moments are kept to the minute), on the
/// page and in the manifest; docs/catalogue.md#the-effective-date.
#[test]
fn a_leap_second_is_the_minute_it_falls_in() {
    let catalogue = read(fixture("valid").join("catalogue.toml"));
    let leap = catalogue.replacen(
        "effective = 2024-05-01",
        "effective = 2016-12-31T23:59:60Z",
        1,
    );
    assert_ne!(catalogue, leap);
    let project = project_with(&[("shop.toml", &leap)]);
    let run = disclose(project.path(), &["build", "--format", "html"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let page = read(project.path().join("out/shop/en/cookie-policy.html"));
    assert!(
        page.contains("Effective 31 December 2016 23:59 (UTC)"),
        "{page}"
    );
    let manifest = read(project.path().join("out/shop/manifest.json"));
    assert!(
        manifest.contains(r#""effective": "2016-12-31T23:59:00Z""#),
        "{manifest}"
    );
}
