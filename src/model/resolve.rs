//! Catalogue → Policy: merge the files, parse every value, resolve every reference.
//!
//! Every problem becomes a diagnostic and resolution carries on, so one run lists
//! everything to fix. A policy is returned only when no error was found.

use super::*;
use crate::catalogue::{self as cat, Catalogue, Text};
use crate::diag::{Diagnostic, FileId, Location, did_you_mean};
use crate::duration;
use std::collections::HashMap;
use std::str::FromStr;
use toml::Spanned;

pub fn resolve(catalogue: &Catalogue, diags: &mut Vec<Diagnostic>) -> Option<Policy> {
    let errors_before = diags.iter().filter(|d| d.is_error()).count();
    let policy = Resolver { diags }.policy(catalogue);
    let errors_after = diags.iter().filter(|d| d.is_error()).count();
    policy.filter(|_| errors_after == errors_before)
}

struct Resolver<'d> {
    diags: &'d mut Vec<Diagnostic>,
}

/// The locales a catalogue declares, needed to read every text field.
struct Locales {
    default: LanguageIdentifier,
    declared: Vec<LanguageIdentifier>,
}

/// A single table (`[policy]`, `[controller]`, …) found in one of the files.
type Single<'a, T> = Option<(FileId, &'a Spanned<T>)>;

impl Resolver<'_> {
    fn push(&mut self, diag: Diagnostic) {
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
                    .map_or(RecipientRole::Processor, |r| r.value),
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
            sites,
            controller: controller?,
            dpo,
            authority,
            consent,
            rights,
            privacy,
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
        Ok(l) if !tag.get_ref().is_empty() && l.language.as_str() != "und" => Some(l),
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

fn loc<T>(file: FileId, s: &Spanned<T>) -> Location {
    Location {
        file,
        span: s.span(),
    }
}

/// Ids of one kind of entry, for duplicate checks and reference lookups.
struct IdIndex {
    what: &'static str,
    ids: HashMap<String, (usize, Location)>,
}

impl IdIndex {
    fn new(what: &'static str) -> Self {
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
    fn get(&self, r: &mut Resolver, file: FileId, reference: &Spanned<String>) -> Option<usize> {
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

/// Resolution of single fields, with the declared locales at hand.
struct Cx<'r, 'd> {
    r: &'r mut Resolver<'d>,
    locales: &'r Locales,
}

impl Cx<'_, '_> {
    fn text(&mut self, file: FileId, text: &Spanned<Text>) -> LocalText {
        match text.get_ref() {
            Text::Plain(s) => LocalText::new(vec![(self.locales.default.clone(), s.clone())]),
            Text::Localized(map) => {
                let mut entries = Vec::new();
                for (tag, value) in map {
                    let Ok(locale) = LanguageIdentifier::from_str(tag) else {
                        self.r.push(
                            Diagnostic::error(
                                "DL011",
                                format!("`{tag}` is not a valid locale tag"),
                            )
                            .at(file, text.span())
                            .help("key translations by locale tags such as en, nl or de-AT"),
                        );
                        continue;
                    };
                    // A language-only key (`en`) serves its regional locales (`en-GB`) by fallback.
                    let serves_declared = self.locales.declared.iter().any(|d| {
                        *d == locale || (locale.region.is_none() && d.language == locale.language)
                    });
                    if !serves_declared {
                        let declared: Vec<String> = self
                            .locales
                            .declared
                            .iter()
                            .map(|l| l.to_string())
                            .collect();
                        let help = match did_you_mean(tag, declared.iter().map(String::as_str)) {
                            Some(s) => format!(
                                "did you mean `{s}`? Otherwise add \"{tag}\" to policy.locales"
                            ),
                            None => format!(
                                "add \"{tag}\" to policy.locales (declared: {})",
                                declared.join(", ")
                            ),
                        };
                        self.r.push(
                            Diagnostic::error(
                                "DL011",
                                format!("translation for undeclared locale `{tag}`"),
                            )
                            .at(file, text.span())
                            .help(help),
                        );
                        continue;
                    }
                    entries.push((locale, value.clone()));
                }
                if map.is_empty() {
                    self.r.push(
                        Diagnostic::error("DL006", "empty translation table")
                            .at(file, text.span())
                            .help(format!(
                                "give at least the default locale: {{ {} = \"…\" }}",
                                self.locales.default
                            )),
                    );
                }
                // Default locale first, so it is the last resort of every lookup.
                entries.sort_by_key(|(l, _)| *l != self.locales.default);
                LocalText::new(entries)
            }
        }
    }

    fn opt_text(&mut self, file: FileId, text: &Option<Spanned<Text>>) -> Option<LocalText> {
        text.as_ref().map(|t| self.text(file, t))
    }

    fn keyword<K: Keyword>(&mut self, file: FileId, word: &Spanned<String>) -> Option<At<K>> {
        if let Some(value) = K::parse(word.get_ref()) {
            return Some(At {
                value,
                loc: loc(file, word),
            });
        }
        let help = match did_you_mean(word.get_ref(), K::keywords()) {
            Some(s) => format!("did you mean `{s}`?"),
            None => format!(
                "expected one of: {}",
                K::keywords().collect::<Vec<_>>().join(", ")
            ),
        };
        self.r.push(
            Diagnostic::error("DL009", format!("unknown {} `{}`", K::WHAT, word.get_ref()))
                .at(file, word.span())
                .label(format!("not a {}", K::WHAT))
                .help(help),
        );
        None
    }

    /// Ids name output folders and anchors: keep them to safe characters.
    fn id(&mut self, file: FileId, id: &Spanned<String>, what: &str) -> Option<String> {
        let s = id.get_ref();
        let valid = !s.is_empty()
            && s.len() <= 64
            && s.starts_with(|c: char| c.is_ascii_alphanumeric())
            && s.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == '.')
            && !s.contains("..");
        if valid {
            return Some(s.clone());
        }
        self.r.push(
            Diagnostic::error("DL013", format!("`{s}` is not a valid {what}"))
                .at(file, id.span())
                .label("invalid id")
                .help("ids use letters, digits, '-', '_' and '.', start with a letter or digit, and are at most 64 characters"),
        );
        None
    }

    fn url(&mut self, file: FileId, url: &Spanned<String>) -> Option<String> {
        let s = url.get_ref().trim();
        let lower = s.to_ascii_lowercase();
        let safe = ["https://", "http://", "mailto:"]
            .iter()
            .any(|p| lower.starts_with(p))
            && s.len() > 8
            && !s
                .chars()
                .any(|c| c.is_whitespace() || c.is_control() || c == '"' || c == '<' || c == '>');
        if safe {
            return Some(s.to_owned());
        }
        self.r.push(
            Diagnostic::error(
                "DL014",
                format!("`{s}` is not a web address that can be linked"),
            )
            .at(file, url.span())
            .label("only https://, http:// and mailto: links are allowed")
            .help("write the full address, starting with https://"),
        );
        None
    }

    fn email(&mut self, file: FileId, email: &Spanned<String>) -> Option<String> {
        let s = email.get_ref().trim();
        let valid = s.split_once('@').is_some_and(|(user, host)| {
            !user.is_empty() && host.contains('.') && !host.starts_with('.') && !host.ends_with('.')
        }) && !s
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || "<>\"(),;:".contains(c));
        if valid {
            return Some(s.to_owned());
        }
        self.r.push(
            Diagnostic::error("DL014", format!("`{s}` is not an e-mail address"))
                .at(file, email.span())
                .help("write an address such as privacy@example.com"),
        );
        None
    }

    fn country(&mut self, file: FileId, country: &Spanned<String>) -> Option<At<String>> {
        let s = country.get_ref();
        if s.len() == 2 && s.chars().all(|c| c.is_ascii_uppercase()) {
            return Some(At {
                value: s.clone(),
                loc: loc(file, country),
            });
        }
        let upper = s.to_ascii_uppercase();
        let help = if s.len() == 2 && upper.chars().all(|c| c.is_ascii_uppercase()) {
            format!("country codes are upper case: \"{upper}\"")
        } else {
            "use the two-letter ISO 3166-1 code, such as \"NL\", \"DE\" or \"US\"".to_owned()
        };
        self.r.push(
            Diagnostic::error("DL014", format!("`{s}` is not an ISO 3166-1 country code"))
                .at(file, country.span())
                .help(help),
        );
        None
    }

    fn effective(&mut self, file: FileId, value: &Spanned<toml::Value>) -> Option<Effective> {
        let parsed = match value.get_ref() {
            toml::Value::Datetime(dt) => match (dt.date, dt.time) {
                (Some(d), None) => {
                    valid_date(d.year as i32, d.month, d.day).then_some(Effective::Date {
                        year: d.year as i32,
                        month: d.month,
                        day: d.day,
                    })
                }
                (Some(d), Some(t)) => Some(Effective::DateTime {
                    year: d.year as i32,
                    month: d.month,
                    day: d.day,
                    hour: t.hour,
                    minute: t.minute,
                    offset_minutes: dt.offset.map(|o| match o {
                        toml::value::Offset::Z => 0,
                        toml::value::Offset::Custom { minutes } => minutes,
                    }),
                }),
                _ => None,
            },
            toml::Value::String(s) => parse_month(s),
            _ => None,
        };
        if parsed.is_none() {
            self.r.push(
                Diagnostic::error("DL012", "not a valid effective date")
                    .at(file, value.span())
                    .label("expected a date")
                    .help("write a TOML date such as 2021-02-19 (no quotes), a date and time with offset such as 2021-02-19T13:40:00+01:00, or a month as \"2018-11\""),
            );
        }
        parsed
    }

    fn controller(&mut self, file: FileId, c: &Spanned<cat::Controller>) -> Controller {
        let c_ = c.get_ref();
        Controller {
            name: c_.name.get_ref().clone(),
            address: self.opt_text(file, &c_.address),
            email: c_.email.as_ref().and_then(|e| self.email(file, e)),
            phone: c_.phone.as_ref().map(|p| p.get_ref().clone()),
            country: c_
                .country
                .as_ref()
                .and_then(|x| self.country(file, x))
                .map(|x| x.value),
            website: c_.website.as_ref().and_then(|u| self.url(file, u)),
            registration: c_.registration.as_ref().map(|r| r.get_ref().clone()),
            loc: loc(file, c),
        }
    }

    fn dpo(&mut self, file: FileId, d: &Spanned<cat::Dpo>) -> Dpo {
        let d_ = d.get_ref();
        Dpo {
            name: d_.name.as_ref().map(|n| n.get_ref().clone()),
            honorific: self.opt_text(file, &d_.honorific),
            role: self.opt_text(file, &d_.role),
            email: d_.email.as_ref().and_then(|e| self.email(file, e)),
            phone: d_.phone.as_ref().map(|p| p.get_ref().clone()),
            address: self.opt_text(file, &d_.address),
            designated: d_.designated.as_ref().map(|b| *b.get_ref()),
            loc: loc(file, d),
        }
    }

    fn produced_document(
        &mut self,
        file: FileId,
        word: &Spanned<String>,
        documents: &[DocumentKind],
    ) -> Option<DocumentKind> {
        let kind = self.keyword::<DocumentKind>(file, word)?.value;
        if documents.contains(&kind) {
            return Some(kind);
        }
        self.r.push(
            Diagnostic::error(
                "DL016",
                format!("the policy does not produce a {}", kind.keyword()),
            )
            .at(file, word.span())
            .help(format!(
                "add \"{}\" to policy.documents, or move this entry to a document it produces",
                kind.keyword()
            )),
        );
        None
    }

    fn cookie(
        &mut self,
        file: FileId,
        c: &Spanned<cat::Cookie>,
        purposes: &IdIndex,
        processors: &IdIndex,
    ) -> Option<Cookie> {
        let c_ = c.get_ref();
        let name = match &c_.name {
            Some(n) => self.cookie_name(file, n)?,
            None if c_.label.is_some() => CookieName::Unnamed,
            None => {
                self.r.push(
                    Diagnostic::error(
                        "DL006",
                        "a cookie needs a `name`, or a `label` where the name is not known",
                    )
                    .at(file, c.span())
                    .help("add name = \"…\" (exact, or a pattern such as \"visitor_id<account>\")"),
                );
                return None;
            }
        };
        let provider = if c_.provider.get_ref() == "first-party" {
            Some(Provider::FirstParty)
        } else {
            processors
                .get(self.r, file, &c_.provider)
                .map(|i| Provider::Processor(ProcessorId(i)))
        };
        let category = self.keyword(file, &c_.category);
        let purposes = c_
            .purposes
            .iter()
            .filter_map(|p| purposes.get(self.r, file, p).map(PurposeId))
            .collect();
        let duration = c_.duration.as_ref().and_then(|d| self.duration(file, d));
        let retention = c_.retention.as_ref().and_then(|d| self.duration(file, d));
        let storage = c_
            .storage
            .as_ref()
            .and_then(|s| self.keyword(file, s))
            .map_or(StorageKind::Cookie, |s| s.value);
        Some(Cookie {
            name,
            label: self.opt_text(file, &c_.label),
            example: c_.example.as_ref().map(|e| e.get_ref().clone()),
            provider: provider?,
            category: category?,
            purposes,
            duration,
            retention,
            storage,
            domain: c_.domain.as_ref().map(|d| d.get_ref().clone()),
            description: self.opt_text(file, &c_.description),
            loc: loc(file, c),
        })
    }

    fn duration(
        &mut self,
        file: FileId,
        d: &Spanned<String>,
    ) -> Option<At<crate::duration::Duration>> {
        match duration::parse(d.get_ref()) {
            Ok(value) => Some(At {
                value,
                loc: loc(file, d),
            }),
            Err(err) => {
                self.r.push(
                    Diagnostic::error("DL010", err.message)
                        .at(file, d.span())
                        .label("not a duration")
                        .help(err.help),
                );
                None
            }
        }
    }

    fn cookie_name(&mut self, file: FileId, n: &Spanned<String>) -> Option<CookieName> {
        match parse_cookie_name(n.get_ref()) {
            Ok(name) => Some(name),
            Err(why) => {
                self.r.push(
                    Diagnostic::error("DL015", format!("`{}` is not a valid cookie name: {why}", n.get_ref()))
                        .at(file, n.span())
                        .help("write the exact name, or mark the variable part as <placeholder>, e.g. \"visitor_id<account>\""),
                );
                None
            }
        }
    }

    /// Two entries for the same cookie name would give two rows and two consent rules.
    fn duplicate_cookie_names(&mut self, cookies: &[Cookie]) {
        let mut seen: std::collections::HashSet<(String, Option<String>)> =
            std::collections::HashSet::new();
        for cookie in cookies {
            let Some(name) = cookie.name.display() else {
                continue;
            };
            if !seen.insert((name.clone(), cookie.domain.clone())) {
                self.r.push(
                    Diagnostic::error("DL007", format!("cookie `{name}` is listed twice"))
                        .at(cookie.loc.file, cookie.loc.span.clone())
                        .label("second entry")
                        .help("merge the two entries, or set `domain` where the same name is set by different domains"),
                );
            }
        }
    }
}

fn valid_date(year: i32, month: u8, day: u8) -> bool {
    icu_calendar::Date::try_new_iso(year, month, day).is_ok()
}

fn parse_month(text: &str) -> Option<Effective> {
    let (y, m) = text.split_once('-')?;
    if y.len() != 4 || m.len() != 2 {
        return None;
    }
    let year: i32 = y.parse().ok()?;
    let month: u8 = m.parse().ok()?;
    (1..=12)
        .contains(&month)
        .then_some(Effective::Month { year, month })
}

/// `visitor_id<account>` → literal `visitor_id` + placeholder `account`.
pub fn parse_cookie_name(text: &str) -> Result<CookieName, String> {
    if text.is_empty() {
        return Err("it is empty".into());
    }
    if let Some(c) = text
        .chars()
        .find(|c| c.is_whitespace() || c.is_control() || "()@,;:\\\"/[]?={}".contains(*c))
    {
        return Err(format!("cookie names cannot contain {c:?}"));
    }
    if !text.contains(['<', '>']) {
        return Ok(CookieName::Exact(text.to_owned()));
    }
    let mut parts = Vec::new();
    let mut rest = text;
    while !rest.is_empty() {
        match rest.find('<') {
            Some(0) => {
                let end = rest.find('>').ok_or("a `<` has no closing `>`")?;
                let placeholder = &rest[1..end];
                if placeholder.is_empty() || placeholder.contains('<') {
                    return Err("placeholders are written <name>".into());
                }
                parts.push(NamePart::Placeholder(placeholder.to_owned()));
                rest = &rest[end + 1..];
            }
            found => {
                let end = found.unwrap_or(rest.len());
                let literal = &rest[..end];
                if literal.contains('>') {
                    return Err("a `>` has no opening `<`".into());
                }
                parts.push(NamePart::Literal(literal.to_owned()));
                rest = &rest[end..];
            }
        }
    }
    Ok(CookieName::Pattern(parts))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cookie_patterns_become_regexes() {
        let name = parse_cookie_name("visitor_id<account>").unwrap();
        assert_eq!(name.display().as_deref(), Some("visitor_id<account>"));
        assert_eq!(name.regex().as_deref(), Some("^visitor_id.+$"));
        assert_eq!(
            parse_cookie_name("_ga").unwrap().regex().as_deref(),
            Some("^_ga$")
        );
        assert!(parse_cookie_name("a<b").is_err());
        assert!(parse_cookie_name("a>b").is_err());
        assert!(parse_cookie_name("a b").is_err());
        assert!(parse_cookie_name("<>").is_err());
    }

    #[test]
    fn months_parse() {
        assert_eq!(
            parse_month("2018-11"),
            Some(Effective::Month {
                year: 2018,
                month: 11
            })
        );
        assert_eq!(parse_month("2018-13"), None);
        assert_eq!(parse_month("Nov 2018"), None);
    }
}
