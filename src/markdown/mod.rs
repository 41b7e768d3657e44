//! Catalogue Markdown: the only place pulldown-cmark options are set.
//!
//! Catalogue texts (descriptions, section bodies) may use Markdown. Raw HTML in them
//! is turned into plain text and links with script-capable schemes are dropped, so a
//! catalogue can never inject markup into a published page. Headings are shifted down
//! so that they nest under the section heading the template gives them.

pub mod typst;

use pulldown_cmark::{CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd};

fn options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH
}

/// How deeply catalogue Markdown may nest: block quotes, lists, tables, headings,
/// emphasis, strong text, strikethrough and links, counted together. Deeper text is
/// refused when the catalogue is loaded (DL019, docs/catalogue.md): Typst, which sets
/// the PDFs, stops at a fixed depth of its own (a quote costs it four levels of 64),
/// and CommonMark repeats the `>` of every enclosing quote on each of its lines, so the
/// Markdown output of unbounded nesting grows with the square of its depth.
pub const MAX_DEPTH: usize = 8;

/// Catalogue Markdown that nests deeper than [`MAX_DEPTH`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TooDeep {
    /// The deepest nesting in the text.
    pub depth: usize,
    /// The line of the text (from 1) where nesting first goes past the limit.
    pub line: usize,
}

/// Whether `source` nests deeper than [`MAX_DEPTH`], and where. Linear in the text:
/// one pass of the parser, nothing rendered.
pub fn too_deep(source: &str) -> Option<TooDeep> {
    let mut depth = 0usize;
    let mut deepest = 0usize;
    let mut first_past = None;
    for (event, range) in Parser::new_ext(source, options()).into_offset_iter() {
        match event {
            Event::Start(tag) if nests(&tag) => {
                depth += 1;
                deepest = deepest.max(depth);
                if depth > MAX_DEPTH && first_past.is_none() {
                    first_past = Some(range.start);
                }
            }
            Event::End(end) if nests_end(end) => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    first_past.map(|offset| TooDeep {
        depth: deepest,
        line: 1 + source.as_bytes()[..offset]
            .iter()
            .filter(|&&b| b == b'\n')
            .count(),
    })
}

/// The tags that count towards [`MAX_DEPTH`]: a list counts once, not with its items.
fn nests(tag: &Tag) -> bool {
    matches!(
        tag,
        Tag::BlockQuote(_)
            | Tag::List(_)
            | Tag::Table(_)
            | Tag::Heading { .. }
            | Tag::Emphasis
            | Tag::Strong
            | Tag::Strikethrough
            | Tag::Link { .. }
            | Tag::Image { .. }
    )
}

fn nests_end(end: TagEnd) -> bool {
    matches!(
        end,
        TagEnd::BlockQuote(_)
            | TagEnd::List(_)
            | TagEnd::Table
            | TagEnd::Heading(_)
            | TagEnd::Emphasis
            | TagEnd::Strong
            | TagEnd::Strikethrough
            | TagEnd::Link
            | TagEnd::Image
    )
}

/// Parse catalogue Markdown into safe events, headings shifted by `shift` levels.
fn safe_events(source: &str, shift: usize) -> Vec<Event<'_>> {
    let mut dropped_links = 0usize;
    let mut events = Vec::new();
    // Lines of an HTML block, shown as the text of a paragraph: both renderers escape
    // paragraph text, while a bare text event at block level is written out raw.
    let mut html_block = String::new();
    for event in Parser::new_ext(source, options()) {
        match &event {
            Event::Html(html) => {
                html_block.push_str(html);
                continue;
            }
            // The block's text becomes a paragraph (below); its wrapper would keep it raw.
            Event::Start(Tag::HtmlBlock) => continue,
            Event::End(TagEnd::HtmlBlock) => continue,
            _ => {}
        }
        if !html_block.is_empty() {
            events.push(Event::Start(Tag::Paragraph));
            events.push(Event::Text(CowStr::from(
                std::mem::take(&mut html_block).trim_end().to_owned(),
            )));
            events.push(Event::End(TagEnd::Paragraph));
        }
        let event = match event {
            Event::InlineHtml(html) => Event::Text(html),
            Event::Start(Tag::Link { dest_url, .. })
            | Event::Start(Tag::Image { dest_url, .. })
                if !is_safe_url(&dest_url) =>
            {
                dropped_links += 1;
                continue;
            }
            Event::End(TagEnd::Link) | Event::End(TagEnd::Image) if dropped_links > 0 => {
                dropped_links -= 1;
                continue;
            }
            // Images would load third-party content on a privacy page: keep the alt text.
            Event::Start(Tag::Image { .. }) => {
                dropped_links += 1;
                continue;
            }
            Event::Start(Tag::Heading {
                level,
                id,
                classes,
                attrs,
            }) => Event::Start(Tag::Heading {
                level: shift_level(level, shift),
                id,
                classes,
                attrs,
            }),
            Event::End(TagEnd::Heading(level)) => {
                Event::End(TagEnd::Heading(shift_level(level, shift)))
            }
            other => other,
        };
        events.push(event);
    }
    if !html_block.is_empty() {
        events.push(Event::Start(Tag::Paragraph));
        events.push(Event::Text(CowStr::from(html_block.trim_end().to_owned())));
        events.push(Event::End(TagEnd::Paragraph));
    }
    events
}

fn shift_level(level: HeadingLevel, shift: usize) -> HeadingLevel {
    let n = (level as usize + shift).min(6);
    HeadingLevel::try_from(n).unwrap_or(HeadingLevel::H6)
}

/// Links may point at web pages, e-mail addresses and anchors, nothing that runs code.
pub fn is_safe_url(url: &CowStr) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    match lower.split_once(':') {
        Some((scheme, _))
            if !scheme.contains('/') && !scheme.contains('#') && !scheme.contains('?') =>
        {
            matches!(scheme, "http" | "https" | "mailto" | "tel")
        }
        _ => true,
    }
}

/// Catalogue Markdown → HTML fragment, headings starting at `<h{1+shift}>`.
pub fn to_html(source: &str, shift: usize) -> String {
    let mut out = String::new();
    pulldown_cmark::html::push_html(&mut out, safe_events(source, shift).into_iter());
    out
}

/// Catalogue Markdown → CommonMark with the same safety rules as [`to_html`].
pub fn to_markdown(source: &str, shift: usize) -> String {
    let mut out = String::new();
    let events = safe_events(source, shift);
    if pulldown_cmark_to_cmark::cmark(events.iter(), &mut out, options()).is_err() {
        return escape_inline(source);
    }
    // The serializer writes every `&` as `&amp;`. An `&` followed by a space cannot
    // start a character reference, so it may stay as written.
    out.replace("&amp; ", "& ")
}

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

/// Catalogue Markdown as plain text, for consent banners: the words, without markup,
/// links' targets or images; runs of white space collapsed. From the same safe events
/// as [`to_html`].
pub fn to_plain(source: &str) -> String {
    let mut out = String::new();
    for event in safe_events(source, 0) {
        match event {
            Event::Text(t) | Event::Code(t) | Event::InlineHtml(t) | Event::Html(t) => {
                out.push_str(&t)
            }
            Event::SoftBreak | Event::HardBreak | Event::Rule => out.push(' '),
            Event::End(
                TagEnd::Paragraph
                | TagEnd::Heading(_)
                | TagEnd::BlockQuote(_)
                | TagEnd::CodeBlock
                | TagEnd::HtmlBlock
                | TagEnd::List(_)
                | TagEnd::Item
                | TagEnd::Table
                | TagEnd::TableHead
                | TagEnd::TableRow
                | TagEnd::TableCell,
            ) => out.push(' '),
            _ => {}
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
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
    fn raw_html_becomes_text() {
        let html = to_html("Hi <script>alert(1)</script> **there**", 0);
        assert!(!html.contains("<script>"), "{html}");
        assert!(html.contains("&lt;script&gt;"), "{html}");
        assert!(html.contains("<strong>there</strong>"), "{html}");
    }

    #[test]
    fn html_blocks_stay_text_in_markdown_output() {
        let md = to_markdown(
            "<script>alert(1)</script> ![img](https://t.example/p.gif)",
            0,
        );
        // Read back as Markdown, the output holds neither markup nor an image.
        let reparsed: Vec<Event> = Parser::new_ext(&md, options()).collect();
        assert!(
            !reparsed.iter().any(|e| matches!(
                e,
                Event::Html(_)
                    | Event::InlineHtml(_)
                    | Event::Start(Tag::Image { .. } | Tag::Link { .. })
            )),
            "{md}"
        );
        let html = to_html("<div>\n![i](https://t.example/p.gif)\n</div>", 0);
        assert!(html.starts_with("<p>&lt;div&gt;"), "{html}");
        assert!(!html.contains("<img"), "{html}");
    }

    #[test]
    fn script_links_are_dropped_but_text_stays() {
        let html = to_html(
            "[click](javascript:alert(1)) and [ok](https://example.com)",
            0,
        );
        assert!(!html.contains("javascript"), "{html}");
        assert!(html.contains("click"), "{html}");
        assert!(html.contains("href=\"https://example.com\""), "{html}");
        assert!(!to_markdown("[x](data:text/html,hi)", 0).contains("data:"));
    }

    #[test]
    fn headings_nest_under_the_section() {
        assert!(to_html("# Top\n\ntext", 2).contains("<h3>Top</h3>"));
        assert!(to_markdown("# Top", 2).starts_with("### Top"));
    }

    #[test]
    fn plain_text_has_the_words_of_every_form() {
        assert_eq!(
            to_plain(
                "Hi **there** ~~old~~ [site](javascript:x) <b>x</b>\n\n| a | b |\n| - | - |\n| 1 | 2 |"
            ),
            "Hi there old site <b>x</b> a b 1 2"
        );
    }

    #[test]
    fn nesting_is_measured_and_bounded() {
        assert_eq!(
            too_deep("plain *em* and **strong** [link](https://e.x)"),
            None
        );
        let at_limit = format!("{} x", ">".repeat(MAX_DEPTH));
        assert_eq!(too_deep(&at_limit), None);
        let quotes = format!("intro\n\n{} x", ">".repeat(16));
        assert_eq!(too_deep(&quotes), Some(TooDeep { depth: 16, line: 3 }));
        let lists: String = (0..31)
            .map(|i| format!("{}- x\n", "  ".repeat(i)))
            .collect();
        assert_eq!(too_deep(&lists).map(|t| t.depth), Some(31));
        let emphasis = format!("{}x{}", "*".repeat(150), "*".repeat(150));
        assert!(too_deep(&emphasis).is_some());
        // Mixed: quote, list, emphasis and link count together.
        assert!(too_deep("> - > - > - **[*~~x~~*](https://e.x)**").is_some());
        assert_eq!(too_deep("> - > - **[*x*](https://e.x)**"), None);
    }

    #[test]
    fn nesting_is_measured_in_linear_time() {
        // 100 KB of `>` or `> - ` was quadratic in the Markdown output and timed out.
        for source in [">".repeat(100_000), "> - ".repeat(30_000)] {
            let start = std::time::Instant::now();
            assert!(too_deep(&source).is_some());
            assert!(start.elapsed() < std::time::Duration::from_secs(5));
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
