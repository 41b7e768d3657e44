//! The external programs and files some tests need (a browser, poppler, a validator,
//! npm packages), found the same way by every test.
//!
//! `scripts/test.sh` installs all of them, exactly as CI does. A test whose tool is
//! missing fails and names the command that installs it, unless the run opts out with
//! `DISCLOSE_SKIP_MISSING_TOOLS=1`: then the test says on stderr that it skipped, and
//! adds a line to the file named by `DISCLOSE_SKIPPED_LOG`, which scripts/test.sh
//! counts at the end of the run. A missing tool never turns into a silent pass.

use crate::harness::repo_root;
use std::io::Write as _;
use std::path::PathBuf;
use std::process::Command;

/// The opt-out: skip (and count) the checks whose tools are missing.
pub const SKIP_MISSING: &str = "DISCLOSE_SKIP_MISSING_TOOLS";
/// Where skipped checks are listed, one a line (set by scripts/test.sh).
pub const SKIPPED_LOG: &str = "DISCLOSE_SKIPPED_LOG";

/// One tool a test needs: where it is, or why it was not found, and how to install it.
pub struct Tool {
    found: Result<PathBuf, String>,
    install: String,
}

impl Tool {
    /// Headless Chromium: `$CHROMIUM`, else /usr/bin/chromium.
    pub fn chromium() -> Tool {
        let path = std::env::var_os("CHROMIUM")
            .map(PathBuf::from)
            .unwrap_or_else(|| PathBuf::from("/usr/bin/chromium"));
        let found = if path.is_file() {
            Ok(path)
        } else {
            Err(format!(
                "no Chromium at {} (set CHROMIUM to another)",
                path.display()
            ))
        };
        Tool {
            found,
            install: "apt-get install chromium".into(),
        }
    }

    pub fn node() -> Tool {
        Tool::program("node", &["--version"], "apt-get install nodejs npm")
    }

    pub fn java() -> Tool {
        Tool::program(
            "java",
            &["-version"],
            "apt-get install default-jre-headless",
        )
    }

    /// poppler-utils: `pdftotext`, `pdfinfo` and `pdffonts` (the path is pdftotext's).
    pub fn poppler() -> Tool {
        let install = "apt-get install poppler-utils";
        for tool in ["pdfinfo", "pdffonts"] {
            let probe = Tool::program(tool, &["-v"], install);
            if probe.found.is_err() {
                return probe;
            }
        }
        Tool::program("pdftotext", &["-v"], install)
    }

    pub fn check_jsonschema() -> Tool {
        Tool::program(
            "check-jsonschema",
            &["--version"],
            "python3 -m pip install check-jsonschema",
        )
    }

    /// The folder of an npm package in `.ci/tools/node_modules`, at `version` if given.
    pub fn npm(package: &str, version: Option<&str>) -> Tool {
        let install = format!(
            "npm install --prefix .ci/tools {package}{}",
            version.map(|v| format!("@{v}")).unwrap_or_default()
        );
        let dir = repo_root().join(".ci/tools/node_modules").join(package);
        let manifest = dir.join("package.json");
        let found = match std::fs::read_to_string(&manifest) {
            Err(_) => Err(format!("npm package {package} is not in .ci/tools")),
            Ok(text) => {
                let json: serde_json::Value = serde_json::from_str(&text)
                    .unwrap_or_else(|e| panic!("{}: {e}", manifest.display()));
                let installed = json["version"].as_str().unwrap_or_default();
                match version {
                    Some(wanted) if installed != wanted => Err(format!(
                        "npm package {package} is {installed}; the tests need {wanted}"
                    )),
                    _ => Ok(dir),
                }
            }
        };
        Tool { found, install }
    }

    /// A file inside an npm package, e.g. the SARIF schema of @microsoft/jest-sarif.
    pub fn npm_file(package: &str, file: &str) -> Tool {
        let tool = Tool::npm(package, None);
        let found = tool.found.and_then(|dir| {
            let path = dir.join(file);
            if path.is_file() {
                Ok(path)
            } else {
                Err(format!("npm package {package} has no {file}"))
            }
        });
        Tool {
            found,
            install: tool.install,
        }
    }

    /// The Nu HTML Checker's jar: `$VNU_JAR`, else the npm package vnu-jar.
    pub fn vnu_jar() -> Tool {
        match std::env::var_os("VNU_JAR") {
            Some(jar) => {
                let jar = PathBuf::from(jar);
                let found = if jar.is_file() {
                    Ok(jar)
                } else {
                    Err(format!("VNU_JAR={} is not a file", jar.display()))
                };
                Tool {
                    found,
                    install: "npm install --prefix .ci/tools vnu-jar (or unset VNU_JAR)".into(),
                }
            }
            None => Tool::npm_file("vnu-jar", "build/dist/vnu.jar"),
        }
    }

    /// DejaVu Sans, a font with Arabic glyphs that a project might add.
    #[cfg_attr(not(feature = "pdf"), allow(dead_code))] // only the PDF tests use it
    pub fn dejavu_sans() -> Tool {
        let font = PathBuf::from("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
        let found = if font.is_file() {
            Ok(font)
        } else {
            Err(format!("no {}", font.display()))
        };
        Tool {
            found,
            install: "apt-get install fonts-dejavu-core".into(),
        }
    }

    /// A program on PATH that answers `args` with success.
    fn program(name: &str, args: &[&str], install: &str) -> Tool {
        let found = match Command::new(name).args(args).output() {
            Ok(output) if output.status.success() => Ok(PathBuf::from(name)),
            Ok(output) => Err(format!(
                "`{name} {}` failed: {}",
                args.join(" "),
                output.status
            )),
            Err(e) => Err(format!("{name} does not run: {e}")),
        };
        Tool {
            found,
            install: install.into(),
        }
    }
}

/// The paths of the tools `check` needs, in the order given. When one is missing the
/// test fails with the command that installs it; with `DISCLOSE_SKIP_MISSING_TOOLS=1`
/// it is counted as skipped instead, and the caller returns.
pub fn require<const N: usize>(check: &str, tools: [Tool; N]) -> Option<[PathBuf; N]> {
    let missing: Vec<String> = tools
        .iter()
        .filter_map(|tool| match &tool.found {
            Ok(_) => None,
            Err(why) => Some(format!("{why} (install: {})", tool.install)),
        })
        .collect();
    if missing.is_empty() {
        return Some(tools.map(|tool| tool.found.unwrap()));
    }
    let missing = missing.join("; ");
    // Test threads carry the test's name.
    let check = match std::thread::current().name() {
        Some(test) if test != "main" => format!("{check} ({test})"),
        _ => check.to_owned(),
    };
    if std::env::var_os(SKIP_MISSING).is_none_or(|v| v.is_empty() || v == "0") {
        panic!(
            "{check}: {missing}.\n`scripts/test.sh` installs every tool the suite needs; \
             to skip the checks whose tools are missing instead, set {SKIP_MISSING}=1"
        );
    }
    eprintln!("skipped {check}: {missing}");
    if let Some(log) = std::env::var_os(SKIPPED_LOG) {
        let mut file = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&log)
            .unwrap_or_else(|e| panic!("{SKIPPED_LOG}={}: {e}", log.to_string_lossy()));
        // One write per line: tests run on several threads.
        file.write_all(format!("{check}: {missing}\n").as_bytes())
            .unwrap();
    }
    None
}
