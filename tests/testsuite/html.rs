//! Every generated HTML page passes the Nu HTML Checker (vnu), run offline.
//!
//! .ci/run installs vnu.jar with npm into .ci/tools; elsewhere set VNU_JAR, or the
//! test says why it skips.

use crate::harness::{disclose, fixture, project_with, read, repo_root};
use std::path::{Path, PathBuf};
use std::process::Command;

fn vnu_jar() -> Option<PathBuf> {
    let jar = std::env::var_os("VNU_JAR")
        .map(PathBuf::from)
        .unwrap_or_else(|| repo_root().join(".ci/tools/node_modules/vnu-jar/build/dist/vnu.jar"));
    let java = Command::new("java")
        .arg("-version")
        .output()
        .is_ok_and(|o| o.status.success());
    if jar.exists() && java {
        return Some(jar);
    }
    assert!(
        std::env::var_os("CI").is_none(),
        "vnu.jar and java must be available in CI (.ci/run installs vnu-jar)"
    );
    eprintln!(
        "skipping: no vnu.jar at {} or no java (npm install --prefix .ci/tools vnu-jar)",
        jar.display()
    );
    None
}

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

fn assert_valid_html(dir: &Path) {
    let Some(jar) = vnu_jar() else { return };
    let files = html_files(dir);
    assert!(!files.is_empty(), "no HTML under {}", dir.display());
    let output = Command::new("java")
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
