//! Crash safety: a build killed at any moment (SIGKILL) leaves the output folder as
//! either the complete old tree or the complete new one.

use crate::harness::{fixture, project_with, read, tree};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

type Tree = Vec<(PathBuf, Vec<u8>)>;

/// Two formats are enough to kill a build in every stage (render, stage, swap,
/// ledger); PDFs would make each of the 120 builds several times slower.
const FORMATS: &str = "html,markdown";

fn build(project: &Path, out: &str) {
    let status = Command::new(env!("CARGO_BIN_EXE_disclose"))
        .args(["build", "--format", FORMATS, "--out", out])
        .current_dir(project)
        .stderr(Stdio::null())
        .status()
        .unwrap();
    assert!(status.success());
}

/// A small deterministic generator for the kill delays, spread over `0..span`.
fn delays(count: usize, span: Duration) -> impl Iterator<Item = Duration> {
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    let span = span.as_micros().max(1) as u64;
    (0..count).map(move |_| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        Duration::from_micros(state % span)
    })
}

/// What sets `now` apart from both complete trees: the paths missing, added or changed.
fn difference(now: &Tree, old: &Tree, new: &Tree) -> String {
    let against = |other: &Tree| {
        let mut lines = Vec::new();
        for (path, bytes) in other {
            match now.iter().find(|(p, _)| p == path) {
                None => lines.push(format!("  missing {}", path.display())),
                Some((_, b)) if b != bytes => lines.push(format!("  changed {}", path.display())),
                Some(_) => {}
            }
        }
        for (path, _) in now {
            if !other.iter().any(|(p, _)| p == path) {
                lines.push(format!("  extra {}", path.display()));
            }
        }
        lines.join("\n")
    };
    format!(
        "against the old tree:\n{}\nagainst the new tree:\n{}",
        against(old),
        against(new)
    )
}

#[test]
fn killed_builds_leave_the_old_or_the_new_tree() {
    let original = read(fixture("valid").join("catalogue.toml"));
    let changed = original.replace("Counts *unique* visitors.", "Counts visitors once.");
    let project = project_with(&[("shop.toml", &original)]);

    // The two complete trees a build may leave: from the original and the changed catalogue.
    build(project.path(), "expected-old");
    std::fs::write(project.path().join("policies/shop.toml"), &changed).unwrap();
    // How long a build takes here (debug or release, with or without PDFs): the kills
    // are spread over twice that, as the machine may be busier later.
    let started = std::time::Instant::now();
    build(project.path(), "expected-new");
    let span = started.elapsed() * 2;
    let old: Tree = tree(&project.path().join("expected-old"));
    let new: Tree = tree(&project.path().join("expected-new"));
    assert_ne!(old, new);

    let out = project.path().join("out");
    let mut seen_old = 0;
    let mut seen_new = 0;
    let mut span = span;
    let mut round = 0;
    // 60 kills over the span; on a loaded machine the span may miss the build, so
    // up to four more batches of 20 follow, over a span moved towards the outcome not
    // yet seen.
    for batch in 0..5 {
        if batch > 0 {
            if seen_old > 0 && seen_new > 0 {
                break;
            }
            // No new tree yet: the kills came too early; no old one: too late.
            span = if seen_new == 0 { span * 2 } else { span / 2 };
        }
        for delay in delays(if batch == 0 { 60 } else { 20 }, span) {
            round += 1;
            // Start every round from the old tree, then try to replace it with the new one.
            std::fs::write(project.path().join("policies/shop.toml"), &original).unwrap();
            build(project.path(), "out");
            std::fs::write(project.path().join("policies/shop.toml"), &changed).unwrap();
            let mut child = Command::new(env!("CARGO_BIN_EXE_disclose"))
                .args(["build", "--format", FORMATS, "--out", "out"])
                .current_dir(project.path())
                .stderr(Stdio::null())
                .spawn()
                .unwrap();
            std::thread::sleep(delay);
            let _ = child.kill(); // SIGKILL
            let _ = child.wait();
            let now = tree(&out);
            if now == old {
                seen_old += 1;
            } else if now == new {
                seen_new += 1;
            } else {
                panic!(
                    "round {round} (killed after {delay:?}): the output is neither the old nor the new tree:\n{}",
                    difference(&now, &old, &new)
                );
            }
        }
    }
    // The delays span the build, so both outcomes must have happened.
    assert!(
        seen_old > 0 && seen_new > 0,
        "old {seen_old}, new {seen_new}: the kills did not land during builds"
    );
}
