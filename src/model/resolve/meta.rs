//! `[policy]`: the locales, the documents, the paper size and the sites.

use super::cx::{Cx, Locales, loc};
use crate::catalogue::{self as cat, Spanned};
use crate::diag::{Diagnostic, FileId, codes};
use crate::model::{DocumentKind, PaperSize, Site};
use std::str::FromStr;
use unic_langid::LanguageIdentifier;

/// The default locale and every declared one; `None` when the default is invalid,
/// since no text can be read without it.
pub(super) fn locales(
    diags: &mut Vec<Diagnostic>,
    file: FileId,
    meta: &cat::PolicyMeta,
) -> Option<Locales> {
    let default = parse_locale(diags, file, &meta.default_locale)?;
    let mut declared = vec![default.clone()];
    for tag in meta.locales.iter().flatten() {
        match parse_locale(diags, file, tag) {
            Some(l) if l == default => {}
            Some(l) if declared.contains(&l) => {
                diags.push(
                    Diagnostic::error(
                        codes::DUPLICATE,
                        format!("locale `{}` is listed twice", tag.get_ref()),
                    )
                    .at(file, tag.span()),
                );
            }
            Some(l) => declared.push(l),
            // Reported; resolution goes on with the valid tags to find more problems.
            None => {}
        }
    }
    // The default leads; the others keep the order the catalogue gives.
    Some(Locales { default, declared })
}

fn parse_locale(
    diags: &mut Vec<Diagnostic>,
    file: FileId,
    tag: &Spanned<String>,
) -> Option<LanguageIdentifier> {
    match LanguageIdentifier::from_str(tag.get_ref()) {
        // BCP 47 allows 5-8 letter language subtags, but none is in use: "english" is a
        // typo for "en", not a language.
        Ok(l) if (2..=3).contains(&l.language.as_str().len()) && l.language.as_str() != "und" => {
            Some(l)
        }
        _ => {
            diags.push(
                Diagnostic::error(codes::INVALID_LOCALE, format!("`{}` is not a valid locale tag", tag.get_ref()))
                    .at(file, tag.span())
                    .label("not a BCP 47 language tag")
                    .help("use a language code with an optional region, such as \"en\", \"nl\", \"de-AT\" or \"pt-BR\""),
            );
            None
        }
    }
}

/// `documents`: the cookie policy alone when absent; never empty.
pub(super) fn documents(
    cx: &mut Cx,
    file: FileId,
    meta: &Spanned<cat::PolicyMeta>,
) -> Vec<DocumentKind> {
    let Some(list) = &meta.get_ref().documents else {
        return vec![DocumentKind::CookiePolicy];
    };
    let mut docs: Vec<DocumentKind> = Vec::new();
    for d in list {
        if let Some(kind) = cx.keyword::<DocumentKind>(file, d) {
            if docs.contains(&kind.value) {
                cx.push(
                    Diagnostic::error(
                        codes::DUPLICATE,
                        format!("document `{}` is listed twice", d.get_ref()),
                    )
                    .at(file, d.span()),
                );
            } else {
                docs.push(kind.value);
            }
        }
    }
    if docs.is_empty() && !list.is_empty() {
        docs.push(DocumentKind::CookiePolicy);
    } else if list.is_empty() {
        cx.push(
            Diagnostic::error(codes::MISSING_FIELD, "`documents` is empty")
                .at(file, meta.span())
                .help("list at least one of: cookie-policy, privacy-policy"),
        );
    }
    docs
}

pub(super) fn paper(cx: &mut Cx, file: FileId, meta: &cat::PolicyMeta) -> PaperSize {
    meta.paper
        .as_ref()
        .and_then(|p| cx.keyword::<PaperSize>(file, p))
        .map_or(PaperSize::A4, |p| p.value)
}

pub(super) fn sites(cx: &mut Cx, file: FileId, meta: &cat::PolicyMeta) -> Vec<Site> {
    meta.sites
        .iter()
        .map(|site| {
            let s = site.get_ref();
            Site {
                name: cx.text(file, &s.name),
                url: s.url.as_ref().and_then(|u| cx.url(file, u)),
                loc: loc(file, site),
            }
        })
        .collect()
}
