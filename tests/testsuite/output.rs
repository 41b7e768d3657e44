//! The output folder under real conditions: concurrent builds, linked output folders,
//! folders that hold other things, failures part-way (docs/robustness.md).

use crate::harness::{disclose, fixture, project_with, read, tree};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

type Tree = Vec<(PathBuf, Vec<u8>)>;

/// A project with `count` copies of the valid catalogue (ids `shop0`, `shop1`, …), so
/// that a full build takes long enough to start another one beside it.
fn many_catalogues(count: usize) -> tempfile::TempDir {
    let catalogue = read(fixture("valid").join("catalogue.toml"));
    let files: Vec<(String, String)> = (0..count)
        .map(|i| {
            (
                format!("shop{i}.toml"),
                catalogue.replacen("id = \"shop\"", &format!("id = \"shop{i}\""), 1),
            )
        })
        .collect();
    let borrowed: Vec<(&str, &str)> = files
        .iter()
        .map(|(n, t)| (n.as_str(), t.as_str()))
        .collect();
    project_with(&borrowed)
}

fn spawn(project: &Path, args: &[&str]) -> Child {
    Command::new(env!("CARGO_BIN_EXE_disclose"))
        .args(args)
        .current_dir(project)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the disclose binary runs")
}

fn finish(child: Child) -> (i32, String) {
    let output = child.wait_with_output().unwrap();
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

/// Names in `dir` that start with `prefix`.
fn names_with(dir: &Path, prefix: &str) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(prefix))
        .collect()
}

/// Wait until a build's staging folder for `out` exists in `dir`: the build is under way.
fn wait_for_staging(dir: &Path, child: &mut Child) {
    let started = Instant::now();
    while names_with(dir, ".out.disclose-staging-").is_empty() {
        assert!(
            child.try_wait().unwrap().is_none(),
            "the build ended before its staging folder was seen"
        );
        assert!(started.elapsed() < Duration::from_secs(60));
        std::thread::sleep(Duration::from_millis(2));
    }
}

/// The output tree without the cache file (its bytes depend on the executable).
fn output_tree(dir: &Path) -> Tree {
    tree(dir)
        .into_iter()
        .filter(|(p, _)| p != Path::new(".disclose-cache"))
        .collect()
}

#[test]
fn a_build_started_during_another_waits_and_leaves_its_tree_whole() {
    let project = many_catalogues(12);
    let broken = project.path().join("broken.toml");
    std::fs::write(&broken, "[policy]\nid = \n").unwrap();
    let run = disclose(
        project.path(),
        &["build", "--format", "html", "--out", "expected"],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let expected = output_tree(&project.path().join("expected"));

    // A full build into a new folder; while it runs, an invalid build and a no-op
    // build into the same folder.
    let mut full = spawn(project.path(), &["build", "--format", "html"]);
    wait_for_staging(project.path(), &mut full);
    let invalid = spawn(project.path(), &["build", "broken.toml"]);
    let noop = spawn(project.path(), &["build", "--format", "html"]);
    let (full_code, full_err) = finish(full);
    let (invalid_code, invalid_err) = finish(invalid);
    let (noop_code, noop_err) = finish(noop);
    assert_eq!(full_code, 0, "{full_err}");
    assert_eq!(invalid_code, 1, "{invalid_err}");
    assert_eq!(noop_code, 0, "{noop_err}");
    assert!(
        invalid_err.contains("waiting for another build into out to finish"),
        "{invalid_err}"
    );
    assert_eq!(
        output_tree(&project.path().join("out")),
        expected,
        "the output is the full build's tree"
    );
    assert!(names_with(project.path(), ".out.disclose-staging-").is_empty());
}

#[test]
fn no_wait_gives_up_while_another_build_writes() {
    let project = many_catalogues(12);
    let mut full = spawn(project.path(), &["build", "--format", "html"]);
    wait_for_staging(project.path(), &mut full);
    let run = disclose(project.path(), &["build", "--no-wait", "--format", "html"]);
    let still_running = full.try_wait().unwrap().is_none();
    let (full_code, full_err) = finish(full);
    assert_eq!(full_code, 0, "{full_err}");
    assert!(still_running, "the first build ended too soon to test");
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains("another build is writing to out"),
        "{}",
        run.stderr
    );
    let expected = many_catalogues(12);
    let fresh = disclose(expected.path(), &["build", "--format", "html"]);
    assert_eq!(fresh.code, 0, "{}", fresh.stderr);
    assert_eq!(
        output_tree(&project.path().join("out")),
        output_tree(&expected.path().join("out"))
    );
}

#[cfg(unix)]
#[test]
fn a_linked_output_folder_is_built_in_place_and_the_link_kept() {
    let project = project_with(&[("shop.toml", &read(fixture("valid").join("catalogue.toml")))]);
    let docroot = project.path().join("docroot");
    std::fs::create_dir(&docroot).unwrap();
    std::os::unix::fs::symlink("docroot", project.path().join("out")).unwrap();

    for round in 0..2 {
        // The second round changes a page, so the new tree is swapped in.
        if round == 1 {
            std::fs::write(docroot.join("robots.txt"), "mine").unwrap();
            let text = read(project.path().join("policies/shop.toml"));
            std::fs::write(
                project.path().join("policies/shop.toml"),
                text.replace("Counts *unique* visitors.", "Counts visitors once."),
            )
            .unwrap();
        }
        let run = disclose(project.path(), &["build", "--format", "html"]);
        assert_eq!(run.code, 0, "round {round}: {}", run.stderr);
        assert!(
            std::fs::symlink_metadata(project.path().join("out"))
                .unwrap()
                .file_type()
                .is_symlink(),
            "the link stays a link"
        );
        let page = read(docroot.join("shop/en/cookie-policy.html"));
        assert_eq!(page.contains("Counts visitors once."), round == 1);
        assert!(docroot.join(".disclose-files").is_file());
    }
    assert_eq!(read(docroot.join("robots.txt")), "mine");
    let leftovers: Vec<String> = names_with(project.path(), ".")
        .into_iter()
        .filter(|n| !n.ends_with(".disclose-lock"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[cfg(unix)]
#[test]
fn a_dangling_link_or_a_file_as_output_is_refused() {
    let project = project_with(&[("shop.toml", &read(fixture("valid").join("catalogue.toml")))]);
    std::os::unix::fs::symlink("nowhere", project.path().join("out")).unwrap();
    let run = disclose(project.path(), &["build", "--format", "html"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("symbolic link to a folder that does not exist"),
        "{}",
        run.stderr
    );
    std::fs::write(project.path().join("page"), "mine").unwrap();
    let run = disclose(project.path(), &["build", "--out", "page"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("it is a file"), "{}", run.stderr);
    assert_eq!(read(project.path().join("page")), "mine");
}

/// A filesystem mounted inside the output folder is neither copied nor emptied: the
/// build is refused. Mounting needs root: the scenario runs in a private mount
/// namespace (`unshare --mount`), so the mount never outlives it.
#[cfg(target_os = "linux")]
#[test]
fn a_mount_point_inside_the_output_is_refused_and_left_alone() {
    let project = project_with(&[("shop.toml", &read(fixture("valid").join("catalogue.toml")))]);
    let run = disclose(project.path(), &["build", "--format", "html"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    std::fs::create_dir(project.path().join("out/media")).unwrap();
    let text = read(project.path().join("policies/shop.toml"));
    std::fs::write(
        project.path().join("policies/shop.toml"),
        text.replace("Counts *unique* visitors.", "Counts visitors once."),
    )
    .unwrap();
    let before = output_tree(&project.path().join("out"));
    let script = r#"mount -t tmpfs none out/media || exit 99
echo kept > out/media/photo
"$0" build --format html
code=$?
cat out/media/photo
exit $code"#;
    let output = Command::new("unshare")
        .args(["--mount", "--propagation", "private", "sh", "-c", script])
        .arg(env!("CARGO_BIN_EXE_disclose"))
        .current_dir(project.path())
        .output();
    let output = match output {
        Ok(o) if o.status.code() != Some(99) && o.status.code().is_some() => o,
        // unshare or mount refused: needs root (CAP_SYS_ADMIN).
        other => {
            eprintln!("skipping: cannot mount a filesystem here: {other:?}");
            return;
        }
    };
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("out/media is a mount point"), "{stderr}");
    assert_eq!(String::from_utf8_lossy(&output.stdout), "kept\n");
    assert_eq!(output_tree(&project.path().join("out")), before);
    assert!(names_with(project.path(), ".out.disclose-staging-").is_empty());
}

#[test]
fn dangerous_output_folders_are_refused() {
    let project = project_with(&[("shop.toml", &read(fixture("valid").join("catalogue.toml")))]);
    std::fs::create_dir(project.path().join(".git")).unwrap();
    for (out, what) in [
        (".", "the top of a git work tree"),
        (".git", "a git folder"),
        ("/", "the root folder"),
    ] {
        let run = disclose(project.path(), &["build", "--out", out]);
        assert_eq!(run.code, 2, "{out}: {}", run.stderr);
        assert!(run.stderr.contains(what), "{out}: {}", run.stderr);
    }
    let run = disclose(
        project.path(),
        &["build", "--format", "html", "--out", "site"],
    );
    assert_eq!(run.code, 0, "a folder of its own is fine: {}", run.stderr);
}

/// SIGTERM and SIGINT stop a build, which removes its staging folder first and dies of
/// the signal: the output is as it was (here: none), nothing is left beside it.
#[cfg(unix)]
#[test]
fn sigterm_and_sigint_remove_the_staging_folder() {
    use std::os::unix::process::ExitStatusExt;
    for (signal, number) in [("TERM", 15), ("INT", 2)] {
        let project = many_catalogues(12);
        let mut build = spawn(project.path(), &["build", "--format", "html"]);
        wait_for_staging(project.path(), &mut build);
        let sent = Command::new("kill")
            .arg(format!("-{signal}"))
            .arg(build.id().to_string())
            .status()
            .unwrap();
        assert!(sent.success());
        let status = build.wait().unwrap();
        assert_eq!(status.signal(), Some(number), "SIG{signal}: {status:?}");
        assert!(
            names_with(project.path(), ".out.disclose-staging-").is_empty(),
            "SIG{signal} left the staging folder"
        );
        assert!(!project.path().join("out").exists());
    }
}

/// `build --check` holds a shared lock: during a build's swap it waits, so it never
/// reads half of one tree and half of another; with `--no-wait` it gives up.
#[test]
fn a_check_during_a_build_waits_for_it_and_reads_one_whole_tree() {
    let project = many_catalogues(12);
    let mut full = spawn(project.path(), &["build", "--format", "html"]);
    wait_for_staging(project.path(), &mut full);
    let check = spawn(project.path(), &["build", "--check", "--format", "html"]);
    let no_wait = disclose(
        project.path(),
        &["build", "--check", "--no-wait", "--format", "html"],
    );
    let still_running = full.try_wait().unwrap().is_none();
    let (full_code, full_err) = finish(full);
    let (check_code, check_err) = finish(check);
    assert_eq!(full_code, 0, "{full_err}");
    assert_eq!(
        check_code, 0,
        "the check read the finished tree: {check_err}"
    );
    assert!(still_running, "the build ended too soon to test");
    assert_eq!(no_wait.code, 1, "{}", no_wait.stderr);
    assert!(
        no_wait.stderr.contains("another build is writing to out"),
        "{}",
        no_wait.stderr
    );
    assert!(
        check_err.contains("waiting for another build into out to finish")
            && check_err.contains("output is up to date"),
        "{check_err}"
    );
}

/// A build killed outright (SIGKILL: nothing runs) leaves its staging folder; the
/// next build into the folder removes it, and only it (a folder of another name
/// stays).
#[test]
fn the_staging_folder_of_a_killed_build_is_removed_by_the_next() {
    let project = many_catalogues(12);
    std::fs::create_dir(project.path().join(".other")).unwrap();
    let mut build = spawn(project.path(), &["build", "--format", "html"]);
    wait_for_staging(project.path(), &mut build);
    build.kill().unwrap();
    build.wait().unwrap();
    let left = names_with(project.path(), ".out.disclose-staging-");
    assert_eq!(left.len(), 1, "the killed build's staging folder: {left:?}");
    let run = disclose(project.path(), &["build", "--format", "html"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(names_with(project.path(), ".out.disclose-staging-").is_empty());
    assert!(project.path().join(".other").is_dir());
    assert!(project.path().join("out/index.html").is_file());
}

/// An output folder that is itself a mount point (a container volume) cannot be
/// renamed: the build says so before it renders anything. Runs in a private mount
/// namespace, as root.
#[cfg(target_os = "linux")]
#[test]
fn an_output_folder_that_is_a_mount_point_is_refused_with_the_way_out() {
    let project = project_with(&[("shop.toml", &read(fixture("valid").join("catalogue.toml")))]);
    std::fs::create_dir(project.path().join("out")).unwrap();
    let script = r#"mount -t tmpfs none out || exit 99
"$0" build --format html
code=$?
ls -A out
exit $code"#;
    let output = Command::new("unshare")
        .args(["--mount", "--propagation", "private", "sh", "-c", script])
        .arg(env!("CARGO_BIN_EXE_disclose"))
        .current_dir(project.path())
        .output();
    let output = match output {
        Ok(o) if o.status.code() != Some(99) && o.status.code().is_some() => o,
        other => {
            eprintln!("skipping: cannot mount a filesystem here: {other:?}");
            return;
        }
    };
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("refusing to write to out: it is a mount point")
            && stderr.contains("mount the folder above it"),
        "{stderr}"
    );
    assert_eq!(
        String::from_utf8_lossy(&output.stdout),
        "",
        "nothing written"
    );
    assert!(names_with(project.path(), ".out.disclose-staging-").is_empty());
}
