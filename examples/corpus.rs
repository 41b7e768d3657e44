//! Benchmark corpus generator.
//!
//! ```text
//! cargo run --release --example corpus -- --out DIR [--catalogues N] [--locales K] [--seed S] [--large] [--verify]
//! ```
//!
//! - `--catalogues N` (default 1000, or 0 with `--large`) writes `DIR/policies/NNNN.toml`:
//!   N single-file catalogues of made-up organisations, each valid for `disclose check`.
//!   Cookies and processors are drawn from the Open Cookie Database; purposes, data
//!   categories, storage, sections, links and boilerplate come from phrase banks in six
//!   languages, translated field by field at a rate that varies per catalogue. Each
//!   catalogue publishes both documents in K locales (default 8) taken from
//!   en, nl, de, fr, es, it, en-GB, nl-BE. Catalogue `i` depends only on `--seed`, `i` and
//!   K, so the corpus of 250 is the first quarter of the corpus of 1,000.
//! - `--large` also writes `DIR/large/open-cookie-database.toml`: one catalogue with every
//!   usable cookie of the Open Cookie Database (about 2,200), one processor per platform.
//! - `--verify` loads and checks what was written with the library and fails on errors.
//! - `--ocd CSV` reads the Open Cookie Database from elsewhere; by default the copy in
//!   `benches/data/open-cookie-database/`.
//!
//! The Open Cookie Database (<https://github.com/jkwakman/Open-Cookie-Database>) is
//! Apache-2.0; every generated file that contains any of it says so at the top.

// The generator's word lists are plain tuples of literals; naming their types adds nothing.
#![allow(clippy::type_complexity, clippy::needless_range_loop)]

use anyhow::{Context as _, Result, bail};
use clap::Parser;
use std::collections::{BTreeMap, HashSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

#[derive(Debug, Parser)]
#[command(about = "Write a deterministic benchmark corpus of disclose catalogues")]
struct Args {
    /// Folder to write into: catalogues go to OUT/policies, the large one to OUT/large.
    #[arg(long)]
    out: PathBuf,
    /// Number of catalogues (default 1000; 0 when --large is given alone).
    #[arg(long)]
    catalogues: Option<usize>,
    /// Locales per catalogue, 1 to 8 (en nl de fr es it en-GB nl-BE, in that order).
    #[arg(long, default_value_t = 8, value_parser = clap::value_parser!(u8).range(1..=8))]
    locales: u8,
    /// Seed of the generator: the same seed writes the same bytes.
    #[arg(long, default_value_t = 42)]
    seed: u64,
    /// Also write one catalogue with every usable Open Cookie Database cookie.
    #[arg(long)]
    large: bool,
    /// The Open Cookie Database CSV.
    #[arg(long)]
    ocd: Option<PathBuf>,
    /// Check what was written with the library; fail if any catalogue has an error.
    #[arg(long)]
    verify: bool,
}

fn main() -> Result<()> {
    let args = Args::parse();
    let ocd_path = args.ocd.clone().unwrap_or_else(default_ocd_path);
    let ocd = Ocd::load(&ocd_path)?;
    let count = args.catalogues.unwrap_or(if args.large { 0 } else { 1000 });
    let locales = usize::from(args.locales);
    let mut written = Vec::new();
    let mut bytes = 0usize;

    if count > 0 {
        let dir = args.out.join("policies");
        prepare_policies_dir(&dir)?;
        let width = count.to_string().len().max(4);
        for i in 1..=count {
            let text = seed_catalogue(&ocd, args.seed, i, locales);
            let path = dir.join(format!("{i:0width$}.toml"));
            std::fs::write(&path, &text).with_context(|| format!("writing {}", path.display()))?;
            bytes += text.len();
            written.push(path);
        }
    }
    if args.large {
        let dir = args.out.join("large");
        std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
        let (text, stats) = large_catalogue(&ocd, locales);
        let path = dir.join("open-cookie-database.toml");
        std::fs::write(&path, &text).with_context(|| format!("writing {}", path.display()))?;
        eprintln!(
            "large catalogue: {} cookies, {} processors from {} rows ({} invalid names skipped, {} duplicate names skipped)",
            stats.cookies, stats.processors, stats.rows, stats.invalid, stats.duplicates
        );
        bytes += text.len();
        written.push(path);
    }
    eprintln!(
        "wrote {} catalogue file(s), {:.1} MiB, {} locale(s) each, seed {}, into {}",
        written.len(),
        bytes as f64 / (1024.0 * 1024.0),
        locales,
        args.seed,
        args.out.display()
    );

    if args.verify {
        let loaded = disclose::check::check(&disclose::check::CheckOptions {
            project: args.out.clone(),
            catalogues: written.clone(),
            strict_translations: false,
            lints: Default::default(),
        })?;
        let errors = loaded.diagnostics.iter().filter(|d| d.is_error()).count();
        let warnings = loaded.diagnostics.len() - errors;
        eprintln!(
            "verify: {} catalogue(s) resolved, {errors} error(s), {warnings} warning(s)",
            loaded.policies.len()
        );
        if errors > 0 {
            for d in loaded.diagnostics.iter().filter(|d| d.is_error()).take(20) {
                eprintln!("  {d:?}");
            }
            bail!("the generated corpus has errors");
        }
    }
    Ok(())
}

/// The copy of the Open Cookie Database beside the benchmarks.
pub fn default_ocd_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("benches/data/open-cookie-database/open-cookie-database.csv")
}

/// A folder that holds nothing, or only catalogues an earlier run wrote, is ours to
/// empty: a smaller corpus must not keep the tail of a larger one.
fn prepare_policies_dir(dir: &Path) -> Result<()> {
    if dir.is_dir() {
        let mut ours = Vec::new();
        for entry in std::fs::read_dir(dir)? {
            let path = entry?.path();
            let generated = path.extension().is_some_and(|e| e == "toml")
                && path
                    .file_stem()
                    .and_then(|s| s.to_str())
                    .is_some_and(|s| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()));
            if !generated {
                bail!(
                    "{} holds {}, which this generator did not write; choose another --out",
                    dir.display(),
                    path.display()
                );
            }
            ours.push(path);
        }
        for path in ours {
            std::fs::remove_file(&path)?;
        }
    }
    std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))
}

// ---------------------------------------------------------------------------------------
// Randomness: splitmix64, enough for picking and shuffling, and stable across platforms.

pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Self(seed)
    }

    /// An independent stream for item `index` of a run seeded with `seed`.
    pub fn stream(seed: u64, index: u64) -> Self {
        let mut r = Self(seed ^ index.wrapping_mul(0xD1B5_4A32_D192_ED03));
        r.next();
        r
    }

    #[allow(clippy::should_implement_trait)] // a generator, not an iterator
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        (((self.next() >> 11) as u128 * n as u128) >> 53) as usize
    }

    /// Uniform in `lo..=hi`.
    pub fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }

    pub fn chance(&mut self, p: f64) -> bool {
        ((self.next() >> 11) as f64 / (1u64 << 53) as f64) < p
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    /// `k` distinct indices of `0..n`, in random order.
    pub fn sample(&mut self, n: usize, k: usize) -> Vec<usize> {
        let mut all: Vec<usize> = (0..n).collect();
        let k = k.min(n);
        for i in 0..k {
            let j = i + self.below(n - i);
            all.swap(i, j);
        }
        all.truncate(k);
        all
    }

    /// `k` distinct indices of `0..n`, in ascending order (keeps bank order).
    pub fn subset(&mut self, n: usize, k: usize) -> Vec<usize> {
        let mut s = self.sample(n, k);
        s.sort_unstable();
        s
    }
}

// ---------------------------------------------------------------------------------------
// The Open Cookie Database.

/// One row of the CSV.
#[derive(Debug, Clone)]
pub struct OcdRow {
    pub platform: String,
    pub category: String,
    pub name: String,
    pub description: String,
    pub retention: String,
    pub controller: String,
    pub portal: String,
    pub wildcard: bool,
}

/// A platform (one processor) and its rows whose names are usable.
#[derive(Debug)]
pub struct Platform {
    pub name: String,
    pub controller: String,
    pub portal: Option<String>,
    pub rows: Vec<usize>,
}

pub struct Ocd {
    pub rows: Vec<OcdRow>,
    pub platforms: Vec<Platform>,
}

impl Ocd {
    pub fn load(path: &Path) -> Result<Self> {
        let text = std::fs::read_to_string(path).with_context(|| {
            format!(
                "reading the Open Cookie Database at {} (pass --ocd CSV)",
                path.display()
            )
        })?;
        Self::parse(&text)
    }

    pub fn parse(text: &str) -> Result<Self> {
        let mut records = parse_csv(text.strip_prefix('\u{feff}').unwrap_or(text)).into_iter();
        let header = records.next().context("the CSV is empty")?;
        let col = |name: &str| {
            header
                .iter()
                .position(|h| h.trim() == name)
                .with_context(|| format!("the CSV has no column `{name}`"))
        };
        let (platform, category, name, description, retention, controller, portal, wildcard) = (
            col("Platform")?,
            col("Category")?,
            col("Cookie / Data Key name")?,
            col("Description")?,
            col("Retention period")?,
            col("Data Controller")?,
            col("User Privacy & GDPR Rights Portals")?,
            col("Wildcard match")?,
        );
        let get =
            |r: &[String], i: usize| r.get(i).map(|s| s.trim().to_owned()).unwrap_or_default();
        let rows: Vec<OcdRow> = records
            .filter(|r| r.len() > 1)
            .map(|r| OcdRow {
                platform: get(&r, platform),
                category: get(&r, category),
                name: get(&r, name),
                description: get(&r, description),
                retention: get(&r, retention),
                controller: get(&r, controller),
                portal: get(&r, portal),
                wildcard: get(&r, wildcard) == "1",
            })
            .collect();
        let mut platforms: Vec<Platform> = Vec::new();
        let mut index: BTreeMap<String, usize> = BTreeMap::new();
        for (i, row) in rows.iter().enumerate() {
            if ocd_cookie_name(row).is_none() || row.platform.is_empty() {
                continue;
            }
            let p = *index.entry(row.platform.clone()).or_insert_with(|| {
                platforms.push(Platform {
                    name: row.platform.clone(),
                    controller: if row.controller.is_empty() {
                        row.platform.clone()
                    } else {
                        row.controller.clone()
                    },
                    portal: Some(row.portal.clone()).filter(|u| valid_url(u)),
                    rows: Vec::new(),
                });
                platforms.len() - 1
            });
            platforms[p].rows.push(i);
        }
        Ok(Self { rows, platforms })
    }
}

/// RFC 4180: quoted fields may hold commas, doubled quotes and line breaks.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    field.push('"');
                    chars.next();
                }
                '"' => quoted = false,
                _ => field.push(c),
            }
            continue;
        }
        match c {
            '"' => quoted = true,
            ',' => row.push(std::mem::take(&mut field)),
            '\r' => {}
            '\n' => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            _ => field.push(c),
        }
    }
    if !field.is_empty() || !row.is_empty() {
        row.push(field);
        rows.push(row);
    }
    rows
}

/// The catalogue name of an OCD cookie: wildcards (`_ga_` with the wildcard flag, or a
/// trailing `*`) become `_ga_<suffix>`; names our loader refuses are skipped.
pub fn ocd_cookie_name(row: &OcdRow) -> Option<String> {
    let name = row.name.trim();
    let (stem, wildcard) = match name.strip_suffix('*') {
        Some(stem) => (stem, true),
        None => (name, row.wildcard),
    };
    if stem.is_empty()
        || stem
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || "()@,;:\\\"/[]?={}<>*".contains(c))
    {
        return None;
    }
    Some(if wildcard {
        format!("{stem}<suffix>")
    } else {
        stem.to_owned()
    })
}

/// OCD categories → ours. "Functional" covers both consent state and login (necessary)
/// and remembered choices (preferences); the description decides.
pub fn ocd_category(row: &OcdRow) -> &'static str {
    match row.category.to_ascii_lowercase().as_str() {
        "analytics" => "analytics",
        "marketing" => "marketing",
        "security" | "necessary" => "necessary",
        "personalization" | "personalisation" => "preferences",
        _ => {
            let d = row.description.to_ascii_lowercase();
            let necessary = [
                "consent",
                "security",
                "csrf",
                "load balanc",
                "session",
                "authenticat",
                "login",
                "fraud",
                "cart",
                "checkout",
            ];
            if necessary.iter().any(|w| d.contains(w)) {
                "necessary"
            } else {
                "preferences"
            }
        }
    }
}

/// OCD retention (free text) → our duration syntax: session, a stated period, or
/// "persistent" where the text states none we can read.
pub fn ocd_duration(retention: &str) -> String {
    let text = retention.trim().to_lowercase();
    let text = text.split('(').next().unwrap_or_default().trim().to_owned();
    if text.starts_with("session") || text.starts_with("seesion") || text.contains("end of session")
    {
        return "session".to_owned();
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    let candidates = [
        text.clone(),
        words.iter().take(2).copied().collect::<Vec<_>>().join(" "),
    ];
    for candidate in candidates {
        if candidate.is_empty() || candidate.starts_with('p') {
            continue;
        }
        match disclose::duration::parse(&candidate) {
            Ok(_) => return candidate,
            Err(_) if candidate.starts_with("0 ") => return "session".to_owned(),
            Err(_) => {}
        }
    }
    "persistent".to_owned()
}

fn valid_url(url: &str) -> bool {
    (url.starts_with("https://") || url.starts_with("http://"))
        && url.len() > 8
        && !url
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || c == '"' || c == '<' || c == '>')
}

/// A catalogue id from a free name: `Bing / Microsoft` → `bing-microsoft`.
fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-');
    let mut out: String = out.chars().take(48).collect();
    if out.is_empty() || out == "first-party" {
        out = format!("p-{out}");
    }
    out.trim_end_matches('-').to_owned()
}

/// Where the better-known OCD controllers process data; others are left unstated.
fn known_country(controller: &str) -> Option<&'static str> {
    const KNOWN: &[(&str, &str)] = &[
        ("google", "US"),
        ("microsoft", "US"),
        ("facebook", "US"),
        ("meta", "US"),
        ("linkedin", "US"),
        ("adobe", "US"),
        ("salesforce", "US"),
        ("amazon", "US"),
        ("twitter", "US"),
        ("x", "US"),
        ("pinterest", "US"),
        ("tiktok", "IE"),
        ("hotjar", "MT"),
        ("shopify", "CA"),
        ("cookiebot", "DK"),
        ("usercentrics", "DE"),
        ("sap", "DE"),
        ("criteo", "FR"),
        ("contentsquare", "FR"),
        ("piano", "FR"),
        ("hubspot", "US"),
        ("yandex", "RU"),
        ("wordpress", "US"),
        ("zendesk", "US"),
        ("qualtrics", "US"),
        ("youtube", "US"),
        ("vimeo", "US"),
        ("cloudflare", "US"),
        ("stripe", "US"),
        ("paypal", "US"),
        ("klaviyo", "US"),
        ("mailchimp", "US"),
        ("crazy egg", "US"),
        ("pubmatic", "US"),
        ("adform", "DK"),
        ("awin", "DE"),
        ("snapchat", "US"),
        ("yahoo", "US"),
        ("oracle", "US"),
        ("trustarc", "US"),
        ("onetrust", "US"),
    ];
    let c = controller.to_ascii_lowercase();
    let c = c.split([' ', '.', ',']).next().unwrap_or_default();
    KNOWN.iter().find(|(k, _)| *k == c).map(|(_, v)| *v)
}

fn transfer_for(country: &str, r: &mut Rng) -> Option<&'static str> {
    if disclose::model::in_eea(country) {
        return None;
    }
    Some(match country {
        "US" => *r.pick(&["eu-us-dpf", "eu-us-dpf", "scc"]),
        "GB" | "CH" | "CA" | "JP" | "IL" => "adequacy",
        _ => *r.pick(&["scc", "bcr"]),
    })
}

// ---------------------------------------------------------------------------------------
// TOML writing.

/// A TOML basic string.
fn q(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04X}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A TOML multi-line basic string, for long text.
fn ml(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    out.push_str("\"\"\"\n");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' | '\t' => out.push(c),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04X}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push_str("\"\"\"");
    out
}

fn list(items: &[String]) -> String {
    format!(
        "[{}]",
        items.iter().map(|s| q(s)).collect::<Vec<_>>().join(", ")
    )
}

/// A text field: one language, or translations keyed by locale.
enum Val {
    Plain(String),
    Map(Vec<(&'static str, String)>),
}

/// Write `key = …`; long text in triple quotes, long translations as dotted keys.
fn field(out: &mut String, key: &str, val: &Val, long: bool) {
    match val {
        Val::Plain(s) if long && s.len() > 70 => {
            let _ = writeln!(out, "{key} = {}", ml(s));
        }
        Val::Plain(s) => {
            let _ = writeln!(out, "{key} = {}", q(s));
        }
        Val::Map(entries) if long && entries.iter().any(|(_, s)| s.len() > 70) => {
            for (tag, s) in entries {
                let _ = writeln!(out, "{key}.{tag} = {}", ml(s));
            }
        }
        Val::Map(entries) => {
            let inner: Vec<String> = entries
                .iter()
                .map(|(tag, s)| format!("{tag} = {}", q(s)))
                .collect();
            let _ = writeln!(out, "{key} = {{ {} }}", inner.join(", "));
        }
    }
}

fn inline(val: &Val) -> String {
    match val {
        Val::Plain(s) => q(s),
        Val::Map(entries) => format!(
            "{{ {} }}",
            entries
                .iter()
                .map(|(tag, s)| format!("{tag} = {}", q(s)))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

// ---------------------------------------------------------------------------------------
// Languages and phrase banks. Every bank entry is [en, nl, de, fr, es, it].

/// Locales in the order `--locales K` takes them.
pub const LOCALES: [&str; 8] = ["en", "nl", "de", "fr", "es", "it", "en-GB", "nl-BE"];

type L6 = [&'static str; 6];

/// The phrase-bank language of a locale, and whether it is a regional variant.
fn base(tag: &str) -> (usize, bool) {
    match tag {
        "en" => (0, false),
        "nl" => (1, false),
        "de" => (2, false),
        "fr" => (3, false),
        "es" => (4, false),
        "it" => (5, false),
        "en-GB" => (0, true),
        "nl-BE" => (1, true),
        _ => (0, true),
    }
}

/// What a regional variant's own translation looks like.
fn regional(tag: &str, text: String) -> String {
    match tag {
        "en-GB" => text
            .replace("organization", "organisation")
            .replace("Organization", "Organisation")
            .replace("ize", "ise")
            .replace("yze", "yse")
            .replace("center", "centre")
            .replace("program ", "programme "),
        "nl-BE" => text
            .replace("mobiele telefoon", "gsm")
            .replace("winkelmandje", "winkelkarretje"),
        _ => text,
    }
}

const SENTENCES: &[L6] = &[
    [
        "We only process personal data that we need for the purposes described in this policy.",
        "We verwerken alleen persoonsgegevens die we nodig hebben voor de doelen die in dit beleid staan.",
        "Wir verarbeiten nur personenbezogene Daten, die wir für die in dieser Erklärung genannten Zwecke benötigen.",
        "Nous ne traitons que les données personnelles nécessaires aux finalités décrites dans la présente politique.",
        "Solo tratamos los datos personales que necesitamos para los fines descritos en esta política.",
        "Trattiamo solo i dati personali necessari per le finalità descritte in questa informativa.",
    ],
    [
        "Access to your data is limited to employees who need it for their work.",
        "Alleen medewerkers die je gegevens nodig hebben voor hun werk hebben er toegang toe.",
        "Zugriff auf Ihre Daten haben nur Mitarbeitende, die sie für ihre Arbeit benötigen.",
        "L'accès à vos données est limité aux collaborateurs qui en ont besoin pour leur travail.",
        "El acceso a sus datos se limita a los empleados que los necesitan para su trabajo.",
        "L'accesso ai tuoi dati è limitato ai dipendenti che ne hanno bisogno per il loro lavoro.",
    ],
    [
        "We use encryption, access controls and regular security tests to protect your data.",
        "We beschermen je gegevens met versleuteling, toegangsbeheer en regelmatige beveiligingstests.",
        "Wir schützen Ihre Daten durch Verschlüsselung, Zugriffskontrollen und regelmäßige Sicherheitstests.",
        "Nous protégeons vos données par le chiffrement, des contrôles d'accès et des tests de sécurité réguliers.",
        "Protegemos sus datos mediante cifrado, controles de acceso y pruebas de seguridad periódicas.",
        "Proteggiamo i tuoi dati con crittografia, controlli di accesso e test di sicurezza regolari.",
    ],
    [
        "When a supplier processes data on our behalf, we sign a data processing agreement with it.",
        "Als een leverancier gegevens voor ons verwerkt, sluiten we een verwerkersovereenkomst met hem.",
        "Wenn ein Dienstleister Daten in unserem Auftrag verarbeitet, schließen wir einen Auftragsverarbeitungsvertrag.",
        "Lorsqu'un prestataire traite des données pour notre compte, nous concluons avec lui un contrat de sous-traitance.",
        "Cuando un proveedor trata datos por cuenta nuestra, firmamos con él un contrato de encargo del tratamiento.",
        "Quando un fornitore tratta dati per nostro conto, stipuliamo con lui un accordo sul trattamento dei dati.",
    ],
    [
        "We never sell your personal data.",
        "We verkopen je persoonsgegevens nooit.",
        "Wir verkaufen Ihre personenbezogenen Daten niemals.",
        "Nous ne vendons jamais vos données personnelles.",
        "Nunca vendemos sus datos personales.",
        "Non vendiamo mai i tuoi dati personali.",
    ],
    [
        "We answer requests within one month; if a request is complex, we may extend this by two months and tell you why.",
        "We beantwoorden verzoeken binnen een maand; bij een ingewikkeld verzoek kunnen we dit met twee maanden verlengen en laten we je weten waarom.",
        "Wir beantworten Anfragen innerhalb eines Monats; bei komplexen Anfragen können wir die Frist um zwei Monate verlängern und teilen Ihnen die Gründe mit.",
        "Nous répondons aux demandes dans un délai d'un mois ; pour une demande complexe, ce délai peut être prolongé de deux mois et nous vous en indiquons la raison.",
        "Respondemos a las solicitudes en el plazo de un mes; si una solicitud es compleja, podemos ampliarlo dos meses y le explicaremos el motivo.",
        "Rispondiamo alle richieste entro un mese; se una richiesta è complessa, possiamo prorogare il termine di due mesi e te ne spieghiamo il motivo.",
    ],
    [
        "To protect your data, we may ask you to prove your identity before we act on a request.",
        "Om je gegevens te beschermen, kunnen we je vragen je identiteit aan te tonen voordat we een verzoek uitvoeren.",
        "Zum Schutz Ihrer Daten können wir Sie bitten, Ihre Identität nachzuweisen, bevor wir eine Anfrage bearbeiten.",
        "Afin de protéger vos données, nous pouvons vous demander de justifier de votre identité avant de traiter une demande.",
        "Para proteger sus datos, podemos pedirle que acredite su identidad antes de atender una solicitud.",
        "Per proteggere i tuoi dati, possiamo chiederti di dimostrare la tua identità prima di dare seguito a una richiesta.",
    ],
    [
        "Data that is no longer needed is deleted or anonymized.",
        "Gegevens die we niet meer nodig hebben, worden verwijderd of geanonimiseerd.",
        "Daten, die nicht mehr benötigt werden, werden gelöscht oder anonymisiert.",
        "Les données qui ne sont plus nécessaires sont supprimées ou anonymisées.",
        "Los datos que ya no se necesitan se suprimen o se anonimizan.",
        "I dati non più necessari vengono cancellati o resi anonimi.",
    ],
    [
        "Some retention periods are set by law, for example for our accounting records.",
        "Sommige bewaartermijnen zijn wettelijk voorgeschreven, bijvoorbeeld voor onze boekhouding.",
        "Manche Aufbewahrungsfristen sind gesetzlich vorgeschrieben, etwa für unsere Buchhaltung.",
        "Certaines durées de conservation sont fixées par la loi, par exemple pour notre comptabilité.",
        "Algunos plazos de conservación están fijados por ley, por ejemplo para nuestra contabilidad.",
        "Alcuni periodi di conservazione sono stabiliti dalla legge, ad esempio per la nostra contabilità.",
    ],
    [
        "If you have a complaint, please contact us first so that we can try to solve it together.",
        "Heb je een klacht, neem dan eerst contact met ons op, zodat we samen naar een oplossing kunnen zoeken.",
        "Wenn Sie eine Beschwerde haben, wenden Sie sich bitte zuerst an uns, damit wir gemeinsam eine Lösung finden können.",
        "Si vous avez une réclamation, contactez-nous d'abord afin que nous puissions tenter de la résoudre ensemble.",
        "Si tiene una queja, póngase primero en contacto con nosotros para que podamos intentar resolverla juntos.",
        "Se hai un reclamo, contattaci prima di tutto, così possiamo cercare di risolverlo insieme.",
    ],
    [
        "We review this policy at least once a year and whenever our services change.",
        "We herzien dit beleid minstens eens per jaar en telkens wanneer onze diensten veranderen.",
        "Wir überprüfen diese Erklärung mindestens einmal im Jahr und bei jeder Änderung unserer Dienste.",
        "Nous révisons cette politique au moins une fois par an et à chaque évolution de nos services.",
        "Revisamos esta política al menos una vez al año y siempre que cambian nuestros servicios.",
        "Rivediamo questa informativa almeno una volta l'anno e ogni volta che i nostri servizi cambiano.",
    ],
    [
        "Material changes are announced on the website at least 30 days before they apply.",
        "Belangrijke wijzigingen kondigen we minstens 30 dagen van tevoren aan op de website.",
        "Wesentliche Änderungen kündigen wir mindestens 30 Tage im Voraus auf der Website an.",
        "Les modifications importantes sont annoncées sur le site au moins 30 jours avant leur entrée en vigueur.",
        "Los cambios importantes se anuncian en el sitio web al menos 30 días antes de que se apliquen.",
        "Le modifiche sostanziali sono annunciate sul sito almeno 30 giorni prima della loro applicazione.",
    ],
    [
        "Our servers are located in the European Economic Area.",
        "Onze servers staan in de Europese Economische Ruimte.",
        "Unsere Server stehen im Europäischen Wirtschaftsraum.",
        "Nos serveurs sont situés dans l'Espace économique européen.",
        "Nuestros servidores se encuentran en el Espacio Económico Europeo.",
        "I nostri server si trovano nello Spazio economico europeo.",
    ],
    [
        "Children under 16 may only use our services with the consent of a parent or guardian.",
        "Kinderen jonger dan 16 jaar mogen onze diensten alleen gebruiken met toestemming van een ouder of voogd.",
        "Kinder unter 16 Jahren dürfen unsere Dienste nur mit Zustimmung eines Elternteils oder Vormunds nutzen.",
        "Les enfants de moins de 16 ans ne peuvent utiliser nos services qu'avec l'accord d'un parent ou tuteur.",
        "Los menores de 16 años solo pueden usar nuestros servicios con el consentimiento de un padre o tutor.",
        "I minori di 16 anni possono usare i nostri servizi solo con il consenso di un genitore o tutore.",
    ],
    [
        "We analyze aggregated statistics to improve the website, not to follow individual visitors.",
        "We analyseren geaggregeerde statistieken om de website te verbeteren, niet om individuele bezoekers te volgen.",
        "Wir werten zusammengefasste Statistiken aus, um die Website zu verbessern, nicht um einzelne Besucher zu verfolgen.",
        "Nous analysons des statistiques agrégées pour améliorer le site, et non pour suivre des visiteurs individuels.",
        "Analizamos estadísticas agregadas para mejorar el sitio web, no para seguir a visitantes concretos.",
        "Analizziamo statistiche aggregate per migliorare il sito, non per seguire i singoli visitatori.",
    ],
    [
        "You can change your cookie settings at any time through the link at the bottom of every page.",
        "Je kunt je cookie-instellingen op elk moment wijzigen via de link onderaan elke pagina.",
        "Sie können Ihre Cookie-Einstellungen jederzeit über den Link am Ende jeder Seite ändern.",
        "Vous pouvez modifier vos paramètres de cookies à tout moment via le lien en bas de chaque page.",
        "Puede cambiar la configuración de cookies en cualquier momento mediante el enlace al pie de cada página.",
        "Puoi modificare le impostazioni dei cookie in qualsiasi momento tramite il link in fondo a ogni pagina.",
    ],
    [
        "Refusing cookies does not affect the parts of the website that work without them.",
        "Als je cookies weigert, blijven de delen van de website die zonder cookies werken gewoon beschikbaar.",
        "Wenn Sie Cookies ablehnen, bleiben die Teile der Website, die ohne sie funktionieren, unverändert nutzbar.",
        "Refuser les cookies n'affecte pas les parties du site qui fonctionnent sans eux.",
        "Rechazar las cookies no afecta a las partes del sitio web que funcionan sin ellas.",
        "Rifiutare i cookie non incide sulle parti del sito che funzionano senza di essi.",
    ],
    [
        "Our partners may combine this information with other information you have given them.",
        "Onze partners kunnen deze informatie combineren met andere informatie die je hun hebt gegeven.",
        "Unsere Partner können diese Informationen mit anderen Informationen verknüpfen, die Sie ihnen gegeben haben.",
        "Nos partenaires peuvent combiner ces informations avec d'autres informations que vous leur avez fournies.",
        "Nuestros socios pueden combinar esta información con otra información que usted les haya facilitado.",
        "I nostri partner possono combinare queste informazioni con altre informazioni che hai fornito loro.",
    ],
    [
        "Where we rely on legitimate interests, we have weighed them against your interests and rights.",
        "Waar we ons op een gerechtvaardigd belang baseren, hebben we dat afgewogen tegen jouw belangen en rechten.",
        "Soweit wir uns auf berechtigte Interessen stützen, haben wir diese gegen Ihre Interessen und Rechte abgewogen.",
        "Lorsque nous nous fondons sur l'intérêt légitime, nous l'avons mis en balance avec vos intérêts et vos droits.",
        "Cuando nos basamos en el interés legítimo, lo hemos ponderado frente a sus intereses y derechos.",
        "Quando ci basiamo sul legittimo interesse, lo abbiamo bilanciato con i tuoi interessi e diritti.",
    ],
    [
        "Incidents involving personal data are recorded and, where required, reported to the supervisory authority within 72 hours.",
        "Incidenten met persoonsgegevens registreren we en, waar nodig, melden we binnen 72 uur bij de toezichthouder.",
        "Vorfälle mit personenbezogenen Daten werden dokumentiert und, soweit erforderlich, innerhalb von 72 Stunden der Aufsichtsbehörde gemeldet.",
        "Les incidents concernant des données personnelles sont consignés et, si nécessaire, notifiés à l'autorité de contrôle dans les 72 heures.",
        "Los incidentes con datos personales se registran y, cuando es obligatorio, se notifican a la autoridad de control en 72 horas.",
        "Gli incidenti relativi ai dati personali sono registrati e, se necessario, notificati all'autorità di controllo entro 72 ore.",
    ],
];

const LIST_ITEMS: &[L6] = &[
    [
        "your name and address",
        "je naam en adres",
        "Ihr Name und Ihre Anschrift",
        "vos nom et adresse",
        "su nombre y dirección",
        "il tuo nome e indirizzo",
    ],
    [
        "your order history",
        "je bestelgeschiedenis",
        "Ihre Bestellhistorie",
        "l'historique de vos commandes",
        "su historial de pedidos",
        "lo storico dei tuoi ordini",
    ],
    [
        "messages you send us",
        "berichten die je ons stuurt",
        "Nachrichten, die Sie uns senden",
        "les messages que vous nous envoyez",
        "los mensajes que nos envía",
        "i messaggi che ci invii",
    ],
    [
        "your IP address",
        "je IP-adres",
        "Ihre IP-Adresse",
        "votre adresse IP",
        "su dirección IP",
        "il tuo indirizzo IP",
    ],
    [
        "the pages you visit",
        "de pagina's die je bezoekt",
        "die Seiten, die Sie besuchen",
        "les pages que vous consultez",
        "las páginas que visita",
        "le pagine che visiti",
    ],
    [
        "payment details",
        "betaalgegevens",
        "Zahlungsdaten",
        "les données de paiement",
        "los datos de pago",
        "i dati di pagamento",
    ],
    [
        "your preferences",
        "je voorkeuren",
        "Ihre Einstellungen",
        "vos préférences",
        "sus preferencias",
        "le tue preferenze",
    ],
    [
        "the device and browser you use",
        "het apparaat en de browser die je gebruikt",
        "Ihr Gerät und Ihren Browser",
        "l'appareil et le navigateur que vous utilisez",
        "el dispositivo y el navegador que utiliza",
        "il dispositivo e il browser che usi",
    ],
];

const NOTE: L6 = ["Note", "Let op", "Hinweis", "Remarque", "Nota", "Nota"];
const MORE: L6 = [
    "more information",
    "meer informatie",
    "weitere Informationen",
    "plus d'informations",
    "más información",
    "maggiori informazioni",
];

/// (id, basis, name, legitimate interest where the basis is legitimate-interests).
const PURPOSES: &[(&str, &str, L6, Option<L6>)] = &[
    (
        "site-operation",
        "legitimate-interests",
        [
            "Running the website",
            "De website laten werken",
            "Betrieb der Website",
            "Fonctionnement du site",
            "Funcionamiento del sitio web",
            "Funzionamento del sito",
        ],
        Some([
            "Delivering the pages you ask for securely and reliably.",
            "De pagina's die je opvraagt veilig en betrouwbaar leveren.",
            "Die angeforderten Seiten sicher und zuverlässig ausliefern.",
            "Fournir de manière sûre et fiable les pages demandées.",
            "Servir de forma segura y fiable las páginas que solicita.",
            "Fornire in modo sicuro e affidabile le pagine richieste.",
        ]),
    ),
    (
        "preferences",
        "consent",
        [
            "Remembering your preferences",
            "Je voorkeuren onthouden",
            "Speichern Ihrer Einstellungen",
            "Mémoriser vos préférences",
            "Recordar sus preferencias",
            "Ricordare le tue preferenze",
        ],
        None,
    ),
    (
        "analytics",
        "consent",
        [
            "Website analytics",
            "Websiteanalyse",
            "Webanalyse",
            "Mesure d'audience",
            "Analítica web",
            "Statistiche del sito",
        ],
        None,
    ),
    (
        "advertising",
        "consent",
        [
            "Personalised advertising",
            "Gepersonaliseerde advertenties",
            "Personalisierte Werbung",
            "Publicité personnalisée",
            "Publicidad personalizada",
            "Pubblicità personalizzata",
        ],
        None,
    ),
    (
        "orders",
        "contract",
        [
            "Handling your orders",
            "Je bestellingen afhandelen",
            "Abwicklung Ihrer Bestellungen",
            "Traitement de vos commandes",
            "Gestión de sus pedidos",
            "Gestione dei tuoi ordini",
        ],
        None,
    ),
    (
        "customer-service",
        "contract",
        [
            "Answering your questions",
            "Je vragen beantwoorden",
            "Beantwortung Ihrer Fragen",
            "Répondre à vos questions",
            "Responder a sus preguntas",
            "Rispondere alle tue domande",
        ],
        None,
    ),
    (
        "newsletter",
        "consent",
        [
            "Sending our newsletter",
            "Onze nieuwsbrief sturen",
            "Versand unseres Newsletters",
            "Envoi de notre lettre d'information",
            "Envío de nuestro boletín",
            "Invio della nostra newsletter",
        ],
        None,
    ),
    (
        "fraud-prevention",
        "legitimate-interests",
        [
            "Preventing fraud",
            "Fraude voorkomen",
            "Betrugsprävention",
            "Prévention de la fraude",
            "Prevención del fraude",
            "Prevenzione delle frodi",
        ],
        Some([
            "Protecting our customers and ourselves against payment fraud.",
            "Onze klanten en onszelf beschermen tegen betalingsfraude.",
            "Schutz unserer Kunden und unseres Unternehmens vor Zahlungsbetrug.",
            "Protéger nos clients et nous-mêmes contre la fraude au paiement.",
            "Proteger a nuestros clientes y a nosotros mismos frente al fraude en los pagos.",
            "Proteggere i nostri clienti e noi stessi dalle frodi nei pagamenti.",
        ]),
    ),
    (
        "legal-compliance",
        "legal-obligation",
        [
            "Complying with the law",
            "Voldoen aan de wet",
            "Erfüllung gesetzlicher Pflichten",
            "Respect de nos obligations légales",
            "Cumplimiento de la ley",
            "Adempimento degli obblighi di legge",
        ],
        None,
    ),
    (
        "recruitment",
        "consent",
        [
            "Recruitment",
            "Werving en selectie",
            "Bewerbungsverfahren",
            "Recrutement",
            "Selección de personal",
            "Selezione del personale",
        ],
        None,
    ),
    (
        "product-improvement",
        "legitimate-interests",
        [
            "Improving our products",
            "Onze producten verbeteren",
            "Verbesserung unserer Produkte",
            "Amélioration de nos produits",
            "Mejora de nuestros productos",
            "Miglioramento dei nostri prodotti",
        ],
        Some([
            "Learning which features are used so that we can improve them.",
            "Leren welke functies gebruikt worden, zodat we ze kunnen verbeteren.",
            "Erkennen, welche Funktionen genutzt werden, um sie zu verbessern.",
            "Savoir quelles fonctions sont utilisées afin de les améliorer.",
            "Saber qué funciones se usan para poder mejorarlas.",
            "Capire quali funzioni sono usate per poterle migliorare.",
        ]),
    ),
    (
        "security",
        "legitimate-interests",
        [
            "Keeping our systems secure",
            "Onze systemen beveiligen",
            "Sicherheit unserer Systeme",
            "Sécurité de nos systèmes",
            "Seguridad de nuestros sistemas",
            "Sicurezza dei nostri sistemi",
        ],
        Some([
            "Detecting and stopping attacks on our website and accounts.",
            "Aanvallen op onze website en accounts opsporen en stoppen.",
            "Angriffe auf unsere Website und Konten erkennen und abwehren.",
            "Détecter et bloquer les attaques contre notre site et nos comptes.",
            "Detectar y detener ataques contra nuestro sitio web y cuentas.",
            "Individuare e bloccare gli attacchi al sito e agli account.",
        ]),
    ),
    (
        "accounting",
        "legal-obligation",
        [
            "Keeping our accounts",
            "Onze boekhouding bijhouden",
            "Buchhaltung",
            "Tenue de notre comptabilité",
            "Llevar nuestra contabilidad",
            "Tenuta della contabilità",
        ],
        None,
    ),
    (
        "social-media",
        "consent",
        [
            "Social media features",
            "Functies van sociale media",
            "Social-Media-Funktionen",
            "Fonctionnalités de réseaux sociaux",
            "Funciones de redes sociales",
            "Funzioni dei social media",
        ],
        None,
    ),
];

/// The purposes every catalogue has: one per cookie category.
const CATEGORY_PURPOSE: &[(&str, &str)] = &[
    ("necessary", "site-operation"),
    ("preferences", "preferences"),
    ("analytics", "analytics"),
    ("marketing", "advertising"),
];

const CATEGORY_TEXT: &[(&str, L6)] = &[
    (
        "necessary",
        [
            "Needed for the website to work.",
            "Nodig om de website te laten werken.",
            "Für den Betrieb der Website erforderlich.",
            "Nécessaire au fonctionnement du site.",
            "Necesaria para el funcionamiento del sitio web.",
            "Necessario per il funzionamento del sito.",
        ],
    ),
    (
        "preferences",
        [
            "Remembers a choice you made.",
            "Onthoudt een keuze die je hebt gemaakt.",
            "Speichert eine von Ihnen getroffene Auswahl.",
            "Mémorise un choix que vous avez fait.",
            "Recuerda una elección que ha hecho.",
            "Ricorda una scelta che hai fatto.",
        ],
    ),
    (
        "analytics",
        [
            "Counts visits and measures how pages are used.",
            "Telt bezoeken en meet hoe pagina's worden gebruikt.",
            "Zählt Besuche und misst, wie Seiten genutzt werden.",
            "Compte les visites et mesure l'utilisation des pages.",
            "Cuenta las visitas y mide cómo se usan las páginas.",
            "Conta le visite e misura l'uso delle pagine.",
        ],
    ),
    (
        "marketing",
        [
            "Recognises your browser to show relevant advertisements.",
            "Herkent je browser om relevante advertenties te tonen.",
            "Erkennt Ihren Browser, um passende Werbung anzuzeigen.",
            "Reconnaît votre navigateur pour afficher des publicités pertinentes.",
            "Reconoce su navegador para mostrar anuncios relevantes.",
            "Riconosce il tuo browser per mostrare annunci pertinenti.",
        ],
    ),
];

/// First-party cookies: (name, example, category, duration, storage, description).
const OWN_COOKIES: &[(&str, Option<&str>, &str, &str, Option<&str>, L6)] = &[
    (
        "session_id",
        None,
        "necessary",
        "session",
        None,
        [
            "Keeps you logged in while you browse.",
            "Houdt je ingelogd terwijl je rondkijkt.",
            "Hält Sie beim Surfen angemeldet.",
            "Vous garde connecté pendant la navigation.",
            "Mantiene su sesión iniciada mientras navega.",
            "Ti mantiene connesso durante la navigazione.",
        ],
    ),
    (
        "csrf_token",
        None,
        "necessary",
        "session",
        None,
        [
            "Protects forms against cross-site request forgery.",
            "Beschermt formulieren tegen cross-site request forgery.",
            "Schützt Formulare vor Cross-Site-Request-Forgery.",
            "Protège les formulaires contre la falsification de requêtes.",
            "Protege los formularios frente a la falsificación de peticiones.",
            "Protegge i moduli dalla falsificazione delle richieste.",
        ],
    ),
    (
        "consent_state",
        None,
        "necessary",
        "6 months",
        None,
        [
            "Stores your cookie choices.",
            "Slaat je cookiekeuzes op.",
            "Speichert Ihre Cookie-Auswahl.",
            "Enregistre vos choix en matière de cookies.",
            "Guarda sus preferencias de cookies.",
            "Memorizza le tue scelte sui cookie.",
        ],
    ),
    (
        "cart_<store>",
        Some("cart_1042"),
        "necessary",
        "30 days",
        None,
        [
            "Keeps your shopping basket.",
            "Bewaart je winkelmandje.",
            "Speichert Ihren Warenkorb.",
            "Conserve votre panier.",
            "Conserva su cesta de la compra.",
            "Conserva il tuo carrello.",
        ],
    ),
    (
        "lang",
        None,
        "preferences",
        "1 year",
        None,
        [
            "Remembers your language.",
            "Onthoudt je taal.",
            "Speichert Ihre Sprache.",
            "Mémorise votre langue.",
            "Recuerda su idioma.",
            "Ricorda la tua lingua.",
        ],
    ),
    (
        "theme",
        None,
        "preferences",
        "persistent",
        Some("local-storage"),
        [
            "Remembers light or dark mode.",
            "Onthoudt de lichte of donkere weergave.",
            "Speichert den hellen oder dunklen Modus.",
            "Mémorise le mode clair ou sombre.",
            "Recuerda el modo claro u oscuro.",
            "Ricorda la modalità chiara o scura.",
        ],
    ),
    (
        "recently_viewed",
        None,
        "preferences",
        "30 days",
        Some("local-storage"),
        [
            "Lists the products you viewed last.",
            "Toont de producten die je het laatst hebt bekeken.",
            "Zeigt die zuletzt angesehenen Produkte.",
            "Affiche les derniers produits consultés.",
            "Muestra los últimos productos vistos.",
            "Mostra gli ultimi prodotti visti.",
        ],
    ),
    (
        "ab_<experiment>",
        Some("ab_checkout2"),
        "analytics",
        "90 days",
        None,
        [
            "Assigns you to a version of a page we are testing.",
            "Wijst je een versie toe van een pagina die we testen.",
            "Ordnet Sie einer Version einer getesteten Seite zu.",
            "Vous attribue une version d'une page en cours de test.",
            "Le asigna una versión de una página en prueba.",
            "Ti assegna una versione di una pagina in prova.",
        ],
    ),
    (
        "remember_me",
        None,
        "preferences",
        "30 days",
        None,
        [
            "Logs you in automatically on your next visit.",
            "Logt je bij je volgende bezoek automatisch in.",
            "Meldet Sie beim nächsten Besuch automatisch an.",
            "Vous connecte automatiquement lors de votre prochaine visite.",
            "Inicia su sesión automáticamente en su próxima visita.",
            "Ti collega automaticamente alla prossima visita.",
        ],
    ),
    (
        "search_history",
        None,
        "preferences",
        "session",
        Some("session-storage"),
        [
            "Keeps your recent searches during the visit.",
            "Bewaart je recente zoekopdrachten tijdens het bezoek.",
            "Speichert Ihre letzten Suchen während des Besuchs.",
            "Conserve vos recherches récentes pendant la visite.",
            "Guarda sus búsquedas recientes durante la visita.",
            "Conserva le ricerche recenti durante la visita.",
        ],
    ),
    (
        "px_<campaign>",
        Some("px_spring24"),
        "marketing",
        "persistent",
        Some("pixel"),
        [
            "Tells us which campaign brought you here.",
            "Laat ons weten via welke campagne je hier kwam.",
            "Zeigt uns, über welche Kampagne Sie gekommen sind.",
            "Nous indique quelle campagne vous a amené ici.",
            "Nos indica qué campaña le trajo aquí.",
            "Ci dice quale campagna ti ha portato qui.",
        ],
    ),
];

/// Recipients that set no cookies: (id, role, country, name, description).
const RECIPIENTS: &[(&str, &str, Option<&str>, L6, L6)] = &[
    (
        "couriers",
        "recipients",
        None,
        [
            "Delivery companies",
            "Bezorgdiensten",
            "Zustelldienste",
            "Sociétés de livraison",
            "Empresas de mensajería",
            "Corrieri",
        ],
        [
            "They receive your name and address to deliver your order.",
            "Zij krijgen je naam en adres om je bestelling te bezorgen.",
            "Sie erhalten Ihren Namen und Ihre Anschrift, um Ihre Bestellung zuzustellen.",
            "Elles reçoivent vos nom et adresse pour livrer votre commande.",
            "Reciben su nombre y dirección para entregar su pedido.",
            "Ricevono nome e indirizzo per consegnare il tuo ordine.",
        ],
    ),
    (
        "payment-provider",
        "controller",
        Some("NL"),
        [
            "Our payment service provider",
            "Onze betaaldienstverlener",
            "Unser Zahlungsdienstleister",
            "Notre prestataire de paiement",
            "Nuestro proveedor de pagos",
            "Il nostro fornitore di servizi di pagamento",
        ],
        [
            "It handles payments as a controller under payment-services law.",
            "Hij verwerkt betalingen als verwerkingsverantwoordelijke op grond van de betaaldienstenwet.",
            "Er wickelt Zahlungen als Verantwortlicher nach dem Zahlungsdiensterecht ab.",
            "Il traite les paiements en tant que responsable de traitement.",
            "Gestiona los pagos como responsable del tratamiento.",
            "Gestisce i pagamenti come titolare del trattamento.",
        ],
    ),
    (
        "hosting",
        "processor",
        Some("DE"),
        [
            "Our hosting provider",
            "Onze hostingpartij",
            "Unser Hosting-Anbieter",
            "Notre hébergeur",
            "Nuestro proveedor de alojamiento",
            "Il nostro fornitore di hosting",
        ],
        [
            "It runs the servers of our website and stores its data.",
            "Zij beheert de servers van onze website en slaat de gegevens op.",
            "Er betreibt die Server unserer Website und speichert ihre Daten.",
            "Il exploite les serveurs de notre site et en stocke les données.",
            "Gestiona los servidores de nuestro sitio web y almacena sus datos.",
            "Gestisce i server del nostro sito e ne conserva i dati.",
        ],
    ),
    (
        "accountants",
        "controller",
        None,
        [
            "Our accountants and auditors",
            "Onze accountants",
            "Unsere Steuerberater und Prüfer",
            "Nos experts-comptables et commissaires aux comptes",
            "Nuestros contables y auditores",
            "I nostri commercialisti e revisori",
        ],
        [
            "They check our accounts as the law requires.",
            "Zij controleren onze boekhouding zoals de wet voorschrijft.",
            "Sie prüfen unsere Bücher, wie es das Gesetz verlangt.",
            "Ils contrôlent nos comptes comme la loi l'exige.",
            "Revisan nuestras cuentas como exige la ley.",
            "Verificano i nostri conti come richiesto dalla legge.",
        ],
    ),
    (
        "crm-vendor",
        "processor",
        Some("US"),
        [
            "Our customer relationship software",
            "Onze klantbeheersoftware",
            "Unsere CRM-Software",
            "Notre logiciel de gestion de la relation client",
            "Nuestro software de gestión de clientes",
            "Il nostro software di gestione clienti",
        ],
        [
            "It stores our contacts with customers.",
            "Hierin bewaren we ons contact met klanten.",
            "Darin speichern wir unsere Kundenkontakte.",
            "Il conserve nos échanges avec les clients.",
            "Almacena nuestros contactos con los clientes.",
            "Conserva i nostri contatti con i clienti.",
        ],
    ),
    (
        "authorities",
        "recipients",
        None,
        [
            "Public authorities",
            "Overheidsinstanties",
            "Behörden",
            "Autorités publiques",
            "Autoridades públicas",
            "Autorità pubbliche",
        ],
        [
            "Only where the law obliges us to share data.",
            "Alleen als de wet ons verplicht gegevens te delen.",
            "Nur wenn das Gesetz uns zur Weitergabe verpflichtet.",
            "Uniquement lorsque la loi nous y oblige.",
            "Solo cuando la ley nos obliga a compartir datos.",
            "Solo quando la legge ci obbliga a condividere i dati.",
        ],
    ),
];

/// Data categories: (id, name, example item indices, sources, sensitive).
const DATA: &[(&str, L6, &[usize], &[&str], bool)] = &[
    (
        "contact",
        [
            "Contact details",
            "Contactgegevens",
            "Kontaktdaten",
            "Coordonnées",
            "Datos de contacto",
            "Dati di contatto",
        ],
        &[0, 2],
        &["data-subject"],
        false,
    ),
    (
        "orders",
        [
            "Order details",
            "Bestelgegevens",
            "Bestelldaten",
            "Données de commande",
            "Datos de pedidos",
            "Dati degli ordini",
        ],
        &[1, 5],
        &["data-subject"],
        false,
    ),
    (
        "usage",
        [
            "Website usage",
            "Websitegebruik",
            "Nutzung der Website",
            "Utilisation du site",
            "Uso del sitio web",
            "Uso del sito",
        ],
        &[3, 4, 7],
        &["cookies"],
        false,
    ),
    (
        "preferences",
        [
            "Preferences",
            "Voorkeuren",
            "Einstellungen",
            "Préférences",
            "Preferencias",
            "Preferenze",
        ],
        &[6],
        &["data-subject", "cookies"],
        false,
    ),
    (
        "payment",
        [
            "Payment details",
            "Betaalgegevens",
            "Zahlungsdaten",
            "Données de paiement",
            "Datos de pago",
            "Dati di pagamento",
        ],
        &[5],
        &["data-subject", "third-party"],
        false,
    ),
    (
        "support",
        [
            "Customer service conversations",
            "Klantcontact",
            "Kundendienstkontakte",
            "Échanges avec le service client",
            "Conversaciones con atención al cliente",
            "Conversazioni con l'assistenza",
        ],
        &[2],
        &["data-subject"],
        false,
    ),
    (
        "applications",
        [
            "Job applications",
            "Sollicitaties",
            "Bewerbungen",
            "Candidatures",
            "Candidaturas",
            "Candidature",
        ],
        &[0, 2],
        &["data-subject", "public"],
        false,
    ),
    (
        "health",
        [
            "Health information",
            "Gezondheidsgegevens",
            "Gesundheitsdaten",
            "Données de santé",
            "Datos de salud",
            "Dati sanitari",
        ],
        &[2],
        &["data-subject"],
        true,
    ),
];

/// Storage locations: (id, name, country).
const STORAGE: &[(&str, L6, Option<&str>)] = &[
    (
        "eu-cloud",
        [
            "Our cloud provider's data centre",
            "Het datacentrum van onze cloudpartij",
            "Das Rechenzentrum unseres Cloud-Anbieters",
            "Le centre de données de notre fournisseur cloud",
            "El centro de datos de nuestro proveedor de nube",
            "Il data center del nostro fornitore cloud",
        ],
        Some("DE"),
    ),
    (
        "own-datacentre",
        [
            "Our own data centre",
            "Ons eigen datacentrum",
            "Unser eigenes Rechenzentrum",
            "Notre propre centre de données",
            "Nuestro propio centro de datos",
            "Il nostro data center",
        ],
        None,
    ),
    (
        "backups",
        [
            "Encrypted backups",
            "Versleutelde back-ups",
            "Verschlüsselte Sicherungen",
            "Sauvegardes chiffrées",
            "Copias de seguridad cifradas",
            "Backup cifrati",
        ],
        Some("NL"),
    ),
    (
        "crm",
        [
            "Our customer database",
            "Onze klantendatabase",
            "Unsere Kundendatenbank",
            "Notre base de données clients",
            "Nuestra base de datos de clientes",
            "Il nostro database clienti",
        ],
        Some("IE"),
    ),
];

/// Sections: (id, document, title).
const SECTIONS: &[(&str, &str, L6)] = &[
    (
        "security",
        "privacy-policy",
        [
            "How we protect your data",
            "Hoe we je gegevens beschermen",
            "Wie wir Ihre Daten schützen",
            "Comment nous protégeons vos données",
            "Cómo protegemos sus datos",
            "Come proteggiamo i tuoi dati",
        ],
    ),
    (
        "changes",
        "privacy-policy",
        [
            "Changes to this policy",
            "Wijzigingen in dit beleid",
            "Änderungen dieser Erklärung",
            "Modifications de cette politique",
            "Cambios en esta política",
            "Modifiche a questa informativa",
        ],
    ),
    (
        "children",
        "privacy-policy",
        [
            "Children", "Kinderen", "Kinder", "Enfants", "Menores", "Minori",
        ],
    ),
    (
        "complaints",
        "privacy-policy",
        [
            "Complaints",
            "Klachten",
            "Beschwerden",
            "Réclamations",
            "Reclamaciones",
            "Reclami",
        ],
    ),
    (
        "incidents",
        "privacy-policy",
        [
            "Data breaches",
            "Datalekken",
            "Datenpannen",
            "Violations de données",
            "Brechas de datos",
            "Violazioni dei dati",
        ],
    ),
    (
        "cookie-changes",
        "cookie-policy",
        [
            "Changes to this cookie policy",
            "Wijzigingen in dit cookiebeleid",
            "Änderungen dieser Cookie-Richtlinie",
            "Modifications de cette politique de cookies",
            "Cambios en esta política de cookies",
            "Modifiche a questa cookie policy",
        ],
    ),
    (
        "managing-cookies",
        "cookie-policy",
        [
            "Managing cookies",
            "Cookies beheren",
            "Cookies verwalten",
            "Gérer les cookies",
            "Gestionar las cookies",
            "Gestire i cookie",
        ],
    ),
    (
        "partners",
        "cookie-policy",
        [
            "Our advertising partners",
            "Onze advertentiepartners",
            "Unsere Werbepartner",
            "Nos partenaires publicitaires",
            "Nuestros socios publicitarios",
            "I nostri partner pubblicitari",
        ],
    ),
];

const LINKS: &[(L6, &str, Option<L6>)] = &[
    (
        [
            "Your rights under the GDPR",
            "Je rechten onder de AVG",
            "Ihre Rechte nach der DSGVO",
            "Vos droits au titre du RGPD",
            "Sus derechos según el RGPD",
            "I tuoi diritti secondo il GDPR",
        ],
        "https://commission.europa.eu/law/law-topic/data-protection_en",
        Some([
            "European Commission",
            "Europese Commissie",
            "Europäische Kommission",
            "Commission européenne",
            "Comisión Europea",
            "Commissione europea",
        ]),
    ),
    (
        [
            "Cookies explained",
            "Cookies uitgelegd",
            "Cookies erklärt",
            "Les cookies expliqués",
            "Las cookies explicadas",
            "I cookie spiegati",
        ],
        "https://www.allaboutcookies.org/",
        None,
    ),
    (
        [
            "Opting out of interest-based advertising",
            "Afmelden voor gerichte advertenties",
            "Widerspruch gegen interessenbasierte Werbung",
            "Refuser la publicité ciblée",
            "Excluirse de la publicidad basada en intereses",
            "Rinunciare alla pubblicità basata sugli interessi",
        ],
        "https://www.youronlinechoices.eu/",
        Some([
            "European Interactive Digital Advertising Alliance",
            "European Interactive Digital Advertising Alliance",
            "European Interactive Digital Advertising Alliance",
            "European Interactive Digital Advertising Alliance",
            "European Interactive Digital Advertising Alliance",
            "European Interactive Digital Advertising Alliance",
        ]),
    ),
];

/// Countries of controllers: (code, tld, authority, authority url, legal form, register, city, street).
const COUNTRIES: &[(&str, &str, &str, &str, &str, &str, &str, &str)] = &[
    (
        "NL",
        "nl",
        "Autoriteit Persoonsgegevens",
        "https://autoriteitpersoonsgegevens.nl",
        "B.V.",
        "KvK",
        "Amsterdam",
        "Herengracht",
    ),
    (
        "DE",
        "de",
        "Der Bundesbeauftragte für den Datenschutz und die Informationsfreiheit",
        "https://www.bfdi.bund.de",
        "GmbH",
        "HRB",
        "Berlin",
        "Friedrichstraße",
    ),
    (
        "FR",
        "fr",
        "Commission nationale de l'informatique et des libertés",
        "https://www.cnil.fr",
        "SAS",
        "RCS",
        "Lyon",
        "rue de la République",
    ),
    (
        "ES",
        "es",
        "Agencia Española de Protección de Datos",
        "https://www.aepd.es",
        "S.L.",
        "CIF",
        "Madrid",
        "Calle de Alcalá",
    ),
    (
        "IT",
        "it",
        "Garante per la protezione dei dati personali",
        "https://www.garanteprivacy.it",
        "S.r.l.",
        "REA",
        "Milano",
        "Via Torino",
    ),
    (
        "BE",
        "be",
        "Gegevensbeschermingsautoriteit",
        "https://www.gegevensbeschermingsautoriteit.be",
        "BV",
        "KBO",
        "Gent",
        "Veldstraat",
    ),
    (
        "IE",
        "ie",
        "Data Protection Commission",
        "https://www.dataprotection.ie",
        "Ltd",
        "CRO",
        "Dublin",
        "Grafton Street",
    ),
];

const NAME_HEADS: &[&str] = &[
    "Bright", "Nord", "Silver", "Blue", "Oak", "Sun", "Green", "Iron", "Cloud", "River", "Stone",
    "Maple", "North", "Amber", "Coral", "Echo", "Falcon", "Harbor", "Lumen", "Vega",
];
const NAME_TAILS: &[&str] = &[
    "wave", "haven", "field", "works", "line", "point", "craft", "bridge", "gate", "leaf", "mark",
    "path", "ridge", "spark", "stream", "vale", "wood", "yard", "loop", "nest",
];
const PEOPLE: &[(&str, usize)] = &[
    ("Anna de Vries", 1),
    ("Jan Bakker", 0),
    ("Lena Schmidt", 1),
    ("Lukas Weber", 0),
    ("Camille Martin", 1),
    ("Hugo Bernard", 0),
    ("Lucía García", 1),
    ("Pablo Fernández", 0),
    ("Giulia Rossi", 1),
    ("Marco Bianchi", 0),
];
/// Honorifics: [female, male].
const HONORIFICS: [L6; 2] = [
    ["Ms", "mevrouw", "Frau", "Mme", "Sra.", "Sig.ra"],
    ["Mr", "de heer", "Herr", "M.", "Sr.", "Sig."],
];
const DPO_ROLE: [L6; 2] = [
    [
        "Data Protection Officer",
        "Functionaris gegevensbescherming",
        "Datenschutzbeauftragte(r)",
        "Délégué à la protection des données",
        "Delegado de protección de datos",
        "Responsabile della protezione dei dati",
    ],
    [
        "Privacy Officer",
        "Privacy officer",
        "Datenschutzkoordinator(in)",
        "Responsable de la vie privée",
        "Responsable de privacidad",
        "Referente privacy",
    ],
];
const CONSENT_NOTICE: L6 = [
    "May we use cookies to measure visits and show you relevant offers?",
    "Mogen we cookies gebruiken om bezoeken te meten en je relevante aanbiedingen te tonen?",
    "Dürfen wir Cookies verwenden, um Besuche zu messen und Ihnen passende Angebote zu zeigen?",
    "Pouvons-nous utiliser des cookies pour mesurer les visites et vous montrer des offres pertinentes ?",
    "¿Podemos usar cookies para medir las visitas y mostrarle ofertas relevantes?",
    "Possiamo usare i cookie per misurare le visite e mostrarti offerte pertinenti?",
];
const WITHDRAWAL: L6 = [
    "We stop measuring your visits and no longer show you personalised offers. Parts of the site that rely on embedded content may not work.",
    "We meten je bezoeken niet meer en tonen geen persoonlijke aanbiedingen meer. Delen van de site met ingesloten inhoud werken mogelijk niet.",
    "Wir messen Ihre Besuche nicht mehr und zeigen keine personalisierten Angebote mehr. Teile der Website mit eingebetteten Inhalten funktionieren dann eventuell nicht.",
    "Nous cessons de mesurer vos visites et ne vous montrons plus d'offres personnalisées. Certaines parties du site avec du contenu intégré peuvent ne plus fonctionner.",
    "Dejamos de medir sus visitas y de mostrarle ofertas personalizadas. Es posible que las partes del sitio con contenido incrustado no funcionen.",
    "Smettiamo di misurare le tue visite e di mostrarti offerte personalizzate. Le parti del sito con contenuti incorporati potrebbero non funzionare.",
];
const EXERCISE: L6 = [
    "Send your request to our privacy contact by e-mail or post.",
    "Stuur je verzoek per e-mail of post naar onze privacycontactpersoon.",
    "Senden Sie Ihre Anfrage per E-Mail oder Post an unsere Datenschutzstelle.",
    "Adressez votre demande à notre contact vie privée par e-mail ou par courrier.",
    "Envíe su solicitud a nuestro contacto de privacidad por correo electrónico o postal.",
    "Invia la tua richiesta al nostro referente privacy via e-mail o per posta.",
];
const AUTOMATED: L6 = [
    "Orders are screened automatically for signs of fraud; an order that is flagged is reviewed by an employee before it is refused.",
    "Bestellingen worden automatisch gecontroleerd op fraude; een gemarkeerde bestelling wordt door een medewerker beoordeeld voordat ze wordt geweigerd.",
    "Bestellungen werden automatisch auf Betrug geprüft; eine markierte Bestellung wird von einer Person geprüft, bevor sie abgelehnt wird.",
    "Les commandes sont analysées automatiquement pour détecter la fraude ; une commande signalée est examinée par un collaborateur avant d'être refusée.",
    "Los pedidos se analizan automáticamente en busca de fraude; un pedido marcado lo revisa una persona antes de rechazarlo.",
    "Gli ordini sono controllati automaticamente per individuare frodi; un ordine segnalato viene esaminato da un dipendente prima di essere rifiutato.",
];
const COLLECTION: L6 = [
    "You give them to us when you create an account, place an order or contact us.",
    "Je geeft ze ons als je een account aanmaakt, een bestelling plaatst of contact opneemt.",
    "Sie geben sie uns, wenn Sie ein Konto anlegen, bestellen oder uns kontaktieren.",
    "Vous nous les communiquez lorsque vous créez un compte, passez commande ou nous contactez.",
    "Nos los facilita al crear una cuenta, hacer un pedido o ponerse en contacto con nosotros.",
    "Ce li fornisci quando crei un account, effettui un ordine o ci contatti.",
];
const DATA_RETENTION: &[L6] = &[
    [
        "Seven years after your last order, as tax law requires.",
        "Zeven jaar na je laatste bestelling, zoals de belastingwet voorschrijft.",
        "Zehn Jahre nach Ihrer letzten Bestellung, wie es das Steuerrecht verlangt.",
        "Dix ans après votre dernière commande, comme l'exige la loi.",
        "Seis años después de su último pedido, como exige la ley.",
        "Dieci anni dopo l'ultimo ordine, come richiesto dalla legge.",
    ],
    [
        "Until you close your account, and at most two years after your last visit.",
        "Tot je je account opheft, en hooguit twee jaar na je laatste bezoek.",
        "Bis Sie Ihr Konto schließen, höchstens zwei Jahre nach Ihrem letzten Besuch.",
        "Jusqu'à la fermeture de votre compte, et au plus deux ans après votre dernière visite.",
        "Hasta que cierre su cuenta y como máximo dos años después de su última visita.",
        "Fino alla chiusura dell'account e al massimo due anni dopo l'ultima visita.",
    ],
    [
        "26 months, after which the statistics are kept only in aggregated form.",
        "26 maanden, daarna bewaren we alleen geaggregeerde statistieken.",
        "26 Monate, danach nur noch in zusammengefasster Form.",
        "26 mois, puis uniquement sous forme de statistiques agrégées.",
        "26 meses; después, solo en forma de estadísticas agregadas.",
        "26 mesi, poi solo in forma di statistiche aggregate.",
    ],
];

// ---------------------------------------------------------------------------------------
// One catalogue.

/// Text in the catalogue's languages.
struct Lang<'r> {
    rng: &'r mut Rng,
    default: &'static str,
    others: &'r [&'static str],
    /// Chance that a field is translated into a further locale.
    rate: f64,
}

impl Lang<'_> {
    /// A text field whose wording in phrase-bank language `l` is `f(l)`.
    fn text(&mut self, f: &dyn Fn(usize) -> String) -> Val {
        let first = f(base(self.default).0);
        if self.rate == 0.0 {
            return Val::Plain(first);
        }
        let mut entries = vec![(self.default, first)];
        for &tag in self.others {
            let (l, variant) = base(tag);
            let p = if variant { self.rate * 0.2 } else { self.rate };
            if self.rng.chance(p) {
                let text = f(l);
                entries.push((tag, if variant { regional(tag, text) } else { text }));
            }
        }
        if entries.len() == 1 && self.rng.chance(0.5) {
            Val::Plain(entries.pop().expect("one entry").1)
        } else {
            Val::Map(entries)
        }
    }

    fn bank(&mut self, phrase: &L6) -> Val {
        let p = *phrase;
        self.text(&move |l| p[l].to_owned())
    }

    /// Paragraphs of bank sentences, sometimes with a list, bold lead-in or link.
    fn prose(&mut self, paragraphs: usize, markdown: bool) -> Val {
        let mut shape: Vec<Vec<usize>> = Vec::new();
        for _ in 0..paragraphs {
            let n = self.rng.range(1, 3);
            shape.push(self.rng.sample(SENTENCES.len(), n));
        }
        let list = (markdown && self.rng.chance(0.3)).then(|| {
            let n = self.rng.range(2, 4);
            self.rng.subset(LIST_ITEMS.len(), n)
        });
        let note = markdown && self.rng.chance(0.25);
        let link = (markdown && self.rng.chance(0.2)).then(|| self.rng.below(1000));
        self.text(&move |l| {
            let mut paras: Vec<String> = shape
                .iter()
                .map(|p| {
                    p.iter()
                        .map(|&i| SENTENCES[i][l])
                        .collect::<Vec<_>>()
                        .join(" ")
                })
                .collect();
            if note {
                paras[0] = format!("**{}:** {}", NOTE[l], paras[0]);
            }
            if let Some(items) = &list {
                let at = paras.len().min(1);
                paras.insert(
                    at,
                    items
                        .iter()
                        .map(|&i| format!("- {}", LIST_ITEMS[i][l]))
                        .collect::<Vec<_>>()
                        .join("\n"),
                );
            }
            if let Some(page) = link {
                let last = paras.len() - 1;
                paras[last].push_str(&format!(
                    " [{}](https://help.example/privacy/{page}).",
                    capitalise(MORE[l])
                ));
            }
            paras.join("\n\n")
        })
    }
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// Catalogue `index` (1-based) of a corpus seeded with `seed`, in `locales` locales.
pub fn seed_catalogue(ocd: &Ocd, seed: u64, index: usize, locales: usize) -> String {
    let mut rng = Rng::stream(seed, index as u64);
    let r = &mut rng;
    let tags = &LOCALES[..locales.clamp(1, LOCALES.len())];
    // Mostly English by default; some Dutch or German organisations.
    let language_only: Vec<&'static str> =
        tags.iter().copied().filter(|t| !t.contains('-')).collect();
    let default = if r.chance(0.75) {
        "en"
    } else {
        *r.pick(&language_only)
    };
    let others: Vec<&'static str> = tags.iter().copied().filter(|t| *t != default).collect();
    let rate = *r.pick(&[1.0, 1.0, 0.9, 0.75, 0.5, 0.25, 0.0]);
    let rate = if others.is_empty() { 0.0 } else { rate };

    let (country, tld, authority, authority_url, form, register, city, street) = *r.pick(COUNTRIES);
    let brand = format!("{}{}", r.pick(NAME_HEADS), r.pick(NAME_TAILS));
    let domain = format!("{}.{tld}", brand.to_ascii_lowercase());
    let id = format!("site-{index:04}");

    let mut out = String::with_capacity(32 * 1024);
    let _ = writeln!(
        out,
        "# Benchmark catalogue {index}, generated by `cargo run --example corpus` (seed {seed}).\n\
         # Fictitious organisation. Cookie names, descriptions and processors are drawn from the\n\
         # Open Cookie Database (https://github.com/jkwakman/Open-Cookie-Database), Apache-2.0.\n"
    );

    // [policy]
    let mut lang = Lang {
        rng: r,
        default,
        others: &others,
        rate,
    };
    out.push_str("[policy]\n");
    let _ = writeln!(out, "id = {}", q(&id));
    if lang.rng.chance(0.2) {
        let b = brand.clone();
        let name = lang.text(&move |l| match l {
            1 => format!("{b} webwinkel"),
            2 => format!("{b} Onlineshop"),
            3 => format!("Boutique {b}"),
            4 => format!("Tienda {b}"),
            5 => format!("Negozio {b}"),
            _ => format!("{b} web shop"),
        });
        field(&mut out, "name", &name, false);
    } else {
        let _ = writeln!(out, "name = {}", q(&brand));
    }
    let _ = writeln!(out, "default_locale = {}", q(default));
    if !others.is_empty() {
        let _ = writeln!(
            out,
            "locales = {}",
            list(&others.iter().map(|s| s.to_string()).collect::<Vec<_>>())
        );
    }
    if lang.rng.chance(0.5) {
        let _ = writeln!(
            out,
            "version = \"{}.{}\"",
            lang.rng.range(1, 9),
            lang.rng.range(0, 12)
        );
    }
    let (y, m, d) = (
        lang.rng.range(2018, 2025),
        lang.rng.range(1, 12),
        lang.rng.range(1, 28),
    );
    match lang.rng.below(6) {
        0 => {
            let _ = writeln!(out, "effective = \"{y}-{m:02}\"");
        }
        1 => {
            let _ = writeln!(out, "effective = {y}-{m:02}-{d:02}T09:00:00+01:00");
        }
        _ => {
            let _ = writeln!(out, "effective = {y}-{m:02}-{d:02}");
        }
    }
    let documents = if lang.rng.chance(0.5) {
        "[\"cookie-policy\", \"privacy-policy\"]"
    } else {
        "[\"privacy-policy\", \"cookie-policy\"]"
    };
    let _ = writeln!(out, "documents = {documents}\n");
    for s in 0..lang.rng.range(1, 2) {
        let host = if s == 0 {
            format!("www.{domain}")
        } else {
            format!("shop.{domain}")
        };
        let _ = writeln!(
            out,
            "[[policy.sites]]\nname = {}\nurl = {}\n",
            q(&host),
            q(&format!("https://{host}"))
        );
    }

    // [controller]
    let legal = format!("{brand} {form}");
    let _ = writeln!(out, "[controller]\nname = {}", q(&legal));
    let _ = writeln!(
        out,
        "address = {}",
        ml(&format!(
            "{street} {}\n{} {city}",
            lang.rng.range(1, 250),
            lang.rng.range(1000, 9999)
        ))
    );
    let _ = writeln!(out, "email = {}", q(&format!("privacy@{domain}")));
    if lang.rng.chance(0.7) {
        let _ = writeln!(
            out,
            "phone = \"+{} {} {:03} {:04}\"",
            match country {
                "NL" => 31,
                "DE" => 49,
                "FR" => 33,
                "ES" => 34,
                "IT" => 39,
                "BE" => 32,
                _ => 353,
            },
            lang.rng.range(10, 99),
            lang.rng.below(1000),
            lang.rng.below(10000)
        );
    }
    let _ = writeln!(out, "country = {}", q(country));
    let _ = writeln!(out, "website = {}", q(&format!("https://www.{domain}")));
    if lang.rng.chance(0.8) {
        let _ = writeln!(
            out,
            "registration = \"{register} {:08}\"",
            lang.rng.below(100_000_000)
        );
    }
    out.push('\n');

    // [dpo]
    if lang.rng.chance(0.7) {
        let (person, sex) = *lang.rng.pick(PEOPLE);
        let designated = lang.rng.chance(0.6);
        out.push_str("[dpo]\n");
        let _ = writeln!(out, "name = {}", q(person));
        if lang.rng.chance(0.5) {
            let h = lang.bank(&HONORIFICS[sex]);
            field(&mut out, "honorific", &h, false);
        }
        let role = lang.bank(&DPO_ROLE[usize::from(!designated)]);
        field(&mut out, "role", &role, false);
        let _ = writeln!(out, "email = {}", q(&format!("dpo@{domain}")));
        let _ = writeln!(out, "designated = {designated}\n");
    }

    let _ = writeln!(
        out,
        "[supervisory_authority]\nname = {}\ncountry = {}\nurl = {}\n",
        q(authority),
        q(country),
        q(authority_url)
    );

    // [consent]
    out.push_str("[consent]\n");
    let mechanism = if lang.rng.chance(0.85) {
        "opt-in-banner"
    } else {
        "browser-settings"
    };
    let _ = writeln!(out, "mechanism = {}", q(mechanism));
    if mechanism == "opt-in-banner" {
        let notice = lang.bank(&CONSENT_NOTICE);
        field(&mut out, "notice", &notice, false);
    }
    let withdrawal = lang.bank(&WITHDRAWAL);
    field(&mut out, "withdrawal_effect", &withdrawal, true);
    out.push('\n');

    // [rights]
    const RIGHTS: [&str; 10] = [
        "information",
        "access",
        "rectification",
        "erasure",
        "restriction",
        "portability",
        "objection",
        "automated-decisions",
        "withdraw-consent",
        "complaint",
    ];
    let granted: Vec<String> = if lang.rng.chance(0.6) {
        RIGHTS.iter().map(|s| s.to_string()).collect()
    } else {
        let k = lang.rng.range(5, 9);
        lang.rng
            .subset(RIGHTS.len(), k)
            .into_iter()
            .map(|i| RIGHTS[i].to_owned())
            .collect()
    };
    let _ = writeln!(out, "[rights]\ngranted = {}", list(&granted));
    let exercise = {
        let extra = lang.rng.sample(SENTENCES.len(), 2);
        lang.text(&move |l| {
            format!(
                "{} {} {}",
                EXERCISE[l], SENTENCES[5][l], SENTENCES[extra[0]][l]
            )
        })
    };
    field(&mut out, "exercise", &exercise, true);
    out.push('\n');

    // [privacy]
    out.push_str("[privacy]\n");
    if lang.rng.chance(0.3) {
        let _ = writeln!(
            out,
            "legal_bases = [\"consent\", \"contract\", \"legal-obligation\", \"legitimate-interests\"]"
        );
    }
    match lang.rng.below(10) {
        0 => {
            out.push_str("automated_decisions = true\n");
            let details = lang.bank(&AUTOMATED);
            field(&mut out, "automated_decisions_details", &details, true);
        }
        1..=6 => out.push_str("automated_decisions = false\n"),
        _ => {}
    }
    let retention = {
        let specific = *lang.rng.pick(DATA_RETENTION);
        let legal = lang.rng.chance(0.5);
        lang.text(&move |l| {
            let mut t = format!("{} {}", SENTENCES[7][l], specific[l]);
            if legal {
                t = format!("{t} {}", SENTENCES[8][l]);
            }
            t
        })
    };
    field(&mut out, "retention", &retention, true);
    out.push('\n');

    // [[purposes]]: the four cookie purposes, then a few others.
    let mut purpose_ids: Vec<&str> = Vec::new();
    let extra = {
        let k = lang.rng.range(1, 7);
        lang.rng.subset(PURPOSES.len() - 4, k)
    };
    for i in (0..4).chain(extra.into_iter().map(|i| i + 4)) {
        let (pid, basis, name, interest) = &PURPOSES[i];
        purpose_ids.push(pid);
        let _ = writeln!(out, "[[purposes]]\nid = {}", q(pid));
        let name = lang.bank(name);
        field(&mut out, "name", &name, false);
        if lang.rng.chance(0.4) {
            let desc = lang.prose(1, false);
            field(&mut out, "description", &desc, true);
        }
        // Some organisations state no basis for a purpose (never for the cookie purposes).
        if i < 4 || lang.rng.chance(0.85) {
            let _ = writeln!(out, "legal_basis = {}", q(basis));
            if let Some(interest) = interest {
                let li = lang.bank(interest);
                field(&mut out, "legitimate_interest", &li, false);
            }
        }
        out.push('\n');
    }

    // [[processors]] from the Open Cookie Database, and recipients without cookies.
    let mut processor_ids: Vec<String> = Vec::new();
    let n_platforms = lang.rng.range(2, 10);
    let platforms = lang.rng.subset(ocd.platforms.len(), n_platforms);
    let mut cookie_rows: Vec<(String, usize)> = Vec::new();
    for &p in &platforms {
        let platform = &ocd.platforms[p];
        let pid = slug(&platform.name);
        if processor_ids.contains(&pid) {
            continue;
        }
        let _ = writeln!(out, "[[processors]]\nid = {}", q(&pid));
        let _ = writeln!(out, "name = {}", q(&platform.controller));
        if platform.controller != platform.name {
            let _ = writeln!(out, "service = {}", q(&platform.name));
        }
        let _ = writeln!(
            out,
            "role = {}",
            q(if lang.rng.chance(0.7) {
                "processor"
            } else {
                "controller"
            })
        );
        let country = known_country(&platform.controller)
            .or_else(|| known_country(&platform.name))
            .unwrap_or_else(|| {
                *lang
                    .rng
                    .pick(&["US", "US", "IE", "NL", "DE", "GB", "FR", "IL"])
            });
        let _ = writeln!(out, "country = {}", q(country));
        if let Some(t) = transfer_for(country, lang.rng) {
            let _ = writeln!(out, "transfer = {}", q(t));
        }
        if let Some(url) = &platform.portal {
            let _ = writeln!(out, "privacy_url = {}", q(url));
        }
        let _ = writeln!(out, "own_purposes = {}", lang.rng.chance(0.3));
        if lang.rng.chance(0.4) {
            let desc = lang.prose(1, false);
            field(&mut out, "description", &desc, true);
        }
        out.push('\n');
        let k = lang.rng.range(1, 8);
        for i in lang.rng.subset(platform.rows.len(), k) {
            cookie_rows.push((pid.clone(), platform.rows[i]));
        }
        processor_ids.push(pid);
    }
    let n_recipients = lang.rng.range(1, 4);
    for i in lang.rng.subset(RECIPIENTS.len(), n_recipients) {
        let (rid, role, country, name, desc) = &RECIPIENTS[i];
        if processor_ids.iter().any(|p| p == rid) {
            continue;
        }
        let _ = writeln!(out, "[[processors]]\nid = {}", q(rid));
        let name = lang.bank(name);
        field(&mut out, "name", &name, false);
        let _ = writeln!(out, "role = {}", q(role));
        if let Some(c) = country {
            let _ = writeln!(out, "country = {}", q(c));
            if let Some(t) = transfer_for(c, lang.rng) {
                let _ = writeln!(out, "transfer = {}", q(t));
            }
        }
        let _ = writeln!(out, "own_purposes = {}", *role == "controller");
        let desc = lang.bank(desc);
        field(&mut out, "description", &desc, true);
        out.push('\n');
        processor_ids.push(rid.to_string());
    }

    // [[cookies]]: our own, then the processors'.
    let mut names: HashSet<String> = HashSet::new();
    let n_own = lang.rng.range(2, 6);
    for i in lang.rng.subset(OWN_COOKIES.len(), n_own) {
        let (name, example, category, duration, storage, desc) = &OWN_COOKIES[i];
        names.insert(name.to_string());
        let _ = writeln!(out, "[[cookies]]\nname = {}", q(name));
        if let Some(e) = example {
            let _ = writeln!(out, "example = {}", q(e));
        }
        let _ = writeln!(
            out,
            "provider = \"first-party\"\ncategory = {}",
            q(category)
        );
        let _ = writeln!(
            out,
            "purposes = {}",
            list(&[category_purpose(category).to_owned()])
        );
        let _ = writeln!(out, "duration = {}", q(duration));
        if let Some(s) = storage {
            let _ = writeln!(out, "storage = {}", q(s));
        }
        let desc = lang.bank(desc);
        field(&mut out, "description", &desc, true);
        out.push('\n');
    }
    for (pid, row) in cookie_rows {
        let row = &ocd.rows[row];
        let Some(name) = ocd_cookie_name(row) else {
            continue;
        };
        if !names.insert(name.clone()) {
            continue;
        }
        let category = ocd_category(row);
        let _ = writeln!(out, "[[cookies]]\nname = {}", q(&name));
        let _ = writeln!(out, "provider = {}\ncategory = {}", q(&pid), q(category));
        let mut purposes = vec![category_purpose(category).to_owned()];
        if category == "marketing" && purpose_ids.contains(&"social-media") && lang.rng.chance(0.3)
        {
            purposes.push("social-media".to_owned());
        }
        let _ = writeln!(out, "purposes = {}", list(&purposes));
        let duration = ocd_duration(&row.retention);
        let _ = writeln!(out, "duration = {}", q(&duration));
        if category != "necessary" && lang.rng.chance(0.15) {
            let _ = writeln!(out, "retention = \"{} months\"", lang.rng.range(6, 26));
        }
        if row.retention.eq_ignore_ascii_case("local storage") {
            out.push_str("storage = \"local-storage\"\n");
        }
        let generic = CATEGORY_TEXT
            .iter()
            .find(|(c, _)| *c == category)
            .map(|(_, t)| *t)
            .expect("every category has a text");
        let own = row.description.clone();
        let desc = lang.text(&move |l| {
            if l == 0 && !own.is_empty() {
                own.clone()
            } else {
                generic[l].to_owned()
            }
        });
        field(&mut out, "description", &desc, true);
        out.push('\n');
    }
    // A few unnamed entries, described by label.
    if lang.rng.chance(0.3) {
        out.push_str("[[cookies]]\n");
        let label = lang.text(&|l| format!("{} (local storage)", capitalise(LIST_ITEMS[6][l])));
        field(&mut out, "label", &label, false);
        out.push_str("provider = \"first-party\"\ncategory = \"preferences\"\npurposes = [\"preferences\"]\nduration = \"persistent\"\nstorage = \"local-storage\"\n\n");
    }

    // [[data]]
    let n_data = lang.rng.range(2, 6);
    for i in lang.rng.subset(DATA.len(), n_data) {
        let (did, name, examples, sources, sensitive) = &DATA[i];
        let _ = writeln!(out, "[[data]]\nid = {}", q(did));
        let name = lang.bank(name);
        field(&mut out, "name", &name, false);
        let ex: Vec<String> = examples
            .iter()
            .map(|&e| inline(&lang.bank(&LIST_ITEMS[e])))
            .collect();
        let _ = writeln!(out, "examples = [{}]", ex.join(", "));
        let _ = writeln!(
            out,
            "sources = {}",
            list(&sources.iter().map(|s| s.to_string()).collect::<Vec<_>>())
        );
        if sources.contains(&"data-subject") && lang.rng.chance(0.6) {
            let c = lang.bank(&COLLECTION);
            field(&mut out, "collection", &c, true);
        }
        let k = lang.rng.range(1, 3);
        let purposes: Vec<String> = lang
            .rng
            .subset(purpose_ids.len(), k)
            .into_iter()
            .map(|p| purpose_ids[p].to_owned())
            .collect();
        let _ = writeln!(out, "purposes = {}", list(&purposes));
        let at_least = usize::from(lang.rng.chance(0.9));
        let k = lang.rng.range(at_least, 3);
        let recipients: Vec<String> = lang
            .rng
            .subset(processor_ids.len(), k)
            .into_iter()
            .map(|p| processor_ids[p].clone())
            .collect();
        if !recipients.is_empty() {
            let _ = writeln!(out, "recipients = {}", list(&recipients));
        }
        if lang.rng.chance(0.7) {
            let phrase = lang.rng.pick(DATA_RETENTION);
            let ret = lang.bank(phrase);
            field(&mut out, "retention", &ret, true);
        }
        if *sensitive {
            out.push_str("sensitive = true\n");
        }
        out.push('\n');
    }

    // [[storage]]
    let n_storage = lang.rng.range(1, 3);
    for i in lang.rng.subset(STORAGE.len(), n_storage) {
        let (sid, name, country) = &STORAGE[i];
        let _ = writeln!(out, "[[storage]]\nid = {}", q(sid));
        let name = lang.bank(name);
        field(&mut out, "name", &name, false);
        if let Some(c) = country {
            let _ = writeln!(out, "country = {}", q(c));
        }
        out.push('\n');
    }

    // [[sections]]
    let n_sections = lang.rng.range(1, 6);
    for i in lang.rng.subset(SECTIONS.len(), n_sections) {
        let (sid, document, title) = &SECTIONS[i];
        let _ = writeln!(
            out,
            "[[sections]]\nid = {}\ndocument = {}",
            q(sid),
            q(document)
        );
        let title = lang.bank(title);
        field(&mut out, "title", &title, false);
        let paragraphs = lang.rng.range(1, 4);
        let body = lang.prose(paragraphs, true);
        field(&mut out, "body", &body, true);
        out.push('\n');
    }

    // [[links]]
    let n_links = lang.rng.range(0, 3);
    for i in lang.rng.subset(LINKS.len(), n_links) {
        let (title, url, publisher) = &LINKS[i];
        out.push_str("[[links]]\n");
        let title = lang.bank(title);
        field(&mut out, "title", &title, false);
        let _ = writeln!(out, "url = {}", q(url));
        if let Some(p) = publisher {
            let p = lang.bank(p);
            field(&mut out, "publisher", &p, false);
        }
        if lang.rng.chance(0.5) {
            let _ = writeln!(
                out,
                "document = {}",
                q(if i == 0 {
                    "privacy-policy"
                } else {
                    "cookie-policy"
                })
            );
        }
        out.push('\n');
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

fn category_purpose(category: &str) -> &'static str {
    CATEGORY_PURPOSE
        .iter()
        .find(|(c, _)| *c == category)
        .map(|(_, p)| *p)
        .expect("every category has a purpose")
}

/// What went into the large catalogue.
#[derive(Debug, Default)]
pub struct LargeStats {
    pub rows: usize,
    pub cookies: usize,
    pub processors: usize,
    pub invalid: usize,
    pub duplicates: usize,
}

/// Every usable cookie of the Open Cookie Database in one catalogue, in CSV order.
pub fn large_catalogue(ocd: &Ocd, locales: usize) -> (String, LargeStats) {
    let tags = &LOCALES[..locales.clamp(1, LOCALES.len())];
    let others: Vec<&'static str> = tags[1..].to_vec();
    let mut rng = Rng::new(0x0CD);
    let mut lang = Lang {
        rng: &mut rng,
        default: "en",
        others: &others,
        rate: 1.0,
    };
    let mut stats = LargeStats {
        rows: ocd.rows.len(),
        ..Default::default()
    };
    let mut out = String::with_capacity(1 << 20);
    out.push_str(
        "# Every usable cookie of the Open Cookie Database, as one catalogue, for benchmarks.\n\
         #\n\
         # Data: Open Cookie Database, https://github.com/jkwakman/Open-Cookie-Database\n\
         # (commit 0ee5a17), by jkwakman and contributors, licensed under the Apache License 2.0\n\
         # (https://www.apache.org/licenses/LICENSE-2.0). Converted by examples/corpus.rs:\n\
         # categories, retention periods and wildcard names mapped to disclose's syntax, names\n\
         # that a catalogue cannot hold skipped, repeated names kept once.\n\n",
    );
    out.push_str("[policy]\nid = \"open-cookie-database\"\nname = \"Open Cookie Database\"\ndefault_locale = \"en\"\n");
    if !others.is_empty() {
        let _ = writeln!(
            out,
            "locales = {}",
            list(&others.iter().map(|s| s.to_string()).collect::<Vec<_>>())
        );
    }
    out.push_str("effective = 2026-01-21\ndocuments = [\"cookie-policy\", \"privacy-policy\"]\n\n");
    out.push_str(
        "# The Open Cookie Database does not say where its platforms process data.\n\
         [lints]\nprocessor-country-missing = \"allow\"\n\n",
    );
    out.push_str("[controller]\nname = \"Example Publisher B.V.\"\nemail = \"privacy@publisher.example\"\ncountry = \"NL\"\nwebsite = \"https://publisher.example\"\n\n");
    out.push_str("[supervisory_authority]\nname = \"Autoriteit Persoonsgegevens\"\ncountry = \"NL\"\nurl = \"https://autoriteitpersoonsgegevens.nl\"\n\n");
    out.push_str("[consent]\nmechanism = \"opt-in-banner\"\n");
    let notice = lang.bank(&CONSENT_NOTICE);
    field(&mut out, "notice", &notice, false);
    out.push_str("\n[rights]\ngranted = [\"information\", \"access\", \"rectification\", \"erasure\", \"restriction\", \"portability\", \"objection\", \"withdraw-consent\", \"complaint\"]\n");
    let exercise = lang.bank(&EXERCISE);
    field(&mut out, "exercise", &exercise, true);
    out.push('\n');
    for i in 0..4 {
        let (pid, basis, name, interest) = &PURPOSES[i];
        let _ = writeln!(out, "[[purposes]]\nid = {}", q(pid));
        let name = lang.bank(name);
        field(&mut out, "name", &name, false);
        let _ = writeln!(out, "legal_basis = {}", q(basis));
        if let Some(interest) = interest {
            let li = lang.bank(interest);
            field(&mut out, "legitimate_interest", &li, false);
        }
        out.push('\n');
    }

    let mut names: HashSet<String> = HashSet::new();
    let mut cookies = String::with_capacity(1 << 20);
    let mut used: Vec<bool> = vec![false; ocd.platforms.len()];
    let platform_of: BTreeMap<&str, usize> = ocd
        .platforms
        .iter()
        .enumerate()
        .map(|(i, p)| (p.name.as_str(), i))
        .collect();
    let ids: Vec<String> = {
        let mut seen = HashSet::new();
        ocd.platforms
            .iter()
            .map(|p| {
                let mut id = slug(&p.name);
                let mut n = 2;
                while !seen.insert(id.clone()) {
                    id = format!("{}-{n}", slug(&p.name));
                    n += 1;
                }
                id
            })
            .collect()
    };
    for row in &ocd.rows {
        let Some(name) = ocd_cookie_name(row) else {
            stats.invalid += 1;
            continue;
        };
        let Some(&p) = platform_of.get(row.platform.as_str()) else {
            stats.invalid += 1;
            continue;
        };
        if !names.insert(name.clone()) {
            stats.duplicates += 1;
            continue;
        }
        used[p] = true;
        stats.cookies += 1;
        let category = ocd_category(row);
        let _ = writeln!(cookies, "[[cookies]]\nname = {}", q(&name));
        let _ = writeln!(
            cookies,
            "provider = {}\ncategory = {}",
            q(&ids[p]),
            q(category)
        );
        let _ = writeln!(cookies, "purposes = [{}]", q(category_purpose(category)));
        let _ = writeln!(cookies, "duration = {}", q(&ocd_duration(&row.retention)));
        if row.retention.eq_ignore_ascii_case("local storage") {
            cookies.push_str("storage = \"local-storage\"\n");
        }
        if !row.description.is_empty() {
            let _ = writeln!(cookies, "description = {}", q(&row.description));
        }
        cookies.push('\n');
    }
    for (p, platform) in ocd.platforms.iter().enumerate() {
        if !used[p] {
            continue;
        }
        stats.processors += 1;
        let _ = writeln!(
            out,
            "[[processors]]\nid = {}\nname = {}",
            q(&ids[p]),
            q(&platform.controller)
        );
        if platform.controller != platform.name {
            let _ = writeln!(out, "service = {}", q(&platform.name));
        }
        if let Some(country) =
            known_country(&platform.controller).or_else(|| known_country(&platform.name))
        {
            let _ = writeln!(out, "country = {}", q(country));
            if let Some(t) = transfer_for(country, lang.rng) {
                let _ = writeln!(out, "transfer = {}", q(t));
            }
        }
        if let Some(url) = &platform.portal {
            let _ = writeln!(out, "privacy_url = {}", q(url));
        }
        out.push('\n');
    }
    out.push_str(&cookies);
    out.push_str("[[data]]\nid = \"usage\"\n");
    let name = lang.bank(&DATA[2].1);
    field(&mut out, "name", &name, false);
    out.push_str("sources = [\"cookies\"]\npurposes = [\"analytics\", \"advertising\"]\n");
    let recipients: Vec<String> = (0..ocd.platforms.len())
        .filter(|&p| used[p])
        .take(20)
        .map(|p| ids[p].clone())
        .collect();
    let _ = writeln!(out, "recipients = {}", list(&recipients));
    while out.ends_with("\n\n") {
        out.pop();
    }
    (out, stats)
}
