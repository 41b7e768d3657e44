//! The arrays of tables besides `[[cookies]]`: purposes, processors, data
//! categories, storage locations, sections and links.

use super::cx::{Cx, loc};
use super::ids::IdIndex;
use crate::catalogue::{self as cat, Spanned};
use crate::diag::{Diagnostic, FileId, codes};
use crate::model::{
    ConsentSignal, DataCategory, DocumentKind, Keyword, Link, PagePart, Place, Processor,
    ProcessorId, Purpose, PurposeId, Section, SectionPlace, StorageLocation,
};

/// The ids cookies and data categories refer to.
pub(super) struct Refs<'a> {
    pub purposes: &'a IdIndex,
    pub processors: &'a IdIndex,
}

impl Refs<'_> {
    pub(super) fn purposes(
        &self,
        cx: &mut Cx,
        file: FileId,
        ids: &[Spanned<String>],
    ) -> Vec<PurposeId> {
        ids.iter()
            .filter_map(|p| self.purposes.get(cx.diags, file, p).map(PurposeId))
            .collect()
    }

    pub(super) fn processor(
        &self,
        cx: &mut Cx,
        file: FileId,
        id: &Spanned<String>,
    ) -> Option<ProcessorId> {
        self.processors.get(cx.diags, file, id).map(ProcessorId)
    }
}

pub(super) fn purposes<'a>(
    cx: &mut Cx,
    entries: impl Iterator<Item = (FileId, &'a Spanned<cat::Purpose>)>,
) -> (Vec<Purpose>, IdIndex) {
    let mut ids = IdIndex::new("purpose", "purposes");
    let mut purposes = Vec::new();
    for (file, entry) in entries {
        let p = entry.get_ref();
        let id = cx.id(file, &p.id, "purpose id");
        if !ids.insert(cx.diags, file, &p.id, purposes.len()) {
            continue;
        }
        purposes.push(Purpose {
            id: id.unwrap_or_default(),
            name: cx.text(file, &p.name),
            description: cx.opt_markdown(file, &p.description),
            legal_basis: p.legal_basis.as_ref().and_then(|b| cx.keyword(file, b)),
            legitimate_interest: cx.opt_text(file, &p.legitimate_interest),
            consent_mode: p
                .consent_mode
                .as_ref()
                .map(|signals| consent_mode(cx, file, signals)),
            sale_or_sharing: p.sale_or_sharing.as_ref().is_some_and(|b| *b.get_ref()),
            loc: loc(file, entry),
        });
    }
    (purposes, ids)
}

/// A purpose's own Google Consent Mode signals: `security_storage` is refused, since
/// it follows the necessary category alone (docs/exports.md#google-consent-mode).
fn consent_mode(cx: &mut Cx, file: FileId, signals: &[Spanned<String>]) -> Vec<ConsentSignal> {
    let mut out = Vec::new();
    for word in signals {
        let Some(signal) = cx.keyword::<ConsentSignal>(file, word) else {
            continue;
        };
        if signal.value == ConsentSignal::SecurityStorage {
            cx.push(
                Diagnostic::error(
                    codes::UNKNOWN_KEYWORD,
                    "`security_storage` cannot be set per purpose",
                )
                .at(file, word.span())
                .help("security_storage is granted with the necessary category, which needs no consent; put the cookies that protect the visitor in `necessary`"),
            );
        } else if !out.contains(&signal.value) {
            out.push(signal.value);
        }
    }
    out
}

pub(super) fn processors<'a>(
    cx: &mut Cx,
    entries: impl Iterator<Item = (FileId, &'a Spanned<cat::Processor>)>,
) -> (Vec<Processor>, IdIndex) {
    let mut ids = IdIndex::new("processor", "processors");
    let mut processors = Vec::new();
    for (file, entry) in entries {
        let p = entry.get_ref();
        let id = cx.id(file, &p.id, "processor id");
        if p.id.get_ref() == "first-party" {
            cx.push(
                Diagnostic::error(
                    codes::INVALID_ID,
                    "`first-party` is reserved for cookies the site sets itself",
                )
                .at(file, p.id.span())
                .help("give the processor another id"),
            );
            continue;
        }
        if !ids.insert(cx.diags, file, &p.id, processors.len()) {
            continue;
        }
        processors.push(Processor {
            id: id.unwrap_or_default(),
            name: cx.text(file, &p.name),
            service: cx.opt_text(file, &p.service),
            role: p
                .role
                .as_ref()
                .and_then(|r| cx.keyword(file, r))
                .map(|r| r.value),
            country: p.country.as_ref().and_then(|c| cx.country(file, c)),
            transfer: p.transfer.as_ref().and_then(|t| cx.keyword(file, t)),
            privacy_url: p.privacy_url.as_ref().and_then(|u| cx.url(file, u)),
            own_purposes: p.own_purposes.as_ref().map(|b| *b.get_ref()),
            description: cx.opt_markdown(file, &p.description),
            loc: loc(file, entry),
        });
    }
    (processors, ids)
}

pub(super) fn data<'a>(
    cx: &mut Cx,
    entries: impl Iterator<Item = (FileId, &'a Spanned<cat::DataCategory>)>,
    refs: &Refs,
) -> Vec<DataCategory> {
    let mut ids = IdIndex::new("data category", "data");
    let mut data = Vec::new();
    for (file, entry) in entries {
        let d = entry.get_ref();
        let id = cx.id(file, &d.id, "data category id");
        if !ids.insert(cx.diags, file, &d.id, data.len()) {
            continue;
        }
        data.push(DataCategory {
            id: id.unwrap_or_default(),
            name: cx.text(file, &d.name),
            examples: d.examples.iter().map(|e| cx.text(file, e)).collect(),
            sources: d
                .sources
                .iter()
                .filter_map(|s| cx.keyword(file, s))
                .map(|s| s.value)
                .collect(),
            collection: cx.opt_markdown(file, &d.collection),
            purposes: refs.purposes(cx, file, &d.purposes),
            recipients: d
                .recipients
                .iter()
                .filter_map(|p| refs.processor(cx, file, p))
                .collect(),
            retention: cx.opt_markdown(file, &d.retention),
            sensitive: d.sensitive.as_ref().is_some_and(|s| *s.get_ref()),
            description: cx.opt_markdown(file, &d.description),
            loc: loc(file, entry),
        });
    }
    data
}

pub(super) fn storage<'a>(
    cx: &mut Cx,
    entries: impl Iterator<Item = (FileId, &'a Spanned<cat::StorageLocation>)>,
) -> Vec<StorageLocation> {
    let mut ids = IdIndex::new("storage location", "storage");
    let mut storage = Vec::new();
    for (file, entry) in entries {
        let s = entry.get_ref();
        let id = cx.id(file, &s.id, "storage id");
        if !ids.insert(cx.diags, file, &s.id, storage.len()) {
            continue;
        }
        storage.push(StorageLocation {
            id: id.unwrap_or_default(),
            name: cx.text(file, &s.name),
            country: s
                .country
                .as_ref()
                .and_then(|c| cx.country(file, c))
                .map(|c| c.value),
            description: cx.opt_markdown(file, &s.description),
            loc: loc(file, entry),
        });
    }
    storage
}

pub(super) fn sections<'a>(
    cx: &mut Cx,
    entries: impl Iterator<Item = (FileId, &'a Spanned<cat::Section>)>,
    documents: &[DocumentKind],
) -> Vec<Section> {
    let mut ids = IdIndex::new("section", "sections");
    let mut sections = Vec::new();
    for (file, entry) in entries {
        let s = entry.get_ref();
        let id = cx.id(file, &s.id, "section id");
        if !ids.insert(cx.diags, file, &s.id, sections.len()) {
            continue;
        }
        let Some(document) = cx.produced_document(file, &s.document, documents) else {
            continue;
        };
        let place = place(cx, file, s, document);
        sections.push(Section {
            id: id.unwrap_or_default(),
            document,
            title: cx.text(file, &s.title),
            body: cx.markdown(file, &s.body),
            place,
            loc: loc(file, entry),
        });
    }
    sections
}

/// Where a section goes: `place`, `before` or `after`, at most one, naming a part of
/// its own document.
fn place(cx: &mut Cx, file: FileId, s: &cat::Section, document: DocumentKind) -> Place {
    let given: Vec<&Spanned<String>> = [&s.place, &s.before, &s.after]
        .into_iter()
        .flatten()
        .collect();
    if let [_, second, ..] = given.as_slice() {
        cx.push(
            Diagnostic::error(codes::DUPLICATE, "the section is placed twice")
                .at(file, second.span())
                .label("second placement")
                .help("keep one of `place`, `before` and `after`"),
        );
        return Place::Default;
    }
    if let Some(word) = &s.place {
        return match cx.keyword::<SectionPlace>(file, word).map(|p| p.value) {
            Some(SectionPlace::Top) => Place::Top,
            Some(SectionPlace::End) => Place::End,
            None => Place::Default,
        };
    }
    let (word, make): (_, fn(PagePart) -> Place) = match (&s.before, &s.after) {
        (Some(word), _) => (word, Place::Before),
        (None, Some(word)) => (word, Place::After),
        (None, None) => return Place::Default,
    };
    let Some(part) = cx.keyword::<PagePart>(file, word).map(|p| p.value) else {
        return Place::Default;
    };
    if !document.parts().contains(&part) {
        let parts: Vec<&str> = document.parts().iter().map(|p| p.keyword()).collect();
        cx.push(
            Diagnostic::error(
                codes::UNKNOWN_KEYWORD,
                format!(
                    "{} has no part `{}`",
                    document.description(),
                    part.keyword()
                ),
            )
            .at(file, word.span())
            .label("not a part of this document")
            .help(format!("its parts are: {}", parts.join(", "))),
        );
        return Place::Default;
    }
    make(part)
}

pub(super) fn links<'a>(
    cx: &mut Cx,
    entries: impl Iterator<Item = (FileId, &'a Spanned<cat::Link>)>,
    documents: &[DocumentKind],
) -> Vec<Link> {
    let mut links = Vec::new();
    for (file, entry) in entries {
        let l = entry.get_ref();
        let document = match &l.document {
            Some(d) => match cx.produced_document(file, d, documents) {
                Some(doc) => Some(doc),
                None => continue,
            },
            None => None,
        };
        links.push(Link {
            title: cx.text(file, &l.title),
            url: l.url.as_ref().and_then(|u| cx.url(file, u)),
            publisher: cx.opt_text(file, &l.publisher),
            document,
            loc: loc(file, entry),
        });
    }
    links
}
