//! Render: view × format → bytes.
//!
//! Pages go through templates ([`templates`]): the built-in files of the repository's
//! `templates/` folder, embedded in the binary, or a project's own, written for Tera or
//! Handlebars. Every template receives a [`PageContext`]; docs/templates.md lists it.

pub mod context;
pub mod exports;
pub mod front_matter;
pub mod gpc;
pub mod index;
pub mod manifest;
pub mod pages;
#[cfg(feature = "pdf")]
pub mod pdf;
#[cfg(feature = "pdf")]
mod pdf_cache;
pub mod renderer;
pub mod templates;

#[cfg(feature = "pdf")]
pub use pdf::Fonts;

/// Without PDF support there are no fonts to load.
#[cfg(not(feature = "pdf"))]
pub struct Fonts;

#[cfg(not(feature = "pdf"))]
impl Fonts {
    pub fn load(_dir: &std::path::Path) -> Result<Self> {
        Ok(Fonts)
    }

    pub fn bundled() -> &'static Self {
        &Fonts
    }
}

pub use front_matter::FrontMatter;
pub use renderer::{IndexFile, IndexPage, IndexPolicy, PolicyInput, Renderer, Shared, SiteInput};
pub use templates::{BUILTIN_TEMPLATES, Templates};

use crate::model::{DocumentKind, Keyword, PagePart};
use crate::view::{LinkView, LocaleView, SectionView};
use anyhow::Result;
use serde::Serialize;
use std::collections::BTreeMap;
use std::str::FromStr;

/// Output formats of a page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// A standalone HTML page with its own stylesheet.
    Html,
    /// The page's `<article>` alone, for a site's own layout.
    Fragment,
    /// CommonMark with front matter, for static-site generators.
    Markdown,
    /// Typst markup from a `.typ` template, compiled to PDF (the `pdf` feature).
    Pdf,
}

impl Format {
    /// Every format this build of disclose can write.
    #[cfg(feature = "pdf")]
    pub const ALL: &[Format] = &[
        Format::Html,
        Format::Fragment,
        Format::Markdown,
        Format::Pdf,
    ];
    /// Built without the `pdf` feature: no PDFs.
    #[cfg(not(feature = "pdf"))]
    pub const ALL: &[Format] = &[Format::Html, Format::Fragment, Format::Markdown];

    /// The name used on the command line and in the manifest.
    pub fn name(self) -> &'static str {
        match self {
            Self::Html => "html",
            Self::Fragment => "fragment",
            Self::Markdown => "markdown",
            Self::Pdf => "pdf",
        }
    }

    /// How the output index names the format.
    pub fn label(self) -> &'static str {
        match self {
            Self::Html => "HTML",
            Self::Fragment => "HTML fragment",
            Self::Markdown => "Markdown",
            Self::Pdf => "PDF",
        }
    }

    /// File name ending of a page in this format.
    pub fn extension(self) -> &'static str {
        match self {
            Self::Html => "html",
            Self::Fragment => "fragment.html",
            Self::Markdown => "md",
            Self::Pdf => "pdf",
        }
    }

    /// The template slot that renders `document` in this format.
    fn slot(self, document: &str) -> String {
        match self {
            Self::Html | Self::Fragment => format!("{document}.html"),
            Self::Markdown => format!("{document}.md"),
            Self::Pdf => format!("{document}.typ"),
        }
    }
}

impl FromStr for Format {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        if s == "pdf" && !Self::ALL.contains(&Self::Pdf) {
            return Err("this disclose was built without PDF support (the `pdf` feature)".into());
        }
        Self::ALL
            .iter()
            .copied()
            .find(|f| f.name() == s)
            .ok_or_else(|| {
                let names: Vec<&str> = Self::ALL.iter().map(|f| f.name()).collect();
                format!("unknown format `{s}`; use {}", names.join(", "))
            })
    }
}

/// Another language version of the same document, for `hreflang` and the switcher.
#[derive(Debug, Serialize)]
pub struct Alternate {
    pub lang: String,
    pub dir: &'static str,
    pub name: String,
    pub href: String,
    pub current: bool,
}

/// The other document of the policy in the same language, for cross links.
#[derive(Debug, Serialize)]
pub struct DocumentLink {
    pub document: &'static str,
    pub title: String,
    pub href: String,
}

/// Ids of built-in sections that a catalogue section with the same id replaces, in
/// place, so an organisation can word them itself.
pub const REPLACEABLE_SECTIONS: &[&str] = &["what-are-cookies", "managing-cookies"];

/// Catalogue sections that take the place of built-in ones.
#[derive(Debug, Default, Serialize)]
pub struct Replaced<'a> {
    pub what_are_cookies: Option<&'a SectionView>,
    pub managing_cookies: Option<&'a SectionView>,
}

/// One entry of a page's table of contents: a top-level heading and its anchor.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct TocEntry {
    pub id: String,
    pub title: String,
}

/// What a page template receives: the locale view plus what is particular to the page.
#[derive(Debug, Serialize)]
pub struct PageContext<'a> {
    #[serde(flatten)]
    pub view: &'a LocaleView,
    pub document: &'static str,
    pub title: String,
    pub format: Format,
    /// True for [`Format::Fragment`]: render the `<article>` without `<html>`/`<head>`.
    pub fragment: bool,
    /// The catalogue's own sections for this document, in catalogue order, except
    /// those in `replaced`.
    pub sections: Vec<&'a SectionView>,
    /// The same sections by where they go: under each generated part's anchor
    /// (`placed["rights"]`) those written just before it, under `end` those after
    /// everything. Every part of the document has its entry, empty or not.
    pub placed: BTreeMap<&'static str, Vec<&'a SectionView>>,
    pub replaced: Replaced<'a>,
    pub links: Vec<&'a LinkView>,
    /// The page's `<h2>` headings in order, for a table of contents.
    pub toc: Vec<TocEntry>,
    pub alternates: Vec<Alternate>,
    pub other_documents: Vec<DocumentLink>,
    /// Markdown pages: the front matter block, ready to print first (may be empty).
    pub front_matter: String,
    /// The CSS of standalone pages (`templates/style.css`).
    pub stylesheet: &'a str,
    pub generator: &'static str,
    /// The view as Tera data, converted once for every page of the locale
    /// ([`context::view_data`]); made from `view` when absent.
    #[serde(skip)]
    pub view_data: Option<&'a tera::Context>,
}

impl<'a> PageContext<'a> {
    pub fn new(view: &'a LocaleView, document: &'static str, format: Format) -> Self {
        let for_document = |id: &str| {
            view.sections
                .iter()
                .find(|s| s.document == document && s.id == id)
        };
        let replaced = Replaced {
            what_are_cookies: for_document("what-are-cookies"),
            managing_cookies: for_document("managing-cookies"),
        };
        let sections: Vec<&SectionView> = view
            .sections
            .iter()
            .filter(|s| s.document == document && !REPLACEABLE_SECTIONS.contains(&s.id.as_str()))
            .collect();
        let links: Vec<&LinkView> = view
            .links
            .iter()
            .filter(|l| l.document.is_none_or(|d| d == document))
            .collect();
        let kind = DocumentKind::parse(document);
        let parts = kind.map_or(&[][..], DocumentKind::parts);
        let mut placed: BTreeMap<&'static str, Vec<&SectionView>> = parts
            .iter()
            .map(|p| (p.keyword(), Vec::new()))
            .chain([(END, Vec::new())])
            .collect();
        for section in &sections {
            placed
                .entry(section.before.unwrap_or(END))
                .or_default()
                .push(section);
        }
        let toc = table_of_contents(view, kind, &replaced, &placed, !links.is_empty());
        Self {
            view,
            document,
            title: message(view, &format!("{document}-title")),
            format,
            fragment: format == Format::Fragment,
            sections,
            placed,
            replaced,
            links,
            toc,
            alternates: Vec::new(),
            other_documents: Vec::new(),
            front_matter: String::new(),
            stylesheet: "",
            generator: concat!("disclose ", env!("CARGO_PKG_VERSION")),
            view_data: None,
        }
    }
}

fn message(view: &LocaleView, id: &str) -> String {
    view.t
        .get(&id.replace('-', "_"))
        .cloned()
        .unwrap_or_default()
}

/// The key of [`PageContext::placed`] for sections after every generated part.
const END: &str = "end";

/// The `<h2>` headings the built-in templates write, in their order and under the
/// same conditions, the catalogue's sections where they are placed; a test holds the
/// two together.
fn table_of_contents(
    view: &LocaleView,
    document: Option<DocumentKind>,
    replaced: &Replaced,
    placed: &BTreeMap<&'static str, Vec<&SectionView>>,
    has_links: bool,
) -> Vec<TocEntry> {
    let mut toc = Vec::new();
    let mut push = |id: &str, title: String| {
        toc.push(TocEntry {
            id: id.to_owned(),
            title,
        })
    };
    let heading = |id: &str| message(view, id);
    let sections = |at: &str, push: &mut dyn FnMut(&str, String)| {
        for section in placed.get(at).into_iter().flatten() {
            push(&format!("section-{}", section.id), section.title.clone());
        }
    };
    let parts = document.map_or(&[][..], DocumentKind::parts);
    for part in parts {
        let id = part.keyword();
        sections(id, &mut push);
        let title = match part {
            PagePart::WhatAreCookies => Some(
                replaced
                    .what_are_cookies
                    .map_or_else(|| heading("what-are-cookies-heading"), |s| s.title.clone()),
            ),
            PagePart::ManagingCookies => Some(
                replaced
                    .managing_cookies
                    .map_or_else(|| heading("managing-heading"), |s| s.title.clone()),
            ),
            PagePart::Purposes
                if document == Some(DocumentKind::CookiePolicy)
                    && view.cookie_purposes.is_empty() =>
            {
                None
            }
            PagePart::ThirdParties if view.cookie_processors.is_empty() => None,
            PagePart::Transfers if view.transfers.is_empty() => None,
            PagePart::Storage if view.storage.is_empty() => None,
            PagePart::Retention if view.retention.is_none() => None,
            PagePart::AutomatedDecisions if view.automated.is_none() => None,
            PagePart::MoreInformation if !has_links => None,
            PagePart::Changes if view.changes.is_none() => None,
            PagePart::Consent => Some(heading("consent-heading")),
            PagePart::Cookies => Some(heading("cookies-heading")),
            PagePart::Purposes => Some(heading("purposes-heading")),
            PagePart::ThirdParties => Some(heading("third-parties-heading")),
            PagePart::Controller => Some(heading("controller-heading")),
            PagePart::Data => Some(heading("data-heading")),
            PagePart::Recipients => Some(heading("recipients-heading")),
            PagePart::Transfers => Some(heading("transfers-heading")),
            PagePart::Storage => Some(heading("storage-heading")),
            PagePart::Retention => Some(heading("retention-heading")),
            PagePart::Rights => Some(heading("rights-heading")),
            PagePart::AutomatedDecisions => Some(heading("automated-heading")),
            PagePart::MoreInformation => Some(heading("more-information-heading")),
            PagePart::Changes => Some(heading("changes-title")),
            PagePart::Contact => Some(heading("contact-heading")),
        };
        if let Some(title) = title {
            push(id, title);
        }
    }
    sections(END, &mut push);
    toc
}

/// Every output of a build writing pages in `formats`, in the order they run: the
/// manifest comes after the pages, whose hashes it lists.
pub fn renderers(formats: &[Format]) -> Vec<Box<dyn Renderer>> {
    let mut list: Vec<Box<dyn Renderer>> = vec![Box::new(pages::PageRenderer {
        formats: formats.to_vec(),
    })];
    list.push(Box::new(manifest::ManifestRenderer));
    list.push(Box::new(exports::CookieConsentExport));
    list.push(Box::new(exports::KlaroExport));
    list.push(Box::new(index::IndexRenderer));
    list.push(Box::new(gpc::GpcRenderer));
    list.push(Box::new(pages::StylesheetRenderer));
    list.push(Box::new(manifest::SchemaRenderer));
    list
}

/// The text of a page: HTML, Markdown, or the Typst markup of a PDF.
pub fn render_page(templates: &Templates, ctx: &PageContext) -> Result<String> {
    templates.render_page(&ctx.format.slot(ctx.document), ctx)
}

/// The file of a page: [`render_page`], compiled to PDF (set in `fonts`) for
/// [`Format::Pdf`].
pub fn render_file(templates: &Templates, fonts: &Fonts, ctx: &PageContext) -> Result<Vec<u8>> {
    let text = render_page(templates, ctx)?;
    match ctx.format {
        Format::Html | Format::Fragment | Format::Markdown => Ok(text.into_bytes()),
        #[cfg(feature = "pdf")]
        Format::Pdf => pdf::compile(
            text,
            fonts,
            &pdf::PdfMeta {
                template: &templates.describe(&ctx.format.slot(ctx.document)),
                ident: format!("{}/{}/{}", ctx.view.policy_id, ctx.view.lang, ctx.document),
                date: ctx.view.effective_iso.as_deref(),
            },
        ),
        #[cfg(not(feature = "pdf"))]
        Format::Pdf => {
            let _ = fonts;
            anyhow::bail!("this disclose was built without PDF support")
        }
    }
}
