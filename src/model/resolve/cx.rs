//! Reading single catalogue values: text, keywords, ids, links, dates, durations.
//! Each reports its own problem, with the span, and returns `None`.

use crate::catalogue::{Spanned, Text};
use crate::diag::{Diagnostic, FileId, Location, codes, did_you_mean};
use crate::duration::{self, Duration};
use crate::markdown;
use crate::model::{At, DocumentKind, Effective, Keyword, LocalText};
use std::str::FromStr;
use unic_langid::LanguageIdentifier;

/// Names at the top of the output folder that are the site's own (written by the
/// index, pages and manifest renderers), so no policy folder may take them. Hidden
/// names (`.disclose-files`, `.disclose-cache`) cannot be ids: an id starts with a
/// letter or digit.
pub const RESERVED_POLICY_IDS: &[&str] = &["index.html", "disclose.css", "schema"];

/// Effective dates before this year are refused as typos (`0000-01-01`, `0202-05-01`):
/// the first data protection law, Hesse's Datenschutzgesetz of 7 October 1970.
const FIRST_PRIVACY_LAW_YEAR: i32 = 1970;

/// The locales a catalogue declares, needed to read every text field.
pub(super) struct Locales {
    pub default: LanguageIdentifier,
    pub declared: Vec<LanguageIdentifier>,
}

/// Resolution of single values: where problems go, and the declared locales.
pub(super) struct Cx<'d> {
    pub diags: &'d mut Vec<Diagnostic>,
    pub locales: Locales,
}

pub(super) fn loc<T>(file: FileId, s: &Spanned<T>) -> Location {
    Location {
        file,
        span: s.span(),
    }
}

impl Cx<'_> {
    pub(super) fn push(&mut self, diag: Diagnostic) {
        self.diags.push(diag);
    }

    pub(super) fn text(&mut self, file: FileId, text: &Spanned<Text>) -> LocalText {
        match text.get_ref() {
            Text::Plain(s) => LocalText::new(vec![(self.locales.default.clone(), s.clone())]),
            Text::Localized(map) => {
                let mut entries = Vec::new();
                for (tag, value) in map {
                    let Ok(locale) = LanguageIdentifier::from_str(tag) else {
                        self.push(
                            Diagnostic::error(
                                codes::INVALID_LOCALE,
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
                        self.push(
                            Diagnostic::error(
                                codes::INVALID_LOCALE,
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
                    self.push(
                        Diagnostic::error(codes::MISSING_FIELD, "empty translation table")
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

    /// A text that may use Markdown: as [`Cx::text`], refused where a translation nests
    /// deeper than [`markdown::MAX_DEPTH`] (DL019), which no output could render.
    pub(super) fn markdown(&mut self, file: FileId, text: &Spanned<Text>) -> LocalText {
        let local = self.text(file, text);
        for locale in local.locales() {
            let source = local.exact(locale).unwrap_or_default();
            let Some(deep) = markdown::too_deep(source) else {
                continue;
            };
            let which = match text.get_ref() {
                Text::Plain(_) => String::new(),
                Text::Localized(_) => format!(" (`{locale}`)"),
            };
            self.push(
                Diagnostic::error(
                    codes::MARKDOWN_TOO_DEEP,
                    format!(
                        "this Markdown{which} nests {} levels deep, from line {} of the text; at most {} are allowed",
                        deep.depth,
                        deep.line,
                        markdown::MAX_DEPTH
                    ),
                )
                .at(file, text.span())
                .label("nested too deeply")
                .help("flatten the quotes, lists or emphasis inside one another (docs/catalogue.md, Markdown)"),
            );
        }
        local
    }

    pub(super) fn opt_markdown(
        &mut self,
        file: FileId,
        text: &Option<Spanned<Text>>,
    ) -> Option<LocalText> {
        text.as_ref().map(|t| self.markdown(file, t))
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
        self.push(
            Diagnostic::error(
                codes::UNKNOWN_KEYWORD,
                format!("unknown {} `{}`", K::WHAT, word.get_ref()),
            )
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
        self.push(
            Diagnostic::error(codes::INVALID_ID, format!("`{s}` is not a valid {what}"))
                .at(file, id.span())
                .label("invalid id")
                .help("ids use letters, digits, '-', '_' and '.', start with a letter or digit, and are at most 64 characters"),
        );
        None
    }

    /// A policy id names the policy's folder at the top of the output folder, beside
    /// the site's own files: those names ([`RESERVED_POLICY_IDS`]) are refused, in any
    /// case (a case-insensitive filesystem would mix `Schema` with `schema`).
    pub(super) fn policy_id(&mut self, file: FileId, id: &Spanned<String>) -> Option<String> {
        let valid = self.id(file, id, "policy id")?;
        let Some(reserved) = RESERVED_POLICY_IDS
            .iter()
            .find(|r| r.eq_ignore_ascii_case(&valid))
        else {
            return Some(valid);
        };
        self.push(
            Diagnostic::error(
                codes::INVALID_ID,
                format!("`{valid}` cannot be a policy id: disclose writes its own `{reserved}` there"),
            )
            .at(file, id.span())
            .label("reserved name")
            .help(format!(
                "each policy is written to a folder named after its id, beside the site's own files ({}); choose another id",
                RESERVED_POLICY_IDS.join(", ")
            )),
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
        self.push(
            Diagnostic::error(
                codes::INVALID_ADDRESS,
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
        self.push(
            Diagnostic::error(
                codes::INVALID_ADDRESS,
                format!("`{s}` is not an e-mail address"),
            )
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
        self.push(
            Diagnostic::error(
                codes::INVALID_ADDRESS,
                format!("`{s}` is not an ISO 3166-1 country code"),
            )
            .at(file, country.span())
            .help(help),
        );
        None
    }

    /// A region for Google Consent Mode: an ISO 3166-1 alpha-2 country (`DE`) or an
    /// ISO 3166-2 subdivision (`US-CA`: the country, `-`, one to three letters or
    /// digits), upper case.
    pub(super) fn region(&mut self, file: FileId, region: &Spanned<String>) -> Option<At<String>> {
        let s = region.get_ref();
        let (country, subdivision) = match s.split_once('-') {
            Some((c, sub)) => (c, Some(sub)),
            None => (s.as_str(), None),
        };
        let country_ok = country.len() == 2 && country.chars().all(|c| c.is_ascii_uppercase());
        let subdivision_ok = subdivision.is_none_or(|sub| {
            (1..=3).contains(&sub.len())
                && sub
                    .chars()
                    .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
        });
        if country_ok && subdivision_ok {
            return Some(At {
                value: s.clone(),
                loc: loc(file, region),
            });
        }
        let upper = s.to_ascii_uppercase();
        let help = if upper != *s {
            format!("region codes are upper case: \"{upper}\"")
        } else {
            "use an ISO 3166-1 country code such as \"DE\", or an ISO 3166-2 subdivision such as \"US-CA\"; list the countries of the EEA one by one".to_owned()
        };
        self.push(
            Diagnostic::error(
                codes::INVALID_ADDRESS,
                format!("`{s}` is not an ISO 3166-1 country or ISO 3166-2 region code"),
            )
            .at(file, region.span())
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
        if let Some(effective) = &parsed
            && effective.year() < FIRST_PRIVACY_LAW_YEAR
        {
            self.push(
                Diagnostic::error(
                    codes::INVALID_DATE,
                    format!(
                        "the effective date {} is before any data protection law existed",
                        effective.iso8601()
                    ),
                )
                .at(file, value.span())
                .label("a typo?")
                .help(format!(
                    "the first data protection law (Hesse, Germany) dates from {FIRST_PRIVACY_LAW_YEAR}; write the year in full, such as 2024-05-01"
                )),
            );
            return None;
        }
        if parsed.is_none() {
            self.push(
                Diagnostic::error(codes::INVALID_DATE, "not a valid effective date")
                    .at(file, value.span())
                    .label("expected a date")
                    .help("write a TOML date such as 2021-02-19 (no quotes), a date and time with offset such as 2021-02-19T13:40:00+01:00, or a month as \"2018-11\""),
            );
        }
        parsed
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
        self.push(
            Diagnostic::error(
                codes::DOCUMENT_NOT_PRODUCED,
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

    pub(super) fn duration(&mut self, file: FileId, d: &Spanned<String>) -> Option<At<Duration>> {
        match duration::parse(d.get_ref()) {
            Ok(value) => Some(At {
                value,
                loc: loc(file, d),
            }),
            Err(err) => {
                self.push(
                    Diagnostic::error(codes::INVALID_DURATION, err.message)
                        .at(file, d.span())
                        .label("not a duration")
                        .help(err.help),
                );
                None
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_parse() {
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
