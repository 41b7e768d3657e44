//! The privacy policy's facts compared: data categories, rights, contacts, automated
//! decisions, consent mechanism, storage, own clauses, documents and languages.

use super::classify::{any_consent_purpose, consent_or_material};
use crate::model::*;

fn joined<T: AsRef<str>>(items: impl IntoIterator<Item = T>) -> String {
    let mut items: Vec<String> = items.into_iter().map(|s| s.as_ref().to_owned()).collect();
    items.sort();
    items.join(", ")
}

/// What was added to and taken from a set, each sorted.
fn added_removed(before: &[String], after: &[String]) -> (Vec<String>, Vec<String>) {
    let added = after
        .iter()
        .filter(|a| !before.contains(a))
        .cloned()
        .collect();
    let removed = before
        .iter()
        .filter(|b| !after.contains(b))
        .cloned()
        .collect();
    (added, removed)
}

pub fn data(old: &Policy, new: &Policy, out: &mut Vec<Change>) {
    for o in &old.data {
        if !new.data.iter().any(|n| n.id == o.id) {
            out.push(Change::new(
                ChangeKind::DataRemoved,
                ChangeClass::Editorial,
                &o.id,
            ));
        }
    }
    for n in &new.data {
        let consent = any_consent_purpose(new, &n.purposes);
        let Some(o) = old.data.iter().find(|o| o.id == n.id) else {
            out.push(Change::new(
                ChangeKind::DataAdded,
                consent_or_material(consent),
                &n.id,
            ));
            continue;
        };
        let purposes = |p: &Policy, d: &DataCategory| -> Vec<String> {
            d.purposes
                .iter()
                .map(|i| p.purpose(*i).id.clone())
                .collect()
        };
        let (po, pn) = (purposes(old, o), purposes(new, n));
        let (added, _) = added_removed(&po, &pn);
        if !added.is_empty() || po.len() != pn.len() {
            let added_consent = n.purposes.iter().any(|i| {
                added.contains(&new.purpose(*i).id) && facts::relies_on_consent(new.purpose(*i))
            });
            let class = if added.is_empty() {
                ChangeClass::Editorial
            } else {
                consent_or_material(added_consent)
            };
            out.push(
                Change::new(ChangeKind::DataPurposesChanged, class, &n.id)
                    .values(Some(joined(&po)), Some(joined(&pn))),
            );
        }
        let recipients = |p: &Policy, d: &DataCategory| -> Vec<String> {
            d.recipients
                .iter()
                .map(|i| p.processor(*i).id.clone())
                .collect()
        };
        let (ro, rn) = (recipients(old, o), recipients(new, n));
        let (added, removed) = added_removed(&ro, &rn);
        if !added.is_empty() || !removed.is_empty() {
            let class = if added.is_empty() {
                ChangeClass::Editorial
            } else {
                consent_or_material(consent)
            };
            out.push(
                Change::new(ChangeKind::DataRecipientsChanged, class, &n.id)
                    .values(Some(joined(&ro)), Some(joined(&rn))),
            );
        }
        let sources = |d: &DataCategory| -> Vec<String> {
            d.sources.iter().map(|s| s.keyword().to_owned()).collect()
        };
        let (so, sn) = (sources(o), sources(n));
        let (added, removed) = added_removed(&so, &sn);
        if !added.is_empty() || !removed.is_empty() {
            let class = if added.is_empty() {
                ChangeClass::Editorial
            } else {
                ChangeClass::Material
            };
            out.push(
                Change::new(ChangeKind::SourcesChanged, class, &n.id)
                    .values(Some(joined(&so)), Some(joined(&sn))),
            );
        }
        if o.sensitive != n.sensitive {
            out.push(
                Change::new(
                    ChangeKind::DataPurposesChanged,
                    ChangeClass::Material,
                    &n.id,
                )
                .field("sensitive")
                .values(Some(o.sensitive.to_string()), Some(n.sensitive.to_string())),
            );
        }
    }
}

pub fn rights(old: &Policy, new: &Policy, out: &mut Vec<Change>) {
    let granted = |p: &Policy| -> Vec<String> {
        p.rights.as_ref().map_or_else(Vec::new, |r| {
            r.granted
                .iter()
                .map(|g| g.value.keyword().to_owned())
                .collect()
        })
    };
    let (added, removed) = added_removed(&granted(old), &granted(new));
    for right in added {
        out.push(Change::new(
            ChangeKind::RightGranted,
            ChangeClass::Material,
            right,
        ));
    }
    for right in removed {
        out.push(Change::new(
            ChangeKind::RightWithdrawn,
            ChangeClass::Material,
            right,
        ));
    }
}

/// The contact fields of one table, as `(field, value)`.
type Fields = Vec<(&'static str, Option<String>)>;

fn contact_fields(p: &Policy) -> Vec<(&'static str, Option<Fields>)> {
    let c = &p.controller;
    let controller = vec![
        ("name", Some(c.name.clone())),
        ("email", c.email.clone()),
        ("phone", c.phone.clone()),
        ("country", c.country.clone()),
        ("website", c.website.clone()),
        ("registration", c.registration.clone()),
    ];
    let dpo = p.dpo.as_ref().map(|d| {
        vec![
            ("name", d.name.clone()),
            ("email", d.email.clone()),
            ("phone", d.phone.clone()),
            ("designated", d.designated.map(|b| b.to_string())),
        ]
    });
    let authority = p
        .authority
        .as_ref()
        .map(|a| vec![("country", a.country.clone()), ("url", a.url.clone())]);
    vec![
        ("controller", Some(controller)),
        ("dpo", dpo),
        ("supervisory_authority", authority),
    ]
}

pub fn contacts(old: &Policy, new: &Policy, out: &mut Vec<Change>) {
    for ((table, before), (_, after)) in contact_fields(old).into_iter().zip(contact_fields(new)) {
        match (before, after) {
            (None, None) => {}
            (Some(_), None) | (None, Some(_)) => {
                out.push(Change::new(
                    ChangeKind::ContactChanged,
                    ChangeClass::Material,
                    table,
                ));
            }
            (Some(before), Some(after)) => {
                for ((field, b), (_, a)) in before.into_iter().zip(after) {
                    if b != a {
                        out.push(
                            Change::new(ChangeKind::ContactChanged, ChangeClass::Material, table)
                                .field(field)
                                .values(b, a),
                        );
                    }
                }
            }
        }
    }
}

pub fn statements(old: &Policy, new: &Policy, out: &mut Vec<Change>) {
    let (ao, an) = (
        old.privacy.automated_decisions,
        new.privacy.automated_decisions,
    );
    if ao != an {
        out.push(
            Change::new(
                ChangeKind::AutomatedDecisionsChanged,
                ChangeClass::Material,
                "privacy",
            )
            .field("automated_decisions")
            .values(ao.map(|b| b.to_string()), an.map(|b| b.to_string())),
        );
    }
    let bases = |p: &Policy| joined(p.privacy.legal_bases.iter().map(|b| b.value.keyword()));
    if bases(old) != bases(new) {
        out.push(
            Change::new(
                ChangeKind::LegalBasisChanged,
                ChangeClass::Material,
                "privacy",
            )
            .field("legal_bases")
            .values(Some(bases(old)), Some(bases(new))),
        );
    }
    let mechanism = |p: &Policy| p.consent.as_ref().map(|c| c.mechanism.value);
    let (mo, mn) = (mechanism(old), mechanism(new));
    if mo != mn {
        let class = consent_or_material(mn == Some(ConsentMechanism::OptInBanner));
        out.push(
            Change::new(ChangeKind::ConsentMechanismChanged, class, "consent").values(
                mo.map(|m| m.keyword().to_owned()),
                mn.map(|m| m.keyword().to_owned()),
            ),
        );
    }
    for o in &old.storage {
        if !new.storage.iter().any(|n| n.id == o.id) {
            out.push(
                Change::new(ChangeKind::StorageChanged, ChangeClass::Editorial, &o.id)
                    .values(o.country.clone(), None),
            );
        }
    }
    for n in &new.storage {
        match old.storage.iter().find(|o| o.id == n.id) {
            None => out.push(
                Change::new(ChangeKind::StorageChanged, ChangeClass::Material, &n.id)
                    .values(None, n.country.clone()),
            ),
            Some(o) if o.country != n.country => out.push(
                Change::new(ChangeKind::StorageChanged, ChangeClass::Material, &n.id)
                    .values(o.country.clone(), n.country.clone()),
            ),
            Some(_) => {}
        }
    }
    for o in &old.sections {
        if !new.sections.iter().any(|n| n.id == o.id) {
            out.push(Change::new(
                ChangeKind::SectionRemoved,
                ChangeClass::Material,
                &o.id,
            ));
        }
    }
    for n in &new.sections {
        if !old.sections.iter().any(|o| o.id == n.id) {
            out.push(Change::new(
                ChangeKind::SectionAdded,
                ChangeClass::Material,
                &n.id,
            ));
        }
    }
}

pub fn publication(old: &Policy, new: &Policy, out: &mut Vec<Change>) {
    let documents = |p: &Policy| -> Vec<String> {
        p.documents.iter().map(|d| d.keyword().to_owned()).collect()
    };
    let (added, removed) = added_removed(&documents(old), &documents(new));
    for d in added {
        out.push(Change::new(
            ChangeKind::DocumentAdded,
            ChangeClass::Editorial,
            d,
        ));
    }
    for d in removed {
        out.push(Change::new(
            ChangeKind::DocumentRemoved,
            ChangeClass::Material,
            d,
        ));
    }
    let locales = |p: &Policy| -> Vec<String> { p.locales.iter().map(|l| l.to_string()).collect() };
    let (added, removed) = added_removed(&locales(old), &locales(new));
    for l in added {
        out.push(Change::new(
            ChangeKind::LocaleAdded,
            ChangeClass::Editorial,
            l,
        ));
    }
    for l in removed {
        out.push(Change::new(
            ChangeKind::LocaleRemoved,
            ChangeClass::Material,
            l,
        ));
    }
}
