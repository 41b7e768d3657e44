//! The [CookieConsent v3](https://cookieconsent.orestbida.com) export (npm
//! `vanilla-cookieconsent`): a script assigning `window.discloseCookieConsentConfig`,
//! to be passed to `CookieConsent.run(…)`.
//!
//! CookieConsent writes every text with `innerHTML`: the views' plain texts are
//! HTML-escaped here.

use super::js::Js;
use super::signals::{self, Library};
use super::{categories, clearable, in_category, revision, script};
use crate::markdown;
use crate::model::*;
use crate::view::{BannerView, LocaleView};
use rayon::prelude::*;

/// The global the CookieConsent export assigns.
pub const COOKIECONSENT_GLOBAL: &str = "discloseCookieConsentConfig";

/// The configuration script; `views` has one entry per published locale, the default
/// first (as for the manifest).
pub fn cookieconsent(policy: &Policy, views: &[LocaleView]) -> String {
    let categories = categories(policy);
    let config = Js::Obj(vec![
        ("mode".into(), Js::str("opt-in")),
        ("revision".into(), Js::Num(revision(policy))),
        ("autoClearCookies".into(), Js::Bool(true)),
        ("manageScriptTags".into(), Js::Bool(true)),
        (
            "categories".into(),
            Js::Obj(
                categories
                    .iter()
                    .map(|c| (c.keyword().to_owned(), category(policy, *c)))
                    .collect(),
            ),
        ),
        (
            "language".into(),
            Js::Obj(vec![
                (
                    "default".into(),
                    Js::str(&policy.default_locale.to_string()),
                ),
                ("autoDetect".into(), Js::str("document")),
                (
                    "translations".into(),
                    Js::Obj(
                        // Locales in parallel (a large catalogue has thousands of
                        // cookies in each); collecting keeps their order.
                        views
                            .par_iter()
                            .map(|v| (v.lang.clone(), translation(policy, v, &categories)))
                            .collect(),
                    ),
                ),
            ]),
        ),
    ]);
    let mut out = script(
        policy,
        "CookieConsent v3 (npm vanilla-cookieconsent)",
        &format!("CookieConsent.run(window.{COOKIECONSENT_GLOBAL});"),
        COOKIECONSENT_GLOBAL,
        &config,
    );
    let notices = views
        .iter()
        .filter_map(|v| Some((v.lang.clone(), text(v.banner.gpc.as_deref()?))))
        .collect();
    out.push_str(&signals::script(policy, Library::CookieConsent, notices));
    out
}

fn category(policy: &Policy, category: CookieCategory) -> Js {
    if category == CookieCategory::Necessary {
        return Js::Obj(vec![
            ("enabled".into(), Js::Bool(true)),
            ("readOnly".into(), Js::Bool(true)),
        ]);
    }
    let mut fields = vec![
        ("enabled".into(), Js::Bool(false)),
        ("readOnly".into(), Js::Bool(false)),
    ];
    let cookies: Vec<Js> = in_category(policy, category)
        .filter(|(_, c)| clearable(c))
        .filter_map(|(_, c)| {
            let name = match &c.name {
                CookieName::Exact(name) => Js::str(name),
                other => Js::Regex(other.regex()?),
            };
            Some(Js::Obj(vec![("name".into(), name)]))
        })
        .collect();
    if !cookies.is_empty() {
        fields.push((
            "autoClear".into(),
            Js::Obj(vec![("cookies".into(), Js::Arr(cookies))]),
        ));
    }
    Js::Obj(fields)
}

/// A text for `innerHTML`.
fn text(s: &str) -> Js {
    Js::Str(escaped(s))
}

fn escaped(s: &str) -> String {
    let mut escaped = Vec::with_capacity(s.len());
    markdown::escape_html_to(s, &mut escaped).expect("writing to memory");
    String::from_utf8(escaped).expect("escaping keeps UTF-8")
}

fn translation(policy: &Policy, view: &LocaleView, categories: &[CookieCategory]) -> Js {
    let banner: &BannerView = &view.banner;
    let mut sections = vec![Js::Obj(vec![(
        "description".into(),
        text(&banner.preferences_description),
    )])];
    for category in categories {
        let words = banner
            .categories
            .iter()
            .find(|c| c.category == *category)
            .expect("the banner words every category");
        let mut section = vec![
            ("title".into(), text(&words.title)),
            ("description".into(), text(&words.description)),
            ("linkedCategory".into(), Js::str(category.keyword())),
        ];
        let rows: Vec<Js> = in_category(policy, *category)
            .map(|(i, _)| {
                let row = &banner.cookies[i];
                Js::Obj(vec![
                    ("name".into(), text(&row.name)),
                    ("provider".into(), text(&row.provider)),
                    ("duration".into(), text(&row.duration)),
                    ("description".into(), text(&row.description)),
                ])
            })
            .collect();
        if !rows.is_empty() {
            section.push((
                "cookieTable".into(),
                Js::Obj(vec![
                    (
                        "headers".into(),
                        Js::Obj(vec![
                            ("name".into(), text(&banner.column_name)),
                            ("provider".into(), text(&banner.column_provider)),
                            ("duration".into(), text(&banner.column_duration)),
                            ("description".into(), text(&banner.column_description)),
                        ]),
                    ),
                    ("body".into(), Js::Arr(rows)),
                ]),
            ));
        }
        sections.push(Js::Obj(section));
    }
    Js::Obj(vec![
        (
            "consentModal".into(),
            Js::Obj(vec![
                ("title".into(), text(&banner.title)),
                // CookieConsent puts `revisionMessage` where the placeholder is,
                // and nothing unless it asks again after a new revision.
                (
                    "description".into(),
                    Js::Str(format!(
                        "{} {{{{revisionMessage}}}}",
                        escaped(&banner.description)
                    )),
                ),
                ("revisionMessage".into(), text(&banner.revision_message)),
                ("acceptAllBtn".into(), text(&banner.accept_all)),
                ("acceptNecessaryBtn".into(), text(&banner.reject_all)),
                ("showPreferencesBtn".into(), text(&banner.settings)),
            ]),
        ),
        (
            "preferencesModal".into(),
            Js::Obj(vec![
                ("title".into(), text(&banner.preferences_title)),
                ("acceptAllBtn".into(), text(&banner.accept_all)),
                ("acceptNecessaryBtn".into(), text(&banner.reject_all)),
                ("savePreferencesBtn".into(), text(&banner.save)),
                ("closeIconLabel".into(), text(&banner.close)),
                ("sections".into(), Js::Arr(sections)),
            ]),
        ),
    ])
}
