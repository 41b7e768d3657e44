//! How single entries are worded: times, countries, durations, and the views of a
//! processor and of a cookie. A cookie's duration is worded here and nowhere else:
//! pages, the manifest and the banners read [`CookieView::duration`].

use super::{CookieView, ProcessorView, Texts};
use crate::duration::{Duration, Unit};
use crate::i18n::Localizer;
use crate::model::facts;
use crate::model::*;
use fluent_bundle::{FluentArgs, FluentValue};
use unic_langid::LanguageIdentifier;

/// The effective date as precisely as the catalogue states it: "November 2018",
/// "1 May 2024", "19 February 2021 13:40 (UTC+01:00)". The `effective-date` message
/// places it; its wording must read right for a month alone and for a day (fr, es
/// and it therefore use a label, "Date d'entrée en vigueur : …", not a preposition
/// that agrees with the day: "à compter du novembre", "dal 8").
pub(super) fn effective_text(l: &Localizer, e: &Effective) -> String {
    match *e {
        Effective::Month { year, month } => l.month(year, month),
        Effective::Date { year, month, day } => l.date(year, month, day),
        Effective::DateTime {
            year, month, day, ..
        } => format!("{} {}", l.date(year, month, day), time_of(e)),
    }
}

/// "13:40 (UTC+01:00)": the time as the catalogue states it, with its offset.
fn time_of(e: &Effective) -> String {
    let Effective::DateTime {
        hour,
        minute,
        offset_minutes,
        ..
    } = *e
    else {
        return String::new();
    };
    match offset_minutes {
        None => format!("{hour:02}:{minute:02}"),
        Some(0) => format!("{hour:02}:{minute:02} (UTC)"),
        Some(m) => {
            let sign = if m < 0 { '-' } else { '+' };
            format!(
                "{hour:02}:{minute:02} (UTC{sign}{:02}:{:02})",
                m.abs() / 60,
                m.abs() % 60
            )
        }
    }
}

pub(super) fn country(l: &Localizer, code: &str) -> String {
    l.maybe(&format!("country-{code}"))
        .unwrap_or_else(|| code.to_owned())
}

/// A duration as words: "26 months", "1 year and 6 months", "Session".
pub(super) fn duration_text(l: &Localizer, duration: &Duration) -> String {
    match duration {
        Duration::Session => l.msg("duration-session", None),
        Duration::Persistent => l.msg("duration-persistent", None),
        Duration::Period(parts) => {
            let words: Vec<String> = parts
                .iter()
                .map(|(n, unit)| l.count(unit_message(*unit), *n))
                .collect();
            l.list_and(&words)
        }
    }
}

/// How long a cookie's information is kept, as a sentence. "Session" and "not stated"
/// are table words, not lengths: "is kept for Session" is no sentence in any language,
/// so each has a sentence of its own.
fn retention_text(l: &Localizer, retention: &Duration) -> String {
    match retention {
        Duration::Session => l.msg("cookie-retention-session", None),
        Duration::Persistent => l.msg("cookie-retention-not-stated", None),
        Duration::Period(_) => {
            let mut args = FluentArgs::new();
            args.set("retention", FluentValue::from(duration_text(l, retention)));
            l.msg("cookie-retention", Some(&args))
        }
    }
}

/// A cookie's lifetime as words, the one wording every output shows: its duration,
/// or the event or date that ends it with the duration as its maximum, a rolling
/// period, and the durations of regions before the one that applies elsewhere.
fn lifetime_text(l: &Localizer, chain: &[LanguageIdentifier], c: &Cookie) -> String {
    let life = &c.lifetime;
    let mut args = FluentArgs::new();
    let period = c.duration.as_ref().map(|d| {
        let words = duration_text(l, &d.value);
        if life.rolling {
            let mut a = FluentArgs::new();
            a.set("period", FluentValue::from(words));
            l.msg("duration-rolling", Some(&a))
        } else {
            words
        }
    });
    let ends = match (&life.until, &life.expires) {
        (Some(event), _) => Some(("duration-until", event.get(chain).to_owned())),
        (None, Some(date)) => {
            let Date { year, month, day } = date.value;
            Some(("duration-until-date", l.date(year, month, day)))
        }
        (None, None) => None,
    };
    let base = match (ends, period) {
        (Some((id, end)), max) => {
            args.set("end", FluentValue::from(end));
            match max {
                Some(max) => {
                    args.set("max", FluentValue::from(max));
                    l.msg(&format!("{id}-max"), Some(&args))
                }
                None => l.msg(id, Some(&args)),
            }
        }
        (None, Some(period)) => period,
        (None, None) if life.by_region.is_empty() => l.msg("duration-not-stated", None),
        (None, None) => String::new(),
    };
    if life.by_region.is_empty() {
        return base;
    }
    let mut parts: Vec<String> = life
        .by_region
        .iter()
        .map(|r| {
            let regions: Vec<String> = r.regions.iter().map(|g| region(l, g)).collect();
            let mut a = FluentArgs::new();
            a.set(
                "duration",
                FluentValue::from(duration_text(l, &r.duration.value)),
            );
            a.set("regions", FluentValue::from(l.list_and(&regions)));
            l.msg("duration-in-regions", Some(&a))
        })
        .collect();
    if !base.is_empty() {
        let mut a = FluentArgs::new();
        a.set("duration", FluentValue::from(base));
        parts.push(l.msg("duration-elsewhere", Some(&a)));
    }
    parts.join("; ")
}

/// How consent is asked, as the catalogue states it, one sentence per stated fact: a
/// page says no more than the catalogue does (DESIGN.md, "True, not only well-formed").
pub(super) fn consent_asked(l: &Localizer, asked: &ConsentAsked) -> Vec<String> {
    [
        (
            &asked.categories,
            "consent-asked-categories",
            "consent-asked-all-or-nothing",
        ),
        (
            &asked.reject_first_layer,
            "consent-asked-reject-first-layer",
            "consent-asked-reject-later",
        ),
        (
            &asked.pre_ticked,
            "consent-asked-pre-ticked",
            "consent-asked-not-pre-ticked",
        ),
        (
            &asked.cookie_wall,
            "consent-asked-cookie-wall",
            "consent-asked-no-cookie-wall",
        ),
    ]
    .into_iter()
    .filter_map(|(fact, yes, no)| {
        fact.as_ref()
            .map(|f| l.msg(if f.value { yes } else { no }, None))
    })
    .collect()
}

/// "the EEA", "the EU", or a country's name.
fn region(l: &Localizer, region: &Region) -> String {
    match region {
        Region::Eea => l.msg("region-eea", None),
        Region::Eu => l.msg("region-eu", None),
        Region::Country(code) => country(l, code),
    }
}

fn unit_message(unit: Unit) -> &'static str {
    match unit {
        Unit::Year => "duration-year",
        Unit::Month => "duration-month",
        Unit::Week => "duration-week",
        Unit::Day => "duration-day",
        Unit::Hour => "duration-hour",
        Unit::Minute => "duration-minute",
        Unit::Second => "duration-second",
    }
}

pub(super) fn processor(
    l: &Localizer,
    chain: &[LanguageIdentifier],
    texts: &Texts,
    p: &Processor,
) -> ProcessorView {
    let name = p.name.get(chain).to_owned();
    let mut args = FluentArgs::new();
    args.set("name", FluentValue::from(name.clone()));
    ProcessorView {
        id: p.id.clone(),
        role: p
            .role
            .map(|r| l.msg(&format!("role-{}", r.keyword()), None)),
        service: p.service.as_ref().map(|s| s.get(chain).to_owned()),
        country: p.country.as_ref().map(|c| country(l, &c.value)),
        outside_eea: facts::outside_eea(p) == Some(true),
        transfer: p
            .transfer
            .as_ref()
            .map(|t| l.msg(&format!("transfer-{}", t.value.keyword()), None)),
        own_purposes: p.own_purposes.map(|yes| {
            l.msg(
                if yes {
                    "recipient-own-purposes-yes"
                } else {
                    "recipient-own-purposes-no"
                },
                None,
            )
        }),
        privacy_url: p.privacy_url.clone(),
        privacy_link: l.msg("recipient-privacy", Some(&args)),
        description: p.description.as_ref().map(|d| texts.rich(d.get(chain))),
        name,
    }
}

pub(super) fn cookie(
    l: &Localizer,
    chain: &[LanguageIdentifier],
    texts: &Texts,
    policy: &Policy,
    c: &Cookie,
) -> CookieView {
    let (provider, first_party) = match c.provider {
        Provider::FirstParty => (policy.controller.name.clone(), true),
        Provider::Processor(id) => (policy.processor(id).name.get(chain).to_owned(), false),
    };
    let category = c.category.value.keyword();
    let names: Vec<String> = c
        .purposes
        .iter()
        .map(|p| policy.purpose(*p).name.get(chain).to_owned())
        .collect();
    let purposes = l.list_and(&names);
    CookieView {
        name: c.name.display(),
        label: c.label.as_ref().map(|t| t.get(chain).to_owned()),
        is_pattern: matches!(c.name, CookieName::Pattern(_)),
        example: c.example.clone(),
        example_text: c.example.as_ref().map(|e| {
            let mut args = FluentArgs::new();
            args.set("example", FluentValue::from(e.clone()));
            l.msg("cookie-example", Some(&args))
        }),
        provider,
        first_party,
        party: l.msg(
            if first_party {
                "party-first"
            } else {
                "party-third"
            },
            None,
        ),
        category,
        category_name: l.msg(&format!("category-{category}"), None),
        purposes,
        duration: lifetime_text(l, chain, c),
        until: c.lifetime.until.as_ref().map(|t| t.get(chain).to_owned()),
        retention: c.retention.as_ref().map(|r| retention_text(l, &r.value)),
        storage: l.msg(&format!("storage-{}", c.storage.keyword()), None),
        domain: c.domain.clone(),
        description: c.description.as_ref().map(|d| texts.rich(d.get(chain))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Messages;

    fn localizer<'m>(m: &'m Messages, tag: &str) -> Localizer<'m> {
        Localizer::new(m, m.chain(&tag.parse().unwrap(), &"en".parse().unwrap()))
    }

    /// The `effective-date` line as a page shows it, for a date of each precision.
    fn effective_line(m: &Messages, tag: &str, e: Effective) -> String {
        let l = localizer(m, tag);
        let mut args = FluentArgs::new();
        args.set("effective", FluentValue::from(effective_text(&l, &e)));
        l.msg("effective-date", Some(&args))
    }

    #[test]
    fn the_effective_date_reads_right_for_a_month_a_first_day_and_any_day() {
        let m = Messages::shipped();
        let month = Effective::Month {
            year: 2018,
            month: 11,
        };
        let first = Effective::Date {
            year: 2024,
            month: 5,
            day: 1,
        };
        let eighth = Effective::Date {
            year: 2018,
            month: 11,
            day: 8,
        };
        let timed = Effective::DateTime {
            year: 2021,
            month: 2,
            day: 19,
            hour: 13,
            minute: 40,
            offset_minutes: Some(60),
        };
        let cases = [
            ("fr", month, "Date d'entrée en vigueur\u{a0}: novembre 2018"),
            ("fr", first, "Date d'entrée en vigueur\u{a0}: 1er mai 2024"),
            (
                "fr",
                eighth,
                "Date d'entrée en vigueur\u{a0}: 8 novembre 2018",
            ),
            ("es", month, "Fecha de entrada en vigor: noviembre de 2018"),
            ("es", first, "Fecha de entrada en vigor: 1 de mayo de 2024"),
            ("it", month, "Data di entrata in vigore: novembre 2018"),
            ("it", eighth, "Data di entrata in vigore: 8 novembre 2018"),
            ("it", first, "Data di entrata in vigore: 1 maggio 2024"),
            (
                "it",
                timed,
                "Data di entrata in vigore: 19 febbraio 2021 13:40 (UTC+01:00)",
            ),
            ("nl", month, "Geldig vanaf november 2018"),
            ("de", first, "Gültig ab 1. Mai 2024"),
            ("en", month, "Effective November 2018"),
            ("en", first, "Effective 1 May 2024"),
        ];
        for (tag, e, expected) in cases {
            assert_eq!(effective_line(&m, tag, e), expected, "{tag} {e:?}");
        }
    }

    #[test]
    fn a_session_or_unstated_retention_is_a_sentence_of_its_own() {
        let m = Messages::shipped();
        let period = Duration::Period(vec![(26, Unit::Month)]);
        let cases = [
            (
                "nl",
                Duration::Session,
                "De verzamelde informatie wordt bewaard tot het einde van de sessie.",
            ),
            (
                "nl",
                period.clone(),
                "De verzamelde informatie wordt 26 maanden bewaard.",
            ),
            (
                "de",
                Duration::Persistent,
                "Wie lange die erhobenen Informationen gespeichert werden, ist nicht angegeben.",
            ),
            (
                "en",
                Duration::Session,
                "Information collected is kept until the session ends.",
            ),
            ("en", period, "Information collected is kept for 26 months."),
        ];
        for (tag, duration, expected) in cases {
            assert_eq!(retention_text(&localizer(&m, tag), &duration), expected);
        }
        // In no shipped language is a table word put where a length goes.
        for (tag, _) in crate::i18n::shipped_sources() {
            let l = localizer(&m, tag);
            for d in [Duration::Session, Duration::Persistent] {
                let mut args = FluentArgs::new();
                args.set("retention", FluentValue::from(duration_text(&l, &d)));
                let wrong = l.msg("cookie-retention", Some(&args));
                assert_ne!(retention_text(&l, &d), wrong, "{tag}");
                assert!(l.misses().is_empty(), "{tag}: {:?}", l.misses());
            }
        }
    }

    #[test]
    fn cookie_lifetime_columns_are_not_labelled_as_retention() {
        let m = Messages::shipped();
        let label = |tag| localizer(&m, tag).msg("column-duration", None);
        assert_eq!(label("nl"), "Looptijd");
        assert_eq!(label("de"), "Laufzeit");
        assert_eq!(
            localizer(&m, "nl").msg("transfer-safe-harbor", None),
            "Veiligehavenbeginselen"
        );
    }
}
