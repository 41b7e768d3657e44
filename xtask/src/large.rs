//! The large catalogue: every usable cookie of the Open Cookie Database.

use crate::Rng;
use crate::catalogue::*;
use crate::ocd::*;
use crate::phrases::*;
use crate::toml_text::*;
use std::collections::{BTreeMap, HashSet};
use std::fmt::Write as _;

/// What went into the large catalogue.
#[derive(Debug, Default)]
pub struct LargeStats {
    pub rows: usize,
    pub cookies: usize,
    pub processors: usize,
    pub invalid: usize,
    pub duplicates: usize,
}

/// Every usable cookie of the Open Cookie Database in one catalogue, in CSV order.
pub fn large_catalogue(ocd: &Ocd, locales: usize) -> (String, LargeStats) {
    let tags = &LOCALES[..locales.clamp(1, LOCALES.len())];
    let others: Vec<&'static str> = tags[1..].to_vec();
    let mut rng = Rng::new(0x0CD);
    let mut lang = Lang {
        rng: &mut rng,
        default: "en",
        others: &others,
        rate: 1.0,
    };
    let mut stats = LargeStats {
        rows: ocd.rows.len(),
        ..Default::default()
    };
    let mut out = String::with_capacity(1 << 20);
    out.push_str(
        "# Every usable cookie of the Open Cookie Database, as one catalogue, for benchmarks.\n\
         #\n\
         # Data: Open Cookie Database, https://github.com/jkwakman/Open-Cookie-Database\n\
         # (commit 0ee5a17), by jkwakman and contributors, licensed under the Apache License 2.0\n\
         # (https://www.apache.org/licenses/LICENSE-2.0). Converted by examples/corpus.rs:\n\
         # categories, retention periods and wildcard names mapped to disclose's syntax, names\n\
         # that a catalogue cannot hold skipped, repeated names kept once.\n\n",
    );
    out.push_str("[policy]\nid = \"open-cookie-database\"\nname = \"Open Cookie Database\"\ndefault_locale = \"en\"\n");
    if !others.is_empty() {
        let _ = writeln!(
            out,
            "locales = {}",
            list(&others.iter().map(|s| s.to_string()).collect::<Vec<_>>())
        );
    }
    out.push_str("effective = 2026-01-21\ndocuments = [\"cookie-policy\", \"privacy-policy\"]\n\n");
    out.push_str(
        "# The Open Cookie Database does not say where its platforms process data.\n\
         [lints]\nprocessor-country-missing = \"allow\"\n\n",
    );
    out.push_str("[controller]\nname = \"Example Publisher B.V.\"\nemail = \"privacy@publisher.example\"\ncountry = \"NL\"\nwebsite = \"https://publisher.example\"\n\n");
    out.push_str("[supervisory_authority]\nname = \"Autoriteit Persoonsgegevens\"\ncountry = \"NL\"\nurl = \"https://autoriteitpersoonsgegevens.nl\"\n\n");
    out.push_str("[consent]\nmechanism = \"opt-in-banner\"\n");
    let notice = lang.bank(&CONSENT_NOTICE);
    field(&mut out, "notice", &notice, false);
    out.push_str("\n[rights]\ngranted = [\"information\", \"access\", \"rectification\", \"erasure\", \"restriction\", \"portability\", \"objection\", \"withdraw-consent\", \"complaint\"]\n");
    let exercise = lang.bank(&EXERCISE);
    field(&mut out, "exercise", &exercise, true);
    out.push('\n');
    for i in 0..4 {
        let (pid, basis, name, interest) = &PURPOSES[i];
        let _ = writeln!(out, "[[purposes]]\nid = {}", q(pid));
        let name = lang.bank(name);
        field(&mut out, "name", &name, false);
        let _ = writeln!(out, "legal_basis = {}", q(basis));
        if let Some(interest) = interest {
            let li = lang.bank(interest);
            field(&mut out, "legitimate_interest", &li, false);
        }
        out.push('\n');
    }

    let mut names: HashSet<String> = HashSet::new();
    let mut cookies = String::with_capacity(1 << 20);
    let mut used: Vec<bool> = vec![false; ocd.platforms.len()];
    let platform_of: BTreeMap<&str, usize> = ocd
        .platforms
        .iter()
        .enumerate()
        .map(|(i, p)| (p.name.as_str(), i))
        .collect();
    let ids: Vec<String> = {
        let mut seen = HashSet::new();
        ocd.platforms
            .iter()
            .map(|p| {
                let mut id = slug(&p.name);
                let mut n = 2;
                while !seen.insert(id.clone()) {
                    id = format!("{}-{n}", slug(&p.name));
                    n += 1;
                }
                id
            })
            .collect()
    };
    for row in &ocd.rows {
        let Some(name) = ocd_cookie_name(row) else {
            stats.invalid += 1;
            continue;
        };
        let Some(&p) = platform_of.get(row.platform.as_str()) else {
            stats.invalid += 1;
            continue;
        };
        if !names.insert(name.clone()) {
            stats.duplicates += 1;
            continue;
        }
        used[p] = true;
        stats.cookies += 1;
        let category = ocd_category(row);
        let _ = writeln!(cookies, "[[cookies]]\nname = {}", q(&name));
        let _ = writeln!(
            cookies,
            "provider = {}\ncategory = {}",
            q(&ids[p]),
            q(category)
        );
        let _ = writeln!(cookies, "purposes = [{}]", q(category_purpose(category)));
        let _ = writeln!(cookies, "duration = {}", q(&ocd_duration(&row.retention)));
        if row.retention.eq_ignore_ascii_case("local storage") {
            cookies.push_str("storage = \"local-storage\"\n");
        }
        if !row.description.is_empty() {
            let _ = writeln!(cookies, "description = {}", q(&row.description));
        }
        cookies.push('\n');
    }
    for (p, platform) in ocd.platforms.iter().enumerate() {
        if !used[p] {
            continue;
        }
        stats.processors += 1;
        let _ = writeln!(
            out,
            "[[processors]]\nid = {}\nname = {}",
            q(&ids[p]),
            q(&platform.controller)
        );
        if platform.controller != platform.name {
            let _ = writeln!(out, "service = {}", q(&platform.name));
        }
        if let Some(country) =
            known_country(&platform.controller).or_else(|| known_country(&platform.name))
        {
            let _ = writeln!(out, "country = {}", q(country));
            if let Some(t) = transfer_for(country, lang.rng) {
                let _ = writeln!(out, "transfer = {}", q(t));
            }
        }
        if let Some(url) = &platform.portal {
            let _ = writeln!(out, "privacy_url = {}", q(url));
        }
        out.push('\n');
    }
    out.push_str(&cookies);
    out.push_str("[[data]]\nid = \"usage\"\n");
    let name = lang.bank(&DATA[2].1);
    field(&mut out, "name", &name, false);
    out.push_str("sources = [\"cookies\"]\npurposes = [\"analytics\", \"advertising\"]\n");
    let recipients: Vec<String> = (0..ocd.platforms.len())
        .filter(|&p| used[p])
        .take(20)
        .map(|p| ids[p].clone())
        .collect();
    let _ = writeln!(out, "recipients = {}", list(&recipients));
    while out.ends_with("\n\n") {
        out.pop();
    }
    (out, stats)
}
