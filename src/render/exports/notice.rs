//! `window.discloseNotice`: which notice a visitor's consent was given under.
//!
//! Both exports assign it besides their library's configuration, so a consent record
//! can store the policy version, the consent fingerprint and revision, and the SHA-256
//! of the cookie-policy page the visitor could read, in their language
//! (docs/exports.md). The hashes are of the pages this build wrote: the exports run
//! after the pages.

use super::js::Js;
use super::revision;
use crate::model::facts::consent_fingerprint;
use crate::model::*;
use crate::output::WritePlan;
use crate::render::Format;
use crate::render::pages::page_path;
use crate::render::renderer::{PolicyInput, by_path};

/// The global both exports assign.
pub const NOTICE_GLOBAL: &str = "discloseNotice";

/// The script line assigning [`NOTICE_GLOBAL`].
pub fn notice(input: &PolicyInput, plan: &WritePlan) -> String {
    let policy = input.policy;
    let written = by_path(plan);
    let root = input.root();
    let mut pages = Vec::new();
    if policy.has_document(DocumentKind::CookiePolicy) {
        for view in input.views {
            let found = [Format::Html, Format::Fragment, Format::Markdown]
                .into_iter()
                .chain(input.shared.formats.iter().copied())
                .filter(|f| input.shared.formats.contains(f))
                .find_map(|f| {
                    let path = page_path(&view.lang, "cookie-policy", f);
                    let bytes = written.get(root.join(&path).as_path())?;
                    Some((path, crate::model::facts::sha256_hex(bytes)))
                });
            if let Some((path, sha256)) = found {
                pages.push((
                    view.lang.clone(),
                    Js::Obj(vec![
                        ("path".into(), Js::str(&path)),
                        ("sha256".into(), Js::str(&sha256)),
                    ]),
                ));
            }
        }
    }
    let opt = |s: Option<String>| s.map_or(Js::Null, |s| Js::str(&s));
    let value = Js::Obj(vec![
        ("policy".into(), Js::str(&policy.id)),
        ("version".into(), opt(policy.version.clone())),
        (
            "effective".into(),
            opt(policy.effective.map(|e| e.iso8601())),
        ),
        (
            "consent_fingerprint".into(),
            Js::str(&consent_fingerprint(policy)),
        ),
        ("consent_revision".into(), Js::Num(revision(policy))),
        ("cookie_policy".into(), Js::Obj(pages)),
    ]);
    let mut out = format!("window.{NOTICE_GLOBAL} = ");
    value.write(&mut out, 0);
    out.push_str(";\n");
    out
}
