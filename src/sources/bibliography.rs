//! A Markdown article's bibliography, as Pandoc, Quarto and R Markdown
//! read it: the front matter names bibliography files (`bibliography:
//! refs.bib`, or a list of them) or lists references inline
//! (`references:` with an `id:` each), and the text cites their keys in
//! brackets (`[@doe99]`, `[see @doe99, p. 4; -@smith04]`, read by
//! [`crate::read::citations::pandoc_markers`]). Each key is a declared
//! source with its title. A Quarto document (`.qmd`, or a `.md` or `.Rmd`
//! file that cites a key) whose front matter names none takes its
//! project's (`bibliography:` in the nearest `_quarto.yml` above it).
//! Only a document with a bibliography has its `[@…]` read as citations:
//! elsewhere `[@alice]` is a handle.
//!
//! Files are BibTeX/BibLaTeX (`.bib`: each `@type{key,` entry and its
//! `title`), CSL JSON (`.json`: `id` and `title` of each item) or CSL YAML
//! (`.yaml`, `.yml`: `id:` and `title:` lines, as in the front matter).
//! The front matter is read line by line for these two keys, not by a
//! YAML parser: flow lists (`[a.bib, b.bib]`), block lists and quoted
//! values are understood; anchors and the like are not.

use std::path::{Path, PathBuf};

use crate::read::load::{load_file, DisplayPath};
use crate::sources::declared::DeclaredSource;

/// What an article's front matter declares.
#[derive(Debug, Default, PartialEq)]
pub struct Bibliography {
    /// Every key with its title, in the order found.
    pub entries: Vec<DeclaredSource>,
    /// Bibliography files that could not be read, or held no entry.
    pub warnings: Vec<String>,
    /// Keys the front matter's `nocite:` lists (`@doe99, @smith04`; `*`
    /// for `@*`, every key). Pandoc's reference list shows these and the
    /// cited keys, no others.
    pub nocite: Vec<String>,
}

impl Bibliography {
    /// Whether the rendered reference list shows `key` although the text
    /// does not cite it.
    pub fn listed_uncited(&self, key: &str) -> bool {
        self.nocite.iter().any(|k| k == "*" || k == key)
    }
}

/// The bibliography of the Markdown article at `path` whose text is
/// `text`, if its front matter names one (files are read relative to the
/// article's folder; at most `max_size` bytes each).
pub fn read(path: &Path, text: &str, max_size: u64) -> Option<Bibliography> {
    let front = crate::read::structure::front_matter(text).unwrap_or("");
    let folder = path.parent().unwrap_or(Path::new(""));
    let mut files: Vec<(String, PathBuf)> = setting_values(front, "bibliography")
        .into_iter()
        .map(|f| (f.clone(), folder.join(f)))
        .collect();
    let inline = front.lines().any(|l| l.trim_end() == "references:");
    // Quarto renders a project's `.md` and `.Rmd` files as it does its
    // `.qmd` ones; those are looked up only when they may cite a key (an
    // `@` after a bracket or a space), so a folder of plain Markdown costs
    // no walk up the tree.
    let extension = path
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase());
    let quarto = match extension.as_deref() {
        Some("qmd") => true,
        Some("md" | "markdown" | "rmd") => text.contains("[@") || text.contains(" @"),
        _ => false,
    };
    if files.is_empty() && !inline && quarto {
        files = project_bibliography(folder);
    }
    if files.is_empty() && !inline {
        return None;
    }
    let mut bibliography = Bibliography {
        entries: csl_yaml_entries(&block_of(front, "references")),
        warnings: Vec::new(),
        nocite: nocite_keys(front),
    };
    for (file, file_path) in files {
        let shown = DisplayPath::new(path);
        let entries = match load_file(&file_path, max_size) {
            Ok(doc) => entries_of(&file_path, &doc.text),
            Err(e) => {
                bibliography
                    .warnings
                    .push(format!("{shown}: bibliography {file}: {e}"));
                continue;
            }
        };
        if entries.is_empty() {
            bibliography
                .warnings
                .push(format!("{shown}: bibliography {file}: no entry found"));
        }
        bibliography.entries.extend(entries);
    }
    Some(bibliography)
}

/// A Quarto project's bibliography: the top-level `bibliography:` of the
/// nearest `_quarto.yml` (or `_quarto.yaml`) in `folder` or a folder above
/// it, its files relative to that file's folder, shown as named there.
fn project_bibliography(folder: &Path) -> Vec<(String, PathBuf)> {
    let start = if folder.as_os_str().is_empty() {
        Path::new(".")
    } else {
        folder
    };
    for dir in start.ancestors() {
        for name in ["_quarto.yml", "_quarto.yaml"] {
            let Ok(project) = std::fs::read_to_string(dir.join(name)) else {
                continue;
            };
            return setting_values(&project, "bibliography")
                .into_iter()
                .map(|f| (format!("{f} (from {name})"), dir.join(f)))
                .collect();
        }
    }
    Vec::new()
}

/// The entries of one bibliography file, by its extension.
fn entries_of(file: &Path, text: &str) -> Vec<DeclaredSource> {
    let ext = file
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    match ext.as_str() {
        "json" => csl_json_entries(text),
        "yaml" | "yml" => csl_yaml_entries(text),
        _ => bibtex_entries(text),
    }
}

/// The value or values of a top-level `key:` of YAML (front matter or a
/// project file):
/// `key: a.bib`, `key: "a.bib"`, `key: [a.bib, b.bib]`, or a block list
/// (`key:` then `  - a.bib` lines).
fn setting_values(front: &str, key: &str) -> Vec<String> {
    let mut lines = front.lines();
    while let Some(line) = lines.next() {
        let Some(value) = line.strip_prefix(key).and_then(|r| r.strip_prefix(':')) else {
            continue;
        };
        let value = value.trim();
        if value.is_empty() {
            return lines
                .map_while(|l| {
                    l.trim_start()
                        .strip_prefix("- ")
                        .filter(|_| l.starts_with(' '))
                })
                .map(unquote)
                .filter(|v| !v.is_empty())
                .collect();
        }
        let list = value
            .strip_prefix('[')
            .and_then(|v| v.strip_suffix(']'))
            .unwrap_or(value);
        return list
            .split(',')
            .map(unquote)
            .filter(|v| !v.is_empty())
            .collect();
    }
    Vec::new()
}

/// The keys of a top-level `nocite:` (`nocite: '@doe99, @smith04'`, or a
/// block under it: `nocite: |` then `  @doe99`); `@*` is `*`.
fn nocite_keys(front: &str) -> Vec<String> {
    let Some(line) = front.lines().find(|l| l.starts_with("nocite:")) else {
        return Vec::new();
    };
    let text = format!("{line}\n{}", lines_under(front, line));
    text.split('@')
        .skip(1)
        .map(|rest| {
            rest.split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | '\'' | '"' | ']'))
                .next()
                .unwrap_or("")
                .to_string()
        })
        .filter(|k| !k.is_empty())
        .collect()
}

/// The lines under `line` of the front matter: indented ones, block-list
/// items (`- …`) and blank ones, up to the next top-level key.
fn lines_under(front: &str, line: &str) -> String {
    front
        .lines()
        .skip_while(|l| *l != line)
        .skip(1)
        .take_while(|l| l.starts_with([' ', '-']) || l.trim().is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

/// The lines under a top-level `key:` of the front matter.
fn block_of(front: &str, key: &str) -> String {
    let label = format!("{key}:");
    front
        .lines()
        .find(|l| l.trim_end() == label)
        .map(|l| lines_under(front, l))
        .unwrap_or_default()
}

fn unquote(value: &str) -> String {
    value.trim().trim_matches(['"', '\'']).trim().to_string()
}

/// CSL YAML items: each `- ` at the items' indentation opens one, and its
/// `id:` and `title:` fields, in either order, are its key and title
/// (deeper lists, `author:` names, are not items).
fn csl_yaml_entries(text: &str) -> Vec<DeclaredSource> {
    let indent_of = |line: &str| line.len() - line.trim_start().len();
    let Some(item_indent) = text
        .lines()
        .filter(|l| l.trim_start().starts_with("- "))
        .map(indent_of)
        .min()
    else {
        return Vec::new();
    };
    let mut items: Vec<(String, String)> = Vec::new();
    for line in text.lines() {
        let trimmed = line.trim_start();
        let field = match trimmed.strip_prefix("- ") {
            Some(first) if indent_of(line) == item_indent => {
                items.push(Default::default());
                first.trim_start()
            }
            _ => trimmed,
        };
        let Some((id, title)) = items.last_mut() else {
            continue;
        };
        if let Some(value) = field.strip_prefix("id:").filter(|_| id.is_empty()) {
            *id = unquote(value);
        } else if let Some(value) = field.strip_prefix("title:").filter(|_| title.is_empty()) {
            *title = unquote(value);
        }
    }
    items
        .into_iter()
        .filter(|(id, _)| !id.is_empty())
        .map(|(id, title)| entry(&id, &title))
        .collect()
}

/// CSL JSON: an array of items with an `id` and a `title`.
fn csl_json_entries(text: &str) -> Vec<DeclaredSource> {
    let Ok(serde_json::Value::Array(items)) = serde_json::from_str(text) else {
        return Vec::new();
    };
    items
        .iter()
        .filter_map(|item| {
            let id = match item.get("id")? {
                serde_json::Value::String(s) => s.clone(),
                other => other.to_string(),
            };
            let title = item.get("title").and_then(|t| t.as_str()).unwrap_or("");
            Some(entry(&id, title))
        })
        .collect()
}

/// BibTeX and BibLaTeX entries: `@article{doe99,` (or `(doe99,`) and the
/// entry's `title = {…}` or `title = "…"`; `@string`, `@preamble` and
/// `@comment` are no entries.
fn bibtex_entries(text: &str) -> Vec<DeclaredSource> {
    let mut entries = Vec::new();
    let starts: Vec<usize> = text
        .match_indices('@')
        .map(|(at, _)| at)
        .filter(|&at| text[..at].ends_with(['\n', ' ', '\t']) || at == 0)
        .collect();
    for (k, &at) in starts.iter().enumerate() {
        let body = &text[at + 1..starts.get(k + 1).copied().unwrap_or(text.len())];
        let Some(open) = body.find(['{', '(']) else {
            continue;
        };
        let kind = body[..open].trim().to_ascii_lowercase();
        if kind.is_empty()
            || !kind.bytes().all(|b| b.is_ascii_alphabetic())
            || matches!(kind.as_str(), "string" | "preamble" | "comment")
        {
            continue;
        }
        let rest = &body[open + 1..];
        let Some(comma) = rest.find(',') else {
            continue;
        };
        let key = rest[..comma].trim();
        if key.is_empty() || key.contains(char::is_whitespace) {
            continue;
        }
        entries.push(entry(key, &bibtex_title(&rest[comma + 1..])));
    }
    entries
}

/// The `title` field of a BibTeX entry's fields, braces and quotes taken
/// off (`{The {Varn} Weir}` is `The Varn Weir`).
fn bibtex_title(fields: &str) -> String {
    let lower = fields.to_ascii_lowercase();
    let mut from = 0;
    while let Some(k) = lower[from..].find("title") {
        let at = from + k;
        from = at + 5;
        // `booktitle`, `shorttitle` are other fields.
        if lower[..at].ends_with(|c: char| c.is_ascii_alphanumeric()) {
            continue;
        }
        let Some(value) = lower[at + 5..].trim_start().strip_prefix('=') else {
            continue;
        };
        let start = fields.len() - value.trim_start().len();
        let value = &fields[start..];
        let quoted = value.starts_with('"');
        if !quoted && !value.starts_with('{') {
            continue;
        }
        // To the closing brace at depth 0, or the closing quote outside
        // any braces.
        let mut depth = 0usize;
        for (i, c) in value.char_indices().skip(1) {
            match c {
                '{' => depth += 1,
                '}' if depth > 0 => depth -= 1,
                '}' if !quoted => return tidy(&value[1..i]),
                '"' if quoted && depth == 0 => return tidy(&value[1..i]),
                _ => {}
            }
        }
        return String::new();
    }
    String::new()
}

/// A field's text without its braces, its whitespace collapsed.
fn tidy(raw: &str) -> String {
    raw.replace(['{', '}'], "")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn entry(id: &str, title: &str) -> DeclaredSource {
    DeclaredSource {
        id: id.to_string(),
        title: title.to_string(),
        url: String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each entry's key and title, for comparing with a list of pairs.
    fn keys_and_titles(entries: Vec<DeclaredSource>) -> Vec<(String, String)> {
        entries.into_iter().map(|e| (e.id, e.title)).collect()
    }

    fn pairs(expected: &[(&str, &str)]) -> Vec<(String, String)> {
        expected
            .iter()
            .map(|(k, t)| (k.to_string(), t.to_string()))
            .collect()
    }

    #[test]
    fn nocite_lists_keys_or_every_key() {
        let front = "---\ntitle: Weirs\nnocite: |\n  @doe99, @smith:04\nlang: en\n---\n";
        assert_eq!(nocite_keys(front), ["doe99", "smith:04"]);
        assert_eq!(nocite_keys("nocite: '@*'\n"), ["*"]);
        assert_eq!(nocite_keys("title: Weirs\n"), Vec::<String>::new());
        let listed = Bibliography {
            nocite: vec!["doe99".into()],
            ..Bibliography::default()
        };
        assert!(listed.listed_uncited("doe99"));
        assert!(!listed.listed_uncited("smith04"));
    }

    #[test]
    fn bibtex_entries_with_their_titles() {
        let bib = "% ferries\n@article{doe99,\n  author = {Doe, J.},\n  booktitle = {Wrong},\n  title = {The {Varn} Weir},\n  year = 1999\n}\n\n\
                   @string{hn = \"Harbour News\"}\n@Book(smith:04, title = \"Night ferries\", year = 2004)\n\
                   @comment{not an entry}\n@misc{ no key }\nmail me at a@b.example\n";
        assert_eq!(
            keys_and_titles(bibtex_entries(bib)),
            pairs(&[("doe99", "The Varn Weir"), ("smith:04", "Night ferries")])
        );
    }

    #[test]
    fn csl_json_and_yaml_items() {
        let json = r#"[{"id": "doe99", "title": "The Varn Weir"}, {"id": 7}]"#;
        assert_eq!(
            keys_and_titles(csl_json_entries(json)),
            pairs(&[("doe99", "The Varn Weir"), ("7", "")])
        );
        let yaml = "references:\n- id: doe99\n  type: book\n  title: \"The Varn Weir\"\n\
                    - type: report\n  title: Tides\n  author:\n    - family: Lee\n  id: smith04\n- type: note\n";
        assert_eq!(
            keys_and_titles(csl_yaml_entries(yaml)),
            pairs(&[("doe99", "The Varn Weir"), ("smith04", "Tides")])
        );
    }

    #[test]
    fn the_front_matter_names_files_or_lists_references() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("refs.bib"), "@book{doe99, title={Weirs}}\n").unwrap();
        std::fs::write(
            dir.path().join("more.json"),
            r#"[{"id":"smith04","title":"Tides"}]"#,
        )
        .unwrap();
        let article = dir.path().join("post.md");
        let read = |front: &str| read(&article, &format!("---\n{front}---\n\nText.\n"), 1 << 20);
        let ids = |b: Bibliography| b.entries.into_iter().map(|e| e.id).collect::<Vec<_>>();
        assert_eq!(
            ids(read("title: Weirs\nbibliography: refs.bib\n").unwrap()),
            ["doe99"]
        );
        assert_eq!(
            ids(read("bibliography: [\"refs.bib\", more.json]\n").unwrap()),
            ["doe99", "smith04"]
        );
        assert_eq!(
            ids(read("bibliography:\n  - refs.bib\n  - more.json\ntitle: x\n").unwrap()),
            ["doe99", "smith04"]
        );
        let inline = read("references:\n- id: lee2020\n  title: Buses\ntitle: x\n").unwrap();
        assert_eq!(inline.entries[0].title, "Buses");
        // A file that cannot be read is a warning naming both files.
        let missing = read("bibliography: gone.bib\n").unwrap();
        assert!(missing.entries.is_empty());
        assert!(
            missing.warnings[0].contains("post.md: bibliography gone.bib:"),
            "{:?}",
            missing.warnings
        );
        // No front matter, or none naming a bibliography: none.
        assert_eq!(read("title: Weirs\n"), None);
        assert_eq!(super::read(&article, "Text [@doe99].\n", 1 << 20), None);
        // A Quarto document takes its project's bibliography, from a
        // folder above it, with or without front matter of its own.
        let chapter = dir.path().join("book").join("ch1.qmd");
        std::fs::create_dir(dir.path().join("book")).unwrap();
        std::fs::write(
            dir.path().join("_quarto.yml"),
            "project:\n  type: book\nbibliography:\n  - refs.bib\n  - more.json\n",
        )
        .unwrap();
        let from_project = super::read(&chapter, "Text [@doe99].\n", 1 << 20).unwrap();
        assert_eq!(ids(from_project), ["doe99", "smith04"]);
        // So does a Markdown file of the project that cites, as Quarto
        // renders it; one that cites nothing needs no bibliography.
        let notes = dir.path().join("book/notes.md");
        let cites = super::read(&notes, "Text [@smith04].\n", 1 << 20).unwrap();
        assert_eq!(ids(cites), ["doe99", "smith04"]);
        assert_eq!(
            super::read(&notes, "Text, mail a@b.example.\n", 1 << 20),
            None
        );
        // Outside a Quarto project a Markdown file has none.
        let elsewhere = tempfile::tempdir().unwrap();
        let post = elsewhere.path().join("post.md");
        assert_eq!(super::read(&post, "Text [@smith04].\n", 1 << 20), None);
    }
}
