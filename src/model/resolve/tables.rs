//! The single tables besides `[policy]`: who is responsible, whom to ask, how
//! consent is sought, which rights are granted, and the `[lints]` settings.

use super::cx::{Cx, loc};
use crate::catalogue::{self as cat, Spanned};
use crate::diag::{Diagnostic, FileId, codes};
use crate::model::{
    At, Authority, Consent, ConsentAsked, Controller, CookieCategory, Dpo, LintLevel, LintSettings,
    Privacy, Right, Rights,
};

pub(super) fn controller(
    cx: &mut Cx,
    file: FileId,
    table: &Spanned<cat::Controller>,
) -> Controller {
    let c = table.get_ref();
    Controller {
        name: c.name.get_ref().clone(),
        address: cx.opt_markdown(file, &c.address),
        email: c.email.as_ref().and_then(|e| cx.email(file, e)),
        phone: c.phone.as_ref().map(|p| p.get_ref().clone()),
        country: c
            .country
            .as_ref()
            .and_then(|x| cx.country(file, x))
            .map(|x| x.value),
        website: c.website.as_ref().and_then(|u| cx.url(file, u)),
        registration: c.registration.as_ref().map(|r| r.get_ref().clone()),
        loc: loc(file, table),
    }
}

pub(super) fn dpo(cx: &mut Cx, file: FileId, table: &Spanned<cat::Dpo>) -> Dpo {
    let d = table.get_ref();
    Dpo {
        name: d.name.as_ref().map(|n| n.get_ref().clone()),
        honorific: cx.opt_text(file, &d.honorific),
        role: cx.opt_text(file, &d.role),
        email: d.email.as_ref().and_then(|e| cx.email(file, e)),
        phone: d.phone.as_ref().map(|p| p.get_ref().clone()),
        address: cx.opt_markdown(file, &d.address),
        designated: d.designated.as_ref().map(|b| *b.get_ref()),
        loc: loc(file, table),
    }
}

pub(super) fn authority(cx: &mut Cx, file: FileId, table: &Spanned<cat::Authority>) -> Authority {
    let a = table.get_ref();
    Authority {
        name: cx.text(file, &a.name),
        country: a
            .country
            .as_ref()
            .and_then(|c| cx.country(file, c))
            .map(|c| c.value),
        url: a.url.as_ref().and_then(|u| cx.url(file, u)),
        address: cx.opt_markdown(file, &a.address),
        loc: loc(file, table),
    }
}

/// `None` when the mechanism is not one we know (reported).
pub(super) fn consent(cx: &mut Cx, file: FileId, table: &Spanned<cat::Consent>) -> Option<Consent> {
    let c = table.get_ref();
    Some(Consent {
        mechanism: cx.keyword(file, &c.mechanism)?,
        notice: cx.opt_text(file, &c.notice),
        withdrawal_effect: cx.opt_markdown(file, &c.withdrawal_effect),
        required_in: c
            .required_in
            .iter()
            .filter_map(|r| cx.region(file, r))
            .collect(),
        asked: ConsentAsked {
            categories: flag(file, &c.categories),
            reject_first_layer: flag(file, &c.reject_first_layer),
            pre_ticked: flag(file, &c.pre_ticked),
            cookie_wall: flag(file, &c.cookie_wall),
        },
        gpc: c.gpc.as_ref().is_some_and(|b| *b.get_ref()),
        gpc_refuses: c.gpc_refuses.as_ref().map(|words| {
            let mut out: Vec<CookieCategory> = Vec::new();
            for word in words {
                let Some(category) = cx.keyword::<CookieCategory>(file, word) else {
                    continue;
                };
                if category.value == CookieCategory::Necessary {
                    cx.push(
                        Diagnostic::error(
                            codes::UNKNOWN_KEYWORD,
                            "Global Privacy Control cannot refuse strictly necessary cookies",
                        )
                        .at(file, word.span())
                        .help("necessary cookies need no consent (ePrivacy Art. 5(3)); list the categories that sell, share or target advertising"),
                    );
                } else if !out.contains(&category.value) {
                    out.push(category.value);
                }
            }
            out
        }),
        loc: loc(file, table),
    })
}

fn flag(file: FileId, value: &Option<Spanned<bool>>) -> Option<At<bool>> {
    value.as_ref().map(|v| At {
        value: *v.get_ref(),
        loc: loc(file, v),
    })
}

pub(super) fn rights(cx: &mut Cx, file: FileId, table: &Spanned<cat::Rights>) -> Rights {
    let r = table.get_ref();
    let mut granted: Vec<At<Right>> = Vec::new();
    for g in &r.granted {
        if let Some(right) = cx.keyword::<Right>(file, g) {
            if granted.iter().any(|x| x.value == right.value) {
                cx.push(
                    Diagnostic::error(
                        codes::DUPLICATE,
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
        exercise: cx.opt_markdown(file, &r.exercise),
        loc: loc(file, table),
    }
}

pub(super) fn privacy(cx: &mut Cx, file: FileId, table: &Spanned<cat::Privacy>) -> Privacy {
    let p = table.get_ref();
    Privacy {
        legal_bases: p
            .legal_bases
            .iter()
            .filter_map(|b| cx.keyword(file, b))
            .collect(),
        automated_decisions: p.automated_decisions.as_ref().map(|b| *b.get_ref()),
        automated_decisions_details: cx.opt_markdown(file, &p.automated_decisions_details),
        retention: cx.opt_markdown(file, &p.retention),
        loc: loc(file, table),
    }
}

/// Rule levels are kept as written: the lint stage knows the rules and reports
/// unknown ones.
pub(super) fn lints(cx: &mut Cx, file: FileId, table: &Spanned<cat::Lints>) -> LintSettings {
    let entries = &table.get_ref().0;
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
}
