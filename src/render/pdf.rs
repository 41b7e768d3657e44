//! PDF: Typst markup → PDF bytes, with Typst used as a library.
//!
//! The page's Typst markup comes from a `.typ.tera` template (see [`super`]). It is
//! compiled in a [`World`] that has exactly one file, the markup itself, and the fonts
//! bundled with Typst plus any in the project's `fonts/` folder ([`Fonts`], read once
//! per build): no file system, no packages, no clock. Catalogues are untrusted
//! input, so a `read()`, `image()` or `import` of anything fails, and output depends on
//! nothing but the markup: the same input gives byte-identical PDFs.

use anyhow::{Context as _, Result, anyhow, bail};
use std::path::Path;
use std::sync::LazyLock;
use typst::diag::{FileError, FileResult, Severity, SourceDiagnostic};
use typst::foundations::{Bytes, Datetime, Duration, Smart};
use typst::syntax::{FileId, Source};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World, WorldExt};
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, Timestamp};

/// The standard library and the bundled fonts, loaded once per process.
static LIBRARY: LazyLock<LazyHash<Library>> = LazyLock::new(|| LazyHash::new(Library::default()));
static BUNDLED_FONTS: LazyLock<Vec<Font>> = LazyLock::new(|| {
    typst_assets::fonts()
        .flat_map(|data| Font::iter(Bytes::new(data)))
        .collect()
});

/// File extensions of the font files a project's `fonts/` folder may hold.
const FONT_EXTENSIONS: &[&str] = &["ttf", "otf", "ttc", "otc"];

/// The fonts PDFs are set in: a project's own fonts first, then the ones bundled with
/// Typst. Typst takes the families a template names and falls back to any font that
/// has a missing glyph, so a project font for Arabic or CJK is used without naming it.
pub struct Fonts {
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
}

impl Fonts {
    /// The bundled fonts and every font file in `dir` (if it exists), in name order.
    /// A font file that cannot be read or parsed is an error naming it.
    pub fn load(dir: &Path) -> Result<Self> {
        let mut fonts = Vec::new();
        if dir.is_dir() {
            let mut files: Vec<_> = std::fs::read_dir(dir)
                .with_context(|| format!("reading {}", dir.display()))?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| {
                    p.extension()
                        .and_then(|e| e.to_str())
                        .is_some_and(|e| FONT_EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
                })
                .collect();
            files.sort();
            for file in files {
                let data = std::fs::read(&file)
                    .with_context(|| format!("reading the font {}", file.display()))?;
                let before = fonts.len();
                fonts.extend(Font::iter(Bytes::new(data)));
                if fonts.len() == before {
                    bail!(
                        "{} is not a font Typst can read (TrueType or OpenType expected)",
                        file.display()
                    );
                }
            }
        }
        fonts.extend(BUNDLED_FONTS.iter().cloned());
        Ok(Self {
            book: LazyHash::new(FontBook::from_fonts(&fonts)),
            fonts,
        })
    }

    /// The bundled fonts alone.
    pub fn bundled() -> &'static Self {
        static BUNDLED: LazyLock<Fonts> = LazyLock::new(|| Fonts {
            book: LazyHash::new(FontBook::from_fonts(BUNDLED_FONTS.iter())),
            fonts: BUNDLED_FONTS.clone(),
        });
        &BUNDLED
    }
}

/// One page to compile: its markup is the only file there is.
struct PageWorld<'a> {
    main: Source,
    fonts: &'a Fonts,
}

const NO_FILES: &str = "disclose PDFs cannot read files or load packages";

impl World for PageWorld<'_> {
    fn library(&self) -> &LazyHash<Library> {
        &LIBRARY
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &self.fonts.book
    }

    fn main(&self) -> FileId {
        self.main.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main.id() {
            Ok(self.main.clone())
        } else {
            Err(FileError::Other(Some(NO_FILES.into())))
        }
    }

    fn file(&self, _id: FileId) -> FileResult<Bytes> {
        // Not even the main file as bytes: `read()` of it must fail like any other.
        Err(FileError::Other(Some(NO_FILES.into())))
    }

    fn font(&self, index: usize) -> Option<Font> {
        self.fonts.fonts.get(index).cloned()
    }

    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        // No clock: `datetime.today()` is an error, the output stays reproducible.
        None
    }
}

/// What a PDF needs besides its markup.
pub struct PdfMeta<'a> {
    /// Names the template in error messages.
    pub template: &'a str,
    /// A stable identifier of the document (policy, locale, document), hashed into the
    /// PDF's document id.
    pub ident: String,
    /// ISO 8601 effective date of the policy (`2018-11`, `2024-05-01`, or a date-time):
    /// the PDF's creation date, so that it does not depend on the clock.
    pub date: Option<&'a str>,
}

/// The largest Typst markup a PDF is made of: typesetting holds 0.3–0.8 KB of memory
/// per byte of markup for the document alone (a table more than running text), so
/// this keeps a compile under about 1 GB. The 2,238-cookie policy of the benchmark
/// corpus is 620 KB; 10,000 cookies without descriptions are 1.1 MB.
pub const MAX_MARKUP: usize = 1 << 20;

/// The stack of the thread a PDF is compiled on: Typst lays out nested content
/// recursively, and a debug build's frames are large.
const COMPILE_STACK: usize = 64 * 1024 * 1024;

/// Compile Typst markup into a PDF.
///
/// Each compilation runs on a thread of its own that is the only worker of a rayon
/// pool of its own. Typst and its PDF writer use rayon inside (`Deferred::wait` calls
/// `rayon::yield_now`); on a worker of the build's pool, that yield runs whatever job
/// is queued there, often the next page's compilation, so compilations nested on one
/// stack until it overflowed (about 80 catalogues with PDFs). In a pool of its own a
/// compilation can only run its own jobs, and the build's worker waits for the thread
/// without taking other work.
///
/// While it runs, Typst's caches are kept within a memory budget
/// ([`super::pdf_cache`]).
pub fn compile(markup: String, fonts: &Fonts, meta: &PdfMeta) -> Result<Vec<u8>> {
    if markup.len() > MAX_MARKUP {
        bail!(
            "the PDF {} is too large to set: its Typst markup is {} KiB, and disclose sets \
             PDFs of at most {} KiB (docs/pdf.md#limits), as typesetting holds about a \
             kilobyte of memory for every byte of it\n  \
             hint: leave the PDFs out with `--format html,markdown`, or make the \
             document shorter (fewer cookies, shorter descriptions)",
            meta.ident,
            markup.len().div_ceil(1024),
            MAX_MARKUP / 1024
        );
    }
    std::thread::scope(|scope| {
        let thread = std::thread::Builder::new()
            .name("disclose-pdf".into())
            .stack_size(COMPILE_STACK)
            .spawn_scoped(scope, || {
                let pool = rayon::ThreadPoolBuilder::new()
                    .num_threads(1)
                    .use_current_thread()
                    .build()
                    .context("starting the PDF thread")?;
                let size = markup.len();
                super::pdf_cache::within_budget(size, || {
                    pool.install(|| compile_here(markup, fonts, meta))
                })
            })
            .context("starting the PDF thread")?;
        thread
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
    })
}

/// [`compile`], on the current thread and in the current rayon pool.
fn compile_here(markup: String, fonts: &Fonts, meta: &PdfMeta) -> Result<Vec<u8>> {
    let world = PageWorld {
        main: Source::detached(markup),
        fonts,
    };
    let document = typst::compile::<PagedDocument>(&world)
        .output
        .map_err(|errors| compile_error(&world, meta.template, &errors))?;
    let options = PdfOptions {
        ident: Smart::Custom(meta.ident.clone()),
        creator: Smart::Custom(Some(concat!("disclose ", env!("CARGO_PKG_VERSION")).into())),
        timestamp: meta.date.and_then(timestamp),
        ..PdfOptions::default()
    };
    let pdf = typst_pdf::pdf(&document, &options)
        .map_err(|errors| compile_error(&world, meta.template, &errors))?;
    // Typst memoizes across compilations; keep what recent pages used, not everything.
    typst::comemo::evict(10);
    Ok(pdf)
}

/// The PDF's creation date for an effective date: `2018-11` is 1 November 2018,
/// `2024-05-01` that day, and a date-time keeps its time and offset
/// (`2021-02-19T13:40:00+01:00`; one without an offset is taken as UTC).
fn timestamp(iso: &str) -> Option<Timestamp> {
    let day = date(iso)?;
    let (Some(b'T' | b't' | b' '), Some(time)) = (iso.as_bytes().get(10), iso.get(11..19)) else {
        return Some(Timestamp::new_utc(day));
    };
    let mut hms = time.split(':').map(|part| part.parse::<u8>().ok());
    let (Some(Some(hour)), Some(Some(minute)), Some(Some(second))) =
        (hms.next(), hms.next(), hms.next())
    else {
        return Some(Timestamp::new_utc(day));
    };
    let at = Datetime::from_ymd_hms(day.year()?, day.month()?, day.day()?, hour, minute, second)?;
    // Fractions of a second are left out: PDF dates count whole seconds.
    let offset = iso[19..].trim_start_matches(|c: char| c == '.' || c.is_ascii_digit());
    match offset.as_bytes() {
        [] | [b'Z' | b'z'] => Some(Timestamp::new_utc(at)),
        [sign @ (b'+' | b'-'), ..] => {
            let (hours, minutes) = offset[1..].split_once(':')?;
            let minutes = hours.parse::<i32>().ok()? * 60 + minutes.parse::<i32>().ok()?;
            Timestamp::new_local(at, if *sign == b'-' { -minutes } else { minutes })
        }
        _ => Some(Timestamp::new_utc(at)),
    }
}

/// `2018-11`, `2024-05-01` or `2021-02-19T13:40:00+01:00` → its date.
fn date(iso: &str) -> Option<Datetime> {
    let mut parts = iso.get(..10.min(iso.len()))?.split('-');
    let year = parts.next()?.parse().ok()?;
    let month = parts.next()?.parse().ok()?;
    let day = parts.next().map_or(Some(1), |d| d.parse().ok())?;
    Datetime::from_ymd(year, month, day)
}

/// The first error, with the template it came from and where in the generated markup.
fn compile_error(
    world: &PageWorld,
    template: &str,
    diagnostics: &[SourceDiagnostic],
) -> anyhow::Error {
    let Some(first) = diagnostics
        .iter()
        .find(|d| d.severity == Severity::Error)
        .or(diagnostics.first())
    else {
        return anyhow!("rendering {template}: Typst failed without a message");
    };
    let mut text = format!("rendering {template}: Typst: {}", first.message);
    if let Some(range) = world.range(first.span) {
        let lines = world.main.lines();
        if let Some((line, column)) = lines.byte_to_line_column(range.start) {
            let source = world.main.text().lines().nth(line).unwrap_or_default();
            text.push_str(&format!(
                "\n  at line {}, column {} of the generated markup: {}",
                line + 1,
                column + 1,
                source.trim()
            ));
        }
    }
    for hint in &first.hints {
        text.push_str(&format!("\n  hint: {}", hint.v));
    }
    anyhow!(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta() -> PdfMeta<'static> {
        PdfMeta {
            template: "test.typ.tera",
            ident: "test".into(),
            date: Some("2024-05-01"),
        }
    }

    #[test]
    fn a_page_compiles_to_a_pdf() {
        let pdf = compile(
            "#set document(title: \"Größe\")\n= Één café\n\nDatenschutzerklärung".into(),
            Fonts::bundled(),
            &meta(),
        )
        .unwrap();
        assert!(pdf.starts_with(b"%PDF-"));
    }

    #[test]
    fn identical_markup_gives_identical_bytes() {
        let a = compile("= Title\n\nText".into(), Fonts::bundled(), &meta()).unwrap();
        let b = compile("= Title\n\nText".into(), Fonts::bundled(), &meta()).unwrap();
        assert_eq!(a, b);
    }

    #[test]
    fn files_and_packages_cannot_be_reached() {
        for markup in [
            "#read(\"/etc/passwd\")",
            "#read(\"main.typ\")",
            "#import \"other.typ\": *",
            "#import \"@preview/example:0.1.0\": *",
            "#image(\"/etc/passwd\")",
            "#datetime.today()",
        ] {
            let err = compile(markup.into(), Fonts::bundled(), &meta())
                .unwrap_err()
                .to_string();
            assert!(err.contains("test.typ.tera"), "{markup}: {err}");
        }
    }

    #[test]
    fn errors_name_the_template_and_the_line() {
        let err = compile("ok\n#let x = (".into(), Fonts::bundled(), &meta())
            .unwrap_err()
            .to_string();
        assert!(err.contains("test.typ.tera"), "{err}");
        assert!(err.contains("line 2"), "{err}");
    }

    #[test]
    fn effective_dates_of_every_precision() {
        assert_eq!(date("2018-11"), Datetime::from_ymd(2018, 11, 1));
        assert_eq!(date("2024-05-01"), Datetime::from_ymd(2024, 5, 1));
        assert_eq!(
            date("2021-02-19T13:40:00+01:00"),
            Datetime::from_ymd(2021, 2, 19)
        );
        assert_eq!(date("nonsense"), None);
    }

    #[test]
    fn creation_dates_keep_the_time_and_offset_of_a_date_time() {
        let utc = |y, m, d, h, mi, s| {
            format!(
                "{:?}",
                Timestamp::new_utc(Datetime::from_ymd_hms(y, m, d, h, mi, s).unwrap())
            )
        };
        let local = |y, m, d, h, mi, s, offset| {
            let at = Datetime::from_ymd_hms(y, m, d, h, mi, s).unwrap();
            format!("{:?}", Timestamp::new_local(at, offset).unwrap())
        };
        let of = |iso| format!("{:?}", timestamp(iso).unwrap());
        assert_eq!(
            of("2024-05-01"),
            format!(
                "{:?}",
                Timestamp::new_utc(Datetime::from_ymd(2024, 5, 1).unwrap())
            )
        );
        assert_eq!(
            of("2021-02-19T13:40:00+01:00"),
            local(2021, 2, 19, 13, 40, 0, 60)
        );
        assert_eq!(
            of("2021-02-19T13:40:00.250-05:30"),
            local(2021, 2, 19, 13, 40, 0, -330)
        );
        assert_eq!(of("2021-02-19T13:40:00Z"), utc(2021, 2, 19, 13, 40, 0));
        assert_eq!(of("2021-02-19T13:40:00"), utc(2021, 2, 19, 13, 40, 0));
    }
}
