//! The bundled pages in a real browser at desktop and phone widths.
//!
//! `fixtures/page-shots/run.mjs` opens pages of the committed `out/` in headless
//! Chromium (playwright-core) at 1280 px and 320 px: no page scrolls sideways, the
//! table of contents has no dead links, axe-core finds no WCAG 2.1 A/AA violation
//! (contrast, headings, landmarks, table headers, language), and a full-page
//! screenshot of each is saved under `target/screenshots/` for review.
//!
//! scripts/test.sh installs Chromium, playwright-core and axe-core (into .ci/tools).

use crate::harness::{read, repo_root};
use crate::tools::{Tool, require};
use std::path::PathBuf;
use std::process::Command;

/// Node, Chromium, playwright-core and axe-core.
fn tools() -> Option<(PathBuf, PathBuf)> {
    let [_, chromium, playwright, _] = require(
        "the page-layout browser test",
        [
            Tool::node(),
            Tool::chromium(),
            Tool::npm("playwright-core", None),
            Tool::npm_file("axe-core", "axe.min.js"),
        ],
    )?;
    Some((playwright.parent().unwrap().to_owned(), chromium))
}

#[test]
fn pages_fit_phone_and_desktop_widths_and_pass_axe() {
    let Some((node_modules, chromium)) = tools() else {
        return;
    };
    let out = repo_root().join("out");
    let scratch = tempfile::tempdir().unwrap();
    // A fragment as a site would embed it: its own page, the fragment, our stylesheet.
    let fragment = scratch.path().join("fragment.html");
    std::fs::write(
        &fragment,
        format!(
            "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Site</title><link rel=\"stylesheet\" href=\"file://{}\"></head>\n<body><main style=\"max-width:40rem;margin:auto;padding:0 1rem\">\n{}</main></body></html>\n",
            out.join("disclose.css").display(),
            read(out.join("example-shop/nl/cookie-policy.fragment.html"))
        ),
    )
    .unwrap();
    let mut pages = vec![serde_json::json!({"name": "embedded-fragment-nl", "file": fragment})];
    for (name, file) in [
        ("index", "index.html"),
        (
            "example-shop-cookie-en",
            "example-shop/en/cookie-policy.html",
        ),
        (
            "example-shop-privacy-nl",
            "example-shop/nl/privacy-policy.html",
        ),
        ("coulisse-cookie-en", "coulisse/en/cookie-policy.html"),
        ("coolback-privacy-en", "coolback/en/privacy-policy.html"),
        (
            "whmcs-hosting-cookie-en",
            "whmcs-hosting/en/cookie-policy.html",
        ),
    ] {
        let path = out.join(file);
        assert!(path.is_file(), "{} is not in out/", path.display());
        pages.push(serde_json::json!({"name": name, "file": path}));
    }
    // A right-to-left page (Arabic, a project locale): mirrored, and still fits.
    let rtl = crate::harness::rtl_project();
    let run = crate::harness::disclose(rtl.path(), &["build", "--format", "html"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    pages.push(serde_json::json!({
        "name": "rtl-cookie-ar",
        "file": rtl.path().join("out/shop/ar/cookie-policy.html"),
    }));
    let list = scratch.path().join("pages.json");
    std::fs::write(&list, serde_json::Value::Array(pages).to_string()).unwrap();
    let shots = repo_root().join("target/screenshots");
    std::fs::create_dir_all(&shots).unwrap();

    let script = crate::harness::fixture("page-shots").join("run.mjs");
    let output = Command::new("node")
        .arg(&script)
        .arg(&list)
        .arg(&node_modules)
        .arg(&chromium)
        .arg(&shots)
        .output()
        .expect("node runs");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(
        output.status.success(),
        "page layout checks failed:\n{text}"
    );
    assert!(
        text.contains("checks passed on 8 pages at 2 widths"),
        "{text}"
    );
    eprintln!("{text}");
}

/// Print a bundled page with headless Chromium, as a reader would, and read the PDF.
fn print_to_text(page: &std::path::Path) -> Option<(usize, String)> {
    let [chromium, _] = require(
        "printing a page with Chromium",
        [Tool::chromium(), Tool::poppler()],
    )?;
    let scratch = tempfile::tempdir().unwrap();
    let pdf = scratch.path().join("page.pdf");
    let status = Command::new(&chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-pdf-header-footer",
        ])
        .arg(format!(
            "--user-data-dir={}",
            scratch.path().join("profile").display()
        ))
        .arg(format!("--print-to-pdf={}", pdf.display()))
        .arg(format!("file://{}", page.display()))
        .output()
        .expect("chromium runs");
    assert!(pdf.is_file(), "Chromium printed nothing: {status:?}");
    let info = Command::new("pdfinfo")
        .arg(&pdf)
        .output()
        .expect("pdfinfo runs");
    let pages: usize = String::from_utf8_lossy(&info.stdout)
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .expect("page count");
    let text = Command::new("pdftotext")
        .arg(&pdf)
        .arg("-")
        .output()
        .expect("pdftotext runs");
    Some((pages, String::from_utf8_lossy(&text.stdout).into_owned()))
}

#[test]
fn printed_pages_are_numbered_and_show_link_targets() {
    let page = repo_root().join("out/example-shop/en/cookie-policy.html");
    let Some((pages, text)) = print_to_text(&page) else {
        return;
    };
    assert!(pages >= 2, "a real document: {pages} pages");
    // The print stylesheet's page counter ("1 / 3"), on every page.
    let squeezed: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    for n in 1..=pages {
        assert!(
            squeezed.contains(&format!("{n}/{pages}")),
            "no page number {n}/{pages} in:\n{text}"
        );
    }
    // Links are followed by their address on paper.
    let html = read(&page);
    let url = html
        .split("href=\"https://")
        .nth(1)
        .map(|s| format!("https://{}", &s[..s.find('"').unwrap()]))
        .expect("the page links somewhere");
    assert!(
        squeezed.contains(&format!("({url})")),
        "{url} not printed after its link:\n{text}"
    );
    // The language switcher is for screens only.
    assert!(!text.contains("Nederlands"), "language switcher printed");
}
