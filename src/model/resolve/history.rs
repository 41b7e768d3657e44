//! `[[changes]]`: the releases recorded in the catalogue, each with its typed changes.

use super::cx::{Cx, loc};
use crate::catalogue::{self as cat, Spanned};
use crate::diag::FileId;
use crate::model::{Change, ChangeClass, ChangeKind, Release};

pub(super) fn releases<'a>(
    cx: &mut Cx,
    entries: impl Iterator<Item = (FileId, &'a Spanned<cat::ChangeEntry>)>,
) -> Vec<Release> {
    let mut out = Vec::new();
    for (file, entry) in entries {
        let e = entry.get_ref();
        let effective = cx.effective(file, &e.effective);
        let summary = cx.opt_text(file, &e.summary);
        let mut changes = Vec::new();
        for item in &e.items {
            if let Some(change) = change(cx, file, item.get_ref()) {
                changes.push(change);
            }
        }
        if let Some(effective) = effective {
            out.push(Release {
                version: e.version.get_ref().clone(),
                effective,
                summary,
                consent_fingerprint: e.consent_fingerprint.as_ref().map(|f| f.get_ref().clone()),
                changes,
                loc: loc(file, entry),
            });
        }
    }
    out
}

fn change(cx: &mut Cx, file: FileId, item: &cat::ChangeItem) -> Option<Change> {
    let kind = cx.keyword::<ChangeKind>(file, &item.kind);
    let class = cx.keyword::<ChangeClass>(file, &item.class);
    let text = |s: &Option<Spanned<String>>| s.as_ref().map(|s| s.get_ref().clone());
    let mut change = Change::new(kind?.value, class?.value, item.subject.get_ref().clone())
        .values(text(&item.before), text(&item.after));
    change.field = text(&item.field);
    change.locale = text(&item.locale);
    change.provider = text(&item.provider);
    change.category = text(&item.category);
    change.duration = text(&item.duration);
    Some(change)
}
