//! The fallback chain of a page locale, resolved once, and message lookup along it.

use super::messages::{ChainTable, Entry, Messages};
use super::{Miss, SOURCE_LOCALE};
use fluent_bundle::{FluentArgs, FluentValue};
use std::collections::{BTreeSet, HashMap};
use std::sync::{Arc, Mutex};
use unic_langid::LanguageIdentifier;

impl Messages {
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

pub(super) fn language_only(locale: &LanguageIdentifier) -> LanguageIdentifier {
    LanguageIdentifier::from_parts(locale.language, None, None, &[])
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

    /// A message only if the page's own language has it (`nl-BE` finding it under `nl`
    /// counts); no miss is recorded. Also whether the exact locale had it.
    fn own(&self, id: &str) -> Option<(String, bool)> {
        let entry = &self.table.entries[*self.table.by_id.get(id)?];
        if self.is_fallback(entry.depth) {
            return None;
        }
        let text = entry.fixed.clone()?;
        Some((text, self.chain[entry.depth] == self.chain[0]))
    }

    /// The page language's name for itself, never in another language: the
    /// translator's `language-name` where its language has one, else CLDR's autonym
    /// ([`super::autonym`]), else the tag. A region is added in that language, from
    /// the `country-XX` messages: "Deutsch (Österreich)". A file for the exact tag
    /// (de-AT.ftl) that names the language is taken as it is.
    pub fn language_name(&self) -> String {
        let locale = self.locale();
        let own = self.own("language-name");
        if let Some((name, true)) = &own
            && locale.region.is_some()
        {
            return name.clone();
        }
        let language = own.map(|(name, _)| name).unwrap_or_else(|| {
            super::autonym(locale.language.as_str())
                .map_or_else(|| locale.language.to_string(), str::to_owned)
        });
        let Some(region) = locale.region else {
            return language;
        };
        let region_name = self
            .own(&format!("country-{region}"))
            .map_or_else(|| region.to_string(), |(name, _)| name);
        format!("{language} ({region_name})")
    }

    /// Shorthand for a message with one numeric argument `count`, and `plural`, its
    /// CLDR plural category in the page's language, for the message to select on.
    pub fn count(&self, id: &str, count: u64) -> String {
        let mut args = FluentArgs::new();
        args.set("count", FluentValue::from(count));
        args.set(
            "plural",
            FluentValue::from(super::plural_category(self.locale(), count)),
        );
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
    fn misses_are_recorded_not_fatal() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("gl.ftl"), "language-name = Galego\n").unwrap();
        let m = Messages::with_project_dir(dir.path()).unwrap();
        let gl = Localizer::new(&m, m.chain(&lid("gl-ES"), &lid("en")));
        assert_eq!(
            gl.msg("language-name", None),
            "Galego",
            "found through gl-ES → gl"
        );
        assert_eq!(
            gl.msg("cookie-policy-title", None),
            "Cookie policy",
            "falls back to en"
        );
        assert!(
            gl.misses()
                .iter()
                .any(|miss| miss.locale == "gl-ES" && miss.id == "cookie-policy-title")
        );
        assert!(!gl.misses().iter().any(|miss| miss.id == "language-name"));
        assert_eq!(gl.msg("no-such-message", None), "[no-such-message]");
        assert_eq!(m.coverage(&lid("gl-ES")).translated, 1);
    }

    #[test]
    fn a_language_is_named_in_itself_for_shipped_and_user_locales() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("nb.ftl"),
            "cookie-policy-title = Informasjonskapsler\n",
        )
        .unwrap();
        std::fs::write(dir.path().join("xx.ftl"), "cookie-policy-title = Xx\n").unwrap();
        std::fs::write(
            dir.path().join("de-CH.ftl"),
            "language-name = Schweizer Hochdeutsch\n",
        )
        .unwrap();
        let m = Messages::with_project_dir(dir.path()).unwrap();
        let name = |tag: &str| Localizer::new(&m, m.chain(&lid(tag), &lid("en"))).language_name();
        assert_eq!(name("nb"), "Norsk bokmål", "CLDR, not the English fallback");
        assert_eq!(name("de"), "Deutsch");
        assert_eq!(name("nl-BE"), "Nederlands (België)");
        assert_eq!(name("de-AT"), "Deutsch (Österreich)");
        assert_eq!(
            name("de-CH"),
            "Schweizer Hochdeutsch",
            "the exact file's own name"
        );
        assert_eq!(
            name("pt-BR"),
            "Português (BR)",
            "no country name in Portuguese yet"
        );
        assert_eq!(name("xx"), "xx", "no name anywhere: the tag, not English");
        let nb = Localizer::new(&m, m.chain(&lid("nb"), &lid("en")));
        nb.language_name();
        assert!(
            nb.misses().is_empty(),
            "asking for the name records no miss"
        );
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

    /// "1 / 2 / 5 / 22 / 25 months" in the languages with more than two plural forms
    /// (CLDR plural rules, through fluent-bundle).
    #[test]
    fn months_take_every_plural_form() {
        let m = Messages::shipped();
        let cases: &[(&str, [&str; 5])] = &[
            (
                "lt",
                [
                    "1 mėnuo",
                    "2 mėnesiai",
                    "5 mėnesiai",
                    "22 mėnesiai",
                    "25 mėnesiai",
                ],
            ),
            (
                "lv",
                [
                    "1 mēnesis",
                    "2 mēneši",
                    "5 mēneši",
                    "22 mēneši",
                    "25 mēneši",
                ],
            ),
            (
                "pl",
                [
                    "1 miesiąc",
                    "2 miesiące",
                    "5 miesięcy",
                    "22 miesiące",
                    "25 miesięcy",
                ],
            ),
            (
                "cs",
                ["1 měsíc", "2 měsíce", "5 měsíců", "22 měsíců", "25 měsíců"],
            ),
            (
                "sl",
                [
                    "1 mesec",
                    "2 meseca",
                    "5 mesecev",
                    "22 mesecev",
                    "25 mesecev",
                ],
            ),
            ("ga", ["1 mhí", "2 mhí", "5 mhí", "22 mí", "25 mí"]),
            (
                "mt",
                ["1 xahar", "2 xhur", "5 xhur", "22 xahar", "25 xahar"],
            ),
            (
                "hr",
                [
                    "1 mjesec",
                    "2 mjeseca",
                    "5 mjeseci",
                    "22 mjeseca",
                    "25 mjeseci",
                ],
            ),
            (
                "sk",
                [
                    "1 mesiac",
                    "2 mesiace",
                    "5 mesiacov",
                    "22 mesiacov",
                    "25 mesiacov",
                ],
            ),
            (
                "ro",
                ["1 lună", "2 luni", "5 luni", "22 de luni", "25 de luni"],
            ),
        ];
        for (tag, expected) in cases {
            let l = Localizer::new(&m, m.chain(&lid(tag), &lid("en")));
            for (n, text) in [1, 2, 5, 22, 25].into_iter().zip(expected) {
                assert_eq!(l.count("duration-month", n), *text, "{tag} {n}");
            }
        }
        // Forms the five numbers above do not reach.
        let more = [
            ("lt", "duration-month", 10, "10 mėnesių"),
            ("lt", "duration-month", 21, "21 mėnuo"),
            ("lt", "duration-year", 10, "10 metų"),
            ("lv", "duration-month", 10, "10 mēneši"),
            ("lv", "duration-month", 21, "21 mēnesis"),
            ("is", "duration-month", 21, "21 mánuður"),
            ("fi", "duration-month", 26, "26 kuukautta"),
            ("sv", "duration-year", 2, "2 år"),
            ("sl", "duration-month", 3, "3 meseci"),
            ("sl", "duration-month", 102, "102 meseca"),
            ("ga", "duration-year", 7, "7 mbliana"),
            ("ga", "duration-year", 3, "3 bliana"),
            ("mt", "duration-month", 11, "11-il xahar"),
            ("pl", "duration-year", 5, "5 lat"),
            ("pt", "duration-month", 1, "1 mês"),
            ("bg", "duration-month", 13, "13 месеца"),
            ("el", "duration-month", 26, "26 μήνες"),
            ("hu", "duration-month", 26, "26 hónap"),
        ];
        for (tag, id, n, text) in more {
            let l = Localizer::new(&m, m.chain(&lid(tag), &lid("en")));
            assert_eq!(l.count(id, n), text, "{tag} {id} {n}");
        }
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
