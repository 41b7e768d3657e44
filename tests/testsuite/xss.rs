//! Hostile catalogue text in a real browser: every page, and every Markdown page
//! rendered to HTML the way a static-site generator would (raw HTML allowed), is loaded
//! in headless Chromium; none of the payloads may run. Each payload, if it ran, would
//! mark the document (`data-xss` on <html>). The PDFs of the same catalogue show its
//! Typst payloads as text: none became Typst markup or code.
//!
//! One Chromium run loads every page, each in its own frame of a harness page
//! (`file://`, with file access between files allowed so the harness can read the
//! frames' documents), and reports per page whether it loaded and whether it was
//! marked. A control page whose payload does run is one of the frames, so the run
//! shows that the detector works in the same browser, page and moment.

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
            // The harness reads its frames' documents (all file:// pages).
            "--allow-file-access-from-files",
            "--virtual-time-budget=5000",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg("--dump-dom")
        .arg(format!("file://{}", page.display()))
        .output()
        .expect("chromium runs");
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// A page that loads each of `pages` (file names in its folder) in a frame and, once
/// they have loaded and run, writes one line per page into `<pre id="report">`:
/// `name<TAB>loaded|unreadable<TAB>clean|<data-xss value>`.
fn harness_page(pages: &[String]) -> String {
    let frames: String = pages
        .iter()
        .map(|p| format!("<iframe src=\"{p}\"></iframe>\n"))
        .collect();
    format!(
        r#"<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>
{frames}<pre id="report"></pre>
<script>
window.addEventListener('load', () => setTimeout(() => {{
  const lines = [];
  for (const frame of document.querySelectorAll('iframe')) {{
    let state = 'unreadable', mark = 'clean';
    try {{
      const doc = frame.contentDocument;
      if (doc && doc.documentElement && doc.body && doc.body.childElementCount > 0) state = 'loaded';
      const value = doc && doc.documentElement.getAttribute('data-xss');
      if (value !== null && value !== undefined) mark = value;
    }} catch (e) {{ state = 'unreadable: ' + e; }}
    lines.push(frame.getAttribute('src') + '\t' + state + '\t' + mark);
  }}
  document.getElementById('report').textContent = lines.join('\n');
}}, 1000));
</script></body></html>"#
    )
}

/// The report of [`harness_page`] in a dumped DOM: page name → (state, mark).
fn report(dom: &str) -> std::collections::BTreeMap<String, (String, String)> {
    let start = dom
        .find("<pre id=\"report\">")
        .unwrap_or_else(|| panic!("the browser returned no harness page:\n{dom}"))
        + "<pre id=\"report\">".len();
    let end = start + dom[start..].find("</pre>").unwrap();
    dom[start..end]
        .lines()
        .map(|line| {
            let mut parts = line.split('\t');
            let mut next = || parts.next().unwrap_or_default().to_owned();
            (next(), (next(), next()))
        })
        .collect()
}

#[test]
fn no_payload_runs_in_a_browser() {
    let Some([chromium]) = require("loading hostile pages in Chromium", [Tool::chromium()]) else {
        return;
    };
    let project = project_with(&[("xss.toml", &read(fixture("hostile").join("catalogue.toml")))]);
    let run = disclose(
        project.path(),
        &["build", "--format", "html,fragment,markdown"],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let pages = project.path().join("pages");
    std::fs::create_dir_all(&pages).unwrap();
    let mut names = Vec::new();
    for (path, bytes) in tree(&project.path().join("out")) {
        let name = path.to_string_lossy().replace('/', "_");
        let html = match path.extension().and_then(|e| e.to_str()) {
            Some("html") => bytes,
            Some("md") => {
                // A static-site generator that lets raw HTML through.
                let mut html = String::from("<!DOCTYPE html><html><body>");
                let markdown = String::from_utf8(bytes).unwrap();
                pulldown_cmark::html::push_html(&mut html, pulldown_cmark::Parser::new(&markdown));
                html.push_str("</body></html>");
                html.into_bytes()
            }
            _ => continue,
        };
        let file = format!("{name}.html");
        std::fs::write(pages.join(&file), html).unwrap();
        names.push(file);
    }
    assert_eq!(
        names.len(),
        7,
        "two documents as HTML pages, fragments and Markdown, and the index"
    );
    // The detector itself works: a page whose payload does run is caught.
    std::fs::write(
        pages.join("control.html"),
        "<!DOCTYPE html><html><body><p>control</p><script>document.documentElement.setAttribute('data-xss','control')</script></body></html>",
    )
    .unwrap();
    names.push("control.html".to_owned());
    std::fs::write(pages.join("harness.html"), harness_page(&names)).unwrap();

    let dom = dom_after_load(&chromium, &pages.join("harness.html"));
    let report = report(&dom);
    assert_eq!(
        report.keys().collect::<Vec<_>>(),
        {
            let mut sorted: Vec<_> = names.iter().collect();
            sorted.sort();
            sorted
        },
        "{dom}"
    );
    for (name, (state, mark)) in &report {
        assert_eq!(state, "loaded", "{name} did not load in its frame");
        let expected = if name == "control.html" {
            "control"
        } else {
            "clean"
        };
        assert_eq!(mark, expected, "{name}: data-xss = {mark}");
    }
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
