//! End-to-end tests: the real binary on fixture catalogues, and the library API.
//!
//! Fixtures live in `tests/testsuite/fixtures/<case>/`; snapshots of user-facing
//! output (reviewed by hand) in `tests/testsuite/snapshots/`.

mod banners;
mod build;
mod check;
mod crash;
mod harness;
mod html;
mod library;
mod lint;
#[cfg(feature = "pdf")]
mod pdf;
mod schema;
mod seeds;
mod xss;
