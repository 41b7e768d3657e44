//! The Open Cookie Database: its CSV, and what the generator takes from its rows.

use crate::Rng;
use anyhow::{Context as _, Result};
use std::collections::BTreeMap;
use std::path::Path;

/// One row of the CSV.
#[derive(Debug, Clone)]
pub struct OcdRow {
    pub platform: String,
    pub category: String,
    pub name: String,
    pub description: String,
    pub retention: String,
    pub controller: String,
    pub portal: String,
    pub wildcard: bool,
}

/// A platform (one processor) and its rows whose names are usable.
#[derive(Debug)]
pub struct Platform {
    pub name: String,
    pub controller: String,
    pub portal: Option<String>,
    pub rows: Vec<usize>,
}

pub struct Ocd {
    pub rows: Vec<OcdRow>,
    pub platforms: Vec<Platform>,
}

impl Ocd {
    pub fn load(path: &Path) -> Result<Self> {
        let text = std::fs::read_to_string(path).with_context(|| {
            format!(
                "reading the Open Cookie Database at {} (pass --ocd CSV)",
                path.display()
            )
        })?;
        Self::parse(&text)
    }

    pub fn parse(text: &str) -> Result<Self> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let mut csv = csv::ReaderBuilder::new()
            .flexible(true)
            .from_reader(text.as_bytes());
        let header = csv.headers().context("reading the CSV header")?.clone();
        let col = |name: &str| {
            header
                .iter()
                .position(|h| h.trim() == name)
                .with_context(|| format!("the CSV has no column `{name}`"))
        };
        let (platform, category, name, description, retention, controller, portal, wildcard) = (
            col("Platform")?,
            col("Category")?,
            col("Cookie / Data Key name")?,
            col("Description")?,
            col("Retention period")?,
            col("Data Controller")?,
            col("User Privacy & GDPR Rights Portals")?,
            col("Wildcard match")?,
        );
        let mut rows = Vec::new();
        for record in csv.records() {
            let r = record.context("reading the CSV")?;
            if r.len() <= 1 {
                continue;
            }
            let get = |i: usize| r.get(i).map(|s| s.trim().to_owned()).unwrap_or_default();
            rows.push(OcdRow {
                platform: get(platform),
                category: get(category),
                name: get(name),
                description: get(description),
                retention: get(retention),
                controller: get(controller),
                portal: get(portal),
                wildcard: get(wildcard) == "1",
            });
        }
        let mut platforms: Vec<Platform> = Vec::new();
        let mut index: BTreeMap<String, usize> = BTreeMap::new();
        for (i, row) in rows.iter().enumerate() {
            if ocd_cookie_name(row).is_none() || row.platform.is_empty() {
                continue;
            }
            let p = *index.entry(row.platform.clone()).or_insert_with(|| {
                platforms.push(Platform {
                    name: row.platform.clone(),
                    controller: if row.controller.is_empty() {
                        row.platform.clone()
                    } else {
                        row.controller.clone()
                    },
                    portal: Some(row.portal.clone()).filter(|u| valid_url(u)),
                    rows: Vec::new(),
                });
                platforms.len() - 1
            });
            platforms[p].rows.push(i);
        }
        Ok(Self { rows, platforms })
    }
}

/// The catalogue name of an OCD cookie: wildcards (`_ga_` with the wildcard flag, or a
/// trailing `*`) become `_ga_<suffix>`; names our loader refuses are skipped.
pub fn ocd_cookie_name(row: &OcdRow) -> Option<String> {
    let name = row.name.trim();
    let (stem, wildcard) = match name.strip_suffix('*') {
        Some(stem) => (stem, true),
        None => (name, row.wildcard),
    };
    if stem.is_empty()
        || stem
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || "()@,;:\\\"/[]?={}<>*".contains(c))
    {
        return None;
    }
    Some(if wildcard {
        format!("{stem}<suffix>")
    } else {
        stem.to_owned()
    })
}

/// OCD categories → ours. "Functional" covers both consent state and login (necessary)
/// and remembered choices (preferences); the description decides.
pub fn ocd_category(row: &OcdRow) -> &'static str {
    match row.category.to_ascii_lowercase().as_str() {
        "analytics" => "analytics",
        "marketing" => "marketing",
        "security" | "necessary" => "necessary",
        "personalization" | "personalisation" => "preferences",
        _ => {
            let d = row.description.to_ascii_lowercase();
            let necessary = [
                "consent",
                "security",
                "csrf",
                "load balanc",
                "session",
                "authenticat",
                "login",
                "fraud",
                "cart",
                "checkout",
            ];
            if necessary.iter().any(|w| d.contains(w)) {
                "necessary"
            } else {
                "preferences"
            }
        }
    }
}

/// OCD retention (free text) → our duration syntax: session, a stated period, or
/// "persistent" where the text states none we can read.
pub fn ocd_duration(retention: &str) -> String {
    let text = retention.trim().to_lowercase();
    let text = text.split('(').next().unwrap_or_default().trim().to_owned();
    if text.starts_with("session") || text.starts_with("seesion") || text.contains("end of session")
    {
        return "session".to_owned();
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    let candidates = [
        text.clone(),
        words.iter().take(2).copied().collect::<Vec<_>>().join(" "),
    ];
    for candidate in candidates {
        if candidate.is_empty() || candidate.starts_with('p') {
            continue;
        }
        match disclose::duration::parse(&candidate) {
            Ok(_) => return candidate,
            Err(_) if candidate.starts_with("0 ") => return "session".to_owned(),
            Err(_) => {}
        }
    }
    "persistent".to_owned()
}

pub(crate) fn valid_url(url: &str) -> bool {
    (url.starts_with("https://") || url.starts_with("http://"))
        && url.len() > 8
        && !url
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || c == '"' || c == '<' || c == '>')
}

/// A catalogue id from a free name: `Bing / Microsoft` → `bing-microsoft`.
pub(crate) fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-');
    let mut out: String = out.chars().take(48).collect();
    if out.is_empty() || out == "first-party" {
        out = format!("p-{out}");
    }
    out.trim_end_matches('-').to_owned()
}

/// Where the better-known OCD controllers process data; others are left unstated.
pub(crate) fn known_country(controller: &str) -> Option<&'static str> {
    const KNOWN: &[(&str, &str)] = &[
        ("google", "US"),
        ("microsoft", "US"),
        ("facebook", "US"),
        ("meta", "US"),
        ("linkedin", "US"),
        ("adobe", "US"),
        ("salesforce", "US"),
        ("amazon", "US"),
        ("twitter", "US"),
        ("x", "US"),
        ("pinterest", "US"),
        ("tiktok", "IE"),
        ("hotjar", "MT"),
        ("shopify", "CA"),
        ("cookiebot", "DK"),
        ("usercentrics", "DE"),
        ("sap", "DE"),
        ("criteo", "FR"),
        ("contentsquare", "FR"),
        ("piano", "FR"),
        ("hubspot", "US"),
        ("yandex", "RU"),
        ("wordpress", "US"),
        ("zendesk", "US"),
        ("qualtrics", "US"),
        ("youtube", "US"),
        ("vimeo", "US"),
        ("cloudflare", "US"),
        ("stripe", "US"),
        ("paypal", "US"),
        ("klaviyo", "US"),
        ("mailchimp", "US"),
        ("crazy egg", "US"),
        ("pubmatic", "US"),
        ("adform", "DK"),
        ("awin", "DE"),
        ("snapchat", "US"),
        ("yahoo", "US"),
        ("oracle", "US"),
        ("trustarc", "US"),
        ("onetrust", "US"),
    ];
    let c = controller.to_ascii_lowercase();
    let c = c.split([' ', '.', ',']).next().unwrap_or_default();
    KNOWN.iter().find(|(k, _)| *k == c).map(|(_, v)| *v)
}

pub(crate) fn transfer_for(country: &str, r: &mut Rng) -> Option<&'static str> {
    if disclose::model::in_eea(country) {
        return None;
    }
    Some(match country {
        "US" => *r.pick(&["eu-us-dpf", "eu-us-dpf", "scc"]),
        "GB" | "CH" | "CA" | "JP" | "IL" => "adequacy",
        _ => *r.pick(&["scc", "bcr"]),
    })
}
