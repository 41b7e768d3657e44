//! Reading single catalogue values: text, keywords, ids, links, dates, durations,
//! cookie names. Each reports its own problem, with the span, and returns `None`.

use super::resolve::{IdIndex, Locales, Resolver, loc};
use super::*;
use crate::catalogue::{self as cat, Spanned, Text};
use crate::diag::{Diagnostic, FileId, did_you_mean};
use crate::duration;
use std::str::FromStr;

/// Resolution of single fields, with the declared locales at hand.
pub(super) struct Cx<'r, 'd> {
    pub r: &'r mut Resolver<'d>,
    pub locales: &'r Locales,
}

impl Cx<'_, '_> {
    pub(super) fn text(&mut self, file: FileId, text: &Spanned<Text>) -> LocalText {
        match text.get_ref() {
            Text::Plain(s) => LocalText::new(vec![(self.locales.default.clone(), s.clone())]),
            Text::Localized(map) => {
                let mut entries = Vec::new();
                for (tag, value) in map {
                    let Ok(locale) = LanguageIdentifier::from_str(tag) else {
                        self.r.push(
                            Diagnostic::error(
                                "DL011",
                                format!("`{tag}` is not a valid locale tag"),
                            )
                            .at(file, text.span())
                            .help("key translations by locale tags such as en, nl or de-AT"),
                        );
                        continue;
                    };
                    // A language-only key (`en`) serves its regional locales (`en-GB`) by fallback.
                    let serves_declared = self.locales.declared.iter().any(|d| {
                        *d == locale || (locale.region.is_none() && d.language == locale.language)
                    });
                    if !serves_declared {
                        let declared: Vec<String> = self
                            .locales
                            .declared
                            .iter()
                            .map(|l| l.to_string())
                            .collect();
                        let help = match did_you_mean(tag, declared.iter().map(String::as_str)) {
                            Some(s) => format!(
                                "did you mean `{s}`? Otherwise add \"{tag}\" to policy.locales"
                            ),
                            None => format!(
                                "add \"{tag}\" to policy.locales (declared: {})",
                                declared.join(", ")
                            ),
                        };
                        self.r.push(
                            Diagnostic::error(
                                "DL011",
                                format!("translation for undeclared locale `{tag}`"),
                            )
                            .at(file, text.span())
                            .help(help),
                        );
                        continue;
                    }
                    entries.push((locale, value.clone()));
                }
                if map.is_empty() {
                    self.r.push(
                        Diagnostic::error("DL006", "empty translation table")
                            .at(file, text.span())
                            .help(format!(
                                "give at least the default locale: {{ {} = \"…\" }}",
                                self.locales.default
                            )),
                    );
                }
                // Default locale first, so it is the last resort of every lookup.
                entries.sort_by_key(|(l, _)| *l != self.locales.default);
                LocalText::new(entries)
            }
        }
    }

    pub(super) fn opt_text(
        &mut self,
        file: FileId,
        text: &Option<Spanned<Text>>,
    ) -> Option<LocalText> {
        text.as_ref().map(|t| self.text(file, t))
    }

    pub(super) fn keyword<K: Keyword>(
        &mut self,
        file: FileId,
        word: &Spanned<String>,
    ) -> Option<At<K>> {
        if let Some(value) = K::parse(word.get_ref()) {
            return Some(At {
                value,
                loc: loc(file, word),
            });
        }
        let help = match did_you_mean(word.get_ref(), K::keywords()) {
            Some(s) => format!("did you mean `{s}`?"),
            None => format!(
                "expected one of: {}",
                K::keywords().collect::<Vec<_>>().join(", ")
            ),
        };
        self.r.push(
            Diagnostic::error("DL009", format!("unknown {} `{}`", K::WHAT, word.get_ref()))
                .at(file, word.span())
                .label(format!("not a {}", K::WHAT))
                .help(help),
        );
        None
    }

    /// Ids name output folders and anchors: keep them to safe characters.
    pub(super) fn id(&mut self, file: FileId, id: &Spanned<String>, what: &str) -> Option<String> {
        let s = id.get_ref();
        let valid = !s.is_empty()
            && s.len() <= 64
            && s.starts_with(|c: char| c.is_ascii_alphanumeric())
            && s.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == '.')
            && !s.contains("..");
        if valid {
            return Some(s.clone());
        }
        self.r.push(
            Diagnostic::error("DL013", format!("`{s}` is not a valid {what}"))
                .at(file, id.span())
                .label("invalid id")
                .help("ids use letters, digits, '-', '_' and '.', start with a letter or digit, and are at most 64 characters"),
        );
        None
    }

    pub(super) fn url(&mut self, file: FileId, url: &Spanned<String>) -> Option<String> {
        let s = url.get_ref().trim();
        let lower = s.to_ascii_lowercase();
        let safe = ["https://", "http://", "mailto:"]
            .iter()
            .any(|p| lower.starts_with(p))
            && s.len() > 8
            && !s
                .chars()
                .any(|c| c.is_whitespace() || c.is_control() || c == '"' || c == '<' || c == '>');
        if safe {
            return Some(s.to_owned());
        }
        self.r.push(
            Diagnostic::error(
                "DL014",
                format!("`{s}` is not a web address that can be linked"),
            )
            .at(file, url.span())
            .label("only https://, http:// and mailto: links are allowed")
            .help("write the full address, starting with https://"),
        );
        None
    }

    pub(super) fn email(&mut self, file: FileId, email: &Spanned<String>) -> Option<String> {
        let s = email.get_ref().trim();
        let valid = s.split_once('@').is_some_and(|(user, host)| {
            !user.is_empty() && host.contains('.') && !host.starts_with('.') && !host.ends_with('.')
        }) && !s
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || "<>\"(),;:".contains(c));
        if valid {
            return Some(s.to_owned());
        }
        self.r.push(
            Diagnostic::error("DL014", format!("`{s}` is not an e-mail address"))
                .at(file, email.span())
                .help("write an address such as privacy@example.com"),
        );
        None
    }

    pub(super) fn country(
        &mut self,
        file: FileId,
        country: &Spanned<String>,
    ) -> Option<At<String>> {
        let s = country.get_ref();
        if s.len() == 2 && s.chars().all(|c| c.is_ascii_uppercase()) {
            return Some(At {
                value: s.clone(),
                loc: loc(file, country),
            });
        }
        let upper = s.to_ascii_uppercase();
        let help = if s.len() == 2 && upper.chars().all(|c| c.is_ascii_uppercase()) {
            format!("country codes are upper case: \"{upper}\"")
        } else {
            "use the two-letter ISO 3166-1 code, such as \"NL\", \"DE\" or \"US\"".to_owned()
        };
        self.r.push(
            Diagnostic::error("DL014", format!("`{s}` is not an ISO 3166-1 country code"))
                .at(file, country.span())
                .help(help),
        );
        None
    }

    pub(super) fn effective(
        &mut self,
        file: FileId,
        value: &Spanned<toml::Value>,
    ) -> Option<Effective> {
        let parsed = match value.get_ref() {
            toml::Value::Datetime(dt) => match (dt.date, dt.time) {
                (Some(d), None) => {
                    valid_date(d.year as i32, d.month, d.day).then_some(Effective::Date {
                        year: d.year as i32,
                        month: d.month,
                        day: d.day,
                    })
                }
                (Some(d), Some(t)) => Some(Effective::DateTime {
                    year: d.year as i32,
                    month: d.month,
                    day: d.day,
                    hour: t.hour,
                    minute: t.minute,
                    offset_minutes: dt.offset.map(|o| match o {
                        toml::value::Offset::Z => 0,
                        toml::value::Offset::Custom { minutes } => minutes,
                    }),
                }),
                _ => None,
            },
            toml::Value::String(s) => parse_month(s),
            _ => None,
        };
        if parsed.is_none() {
            self.r.push(
                Diagnostic::error("DL012", "not a valid effective date")
                    .at(file, value.span())
                    .label("expected a date")
                    .help("write a TOML date such as 2021-02-19 (no quotes), a date and time with offset such as 2021-02-19T13:40:00+01:00, or a month as \"2018-11\""),
            );
        }
        parsed
    }

    pub(super) fn controller(&mut self, file: FileId, c: &Spanned<cat::Controller>) -> Controller {
        let c_ = c.get_ref();
        Controller {
            name: c_.name.get_ref().clone(),
            address: self.opt_text(file, &c_.address),
            email: c_.email.as_ref().and_then(|e| self.email(file, e)),
            phone: c_.phone.as_ref().map(|p| p.get_ref().clone()),
            country: c_
                .country
                .as_ref()
                .and_then(|x| self.country(file, x))
                .map(|x| x.value),
            website: c_.website.as_ref().and_then(|u| self.url(file, u)),
            registration: c_.registration.as_ref().map(|r| r.get_ref().clone()),
            loc: loc(file, c),
        }
    }

    pub(super) fn dpo(&mut self, file: FileId, d: &Spanned<cat::Dpo>) -> Dpo {
        let d_ = d.get_ref();
        Dpo {
            name: d_.name.as_ref().map(|n| n.get_ref().clone()),
            honorific: self.opt_text(file, &d_.honorific),
            role: self.opt_text(file, &d_.role),
            email: d_.email.as_ref().and_then(|e| self.email(file, e)),
            phone: d_.phone.as_ref().map(|p| p.get_ref().clone()),
            address: self.opt_text(file, &d_.address),
            designated: d_.designated.as_ref().map(|b| *b.get_ref()),
            loc: loc(file, d),
        }
    }

    pub(super) fn produced_document(
        &mut self,
        file: FileId,
        word: &Spanned<String>,
        documents: &[DocumentKind],
    ) -> Option<DocumentKind> {
        let kind = self.keyword::<DocumentKind>(file, word)?.value;
        if documents.contains(&kind) {
            return Some(kind);
        }
        self.r.push(
            Diagnostic::error(
                "DL016",
                format!("the policy does not produce a {}", kind.keyword()),
            )
            .at(file, word.span())
            .help(format!(
                "add \"{}\" to policy.documents, or move this entry to a document it produces",
                kind.keyword()
            )),
        );
        None
    }

    pub(super) fn cookie(
        &mut self,
        file: FileId,
        c: &Spanned<cat::Cookie>,
        purposes: &IdIndex,
        processors: &IdIndex,
    ) -> Option<Cookie> {
        let c_ = c.get_ref();
        let name = match &c_.name {
            Some(n) => self.cookie_name(file, n)?,
            None if c_.label.is_some() => CookieName::Unnamed,
            None => {
                self.r.push(
                    Diagnostic::error(
                        "DL006",
                        "a cookie needs a `name`, or a `label` where the name is not known",
                    )
                    .at(file, c.span())
                    .help("add name = \"…\" (exact, or a pattern such as \"visitor_id<account>\")"),
                );
                return None;
            }
        };
        let provider = if c_.provider.get_ref() == "first-party" {
            Some(Provider::FirstParty)
        } else {
            processors
                .get(self.r, file, &c_.provider)
                .map(|i| Provider::Processor(ProcessorId(i)))
        };
        let category = self.keyword(file, &c_.category);
        let purposes = c_
            .purposes
            .iter()
            .filter_map(|p| purposes.get(self.r, file, p).map(PurposeId))
            .collect();
        let duration = c_.duration.as_ref().and_then(|d| self.duration(file, d));
        let retention = c_.retention.as_ref().and_then(|d| self.duration(file, d));
        let storage = c_
            .storage
            .as_ref()
            .and_then(|s| self.keyword(file, s))
            .map_or(StorageKind::Cookie, |s| s.value);
        Some(Cookie {
            name,
            label: self.opt_text(file, &c_.label),
            example: c_.example.as_ref().map(|e| e.get_ref().clone()),
            provider: provider?,
            category: category?,
            purposes,
            duration,
            retention,
            storage,
            domain: c_.domain.as_ref().map(|d| d.get_ref().clone()),
            description: self.opt_text(file, &c_.description),
            loc: loc(file, c),
        })
    }

    pub(super) fn duration(
        &mut self,
        file: FileId,
        d: &Spanned<String>,
    ) -> Option<At<crate::duration::Duration>> {
        match duration::parse(d.get_ref()) {
            Ok(value) => Some(At {
                value,
                loc: loc(file, d),
            }),
            Err(err) => {
                self.r.push(
                    Diagnostic::error("DL010", err.message)
                        .at(file, d.span())
                        .label("not a duration")
                        .help(err.help),
                );
                None
            }
        }
    }

    pub(super) fn cookie_name(&mut self, file: FileId, n: &Spanned<String>) -> Option<CookieName> {
        match parse_cookie_name(n.get_ref()) {
            Ok(name) => Some(name),
            Err(why) => {
                self.r.push(
                    Diagnostic::error("DL015", format!("`{}` is not a valid cookie name: {why}", n.get_ref()))
                        .at(file, n.span())
                        .help("write the exact name, or mark the variable part as <placeholder>, e.g. \"visitor_id<account>\""),
                );
                None
            }
        }
    }

    /// Two entries for the same cookie name would give two rows and two consent rules.
    pub(super) fn duplicate_cookie_names(&mut self, cookies: &[Cookie]) {
        let mut seen: std::collections::HashSet<(String, Option<String>)> =
            std::collections::HashSet::new();
        for cookie in cookies {
            let Some(name) = cookie.name.display() else {
                continue;
            };
            if !seen.insert((name.clone(), cookie.domain.clone())) {
                self.r.push(
                    Diagnostic::error("DL007", format!("cookie `{name}` is listed twice"))
                        .at(cookie.loc.file, cookie.loc.span.clone())
                        .label("second entry")
                        .help("merge the two entries, or set `domain` where the same name is set by different domains"),
                );
            }
        }
    }
}

fn valid_date(year: i32, month: u8, day: u8) -> bool {
    icu_calendar::Date::try_new_iso(year, month, day).is_ok()
}

fn parse_month(text: &str) -> Option<Effective> {
    let (y, m) = text.split_once('-')?;
    if y.len() != 4 || m.len() != 2 {
        return None;
    }
    let year: i32 = y.parse().ok()?;
    let month: u8 = m.parse().ok()?;
    (1..=12)
        .contains(&month)
        .then_some(Effective::Month { year, month })
}

/// `visitor_id<account>` → literal `visitor_id` + placeholder `account`.
pub fn parse_cookie_name(text: &str) -> Result<CookieName, String> {
    if text.is_empty() {
        return Err("it is empty".into());
    }
    if let Some(c) = text
        .chars()
        .find(|c| c.is_whitespace() || c.is_control() || "()@,;:\\\"/[]?={}".contains(*c))
    {
        return Err(format!("cookie names cannot contain {c:?}"));
    }
    if !text.contains(['<', '>']) {
        return Ok(CookieName::Exact(text.to_owned()));
    }
    let mut parts = Vec::new();
    let mut rest = text;
    while !rest.is_empty() {
        match rest.find('<') {
            Some(0) => {
                let end = rest.find('>').ok_or("a `<` has no closing `>`")?;
                let placeholder = &rest[1..end];
                if placeholder.is_empty() || placeholder.contains('<') {
                    return Err("placeholders are written <name>".into());
                }
                parts.push(NamePart::Placeholder(placeholder.to_owned()));
                rest = &rest[end + 1..];
            }
            found => {
                let end = found.unwrap_or(rest.len());
                let literal = &rest[..end];
                if literal.contains('>') {
                    return Err("a `>` has no opening `<`".into());
                }
                parts.push(NamePart::Literal(literal.to_owned()));
                rest = &rest[end..];
            }
        }
    }
    Ok(CookieName::Pattern(parts))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    pub(super) fn cookie_patterns_become_regexes() {
        let name = parse_cookie_name("visitor_id<account>").unwrap();
        assert_eq!(name.display().as_deref(), Some("visitor_id<account>"));
        assert_eq!(name.regex().as_deref(), Some("^visitor_id.+$"));
        assert_eq!(
            parse_cookie_name("_ga").unwrap().regex().as_deref(),
            Some("^_ga$")
        );
        assert!(parse_cookie_name("a<b").is_err());
        assert!(parse_cookie_name("a>b").is_err());
        assert!(parse_cookie_name("a b").is_err());
        assert!(parse_cookie_name("<>").is_err());
    }

    #[test]
    pub(super) fn months_parse() {
        assert_eq!(
            parse_month("2018-11"),
            Some(Effective::Month {
                year: 2018,
                month: 11
            })
        );
        assert_eq!(parse_month("2018-13"), None);
        assert_eq!(parse_month("Nov 2018"), None);
    }
}

#[cfg(test)]
mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn patterns_become_prefix_regexes(prefix in "[a-z_]{1,8}", suffix in "[0-9]{1,6}") {
            prop_assert!(parse_cookie_name(&format!("{prefix}<{suffix}")).is_err(), "unclosed placeholder");
            let name = parse_cookie_name(&format!("{prefix}<id>")).unwrap();
            prop_assert_eq!(name.display(), Some(format!("{prefix}<id>")));
            prop_assert_eq!(name.regex(), Some(format!("^{prefix}.+$")));
        }

        #[test]
        fn any_cookie_name_text_is_accepted_or_refused_without_panic(text in "\\PC{0,30}") {
            let _ = parse_cookie_name(&text);
        }

        #[test]
        fn any_locale_tag_parses_or_fails_cleanly(text in "\\PC{0,20}") {
            let _ = LanguageIdentifier::from_str(&text);
        }
    }
}
