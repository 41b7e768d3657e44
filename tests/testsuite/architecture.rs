//! The shape of the code, checked: data flows one way, and files stay small.
//!
//! Two modules that import each other cannot be read one after the other, and a
//! cycle is where a pipeline starts climbing back (DESIGN.md: "data only flows
//! forward"). A module's dependency on another is taken at the level where the two
//! part: `crate::render::exports::klaro` using `crate::render::manifest` is an edge
//! `exports → manifest` among the children of `render`, and `crate::cache` using
//! `crate::build::Options` an edge `cache → build` among the children of the crate.
//! A parent and its own child may refer to each other (a parent declares its children
//! and re-exports them). Unit tests inside a file (`#[cfg(test)]` to the end) are not
//! read: they may reach anywhere.

use crate::harness::repo_root;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Files in src/ longer than this are split by job (STYLE.md: anchors' files are
/// mostly 100–700 lines; ours aim at about 600).
const MAX_LINES: usize = 600;

/// Every `.rs` file under `dir`, with the module path it defines (`["render", "exports"]`).
fn modules(dir: &Path, prefix: &[String], out: &mut Vec<(Vec<String>, String)>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for path in entries {
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        if path.is_dir() {
            let mut inner = prefix.to_vec();
            inner.push(name);
            modules(&path, &inner, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let mut module = prefix.to_vec();
            if !matches!(name.as_str(), "mod" | "lib" | "main") {
                module.push(name);
            }
            out.push((module, std::fs::read_to_string(&path).unwrap()));
        }
    }
}

/// The source without comments and without the unit tests at its end.
fn code_of(source: &str) -> String {
    let mut code = String::new();
    for line in source.lines() {
        let trimmed = line.trim_start();
        if trimmed.starts_with("#[cfg(test)]") {
            break;
        }
        if trimmed.starts_with("//") {
            continue;
        }
        code.push_str(line);
        code.push('\n');
    }
    code
}

/// The module paths `code` (in `module`) names after each `crate::` or `super::`, with
/// `use` trees expanded: `crate::{a::B, c}` gives `["a", "B"]` and `["c"]`.
fn crate_paths(module: &[String], code: &str) -> Vec<Vec<String>> {
    let mut paths = Vec::new();
    let mut rest = code;
    while let Some(at) = rest
        .find("crate::")
        .into_iter()
        .chain(rest.find("super::"))
        .min()
    {
        let before = rest[..at].chars().next_back();
        let is_super = rest[at..].starts_with("super::");
        rest = &rest[at + 7..];
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '$' || c == ':') {
            continue; // `$crate::`, `super::super::` (handled below), or part of a name
        }
        let mut base = Vec::new();
        if is_super {
            base = module[..module.len().saturating_sub(1)].to_vec();
            while rest.starts_with("super::") {
                base.pop();
                rest = &rest[7..];
            }
        }
        tree(rest, base, &mut paths);
    }
    paths
}

/// Parse one use tree at the start of `text` below `prefix`; returns what it consumed.
fn tree(text: &str, prefix: Vec<String>, paths: &mut Vec<Vec<String>>) -> usize {
    let mut path = prefix;
    let mut i = 0;
    let bytes = text.as_bytes();
    loop {
        while i < bytes.len() && bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        if i < bytes.len() && bytes[i] == b'{' {
            i += 1;
            loop {
                i += tree(&text[i..], path.clone(), paths);
                while i < bytes.len() && (bytes[i].is_ascii_whitespace() || bytes[i] == b',') {
                    i += 1;
                }
                if i >= bytes.len() || bytes[i] == b'}' {
                    return i + 1;
                }
            }
        }
        let start = i;
        while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_') {
            i += 1;
        }
        if start == i {
            break;
        }
        path.push(text[start..i].to_owned());
        if text[i..].starts_with("::") {
            i += 2;
        } else {
            break;
        }
    }
    paths.push(path);
    i
}

/// The edge a reference from `from` to `to` makes, at the level where they part.
fn edge(from: &[String], to: &[String]) -> Option<(Vec<String>, String, String)> {
    let common = from.iter().zip(to).take_while(|(a, b)| a == b).count();
    if common == from.len() || common == to.len() {
        return None; // one is the other or its ancestor
    }
    Some((
        from[..common].to_vec(),
        from[common].clone(),
        to[common].clone(),
    ))
}

/// Every cycle among siblings, as `parent: a → b → … → a`.
fn cycles(edges: &BTreeSet<(Vec<String>, String, String)>) -> Vec<String> {
    let mut graphs: BTreeMap<&Vec<String>, BTreeMap<&str, BTreeSet<&str>>> = BTreeMap::new();
    for (parent, a, b) in edges {
        graphs
            .entry(parent)
            .or_default()
            .entry(a)
            .or_default()
            .insert(b);
    }
    let mut found = Vec::new();
    for (parent, graph) in &graphs {
        for &start in graph.keys() {
            // Depth-first search for a path back to `start` through larger names only,
            // so each cycle is reported once, from its smallest member.
            let mut stack = vec![(start, vec![start])];
            let mut seen = BTreeSet::new();
            while let Some((node, path)) = stack.pop() {
                for &next in graph.get(node).into_iter().flatten() {
                    if next == start {
                        let mut shown = path.clone();
                        shown.push(start);
                        found.push(format!(
                            "crate::{}: {}",
                            parent.join("::"),
                            shown.join(" → ")
                        ));
                    } else if next > start && seen.insert(next) {
                        let mut longer = path.clone();
                        longer.push(next);
                        stack.push((next, longer));
                    }
                }
            }
        }
    }
    found
}

fn source_modules() -> Vec<(Vec<String>, String)> {
    let mut all = Vec::new();
    modules(&repo_root().join("src"), &[], &mut all);
    all
}

/// Edges from each module's references to the longest module path they name.
fn import_edges(all: &[(Vec<String>, String)]) -> BTreeSet<(Vec<String>, String, String)> {
    let known: BTreeSet<&Vec<String>> = all.iter().map(|(m, _)| m).collect();
    let mut edges = BTreeSet::new();
    for (module, source) in all {
        for path in crate_paths(module, &code_of(source)) {
            let target = (0..=path.len())
                .rev()
                .map(|n| path[..n].to_vec())
                .find(|prefix| known.contains(prefix))
                .unwrap_or_default();
            edges.extend(edge(module, &target));
        }
    }
    edges
}

#[test]
fn no_module_imports_one_that_imports_it() {
    let found = cycles(&import_edges(&source_modules()));
    assert!(
        found.is_empty(),
        "import cycles in src/:\n{}",
        found.join("\n")
    );
}

/// Files known to be over the limit, waiting for their split. The test fails when one
/// of them is split (take it off the list) as it fails for any other long file.
const WAITING_FOR_A_SPLIT: &[&str] = &[];

#[test]
fn no_file_in_src_is_over_the_limit() {
    let mut problems = Vec::new();
    for (module, source) in source_modules() {
        let name = module.join("::");
        let lines = source.lines().count();
        let waiting = WAITING_FOR_A_SPLIT.contains(&name.as_str());
        if lines > MAX_LINES && !waiting {
            problems.push(format!("crate::{name} has {lines} lines: split it by job"));
        } else if lines <= MAX_LINES && waiting {
            problems.push(format!(
                "crate::{name} has {lines} lines: take it off WAITING_FOR_A_SPLIT"
            ));
        }
    }
    assert!(
        problems.is_empty(),
        "over {MAX_LINES} lines:\n{}",
        problems.join("\n")
    );
}

/// The checker itself finds a cycle, at the right level, through a use tree.
#[test]
fn the_cycle_checker_sees_cycles_through_use_trees() {
    let all = vec![
        (
            vec!["build".to_owned()],
            "use crate::{cache::Entry, render};".to_owned(),
        ),
        (
            vec!["cache".to_owned()],
            "fn f() { crate::build::options(); }".to_owned(),
        ),
        (vec!["render".to_owned()], String::new()),
        (
            vec!["render".to_owned(), "a".to_owned()],
            "use super::b::X;\n// crate::build::Y is only a comment\n".to_owned(),
        ),
        (
            vec!["render".to_owned(), "b".to_owned()],
            "use crate::render::{a, c};".to_owned(),
        ),
    ];
    assert_eq!(
        cycles(&import_edges(&all)),
        ["crate::: build → cache → build", "crate::render: a → b → a"]
    );
}
