//! Catalogue Markdown: the only place pulldown-cmark options are set.
//!
//! Catalogue texts (descriptions, section bodies) may use Markdown. Raw HTML in them
//! is turned into plain text and links with script-capable schemes are dropped, so a
//! catalogue can never inject markup into a published page. Headings are moved so that
//! they nest under the heading the template gives the text ([`Layout`]).

mod escape;
pub mod typst;

pub use escape::{escape_html_to, escape_inline, escape_inline_to};

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

/// Where a catalogue text is placed on a page, and how its headings and lines follow.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Layout {
    /// The level of the heading the text sits under (2 for a section body under an
    /// `<h2>`), or 0 for headings at the level written.
    pub under: usize,
    /// Every line of the text stays a line of its own (postal addresses), where
    /// Markdown would join the lines of a paragraph into one.
    pub lines: bool,
}

impl Layout {
    /// Headings at the level written.
    pub const AS_WRITTEN: Layout = Layout {
        under: 0,
        lines: false,
    };

    /// A text under a heading of level `under`: its highest heading becomes level
    /// `under + 1` and the others keep their distance to it, so a body under an `<h2>`
    /// reads the same whether its author started at `#` or at `###`.
    pub const fn under(under: usize) -> Layout {
        Layout {
            under,
            lines: false,
        }
    }

    /// A text whose lines are kept: a postal address.
    pub const fn lines() -> Layout {
        Layout {
            under: 0,
            lines: true,
        }
    }

    /// How many levels the headings of `source` move (negative: up).
    fn shift(self, source: &str) -> isize {
        if self.under == 0 {
            return 0;
        }
        let highest = Parser::new_ext(source, options())
            .filter_map(|event| match event {
                Event::Start(Tag::Heading { level, .. }) => Some(level as usize),
                _ => None,
            })
            .min();
        highest.map_or(0, |h| (self.under + 1) as isize - h as isize)
    }
}

/// Parse catalogue Markdown into safe events, headings and lines as `layout` says.
fn safe_events(source: &str, layout: Layout) -> Vec<Event<'_>> {
    let shift = layout.shift(source);
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
            Event::SoftBreak if layout.lines => Event::HardBreak,
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

fn shift_level(level: HeadingLevel, shift: isize) -> HeadingLevel {
    let n = (level as isize + shift).clamp(1, 6) as usize;
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

/// Catalogue Markdown → HTML fragment, headings and lines placed by `layout`.
pub fn to_html(source: &str, layout: Layout) -> String {
    let mut out = String::new();
    pulldown_cmark::html::push_html(&mut out, safe_events(source, layout).into_iter());
    out
}

/// Catalogue Markdown → CommonMark with the same safety rules as [`to_html`].
pub fn to_markdown(source: &str, layout: Layout) -> String {
    let mut out = String::new();
    let events = safe_events(source, layout);
    if pulldown_cmark_to_cmark::cmark(events.iter(), &mut out, options()).is_err() {
        return escape_inline(source);
    }
    // The serializer writes every `&` as `&amp;`. An `&` followed by a space cannot
    // start a character reference, so it may stay as written.
    out.replace("&amp; ", "& ")
}

/// Catalogue Markdown → the CommonMark of one table cell, with the safety rules of
/// [`to_html`]: a cell holds one line, so paragraphs, list items and headings run on
/// in order, separated by spaces, and emphasis, code and links stay. A `|` is escaped,
/// which GitHub-flavoured tables read as the character, in code too.
pub fn to_markdown_cell(source: &str) -> String {
    let mut inline: Vec<Event> = vec![Event::Start(Tag::Paragraph)];
    let mut apart = false;
    for event in safe_events(source, Layout::AS_WRITTEN) {
        let keep = match &event {
            Event::Text(_) | Event::Code(_) => true,
            Event::Start(Tag::Emphasis | Tag::Strong | Tag::Strikethrough | Tag::Link { .. })
            | Event::End(
                TagEnd::Emphasis | TagEnd::Strong | TagEnd::Strikethrough | TagEnd::Link,
            ) => true,
            Event::SoftBreak | Event::HardBreak => {
                inline.push(Event::Text(CowStr::from(" ")));
                false
            }
            _ => {
                apart = true;
                false
            }
        };
        if keep {
            if apart && inline.len() > 1 {
                inline.push(Event::Text(CowStr::from(" ")));
            }
            apart = false;
            inline.push(event);
        }
    }
    inline.push(Event::End(TagEnd::Paragraph));
    let mut out = String::new();
    if pulldown_cmark_to_cmark::cmark(inline.iter(), &mut out, options()).is_err() {
        return escape_inline(source);
    }
    out.replace("&amp; ", "& ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace('|', "\\|")
}

/// Catalogue Markdown as plain text, for consent banners: the words, without markup,
/// links' targets or images; runs of white space collapsed. From the same safe events
/// as [`to_html`].
pub fn to_plain(source: &str) -> String {
    let mut out = String::new();
    for event in safe_events(source, Layout::AS_WRITTEN) {
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

    #[test]
    fn raw_html_becomes_text() {
        let html = to_html("Hi <script>alert(1)</script> **there**", Layout::AS_WRITTEN);
        assert!(!html.contains("<script>"), "{html}");
        assert!(html.contains("&lt;script&gt;"), "{html}");
        assert!(html.contains("<strong>there</strong>"), "{html}");
    }

    #[test]
    fn html_blocks_stay_text_in_markdown_output() {
        let md = to_markdown(
            "<script>alert(1)</script> ![img](https://t.example/p.gif)",
            Layout::AS_WRITTEN,
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
        let html = to_html(
            "<div>\n![i](https://t.example/p.gif)\n</div>",
            Layout::AS_WRITTEN,
        );
        assert!(html.starts_with("<p>&lt;div&gt;"), "{html}");
        assert!(!html.contains("<img"), "{html}");
    }

    #[test]
    fn script_links_are_dropped_but_text_stays() {
        let html = to_html(
            "[click](javascript:alert(1)) and [ok](https://example.com)",
            Layout::AS_WRITTEN,
        );
        assert!(!html.contains("javascript"), "{html}");
        assert!(html.contains("click"), "{html}");
        assert!(html.contains("href=\"https://example.com\""), "{html}");
        assert!(!to_markdown("[x](data:text/html,hi)", Layout::AS_WRITTEN).contains("data:"));
    }

    #[test]
    fn headings_nest_under_the_section() {
        let under_h2 = Layout::under(2);
        assert!(to_html("# Top\n\ntext", under_h2).contains("<h3>Top</h3>"));
        assert!(to_markdown("# Top", under_h2).starts_with("### Top"));
        // An author who writes `###` under an `<h2>` section means the next level.
        let html = to_html("### Sub\n\ntext\n\n#### Deeper\n\n### Sub 2", under_h2);
        assert_eq!(
            [
                html.contains("<h3>Sub</h3>"),
                html.contains("<h4>Deeper</h4>"),
                html.contains("<h3>Sub 2</h3>")
            ],
            [true; 3],
            "{html}"
        );
        assert!(to_markdown("### Sub", under_h2).starts_with("### Sub"));
        // Distances stay, down to the last level there is.
        let html = to_html("# A\n\n###### F", Layout::under(3));
        assert!(
            html.contains("<h4>A</h4>") && html.contains("<h6>F</h6>"),
            "{html}"
        );
        assert!(to_html("### X", Layout::AS_WRITTEN).contains("<h3>X</h3>"));
    }

    #[test]
    fn a_cell_holds_every_block_on_one_line() {
        let cell = to_markdown_cell(
            "First *para*.\n\n- one | two\n- `a|b`\n\n# Head\n\n[l](https://e.x) <b>",
        );
        assert!(!cell.contains('\n'), "{cell}");
        let table = format!("| a |\n| --- |\n| {cell} |\n");
        let html = to_html(&table, Layout::AS_WRITTEN);
        assert_eq!(html.matches("<td>").count(), 1, "{html}");
        for part in [
            "First <em>para</em>.",
            "one | two",
            "<code>a|b</code>",
            "Head",
            "href=\"https://e.x\"",
            "&lt;b&gt;",
        ] {
            assert!(html.contains(part), "{part} in {html}");
        }
        assert_eq!(to_markdown_cell("Keeps *this*."), "Keeps *this*.");
    }

    #[test]
    fn lines_of_an_address_stay_lines() {
        let address = "Voorbeeldstraat 1\n1234 AB Amsterdam";
        let html = to_html(address, Layout::lines());
        assert_eq!(html, "<p>Voorbeeldstraat 1<br />\n1234 AB Amsterdam</p>\n");
        let md = to_markdown(address, Layout::lines());
        let again = to_html(&md, Layout::AS_WRITTEN);
        assert_eq!(again, html, "{md}");
        // Other texts join the lines of a paragraph, as Markdown does.
        assert!(!to_html(address, Layout::under(2)).contains("<br"));
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
}
