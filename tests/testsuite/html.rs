//! Every generated HTML page passes the Nu HTML Checker (vnu), run offline.
//!
//! scripts/test.sh installs vnu.jar with npm into .ci/tools; elsewhere set VNU_JAR.

use crate::harness::{disclose, fixture, project_with, read, repo_root};
use crate::tools::{Tool, require};
use std::path::{Path, PathBuf};
use std::process::Command;

fn html_files(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut stack = vec![dir.to_owned()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "html") {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}

/// Fragments are checked inside the smallest valid document a site could give them.
fn wrap_fragments(files: Vec<PathBuf>, scratch: &Path) -> Vec<PathBuf> {
    files
        .into_iter()
        .enumerate()
        .map(|(i, path)| {
            if !path.to_string_lossy().ends_with(".fragment.html") {
                return path;
            }
            let page = format!(
                "<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>Site</title></head>\n<body>\n<main>\n{}</main>\n</body>\n</html>\n",
                read(&path)
            );
            let wrapped = scratch.join(format!("{i}-{}", path.file_name().unwrap().to_string_lossy()));
            std::fs::write(&wrapped, page).unwrap();
            wrapped
        })
        .collect()
}

pub(crate) fn assert_valid_html(dir: &Path) {
    let Some([java, jar]) = require("the Nu HTML Checker", [Tool::java(), Tool::vnu_jar()]) else {
        return;
    };
    let scratch = tempfile::tempdir().unwrap();
    let files = wrap_fragments(html_files(dir), scratch.path());
    assert!(!files.is_empty(), "no HTML under {}", dir.display());
    assert!(
        files.iter().any(|f| f.starts_with(scratch.path())),
        "fragments are among the pages checked"
    );
    let output = Command::new(java)
        .arg("-jar")
        .arg(jar)
        .arg("--errors-only")
        .args(&files)
        .output()
        .expect("java runs");
    assert!(
        output.status.success(),
        "the Nu HTML Checker found errors:\n{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}

#[test]
fn bundled_pages_are_valid_html() {
    assert_valid_html(&repo_root().join("out"));
}

#[test]
fn fixture_pages_are_valid_html() {
    for case in ["valid", "hostile"] {
        let project = project_with(&[("c.toml", &read(fixture(case).join("catalogue.toml")))]);
        assert_eq!(disclose(project.path(), &["build"]).code, 0, "{case}");
        assert_valid_html(&project.path().join("out"));
    }
}

#[test]
fn a_right_to_left_language_is_marked_rtl_and_valid() {
    let project = crate::harness::rtl_project();
    let run = disclose(project.path(), &["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let out = project.path().join("out");
    let arabic = read(out.join("shop/ar/cookie-policy.html"));
    assert!(
        arabic.contains("<html lang=\"ar\" dir=\"rtl\">"),
        "{arabic}"
    );
    assert!(arabic.contains("<h1 id=\"top\">سياسة ملفات تعريف الارتباط</h1>"));
    let fragment = read(out.join("shop/ar/cookie-policy.fragment.html"));
    assert!(fragment.contains("lang=\"ar\" dir=\"rtl\""), "{fragment}");
    // Left-to-right pages stay so, and name the Arabic page right to left.
    let english = read(out.join("shop/en/cookie-policy.html"));
    assert!(english.contains("<html lang=\"en\" dir=\"ltr\">"));
    assert!(
        english.contains("hreflang=\"ar\" lang=\"ar\" dir=\"rtl\">العربية</a>"),
        "{english}"
    );
    let index = read(out.join("index.html"));
    assert!(
        index.contains("<td lang=\"ar\" dir=\"rtl\">العربية</td>"),
        "{index}"
    );
    assert_valid_html(&out);
}
