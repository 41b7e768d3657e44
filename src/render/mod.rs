//! Render: view × format → bytes.
//!
//! HTML and Markdown go through Tera templates. The built-in templates are the files
//! of the repository's `templates/` folder, embedded in the binary; a project's own
//! `templates/` folder replaces any of them by name. Each format has its own Tera
//! instance so that autoescaping is right for it: HTML entities for `.html.tera`,
//! Markdown backslash escapes for `.md.tera`, Typst markup escapes for `.typ.tera`
//! (the PDF's source, compiled by [`pdf`]).

pub mod exports;
pub mod manifest;
#[cfg(feature = "pdf")]
pub mod pdf;
pub mod typst_markup;

use crate::markdown;
use crate::view::{LinkView, LocaleView, SectionView};
use anyhow::{Context as _, Result, anyhow};
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::Path;
use tera::{Kwargs, State, Tera, Value};

/// A built-in template: its name and the text of `templates/<name>`, embedded.
macro_rules! builtin {
    ($name:literal) => {
        ($name, include_str!(concat!("../../templates/", $name)))
    };
}

/// The built-in templates, by name.
pub const BUILTIN_TEMPLATES: &[(&str, &str)] = &[
    builtin!("base.html.tera"),
    builtin!("index.html.tera"),
    builtin!("processors.html.tera"),
    builtin!("contact.html.tera"),
    builtin!("contact.md.tera"),
    builtin!("cookie-policy.html.tera"),
    builtin!("privacy-policy.html.tera"),
    builtin!("processors.md.tera"),
    builtin!("cookie-policy.md.tera"),
    builtin!("privacy-policy.md.tera"),
    builtin!("base.typ.tera"),
    builtin!("contact.typ.tera"),
    builtin!("processors.typ.tera"),
    builtin!("cookie-policy.typ.tera"),
    builtin!("privacy-policy.typ.tera"),
];

/// Output formats of a page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Html = 0,
    Markdown = 1,
    /// Typst markup from a `.typ.tera` template, compiled to PDF.
    Pdf = 2,
}

impl Format {
    #[cfg(feature = "pdf")]
    pub const ALL: [Format; 3] = [Format::Html, Format::Markdown, Format::Pdf];
    /// Built without the `pdf` feature: no PDFs.
    #[cfg(not(feature = "pdf"))]
    pub const ALL: [Format; 2] = [Format::Html, Format::Markdown];

    pub fn extension(self) -> &'static str {
        match self {
            Self::Html => "html",
            Self::Markdown => "md",
            Self::Pdf => "pdf",
        }
    }

    fn template_suffix(self) -> &'static str {
        match self {
            Self::Html => ".html.tera",
            Self::Markdown => ".md.tera",
            Self::Pdf => ".typ.tera",
        }
    }
}

/// Templates of a build, parsed once.
pub struct Templates {
    html: Tera,
    markdown: Tera,
    typst: Tera,
}

impl Templates {
    /// The built-in templates with a project's `templates/` folder layered on top.
    pub fn load(project_templates: Option<&Path>) -> Result<Self> {
        let mut sources: BTreeMap<String, String> = BUILTIN_TEMPLATES
            .iter()
            .map(|(name, text)| (name.to_string(), text.to_string()))
            .collect();
        if let Some(dir) = project_templates.filter(|d| d.is_dir()) {
            let entries =
                std::fs::read_dir(dir).with_context(|| format!("reading {}", dir.display()))?;
            for entry in entries {
                let path = entry?.path();
                let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
                    continue;
                };
                if name.ends_with(".tera") {
                    let text = std::fs::read_to_string(&path)
                        .with_context(|| format!("reading {}", path.display()))?;
                    sources.insert(name.to_owned(), text);
                }
            }
        }
        Ok(Self {
            html: tera_for(Format::Html, &sources)?,
            markdown: tera_for(Format::Markdown, &sources)?,
            typst: tera_for(Format::Pdf, &sources)?,
        })
    }

    fn tera(&self, format: Format) -> &Tera {
        match format {
            Format::Html => &self.html,
            Format::Markdown => &self.markdown,
            Format::Pdf => &self.typst,
        }
    }
}

fn tera_for(format: Format, sources: &BTreeMap<String, String>) -> Result<Tera> {
    let mut tera = Tera::new();
    let suffix = format.template_suffix();
    tera.autoescape_on(vec![suffix]);
    if format == Format::Markdown {
        tera.set_escape_fn(|input, out| out.write_all(markdown::escape_inline(input).as_bytes()));
    }
    if format == Format::Pdf {
        tera.set_escape_fn(|input, out| out.write_all(typst_markup::escape(input).as_bytes()));
        // A value inside Typst code: a string literal.
        tera.register_filter("typst_string", |s: &str, _: Kwargs, _: &State| {
            Value::safe_string(&typst_markup::string(s))
        });
        // Catalogue Markdown (the `md` side of a rich text) as Typst markup.
        tera.register_filter("typst_markup", |s: &str, _: Kwargs, _: &State| {
            Value::safe_string(&typst_markup::from_markdown(s))
        });
        // `#link(url)[text]` for web and e-mail addresses, plain text for anything else.
        tera.register_filter("typst_link", |url: &str, kwargs: Kwargs, _: &State| {
            let text = kwargs.get::<&str>("text").ok().flatten();
            Value::safe_string(&typst_markup::link(url, text))
        });
    }
    // Front matter is YAML: a JSON string is a valid YAML double-quoted scalar.
    tera.register_filter("yaml_string", |s: &str, _: Kwargs, _: &State| {
        Value::safe_string(&serde_json::to_string(s).unwrap_or_default())
    });
    let own: Vec<(&String, &String)> = sources
        .iter()
        .filter(|(name, _)| name.ends_with(suffix))
        .collect();
    tera.add_raw_templates(own)
        .map_err(|e| anyhow!("template error: {}", tera_error(&e)))?;
    Ok(tera)
}

/// Tera errors nest the useful part (template, line, variable) in their sources.
fn tera_error(err: &tera::Error) -> String {
    let mut text = err.to_string();
    let mut source = std::error::Error::source(err);
    while let Some(inner) = source {
        text.push_str(&format!(": {inner}"));
        source = inner.source();
    }
    text
}

/// Another language version of the same document, for `hreflang` and the switcher.
#[derive(Debug, Serialize)]
pub struct Alternate {
    pub lang: String,
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

/// What a page template receives: the locale view plus what is particular to the page.
#[derive(Debug, Serialize)]
pub struct PageContext<'a> {
    #[serde(flatten)]
    pub view: &'a LocaleView,
    pub document: &'static str,
    pub title: String,
    pub format: Format,
    /// The catalogue's own sections for this document, in catalogue order, except
    /// those in `replaced`.
    pub sections: Vec<&'a SectionView>,
    pub replaced: Replaced<'a>,
    pub links: Vec<&'a LinkView>,
    pub alternates: Vec<Alternate>,
    pub other_documents: Vec<DocumentLink>,
    pub generator: &'static str,
}

impl<'a> PageContext<'a> {
    pub fn new(view: &'a LocaleView, document: &'static str, format: Format) -> Self {
        Self {
            view,
            document,
            title: view
                .t
                .get(&format!("{}_title", document.replace('-', "_")))
                .cloned()
                .unwrap_or_default(),
            format,
            sections: view
                .sections
                .iter()
                .filter(|s| {
                    s.document == document && !REPLACEABLE_SECTIONS.contains(&s.id.as_str())
                })
                .collect(),
            replaced: Replaced {
                what_are_cookies: view
                    .sections
                    .iter()
                    .find(|s| s.document == document && s.id == "what-are-cookies"),
                managing_cookies: view
                    .sections
                    .iter()
                    .find(|s| s.document == document && s.id == "managing-cookies"),
            },
            links: view
                .links
                .iter()
                .filter(|l| l.document.is_none_or(|d| d == document))
                .collect(),
            alternates: Vec::new(),
            other_documents: Vec::new(),
            generator: concat!("disclose ", env!("CARGO_PKG_VERSION")),
        }
    }
}

/// One row of the output index: a document in one language.
#[derive(Debug, Serialize)]
pub struct IndexPage {
    pub title: String,
    pub lang: String,
    pub language: String,
    pub html: String,
    pub markdown: String,
    /// Absent when built without PDF support.
    pub pdf: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct IndexPolicy {
    pub id: String,
    pub name: String,
    pub pages: Vec<IndexPage>,
}

/// What `index.html.tera` receives.
#[derive(Debug, Serialize)]
pub struct IndexContext {
    pub lang: String,
    pub t: BTreeMap<String, String>,
    pub policies: Vec<IndexPolicy>,
    pub generator: &'static str,
}

pub fn render_index(templates: &Templates, ctx: &IndexContext) -> Result<String> {
    let context = tera::Context::from_serialize(ctx).map_err(|e| anyhow!("{}", tera_error(&e)))?;
    templates
        .html
        .render("index.html.tera", &context)
        .map_err(|e| anyhow!("rendering template index.html.tera: {}", tera_error(&e)))
}

/// The text of a page: HTML, Markdown, or the Typst markup of a PDF.
pub fn render_page(templates: &Templates, ctx: &PageContext) -> Result<String> {
    let name = format!("{}{}", ctx.document, ctx.format.template_suffix());
    let context = tera::Context::from_serialize(ctx).map_err(|e| anyhow!("{}", tera_error(&e)))?;
    templates
        .tera(ctx.format)
        .render(&name, &context)
        .map_err(|e| anyhow!("rendering template {name}: {}", tera_error(&e)))
}

/// The file of a page: [`render_page`], compiled to PDF for [`Format::Pdf`].
pub fn render_file(templates: &Templates, ctx: &PageContext) -> Result<Vec<u8>> {
    let text = render_page(templates, ctx)?;
    match ctx.format {
        Format::Html | Format::Markdown => Ok(text.into_bytes()),
        #[cfg(feature = "pdf")]
        Format::Pdf => pdf::compile(
            text,
            &pdf::PdfMeta {
                template: &format!("{}{}", ctx.document, ctx.format.template_suffix()),
                ident: format!("{}/{}/{}", ctx.view.policy_id, ctx.view.lang, ctx.document),
                date: ctx.view.effective_iso.as_deref(),
            },
        ),
        #[cfg(not(feature = "pdf"))]
        Format::Pdf => Err(anyhow!("this disclose was built without PDF support")),
    }
}
