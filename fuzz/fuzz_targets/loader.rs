//! Load, resolve and lint any text as a catalogue, without localizing or rendering:
//! the stages `disclose check` runs, many times faster per input than `catalogue`.
#![no_main]

use disclose::catalogue::load_text;
use disclose::diag::{SourceMap, Style, render_human};
use disclose::lint::{LintConfig, lint_policy};
use disclose::model::resolve;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let mut sources = SourceMap::default();
    let mut diags = Vec::new();
    let catalogue = load_text("fuzz.toml", text, &mut sources, &mut diags);
    if let Some(policy) = resolve(&catalogue, &mut diags) {
        diags.extend(lint_policy(&policy, &LintConfig::default()));
    }
    // Every diagnostic points into the text it came from, and prints.
    for d in &diags {
        let _ = render_human(d, &sources, Style::Plain);
    }
});
