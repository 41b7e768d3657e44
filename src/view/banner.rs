//! What a consent banner says, in one locale: the texts of the consent-manager
//! exports.
//!
//! Banners show plain text, so catalogue Markdown is reduced to its words
//! ([`crate::markdown::to_plain`], once per text: [`super::Texts`]); each export
//! escapes the texts as its library needs.

use super::{CookieView, Texts};
use crate::i18n::Localizer;
use crate::model::signals::gpc_refused;
use crate::model::*;
use fluent_bundle::{FluentArgs, FluentValue};
use std::collections::BTreeMap;
use unic_langid::LanguageIdentifier;

#[derive(Debug, Clone, Default)]
pub struct BannerView {
    pub title: String,
    /// The catalogue's own consent notice, or the built-in first words.
    pub description: String,
    pub accept_all: String,
    pub reject_all: String,
    pub settings: String,
    pub save: String,
    pub close: String,
    pub preferences_title: String,
    pub preferences_description: String,
    /// Column headings of a cookie table.
    pub column_name: String,
    pub column_provider: String,
    pub column_duration: String,
    pub column_description: String,
    /// Every cookie category, in keyword order.
    pub categories: Vec<BannerCategory>,
    /// One per cookie of the policy, in catalogue order.
    pub cookies: Vec<BannerCookie>,
    /// What the banner adds when it honours a Global Privacy Control signal; `None`
    /// when the catalogue does not honour GPC.
    pub gpc: Option<String>,
    /// The cookies of one provider in one category, described together (consent
    /// managers that ask per service, as Klaro does): by category, first party first,
    /// then processors in catalogue order.
    pub services: Vec<BannerService>,
    /// Shown by the consent managers when they ask again after a `consent` change:
    /// what changed, from the newest release that asked again.
    pub revision_message: String,
}

#[derive(Debug, Clone)]
pub struct BannerCategory {
    pub category: CookieCategory,
    pub title: String,
    pub description: String,
}

/// A row of a banner's cookie table.
#[derive(Debug, Clone)]
pub struct BannerCookie {
    pub name: String,
    pub provider: String,
    pub duration: String,
    pub description: String,
}

#[derive(Debug, Clone)]
pub struct BannerService {
    pub provider: Provider,
    pub category: CookieCategory,
    pub title: String,
    /// What the provider does, then its cookies: "Cookies: _ga (26 months): …".
    pub description: String,
}

/// The banner texts of `policy`; `fixed` gives a message that needs no per-item
/// argument, `cookies` are the page views of the policy's cookies.
pub(super) fn banner(
    policy: &Policy,
    l: &Localizer,
    texts: &Texts,
    fixed: &dyn Fn(&str) -> String,
    cookies: &[CookieView],
) -> BannerView {
    let chain = l.chain();
    let plain = |t: &LocalText| texts.plain(t.get(chain));
    // Worded only when a first-party cookie needs it, so no other locale misses it.
    let first_party = if policy
        .cookies
        .iter()
        .any(|c| c.provider == Provider::FirstParty)
    {
        let mut args = FluentArgs::new();
        args.set(
            "controller",
            FluentValue::from(policy.controller.name.clone()),
        );
        l.msg("provider-first-party", Some(&args))
    } else {
        String::new()
    };
    let processor_names: Vec<String> = policy.processors.iter().map(|p| plain(&p.name)).collect();
    let purpose_names: Vec<String> = policy.purposes.iter().map(|p| plain(&p.name)).collect();
    let rows: Vec<BannerCookie> = policy
        .cookies
        .iter()
        .zip(cookies)
        .map(|(cookie, view)| BannerCookie {
            name: match (cookie.name.display(), &cookie.label) {
                (Some(name), _) => name,
                (None, Some(label)) => plain(label),
                (None, None) => fixed("cookie-unnamed"),
            },
            provider: match cookie.provider {
                Provider::FirstParty => first_party.clone(),
                Provider::Processor(id) => processor_names[id.0].clone(),
            },
            duration: view.duration.clone(),
            description: match &cookie.description {
                Some(d) => plain(d),
                None => l.list_and(
                    &cookie
                        .purposes
                        .iter()
                        .map(|p| purpose_names[p.0].clone())
                        .collect::<Vec<_>>(),
                ),
            },
        })
        .collect();
    let services = services(policy, l, texts, fixed, chain, &first_party, &rows);
    let gpc = gpc_text(policy, l, "banner-gpc", fixed);
    BannerView {
        title: fixed("banner-title"),
        description: match policy.consent.as_ref().and_then(|c| c.notice.as_ref()) {
            Some(notice) => plain(notice),
            None => fixed("banner-description"),
        },
        accept_all: fixed("banner-accept-all"),
        reject_all: fixed("banner-reject-all"),
        settings: fixed("banner-settings"),
        save: fixed("banner-save"),
        close: fixed("banner-close"),
        preferences_title: fixed("banner-preferences-title"),
        preferences_description: fixed("banner-preferences-description"),
        column_name: fixed("column-name"),
        column_provider: fixed("column-provider"),
        column_duration: fixed("column-duration"),
        column_description: fixed("column-description"),
        categories: CookieCategory::ALL
            .iter()
            .map(|(key, category)| BannerCategory {
                category: *category,
                title: fixed(&format!("category-{key}")),
                description: fixed(&format!("category-{key}-description")),
            })
            .collect(),
        cookies: rows,
        gpc,
        services,
        revision_message: super::history::revision_message(policy, l),
    }
}

fn services(
    policy: &Policy,
    l: &Localizer,
    texts: &Texts,
    fixed: &dyn Fn(&str) -> String,
    chain: &[LanguageIdentifier],
    first_party: &str,
    rows: &[BannerCookie],
) -> Vec<BannerService> {
    // Cookie rows by category (keyword order) and provider (first party, then
    // processors in catalogue order), each group in catalogue order.
    let rank = |c: &Cookie| {
        let category = CookieCategory::ALL
            .iter()
            .position(|(_, k)| *k == c.category.value)
            .unwrap_or_default();
        let provider = match c.provider {
            Provider::FirstParty => 0,
            Provider::Processor(id) => id.0 + 1,
        };
        (category, provider)
    };
    let mut groups: BTreeMap<(usize, usize), (&Cookie, Vec<String>)> = BTreeMap::new();
    for (cookie, row) in policy.cookies.iter().zip(rows) {
        let listed = if row.description.is_empty() {
            format!("{} ({})", row.name, row.duration)
        } else {
            format!("{} ({}): {}", row.name, row.duration, row.description)
        };
        groups
            .entry(rank(cookie))
            .or_insert_with(|| (cookie, Vec::new()))
            .1
            .push(listed);
    }
    groups
        .into_values()
        .map(|(cookie, listed)| {
            let (provider, category) = (cookie.provider, cookie.category.value);
            let (title, about) = match provider {
                Provider::FirstParty => (
                    first_party.to_owned(),
                    fixed(&format!("category-{}-description", category.keyword())),
                ),
                Provider::Processor(id) => {
                    let p = policy.processor(id);
                    let about = p.description.as_ref().or(p.service.as_ref());
                    (
                        texts.plain(p.name.get(chain)),
                        about.map_or_else(String::new, |d| texts.plain(d.get(chain))),
                    )
                }
            };
            let mut args = FluentArgs::new();
            args.set("cookies", FluentValue::from(join_sentences(&listed)));
            let cookies = l.msg("banner-cookies", Some(&args));
            BannerService {
                provider,
                category,
                title,
                description: if about.is_empty() {
                    cookies
                } else {
                    format!("{about} {cookies}")
                },
            }
        })
        .collect()
}

/// Message `id` with the categories a Global Privacy Control signal refuses, named
/// by `fixed` (`category-<key>`); `None` when the catalogue does not honour GPC.
pub(super) fn gpc_text(
    policy: &Policy,
    l: &Localizer,
    id: &str,
    fixed: &dyn Fn(&str) -> String,
) -> Option<String> {
    let refused = gpc_refused(policy)?;
    let names: Vec<String> = refused
        .iter()
        .map(|c| fixed(&format!("category-{}", c.keyword())))
        .collect();
    let mut args = FluentArgs::new();
    args.set("categories", FluentValue::from(l.list_and(&names)));
    Some(l.msg(id, Some(&args)))
}

/// Items one after the other: a space after one that ends a sentence, `; ` otherwise.
fn join_sentences(items: &[String]) -> String {
    let mut out = String::new();
    for item in items {
        if !out.is_empty() {
            out.push_str(if out.ends_with(['.', '!', '?']) {
                " "
            } else {
                "; "
            });
        }
        out.push_str(item);
    }
    out
}
