//! The cookie policy's facts compared: cookies, purposes and recipients.
//!
//! Entries are paired by what identifies them in the catalogue — a cookie by its name
//! (or label) and domain, a purpose or processor by its id — and each pair is compared
//! field by field. A cookie left unpaired on both sides with the same provider,
//! purposes and category is the same cookie renamed.

use super::classify::{
    any_consent_purpose, consent_cookie, consent_or_material, consent_purpose,
    receives_consent_data,
};
use crate::duration::Duration;
use crate::model::facts::provider_id;
use crate::model::*;

/// How a duration is recorded: `session`, `persistent`, or ISO 8601 (`P13M`).
pub fn duration_word(d: &Duration) -> String {
    match d {
        Duration::Session => "session".to_owned(),
        Duration::Persistent => "persistent".to_owned(),
        Duration::Period(_) => d.iso8601().unwrap_or_default(),
    }
}

/// A lifetime on one scale: a session is shortest; a persistent cookie of unstated
/// length is taken as the longest (the careful reading).
fn length(d: Option<&Duration>) -> u64 {
    match d {
        None | Some(Duration::Persistent) => u64::MAX,
        Some(Duration::Session) => 0,
        Some(d) => d.seconds().unwrap_or(u64::MAX),
    }
}

/// What identifies a cookie entry: its name (or label) and domain.
fn cookie_key(policy: &Policy, c: &Cookie) -> (String, Option<String>) {
    let name = c
        .name
        .display()
        .or_else(|| {
            c.label.as_ref().map(|l| {
                l.get(std::slice::from_ref(&policy.default_locale))
                    .to_owned()
            })
        })
        .unwrap_or_default();
    (name, c.domain.clone())
}

fn purpose_ids(policy: &Policy, ids: &[PurposeId]) -> Vec<String> {
    let mut out: Vec<String> = ids.iter().map(|p| policy.purpose(*p).id.clone()).collect();
    out.sort();
    out
}

/// The name of the cookie's provider as the default locale writes it, or `first-party`.
pub fn provider_name(policy: &Policy, c: &Cookie) -> String {
    match c.provider {
        Provider::FirstParty => "first-party".to_owned(),
        Provider::Processor(id) => policy
            .processor(id)
            .name
            .get(std::slice::from_ref(&policy.default_locale))
            .to_owned(),
    }
}

/// A change about a cookie, with the facts its wording needs.
fn cookie_change(policy: &Policy, c: &Cookie, kind: ChangeKind, class: ChangeClass) -> Change {
    let mut change = Change::new(kind, class, cookie_key(policy, c).0);
    change.provider = Some(provider_name(policy, c));
    change.category = Some(c.category.value.keyword().to_owned());
    change.duration = c.duration.as_ref().map(|d| duration_word(&d.value));
    change
}

pub fn cookies(old: &Policy, new: &Policy, out: &mut Vec<Change>) {
    let mut unpaired_old: Vec<&Cookie> = Vec::new();
    let mut paired: Vec<(&Cookie, &Cookie)> = Vec::new();
    let mut unpaired_new: Vec<&Cookie> = new.cookies.iter().collect();
    for c in &old.cookies {
        let key = cookie_key(old, c);
        match unpaired_new.iter().position(|n| cookie_key(new, n) == key) {
            Some(i) => paired.push((c, unpaired_new.remove(i))),
            None => unpaired_old.push(c),
        }
    }
    // Renamed: the same provider, purposes and category under another name.
    let same = |o: &Cookie, n: &Cookie| {
        provider_id(old, o) == provider_id(new, n)
            && purpose_ids(old, &o.purposes) == purpose_ids(new, &n.purposes)
            && o.category.value == n.category.value
    };
    let mut removed = Vec::new();
    for o in unpaired_old {
        match unpaired_new.iter().position(|n| same(o, n)) {
            Some(i) => {
                let n = unpaired_new.remove(i);
                let mut change =
                    cookie_change(new, n, ChangeKind::CookieRenamed, ChangeClass::Editorial);
                change.before = Some(cookie_key(old, o).0);
                change.after = Some(change.subject.clone());
                out.push(change);
                compare_cookie(old, o, new, n, out);
            }
            None => removed.push(o),
        }
    }
    for (o, n) in paired {
        compare_cookie(old, o, new, n, out);
    }
    for o in removed {
        out.push(cookie_change(
            old,
            o,
            ChangeKind::CookieRemoved,
            ChangeClass::Editorial,
        ));
    }
    for n in unpaired_new {
        let class = consent_or_material(consent_cookie(new, n));
        out.push(cookie_change(new, n, ChangeKind::CookieAdded, class));
    }
}

fn compare_cookie(old: &Policy, o: &Cookie, new: &Policy, n: &Cookie, out: &mut Vec<Change>) {
    let consent = consent_cookie(new, n);
    let (before, after) = (o.duration.as_ref(), n.duration.as_ref());
    let (lb, la) = (
        length(before.map(|d| &d.value)),
        length(after.map(|d| &d.value)),
    );
    if before.map(|d| &d.value) != after.map(|d| &d.value) && lb != la {
        let (kind, class) = if la > lb {
            (ChangeKind::LifetimeLonger, consent_or_material(consent))
        } else {
            (ChangeKind::LifetimeShorter, ChangeClass::Editorial)
        };
        out.push(cookie_change(new, n, kind, class).values(
            before.map(|d| duration_word(&d.value)),
            after.map(|d| duration_word(&d.value)),
        ));
    }
    if o.category.value != n.category.value {
        let class = consent_or_material(n.category.value.requires_consent());
        out.push(
            cookie_change(new, n, ChangeKind::CategoryChanged, class).values(
                Some(o.category.value.keyword().to_owned()),
                Some(n.category.value.keyword().to_owned()),
            ),
        );
    }
    let (po, pn) = (purpose_ids(old, &o.purposes), purpose_ids(new, &n.purposes));
    if po != pn {
        let added: Vec<PurposeId> = n
            .purposes
            .iter()
            .copied()
            .filter(|p| !po.contains(&new.purpose(*p).id))
            .collect();
        let class = if added.is_empty() {
            ChangeClass::Editorial
        } else {
            consent_or_material(consent || any_consent_purpose(new, &added))
        };
        out.push(
            cookie_change(new, n, ChangeKind::CookiePurposesChanged, class)
                .values(Some(po.join(", ")), Some(pn.join(", "))),
        );
    }
    let (vo, vn) = (provider_id(old, o), provider_id(new, n));
    if vo != vn {
        let class = consent_or_material(consent);
        out.push(
            cookie_change(new, n, ChangeKind::CookieProviderChanged, class)
                .values(Some(vo.to_owned()), Some(vn.to_owned())),
        );
    }
    let (ro, rn) = (o.retention.as_ref(), n.retention.as_ref());
    if ro.map(|d| &d.value) != rn.map(|d| &d.value) {
        let class = if length(rn.map(|d| &d.value)) < length(ro.map(|d| &d.value)) {
            ChangeClass::Editorial
        } else {
            ChangeClass::Material
        };
        out.push(
            cookie_change(new, n, ChangeKind::RetentionChanged, class)
                .field("retention")
                .values(
                    ro.map(|d| duration_word(&d.value)),
                    rn.map(|d| duration_word(&d.value)),
                ),
        );
    }
}

pub fn purposes(old: &Policy, new: &Policy, out: &mut Vec<Change>) {
    let basis = |p: &Purpose| p.legal_basis.as_ref().map(|b| b.value.keyword().to_owned());
    for o in &old.purposes {
        match new.purposes.iter().find(|n| n.id == o.id) {
            None => out.push(Change::new(
                ChangeKind::PurposeRemoved,
                ChangeClass::Editorial,
                &o.id,
            )),
            Some(n) if basis(o) != basis(n) => {
                let class = consent_or_material(consent_purpose(n));
                out.push(
                    Change::new(ChangeKind::LegalBasisChanged, class, &n.id)
                        .values(basis(o), basis(n)),
                );
            }
            Some(_) => {}
        }
    }
    for n in &new.purposes {
        if !old.purposes.iter().any(|o| o.id == n.id) {
            let class = consent_or_material(consent_purpose(n));
            out.push(Change::new(ChangeKind::PurposeAdded, class, &n.id).values(None, basis(n)));
        }
    }
}

pub fn processors(old: &Policy, new: &Policy, out: &mut Vec<Change>) {
    let country = |p: &Processor| p.country.as_ref().map(|c| c.value.clone());
    let transfer = |p: &Processor| p.transfer.as_ref().map(|t| t.value.keyword().to_owned());
    let role = |p: &Processor| {
        let role = p.role.map_or("", |r| r.keyword());
        match p.own_purposes {
            Some(true) => format!("{role} (own purposes)"),
            _ => role.to_owned(),
        }
    };
    for o in &old.processors {
        if !new.processors.iter().any(|n| n.id == o.id) {
            out.push(Change::new(
                ChangeKind::RecipientRemoved,
                ChangeClass::Editorial,
                &o.id,
            ));
        }
    }
    for (i, n) in new.processors.iter().enumerate() {
        let consent = receives_consent_data(new, i);
        let Some(o) = old.processors.iter().find(|o| o.id == n.id) else {
            out.push(
                Change::new(
                    ChangeKind::RecipientAdded,
                    consent_or_material(consent),
                    &n.id,
                )
                .values(None, country(n)),
            );
            continue;
        };
        if country(o) != country(n) {
            let third = n.country.as_ref().is_some_and(|c| !in_eea(&c.value));
            out.push(
                Change::new(
                    ChangeKind::CountryChanged,
                    consent_or_material(consent && third),
                    &n.id,
                )
                .values(country(o), country(n)),
            );
        }
        if transfer(o) != transfer(n) {
            out.push(
                Change::new(ChangeKind::TransferChanged, ChangeClass::Material, &n.id)
                    .values(transfer(o), transfer(n)),
            );
        }
        if role(o) != role(n) {
            let own_now = n.own_purposes == Some(true) && o.own_purposes != Some(true);
            out.push(
                Change::new(
                    ChangeKind::RecipientRoleChanged,
                    consent_or_material(consent && own_now),
                    &n.id,
                )
                .values(Some(role(o)), Some(role(n))),
            );
        }
    }
}
