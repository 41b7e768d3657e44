//! Catalogue → Policy: merge the files, parse every value, resolve every reference.
//!
//! One small function per table (cargo-deny's per-table `validate`): `meta` reads
//! `[policy]`, `tables` the other single tables, `entries` and `cookies` the arrays
//! of tables. Every problem becomes a diagnostic and resolution carries on, so one
//! run lists everything to fix. A policy is returned only when no error was found.

mod confusable;
mod cookies;
mod cx;
mod entries;
mod history;
mod ids;
mod meta;
mod tables;

pub use cx::RESERVED_POLICY_IDS;

use super::{Policy, Privacy};
use crate::catalogue::{self as cat, Catalogue, Spanned};
use crate::diag::{Diagnostic, FileId, codes};
use cx::{Cx, loc};

pub fn resolve(catalogue: &Catalogue, diags: &mut Vec<Diagnostic>) -> Option<Policy> {
    let errors_before = diags.iter().filter(|d| d.is_error()).count();
    let policy = policy(&catalogue.files, diags);
    let errors_after = diags.iter().filter(|d| d.is_error()).count();
    policy.filter(|_| errors_after == errors_before)
}

/// A single table (`[policy]`, `[controller]`, …) found in one of the files.
type Single<'a, T> = Option<(FileId, &'a Spanned<T>)>;

fn policy(files: &[(FileId, cat::CatalogueFile)], diags: &mut Vec<Diagnostic>) -> Option<Policy> {
    let meta = single(diags, files, "policy", |f| f.policy.as_ref());
    let controller = single(diags, files, "controller", |f| f.controller.as_ref());
    let dpo = single(diags, files, "dpo", |f| f.dpo.as_ref());
    let authority = single(diags, files, "supervisory_authority", |f| {
        f.supervisory_authority.as_ref()
    });
    let consent = single(diags, files, "consent", |f| f.consent.as_ref());
    let rights = single(diags, files, "rights", |f| f.rights.as_ref());
    let privacy = single(diags, files, "privacy", |f| f.privacy.as_ref());
    let lints = single(diags, files, "lints", |f| f.lints.as_ref());
    let unreadable = |table| files.iter().any(|(_, f)| f.unreadable.contains(&table));

    let Some((meta_file, meta)) = meta else {
        if !files.is_empty() && !unreadable("policy") {
            diags.push(
                Diagnostic::error(codes::MISSING_FIELD, "the catalogue has no [policy] table")
                    .at(files[0].0, 0..0)
                    .help("add a [policy] table with id, name and default_locale; see docs/catalogue.md"),
            );
        }
        return None;
    };
    let locales = meta::locales(diags, meta_file, meta.get_ref())?;
    let cx = &mut Cx { diags, locales };
    let m = meta.get_ref();
    let id = cx.policy_id(meta_file, &m.id);
    let name = cx.text(meta_file, &m.name);
    let effective = m
        .effective
        .as_ref()
        .and_then(|e| cx.effective(meta_file, e));
    let documents = meta::documents(cx, meta_file, meta);
    let paper = meta::paper(cx, meta_file, m);
    let sites = meta::sites(cx, meta_file, m);

    let controller = match controller {
        Some((file, c)) => Some(tables::controller(cx, file, c)),
        None if unreadable("controller") => None,
        None => {
            cx.push(
                Diagnostic::error(
                    codes::MISSING_FIELD,
                    "the catalogue has no [controller] table",
                )
                .at(meta_file, meta.span())
                .help(
                    "add [controller] with at least the organisation's name (GDPR Art. 13(1)(a))",
                ),
            );
            None
        }
    };
    let dpo = dpo.map(|(file, d)| tables::dpo(cx, file, d));
    let authority = authority.map(|(file, a)| tables::authority(cx, file, a));
    let consent = consent.and_then(|(file, c)| tables::consent(cx, file, c));
    let rights = rights.map(|(file, r)| tables::rights(cx, file, r));
    let privacy = match privacy {
        Some((file, p)) => tables::privacy(cx, file, p),
        None => Privacy::absent(loc(meta_file, meta)),
    };
    let lints = lints
        .map(|(file, l)| tables::lints(cx, file, l))
        .unwrap_or_default();

    // Purposes and processors first: cookies and data categories refer to them.
    let (purposes, purpose_ids) = entries::purposes(cx, all(files, |f| &f.purposes));
    let (processors, processor_ids) = entries::processors(cx, all(files, |f| &f.processors));
    let refs = entries::Refs {
        purposes: &purpose_ids,
        processors: &processor_ids,
    };
    let cookies = cookies::cookies(cx, all(files, |f| &f.cookies), &refs);
    let data = entries::data(cx, all(files, |f| &f.data), &refs);
    let storage = entries::storage(cx, all(files, |f| &f.storage));
    let sections = entries::sections(cx, all(files, |f| &f.sections), &documents);
    let links = entries::links(cx, all(files, |f| &f.links), &documents);
    let history = history::releases(cx, all(files, |f| &f.changes));

    Some(Policy {
        id: id?,
        name,
        default_locale: cx.locales.default.clone(),
        locales: cx.locales.declared.clone(),
        version: m.version.as_ref().map(|v| v.get_ref().clone()),
        effective,
        documents,
        paper,
        sites,
        controller: controller?,
        dpo,
        authority,
        consent,
        rights,
        privacy,
        lints,
        purposes,
        processors,
        cookies,
        data,
        storage,
        sections,
        links,
        history,
        loc: loc(meta_file, meta),
    })
}

/// A table that may be written once in the whole catalogue.
fn single<'a, T>(
    diags: &mut Vec<Diagnostic>,
    files: &'a [(FileId, cat::CatalogueFile)],
    name: &str,
    get: impl Fn(&'a cat::CatalogueFile) -> Option<&'a Spanned<T>>,
) -> Single<'a, T> {
    let mut found: Single<'a, T> = None;
    for (file, f) in files {
        if let Some(table) = get(f) {
            if found.is_some() {
                diags.push(
                    Diagnostic::error(
                        codes::DUPLICATE,
                        format!("[{name}] is defined more than once"),
                    )
                    .at(*file, table.span())
                    .label("second definition")
                    .help(format!("keep a single [{name}] table in the catalogue")),
                );
            } else {
                found = Some((*file, table));
            }
        }
    }
    found
}

/// All entries of one array of tables across the catalogue's files, in file order.
fn all<'a, T: 'a>(
    files: &'a [(FileId, cat::CatalogueFile)],
    get: impl Fn(&'a cat::CatalogueFile) -> &'a Vec<Spanned<T>>,
) -> impl Iterator<Item = (FileId, &'a Spanned<T>)> {
    files
        .iter()
        .flat_map(move |(file, f)| get(f).iter().map(move |e| (*file, e)))
}
