//! Template data of a page, made without converting the whole view for every page.
//!
//! A page's context is its [`LocaleView`](crate::view::LocaleView), flattened, plus a
//! few fields of the page's own ([`PageContext`]). Converting a view to Tera values
//! costs as much as rendering the page (a view holds every cookie, twice), and the
//! four pages of a locale share one view; so the view is converted once
//! ([`view_data`]) and each page clones it (cheap: Tera's maps and lists are
//! reference-counted) and adds its own fields. The result is exactly `tera::Context::from_serialize(page)`: a field
//! added to `PageContext` must be added here too, which the test below checks.

use super::PageContext;
use crate::view::LocaleView;
use tera::{Context, Value};

/// A locale view as Tera template data, for [`PageContext::view_data`].
pub fn view_data(view: &LocaleView) -> tera::TeraResult<Context> {
    Context::from_serialize(view)
}

impl PageContext<'_> {
    /// The context the page template receives: the same as
    /// `tera::Context::from_serialize(self)`, made faster when the page has its
    /// view's data already converted.
    pub fn template_context(&self) -> tera::TeraResult<Context> {
        let mut context = match self.view_data {
            Some(data) => data.clone(),
            None => view_data(self.view)?,
        };
        // Page fields come after the flattened view, so they win where names are
        // shared (`sections`, `links`), as they do when the whole page is serialised.
        let mut put = |key: &'static str, value: Value| context.insert_value(key, value);
        put("document", Value::try_from_serializable(&self.document)?);
        put("title", Value::try_from_serializable(&self.title)?);
        put("format", Value::try_from_serializable(&self.format)?);
        put("fragment", Value::from(self.fragment));
        put("sections", Value::try_from_serializable(&self.sections)?);
        put("placed", Value::try_from_serializable(&self.placed)?);
        put("replaced", Value::try_from_serializable(&self.replaced)?);
        put("links", Value::try_from_serializable(&self.links)?);
        put("toc", Value::try_from_serializable(&self.toc)?);
        put(
            "alternates",
            Value::try_from_serializable(&self.alternates)?,
        );
        put(
            "other_documents",
            Value::try_from_serializable(&self.other_documents)?,
        );
        put(
            "front_matter",
            Value::try_from_serializable(&self.front_matter)?,
        );
        put(
            "stylesheet",
            Value::try_from_serializable(&self.stylesheet)?,
        );
        put("generator", Value::try_from_serializable(&self.generator)?);
        Ok(context)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Localizer, Messages};
    use crate::model::Keyword;
    use crate::project::load_all;
    use crate::render::{Alternate, DocumentLink, Format};
    use crate::view::localize;
    use std::path::Path;

    #[test]
    fn the_fast_context_is_the_serialised_page() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut catalogues: Vec<_> = std::fs::read_dir(root.join("policies"))
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        catalogues.push(root.join("tests/testsuite/fixtures/valid/catalogue.toml"));
        catalogues.push(root.join("tests/testsuite/fixtures/hostile/catalogue.toml"));
        catalogues.sort();
        let loaded = load_all(&catalogues);
        assert!(!loaded.has_errors(), "{:?}", loaded.diagnostics);
        assert_eq!(loaded.policies.len(), catalogues.len());
        let messages = Messages::shipped();
        let mut pages = 0;
        for policy in &loaded.policies {
            for locale in &policy.locales {
                let localizer =
                    Localizer::new(&messages, messages.chain(locale, &policy.default_locale));
                let view = localize(policy, &localizer);
                let data = view_data(&view).unwrap();
                for document in &policy.documents {
                    for &format in Format::ALL {
                        let mut ctx = PageContext::new(&view, document.keyword(), format);
                        ctx.view_data = Some(&data);
                        ctx.alternates.push(Alternate {
                            lang: "xx".into(),
                            dir: "ltr",
                            name: "X".into(),
                            href: "../xx/page".into(),
                            current: false,
                        });
                        ctx.other_documents.push(DocumentLink {
                            document: "other",
                            title: "Other".into(),
                            href: "other.html".into(),
                        });
                        let slow = Context::from_serialize(&ctx).unwrap();
                        let fast = ctx.template_context().unwrap();
                        // Same keys, same values (a field missing here would show).
                        assert!(
                            slow == fast,
                            "{} {locale} {}",
                            policy.id,
                            document.keyword()
                        );
                        pages += 1;
                    }
                }
            }
        }
        assert!(pages > 20, "{pages} pages compared");
    }
}
