//! Load, check and render any text as a catalogue: nothing may panic.
#![no_main]

use disclose::catalogue::load_text;
use disclose::diag::SourceMap;
use disclose::i18n::{Localizer, Messages};
use disclose::model::{Keyword, resolve};
use disclose::render::{Format, PageContext, Templates, render_page};
use disclose::view::localize;
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn shared() -> &'static (Messages, Templates) {
    static SHARED: OnceLock<(Messages, Templates)> = OnceLock::new();
    SHARED.get_or_init(|| {
        (
            Messages::shipped(),
            Templates::load(None).expect("built-in templates load"),
        )
    })
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let mut sources = SourceMap::default();
    let mut diags = Vec::new();
    let catalogue = load_text("fuzz.toml", text, &mut sources, &mut diags);
    for d in &diags {
        let _ = disclose::diag::render_human(d, &sources, disclose::diag::Style::Plain);
    }
    let Some(policy) = resolve(&catalogue, &mut diags) else {
        return;
    };
    let (messages, templates) = shared();
    for locale in &policy.locales {
        let localizer = Localizer::new(messages, messages.chain(locale, &policy.default_locale));
        let view = localize(&policy, &localizer);
        for document in &policy.documents {
            // Every format's text, the Typst markup of the PDFs included (compiling it
            // to PDF is too slow for fuzzing, and not built here).
            for format in [
                Format::Html,
                Format::Fragment,
                Format::Markdown,
                Format::Pdf,
            ] {
                let ctx = PageContext::new(&view, document.keyword(), format);
                render_page(templates, &ctx).expect("built-in templates render any valid policy");
            }
        }
    }
});
