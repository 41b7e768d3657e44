//! Writing a release into the catalogue file with toml_edit, so that everything the
//! legal team wrote — comments, blank lines, key order, quoting — survives: only
//! `[policy] version` and `effective` are replaced (keeping the comment beside them),
//! and one `[[changes]]` table is appended at the end.

use crate::model::{Change, Keyword};
use anyhow::{Context as _, Result, anyhow};
use toml_edit::{Array, ArrayOfTables, DocumentMut, InlineTable, Item, Table, Value};

/// What one release writes.
#[derive(Debug, Clone)]
pub struct Entry {
    pub version: String,
    /// TOML text of the date: `2024-06-01`, a date-time, or `"2024-06"` (a string).
    pub effective: String,
    pub consent_fingerprint: String,
    pub changes: Vec<Change>,
}

/// A TOML value from its text (`2024-06-01`, `"2024-06"`).
fn parse_value(text: &str) -> Result<Value> {
    // A month (`2024-06`) is written as a string, as `[policy] effective` takes it.
    let month = text.len() == 7
        && text.as_bytes()[4] == b'-'
        && text
            .chars()
            .enumerate()
            .all(|(i, c)| i == 4 || c.is_ascii_digit());
    if month {
        return Ok(Value::from(text));
    }
    text.parse::<Value>()
        .map_err(|e| anyhow!("`{text}` is not a TOML date: {e}"))
}

/// Replace `table.key`'s value, keeping the space and comment around the old one.
fn replace(table: &mut Table, key: &str, mut value: Value) {
    if let Some(old) = table.get(key).and_then(Item::as_value) {
        *value.decor_mut() = old.decor().clone();
    }
    table.insert(key, Item::Value(value));
}

/// The catalogue file's text with the release applied.
pub fn apply(text: &str, entry: &Entry) -> Result<String> {
    let mut doc: DocumentMut = text.parse().context("parsing the catalogue file")?;
    let policy = doc
        .get_mut("policy")
        .and_then(Item::as_table_mut)
        .ok_or_else(|| anyhow!("the file has no [policy] table"))?;
    replace(policy, "version", Value::from(entry.version.as_str()));
    replace(policy, "effective", parse_value(&entry.effective)?);

    let mut table = Table::new();
    table.insert("version", Item::Value(Value::from(entry.version.as_str())));
    table.insert("effective", Item::Value(parse_value(&entry.effective)?));
    table.insert(
        "consent_fingerprint",
        Item::Value(Value::from(entry.consent_fingerprint.as_str())),
    );
    let mut items = Array::new();
    for change in &entry.changes {
        let mut item = InlineTable::new();
        let fields = [
            ("kind", Some(change.kind.keyword())),
            ("class", Some(change.class.keyword())),
            ("subject", Some(change.subject.as_str())),
            ("field", change.field.as_deref()),
            ("locale", change.locale.as_deref()),
            ("before", change.before.as_deref()),
            ("after", change.after.as_deref()),
            ("provider", change.provider.as_deref()),
            ("category", change.category.as_deref()),
            ("duration", change.duration.as_deref()),
        ];
        for (key, value) in fields {
            if let Some(value) = value {
                item.insert(key, Value::from(value));
            }
        }
        let mut value = Value::InlineTable(item);
        value.decor_mut().set_prefix("\n  ");
        items.push_formatted(value);
    }
    if !items.is_empty() {
        items.set_trailing("\n");
        items.set_trailing_comma(true);
    }
    table.insert("items", Item::Value(Value::Array(items)));
    table.decor_mut().set_prefix("\n");

    match doc.get_mut("changes") {
        Some(Item::ArrayOfTables(releases)) => releases.push(table),
        Some(_) => return Err(anyhow!("`changes` in this file is not an array of tables")),
        None => {
            let mut releases = ArrayOfTables::new();
            releases.push(table);
            doc.insert("changes", Item::ArrayOfTables(releases));
        }
    }
    Ok(doc.to_string())
}
