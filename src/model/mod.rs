//! The model: a catalogue resolved into typed, cross-referenced domain values.
//!
//! A [`Policy`] is valid by construction: every reference points at an entry that
//! exists, every duration, date and locale is parsed. Locations are kept so that the
//! compliance rules can point back at the catalogue.

pub mod facts;
mod history;
mod lifetime;
mod resolve;
pub mod signals;
mod translatable;

pub use crate::keywords::*;
pub use history::{Change, Release};
pub use lifetime::{Date, Lifetime, Region, RegionalDuration};
pub use resolve::{RESERVED_POLICY_IDS, resolve};
pub use translatable::TextField;

use crate::diag::Location;
use crate::duration::Duration;
use unic_langid::LanguageIdentifier;

/// A human-readable text in one or more locales.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocalText {
    entries: Vec<(LanguageIdentifier, String)>,
}

impl LocalText {
    pub fn new(entries: Vec<(LanguageIdentifier, String)>) -> Self {
        Self { entries }
    }

    /// The text in the first locale of `chain` that has it; otherwise the first
    /// translation there is, so a page is never left with an empty field.
    pub fn get(&self, chain: &[LanguageIdentifier]) -> &str {
        chain
            .iter()
            .find_map(|l| self.exact(l))
            .or_else(|| self.entries.first().map(|(_, t)| t.as_str()))
            .unwrap_or_default()
    }

    pub fn exact(&self, locale: &LanguageIdentifier) -> Option<&str> {
        self.entries
            .iter()
            .find(|(l, _)| l == locale)
            .map(|(_, t)| t.as_str())
    }

    pub fn locales(&self) -> impl Iterator<Item = &LanguageIdentifier> {
        self.entries.iter().map(|(l, _)| l)
    }
}

/// A value with the place in the catalogue it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct At<T> {
    pub value: T,
    pub loc: Location,
}

/// When the policy takes effect, as precisely as the organisation states it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Effective {
    Month {
        year: i32,
        month: u8,
    },
    Date {
        year: i32,
        month: u8,
        day: u8,
    },
    DateTime {
        year: i32,
        month: u8,
        day: u8,
        hour: u8,
        minute: u8,
        /// Offset from UTC in minutes; `None` for a local time.
        offset_minutes: Option<i16>,
    },
}

impl Effective {
    /// The year of the date.
    pub fn year(&self) -> i32 {
        match *self {
            Self::Month { year, .. } | Self::Date { year, .. } | Self::DateTime { year, .. } => {
                year
            }
        }
    }

    /// ISO 8601 text: `2018-11`, `2021-02-19` or `2021-02-19T13:40:00+01:00`.
    pub fn iso8601(&self) -> String {
        match *self {
            Self::Month { year, month } => format!("{year:04}-{month:02}"),
            Self::Date { year, month, day } => format!("{year:04}-{month:02}-{day:02}"),
            Self::DateTime {
                year,
                month,
                day,
                hour,
                minute,
                offset_minutes,
            } => {
                let offset = match offset_minutes {
                    None => String::new(),
                    Some(0) => "Z".to_owned(),
                    Some(m) => {
                        let sign = if m < 0 { '-' } else { '+' };
                        format!("{sign}{:02}:{:02}", m.abs() / 60, m.abs() % 60)
                    }
                };
                format!("{year:04}-{month:02}-{day:02}T{hour:02}:{minute:02}:00{offset}")
            }
        }
    }
}

#[derive(Debug, Clone)]
pub struct Policy {
    pub id: String,
    pub name: LocalText,
    pub default_locale: LanguageIdentifier,
    /// Every published locale, the default first.
    pub locales: Vec<LanguageIdentifier>,
    pub version: Option<String>,
    pub effective: Option<Effective>,
    pub documents: Vec<DocumentKind>,
    pub paper: PaperSize,
    pub sites: Vec<Site>,
    pub controller: Controller,
    pub dpo: Option<Dpo>,
    pub authority: Option<Authority>,
    pub consent: Option<Consent>,
    pub rights: Option<Rights>,
    pub privacy: Privacy,
    pub purposes: Vec<Purpose>,
    pub processors: Vec<Processor>,
    pub cookies: Vec<Cookie>,
    pub data: Vec<DataCategory>,
    pub storage: Vec<StorageLocation>,
    pub sections: Vec<Section>,
    pub links: Vec<Link>,
    /// The releases recorded in `[[changes]]`, oldest first.
    pub history: Vec<Release>,
    pub lints: LintSettings,
    /// Where `[policy]` is written.
    pub loc: Location,
}

/// The catalogue's `[lints]` table: levels by rule code or name, kept as written so
/// the lint stage can report unknown rules.
#[derive(Debug, Clone, Default)]
pub struct LintSettings {
    pub levels: Vec<(At<String>, LintLevel)>,
    pub necessary_max_duration: Option<At<crate::duration::Duration>>,
}

impl Policy {
    pub fn purpose(&self, id: PurposeId) -> &Purpose {
        &self.purposes[id.0]
    }

    pub fn processor(&self, id: ProcessorId) -> &Processor {
        &self.processors[id.0]
    }

    pub fn has_document(&self, kind: DocumentKind) -> bool {
        self.documents.contains(&kind)
    }
}

/// Index of a purpose in [`Policy::purposes`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct PurposeId(pub usize);

/// Index of a processor in [`Policy::processors`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ProcessorId(pub usize);

#[derive(Debug, Clone)]
pub struct Site {
    pub name: LocalText,
    pub url: Option<String>,
    pub loc: Location,
}

#[derive(Debug, Clone)]
pub struct Controller {
    pub name: String,
    pub address: Option<LocalText>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub country: Option<String>,
    pub website: Option<String>,
    pub registration: Option<String>,
    pub loc: Location,
}

#[derive(Debug, Clone)]
pub struct Dpo {
    pub name: Option<String>,
    pub honorific: Option<LocalText>,
    pub role: Option<LocalText>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub address: Option<LocalText>,
    pub designated: Option<bool>,
    pub loc: Location,
}

#[derive(Debug, Clone)]
pub struct Authority {
    pub name: LocalText,
    pub country: Option<String>,
    pub url: Option<String>,
    pub address: Option<LocalText>,
    pub loc: Location,
}

#[derive(Debug, Clone)]
pub struct Consent {
    pub mechanism: At<ConsentMechanism>,
    pub notice: Option<LocalText>,
    pub withdrawal_effect: Option<LocalText>,
    /// Region codes where consent is required (ISO 3166-1 alpha-2 or 3166-2, upper
    /// case); empty: everywhere.
    pub required_in: Vec<At<String>>,
    /// How consent is asked, as far as the catalogue states it.
    pub asked: ConsentAsked,
    /// Global Privacy Control is honoured.
    pub gpc: bool,
    /// The categories a GPC signal refuses, as written; `None`: the default.
    pub gpc_refuses: Option<Vec<CookieCategory>>,
    pub loc: Location,
}

/// How a consent banner asks: each `None` where the catalogue does not say.
#[derive(Debug, Clone, Default)]
pub struct ConsentAsked {
    /// Visitors choose category by category.
    pub categories: Option<At<bool>>,
    /// Refusing is offered on the first layer, as plainly as accepting.
    pub reject_first_layer: Option<At<bool>>,
    /// Some choice is ticked in advance.
    pub pre_ticked: Option<At<bool>>,
    /// The site can only be used after accepting.
    pub cookie_wall: Option<At<bool>>,
}

#[derive(Debug, Clone)]
pub struct Rights {
    pub granted: Vec<At<Right>>,
    pub exercise: Option<LocalText>,
    pub loc: Location,
}

impl Rights {
    pub fn grants(&self, right: Right) -> bool {
        self.granted.iter().any(|r| r.value == right)
    }
}

#[derive(Debug, Clone)]
pub struct Privacy {
    pub legal_bases: Vec<At<LegalBasis>>,
    pub automated_decisions: Option<bool>,
    pub automated_decisions_details: Option<LocalText>,
    pub retention: Option<LocalText>,
    /// Where `[privacy]` is written; where `[policy]` is when the table is absent.
    pub loc: Location,
}

impl Privacy {
    /// A catalogue without `[privacy]` states none of it.
    pub fn absent(policy: Location) -> Self {
        Self {
            legal_bases: Vec::new(),
            automated_decisions: None,
            automated_decisions_details: None,
            retention: None,
            loc: policy,
        }
    }
}

#[derive(Debug, Clone)]
pub struct Purpose {
    pub id: String,
    pub name: LocalText,
    pub description: Option<LocalText>,
    pub legal_basis: Option<At<LegalBasis>>,
    pub legitimate_interest: Option<LocalText>,
    /// The catalogue's own Google Consent Mode signals for this purpose, replacing
    /// the category's; never `security_storage`.
    pub consent_mode: Option<Vec<ConsentSignal>>,
    /// Sells or shares personal data, or targets advertising (Global Privacy Control).
    pub sale_or_sharing: bool,
    pub loc: Location,
}

#[derive(Debug, Clone)]
pub struct Processor {
    pub id: String,
    pub name: LocalText,
    pub service: Option<LocalText>,
    /// `None` where the catalogue does not say.
    pub role: Option<RecipientRole>,
    /// ISO 3166-1 alpha-2, upper case.
    pub country: Option<At<String>>,
    pub transfer: Option<At<TransferMechanism>>,
    pub privacy_url: Option<String>,
    pub own_purposes: Option<bool>,
    pub description: Option<LocalText>,
    pub loc: Location,
}

/// Who sets a cookie.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Provider {
    FirstParty,
    Processor(ProcessorId),
}

/// How a cookie is named in the catalogue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CookieName {
    Exact(String),
    /// A name with placeholders, e.g. `visitor_id<account>`; parts alternate between
    /// literal text and placeholder names.
    Pattern(Vec<NamePart>),
    /// The organisation does not name the cookie.
    Unnamed,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NamePart {
    Literal(String),
    Placeholder(String),
}

impl CookieName {
    /// The name as written in the catalogue (`visitor_id<account>`), if any.
    pub fn display(&self) -> Option<String> {
        match self {
            Self::Exact(name) => Some(name.clone()),
            Self::Pattern(parts) => Some(
                parts
                    .iter()
                    .map(|p| match p {
                        NamePart::Literal(s) => s.clone(),
                        NamePart::Placeholder(s) => format!("<{s}>"),
                    })
                    .collect(),
            ),
            Self::Unnamed => None,
        }
    }

    /// A regular expression matching every cookie name this entry covers.
    pub fn regex(&self) -> Option<String> {
        match self {
            Self::Exact(name) => Some(format!("^{}$", regex_escape(name))),
            Self::Pattern(parts) => Some(format!(
                "^{}$",
                parts
                    .iter()
                    .map(|p| match p {
                        NamePart::Literal(s) => regex_escape(s),
                        NamePart::Placeholder(_) => ".+".to_owned(),
                    })
                    .collect::<String>()
            )),
            Self::Unnamed => None,
        }
    }
}

/// Escape the characters that have a meaning in a regular expression, and only those:
/// ECMAScript's `SyntaxCharacter`s (ECMA-262, "Patterns", `\` `^` `$` `.` `*` `+` `?`
/// `(` `)` `[` `]` `{` `}` `|`). With the `u` flag, JavaScript refuses an escape of any
/// other character (`\-` throws "Invalid escape"), and the Rust `regex` crate reads
/// these escapes the same way, so the pattern means one thing in both.
fn regex_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if "\\^$.*+?()[]{}|".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[derive(Debug, Clone)]
pub struct Cookie {
    pub name: CookieName,
    pub label: Option<LocalText>,
    pub example: Option<String>,
    pub provider: Provider,
    pub category: At<CookieCategory>,
    pub purposes: Vec<PurposeId>,
    pub duration: Option<At<Duration>>,
    /// How the lifetime ends besides `duration`: an event, a date, renewal, regions.
    pub lifetime: Lifetime,
    pub retention: Option<At<Duration>>,
    pub storage: StorageKind,
    pub domain: Option<String>,
    pub description: Option<LocalText>,
    pub loc: Location,
}

impl Cookie {
    /// How messages name the entry: "cookie `_ga`", or its label where it has no name.
    pub fn describe(&self, default_locale: &LanguageIdentifier) -> String {
        let what = match self.storage {
            StorageKind::Cookie => "cookie",
            StorageKind::LocalStorage => "local-storage entry",
            StorageKind::SessionStorage => "session-storage entry",
            StorageKind::IndexedDb => "IndexedDB database",
            StorageKind::Pixel => "pixel",
            StorageKind::Flash => "Flash object",
        };
        match (self.name.display(), &self.label) {
            (Some(name), _) => format!("{what} `{name}`"),
            (None, Some(label)) => {
                format!(
                    "{what} \"{}\"",
                    label.get(std::slice::from_ref(default_locale))
                )
            }
            (None, None) => format!("unnamed {what}"),
        }
    }
}

#[derive(Debug, Clone)]
pub struct DataCategory {
    pub id: String,
    pub name: LocalText,
    pub examples: Vec<LocalText>,
    pub sources: Vec<DataSource>,
    pub collection: Option<LocalText>,
    pub purposes: Vec<PurposeId>,
    pub recipients: Vec<ProcessorId>,
    pub retention: Option<LocalText>,
    pub sensitive: bool,
    pub description: Option<LocalText>,
    pub loc: Location,
}

#[derive(Debug, Clone)]
pub struct StorageLocation {
    pub id: String,
    pub name: LocalText,
    pub country: Option<String>,
    pub description: Option<LocalText>,
    pub loc: Location,
}

#[derive(Debug, Clone)]
pub struct Section {
    pub id: String,
    pub document: DocumentKind,
    pub title: LocalText,
    /// Markdown.
    pub body: LocalText,
    pub place: Place,
    pub loc: Location,
}

/// Where a catalogue section is placed in its document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// After the generated parts, before further reading (and the cookie policy's
    /// contact details).
    Default,
    Top,
    End,
    Before(PagePart),
    After(PagePart),
}

impl Section {
    /// The generated part this section is written just before; `None`: at the end.
    pub fn before_part(&self) -> Option<PagePart> {
        let parts = self.document.parts();
        match self.place {
            Place::Default => Some(PagePart::MoreInformation),
            Place::Top => parts.first().copied(),
            Place::End => None,
            Place::Before(part) => Some(part),
            Place::After(part) => {
                let at = parts.iter().position(|p| *p == part)?;
                parts.get(at + 1).copied()
            }
        }
    }
}

#[derive(Debug, Clone)]
pub struct Link {
    pub title: LocalText,
    pub url: Option<String>,
    pub publisher: Option<LocalText>,
    /// `None`: shown in every document.
    pub document: Option<DocumentKind>,
    pub loc: Location,
}

/// EU member states and the EEA states Iceland, Liechtenstein and Norway: transfers
/// within this area need no Chapter V safeguard.
pub const EEA: &[&str] = &[
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IS",
    "IT", "LI", "LT", "LU", "LV", "MT", "NL", "NO", "PL", "PT", "RO", "SE", "SI", "SK",
];

pub fn in_eea(country: &str) -> bool {
    EEA.contains(&country)
}
