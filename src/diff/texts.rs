//! Free texts compared per field and locale ([`Policy::text_fields`], the walk the
//! translation lint uses).
//!
//! Rewording is editorial, with one exception: a few free texts state a fact owed
//! under Art. 13/14 (a retention period, an address, how to exercise rights, the
//! interest pursued, how data is collected, the logic of automated decisions). A change
//! to one of those in the default locale is `material` — disclose cannot tell a
//! reworded period from a new one, so a person reviews it; in a translation alone it is
//! editorial.

use crate::model::*;
use std::collections::BTreeSet;
use unic_langid::LanguageIdentifier;

/// Free-text fields that state a fact, and the kind of change their edit is.
const SUBSTANTIVE: &[(&str, ChangeKind)] = &[
    ("retention", ChangeKind::RetentionChanged),
    ("address", ChangeKind::ContactChanged),
    ("exercise", ChangeKind::RightGranted),
    ("legitimate_interest", ChangeKind::LegalBasisChanged),
    ("collection", ChangeKind::SourcesChanged),
    (
        "automated_decisions_details",
        ChangeKind::AutomatedDecisionsChanged,
    ),
];

/// One field's texts per locale, examples joined by new lines.
fn per_locale(field: &TextField<'_>, locale: &LanguageIdentifier) -> Option<String> {
    let texts: Vec<&str> = field.texts.iter().filter_map(|t| t.exact(locale)).collect();
    (!texts.is_empty()).then(|| texts.join("\n"))
}

pub fn texts(old: &Policy, new: &Policy, out: &mut Vec<Change>) {
    let before = old.text_fields();
    let after = new.text_fields();
    let owners_before: BTreeSet<&str> = before.iter().map(|f| f.owner.as_str()).collect();
    let mut locales: Vec<LanguageIdentifier> = new.locales.clone();
    for l in &old.locales {
        if !locales.contains(l) {
            locales.push(l.clone());
        }
    }
    for a in &after {
        // Entries added or removed whole are reported as such.
        if !owners_before.contains(a.owner.as_str()) {
            continue;
        }
        let b = before
            .iter()
            .find(|b| b.owner == a.owner && b.field == a.field);
        for locale in &locales {
            let was = b.and_then(|b| per_locale(b, locale));
            let is = per_locale(a, locale);
            if was == is {
                continue;
            }
            let substantive = SUBSTANTIVE.iter().find(|(f, _)| *f == a.field);
            let (kind, class) = match substantive {
                Some((_, kind)) if *locale == new.default_locale => (*kind, ChangeClass::Material),
                _ => (ChangeKind::TextChanged, ChangeClass::Editorial),
            };
            out.push(
                Change::new(kind, class, &a.owner)
                    .field(a.field)
                    .locale(locale.to_string())
                    .values(was, is),
            );
        }
    }
}
