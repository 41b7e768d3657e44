//! Structural codes: the catalogue cannot be read as written (docs/diagnostics.md).
//! Each one's long explanation (what it means, an example, the fix) is
//! `docs/lints/<CODE>.md`, included at build time ([`long_explanation`]).

use super::{Code, Kind};
use crate::diag::Severity;

pub const UNREADABLE: &Code = &Code {
    code: "DL001",
    name: "unreadable",
    default_severity: Severity::Error,
    summary: "a file or folder cannot be read, or holds no catalogue",
    source: "",
    kind: Kind::Structural,
    explanation: "check the path",
};

pub const NOT_UTF8: &Code = &Code {
    code: "DL002",
    name: "not-utf8",
    default_severity: Severity::Error,
    summary: "a file is not UTF-8",
    source: "",
    kind: Kind::Structural,
    explanation: "save it as UTF-8",
};

pub const TOML_SYNTAX: &Code = &Code {
    code: "DL003",
    name: "toml-syntax",
    default_severity: Severity::Error,
    summary: "TOML syntax error",
    source: "",
    kind: Kind::Structural,
    explanation: "fix quotes, brackets, `=` on the line shown",
};

pub const UNKNOWN_FIELD: &Code = &Code {
    code: "DL004",
    name: "unknown-field",
    default_severity: Severity::Error,
    summary: "unknown table or field",
    source: "",
    kind: Kind::Structural,
    explanation: "fix the spelling (\"did you mean\" is shown)",
};

pub const WRONG_TYPE: &Code = &Code {
    code: "DL005",
    name: "wrong-type",
    default_severity: Severity::Error,
    summary: "a value has the wrong type, or a table is not where one is expected",
    source: "",
    kind: Kind::Structural,
    explanation: "see [catalogue.md](catalogue.md) for the type",
};

pub const MISSING_FIELD: &Code = &Code {
    code: "DL006",
    name: "missing-field",
    default_severity: Severity::Error,
    summary: "a required table or field is missing",
    source: "",
    kind: Kind::Structural,
    explanation: "add it",
};

pub const DUPLICATE: &Code = &Code {
    code: "DL007",
    name: "duplicate",
    default_severity: Severity::Error,
    summary: "something is defined twice: a table across files, an id, a cookie, a locale",
    source: "",
    kind: Kind::Structural,
    explanation: "keep one",
};

pub const DANGLING_REFERENCE: &Code = &Code {
    code: "DL008",
    name: "dangling-reference",
    default_severity: Severity::Error,
    summary: "a reference points at nothing: a cookie's provider or purpose, a data category's purpose or recipient",
    source: "",
    kind: Kind::Structural,
    explanation: "fix the id (\"did you mean\" is shown) or add the entry",
};

pub const UNKNOWN_KEYWORD: &Code = &Code {
    code: "DL009",
    name: "unknown-keyword",
    default_severity: Severity::Error,
    summary: "a keyword is not one of the allowed values (legal basis, category, right, …)",
    source: "",
    kind: Kind::Structural,
    explanation: "use one of the listed values",
};

pub const INVALID_DURATION: &Code = &Code {
    code: "DL010",
    name: "invalid-duration",
    default_severity: Severity::Error,
    summary: "a duration cannot be read",
    source: "",
    kind: Kind::Structural,
    explanation: "`\"session\"`, `\"persistent\"`, `\"26 months\"`, `\"P26M\"`",
};

pub const INVALID_LOCALE: &Code = &Code {
    code: "DL011",
    name: "invalid-locale",
    default_severity: Severity::Error,
    summary: "a locale tag is invalid, or a translation is keyed by a locale the policy does not declare",
    source: "",
    kind: Kind::Structural,
    explanation: "fix the tag or add it to `policy.locales`",
};

pub const INVALID_DATE: &Code = &Code {
    code: "DL012",
    name: "invalid-date",
    default_severity: Severity::Error,
    summary: "the effective date cannot be read",
    source: "",
    kind: Kind::Structural,
    explanation: "`2021-02-19`, `2021-02-19T13:40:00+01:00` or `\"2018-11\"`",
};

pub const INVALID_ID: &Code = &Code {
    code: "DL013",
    name: "invalid-id",
    default_severity: Severity::Error,
    summary: "an id uses characters that are not allowed, or a reserved name",
    source: "",
    kind: Kind::Structural,
    explanation: "letters, digits, `-`, `_`, `.`; a policy id may not be `index.html`, `disclose.css` or `schema`",
};

pub const INVALID_ADDRESS: &Code = &Code {
    code: "DL014",
    name: "invalid-address",
    default_severity: Severity::Error,
    summary: "a URL, e-mail address or country code is not valid (only `https://`, `http://` and `mailto:` links)",
    source: "",
    kind: Kind::Structural,
    explanation: "write the full address / the ISO code",
};

pub const INVALID_COOKIE_NAME: &Code = &Code {
    code: "DL015",
    name: "invalid-cookie-name",
    default_severity: Severity::Error,
    summary: "a cookie name is not valid",
    source: "",
    kind: Kind::Structural,
    explanation: "exact name, or `prefix<placeholder>`",
};

pub const DOCUMENT_NOT_PRODUCED: &Code = &Code {
    code: "DL016",
    name: "document-not-produced",
    default_severity: Severity::Error,
    summary: "a section or link is for a document the policy does not produce",
    source: "",
    kind: Kind::Structural,
    explanation: "add the document to `policy.documents`",
};

pub const CONFUSABLE_COOKIE_NAME: &Code = &Code {
    code: "DL018",
    name: "confusable-cookie-name",
    default_severity: Severity::Warning,
    summary: "a cookie name mixes scripts (a Cyrillic `а` in `basket`), or holds an invisible character or a bidirectional control (a warning)",
    source: "",
    kind: Kind::Structural,
    explanation: "write the name in the characters the site really sets; see [catalogue.md](catalogue.md#cookie-names)",
};

pub const MARKDOWN_TOO_DEEP: &Code = &Code {
    code: "DL019",
    name: "markdown-too-deep",
    default_severity: Severity::Error,
    summary: "a Markdown text nests deeper than 8 levels (quotes, lists, tables, emphasis, links… counted together)",
    source: "",
    kind: Kind::Structural,
    explanation: "flatten it; see [catalogue.md](catalogue.md#markdown)",
};

/// The long explanation of a structural code (docs/lints/<CODE>.md), printed by
/// `disclose explain CODE`; its `explanation` is the one-line fix of
/// docs/diagnostics.md.
pub(super) fn long_explanation(code: &str) -> Option<&'static str> {
    Some(match code {
        "DL001" => include_str!("../../../docs/lints/DL001.md"),
        "DL002" => include_str!("../../../docs/lints/DL002.md"),
        "DL003" => include_str!("../../../docs/lints/DL003.md"),
        "DL004" => include_str!("../../../docs/lints/DL004.md"),
        "DL005" => include_str!("../../../docs/lints/DL005.md"),
        "DL006" => include_str!("../../../docs/lints/DL006.md"),
        "DL007" => include_str!("../../../docs/lints/DL007.md"),
        "DL008" => include_str!("../../../docs/lints/DL008.md"),
        "DL009" => include_str!("../../../docs/lints/DL009.md"),
        "DL010" => include_str!("../../../docs/lints/DL010.md"),
        "DL011" => include_str!("../../../docs/lints/DL011.md"),
        "DL012" => include_str!("../../../docs/lints/DL012.md"),
        "DL013" => include_str!("../../../docs/lints/DL013.md"),
        "DL014" => include_str!("../../../docs/lints/DL014.md"),
        "DL015" => include_str!("../../../docs/lints/DL015.md"),
        "DL016" => include_str!("../../../docs/lints/DL016.md"),
        "DL018" => include_str!("../../../docs/lints/DL018.md"),
        "DL019" => include_str!("../../../docs/lints/DL019.md"),
        _ => return None,
    })
}
