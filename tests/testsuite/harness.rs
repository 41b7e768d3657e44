//! A small harness: run the real `disclose` binary in a folder and capture what it says.

use std::path::{Path, PathBuf};
use std::process::Command;

pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

pub fn disclose(cwd: &Path, args: &[&str]) -> Run {
    disclose_with_env(cwd, args, &[])
}

pub fn disclose_with_env(cwd: &Path, args: &[&str], env: &[(&str, &str)]) -> Run {
    let output = Command::new(env!("CARGO_BIN_EXE_disclose"))
        .args(args)
        .envs(env.iter().copied())
        .current_dir(cwd)
        .env_remove("NO_COLOR")
        .output()
        .expect("the disclose binary runs");
    Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/testsuite/fixtures")
        .join(name)
}

pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A project folder in a temporary directory with the given catalogue files under policies/.
pub fn project_with(catalogues: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    for (name, text) in catalogues {
        let path = dir.path().join("policies").join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    dir
}

pub fn read(path: impl AsRef<Path>) -> String {
    let path = path.as_ref();
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("reading {}: {e}", path.display()))
}

/// Every file under `dir`, relative, sorted, with its bytes.
pub fn tree(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    fn walk(root: &Path, dir: &Path, out: &mut Vec<(PathBuf, Vec<u8>)>) {
        for entry in std::fs::read_dir(dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(root, &path, out);
            } else {
                out.push((
                    path.strip_prefix(root).unwrap().to_owned(),
                    std::fs::read(&path).unwrap(),
                ));
            }
        }
    }
    let mut out = Vec::new();
    walk(dir, dir, &mut out);
    out.sort();
    out
}

/// A project publishing the `valid` catalogue in English, Dutch and Arabic, with the
/// Arabic messages from the project's own locales/ (fixtures/rtl): a right-to-left page.
pub fn rtl_project() -> tempfile::TempDir {
    let catalogue = read(fixture("valid").join("catalogue.toml"));
    let with_arabic = catalogue.replacen(
        "locales = [\"en\", \"nl\"]",
        "locales = [\"en\", \"nl\", \"ar\"]",
        1,
    );
    assert_ne!(
        catalogue, with_arabic,
        "the valid catalogue lists en and nl"
    );
    let project = project_with(&[("shop.toml", &with_arabic)]);
    std::fs::create_dir_all(project.path().join("locales")).unwrap();
    std::fs::copy(
        fixture("rtl").join("locales/ar.ftl"),
        project.path().join("locales/ar.ftl"),
    )
    .unwrap();
    project
}

/// The repository's seed catalogues built once per test run, every format, with four
/// threads (`RAYON_NUM_THREADS=4`), into a folder of the test target that is made
/// afresh by each run. Tests that only read a seed build share it: PDFs of the seeds
/// take seconds to make.
pub fn seed_build() -> &'static Path {
    static OUT: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    OUT.get_or_init(|| {
        let out = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("seed-build");
        if out.exists() {
            std::fs::remove_dir_all(&out).unwrap();
        }
        let run = disclose_with_env(
            &repo_root(),
            &["build", "--out", out.to_str().unwrap()],
            &[("RAYON_NUM_THREADS", "4")],
        );
        assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
        out
    })
}
