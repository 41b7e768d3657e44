//! disclose: a compiler for privacy disclosures.
//!
//! ```text
//! catalogue (TOML, spans) → model (resolved, typed) → view (per locale) → render (bytes) → output
//! ```
//!
//! [`build::render_all`] runs the stages in order; [`output`] writes or compares the result.

pub mod build;
pub mod cache;
pub mod catalogue;
pub mod check;
pub mod diag;
pub mod diff;
pub mod duration;
pub mod heap;
pub mod i18n;
pub mod keywords;
pub mod lint;
pub mod markdown;
pub mod model;
pub mod options;
pub mod output;
pub mod project;
pub mod release;
pub mod render;
pub mod view;
