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
        .filter(|n| !n.to_string_lossy().ends_with(".disclose-lock"))
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

#[test]
fn output_may_not_be_a_folder_whose_loss_is_a_disaster() {
    let dir = tempfile::tempdir().unwrap();
    let refused = |out: &Path| check_out_dir(out, &[]).expect_err("refused").to_string();
    assert!(refused(Path::new("/")).contains("the root folder"));
    if let Some(home) = std::env::var_os("HOME").filter(|h| !h.is_empty()) {
        assert!(refused(Path::new(&home)).contains("your home folder"));
    }
    let repo = dir.path().join("repo");
    std::fs::create_dir_all(repo.join(".git/objects")).unwrap();
    assert!(refused(&repo).contains("the top of a git work tree"));
    assert!(refused(&repo.join(".git")).contains("a git folder"));
    assert!(refused(&repo.join(".git/objects/out")).contains("a git folder"));
    // A worktree or submodule has a `.git` file.
    std::fs::create_dir(dir.path().join("worktree")).unwrap();
    std::fs::write(dir.path().join("worktree/.git"), "gitdir: ../repo/.git").unwrap();
    assert!(refused(&dir.path().join("worktree")).contains("git work tree"));
    // A folder of its own inside a work tree is fine.
    assert!(check_out_dir(&repo.join("out"), &[]).is_ok());
}

#[test]
fn a_folder_holding_other_things_is_refused_and_an_empty_one_taken() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("docs");
    std::fs::create_dir_all(out.join("photos")).unwrap();
    std::fs::write(out.join("notes.txt"), "mine").unwrap();
    let err = write(&out, &plan(&[("p/a.html", "a")])).unwrap_err();
    let text = format!("{err:#}");
    assert!(
        text.contains("it holds 2 file(s) or folder(s) disclose did not write (notes.txt, photos)")
            && text.contains("choose an empty or new folder"),
        "{text}"
    );
    let mut names: Vec<_> = std::fs::read_dir(&out)
        .unwrap()
        .flatten()
        .map(|e| e.file_name())
        .collect();
    names.sort();
    assert_eq!(names, ["notes.txt", "photos"], "nothing written");
    assert_eq!(beside(dir.path()), vec![std::ffi::OsString::from("docs")]);

    let empty = dir.path().join("empty");
    std::fs::create_dir(&empty).unwrap();
    assert_eq!(
        write(&empty, &plan(&[("p/a.html", "a")])).unwrap().changed,
        1
    );
}

#[test]
fn files_at_disclose_names_that_the_ledger_lacks_are_never_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    write(&out, &plan(&[("a/en/p.html", "a")])).unwrap();
    // Someone else's files where the next build writes: a page, a site file, and a
    // file where the build needs a folder.
    std::fs::create_dir_all(out.join("b/en")).unwrap();
    std::fs::write(out.join("b/en/p.html"), "theirs").unwrap();
    std::fs::write(out.join("index.html"), "theirs").unwrap();
    std::fs::write(out.join("schema"), "theirs").unwrap();
    let next = plan(&[
        ("a/en/p.html", "a2"),
        ("b/en/p.html", "b"),
        ("index.html", "index"),
        ("schema/manifest.schema.json", "{}"),
    ]);
    let text = format!("{:#}", write(&out, &next).unwrap_err());
    assert!(
        text.contains("refusing to overwrite what disclose did not write")
            && text.contains(": b/en/p.html, index.html, schema; nothing was changed"),
        "{text}"
    );
    for name in ["b/en/p.html", "index.html", "schema"] {
        assert_eq!(std::fs::read_to_string(out.join(name)).unwrap(), "theirs");
    }
    assert_eq!(
        std::fs::read_to_string(out.join("a/en/p.html")).unwrap(),
        "a"
    );
    assert_eq!(beside(dir.path()), vec![std::ffi::OsString::from("out")]);
}

#[cfg(unix)]
#[test]
fn folders_carried_over_keep_their_modes_and_owners() {
    use std::os::unix::fs::{MetadataExt, PermissionsExt};
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    write(&out, &plan(&[("p/en/a.html", "a")])).unwrap();
    std::fs::create_dir(out.join("private")).unwrap();
    std::fs::write(out.join("private/key"), "mine").unwrap();
    let root = std::fs::metadata(&out).unwrap().uid() == 0;
    let modes = [
        ("", 0o751),
        ("p", 0o750),
        ("p/en", 0o711),
        ("private", 0o700),
    ];
    for (folder, mode) in modes {
        std::fs::set_permissions(out.join(folder), std::fs::Permissions::from_mode(mode)).unwrap();
    }
    if root {
        std::os::unix::fs::chown(out.join("private"), Some(65534), Some(65534)).unwrap();
    }
    assert_eq!(
        write(&out, &plan(&[("p/en/a.html", "a2")]))
            .unwrap()
            .changed,
        1
    );
    for (folder, mode) in modes {
        let meta = std::fs::metadata(out.join(folder)).unwrap();
        assert_eq!(meta.permissions().mode() & 0o7777, mode, "{folder}");
    }
    if root {
        let meta = std::fs::metadata(out.join("private")).unwrap();
        assert_eq!((meta.uid(), meta.gid()), (65534, 65534), "owner kept");
    }
    assert_eq!(
        std::fs::read_to_string(out.join("p/en/a.html")).unwrap(),
        "a2"
    );
}

#[test]
fn files_added_to_the_output_during_a_build_are_kept() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    write(&out, &plan(&[("p/en/a.html", "a"), ("p/nl/a.html", "nl")])).unwrap();
    std::fs::write(out.join("robots.txt"), "old").unwrap();
    std::fs::write(out.join("kept.txt"), "kept").unwrap();

    let output = Output::write(&out, IfBusy::Fail).unwrap();
    let during = out.clone();
    // Another process, after the carry-over and before the swap: a new file, a new
    // folder, a file in one of disclose's folders, and a file replaced by rename.
    output.before_swap(move || {
        std::fs::write(during.join("added.txt"), "added").unwrap();
        std::fs::create_dir_all(during.join("uploads/2026")).unwrap();
        std::fs::write(during.join("uploads/2026/photo"), "photo").unwrap();
        std::fs::write(during.join("p/en/notes.txt"), "notes").unwrap();
        std::fs::write(during.join("robots.tmp"), "new").unwrap();
        std::fs::rename(during.join("robots.tmp"), during.join("robots.txt")).unwrap();
    });
    output
        .add_files(plan(&[("p/en/a.html", "a2")]).files())
        .unwrap();
    let report = output.finish(None).unwrap().report;
    assert_eq!((report.changed, report.removed), (1, 1));
    for (path, text) in [
        ("added.txt", "added"),
        ("uploads/2026/photo", "photo"),
        ("p/en/notes.txt", "notes"),
        ("robots.txt", "new"),
        ("kept.txt", "kept"),
        ("p/en/a.html", "a2"),
    ] {
        assert_eq!(
            std::fs::read_to_string(out.join(path)).unwrap(),
            text,
            "{path}"
        );
    }
    assert!(!out.join("p/nl/a.html").exists(), "stale files still go");
    assert_eq!(beside(dir.path()), vec![std::ffi::OsString::from("out")]);
}
