//! How a change to the policy is worded, in the localizer's language: "New cookie
//! `_ga` (Google, Analytics, 2 years)", "Cookie `_ga` now lasts 14 months instead of
//! 13 months". Used by the pages' "Changes to this policy" and by `disclose diff`.
//!
//! A change keeps its facts in catalogue terms (ids, keywords, ISO 8601 durations);
//! names are taken from `policy` where the entry still exists there, else the id is
//! shown as the catalogue wrote it.

use super::words::{country, duration_text};
use crate::duration;
use crate::i18n::Localizer;
use crate::model::*;
use fluent_bundle::{FluentArgs, FluentValue};

/// One change as a sentence.
pub fn word(l: &Localizer, policy: Option<&Policy>, change: &Change) -> String {
    use ChangeKind::*;
    let chain = l.chain();
    let subject = match change.kind {
        PurposeAdded | PurposeRemoved | LegalBasisChanged => policy
            .and_then(|p| p.purposes.iter().find(|x| x.id == change.subject))
            .map(|x| x.name.get(chain).to_owned()),
        RecipientAdded | RecipientRemoved | CountryChanged | TransferChanged
        | RecipientRoleChanged => policy
            .and_then(|p| p.processors.iter().find(|x| x.id == change.subject))
            .map(|x| x.name.get(chain).to_owned()),
        DataAdded | DataRemoved | DataPurposesChanged | DataRecipientsChanged => policy
            .and_then(|p| p.data.iter().find(|x| x.id == change.subject))
            .map(|x| x.name.get(chain).to_owned()),
        StorageChanged => policy
            .and_then(|p| p.storage.iter().find(|x| x.id == change.subject))
            .map(|x| x.name.get(chain).to_owned()),
        SectionAdded | SectionRemoved => policy
            .and_then(|p| p.sections.iter().find(|x| x.id == change.subject))
            .map(|x| x.title.get(chain).to_owned()),
        RightGranted | RightWithdrawn if Right::parse(&change.subject).is_some() => Some(
            l.msg(&format!("right-{}", change.subject), None)
                .trim_end_matches('.')
                .to_owned(),
        ),
        DocumentAdded | DocumentRemoved => Some(l.msg(&format!("{}-title", change.subject), None)),
        ContactChanged => Some(match change.subject.as_str() {
            "controller" | "dpo" | "supervisory_authority" => {
                l.msg(&format!("change-contact-{}", change.subject), None)
            }
            other => other.to_owned(),
        }),
        _ => None,
    }
    .unwrap_or_else(|| change.subject.clone());
    let value = |v: &Option<String>| -> String {
        let Some(v) = v else {
            return l.msg("duration-not-stated", None);
        };
        match change.kind {
            LifetimeLonger | LifetimeShorter | RetentionChanged => duration_words(l, v),
            CategoryChanged => l.msg(&format!("category-{v}"), None),
            LegalBasisChanged if LegalBasis::parse(v).is_some() => {
                l.msg(&format!("basis-{v}"), None)
            }
            CountryChanged => country(l, v),
            TransferChanged if TransferMechanism::parse(v).is_some() => {
                l.msg(&format!("transfer-{v}"), None)
            }
            CookiePurposesChanged | DataPurposesChanged => names(l, v, |id| {
                policy
                    .and_then(|p| p.purposes.iter().find(|x| x.id == id))
                    .map(|x| x.name.get(chain).to_owned())
            }),
            DataRecipientsChanged => names(l, v, |id| {
                policy
                    .and_then(|p| p.processors.iter().find(|x| x.id == id))
                    .map(|x| x.name.get(chain).to_owned())
            }),
            CookieProviderChanged if v == "first-party" => l.msg("party-first", None),
            CookieProviderChanged => policy
                .and_then(|p| p.processors.iter().find(|x| x.id == *v))
                .map_or_else(|| v.clone(), |x| x.name.get(chain).to_owned()),
            _ => v.clone(),
        }
    };
    let mut args = FluentArgs::new();
    args.set("subject", FluentValue::from(subject));
    args.set("before", FluentValue::from(value(&change.before)));
    args.set("after", FluentValue::from(value(&change.after)));
    args.set(
        "field",
        FluentValue::from(change.field.clone().unwrap_or_default()),
    );
    args.set(
        "locale",
        FluentValue::from(change.locale.clone().unwrap_or_default()),
    );
    if matches!(change.kind, CookieAdded) {
        let mut details = Vec::new();
        match change.provider.as_deref() {
            Some("first-party") => details.push(l.msg("party-first", None)),
            Some(p) => details.push(p.to_owned()),
            None => {}
        }
        if let Some(c) = &change.category {
            details.push(l.msg(&format!("category-{c}"), None));
        }
        if let Some(d) = &change.duration {
            details.push(duration_words(l, d));
        }
        args.set("details", FluentValue::from(details.join(", ")));
    }
    l.msg(&format!("change-{}", change.kind.keyword()), Some(&args))
}

/// A recorded duration (`session`, `persistent`, `P13M`) in words.
fn duration_words(l: &Localizer, recorded: &str) -> String {
    match duration::parse(recorded) {
        Ok(d) => duration_text(l, &d),
        Err(_) => recorded.to_owned(),
    }
}

/// Ids joined with `, ` as names, in a list.
fn names(l: &Localizer, ids: &str, name: impl Fn(&str) -> Option<String>) -> String {
    let items: Vec<String> = ids
        .split(", ")
        .filter(|s| !s.is_empty())
        .map(|id| name(id).unwrap_or_else(|| id.to_owned()))
        .collect();
    if items.is_empty() {
        l.msg("change-nothing", None)
    } else {
        l.list_and(&items)
    }
}
