//! Benchmark corpus generator.
//!
//! ```text
//! cargo run --release -p xtask --bin corpus -- --out DIR [--catalogues N] [--locales K] [--seed S] [--large] [--verify]
//! ```
//!
//! - `--catalogues N` (default 1000, or 0 with `--large`) writes `DIR/policies/NNNN.toml`:
//!   N single-file catalogues of made-up organisations, each valid for `disclose check`.
//!   Cookies and processors are drawn from the Open Cookie Database; purposes, data
//!   categories, storage, sections, links and boilerplate come from phrase banks in six
//!   languages, translated field by field at a rate that varies per catalogue. Each
//!   catalogue publishes both documents in K locales (default 8) taken from
//!   en, nl, de, fr, es, it, en-GB, nl-BE. Catalogue `i` depends only on `--seed`, `i` and
//!   K, so the corpus of 250 is the first quarter of the corpus of 1,000.
//! - `--large` also writes `DIR/large/open-cookie-database.toml`: one catalogue with every
//!   usable cookie of the Open Cookie Database (about 2,200), one processor per platform.
//! - `--verify` loads and checks what was written with the library and fails on errors.
//! - `--ocd CSV` reads the Open Cookie Database from elsewhere; by default the copy in
//!   `xtask/data/open-cookie-database/`.
//!
//! The Open Cookie Database (<https://github.com/jkwakman/Open-Cookie-Database>) is
//! Apache-2.0; every generated file that contains any of it says so at the top.

use anyhow::{Context as _, Result, bail};
use clap::Parser;
use std::path::{Path, PathBuf};
use xtask::{Ocd, default_ocd_path, large_catalogue, seed_catalogue};

#[derive(Debug, Parser)]
#[command(about = "Write a deterministic benchmark corpus of disclose catalogues")]
struct Args {
    /// Folder to write into: catalogues go to OUT/policies, the large one to OUT/large.
    #[arg(long)]
    out: PathBuf,
    /// Number of catalogues (default 1000; 0 when --large is given alone).
    #[arg(long)]
    catalogues: Option<usize>,
    /// Locales per catalogue, 1 to 8 (en nl de fr es it en-GB nl-BE, in that order).
    #[arg(long, default_value_t = 8, value_parser = clap::value_parser!(u8).range(1..=8))]
    locales: u8,
    /// Seed of the generator: the same seed writes the same bytes.
    #[arg(long, default_value_t = 42)]
    seed: u64,
    /// Also write one catalogue with every usable Open Cookie Database cookie.
    #[arg(long)]
    large: bool,
    /// The Open Cookie Database CSV.
    #[arg(long)]
    ocd: Option<PathBuf>,
    /// Check what was written with the library; fail if any catalogue has an error.
    #[arg(long)]
    verify: bool,
}

fn main() -> Result<()> {
    let args = Args::parse();
    let ocd_path = args.ocd.clone().unwrap_or_else(default_ocd_path);
    let ocd = Ocd::load(&ocd_path)?;
    let count = args.catalogues.unwrap_or(if args.large { 0 } else { 1000 });
    let locales = usize::from(args.locales);
    let mut written = Vec::new();
    let mut bytes = 0usize;

    if count > 0 {
        let dir = args.out.join("policies");
        prepare_policies_dir(&dir)?;
        let width = count.to_string().len().max(4);
        for i in 1..=count {
            let text = seed_catalogue(&ocd, args.seed, i, locales);
            let path = dir.join(format!("{i:0width$}.toml"));
            std::fs::write(&path, &text).with_context(|| format!("writing {}", path.display()))?;
            bytes += text.len();
            written.push(path);
        }
    }
    if args.large {
        let dir = args.out.join("large");
        std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
        let (text, stats) = large_catalogue(&ocd, locales);
        let path = dir.join("open-cookie-database.toml");
        std::fs::write(&path, &text).with_context(|| format!("writing {}", path.display()))?;
        eprintln!(
            "large catalogue: {} cookies, {} processors from {} rows ({} invalid names skipped, {} duplicate names skipped)",
            stats.cookies, stats.processors, stats.rows, stats.invalid, stats.duplicates
        );
        bytes += text.len();
        written.push(path);
    }
    eprintln!(
        "wrote {} catalogue file(s), {:.1} MiB, {} locale(s) each, seed {}, into {}",
        written.len(),
        bytes as f64 / (1024.0 * 1024.0),
        locales,
        args.seed,
        args.out.display()
    );

    if args.verify {
        let loaded = disclose::check::check(&disclose::check::CheckOptions {
            project: args.out.clone(),
            catalogues: written.clone(),
            strict_translations: false,
            lints: Default::default(),
        })?;
        let errors = loaded.diagnostics.iter().filter(|d| d.is_error()).count();
        let warnings = loaded.diagnostics.len() - errors;
        eprintln!(
            "verify: {} catalogue(s) resolved, {errors} error(s), {warnings} warning(s)",
            loaded.policies.len()
        );
        if errors > 0 {
            for d in loaded.diagnostics.iter().filter(|d| d.is_error()).take(20) {
                eprintln!("  {d:?}");
            }
            bail!("the generated corpus has errors");
        }
    }
    Ok(())
}

/// A folder that holds nothing, or only catalogues an earlier run wrote, is ours to
/// empty: a smaller corpus must not keep the tail of a larger one.
fn prepare_policies_dir(dir: &Path) -> Result<()> {
    if dir.is_dir() {
        let mut ours = Vec::new();
        for entry in std::fs::read_dir(dir)? {
            let path = entry?.path();
            let generated = path.extension().is_some_and(|e| e == "toml")
                && path
                    .file_stem()
                    .and_then(|s| s.to_str())
                    .is_some_and(|s| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()));
            if !generated {
                bail!(
                    "{} holds {}, which this generator did not write; choose another --out",
                    dir.display(),
                    path.display()
                );
            }
            ours.push(path);
        }
        for path in ours {
            std::fs::remove_file(&path)?;
        }
    }
    std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))
}
