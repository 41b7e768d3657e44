//! CLDR formatting for a page locale: lists ("A, B and C") and dates.

use super::Localizer;
use std::collections::HashMap;
use unic_langid::LanguageIdentifier;

thread_local! {
    /// CLDR list formatters, loaded once per thread and locale (they are not `Sync`,
    /// and a `Localizer` is).
    static LIST_FORMATTERS: std::cell::RefCell<HashMap<LanguageIdentifier, Option<icu_list::ListFormatter>>> =
        std::cell::RefCell::new(HashMap::new());
}

impl Localizer<'_> {
    /// A locale-appropriate list: "A, B and C" / "A, B en C" (CLDR list patterns).
    pub fn list_and(&self, items: &[String]) -> String {
        use icu_list::{ListFormatter, options::ListFormatterOptions};
        LIST_FORMATTERS.with(|formatters| {
            let mut formatters = formatters.borrow_mut();
            let formatter = formatters.entry(self.locale().clone()).or_insert_with(|| {
                icu_locale(self.locale()).and_then(|l| {
                    ListFormatter::try_new_and(l.into(), ListFormatterOptions::default()).ok()
                })
            });
            match formatter {
                Some(f) => f.format_to_string(items.iter().map(String::as_str)),
                None => items.join(", "),
            }
        })
    }

    /// A date in the locale's long form: "19 February 2021", "19 februari 2021".
    pub fn date(&self, year: i32, month: u8, day: u8) -> String {
        use icu_calendar::{Date, Gregorian};
        use icu_datetime::{FixedCalendarDateTimeFormatter, fieldsets::YMD};
        let (Some(locale), Ok(date)) = (
            icu_locale(self.locale()),
            Date::try_new_gregorian(year, month, day),
        ) else {
            return format!("{year:04}-{month:02}-{day:02}");
        };
        match FixedCalendarDateTimeFormatter::<Gregorian, _>::try_new(locale.into(), YMD::long()) {
            Ok(f) => first_of_month(self.locale(), day, f.format(&date).to_string()),
            Err(_) => format!("{year:04}-{month:02}-{day:02}"),
        }
    }

    /// A month in the locale's long form: "November 2018", "november 2018".
    pub fn month(&self, year: i32, month: u8) -> String {
        use icu_calendar::{Date, Gregorian};
        use icu_datetime::{FixedCalendarDateTimeFormatter, fieldsets::YM};
        let (Some(locale), Ok(date)) = (
            icu_locale(self.locale()),
            Date::try_new_gregorian(year, month, 1),
        ) else {
            return format!("{year:04}-{month:02}");
        };
        match FixedCalendarDateTimeFormatter::<Gregorian, _>::try_new(locale.into(), YM::long()) {
            Ok(f) => f.format(&date).to_string(),
            Err(_) => format!("{year:04}-{month:02}"),
        }
    }
}
/// CLDR writes the first day of a month as a number like any other; French writes it
/// as an ordinal, "1er mai 2024" (Lexique des règles typographiques en usage à
/// l'Imprimerie nationale; Académie française, « Dire, ne pas dire »).
fn first_of_month(locale: &LanguageIdentifier, day: u8, text: String) -> String {
    match text.strip_prefix("1 ") {
        Some(rest) if day == 1 && locale.language.as_str() == "fr" => format!("1er {rest}"),
        _ => text,
    }
}

/// The locale dates are written for. CLDR's `en` is American English ("February 19,
/// 2021"); these documents address readers under European law, so `en` without a
/// region writes dates as `en-GB` does ("19 February 2021"). `en-US` keeps US dates.
fn icu_locale(locale: &LanguageIdentifier) -> Option<icu_locale_core::Locale> {
    let tag = if locale.language.as_str() == "en" && locale.region.is_none() {
        "en-GB".to_owned()
    } else {
        locale.to_string()
    };
    icu_locale_core::Locale::try_from_str(&tag).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Messages;

    fn lid(s: &str) -> LanguageIdentifier {
        s.parse().unwrap()
    }

    #[test]
    fn dates_and_lists_follow_cldr() {
        let m = Messages::shipped();
        let en = Localizer::new(&m, vec![lid("en")]);
        assert_eq!(en.date(2021, 2, 19), "19 February 2021");
        assert_eq!(
            en.list_and(&["a".into(), "b".into(), "c".into()]),
            "a, b and c"
        );
        let en_us = Localizer::new(&m, vec![lid("en-US")]);
        assert_eq!(
            en_us.list_and(&["a".into(), "b".into(), "c".into()]),
            "a, b, and c"
        );
        let nl = Localizer::new(&m, vec![lid("nl")]);
        assert_eq!(nl.date(2021, 2, 19), "19 februari 2021");
        assert_eq!(nl.month(2018, 11), "november 2018");
    }

    #[test]
    fn dates_are_written_per_locale() {
        let m = Messages::shipped();
        let cases = [
            ("en-GB", "19 February 2021"),
            ("nl", "19 februari 2021"),
            ("de", "19. Februar 2021"),
            ("fr", "19 février 2021"),
            ("es", "19 de febrero de 2021"),
            ("it", "19 febbraio 2021"),
        ];
        for (locale, expected) in cases {
            assert_eq!(
                Localizer::new(&m, vec![lid(locale)]).date(2021, 2, 19),
                expected,
                "{locale}"
            );
        }
    }

    #[test]
    fn english_dates_are_day_month_year_unless_american_is_asked_for() {
        let messages = Messages::shipped();
        let date = |tag: &str| Localizer::new(&messages, vec![lid(tag)]).date(2021, 2, 19);
        assert_eq!(date("en"), "19 February 2021");
        assert_eq!(date("en-GB"), "19 February 2021");
        assert_eq!(date("en-US"), "February 19, 2021");
    }
}
