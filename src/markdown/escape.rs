//! Escaping plain values for the Markdown and HTML templates.

/// Escape a plain value for use inside a line of Markdown: control characters that
/// would start emphasis, links, code, HTML or break a table cell, and line breaks.
pub fn escape_inline(text: &str) -> String {
    let mut out = Vec::with_capacity(text.len() + 8);
    escape_inline_to(text, &mut out).expect("writing to a Vec does not fail");
    String::from_utf8(out).expect("escaping keeps UTF-8 intact")
}

/// [`escape_inline`], written to `out` without building a string first (the escape
/// function of the Markdown templates).
///
/// Every character it changes is ASCII, so it works on bytes: runs of bytes that stay
/// as they are are written in one piece.
pub fn escape_inline_to(text: &str, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    let bytes = text.as_bytes();
    // "1. Foo" or "1) Foo" at the start of a line would become a list: escape the
    // first `.` or `)` when only digits (and dropped `\r`s) come before it.
    let list_marker = {
        let mut digits = 0;
        let mut at = None;
        for (i, &b) in bytes.iter().enumerate() {
            match b {
                b'0'..=b'9' => digits += 1,
                b'\r' => {}
                b'.' | b')' if digits > 0 => {
                    at = Some(i);
                    break;
                }
                _ => break,
            }
        }
        at
    };
    let mut start = 0;
    for (i, &b) in bytes.iter().enumerate() {
        let next = bytes.get(i + 1).copied();
        let replacement: Option<&[u8]> = match b {
            // `&` starts a character reference only before a letter, digit or `#`;
            // `!` matters only before `[` (an image).
            b'&' if !next.is_some_and(|n| n.is_ascii_alphanumeric() || n == b'#') => None,
            b'!' if next != Some(b'[') => None,
            b'\\' | b'`' | b'*' | b'_' | b'[' | b']' | b'<' | b'>' | b'|' | b'&' | b'~' | b'!' => {
                Some(&[b'\\', b])
            }
            // At the start of a value these could open a heading, list or quote.
            b'#' | b'-' | b'+' | b'=' if i == 0 => Some(&[b'\\', b]),
            b'\r' => Some(b""),
            b'\n' | b'\t' => Some(b" "),
            b'.' | b')' if list_marker == Some(i) => Some(&[b'\\', b]),
            _ => None,
        };
        if let Some(replacement) = replacement {
            out.write_all(&bytes[start..i])?;
            out.write_all(replacement)?;
            start = i + 1;
        }
    }
    out.write_all(&bytes[start..])
}

/// HTML escaping for the HTML templates: `&`, `<`, `>`, `"` and `'` become character
/// references, as Tera's own escape writes them, in runs rather than byte by byte.
pub fn escape_html_to(text: &str, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    let bytes = text.as_bytes();
    let mut start = 0;
    for (i, &b) in bytes.iter().enumerate() {
        let replacement: &[u8] = match b {
            b'&' => b"&amp;",
            b'<' => b"&lt;",
            b'>' => b"&gt;",
            b'"' => b"&quot;",
            b'\'' => b"&#39;",
            _ => continue,
        };
        out.write_all(&bytes[start..i])?;
        out.write_all(replacement)?;
        start = i + 1;
    }
    out.write_all(&bytes[start..])
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The escape as it was first written, char by char: the byte-wise one must agree.
    fn escape_inline_reference(text: &str) -> String {
        let mut out = String::with_capacity(text.len() + 8);
        let chars: Vec<char> = text.chars().collect();
        for (i, &c) in chars.iter().enumerate() {
            let next = chars.get(i + 1).copied();
            match c {
                '&' if !next.is_some_and(|n| n.is_ascii_alphanumeric() || n == '#') => out.push(c),
                '!' if next != Some('[') => out.push(c),
                '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '&' | '~' | '!' => {
                    out.push('\\');
                    out.push(c);
                }
                '#' | '-' | '+' | '=' if i == 0 => {
                    out.push('\\');
                    out.push(c);
                }
                '\r' => {}
                '\n' | '\t' => out.push(' '),
                _ => out.push(c),
            }
        }
        if let Some(dot) = out.find(['.', ')'])
            && dot > 0
            && out[..dot].chars().all(|c| c.is_ascii_digit())
        {
            out.insert(dot, '\\');
        }
        out
    }

    /// Tera's own HTML escape (without its `fast_escape` feature).
    fn escape_html_reference(text: &str) -> String {
        let mut out = String::new();
        for c in text.chars() {
            match c {
                '&' => out.push_str("&amp;"),
                '<' => out.push_str("&lt;"),
                '>' => out.push_str("&gt;"),
                '"' => out.push_str("&quot;"),
                '\'' => out.push_str("&#39;"),
                _ => out.push(c),
            }
        }
        out
    }

    fn escaped_html(text: &str) -> String {
        let mut out = Vec::new();
        escape_html_to(text, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn escapes_agree_with_their_references_on_tricky_values() {
        for text in [
            "",
            "1. Foo",
            "12) x",
            "\r1.",
            "1\r2.x",
            ".5",
            "1 . x",
            "# h",
            "a # h",
            "-x",
            "&amp; & &# &x",
            "![i](u) ! !x",
            "a\r\nb\tc",
            "é<ü>&\"'`*_[]|~\\",
            "2024.",
        ] {
            assert_eq!(
                escape_inline(text),
                escape_inline_reference(text),
                "{text:?}"
            );
            assert_eq!(escaped_html(text), escape_html_reference(text), "{text:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn escapes_agree_with_their_references(text in "[0-9.)#+=\\-&!\\[\\]<>|~`*_\\\\ \r\n\ta-zé\"']{0,12}") {
            proptest::prop_assert_eq!(escape_inline(&text), escape_inline_reference(&text));
            proptest::prop_assert_eq!(escaped_html(&text), escape_html_reference(&text));
        }

        #[test]
        fn escapes_agree_on_any_text(text in "\\PC{0,24}") {
            proptest::prop_assert_eq!(escape_inline(&text), escape_inline_reference(&text));
            proptest::prop_assert_eq!(escaped_html(&text), escape_html_reference(&text));
        }
    }

    #[test]
    fn inline_escape_keeps_tables_and_emphasis_intact() {
        assert_eq!(escape_inline("_ga | *x*"), "\\_ga \\| \\*x\\*");
        assert_eq!(escape_inline("# not a heading"), "\\# not a heading");
        assert_eq!(escape_inline("1. first"), "1\\. first");
        assert_eq!(escape_inline("a\nb"), "a b");
        assert_eq!(escape_inline("COOLBACK B.V."), "COOLBACK B.V.");
        assert_eq!(escape_inline("Security & Privacy!"), "Security & Privacy!");
        assert_eq!(escape_inline("&amp; ![x]"), "\\&amp; \\!\\[x\\]");
    }
}
