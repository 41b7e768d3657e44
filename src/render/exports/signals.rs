//! The consent signals every export carries after its configuration: Google Consent
//! Mode v2 from the table of [`crate::model::signals`], run by a small script
//! (`signals.js`) that sends the `default` command when the export loads and an
//! `update` on every choice the consent manager reports.
//!
//! The script is the same for both libraries; only the way it hears of a choice
//! differs (CookieConsent's `cc:onConsent` / `cc:onChange` events, Klaro's
//! `callback`). Its data is keywords and validated region codes, written with the
//! same literal writer as the configuration.

use super::js::Js;
use crate::model::signals::{WAIT_FOR_UPDATE_MS, consent_mode, gpc_refused};
use crate::model::*;

/// Which consent manager the script listens to.
#[derive(Debug, Clone, Copy)]
pub(super) enum Library {
    CookieConsent,
    Klaro,
}

const RUNTIME: &str = include_str!("signals.js");

/// The signals script for `policy`, to follow the configuration. `gpc_notices` are
/// the banner's Global Privacy Control sentences, keyed as the library keys its
/// translations and escaped as it needs; unused when the catalogue does not honour
/// GPC.
pub(super) fn script(policy: &Policy, library: Library, gpc_notices: Vec<(String, Js)>) -> String {
    let mode = consent_mode(policy);
    let gpc = match gpc_refused(policy) {
        Some(refused) => Js::Obj(vec![
            (
                "refuses".into(),
                Js::Arr(refused.iter().map(|c| Js::str(c.keyword())).collect()),
            ),
            ("notice".into(), Js::Obj(gpc_notices)),
        ]),
        None => Js::Bool(false),
    };
    let table = Js::Obj(vec![
        (
            "signals".into(),
            Js::Obj(
                mode.signals
                    .iter()
                    .map(|(signal, needs)| {
                        (
                            signal.keyword().to_owned(),
                            Js::Arr(needs.iter().map(|c| Js::str(c.keyword())).collect()),
                        )
                    })
                    .collect(),
            ),
        ),
        (
            "regions".into(),
            Js::Arr(mode.regions.iter().map(|r| Js::str(r)).collect()),
        ),
        ("waitForUpdate".into(), Js::Num(WAIT_FOR_UPDATE_MS)),
        ("gpc".into(), gpc),
    ]);
    let mut data = String::new();
    table.write(&mut data, 0);
    let library = match library {
        Library::CookieConsent => "\"cookieconsent\"",
        Library::Klaro => "\"klaro\"",
    };
    let body = RUNTIME
        .strip_suffix("})(window, TABLE, LIBRARY);\n")
        .expect("signals.js ends with its call");
    format!(
        "// Google Consent Mode v2: the default command now, an update on every choice.\n\
         // See docs/exports.md#google-consent-mode.\n\
         {body}}})(window, {data}, {library});\n"
    )
}
