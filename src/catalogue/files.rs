//! Finding and reading the files of a catalogue. Only regular files are read, and in a
//! folder only those inside it: a FIFO would block the build, a link to a folder can
//! loop, and a link out of the folder could print a file the catalogue's authors were
//! never meant to see (a CI secret) in a parse error. docs/catalogue.md states the
//! rules.

use crate::diag::{Diagnostic, codes};
use std::io::Read as _;
use std::path::{Path, PathBuf};

/// Larger files are refused: no real catalogue comes close, and it bounds memory.
const MAX_FILE_BYTES: u64 = 8 * 1024 * 1024;

/// The `.toml` files of a catalogue folder, at any depth, in path order.
pub(super) fn folder_files(folder: &Path, diags: &mut Vec<Diagnostic>) -> Vec<PathBuf> {
    let mut paths = Vec::new();
    match std::fs::canonicalize(folder) {
        Ok(root) => walk_folder(&root, folder, &mut paths, diags),
        Err(err) => diags.push(Diagnostic::error(
            codes::UNREADABLE,
            format!("cannot read folder {}: {err}", folder.display()),
        )),
    }
    paths.sort();
    paths
}

/// Collect the catalogue files under `dir`, staying inside `root` (resolved).
fn walk_folder(root: &Path, dir: &Path, out: &mut Vec<PathBuf>, diags: &mut Vec<Diagnostic>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(err) => {
            diags.push(Diagnostic::error(
                codes::UNREADABLE,
                format!("cannot read folder {}: {err}", dir.display()),
            ));
            return;
        }
    };
    for entry in entries {
        let (path, kind) = match entry.and_then(|e| Ok((e.path(), e.file_type()?))) {
            Ok(found) => found,
            Err(err) => {
                diags.push(Diagnostic::error(
                    codes::UNREADABLE,
                    format!("cannot read folder {}: {err}", dir.display()),
                ));
                continue;
            }
        };
        let is_toml = path.extension().is_some_and(|ext| ext == "toml");
        if kind.is_dir() {
            walk_folder(root, &path, out, diags);
        } else if kind.is_symlink() {
            match follow_link(root, &path) {
                Ok(Linked::File) => out.push(path),
                // A link to a folder inside can loop (`x -> .`): never followed.
                Ok(Linked::Folder) => diags.push(
                    Diagnostic::error(
                        codes::UNREADABLE,
                        format!("{} is a symbolic link to a folder", path.display()),
                    )
                    .help("links to folders in a catalogue folder are not followed, since they can loop: move the folder in, or link its files one by one"),
                ),
                Ok(Linked::Ignored) => {}
                Err(diag) => diags.push(*diag),
            }
        } else if is_toml && kind.is_file() {
            out.push(path);
        } else if is_toml {
            diags.push(not_a_regular_file(&path));
        }
    }
}

/// What a symbolic link in a catalogue folder leads to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Linked {
    /// A regular `.toml` file inside the folder: read it.
    File,
    /// A folder inside the folder.
    Folder,
    /// Something that would not be read anyway.
    Ignored,
}

/// Follow a symbolic link in a catalogue folder (`root`, resolved), refusing every
/// link out of it that would otherwise be read, and `.toml` links to anything but a
/// regular file.
pub(crate) fn follow_link(root: &Path, link: &Path) -> Result<Linked, Box<Diagnostic>> {
    let is_toml = link.extension().is_some_and(|ext| ext == "toml");
    let Ok(target) = std::fs::canonicalize(link) else {
        return match is_toml {
            true => Err(Box::new(Diagnostic::error(
                codes::UNREADABLE,
                format!("{} is a symbolic link to nothing", link.display()),
            ))),
            false => Ok(Linked::Ignored),
        };
    };
    let is_dir = target.is_dir();
    if !is_toml && !is_dir {
        return Ok(Linked::Ignored);
    }
    if !target.starts_with(root) {
        return Err(Box::new(
            Diagnostic::error(
                codes::UNREADABLE,
                format!(
                    "{} is a symbolic link out of the catalogue folder",
                    link.display()
                ),
            )
            .help("disclose reads only what is inside the catalogue folder: copy it in, or remove the link"),
        ));
    }
    if is_dir {
        Ok(Linked::Folder)
    } else if target.is_file() {
        Ok(Linked::File)
    } else {
        Err(Box::new(not_a_regular_file(link)))
    }
}

fn not_a_regular_file(path: &Path) -> Diagnostic {
    Diagnostic::error(
        codes::UNREADABLE,
        format!("{} is not a regular file", path.display()),
    )
    .help("a catalogue is read from regular .toml files; remove the pipe, socket or device named like one")
}

/// Open a file for reading without blocking on a FIFO: the type is checked on the
/// opened file, so nothing can be swapped in between.
fn open_nonblocking(path: &Path) -> std::io::Result<std::fs::File> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK);
    }
    options.open(path)
}

/// Read a file as UTF-8 text, without a byte-order mark.
pub(super) fn read_text(path: &Path, diags: &mut Vec<Diagnostic>) -> Option<String> {
    let shown = path.display();
    let too_big = || {
        Diagnostic::error(
            codes::UNREADABLE,
            format!("{shown} is larger than {} MiB", MAX_FILE_BYTES >> 20),
        )
        .help("split the catalogue into a folder of smaller files")
    };
    let cannot_read = |err: std::io::Error| {
        Diagnostic::error(codes::UNREADABLE, format!("cannot read {shown}: {err}"))
    };
    let file = match open_nonblocking(path) {
        Ok(file) => file,
        Err(err) => {
            diags.push(cannot_read(err));
            return None;
        }
    };
    match file.metadata() {
        Ok(meta) if !meta.is_file() => {
            diags.push(not_a_regular_file(path));
            return None;
        }
        Ok(meta) if meta.len() > MAX_FILE_BYTES => {
            diags.push(too_big());
            return None;
        }
        Ok(_) => {}
        Err(err) => {
            diags.push(cannot_read(err));
            return None;
        }
    }
    // The limit holds while reading too: a file may grow after it was measured.
    let mut bytes = Vec::new();
    if let Err(err) = file.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes) {
        diags.push(cannot_read(err));
        return None;
    }
    if bytes.len() as u64 > MAX_FILE_BYTES {
        diags.push(too_big());
        return None;
    }
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
                    codes::NOT_UTF8,
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
