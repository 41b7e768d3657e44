//! Writing, comparing and guarding output folders.

use super::*;
use std::path::{Path, PathBuf};

fn plan(files: &[(&str, &str)]) -> WritePlan {
    let mut plan = WritePlan::default();
    for (path, text) in files {
        plan.add(PathBuf::from(path), text.as_bytes().to_vec());
    }
    plan
}

/// What is in `dir` beside the output, other than its lock file.
fn beside(dir: &Path) -> Vec<std::ffi::OsString> {
    std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.file_name())
        .filter(|n| n != ".out.disclose-lock")
        .collect()
}

#[test]
fn write_then_compare_finds_nothing_then_finds_edits() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let first = plan(&[("p/en/a.html", "<p>a</p>"), ("p/manifest.json", "{}")]);
    assert_eq!(write(&out, &first).unwrap().changed, 2);
    assert!(compare(&out, &first).is_empty());
    assert_eq!(
        write(&out, &first).unwrap(),
        WriteReport::default(),
        "nothing to do"
    );

    std::fs::write(out.join("p/en/a.html"), "edited").unwrap();
    std::fs::remove_file(out.join("p/manifest.json")).unwrap();
    assert_eq!(
        compare(&out, &first),
        vec![
            Difference::Missing("p/manifest.json".into()),
            Difference::Changed("p/en/a.html".into())
        ]
    );
}

#[test]
fn stale_files_of_ours_go_and_other_files_stay() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    write(&out, &plan(&[("p/en/a.html", "a"), ("p/nl/a.html", "nl")])).unwrap();
    std::fs::write(out.join("p/en/notes.txt"), "mine").unwrap();
    std::fs::write(out.join("robots.txt"), "mine too").unwrap();

    let second = plan(&[("p/en/a.html", "a2")]);
    assert_eq!(
        compare(&out, &second),
        vec![
            Difference::Changed("p/en/a.html".into()),
            Difference::Stale("p/nl/a.html".into())
        ]
    );
    let report = write(&out, &second).unwrap();
    assert_eq!(
        report,
        WriteReport {
            changed: 1,
            removed: 1,
            ..WriteReport::default()
        }
    );
    assert_eq!(
        std::fs::read_to_string(out.join("p/en/a.html")).unwrap(),
        "a2"
    );
    assert!(
        !out.join("p/nl/a.html").exists(),
        "our stale file is removed"
    );
    assert_eq!(
        std::fs::read_to_string(out.join("p/en/notes.txt")).unwrap(),
        "mine"
    );
    assert_eq!(
        std::fs::read_to_string(out.join("robots.txt")).unwrap(),
        "mine too"
    );
    let leftovers = beside(dir.path());
    assert_eq!(
        leftovers,
        vec![std::ffi::OsString::from("out")],
        "no staging folder left behind"
    );
}

#[test]
fn building_one_policy_keeps_the_others() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    write(&out, &plan(&[("a/en/p.html", "a"), ("b/en/p.html", "b")])).unwrap();
    let only_a = plan(&[("a/en/p.html", "a2")]);
    assert_eq!(
        compare(&out, &only_a),
        vec![Difference::Changed("a/en/p.html".into())]
    );
    assert_eq!(
        write(&out, &only_a).unwrap(),
        WriteReport {
            changed: 1,
            removed: 0,
            ..WriteReport::default()
        }
    );
    assert_eq!(
        std::fs::read_to_string(out.join("b/en/p.html")).unwrap(),
        "b"
    );
    // b is still disclose's: a later full build that drops it removes it.
    let report = write(&out, &plan(&[("a/en/p.html", "a2"), ("c/en/p.html", "c")])).unwrap();
    assert_eq!(
        report,
        WriteReport {
            changed: 1,
            removed: 0,
            ..WriteReport::default()
        },
        "b is outside this build's roots"
    );
    let ledger = std::fs::read_to_string(out.join(LEDGER)).unwrap();
    assert_eq!(ledger, "a/en/p.html\nb/en/p.html\nc/en/p.html\n");
}

#[test]
fn a_failed_write_leaves_the_output_and_no_staging_folder() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    write(&out, &plan(&[("p/a.html", "a")])).unwrap();
    let before = std::fs::read_dir(&out).unwrap().count();
    // A file where the plan needs a folder makes the staged write fail midway.
    let broken = plan(&[("p/b.html", "b"), ("p/b.html/c.html", "c")]);
    assert!(write(&out, &broken).is_err());
    assert_eq!(std::fs::read_to_string(out.join("p/a.html")).unwrap(), "a");
    assert_eq!(std::fs::read_dir(&out).unwrap().count(), before);
    assert_eq!(beside(dir.path()), vec![std::ffi::OsString::from("out")]);
}

#[test]
fn paths_outside_the_output_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let bad = plan(&[("../escape.html", "x")]);
    assert!(write(&dir.path().join("out"), &bad).is_err());
    assert!(!dir.path().join("escape.html").exists());
}

#[test]
fn output_may_not_hold_or_sit_in_a_catalogue() {
    let dir = tempfile::tempdir().unwrap();
    let policies = dir.path().join("policies");
    std::fs::create_dir_all(policies.join("shop")).unwrap();
    std::fs::write(policies.join("a.toml"), "").unwrap();
    let catalogues = vec![policies.join("a.toml"), policies.join("shop")];
    assert!(check_out_dir(&dir.path().join("out"), &catalogues).is_ok());
    assert!(
        check_out_dir(dir.path(), &catalogues).is_err(),
        "a parent of the catalogues"
    );
    assert!(
        check_out_dir(&policies, &catalogues).is_err(),
        "the catalogue folder itself"
    );
    assert!(
        check_out_dir(&policies.join("shop/out"), &catalogues).is_err(),
        "inside a catalogue folder"
    );
}
