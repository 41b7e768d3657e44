//! Writing TOML text: strings, lists and translatable fields.

use std::fmt::Write as _;

/// A TOML basic string.
pub(crate) fn q(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04X}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A TOML multi-line basic string, for long text.
pub(crate) fn ml(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    out.push_str("\"\"\"\n");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' | '\t' => out.push(c),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04X}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push_str("\"\"\"");
    out
}

pub(crate) fn list(items: &[String]) -> String {
    format!(
        "[{}]",
        items.iter().map(|s| q(s)).collect::<Vec<_>>().join(", ")
    )
}

/// A text field: one language, or translations keyed by locale.
pub(crate) enum Val {
    Plain(String),
    Map(Vec<(&'static str, String)>),
}

/// Write `key = …`; long text in triple quotes, long translations as dotted keys.
pub(crate) fn field(out: &mut String, key: &str, val: &Val, long: bool) {
    match val {
        Val::Plain(s) if long && s.len() > 70 => {
            let _ = writeln!(out, "{key} = {}", ml(s));
        }
        Val::Plain(s) => {
            let _ = writeln!(out, "{key} = {}", q(s));
        }
        Val::Map(entries) if long && entries.iter().any(|(_, s)| s.len() > 70) => {
            for (tag, s) in entries {
                let _ = writeln!(out, "{key}.{tag} = {}", ml(s));
            }
        }
        Val::Map(entries) => {
            let inner: Vec<String> = entries
                .iter()
                .map(|(tag, s)| format!("{tag} = {}", q(s)))
                .collect();
            let _ = writeln!(out, "{key} = {{ {} }}", inner.join(", "));
        }
    }
}

pub(crate) fn inline(val: &Val) -> String {
    match val {
        Val::Plain(s) => q(s),
        Val::Map(entries) => format!(
            "{{ {} }}",
            entries
                .iter()
                .map(|(tag, s)| format!("{tag} = {}", q(s)))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}
