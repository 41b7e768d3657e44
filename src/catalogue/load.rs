//! Reading a catalogue from disk: one `.toml` file, or a folder of them.
//!
//! Each file is parsed with error recovery, then every top-level table and every
//! element of an array of tables is deserialized on its own, so that one bad cookie
//! does not hide the problems of the next one.

use super::{CatalogueFile, Spanned};
use crate::diag::{Diagnostic, FileId, SourceMap, did_you_mean};
use serde::de::DeserializeOwned;
use std::path::{Path, PathBuf};
use toml::de::{DeTable, DeValue, ValueDeserializer};

/// Larger files are refused: no real catalogue comes close, and it bounds memory.
const MAX_FILE_BYTES: u64 = 8 * 1024 * 1024;

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
        let mut paths = Vec::new();
        if let Err(err) = collect_toml_files(path, &mut paths) {
            diags.push(Diagnostic::error(
                "DL001",
                format!("cannot read folder {}: {err}", path.display()),
            ));
        }
        paths.sort();
        if paths.is_empty() && diags.is_empty() {
            diags.push(
                Diagnostic::error(
                    "DL001",
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
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let id = sources.add(name.to_owned(), text.to_owned());
    let parsed = parse_file(id, &sources.file(id).text, diags);
    Catalogue {
        source: CatalogueSource::File(PathBuf::from(name)),
        files: vec![(id, parsed)],
    }
}

fn collect_toml_files(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            collect_toml_files(&path, out)?;
        } else if path.extension().is_some_and(|ext| ext == "toml") {
            out.push(path);
        }
    }
    Ok(())
}

/// Read a file as UTF-8 text, without a byte-order mark.
fn read_text(path: &Path, diags: &mut Vec<Diagnostic>) -> Option<String> {
    let shown = path.display();
    let too_big = std::fs::metadata(path).is_ok_and(|m| m.len() > MAX_FILE_BYTES);
    if too_big {
        diags.push(
            Diagnostic::error(
                "DL001",
                format!("{shown} is larger than {} MiB", MAX_FILE_BYTES >> 20),
            )
            .help("split the catalogue into a folder of smaller files"),
        );
        return None;
    }
    let bytes = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(err) => {
            diags.push(Diagnostic::error(
                "DL001",
                format!("cannot read {shown}: {err}"),
            ));
            return None;
        }
    };
    match String::from_utf8(bytes) {
        Ok(text) => Some(
            text.strip_prefix('\u{feff}')
                .map(str::to_owned)
                .unwrap_or(text),
        ),
        Err(err) => {
            let offset = err.utf8_error().valid_up_to();
            diags.push(
                Diagnostic::error(
                    "DL002",
                    format!("{shown} is not valid UTF-8 (first bad byte at offset {offset})"),
                )
                .help(
                    "save the file as UTF-8; most editors offer this under \"Save with encoding\"",
                ),
            );
            None
        }
    }
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
];

fn parse_file(file: FileId, text: &str, diags: &mut Vec<Diagnostic>) -> CatalogueFile {
    let (root, errors) = DeTable::parse_recoverable(text);
    for err in &errors {
        diags.push(toml_error(file, "DL003", "TOML syntax error", err));
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
        let value = value.clone();
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
            other => {
                let mut diag = Diagnostic::error("DL004", format!("unknown table `{other}`"))
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
    value: toml::Spanned<DeValue<'_>>,
    diags: &mut Vec<Diagnostic>,
) -> Option<Spanned<T>> {
    let span = value.span();
    match Spanned::<T>::deserialize(ValueDeserializer::from(value)) {
        Ok(v) => Some(v),
        Err(err) => {
            let mut diag = serde_error(file, &err);
            if diag.location.is_none() {
                diag = diag.at(file, span);
            }
            diags.push(diag);
            None
        }
    }
}

fn many<T: DeserializeOwned>(
    file: FileId,
    name: &str,
    value: toml::Spanned<DeValue<'_>>,
    diags: &mut Vec<Diagnostic>,
) -> Vec<Spanned<T>> {
    let span = value.span();
    let DeValue::Array(items) = value.into_inner() else {
        diags.push(
            Diagnostic::error("DL005", format!("`{name}` must be an array of tables"))
                .at(file, span)
                .label("not an array")
                .help(format!("write each entry as a [[{name}]] table")),
        );
        return Vec::new();
    };
    items
        .iter()
        .filter_map(|item| one::<T>(file, item.clone(), diags))
        .collect()
}

use serde::Deserialize as _;

/// A serde error from deserializing one table, turned into a diagnostic with a
/// "did you mean" for unknown fields and a plain-language reading of type errors.
fn serde_error(file: FileId, err: &toml::de::Error) -> Diagnostic {
    let message = err.message().trim();
    let mut diag = if let Some(rest) = message.strip_prefix("unknown field `") {
        let field = rest.split('`').next().unwrap_or_default();
        let expected: Vec<&str> = rest.split('`').skip(2).step_by(2).collect();
        let diag = Diagnostic::error("DL004", format!("unknown field `{field}`"))
            .label("not a known field here");
        match did_you_mean(field, expected.iter().copied()) {
            Some(s) => diag.help(format!("did you mean `{s}`?")),
            None => diag.help(format!("expected one of: {}", expected.join(", "))),
        }
    } else if let Some(rest) = message.strip_prefix("missing field `") {
        let field = rest.split('`').next().unwrap_or_default();
        Diagnostic::error("DL006", format!("missing required field `{field}`"))
            .label("this table")
            .help(format!(
                "add `{field} = …` to this table; see docs/catalogue.md"
            ))
    } else if message.starts_with("invalid type") {
        Diagnostic::error("DL005", message.replace("invalid type: ", "wrong type: "))
            .label("wrong type")
            .help("docs/catalogue.md lists the type of every field; text goes in \"quotes\"")
    } else {
        Diagnostic::error("DL005", message.to_owned())
    };
    if let Some(span) = err.span() {
        diag = diag.at(file, span);
    }
    diag
}

fn toml_error(file: FileId, code: &'static str, what: &str, err: &toml::de::Error) -> Diagnostic {
    let mut diag = Diagnostic::error(code, format!("{what}: {}", err.message().trim())).help(
        "check quotes, brackets and `=` signs on this line; see docs/catalogue.md for the syntax",
    );
    if let Some(span) = err.span() {
        diag = diag.at(file, span);
    }
    diag
}
