//! End-to-end tests: the real binary on fixture catalogues, and the library API.
//!
//! Fixtures live in `tests/testsuite/fixtures/<case>/`; snapshots of user-facing
//! output (reviewed by hand) in `tests/testsuite/snapshots/`.

mod architecture;
mod banners;
mod build;
mod cache;
mod catalogue;
mod check;
mod consent_asked;
mod crash;
mod deep_markdown;
mod diff;
mod exports;
mod fidelity;
mod harness;
mod html;
mod languages;
mod library;
mod lifetimes;
mod lint;
mod localize;
mod output;
mod pages;
#[cfg(feature = "pdf")]
mod pdf;
mod properties;
mod release;
mod schema;
mod screens;
mod seeds;
mod signals;
mod swap;
mod terminal;
mod tools;
mod xss;
