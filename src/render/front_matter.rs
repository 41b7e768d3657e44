//! Front matter of Markdown pages, in the dialect of the static-site generator that
//! will read them.

use serde::Serialize;
use std::fmt::Write as _;
use std::str::FromStr;

/// Which static-site generator's front matter to write.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum FrontMatter {
    /// YAML between `---` lines with Hugo's keys (`translationKey`).
    #[default]
    Hugo,
    /// TOML between `+++` lines; keys Zola does not know go under `[extra]`.
    Zola,
    /// YAML between `---` lines with Jekyll's keys (`ref` links translations).
    Jekyll,
    /// No front matter: the page starts with its title.
    None,
}

impl FrontMatter {
    pub const ALL: [FrontMatter; 4] = [Self::Hugo, Self::Zola, Self::Jekyll, Self::None];

    pub fn name(self) -> &'static str {
        match self {
            Self::Hugo => "hugo",
            Self::Zola => "zola",
            Self::Jekyll => "jekyll",
            Self::None => "none",
        }
    }
}

impl FromStr for FrontMatter {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|f| f.name() == s)
            .ok_or_else(|| format!("unknown front matter `{s}`; use hugo, zola, jekyll or none"))
    }
}

/// The facts front matter carries about a page.
#[derive(Debug, Clone)]
pub struct PageMeta<'a> {
    pub title: &'a str,
    pub lang: &'a str,
    /// The language's name for itself ("Nederlands"), for a generator's switcher.
    pub language_name: &'a str,
    /// Shared by every language version of the same document.
    pub translation_key: String,
    pub slug: &'a str,
    /// ISO 8601 as precise as the catalogue: `2018-11`, `2024-05-01` or a date-time.
    pub effective: Option<&'a str>,
    pub version: Option<&'a str>,
}

impl PageMeta<'_> {
    /// Generators want a full date; a month alone stays in `effective` only.
    fn date(&self) -> Option<&str> {
        self.effective.filter(|e| e.len() >= 10)
    }
}

/// The front matter block, ending in a blank line; empty for [`FrontMatter::None`].
pub fn render(style: FrontMatter, meta: &PageMeta) -> String {
    match style {
        FrontMatter::Hugo => yaml(&[
            ("title", Some(meta.title)),
            ("date", meta.date()),
            ("lang", Some(meta.lang)),
            ("translationKey", Some(&meta.translation_key)),
            ("slug", Some(meta.slug)),
            ("effective", meta.effective),
            ("version", meta.version),
            ("language_name", Some(meta.language_name)),
        ]),
        FrontMatter::Jekyll => yaml(&[
            ("title", Some(meta.title)),
            ("date", meta.date()),
            ("lang", Some(meta.lang)),
            ("ref", Some(&meta.translation_key)),
            ("slug", Some(meta.slug)),
            ("effective", meta.effective),
            ("version", meta.version),
            ("language_name", Some(meta.language_name)),
        ]),
        FrontMatter::Zola => zola(meta),
        FrontMatter::None => String::new(),
    }
}

/// YAML with every value a double-quoted scalar: a JSON string is valid YAML, so no
/// catalogue text can end the block or change its type.
fn yaml(fields: &[(&str, Option<&str>)]) -> String {
    let mut out = String::from("---\n");
    for (key, value) in fields {
        if let Some(value) = value {
            let quoted = serde_json::to_string(value).expect("strings serialise");
            let _ = writeln!(out, "{key}: {quoted}");
        }
    }
    out.push_str("---\n\n");
    out
}

#[derive(Serialize)]
struct ZolaFrontMatter<'a> {
    title: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    date: Option<toml::value::Datetime>,
    slug: &'a str,
    extra: ZolaExtra<'a>,
}

#[derive(Serialize)]
struct ZolaExtra<'a> {
    lang: &'a str,
    translation_key: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    effective: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    version: Option<&'a str>,
    language_name: &'a str,
}

/// Zola rejects unknown top-level keys, so everything but title, date and slug sits in
/// `[extra]`. The date is a TOML date, which Zola sorts by.
fn zola(meta: &PageMeta) -> String {
    let front = ZolaFrontMatter {
        title: meta.title,
        date: meta.date().and_then(|d| d.parse().ok()),
        slug: meta.slug,
        extra: ZolaExtra {
            lang: meta.lang,
            translation_key: &meta.translation_key,
            effective: meta.effective,
            version: meta.version,
            language_name: meta.language_name,
        },
    };
    let body = toml::to_string(&front).expect("front matter serialises");
    format!("+++\n{body}+++\n\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta(effective: Option<&'static str>) -> PageMeta<'static> {
        PageMeta {
            title: "Cookie \"policy\"\n---",
            lang: "nl",
            language_name: "Nederlands",
            translation_key: "shop-cookie-policy".into(),
            slug: "cookie-policy",
            effective,
            version: Some("2.1"),
        }
    }

    #[test]
    fn hugo_quotes_every_value_so_text_cannot_end_the_block() {
        let out = render(FrontMatter::Hugo, &meta(Some("2021-02-19")));
        assert_eq!(
            out,
            "---\ntitle: \"Cookie \\\"policy\\\"\\n---\"\ndate: \"2021-02-19\"\nlang: \"nl\"\n\
             translationKey: \"shop-cookie-policy\"\nslug: \"cookie-policy\"\n\
             effective: \"2021-02-19\"\nversion: \"2.1\"\n\
             language_name: \"Nederlands\"\n---\n\n"
        );
    }

    #[test]
    fn a_month_is_not_turned_into_a_date() {
        let out = render(FrontMatter::Jekyll, &meta(Some("2018-11")));
        assert!(!out.contains("date:"), "{out}");
        assert!(out.contains("effective: \"2018-11\"\n"), "{out}");
        assert!(out.contains("ref: \"shop-cookie-policy\"\n"), "{out}");
    }

    #[test]
    fn zola_is_toml_with_unknown_keys_under_extra() {
        let out = render(FrontMatter::Zola, &meta(Some("2021-02-19")));
        let body = out
            .strip_prefix("+++\n")
            .and_then(|s| s.strip_suffix("+++\n\n"))
            .expect("delimited by +++");
        let value: toml::Table = toml::from_str(body).expect("valid TOML");
        assert_eq!(value["title"].as_str(), Some("Cookie \"policy\"\n---"));
        assert_eq!(
            value["date"].as_datetime().unwrap().to_string(),
            "2021-02-19"
        );
        assert_eq!(value["extra"]["lang"].as_str(), Some("nl"));
        assert_eq!(
            value["extra"]["translation_key"].as_str(),
            Some("shop-cookie-policy")
        );
        assert!(value.get("lang").is_none());
    }

    #[test]
    fn none_writes_nothing_and_names_round_trip() {
        assert_eq!(render(FrontMatter::None, &meta(None)), "");
        for style in FrontMatter::ALL {
            assert_eq!(style.name().parse::<FrontMatter>(), Ok(style));
        }
        assert!("yaml".parse::<FrontMatter>().is_err());
    }
}
