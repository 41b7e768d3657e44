//! The catalogue: serde structs that mirror the TOML a legal team writes, exactly.
//!
//! Nothing here interprets values. Enumerations (legal bases, cookie categories, …),
//! durations, dates and locale tags stay strings with their spans so that the model
//! stage can report every problem at once, with a "did you mean" where one fits.

mod load;
mod text;

pub use load::{Catalogue, CatalogueSource, load_catalogue};
pub use text::Text;

use serde::Deserialize;
use toml::Spanned;

/// One TOML file of a catalogue. A catalogue folder holds several; their tables are
/// merged (single tables may appear in one file only, arrays are concatenated).
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CatalogueFile {
    pub policy: Option<Spanned<PolicyMeta>>,
    pub controller: Option<Spanned<Controller>>,
    pub dpo: Option<Spanned<Dpo>>,
    pub supervisory_authority: Option<Spanned<Authority>>,
    pub consent: Option<Spanned<Consent>>,
    pub rights: Option<Spanned<Rights>>,
    pub privacy: Option<Spanned<Privacy>>,
    #[serde(default)]
    pub purposes: Vec<Spanned<Purpose>>,
    #[serde(default)]
    pub processors: Vec<Spanned<Processor>>,
    #[serde(default)]
    pub cookies: Vec<Spanned<Cookie>>,
    #[serde(default)]
    pub data: Vec<Spanned<DataCategory>>,
    #[serde(default)]
    pub storage: Vec<Spanned<StorageLocation>>,
    #[serde(default)]
    pub sections: Vec<Spanned<Section>>,
    #[serde(default)]
    pub links: Vec<Spanned<Link>>,
    /// Tables that were present but could not be read (already reported), so later
    /// stages do not also call them missing.
    #[serde(skip)]
    pub unreadable: Vec<&'static str>,
}

/// `[policy]`: what is published, in which languages, since when.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PolicyMeta {
    pub id: Spanned<String>,
    pub name: Spanned<Text>,
    pub default_locale: Spanned<String>,
    pub locales: Option<Vec<Spanned<String>>>,
    pub version: Option<Spanned<String>>,
    /// A TOML date, a date-time with UTC offset, or a month as `"2018-11"`.
    pub effective: Option<Spanned<toml::Value>>,
    /// `cookie-policy`, `privacy-policy`; defaults to the cookie policy alone.
    pub documents: Option<Vec<Spanned<String>>>,
    /// The websites or products the policy covers.
    #[serde(default)]
    pub sites: Vec<Spanned<Site>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Site {
    pub name: Spanned<Text>,
    pub url: Option<Spanned<String>>,
}

/// `[controller]`: who decides on the processing (GDPR Art. 13(1)(a)).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Controller {
    pub name: Spanned<String>,
    pub address: Option<Spanned<Text>>,
    pub email: Option<Spanned<String>>,
    pub phone: Option<Spanned<String>>,
    pub country: Option<Spanned<String>>,
    pub website: Option<Spanned<String>>,
    /// Trade-register or company number.
    pub registration: Option<Spanned<String>>,
}

/// `[dpo]`: the data protection officer or privacy contact (Art. 13(1)(b)).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dpo {
    pub name: Option<Spanned<String>>,
    /// How the person is addressed, e.g. "Mr" or "Dr".
    pub honorific: Option<Spanned<Text>>,
    pub role: Option<Spanned<Text>>,
    pub email: Option<Spanned<String>>,
    pub phone: Option<Spanned<String>>,
    pub address: Option<Spanned<Text>>,
    /// Whether this is a DPO designated under Art. 37 (true) or another privacy contact.
    pub designated: Option<Spanned<bool>>,
}

/// `[supervisory_authority]`: where people can complain (Art. 13(2)(d)).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Authority {
    pub name: Spanned<Text>,
    pub country: Option<Spanned<String>>,
    pub url: Option<Spanned<String>>,
    pub address: Option<Spanned<Text>>,
}

/// `[consent]`: how consent for non-necessary cookies is asked for.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Consent {
    /// `opt-in-banner`, `browser-settings`, `implied` or `none`.
    pub mechanism: Spanned<String>,
    /// The question or statement shown to visitors, as the organisation words it.
    pub notice: Option<Spanned<Text>>,
    /// What happens when consent is refused or withdrawn.
    pub withdrawal_effect: Option<Spanned<Text>>,
}

/// `[rights]`: the data-subject rights the policy grants.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rights {
    pub granted: Vec<Spanned<String>>,
    /// How to exercise them (identity checks, contact route, response time).
    pub exercise: Option<Spanned<Text>>,
}

/// `[privacy]`: statements of the privacy policy that are not per purpose or per data.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Privacy {
    /// Legal bases the organisation relies on overall, where the policy names them
    /// without tying them to single purposes.
    #[serde(default)]
    pub legal_bases: Vec<Spanned<String>>,
    /// Whether decisions are made solely by automated means (Art. 22).
    pub automated_decisions: Option<Spanned<bool>>,
    pub automated_decisions_details: Option<Spanned<Text>>,
    /// Retention statement that applies where a data category names none.
    pub retention: Option<Spanned<Text>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Purpose {
    pub id: Spanned<String>,
    pub name: Spanned<Text>,
    pub description: Option<Spanned<Text>>,
    /// `consent`, `contract`, `legal-obligation`, `vital-interests`, `public-task`,
    /// `legitimate-interests`; absent where the organisation does not state one.
    pub legal_basis: Option<Spanned<String>>,
    /// The interest pursued, required in substance where the basis is legitimate interests.
    pub legitimate_interest: Option<Spanned<Text>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Processor {
    pub id: Spanned<String>,
    pub name: Spanned<Text>,
    /// The product used, e.g. "Google Analytics".
    pub service: Option<Spanned<Text>>,
    /// `processor`, `controller`, `joint-controller` or `recipients` (a category of
    /// recipients rather than one named organisation).
    pub role: Option<Spanned<String>>,
    /// ISO 3166-1 alpha-2 code of where the data is processed.
    pub country: Option<Spanned<String>>,
    /// `adequacy`, `scc`, `bcr`, `eu-us-dpf`, `derogation`, `privacy-shield`, `safe-harbor`.
    pub transfer: Option<Spanned<String>>,
    pub privacy_url: Option<Spanned<String>>,
    /// Whether the recipient may use the data for its own purposes.
    pub own_purposes: Option<Spanned<bool>>,
    pub description: Option<Spanned<Text>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Cookie {
    /// Exact name, or a pattern with `<placeholders>` such as `visitor_id<account>`.
    /// Absent where the organisation does not name the cookie; then `label` says what it is.
    pub name: Option<Spanned<String>>,
    pub label: Option<Spanned<Text>>,
    /// A concrete example of a pattern name, e.g. `visitor_id12345`.
    pub example: Option<Spanned<String>>,
    /// A processor id, or `first-party`.
    pub provider: Spanned<String>,
    /// `necessary`, `preferences`, `analytics` or `marketing`.
    pub category: Spanned<String>,
    #[serde(default)]
    pub purposes: Vec<Spanned<String>>,
    /// `session`, `persistent` (length not stated), `26 months`, `90 days`, or ISO 8601 `P26M`.
    pub duration: Option<Spanned<String>>,
    /// How long the information collected through the cookie is kept, if stated apart.
    pub retention: Option<Spanned<String>>,
    /// `cookie` (default), `local-storage`, `session-storage`, `indexed-db`, `pixel`, `flash`.
    pub storage: Option<Spanned<String>>,
    pub domain: Option<Spanned<String>>,
    pub description: Option<Spanned<Text>>,
}

/// `[[data]]`: a category of personal data (privacy policy, Art. 14(1)(d)).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DataCategory {
    pub id: Spanned<String>,
    pub name: Spanned<Text>,
    #[serde(default)]
    pub examples: Vec<Spanned<Text>>,
    /// `data-subject`, `cookies`, `third-party`, `public`.
    #[serde(default)]
    pub sources: Vec<Spanned<String>>,
    /// How the data is obtained, in the organisation's words.
    pub collection: Option<Spanned<Text>>,
    #[serde(default)]
    pub purposes: Vec<Spanned<String>>,
    #[serde(default)]
    pub recipients: Vec<Spanned<String>>,
    pub retention: Option<Spanned<Text>>,
    /// Special categories (Art. 9) or criminal data (Art. 10).
    pub sensitive: Option<Spanned<bool>>,
    pub description: Option<Spanned<Text>>,
}

/// `[[storage]]`: where personal data is kept.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StorageLocation {
    pub id: Spanned<String>,
    pub name: Spanned<Text>,
    pub country: Option<Spanned<String>>,
    pub description: Option<Spanned<Text>>,
}

/// `[[sections]]`: the organisation's own clauses, in Markdown.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    pub id: Spanned<String>,
    /// `cookie-policy` or `privacy-policy`.
    pub document: Spanned<String>,
    pub title: Spanned<Text>,
    pub body: Spanned<Text>,
}

/// `[[links]]`: further reading.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Link {
    pub title: Spanned<Text>,
    pub url: Option<Spanned<String>>,
    /// Who publishes the page, e.g. "Dutch Consumer Association".
    pub publisher: Option<Spanned<Text>>,
    /// `cookie-policy`, `privacy-policy`; defaults to every document.
    pub document: Option<Spanned<String>>,
}
