//! The parts of a [`LocaleView`](super::LocaleView): one struct per thing a page shows,
//! every string final text.

use super::Rich;
use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
pub struct SectionView {
    pub id: String,
    pub document: &'static str,
    /// The generated part the section is written just before; `None`: at the end.
    pub before: Option<&'static str>,
    pub title: String,
    pub body: Rich,
}

#[derive(Debug, Clone, Serialize)]
pub struct LinkView {
    pub title: String,
    pub url: Option<String>,
    pub publisher: Option<String>,
    /// `None`: every document.
    pub document: Option<&'static str>,
}

#[derive(Debug, Serialize)]
pub struct SiteView {
    pub name: String,
    pub url: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct ControllerView {
    pub name: String,
    pub address: Option<Rich>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub country: Option<String>,
    pub website: Option<String>,
    pub registration: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct DpoView {
    /// "Our data protection officer:" or "Our privacy contact:".
    pub intro: String,
    /// Honorific and name, e.g. "Mr Simon Meijer".
    pub name: Option<String>,
    pub role: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub address: Option<Rich>,
}

#[derive(Debug, Serialize)]
pub struct AuthorityView {
    pub name: String,
    pub country: Option<String>,
    pub url: Option<String>,
    pub address: Option<Rich>,
}

#[derive(Debug, Serialize)]
pub struct ConsentView {
    pub mechanism: &'static str,
    pub mechanism_text: String,
    /// What the catalogue states about how consent is asked (choice by category,
    /// refusing on the first layer, pre-ticked choices, a cookie wall), one sentence
    /// each, in that order; only what is stated.
    pub asked: Vec<String>,
    pub notice: Option<String>,
    pub withdrawal_effect: Option<Rich>,
    /// Whether any purpose of the policy relies on consent.
    pub withdrawable: bool,
    /// That Global Privacy Control is honoured and what it does; `None` when it is not.
    pub gpc: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct CookieView {
    /// Name as written (`visitor_id<account>`); absent when the policy does not name it.
    pub name: Option<String>,
    /// Shown instead of, or beside, the name.
    pub label: Option<String>,
    pub is_pattern: bool,
    pub example: Option<String>,
    /// "Example: visitor_id12345"
    pub example_text: Option<String>,
    pub provider: String,
    pub first_party: bool,
    pub party: String,
    pub category: &'static str,
    pub category_name: String,
    pub purposes: String,
    /// The whole lifetime in words: the one wording of it (`view::words`).
    pub duration: String,
    /// The event that ends the cookie, as the catalogue words it (also in `duration`).
    pub until: Option<String>,
    pub retention: Option<String>,
    pub storage: String,
    pub domain: Option<String>,
    pub description: Option<Rich>,
}

#[derive(Debug, Serialize)]
pub struct CategoryView {
    pub key: &'static str,
    pub name: String,
    pub description: String,
    pub cookies: Vec<CookieView>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ProcessorView {
    pub id: String,
    pub name: String,
    pub role: Option<String>,
    pub service: Option<String>,
    pub country: Option<String>,
    pub outside_eea: bool,
    pub transfer: Option<String>,
    pub own_purposes: Option<String>,
    pub privacy_url: Option<String>,
    pub privacy_link: String,
    pub description: Option<Rich>,
}

#[derive(Debug, Clone, Serialize)]
pub struct PurposeView {
    pub id: String,
    pub name: String,
    pub description: Option<Rich>,
    pub legal_basis: String,
    pub legitimate_interest: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct DataView {
    pub id: String,
    pub name: String,
    pub examples: String,
    pub sources: String,
    pub collection: Option<Rich>,
    pub purposes: String,
    pub recipients: String,
    pub retention: Option<Rich>,
    pub sensitive: bool,
    pub description: Option<Rich>,
}

#[derive(Debug, Serialize)]
pub struct StorageView {
    pub name: String,
    pub country: Option<String>,
    pub description: Option<Rich>,
}
