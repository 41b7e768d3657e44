//! PDF output, read back with poppler-utils: the text is there (every seed fact, the
//! accented letters of German and Dutch), every font is embedded, the metadata and the
//! outline are set, and the same input gives the same bytes.

use crate::harness::{disclose, disclose_with_env, fixture, project_with, read, tree};
use crate::seeds::COOKIE_FACTS;
use crate::tools::{Tool, require};
use std::path::{Path, PathBuf};
use std::process::Command;

/// poppler-utils (`pdftotext`, `pdffonts`, `pdfinfo`), which scripts/test.sh installs.
pub fn poppler_available() -> bool {
    require("reading PDFs with poppler", [Tool::poppler()]).is_some()
}

pub fn poppler(tool: &str, args: &[&str], pdf: &Path) -> String {
    let output = Command::new(tool)
        .args(args)
        .arg(pdf)
        .args(if tool == "pdftotext" { &["-"][..] } else { &[] })
        .output()
        .unwrap_or_else(|e| panic!("{tool} runs: {e}"));
    assert!(
        output.status.success(),
        "{tool} {}: {}",
        pdf.display(),
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap_or_else(|e| panic!("{tool}: not UTF-8: {e}"))
}

/// The text of a PDF with every run of white space made one space: table cells and
/// long lines wrap where the layout wants.
pub fn pdf_text(pdf: &Path) -> String {
    squeeze(&poppler("pdftotext", &["-enc", "UTF-8"], pdf))
}

/// The text of a PDF in content-stream order (`pdftotext -raw`: each table cell whole,
/// hyphens at line ends kept), with all white space removed: for finding a value that
/// a narrow table cell wrapped over several lines.
pub fn pdf_text_unwrapped(pdf: &Path) -> String {
    without_spaces(&poppler("pdftotext", &["-raw", "-enc", "UTF-8"], pdf))
}

pub fn without_spaces(text: &str) -> String {
    text.split_whitespace().collect()
}

pub fn squeeze(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `pdfinfo`'s `Key: value` lines.
fn pdf_info(pdf: &Path) -> Vec<(String, String)> {
    poppler("pdfinfo", &[], pdf)
        .lines()
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_owned(), v.trim().to_owned()))
        .collect()
}

fn info(pdf: &Path, key: &str) -> String {
    pdf_info(pdf)
        .into_iter()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v)
        .unwrap_or_else(|| panic!("{}: no {key} in pdfinfo", pdf.display()))
}

fn pdfs(out: &Path) -> Vec<PathBuf> {
    tree(out)
        .into_iter()
        .map(|(p, _)| p)
        .filter(|p| p.extension().is_some_and(|e| e == "pdf"))
        .map(|p| out.join(p))
        .collect()
}

#[test]
fn every_page_has_a_pdf_with_the_seed_facts() {
    if !poppler_available() {
        return;
    }
    let out = crate::harness::seed_build();
    let mut checked = 0;
    for (policy, facts) in COOKIE_FACTS {
        let manifest: serde_json::Value =
            serde_json::from_str(&read(out.join(policy).join("manifest.json"))).unwrap();
        for doc in manifest["documents"].as_array().unwrap() {
            let pdf = out.join(policy).join(
                doc["files"]["pdf"]["path"]
                    .as_str()
                    .expect("the manifest names the PDF"),
            );
            let text = pdf_text(&pdf);
            let locale = doc["locale"].as_str().unwrap();
            let mut expected: Vec<String> =
                vec![manifest["controller"]["name"].as_str().unwrap().to_owned()];
            if doc["document"] == "cookie-policy" {
                // The HTML fact lists escape `<`; the PDF has the characters.
                expected.extend(
                    facts
                        .iter()
                        .map(|f| f.replace("&lt;", "<").replace("&gt;", ">")),
                );
                // Every named cookie, every cookie provider.
                for cookie in manifest["cookies"].as_array().unwrap() {
                    if let Some(name) = cookie["name"].as_str() {
                        expected.push(name.to_owned());
                    }
                }
            } else {
                // Every recipient and every purpose, in this locale.
                for item in manifest["processors"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .chain(manifest["purposes"].as_array().unwrap())
                {
                    expected.push(item["name"][locale].as_str().unwrap().to_owned());
                }
            }
            for fact in &expected {
                assert!(
                    text.contains(&squeeze(fact)),
                    "{}: `{fact}` missing from the PDF text:\n{text}",
                    pdf.display()
                );
            }
            checked += 1;
        }
    }
    assert!(checked >= 6, "only {checked} PDFs checked");
}

#[test]
fn fonts_are_embedded_and_metadata_and_outline_are_set() {
    if !poppler_available() {
        return;
    }
    let out = crate::harness::seed_build();
    let all = pdfs(out);
    assert!(all.len() >= 8, "{all:?}");
    for pdf in &all {
        // pdffonts: two header lines, then one line per font ending in
        // `emb sub uni object ID`.
        let fonts = poppler("pdffonts", &[], pdf);
        let rows: Vec<&str> = fonts.lines().skip(2).collect();
        assert!(!rows.is_empty(), "{}: no fonts\n{fonts}", pdf.display());
        for row in &rows {
            let cols: Vec<&str> = row.split_whitespace().collect();
            let emb = cols[cols.len() - 5];
            assert_eq!(emb, "yes", "{}: font not embedded: {row}", pdf.display());
        }

        let rel = pdf.strip_prefix(out).unwrap();
        let (policy, lang) = (
            rel.components()
                .next()
                .unwrap()
                .as_os_str()
                .to_str()
                .unwrap(),
            rel.components()
                .nth(1)
                .unwrap()
                .as_os_str()
                .to_str()
                .unwrap(),
        );
        let html = read(pdf.with_extension("html"));
        let html_title = html
            .split_once("<title>")
            .and_then(|(_, rest)| rest.split_once("</title>"))
            .unwrap()
            .0
            .replace("&amp;", "&");
        assert_eq!(info(pdf, "Title"), html_title, "{}", pdf.display());
        let manifest: serde_json::Value =
            serde_json::from_str(&read(out.join(policy).join("manifest.json"))).unwrap();
        assert_eq!(
            info(pdf, "Author"),
            manifest["controller"]["name"].as_str().unwrap()
        );
        assert_eq!(
            info(pdf, "Creator"),
            concat!("disclose ", env!("CARGO_PKG_VERSION"))
        );
        let pages: usize = info(pdf, "Pages").parse().unwrap();
        // Every seed document runs to several pages (3 to 5 at this writing).
        assert!(pages >= 2, "{}: {pages} page(s)", pdf.display());
        // The page footer counts the pages: "1 / n" … "n / n" (pdftotext may not see
        // the spaces around the slash).
        let text = pdf_text(pdf).replace(" /", "/").replace("/ ", "/");
        for page in 1..=pages {
            assert!(
                text.contains(&format!("{page}/{pages}")),
                "{}: no page number {page} / {pages}",
                pdf.display()
            );
        }
        // The language, as the PDF's /Lang.
        let raw = std::fs::read(pdf).unwrap();
        assert!(
            contains(&raw, format!("/Lang ({lang})").as_bytes())
                || contains(&raw, format!("/Lang({lang})").as_bytes()),
            "{}: no /Lang ({lang})",
            pdf.display()
        );
        // Bookmarks: an outline with the section headings.
        assert!(
            contains(&raw, b"/Outlines"),
            "{}: no outline",
            pdf.display()
        );
        assert!(
            contains(&raw, b"/Type /Outlines") || contains(&raw, b"/Type/Outlines"),
            "{}: no outline dictionary",
            pdf.display()
        );
        // Every section heading of the HTML page is a bookmark; the table of contents
        // is titled as in the HTML (our message, not Typst's own word for it) and is
        // not a bookmark itself.
        let bookmarks = bookmark_titles(&raw);
        let headings = h2_headings(&html);
        let (_, contents) = headings
            .iter()
            .find(|(id, _)| id == "contents")
            .expect("every seed page has a table of contents");
        for (id, heading) in headings.iter().filter(|(id, _)| id != "contents") {
            assert!(
                bookmarks.contains(heading),
                "{}: no bookmark for #{id} {heading:?} in {bookmarks:?}",
                pdf.display()
            );
        }
        assert!(
            !bookmarks.contains(contents),
            "{}: the table of contents is a bookmark",
            pdf.display()
        );
        assert!(
            poppler("pdftotext", &["-enc", "UTF-8"], pdf)
                .lines()
                .any(|line| line.trim() == contents),
            "{}: no table of contents titled {contents:?}",
            pdf.display()
        );
        // Table captions as in the HTML, without a number and Typst's own word for
        // "Table" before it ("Tabel 1: …").
        for caption in html.split("<caption>").skip(1) {
            let caption =
                squeeze(&caption[..caption.find("</caption>").unwrap()].replace("&amp;", "&"));
            let at = text
                .find(&caption)
                .unwrap_or_else(|| panic!("{}: no caption {caption:?}", pdf.display()));
            assert!(
                !text[..at].trim_end().ends_with(':'),
                "{}: caption {caption:?} has a label: {:?}",
                pdf.display(),
                &text[at.saturating_sub(20)..at]
            );
        }
    }
}

/// The `/Title` strings of a PDF (the document title and every bookmark): literal
/// strings with their escapes, or UTF-16BE hex strings.
fn bookmark_titles(raw: &[u8]) -> Vec<String> {
    let mut titles = Vec::new();
    let mut rest = raw;
    while let Some(at) = rest.windows(6).position(|w| w == b"/Title") {
        rest = &rest[at + 6..];
        let start = rest
            .iter()
            .position(|b| !b.is_ascii_whitespace())
            .unwrap_or(0);
        rest = &rest[start..];
        match rest.first() {
            Some(b'(') => {
                let mut bytes = Vec::new();
                let mut depth = 0;
                let mut i = 1;
                while i < rest.len() {
                    match rest[i] {
                        b'\\' => {
                            i += 1;
                            bytes.push(rest[i]);
                        }
                        b'(' => {
                            depth += 1;
                            bytes.push(b'(');
                        }
                        b')' if depth == 0 => break,
                        b')' => {
                            depth -= 1;
                            bytes.push(b')');
                        }
                        b => bytes.push(b),
                    }
                    i += 1;
                }
                // PDFDocEncoding matches Latin-1 for the characters headings use.
                titles.push(bytes.iter().map(|&b| b as char).collect());
            }
            Some(b'<') => {
                let end = rest.iter().position(|&b| b == b'>').unwrap();
                let hex = std::str::from_utf8(&rest[1..end]).unwrap();
                let bytes: Vec<u8> = (0..hex.len() / 2)
                    .map(|i| u8::from_str_radix(&hex[2 * i..2 * i + 2], 16).unwrap())
                    .collect();
                let units: Vec<u16> = bytes
                    .chunks(2)
                    .skip(1) // the byte-order mark FE FF
                    .map(|pair| u16::from_be_bytes([pair[0], pair[1]]))
                    .collect();
                titles.push(String::from_utf16_lossy(&units));
            }
            _ => {}
        }
    }
    titles
}

/// `(id, text)` of every `<h2>` of an HTML page, entities decoded.
fn h2_headings(html: &str) -> Vec<(String, String)> {
    html.split("<h2 id=\"")
        .skip(1)
        .map(|part| {
            let (id, rest) = part.split_once('"').unwrap();
            let text = rest[rest.find('>').unwrap() + 1..]
                .split("</h2>")
                .next()
                .unwrap();
            let text = text
                .replace("&amp;", "&")
                .replace("&quot;", "\"")
                .replace("&#x27;", "'")
                .replace("&lt;", "<")
                .replace("&gt;", ">");
            (id.to_owned(), text)
        })
        .collect()
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

#[test]
fn german_and_dutch_accents_come_out_as_written() {
    if !poppler_available() {
        return;
    }
    let project = project_with(&[(
        "accents.toml",
        &read(fixture("accents").join("catalogue.toml")),
    )]);
    let run = disclose(project.path(), &["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let out = project.path().join("out/accents");
    let expect: &[(&str, &[&str])] = &[
        (
            "de/privacy-policy.pdf",
            &[
                "Datenschutzerklärung",
                "Größe Café",
                "Bäckerei Größe & Söhne GmbH",
                "Statistik über Größe und Gäste",
                "Wir zählen Besuche im Café, übermäßig genau.",
                "Zwölf Monate",
            ],
        ),
        (
            "de/cookie-policy.pdf",
            &[
                "Cookie-Richtlinie",
                "größe_café",
                "Merkt sich die Schriftgröße: Äpfel, Öl, Übung, ß.",
            ],
        ),
        (
            "nl/cookie-policy.pdf",
            &[
                "Cookieverklaring",
                "Één café",
                "Onthoudt de lettergrootte: één, twee, drie, ideeën, café.",
            ],
        ),
        (
            "nl/privacy-policy.pdf",
            &[
                "Privacyverklaring",
                "Statistiek van één café",
                "We tellen één bezoek per café, ook in Zeeuws-Vlaanderen: ‘geïnteresseerd’ en “financiële” coöperatie.",
            ],
        ),
    ];
    for (file, words) in expect {
        let pdf = out.join(file);
        let text = pdf_text(&pdf);
        assert!(
            !text.contains('\u{fffd}'),
            "{file}: replacement character\n{text}"
        );
        for word in *words {
            assert!(text.contains(word), "{file}: `{word}` missing:\n{text}");
        }
    }
    assert_eq!(
        info(&out.join("de/privacy-policy.pdf"), "Title"),
        "Datenschutzerklärung · Größe Café"
    );
}

#[test]
fn the_same_input_gives_the_same_pdf_bytes() {
    let project = project_with(&[(
        "accents.toml",
        &read(fixture("accents").join("catalogue.toml")),
    )]);
    let build = |threads: &str, out: &str| {
        let run = disclose_with_env(
            project.path(),
            &["build", "--out", out],
            &[("RAYON_NUM_THREADS", threads)],
        );
        assert_eq!(run.code, 0, "{}", run.stderr);
        pdfs(&project.path().join(out))
            .into_iter()
            .map(|p| {
                (
                    p.strip_prefix(project.path().join(out)).unwrap().to_owned(),
                    std::fs::read(&p).unwrap(),
                )
            })
            .collect::<Vec<_>>()
    };
    let one = build("1", "one");
    let four = build("4", "four");
    assert_eq!(one.len(), 4);
    assert!(one == four, "PDFs differ between builds");
}

#[test]
fn a_broken_typst_template_is_a_clear_error() {
    let project = project_with(&[("shop.toml", &read(fixture("valid").join("catalogue.toml")))]);
    let templates = project.path().join("templates");
    std::fs::create_dir_all(&templates).unwrap();
    std::fs::write(
        templates.join("cookie-policy.typ.tera"),
        "{% extends \"base.typ.tera\" %}{% block content %}\n#table(columns: 2, [a]\n{% endblock content %}",
    )
    .unwrap();
    let run = disclose(project.path(), &["build"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains("cookie-policy.typ.tera"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("Typst"), "{}", run.stderr);
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
    assert!(
        !project.path().join("out").exists(),
        "a failed build writes nothing"
    );
}

#[test]
fn a_template_cannot_read_files() {
    let project = project_with(&[("shop.toml", &read(fixture("valid").join("catalogue.toml")))]);
    let templates = project.path().join("templates");
    std::fs::create_dir_all(&templates).unwrap();
    std::fs::write(
        templates.join("cookie-policy.typ.tera"),
        "#read(\"/etc/hostname\")",
    )
    .unwrap();
    let run = disclose(project.path(), &["build"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("cannot read files"), "{}", run.stderr);
}

#[test]
fn the_index_links_the_pdfs() {
    let project = project_with(&[("shop.toml", &read(fixture("valid").join("catalogue.toml")))]);
    assert_eq!(disclose(project.path(), &["build"]).code, 0);
    let index = read(project.path().join("out/index.html"));
    for link in ["shop/en/cookie-policy.pdf", "shop/nl/privacy-policy.pdf"] {
        assert!(
            index.contains(&format!("<a href=\"{link}\">")),
            "{link}\n{index}"
        );
    }
}

#[test]
fn a_handlebars_typst_template_replaces_the_built_in_one() {
    if !poppler_available() {
        return;
    }
    let project = project_with(&[("shop.toml", &read(fixture("valid").join("catalogue.toml")))]);
    let templates = project.path().join("templates");
    std::fs::create_dir_all(&templates).unwrap();
    // `{{…}}` is escaped for Typst markup, `{{{typst_string …}}}` is a Typst string.
    std::fs::write(
        templates.join("privacy-policy.typ.hbs"),
        "#set document(title: {{{typst_string title}}}, author: {{{typst_string controller.name}}})\n\
         = {{title}}\n\
         Our own layout for {{policy_name}}: #strong[{{generator}}]\n",
    )
    .unwrap();
    let run = disclose(project.path(), &["build", "--format", "pdf"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let pdf = project.path().join("out/shop/nl/privacy-policy.pdf");
    let text = pdf_text(&pdf);
    assert!(
        text.contains(&format!(
            "Privacyverklaring Our own layout for Voorbeeldwinkel: disclose {}",
            env!("CARGO_PKG_VERSION")
        )),
        "{text}"
    );
    assert_eq!(info(&pdf, "Title"), "Privacyverklaring");
    assert_eq!(info(&pdf, "Author"), "Example Shop B.V.");
    // The cookie policy still comes from the built-in template.
    let cookie = pdf_text(&project.path().join("out/shop/nl/cookie-policy.pdf"));
    assert!(cookie.contains("Cookieverklaring"), "{cookie}");
    assert!(!cookie.contains("Our own layout"), "{cookie}");
}

#[test]
fn the_paper_is_a4_unless_the_catalogue_asks_for_letter() {
    if !poppler_available() {
        return;
    }
    let catalogue = read(fixture("accents").join("catalogue.toml"));
    let page_size = |paper: Option<&str>| {
        let text = match paper {
            Some(p) => catalogue.replacen(
                "version = \"3\"",
                &format!("version = \"3\"\npaper = \"{p}\""),
                1,
            ),
            None => catalogue.clone(),
        };
        let project = project_with(&[("accents.toml", &text)]);
        let run = disclose(project.path(), &["build", "--format", "pdf"]);
        assert_eq!(run.code, 0, "{}", run.stderr);
        info(
            &project.path().join("out/accents/nl/cookie-policy.pdf"),
            "Page size",
        )
    };
    let default = page_size(None);
    assert!(default.ends_with("(A4)"), "{default}");
    assert!(page_size(Some("a4")).ends_with("(A4)"));
    let letter = page_size(Some("letter"));
    assert!(letter.starts_with("612 x 792 pts"), "{letter}");

    // A size it does not know is an error at its place, with the ones it knows.
    let bad = catalogue.replacen("version = \"3\"", "version = \"3\"\npaper = \"legal\"", 1);
    let project = project_with(&[("accents.toml", &bad)]);
    let run = disclose(project.path(), &["check"]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    assert!(run.stdout.contains("accents.toml:9:9"), "{}", run.stdout);
    assert!(
        run.stdout.contains("unknown paper size `legal`"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("a4, letter"), "{}", run.stdout);
}

/// The base names of the fonts `pdffonts` lists (`ABCDEF+DejaVuSans` → `DejaVuSans`).
fn font_names(pdf: &Path) -> Vec<String> {
    poppler("pdffonts", &[], pdf)
        .lines()
        .skip(2)
        .filter_map(|row| row.split_whitespace().next())
        .map(|name| {
            name.split_once('+')
                .map_or(name, |(_, base)| base)
                .to_owned()
        })
        .collect()
}

#[test]
fn a_projects_fonts_set_the_pdfs_text_it_covers() {
    // DejaVu Sans, which has Arabic glyphs: a font a project might add.
    let Some([_, dejavu]) = require(
        "setting PDF text in a project's font",
        [Tool::poppler(), Tool::dejavu_sans()],
    ) else {
        return;
    };
    let project = crate::harness::rtl_project();
    let arabic_pdf = project.path().join("out/shop/ar/cookie-policy.pdf");
    let build = || {
        let run = disclose(project.path(), &["build", "--format", "pdf"]);
        assert_eq!(run.code, 0, "{}", run.stderr);
    };

    // The bundled fonts alone: no DejaVu Sans.
    build();
    assert!(
        !font_names(&arabic_pdf).contains(&"DejaVuSans".to_owned()),
        "{:?}",
        font_names(&arabic_pdf)
    );

    // With DejaVu Sans in fonts/, the Arabic text is set in it and extracts as written;
    // the English pages keep the bundled serif alone.
    std::fs::create_dir_all(project.path().join("fonts")).unwrap();
    std::fs::copy(&dejavu, project.path().join("fonts/DejaVuSans.ttf")).unwrap();
    build();
    let names = font_names(&arabic_pdf);
    assert!(names.contains(&"DejaVuSans".to_owned()), "{names:?}");
    assert!(
        pdf_text(&arabic_pdf).contains("سياسة ملفات تعريف"),
        "{}",
        pdf_text(&arabic_pdf)
    );
    let english = font_names(&project.path().join("out/shop/en/cookie-policy.pdf"));
    assert!(!english.contains(&"DejaVuSans".to_owned()), "{english:?}");

    // A file that is not a font is an error naming it, and nothing is written.
    std::fs::write(project.path().join("fonts/Broken.otf"), "not a font").unwrap();
    let before = tree(&project.path().join("out"));
    let run = disclose(project.path(), &["build", "--format", "pdf"]);
    assert_ne!(run.code, 0);
    assert!(
        run.stderr
            .contains("Broken.otf is not a font Typst can read"),
        "{}",
        run.stderr
    );
    assert_eq!(tree(&project.path().join("out")), before);
    // Pages that are not PDFs do not read the fonts.
    let run = disclose(project.path(), &["build", "--format", "html"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
}

/// A catalogue as small as the loader accepts, with one page.
fn tiny_catalogue(id: &str) -> String {
    format!(
        r#"[policy]
id = "{id}"
name = "{id}"
default_locale = "en"
locales = ["en"]
version = "1"
effective = 2024-05-01
documents = ["cookie-policy"]

[controller]
name = "{id} B.V."
email = "privacy@{id}.example"
country = "NL"

[[purposes]]
id = "login"
name = "Login"
legal_basis = "contract"

[[cookies]]
name = "sid"
provider = "first-party"
category = "necessary"
purposes = ["login"]
duration = "session"
"#
    )
}

/// Typst's PDF writer yields to rayon while it finishes a document; on the build's own
/// workers that ran the next queued page on the same stack, and about 80 catalogues
/// with PDFs overflowed it (exit 134). Two hundred build, one PDF each (a few seconds).
#[test]
fn two_hundred_catalogues_with_pdfs_build() {
    let catalogues: Vec<(String, String)> = (0..200)
        .map(|i| (format!("p{i:03}.toml"), tiny_catalogue(&format!("p{i:03}"))))
        .collect();
    let files: Vec<(&str, &str)> = catalogues
        .iter()
        .map(|(name, text)| (name.as_str(), text.as_str()))
        .collect();
    let project = project_with(&files);
    let run = disclose(project.path(), &["build", "--format", "pdf"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let pdfs = pdfs(&project.path().join("out"));
    assert_eq!(pdfs.len(), 200);
    for pdf in &pdfs {
        assert!(std::fs::read(pdf).unwrap().starts_with(b"%PDF-"), "{pdf:?}");
    }
}

/// A catalogue with `cookies` cookies and, on one cookie and one purpose, a
/// description of `words` numbered words (`w0001 w0002 …`), long enough to run over
/// pages.
fn large_catalogue(cookies: usize, words: usize) -> String {
    let long: String = (1..=words).map(|i| format!("w{i:04} ")).collect();
    let mut text = tiny_catalogue("large")
        .replace(
            "documents = [\"cookie-policy\"]",
            "documents = [\"cookie-policy\", \"privacy-policy\"]",
        )
        .replace(
            "legal_basis = \"contract\"\n",
            &format!("legal_basis = \"contract\"\ndescription = \"\"\"{long}\"\"\"\n"),
        );
    for i in 0..cookies {
        text.push_str(&format!(
            "\n[[cookies]]\nname = \"c{i:04}\"\nprovider = \"first-party\"\n\
             category = \"necessary\"\npurposes = [\"login\"]\nduration = \"session\"\n"
        ));
        if i == cookies / 2 {
            text.push_str(&format!("description = \"\"\"{long}\"\"\"\n"));
        }
    }
    text
}

/// A cookie table longer than a page, and a table row longer than a page, are set
/// whole: Typst keeps a figure, and an unbreakable row, on one page, and cut off
/// whatever did not fit (a 1,000-cookie table came out as its first page).
#[test]
fn tables_and_rows_longer_than_a_page_come_out_whole() {
    if !poppler_available() {
        return;
    }
    let (cookies, words) = (250, 2500);
    let project = project_with(&[("large.toml", &large_catalogue(cookies, words))]);
    let run = disclose(project.path(), &["build", "--format", "pdf"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let out = project.path().join("out/large/en");
    let cookie_pdf = out.join("cookie-policy.pdf");
    let pages: usize = info(&cookie_pdf, "Pages").parse().unwrap();
    assert!(pages >= 8, "{pages} pages");
    let text = pdf_text(&cookie_pdf);
    for i in 0..cookies {
        assert!(
            text.contains(&format!("c{i:04}")),
            "cookie c{i:04} is missing"
        );
    }
    // The long description, to its last word, in the cookie table and in the
    // privacy policy's table of purposes; the document goes on after it.
    let privacy = pdf_text(&out.join("privacy-policy.pdf"));
    for (pdf, text) in [("cookie policy", &text), ("privacy policy", &privacy)] {
        for word in [1, words / 2, words] {
            assert!(
                text.contains(&format!("w{word:04}")),
                "{pdf}: word {word} of {words} is missing"
            );
        }
    }
    assert!(
        text.contains("Generated by disclose from the catalogue of large B.V."),
        "the closing line is missing"
    );
}

/// A document too large to set within the memory bound (docs/pdf.md#limits) is
/// refused before Typst starts on it, naming the document and the limit, and nothing
/// is written; the same catalogue builds without PDFs.
#[test]
fn a_pdf_too_large_to_set_is_refused_with_the_limit() {
    // 160,000 words of 7 bytes in a cookie's description: 1.1 MB of markup.
    let project = project_with(&[("large.toml", &large_catalogue(1, 160_000))]);
    let run = disclose(project.path(), &["build", "--format", "pdf"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    for expected in [
        "the PDF large/en/cookie-policy is too large to set",
        "disclose sets PDFs of at most 1024 KiB (docs/pdf.md#limits)",
        "--format html,markdown",
    ] {
        assert!(run.stderr.contains(expected), "{expected}: {}", run.stderr);
    }
    assert!(!project.path().join("out").exists());
    let run = disclose(project.path(), &["build", "--format", "html,markdown"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
}

/// `pdfinfo -isodates` of every seed PDF: the creation (and modification) date is
/// the catalogue's effective date, with the time and offset of a date-time, and a
/// catalogue without one gives a PDF without dates.
#[test]
fn the_creation_date_is_the_effective_date() {
    if !poppler_available() {
        return;
    }
    let out = crate::harness::seed_build();
    let dates = |pdf: &Path| -> (Option<String>, Option<String>) {
        let info = poppler("pdfinfo", &["-isodates"], pdf);
        let field = |key: &str| {
            info.lines()
                .find_map(|l| l.strip_prefix(key))
                .map(|v| v.trim().to_owned())
        };
        (field("CreationDate:"), field("ModDate:"))
    };
    let mut seen = 0;
    for pdf in pdfs(out) {
        let policy = pdf.strip_prefix(out).unwrap().components().next().unwrap();
        let manifest: serde_json::Value =
            serde_json::from_str(&read(out.join(policy).join("manifest.json"))).unwrap();
        let expected = match manifest["policy"]["effective"].as_str() {
            None => None,
            // A month is its first day; a day is its midnight in UTC.
            Some(month) if month.len() == 7 => Some(format!("{month}-01T00:00:00Z")),
            Some(day) if day.len() == 10 => Some(format!("{day}T00:00:00Z")),
            // pdfinfo writes an offset of whole hours as `+01`.
            Some(at) => Some(match at.strip_suffix(":00") {
                Some(hours) if at.len() == 25 => hours.to_owned(),
                _ => at.to_owned(),
            }),
        };
        let (created, modified) = dates(&pdf);
        assert_eq!(created, expected, "{}", pdf.display());
        assert_eq!(modified, expected, "{}", pdf.display());
        seen += 1;
    }
    assert!(seen >= 8, "{seen} PDFs");
}

/// `pdfinfo -struct-text`, as (depth, line) pairs: the structure tree, one element or
/// text a line, indented by its depth.
fn structure(pdf: &Path) -> Vec<(usize, String)> {
    poppler("pdfinfo", &["-struct-text"], pdf)
        .lines()
        .map(|l| {
            let text = l.trim_start();
            (l.len() - text.len(), text.to_owned())
        })
        .collect()
}

/// The tagged structure (PDF/UA-style tags, ISO 32000-1 §14.8) is there and matches
/// the page: pdfinfo says "Tagged: yes", the tree is a Document with the title as its
/// H1 and every section heading of the HTML page as an H2, and every named cookie is
/// the code of a data cell of a table row.
#[test]
fn pdfs_are_tagged_with_the_pages_structure() {
    if !poppler_available() {
        return;
    }
    let out = crate::harness::seed_build();
    let mut checked = 0;
    for pdf in pdfs(out) {
        assert_eq!(info(&pdf, "Tagged"), "yes", "{}", pdf.display());
        // The catalogue's mark information is the valid `/Suspects false` (ISO
        // 32000-1 §14.7.1, Table 321) that krilla writes for PDF/UA, and poppler's
        // "Suspects object is wrong type (boolean)" is its own false alarm (it
        // accepts only `true` there, docs/pdf.md#checking-a-pdf); any other complaint
        // of pdfinfo's fails.
        let raw = std::fs::read(&pdf).unwrap();
        assert!(
            contains(&raw, b"/MarkInfo<</Marked true/Suspects false>>"),
            "{}",
            pdf.display()
        );
        assert_eq!(info(&pdf, "Suspects"), "no", "{}", pdf.display());
        let stderr = Command::new("pdfinfo").arg(&pdf).output().unwrap().stderr;
        let stderr = String::from_utf8_lossy(&stderr);
        let unexpected: Vec<&str> = stderr
            .lines()
            .filter(|l| *l != "Syntax Error: Suspects object is wrong type (boolean)")
            .collect();
        assert!(unexpected.is_empty(), "{}: {unexpected:?}", pdf.display());
        let tree = structure(&pdf);
        assert_eq!(tree.first().map(|(_, l)| l.as_str()), Some("Document"));
        let html = read(pdf.with_extension("html"));
        let h1 = html.split_once("<h1").unwrap().1;
        let h1 = &h1[h1.find('>').unwrap() + 1..h1.find("</h1>").unwrap()];
        assert!(
            tree.iter()
                .any(|(_, l)| *l == format!("H1 \"{}\" (block)", h1.replace("&amp;", "&"))),
            "{}: no H1 {h1:?}",
            pdf.display()
        );
        let h2: Vec<String> = tree
            .iter()
            .filter_map(|(_, l)| l.strip_prefix("H2 \"")?.strip_suffix("\" (block)"))
            .map(str::to_owned)
            .collect();
        let expected: Vec<String> = h2_headings(&html).into_iter().map(|(_, t)| t).collect();
        assert_eq!(h2, expected, "{}", pdf.display());

        let rel = pdf.strip_prefix(out).unwrap();
        if !rel.ends_with("cookie-policy.pdf") {
            continue;
        }
        let policy = rel.components().next().unwrap();
        let manifest: serde_json::Value =
            serde_json::from_str(&read(out.join(policy).join("manifest.json"))).unwrap();
        for name in manifest["cookies"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|c| c["name"].as_str())
        {
            // Its ancestors, nearest first.
            let at = tree
                .iter()
                .position(|(_, l)| *l == format!("{name:?}"))
                .unwrap_or_else(|| panic!("{}: cookie {name} is not in the tree", pdf.display()));
            let mut depth = tree[at].0;
            let mut roles = Vec::new();
            for (d, line) in tree[..at].iter().rev() {
                if *d < depth {
                    depth = *d;
                    roles.push(line.split([' ', ':']).next().unwrap().to_owned());
                }
            }
            assert_eq!(
                roles[..4],
                ["Code", "TD", "TR", "TBody"],
                "{}: cookie {name} in {roles:?}",
                pdf.display()
            );
            assert!(roles.contains(&"Table".to_owned()), "{roles:?}");
        }
        checked += 1;
    }
    assert!(checked >= 4, "{checked} cookie policies");
}

/// The lines of text of one page of a PDF (`pdftotext -bbox-layout`): left and right
/// edge in points, and the words.
fn page_lines(pdf: &Path, page: usize) -> Vec<(f64, f64, String)> {
    let page = page.to_string();
    let xhtml = poppler(
        "pdftotext",
        &["-bbox-layout", "-f", &page, "-l", &page],
        pdf,
    );
    let attr = |tag: &str, name: &str| -> f64 {
        let at = tag.find(&format!("{name}=\"")).unwrap() + name.len() + 2;
        tag[at..tag[at..].find('"').unwrap() + at].parse().unwrap()
    };
    xhtml
        .split("<line ")
        .skip(1)
        .map(|line| {
            let words: Vec<&str> = line
                .split("<word ")
                .skip(1)
                .map(|w| &w[w.find('>').unwrap() + 1..w.find("</word>").unwrap()])
                .collect();
            (attr(line, "xMin"), attr(line, "xMax"), words.join(" "))
        })
        .collect()
}

/// Right to left: in the Arabic PDF, lines that do not fill the measure end at the
/// right margin and the cookie table's first column (the names) is on the right; in
/// the English one of the same catalogue they start at the left. The page number
/// moves to the left-hand corner of the footer and still reads "1 / n".
#[test]
fn right_to_left_pages_are_mirrored_with_the_footer() {
    if !poppler_available() {
        return;
    }
    let project = crate::harness::rtl_project();
    let run = disclose(project.path(), &["build", "--format", "pdf"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    // A4 with 16 mm side margins.
    let (left, right) = (45.35, 595.28 - 45.35);
    let near = |a: f64, b: f64| (a - b).abs() < 1.5;
    for (lang, rtl) in [("en", false), ("ar", true)] {
        let pdf = project
            .path()
            .join(format!("out/shop/{lang}/cookie-policy.pdf"));
        let pages: usize = info(&pdf, "Pages").parse().unwrap();
        let lines = page_lines(&pdf, 1);
        let is_footer = |t: &str| t.replace(' ', "") == format!("1/{pages}");
        // Short lines at a margin: headings, the date line, the ends of paragraphs
        // (not table cells, which are at neither).
        let short: Vec<_> = lines
            .iter()
            .filter(|(x0, x1, t)| {
                x1 - x0 < (right - left) * 0.6
                    && (near(*x0, left) || near(*x1, right))
                    && !is_footer(t)
            })
            .collect();
        assert!(short.len() >= 5, "{lang}: {lines:?}");
        let (start, end) = if rtl { (right, left) } else { (left, right) };
        let aligned = short
            .iter()
            .filter(|(x0, x1, _)| near(if rtl { *x1 } else { *x0 }, start))
            .count();
        assert_eq!(
            aligned,
            short.len(),
            "{lang}: short lines not at {start}: {short:?}"
        );
        // The footer: "1 / n", at the end of the line (left in Arabic).
        let footer = lines
            .iter()
            .find(|(_, _, t)| is_footer(t))
            .unwrap_or_else(|| panic!("{lang}: no page number 1/{pages} in {lines:?}"));
        assert!(
            near(if rtl { footer.0 } else { footer.1 }, end),
            "{lang}: the page number is at {footer:?}, not at {end}"
        );
    }
    // The names column comes first in reading order: on the right in Arabic.
    let column = |lang: &str| -> f64 {
        let pdf = project
            .path()
            .join(format!("out/shop/{lang}/cookie-policy.pdf"));
        let pages: usize = info(&pdf, "Pages").parse().unwrap();
        (1..=pages)
            .flat_map(|p| page_lines(&pdf, p))
            .find(|(_, _, t)| t == "session")
            .map(|(x0, x1, _)| (x0 + x1) / 2.0)
            .unwrap_or_else(|| panic!("{lang}: no cookie `session`"))
    };
    assert!(column("en") < left + 60.0, "{}", column("en"));
    assert!(column("ar") > right - 60.0, "{}", column("ar"));
}

/// Greek and Bulgarian PDFs are set in their scripts with the bundled fonts
/// (Libertinus Serif has Greek and Cyrillic), embedded, and their text reads back.
#[test]
fn greek_and_bulgarian_pdfs_are_set_in_their_scripts() {
    if !poppler_available() {
        return;
    }
    let catalogue = read(crate::harness::fixture("neutral").join("catalogue.toml")).replace(
        r#"locales = ["en", "nl", "de", "fr", "es", "it"]"#,
        r#"locales = ["en", "el", "bg"]"#,
    );
    let project = crate::harness::project_with(&[("neutral.toml", &catalogue)]);
    let run = crate::harness::disclose(project.path(), &["build", "--format", "pdf"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    for (lang, title, date) in [
        ("el", "Πολιτική cookies", "19 Φεβρουαρίου 2021"),
        ("bg", "Политика за бисквитките", "19 февруари 2021"),
    ] {
        let pdf = project
            .path()
            .join(format!("out/neutral/{lang}/cookie-policy.pdf"));
        let text = pdf_text(&pdf);
        assert!(text.contains(title), "{lang}: {text}");
        assert!(text.contains(date), "{lang}: {text}");
        let fonts = poppler("pdffonts", &[], &pdf);
        assert!(fonts.contains("LibertinusSerif-Regular"), "{lang}: {fonts}");
        for row in fonts.lines().skip(2) {
            let cols: Vec<&str> = row.split_whitespace().collect();
            assert_eq!(cols[cols.len() - 5], "yes", "{lang}: not embedded: {row}");
        }
    }
}
