//! The [Klaro!](https://klaro.org) export (npm `klaro`): a script assigning
//! `window.klaroConfig`, which Klaro reads when its own script runs (load this one
//! first).
//!
//! Klaro shows texts as text (`htmlTexts: false`, which the export sets): the views'
//! plain texts go in unescaped. Consent in Klaro is per service, ours per category,
//! so a service is the cookies of one provider in one category
//! ([`BannerView::services`](crate::view::BannerView::services)).

use super::js::Js;
use super::signals::{self, Library};
use super::{clearable, in_category, script};
use crate::model::facts;
use crate::model::*;
use crate::view::{BannerService, LocaleView};
use rayon::prelude::*;

/// The configuration script; `views` has one entry per published locale, the default
/// first.
pub fn klaro(policy: &Policy, views: &[LocaleView]) -> String {
    let langs = languages(views);
    let translations = langs
        .iter()
        .map(|(key, v)| (key.clone(), translation(policy, v)))
        .collect();
    let services: Vec<Js> = service_names(policy, views)
        .into_par_iter()
        .enumerate()
        .map(|(i, name)| service(policy, i, name, &langs))
        .collect();
    // Klaro merges its own bundled translations under ours, so on a page in a
    // language the policy does not publish (French, say) it would show its own French
    // notice and buttons around our English titles. `lang` picks the page's language
    // when the policy publishes it and the default locale's otherwise: one language
    // per banner (docs/exports.md).
    let published: Vec<String> = langs
        .iter()
        .map(|(key, _)| key.clone())
        .filter(|key| key != "zz")
        .collect();
    let fallback = published
        .first()
        .cloned()
        .unwrap_or_else(|| "zz".to_owned());
    let config = Js::Obj(vec![
        ("version".into(), Js::Num(1)),
        (
            "lang".into(),
            Js::PageLanguage {
                published,
                fallback,
            },
        ),
        ("elementID".into(), Js::str("klaro")),
        ("storageMethod".into(), Js::str("cookie")),
        ("storageName".into(), Js::str(&storage_name(policy))),
        ("htmlTexts".into(), Js::Bool(false)),
        ("default".into(), Js::Bool(false)),
        ("mustConsent".into(), Js::Bool(false)),
        ("acceptAll".into(), Js::Bool(true)),
        ("hideDeclineAll".into(), Js::Bool(false)),
        ("hideLearnMore".into(), Js::Bool(false)),
        ("groupByPurpose".into(), Js::Bool(true)),
        ("showNoticeTitle".into(), Js::Bool(true)),
        ("translations".into(), Js::Obj(translations)),
        ("services".into(), Js::Arr(services)),
    ]);
    let mut out = script(
        policy,
        "Klaro! 0.7 (npm klaro)",
        "load this script before klaro.js; Klaro reads window.klaroConfig.",
        "klaroConfig",
        &config,
    );
    let notices = langs
        .iter()
        .filter_map(|(key, v)| Some((key.clone(), Js::str(v.banner.gpc.as_deref()?))))
        .collect();
    out.push_str(&signals::script(policy, Library::Klaro, notices));
    out.push_str(CHANGED_NOTICE);
    out
}

/// The consent cookie's name: `klaro` until a release asks for consent again, then
/// `klaro-<revision>` (the CookieConsent revision), so Klaro finds no consent under
/// the new name and asks again (docs/exports.md).
fn storage_name(policy: &Policy) -> String {
    if facts::consent_renewed(policy) {
        format!("klaro-{}", super::revision(policy))
    } else {
        "klaro".to_owned()
    }
}

/// Klaro shows `changeDescription` only when a service is added, not when it finds no
/// consent under a new storage name: for a visitor who holds a consent cookie of an
/// earlier revision, it is put in front of the notice instead.
const CHANGED_NOTICE: &str = "(function (c) {
  var earlier = document.cookie.split('; ').some(function (p) {
    var name = p.split('=')[0];
    return /^klaro(-[0-9]+)?$/.test(name) && name !== c.storageName;
  });
  if (!earlier) return;
  Object.keys(c.translations).forEach(function (lang) {
    var notice = c.translations[lang].consentNotice;
    if (notice && notice.changeDescription) {
      notice.description = notice.changeDescription + ' ' + notice.description;
    }
  });
})(window.klaroConfig);
";

/// The name of each service, in the views' order: the processor id when its cookies
/// are all in one category, `<processor>-<category>` when they are in several, and
/// `first-party-<category>` for first-party cookies; never one taken by another.
fn service_names(policy: &Policy, views: &[LocaleView]) -> Vec<String> {
    let services: &[BannerService] = views.first().map_or(&[], |v| &v.banner.services);
    let mut taken: Vec<String> = policy.processors.iter().map(|p| p.id.clone()).collect();
    services
        .iter()
        .map(|s| match s.provider {
            Provider::FirstParty => {
                unique(format!("first-party-{}", s.category.keyword()), &mut taken)
            }
            Provider::Processor(id) => {
                let processor = policy.processor(id);
                let spread = services.iter().filter(|o| o.provider == s.provider).count();
                if spread == 1 {
                    processor.id.clone()
                } else {
                    unique(
                        format!("{}-{}", processor.id, s.category.keyword()),
                        &mut taken,
                    )
                }
            }
        })
        .collect()
}

/// `wanted`, or `wanted-2`, `wanted-3`, … if it is taken; recorded as taken.
fn unique(wanted: String, taken: &mut Vec<String>) -> String {
    let mut name = wanted.clone();
    let mut n = 2;
    while taken.contains(&name) {
        name = format!("{wanted}-{n}");
        n += 1;
    }
    taken.push(name.clone());
    name
}

/// Klaro looks translations up by language without region (`nl-BE` → `nl`, lower
/// case; the export's `lang` picks it from the page); `zz`, its fallback for texts a
/// language lacks, holds the default locale's texts. The first locale of a language
/// wins.
fn languages(views: &[LocaleView]) -> Vec<(String, &LocaleView)> {
    let mut langs: Vec<(String, &LocaleView)> = Vec::new();
    for v in views {
        let language = v.lang.split('-').next().unwrap_or_default();
        let key = language.to_ascii_lowercase();
        if !langs.iter().any(|(k, _)| *k == key) {
            langs.push((key, v));
        }
    }
    if let Some(default) = views.first() {
        langs.push(("zz".to_owned(), default));
    }
    langs
}

fn translation(policy: &Policy, view: &LocaleView) -> Js {
    let banner = &view.banner;
    let purposes = banner
        .categories
        .iter()
        .filter(|c| {
            // A purpose without services is not shown; keep the list to what is.
            in_category(policy, c.category).next().is_some()
        })
        .map(|c| {
            (
                c.category.keyword().to_owned(),
                Js::Obj(vec![
                    ("title".into(), Js::str(&c.title)),
                    ("description".into(), Js::str(&c.description)),
                ]),
            )
        })
        .collect();
    Js::Obj(vec![
        (
            "consentNotice".into(),
            Js::Obj(vec![
                ("title".into(), Js::str(&banner.title)),
                ("description".into(), Js::str(&banner.description)),
                (
                    "changeDescription".into(),
                    Js::str(&banner.revision_message),
                ),
                ("learnMore".into(), Js::str(&banner.settings)),
            ]),
        ),
        (
            "consentModal".into(),
            Js::Obj(vec![
                ("title".into(), Js::str(&banner.preferences_title)),
                (
                    "description".into(),
                    Js::str(&banner.preferences_description),
                ),
            ]),
        ),
        ("ok".into(), Js::str(&banner.accept_all)),
        ("acceptAll".into(), Js::str(&banner.accept_all)),
        ("acceptSelected".into(), Js::str(&banner.save)),
        ("save".into(), Js::str(&banner.save)),
        ("decline".into(), Js::str(&banner.reject_all)),
        ("close".into(), Js::str(&banner.close)),
        ("purposes".into(), Js::Obj(purposes)),
    ])
}

/// Service `index` of the views' services, named `name`.
fn service(policy: &Policy, index: usize, name: String, langs: &[(String, &LocaleView)]) -> Js {
    let translations = langs
        .iter()
        .map(|(key, v)| {
            let words = &v.banner.services[index];
            (
                key.clone(),
                Js::Obj(vec![
                    ("title".into(), Js::str(&words.title)),
                    ("description".into(), Js::str(&words.description)),
                ]),
            )
        })
        .collect();
    let (provider, category) = match langs.first() {
        Some((_, v)) => (
            v.banner.services[index].provider,
            v.banner.services[index].category,
        ),
        None => (Provider::FirstParty, CookieCategory::Necessary),
    };
    Js::Obj(vec![
        ("name".into(), Js::Str(name)),
        ("translations".into(), Js::Obj(translations)),
        (
            "purposes".into(),
            Js::Arr(vec![Js::str(category.keyword())]),
        ),
        (
            "cookies".into(),
            Js::Arr(
                in_category(policy, category)
                    .filter(|(_, c)| c.provider == provider && clearable(c))
                    .filter_map(|(_, c)| c.name.regex().map(Js::Regex))
                    .collect(),
            ),
        ),
        (
            "required".into(),
            Js::Bool(category == CookieCategory::Necessary),
        ),
        ("default".into(), Js::Bool(false)),
        ("optOut".into(), Js::Bool(false)),
    ])
}
