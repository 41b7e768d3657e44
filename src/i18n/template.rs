//! A new translation, begun: `disclose locales new TAG` writes every message of the
//! source locale commented out under its English text, so that the file is valid
//! Fluent from the start, untranslated messages fall back (and are reported, DL017)
//! and a translator uncomments them one by one.

use super::messages::{SOURCE_LOCALE, shipped_sources};
use std::fmt::Write as _;
use unic_langid::LanguageIdentifier;

/// The CLDR plural categories a language uses for whole numbers, each with the first
/// numbers that take it: `[("one", [1, 21, 31]), ("few", [2, 3, 4]), …]` for Polish.
/// Fractions (cookie lifetimes never have them) are left out; `other` is always
/// last, as Fluent's default variant.
pub fn plural_categories(language: &LanguageIdentifier) -> Vec<(&'static str, Vec<u64>)> {
    let mut found: Vec<(&'static str, Vec<u64>)> = Vec::new();
    for n in 0..=1000u64 {
        let category = super::plural_category(language, n);
        match found.iter_mut().find(|(c, _)| *c == category) {
            Some((_, examples)) if examples.len() < 4 => examples.push(n),
            Some(_) => {}
            None => found.push((category, vec![n])),
        }
    }
    let order = ["zero", "one", "two", "few", "many", "other"];
    found.sort_by_key(|(c, _)| order.iter().position(|o| o == c));
    if !found.iter().any(|(c, _)| *c == "other") {
        found.push(("other", Vec::new()));
    }
    found
}

/// The text of a new `locales/<tag>.ftl`: a header on Fluent and the language's
/// plurals, then every message of the source locale, its English text as a comment
/// and the message itself commented out, plural messages with a variant for each of
/// the language's categories. `language-name` is filled in from CLDR when known.
pub fn new_translation(tag: &LanguageIdentifier) -> String {
    let source = shipped_sources()
        .iter()
        .find(|(t, _)| *t == SOURCE_LOCALE)
        .map(|(_, s)| *s)
        .unwrap_or_default();
    let categories = plural_categories(tag);
    let name = super::autonym(tag.language.as_str());
    let mut out = header(tag, name, &categories);
    // The source file's own header (up to the first blank line) is replaced by ours.
    let body = source.split_once("\n\n").map_or(source, |(_, rest)| rest);
    let mut lines = body.lines().peekable();
    while let Some(line) = lines.next() {
        if line.is_empty() || line.starts_with('#') {
            out.push_str(line);
            out.push('\n');
            continue;
        }
        let mut message = vec![line];
        while let Some(next) = lines.peek() {
            if next.starts_with([' ', '}']) {
                message.push(lines.next().expect("peeked"));
            } else {
                break;
            }
        }
        write_message(&mut out, &message, &categories, name);
    }
    out
}

fn header(
    tag: &LanguageIdentifier,
    name: Option<&str>,
    categories: &[(&'static str, Vec<u64>)],
) -> String {
    let mut plurals = String::new();
    for (category, examples) in categories {
        let examples: Vec<String> = examples.iter().map(u64::to_string).collect();
        let shown = if examples.is_empty() {
            "fractions only".to_owned()
        } else {
            format!("{}, …", examples.join(", "))
        };
        let _ = writeln!(plurals, "#   [{category}] {shown}");
    }
    let language = name.map_or_else(|| tag.to_string(), |n| format!("{n} ({tag})"));
    format!(
        "# disclose — messages in {language}, begun with `disclose locales new {tag}`.
#
# How to translate
# - Every message disclose writes is below, in the order of its English file. Each
#   is commented out under its English text (`# en: …`). To translate one, remove
#   the `# ` before its lines and replace the English after `=`. A message left
#   commented out is taken from the policy's default language, then from English;
#   `disclose check` reports such locales (DL017) and `disclose locales --missing`
#   lists the messages.
# - Fluent (https://projectfluent.org/fluent/guide/): `id = text`. A long text may go
#   on over following lines that start with spaces. `{{ $name }}` is a value disclose
#   puts in (the controller's name, a date, a number): keep it, and move it where
#   your language's word order needs it.
# - Plurals: `{{ $plural -> [one] … *[other] … }}` picks the variant of the CLDR
#   plural category of the number `$count`; `*` marks the default. This language
#   uses, for whole numbers:
{plurals}#   The plural messages below have one variant for each.
# - Legal terms: use the words of the official text of the GDPR (Regulation (EU)
#   2016/679) in this language, and its usual form of citing articles.
# - Country names (`country-XX`) are needed only for the countries your catalogues
#   name. `language-name` is this language's name for itself, from CLDR.
# - Comments (`#`) are for you and are not shown anywhere.

"
    )
}

fn write_message(
    out: &mut String,
    lines: &[&str],
    categories: &[(&'static str, Vec<u64>)],
    name: Option<&str>,
) {
    let Some((id, value)) = lines[0].split_once(" = ") else {
        // Not a message line of ours; keep it as a comment.
        let _ = writeln!(out, "# {}", lines[0]);
        return;
    };
    if id == "language-name"
        && let Some(name) = name
    {
        let _ = writeln!(out, "{id} = {name}");
        return;
    }
    let _ = writeln!(out, "# en: {value}");
    for line in &lines[1..] {
        let _ = writeln!(out, "# en: {line}");
    }
    if lines.len() == 1 {
        let _ = writeln!(out, "# {id} = {value}");
        return;
    }
    // A plural message: the English `one` and `other` texts, one variant per category.
    let variant = |wanted: &str| {
        lines[1..].iter().find_map(|l| {
            let l = l.trim_start().trim_start_matches('*');
            l.strip_prefix(&format!("[{wanted}] ")).map(str::to_owned)
        })
    };
    let other = variant("other").unwrap_or_default();
    let _ = writeln!(out, "# {id} = {value}");
    for (category, _) in categories {
        let text = if *category == "one" {
            variant("one").unwrap_or_else(|| other.clone())
        } else {
            other.clone()
        };
        let star = if *category == "other" { "*" } else { " " };
        let _ = writeln!(out, "#    {star}[{category}] {text}");
    }
    let _ = writeln!(out, "# }}");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Messages;

    fn lid(s: &str) -> LanguageIdentifier {
        s.parse().unwrap()
    }

    #[test]
    fn plural_categories_come_from_cldr() {
        let names = |tag: &str| -> Vec<&str> {
            plural_categories(&lid(tag))
                .into_iter()
                .map(|(c, _)| c)
                .collect()
        };
        assert_eq!(names("en"), ["one", "other"]);
        assert_eq!(names("pl"), ["one", "few", "many", "other"]);
        assert_eq!(names("ga"), ["one", "two", "few", "many", "other"]);
        assert_eq!(names("lv"), ["zero", "one", "other"]);
        assert_eq!(names("ja"), ["other"]);
        // ICU4X has no plural data for Northern Sami: fluent-bundle's rules stand in.
        assert_eq!(names("se"), ["one", "two", "other"]);
        // ICU4X's rules (CLDR 48), not intl_pluralrules' (22 → other for Lithuanian).
        assert_eq!(plural_categories(&lid("lt"))[1], ("few", vec![2, 3, 4, 5]));
        assert_eq!(crate::i18n::plural_category(&lid("lt"), 22), "few");
        assert_eq!(plural_categories(&lid("pl"))[1], ("few", vec![2, 3, 4, 22]));
    }

    #[test]
    fn a_new_translation_has_every_message_commented_under_its_english_text() {
        let text = new_translation(&lid("pl"));
        let en = Messages::shipped();
        let ids = en.coverage(&lid("en")).total;
        assert!(text.contains("# en: Cookie policy\n# cookie-policy-title = Cookie policy\n"));
        assert!(text.contains("language-name = Polski\n"));
        assert!(text.contains(
            "# duration-month = { $plural ->\n#     [one] { $count } month\n\
             #     [few] { $count } months\n#     [many] { $count } months\n\
             #    *[other] { $count } months\n# }\n"
        ));
        assert!(text.contains("#   [few] 2, 3, 4, 22, …\n"), "{text}");
        // Valid Fluent with one message (the name); every other id commented out.
        let dir = tempfile::tempdir().unwrap();
        // (Written as a tag disclose does not ship, so only the file counts.)
        std::fs::write(dir.path().join("xx.ftl"), &text).unwrap();
        let m = Messages::with_project_dir(dir.path()).unwrap();
        assert_eq!(m.coverage(&lid("xx")).translated, 1);
        let commented = text
            .lines()
            .filter_map(|l| l.strip_prefix("# ")?.split_once(" = "))
            .filter(|(id, _)| {
                id.starts_with(|c: char| c.is_ascii_lowercase())
                    && id
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
            })
            .count();
        assert_eq!(commented + 1, ids, "every message id is in the file");
        // Uncommenting a message translates it.
        let one = text.replace(
            "# cookie-policy-title = Cookie policy",
            "cookie-policy-title = Polityka plików cookie",
        );
        std::fs::write(dir.path().join("xx.ftl"), one).unwrap();
        let m = Messages::with_project_dir(dir.path()).unwrap();
        assert_eq!(m.coverage(&lid("xx")).translated, 2);
    }
}
