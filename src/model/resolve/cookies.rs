//! `[[cookies]]`: names (exact or with `<placeholders>`), providers, categories,
//! purposes and durations; a name may be listed once per domain.

use super::confusable;
use super::cx::{Cx, loc};
use super::entries::Refs;
use crate::catalogue::{self as cat, Spanned};
use crate::diag::{Diagnostic, FileId, codes};
use crate::duration::Duration;
use crate::model::{
    At, Cookie, CookieName, Date, Effective, Lifetime, NamePart, Provider, Region,
    RegionalDuration, StorageKind,
};
use std::collections::HashSet;

pub(super) fn cookies<'a>(
    cx: &mut Cx,
    entries: impl Iterator<Item = (FileId, &'a Spanned<cat::Cookie>)>,
    refs: &Refs,
) -> Vec<Cookie> {
    let cookies: Vec<Cookie> = entries
        .filter_map(|(file, entry)| cookie(cx, file, entry, refs))
        .collect();
    duplicate_names(cx, &cookies);
    cookies
}

fn cookie(cx: &mut Cx, file: FileId, entry: &Spanned<cat::Cookie>, refs: &Refs) -> Option<Cookie> {
    let c = entry.get_ref();
    let name = match &c.name {
        Some(n) => name(cx, file, n)?,
        None if c.label.is_some() => CookieName::Unnamed,
        None => {
            cx.push(
                Diagnostic::error(
                    codes::MISSING_FIELD,
                    "a cookie needs a `name`, or a `label` where the name is not known",
                )
                .at(file, entry.span())
                .help("add name = \"…\" (exact, or a pattern such as \"visitor_id<account>\")"),
            );
            return None;
        }
    };
    let provider = if c.provider.get_ref() == "first-party" {
        Some(Provider::FirstParty)
    } else {
        refs.processor(cx, file, &c.provider)
            .map(Provider::Processor)
    };
    let category = cx.keyword(file, &c.category);
    let purposes = refs.purposes(cx, file, &c.purposes);
    let duration = c.duration.as_ref().and_then(|d| cx.duration(file, d));
    let lifetime = lifetime(cx, file, c, duration.as_ref());
    let retention = c.retention.as_ref().and_then(|d| cx.duration(file, d));
    let storage = c
        .storage
        .as_ref()
        .and_then(|s| cx.keyword(file, s))
        .map_or(StorageKind::Cookie, |s| s.value);
    Some(Cookie {
        name,
        label: cx.opt_text(file, &c.label),
        example: c.example.as_ref().map(|e| e.get_ref().clone()),
        provider: provider?,
        category: category?,
        purposes,
        duration,
        lifetime,
        retention,
        storage,
        domain: c.domain.as_ref().map(|d| d.get_ref().clone()),
        description: cx.opt_markdown(file, &c.description),
        loc: loc(file, entry),
    })
}

/// The parts of a lifetime beside `duration`: `until`, `expires`, `rolling` and
/// `durations_by_region`.
fn lifetime(
    cx: &mut Cx,
    file: FileId,
    c: &cat::Cookie,
    duration: Option<&At<Duration>>,
) -> Lifetime {
    let until = cx.opt_text(file, &c.until);
    let expires = c.expires.as_ref().and_then(|e| {
        let date = match cx.effective(file, e)? {
            Effective::Date { year, month, day } => Date { year, month, day },
            _ => {
                cx.push(
                    Diagnostic::error(codes::INVALID_DATE, "`expires` is a day")
                        .at(file, e.span())
                        .label("expected a date")
                        .help("write a TOML date such as 2026-12-31 (no quotes)"),
                );
                return None;
            }
        };
        Some(At {
            value: date,
            loc: loc(file, e),
        })
    });
    if let (Some(_), Some(e)) = (&c.until, &c.expires) {
        cx.push(
            Diagnostic::error(
                codes::DUPLICATE,
                "the cookie ends both on an event and on a date",
            )
            .at(file, e.span())
            .label("second end")
            .help("keep `until` (an event) or `expires` (a date); `duration` can give the maximum"),
        );
    }
    let rolling = c.rolling.as_ref().is_some_and(|r| *r.get_ref());
    if let Some(r) = &c.rolling
        && *r.get_ref()
        && !duration.is_some_and(|d| matches!(d.value, Duration::Period(_)))
    {
        cx.push(
            Diagnostic::error(codes::MISSING_FIELD, "a rolling lifetime needs the period that is renewed")
                .at(file, r.span())
                .help("add `duration`, such as \"30 minutes\": the period that starts again on every visit"),
        );
    }
    let by_region = c
        .durations_by_region
        .iter()
        .filter_map(|entry| {
            let r = entry.get_ref();
            let regions: Vec<Region> = r
                .regions
                .iter()
                .filter_map(|code| match code.get_ref().as_str() {
                    "EEA" => Some(Region::Eea),
                    "EU" => Some(Region::Eu),
                    _ => cx.country(file, code).map(|c| Region::Country(c.value)),
                })
                .collect();
            if r.regions.is_empty() {
                cx.push(
                    Diagnostic::error(codes::MISSING_FIELD, "a regional duration names no region")
                        .at(file, entry.span())
                        .help(
                            "list the regions: country codes such as \"GB\", or \"EEA\" or \"EU\"",
                        ),
                );
            }
            let duration = cx.duration(file, &r.duration)?;
            (!regions.is_empty()).then_some(RegionalDuration { regions, duration })
        })
        .collect();
    Lifetime {
        until,
        expires,
        rolling,
        by_region,
    }
}

fn name(cx: &mut Cx, file: FileId, n: &Spanned<String>) -> Option<CookieName> {
    match parse_cookie_name(n.get_ref()) {
        Ok(name) => {
            if let Some(suspicion) = confusable::suspicion(n.get_ref()) {
                cx.push(
                    Diagnostic::warning(
                        codes::CONFUSABLE_COOKIE_NAME,
                        format!(
                            "cookie name `{}` {}",
                            confusable::reveal(n.get_ref()),
                            suspicion.describe()
                        ),
                    )
                    .at(file, n.span())
                    .label("not what it looks like")
                    .help("write the name exactly as the site sets it, in plain characters: a lookalike is another cookie, which consent rules and audits do not match"),
                );
            }
            Some(name)
        }
        Err(why) => {
            cx.push(
                Diagnostic::error(codes::INVALID_COOKIE_NAME, format!("`{}` is not a valid cookie name: {why}", n.get_ref()))
                    .at(file, n.span())
                    .help("write the exact name, or mark the variable part as <placeholder>, e.g. \"visitor_id<account>\""),
            );
            None
        }
    }
}

/// Two entries for the same cookie name would give two rows and two consent rules.
fn duplicate_names(cx: &mut Cx, cookies: &[Cookie]) {
    let mut seen: HashSet<(String, Option<String>)> = HashSet::new();
    for cookie in cookies {
        let Some(name) = cookie.name.display() else {
            continue;
        };
        if !seen.insert((name.clone(), cookie.domain.clone())) {
            cx.push(
                Diagnostic::error(codes::DUPLICATE, format!("cookie `{name}` is listed twice"))
                    .at(cookie.loc.file, cookie.loc.span.clone())
                    .label("second entry")
                    .help("merge the two entries, or set `domain` where the same name is set by different domains"),
            );
        }
    }
}

/// `visitor_id<account>` → literal `visitor_id` + placeholder `account`.
fn parse_cookie_name(text: &str) -> Result<CookieName, String> {
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
    use proptest::prelude::*;

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

    proptest! {
        #[test]
        fn patterns_become_prefix_regexes(prefix in "[a-z_]{1,8}", suffix in "[0-9]{1,6}") {
            prop_assert!(parse_cookie_name(&format!("{prefix}<{suffix}")).is_err(), "unclosed placeholder");
            let name = parse_cookie_name(&format!("{prefix}<id>")).unwrap();
            prop_assert_eq!(name.display(), Some(format!("{prefix}<id>")));
            prop_assert_eq!(name.regex(), Some(format!("^{prefix}.+$")));
        }

        #[test]
        fn any_cookie_name_text_is_accepted_or_refused_without_panic(text in "\\PC{0,30}") {
            let _ = parse_cookie_name(&text);
        }
    }
}
