//! Hostile catalogue text in a real browser: every page, and every Markdown page
//! rendered to HTML the way a static-site generator would (raw HTML allowed), is loaded
//! in headless Chromium; none of the payloads may run. Each payload, if it ran, would
//! mark the document (`data-xss` on <html>). The PDFs of the same catalogue show its
//! Typst payloads as text: none became Typst markup or code.

use crate::harness::{disclose, fixture, project_with, read, tree};
use crate::tools::{Tool, require};
use std::path::Path;
use std::process::Command;

/// The DOM after the page ran its scripts, as Chromium serialises it.
fn dom_after_load(chromium: &Path, page: &Path) -> String {
    let profile = tempfile::tempdir().unwrap();
    let output = Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--virtual-time-budget=2000",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg("--dump-dom")
        .arg(format!("file://{}", page.display()))
        .output()
        .expect("chromium runs");
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[test]
fn no_payload_runs_in_a_browser() {
    let Some([chromium]) = require("loading hostile pages in Chromium", [Tool::chromium()]) else {
        return;
    };
    let project = project_with(&[("xss.toml", &read(fixture("hostile").join("catalogue.toml")))]);
    assert_eq!(disclose(project.path(), &["build"]).code, 0);
    let pages = project.path().join("pages");
    std::fs::create_dir_all(&pages).unwrap();
    let mut checked = 0;
    for (path, bytes) in tree(&project.path().join("out")) {
        let name = path.to_string_lossy().replace('/', "_");
        let page = match path.extension().and_then(|e| e.to_str()) {
            Some("html") => pages.join(name),
            Some("md") => {
                // A static-site generator that lets raw HTML through.
                let mut html = String::from("<!DOCTYPE html><html><body>");
                let markdown = String::from_utf8(bytes.clone()).unwrap();
                pulldown_cmark::html::push_html(&mut html, pulldown_cmark::Parser::new(&markdown));
                html.push_str("</body></html>");
                std::fs::write(pages.join(format!("{name}.html")), html).unwrap();
                checked += 1;
                let dom = dom_after_load(&chromium, &pages.join(format!("{name}.html")));
                assert_not_marked(&dom, &path);
                continue;
            }
            _ => continue,
        };
        std::fs::write(&page, &bytes).unwrap();
        let dom = dom_after_load(&chromium, &page);
        assert_not_marked(&dom, &path);
        checked += 1;
    }
    assert_eq!(
        checked, 7,
        "two documents as HTML pages, fragments and Markdown, and the index"
    );

    // The detector itself works: a page whose payload does run is caught.
    let control = pages.join("control.html");
    std::fs::write(&control, "<!DOCTYPE html><html><body><script>document.documentElement.setAttribute('data-xss','control')</script></body></html>").unwrap();
    let dom = dom_after_load(&chromium, &control);
    assert!(
        dom.contains("data-xss=\"control\""),
        "the control payload did not run:\n{dom}"
    );
}

fn assert_not_marked(dom: &str, page: &Path) {
    let html_tag = dom
        .find("<html")
        .map(|i| &dom[i..i + dom[i..].find('>').unwrap_or(0)]);
    let html_tag = html_tag.unwrap_or_else(|| {
        panic!(
            "{}: the browser returned no document:\n{dom}",
            page.display()
        )
    });
    assert!(
        !html_tag.contains("data-xss"),
        "{}: a payload ran: {html_tag}",
        page.display()
    );
}

/// Typst payloads of the hostile catalogue, as `pdftotext` must show them.
#[cfg(feature = "pdf")]
const TYPST_PAYLOADS: &[(&str, &[&str])] = &[
    (
        "cookie-policy.pdf",
        &[
            r#"#read("/etc/passwd") ] [ $x$ <label> @ref"#,
            r#"#import "x": * and #read("/etc/passwd") and ] and [ and $x$ and <label> and @ref"#,
            "= heading at line start",
            r#"// line comment /* block comment */ ~ 'single' "double" \ backslash #{ 1 + 1 } #set text(size: 0pt)"#,
            r#"#read("/etc/passwd") and local"#,
            // The HTML payloads are text here too.
            "<script>document.documentElement.setAttribute('data-xss','cookie')</script>",
            "a<b>",
        ],
    ),
    (
        "privacy-policy.pdf",
        &[
            r#"*star* _under_ `tick` = heading \ back // slash /* open #text(red)[x] $y$ ~ <l> @r 'q' "dq" -- ..."#,
            "</h2><script>document.documentElement.setAttribute('data-xss','title')</script>",
            r#"Evil " onmouseover="document.documentElement.setAttribute('data-xss','attr')" x=""#,
        ],
    ),
];

#[cfg(feature = "pdf")]
#[test]
fn typst_payloads_are_text_in_the_pdfs() {
    use crate::pdf::{pdf_text_unwrapped, poppler_available, without_spaces};
    if !poppler_available() {
        return;
    }
    let project = project_with(&[("xss.toml", &read(fixture("hostile").join("catalogue.toml")))]);
    let run = disclose(project.path(), &["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    for (file, payloads) in TYPST_PAYLOADS {
        let pdf = project.path().join("out/xss/en").join(file);
        let text = pdf_text_unwrapped(&pdf);
        for payload in *payloads {
            assert!(
                text.contains(&without_spaces(payload)),
                "{file}: `{payload}` is not in the text as written:\n{text}"
            );
        }
    }
    // The link to a web page survived, the one into the file system did not.
    let raw = std::fs::read(project.path().join("out/xss/en/cookie-policy.pdf")).unwrap();
    let has = |needle: &[u8]| raw.windows(needle.len()).any(|w| w == needle);
    assert!(has(b"https://example.com/#read"));
    assert!(!has(b"file:///etc/passwd"));
}
