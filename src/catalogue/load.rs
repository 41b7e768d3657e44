//! Reading a catalogue from disk: one `.toml` file, or a folder of them.
//!
//! Each file is parsed with error recovery, then every top-level table and every
//! element of an array of tables is deserialized on its own, so that one bad cookie
//! does not hide the problems of the next one.

use super::de::{self, ErrorKind};
use super::files::{folder_files, read_text};
use super::{CatalogueFile, Spanned};
use crate::diag::{Code, Diagnostic, FileId, SourceMap, codes, did_you_mean};
use serde::de::DeserializeOwned;
use std::path::{Path, PathBuf};
use toml::de::{DeTable, DeValue};

/// Where a catalogue was read from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CatalogueSource {
    File(PathBuf),
    Folder(PathBuf),
}

impl CatalogueSource {
    pub fn path(&self) -> &Path {
        match self {
            Self::File(p) | Self::Folder(p) => p,
        }
    }
}

/// A catalogue as written: the parsed files, in a stable order. Merging the files and
/// checking what they say is the model's job.
#[derive(Debug)]
pub struct Catalogue {
    pub source: CatalogueSource,
    pub files: Vec<(FileId, CatalogueFile)>,
}

/// Read a catalogue. Problems go to `diags`; what could be read is returned.
pub fn load_catalogue(
    path: &Path,
    sources: &mut SourceMap,
    diags: &mut Vec<Diagnostic>,
) -> Catalogue {
    let (source, paths) = if path.is_dir() {
        let errors_before = diags.len();
        let paths = folder_files(path, diags);
        if paths.is_empty() && diags.len() == errors_before {
            diags.push(
                Diagnostic::error(
                    codes::UNREADABLE,
                    format!("folder {} holds no .toml files", path.display()),
                )
                .help("a catalogue folder holds one or more .toml files; see docs/catalogue.md"),
            );
        }
        (CatalogueSource::Folder(path.to_owned()), paths)
    } else {
        (
            CatalogueSource::File(path.to_owned()),
            vec![path.to_owned()],
        )
    };

    let mut files = Vec::new();
    for file in paths {
        if let Some(text) = read_text(&file, diags) {
            let id = sources.add(file.display().to_string(), text);
            let parsed = parse_file(id, &sources.file(id).text, diags);
            files.push((id, parsed));
        }
    }
    Catalogue { source, files }
}

/// Read a catalogue from text already in memory (one file), e.g. for fuzzing or an
/// editor integration.
pub fn load_text(
    name: &str,
    text: &str,
    sources: &mut SourceMap,
    diags: &mut Vec<Diagnostic>,
) -> Catalogue {
    load_texts(
        CatalogueSource::File(PathBuf::from(name)),
        vec![(name.to_owned(), text.to_owned())],
        sources,
        diags,
    )
}

/// Read a catalogue whose files are already in memory as `(name, text)`, in path
/// order: e.g. a catalogue folder as committed at a git revision (`disclose diff`).
pub fn load_texts(
    source: CatalogueSource,
    texts: Vec<(String, String)>,
    sources: &mut SourceMap,
    diags: &mut Vec<Diagnostic>,
) -> Catalogue {
    let mut files = Vec::new();
    for (name, text) in texts {
        let text = match text.strip_prefix('\u{feff}') {
            Some(rest) => rest.to_owned(),
            None => text,
        };
        let id = sources.add(name, text);
        let parsed = parse_file(id, &sources.file(id).text, diags);
        files.push((id, parsed));
    }
    Catalogue { source, files }
}

/// Top-level keys a catalogue file may have, and whether each is an array of tables.
const TOP_LEVEL: &[(&str, bool)] = &[
    ("policy", false),
    ("controller", false),
    ("dpo", false),
    ("supervisory_authority", false),
    ("consent", false),
    ("rights", false),
    ("privacy", false),
    ("lints", false),
    ("purposes", true),
    ("processors", true),
    ("cookies", true),
    ("data", true),
    ("storage", true),
    ("sections", true),
    ("links", true),
    ("changes", true),
];

fn parse_file(file: FileId, text: &str, diags: &mut Vec<Diagnostic>) -> CatalogueFile {
    let (root, errors) = DeTable::parse_recoverable(text);
    for err in &errors {
        diags.push(toml_error(
            file,
            codes::TOML_SYNTAX,
            "TOML syntax error",
            err,
        ));
    }
    let mut out = CatalogueFile::default();
    if !errors.is_empty() {
        // A file that does not parse gives no reliable tables: report syntax only, and
        // let no later stage call its tables missing.
        out.unreadable = TOP_LEVEL
            .iter()
            .filter(|(_, many)| !many)
            .map(|(name, _)| *name)
            .collect();
        return out;
    }
    for (key, value) in root.get_ref().iter() {
        let name = key.get_ref().as_ref();
        match name {
            "policy" => {
                out.policy = one(file, value, diags);
                if out.policy.is_none() {
                    out.unreadable.push("policy");
                }
            }
            "controller" => {
                out.controller = one(file, value, diags);
                if out.controller.is_none() {
                    out.unreadable.push("controller");
                }
            }
            "dpo" => {
                out.dpo = one(file, value, diags);
                if out.dpo.is_none() {
                    out.unreadable.push("dpo");
                }
            }
            "supervisory_authority" => {
                out.supervisory_authority = one(file, value, diags);
                if out.supervisory_authority.is_none() {
                    out.unreadable.push("supervisory_authority");
                }
            }
            "consent" => {
                out.consent = one(file, value, diags);
                if out.consent.is_none() {
                    out.unreadable.push("consent");
                }
            }
            "rights" => {
                out.rights = one(file, value, diags);
                if out.rights.is_none() {
                    out.unreadable.push("rights");
                }
            }
            "lints" => {
                out.lints = one(file, value, diags);
                if out.lints.is_none() {
                    out.unreadable.push("lints");
                }
            }
            "privacy" => {
                out.privacy = one(file, value, diags);
                if out.privacy.is_none() {
                    out.unreadable.push("privacy");
                }
            }
            "purposes" => out.purposes = many(file, name, value, diags),
            "processors" => out.processors = many(file, name, value, diags),
            "cookies" => out.cookies = many(file, name, value, diags),
            "data" => out.data = many(file, name, value, diags),
            "storage" => out.storage = many(file, name, value, diags),
            "sections" => out.sections = many(file, name, value, diags),
            "links" => out.links = many(file, name, value, diags),
            "changes" => out.changes = many(file, name, value, diags),
            other => {
                let mut diag =
                    Diagnostic::error(codes::UNKNOWN_FIELD, format!("unknown table `{other}`"))
                        .at(file, key.span())
                        .label("not a catalogue table");
                let known = TOP_LEVEL.iter().map(|(k, _)| *k);
                diag = match did_you_mean(other, known) {
                    Some(s) => diag.help(format!("did you mean `{s}`?")),
                    None => diag.help(format!(
                        "a catalogue file may contain: {}",
                        TOP_LEVEL
                            .iter()
                            .map(|(k, _)| *k)
                            .collect::<Vec<_>>()
                            .join(", ")
                    )),
                };
                diags.push(diag);
            }
        }
    }
    out
}

fn one<T: DeserializeOwned>(
    file: FileId,
    value: &toml::Spanned<DeValue<'_>>,
    diags: &mut Vec<Diagnostic>,
) -> Option<Spanned<T>> {
    match de::table::<Spanned<T>>(value) {
        Ok(v) => Some(v),
        Err(err) => {
            let span = err.span.clone().unwrap_or_else(|| value.span());
            diags.push(table_error(&err.kind).at(file, span));
            None
        }
    }
}

fn many<T: DeserializeOwned>(
    file: FileId,
    name: &str,
    value: &toml::Spanned<DeValue<'_>>,
    diags: &mut Vec<Diagnostic>,
) -> Vec<Spanned<T>> {
    let span = value.span();
    let DeValue::Array(items) = value.get_ref() else {
        diags.push(
            Diagnostic::error(
                codes::WRONG_TYPE,
                format!("`{name}` must be an array of tables"),
            )
            .at(file, span)
            .label("not an array")
            .help(format!("write each entry as a [[{name}]] table")),
        );
        return Vec::new();
    };
    items
        .iter()
        .filter_map(|item| one::<T>(file, item, diags))
        .collect()
}

/// A table that does not fit its type, with a "did you mean" for unknown fields and
/// a plain-language reading of type errors.
fn table_error(kind: &ErrorKind) -> Diagnostic {
    match kind {
        ErrorKind::UnknownField { field, expected } => {
            let diag = Diagnostic::error(codes::UNKNOWN_FIELD, format!("unknown field `{field}`"))
                .label("not a known field here");
            match did_you_mean(field, expected.iter().copied()) {
                Some(s) => diag.help(format!("did you mean `{s}`?")),
                None => diag.help(format!("expected one of: {}", expected.join(", "))),
            }
        }
        ErrorKind::MissingField(field) => Diagnostic::error(
            codes::MISSING_FIELD,
            format!("missing required field `{field}`"),
        )
        .label("this table")
        .help(format!(
            "add `{field} = …` to this table; see docs/catalogue.md"
        )),
        ErrorKind::WrongType { found, expected } => Diagnostic::error(
            codes::WRONG_TYPE,
            format!("wrong type: {found}, expected {expected}"),
        )
        .label("wrong type")
        .help("docs/catalogue.md lists the type of every field; text goes in \"quotes\""),
        ErrorKind::Other(message) => {
            Diagnostic::error(codes::WRONG_TYPE, message.trim().to_owned())
        }
    }
}

fn toml_error(file: FileId, code: &'static Code, what: &str, err: &toml::de::Error) -> Diagnostic {
    let message = err.message().trim();
    // A date that does not exist (`2021-02-30`) is invalid TOML (TOML 1.0, Local Date:
    // RFC 3339), not a matter of quotes or brackets.
    let help = if message.starts_with("invalid date") || message.starts_with("invalid time") {
        "write a date that exists, as 2021-02-19 (no quotes; a month alone in quotes: \"2018-11\"); see docs/catalogue.md#the-effective-date"
    } else {
        "check quotes, brackets and `=` signs on this line; see docs/catalogue.md for the syntax"
    };
    let mut diag = Diagnostic::error(code, format!("{what}: {message}")).help(help);
    if let Some(span) = err.span() {
        diag = diag.at(file, span);
    }
    diag
}

#[cfg(test)]
mod tests {
    use super::*;

    const POLICY: &str = "[policy]\nid = \"x\"\nname = \"X\"\ndefault_locale = \"en\"\n";

    /// What a reader sees of each problem: code, message, the text under the caret,
    /// label and help.
    fn problems(text: &str) -> Vec<String> {
        let mut sources = SourceMap::default();
        let mut diags = Vec::new();
        load_text("c.toml", text, &mut sources, &mut diags);
        diags
            .iter()
            .map(|d| {
                let at = d.location.as_ref().map(|l| &text[l.span.clone()]);
                format!(
                    "{} {} | at {:?} | {} | {}",
                    d.code,
                    d.message,
                    at,
                    d.label.as_deref().unwrap_or("-"),
                    d.help.as_deref().unwrap_or("-")
                )
            })
            .collect()
    }

    /// An impossible date is a TOML syntax error (DL003) whose help is about dates.
    #[test]
    fn an_impossible_date_gets_help_about_dates() {
        let found = problems(&format!("{POLICY}effective = 2021-02-30\n"));
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].starts_with("DL003 "), "{found:?}");
        assert!(
            found[0].contains("write a date that exists, as 2021-02-19"),
            "{found:?}"
        );
        let other = problems(&format!("{POLICY}name = \"X\n"));
        assert!(other[0].contains("check quotes, brackets"), "{other:?}");
    }

    /// Every kind of table error, pinned.
    #[test]
    fn table_errors_read_as_pinned() {
        let cases: &[(&str, String)] = &[
            ("unknown field", format!("{POLICY}locale = \"en\"\n")),
            ("unknown field, nested", format!("{POLICY}[[policy.sites]]\nname = \"a\"\nurll = \"https://a.example\"\n")),
            ("unknown field, inline", "controller = { name = \"A\", nmae = \"B\" }\n".to_owned()),
            ("missing field", "[policy]\nname = \"X\"\n".to_owned()),
            ("missing field, entry", "[[cookies]]\nname = \"a\"\nprovider = \"first-party\"\n".to_owned()),
            ("missing field, empty", "[consent]\n".to_owned()),
            ("table as string", "policy = \"x\"\n".to_owned()),
            ("string for list", "[[cookies]]\nname = \"a\"\nprovider = \"p\"\ncategory = \"c\"\npurposes = \"x\"\n".to_owned()),
            ("integer for string", "[controller]\nname = 5\n".to_owned()),
            ("integer for text", "[[purposes]]\nid = \"a\"\nname = 5\n".to_owned()),
            ("integer in text table", "[[purposes]]\nid = \"a\"\nname = { en = 5 }\n".to_owned()),
            ("array for text", "[[purposes]]\nid = \"a\"\nname = [\"a\"]\n".to_owned()),
            ("string for bool", "[dpo]\ndesignated = \"yes\"\n".to_owned()),
            ("float for string", "[dpo]\nname = 1.5\n".to_owned()),
            ("date for string", format!("{POLICY}version = 2020-01-01\n")),
            ("table for string", "[controller]\nname = { a = \"b\" }\n".to_owned()),
            ("integer for lint level", "[lints]\nDL401 = 5\n".to_owned()),
            ("negative for string", "[controller]\nname = -7\n".to_owned()),
            ("bool for text", "[[sections]]\nid = \"a\"\ndocument = \"cookie-policy\"\ntitle = true\nbody = \"b\"\n".to_owned()),
            ("missing body", "[[sections]]\nid = \"a\"\ndocument = \"cookie-policy\"\ntitle = \"t\"\n".to_owned()),
            ("two problems in one table", "[controller]\nname = 5\nemial = \"a@b.c\"\n".to_owned()),
        ];
        let mut out = String::new();
        for (what, text) in cases {
            out.push_str(&format!("{what}:\n"));
            for p in problems(text) {
                out.push_str(&format!("  {p}\n"));
            }
        }
        // As before the typed errors, except where serde's words were wrong for a
        // catalogue author: "struct PolicyMeta", "sequence", "map" for a table, and
        // "map" for a date.
        let expected = r#"unknown field:
  DL004 unknown field `locale` | at Some("locale") | not a known field here | did you mean `locales`?
unknown field, nested:
  DL004 unknown field `urll` | at Some("urll") | not a known field here | did you mean `url`?
unknown field, inline:
  DL004 unknown field `nmae` | at Some("nmae") | not a known field here | did you mean `name`?
missing field:
  DL006 missing required field `id` | at Some("[policy]") | this table | add `id = …` to this table; see docs/catalogue.md
missing field, entry:
  DL006 missing required field `category` | at Some("[[cookies]]") | this table | add `category = …` to this table; see docs/catalogue.md
missing field, empty:
  DL006 missing required field `mechanism` | at Some("[consent]") | this table | add `mechanism = …` to this table; see docs/catalogue.md
table as string:
  DL005 wrong type: string "x", expected a table | at Some("\"x\"") | wrong type | docs/catalogue.md lists the type of every field; text goes in "quotes"
string for list:
  DL005 wrong type: string "x", expected an array | at Some("\"x\"") | wrong type | docs/catalogue.md lists the type of every field; text goes in "quotes"
integer for string:
  DL005 wrong type: integer `5`, expected a string | at Some("5") | wrong type | docs/catalogue.md lists the type of every field; text goes in "quotes"
integer for text:
  DL005 wrong type: integer `5`, expected a string, or a table of strings keyed by locale such as { en = "…", nl = "…" } | at Some("5") | wrong type | docs/catalogue.md lists the type of every field; text goes in "quotes"
integer in text table:
  DL005 wrong type: integer `5`, expected a string | at Some("5") | wrong type | docs/catalogue.md lists the type of every field; text goes in "quotes"
array for text:
  DL005 wrong type: array, expected a string, or a table of strings keyed by locale such as { en = "…", nl = "…" } | at Some("[\"a\"]") | wrong type | docs/catalogue.md lists the type of every field; text goes in "quotes"
string for bool:
  DL005 wrong type: string "yes", expected a boolean | at Some("\"yes\"") | wrong type | docs/catalogue.md lists the type of every field; text goes in "quotes"
float for string:
  DL005 wrong type: floating point `1.5`, expected a string | at Some("1.5") | wrong type | docs/catalogue.md lists the type of every field; text goes in "quotes"
date for string:
  DL005 wrong type: date `2020-01-01`, expected a string | at Some("2020-01-01") | wrong type | docs/catalogue.md lists the type of every field; text goes in "quotes"
table for string:
  DL005 wrong type: table, expected a string | at Some("{ a = \"b\" }") | wrong type | docs/catalogue.md lists the type of every field; text goes in "quotes"
integer for lint level:
  DL005 wrong type: integer `5`, expected a string | at Some("5") | wrong type | docs/catalogue.md lists the type of every field; text goes in "quotes"
negative for string:
  DL005 wrong type: integer `-7`, expected a string | at Some("-7") | wrong type | docs/catalogue.md lists the type of every field; text goes in "quotes"
bool for text:
  DL005 wrong type: boolean `true`, expected a string, or a table of strings keyed by locale such as { en = "…", nl = "…" } | at Some("true") | wrong type | docs/catalogue.md lists the type of every field; text goes in "quotes"
missing body:
  DL006 missing required field `body` | at Some("[[sections]]") | this table | add `body = …` to this table; see docs/catalogue.md
two problems in one table:
  DL004 unknown field `emial` | at Some("emial") | not a known field here | did you mean `email`?
"#;
        assert_eq!(out, expected);
    }
}
