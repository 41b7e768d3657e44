//! The translatable fields of a policy, in catalogue order: one walk, shared by the
//! lint stage (which texts lack a locale) and whoever else needs every text.

use super::{LocalText, Policy};
use crate::diag::Location;

/// One translatable field, where to report it, and whether it is a name.
#[derive(Debug)]
pub struct TextField<'a> {
    /// The entry the field belongs to, as messages name it: "purpose `analytics`".
    pub owner: String,
    /// The field's key in the catalogue.
    pub field: &'static str,
    /// What is written: nothing, one text, or several (`examples`).
    pub texts: Vec<&'a LocalText>,
    /// Where the entry is written.
    pub loc: &'a Location,
    /// Names and addresses may be written once, for every locale.
    pub name_like: bool,
}

impl Policy {
    /// Every translatable field, including those left out (with no texts).
    pub fn text_fields(&self) -> Vec<TextField<'_>> {
        let p = self;
        let mut walk = Walk(Vec::new());
        walk.entry("[policy]".into(), &p.loc)
            .name("name", [&p.name]);
        for (i, site) in p.sites.iter().enumerate() {
            walk.entry(format!("site {}", i + 1), &site.loc)
                .name("name", [&site.name]);
        }
        let c = &p.controller;
        walk.entry("[controller]".into(), &c.loc)
            .name("address", &c.address);
        if let Some(d) = &p.dpo {
            walk.entry("[dpo]".into(), &d.loc)
                .text("honorific", &d.honorific)
                .text("role", &d.role)
                .name("address", &d.address);
        }
        if let Some(a) = &p.authority {
            walk.entry("[supervisory_authority]".into(), &a.loc)
                .name("name", [&a.name])
                .name("address", &a.address);
        }
        if let Some(c) = &p.consent {
            walk.entry("[consent]".into(), &c.loc)
                .text("notice", &c.notice)
                .text("withdrawal_effect", &c.withdrawal_effect);
        }
        if let Some(r) = &p.rights {
            walk.entry("[rights]".into(), &r.loc)
                .text("exercise", &r.exercise);
        }
        walk.entry("[privacy]".into(), &p.privacy.loc)
            .text(
                "automated_decisions_details",
                &p.privacy.automated_decisions_details,
            )
            .text("retention", &p.privacy.retention);
        for purpose in &p.purposes {
            walk.entry(format!("purpose `{}`", purpose.id), &purpose.loc)
                .text("name", [&purpose.name])
                .text("description", &purpose.description)
                .text("legitimate_interest", &purpose.legitimate_interest);
        }
        for processor in &p.processors {
            walk.entry(format!("processor `{}`", processor.id), &processor.loc)
                .name("name", [&processor.name])
                .name("service", &processor.service)
                .text("description", &processor.description);
        }
        for cookie in &p.cookies {
            walk.entry(cookie.describe(&p.default_locale), &cookie.loc)
                .text("label", &cookie.label)
                .text("until", &cookie.lifetime.until)
                .text("description", &cookie.description);
        }
        for data in &p.data {
            walk.entry(format!("data category `{}`", data.id), &data.loc)
                .text("name", [&data.name])
                .text("examples", &data.examples)
                .text("collection", &data.collection)
                .text("retention", &data.retention)
                .text("description", &data.description);
        }
        for storage in &p.storage {
            walk.entry(format!("storage `{}`", storage.id), &storage.loc)
                .text("name", [&storage.name])
                .text("description", &storage.description);
        }
        for section in &p.sections {
            walk.entry(format!("section `{}`", section.id), &section.loc)
                .text("title", [&section.title])
                .text("body", [&section.body]);
        }
        for (i, link) in p.links.iter().enumerate() {
            let owner = match &link.url {
                Some(url) => format!("link <{url}>"),
                None => format!("link {}", i + 1),
            };
            walk.entry(owner, &link.loc)
                .name("title", [&link.title])
                .name("publisher", &link.publisher);
        }
        walk.0
    }
}

struct Walk<'a>(Vec<TextField<'a>>);

impl<'a> Walk<'a> {
    fn entry(&mut self, owner: String, loc: &'a Location) -> Entry<'_, 'a> {
        Entry {
            fields: &mut self.0,
            owner,
            loc,
        }
    }
}

/// The fields of one entry, added in the order they are written.
struct Entry<'w, 'a> {
    fields: &'w mut Vec<TextField<'a>>,
    owner: String,
    loc: &'a Location,
}

impl<'a> Entry<'_, 'a> {
    fn add(
        &mut self,
        field: &'static str,
        texts: impl IntoIterator<Item = &'a LocalText>,
        name_like: bool,
    ) -> &mut Self {
        self.fields.push(TextField {
            owner: self.owner.clone(),
            field,
            texts: texts.into_iter().collect(),
            loc: self.loc,
            name_like,
        });
        self
    }

    /// A name or an address: written once, it serves every locale.
    fn name(
        &mut self,
        field: &'static str,
        texts: impl IntoIterator<Item = &'a LocalText>,
    ) -> &mut Self {
        self.add(field, texts, true)
    }

    /// A text that is translated.
    fn text(
        &mut self,
        field: &'static str,
        texts: impl IntoIterator<Item = &'a LocalText>,
    ) -> &mut Self {
        self.add(field, texts, false)
    }
}
