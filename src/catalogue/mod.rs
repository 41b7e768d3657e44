//! The catalogue: serde structs that mirror the TOML a legal team writes, exactly.
//!
//! Nothing here interprets values. Enumerations (legal bases, cookie categories, …),
//! durations, dates and locale tags stay strings with their spans so that the model
//! stage can report every problem at once, with a "did you mean" where one fits.

mod de;
mod files;
mod load;
mod spanned;
mod text;

pub(crate) use files::{Linked, follow_link};
pub use load::{Catalogue, CatalogueSource, load_catalogue, load_text, load_texts};
pub use spanned::Spanned;
pub use text::Text;

use schemars::JsonSchema;
use serde::Deserialize;

/// One TOML file of a catalogue. A catalogue folder holds several; their tables are
/// merged (single tables may appear in one file only, arrays are concatenated).
#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CatalogueFile {
    /// What is published, in which languages, since when.
    pub policy: Option<Spanned<PolicyMeta>>,
    /// The organisation responsible for the processing (GDPR Art. 13(1)(a)).
    pub controller: Option<Spanned<Controller>>,
    /// The data protection officer or privacy contact (Art. 13(1)(b)).
    pub dpo: Option<Spanned<Dpo>>,
    /// The authority people can complain to (Art. 13(2)(d)).
    pub supervisory_authority: Option<Spanned<Authority>>,
    /// How consent for non-necessary cookies is asked for.
    pub consent: Option<Spanned<Consent>>,
    /// The rights people have, and how to exercise them.
    pub rights: Option<Spanned<Rights>>,
    /// Privacy-policy statements that are not per purpose or data category.
    pub privacy: Option<Spanned<Privacy>>,
    /// Why data is processed, each with its legal basis.
    #[serde(default)]
    pub purposes: Vec<Spanned<Purpose>>,
    /// Organisations (or categories of them) that receive data.
    #[serde(default)]
    pub processors: Vec<Spanned<Processor>>,
    /// Cookies and similar technologies the site sets or lets others set.
    #[serde(default)]
    pub cookies: Vec<Spanned<Cookie>>,
    /// Categories of personal data processed.
    #[serde(default)]
    pub data: Vec<Spanned<DataCategory>>,
    /// Where personal data is kept.
    #[serde(default)]
    pub storage: Vec<Spanned<StorageLocation>>,
    /// The organisation's own clauses, in Markdown.
    #[serde(default)]
    pub sections: Vec<Spanned<Section>>,
    /// Further reading shown at the end of a document.
    #[serde(default)]
    pub links: Vec<Spanned<Link>>,
    /// Severity of compliance rules for this catalogue.
    pub lints: Option<Spanned<Lints>>,
    /// The releases of the policy, oldest first (`disclose release` appends them).
    #[serde(default)]
    pub changes: Vec<Spanned<ChangeEntry>>,
    /// Tables that were present but could not be read (already reported), so later
    /// stages do not also call them missing.
    #[serde(skip)]
    pub unreadable: Vec<&'static str>,
}

/// `[lints]`: how strictly `disclose check` applies each compliance rule. Keys are
/// rule codes or names (`DL402`, `implied-consent`) with `allow`, `warn` or `deny`,
/// and `necessary_max_duration` (e.g. "13 months").
#[derive(Debug, Default, Deserialize)]
#[serde(transparent)]
pub struct Lints(pub std::collections::BTreeMap<String, Spanned<String>>);

impl JsonSchema for Lints {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Lints".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let level = generator.subschema_for::<crate::keywords::LintLevel>();
        schemars::json_schema!({
            "description": "How strictly `disclose check` applies each compliance rule: rule code or name → allow | warn | deny.",
            "type": "object",
            "properties": {
                "necessary_max_duration": {
                    "type": "string",
                    "description": "Longest duration a strictly necessary cookie may have before it is questioned, e.g. \"13 months\"."
                }
            },
            "additionalProperties": level
        })
    }
}

/// `[policy]`: what is published, in which languages, since when.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PolicyMeta {
    /// Short id of the policy: names the output folder (letters, digits, -, _, .).
    pub id: Spanned<String>,
    /// Name of the website, product or policy, shown under the title.
    pub name: Spanned<Text>,
    /// Locale tag the plain-string texts are written in, e.g. "en" or "nl".
    pub default_locale: Spanned<String>,
    /// Every locale to publish; the default locale is added when missing.
    pub locales: Option<Vec<Spanned<String>>>,
    /// The organisation's version label of the policy.
    pub version: Option<Spanned<String>>,
    /// A TOML date, a date-time with UTC offset, or a month as `"2018-11"`.
    #[schemars(with = "Option<EffectiveSchema>")]
    pub effective: Option<Spanned<toml::Value>>,
    /// `cookie-policy`, `privacy-policy`; defaults to the cookie policy alone.
    #[schemars(with = "Option<Vec<crate::keywords::DocumentKind>>")]
    pub documents: Option<Vec<Spanned<String>>>,
    /// Page size of the PDFs: `a4` (the default) or `letter`.
    #[schemars(with = "Option<crate::keywords::PaperSize>")]
    pub paper: Option<Spanned<String>>,
    /// The websites or products the policy covers.
    #[serde(default)]
    pub sites: Vec<Spanned<Site>>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Site {
    /// Name of the website or product.
    pub name: Spanned<Text>,
    /// Its address (https://…).
    pub url: Option<Spanned<String>>,
}

/// `[controller]`: who decides on the processing (GDPR Art. 13(1)(a)).
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Controller {
    /// Legal name of the organisation.
    pub name: Spanned<String>,
    /// Postal address; may span several lines.
    pub address: Option<Spanned<Text>>,
    /// E-mail address for privacy questions.
    pub email: Option<Spanned<String>>,
    /// Telephone number.
    pub phone: Option<Spanned<String>>,
    /// ISO 3166-1 alpha-2 code of the country of establishment, e.g. "NL".
    pub country: Option<Spanned<String>>,
    /// Website address (https://…).
    pub website: Option<Spanned<String>>,
    /// Trade-register or company number.
    pub registration: Option<Spanned<String>>,
}

/// `[dpo]`: the data protection officer or privacy contact (Art. 13(1)(b)).
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Dpo {
    /// Name of the person.
    pub name: Option<Spanned<String>>,
    /// How the person is addressed, e.g. "Mr" or "Dr".
    pub honorific: Option<Spanned<Text>>,
    /// Job title, e.g. "Information Security & Privacy Officer".
    pub role: Option<Spanned<Text>>,
    /// E-mail address.
    pub email: Option<Spanned<String>>,
    /// Telephone number.
    pub phone: Option<Spanned<String>>,
    /// Postal address, if different from the controller's.
    pub address: Option<Spanned<Text>>,
    /// Whether this is a DPO designated under Art. 37 (true) or another privacy contact.
    pub designated: Option<Spanned<bool>>,
}

/// `[supervisory_authority]`: where people can complain (Art. 13(2)(d)).
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Authority {
    /// Name of the authority, e.g. "Autoriteit Persoonsgegevens".
    pub name: Spanned<Text>,
    /// ISO 3166-1 alpha-2 country code.
    pub country: Option<Spanned<String>>,
    /// The authority's website (https://…).
    pub url: Option<Spanned<String>>,
    /// Postal address.
    pub address: Option<Spanned<Text>>,
}

/// `[consent]`: how consent for non-necessary cookies is asked for.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Consent {
    /// `opt-in-banner`, `browser-settings`, `implied` or `none`.
    #[schemars(with = "crate::keywords::ConsentMechanism")]
    pub mechanism: Spanned<String>,
    /// The question or statement shown to visitors, as the organisation words it.
    pub notice: Option<Spanned<Text>>,
    /// What happens when consent is refused or withdrawn.
    pub withdrawal_effect: Option<Spanned<Text>>,
    /// Where consent is required, as ISO 3166-1 alpha-2 country codes or ISO 3166-2
    /// subdivision codes (`"DE"`, `"US-CA"`). Absent: everywhere. Present: Google
    /// Consent Mode defaults to denied there and to granted elsewhere.
    #[serde(default)]
    pub required_in: Vec<Spanned<String>>,
    /// Whether visitors choose category by category (true) or accept or refuse all
    /// non-necessary cookies together (false).
    pub categories: Option<Spanned<bool>>,
    /// Whether the first layer of the banner offers refusing as plainly as accepting.
    pub reject_first_layer: Option<Spanned<bool>>,
    /// Whether any choice in the banner is ticked in advance.
    pub pre_ticked: Option<Spanned<bool>>,
    /// Whether the site can only be used after accepting (a cookie wall).
    pub cookie_wall: Option<Spanned<bool>>,
    /// Whether the site honours Global Privacy Control: the exports treat the
    /// browser's signal as a refusal of the `gpc_refuses` categories, the build writes
    /// `/.well-known/gpc.json`, and the cookie policy says so.
    pub gpc: Option<Spanned<bool>>,
    /// The cookie categories a GPC signal refuses (sale, sharing, targeted
    /// advertising); default `["marketing"]`. Cookies of purposes marked
    /// `sale_or_sharing` add their categories.
    #[schemars(with = "Option<Vec<crate::keywords::CookieCategory>>")]
    pub gpc_refuses: Option<Vec<Spanned<String>>>,
}

/// `[rights]`: the data-subject rights the policy grants.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Rights {
    /// The rights granted, by keyword.
    #[schemars(with = "Vec<crate::keywords::Right>")]
    pub granted: Vec<Spanned<String>>,
    /// How to exercise them (identity checks, contact route, response time).
    pub exercise: Option<Spanned<Text>>,
}

/// `[privacy]`: statements of the privacy policy that are not per purpose or per data.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Privacy {
    /// Legal bases the organisation relies on overall, where the policy names them
    /// without tying them to single purposes.
    #[serde(default)]
    #[schemars(with = "Vec<crate::keywords::LegalBasis>")]
    pub legal_bases: Vec<Spanned<String>>,
    /// Whether decisions are made solely by automated means (Art. 22).
    pub automated_decisions: Option<Spanned<bool>>,
    /// Explanation of the logic and consequences of automated decisions (Art. 13(2)(f)).
    pub automated_decisions_details: Option<Spanned<Text>>,
    /// Retention statement that applies where a data category names none.
    pub retention: Option<Spanned<Text>>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Purpose {
    /// Short id that cookies and data categories refer to.
    pub id: Spanned<String>,
    /// Name of the purpose.
    pub name: Spanned<Text>,
    /// What is done for this purpose (Markdown).
    pub description: Option<Spanned<Text>>,
    /// `consent`, `contract`, `legal-obligation`, `vital-interests`, `public-task`,
    /// `legitimate-interests`; absent where the organisation does not state one.
    #[schemars(with = "Option<crate::keywords::LegalBasis>")]
    pub legal_basis: Option<Spanned<String>>,
    /// The interest pursued, required in substance where the basis is legitimate interests.
    pub legitimate_interest: Option<Spanned<Text>>,
    /// The Google Consent Mode signals the cookies serving this purpose stand for,
    /// replacing their category's (docs/exports.md#google-consent-mode), e.g.
    /// `["analytics_storage"]`; `[]` for none. `security_storage` follows the
    /// necessary category only.
    #[schemars(with = "Option<Vec<crate::keywords::ConsentSignal>>")]
    pub consent_mode: Option<Vec<Spanned<String>>>,
    /// Whether the purpose sells or shares personal data, or targets advertising: a
    /// Global Privacy Control signal then refuses the categories of its cookies.
    pub sale_or_sharing: Option<Spanned<bool>>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Processor {
    /// Short id that cookies refer to as their provider.
    pub id: Spanned<String>,
    /// Name of the organisation, or of the category of recipients.
    pub name: Spanned<Text>,
    /// The product used, e.g. "Google Analytics".
    pub service: Option<Spanned<Text>>,
    /// `processor`, `controller`, `joint-controller` or `recipients` (a category of
    /// recipients rather than one named organisation).
    #[schemars(with = "Option<crate::keywords::RecipientRole>")]
    pub role: Option<Spanned<String>>,
    /// ISO 3166-1 alpha-2 code of where the data is processed.
    pub country: Option<Spanned<String>>,
    /// `adequacy`, `scc`, `bcr`, `eu-us-dpf`, `derogation`, `privacy-shield`, `safe-harbor`.
    #[schemars(with = "Option<crate::keywords::TransferMechanism>")]
    pub transfer: Option<Spanned<String>>,
    /// The recipient's own privacy policy (https://…).
    pub privacy_url: Option<Spanned<String>>,
    /// Whether the recipient may use the data for its own purposes.
    pub own_purposes: Option<Spanned<bool>>,
    /// Further facts, e.g. on anonymisation or onward sharing (Markdown).
    pub description: Option<Spanned<Text>>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Cookie {
    /// Exact name, or a pattern with `<placeholders>` such as `visitor_id<account>`.
    /// Absent where the organisation does not name the cookie; then `label` says what it is.
    pub name: Option<Spanned<String>>,
    /// What the cookie is, where it has no known name; also shown beside a name.
    pub label: Option<Spanned<Text>>,
    /// A concrete example of a pattern name, e.g. `visitor_id12345`.
    pub example: Option<Spanned<String>>,
    /// A processor id, or `first-party`.
    pub provider: Spanned<String>,
    /// `necessary`, `preferences`, `analytics` or `marketing`.
    #[schemars(with = "crate::keywords::CookieCategory")]
    pub category: Spanned<String>,
    /// Ids of the purposes the cookie serves.
    #[serde(default)]
    pub purposes: Vec<Spanned<String>>,
    /// `session`, `persistent` (length not stated), `26 months`, `90 days`, or ISO 8601 `P26M`.
    /// With `until`, the longest the cookie lasts; with `durations_by_region`, the
    /// lifetime everywhere else.
    pub duration: Option<Spanned<String>>,
    /// The event that ends the cookie's life, worded to follow "until", e.g. "you log
    /// out" or "the sign-in is complete"; `duration` then gives the maximum.
    pub until: Option<Spanned<Text>>,
    /// A fixed date the cookie expires on, as a TOML date (2026-12-31, no quotes).
    #[schemars(with = "Option<ExpiryDateSchema>")]
    pub expires: Option<Spanned<toml::Value>>,
    /// `true`: the `duration` starts again on every visit (a rolling lifetime).
    pub rolling: Option<Spanned<bool>>,
    /// Lifetimes that differ by region: each entry names regions and their duration;
    /// `duration` applies everywhere else.
    #[serde(default)]
    pub durations_by_region: Vec<Spanned<RegionalDuration>>,
    /// How long the information collected through the cookie is kept, if stated apart.
    pub retention: Option<Spanned<String>>,
    /// `cookie` (default), `local-storage`, `session-storage`, `indexed-db`, `pixel`, `flash`.
    #[schemars(with = "Option<crate::keywords::StorageKind>")]
    pub storage: Option<Spanned<String>>,
    /// Domain the cookie is set on, where it matters.
    pub domain: Option<Spanned<String>>,
    /// What the cookie stores and does (Markdown).
    pub description: Option<Spanned<Text>>,
}

/// One entry of a cookie's `durations_by_region`.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RegionalDuration {
    /// Where this duration applies: ISO 3166-1 alpha-2 country codes, `EEA` (the
    /// European Economic Area) or `EU`.
    pub regions: Vec<Spanned<String>>,
    /// The lifetime there, written as `duration` is.
    pub duration: Spanned<String>,
}

/// `[[data]]`: a category of personal data (privacy policy, Art. 14(1)(d)).
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DataCategory {
    /// Short id of the data category.
    pub id: Spanned<String>,
    /// Name of the category, e.g. "Contact details".
    pub name: Spanned<Text>,
    /// Examples of the data, e.g. "name", "e-mail address".
    #[serde(default)]
    pub examples: Vec<Spanned<Text>>,
    /// `data-subject`, `cookies`, `third-party`, `public`.
    #[serde(default)]
    #[schemars(with = "Vec<crate::keywords::DataSource>")]
    pub sources: Vec<Spanned<String>>,
    /// How the data is obtained, in the organisation's words.
    pub collection: Option<Spanned<Text>>,
    /// Ids of the purposes the data is used for.
    #[serde(default)]
    pub purposes: Vec<Spanned<String>>,
    /// Ids of the processors that receive the data.
    #[serde(default)]
    pub recipients: Vec<Spanned<String>>,
    /// How long the data is kept, or the criteria (Art. 13(2)(a)).
    pub retention: Option<Spanned<Text>>,
    /// Special categories (Art. 9) or criminal data (Art. 10).
    pub sensitive: Option<Spanned<bool>>,
    /// Further explanation (Markdown).
    pub description: Option<Spanned<Text>>,
}

/// `[[storage]]`: where personal data is kept.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct StorageLocation {
    /// Short id of the storage location.
    pub id: Spanned<String>,
    /// Name of the location, e.g. "Our own datacentre".
    pub name: Spanned<Text>,
    /// ISO 3166-1 alpha-2 code of where it is.
    pub country: Option<Spanned<String>>,
    /// How the data is kept and secured there (Markdown).
    pub description: Option<Spanned<Text>>,
}

/// `[[sections]]`: the organisation's own clauses, in Markdown.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Section {
    /// Short id; also the anchor of the section.
    pub id: Spanned<String>,
    /// `cookie-policy` or `privacy-policy`.
    #[schemars(with = "crate::keywords::DocumentKind")]
    pub document: Spanned<String>,
    /// Heading of the section.
    pub title: Spanned<Text>,
    /// The clause itself, in Markdown; headings nest under the section title.
    pub body: Spanned<Text>,
    /// `top` (before the first generated part) or `end` (after the last); by default a
    /// section comes after the generated parts, before further reading and contact.
    #[schemars(with = "Option<crate::keywords::SectionPlace>")]
    pub place: Option<Spanned<String>>,
    /// The generated part this section comes just before, e.g. `rights`.
    #[schemars(with = "Option<crate::keywords::PagePart>")]
    pub before: Option<Spanned<String>>,
    /// The generated part this section comes just after, e.g. `cookies`.
    #[schemars(with = "Option<crate::keywords::PagePart>")]
    pub after: Option<Spanned<String>>,
}

/// `[[links]]`: further reading.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Link {
    /// Title of the linked page.
    pub title: Spanned<Text>,
    /// The address (https://…); may be left out where the source gives none.
    pub url: Option<Spanned<String>>,
    /// Who publishes the page, e.g. "Dutch Consumer Association".
    pub publisher: Option<Spanned<Text>>,
    /// `cookie-policy`, `privacy-policy`; defaults to every document.
    #[schemars(with = "Option<crate::keywords::DocumentKind>")]
    pub document: Option<Spanned<String>>,
}

/// `[[changes]]`: one release of the policy, as `disclose release` records it.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ChangeEntry {
    /// The version released, as `[policy] version` was set.
    pub version: Spanned<String>,
    /// When the release takes effect: written like `[policy] effective`.
    #[schemars(with = "EffectiveSchema")]
    pub effective: Spanned<toml::Value>,
    /// What the organisation says about the release, shown above the list of changes.
    pub summary: Option<Spanned<Text>>,
    /// The consent fingerprint of the policy as released (written by `disclose release`;
    /// docs/manifest.md).
    pub consent_fingerprint: Option<Spanned<String>>,
    /// The changes of the release, as `disclose diff` found them (docs/changes.md).
    #[serde(default)]
    pub items: Vec<Spanned<ChangeItem>>,
}

/// One change of a release: the fields of `disclose diff --format json`.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ChangeItem {
    /// What changed, e.g. `cookie-added`.
    #[schemars(with = "crate::keywords::ChangeKind")]
    pub kind: Spanned<String>,
    /// `consent`, `material` or `editorial`.
    #[schemars(with = "crate::keywords::ChangeClass")]
    pub class: Spanned<String>,
    /// The entry it concerns: a cookie name, an id, a right, a document, a locale.
    pub subject: Spanned<String>,
    /// The field, for contact and text changes.
    pub field: Option<Spanned<String>>,
    /// The locale, for text changes.
    pub locale: Option<Spanned<String>>,
    /// The value before the change.
    pub before: Option<Spanned<String>>,
    /// The value after the change.
    pub after: Option<Spanned<String>>,
    /// A cookie's provider, by name (or `first-party`).
    pub provider: Option<Spanned<String>>,
    /// A cookie's category.
    pub category: Option<Spanned<String>>,
    /// A cookie's lifetime: `session`, `persistent` or ISO 8601 (`P13M`).
    pub duration: Option<Spanned<String>>,
}

/// Schema of `policy.effective` (a TOML date or date-time, or a month string).
struct EffectiveSchema;

impl JsonSchema for EffectiveSchema {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "EffectiveDate".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "When the policy takes effect: a TOML date (2021-02-19), a date-time with UTC offset (2021-02-19T13:40:00+01:00), or a month as a string (\"2018-11\").",
            "anyOf": [
                { "type": "string", "format": "date" },
                { "type": "string", "format": "date-time" },
                { "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}$" }
            ]
        })
    }
}

/// Schema of a cookie's `expires` (a TOML date).
struct ExpiryDateSchema;

impl JsonSchema for ExpiryDateSchema {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "ExpiryDate".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "The date a cookie expires on: a TOML date such as 2026-12-31 (no quotes).",
            "type": "string",
            "format": "date"
        })
    }
}

/// The JSON Schema of a catalogue file, for editors (Taplo / Even Better TOML) and
/// validators. Generated from the types above, so it cannot drift from the loader.
pub fn json_schema() -> serde_json::Value {
    let mut schema = schemars::schema_for!(CatalogueFile);
    schema.insert("title".into(), "disclose catalogue".into());
    schema.insert(
        "description".into(),
        "One file of a disclose privacy catalogue: see docs/catalogue.md.".into(),
    );
    schema.to_value()
}
