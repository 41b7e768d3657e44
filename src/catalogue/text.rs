//! Human-readable catalogue fields: a plain string in the policy's default locale,
//! or a table keyed by locale tag (`{ en = "…", nl = "…" }`).

use serde::Deserialize;
use serde::de::{self, Deserializer, MapAccess, Visitor};
use std::collections::BTreeMap;
use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Text {
    /// Written once, in the policy's default locale.
    Plain(String),
    /// Keyed by locale tag; tags are validated by the model stage.
    Localized(BTreeMap<String, String>),
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct TextVisitor;

        impl<'de> Visitor<'de> for TextVisitor {
            type Value = Text;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a string, or a table of strings keyed by locale such as { en = \"…\", nl = \"…\" }")
            }

            fn visit_str<E: de::Error>(self, v: &str) -> Result<Text, E> {
                Ok(Text::Plain(v.to_owned()))
            }

            fn visit_string<E: de::Error>(self, v: String) -> Result<Text, E> {
                Ok(Text::Plain(v))
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Text, A::Error> {
                let mut entries = BTreeMap::new();
                while let Some((tag, value)) = map.next_entry::<String, String>()? {
                    if entries.insert(tag.clone(), value).is_some() {
                        return Err(de::Error::custom(format!("locale `{tag}` appears twice")));
                    }
                }
                Ok(Text::Localized(entries))
            }
        }

        deserializer.deserialize_any(TextVisitor)
    }
}

impl schemars::JsonSchema for Text {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Text".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "Human-readable text: a string in the policy's default locale, or a table of translations keyed by locale tag, e.g. { en = \"Analytics\", nl = \"Analyse\" }. Markdown is allowed where the field says so.",
            "anyOf": [
                { "type": "string" },
                {
                    "type": "object",
                    "additionalProperties": { "type": "string" },
                    "propertyNames": { "pattern": "^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$" },
                    "minProperties": 1
                }
            ]
        })
    }
}
