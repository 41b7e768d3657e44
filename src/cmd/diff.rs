//! `disclose diff [OLD] [NEW]`: load both sides, compare, print the classified changes.
//! Exit 0 when every change is editorial (or there is none), 1 when one is material or
//! asks for consent again, 2 when a side cannot be read.

use super::{Exit, Failure, Result};
use crate::cli::{ColorChoice, DiffArgs, DiffFormat};
use disclose::diag::print::human;
use disclose::diff::{Report, Side, SideError, classify};
use disclose::i18n::{Localizer, Messages};
use disclose::model::{Change, ChangeClass, Keyword, Policy};
use disclose::project::Loaded;
use disclose::view::word_change;
use serde::Serialize;
use unic_langid::LanguageIdentifier;

pub fn run(args: &DiffArgs, color: ColorChoice) -> Result {
    let old = Side::parse(args.old.as_deref().unwrap_or("HEAD"), &args.project);
    let new = match &args.new {
        Some(arg) => Side::parse(arg, &args.project),
        None => Side::WorkingTree,
    };
    let old_loaded = load(&old, args, color)?;
    let new_loaded = load(&new, args, color)?;
    let report = Report::new(&old_loaded.policies, &new_loaded.policies);
    let messages = Messages::with_project_dir(&args.project.join("locales"))?;
    let locale: Option<LanguageIdentifier> = match &args.locale {
        Some(tag) => Some(
            tag.parse()
                .map_err(|_| Failure::usage(format!("`{tag}` is not a locale tag")))?,
        ),
        None => None,
    };
    let worded = word(&report, &new_loaded.policies, &messages, locale.as_ref());
    let text = match args.format {
        DiffFormat::Json => serde_json::to_string_pretty(&worded).unwrap_or_default() + "\n",
        DiffFormat::Markdown => markdown(&worded, &old, &new),
        DiffFormat::Human => human_text(&worded, &old, &new),
    };
    print!("{text}");
    let strongest = report.strongest();
    eprintln!(
        "{} → {}: {}",
        old.describe(),
        new.describe(),
        tally(&worded)
    );
    Ok(match strongest {
        Some(ChangeClass::Material | ChangeClass::Consent) => Exit::Invalid,
        _ => Exit::Success,
    })
}

fn load(side: &Side, args: &DiffArgs, color: ColorChoice) -> Result<Loaded> {
    let loaded = disclose::diff::load_side(side, &args.project).map_err(|err| match err {
        SideError::Git(err) => Failure::usage(err),
        SideError::Diagnostic(diag) => Failure {
            exit: Exit::Usage,
            text: human(&[*diag], &Default::default(), super::stderr_style(color)),
        },
    })?;
    if loaded.has_errors() {
        let mut text = human(
            &loaded.diagnostics,
            &loaded.sources,
            super::stderr_style(color),
        );
        text.push_str(&format!(
            "\nerror: the catalogues of {} have errors; fix them before comparing\n",
            side.describe()
        ));
        return Err(Failure {
            exit: Exit::Invalid,
            text,
        });
    }
    Ok(loaded)
}

/// A change as reported: its facts, its wording, and why it has its class.
#[derive(Serialize)]
struct Worded<'a> {
    #[serde(flatten)]
    change: &'a Change,
    text: String,
    reason: &'static str,
    source: &'static str,
}

#[derive(Serialize)]
struct WordedPolicy<'a> {
    policy: &'a str,
    old_version: Option<&'a str>,
    new_version: Option<&'a str>,
    old_effective: Option<&'a str>,
    new_effective: Option<&'a str>,
    /// The strongest class: `consent`, `material`, `editorial`, or none.
    class: Option<&'static str>,
    changes: Vec<Worded<'a>>,
}

#[derive(Serialize)]
struct WordedReport<'a> {
    policies: Vec<WordedPolicy<'a>>,
    added: &'a [String],
    removed: &'a [String],
}

fn word<'a>(
    report: &'a Report,
    policies: &[Policy],
    messages: &Messages,
    locale: Option<&LanguageIdentifier>,
) -> WordedReport<'a> {
    let mut out = Vec::new();
    for p in &report.policies {
        let policy = policies.iter().find(|x| x.id == p.policy);
        let default = policy.map_or_else(
            || LanguageIdentifier::from_bytes(b"en").unwrap_or_default(),
            |x| x.default_locale.clone(),
        );
        let l = Localizer::new(
            messages,
            messages.chain(locale.unwrap_or(&default), &default),
        );
        let changes = p
            .changes
            .iter()
            .map(|c| {
                let reason = classify::reason(c.kind, c.class);
                Worded {
                    change: c,
                    text: word_change(&l, policy, c),
                    reason: reason.text,
                    source: reason.source,
                }
            })
            .collect();
        out.push(WordedPolicy {
            policy: &p.policy,
            old_version: p.old_version.as_deref(),
            new_version: p.new_version.as_deref(),
            old_effective: p.old_effective.as_deref(),
            new_effective: p.new_effective.as_deref(),
            class: disclose::diff::strongest(&p.changes).map(Keyword::keyword),
            changes,
        });
    }
    WordedReport {
        policies: out,
        added: &report.added,
        removed: &report.removed,
    }
}

fn version(v: Option<&str>, e: Option<&str>) -> String {
    match (v, e) {
        (Some(v), Some(e)) => format!("{v} ({e})"),
        (Some(v), None) => v.to_owned(),
        (None, Some(e)) => e.to_owned(),
        (None, None) => "unversioned".to_owned(),
    }
}

fn human_text(report: &WordedReport, old: &Side, new: &Side) -> String {
    let mut out = String::new();
    for p in &report.policies {
        out.push_str(&format!(
            "{}: {} [{}] → {} [{}]\n",
            p.policy,
            version(p.old_version, p.old_effective),
            old.describe(),
            version(p.new_version, p.new_effective),
            new.describe(),
        ));
        if p.changes.is_empty() {
            out.push_str("  no changes\n");
        }
        for c in &p.changes {
            out.push_str(&format!(
                "  {:<9}  {}\n  {:<9}  {} ({})\n",
                c.change.class.keyword(),
                c.text,
                "",
                c.reason,
                c.source
            ));
        }
    }
    for id in report.added {
        out.push_str(&format!("{id}: only in {}\n", new.describe()));
    }
    for id in report.removed {
        out.push_str(&format!("{id}: only in {}\n", old.describe()));
    }
    disclose::diag::print::neutralise(&out).into_owned()
}

fn markdown(report: &WordedReport, old: &Side, new: &Side) -> String {
    // Text as Markdown shows it: no emphasis, tag or link from a cookie name.
    let cell = |s: &str| {
        let mut out = String::with_capacity(s.len());
        for c in s.chars() {
            match c {
                '\\' | '`' | '*' | '_' | '<' | '>' | '[' | ']' | '|' | '#' => {
                    out.push('\\');
                    out.push(c);
                }
                '\n' => out.push(' '),
                _ => out.push(c),
            }
        }
        out
    };
    let mut out = String::new();
    for p in &report.policies {
        out.push_str(&format!(
            "### {}: {} → {}\n\n",
            cell(p.policy),
            cell(&version(p.old_version, p.old_effective)),
            cell(&version(p.new_version, p.new_effective)),
        ));
        if p.changes.is_empty() {
            out.push_str("No changes.\n\n");
            continue;
        }
        out.push_str("| class | change | why |\n| --- | --- | --- |\n");
        for c in &p.changes {
            out.push_str(&format!(
                "| **{}** | {} | {} ({}) |\n",
                c.change.class.keyword(),
                cell(&c.text),
                cell(c.reason),
                cell(c.source)
            ));
        }
        out.push('\n');
    }
    for id in report.added {
        out.push_str(&format!(
            "- `{}`: only in {}\n",
            cell(id),
            cell(&new.describe())
        ));
    }
    for id in report.removed {
        out.push_str(&format!(
            "- `{}`: only in {}\n",
            cell(id),
            cell(&old.describe())
        ));
    }
    out
}

fn tally(report: &WordedReport) -> String {
    let count = |class: ChangeClass| {
        report
            .policies
            .iter()
            .flat_map(|p| &p.changes)
            .filter(|c| c.change.class == class)
            .count()
    };
    let (c, m, e) = (
        count(ChangeClass::Consent),
        count(ChangeClass::Material),
        count(ChangeClass::Editorial),
    );
    if c + m + e == 0 {
        return "no changes".to_owned();
    }
    format!("{c} consent, {m} material, {e} editorial")
}
