//! The templates of a build: the built-ins with a project's `templates/` folder on top.
//!
//! A template's name is `<page>.<output>.<engine>`: `cookie-policy.html.tera`,
//! `contact.md.hbs`. The part before the engine extension is its *slot*
//! (`cookie-policy.html`); a project file fills a slot whatever its engine, so a
//! Handlebars `cookie-policy.html.hbs` replaces the built-in Tera
//! `cookie-policy.html.tera`. Each output kind has its own Tera instance and its own
//! Handlebars registry so that escaping is right for it: HTML entities for `html`,
//! Markdown backslash escapes for `md`. Plain files (the stylesheet) are slots too.

mod filters;

use super::PageContext;
use crate::markdown;
use crate::markdown::typst as typst_markup;
use anyhow::{Context as _, Result, anyhow, bail};
use handlebars::Handlebars;
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use tera::Tera;

/// A built-in template: its name and the text of `templates/<name>`, embedded.
macro_rules! builtin {
    ($name:literal) => {
        ($name, include_str!(concat!("../../../templates/", $name)))
    };
}

/// The built-in templates, by name. `disclose templates eject` copies them out.
pub const BUILTIN_TEMPLATES: &[(&str, &str)] = &[
    builtin!("base.html.tera"),
    builtin!("index.html.tera"),
    builtin!("toc.html.tera"),
    builtin!("processors.html.tera"),
    builtin!("contact.html.tera"),
    builtin!("changes.html.tera"),
    builtin!("sections.html.tera"),
    builtin!("purposes.html.tera"),
    builtin!("cookie-policy.html.tera"),
    builtin!("privacy-policy.html.tera"),
    builtin!("contact.md.tera"),
    builtin!("changes.md.tera"),
    builtin!("processors.md.tera"),
    builtin!("sections.md.tera"),
    builtin!("purposes.md.tera"),
    builtin!("cookie-policy.md.tera"),
    builtin!("privacy-policy.md.tera"),
    builtin!("base.typ.tera"),
    builtin!("contact.typ.tera"),
    builtin!("changes.typ.tera"),
    builtin!("processors.typ.tera"),
    builtin!("sections.typ.tera"),
    builtin!("purposes.typ.tera"),
    builtin!("cookie-policy.typ.tera"),
    builtin!("privacy-policy.typ.tera"),
    builtin!("style.css"),
];

/// The template engines, chosen by file extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Engine {
    Tera,
    Handlebars,
}

impl Engine {
    fn of(name: &str) -> Option<(&str, Engine)> {
        if let Some(slot) = name.strip_suffix(".tera") {
            Some((slot, Engine::Tera))
        } else {
            name.strip_suffix(".hbs")
                .map(|slot| (slot, Engine::Handlebars))
        }
    }
}

/// The kinds of text a template writes; each escapes differently.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Output {
    Html,
    Markdown,
    /// Typst markup, the source of a PDF.
    Typst,
}

impl Output {
    const ALL: [Output; 3] = [Output::Html, Output::Markdown, Output::Typst];

    fn suffix(self) -> &'static str {
        match self {
            Self::Html => ".html",
            Self::Markdown => ".md",
            Self::Typst => ".typ",
        }
    }

    fn of_slot(slot: &str) -> Output {
        Self::ALL
            .into_iter()
            .find(|o| slot.ends_with(o.suffix()))
            .unwrap_or(Output::Html)
    }
}

/// The buffer a page is rendered into starts this large.
const PAGE_CAPACITY: usize = 32 * 1024;

/// Where a template's text came from, for error messages.
#[derive(Debug, Clone)]
enum Origin {
    Builtin,
    Project(PathBuf),
}

#[derive(Debug, Clone)]
struct Source {
    name: String,
    text: String,
    origin: Origin,
}

/// Templates of a build, parsed once and shared by every page.
///
/// Tera sees every `.tera` template, built-in or the project's (same name wins), so the
/// built-in pages keep their partials whatever else the project adds. Handlebars sees
/// the project's `.hbs` templates, registered by slot: `{{> contact.html}}`. A page is
/// rendered by Handlebars when the project has a `.hbs` file for its slot.
pub struct Templates {
    tera: [Tera; 3],
    handlebars: [Handlebars<'static>; 3],
    /// Slot → the template or file that fills it.
    slots: BTreeMap<String, Source>,
}

impl Templates {
    /// The built-in templates alone.
    pub fn builtin() -> Result<Self> {
        Self::load(None)
    }

    /// The built-in templates with a project's `templates/` folder layered on top.
    pub fn load(project_templates: Option<&Path>) -> Result<Self> {
        let builtin = BUILTIN_TEMPLATES.iter().map(|(name, text)| Source {
            name: name.to_string(),
            text: text.to_string(),
            origin: Origin::Builtin,
        });
        let mut own: BTreeMap<String, Source> = BTreeMap::new();
        if let Some(dir) = project_templates.filter(|d| d.is_dir()) {
            for source in read_project_templates(dir)? {
                let slot = slot_of(&source.name).to_owned();
                if let Some(other) = own.get(&slot) {
                    bail!(
                        "{} and {} both fill the template `{slot}`; keep one of them",
                        origin_label(other),
                        origin_label(&source)
                    );
                }
                own.insert(slot, source);
            }
        }
        // Every Tera template by name: the project's replace built-ins of the same name.
        let mut tera_sources: BTreeMap<String, Source> = builtin
            .clone()
            .filter(|s| s.name.ends_with(".tera"))
            .map(|s| (s.name.clone(), s))
            .collect();
        tera_sources.extend(
            own.values()
                .filter(|s| s.name.ends_with(".tera"))
                .map(|s| (s.name.clone(), s.clone())),
        );
        let hbs_sources: BTreeMap<String, Source> = own
            .iter()
            .filter(|(_, s)| s.name.ends_with(".hbs"))
            .map(|(slot, s)| (slot.clone(), s.clone()))
            .collect();
        let mut slots: BTreeMap<String, Source> =
            builtin.map(|s| (slot_of(&s.name).to_owned(), s)).collect();
        slots.extend(own);
        Ok(Self {
            tera: [
                tera_for(Output::Html, &tera_sources)?,
                tera_for(Output::Markdown, &tera_sources)?,
                tera_for(Output::Typst, &tera_sources)?,
            ],
            handlebars: [
                handlebars_for(Output::Html, &hbs_sources)?,
                handlebars_for(Output::Markdown, &hbs_sources)?,
                handlebars_for(Output::Typst, &hbs_sources)?,
            ],
            slots,
        })
    }

    /// The text of a plain (non-template) slot such as `style.css`.
    pub fn asset(&self, slot: &str) -> Option<&str> {
        self.slots.get(slot).map(|s| s.text.as_str())
    }

    /// Render the template in `slot` (`cookie-policy.html`) with `context`.
    pub fn render(&self, slot: &str, context: &impl Serialize) -> Result<String> {
        self.render_with(slot, context, || tera::Context::from_serialize(context))
    }

    /// Render a page: like [`Templates::render`], with the page's prepared Tera context.
    pub fn render_page(&self, slot: &str, page: &PageContext) -> Result<String> {
        self.render_with(slot, page, || page.template_context())
    }

    fn render_with(
        &self,
        slot: &str,
        context: &impl Serialize,
        tera_context: impl FnOnce() -> tera::TeraResult<tera::Context>,
    ) -> Result<String> {
        let source = self
            .slots
            .get(slot)
            .ok_or_else(|| anyhow!("no template fills `{slot}`"))?;
        let output = Output::of_slot(slot);
        match Engine::of(&source.name).map(|(_, engine)| engine) {
            Some(Engine::Tera) => {
                let context = tera_context().map_err(|e| anyhow!("{}", tera_error(&e)))?;
                // Pages are tens of kilobytes: start there rather than grow.
                let mut page = Vec::with_capacity(PAGE_CAPACITY);
                self.tera[output as usize]
                    .render_to(&source.name, &context, &mut page)
                    .map_err(|e| {
                        anyhow!("rendering {}: {}", origin_label(source), tera_error(&e))
                    })?;
                String::from_utf8(page).context("a template wrote invalid UTF-8")
            }
            Some(Engine::Handlebars) => self.handlebars[output as usize]
                .render(slot, context)
                .map_err(|e| {
                    anyhow!(
                        "rendering {}: {}",
                        origin_label(source),
                        hbs_error(&e, &self.slots)
                    )
                }),
            None => bail!("`{slot}` is a plain file, not a template"),
        }
    }

    /// The template filling `slot`, as error messages name it.
    pub fn describe(&self, slot: &str) -> String {
        self.slots
            .get(slot)
            .map_or_else(|| slot.to_owned(), origin_label)
    }

    /// Every template name a project may override, built-in first.
    pub fn builtin_names() -> impl Iterator<Item = &'static str> {
        BUILTIN_TEMPLATES.iter().map(|(name, _)| *name)
    }

    /// The project files that replace built-ins, by slot.
    pub fn overrides(&self) -> Vec<(&str, &Path)> {
        self.slots
            .iter()
            .filter_map(|(slot, source)| match &source.origin {
                Origin::Project(path) => Some((slot.as_str(), path.as_path())),
                Origin::Builtin => None,
            })
            .collect()
    }
}

/// `cookie-policy.html.tera` and `cookie-policy.html.hbs` fill `cookie-policy.html`;
/// a plain file is its own slot.
fn slot_of(name: &str) -> &str {
    Engine::of(name).map_or(name, |(slot, _)| slot)
}

fn read_project_templates(dir: &Path) -> Result<Vec<Source>> {
    let mut sources = Vec::new();
    let entries = std::fs::read_dir(dir).with_context(|| format!("reading {}", dir.display()))?;
    for entry in entries {
        let path = entry?.path();
        let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
            continue;
        };
        let known_asset = BUILTIN_TEMPLATES
            .iter()
            .any(|(b, _)| *b == name && Engine::of(b).is_none());
        if Engine::of(name).is_none() && !known_asset {
            continue;
        }
        let text = std::fs::read_to_string(&path)
            .with_context(|| format!("reading {}", path.display()))?;
        sources.push(Source {
            name: name.to_owned(),
            text,
            origin: Origin::Project(path),
        });
    }
    Ok(sources)
}

fn origin_label(source: &Source) -> String {
    match &source.origin {
        Origin::Builtin => format!("built-in template {}", source.name),
        Origin::Project(path) => format!("template {}", path.display()),
    }
}

fn tera_for(output: Output, sources: &BTreeMap<String, Source>) -> Result<Tera> {
    let mut tera = Tera::new();
    let suffix = format!("{}.tera", output.suffix());
    tera.autoescape_on(vec![suffix.clone()]);
    tera.set_escape_fn(match output {
        Output::Html => markdown::escape_html_to,
        Output::Markdown => markdown::escape_inline_to,
        Output::Typst => typst_escape_to,
    });
    filters::register_tera(&mut tera, output);
    let own: Vec<&Source> = sources
        .values()
        .filter(|s| s.name.ends_with(&suffix))
        .collect();
    tera.add_raw_templates(own.iter().map(|s| (&s.name, &s.text)))
        .map_err(|e| {
            // Tera names the template in its message; say where a project one lives.
            let mut message = format!("template error: {}", tera_error(&e));
            for source in &own {
                if let Origin::Project(path) = &source.origin
                    && message.contains(&source.name)
                {
                    message.push_str(&format!("\n  ({} is {})", source.name, path.display()));
                }
            }
            anyhow!(message)
        })?;
    Ok(tera)
}

fn handlebars_for(output: Output, slots: &BTreeMap<String, Source>) -> Result<Handlebars<'static>> {
    let mut registry = Handlebars::new();
    // A misspelt variable is an error rather than silently empty text.
    registry.set_strict_mode(true);
    registry.set_prevent_indent(true);
    match output {
        Output::Html => {}
        Output::Markdown => registry.register_escape_fn(markdown::escape_inline),
        Output::Typst => {
            registry.register_escape_fn(typst_markup::escape);
        }
    }
    filters::register_handlebars(&mut registry, output);
    let suffix = format!("{}.hbs", output.suffix());
    for (slot, source) in slots.iter().filter(|(_, s)| s.name.ends_with(&suffix)) {
        registry
            .register_template_string(slot, &source.text)
            .map_err(|e| anyhow!("template error in {}: {e}", origin_label(source)))?;
    }
    Ok(registry)
}

fn typst_escape_to(input: &str, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    out.write_all(typst_markup::escape(input).as_bytes())
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

/// Handlebars errors as `template:line:col: what went wrong`, naming the variable.
fn hbs_error(err: &handlebars::RenderError, slots: &BTreeMap<String, Source>) -> String {
    use handlebars::RenderErrorReason as Reason;
    let what = match err.reason() {
        Reason::MissingVariable(Some(path)) => {
            format!("the variable `{path}` does not exist (docs/templates.md lists every variable)")
        }
        Reason::PartialNotFound(name) => format!(
            "there is no Handlebars partial `{name}`; partials are the project's own .hbs files, named without .hbs"
        ),
        other => other.to_string(),
    };
    match (err.template_name.as_deref(), err.line_no, err.column_no) {
        (Some(name), Some(line), Some(column)) => {
            let file = match slots.get(name).map(|s| &s.origin) {
                Some(Origin::Project(path)) => path.display().to_string(),
                _ => name.to_owned(),
            };
            format!("{file}:{line}:{column}: {what}")
        }
        _ => what,
    }
}
/// Copy built-in templates (all when `names` is empty) into `dir`, creating it.
/// Nothing is written unless every name is known and, without `force`, no file would
/// be overwritten. Returns the files written.
pub fn eject(dir: &Path, names: &[String], force: bool) -> Result<Vec<PathBuf>> {
    let mut chosen: Vec<(&str, &str)> = Vec::new();
    for name in names {
        let found = BUILTIN_TEMPLATES
            .iter()
            .find(|(b, _)| b == name)
            .or_else(|| {
                // `cookie-policy.html` names the slot of the built-in template.
                BUILTIN_TEMPLATES
                    .iter()
                    .find(|(b, _)| Engine::of(b).is_some_and(|(slot, _)| slot == name))
            });
        match found {
            Some(template) => chosen.push(*template),
            None => {
                let hint = crate::diag::did_you_mean(name, Templates::builtin_names())
                    .map(|s| format!("; did you mean `{s}`?"))
                    .unwrap_or_default();
                bail!(
                    "there is no built-in template `{name}`{hint} (`disclose templates list` shows them)"
                );
            }
        }
    }
    if names.is_empty() {
        chosen = BUILTIN_TEMPLATES.to_vec();
    }
    let targets: Vec<(PathBuf, &str)> = chosen
        .iter()
        .map(|(name, text)| (dir.join(name), *text))
        .collect();
    let existing: Vec<String> = targets
        .iter()
        .filter(|(path, _)| path.exists())
        .map(|(path, _)| path.display().to_string())
        .collect();
    if !force && !existing.is_empty() {
        bail!(
            "not overwriting {}; pass --force to replace {}",
            existing.join(", "),
            if existing.len() == 1 { "it" } else { "them" }
        );
    }
    std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    for (path, text) in &targets {
        std::fs::write(path, text).with_context(|| format!("writing {}", path.display()))?;
    }
    Ok(targets.into_iter().map(|(path, _)| path).collect())
}
