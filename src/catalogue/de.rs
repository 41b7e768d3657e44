//! Reading one table of a parsed file into the catalogue types, with an error that
//! says what went wrong as data (an unknown field and the fields there are, a missing
//! field, a value of the wrong type) instead of as a sentence to take apart again.
//!
//! A small serde `Deserializer` over toml's parsed values (`DeValue`), following
//! toml's own `ValueDeserializer`: the same visits, the same spans (a key for an
//! unknown field, the table for a missing one, the value for a wrong type), with
//! `toml::Spanned` and dates supported through their crates' deserializers.

use serde::de::{self, DeserializeSeed, IntoDeserializer, MapAccess, SeqAccess, Visitor};
use std::fmt;
use std::ops::Range;
use toml::de::{DeString, DeValue};

/// What was wrong with a table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ErrorKind {
    /// A key the table does not have, and the keys it has.
    UnknownField {
        field: String,
        expected: &'static [&'static str],
    },
    /// A required key that is not there.
    MissingField(&'static str),
    /// A value of another type, both named in TOML's words ("table", "an array").
    WrongType { found: String, expected: String },
    /// Anything else a type refuses, in its own words.
    Other(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    pub kind: ErrorKind,
    /// Where in the file; every error leaving [`table`] has one.
    pub span: Option<Range<usize>>,
}

impl Error {
    fn new(kind: ErrorKind) -> Self {
        Self { kind, span: None }
    }

    /// The innermost place wins: it is the most precise.
    fn or_at(mut self, span: &Range<usize>) -> Self {
        self.span.get_or_insert_with(|| span.clone());
        self
    }
}

impl de::Error for Error {
    fn custom<T: fmt::Display>(message: T) -> Self {
        Self::new(ErrorKind::Other(message.to_string()))
    }

    fn invalid_type(found: de::Unexpected, expected: &dyn de::Expected) -> Self {
        let found = match found {
            de::Unexpected::Map => "table".to_owned(),
            de::Unexpected::Seq => "array".to_owned(),
            other => other.to_string(),
        };
        // serde names Rust types ("struct PolicyMeta", "a sequence"); say TOML's.
        let expected = expected.to_string();
        let expected = match expected.as_str() {
            "a sequence" => "an array".to_owned(),
            "a map" => "a table".to_owned(),
            e if e.starts_with("struct ") => "a table".to_owned(),
            _ => expected,
        };
        Self::new(ErrorKind::WrongType { found, expected })
    }

    fn unknown_field(field: &str, expected: &'static [&'static str]) -> Self {
        Self::new(ErrorKind::UnknownField {
            field: field.to_owned(),
            expected,
        })
    }

    fn missing_field(field: &'static str) -> Self {
        Self::new(ErrorKind::MissingField(field))
    }
}

impl std::error::Error for Error {}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            ErrorKind::UnknownField { field, .. } => write!(f, "unknown field `{field}`"),
            ErrorKind::MissingField(field) => write!(f, "missing field `{field}`"),
            ErrorKind::WrongType { found, expected } => {
                write!(f, "wrong type: {found}, expected {expected}")
            }
            ErrorKind::Other(message) => f.write_str(message),
        }
    }
}

/// Read `T` from one parsed value.
pub fn table<T: de::DeserializeOwned>(value: &toml::Spanned<DeValue<'_>>) -> Result<T, Error> {
    T::deserialize(Value {
        value: value.get_ref(),
        span: value.span(),
    })
}

/// One parsed value and where it is written.
struct Value<'a, 'i> {
    value: &'a DeValue<'i>,
    span: Range<usize>,
}

impl<'de> de::Deserializer<'de> for Value<'_, '_> {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        let span = self.span;
        match self.value {
            DeValue::String(s) => visitor.visit_str(s),
            DeValue::Integer(i) => {
                let digits = i.as_str();
                if let Ok(v) = i64::from_str_radix(digits, i.radix()) {
                    visitor.visit_i64(v)
                } else if let Ok(v) = u64::from_str_radix(digits, i.radix()) {
                    visitor.visit_u64(v)
                } else {
                    Err(de::Error::custom("integer number overflowed"))
                }
            }
            DeValue::Float(x) => match x.as_str().parse::<f64>() {
                Ok(v) => visitor.visit_f64(v),
                Err(_) => Err(de::Error::custom("floating-point number overflowed")),
            },
            DeValue::Boolean(b) => visitor.visit_bool(*b),
            DeValue::Datetime(date) => visitor
                .visit_map(toml_datetime::de::DatetimeDeserializer::new(*date))
                .map_err(|mut err: Error| {
                    // A date reaches serde as a one-entry map; say what it is.
                    if let ErrorKind::WrongType { found, .. } = &mut err.kind
                        && found == "table"
                    {
                        *found = format!("date `{date}`");
                    }
                    err
                }),
            DeValue::Array(items) => visitor.visit_seq(Items {
                items: items.iter(),
            }),
            DeValue::Table(table) => visitor.visit_map(Entries {
                entries: table.iter(),
                value: None,
            }),
        }
        .map_err(|err| err.or_at(&span))
    }

    // `None` is a missing key, so a present value is always `Some`.
    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        let span = self.span.clone();
        visitor.visit_some(self).map_err(|err| err.or_at(&span))
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Error> {
        let span = self.span.clone();
        visitor
            .visit_newtype_struct(self)
            .map_err(|err| err.or_at(&span))
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        if serde_spanned::de::is_spanned(name) {
            let span = self.span.clone();
            return visitor.visit_map(serde_spanned::de::SpannedDeserializer::new(self, span));
        }
        self.deserialize_any(visitor)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        match self.value {
            DeValue::String(s) => {
                let span = self.span.clone();
                visitor
                    .visit_enum(s.as_ref().into_deserializer())
                    .map_err(|err: Error| err.or_at(&span))
            }
            _ => self.deserialize_any(visitor),
        }
    }

    serde::forward_to_deserialize_any! {
        bool u8 u16 u32 u64 i8 i16 i32 i64 i128 u128 f32 f64 char str string seq
        bytes byte_buf map unit ignored_any unit_struct tuple_struct tuple identifier
    }
}

impl<'de, 'a, 'i> IntoDeserializer<'de, Error> for Value<'a, 'i> {
    type Deserializer = Self;

    fn into_deserializer(self) -> Self {
        self
    }
}

/// The values of an array.
struct Items<'a, 'i> {
    items: std::slice::Iter<'a, toml::Spanned<DeValue<'i>>>,
}

impl<'de> SeqAccess<'de> for Items<'_, '_> {
    type Error = Error;

    fn next_element_seed<S: DeserializeSeed<'de>>(
        &mut self,
        seed: S,
    ) -> Result<Option<S::Value>, Error> {
        let Some(item) = self.items.next() else {
            return Ok(None);
        };
        seed.deserialize(Value {
            value: item.get_ref(),
            span: item.span(),
        })
        .map(Some)
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.items.len())
    }
}

type Entry<'a, 'i> = (
    &'a toml::Spanned<DeString<'i>>,
    &'a toml::Spanned<DeValue<'i>>,
);

/// The keys and values of a table; a problem with a key is reported at the key.
struct Entries<'a, 'i, I: Iterator<Item = Entry<'a, 'i>>> {
    entries: I,
    value: Option<&'a toml::Spanned<DeValue<'i>>>,
}

impl<'de, 'a, 'i: 'a, I: Iterator<Item = Entry<'a, 'i>>> MapAccess<'de> for Entries<'a, 'i, I> {
    type Error = Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Error> {
        let Some((key, value)) = self.entries.next() else {
            return Ok(None);
        };
        self.value = Some(value);
        let name: &str = key.get_ref();
        seed.deserialize(name.into_deserializer())
            .map(Some)
            .map_err(|err: Error| err.or_at(&key.span()))
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Error> {
        let value = self
            .value
            .take()
            .expect("serde asks for a value only after its key");
        seed.deserialize(Value {
            value: value.get_ref(),
            span: value.span(),
        })
    }
}
