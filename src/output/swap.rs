//! Putting a staged tree in place of the output folder, and taking the old one away.
//!
//! On Linux the two folders are exchanged in one step (`renameat2(RENAME_EXCHANGE)`).
//! Where the filesystem cannot, two renames are used: the output is moved aside to
//! `.<name>.disclose-old`, then the new tree takes its place. A crash between the two
//! leaves no output folder for a moment; the next build into the folder (holding its
//! lock) puts the old tree back before it reads anything ([`repair`]), or, when the new
//! tree had already gone live, removes the old one.
//!
//! Everything that could keep the old tree from being removed after the swap is
//! checked before it ([`check_removable`]), so a build fails with the output as it
//! was rather than succeeding halfway.
//!
//! Two environment variables exist for tests only (tests/testsuite/output.rs); they
//! are not for use: `DISCLOSE_TEST_FORCE_RENAME_FALLBACK=1` uses the two renames even
//! where the exchange works, and `DISCLOSE_TEST_ABORT_BETWEEN_RENAMES=1` makes the
//! process abort between them, as a crash would.

use anyhow::{Context as _, Result, bail};
use rayon::prelude::*;
use std::io::ErrorKind;
use std::path::{Path, PathBuf};

/// Where the fallback swap moves the old output while the new one takes its place.
pub(super) fn aside_dir(parent: &Path, name: &str) -> PathBuf {
    parent.join(format!(".{name}.disclose-old"))
}

/// Called holding the output folder's lock, before the output is read: undo what an
/// interrupted fallback swap left. Returns a note for the user when it repaired
/// something.
pub(super) fn repair(out: &Path, aside: &Path) -> Result<Option<String>> {
    if absent(aside) {
        return Ok(None);
    }
    if absent(out) {
        // Killed between the two renames: the old tree is whole beside the output.
        std::fs::rename(aside, out).with_context(|| {
            format!(
                "putting the output of an interrupted build back from {} to {}",
                aside.display(),
                out.display()
            )
        })?;
        return Ok(Some(format!(
            "an earlier build into {} was interrupted while swapping its output in; the output as it was before that build is back in place",
            out.display()
        )));
    }
    // Killed after the new tree went live: the old one is left over.
    std::fs::remove_dir_all(aside)
        .with_context(|| format!("removing the old output {}", aside.display()))?;
    Ok(None)
}

fn test_switch(name: &str) -> bool {
    std::env::var_os(name).is_some_and(|v| v == "1")
}

/// Put `new` in place of `out`. Returns where the old tree is now, to be removed.
/// On an error the output is as it was (or, if even putting it back failed, the error
/// says where the old tree is, and the next build puts it back).
pub(super) fn swap(new: &Path, out: &Path, aside: &Path) -> Result<PathBuf> {
    #[cfg(target_os = "linux")]
    if !test_switch("DISCLOSE_TEST_FORCE_RENAME_FALLBACK") {
        use rustix::fs::{CWD, RenameFlags, renameat_with};
        match renameat_with(CWD, new, CWD, out, RenameFlags::EXCHANGE) {
            // `new` now holds the old tree.
            Ok(()) => return Ok(new.to_owned()),
            // Filesystems without RENAME_EXCHANGE fall through to the portable way.
            Err(err) if err == rustix::io::Errno::INVAL || err == rustix::io::Errno::NOSYS => {}
            Err(err) => bail!("swapping {} into place: {err}", out.display()),
        }
    }
    std::fs::rename(out, aside).with_context(|| format!("moving {} aside", out.display()))?;
    if test_switch("DISCLOSE_TEST_ABORT_BETWEEN_RENAMES") {
        std::process::abort();
    }
    if let Err(err) = std::fs::rename(new, out) {
        return match std::fs::rename(aside, out) {
            Ok(()) => Err(err).with_context(|| {
                format!(
                    "moving the new output to {}; the output is as it was",
                    out.display()
                )
            }),
            Err(back) => bail!(
                "moving the new output to {} failed ({err}), and so did putting the old one back ({back}): it is in {}; the next build into {} puts it back",
                out.display(),
                aside.display(),
                out.display()
            ),
        };
    }
    Ok(aside.to_owned())
}

/// Remove a folder tree, its top-level entries in parallel.
pub(super) fn remove_tree(dir: &Path) -> std::io::Result<()> {
    let entries: Vec<_> = std::fs::read_dir(dir)?.collect::<std::io::Result<_>>()?;
    entries.par_iter().try_for_each(|entry| {
        if entry.file_type()?.is_dir() {
            std::fs::remove_dir_all(entry.path())
        } else {
            std::fs::remove_file(entry.path())
        }
    })?;
    std::fs::remove_dir(dir)
}

/// Refuse, before the swap, an old tree that could not be removed after it: the folder
/// holding the output and every folder of the output must be writable (and
/// searchable) by this process, and nothing in it may be immutable or append-only
/// (`chattr +i`, `+a`: even root cannot delete such a file, or anything from such a
/// folder). Without this, the new tree would be live and the build would fail.
///
/// Also refuse a mount point inside the output: carrying it over would copy the whole
/// mounted filesystem, and removing the old tree would empty it.
pub(super) fn check_removable(out: &Path) -> Result<()> {
    let parent = out.parent().unwrap_or(Path::new("."));
    writable(parent)?;
    let device = device(out)?;
    walk(out, device)
}

fn walk(dir: &Path, root: Option<u64>) -> Result<()> {
    writable(dir)?;
    let entries = std::fs::read_dir(dir).with_context(|| format!("reading {}", dir.display()))?;
    for entry in entries {
        let entry = entry.with_context(|| format!("reading {}", dir.display()))?;
        let path = entry.path();
        fixed(&path)?;
        if entry.file_type()?.is_dir() {
            if root.is_some() && device(&path)? != root {
                bail!(mounted(&path));
            }
            walk(&path, root)?;
        }
    }
    Ok(())
}

/// Refuse an output folder that is itself a mount point (a container volume, say):
/// a mount point cannot be renamed, so no tree could ever be swapped in.
pub(super) fn refuse_mount_root(out: &Path, shown: &Path) -> Result<()> {
    let parent = out.parent().unwrap_or(Path::new("."));
    if device(out)? != device(parent)? || mount_root(out) {
        bail!(
            "refusing to write to {}: it is a mount point, and disclose puts a new output in place by renaming folders, which a mount point cannot be; mount the folder above it instead, or make {} a symbolic link to a folder inside the mount",
            shown.display(),
            shown.display()
        );
    }
    Ok(())
}

#[cfg(target_os = "linux")]
fn mount_root(path: &Path) -> bool {
    use rustix::fs::{AtFlags, CWD, StatxAttributes, StatxFlags, statx};
    statx(CWD, path, AtFlags::NO_AUTOMOUNT, StatxFlags::empty()).is_ok_and(|s| {
        s.stx_attributes_mask.contains(StatxAttributes::MOUNT_ROOT)
            && s.stx_attributes.contains(StatxAttributes::MOUNT_ROOT)
    })
}

#[cfg(not(target_os = "linux"))]
fn mount_root(_path: &Path) -> bool {
    false
}

fn mounted(path: &Path) -> String {
    format!(
        "refusing to replace the output: {} is a mount point (another filesystem, or a bind mount, inside the output folder); disclose would copy what is on it into the new output and then delete it from the old one. Unmount it, or choose an output folder with no mounts inside; nothing was changed",
        path.display()
    )
}

/// The filesystem a path is on (unix), not following a link.
fn device(path: &Path) -> Result<Option<u64>> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let meta = std::fs::symlink_metadata(path)
            .with_context(|| format!("reading {}", path.display()))?;
        Ok(Some(meta.dev()))
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        Ok(None)
    }
}

#[cfg(target_os = "linux")]
fn writable(dir: &Path) -> Result<()> {
    use rustix::fs::{Access, AtFlags, CWD, accessat};
    // EACCESS: as the effective user, the one that will remove the files.
    match accessat(
        CWD,
        dir,
        Access::WRITE_OK | Access::EXEC_OK,
        AtFlags::EACCESS,
    ) {
        Ok(()) => Ok(()),
        Err(err) => bail!(
            "refusing to replace the output: {} is not writable ({err}), so its old files could not be removed; nothing was changed. Make it writable (or remove the output folder) and build again",
            dir.display()
        ),
    }
}

#[cfg(not(target_os = "linux"))]
fn writable(_dir: &Path) -> Result<()> {
    Ok(())
}

/// Refuse a file or folder marked immutable or append-only, and a bind mount (which
/// keeps the device number of what it shows).
#[cfg(target_os = "linux")]
fn fixed(path: &Path) -> Result<()> {
    use rustix::fs::{AtFlags, CWD, StatxAttributes, StatxFlags, statx};
    let Ok(stat) = statx(
        CWD,
        path,
        AtFlags::SYMLINK_NOFOLLOW | AtFlags::NO_AUTOMOUNT,
        StatxFlags::empty(),
    ) else {
        // No statx (old kernels): nothing more to learn here.
        return Ok(());
    };
    let fixed = StatxAttributes::IMMUTABLE | StatxAttributes::APPEND;
    if stat.stx_attributes.intersects(fixed) {
        bail!(
            "refusing to replace the output: {} is marked immutable or append-only (see lsattr), so the old output could not be removed; nothing was changed. Clear the mark (chattr -i -a) and build again",
            path.display()
        );
    }
    if stat
        .stx_attributes_mask
        .contains(StatxAttributes::MOUNT_ROOT)
        && stat.stx_attributes.contains(StatxAttributes::MOUNT_ROOT)
    {
        bail!(mounted(path));
    }
    Ok(())
}

#[cfg(not(target_os = "linux"))]
fn fixed(_path: &Path) -> Result<()> {
    Ok(())
}

/// Whether a path is absent (not even a dangling link).
pub(super) fn absent(path: &Path) -> bool {
    matches!(std::fs::symlink_metadata(path), Err(e) if e.kind() == ErrorKind::NotFound)
}
