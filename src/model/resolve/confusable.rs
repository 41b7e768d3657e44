//! Names that do not read as what they are: a Cyrillic `а` inside `basket`, a
//! zero-width joiner, a right-to-left override. Each makes a cookie name that looks
//! like another one, so a consent rule or an audit would match the wrong cookie, and
//! a reviewer reading the catalogue would not see it.
//!
//! The checks follow Unicode Technical Standard #39 (mixed-script detection through
//! the Script_Extensions property) and Unicode Technical Standard #9 (bidirectional
//! formatting characters); invisible characters are the Default_Ignorable_Code_Point
//! set of the Unicode Character Database.

use unicode_script::{Script, ScriptExtension, UnicodeScript};

/// What is wrong with a name, worst first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Suspicion {
    /// A character that reorders how the text around it is shown (UAX #9).
    Bidi(char),
    /// A character that shows as nothing.
    Invisible(char),
    /// Letters of more than one script, e.g. `["Latin", "Cyrillic"]`, most used first.
    MixedScripts(Vec<&'static str>),
}

impl Suspicion {
    /// One line for a message: what the name holds.
    pub(super) fn describe(&self) -> String {
        match self {
            Self::Bidi(c) => format!(
                "holds {}, a bidirectional control that reorders how it is shown",
                code_point(*c)
            ),
            Self::Invisible(c) => format!("holds {}, an invisible character", code_point(*c)),
            Self::MixedScripts(scripts) => format!(
                "mixes {} letters, so it looks like a name it is not",
                scripts.join(" and ")
            ),
        }
    }
}

/// The first reason `text` may not read as what it is, if any.
pub(super) fn suspicion(text: &str) -> Option<Suspicion> {
    if let Some(c) = text.chars().find(|c| is_bidi_control(*c)) {
        return Some(Suspicion::Bidi(c));
    }
    if let Some(c) = text.chars().find(|c| is_invisible(*c)) {
        return Some(Suspicion::Invisible(c));
    }
    // The scripts every character may belong to, intersected: empty when no single
    // script covers them all (UTS #39 §5.1, "resolved script set").
    if !ScriptExtension::for_str(text).is_empty() {
        return None;
    }
    let mut scripts: Vec<(Script, usize)> = Vec::new();
    for script in text.chars().map(|c| c.script()) {
        if matches!(script, Script::Common | Script::Inherited | Script::Unknown) {
            continue;
        }
        match scripts.iter_mut().find(|(s, _)| *s == script) {
            Some((_, count)) => *count += 1,
            None => scripts.push((script, 1)),
        }
    }
    scripts.sort_by_key(|(_, count)| std::cmp::Reverse(*count));
    Some(Suspicion::MixedScripts(
        scripts.iter().map(|(s, _)| s.full_name()).collect(),
    ))
}

/// `text` with every character that is not plain to see written as `<U+0430>`:
/// what the name really is, readable in any terminal.
pub(super) fn reveal(text: &str) -> String {
    let main_script = text
        .chars()
        .map(|c| c.script())
        .find(|s| !matches!(s, Script::Common | Script::Inherited | Script::Unknown));
    let plain = |c: char| {
        c.is_ascii_graphic()
            || (!is_bidi_control(c)
                && !is_invisible(c)
                && main_script.is_none_or(|s| c.script_extension().contains_script(s)))
    };
    text.chars()
        .map(|c| match plain(c) {
            true => c.to_string(),
            false => format!("<{}>", code_point(c)),
        })
        .collect()
}

fn code_point(c: char) -> String {
    format!("U+{:04X}", c as u32)
}

/// Explicit directional embeddings, overrides and isolates, and the marks
/// (UAX #9 §2, Table 1).
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Default_Ignorable_Code_Point (DerivedCoreProperties.txt), less the bidirectional
/// controls above: characters a renderer shows as nothing.
fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{00AD}' | '\u{034F}' | '\u{115F}' | '\u{1160}' | '\u{17B4}' | '\u{17B5}'
        | '\u{180B}'..='\u{180F}' | '\u{200B}'..='\u{200D}' | '\u{2060}'..='\u{2065}'
        | '\u{206A}'..='\u{206F}' | '\u{3164}' | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}'
        | '\u{FFA0}' | '\u{FFF0}'..='\u{FFF8}' | '\u{1BCA0}'..='\u{1BCA3}'
        | '\u{1D173}'..='\u{1D17A}' | '\u{E0000}'..='\u{E0FFF}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_names_in_one_script_are_not_suspicious() {
        for name in [
            "_ga",
            "basket",
            "größe_café",
            "корзина",
            "_pk_id.1.abcd",
            "セッション",
        ] {
            assert_eq!(suspicion(name), None, "{name}");
        }
    }

    #[test]
    fn lookalikes_invisibles_and_overrides_are_named() {
        assert_eq!(
            suspicion("b\u{0430}sket"),
            Some(Suspicion::MixedScripts(vec!["Latin", "Cyrillic"]))
        );
        assert_eq!(reveal("b\u{0430}sket"), "b<U+0430>sket");
        assert_eq!(
            suspicion("bas\u{200D}ket"),
            Some(Suspicion::Invisible('\u{200D}'))
        );
        assert_eq!(reveal("bas\u{200D}ket"), "bas<U+200D>ket");
        assert_eq!(
            suspicion("sid\u{202E}di"),
            Some(Suspicion::Bidi('\u{202E}'))
        );
        assert_eq!(reveal("sid\u{202E}di"), "sid<U+202E>di");
    }
}
