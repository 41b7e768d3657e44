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

/// "13:40 (UTC+01:00)": the time as the catalogue states it, with its offset.
pub(super) fn time_of(e: &Effective) -> String {
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
fn duration_text(l: &Localizer, duration: &Duration) -> String {
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
        duration: match &c.duration {
            Some(d) => duration_text(l, &d.value),
            None => l.msg("duration-not-stated", None),
        },
        retention: c.retention.as_ref().map(|r| {
            let mut args = FluentArgs::new();
            args.set("retention", FluentValue::from(duration_text(l, &r.value)));
            l.msg("cookie-retention", Some(&args))
        }),
        storage: l.msg(&format!("storage-{}", c.storage.keyword()), None),
        domain: c.domain.clone(),
        description: c.description.as_ref().map(|d| texts.rich(d.get(chain))),
    }
}
