//! Localize the site: the texts of pages that belong to no policy (the index).

use crate::i18n::{Localizer, Messages, SOURCE_LOCALE};
use fluent_bundle::FluentArgs;
use std::collections::BTreeMap;

/// The index page's texts, in the source locale.
#[derive(Debug)]
pub struct IndexView {
    pub lang: String,
    /// Every message that needs no argument, keyed with `_` for `-`.
    pub t: BTreeMap<String, String>,
}

pub fn index(messages: &Messages) -> IndexView {
    let source = Localizer::new(messages, vec![SOURCE_LOCALE.parse().expect("valid tag")]);
    IndexView {
        lang: SOURCE_LOCALE.to_owned(),
        t: source
            .all(&FluentArgs::new())
            .into_iter()
            .map(|(id, text)| (id.replace('-', "_"), text))
            .collect(),
    }
}
