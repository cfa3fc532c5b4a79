//! Source texts: finding each source's file, reading it, and splitting it
//! into sentences with the same stages as an article.
//!
//! - A `sources.csv` manifest (`id,title,url,file`) in a source folder names
//!   the file of each id, overriding the file-name rule. A manifest path that
//!   leaves the folder (`..`, an absolute path) is refused. A manifest with a
//!   missing column, or a row with an empty id or with spaces in it, is an
//!   error naming the file and line.
//! - Markdown sources are read as text without markup; HTML sources (`.html`,
//!   `.htm`) through a real HTML parser (`scraper`), keeping the readable text
//!   of the body (no scripts, styles, navigation or head); plain text as is.
//!   Lines of an HTML source are those of its extracted text.
//! - A source whose file cannot be read (missing, binary, invalid UTF-8,
//!   empty, too large) has no text: its status is `no-text` and the error is
//!   reported with the file's path.

use std::collections::{HashMap, HashSet};
use std::path::{Component, Path, PathBuf};

use crate::read::format::FileFormat;
use crate::read::load::{load_file, DisplayPath, Document};
use crate::read::sentences;
use crate::read::structure::{self, Format, HTML_BLOCK_ELEMENTS};
use crate::sources::declared::SourceFolderFiles;

/// Why a source text or a manifest cannot be used. Messages name the file
/// (and line).
#[derive(Debug, thiserror::Error)]
pub enum SourceError {
    #[error(transparent)]
    Load(#[from] crate::read::load::LoadError),
    #[error("{path}: not text (a .{ext} file is not read); save the source's text beside it as {stem}.txt (or .md, .html)")]
    NotText {
        path: DisplayPath,
        ext: String,
        stem: String,
    },
    #[error("{path}: no readable text in this HTML")]
    NoReadableText { path: DisplayPath },
    #[error("{path}: cannot read manifest: {source}")]
    ManifestUnreadable {
        path: DisplayPath,
        source: csv::Error,
    },
    #[error("{path}: line 1: {source}")]
    ManifestHeader {
        path: DisplayPath,
        source: csv::Error,
    },
    #[error("{path}: line 1: a manifest needs the columns id,title,url,file (found {found})")]
    ManifestColumns { path: DisplayPath, found: String },
}

/// One manifest row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ManifestEntry {
    pub id: String,
    pub title: String,
    pub url: String,
    pub file: PathBuf,
}

/// A manifest's usable rows and what was wrong with the others.
#[derive(Debug, Default)]
pub struct Manifest {
    pub entries: Vec<ManifestEntry>,
    /// One message per bad row, naming the file and line. A bad row is
    /// left out; the good rows are kept.
    pub problems: Vec<String>,
    /// An id given twice: both lines named, the first row used.
    pub warnings: Vec<String>,
}

/// Reads `folder/sources.csv` if present. A file that cannot be read or
/// lacks a column is an error; a bad row is a problem of that row only.
/// Errors and problems name the file and line.
pub fn read_manifest(folder: &Path) -> Result<Manifest, SourceError> {
    let path = folder.join("sources.csv");
    if !path.is_file() {
        return Ok(Manifest::default());
    }
    let shown = DisplayPath::new(&path);
    let mut reader = csv::ReaderBuilder::new()
        .trim(csv::Trim::All)
        .from_path(&path)
        .map_err(|source| SourceError::ManifestUnreadable {
            path: shown.clone(),
            source,
        })?;
    let headers = reader
        .headers()
        .map_err(|source| SourceError::ManifestHeader {
            path: shown.clone(),
            source,
        })?
        .clone();
    let column = |name: &str| headers.iter().position(|h| h.eq_ignore_ascii_case(name));
    let (Some(id), Some(title), Some(url), Some(file)) =
        (column("id"), column("title"), column("url"), column("file"))
    else {
        return Err(SourceError::ManifestColumns {
            path: shown,
            found: headers.iter().collect::<Vec<_>>().join(","),
        });
    };
    let mut manifest = Manifest::default();
    // The line each id was first given on, to name both lines of a duplicate.
    let mut first_line: HashMap<String, u64> = HashMap::new();
    for (n, record) in reader.records().enumerate() {
        let fallback = n as u64 + 2;
        let record = match record {
            Ok(record) => record,
            Err(e) => {
                let line = e.position().map_or(fallback, csv::Position::line);
                manifest
                    .problems
                    .push(format!("{shown}: line {line}: row left out: {e}"));
                continue;
            }
        };
        let line = record.position().map_or(fallback, csv::Position::line);
        match manifest_row(&record, [id, title, url, file]) {
            Ok(entry) => {
                if let Some(first) = first_line.get(&entry.id) {
                    manifest.warnings.push(format!(
                        "{shown}: line {line}: id '{}' is already given on line {first}; line {first} is used",
                        entry.id
                    ));
                    continue;
                }
                first_line.insert(entry.id.clone(), line);
                manifest.entries.push(entry);
            }
            Err(problem) => manifest
                .problems
                .push(format!("{shown}: line {line}: {problem}; row left out")),
        }
    }
    Ok(manifest)
}

/// One manifest row, from the positions of its `id,title,url,file` columns.
fn manifest_row(
    record: &csv::StringRecord,
    [id, title, url, file]: [usize; 4],
) -> Result<ManifestEntry, String> {
    let get = |i: usize| record.get(i).unwrap_or("").to_string();
    let entry_id = get(id);
    if entry_id.is_empty() || entry_id.contains(char::is_whitespace) {
        return Err(format!(
            "bad id '{entry_id}' (an id is a number or a name without spaces)"
        ));
    }
    let file_name = PathBuf::from(get(file));
    let leaves = file_name.is_absolute()
        || file_name.components().any(|c| {
            matches!(
                c,
                Component::ParentDir | Component::RootDir | Component::Prefix(_)
            )
        });
    if leaves {
        return Err(format!(
            "file '{}' leaves the sources folder; name a file inside it",
            file_name.display()
        ));
    }
    Ok(ManifestEntry {
        id: entry_id,
        title: get(title),
        url: get(url),
        file: file_name,
    })
}

/// Where each source's text is, and what went wrong finding them.
#[derive(Debug, Default)]
pub struct SourceFiles {
    pub files: HashMap<String, PathBuf>,
    /// Titles and URLs from manifests, by id.
    pub manifest: HashMap<String, ManifestEntry>,
    pub errors: Vec<String>,
    pub warnings: Vec<String>,
}

/// Finds the text file of each id in `folders` (most specific first): a
/// manifest entry first, then the file-name rule.
pub fn locate(folders: &[PathBuf], ids: &[String]) -> SourceFiles {
    let mut found = SourceFiles::default();
    for folder in folders {
        match read_manifest(folder) {
            Ok(manifest) => {
                found.errors.extend(manifest.problems);
                found.warnings.extend(manifest.warnings);
                for e in manifest.entries {
                    found
                        .manifest
                        .entry(e.id.clone())
                        .or_insert_with(|| ManifestEntry {
                            file: folder.join(&e.file),
                            ..e
                        });
                }
            }
            Err(e) => found.errors.push(e.to_string()),
        }
    }
    // A source declared by a link (`links-cite`) has its URL for an id: a
    // manifest row with that url is its row.
    let by_url: HashMap<String, &ManifestEntry> = found
        .manifest
        .values()
        .filter(|e| !e.url.is_empty())
        .map(|e| (crate::sources::declared::web_source_id(&e.url), e))
        .collect();
    let linked: Vec<ManifestEntry> = ids
        .iter()
        .filter(|id| !found.manifest.contains_key(*id))
        .filter_map(|id| {
            by_url.get(id.as_str()).map(|e| ManifestEntry {
                id: id.clone(),
                ..(*e).clone()
            })
        })
        .collect();
    for entry in linked {
        found.manifest.insert(entry.id.clone(), entry);
    }
    let listed = SourceFolderFiles::list(folders);
    for id in ids {
        let path = match found.manifest.get(id) {
            Some(entry) if !entry.file.as_os_str().is_empty() => Some(entry.file.clone()),
            _ => listed.file_for(id),
        };
        if let Some(path) = path {
            found.files.insert(id.clone(), path);
        }
    }
    found
}

/// Sentences of one source file: (line, text).
pub type SourceSentences = Vec<(usize, String)>;

/// Reads a source file and splits it into sentences.
pub fn read_source(path: &Path, max_size: u64) -> Result<SourceSentences, SourceError> {
    let doc = load_file(path, max_size).map_err(|e| match (&e, path.extension()) {
        // A PDF or a word-processor file kept as the source: say what to do.
        (crate::read::load::LoadError::Binary { .. }, Some(ext))
            if FileFormat::detect(path).is_none() =>
        {
            SourceError::NotText {
                path: DisplayPath::new(path),
                ext: ext.to_string_lossy().to_lowercase(),
                stem: path
                    .file_stem()
                    .map(|s| s.to_string_lossy().into_owned())
                    .unwrap_or_default(),
            }
        }
        _ => SourceError::Load(e),
    })?;
    let (doc, format) = match FileFormat::detect(path) {
        Some(FileFormat::Html) => {
            let text = html_text(&doc.text);
            if text.trim().is_empty() {
                return Err(SourceError::NoReadableText {
                    path: DisplayPath::new(path),
                });
            }
            (Document::from_text(path, &text), Format::PlainText)
        }
        Some(FileFormat::Markdown) => (doc, Format::Markdown),
        _ => (doc, Format::PlainText),
    };
    Ok(document_sentences(&doc, format))
}

/// The sentences of a document, markers removed, with their lines.
pub fn document_sentences(doc: &Document, format: Format) -> SourceSentences {
    let structure = structure::parse(&doc.text, format);
    let none = HashSet::new();
    let mut out = Vec::new();
    for block in &structure.blocks {
        for sentence in sentences::block_sentences(block, &none, false, false) {
            let (line, _) = doc
                .lines
                .position(&doc.text, block.map.file_offset(sentence.start));
            out.push((line, sentence.text));
        }
    }
    out
}

/// Elements whose text is not part of a page's readable content.
const SKIPPED_ELEMENTS: &[&str] = &[
    "script", "style", "noscript", "template", "head", "nav", "footer", "aside", "form", "svg",
    "iframe", "button",
];
/// The readable text of an HTML page: one paragraph per block element.
pub fn html_text(html: &str) -> String {
    let document = scraper::Html::parse_document(html);
    let mut out = String::new();
    collect_text(document.tree.root(), &mut out);
    // Collapse runs of blank lines and trailing spaces.
    let mut text = String::with_capacity(out.len());
    let mut blank = true;
    for line in out.lines() {
        let line = line.split_whitespace().collect::<Vec<_>>().join(" ");
        if line.is_empty() {
            if !blank {
                text.push('\n');
            }
            blank = true;
        } else {
            text.push_str(&line);
            text.push('\n');
            blank = false;
        }
    }
    text.truncate(text.trim_end().len());
    text.push('\n');
    text
}

/// Appends the readable text under `root`: text nodes in document order,
/// block elements set apart by blank lines, skipped elements (scripts,
/// navigation, …) left out with everything inside them.
///
/// It walks the tree with `traverse()` (open and close edges) rather than by
/// recursion: a page of 25,000 nested `<div>`s must not overflow the stack.
fn collect_text(root: ego_tree::NodeRef<'_, scraper::Node>, out: &mut String) {
    use ego_tree::iter::Edge;
    // The skipped element we are inside, if any: nothing is kept until it closes.
    let mut skipping: Option<ego_tree::NodeId> = None;
    for edge in root.traverse() {
        match edge {
            Edge::Open(node) => {
                if skipping.is_some() {
                    continue;
                }
                match node.value() {
                    scraper::Node::Text(text) => out.push_str(&text.replace('\n', " ")),
                    scraper::Node::Element(element) => {
                        let name = element.name();
                        if SKIPPED_ELEMENTS.contains(&name) {
                            skipping = Some(node.id());
                        } else if HTML_BLOCK_ELEMENTS.contains(&name) {
                            out.push_str("\n\n");
                        }
                    }
                    _ => {}
                }
            }
            Edge::Close(node) => {
                if skipping == Some(node.id()) {
                    skipping = None;
                } else if skipping.is_none() {
                    if let scraper::Node::Element(element) = node.value() {
                        if HTML_BLOCK_ELEMENTS.contains(&element.name()) {
                            out.push_str("\n\n");
                        }
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_keeps_readable_text_only() {
        let html = "<html><head><title>T</title><script>var x = '<p>no</p>';</script></head>\
                    <body><nav>Home | News</nav><h1>Bridge closes</h1><p>The bridge closes on <b>Monday</b>.</p>\
                    <p>Repairs take &amp; cost weeks.</p><footer>© Paper</footer></body></html>";
        assert_eq!(
            html_text(html),
            "Bridge closes\n\nThe bridge closes on Monday.\n\nRepairs take & cost weeks.\n"
        );
    }

    #[test]
    fn deeply_nested_html_is_read_without_recursion() {
        let depth = 25_000;
        let html = format!(
            "<html><body>{}<p>Deep text.</p><script>no</script>{}</body></html>",
            "<div>".repeat(depth),
            "</div>".repeat(depth)
        );
        assert_eq!(html_text(&html), "Deep text.\n");
    }

    #[test]
    fn a_binary_source_of_another_format_says_what_to_save() {
        let dir = tempfile::tempdir().unwrap();
        let pdf = dir.path().join("4.pdf");
        std::fs::write(&pdf, b"%PDF-1.7\n\x00\x01").unwrap();
        let err = read_source(&pdf, 1 << 20).unwrap_err().to_string();
        assert!(err.ends_with("not text (a .pdf file is not read); save the source's text beside it as 4.txt (or .md, .html)"), "{err}");
        // A binary file named as text is just binary.
        let txt = dir.path().join("4.txt");
        std::fs::write(&txt, b"a\x00b").unwrap();
        let err = read_source(&txt, 1 << 20).unwrap_err().to_string();
        assert!(err.contains("looks binary"), "{err}");
    }

    #[test]
    fn manifest_rules() {
        let dir = tempfile::tempdir().unwrap();
        let write = |s: &str| std::fs::write(dir.path().join("sources.csv"), s).unwrap();
        write("id,title,url,file\n3,Wire,https://w.org,wire.txt\n");
        let m = read_manifest(dir.path()).unwrap();
        assert_eq!(m.entries[0].id, "3");
        assert_eq!(m.entries[0].file, PathBuf::from("wire.txt"));
        assert!(m.problems.is_empty());
        write("id,file\n3,wire.txt\n");
        assert!(read_manifest(dir.path())
            .unwrap_err()
            .to_string()
            .contains("line 1: a manifest needs the columns"));
        // A bad row is left out with its line; the good rows stay.
        let problems = |text: &str| {
            write(text);
            let m = read_manifest(dir.path()).unwrap();
            let ids: Vec<String> = m.entries.into_iter().map(|e| e.id).collect();
            (ids, m.problems.join("\n"))
        };
        let (ids, p) = problems("id,title,url,file\n1,a,b,ok.txt\n3,a,b,../../etc/passwd\n");
        assert_eq!(ids, ["1"]);
        assert!(
            p.contains("line 3: file '../../etc/passwd' leaves the sources folder"),
            "{p}"
        );
        let (ids, p) = problems("id,title,url,file\n3,a,b,/etc/passwd\n4,a,b,x.txt\n");
        assert_eq!(ids, ["4"]);
        assert!(p.contains("leaves the sources folder"));
        let (ids, p) = problems("id,title,url,file\n3,a,b,x.txt\n,a,b,y.txt\n5,too,few\n");
        assert_eq!(ids, ["3"]);
        assert!(p.contains("line 3: bad id ''"), "{p}");
        assert!(p.contains("line 4: row left out"), "{p}");
        write("id,title,url,file\n2,a,b,x.txt\n2,c,d,y.txt\n");
        let m = read_manifest(dir.path()).unwrap();
        assert_eq!(m.entries.len(), 1);
        assert_eq!(m.entries[0].file, PathBuf::from("x.txt"));
        assert!(m.problems.is_empty());
        assert!(m.warnings[0].contains("line 3: id '2' is already given on line 2; line 2 is used"));
    }
}
