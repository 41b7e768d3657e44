//! Exports for real consent managers: the catalogue as a ready configuration for
//! [CookieConsent v3](https://cookieconsent.orestbida.com) (orestbida/cookieconsent,
//! npm `vanilla-cookieconsent`) and for [Klaro!](https://klaro.org) (npm `klaro`).
//!
//! Both are plain scripts that assign one global (`window.discloseCookieConsentConfig`,
//! `window.klaroConfig`): cookie names must be regular expressions, which JSON cannot
//! hold. Every string is written as a JSON string literal with `<`, `>`, `&` and the
//! JavaScript line separators escaped, and every regular expression as a literal
//! with `/`, `<`, `>` and line breaks escaped, so no catalogue text can end the
//! script or leave its literal, whether the file is loaded with `src` or pasted inline.
//!
//! CookieConsent puts its texts into the page as HTML; Klaro (with `htmlTexts: false`,
//! which the export sets) as text. Catalogue Markdown is therefore reduced to plain
//! text, and for CookieConsent HTML-escaped as well.
//!
//! The output depends on the catalogue and the messages only, in the order they give:
//! no hash-map order, no time, no paths. See docs/exports.md.

use crate::i18n::Localizer;
use crate::model::*;
use crate::render::manifest::consent_fingerprint;
use crate::view::duration_text;
use fluent_bundle::{FluentArgs, FluentValue};
use rayon::prelude::*;

/// The global the CookieConsent export assigns.
pub const COOKIECONSENT_GLOBAL: &str = "discloseCookieConsentConfig";

/// The CookieConsent v3 configuration: a script assigning
/// `window.discloseCookieConsentConfig`, to be passed to `CookieConsent.run(…)`.
///
/// `localizers` has one entry per published locale, the default first (as for the
/// manifest).
pub fn cookieconsent(policy: &Policy, localizers: &[Localizer]) -> String {
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
                    .map(|c| (c.keyword().to_owned(), cc_category(policy, *c)))
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
                        localizers
                            .par_iter()
                            .map(|l| {
                                (
                                    l.locale().to_string(),
                                    cc_translation(policy, l, &categories),
                                )
                            })
                            .collect(),
                    ),
                ),
            ]),
        ),
    ]);
    script(
        policy,
        "CookieConsent v3 (npm vanilla-cookieconsent)",
        &format!("CookieConsent.run(window.{COOKIECONSENT_GLOBAL});"),
        COOKIECONSENT_GLOBAL,
        &config,
    )
}

/// The Klaro! configuration: a script assigning `window.klaroConfig`, which Klaro reads
/// when its own script runs (load this one first).
pub fn klaro(policy: &Policy, localizers: &[Localizer]) -> String {
    let categories = categories(policy);
    let services = klaro_services(policy);
    let langs = klaro_languages(localizers);
    let translations = langs
        .iter()
        .map(|(key, l)| (key.clone(), klaro_translation(policy, l, &categories)))
        .collect();
    let config = Js::Obj(vec![
        ("version".into(), Js::Num(1)),
        ("elementID".into(), Js::str("klaro")),
        ("storageMethod".into(), Js::str("cookie")),
        ("storageName".into(), Js::str("klaro")),
        ("htmlTexts".into(), Js::Bool(false)),
        ("default".into(), Js::Bool(false)),
        ("mustConsent".into(), Js::Bool(false)),
        ("acceptAll".into(), Js::Bool(true)),
        ("hideDeclineAll".into(), Js::Bool(false)),
        ("hideLearnMore".into(), Js::Bool(false)),
        ("groupByPurpose".into(), Js::Bool(true)),
        ("showNoticeTitle".into(), Js::Bool(true)),
        ("translations".into(), Js::Obj(translations)),
        (
            "services".into(),
            Js::Arr(
                services
                    .par_iter()
                    .map(|s| klaro_service(policy, s, &langs))
                    .collect(),
            ),
        ),
    ]);
    script(
        policy,
        "Klaro! 0.7 (npm klaro)",
        "load this script before klaro.js; Klaro reads window.klaroConfig.",
        "klaroConfig",
        &config,
    )
}

fn script(policy: &Policy, library: &str, usage: &str, global: &str, config: &Js) -> String {
    // Policy ids are restricted to [A-Za-z0-9._-]: safe in a comment.
    let mut out = format!(
        "// {library} configuration for policy `{}`.\n\
         // Generated by disclose {} from the catalogue; rebuild rather than edit.\n\
         // Use: {usage}\n\
         // See docs/exports.md.\n\
         window.{global} = ",
        policy.id,
        env!("CARGO_PKG_VERSION"),
    );
    config.write(&mut out, 0);
    out.push_str(";\n");
    out
}

/// Cookie categories in the export: necessary always (the consent cookie itself is
/// one), the others when the catalogue has cookies in them; in keyword order.
fn categories(policy: &Policy) -> Vec<CookieCategory> {
    CookieCategory::ALL
        .iter()
        .map(|(_, c)| *c)
        .filter(|c| {
            *c == CookieCategory::Necessary || policy.cookies.iter().any(|k| k.category.value == *c)
        })
        .collect()
}

fn in_category(policy: &Policy, category: CookieCategory) -> impl Iterator<Item = &Cookie> {
    policy
        .cookies
        .iter()
        .filter(move |c| c.category.value == category)
}

/// CookieConsent revisions: a change invalidates earlier consent. Derived from the
/// manifest's consent fingerprint, so it changes exactly when the facts a visitor
/// consents to change. Never 0, which turns revisions off.
fn revision(policy: &Policy) -> u64 {
    let fingerprint = consent_fingerprint(policy);
    let hex = fingerprint.trim_start_matches("sha256:");
    u64::from_str_radix(hex.get(..7).unwrap_or("1"), 16)
        .unwrap_or(1)
        .max(1)
}

/// What a banner says about one cookie, in one locale.
struct CookieText {
    name: String,
    provider: String,
    duration: String,
    description: String,
}

fn cookie_text(policy: &Policy, l: &Localizer, cookie: &Cookie) -> CookieText {
    let chain = l.chain();
    let name = match (cookie.name.display(), &cookie.label) {
        (Some(name), _) => name,
        (None, Some(label)) => plain(label.get(chain)),
        (None, None) => l.msg("cookie-unnamed", None),
    };
    let provider = match cookie.provider {
        Provider::FirstParty => first_party(policy, l),
        Provider::Processor(id) => plain(policy.processor(id).name.get(chain)),
    };
    let duration = match &cookie.duration {
        Some(d) => duration_text(l, &d.value),
        None => l.msg("duration-not-stated", None),
    };
    let description = match &cookie.description {
        Some(d) => plain(d.get(chain)),
        None => l.list_and(
            &cookie
                .purposes
                .iter()
                .map(|p| plain(policy.purpose(*p).name.get(chain)))
                .collect::<Vec<_>>(),
        ),
    };
    CookieText {
        name,
        provider,
        duration,
        description,
    }
}

fn first_party(policy: &Policy, l: &Localizer) -> String {
    let mut args = FluentArgs::new();
    args.set(
        "controller",
        FluentValue::from(policy.controller.name.clone()),
    );
    l.msg("provider-first-party", Some(&args))
}

/// The banner's first words: the catalogue's own consent notice if it has one.
fn banner_description(policy: &Policy, l: &Localizer) -> String {
    match policy.consent.as_ref().and_then(|c| c.notice.as_ref()) {
        Some(notice) => plain(notice.get(l.chain())),
        None => l.msg("banner-description", None),
    }
}

/// Only real cookies can be cleared by a script, and only named ones.
fn clearable(cookie: &Cookie) -> bool {
    cookie.storage == StorageKind::Cookie && cookie.name != CookieName::Unnamed
}

// ---------------------------------------------------------------------------------
// CookieConsent v3

fn cc_category(policy: &Policy, category: CookieCategory) -> Js {
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
        .filter(|c| clearable(c))
        .filter_map(|c| {
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

fn cc_translation(policy: &Policy, l: &Localizer, categories: &[CookieCategory]) -> Js {
    // CookieConsent writes every text with innerHTML.
    let text = |s: String| Js::Str(html_escape(&s));
    let msg = |id: &str| text(l.msg(id, None));
    let mut sections = vec![Js::Obj(vec![(
        "description".into(),
        msg("banner-preferences-description"),
    )])];
    for category in categories {
        let key = category.keyword();
        let mut section = vec![
            ("title".into(), msg(&format!("category-{key}"))),
            (
                "description".into(),
                msg(&format!("category-{key}-description")),
            ),
            ("linkedCategory".into(), Js::str(key)),
        ];
        let rows: Vec<Js> = in_category(policy, *category)
            .map(|c| {
                let t = cookie_text(policy, l, c);
                Js::Obj(vec![
                    ("name".into(), text(t.name)),
                    ("provider".into(), text(t.provider)),
                    ("duration".into(), text(t.duration)),
                    ("description".into(), text(t.description)),
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
                            ("name".into(), msg("column-name")),
                            ("provider".into(), msg("column-provider")),
                            ("duration".into(), msg("column-duration")),
                            ("description".into(), msg("column-description")),
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
                ("title".into(), msg("banner-title")),
                ("description".into(), text(banner_description(policy, l))),
                ("acceptAllBtn".into(), msg("banner-accept-all")),
                ("acceptNecessaryBtn".into(), msg("banner-reject-all")),
                ("showPreferencesBtn".into(), msg("banner-settings")),
            ]),
        ),
        (
            "preferencesModal".into(),
            Js::Obj(vec![
                ("title".into(), msg("banner-preferences-title")),
                ("acceptAllBtn".into(), msg("banner-accept-all")),
                ("acceptNecessaryBtn".into(), msg("banner-reject-all")),
                ("savePreferencesBtn".into(), msg("banner-save")),
                ("closeIconLabel".into(), msg("banner-close")),
                ("sections".into(), Js::Arr(sections)),
            ]),
        ),
    ])
}

// ---------------------------------------------------------------------------------
// Klaro!

/// One Klaro service: consent in Klaro is per service, ours per category, so a
/// service never spans two categories.
struct Service {
    name: String,
    provider: Provider,
    category: CookieCategory,
}

/// A service per processor that sets cookies (split per category when its cookies
/// are in several, named `<processor>-<category>`), and a `first-party-<category>`
/// service per category with first-party cookies. Ordered by category, first party
/// first, then processors in catalogue order.
fn klaro_services(policy: &Policy) -> Vec<Service> {
    let mut services: Vec<Service> = Vec::new();
    let mut taken: Vec<String> = policy.processors.iter().map(|p| p.id.clone()).collect();
    for (_, category) in CookieCategory::ALL {
        if in_category(policy, *category).any(|c| c.provider == Provider::FirstParty) {
            let name = unique(format!("first-party-{}", category.keyword()), &mut taken);
            services.push(Service {
                name,
                provider: Provider::FirstParty,
                category: *category,
            });
        }
        for (i, processor) in policy.processors.iter().enumerate() {
            let provider = Provider::Processor(ProcessorId(i));
            let sets = |c: CookieCategory| in_category(policy, c).any(|k| k.provider == provider);
            if !sets(*category) {
                continue;
            }
            let spread = CookieCategory::ALL.iter().filter(|(_, c)| sets(*c)).count();
            let name = if spread == 1 {
                processor.id.clone()
            } else {
                unique(
                    format!("{}-{}", processor.id, category.keyword()),
                    &mut taken,
                )
            };
            services.push(Service {
                name,
                provider,
                category: *category,
            });
        }
    }
    services
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

/// Klaro looks translations up by the page's language without region (`nl-BE` →
/// `nl`, lower case); `zz` is its fallback for any other language: the default
/// locale's texts. The first locale of a language wins.
fn klaro_languages<'a, 'm>(localizers: &'a [Localizer<'m>]) -> Vec<(String, &'a Localizer<'m>)> {
    let mut langs: Vec<(String, &Localizer)> = Vec::new();
    for l in localizers {
        let key = l.locale().language.as_str().to_ascii_lowercase();
        if !langs.iter().any(|(k, _)| *k == key) {
            langs.push((key, l));
        }
    }
    if let Some(default) = localizers.first() {
        langs.push(("zz".to_owned(), default));
    }
    langs
}

fn klaro_translation(policy: &Policy, l: &Localizer, categories: &[CookieCategory]) -> Js {
    // Klaro shows texts as text (htmlTexts: false): no HTML escaping.
    let msg = |id: &str| Js::Str(l.msg(id, None));
    let purposes = categories
        .iter()
        .filter(|c| {
            // A purpose without services is not shown; keep the list to what is.
            in_category(policy, **c).next().is_some()
        })
        .map(|c| {
            let key = c.keyword();
            (
                key.to_owned(),
                Js::Obj(vec![
                    ("title".into(), msg(&format!("category-{key}"))),
                    (
                        "description".into(),
                        msg(&format!("category-{key}-description")),
                    ),
                ]),
            )
        })
        .collect();
    Js::Obj(vec![
        (
            "consentNotice".into(),
            Js::Obj(vec![
                ("title".into(), msg("banner-title")),
                ("description".into(), Js::Str(banner_description(policy, l))),
                ("learnMore".into(), msg("banner-settings")),
            ]),
        ),
        (
            "consentModal".into(),
            Js::Obj(vec![
                ("title".into(), msg("banner-preferences-title")),
                ("description".into(), msg("banner-preferences-description")),
            ]),
        ),
        ("ok".into(), msg("banner-accept-all")),
        ("acceptAll".into(), msg("banner-accept-all")),
        ("acceptSelected".into(), msg("banner-save")),
        ("save".into(), msg("banner-save")),
        ("decline".into(), msg("banner-reject-all")),
        ("close".into(), msg("banner-close")),
        ("purposes".into(), Js::Obj(purposes)),
    ])
}

fn klaro_service(policy: &Policy, service: &Service, langs: &[(String, &Localizer)]) -> Js {
    let cookies: Vec<&Cookie> = in_category(policy, service.category)
        .filter(|c| c.provider == service.provider)
        .collect();
    let translations = langs
        .iter()
        .map(|(key, l)| {
            let chain = l.chain();
            let (title, about) = match service.provider {
                Provider::FirstParty => (
                    first_party(policy, l),
                    l.msg(
                        &format!("category-{}-description", service.category.keyword()),
                        None,
                    ),
                ),
                Provider::Processor(id) => {
                    let p = policy.processor(id);
                    let about = p
                        .description
                        .as_ref()
                        .or(p.service.as_ref())
                        .map(|d| plain(d.get(chain)))
                        .unwrap_or_default();
                    (plain(p.name.get(chain)), about)
                }
            };
            let listed: Vec<String> = cookies
                .iter()
                .map(|c| {
                    let t = cookie_text(policy, l, c);
                    if t.description.is_empty() {
                        format!("{} ({})", t.name, t.duration)
                    } else {
                        format!("{} ({}): {}", t.name, t.duration, t.description)
                    }
                })
                .collect();
            let mut args = FluentArgs::new();
            args.set("cookies", FluentValue::from(join_sentences(&listed)));
            let cookies_text = l.msg("banner-cookies", Some(&args));
            let description = if about.is_empty() {
                cookies_text
            } else {
                format!("{about} {cookies_text}")
            };
            (
                key.clone(),
                Js::Obj(vec![
                    ("title".into(), Js::Str(title)),
                    ("description".into(), Js::Str(description)),
                ]),
            )
        })
        .collect();
    let required = service.category == CookieCategory::Necessary;
    Js::Obj(vec![
        ("name".into(), Js::str(&service.name)),
        ("translations".into(), Js::Obj(translations)),
        (
            "purposes".into(),
            Js::Arr(vec![Js::str(service.category.keyword())]),
        ),
        (
            "cookies".into(),
            Js::Arr(
                cookies
                    .iter()
                    .filter(|c| clearable(c))
                    .filter_map(|c| c.name.regex().map(Js::Regex))
                    .collect(),
            ),
        ),
        ("required".into(), Js::Bool(required)),
        ("default".into(), Js::Bool(false)),
        ("optOut".into(), Js::Bool(false)),
    ])
}

// ---------------------------------------------------------------------------------
// Text

/// Catalogue Markdown as plain text: the words, without markup, links' targets or
/// images; runs of white space collapsed.
fn plain(markdown: &str) -> String {
    PLAIN_MEMO.with(|memo| {
        if let Some(text) = memo.borrow().get(markdown) {
            return text.clone();
        }
        let text = plain_uncached(markdown);
        let mut memo = memo.borrow_mut();
        if memo.len() >= PLAIN_MEMO_LIMIT {
            memo.clear();
        }
        memo.insert(markdown.to_owned(), text.clone());
        text
    })
}

thread_local! {
    /// Texts this thread reduced to plain text lately: both exports reduce the same
    /// descriptions, in every locale that shares them. Depends on the text alone.
    static PLAIN_MEMO: std::cell::RefCell<std::collections::HashMap<String, String>> =
        std::cell::RefCell::new(std::collections::HashMap::new());
}

/// Texts remembered per thread before the memo starts over.
const PLAIN_MEMO_LIMIT: usize = 1024;

fn plain_uncached(markdown: &str) -> String {
    use pulldown_cmark::{Event, Parser, TagEnd};
    let mut out = String::new();
    for event in Parser::new(markdown) {
        match event {
            Event::Text(t) | Event::Code(t) | Event::InlineHtml(t) | Event::Html(t) => {
                out.push_str(&t)
            }
            Event::SoftBreak | Event::HardBreak | Event::Rule => out.push(' '),
            Event::End(
                TagEnd::Paragraph
                | TagEnd::Heading(_)
                | TagEnd::BlockQuote(_)
                | TagEnd::CodeBlock
                | TagEnd::HtmlBlock
                | TagEnd::List(_)
                | TagEnd::Item
                | TagEnd::Table
                | TagEnd::TableHead
                | TagEnd::TableRow
                | TagEnd::TableCell,
            ) => out.push(' '),
            _ => {}
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
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

fn html_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

// ---------------------------------------------------------------------------------
// JavaScript

/// A JavaScript value: JSON plus regular expression literals, written in the order
/// given.
enum Js {
    Str(String),
    Bool(bool),
    Num(u64),
    /// The source of a regular expression (no flags).
    Regex(String),
    Arr(Vec<Js>),
    Obj(Vec<(String, Js)>),
}

impl Js {
    fn str(s: &str) -> Self {
        Self::Str(s.to_owned())
    }

    fn write(&self, out: &mut String, depth: usize) {
        let indent = |out: &mut String, depth: usize| {
            out.push('\n');
            for _ in 0..depth {
                out.push_str("  ");
            }
        };
        match self {
            Self::Str(s) => push_js_string(out, s),
            Self::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Self::Num(n) => out.push_str(&n.to_string()),
            Self::Regex(source) => out.push_str(&regex_literal(source)),
            Self::Arr(items) if items.is_empty() => out.push_str("[]"),
            Self::Obj(fields) if fields.is_empty() => out.push_str("{}"),
            Self::Arr(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    indent(out, depth + 1);
                    item.write(out, depth + 1);
                }
                indent(out, depth);
                out.push(']');
            }
            Self::Obj(fields) => {
                out.push('{');
                for (i, (key, value)) in fields.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    indent(out, depth + 1);
                    out.push_str(&js_key(key));
                    out.push_str(": ");
                    value.write(out, depth + 1);
                }
                indent(out, depth);
                out.push('}');
            }
        }
    }
}

/// A string literal that is valid JSON and JavaScript, and safe inside an HTML
/// `<script>` element: no `<`, `>` or `&` (so no `</script>` or `<!--`), no raw line
/// separators.
fn js_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    push_js_string(&mut out, s);
    out
}

/// [`js_string`], appended to `out`.
fn push_js_string(out: &mut String, s: &str) {
    let json = serde_json::to_string(s).expect("a string always serialises");
    if !json.contains(['<', '>', '&', '\u{2028}', '\u{2029}']) {
        out.push_str(&json);
        return;
    }
    for c in json.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c => out.push(c),
        }
    }
}

/// Keys that are identifiers stay bare; others (`nl-BE`) are quoted.
fn js_key(key: &str) -> String {
    let identifier = key
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_' || c == '$')
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$');
    if identifier {
        key.to_owned()
    } else {
        js_string(key)
    }
}

/// A regular expression literal (no flags) for `source`: `/` that would end it, line
/// breaks that would break it, and `<` / `>` that could close a `<script>` are
/// escaped, each to a form that matches the same character.
fn regex_literal(source: &str) -> String {
    let mut out = String::from("/");
    let mut chars = source.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some(next) => {
                    out.push('\\');
                    escape_regex_char(next, &mut out, true);
                }
                None => out.push_str("\\\\"),
            },
            // Unescaped, `/` would end the literal (even inside a class, for some tools).
            '/' => out.push_str("\\/"),
            c => escape_regex_char(c, &mut out, false),
        }
    }
    out.push('/');
    if out == "//" {
        // An empty pattern would be a comment.
        return "/(?:)/".to_owned();
    }
    out
}

/// Write one regex character; `escaped` when a backslash was already written before it.
fn escape_regex_char(c: char, out: &mut String, escaped: bool) {
    let hex = match c {
        '<' | '>' | '\n' | '\r' | '\u{2028}' | '\u{2029}' => true,
        c => c.is_control(),
    };
    if !hex {
        out.push(c);
        return;
    }
    if escaped {
        // `\<` means `<`: replace the escape by the hex form, which means the same.
        out.pop();
    }
    let code = c as u32;
    if code <= 0xff {
        out.push_str(&format!("\\x{code:02x}"));
    } else {
        out.push_str(&format!("\\u{code:04x}"));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::load_text;
    use crate::diag::SourceMap;
    use crate::i18n::Messages;
    use crate::model::resolve;

    const CATALOGUE: &str = r#"
[policy]
id = "shop"
name = { en = "Example Shop", nl = "Voorbeeldwinkel" }
default_locale = "en"
locales = ["en", "nl"]
documents = ["cookie-policy"]

[controller]
name = "Example Shop B.V."

[consent]
mechanism = "opt-in-banner"

[[purposes]]
id = "analytics"
name = { en = "Website analytics", nl = "Websiteanalyse" }
legal_basis = "consent"

[[processors]]
id = "analytics-co"
name = "Analytics Co"

[[cookies]]
name = "_pk_id.<site>"
provider = "analytics-co"
category = "analytics"
purposes = ["analytics"]
duration = "13 months"
description = { en = "Counts *unique* visitors.", nl = "Telt *unieke* bezoekers." }

[[cookies]]
name = "session"
provider = "first-party"
category = "necessary"
duration = "session"

[[cookies]]
label = "Ad beacon"
provider = "first-party"
category = "marketing"
duration = "1 day"
"#;

    fn policy(text: &str) -> Policy {
        let mut sources = SourceMap::default();
        let mut diags = Vec::new();
        let catalogue = load_text("test.toml", text, &mut sources, &mut diags);
        let policy = resolve(&catalogue, &mut diags);
        assert!(
            diags
                .iter()
                .all(|d| d.severity != crate::diag::Severity::Error),
            "{diags:?}"
        );
        policy.expect("the test catalogue resolves")
    }

    /// The shipped messages, plus the banner messages for the one test that needs
    /// an argument-taking message whatever the shipped files hold.
    fn with_localizers<T>(policy: &Policy, f: impl FnOnce(&[Localizer]) -> T) -> T {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("en.ftl"),
            "banner-cookies = Cookies: { $cookies }\n",
        )
        .unwrap();
        let messages = Messages::with_project_dir(dir.path()).unwrap();
        let localizers: Vec<Localizer> = policy
            .locales
            .iter()
            .map(|l| Localizer::new(&messages, messages.chain(l, &policy.default_locale)))
            .collect();
        f(&localizers)
    }

    fn both(text: &str) -> (String, String) {
        let policy = policy(text);
        with_localizers(&policy, |ls| {
            (cookieconsent(&policy, ls), klaro(&policy, ls))
        })
    }

    #[test]
    fn output_is_deterministic() {
        let first = both(CATALOGUE);
        for _ in 0..3 {
            assert_eq!(both(CATALOGUE), first);
        }
        assert!(first.0.starts_with("// CookieConsent v3"));
        assert!(first.0.contains("window.discloseCookieConsentConfig = {"));
        assert!(first.1.contains("window.klaroConfig = {"));
        assert!(first.0.ends_with("};\n") && first.1.ends_with("};\n"));
    }

    #[test]
    fn pattern_cookies_become_regular_expressions() {
        let (cc, klaro) = both(CATALOGUE);
        // CookieConsent: the pattern as a RegExp, the exact name as a string; the
        // necessary category is read-only and never cleared.
        assert!(cc.contains(r#"name: /^_pk_id\..+$/"#), "{cc}");
        assert!(
            cc.contains("necessary: {\n      enabled: true,\n      readOnly: true\n    },"),
            "necessary is read-only and never cleared: {cc}"
        );
        assert!(cc.contains("autoDetect: \"document\""));
        assert!(cc.contains("\"nl\": {") || cc.contains("nl: {"));
        // Klaro: every name as a RegExp.
        assert!(klaro.contains(r#"/^_pk_id\..+$/"#), "{klaro}");
        assert!(klaro.contains(r#"/^session$/"#), "{klaro}");
        assert!(klaro.contains("name: \"analytics-co\""));
        assert!(klaro.contains("name: \"first-party-necessary\""));
        assert!(klaro.contains("required: true"));
    }

    #[test]
    fn unnamed_cookies_are_listed_but_not_cleared() {
        let (cc, klaro) = both(CATALOGUE);
        assert!(cc.contains("\"Ad beacon\""), "listed by its label");
        let marketing = &cc[cc.find("marketing: {").unwrap()..];
        let marketing = &marketing[..marketing.find('}').unwrap()];
        assert!(!marketing.contains("autoClear"), "{marketing}");
        let service = &klaro[klaro.find("name: \"first-party-marketing\"").unwrap()..];
        assert!(
            service.contains("cookies: [],"),
            "no regex for an unnamed cookie"
        );
    }

    #[test]
    fn texts_follow_the_locale_and_markdown_becomes_plain_text() {
        let (cc, klaro) = both(CATALOGUE);
        assert!(cc.contains("\"Counts unique visitors.\""));
        assert!(cc.contains("\"Telt unieke bezoekers.\""));
        assert!(klaro.contains("Counts unique visitors."));
        assert!(klaro.contains("Telt unieke bezoekers."));
        // Klaro's fallback language holds the default locale's texts.
        assert!(klaro.contains("zz: {"));
    }

    #[test]
    fn service_names_never_collide() {
        let text = CATALOGUE
            .replace("id = \"analytics-co\"", "id = \"first-party-necessary\"")
            .replace(
                "provider = \"analytics-co\"",
                "provider = \"first-party-necessary\"",
            );
        let (_, klaro) = both(&text);
        assert!(klaro.contains("name: \"first-party-necessary\""));
        assert!(klaro.contains("name: \"first-party-necessary-2\""));
    }

    #[test]
    fn hostile_text_stays_inside_its_literals() {
        let payload = r#"</script><script>alert(1)</script> "double" 'single' `tick` \ back"#;
        let text = CATALOGUE
            .replace(
                "description = { en = \"Counts *unique* visitors.\", nl = \"Telt *unieke* bezoekers.\" }",
                &format!("description = {}", toml_string(payload)),
            )
            .replace(
                "name = \"Analytics Co\"",
                &format!("name = {}", toml_string(&format!("Co{payload}\u{2028}x"))),
            )
            .replace("name = \"_pk_id.<site>\"", "name = \"a<script>b<img>\"")
            .replace(
                "name = \"Example Shop B.V.\"",
                &format!("name = {}", toml_string("Shop</script>\u{2028}<!--")),
            );
        let (cc, klaro) = both(&text);
        for (out, what) in [(&cc, "cookieconsent"), (&klaro, "klaro")] {
            let lower = out.to_ascii_lowercase();
            assert!(!lower.contains("<script"), "{what}: {out}");
            assert!(!lower.contains("</script"), "{what}: {out}");
            assert!(!out.contains('<'), "{what}: no raw < at all");
            assert!(!out.contains('\u{2028}'), "{what}");
            let skeleton = skeleton(out);
            assert!(
                !skeleton.contains("alert"),
                "{what}: text outside literals: {skeleton}"
            );
            assert!(
                skeleton
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "_$.,:;{}[]= \n".contains(c)),
                "{what}: unexpected code outside literals: {skeleton}"
            );
        }
        // The payload survives as text: escaped for CookieConsent's innerHTML, plain
        // for Klaro.
        // (Catalogue text is Markdown: the backticks make a code span.)
        let text = plain(payload);
        assert!(text.contains("</script><script>alert(1)</script> \"double\" 'single'"));
        assert!(cc.contains(&js_string(&html_escape(&text))), "{cc}");
        let quoted = js_string(&text);
        assert!(klaro.contains(&quoted[1..quoted.len() - 1]), "{klaro}");
        // Text that is not Markdown (the controller's name) keeps its line separator,
        // escaped.
        assert!(
            klaro.contains(r"Shop\u003c/script\u003e\u2028\u003c!--"),
            "{klaro}"
        );
        // A pattern name that looks like markup is text in both.
        assert!(
            cc.contains(&js_string("a&lt;script&gt;b&lt;img&gt;")),
            "{cc}"
        );
        assert!(cc.contains(r"name: /^a.+b.+$/"), "{cc}");
        let quoted = js_string("a<script>b<img>");
        assert!(klaro.contains(&quoted[1..quoted.len() - 1]), "{klaro}");
    }

    #[test]
    fn regex_literals_escape_what_ends_or_breaks_them() {
        assert_eq!(regex_literal(r"^a\.b$"), r"/^a\.b$/");
        assert_eq!(regex_literal("^a/b$"), r"/^a\/b$/");
        assert_eq!(regex_literal(r"^a\/b$"), r"/^a\/b$/");
        assert_eq!(regex_literal("^<\n>$"), r"/^\x3c\x0a\x3e$/");
        assert_eq!(regex_literal(r"^\<$"), r"/^\x3c$/");
        assert_eq!(regex_literal("^\u{2028}$"), r"/^\u2028$/");
        assert_eq!(regex_literal(""), "/(?:)/");
        assert_eq!(regex_literal("\\"), r"/\\/");
    }

    #[test]
    fn plain_text_drops_markup_but_keeps_words() {
        assert_eq!(
            plain("Counts *unique* [visitors](https://x.example).\n\nSecond <b>para</b>."),
            "Counts unique visitors. Second <b>para</b>."
        );
        assert_eq!(plain("![alt text](https://t.example/p.gif)"), "alt text");
    }

    fn toml_string(s: &str) -> String {
        // A TOML basic string is a JSON string for these characters.
        serde_json::to_string(s).unwrap()
    }

    /// The script with every string and regex literal and every comment removed.
    fn skeleton(script: &str) -> String {
        let mut out = String::new();
        for line in script.lines() {
            if line.starts_with("//") {
                continue;
            }
            let mut chars = line.chars().peekable();
            while let Some(c) = chars.next() {
                match c {
                    '"' => loop {
                        match chars.next() {
                            Some('\\') => {
                                chars.next();
                            }
                            Some('"') => break,
                            Some(_) => {}
                            None => panic!("unterminated string in: {line}"),
                        }
                    },
                    '/' => {
                        let mut class = false;
                        loop {
                            match chars.next() {
                                Some('\\') => {
                                    chars.next();
                                }
                                Some('[') => class = true,
                                Some(']') => class = false,
                                Some('/') if !class => break,
                                Some(_) => {}
                                None => panic!("unterminated regex in: {line}"),
                            }
                        }
                    }
                    c => out.push(c),
                }
            }
            out.push('\n');
        }
        out
    }
}
