//! disclose: a compiler for privacy disclosures.
//!
//! ```text
//! catalogue (TOML, spans) → model (resolved, typed) → view (per locale) → render (bytes) → output
//! ```

pub mod catalogue;
pub mod diag;
pub mod duration;
pub mod i18n;
pub mod model;
pub mod project;
