//! Pages people read: table of contents, fragments, Markdown for static-site
//! generators, format selection, and templates users own (Tera and Handlebars).

use crate::harness::{disclose, fixture, project_with, read, repo_root, tree};
use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use std::path::Path;

fn valid_project() -> tempfile::TempDir {
    project_with(&[("shop.toml", &read(fixture("valid").join("catalogue.toml")))])
}

/// Undo the five entities the templates write.
fn unescape(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

fn strip_tags(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    unescape(out.trim())
}

/// `(level, id, text)` of every `<hN id="…">` in order.
fn html_headings(html: &str) -> Vec<(u8, String, String)> {
    let mut found = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find("<h") {
        let after = &rest[start + 2..];
        let Some(level) = after.chars().next().and_then(|c| c.to_digit(10)) else {
            rest = after;
            continue;
        };
        let open_end = after.find('>').unwrap();
        let open = &after[..open_end];
        let id = open
            .split("id=\"")
            .nth(1)
            .map(|s| s[..s.find('"').unwrap()].to_owned())
            .unwrap_or_default();
        let close = format!("</h{level}>");
        let body_end = after.find(&close).unwrap();
        found.push((level as u8, id, strip_tags(&after[open_end + 1..body_end])));
        rest = &after[body_end..];
    }
    found
}

/// `(href, text)` of the table of contents' links.
fn toc_links(html: &str) -> Vec<(String, String)> {
    let Some(start) = html.find("<nav class=\"disclose-toc\"") else {
        return Vec::new();
    };
    let nav = &html[start..start + html[start..].find("</nav>").unwrap()];
    nav.split("<a href=\"")
        .skip(1)
        .map(|s| {
            let href = s[..s.find('"').unwrap()].to_owned();
            let text = &s[s.find('>').unwrap() + 1..s.find("</a>").unwrap()];
            (href, unescape(text))
        })
        .collect()
}

fn pages_with_extension(dir: &Path, suffix: &str) -> Vec<(String, String)> {
    tree(dir)
        .into_iter()
        .filter(|(p, _)| p.to_string_lossy().ends_with(suffix))
        .map(|(p, bytes)| {
            (
                p.display().to_string(),
                String::from_utf8(bytes).expect("UTF-8"),
            )
        })
        .collect()
}

#[test]
fn the_table_of_contents_lists_exactly_the_top_level_headings() {
    let mut checked = 0;
    for (path, html) in pages_with_extension(&repo_root().join("out"), ".html") {
        if path.ends_with("index.html") {
            continue;
        }
        let h2: Vec<(String, String)> = html_headings(&html)
            .into_iter()
            .filter(|(level, id, _)| *level == 2 && id != "contents")
            .map(|(_, id, text)| (format!("#{id}"), text))
            .collect();
        assert!(!h2.is_empty(), "{path}: no headings");
        assert_eq!(toc_links(&html), h2, "{path}");
        checked += 1;
    }
    assert!(checked >= 16, "only {checked} pages checked");
}

#[test]
fn every_heading_has_an_anchor_and_the_page_one_h1() {
    for (path, html) in pages_with_extension(&repo_root().join("out"), ".html") {
        let headings = html_headings(&html);
        assert_eq!(
            headings.iter().filter(|(level, ..)| *level == 1).count(),
            1,
            "{path}"
        );
        for (level, id, text) in &headings {
            assert!(!id.is_empty(), "{path}: <h{level}> {text} has no id");
        }
        // Ordered headings: never skip a level going down.
        let mut previous = 1;
        for (level, _, text) in &headings {
            assert!(
                *level <= previous + 1,
                "{path}: <h{level}> {text} after <h{previous}>"
            );
            previous = *level;
        }
    }
}

/// Headings and table count of a Markdown page, parsed back with pulldown-cmark.
fn markdown_structure(markdown: &str) -> (Vec<(u8, String)>, usize) {
    let body = markdown
        .strip_prefix("---\n")
        .and_then(|rest| rest.split_once("\n---\n").map(|(_, body)| body))
        .unwrap_or(markdown);
    let mut headings = Vec::new();
    let mut tables = 0;
    let mut current: Option<(u8, String)> = None;
    for event in Parser::new_ext(body, Options::ENABLE_TABLES) {
        match event {
            Event::Start(Tag::Heading { level, .. }) => {
                let level = match level {
                    HeadingLevel::H1 => 1,
                    HeadingLevel::H2 => 2,
                    HeadingLevel::H3 => 3,
                    HeadingLevel::H4 => 4,
                    HeadingLevel::H5 => 5,
                    HeadingLevel::H6 => 6,
                };
                current = Some((level, String::new()));
            }
            Event::Text(text) | Event::Code(text) => {
                if let Some((_, heading)) = current.as_mut() {
                    heading.push_str(&text);
                }
            }
            Event::End(TagEnd::Heading(_)) => headings.extend(current.take()),
            Event::Start(Tag::Table(_)) => tables += 1,
            _ => {}
        }
    }
    (headings, tables)
}

#[test]
fn markdown_parses_back_to_the_structure_of_the_html_page() {
    let out = repo_root().join("out");
    let mut checked = 0;
    for (path, markdown) in pages_with_extension(&out, ".md") {
        let html = read(out.join(path.replace(".md", ".html")));
        let (md_headings, md_tables) = markdown_structure(&markdown);
        let html_headings: Vec<(u8, String)> = html_headings(&html)
            .into_iter()
            .filter(|(_, id, _)| id != "contents")
            .map(|(level, _, text)| (level, text))
            .collect();
        assert_eq!(md_headings, html_headings, "{path}");
        assert_eq!(md_tables, html.matches("<table").count(), "{path}: tables");
        checked += 1;
    }
    assert!(checked >= 8, "only {checked} Markdown pages checked");
}

#[test]
fn front_matter_follows_the_chosen_generator() {
    let project = valid_project();
    let page = |style: &str| {
        let out = format!("out-{style}");
        let run = disclose(
            project.path(),
            &[
                "build",
                "--format",
                "markdown",
                "--front-matter",
                style,
                "--out",
                &out,
            ],
        );
        assert_eq!(run.code, 0, "{}", run.stderr);
        read(project.path().join(out).join("shop/nl/privacy-policy.md"))
    };

    let zola = page("zola");
    let toml_text = zola
        .strip_prefix("+++\n")
        .and_then(|s| s.split_once("+++\n"))
        .expect("TOML between +++ lines")
        .0;
    let front: toml::Table = toml::from_str(toml_text).expect("valid TOML");
    assert_eq!(front["title"].as_str(), Some("Privacyverklaring"));
    assert_eq!(front["slug"].as_str(), Some("privacy-policy"));
    assert_eq!(
        front["date"].as_datetime().unwrap().to_string(),
        "2024-05-01"
    );
    assert_eq!(front["extra"]["lang"].as_str(), Some("nl"));
    assert_eq!(
        front["extra"]["translation_key"].as_str(),
        Some("shop-privacy-policy")
    );

    for (style, key) in [("hugo", "translationKey"), ("jekyll", "ref")] {
        let text = page(style);
        let yaml = text
            .strip_prefix("---\n")
            .and_then(|s| s.split_once("\n---\n"))
            .expect("YAML between --- lines")
            .0;
        // Every value is a JSON string, which is also valid YAML.
        let fields: Vec<(&str, String)> = yaml
            .lines()
            .map(|line| {
                let (key, value) = line.split_once(": ").expect("key: value");
                (key, serde_json::from_str::<String>(value).expect("quoted"))
            })
            .collect();
        assert!(
            fields.contains(&("title", "Privacyverklaring".into())),
            "{style}: {yaml}"
        );
        assert!(fields.contains(&("lang", "nl".into())), "{style}: {yaml}");
        assert!(
            fields.contains(&(key, "shop-privacy-policy".into())),
            "{style}: {yaml}"
        );
        assert!(
            fields.contains(&("date", "2024-05-01".into())),
            "{style}: {yaml}"
        );
    }

    assert!(page("none").starts_with("# Privacyverklaring\n"));
}

#[test]
fn only_the_chosen_formats_are_written() {
    let project = valid_project();
    let run = disclose(project.path(), &["build", "--format", "fragment,markdown"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let pages: Vec<String> = tree(&project.path().join("out/shop/en"))
        .into_iter()
        .map(|(p, _)| p.display().to_string())
        .collect();
    assert_eq!(
        pages,
        [
            "cookie-policy.fragment.html",
            "cookie-policy.md",
            "privacy-policy.fragment.html",
            "privacy-policy.md"
        ]
    );
    let manifest: serde_json::Value =
        serde_json::from_str(&read(project.path().join("out/shop/manifest.json"))).unwrap();
    let files = manifest["documents"][0]["files"].as_object().unwrap();
    assert_eq!(
        files.keys().collect::<Vec<_>>(),
        ["fragment", "markdown"],
        "the manifest lists what was built"
    );
    let index = read(project.path().join("out/index.html"));
    assert!(index.contains("href=\"shop/nl/privacy-policy.fragment.html\""));
    assert!(!index.contains("privacy-policy.html\""));

    let bad = disclose(project.path(), &["build", "--format", "html,docx"]);
    assert_eq!(bad.code, 2, "{}", bad.stderr);
    assert!(
        bad.stderr.contains("unknown format `docx`"),
        "{}",
        bad.stderr
    );
}

#[test]
fn an_ejected_tera_template_changes_the_output_as_edited() {
    let project = valid_project();
    let run = disclose(
        project.path(),
        &["templates", "eject", "cookie-policy.html.tera"],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let path = project.path().join("templates/cookie-policy.html.tera");
    let builtin = read(repo_root().join("templates/cookie-policy.html.tera"));
    assert_eq!(read(&path), builtin, "ejected verbatim");
    let list_line = |project: &std::path::Path| {
        let list = disclose(project, &["templates", "list"]);
        list.stdout
            .lines()
            .find(|l| l.starts_with("cookie-policy.html.tera"))
            .unwrap_or_else(|| panic!("{}", list.stdout))
            .to_owned()
    };
    let unedited = list_line(project.path());
    assert!(
        unedited.contains("replaced by") && unedited.contains("(same as the built-in)"),
        "{unedited}"
    );

    // Ejecting again would overwrite the edits: refused without --force.
    let again = disclose(
        project.path(),
        &["templates", "eject", "cookie-policy.html"],
    );
    assert_eq!(again.code, 2);
    assert!(again.stderr.contains("not overwriting"), "{}", again.stderr);

    let edited = builtin.replace(
        "<h2 id=\"cookies\">{{ t.cookies_heading }}</h2>",
        "<h2 id=\"cookies\">{{ t.cookies_heading }}</h2>\n<p class=\"house-note\">Reviewed by {{ controller.name }}.</p>",
    );
    assert_ne!(edited, builtin);
    std::fs::write(&path, edited).unwrap();
    let run = disclose(project.path(), &["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let page = read(project.path().join("out/shop/nl/cookie-policy.html"));
    assert!(page.contains("<p class=\"house-note\">Reviewed by Example Shop B.V..</p>"));
    let fragment = read(
        project
            .path()
            .join("out/shop/en/cookie-policy.fragment.html"),
    );
    assert!(
        fragment.contains("house-note"),
        "fragments use the same template"
    );
    let privacy = read(project.path().join("out/shop/en/privacy-policy.html"));
    assert!(
        !privacy.contains("house-note"),
        "other templates stay built-in"
    );

    let edited = list_line(project.path());
    assert!(
        edited.contains("replaced by") && !edited.contains("same as"),
        "{edited}"
    );
}

const HANDLEBARS_PAGE: &str = r#"{{#unless fragment}}<!DOCTYPE html>
<html lang="{{lang}}"><head><meta charset="utf-8"><title>{{title}}</title><style>{{{stylesheet}}}</style></head><body><main>{{/unless}}
<article class="disclose">
<h1>{{title}}: {{policy_name}}</h1>
{{#each cookie_categories}}<h2 id="category-{{key}}">{{name}}</h2>
<ul>{{#each cookies}}<li><code>{{name}}</code>: {{duration}}</li>
{{/each}}</ul>
{{/each}}{{> contact.html}}
</article>
{{#unless fragment}}</main></body></html>{{/unless}}
"#;

#[test]
fn a_handlebars_template_replaces_the_built_in_page() {
    let project = valid_project();
    let templates = project.path().join("templates");
    std::fs::create_dir_all(&templates).unwrap();
    std::fs::write(templates.join("cookie-policy.html.hbs"), HANDLEBARS_PAGE).unwrap();
    std::fs::write(
        templates.join("contact.html.hbs"),
        "<p class=\"who\">{{controller.name}} &lt;{{controller.email}}&gt;</p>\n",
    )
    .unwrap();
    let run = disclose(project.path(), &["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let page = read(project.path().join("out/shop/nl/cookie-policy.html"));
    assert!(
        page.contains("<h1>Cookieverklaring: Voorbeeldwinkel</h1>"),
        "{page}"
    );
    assert!(
        page.contains("<li><code>_pk_id.&lt;site&gt;</code>: 13 maanden</li>"),
        "escaped like Tera output: {page}"
    );
    assert!(
        page.contains("<p class=\"who\">Example Shop B.V."),
        "{page}"
    );
    // The built-in Tera privacy policy keeps its own contact partial.
    let privacy = read(project.path().join("out/shop/nl/privacy-policy.html"));
    assert!(!privacy.contains("class=\"who\""));
    assert!(privacy.contains("<article class=\"disclose disclose-privacy-policy\""));

    // Both engines for one slot is ambiguous.
    std::fs::write(templates.join("cookie-policy.html.tera"), "x").unwrap();
    let both = disclose(project.path(), &["build"]);
    assert_eq!(both.code, 1);
    assert!(
        both.stderr
            .contains("both fill the template `cookie-policy.html`"),
        "{}",
        both.stderr
    );
}

#[test]
fn a_broken_template_names_file_line_and_variable() {
    let project = valid_project();
    let templates = project.path().join("templates");
    std::fs::create_dir_all(&templates).unwrap();

    std::fs::write(
        templates.join("cookie-policy.md.hbs"),
        "# {{title}}\n\n{{controller.nmae}}\n",
    )
    .unwrap();
    let run = disclose(project.path(), &["build"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("cookie-policy.md.hbs:3:1")
            && run
                .stderr
                .contains("the variable `controller.nmae` does not exist"),
        "{}",
        run.stderr
    );
    assert!(!project.path().join("out").exists(), "nothing written");
    std::fs::remove_file(templates.join("cookie-policy.md.hbs")).unwrap();

    let mut tera = read(repo_root().join("templates/privacy-policy.html.tera"));
    tera = tera.replacen(
        "{{ t.privacy_intro }}",
        "{{ t.privacy_intro }}\n\n{{ controler.name }}",
        1,
    );
    std::fs::write(templates.join("privacy-policy.html.tera"), tera).unwrap();
    let run = disclose(project.path(), &["build"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("templates/privacy-policy.html.tera")
            && run.stderr.contains("Variable `controler` is not defined")
            && run.stderr.contains("privacy-policy.html.tera:5:4"),
        "{}",
        run.stderr
    );
}

#[test]
fn eject_names_unknown_templates_and_writes_nothing() {
    let project = valid_project();
    let run = disclose(
        project.path(),
        &["templates", "eject", "style.css", "cookie-polcy.html.tera"],
    );
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .contains("no built-in template `cookie-polcy.html.tera`")
            && run
                .stderr
                .contains("did you mean `cookie-policy.html.tera`"),
        "{}",
        run.stderr
    );
    assert!(!project.path().join("templates").exists());

    let all = disclose(project.path(), &["templates", "eject"]);
    assert_eq!(all.code, 0, "{}", all.stderr);
    let written = tree(&project.path().join("templates"));
    assert_eq!(
        written.len(),
        disclose::render::BUILTIN_TEMPLATES.len(),
        "every built-in"
    );
    // Ejected templates build the same pages as the built-ins.
    // (No cache: its key covers the project's templates, so it would differ.)
    assert_eq!(
        disclose(project.path(), &["build", "--no-cache", "--out", "a"]).code,
        0
    );
    std::fs::remove_dir_all(project.path().join("templates")).unwrap();
    assert_eq!(
        disclose(project.path(), &["build", "--no-cache", "--out", "b"]).code,
        0
    );
    assert_eq!(
        tree(&project.path().join("a")),
        tree(&project.path().join("b"))
    );
}

/// Every key path of a page context: `cookie_categories[].cookies[].name`.
fn key_paths(
    value: &serde_json::Value,
    prefix: &str,
    out: &mut std::collections::BTreeSet<String>,
) {
    match value {
        serde_json::Value::Object(map) => {
            for (key, inner) in map {
                let path = if prefix.is_empty() {
                    key.clone()
                } else {
                    format!("{prefix}.{key}")
                };
                out.insert(path.clone());
                // Messages are documented as a family, not one by one.
                if path != "t" {
                    key_paths(inner, &path, out);
                }
            }
        }
        serde_json::Value::Array(items) => {
            for item in items {
                key_paths(item, &format!("{prefix}[]"), out);
            }
        }
        _ => {}
    }
}

#[test]
fn docs_templates_lists_every_variable_of_the_page_context() {
    use disclose::i18n::{Localizer, Messages};
    use disclose::render::{Format, PageContext};
    let loaded = disclose::project::load_all(&[repo_root().join("policies/example-shop.toml")]);
    assert!(!loaded.has_errors());
    let policy = &loaded.policies[0];
    let messages = Messages::with_project_dir(&repo_root().join("no-such-dir")).unwrap();
    let localizer = Localizer::new(
        &messages,
        messages.chain(&policy.default_locale, &policy.default_locale),
    );
    let view = disclose::view::localize(policy, &localizer);
    let mut paths = std::collections::BTreeSet::new();
    for document in ["cookie-policy", "privacy-policy"] {
        let ctx = PageContext::new(&view, document, Format::Html);
        key_paths(&serde_json::to_value(&ctx).unwrap(), "", &mut paths);
    }
    let docs = read(repo_root().join("docs/templates.md"));
    // The doc describes repeated shapes once: a cookie under its category is a cookie,
    // a cookie-setting recipient or a transfer is a recipient, and rich text always has
    // `.html`, `.md`, `.cell` and `.typst`; the placed sections are sections.
    let documented_as = |path: &str| -> Option<String> {
        if [".html", ".md", ".cell", ".typst"]
            .iter()
            .any(|side| path.ends_with(side))
        {
            return None;
        }
        if let Some(placed) = path.strip_prefix("placed.") {
            return Some(match placed.split_once("[]") {
                Some((_, rest)) => format!("sections[]{rest}"),
                None => "placed".to_owned(),
            });
        }
        Some(
            path.replace("cookie_categories[].cookies[]", "cookies[]")
                .replace("cookie_processors[]", "processors[]")
                .replace("cookie_purposes[]", "purposes[]")
                .replace("transfers[]", "processors[]"),
        )
    };
    let missing: Vec<String> = paths
        .iter()
        .filter_map(|p| documented_as(p))
        .filter(|p| !docs.contains(&format!("`{p}`")))
        .collect();
    assert!(
        missing.is_empty(),
        "docs/templates.md does not list: {missing:#?}"
    );
    assert!(paths.len() > 100, "a real context: {}", paths.len());
}
