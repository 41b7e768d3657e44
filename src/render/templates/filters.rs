//! The template filters, in one table that both engines register: a Tera filter
//! (`{{ name | typst_string }}`) and a Handlebars helper of the same name
//! (`{{{typst_string name}}}`), so the two cannot drift apart.
//!
//! Every filter takes a string (and an optional `text` argument) and returns text
//! that is already escaped for its output, written unescaped by the template.

use super::Output;
use crate::markdown::typst as typst_markup;
use handlebars::{
    Context, Handlebars, Helper, HelperDef, RenderContext, RenderError, RenderErrorReason,
    ScopedJson,
};
use tera::{Kwargs, State, Tera, Value};

/// One filter: its name, the outputs whose templates have it, and what it does.
pub struct Filter {
    pub name: &'static str,
    /// `None`: every output.
    pub outputs: Option<Output>,
    /// The value and the optional `text` argument → text for the output.
    pub apply: fn(&str, Option<&str>) -> String,
}

/// Every filter there is.
pub const FILTERS: &[Filter] = &[
    // Front matter is YAML: a JSON string is a valid YAML double-quoted scalar.
    Filter {
        name: "yaml_string",
        outputs: None,
        apply: |s, _| serde_json::to_string(s).unwrap_or_default(),
    },
    // A value inside Typst code: a string literal.
    Filter {
        name: "typst_string",
        outputs: Some(Output::Typst),
        apply: |s, _| typst_markup::string(s),
    },
    // Catalogue Markdown as Typst markup.
    Filter {
        name: "typst_markup",
        outputs: Some(Output::Typst),
        apply: |s, _| typst_markup::from_markdown(s),
    },
    // `#link(url)[text]` for web and e-mail addresses, plain text for anything else.
    Filter {
        name: "typst_link",
        outputs: Some(Output::Typst),
        apply: |url, text| typst_markup::link(url, text.filter(|t| !t.is_empty())),
    },
];

fn for_output(output: Output) -> impl Iterator<Item = &'static Filter> {
    FILTERS
        .iter()
        .filter(move |f| f.outputs.is_none_or(|o| o == output))
}

/// Register the filters of `output` with a Tera instance.
pub fn register_tera(tera: &mut Tera, output: Output) {
    for filter in for_output(output) {
        let apply = filter.apply;
        tera.register_filter(filter.name, move |s: &str, kwargs: Kwargs, _: &State| {
            let text = kwargs.get::<&str>("text").ok().flatten();
            Value::safe_string(&apply(s, text))
        });
    }
}

/// Register the filters of `output` as Handlebars helpers.
pub fn register_handlebars(registry: &mut Handlebars<'static>, output: Output) {
    for filter in for_output(output) {
        registry.register_helper(filter.name, Box::new(FilterHelper(filter)));
    }
}

struct FilterHelper(&'static Filter);

impl HelperDef for FilterHelper {
    fn call_inner<'reg: 'rc, 'rc>(
        &self,
        h: &Helper<'rc>,
        _: &'reg Handlebars<'reg>,
        _: &'rc Context,
        _: &mut RenderContext<'reg, 'rc>,
    ) -> Result<ScopedJson<'rc>, RenderError> {
        let value = h
            .param(0)
            .ok_or(RenderErrorReason::ParamNotFoundForIndex(self.0.name, 0))?;
        let value = value.value().as_str().ok_or_else(|| {
            RenderErrorReason::ParamTypeMismatchForName(self.0.name, "0".into(), "string".into())
        })?;
        let text = h.hash_get("text").and_then(|t| t.value().as_str());
        Ok(ScopedJson::Derived(serde_json::Value::String((self
            .0
            .apply)(
            value, text,
        ))))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Both engines give every filter the same result, with and without `text`.
    #[test]
    fn both_engines_apply_the_same_filters() {
        for filter in FILTERS {
            let output = filter.outputs.unwrap_or(Output::Typst);
            let mut tera = Tera::new();
            register_tera(&mut tera, output);
            let mut handlebars = Handlebars::new();
            register_handlebars(&mut handlebars, output);
            let name = filter.name;
            for (tera_text, hbs_text, text) in [
                (
                    format!("{{{{ v | {name} }}}}"),
                    format!("{{{{{{{name} v}}}}}}"),
                    None,
                ),
                (
                    format!("{{{{ v | {name}(text=\"t *x*\") }}}}"),
                    format!("{{{{{{{name} v text=\"t *x*\"}}}}}}"),
                    Some("t *x*"),
                ),
            ] {
                let value = "https://e.x/\"a\" *b* #c";
                let data = serde_json::json!({ "v": value });
                let mut context = tera::Context::new();
                context.insert("v", value);
                let from_tera = tera.render_str(&tera_text, &context, false).unwrap();
                let from_hbs = handlebars.render_template(&hbs_text, &data).unwrap();
                assert_eq!(from_tera, (filter.apply)(value, text), "{name}");
                assert_eq!(from_hbs, from_tera, "{name}");
            }
        }
    }
}
