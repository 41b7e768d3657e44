//! Putting the new tree in place: a failed build leaves the output as it was, the
//! two-rename fallback swap leaves nothing behind, and a crash between its renames is
//! repaired by the next build (docs/robustness.md).

use crate::harness::{disclose, disclose_with_env, fixture, project_with, read, tree};
use std::path::{Path, PathBuf};
use std::process::Command;

type Tree = Vec<(PathBuf, Vec<u8>)>;

const FALLBACK: (&str, &str) = ("DISCLOSE_TEST_FORCE_RENAME_FALLBACK", "1");
const ABORT: (&str, &str) = ("DISCLOSE_TEST_ABORT_BETWEEN_RENAMES", "1");

fn shop_project() -> tempfile::TempDir {
    project_with(&[("shop.toml", &read(fixture("valid").join("catalogue.toml")))])
}

/// Change one page of the shop catalogue, so the next build swaps a new tree in.
fn edit(project: &Path) {
    let path = project.join("policies/shop.toml");
    let text = read(&path);
    let edited = text.replace("Counts *unique* visitors.", "Counts visitors once.");
    assert_ne!(text, edited);
    std::fs::write(path, edited).unwrap();
}

/// The output tree without the cache file (its bytes depend on the executable).
fn output_tree(dir: &Path) -> Tree {
    tree(dir)
        .into_iter()
        .filter(|(p, _)| p != Path::new(".disclose-cache"))
        .collect()
}

/// Hidden names beside the output other than its lock file: staging folders, an old
/// tree moved aside.
fn leftovers(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with('.') && !n.ends_with(".disclose-lock"))
        .collect()
}

/// What a fresh build of `project`'s catalogues writes, plus `robots.txt`.
fn fresh_tree_with_robots(project: &Path) -> Tree {
    let fresh = tempfile::tempdir().unwrap();
    let run = disclose(
        project,
        &[
            "build",
            "--format",
            "html",
            "--out",
            fresh.path().join("out").to_str().unwrap(),
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    std::fs::write(fresh.path().join("out/robots.txt"), "mine").unwrap();
    output_tree(&fresh.path().join("out"))
}

#[test]
fn the_fallback_swap_gives_the_new_tree_and_leaves_nothing_beside_it() {
    let project = shop_project();
    let run = disclose_with_env(project.path(), &["build", "--format", "html"], &[FALLBACK]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    std::fs::write(project.path().join("out/robots.txt"), "mine").unwrap();
    edit(project.path());
    let run = disclose_with_env(project.path(), &["build", "--format", "html"], &[FALLBACK]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(!run.stderr.contains(" 0 changed"), "{}", run.stderr);
    assert_eq!(
        output_tree(&project.path().join("out")),
        fresh_tree_with_robots(project.path())
    );
    assert_eq!(leftovers(project.path()), Vec::<String>::new());
}

#[cfg(unix)]
#[test]
fn a_crash_between_the_fallback_renames_is_repaired_by_the_next_build() {
    for linked in [false, true] {
        let project = shop_project();
        // The output is `out`, or a link `out -> site` (the renames happen beside `site`).
        let folder = if linked {
            std::fs::create_dir(project.path().join("site")).unwrap();
            std::os::unix::fs::symlink("site", project.path().join("out")).unwrap();
            project.path().join("site")
        } else {
            project.path().join("out")
        };
        let run = disclose(project.path(), &["build", "--format", "html"]);
        assert_eq!(run.code, 0, "{}", run.stderr);
        std::fs::write(folder.join("robots.txt"), "mine").unwrap();
        let before = output_tree(&folder);
        edit(project.path());

        let run = disclose_with_env(
            project.path(),
            &["build", "--format", "html"],
            &[FALLBACK, ABORT],
        );
        assert_eq!(run.code, -1, "killed by SIGABRT: {}", run.stderr);
        assert!(!folder.exists(), "the crash came between the renames");
        let aside = folder.with_file_name(format!(
            ".{}.disclose-old",
            folder.file_name().unwrap().to_str().unwrap()
        ));
        assert_eq!(output_tree(&aside), before, "the old tree waits beside it");

        let run = disclose(project.path(), &["build", "--format", "html"]);
        assert_eq!(run.code, 0, "linked {linked}: {}", run.stderr);
        assert!(
            run.stderr
                .contains("was interrupted while swapping its output in"),
            "{}",
            run.stderr
        );
        assert_eq!(
            output_tree(&folder),
            fresh_tree_with_robots(project.path()),
            "linked {linked}: the old tree was put back (robots.txt kept), then rebuilt"
        );
        assert_eq!(leftovers(project.path()), Vec::<String>::new());
        if linked {
            assert!(
                std::fs::symlink_metadata(project.path().join("out"))
                    .unwrap()
                    .file_type()
                    .is_symlink()
            );
        }
    }
}

#[test]
fn an_old_tree_left_after_the_new_one_went_live_is_removed() {
    let project = shop_project();
    let run = disclose(project.path(), &["build", "--format", "html"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    // As after a crash right after the second rename: both trees there.
    let aside = project.path().join(".out.disclose-old");
    std::fs::create_dir_all(aside.join("shop")).unwrap();
    std::fs::write(aside.join("shop/old.html"), "old").unwrap();
    let expected = output_tree(&project.path().join("out"));
    let run = disclose(project.path(), &["build", "--format", "html"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(output_tree(&project.path().join("out")), expected);
    assert_eq!(leftovers(project.path()), Vec::<String>::new());
}

/// Make `path` and everything under it belong to `uid`.
#[cfg(unix)]
fn chown_tree(path: &Path, uid: u32) {
    std::os::unix::fs::chown(path, Some(uid), Some(uid)).unwrap();
    if path.is_dir() && !path.is_symlink() {
        for entry in std::fs::read_dir(path).unwrap().flatten() {
            chown_tree(&entry.path(), uid);
        }
    }
}

#[cfg(unix)]
fn set_mode(path: &Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

/// Whether the tests run as root: the owner of a file they make.
#[cfg(unix)]
fn running_as_root() -> bool {
    use std::os::unix::fs::MetadataExt;
    let probe = tempfile::NamedTempFile::new().unwrap();
    probe.as_file().metadata().unwrap().uid() == 0
}

/// The real binary as a user that file modes bind: this user, or `nobody` (65534)
/// when the tests run as root (root ignores modes).
#[cfg(unix)]
fn disclose_unprivileged(project: &Path, args: &[&str]) -> (i32, String) {
    use std::os::unix::process::CommandExt;
    let mut command = Command::new(env!("CARGO_BIN_EXE_disclose"));
    command.args(args).current_dir(project);
    if running_as_root() {
        command.uid(65534).gid(65534);
    }
    let output = command.output().expect("the disclose binary runs");
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[cfg(unix)]
#[test]
fn a_read_only_folder_in_the_output_fails_the_build_before_the_swap() {
    let project = shop_project();
    let root = running_as_root();
    set_mode(project.path(), 0o755);
    if root {
        chown_tree(project.path(), 65534);
    }
    let (code, stderr) = disclose_unprivileged(project.path(), &["build", "--format", "html"]);
    assert_eq!(code, 0, "{stderr}");
    let folder = project.path().join("out/shop/en");
    set_mode(&folder, 0o555);
    let before = output_tree(&project.path().join("out"));
    edit(project.path());

    let (code, stderr) = disclose_unprivileged(project.path(), &["build", "--format", "html"]);
    set_mode(&folder, 0o755);
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stderr.contains("out/shop/en is not writable") && stderr.contains("nothing was changed"),
        "{stderr}"
    );
    assert_eq!(
        output_tree(&project.path().join("out")),
        before,
        "the output is as it was"
    );
    assert_eq!(leftovers(project.path()), Vec::<String>::new());
}

/// Clears the immutable mark on a file when the test ends, so its folder can go.
#[cfg(target_os = "linux")]
struct Mutable(PathBuf);

#[cfg(target_os = "linux")]
impl Drop for Mutable {
    fn drop(&mut self) {
        let _ = Command::new("chattr").arg("-i").arg(&self.0).status();
    }
}

/// Root is bound by `chattr +i`: an immutable file in the output could not be removed
/// with the old tree, so the build is refused before the swap.
#[cfg(target_os = "linux")]
#[test]
fn an_immutable_file_in_the_output_fails_the_build_before_the_swap() {
    let project = shop_project();
    let run = disclose(project.path(), &["build", "--format", "html"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let notes = project.path().join("out/shop/notes.txt");
    std::fs::write(&notes, "mine").unwrap();
    let marked = Command::new("chattr").arg("+i").arg(&notes).output();
    let _mutable = Mutable(notes.clone());
    match marked {
        Ok(o) if o.status.success() => {}
        // Needs CAP_LINUX_IMMUTABLE and a filesystem with the flag (ext4, xfs, btrfs,
        // tmpfs): cannot be provoked here; the read-only test covers the same check.
        other => {
            eprintln!("skipping: chattr +i is not possible here: {other:?}");
            return;
        }
    }
    let before = output_tree(&project.path().join("out"));
    edit(project.path());
    let run = disclose(project.path(), &["build", "--format", "html"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("notes.txt is marked immutable or append-only"),
        "{}",
        run.stderr
    );
    assert_eq!(output_tree(&project.path().join("out")), before);
    assert_eq!(leftovers(project.path()), Vec::<String>::new());
}
