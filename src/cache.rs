//! Incremental builds: a content-hash cache in the output folder.
//!
//! `disclose build` writes `.disclose-cache` beside its output. For every catalogue it
//! records a key — a SHA-256 over the catalogue's files (names and bytes) and over
//! everything every catalogue depends on: the tool (version and executable), the
//! shipped and the project's templates and messages, and the build options — and the
//! files the catalogue produced, whatever they are, with their sizes and SHA-256
//! hashes. The next build into the same folder computes each catalogue's key again;
//! when it is in the cache and the catalogue's files are still in the output as they
//! were written, the catalogue is not loaded or rendered: its files are carried into
//! the new tree as they are (hard links), and its entry in `index.html` comes from the
//! cache.
//!
//! A file counts as "as written" when it is a regular file with the recorded size and
//! the recorded SHA-256 of its bytes. Sizes and modification times alone are not
//! trusted: a page restored with `cp -a` from an older build, or edited to the same
//! size within one clock tick, has the old size and an old time but other bytes. The
//! size is compared first (a different size needs no hashing); hashing what is left
//! costs little next to rendering (docs/performance.md#incremental-builds). A cache
//! that is missing, unreadable, of another format or of another build is ignored, and
//! so is any entry whose files do not check out: the catalogue is then rendered as if
//! there were no cache. The cache file's content is deterministic (no times, no
//! absolute paths); it is not listed in the ledger and `build --check` neither reads
//! nor compares it.

use crate::i18n::Miss;
use crate::options::BuildOptions;
use crate::output::{CACHE, Output, WritePlan};
use crate::render::{BUILTIN_TEMPLATES, IndexPolicy};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

/// Bumped when the cache file's layout changes (2: content hashes of the files).
const FORMAT: u32 = 2;

/// What the cache knows about one catalogue's last build.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Entry {
    /// The catalogue's key (see the module documentation).
    pub key: String,
    /// The policy id: the catalogue's folder in the output.
    pub policy: String,
    /// Pages the catalogue produced.
    pub pages: usize,
    /// The catalogue's entry in `index.html`.
    pub index: IndexPolicy,
    /// Messages the catalogue's locales lacked.
    pub misses: Vec<Miss>,
    /// Every file the catalogue produced, relative to the output folder.
    pub files: Vec<CachedFile>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CachedFile {
    /// Relative path, `/`-separated.
    pub path: String,
    pub size: u64,
    /// SHA-256 of the file's bytes, lowercase hex.
    pub sha256: String,
}

#[derive(Serialize, Deserialize)]
struct CacheFile {
    format: u32,
    /// The hash of what every catalogue depends on.
    build: String,
    /// Sorted by policy id.
    entries: Vec<Entry>,
}

/// The cache of an earlier build, ready for lookups.
#[derive(Debug, Default)]
pub struct Cache {
    out: PathBuf,
    entries: HashMap<String, Entry>,
}

impl Cache {
    /// The cache of `output` for a build with this hash; empty without one, or when
    /// the output cannot reuse files.
    pub fn for_output(output: &Output, build: Option<&str>) -> Self {
        match (build, output.out_dir()) {
            (Some(hash), Some(out)) if output.can_reuse() => Self::read(out, hash),
            _ => Self::default(),
        }
    }

    /// The cache in `out` if it was written by a build with the same `build` hash;
    /// otherwise (missing, unreadable, another format or build) an empty one.
    pub fn read(out: &Path, build: &str) -> Self {
        let path = out.join(CACHE);
        let mut cache = Self {
            out: out.to_owned(),
            ..Self::default()
        };
        let Some(file) = std::fs::read(&path)
            .ok()
            .and_then(|bytes| serde_json::from_slice::<CacheFile>(&bytes).ok())
        else {
            return cache;
        };
        if file.format != FORMAT || file.build != build {
            return cache;
        }
        cache.entries = file
            .entries
            .into_iter()
            .map(|e| (e.key.clone(), e))
            .collect();
        cache
    }

    /// The entry of a catalogue with this key, its files carried over into `output`,
    /// if every file it lists is still in the output as it was written.
    pub fn reuse(&self, key: &str, output: &Output) -> anyhow::Result<Option<Entry>> {
        let Some(entry) = self.lookup(key) else {
            return Ok(None);
        };
        for file in &entry.files {
            let relative = safe_relative(&file.path)
                .ok_or_else(|| anyhow::anyhow!("a cached path leaves the output folder"))?;
            output.reuse(&relative, file.size)?;
        }
        Ok(Some(entry.clone()))
    }

    /// The entry of a catalogue with this key, if every file it lists is still in the
    /// output as it was written.
    fn lookup(&self, key: &str) -> Option<&Entry> {
        let entry = self.entries.get(key)?;
        let intact = entry.files.iter().all(|file| {
            safe_relative(&file.path)
                .is_some_and(|relative| as_written(&self.out.join(relative), file))
        });
        intact.then_some(entry)
    }
}

/// Whether the file at `path` is a regular file (not a link) with the size and the
/// content hash the cache recorded for it.
fn as_written(path: &Path, file: &CachedFile) -> bool {
    let same_size =
        std::fs::symlink_metadata(path).is_ok_and(|m| m.is_file() && m.len() == file.size);
    same_size && file_sha256(path, file.size).is_some_and(|hash| hash == file.sha256)
}

/// SHA-256 of a file's bytes, read in blocks; `None` if it cannot be read or is not
/// `size` bytes long (it changed while being read).
fn file_sha256(path: &Path, size: u64) -> Option<String> {
    let mut reader = std::fs::File::open(path).ok()?;
    let mut hasher = Sha256::new();
    let mut buffer = vec![0; 64 * 1024];
    let mut read = 0u64;
    loop {
        let n = reader.read(&mut buffer).ok()?;
        if n == 0 {
            break;
        }
        read += n as u64;
        hasher.update(&buffer[..n]);
    }
    (read == size).then(|| hex(&hasher.finalize()))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The files of a catalogue's plan, as its cache entry lists them.
pub fn files(plan: &WritePlan) -> Vec<CachedFile> {
    plan.files()
        .iter()
        .map(|(path, bytes)| CachedFile {
            path: path
                .components()
                .map(|c| c.as_os_str().to_string_lossy())
                .collect::<Vec<_>>()
                .join("/"),
            size: bytes.len() as u64,
            sha256: crate::model::facts::sha256_hex(bytes),
        })
        .collect()
}

/// A cache path as a relative path inside the output, if it is one.
fn safe_relative(path: &str) -> Option<PathBuf> {
    let relative = PathBuf::from(path);
    let safe = !path.is_empty()
        && relative
            .components()
            .all(|c| matches!(c, std::path::Component::Normal(_)));
    safe.then_some(relative)
}

/// The cache file for a build with these entries: deterministic for the same ones.
pub fn encode(build: &str, mut entries: Vec<Entry>) -> Vec<u8> {
    entries.sort_by(|a, b| a.policy.cmp(&b.policy).then(a.key.cmp(&b.key)));
    let file = CacheFile {
        format: FORMAT,
        build: build.to_owned(),
        entries,
    };
    let mut bytes = serde_json::to_vec(&file).expect("the cache serialises");
    bytes.push(b'\n');
    bytes
}

/// A hasher that keeps the boundaries between the parts it is fed.
struct Hasher(Sha256);

impl Hasher {
    fn new(domain: &str) -> Self {
        let mut h = Self(Sha256::new());
        h.part(domain.as_bytes());
        h
    }

    fn part(&mut self, bytes: &[u8]) {
        self.0.update((bytes.len() as u64).to_le_bytes());
        self.0.update(bytes);
    }

    fn hex(self) -> String {
        hex(&self.0.finalize())
    }
}

/// The hash of what every catalogue of a build depends on: the tool, the shipped and
/// project templates, messages and fonts, and the build options other than the
/// catalogues.
pub fn build_hash(options: &BuildOptions) -> String {
    let mut h = Hasher::new("disclose build");
    h.part(&FORMAT.to_le_bytes());
    h.part(env!("CARGO_PKG_VERSION").as_bytes());
    // The executable itself: a rebuilt binary of the same version may render
    // differently (during development, above all).
    let exe = std::env::current_exe()
        .and_then(std::fs::metadata)
        .map(|m| {
            let modified = m
                .modified()
                .ok()
                .and_then(|t| t.duration_since(SystemTime::UNIX_EPOCH).ok())
                .map_or(0, |d| d.as_nanos());
            format!("{} {modified}", m.len())
        })
        .unwrap_or_default();
    h.part(exe.as_bytes());
    for (name, text) in BUILTIN_TEMPLATES {
        h.part(name.as_bytes());
        h.part(text.as_bytes());
    }
    for (tag, text) in crate::i18n::shipped_sources() {
        h.part(tag.as_bytes());
        h.part(text.as_bytes());
    }
    for dir in ["templates", "locales", "fonts"] {
        h.part(dir.as_bytes());
        for (name, bytes) in folder_files(&options.project.join(dir)) {
            h.part(name.as_bytes());
            h.part(&bytes);
        }
    }
    // Options added later are part of the key without further ado; the catalogues and
    // the project folder are not (the catalogues are keyed one by one, the project's
    // files are hashed above).
    let mut shared = options.clone();
    shared.project = PathBuf::new();
    shared.catalogues = Vec::new();
    h.part(format!("{shared:?}").as_bytes());
    h.hex()
}

/// The files directly in a folder, by name, sorted; none if it cannot be read.
fn folder_files(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut files: Vec<(String, Vec<u8>)> = entries
        .flatten()
        .filter(|e| e.path().is_file())
        .filter_map(|e| {
            let bytes = std::fs::read(e.path()).ok()?;
            Some((e.file_name().to_string_lossy().into_owned(), bytes))
        })
        .collect();
    files.sort();
    files
}

/// The key of one catalogue (a file, or a folder of files: every file under it,
/// by relative name) in a build with the given `build` hash; `None` when it cannot
/// be read, and so cannot be cached.
pub fn catalogue_key(build: &str, catalogue: &Path) -> Option<String> {
    let mut h = Hasher::new("disclose catalogue");
    h.part(build.as_bytes());
    let meta = std::fs::metadata(catalogue).ok()?;
    if meta.is_dir() {
        let mut files = Vec::new();
        walk(catalogue, catalogue, &mut files).ok()?;
        files.sort();
        h.part(b"folder");
        for relative in files {
            h.part(relative.to_string_lossy().as_bytes());
            h.part(&std::fs::read(catalogue.join(&relative)).ok()?);
        }
    } else {
        h.part(b"file");
        h.part(&std::fs::read(catalogue).ok()?);
    }
    Some(h.hex())
}

fn walk(root: &Path, dir: &Path, files: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            walk(root, &path, files)?;
        } else {
            files.push(path.strip_prefix(root).unwrap_or(&path).to_owned());
        }
    }
    Ok(())
}
