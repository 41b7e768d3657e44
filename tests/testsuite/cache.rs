//! Incremental builds: the cache in the output folder reuses unchanged catalogues,
//! and never changes what a build writes.
//!
//! The cache treats every file a catalogue produced alike, whatever its format, so
//! these builds write HTML and Markdown only ([`FORMATS`]): PDFs cost a second each
//! and would prove nothing more here. One test builds every format, PDFs included.

use crate::harness::{Run, disclose, fixture, project_with, read, repo_root, tree};
use std::path::{Path, PathBuf};

/// A project with two catalogues: `shop` (the valid fixture) and `example-shop`.
fn two_catalogues() -> tempfile::TempDir {
    project_with(&[
        ("shop.toml", &read(fixture("valid").join("catalogue.toml"))),
        (
            "example-shop.toml",
            &read(repo_root().join("policies/example-shop.toml")),
        ),
    ])
}

/// The formats these builds write unless a test names its own `--format`.
const FORMATS: [&str; 2] = ["--format", "html,markdown"];

fn build(project: &Path, extra: &[&str]) -> Run {
    let mut args = vec!["build"];
    args.extend_from_slice(extra);
    if !extra.iter().any(|a| a.starts_with("--format")) {
        args.extend_from_slice(&FORMATS);
    }
    let run = disclose(project, &args);
    assert_eq!(run.code, 0, "{}", run.stderr);
    run
}

fn reused(run: &Run) -> &str {
    let line = run.stderr.lines().last().unwrap_or_default();
    line.rsplit("; ").next().unwrap_or_default()
}

/// The tree of an output folder without the cache file.
fn output(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    tree(dir)
        .into_iter()
        .filter(|(p, _)| p != Path::new(".disclose-cache"))
        .collect()
}

/// What a build with no cache at all writes, for comparison.
fn fresh(project: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    fresh_with(project, &[])
}

/// What a build with no cache and these options writes.
fn fresh_with(project: &Path, options: &[&str]) -> Vec<(PathBuf, Vec<u8>)> {
    let mut args = vec!["--no-cache", "--out", "fresh"];
    args.extend_from_slice(options);
    build(project, &args);
    assert!(
        !project.join("fresh/.disclose-cache").exists(),
        "--no-cache writes no cache"
    );
    let files = output(&project.join("fresh"));
    std::fs::remove_dir_all(project.join("fresh")).unwrap();
    files
}

/// Every format, PDFs included: the only test here that writes PDFs.
#[test]
fn a_second_build_reuses_every_catalogue() {
    const ALL: [&str; 2] = if cfg!(feature = "pdf") {
        ["--format", "html,fragment,markdown,pdf"]
    } else {
        ["--format", "html,fragment,markdown"]
    };
    let project = two_catalogues();
    let first = build(project.path(), &ALL);
    assert_eq!(
        reused(&first),
        "0 of 2 catalogues reused unchanged",
        "{}",
        first.stderr
    );
    assert!(project.path().join("out/.disclose-cache").is_file());
    assert_eq!(
        project
            .path()
            .join("out/shop/en/cookie-policy.pdf")
            .is_file(),
        cfg!(feature = "pdf")
    );
    let before = tree(&project.path().join("out"));
    let second = build(project.path(), &ALL);
    assert_eq!(reused(&second), "2 of 2 catalogues reused unchanged");
    assert!(
        second.stderr.contains("0 changed, 0 removed"),
        "{}",
        second.stderr
    );
    let pages = if cfg!(feature = "pdf") { 32 } else { 24 };
    assert!(
        second
            .stderr
            .contains(&format!("built 2 catalogues into out: {pages} pages,")),
        "pages of reused catalogues count: {}",
        second.stderr
    );
    assert_eq!(tree(&project.path().join("out")), before);
    assert_eq!(
        output(&project.path().join("out")),
        fresh_with(project.path(), &ALL)
    );
}

#[test]
fn changing_one_catalogue_renders_only_it() {
    let project = two_catalogues();
    build(project.path(), &[]);
    let shop = project.path().join("policies/shop.toml");
    std::fs::write(
        &shop,
        read(&shop).replace("Counts *unique* visitors.", "Counts visitors once."),
    )
    .unwrap();
    let run = build(project.path(), &[]);
    assert_eq!(reused(&run), "1 of 2 catalogues reused unchanged");
    let out = project.path().join("out");
    assert!(read(out.join("shop/en/cookie-policy.html")).contains("Counts visitors once."));
    assert_eq!(output(&out), fresh(project.path()));
    // The index still lists both.
    let index = read(out.join("index.html"));
    assert!(index.contains("shop/en/cookie-policy.html"), "{index}");
    assert!(
        index.contains("example-shop/en/cookie-policy.html"),
        "{index}"
    );
}

#[test]
fn project_messages_and_templates_invalidate_every_catalogue() {
    let project = two_catalogues();
    build(project.path(), &[]);
    std::fs::create_dir_all(project.path().join("locales")).unwrap();
    std::fs::write(
        project.path().join("locales/en.ftl"),
        "cookie-policy-title = Cookie statement\n",
    )
    .unwrap();
    let run = build(project.path(), &[]);
    assert_eq!(reused(&run), "0 of 2 catalogues reused unchanged");
    let out = project.path().join("out");
    assert!(read(out.join("shop/en/cookie-policy.md")).contains("Cookie statement"));
    assert_eq!(output(&out), fresh(project.path()));

    assert_eq!(
        reused(&build(project.path(), &[])),
        "2 of 2 catalogues reused unchanged"
    );
    std::fs::create_dir_all(project.path().join("templates")).unwrap();
    let template = read(repo_root().join("templates/contact.md.tera"));
    std::fs::write(
        project.path().join("templates/contact.md.tera"),
        format!("{template}\nReach us any time.\n"),
    )
    .unwrap();
    let run = build(project.path(), &[]);
    assert_eq!(reused(&run), "0 of 2 catalogues reused unchanged");
    assert!(read(out.join("example-shop/en/privacy-policy.md")).contains("Reach us any time."));
    assert_eq!(output(&out), fresh(project.path()));
}

#[test]
fn a_cache_of_another_build_is_ignored() {
    // Stands in for another tool version: the cache records the hash of what every
    // catalogue depends on, the tool included.
    let project = two_catalogues();
    build(project.path(), &[]);
    let cache = project.path().join("out/.disclose-cache");
    let text = read(&cache);
    let start = text.find("\"build\":\"").unwrap() + "\"build\":\"".len();
    let mut edited = text.clone();
    edited.replace_range(start..start + 8, "00000000");
    assert_ne!(edited, text);
    std::fs::write(&cache, edited).unwrap();
    let run = build(project.path(), &[]);
    assert_eq!(reused(&run), "0 of 2 catalogues reused unchanged");
    assert_eq!(read(&cache), text, "the cache is written anew");
}

#[test]
fn a_corrupt_or_missing_cache_is_ignored() {
    let project = two_catalogues();
    build(project.path(), &[]);
    let expected = output(&project.path().join("out"));
    let cache = project.path().join("out/.disclose-cache");
    for garbage in [
        &b""[..],
        b"{not json",
        b"\xff\xfe\x00binary",
        br#"{"format":1,"build":"x","entries":[{"key":"k"}]}"#,
    ] {
        std::fs::write(&cache, garbage).unwrap();
        let run = build(project.path(), &[]);
        assert_eq!(reused(&run), "0 of 2 catalogues reused unchanged");
        assert_eq!(output(&project.path().join("out")), expected);
    }
    std::fs::remove_file(&cache).unwrap();
    let run = build(project.path(), &[]);
    assert_eq!(reused(&run), "0 of 2 catalogues reused unchanged");
    assert_eq!(output(&project.path().join("out")), expected);
    assert!(cache.is_file());
}

#[test]
fn an_edited_or_missing_output_file_is_rendered_again() {
    let project = two_catalogues();
    build(project.path(), &[]);
    let out = project.path().join("out");
    let expected = output(&out);
    std::fs::write(out.join("shop/en/cookie-policy.md"), "edited by hand").unwrap();
    std::fs::remove_file(out.join("example-shop/manifest.json")).unwrap();
    let run = build(project.path(), &[]);
    assert_eq!(reused(&run), "0 of 2 catalogues reused unchanged");
    assert_eq!(output(&out), expected, "both catalogues rendered again");
}

#[test]
fn no_cache_builds_everything_and_drops_the_cache() {
    let project = two_catalogues();
    build(project.path(), &[]);
    let run = build(project.path(), &["--no-cache"]);
    assert_eq!(reused(&run), "0 of 2 catalogues reused unchanged");
    assert!(
        !project.path().join("out/.disclose-cache").exists(),
        "a cache that no longer describes the build is removed"
    );
}

/// Replace a page with other bytes of the same length, keeping its modification time:
/// only its content tells it apart.
fn edit_in_place(page: &Path) {
    let bytes = std::fs::read(page).unwrap();
    let modified = std::fs::metadata(page).unwrap().modified().unwrap();
    let edited: Vec<u8> = bytes
        .iter()
        .map(|&b| if b == b'e' { b'E' } else { b })
        .collect();
    assert_ne!(bytes, edited, "{} has an `e` to edit", page.display());
    std::fs::write(page, &edited).unwrap();
    let file = std::fs::File::options().write(true).open(page).unwrap();
    file.set_modified(modified).unwrap();
    assert_eq!(std::fs::metadata(page).unwrap().len(), bytes.len() as u64);
}

#[test]
fn check_ignores_the_cache() {
    let project = two_catalogues();
    build(project.path(), &[]);
    let check = ["build", "--check", FORMATS[0], FORMATS[1]];
    assert_eq!(disclose(project.path(), &check).code, 0);
    // A cache that claims everything is fine does not hide a stale page, not even one
    // edited to the same size and modification time (docs/performance.md: `build
    // --check` compares real bytes).
    edit_in_place(&project.path().join("out/shop/en/cookie-policy.md"));
    let stale = disclose(project.path(), &check);
    assert_eq!(stale.code, 1, "{}", stale.stderr);
    assert_eq!(stale.stdout.trim(), "changed: shop/en/cookie-policy.md");
    // Another size is caught too.
    std::fs::write(
        project.path().join("out/shop/en/cookie-policy.md"),
        "edited by hand",
    )
    .unwrap();
    let stale = disclose(project.path(), &check);
    assert_eq!(stale.code, 1);
    assert_eq!(stale.stdout.trim(), "changed: shop/en/cookie-policy.md");
}

#[test]
fn a_page_edited_after_the_build_to_the_same_size_is_rendered_again() {
    let project = two_catalogues();
    build(project.path(), &[]);
    let page = project.path().join("out/shop/en/cookie-policy.md");
    let written = std::fs::read(&page).unwrap();
    // Same size, modified after the cache was written (docs/performance.md).
    std::thread::sleep(std::time::Duration::from_millis(20));
    let edited = String::from_utf8(written.clone())
        .unwrap()
        .replacen('e', "E", 1);
    assert_eq!(edited.len(), written.len());
    std::fs::write(&page, &edited).unwrap();
    let run = build(project.path(), &[]);
    assert_eq!(
        reused(&run),
        "1 of 2 catalogues reused unchanged",
        "{}",
        run.stderr
    );
    assert_eq!(
        std::fs::read(&page).unwrap(),
        written,
        "the page is restored"
    );
}

/// The page of `build` as a second build restores it: rendered again, not reused.
fn assert_rendered_again(project: &Path, page: &Path, written: &[u8]) {
    let run = build(project, &[]);
    assert_eq!(
        reused(&run),
        "1 of 2 catalogues reused unchanged",
        "{}",
        run.stderr
    );
    assert_eq!(
        std::fs::read(page).unwrap(),
        written,
        "the page is restored"
    );
    assert_eq!(output(&project.join("out")), fresh(project));
}

#[test]
fn a_page_edited_in_place_to_the_same_size_and_time_is_rendered_again() {
    let project = two_catalogues();
    build(project.path(), &[]);
    let page = project.path().join("out/shop/en/cookie-policy.html");
    let written = std::fs::read(&page).unwrap();
    // Only the bytes differ: the size and the modification time are as written
    // (docs/performance.md: the cache compares content hashes).
    edit_in_place(&page);
    assert_rendered_again(project.path(), &page, &written);
}

#[test]
fn a_page_restored_with_its_old_time_and_size_is_rendered_again() {
    let project = two_catalogues();
    build(project.path(), &[]);
    let page = project.path().join("out/shop/en/cookie-policy.md");
    let written = std::fs::read(&page).unwrap();
    // A backup of another version of the page, of the same size, from long before the
    // build, put back with `cp -a` (which keeps its old modification time).
    let backup = project.path().join("backup.md");
    let other = String::from_utf8(written.clone())
        .unwrap()
        .replacen("Cookie", "COOKIE", 1);
    assert_eq!(other.len(), written.len());
    assert_ne!(other.as_bytes(), written);
    std::fs::write(&backup, &other).unwrap();
    let long_ago =
        std::time::SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(1_000_000_000);
    std::fs::File::options()
        .write(true)
        .open(&backup)
        .unwrap()
        .set_modified(long_ago)
        .unwrap();
    let cp = std::process::Command::new("cp")
        .arg("-a")
        .arg(&backup)
        .arg(&page)
        .status()
        .unwrap();
    assert!(cp.success());
    let meta = std::fs::metadata(&page).unwrap();
    assert_eq!(
        (meta.len(), meta.modified().unwrap()),
        (written.len() as u64, long_ago)
    );
    assert_rendered_again(project.path(), &page, &written);
}

#[test]
fn build_options_invalidate_every_catalogue() {
    let project = two_catalogues();
    let out = project.path().join("out");
    build(project.path(), &[]);
    // Another set of formats.
    let html = ["--format", "html"];
    assert_eq!(
        reused(&build(project.path(), &html)),
        "0 of 2 catalogues reused unchanged"
    );
    assert_eq!(
        reused(&build(project.path(), &html)),
        "2 of 2 catalogues reused unchanged"
    );
    // Another front matter for the Markdown pages.
    let zola = ["--front-matter", "zola"];
    build(project.path(), &[]);
    let run = build(project.path(), &zola);
    assert_eq!(reused(&run), "0 of 2 catalogues reused unchanged");
    assert!(read(out.join("shop/en/cookie-policy.md")).starts_with("+++\n"));
    assert_eq!(output(&out), fresh_with(project.path(), &zola));
    assert_eq!(
        reused(&build(project.path(), &zola)),
        "2 of 2 catalogues reused unchanged"
    );
    let run = build(project.path(), &[]);
    assert_eq!(reused(&run), "0 of 2 catalogues reused unchanged");
    assert!(read(out.join("shop/en/cookie-policy.md")).starts_with("---\n"));
}

#[test]
fn project_fonts_added_changed_or_removed_invalidate_every_catalogue() {
    let project = two_catalogues();
    build(project.path(), &[]);
    let fonts = project.path().join("fonts");
    std::fs::create_dir_all(&fonts).unwrap();
    // No PDFs are built, so the file is never read as a font: what counts is that the
    // cache keys on the folder's files (docs/pdf.md#fonts).
    let font = fonts.join("house.ttf");
    std::fs::write(&font, b"font bytes, version 1").unwrap();
    let again = |what: &str, expected: &str| {
        let run = build(project.path(), &[]);
        assert_eq!(reused(&run), expected, "{what}: {}", run.stderr);
    };
    again("a font added", "0 of 2 catalogues reused unchanged");
    again("nothing changed", "2 of 2 catalogues reused unchanged");
    std::fs::write(&font, b"font bytes, version 2").unwrap();
    again(
        "a font changed (same size)",
        "0 of 2 catalogues reused unchanged",
    );
    std::fs::remove_file(&font).unwrap();
    again("a font removed", "0 of 2 catalogues reused unchanged");
    again("nothing changed", "2 of 2 catalogues reused unchanged");
}

#[test]
fn a_folder_catalogue_is_rendered_again_when_a_file_is_added_or_removed() {
    let project = tempfile::tempdir().unwrap();
    let folder = project.path().join("policies/coolback");
    std::fs::create_dir_all(&folder).unwrap();
    for file in ["cookies.toml", "policy.toml", "privacy.toml"] {
        std::fs::copy(
            repo_root().join("policies/coolback").join(file),
            folder.join(file),
        )
        .unwrap();
    }
    let out = project.path().join("out");
    let page = out.join("coolback/en/cookie-policy.md");
    build(project.path(), &[]);
    let once = |expected: &str| {
        let run = build(project.path(), &[]);
        assert_eq!(reused(&run), expected, "{}", run.stderr);
    };
    once("1 of 1 catalogue reused unchanged");
    assert!(!read(&page).contains("csrf_guard"));

    let extra = folder.join("zz-extra.toml");
    std::fs::write(
        &extra,
        "[[cookies]]\nname = \"csrf_guard\"\nprovider = \"first-party\"\n\
         category = \"necessary\"\nduration = \"session\"\n\
         description = { en = \"Guards forms.\", nl = \"Beschermt formulieren.\" }\n",
    )
    .unwrap();
    once("0 of 1 catalogue reused unchanged");
    assert!(read(&page).contains("csrf_guard"), "the added file is read");
    assert_eq!(output(&out), fresh(project.path()));
    once("1 of 1 catalogue reused unchanged");

    std::fs::remove_file(&extra).unwrap();
    once("0 of 1 catalogue reused unchanged");
    assert!(
        !read(&page).contains("csrf_guard"),
        "the removed file is gone"
    );
    assert_eq!(output(&out), fresh(project.path()));
}
