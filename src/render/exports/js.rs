//! JavaScript values for the export scripts: JSON plus regular expression literals,
//! written so that no text can end the script or leave its literal.

/// A JavaScript value: JSON plus regular expression literals, written in the order
/// given.
pub(super) enum Js {
    Str(String),
    Null,
    Bool(bool),
    Num(u64),
    /// The source of a regular expression (no flags).
    Regex(String),
    Arr(Vec<Js>),
    Obj(Vec<(String, Js)>),
    /// An expression giving the page's language (`<html lang>`, else the browser's,
    /// without region, lower case) when it is one of `published`, else `fallback`.
    /// Fixed code around string literals: no catalogue text becomes code.
    PageLanguage {
        published: Vec<String>,
        fallback: String,
    },
}

impl Js {
    pub(super) fn str(s: &str) -> Self {
        Self::Str(s.to_owned())
    }

    pub(super) fn write(&self, out: &mut String, depth: usize) {
        let indent = |out: &mut String, depth: usize| {
            out.push('\n');
            for _ in 0..depth {
                out.push_str("  ");
            }
        };
        match self {
            Self::Str(s) => push_js_string(out, s),
            Self::Null => out.push_str("null"),
            Self::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Self::Num(n) => out.push_str(&n.to_string()),
            Self::Regex(source) => out.push_str(&regex_literal(source)),
            Self::PageLanguage {
                published,
                fallback,
            } => {
                out.push_str(PAGE_LANGUAGE);
                out.push('[');
                for (i, lang) in published.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    push_js_string(out, lang);
                }
                out.push_str("], ");
                push_js_string(out, fallback);
                out.push(')');
            }
            Self::Arr(items) if items.is_empty() => out.push_str("[]"),
            Self::Obj(fields) if fields.is_empty() => out.push_str("{}"),
            Self::Arr(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    indent(out, depth + 1);
                    item.write(out, depth + 1);
                }
                indent(out, depth);
                out.push(']');
            }
            Self::Obj(fields) => {
                out.push('{');
                for (i, (key, value)) in fields.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    indent(out, depth + 1);
                    out.push_str(&js_key(key));
                    out.push_str(": ");
                    value.write(out, depth + 1);
                }
                indent(out, depth);
                out.push('}');
            }
        }
    }
}

/// The code of [`Js::PageLanguage`], before its arguments (the published languages and
/// the fallback, as literals).
pub(super) const PAGE_LANGUAGE: &str = "(function (published, fallback) {
    var tag = document.documentElement.lang || navigator.language || \"\";
    var lang = tag.split(\"-\")[0].toLowerCase();
    return published.indexOf(lang) >= 0 ? lang : fallback;
  })(";

/// A string literal that is valid JSON and JavaScript, and safe inside an HTML
/// `<script>` element: no `<`, `>` or `&` (so no `</script>` or `<!--`), no raw line
/// separators.
pub(super) fn js_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    push_js_string(&mut out, s);
    out
}

/// [`js_string`], appended to `out`.
fn push_js_string(out: &mut String, s: &str) {
    let json = serde_json::to_string(s).expect("a string always serialises");
    if !json.contains(['<', '>', '&', '\u{2028}', '\u{2029}']) {
        out.push_str(&json);
        return;
    }
    for c in json.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c => out.push(c),
        }
    }
}

/// Keys that are identifiers stay bare; others (`nl-BE`) are quoted.
fn js_key(key: &str) -> String {
    let identifier = key
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_' || c == '$')
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$');
    if identifier {
        key.to_owned()
    } else {
        js_string(key)
    }
}

/// A regular expression literal (no flags) for `source`: `/` that would end it, line
/// breaks that would break it, and `<` / `>` that could close a `<script>` are
/// escaped, each to a form that matches the same character.
fn regex_literal(source: &str) -> String {
    let mut out = String::from("/");
    let mut chars = source.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some(next) => {
                    out.push('\\');
                    escape_regex_char(next, &mut out, true);
                }
                None => out.push_str("\\\\"),
            },
            // Unescaped, `/` would end the literal (even inside a class, for some tools).
            '/' => out.push_str("\\/"),
            c => escape_regex_char(c, &mut out, false),
        }
    }
    out.push('/');
    if out == "//" {
        // An empty pattern would be a comment.
        return "/(?:)/".to_owned();
    }
    out
}

/// Write one regex character; `escaped` when a backslash was already written before it.
fn escape_regex_char(c: char, out: &mut String, escaped: bool) {
    let hex = match c {
        '<' | '>' | '\n' | '\r' | '\u{2028}' | '\u{2029}' => true,
        c => c.is_control(),
    };
    if !hex {
        out.push(c);
        return;
    }
    if escaped {
        // `\<` means `<`: replace the escape by the hex form, which means the same.
        out.pop();
    }
    let code = c as u32;
    if code <= 0xff {
        out.push_str(&format!("\\x{code:02x}"));
    } else {
        out.push_str(&format!("\\u{code:04x}"));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regex_literals_escape_what_ends_or_breaks_them() {
        assert_eq!(regex_literal(r"^a\.b$"), r"/^a\.b$/");
        assert_eq!(regex_literal("^a/b$"), r"/^a\/b$/");
        assert_eq!(regex_literal(r"^a\/b$"), r"/^a\/b$/");
        assert_eq!(regex_literal("^<\n>$"), r"/^\x3c\x0a\x3e$/");
        assert_eq!(regex_literal(r"^\<$"), r"/^\x3c$/");
        assert_eq!(regex_literal("^\u{2028}$"), r"/^\u2028$/");
        assert_eq!(regex_literal(""), "/(?:)/");
        assert_eq!(regex_literal("\\"), r"/\\/");
    }
}
