//! CLDR formatting for a page locale: lists ("A, B and C") and dates.

use super::Localizer;
use super::chain::language_only;
use std::collections::HashMap;
use unic_langid::LanguageIdentifier;

thread_local! {
    /// CLDR list formatters, loaded once per thread and locale (they are not `Sync`,
    /// and a `Localizer` is).
    static LIST_FORMATTERS: std::cell::RefCell<HashMap<LanguageIdentifier, Option<icu_list::ListFormatter>>> =
        std::cell::RefCell::new(HashMap::new());
}

/// The plural rules of one language: ICU4X's (CLDR 48) where it has data for the
/// language, else fluent-bundle's own (intl_pluralrules, CLDR 37), which cover more
/// languages (Northern Sami, Faroese, …) but not as exactly.
enum Plurals {
    Icu(icu_plurals::PluralRules),
    Fluent(intl_pluralrules::PluralRules),
    None,
}

thread_local! {
    /// Plural rules, loaded once per thread and language.
    static PLURAL_RULES: std::cell::RefCell<HashMap<LanguageIdentifier, std::rc::Rc<Plurals>>> =
        std::cell::RefCell::new(HashMap::new());
}

fn load_plurals(locale: &LanguageIdentifier) -> Plurals {
    let icu =
        icu_locale(locale).and_then(|l| icu_plurals::PluralRules::try_new_cardinal(l.into()).ok());
    // Without data for the language ICU4X falls back to CLDR root, whose only
    // category is `other`; so do languages without plurals (ja, zh, …), which
    // intl_pluralrules agrees with.
    match icu {
        Some(rules) if rules.categories().count() > 1 => Plurals::Icu(rules),
        icu => match intl_pluralrules::PluralRules::create(
            language_only(locale),
            intl_pluralrules::PluralRuleType::CARDINAL,
        ) {
            Ok(rules) => Plurals::Fluent(rules),
            Err(_) => icu.map_or(Plurals::None, Plurals::Icu),
        },
    }
}

/// The CLDR plural category of a whole number in a language: "one", "few", "other"…
pub fn plural_category(locale: &LanguageIdentifier, n: u64) -> &'static str {
    use icu_plurals::PluralCategory as Icu;
    use intl_pluralrules::PluralCategory as Intl;
    let rules = PLURAL_RULES.with(|rules| {
        rules
            .borrow_mut()
            .entry(locale.clone())
            .or_insert_with(|| std::rc::Rc::new(load_plurals(locale)))
            .clone()
    });
    match &*rules {
        Plurals::Icu(r) => match r.category_for(n) {
            Icu::Zero => "zero",
            Icu::One => "one",
            Icu::Two => "two",
            Icu::Few => "few",
            Icu::Many => "many",
            Icu::Other => "other",
        },
        Plurals::Fluent(r) => match r.select(n) {
            Ok(Intl::ZERO) => "zero",
            Ok(Intl::ONE) => "one",
            Ok(Intl::TWO) => "two",
            Ok(Intl::FEW) => "few",
            Ok(Intl::MANY) => "many",
            _ => "other",
        },
        Plurals::None => "other",
    }
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
    /// ICU4X's CLDR data, except where a language's own usage differs from it
    /// ([`date_fix`]); ISO 8601 where ICU4X has no data for the language.
    pub fn date(&self, year: i32, month: u8, day: u8) -> String {
        let iso = format!("{year:04}-{month:02}-{day:02}");
        let Some((locale, date)) = icu_date(self.locale(), year, month, day) else {
            return iso;
        };
        let lang = self.locale().language.as_str();
        if let Some(text) = date_fix(lang, &locale, &date, year, day) {
            return text;
        }
        match ymd(&locale, &date) {
            Some(text) if has_data(&locale, ymd) => first_of_month(lang, day, text),
            _ => iso,
        }
    }

    /// A month in the locale's long form: "November 2018", "november 2018"; ISO 8601
    /// ("2018-11") where ICU4X has no data for the language.
    pub fn month(&self, year: i32, month: u8) -> String {
        let iso = format!("{year:04}-{month:02}");
        let Some((locale, date)) = icu_date(self.locale(), year, month, 1) else {
            return iso;
        };
        if self.locale().language.as_str() == "lv" {
            // CLDR's yMMMM for Latvian ("y. 'g'. MMMM") comes out as "2018. gada.
            // novembris"; Latvian writes "2018. gada novembris".
            if let Some(name) = month_name(&locale, &date) {
                return format!("{year}. gada {name}");
            }
        }
        match ym(&locale, &date) {
            Some(text) if has_data(&locale, ym) => text,
            _ => iso,
        }
    }
}

type IcuDate = icu_calendar::Date<icu_calendar::Gregorian>;

fn icu_date(
    locale: &LanguageIdentifier,
    year: i32,
    month: u8,
    day: u8,
) -> Option<(icu_locale_core::Locale, IcuDate)> {
    let date = icu_calendar::Date::try_new_gregorian(year, month, day).ok()?;
    Some((icu_locale(locale)?, date))
}

fn ymd(locale: &icu_locale_core::Locale, date: &IcuDate) -> Option<String> {
    use icu_datetime::{FixedCalendarDateTimeFormatter, fieldsets::YMD};
    let f = FixedCalendarDateTimeFormatter::<icu_calendar::Gregorian, _>::try_new(
        locale.into(),
        YMD::long(),
    )
    .ok()?;
    Some(f.format(date).to_string())
}

fn ym(locale: &icu_locale_core::Locale, date: &IcuDate) -> Option<String> {
    use icu_datetime::{FixedCalendarDateTimeFormatter, fieldsets::YM};
    let f = FixedCalendarDateTimeFormatter::<icu_calendar::Gregorian, _>::try_new(
        locale.into(),
        YM::long(),
    )
    .ok()?;
    Some(f.format(date).to_string())
}

/// The month's name standing alone: "Feabhra", "novembris".
fn month_name(locale: &icu_locale_core::Locale, date: &IcuDate) -> Option<String> {
    use icu_datetime::{FixedCalendarDateTimeFormatter, fieldsets::M};
    let f = FixedCalendarDateTimeFormatter::<icu_calendar::Gregorian, _>::try_new(
        locale.into(),
        M::long(),
    )
    .ok()?;
    Some(f.format(date).to_string())
}

/// Whether ICU4X had data for the language: without it, it falls back to CLDR's root
/// locale and writes "2021 M02 19", which is no language's date.
fn has_data(
    locale: &icu_locale_core::Locale,
    format: fn(&icu_locale_core::Locale, &IcuDate) -> Option<String>,
) -> bool {
    if locale.id.language == icu_locale_core::subtags::Language::UNKNOWN {
        return true;
    }
    let root = icu_locale_core::Locale::UNKNOWN;
    let probe = icu_calendar::Date::try_new_gregorian(2021, 2, 19).expect("valid date");
    format(locale, &probe) != format(&root, &probe)
}

/// Long dates whose ICU4X form differs from how the language writes them, each with
/// its source; `None` for every other language.
fn date_fix(
    lang: &str,
    locale: &icu_locale_core::Locale,
    date: &IcuDate,
    year: i32,
    day: u8,
) -> Option<String> {
    match lang {
        // ICU4X writes "Feabhra 19, 2021"; Irish writes day, month, year: "19 Feabhra
        // 2021" (CLDR's own long date pattern for ga, "d MMMM y"; gov.ie style).
        "ga" => Some(format!("{day} {} {year}", month_name(locale, date)?)),
        // ICU4X writes "19 ta’ Frar, 2021"; CLDR's long date pattern for mt is
        // "d 'ta'’ MMMM y": "19 ta’ Frar 2021".
        "mt" => Some(format!("{day} ta’ {} {year}", month_name(locale, date)?)),
        // ICU4X writes "01. maj 2024"; Slovenian writes the day without a leading
        // zero, "1. maj 2024" (Slovenski pravopis, dates).
        "sl" => ymd(locale, date).map(|t| t.strip_prefix('0').map_or(t.clone(), str::to_owned)),
        _ => None,
    }
}

/// CLDR writes the first day of a month as a number like any other; French writes it
/// as an ordinal, "1er mai 2024" (Lexique des règles typographiques en usage à
/// l'Imprimerie nationale; Académie française, « Dire, ne pas dire »).
fn first_of_month(lang: &str, day: u8, text: String) -> String {
    match text.strip_prefix("1 ") {
        Some(rest) if day == 1 && lang == "fr" => format!("1er {rest}"),
        _ => text,
    }
}

/// The locale dates are written for. CLDR's `en` is American English ("February 19,
/// 2021"); these documents address readers under European law, so `en` without a
/// region writes dates as `en-GB` does ("19 February 2021"). `en-US` keeps US dates.
fn icu_locale(locale: &LanguageIdentifier) -> Option<icu_locale_core::Locale> {
    let tag = if locale.language.as_str() == "en" && locale.region.is_none() {
        "en-GB".to_owned()
    } else if locale.language.as_str() == "pt" {
        // `pt` is Brazilian in CLDR, and ICU4X 2.4's compiled data for it lacks the
        // digits a date needs (a debug assertion in icu_datetime); European
        // Portuguese writes dates the same way ("19 de fevereiro de 2021").
        "pt-PT".to_owned()
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

    /// Every shipped language, on an ordinary day, a first of the month and a month
    /// alone (the effective date's three precisions).
    #[test]
    fn dates_of_every_shipped_language() {
        let m = Messages::shipped();
        let cases: &[(&str, &str, &str, &str)] = &[
            ("da", "19. februar 2021", "1. maj 2024", "november 2018"),
            ("et", "19 veebruar 2021", "1 mai 2024", "november 2018"),
            (
                "fi",
                "19. helmikuuta 2021",
                "1. toukokuuta 2024",
                "marraskuu 2018",
            ),
            ("is", "19. febrúar 2021", "1. maí 2024", "nóvember 2018"),
            (
                "lt",
                "2021 m. vasario 19 d.",
                "2024 m. gegužės 1 d.",
                "2018 m. lapkritis",
            ),
            (
                "lv",
                "2021. gada 19. februāris",
                "2024. gada 1. maijs",
                "2018. gada novembris",
            ),
            ("nb", "19. februar 2021", "1. mai 2024", "november 2018"),
            ("sv", "19 februari 2021", "1 maj 2024", "november 2018"),
            (
                "bg",
                "19 февруари 2021\u{202f}г.",
                "1 май 2024\u{202f}г.",
                "ноември 2018\u{202f}г.",
            ),
            ("cs", "19. února 2021", "1. května 2024", "listopad 2018"),
            (
                "el",
                "19 Φεβρουαρίου 2021",
                "1 Μαΐου 2024",
                "Νοέμβριος 2018",
            ),
            ("ga", "19 Feabhra 2021", "1 Bealtaine 2024", "Samhain 2018"),
            (
                "hr",
                "19. veljače 2021.",
                "1. svibnja 2024.",
                "studeni 2018.",
            ),
            (
                "hu",
                "2021. február 19.",
                "2024. május 1.",
                "2018. november",
            ),
            (
                "mt",
                "19 ta’ Frar 2021",
                "1 ta’ Mejju 2024",
                "Novembru 2018",
            ),
            ("pl", "19 lutego 2021", "1 maja 2024", "listopad 2018"),
            (
                "pt",
                "19 de fevereiro de 2021",
                "1 de maio de 2024",
                "novembro de 2018",
            ),
            ("ro", "19 februarie 2021", "1 mai 2024", "noiembrie 2018"),
            ("sk", "19. februára 2021", "1. mája 2024", "november 2018"),
            ("sl", "19. februar 2021", "1. maj 2024", "november 2018"),
        ];
        for (tag, day, first, month) in cases {
            let l = Localizer::new(&m, vec![lid(tag)]);
            assert_eq!(l.date(2021, 2, 19), *day, "{tag}");
            assert_eq!(l.date(2024, 5, 1), *first, "{tag}");
            assert_eq!(l.month(2018, 11), *month, "{tag}");
        }
    }

    /// Where ICU4X has no data for a language (Northern Sami, Greenlandic), it would
    /// write CLDR root's "2021 M02 19": the date is ISO 8601 instead.
    #[test]
    fn a_language_without_cldr_dates_gets_iso_8601() {
        let m = Messages::shipped();
        for tag in ["se", "kl"] {
            let l = Localizer::new(&m, vec![lid(tag)]);
            assert_eq!(l.date(2021, 2, 19), "2021-02-19", "{tag}");
            assert_eq!(l.month(2018, 11), "2018-11", "{tag}");
        }
    }

    /// `pt` and `pt-BR` would trip ICU4X 2.4's missing digits; they write dates as
    /// European Portuguese does, which reads the same.
    #[test]
    fn portuguese_dates_do_not_trip_icu4x() {
        let m = Messages::shipped();
        for tag in ["pt", "pt-BR", "pt-PT"] {
            let l = Localizer::new(&m, vec![lid(tag)]);
            assert_eq!(l.date(2021, 2, 19), "19 de fevereiro de 2021", "{tag}");
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
