//! Languages: Fluent message bundles, the fallback chain per page, CLDR dates and lists.
//!
//! Every sentence of boilerplate lives in `locales/<tag>.ftl`. The shipped files are
//! embedded in the binary; a project's own `locales/` folder may add languages or
//! override single messages. Lookups walk a chain (`nl-BE` → `nl` → the policy's
//! default) and record every miss, so a page never shows an empty string and `check`
//! can say which translation is missing.

use anyhow::{Context as _, Result, anyhow};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeSet, HashMap};
use std::path::Path;
use std::str::FromStr;
use std::sync::{Arc, Mutex};
use unic_langid::LanguageIdentifier;

/// The message files that ship with the binary.
const SHIPPED: &[(&str, &str)] = &[
    ("en", include_str!("../locales/en.ftl")),
    ("nl", include_str!("../locales/nl.ftl")),
    ("de", include_str!("../locales/de.ftl")),
    ("fr", include_str!("../locales/fr.ftl")),
    ("es", include_str!("../locales/es.ftl")),
    ("it", include_str!("../locales/it.ftl")),
];

thread_local! {
    /// CLDR list formatters, loaded once per thread and locale (they are not `Sync`,
    /// and a `Localizer` is).
    static LIST_FORMATTERS: std::cell::RefCell<HashMap<LanguageIdentifier, Option<icu_list::ListFormatter>>> =
        std::cell::RefCell::new(HashMap::new());
}

/// The shipped message files: locale tag and Fluent source.
pub fn shipped_sources() -> &'static [(&'static str, &'static str)] {
    SHIPPED
}

/// The language the shipped messages are complete in; the last resort of every chain.
pub const SOURCE_LOCALE: &str = "en";

struct Bundle {
    locale: LanguageIdentifier,
    bundle: FluentBundle<FluentResource>,
    /// Message ids in this bundle, in file order.
    ids: Vec<String>,
}

/// All message bundles of a build, parsed once.
pub struct Messages {
    bundles: Vec<Bundle>,
    /// What each fallback chain resolves to, worked out on first use (a build sees a
    /// handful of chains and formats thousands of pages with them).
    tables: Mutex<HashMap<Vec<LanguageIdentifier>, Arc<ChainTable>>>,
}

/// One fallback chain, resolved: for every message id any locale of the chain has,
/// where it is found, and its text when that does not depend on arguments.
struct ChainTable {
    /// In the order [`Localizer::all`] gives them: the source locale's ids in file
    /// order, then ids only other locales of the chain have.
    entries: Vec<Entry>,
    by_id: HashMap<String, usize>,
}

struct Entry {
    id: String,
    /// Index of the bundle that has the message, and its position in the chain.
    bundle: usize,
    depth: usize,
    /// The formatted text, when formatting with no arguments gives no error: such a
    /// message reads the same whatever arguments it is given.
    fixed: Option<String>,
}

impl Messages {
    /// The shipped messages only.
    pub fn shipped() -> Self {
        let bundles = SHIPPED
            .iter()
            .map(|(tag, source)| {
                let locale: LanguageIdentifier =
                    tag.parse().expect("shipped locale tags are valid");
                let mut bundle = new_bundle(&locale);
                let ids = add_source(&mut bundle, source).expect("shipped message files parse");
                Bundle {
                    locale,
                    bundle,
                    ids,
                }
            })
            .collect();
        Self {
            bundles,
            tables: Mutex::default(),
        }
    }

    /// Shipped messages, with a project's `locales/*.ftl` added on top: a file for a new
    /// tag adds a language, a file for a shipped tag overrides single messages.
    pub fn with_project_dir(dir: &Path) -> Result<Self> {
        let mut messages = Self::shipped();
        if !dir.is_dir() {
            return Ok(messages);
        }
        let mut files: Vec<_> = std::fs::read_dir(dir)
            .with_context(|| format!("reading {}", dir.display()))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
            .collect();
        files.sort();
        for path in files {
            let tag = path
                .file_stem()
                .and_then(|s| s.to_str())
                .unwrap_or_default();
            let locale = LanguageIdentifier::from_str(tag).map_err(|_| {
                anyhow!(
                    "{}: `{tag}` is not a locale tag; name message files like nl.ftl or de-AT.ftl",
                    path.display()
                )
            })?;
            let source = std::fs::read_to_string(&path)
                .with_context(|| format!("reading {}", path.display()))?;
            let position = messages.bundles.iter().position(|b| b.locale == locale);
            let index = position.unwrap_or_else(|| {
                messages.bundles.push(Bundle {
                    bundle: new_bundle(&locale),
                    locale,
                    ids: Vec::new(),
                });
                messages.bundles.len() - 1
            });
            let target = &mut messages.bundles[index];
            let ids = add_source(&mut target.bundle, &source)
                .map_err(|e| anyhow!("{}: {e}", path.display()))?;
            for id in ids {
                if !target.ids.contains(&id) {
                    target.ids.push(id);
                }
            }
        }
        Ok(messages)
    }

    /// Locales that have message files.
    pub fn locales(&self) -> impl Iterator<Item = &LanguageIdentifier> {
        self.bundles.iter().map(|b| &b.locale)
    }

    /// The fallback chain for a page: requested → its language alone → the policy's
    /// default → its language alone → the source locale. Duplicates removed.
    pub fn chain(
        &self,
        requested: &LanguageIdentifier,
        default: &LanguageIdentifier,
    ) -> Vec<LanguageIdentifier> {
        let source: LanguageIdentifier = SOURCE_LOCALE.parse().expect("valid");
        let mut chain: Vec<LanguageIdentifier> = Vec::new();
        for l in [
            requested.clone(),
            language_only(requested),
            default.clone(),
            language_only(default),
            source,
        ] {
            if !chain.contains(&l) {
                chain.push(l);
            }
        }
        chain
    }

    /// How much of the source locale's messages a locale has, itself or through its
    /// language-only parent (`nl-BE` counts what `nl` has).
    pub fn coverage(&self, locale: &LanguageIdentifier) -> Coverage {
        let source: LanguageIdentifier = SOURCE_LOCALE.parse().expect("valid");
        let source_ids = self
            .bundle(&source)
            .map(|b| b.ids.as_slice())
            .unwrap_or_default();
        let own = [locale.clone(), language_only(locale)];
        let has = |id: &str| {
            own.iter()
                .any(|l| self.bundle(l).is_some_and(|b| b.bundle.has_message(id)))
        };
        let missing: Vec<String> = source_ids.iter().filter(|id| !has(id)).cloned().collect();
        Coverage {
            locale: locale.to_string(),
            total: source_ids.len(),
            translated: source_ids.len() - missing.len(),
            missing,
        }
    }

    fn bundle(&self, locale: &LanguageIdentifier) -> Option<&Bundle> {
        self.bundles.iter().find(|b| &b.locale == locale)
    }

    fn bundle_index(&self, locale: &LanguageIdentifier) -> Option<usize> {
        self.bundles.iter().position(|b| &b.locale == locale)
    }

    /// The resolved table of a chain, made on first use.
    fn table(&self, chain: &[LanguageIdentifier]) -> Arc<ChainTable> {
        if let Some(table) = self.tables.lock().ok().and_then(|t| t.get(chain).cloned()) {
            return table;
        }
        let table = Arc::new(self.resolve_chain(chain));
        if let Ok(mut tables) = self.tables.lock() {
            tables.insert(chain.to_vec(), Arc::clone(&table));
        }
        table
    }

    fn resolve_chain(&self, chain: &[LanguageIdentifier]) -> ChainTable {
        let bundles: Vec<Option<usize>> = chain.iter().map(|l| self.bundle_index(l)).collect();
        let mut entries = Vec::new();
        let mut by_id: HashMap<String, usize> = HashMap::new();
        for index in bundles.iter().rev().flatten() {
            for id in &self.bundles[*index].ids {
                if by_id.contains_key(id) {
                    continue;
                }
                // The first locale of the chain whose bundle has a value for the id.
                let found = bundles.iter().enumerate().find_map(|(depth, b)| {
                    let b = (*b)?;
                    let message = self.bundles[b].bundle.get_message(id)?;
                    message.value().map(|pattern| (depth, b, pattern))
                });
                let Some((depth, bundle, pattern)) = found else {
                    continue;
                };
                let mut errors = Vec::new();
                let text = self.bundles[bundle]
                    .bundle
                    .format_pattern(pattern, None, &mut errors);
                let fixed = errors.is_empty().then(|| text.into_owned());
                by_id.insert(id.clone(), entries.len());
                entries.push(Entry {
                    id: id.clone(),
                    bundle,
                    depth,
                    fixed,
                });
            }
        }
        ChainTable { entries, by_id }
    }
}

/// The HTML `dir` of text in a language: `rtl` for scripts written right to left
/// (Arabic, Hebrew, Persian, …, from the language or its script subtag), else `ltr`.
pub fn text_direction(locale: &LanguageIdentifier) -> &'static str {
    match locale.character_direction() {
        unic_langid::CharacterDirection::RTL => "rtl",
        _ => "ltr",
    }
}

fn language_only(locale: &LanguageIdentifier) -> LanguageIdentifier {
    LanguageIdentifier::from_parts(locale.language, None, None, &[])
}

fn new_bundle(locale: &LanguageIdentifier) -> FluentBundle<FluentResource> {
    let mut bundle = FluentBundle::new_concurrent(vec![locale.clone()]);
    // Isolation marks (U+2068/U+2069) would end up inside HTML and Markdown.
    bundle.set_use_isolating(false);
    bundle
}

/// Parse a Fluent source into the bundle, later messages overriding earlier ones.
fn add_source(
    bundle: &mut FluentBundle<FluentResource>,
    source: &str,
) -> Result<Vec<String>, String> {
    let resource = FluentResource::try_new(source.to_owned()).map_err(|(_, errors)| {
        errors
            .iter()
            .map(|e| format!("{e:?}"))
            .collect::<Vec<_>>()
            .join("; ")
    })?;
    let ids = resource
        .entries()
        .filter_map(|e| match e {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
            _ => None,
        })
        .collect();
    bundle.add_resource_overriding(resource);
    Ok(ids)
}

/// How complete the messages of one locale are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Coverage {
    pub locale: String,
    pub total: usize,
    pub translated: usize,
    /// Message ids of the source locale this locale lacks.
    pub missing: Vec<String>,
}

impl Coverage {
    pub fn percent(&self) -> f64 {
        if self.total == 0 {
            100.0
        } else {
            self.translated as f64 * 100.0 / self.total as f64
        }
    }
}

/// A message that the requested locale lacked, found further down the chain.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Miss {
    pub locale: String,
    pub id: String,
}

/// Message lookup for one page locale.
pub struct Localizer<'m> {
    messages: &'m Messages,
    chain: Vec<LanguageIdentifier>,
    table: Arc<ChainTable>,
    misses: Mutex<BTreeSet<Miss>>,
}

impl<'m> Localizer<'m> {
    pub fn new(messages: &'m Messages, chain: Vec<LanguageIdentifier>) -> Self {
        Self {
            messages,
            table: messages.table(&chain),
            chain,
            misses: Mutex::new(BTreeSet::new()),
        }
    }

    pub fn chain(&self) -> &[LanguageIdentifier] {
        &self.chain
    }

    pub fn locale(&self) -> &LanguageIdentifier {
        &self.chain[0]
    }

    /// Format a message; a message missing everywhere comes out as its id in brackets,
    /// visible on the page and reported as a miss.
    pub fn msg(&self, id: &str, args: Option<&FluentArgs>) -> String {
        let Some(entry) = self.table.by_id.get(id).map(|&i| &self.table.entries[i]) else {
            self.record_miss(id);
            return format!("[{id}]");
        };
        if self.is_fallback(entry.depth) {
            self.record_miss(id);
        }
        if let Some(text) = &entry.fixed {
            return text.clone();
        }
        self.format(entry, args).0
    }

    /// Format the message of `entry`; also whether that went without errors.
    fn format(&self, entry: &Entry, args: Option<&FluentArgs>) -> (String, bool) {
        let bundle = &self.messages.bundles[entry.bundle].bundle;
        let Some(pattern) = bundle.get_message(&entry.id).and_then(|m| m.value()) else {
            // The table was made from these bundles: not reached.
            return (format!("[{}]", entry.id), false);
        };
        let mut errors = Vec::new();
        let text = bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned();
        (collapse_doubled_periods(text, args), errors.is_empty())
    }

    /// A message if any locale of the chain has it; no miss is recorded when none does
    /// (for optional messages such as country names).
    pub fn maybe(&self, id: &str) -> Option<String> {
        let found = self.chain.iter().any(|l| {
            self.messages
                .bundle(l)
                .is_some_and(|b| b.bundle.has_message(id))
        });
        found.then(|| self.msg(id, None))
    }

    /// Shorthand for a message with one numeric argument `count` (plural selection).
    pub fn count(&self, id: &str, count: u64) -> String {
        let mut args = FluentArgs::new();
        args.set("count", FluentValue::from(count));
        self.msg(id, Some(&args))
    }

    /// Every message id known to this chain, with its text formatted with `args`.
    /// Messages that need other arguments than `args` are left out.
    pub fn all(&self, args: &FluentArgs) -> Vec<(String, String)> {
        let mut out = Vec::with_capacity(self.table.entries.len());
        for entry in &self.table.entries {
            let text = match &entry.fixed {
                Some(text) => text.clone(),
                None => match self.format(entry, Some(args)) {
                    (text, true) => text,
                    (_, false) => continue,
                },
            };
            if self.is_fallback(entry.depth) {
                self.record_miss(&entry.id);
            }
            out.push((entry.id.clone(), text));
        }
        out
    }

    /// Whether a message found at `depth` in the chain stands in for a missing
    /// translation: `nl-BE` finding it under `nl` is normal, finding it under `en` is not.
    fn is_fallback(&self, depth: usize) -> bool {
        self.chain[depth].language != self.chain[0].language
    }

    fn record_miss(&self, id: &str) {
        let locale = self.chain[0].to_string();
        if let Ok(mut misses) = self.misses.lock() {
            misses.insert(Miss {
                locale,
                id: id.to_owned(),
            });
        }
    }

    pub fn misses(&self) -> Vec<Miss> {
        self.misses
            .lock()
            .map(|m| m.iter().cloned().collect())
            .unwrap_or_default()
    }

    /// A locale-appropriate list: "A, B and C" / "A, B en C" (CLDR list patterns).
    pub fn list_and(&self, items: &[String]) -> String {
        use icu_list::{ListFormatter, options::ListFormatterOptions};
        LIST_FORMATTERS.with(|formatters| {
            let mut formatters = formatters.borrow_mut();
            let formatter = formatters.entry(self.locale().clone()).or_insert_with(|| {
                icu_locale(self.locale()).and_then(|l| {
                    ListFormatter::try_new_and(l.into(), ListFormatterOptions::default()).ok()
                })
            });
            match formatter {
                Some(f) => f.format_to_string(items.iter().map(String::as_str)),
                None => items.join(", "),
            }
        })
    }

    /// A date in the locale's long form: "19 February 2021", "19 februari 2021".
    pub fn date(&self, year: i32, month: u8, day: u8) -> String {
        use icu_calendar::{Date, Gregorian};
        use icu_datetime::{FixedCalendarDateTimeFormatter, fieldsets::YMD};
        let (Some(locale), Ok(date)) = (
            icu_locale(self.locale()),
            Date::try_new_gregorian(year, month, day),
        ) else {
            return format!("{year:04}-{month:02}-{day:02}");
        };
        match FixedCalendarDateTimeFormatter::<Gregorian, _>::try_new(locale.into(), YMD::long()) {
            Ok(f) => f.format(&date).to_string(),
            Err(_) => format!("{year:04}-{month:02}-{day:02}"),
        }
    }

    /// A month in the locale's long form: "November 2018", "november 2018".
    pub fn month(&self, year: i32, month: u8) -> String {
        use icu_calendar::{Date, Gregorian};
        use icu_datetime::{FixedCalendarDateTimeFormatter, fieldsets::YM};
        let (Some(locale), Ok(date)) = (
            icu_locale(self.locale()),
            Date::try_new_gregorian(year, month, 1),
        ) else {
            return format!("{year:04}-{month:02}");
        };
        match FixedCalendarDateTimeFormatter::<Gregorian, _>::try_new(locale.into(), YM::long()) {
            Ok(f) => f.format(&date).to_string(),
            Err(_) => format!("{year:04}-{month:02}"),
        }
    }
}

/// The locale dates are written for. CLDR's `en` is American English ("February 19,
/// 2021"); these documents address readers under European law, so `en` without a
/// region writes dates as `en-GB` does ("19 February 2021"). `en-US` keeps US dates.
fn icu_locale(locale: &LanguageIdentifier) -> Option<icu_locale_core::Locale> {
    let tag = if locale.language.as_str() == "en" && locale.region.is_none() {
        "en-GB".to_owned()
    } else {
        locale.to_string()
    };
    icu_locale_core::Locale::try_from_str(&tag).ok()
}

/// "… contact ACME B.V.." → "… contact ACME B.V.": a value that ends in a period (an
/// abbreviation) also ends the sentence the message closes after it.
fn collapse_doubled_periods(text: String, args: Option<&FluentArgs>) -> String {
    let Some(args) = args else { return text };
    let mut text = text;
    for (_, value) in args.iter() {
        if let FluentValue::String(value) = value
            && value.ends_with('.')
        {
            let doubled = format!("{value}.");
            if text.contains(&doubled) {
                text = text.replace(&doubled, value);
            }
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lid(s: &str) -> LanguageIdentifier {
        s.parse().unwrap()
    }

    #[test]
    fn right_to_left_languages_and_scripts_get_rtl() {
        for lang in ["ar", "ar-EG", "he", "fa", "ur", "az-Arab"] {
            assert_eq!(text_direction(&lid(lang)), "rtl", "{lang}");
        }
        for lang in ["en", "nl-BE", "de-AT", "sr-Cyrl", "zh-Hans"] {
            assert_eq!(text_direction(&lid(lang)), "ltr", "{lang}");
        }
    }

    #[test]
    fn chain_goes_from_region_to_language_to_default() {
        let m = Messages::shipped();
        let chain: Vec<String> = m
            .chain(&lid("nl-BE"), &lid("de"))
            .iter()
            .map(|l| l.to_string())
            .collect();
        assert_eq!(chain, ["nl-BE", "nl", "de", "en"]);
    }

    #[test]
    fn dates_and_lists_follow_cldr() {
        let m = Messages::shipped();
        let en = Localizer::new(&m, vec![lid("en")]);
        assert_eq!(en.date(2021, 2, 19), "19 February 2021");
        assert_eq!(
            en.list_and(&["a".into(), "b".into(), "c".into()]),
            "a, b and c"
        );
        let en_us = Localizer::new(&m, vec![lid("en-US")]);
        assert_eq!(
            en_us.list_and(&["a".into(), "b".into(), "c".into()]),
            "a, b, and c"
        );
        let nl = Localizer::new(&m, vec![lid("nl")]);
        assert_eq!(nl.date(2021, 2, 19), "19 februari 2021");
        assert_eq!(nl.month(2018, 11), "november 2018");
    }

    #[test]
    fn misses_are_recorded_not_fatal() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("pt.ftl"), "language-name = Português\n").unwrap();
        let m = Messages::with_project_dir(dir.path()).unwrap();
        let pt = Localizer::new(&m, m.chain(&lid("pt-BR"), &lid("en")));
        assert_eq!(
            pt.msg("language-name", None),
            "Português",
            "found through pt-BR → pt"
        );
        assert_eq!(
            pt.msg("cookie-policy-title", None),
            "Cookie policy",
            "falls back to en"
        );
        assert!(
            pt.misses()
                .iter()
                .any(|miss| miss.locale == "pt-BR" && miss.id == "cookie-policy-title")
        );
        assert!(!pt.misses().iter().any(|miss| miss.id == "language-name"));
        assert_eq!(pt.msg("no-such-message", None), "[no-such-message]");
        assert_eq!(m.coverage(&lid("pt-BR")).translated, 1);
    }

    #[test]
    fn a_project_file_overrides_single_messages() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("nl.ftl"),
            "cookie-policy-title = Onze cookies\n",
        )
        .unwrap();
        let m = Messages::with_project_dir(dir.path()).unwrap();
        let nl = Localizer::new(&m, m.chain(&lid("nl"), &lid("en")));
        // Not the shipped text (Cookieverklaring): the override is what shows.
        assert_eq!(nl.msg("cookie-policy-title", None), "Onze cookies");
        assert_eq!(nl.msg("privacy-policy-title", None), "Privacyverklaring");
        assert!(nl.misses().is_empty());
    }

    #[test]
    fn plurals_follow_cldr_in_every_shipped_language() {
        let m = Messages::shipped();
        let cases = [
            ("en", "duration-month", 1, "1 month"),
            ("en", "duration-month", 26, "26 months"),
            ("nl", "duration-month", 1, "1 maand"),
            ("nl", "duration-month", 26, "26 maanden"),
            ("nl", "duration-year", 2, "2 jaar"),
            ("de", "duration-month", 1, "1 Monat"),
            ("de", "duration-month", 26, "26 Monate"),
            ("de", "duration-day", 90, "90 Tage"),
            ("fr", "duration-day", 1, "1 jour"),
            ("fr", "duration-day", 90, "90 jours"),
            ("es", "duration-month", 1, "1 mes"),
            ("es", "duration-month", 26, "26 meses"),
            ("it", "duration-month", 1, "1 mese"),
            ("it", "duration-month", 26, "26 mesi"),
        ];
        for (locale, id, count, expected) in cases {
            let l = Localizer::new(&m, m.chain(&lid(locale), &lid("en")));
            assert_eq!(l.count(id, count), expected, "{locale} {id} {count}");
        }
    }

    #[test]
    fn dates_are_written_per_locale() {
        let m = Messages::shipped();
        let cases = [
            ("en-GB", "19 February 2021"),
            ("nl", "19 februari 2021"),
            ("de", "19. Februar 2021"),
            ("fr", "19 février 2021"),
            ("es", "19 de febrero de 2021"),
            ("it", "19 febbraio 2021"),
        ];
        for (locale, expected) in cases {
            assert_eq!(
                Localizer::new(&m, vec![lid(locale)]).date(2021, 2, 19),
                expected,
                "{locale}"
            );
        }
    }

    #[test]
    fn english_dates_are_day_month_year_unless_american_is_asked_for() {
        let messages = Messages::shipped();
        let date = |tag: &str| Localizer::new(&messages, vec![lid(tag)]).date(2021, 2, 19);
        assert_eq!(date("en"), "19 February 2021");
        assert_eq!(date("en-GB"), "19 February 2021");
        assert_eq!(date("en-US"), "February 19, 2021");
    }

    #[test]
    fn an_abbreviation_ending_a_sentence_keeps_one_period() {
        let mut args = FluentArgs::new();
        args.set("controller", FluentValue::from("ACME B.V."));
        assert_eq!(
            collapse_doubled_periods("Contact ACME B.V.. Or not.".into(), Some(&args)),
            "Contact ACME B.V. Or not."
        );
        args.set("controller", FluentValue::from("ACME"));
        assert_eq!(
            collapse_doubled_periods("Contact ACME. Wait...".into(), Some(&args)),
            "Contact ACME. Wait..."
        );
    }
}
