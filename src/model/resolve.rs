//! Catalogue → Policy: merge the files, parse every value, resolve every reference.
//!
//! Every problem becomes a diagnostic and resolution carries on, so one run lists
//! everything to fix. A policy is returned only when no error was found.

use super::fields::Cx;
use super::*;
use crate::catalogue::{self as cat, Catalogue, Spanned};
use crate::diag::{Diagnostic, FileId, Location, did_you_mean};
use std::collections::HashMap;
use std::str::FromStr;

pub fn resolve(catalogue: &Catalogue, diags: &mut Vec<Diagnostic>) -> Option<Policy> {
    let errors_before = diags.iter().filter(|d| d.is_error()).count();
    let policy = Resolver { diags }.policy(catalogue);
    let errors_after = diags.iter().filter(|d| d.is_error()).count();
    policy.filter(|_| errors_after == errors_before)
}

pub(super) struct Resolver<'d> {
    diags: &'d mut Vec<Diagnostic>,
}

/// The locales a catalogue declares, needed to read every text field.
pub(super) struct Locales {
    pub default: LanguageIdentifier,
    pub declared: Vec<LanguageIdentifier>,
}

/// A single table (`[policy]`, `[controller]`, …) found in one of the files.
type Single<'a, T> = Option<(FileId, &'a Spanned<T>)>;

impl Resolver<'_> {
    pub(super) fn push(&mut self, diag: Diagnostic) {
        self.diags.push(diag);
    }

    fn policy(&mut self, catalogue: &Catalogue) -> Option<Policy> {
        let files = &catalogue.files;
        let meta = self.single(files, "policy", |f| f.policy.as_ref());
        let controller = self.single(files, "controller", |f| f.controller.as_ref());
        let dpo = self.single(files, "dpo", |f| f.dpo.as_ref());
        let authority = self.single(files, "supervisory_authority", |f| {
            f.supervisory_authority.as_ref()
        });
        let consent = self.single(files, "consent", |f| f.consent.as_ref());
        let rights = self.single(files, "rights", |f| f.rights.as_ref());
        let privacy = self.single(files, "privacy", |f| f.privacy.as_ref());
        let lints = self.single(files, "lints", |f| f.lints.as_ref());

        let Some((meta_file, meta)) = meta else {
            let unreadable = files.iter().any(|(_, f)| f.unreadable.contains(&"policy"));
            if !files.is_empty() && !unreadable {
                self.push(
                    Diagnostic::error("DL006", "the catalogue has no [policy] table")
                        .at(files[0].0, 0..0)
                        .help("add a [policy] table with id, name and default_locale; see docs/catalogue.md"),
                );
            }
            return None;
        };
        let locales = self.locales(meta_file, meta.get_ref())?;
        let mut cx = Cx {
            r: self,
            locales: &locales,
        };

        let m = meta.get_ref();
        let id = cx.id(meta_file, &m.id, "policy id");
        let name = cx.text(meta_file, &m.name);
        let effective = m
            .effective
            .as_ref()
            .and_then(|e| cx.effective(meta_file, e));
        let documents = match &m.documents {
            None => vec![DocumentKind::CookiePolicy],
            Some(list) => {
                let mut docs: Vec<DocumentKind> = Vec::new();
                for d in list {
                    if let Some(kind) = cx.keyword::<DocumentKind>(meta_file, d) {
                        if docs.contains(&kind.value) {
                            cx.r.push(
                                Diagnostic::error(
                                    "DL007",
                                    format!("document `{}` is listed twice", d.get_ref()),
                                )
                                .at(meta_file, d.span()),
                            );
                        } else {
                            docs.push(kind.value);
                        }
                    }
                }
                if docs.is_empty() && !list.is_empty() {
                    docs.push(DocumentKind::CookiePolicy);
                } else if list.is_empty() {
                    cx.r.push(
                        Diagnostic::error("DL006", "`documents` is empty")
                            .at(meta_file, meta.span())
                            .help("list at least one of: cookie-policy, privacy-policy"),
                    );
                }
                docs
            }
        };
        let paper = m
            .paper
            .as_ref()
            .and_then(|p| cx.keyword::<PaperSize>(meta_file, p))
            .map_or(PaperSize::A4, |p| p.value);
        let sites = m
            .sites
            .iter()
            .map(|s| {
                let s = s.get_ref();
                Site {
                    name: cx.text(meta_file, &s.name),
                    url: s.url.as_ref().and_then(|u| cx.url(meta_file, u)),
                }
            })
            .collect();

        let controller = match controller {
            Some((file, c)) => Some(cx.controller(file, c)),
            None if files
                .iter()
                .any(|(_, f)| f.unreadable.contains(&"controller")) =>
            {
                None
            }
            None => {
                cx.r.push(
                    Diagnostic::error("DL006", "the catalogue has no [controller] table")
                        .at(meta_file, meta.span())
                        .help("add [controller] with at least the organisation's name (GDPR Art. 13(1)(a))"),
                );
                None
            }
        };
        let dpo = dpo.map(|(file, d)| cx.dpo(file, d));
        let authority = authority.map(|(file, a)| {
            let a_ = a.get_ref();
            Authority {
                name: cx.text(file, &a_.name),
                country: a_
                    .country
                    .as_ref()
                    .and_then(|c| cx.country(file, c))
                    .map(|c| c.value),
                url: a_.url.as_ref().and_then(|u| cx.url(file, u)),
                address: cx.opt_text(file, &a_.address),
                loc: loc(file, a),
            }
        });
        let consent = consent.and_then(|(file, c)| {
            let c = c.get_ref();
            Some(Consent {
                mechanism: cx.keyword(file, &c.mechanism)?,
                notice: cx.opt_text(file, &c.notice),
                withdrawal_effect: cx.opt_text(file, &c.withdrawal_effect),
            })
        });
        let rights = rights.map(|(file, r)| {
            let r_ = r.get_ref();
            let mut granted: Vec<At<Right>> = Vec::new();
            for g in &r_.granted {
                if let Some(right) = cx.keyword::<Right>(file, g) {
                    if granted.iter().any(|x| x.value == right.value) {
                        cx.r.push(
                            Diagnostic::error(
                                "DL007",
                                format!("right `{}` is listed twice", g.get_ref()),
                            )
                            .at(file, g.span()),
                        );
                    } else {
                        granted.push(right);
                    }
                }
            }
            Rights {
                granted,
                exercise: cx.opt_text(file, &r_.exercise),
                loc: loc(file, r),
            }
        });
        let privacy = privacy
            .map(|(file, p)| {
                let p = p.get_ref();
                Privacy {
                    legal_bases: p
                        .legal_bases
                        .iter()
                        .filter_map(|b| cx.keyword(file, b))
                        .collect(),
                    automated_decisions: p.automated_decisions.as_ref().map(|b| *b.get_ref()),
                    automated_decisions_details: cx.opt_text(file, &p.automated_decisions_details),
                    retention: cx.opt_text(file, &p.retention),
                }
            })
            .unwrap_or_default();
        let lints = lints
            .map(|(file, l)| {
                let entries = &l.get_ref().0;
                LintSettings {
                    levels: entries
                        .iter()
                        .filter(|(rule, _)| *rule != "necessary_max_duration")
                        .filter_map(|(rule, level)| {
                            let level = cx.keyword::<LintLevel>(file, level)?;
                            let rule = At {
                                value: rule.clone(),
                                loc: level.loc.clone(),
                            };
                            Some((rule, level.value))
                        })
                        .collect(),
                    necessary_max_duration: entries
                        .get("necessary_max_duration")
                        .and_then(|d| cx.duration(file, d)),
                }
            })
            .unwrap_or_default();

        // Purposes and processors first: cookies and data categories refer to them.
        let mut purpose_ids = IdIndex::new("purpose");
        let mut purposes = Vec::new();
        for (file, p) in entries(files, |f| &f.purposes) {
            let p_ = p.get_ref();
            let id = cx.id(file, &p_.id, "purpose id");
            if !purpose_ids.insert(cx.r, file, &p_.id, purposes.len()) {
                continue;
            }
            purposes.push(Purpose {
                id: id.unwrap_or_default(),
                name: cx.text(file, &p_.name),
                description: cx.opt_text(file, &p_.description),
                legal_basis: p_.legal_basis.as_ref().and_then(|b| cx.keyword(file, b)),
                legitimate_interest: cx.opt_text(file, &p_.legitimate_interest),
                loc: loc(file, p),
            });
        }
        let mut processor_ids = IdIndex::new("processor");
        let mut processors = Vec::new();
        for (file, p) in entries(files, |f| &f.processors) {
            let p_ = p.get_ref();
            let id = cx.id(file, &p_.id, "processor id");
            if p_.id.get_ref() == "first-party" {
                cx.r.push(
                    Diagnostic::error(
                        "DL013",
                        "`first-party` is reserved for cookies the site sets itself",
                    )
                    .at(file, p_.id.span())
                    .help("give the processor another id"),
                );
                continue;
            }
            if !processor_ids.insert(cx.r, file, &p_.id, processors.len()) {
                continue;
            }
            processors.push(Processor {
                id: id.unwrap_or_default(),
                name: cx.text(file, &p_.name),
                service: cx.opt_text(file, &p_.service),
                role: p_
                    .role
                    .as_ref()
                    .and_then(|r| cx.keyword(file, r))
                    .map(|r| r.value),
                country: p_.country.as_ref().and_then(|c| cx.country(file, c)),
                transfer: p_.transfer.as_ref().and_then(|t| cx.keyword(file, t)),
                privacy_url: p_.privacy_url.as_ref().and_then(|u| cx.url(file, u)),
                own_purposes: p_.own_purposes.as_ref().map(|b| *b.get_ref()),
                description: cx.opt_text(file, &p_.description),
                loc: loc(file, p),
            });
        }

        let mut cookies = Vec::new();
        for (file, c) in entries(files, |f| &f.cookies) {
            if let Some(cookie) = cx.cookie(file, c, &purpose_ids, &processor_ids) {
                cookies.push(cookie);
            }
        }
        cx.duplicate_cookie_names(&cookies);

        let mut data_ids = IdIndex::new("data category");
        let mut data = Vec::new();
        for (file, d) in entries(files, |f| &f.data) {
            let d_ = d.get_ref();
            let id = cx.id(file, &d_.id, "data category id");
            if !data_ids.insert(cx.r, file, &d_.id, data.len()) {
                continue;
            }
            data.push(DataCategory {
                id: id.unwrap_or_default(),
                name: cx.text(file, &d_.name),
                examples: d_.examples.iter().map(|e| cx.text(file, e)).collect(),
                sources: d_
                    .sources
                    .iter()
                    .filter_map(|s| cx.keyword(file, s))
                    .map(|s| s.value)
                    .collect(),
                collection: cx.opt_text(file, &d_.collection),
                purposes: d_
                    .purposes
                    .iter()
                    .filter_map(|p| purpose_ids.get(cx.r, file, p).map(PurposeId))
                    .collect(),
                recipients: d_
                    .recipients
                    .iter()
                    .filter_map(|p| processor_ids.get(cx.r, file, p).map(ProcessorId))
                    .collect(),
                retention: cx.opt_text(file, &d_.retention),
                sensitive: d_.sensitive.as_ref().is_some_and(|s| *s.get_ref()),
                description: cx.opt_text(file, &d_.description),
                loc: loc(file, d),
            });
        }

        let mut storage_ids = IdIndex::new("storage location");
        let mut storage = Vec::new();
        for (file, s) in entries(files, |f| &f.storage) {
            let s_ = s.get_ref();
            let id = cx.id(file, &s_.id, "storage id");
            if !storage_ids.insert(cx.r, file, &s_.id, storage.len()) {
                continue;
            }
            storage.push(StorageLocation {
                id: id.unwrap_or_default(),
                name: cx.text(file, &s_.name),
                country: s_
                    .country
                    .as_ref()
                    .and_then(|c| cx.country(file, c))
                    .map(|c| c.value),
                description: cx.opt_text(file, &s_.description),
            });
        }

        let mut section_ids = IdIndex::new("section");
        let mut sections = Vec::new();
        for (file, s) in entries(files, |f| &f.sections) {
            let s_ = s.get_ref();
            let id = cx.id(file, &s_.id, "section id");
            if !section_ids.insert(cx.r, file, &s_.id, sections.len()) {
                continue;
            }
            let Some(document) = cx.produced_document(file, &s_.document, &documents) else {
                continue;
            };
            sections.push(Section {
                id: id.unwrap_or_default(),
                document,
                title: cx.text(file, &s_.title),
                body: cx.text(file, &s_.body),
            });
        }

        let mut links = Vec::new();
        for (file, l) in entries(files, |f| &f.links) {
            let l_ = l.get_ref();
            let document = match &l_.document {
                Some(d) => match cx.produced_document(file, d, &documents) {
                    Some(doc) => Some(doc),
                    None => continue,
                },
                None => None,
            };
            links.push(Link {
                title: cx.text(file, &l_.title),
                url: l_.url.as_ref().and_then(|u| cx.url(file, u)),
                publisher: cx.opt_text(file, &l_.publisher),
                document,
            });
        }

        Some(Policy {
            id: id?,
            name,
            default_locale: locales.default.clone(),
            locales: locales.declared.clone(),
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
            loc: loc(meta_file, meta),
        })
    }

    /// A table that may be written once in the whole catalogue.
    fn single<'a, T>(
        &mut self,
        files: &'a [(FileId, cat::CatalogueFile)],
        name: &str,
        get: impl Fn(&'a cat::CatalogueFile) -> Option<&'a Spanned<T>>,
    ) -> Single<'a, T> {
        let mut found: Single<'a, T> = None;
        for (file, f) in files {
            if let Some(table) = get(f) {
                if found.is_some() {
                    self.push(
                        Diagnostic::error("DL007", format!("[{name}] is defined more than once"))
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

    fn locales(&mut self, file: FileId, meta: &cat::PolicyMeta) -> Option<Locales> {
        let default = parse_locale(self, file, &meta.default_locale)?;
        let mut declared = vec![default.clone()];
        for tag in meta.locales.iter().flatten() {
            match parse_locale(self, file, tag) {
                Some(l) if l == default => {}
                Some(l) if declared.contains(&l) => {
                    self.push(
                        Diagnostic::error(
                            "DL007",
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
}

fn parse_locale(
    r: &mut Resolver,
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
            r.push(
                Diagnostic::error("DL011", format!("`{}` is not a valid locale tag", tag.get_ref()))
                    .at(file, tag.span())
                    .label("not a BCP 47 language tag")
                    .help("use a language code with an optional region, such as \"en\", \"nl\", \"de-AT\" or \"pt-BR\""),
            );
            None
        }
    }
}

/// All entries of one array of tables across the catalogue's files, in file order.
fn entries<'a, T: 'a>(
    files: &'a [(FileId, cat::CatalogueFile)],
    get: impl Fn(&'a cat::CatalogueFile) -> &'a Vec<Spanned<T>>,
) -> impl Iterator<Item = (FileId, &'a Spanned<T>)> {
    files
        .iter()
        .flat_map(move |(file, f)| get(f).iter().map(move |e| (*file, e)))
}

pub(super) fn loc<T>(file: FileId, s: &Spanned<T>) -> Location {
    Location {
        file,
        span: s.span(),
    }
}

/// Ids of one kind of entry, for duplicate checks and reference lookups.
pub(super) struct IdIndex {
    what: &'static str,
    ids: HashMap<String, (usize, Location)>,
}

impl IdIndex {
    pub(super) fn new(what: &'static str) -> Self {
        Self {
            what,
            ids: HashMap::new(),
        }
    }

    /// Record an id; false (and a diagnostic) when it is taken.
    fn insert(
        &mut self,
        r: &mut Resolver,
        file: FileId,
        id: &Spanned<String>,
        index: usize,
    ) -> bool {
        if self.ids.contains_key(id.get_ref()) {
            r.push(
                Diagnostic::error(
                    "DL007",
                    format!("duplicate {} id `{}`", self.what, id.get_ref()),
                )
                .at(file, id.span())
                .label("already used")
                .help(format!(
                    "each {} needs its own id; rename one of them",
                    self.what
                )),
            );
            return false;
        }
        self.ids.insert(
            id.get_ref().clone(),
            (
                index,
                Location {
                    file,
                    span: id.span(),
                },
            ),
        );
        true
    }

    /// Resolve a reference; a diagnostic with "did you mean" when it dangles.
    pub(super) fn get(
        &self,
        r: &mut Resolver,
        file: FileId,
        reference: &Spanned<String>,
    ) -> Option<usize> {
        if let Some((index, _)) = self.ids.get(reference.get_ref()) {
            return Some(*index);
        }
        let mut known: Vec<&str> = self.ids.keys().map(String::as_str).collect();
        known.sort_unstable();
        let help = match did_you_mean(reference.get_ref(), known.iter().copied()) {
            Some(s) => format!("did you mean `{s}`?"),
            None if known.is_empty() => format!(
                "no {} is defined; add a [[{}]] entry with this id",
                self.what,
                table_of(self.what)
            ),
            None => format!("known {} ids: {}", self.what, known.join(", ")),
        };
        r.push(
            Diagnostic::error(
                "DL008",
                format!("unknown {} `{}`", self.what, reference.get_ref()),
            )
            .at(file, reference.span())
            .label(format!("no {} has this id", self.what))
            .help(help),
        );
        None
    }
}

fn table_of(what: &str) -> &'static str {
    match what {
        "purpose" => "purposes",
        "processor" => "processors",
        _ => "…",
    }
}
