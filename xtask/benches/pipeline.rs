//! Criterion benchmarks of the pipeline stages, one catalogue at a time.
//!
//! ```text
//! cargo bench -p xtask --bench pipeline              # everything (about 3 minutes)
//! cargo bench -p xtask --bench pipeline -- large/    # one catalogue; the filter is a regex
//! ```
//!
//! Three catalogues, each built in a scratch project with no `locales/` or
//! `templates/` of its own (so only the shipped messages and templates are used):
//!
//! - `coolback`: the bundled seed catalogue `policies/coolback` (a folder of 3 files,
//!   1 locale, 2 cookies);
//! - `corpus`: a typical catalogue of the generated benchmark corpus (seed 42,
//!   8 locales; of the first 100, the one of median size), as built by `scripts/bench.sh`;
//! - `large`: the Open Cookie Database catalogue (about 2,200 cookies, 8 locales).
//!
//! Benchmarks: `fixed/messages` and `fixed/templates` (per-run costs: parsing the
//! shipped messages and templates), then for each catalogue `<case>/load` (read, parse,
//! resolve), `<case>/check` (`check::check`, which also parses the messages),
//! `<case>/localize` (one locale: the first after the default), `<case>/template_data`
//! (converting that locale's view to template values, which the pages of a locale
//! share), `<case>/render/<page>` (one page, from a ready view and its template data),
//! `<case>/render_all` (the whole build of the catalogue in all its locales, without
//! writing, messages and templates parsed included) and `<case>/write` (writing that
//! plan to a folder that does not exist yet). Results: `target/criterion/`.

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use disclose::build::{BuildOptions, render_all};
use disclose::catalogue::load_catalogue;
use disclose::check::{CheckOptions, check};
use disclose::diag::SourceMap;
use disclose::i18n::{Localizer, Messages};
use disclose::model::Keyword;
use disclose::model::{Policy, resolve};
use disclose::render::{Format, PageContext, Templates, render_page};
use disclose::view::localize;
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::time::Duration;

use xtask as corpus;

struct Case {
    name: &'static str,
    catalogue: PathBuf,
    /// A project folder without locales/ or templates/.
    project: PathBuf,
    large: bool,
}

struct Fixture {
    _dir: tempfile::TempDir,
    cases: Vec<Case>,
}

fn fixture() -> &'static Fixture {
    static FIXTURE: OnceLock<Fixture> = OnceLock::new();
    FIXTURE.get_or_init(|| {
        let dir = tempfile::tempdir().expect("a scratch folder");
        let root = dir.path();
        let ocd = corpus::Ocd::load(&corpus::default_ocd_path()).expect("the Open Cookie Database");
        std::fs::create_dir_all(root.join("policies")).unwrap();
        std::fs::create_dir_all(root.join("large")).unwrap();
        // The typical corpus catalogue: of the first 100 (seed 42, 8 locales), the one
        // whose size is the median.
        let texts: Vec<String> = (1..=100)
            .map(|i| corpus::seed_catalogue(&ocd, 42, i, 8))
            .collect();
        let mut sizes: Vec<usize> = texts.iter().map(String::len).collect();
        sizes.sort_unstable();
        let median = sizes[sizes.len() / 2];
        let (typical, text) = texts
            .iter()
            .enumerate()
            .min_by_key(|(_, t)| t.len().abs_diff(median))
            .expect("100 catalogues");
        eprintln!("corpus: catalogue {} of seed 42 ({} bytes, the median of the first 100)", typical + 1, text.len());
        let seed = root.join(format!("policies/{:04}.toml", typical + 1));
        std::fs::write(&seed, text).unwrap();
        let large = root.join("large/open-cookie-database.toml");
        std::fs::write(&large, corpus::large_catalogue(&ocd, 8).0).unwrap();
        let project = root.join("project");
        std::fs::create_dir_all(&project).unwrap();
        let cases = vec![
            Case {
                name: "coolback",
                catalogue: Path::new(env!("CARGO_MANIFEST_DIR")).join("../policies/coolback"),
                project: project.clone(),
                large: false,
            },
            Case {
                name: "corpus",
                catalogue: seed,
                project: project.clone(),
                large: false,
            },
            Case {
                name: "large",
                catalogue: large,
                project,
                large: true,
            },
        ];
        for case in &cases {
            let policy = load(&case.catalogue);
            eprintln!(
                "{}: {} cookies, {} processors, {} purposes, {} sections, {} locale(s), {} document(s)",
                case.name,
                policy.cookies.len(),
                policy.processors.len(),
                policy.purposes.len(),
                policy.sections.len(),
                policy.locales.len(),
                policy.documents.len()
            );
        }
        Fixture { _dir: dir, cases }
    })
}

fn load(path: &Path) -> Policy {
    let mut sources = SourceMap::default();
    let mut diags = Vec::new();
    let catalogue = load_catalogue(path, &mut sources, &mut diags);
    resolve(&catalogue, &mut diags)
        .unwrap_or_else(|| panic!("{} resolves: {diags:?}", path.display()))
}

/// The locale a single-locale bench uses: the first after the default, if any.
fn bench_locale(policy: &Policy) -> &unic_langid::LanguageIdentifier {
    policy.locales.get(1).unwrap_or(&policy.default_locale)
}

fn fixed(c: &mut Criterion) {
    let mut g = c.benchmark_group("fixed");
    g.bench_function("messages", |b| b.iter(|| black_box(Messages::shipped())));
    g.bench_function("templates", |b| {
        b.iter(|| black_box(Templates::load(None).unwrap()))
    });
    g.finish();
}

fn stages(c: &mut Criterion) {
    let messages = Messages::shipped();
    let templates = Templates::load(None).unwrap();
    for case in &fixture().cases {
        let mut g = c.benchmark_group(case.name);
        if case.large {
            g.sample_size(10);
        }
        let path = &case.catalogue;

        g.bench_function("load", |b| b.iter(|| black_box(load(path))));
        g.bench_function("check", |b| {
            let options = CheckOptions {
                project: case.project.clone(),
                catalogues: vec![path.clone()],
                strict_translations: false,
                lints: Default::default(),
            };
            b.iter(|| black_box(check(&options).unwrap()))
        });

        let policy = load(path);
        let locale = bench_locale(&policy);
        let chain = messages.chain(locale, &policy.default_locale);
        g.bench_function("localize", |b| {
            b.iter(|| {
                let localizer = Localizer::new(&messages, chain.clone());
                black_box(localize(&policy, &localizer))
            })
        });

        let localizer = Localizer::new(&messages, chain.clone());
        g.bench_function("template_data", |b| {
            b.iter_batched(
                || localize(&policy, &localizer),
                |view| {
                    black_box(disclose::render::context::view_data(&view).unwrap());
                    view
                },
                BatchSize::LargeInput,
            )
        });
        let view = localize(&policy, &localizer);
        for document in &policy.documents {
            for &format in Format::ALL {
                let name = format!("render/{}.{}", document.keyword(), format.extension());
                g.bench_function(&name, |b| {
                    b.iter(|| {
                        let ctx = PageContext::new(&view, document.keyword(), format);
                        black_box(render_page(&templates, &ctx).unwrap())
                    })
                });
            }
        }

        let options = BuildOptions::new(case.project.clone(), vec![path.clone()]);
        g.bench_function("render_all", |b| {
            b.iter(|| black_box(render_all(&options).unwrap().plan))
        });

        let plan = render_all(&options)
            .unwrap()
            .plan
            .expect("a valid catalogue");
        g.bench_function("write", |b| {
            b.iter_batched(
                || {
                    let dir = tempfile::tempdir().unwrap();
                    let out = dir.path().join("out");
                    (dir, out)
                },
                |(dir, out)| {
                    disclose::output::write(&out, &plan).unwrap();
                    dir
                },
                BatchSize::PerIteration,
            )
        });
        g.finish();
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3))
        .sample_size(30);
    targets = fixed, stages
}
criterion_main!(benches);
