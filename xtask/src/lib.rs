//! The benchmark corpus generator, as a library for the `corpus` command and the
//! criterion benchmarks (`benches/pipeline.rs`). It lives in its own crate so that
//! `cargo test` of disclose never compiles it.
//!
//! - [`seed_catalogue`]: catalogue `i` of a corpus of made-up organisations, each valid
//!   for `disclose check`. Cookies and processors are drawn from the Open Cookie
//!   Database; purposes, data categories, storage, sections, links and boilerplate come
//!   from phrase banks in six languages ([`phrases`]), translated field by field at a
//!   rate that varies per catalogue. Catalogue `i` depends only on the seed, `i` and the
//!   number of locales, so the corpus of 250 is the first quarter of the corpus of 1,000.
//! - [`large_catalogue`]: one catalogue with every usable cookie of the Open Cookie
//!   Database (about 2,200), one processor per platform.
//!
//! The Open Cookie Database (<https://github.com/jkwakman/Open-Cookie-Database>) is
//! Apache-2.0; every generated file that contains any of it says so at the top.

// The generator's word lists are plain tuples of literals; naming their types adds nothing.
#![allow(clippy::type_complexity, clippy::needless_range_loop)]

mod catalogue;
mod large;
pub mod ocd;
pub mod phrases;
mod rng;
mod toml_text;

pub use catalogue::seed_catalogue;
pub use large::{LargeStats, large_catalogue};
pub use ocd::Ocd;
pub use phrases::LOCALES;
pub use rng::Rng;

use std::path::{Path, PathBuf};

/// The copy of the Open Cookie Database kept with the generator.
pub fn default_ocd_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("data/open-cookie-database/open-cookie-database.csv")
}
