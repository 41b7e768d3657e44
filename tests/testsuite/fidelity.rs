//! Rendering fidelity, found on real organisations' policies (issue 18 item 6): every
//! manifest regex works in JavaScript with the `u` flag, purposes are described where
//! they are shown, postal addresses keep their lines, section headings keep their level
//! relative to the section, the organisation's sections go where it places them, and
//! Markdown says what HTML says, in the same order.

use crate::harness::{disclose, project_with, read};
use crate::tools::{Tool, require};
use std::process::Command;

/// Cookie names with every punctuation character a name may hold.
const TRICKY_NAMES: &[&str] = &[
    "X-FD-Time",
    "a.b",
    "a+b*c",
    "$x^y|z",
    "a#b&c~d!e%f'g",
    "é_ü-ß",
    "a`b",
];

fn tricky_catalogue() -> String {
    let mut toml = String::from(
        r#"[policy]
id = "tricky"
name = "Tricky"
default_locale = "en"

[controller]
name = "Tricky Ltd"

[[purposes]]
id = "security"
name = "Security"
legal_basis = "legitimate-interests"
legitimate_interest = "Keeping the site safe."
"#,
    );
    for name in TRICKY_NAMES {
        toml.push_str(&format!(
            "\n[[cookies]]\nname = \"{name}\"\nprovider = \"first-party\"\ncategory = \"necessary\"\npurposes = [\"security\"]\nduration = \"session\"\n"
        ));
    }
    toml.push_str(
        "\n[[cookies]]\nname = \"_pk_id.<site>-<hash>\"\nexample = \"_pk_id.1-ab\"\nprovider = \"first-party\"\ncategory = \"necessary\"\npurposes = [\"security\"]\nduration = \"session\"\n",
    );
    toml
}

#[test]
fn every_manifest_regex_is_valid_javascript_with_the_u_flag() {
    let Some([node]) = require("manifest regexes in node", [Tool::node()]) else {
        return;
    };
    let project = project_with(&[("tricky.toml", &tricky_catalogue())]);
    let run = disclose(project.path(), &["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let manifest: serde_json::Value =
        serde_json::from_str(&read(project.path().join("out/tricky/manifest.json"))).unwrap();
    // Each regex with a name it must match and one it must not (a changed character
    // shows whether punctuation was taken literally).
    let cases: Vec<serde_json::Value> = manifest["cookies"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            let regex = c["regex"].as_str().unwrap();
            let name = c["name"].as_str().unwrap();
            let sample = c["example"].as_str().unwrap_or(name);
            let mut changed: Vec<char> = sample.chars().collect();
            changed[0] = if changed[0] == 'Z' { 'Y' } else { 'Z' };
            let other: String = changed.into_iter().collect();
            serde_json::json!({ "regex": regex, "yes": sample, "no": other })
        })
        .collect();
    assert_eq!(cases.len(), TRICKY_NAMES.len() + 1);
    let script = r#"
const cases = JSON.parse(process.argv[1]);
const bad = [];
for (const c of cases) {
  try {
    const re = new RegExp(c.regex, "u");
    if (!re.test(c.yes)) bad.push(`${c.regex} does not match ${c.yes}`);
    if (re.test(c.no)) bad.push(`${c.regex} matches ${c.no}`);
  } catch (e) {
    bad.push(`${c.regex}: ${e.message}`);
  }
}
if (bad.length) { console.log(bad.join("\n")); process.exit(1); }
"#;
    let out = Command::new(node)
        .args(["-e", script, &serde_json::to_string(&cases).unwrap()])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    let regexes: Vec<&str> = cases.iter().map(|c| c["regex"].as_str().unwrap()).collect();
    assert!(regexes.contains(&"^X-FD-Time$"), "{regexes:?}");
}

/// A catalogue with what the real policies had: described purposes, a postal address
/// over three lines, sections with their own headings, placed where the organisation
/// wants them.
const PLACED: &str = r#"[policy]
id = "placed"
name = "Placed"
default_locale = "en"
documents = ["cookie-policy", "privacy-policy"]

[controller]
name = "Ferry_Line AS"
address = """
Harbour Street 1
Building_B
5003 Bergen"""
country = "NO"

[consent]
mechanism = "opt-in-banner"

[[purposes]]
id = "analytics"
name = "Visit counting"
description = "We count visits per page to see which timetables people read."
legal_basis = "consent"

[[cookies]]
name = "_fl_visit"
provider = "first-party"
category = "analytics"
purposes = ["analytics"]
duration = "13 months"
description = "Holds a random visitor number."

[[cookies]]
name = "_fl_seg.<n>"
example = "_fl_seg.3"
provider = "first-party"
category = "analytics"
purposes = ["analytics"]
duration = "1 day"
retention = "26 months"
description = "Remembers the page segment."

[[sections]]
id = "welcome"
document = "cookie-policy"
title = "Welcome aboard"
body = "Read this first."
place = "top"

[[sections]]
id = "apps"
document = "cookie-policy"
title = "Our apps"
body = """
### Android

The app sets no cookies.

#### Old versions

Older versions did.

### iOS

Neither does this one."""
after = "cookies"

[[sections]]
id = "children"
document = "cookie-policy"
title = "Children"
body = "We do not profile children."
before = "rights"

[[sections]]
id = "changes"
document = "cookie-policy"
title = "Changes"
body = "We announce changes."

[[sections]]
id = "last-words"
document = "cookie-policy"
title = "Last words"
body = "Thank you."
place = "end"

[[sections]]
id = "first"
document = "privacy-policy"
title = "Summary"
body = "In short."
place = "top"
"#;

fn built_placed() -> tempfile::TempDir {
    let project = project_with(&[("placed.toml", PLACED)]);
    let run = disclose(
        project.path(),
        &["build", "--format", "html", "--format", "markdown"],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    project
}

/// `(level, id, text)` of each `<hN>` of a page, in order.
fn headings(html: &str) -> Vec<(u8, String, String)> {
    let mut out = Vec::new();
    for piece in html.split("<h").skip(1) {
        let Some(level) = piece.chars().next().and_then(|c| c.to_digit(10)) else {
            continue;
        };
        let open_end = piece.find('>').unwrap();
        let id = piece[..open_end]
            .split("id=\"")
            .nth(1)
            .map(|s| s[..s.find('"').unwrap()].to_owned())
            .unwrap_or_default();
        let text = &piece[open_end + 1..piece.find("</h").unwrap()];
        out.push((level as u8, id, text.to_owned()));
    }
    out
}

#[test]
fn sections_go_where_the_catalogue_places_them_in_every_format_and_the_contents() {
    let project = built_placed();
    let page = read(project.path().join("out/placed/en/cookie-policy.html"));
    let h2: Vec<String> = headings(&page)
        .into_iter()
        .filter(|(level, id, _)| *level == 2 && id != "contents")
        .map(|(_, id, _)| id)
        .collect();
    assert_eq!(
        h2,
        [
            "section-welcome",
            "what-are-cookies",
            "consent",
            "cookies",
            "section-apps",
            "purposes",
            "managing-cookies",
            "section-children",
            "rights",
            "section-changes",
            "contact",
            "section-last-words"
        ],
        "{page}"
    );
    // The table of contents lists the same headings in the same order.
    let nav = &page[page.find("<nav class=\"disclose-toc\"").unwrap()..];
    let nav = &nav[..nav.find("</nav>").unwrap()];
    let toc: Vec<&str> = nav
        .split("<a href=\"#")
        .skip(1)
        .map(|s| &s[..s.find('"').unwrap()])
        .collect();
    assert_eq!(toc, h2);
    // Markdown: the same titles in the same order.
    let md = read(project.path().join("out/placed/en/cookie-policy.md"));
    let md_h2: Vec<&str> = md.lines().filter_map(|l| l.strip_prefix("## ")).collect();
    let html_titles: Vec<String> = headings(&page)
        .into_iter()
        .filter(|(level, id, _)| *level == 2 && id != "contents")
        .map(|(_, _, t)| t)
        .collect();
    assert_eq!(md_h2, html_titles);
    let privacy = read(project.path().join("out/placed/en/privacy-policy.html"));
    let first = headings(&privacy)
        .into_iter()
        .find(|(level, id, _)| *level == 2 && id != "contents")
        .unwrap();
    assert_eq!(first.1, "section-first");
}

/// What a run printed: diagnostics go to stdout, the summary to stderr.
fn said(run: &crate::harness::Run) -> String {
    format!("{}{}", run.stdout, run.stderr)
}

#[test]
fn a_placement_names_a_part_of_its_own_document() {
    let catalogue = PLACED.replace("before = \"rights\"", "before = \"transfers\"");
    let project = project_with(&[("placed.toml", &catalogue)]);
    let run = disclose(project.path(), &["check"]);
    assert_eq!(run.code, 1, "{}", said(&run));
    assert!(
        said(&run).contains("the cookie policy has no part `transfers`"),
        "{}",
        said(&run)
    );
    assert!(said(&run).contains("placed.toml:72"), "{}", said(&run));
    let twice = PLACED.replace("place = \"end\"", "place = \"end\"\nafter = \"rights\"");
    let project = project_with(&[("placed.toml", &twice)]);
    let run = disclose(project.path(), &["check"]);
    assert_eq!(run.code, 1, "{}", said(&run));
    assert!(
        said(&run).contains("the section is placed twice"),
        "{}",
        said(&run)
    );
    let typo = PLACED.replace("after = \"cookies\"", "after = \"cokies\"");
    let project = project_with(&[("placed.toml", &typo)]);
    let run = disclose(project.path(), &["check"]);
    assert!(
        said(&run).contains("did you mean `cookies`?"),
        "{}",
        said(&run)
    );
}

#[test]
fn headings_in_a_section_body_sit_one_level_under_the_section() {
    let project = built_placed();
    let page = read(project.path().join("out/placed/en/cookie-policy.html"));
    let all = headings(&page);
    let at = all
        .iter()
        .position(|(_, id, _)| id == "section-apps")
        .unwrap();
    let levels: Vec<(u8, &str)> = all[at..at + 4]
        .iter()
        .map(|(l, _, t)| (*l, t.as_str()))
        .collect();
    assert_eq!(
        levels,
        [
            (2, "Our apps"),
            (3, "Android"),
            (4, "Old versions"),
            (3, "iOS")
        ]
    );
    let md = read(project.path().join("out/placed/en/cookie-policy.md"));
    for line in ["### Android", "#### Old versions", "### iOS"] {
        assert!(md.lines().any(|l| l == line), "{line} in {md}");
    }
}

#[test]
fn a_postal_address_keeps_its_lines() {
    let project = built_placed();
    let page = read(project.path().join("out/placed/en/privacy-policy.html"));
    assert!(
        page.contains("Harbour Street 1<br />\nBuilding_B<br />\n5003 Bergen"),
        "{page}"
    );
    // Markdown: read back, the same three lines.
    let md = read(project.path().join("out/placed/en/privacy-policy.md"));
    let html = disclose::markdown::to_html(&md, disclose::markdown::Layout::AS_WRITTEN);
    assert!(
        html.contains("Harbour Street 1<br />\nBuilding_B<br />\n5003 Bergen"),
        "{md}"
    );
}

#[cfg(feature = "pdf")]
#[test]
fn a_postal_address_keeps_its_lines_in_the_pdf() {
    let Some([pdftotext]) = require("address lines in the PDF", [Tool::poppler()]) else {
        return;
    };
    let project = project_with(&[("placed.toml", PLACED)]);
    let run = disclose(project.path(), &["build", "--format", "pdf"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let pdf = project.path().join("out/placed/en/privacy-policy.pdf");
    let out = Command::new(pdftotext)
        .args(["-enc", "UTF-8"])
        .arg(&pdf)
        .arg("-")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    let lines: Vec<&str> = text.lines().map(str::trim).collect();
    let at = lines
        .iter()
        .position(|l| l.ends_with("Harbour Street 1"))
        .unwrap_or_else(|| panic!("{text}"));
    assert_eq!(lines[at + 1], "Building_B", "{text}");
    assert!(lines[at + 2].starts_with("5003 Bergen"), "{text}");
}

/// Markdown's own escapes undone, for comparing its words with the HTML's.
fn unescape_md(md: &str) -> String {
    let mut out = String::new();
    let mut chars = md.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\' && chars.peek().is_some_and(|n| n.is_ascii_punctuation()) {
            continue;
        }
        out.push(c);
    }
    out
}

#[test]
fn markdown_and_html_show_the_same_facts_in_the_same_order() {
    let project = built_placed();
    let html = read(project.path().join("out/placed/en/cookie-policy.html"));
    let md = read(project.path().join("out/placed/en/cookie-policy.md"));
    // The purpose is described in the cookie policy, in both formats.
    let description = "We count visits per page to see which timetables people read.";
    assert!(html.contains(description), "{html}");
    assert!(md.contains(description), "{md}");
    // Each cookie's facts sit in its own row, in the same order.
    let facts = [
        "_fl_visit",
        "Holds a random visitor number.",
        "_fl_seg.<n>",
        "Remembers the page segment.",
        "The part in angle brackets varies.",
        "_fl_seg.3",
        "26 months",
        description,
    ];
    let text = html.replace("&lt;", "<").replace("&gt;", ">");
    let plain_md = unescape_md(&md);
    let order = |page: &str| -> Vec<usize> {
        facts
            .iter()
            .map(|f| page.find(f).unwrap_or_else(|| panic!("{f} in {page}")))
            .collect()
    };
    let (in_html, in_md) = (order(&text), order(&plain_md));
    assert!(in_html.is_sorted(), "{in_html:?}");
    assert!(in_md.is_sorted(), "{in_md:?}");
    let row = plain_md
        .lines()
        .find(|l| l.starts_with("| `_fl_seg"))
        .unwrap();
    for fact in &facts[3..7] {
        assert!(row.contains(fact), "{fact} in {row}");
    }
    // No bold names with escaped underscores below the tables.
    assert!(!md.contains("**\\_"), "{md}");
}
