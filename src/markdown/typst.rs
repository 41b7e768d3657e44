//! Typst markup from catalogue text: escaping, string literals and Markdown.
//!
//! The Typst side of catalogue Markdown ([`to_typst`]) is written from the same safe
//! events as its HTML and CommonMark ([`super::safe_events`]), straight from the
//! catalogue's text.
//!
//! Catalogue text must never become Typst code. Plain values are escaped with
//! [`escape`]: every ASCII punctuation character gets a backslash, which in Typst
//! markup always stands for the character itself, so nothing a catalogue writes can
//! start a function call (`#`), a label (`<`), a reference (`@`), a heading (`=`),
//! math (`$`), raw text, a comment, a shorthand or a smart quote, nor continue an
//! expression the template started. Values used inside Typst code are written as
//! string literals with [`string`]. Catalogue Markdown becomes Typst through
//! [`to_typst`], which builds the structure from pulldown-cmark events and escapes
//! every piece of text on the way.

use super::{Layout, is_safe_url, safe_events};
use pulldown_cmark::{CowStr, Event, HeadingLevel, Tag, TagEnd};

/// Escape text for Typst markup. Line breaks and tabs become spaces (a value is one
/// run of text); other control characters are dropped.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 4);
    for c in text.chars() {
        match c {
            c if c.is_ascii_punctuation() => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\t' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// A Typst string literal (with its quotes) holding `text` exactly.
pub fn string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// `#link("url")[text]` when `url` may be linked from a PDF ([`is_pdf_link`]), else
/// just the text; `text` defaults to the URL itself.
pub fn link(url: &str, text: Option<&str>) -> String {
    let label = escape(text.unwrap_or(url));
    if is_pdf_link(url) {
        format!("#link({})[{label}]", string(url.trim()))
    } else {
        label
    }
}

/// Links in a PDF may open web pages and e-mail: nothing else survives, not even
/// relative paths, which would point into the reader's file system.
pub fn is_pdf_link(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    is_safe_url(&CowStr::from(url))
        && ["http://", "https://", "mailto:"]
            .iter()
            .any(|scheme| lower.starts_with(scheme))
}

/// A link being written.
enum Open {
    /// A link whose destination was kept: closes with `]`.
    Link,
    /// A link or image dropped: its text stays, nothing to close.
    Dropped,
}

/// Markdown that is already safe CommonMark (the `md` side of a rich text, as a
/// project's own templates may pass it to the `typst_markup` filter) → Typst markup,
/// headings at the level written.
pub fn from_markdown(source: &str) -> String {
    to_typst(source, Layout::AS_WRITTEN)
}

/// Catalogue Markdown → Typst markup, with the safety rules of [`super::to_html`]
/// and headings and lines placed by `layout`.
pub fn to_typst(source: &str, layout: Layout) -> String {
    let mut out = String::with_capacity(source.len() * 2);
    let mut links: Vec<Open> = Vec::new();
    let mut code_block: Option<String> = None;
    // Open emphasis, strong and strikethrough: only the outermost of each is written.
    // Typst's `emph` inside `emph` turns the text upright again (browsers keep it
    // italic), and every nested element costs a level of Typst's limited depth.
    let mut styles = Styles::default();
    for event in safe_events(source, layout) {
        if let Some(code) = code_block.as_mut() {
            match event {
                Event::Text(text) => code.push_str(&text),
                Event::End(TagEnd::CodeBlock) => {
                    let code = code_block.take().unwrap_or_default();
                    out.push_str("#raw(block: true, ");
                    out.push_str(&string(code.trim_end_matches('\n')));
                    out.push_str(")\n\n");
                }
                _ => {}
            }
            continue;
        }
        match event {
            Event::Start(tag) => match tag {
                Tag::Paragraph => {}
                Tag::Heading { level, .. } => {
                    out.push_str(&format!("#heading(level: {})[", heading_level(level)));
                }
                Tag::BlockQuote(_) => out.push_str("#quote(block: true)["),
                // The language of a fenced block is dropped: it only picks highlighting.
                Tag::CodeBlock(_) => code_block = Some(String::new()),
                Tag::List(Some(start)) => {
                    out.push_str(&format!("#enum(start: {start}, tight: false, "));
                }
                Tag::List(None) => out.push_str("#list(tight: false, "),
                Tag::Item => out.push('['),
                Tag::Table(alignments) => {
                    out.push_str(&format!(
                        "#table(columns: {}, align: left, ",
                        alignments.len().max(1)
                    ));
                }
                Tag::TableHead => out.push_str("table.header("),
                Tag::TableRow => {}
                Tag::TableCell => out.push('['),
                Tag::Emphasis if styles.open(Style::Emphasis) => out.push_str("#emph["),
                Tag::Strong if styles.open(Style::Strong) => out.push_str("#strong["),
                Tag::Strikethrough if styles.open(Style::Strike) => out.push_str("#strike["),
                Tag::Link { dest_url, .. } if is_pdf_link(&dest_url) => {
                    out.push_str("#link(");
                    out.push_str(&string(dest_url.trim()));
                    out.push_str(")[");
                    links.push(Open::Link);
                }
                Tag::Link { .. } | Tag::Image { .. } => links.push(Open::Dropped),
                // Not enabled in the parser options; their text still comes through.
                _ => {}
            },
            Event::End(tag) => match tag {
                TagEnd::Paragraph => out.push_str("\n\n"),
                TagEnd::Heading(_) => out.push_str("]\n\n"),
                TagEnd::BlockQuote(_) => out.push_str("]\n\n"),
                TagEnd::List(_) => out.push_str(")\n\n"),
                TagEnd::Item => out.push_str("], "),
                TagEnd::Table => out.push_str(")\n\n"),
                TagEnd::TableHead => out.push_str("), "),
                TagEnd::TableRow => {}
                TagEnd::TableCell => out.push_str("], "),
                TagEnd::Emphasis if styles.close(Style::Emphasis) => out.push(']'),
                TagEnd::Strong if styles.close(Style::Strong) => out.push(']'),
                TagEnd::Strikethrough if styles.close(Style::Strike) => out.push(']'),
                TagEnd::Link | TagEnd::Image => {
                    if let Some(Open::Link) = links.pop() {
                        out.push(']');
                    }
                }
                _ => {}
            },
            Event::Text(text) | Event::Html(text) | Event::InlineHtml(text) => {
                out.push_str(&escape(&text));
            }
            Event::Code(code) => {
                out.push_str("#raw(");
                out.push_str(&string(&code));
                out.push(')');
            }
            Event::SoftBreak => out.push(' '),
            Event::HardBreak => out.push_str("#linebreak()"),
            Event::Rule => out.push_str("#line(length: 100%)\n\n"),
            Event::FootnoteReference(text) | Event::InlineMath(text) | Event::DisplayMath(text) => {
                out.push_str(&escape(&text));
            }
            Event::TaskListMarker(done) => out.push_str(if done { "☑ " } else { "☐ " }),
        }
    }
    out.trim_end().to_owned()
}

#[derive(Clone, Copy)]
enum Style {
    Emphasis,
    Strong,
    Strike,
}

/// How many of each [`Style`] are open.
#[derive(Default)]
struct Styles([usize; 3]);

impl Styles {
    /// Open one; true when it is the outermost, the one to write.
    fn open(&mut self, style: Style) -> bool {
        self.0[style as usize] += 1;
        self.0[style as usize] == 1
    }

    /// Close one; true when it was the outermost.
    fn close(&mut self, style: Style) -> bool {
        let open = &mut self.0[style as usize];
        *open = open.saturating_sub(1);
        *open == 0
    }
}

fn heading_level(level: HeadingLevel) -> usize {
    level as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaped_text_has_no_unescaped_markup() {
        let escaped = escape("#read(\"/etc/passwd\") = x $y$ <l> @r // /* ~ 'q' `c` *b* _i_");
        let mut chars = escaped.chars();
        while let Some(c) = chars.next() {
            if c == '\\' {
                assert!(chars.next().is_some_and(|n| n.is_ascii_punctuation()));
            } else {
                assert!(!c.is_ascii_punctuation(), "{c} unescaped in {escaped}");
            }
        }
        assert_eq!(escape("a\nb\tc\u{7}"), "a b c");
        assert_eq!(escape("Größe één café"), "Größe één café");
    }

    #[test]
    fn strings_round_trip_their_specials() {
        assert_eq!(string("a\"b\\c\nd"), "\"a\\\"b\\\\c\\nd\"");
        assert_eq!(string("\u{1}"), "\"\\u{1}\"");
    }

    #[test]
    fn markdown_structure_becomes_typst() {
        let typ = from_markdown("Some *em* and **strong** and `code`.\n\n- one\n- two\n");
        assert!(typ.contains("#emph[em]"), "{typ}");
        assert!(typ.contains("#strong[strong]"), "{typ}");
        assert!(typ.contains("#raw(\"code\")"), "{typ}");
        assert!(typ.contains("#list(tight: false, [one"), "{typ}");
    }

    #[test]
    fn only_web_and_mail_links_survive() {
        let typ = from_markdown(
            "[a](https://example.com/?q=\"x\") [b](javascript:alert(1)) [c](file:///etc/passwd) [d](mailto:x@example.com) [e](../x.pdf)",
        );
        assert!(
            typ.contains("#link(\"https://example.com/?q=\\\"x\\\"\")[a]"),
            "{typ}"
        );
        assert!(typ.contains("#link(\"mailto:x@example.com\")[d]"), "{typ}");
        assert!(!typ.contains("javascript"), "{typ}");
        assert!(!typ.contains("file:"), "{typ}");
        assert!(!typ.contains("x.pdf"), "{typ}");
        assert_eq!(typ.matches("#link(").count(), 2, "{typ}");
    }

    #[test]
    fn nested_emphasis_is_written_once() {
        let source = "*a *b* a* **c **d** c** ~~e ~~f~~ e~~";
        let html = crate::markdown::to_html(source, Layout::AS_WRITTEN);
        assert!(html.contains("<em>a <em>b</em> a</em>"), "{html}");
        assert!(
            html.contains("<strong>c <strong>d</strong> c</strong>"),
            "{html}"
        );
        assert!(html.contains("<del>e <del>f</del> e</del>"), "{html}");
        let typ = from_markdown(source);
        assert_eq!(typ.matches("#emph[").count(), 1, "{typ}");
        assert_eq!(typ.matches("#strong[").count(), 1, "{typ}");
        assert_eq!(typ.matches("#strike[").count(), 1, "{typ}");
        assert_eq!(typ.matches('[').count(), typ.matches(']').count(), "{typ}");
        assert!(from_markdown("*a* *b*").matches("#emph[").count() == 2);
    }

    #[test]
    fn tables_and_headings() {
        let typ = from_markdown("# Head\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n");
        assert!(typ.contains("#heading(level: 1)[Head]"), "{typ}");
        assert!(typ.contains("#table(columns: 2"), "{typ}");
        assert!(typ.contains("table.header([a], [b], )"), "{typ}");
    }
}
