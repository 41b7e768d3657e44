//! `disclose release`: record a release of a catalogue in its own `[[changes]]`.
//!
//! The changes are those `disclose diff` finds against the last release: the commit
//! that recorded the catalogue's newest `[[changes]]` entry (found by walking the git
//! log of the catalogue back to where that entry first appears), or `--since`. The
//! first release of a catalogue without history records its state with no changes.
//! The new version and date are written into `[policy]` and the entry appended, with
//! toml_edit ([`edit`]) so the file is otherwise left byte for byte as it was.

pub mod edit;

use crate::diff::{self, Side, git};
use crate::model::facts::consent_fingerprint;
use crate::model::{Change, ChangeKind, Policy};
use crate::project::Loaded;
use anyhow::{Context as _, Result, anyhow, bail};
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Default)]
pub struct ReleaseOptions {
    pub project: PathBuf,
    /// The catalogue file or folder to release.
    pub catalogue: PathBuf,
    /// The new version; default: the current one with its last number raised.
    pub version: Option<String>,
    /// The date it takes effect, as TOML (`2024-06-01`); required.
    pub effective: String,
    /// Compare with this side instead of the last recorded release.
    pub since: Option<Side>,
}

/// What a release did.
#[derive(Debug, Clone)]
pub struct Released {
    pub file: PathBuf,
    pub entry: edit::Entry,
    /// Where the changes were counted from.
    pub base: String,
}

/// Load one catalogue; errors are refused with the catalogue's own diagnostics text.
fn single(loaded: Loaded, what: &str) -> Result<Policy> {
    if loaded.has_errors() {
        let text = crate::diag::print::human(
            &loaded.diagnostics,
            &loaded.sources,
            crate::diag::print::Style::Plain,
        );
        bail!("{what} has errors; fix them first:\n{text}");
    }
    loaded
        .policies
        .into_iter()
        .next()
        .ok_or_else(|| anyhow!("{what} holds no catalogue"))
}

/// The catalogue as of its last recorded release, and where that was found.
fn base(options: &ReleaseOptions, current: &Policy) -> Result<Option<(Policy, String)>> {
    if let Some(side) = &options.since {
        let loaded =
            diff::load_side(side, &options.project).map_err(|e| anyhow!("{}", side_error(e)))?;
        let found = loaded.policies.iter().find(|p| p.id == current.id).cloned();
        let policy = match found {
            Some(p) => p,
            None => single(loaded, &side.describe())?,
        };
        return Ok(Some((policy, side.describe())));
    }
    let Some(last) = current.history.last() else {
        return Ok(None);
    };
    let repo = git::Repo::open(&options.project)
        .map_err(|e| anyhow!("{e}; or name the last release with --since"))?;
    let relative = options
        .catalogue
        .strip_prefix(&options.project)
        .unwrap_or(&options.catalogue);
    let mut found: Option<(Policy, String)> = None;
    for commit in repo.log(&relative.to_string_lossy())? {
        let side = Side::Revision(commit.clone());
        let Ok(loaded) = diff::load_side(&side, &options.project) else {
            break;
        };
        let Some(policy) = loaded.policies.into_iter().find(|p| p.id == current.id) else {
            break;
        };
        if policy.history.last().map(|r| &r.version) != Some(&last.version) {
            break;
        }
        found = Some((policy, commit[..12.min(commit.len())].to_owned()));
    }
    match found {
        Some(found) => Ok(Some(found)),
        None => bail!(
            "release {} of `{}` is not committed yet: commit it, or name the state to compare with --since",
            last.version,
            current.id
        ),
    }
}

fn side_error(err: diff::SideError) -> String {
    match err {
        diff::SideError::Git(e) => e.to_string(),
        diff::SideError::Diagnostic(d) => d.message,
    }
}

/// `1.0` → `1.1`, `2018.11` → `2018.12`, `v3` → `v4`; none → `1`.
pub fn next_version(current: Option<&str>) -> String {
    let Some(v) = current else {
        return "1".to_owned();
    };
    let end = v.rfind(|c: char| c.is_ascii_digit()).map(|i| i + 1);
    let Some(end) = end else {
        return format!("{v}.1");
    };
    let start = v[..end]
        .rfind(|c: char| !c.is_ascii_digit())
        .map_or(0, |i| i + 1);
    let n: u64 = v[start..end].parse().unwrap_or(0);
    let next = format!("{:0width$}", n + 1, width = end - start);
    format!("{}{}{}", &v[..start], next, &v[end..])
}

/// The changes as a release records them: text changes once per field (their locales
/// joined), without the texts themselves, which the catalogue already holds.
pub fn recorded(changes: Vec<Change>) -> Vec<Change> {
    let mut out: Vec<Change> = Vec::new();
    for mut change in changes {
        if change.locale.is_some() {
            change.before = None;
            change.after = None;
        }
        if change.kind == ChangeKind::TextChanged
            && let Some(same) = out.iter_mut().find(|c| {
                c.kind == change.kind && c.subject == change.subject && c.field == change.field
            })
        {
            let locales = [same.locale.take(), change.locale]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(", ");
            same.locale = Some(locales);
            continue;
        }
        out.push(change);
    }
    out
}

/// The file of a catalogue that holds `[policy]` (the catalogue itself when a file).
fn policy_file(catalogue: &Path, policy: &Policy, loaded: &Loaded) -> PathBuf {
    if catalogue.is_file() {
        return catalogue.to_owned();
    }
    PathBuf::from(&loaded.sources.file(policy.loc.file).name)
}

/// Record a release: compute it, edit the catalogue file, check the result, write it.
pub fn release(options: &ReleaseOptions) -> Result<Released> {
    let loaded = crate::project::load_all(std::slice::from_ref(&options.catalogue));
    let what = options.catalogue.display().to_string();
    let file = loaded
        .policies
        .first()
        .map(|p| policy_file(&options.catalogue, p, &loaded));
    let texts: Vec<(String, String)> = loaded
        .sources
        .files()
        .map(|f| (f.name.clone(), f.text.clone()))
        .collect();
    let current = single(loaded, &what)?;
    let file = file.unwrap_or_else(|| options.catalogue.clone());
    let (changes, base) = match base(options, &current)? {
        Some((old, base)) => (recorded(diff::diff(&old, &current)), base),
        None => (Vec::new(), "nothing (first recorded release)".to_owned()),
    };
    let version = options
        .version
        .clone()
        .unwrap_or_else(|| next_version(current.version.as_deref()));
    if current.history.iter().any(|r| r.version == version) {
        bail!(
            "version {version} is already recorded in [[changes]]: choose another with --version"
        );
    }
    let entry = edit::Entry {
        version,
        effective: options.effective.clone(),
        consent_fingerprint: consent_fingerprint(&current),
        changes,
    };
    let text =
        std::fs::read_to_string(&file).with_context(|| format!("reading {}", file.display()))?;
    let edited = edit::apply(&text, &entry)?;
    // The edited catalogue must load as it did: a bad --effective is refused, not
    // written.
    let name = file.display().to_string();
    let texts = texts
        .into_iter()
        .map(|(n, t)| {
            if n == name {
                (n, edited.clone())
            } else {
                (n, t)
            }
        })
        .collect();
    let mut sources = crate::diag::SourceMap::default();
    let mut diags = Vec::new();
    let source = crate::catalogue::CatalogueSource::File(file.clone());
    let reread = crate::catalogue::load_texts(source, texts, &mut sources, &mut diags);
    let _ = crate::model::resolve(&reread, &mut diags);
    if let Some(err) = diags.iter().find(|d| d.is_error()) {
        bail!(
            "the release cannot be written: {} (is --effective a date such as 2024-06-01?)",
            err.message
        );
    }
    // Written beside and renamed over: the catalogue is never left half written.
    let temp = file.with_extension("toml.disclose-release");
    std::fs::write(&temp, &edited).with_context(|| format!("writing {}", temp.display()))?;
    std::fs::rename(&temp, &file).with_context(|| format!("replacing {}", file.display()))?;
    Ok(Released { file, entry, base })
}

/// Today's date in UTC as TOML text (`2026-12-01`): the default effective date.
pub fn today() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    // Days to civil date (H. Hinnant, "chrono-Compatible Low-Level Date Algorithms").
    let z = (secs / 86_400) as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}
