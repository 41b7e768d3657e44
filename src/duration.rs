//! Cookie lifetimes: `session`, `persistent`, `"26 months"`, `"1 year 6 months"`, or
//! ISO 8601 `P26M` / `P1Y6M` / `PT30M`.
//!
//! Conversion to seconds uses the mean Gregorian calendar, because a cookie set with a
//! lifetime of "one month" lasts a month whichever month it starts in:
//! a year is 365.2425 days (31,556,952 s) and a month is a twelfth of that
//! (2,629,746 s); weeks, days, hours and minutes are exact.

use serde::Serialize;

pub const SECONDS_PER_YEAR: u64 = 31_556_952;
pub const SECONDS_PER_MONTH: u64 = SECONDS_PER_YEAR / 12;

/// No real cookie or retention period runs past a century; longer is a typo.
const MAX_SECONDS: u64 = 100 * SECONDS_PER_YEAR;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Unit {
    Year,
    Month,
    Week,
    Day,
    Hour,
    Minute,
    Second,
}

impl Unit {
    pub fn seconds(self) -> u64 {
        match self {
            Self::Year => SECONDS_PER_YEAR,
            Self::Month => SECONDS_PER_MONTH,
            Self::Week => 7 * 86_400,
            Self::Day => 86_400,
            Self::Hour => 3_600,
            Self::Minute => 60,
            Self::Second => 1,
        }
    }

    const WORDS: &'static [(&'static str, Unit)] = &[
        ("year", Unit::Year),
        ("years", Unit::Year),
        ("yr", Unit::Year),
        ("yrs", Unit::Year),
        ("month", Unit::Month),
        ("months", Unit::Month),
        ("week", Unit::Week),
        ("weeks", Unit::Week),
        ("day", Unit::Day),
        ("days", Unit::Day),
        ("hour", Unit::Hour),
        ("hours", Unit::Hour),
        ("h", Unit::Hour),
        ("minute", Unit::Minute),
        ("minutes", Unit::Minute),
        ("min", Unit::Minute),
        ("mins", Unit::Minute),
        ("second", Unit::Second),
        ("seconds", Unit::Second),
        ("s", Unit::Second),
        ("sec", Unit::Second),
        ("secs", Unit::Second),
    ];
}

/// A stated lifetime.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Duration {
    /// Deleted when the browser closes.
    Session,
    /// Outlives the session, for a period the organisation does not state.
    Persistent,
    /// A calendar period, largest unit first, e.g. 1 year + 6 months.
    Period(Vec<(u64, Unit)>),
}

impl Duration {
    /// Length in seconds, by the mean Gregorian calendar; `None` unless a period.
    pub fn seconds(&self) -> Option<u64> {
        match self {
            Self::Period(parts) => Some(parts.iter().map(|(n, u)| n * u.seconds()).sum()),
            _ => None,
        }
    }

    /// ISO 8601 form (`P26M`), `None` unless a period.
    pub fn iso8601(&self) -> Option<String> {
        let Self::Period(parts) = self else {
            return None;
        };
        let mut date = String::from("P");
        let mut time = String::new();
        for (n, unit) in parts {
            match unit {
                Unit::Year => date.push_str(&format!("{n}Y")),
                Unit::Month => date.push_str(&format!("{n}M")),
                Unit::Week => date.push_str(&format!("{n}W")),
                Unit::Day => date.push_str(&format!("{n}D")),
                Unit::Hour => time.push_str(&format!("{n}H")),
                Unit::Minute => time.push_str(&format!("{n}M")),
                Unit::Second => time.push_str(&format!("{n}S")),
            }
        }
        if !time.is_empty() {
            date.push('T');
            date.push_str(&time);
        }
        Some(date)
    }
}

/// Why a duration could not be read; the message is written for catalogue authors.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DurationError {
    pub message: String,
    pub help: String,
}

const HELP: &str = "write \"session\", \"persistent\", a number and a unit such as \"26 months\" or \"90 days\", or ISO 8601 such as \"P26M\"";

fn error(message: impl Into<String>) -> DurationError {
    DurationError {
        message: message.into(),
        help: HELP.to_owned(),
    }
}

pub fn parse(input: &str) -> Result<Duration, DurationError> {
    let text = input.trim();
    let lower = text.to_lowercase();
    let duration = match lower.as_str() {
        "" => return Err(error("the duration is empty")),
        "session" => return Ok(Duration::Session),
        "persistent" => return Ok(Duration::Persistent),
        _ if lower.starts_with('p') => parse_iso(&text.to_uppercase())?,
        _ => parse_words(&lower)?,
    };
    let seconds = duration.seconds().unwrap_or(0);
    if seconds == 0 {
        return Err(DurationError {
            message: format!("`{text}` is a duration of zero"),
            help: "a cookie deleted when the browser closes has duration \"session\"".to_owned(),
        });
    }
    if seconds > MAX_SECONDS {
        return Err(DurationError {
            message: format!("`{text}` is longer than 100 years"),
            help: "check the number; cookie lifetimes are counted in days, months or years"
                .to_owned(),
        });
    }
    Ok(duration)
}

/// `26 months`, `1 year 6 months`, `1 year and 6 months`, `2 years, 3 days`.
fn parse_words(text: &str) -> Result<Duration, DurationError> {
    let cleaned = text.replace(',', " ");
    let mut tokens = cleaned
        .split_whitespace()
        .filter(|t| *t != "and")
        .peekable();
    let mut parts: Vec<(u64, Unit)> = Vec::new();
    while let Some(token) = tokens.next() {
        // Accept "26months" as well as "26 months".
        let digits_end = token
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(token.len());
        if digits_end == 0 {
            return Err(error(format!("expected a number, found `{token}`")));
        }
        let number: u64 = token[..digits_end]
            .parse()
            .map_err(|_| error(format!("`{}` is too large a number", &token[..digits_end])))?;
        let unit_word = if digits_end < token.len() {
            &token[digits_end..]
        } else {
            tokens
                .next()
                .ok_or_else(|| error(format!("`{number}` has no unit (days, months, years, …)")))?
        };
        let unit = Unit::WORDS
            .iter()
            .find(|(w, _)| *w == unit_word)
            .map(|(_, u)| *u)
            .ok_or_else(|| {
                let words = Unit::WORDS.iter().map(|(w, _)| *w);
                let mut err = error(format!("unknown unit `{unit_word}`"));
                if let Some(s) = crate::diag::did_you_mean(unit_word, words) {
                    err.help = format!("did you mean `{number} {s}`?");
                }
                err
            })?;
        push_part(&mut parts, number, unit)?;
    }
    Ok(Duration::Period(parts))
}

/// ISO 8601 durations: `P1Y6M`, `P90D`, `P2W`, `PT30M`, `P1DT12H`.
fn parse_iso(text: &str) -> Result<Duration, DurationError> {
    let body = &text[1..];
    if body.is_empty() {
        return Err(error(format!("`{text}` has no value after P")));
    }
    let mut parts = Vec::new();
    let mut in_time = false;
    let mut number = String::new();
    for c in body.chars() {
        match c {
            '0'..='9' => number.push(c),
            'T' if number.is_empty() && !in_time => in_time = true,
            _ => {
                if number.is_empty() {
                    return Err(error(format!(
                        "`{text}` is not an ISO 8601 duration: a number must come before `{c}`"
                    )));
                }
                let unit = match (c, in_time) {
                    ('Y', false) => Unit::Year,
                    ('M', false) => Unit::Month,
                    ('W', false) => Unit::Week,
                    ('D', false) => Unit::Day,
                    ('H', true) => Unit::Hour,
                    ('M', true) => Unit::Minute,
                    ('S', true) => Unit::Second,
                    _ => {
                        return Err(error(format!(
                            "`{text}` is not an ISO 8601 duration: unexpected `{c}`"
                        )));
                    }
                };
                let n: u64 = number
                    .parse()
                    .map_err(|_| error(format!("`{number}` is too large a number")))?;
                push_part(&mut parts, n, unit)?;
                number.clear();
            }
        }
    }
    if !number.is_empty() {
        return Err(error(format!("`{text}` ends with a number without a unit")));
    }
    if parts.is_empty() {
        return Err(error(format!("`{text}` has no value after P")));
    }
    Ok(Duration::Period(parts))
}

fn push_part(parts: &mut Vec<(u64, Unit)>, number: u64, unit: Unit) -> Result<(), DurationError> {
    if number > 1_000_000 {
        return Err(error(format!("`{number}` is too large a number")));
    }
    if parts.iter().any(|(_, u)| *u == unit) {
        return Err(error(
            format!("the unit `{unit:?}` appears twice").to_lowercase(),
        ));
    }
    parts.push((number, unit));
    parts.sort_by_key(|(_, u)| *u);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn secs(s: &str) -> Option<u64> {
        parse(s).unwrap().seconds()
    }

    #[test]
    fn words_and_iso_agree() {
        assert_eq!(parse("26 months"), parse("P26M"));
        assert_eq!(parse("1 year and 6 months"), parse("P1Y6M"));
        assert_eq!(parse("90 days"), parse("p90d"));
        assert_eq!(parse("30 minutes"), parse("PT30M"));
    }

    #[test]
    fn seconds_use_the_mean_gregorian_calendar() {
        assert_eq!(secs("1 year"), Some(31_556_952));
        assert_eq!(secs("26 months"), Some(26 * 2_629_746));
        assert_eq!(secs("90 days"), Some(90 * 86_400));
        assert_eq!(secs("P1DT12H"), Some(86_400 + 12 * 3_600));
        assert_eq!(parse("session").unwrap().seconds(), None);
    }

    #[test]
    fn iso_form_is_canonical() {
        assert_eq!(
            parse("6 months 1 year").unwrap().iso8601().as_deref(),
            Some("P1Y6M")
        );
        assert_eq!(parse("2 hours").unwrap().iso8601().as_deref(), Some("PT2H"));
    }

    #[test]
    fn errors_explain_what_is_wrong() {
        assert!(parse("26 mnths").unwrap_err().help.contains("26 months"));
        assert!(parse("0 days").unwrap_err().message.contains("zero"));
        assert!(
            parse("500 years")
                .unwrap_err()
                .message
                .contains("100 years")
        );
        assert!(parse("forever").is_err());
        assert!(parse("P").is_err());
        assert!(parse("P5").is_err());
        assert!(parse("PT5D").is_err());
        assert!(parse("26").is_err());
        assert!(parse("1 day 2 days").is_err());
        assert!(parse("99999999999999999999999 days").is_err());
    }
}

#[cfg(test)]
mod properties {
    use super::*;
    use proptest::prelude::*;

    fn unit() -> impl Strategy<Value = (&'static str, Unit)> {
        prop_oneof![
            Just(("years", Unit::Year)),
            Just(("months", Unit::Month)),
            Just(("weeks", Unit::Week)),
            Just(("days", Unit::Day)),
            Just(("hours", Unit::Hour)),
            Just(("minutes", Unit::Minute)),
            Just(("seconds", Unit::Second)),
        ]
    }

    proptest! {
        #[test]
        fn never_panics(text in "\\PC{0,40}") {
            let _ = parse(&text);
        }

        #[test]
        fn words_give_number_times_unit(n in 1u64..1200, (word, unit) in unit()) {
            let text = format!("{n} {word}");
            match parse(&text) {
                Ok(d) => prop_assert_eq!(d.seconds(), Some(n * unit.seconds())),
                // Only lengths past a century are refused.
                Err(e) => prop_assert!(n * unit.seconds() > MAX_SECONDS, "{}: {}", text, e.message),
            }
        }

        #[test]
        fn iso_form_reads_back_the_same(n in 1u64..100, m in 0u64..12, (word, _) in unit()) {
            // (Months once: a unit written twice is refused.)
            let text = if m == 0 || word == "months" { format!("{n} {word}") } else { format!("{n} {word} {m} months") };
            // Under a century: every such text parses, and its ISO form reads back.
            let d = parse(&text).unwrap_or_else(|e| panic!("{text}: {}", e.message));
            let iso = d.iso8601().unwrap();
            prop_assert_eq!(parse(&iso).unwrap(), d);
        }
    }
}
