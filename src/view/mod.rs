//! Localize: policy × locale → a view in which every string is final text.
//!
//! Templates only arrange what is here; they hold no prose and make no decisions about
//! language. Catalogue Markdown arrives rendered twice ([`Rich`]), once for HTML and
//! once for Markdown output, both already made safe.

mod banner;
mod changes;
mod history;
mod parts;
mod site;
mod texts;
mod words;

use words::{cookie, country, effective_text, processor};

pub use banner::{BannerCategory, BannerCookie, BannerService, BannerView};
pub use changes::word as word_change;
pub use history::{ChangesView, ReleaseView};
pub use parts::*;
pub use site::{IndexView, index};
pub use texts::Texts;

use crate::i18n::{Localizer, Messages, Miss};
use crate::markdown;
use crate::model::facts;
use crate::model::*;
use fluent_bundle::{FluentArgs, FluentValue};
use rayon::prelude::*;
use serde::Serialize;
use std::collections::BTreeMap;

/// Catalogue Markdown, ready for either output format.
#[derive(Debug, Clone, Serialize)]
pub struct Rich {
    pub html: String,
    pub md: String,
    /// Markdown on one line, for a cell of a Markdown table.
    pub cell: String,
    /// Typst markup, for the PDFs' templates.
    pub typst: String,
    /// The catalogue's own text, for outputs that carry it as data (the manifest).
    #[serde(skip)]
    pub source: String,
}

impl Rich {
    /// Section bodies sit under an `<h2>`: their highest heading becomes an `<h3>`.
    fn new(source: &str) -> Self {
        Self::laid_out(source, markdown::Layout::under(2))
    }

    /// A postal address: each line stays a line.
    fn address(source: &str) -> Self {
        Self::laid_out(source, markdown::Layout::lines())
    }

    fn laid_out(source: &str, layout: markdown::Layout) -> Self {
        Self {
            html: markdown::to_html(source, layout),
            md: markdown::to_markdown(source, layout),
            cell: markdown::to_markdown_cell(source),
            typst: markdown::typst::to_typst(source, layout),
            source: source.to_owned(),
        }
    }
}

/// Everything a page of one policy in one locale can show.
#[derive(Debug, Serialize)]
pub struct LocaleView {
    pub lang: String,
    /// The language's name for itself ([`Localizer::language_name`]).
    pub language_name: String,
    /// `ltr` or `rtl`, for the HTML `dir` attribute.
    pub dir: &'static str,
    pub policy_id: String,
    pub policy_name: String,
    /// Every message that needs no per-item argument, keyed with `_` for `-`.
    pub t: BTreeMap<String, String>,
    pub version: Option<String>,
    pub effective: Option<String>,
    pub effective_iso: Option<String>,
    pub sites: Vec<SiteView>,
    pub controller: ControllerView,
    pub dpo: Option<DpoView>,
    pub authority: Option<AuthorityView>,
    pub consent: Option<ConsentView>,
    pub cookies: Vec<CookieView>,
    pub cookie_categories: Vec<CategoryView>,
    /// Recipients that set cookies (cookie policy).
    pub cookie_processors: Vec<ProcessorView>,
    /// Every recipient (privacy policy).
    pub processors: Vec<ProcessorView>,
    /// Recipients outside the EEA.
    pub transfers: Vec<ProcessorView>,
    pub purposes: Vec<PurposeView>,
    /// The purposes cookies serve, in catalogue order (cookie policy): the cookie
    /// tables name them, this list says what they are.
    pub cookie_purposes: Vec<PurposeView>,
    pub legal_bases: Vec<String>,
    pub data: Vec<DataView>,
    pub storage: Vec<StorageView>,
    pub retention: Option<Rich>,
    pub rights: Vec<String>,
    pub rights_exercise: Option<Rich>,
    pub automated: Option<String>,
    pub automated_details: Option<Rich>,
    pub documents: Vec<&'static str>,
    /// `a4` or `letter`: the page size of the PDFs.
    pub paper: &'static str,
    pub sections: Vec<SectionView>,
    pub links: Vec<LinkView>,
    /// "Changes to this policy", when the catalogue records releases in `[[changes]]`.
    pub changes: Option<ChangesView>,
    /// What a consent banner says in this locale (the consent-manager exports).
    #[serde(skip)]
    pub banner: BannerView,
}

impl LocaleView {
    /// A message that needs no per-item argument, as the page shows it.
    pub fn message(&self, id: &str) -> &str {
        self.t.get(&id.replace('-', "_")).map_or("", String::as_str)
    }

    /// The title of a document: "Cookie policy".
    pub fn title(&self, document: DocumentKind) -> &str {
        self.message(&format!("{}-title", document.keyword()))
    }

    /// The language's own name for itself ("Nederlands"), for language switchers.
    pub fn language_name(&self) -> &str {
        &self.language_name
    }
}

/// The views of `policy` in every published locale, the default first (localized in
/// parallel), and the messages they lacked, sorted.
pub fn localize_all(policy: &Policy, messages: &Messages) -> (Vec<LocaleView>, Vec<Miss>) {
    let localizers: Vec<Localizer> = policy
        .locales
        .iter()
        .map(|locale| Localizer::new(messages, messages.chain(locale, &policy.default_locale)))
        .collect();
    let chains: Vec<&[_]> = localizers.iter().map(Localizer::chain).collect();
    let texts = Texts::new(policy, &chains);
    let views = localizers
        .par_iter()
        .map(|l| localize_with(policy, l, &texts))
        .collect();
    let mut misses: Vec<Miss> = localizers.iter().flat_map(Localizer::misses).collect();
    misses.sort();
    misses.dedup();
    (views, misses)
}

/// Build the view of `policy` in the locale the localizer speaks.
pub fn localize(policy: &Policy, l: &Localizer) -> LocaleView {
    localize_with(policy, l, &Texts::new(policy, &[l.chain()]))
}

/// Build the view of `policy` in the localizer's locale, its catalogue texts taken
/// from `texts`, converted once for every locale.
pub fn localize_with(policy: &Policy, l: &Localizer, texts: &Texts) -> LocaleView {
    let chain = l.chain().to_vec();
    let text = |t: &LocalText| t.get(&chain).to_owned();
    let rich = |t: &LocalText| texts.rich(t.get(&chain));
    let address = |t: &LocalText| Rich::address(t.get(&chain));

    let policy_name = text(&policy.name);
    let effective = policy.effective.map(|e| effective_text(l, &e));
    let sites: Vec<SiteView> = policy
        .sites
        .iter()
        .map(|s| SiteView {
            name: text(&s.name),
            url: s.url.clone(),
        })
        .collect();
    let authority = policy.authority.as_ref().map(|a| AuthorityView {
        name: text(&a.name),
        country: a.country.as_deref().map(|c| country(l, c)),
        url: a.url.clone(),
        address: a.address.as_ref().map(address),
    });

    let mut args = FluentArgs::new();
    args.set("policy", FluentValue::from(policy_name.clone()));
    args.set(
        "controller",
        FluentValue::from(policy.controller.name.clone()),
    );
    args.set(
        "sites",
        FluentValue::from(l.list_and(&sites.iter().map(|s| s.name.clone()).collect::<Vec<_>>())),
    );
    args.set(
        "effective",
        FluentValue::from(effective.clone().unwrap_or_default()),
    );
    args.set(
        "version",
        FluentValue::from(policy.version.clone().unwrap_or_default()),
    );
    args.set(
        "authority",
        FluentValue::from(
            authority
                .as_ref()
                .map(|a| a.name.clone())
                .unwrap_or_default(),
        ),
    );
    let t: BTreeMap<String, String> = l
        .all(&args)
        .into_iter()
        .map(|(id, text)| (id.replace('-', "_"), text))
        .collect();

    let c = &policy.controller;
    let controller = ControllerView {
        name: c.name.clone(),
        address: c.address.as_ref().map(address),
        email: c.email.clone(),
        phone: c.phone.clone(),
        country: c.country.as_deref().map(|x| country(l, x)),
        website: c.website.clone(),
        registration: c.registration.clone(),
    };
    let dpo = policy.dpo.as_ref().map(|d| DpoView {
        intro: l.msg(
            if d.designated == Some(false) {
                "dpo-contact"
            } else {
                "dpo-designated"
            },
            None,
        ),
        name: d.name.as_ref().map(|n| match &d.honorific {
            Some(h) => format!("{} {n}", text(h)),
            None => n.clone(),
        }),
        role: d.role.as_ref().map(text),
        email: d.email.clone(),
        phone: d.phone.clone(),
        address: d.address.as_ref().map(address),
    });
    let relies_on_consent = policy.purposes.iter().any(facts::relies_on_consent);
    let consent = policy.consent.as_ref().map(|c| ConsentView {
        mechanism: c.mechanism.value.keyword(),
        mechanism_text: l.msg(
            &format!("consent-mechanism-{}", c.mechanism.value.keyword()),
            None,
        ),
        asked: words::consent_asked(l, &c.asked),
        notice: c.notice.as_ref().map(text),
        withdrawal_effect: c.withdrawal_effect.as_ref().map(rich),
        withdrawable: relies_on_consent,
        gpc: banner::gpc_text(policy, l, "consent-gpc", &|id| l.msg(id, None)),
    });

    let processors: Vec<ProcessorView> = policy
        .processors
        .iter()
        .map(|p| processor(l, &chain, texts, p))
        .collect();
    let cookies: Vec<CookieView> = policy
        .cookies
        .iter()
        .map(|c| cookie(l, &chain, texts, policy, c))
        .collect();
    let cookie_categories = CookieCategory::ALL
        .iter()
        .filter_map(|(key, category)| {
            let members: Vec<CookieView> = policy
                .cookies
                .iter()
                .zip(&cookies)
                .filter(|(c, _)| c.category.value == *category)
                .map(|(_, v)| v.clone())
                .collect();
            (!members.is_empty()).then(|| CategoryView {
                key,
                name: l.msg(&format!("category-{key}"), None),
                description: l.msg(&format!("category-{key}-description"), None),
                cookies: members,
            })
        })
        .collect();
    let cookie_processors = facts::cookie_providers(policy)
        .map(|(i, _)| processors[i].clone())
        .collect();
    let transfers = processors
        .iter()
        .filter(|p| p.outside_eea)
        .cloned()
        .collect();

    let purposes: Vec<PurposeView> = policy
        .purposes
        .iter()
        .map(|p| PurposeView {
            id: p.id.clone(),
            name: text(&p.name),
            description: p.description.as_ref().map(rich),
            legal_basis: match &p.legal_basis {
                Some(b) => l.msg(&format!("basis-{}", b.value.keyword()), None),
                None => l.msg("legal-basis-not-stated", None),
            },
            legitimate_interest: p.legitimate_interest.as_ref().map(|i| {
                let mut a = FluentArgs::new();
                a.set("interest", FluentValue::from(text(i)));
                l.msg("legitimate-interest", Some(&a))
            }),
        })
        .collect();
    let cookie_purposes = purposes
        .iter()
        .enumerate()
        .filter(|(i, _)| {
            policy
                .cookies
                .iter()
                .any(|c| c.purposes.contains(&PurposeId(*i)))
        })
        .map(|(_, v)| v.clone())
        .collect();
    let data = policy
        .data
        .iter()
        .map(|d| DataView {
            id: d.id.clone(),
            name: text(&d.name),
            examples: l.list_and(&d.examples.iter().map(text).collect::<Vec<_>>()),
            sources: l.list_and(
                &d.sources
                    .iter()
                    .map(|s| l.msg(&format!("source-{}", s.keyword()), None))
                    .collect::<Vec<_>>(),
            ),
            collection: d.collection.as_ref().map(rich),
            purposes: l.list_and(
                &d.purposes
                    .iter()
                    .map(|p| text(&policy.purpose(*p).name))
                    .collect::<Vec<_>>(),
            ),
            recipients: l.list_and(
                &d.recipients
                    .iter()
                    .map(|p| text(&policy.processor(*p).name))
                    .collect::<Vec<_>>(),
            ),
            retention: d.retention.as_ref().map(rich),
            sensitive: d.sensitive,
            description: d.description.as_ref().map(rich),
        })
        .collect();
    let storage = policy
        .storage
        .iter()
        .map(|s| StorageView {
            name: text(&s.name),
            country: s.country.as_deref().map(|c| country(l, c)),
            description: s.description.as_ref().map(rich),
        })
        .collect();
    let rights = policy
        .rights
        .as_ref()
        .map(|r| {
            r.granted
                .iter()
                .map(|g| l.msg(&format!("right-{}", g.value.keyword()), None))
                .collect()
        })
        .unwrap_or_default();

    let fixed = |id: &str| {
        t.get(&id.replace('-', "_"))
            .cloned()
            .unwrap_or_else(|| l.msg(id, None))
    };
    let banner = banner::banner(policy, l, texts, &fixed, &cookies);
    let changes = history::changes(policy, l, texts, effective.as_deref());

    LocaleView {
        lang: l.locale().to_string(),
        language_name: l.language_name(),
        dir: crate::i18n::text_direction(l.locale()),
        policy_id: policy.id.clone(),
        policy_name,
        t,
        version: policy.version.clone(),
        effective,
        effective_iso: policy.effective.map(|e| e.iso8601()),
        sites,
        controller,
        dpo,
        authority,
        consent,
        cookies,
        cookie_categories,
        cookie_processors,
        processors,
        transfers,
        purposes,
        cookie_purposes,
        legal_bases: policy
            .privacy
            .legal_bases
            .iter()
            .map(|b| l.msg(&format!("basis-{}", b.value.keyword()), None))
            .collect(),
        data,
        storage,
        retention: policy.privacy.retention.as_ref().map(rich),
        rights,
        rights_exercise: policy
            .rights
            .as_ref()
            .and_then(|r| r.exercise.as_ref())
            .map(rich),
        automated: policy
            .privacy
            .automated_decisions
            .map(|yes| l.msg(if yes { "automated-yes" } else { "automated-no" }, None)),
        automated_details: policy
            .privacy
            .automated_decisions_details
            .as_ref()
            .map(rich),
        documents: policy.documents.iter().map(|d| d.keyword()).collect(),
        paper: policy.paper.keyword(),
        sections: policy
            .sections
            .iter()
            .map(|s| SectionView {
                id: s.id.clone(),
                document: s.document.keyword(),
                before: s.before_part().map(|p| p.keyword()),
                title: text(&s.title),
                body: rich(&s.body),
            })
            .collect(),
        links: policy
            .links
            .iter()
            .map(|k| LinkView {
                title: text(&k.title),
                url: k.url.clone(),
                publisher: k.publisher.as_ref().map(text),
                document: k.document.map(|d| d.keyword()),
            })
            .collect(),
        changes,
        banner,
    }
}
