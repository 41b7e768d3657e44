//! Ids of one kind of entry, for duplicate checks and reference lookups.

use crate::catalogue::Spanned;
use crate::diag::{Diagnostic, FileId, codes, did_you_mean};
use std::collections::HashMap;

pub(super) struct IdIndex {
    what: &'static str,
    /// The table entries of this kind are written in, for the help text.
    table: &'static str,
    ids: HashMap<String, usize>,
}

impl IdIndex {
    pub(super) fn new(what: &'static str, table: &'static str) -> Self {
        Self {
            what,
            table,
            ids: HashMap::new(),
        }
    }

    /// Record an id; false (and a diagnostic) when it is taken.
    pub(super) fn insert(
        &mut self,
        diags: &mut Vec<Diagnostic>,
        file: FileId,
        id: &Spanned<String>,
        index: usize,
    ) -> bool {
        if self.ids.contains_key(id.get_ref()) {
            diags.push(
                Diagnostic::error(
                    codes::DUPLICATE,
                    format!("duplicate {} id `{}`", self.what, id.get_ref()),
                )
                .at(file, id.span())
                .label("already used")
                .help(format!(
                    "each {} needs its own id; rename one of them",
                    self.what
                )),
            );
            return false;
        }
        self.ids.insert(id.get_ref().clone(), index);
        true
    }

    /// Resolve a reference; a diagnostic with "did you mean" when it dangles.
    pub(super) fn get(
        &self,
        diags: &mut Vec<Diagnostic>,
        file: FileId,
        reference: &Spanned<String>,
    ) -> Option<usize> {
        if let Some(index) = self.ids.get(reference.get_ref()) {
            return Some(*index);
        }
        let mut known: Vec<&str> = self.ids.keys().map(String::as_str).collect();
        known.sort_unstable();
        let help = match did_you_mean(reference.get_ref(), known.iter().copied()) {
            Some(s) => format!("did you mean `{s}`?"),
            None if known.is_empty() => format!(
                "no {} is defined; add a [[{}]] entry with this id",
                self.what, self.table
            ),
            None => format!("known {} ids: {}", self.what, known.join(", ")),
        };
        diags.push(
            Diagnostic::error(
                codes::DANGLING_REFERENCE,
                format!("unknown {} `{}`", self.what, reference.get_ref()),
            )
            .at(file, reference.span())
            .label(format!("no {} has this id", self.what))
            .help(help),
        );
        None
    }
}
