//! Cookie lifetimes that are not one period (docs/catalogue.md, "Lifetimes"): an
//! event that ends them, a fixed date, a period renewed on every visit, periods that
//! differ by region.

use super::{At, LocalText};
use crate::duration::Duration;

/// A cookie's lifetime where it is not one period: the parts beside its `duration`.
#[derive(Debug, Clone, Default)]
pub struct Lifetime {
    /// The event that ends it ("you log out"); `duration`, if any, is the maximum.
    pub until: Option<LocalText>,
    /// The date it expires on.
    pub expires: Option<At<Date>>,
    /// The duration starts again on every visit.
    pub rolling: bool,
    /// Durations that apply in some regions instead of `duration`.
    pub by_region: Vec<RegionalDuration>,
}

/// A calendar date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

impl Date {
    /// `2026-12-31`.
    pub fn iso8601(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// Days since 1970-01-01 (proleptic Gregorian; Howard Hinnant's `days_from_civil`).
    pub fn days(self) -> i64 {
        let (m, d) = (i64::from(self.month), i64::from(self.day));
        let y = i64::from(self.year) - i64::from(m <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }
}

/// Where a regional lifetime applies.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Region {
    /// The European Economic Area ([`EEA`]).
    Eea,
    /// The European Union.
    Eu,
    /// A country, ISO 3166-1 alpha-2.
    Country(String),
}

impl Region {
    /// As the catalogue writes it: `EEA`, `EU`, `GB`.
    pub fn code(&self) -> &str {
        match self {
            Self::Eea => "EEA",
            Self::Eu => "EU",
            Self::Country(c) => c,
        }
    }
}

/// One of a cookie's `durations_by_region`.
#[derive(Debug, Clone)]
pub struct RegionalDuration {
    pub regions: Vec<Region>,
    pub duration: At<Duration>,
}
