//! Stage 6, sources: the sources an article declares, and where their texts
//! are.
//!
//! Declared sources come from the article itself (see the structure stage):
//! an `N Sources` line declares ids 1..N; reference entries, footnote
//! definitions and numeric link reference definitions declare their ids and
//! give a title and URL. When an id is declared twice, the first title and URL
//! that are not empty win.
//!
//! Source texts are looked up, for article `dir/foo.md`, in `dir/foo.sources/`,
//! then `dir/sources/` when `dir` holds that one article (a bundle), then the
//! `--sources` folder. In such a folder a file whose name starts with the id
//! (`3.txt`, `03-bloomberg.md`, `3_reuters.txt`) is that source's text.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use crate::read::format::{is_article_path, FileFormat};
use crate::read::structure::{ReferenceEntry, Structure};

/// The most ids an `N Sources` line may declare; more is a typo, not a list.
pub const MAX_SOURCE_COUNT: u32 = 10_000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeclaredSource {
    pub id: String,
    pub title: String,
    pub url: String,
}

impl From<&ReferenceEntry> for DeclaredSource {
    fn from(entry: &ReferenceEntry) -> Self {
        DeclaredSource {
            id: entry.id.clone(),
            title: entry.title.clone(),
            url: entry.url.clone(),
        }
    }
}

/// All declared sources: numeric ids ascending, then named ids in the order
/// they appear.
pub fn declared_sources(structure: &Structure) -> Vec<DeclaredSource> {
    let mut out: Vec<DeclaredSource> = Vec::new();
    let count = structure.source_count.unwrap_or(0).min(MAX_SOURCE_COUNT);
    for n in 1..=count {
        out.push(DeclaredSource {
            id: n.to_string(),
            title: String::new(),
            url: String::new(),
        });
    }
    // Each id's place in `out`, so that a list of 100,000 notes is not
    // searched once a note.
    let mut at: HashMap<String, usize> = out
        .iter()
        .enumerate()
        .map(|(k, s)| (s.id.clone(), k))
        .collect();
    for entry in &structure.references {
        match at.get(&entry.id) {
            Some(&k) => {
                let s = &mut out[k];
                if s.title.is_empty() {
                    s.title.clone_from(&entry.title);
                }
                if s.url.is_empty() {
                    s.url.clone_from(&entry.url);
                }
            }
            None => {
                at.insert(entry.id.clone(), out.len());
                out.push(DeclaredSource::from(entry));
            }
        }
    }
    // Stable: numeric ids by value first, named ids keep their order.
    out.sort_by_key(|s| s.id.parse::<u64>().map_or((1, 0), |n| (0, n)));
    out
}

pub fn declared_ids(sources: &[DeclaredSource]) -> HashSet<String> {
    sources.iter().map(|s| s.id.clone()).collect()
}

/// The source id of a linked web page (`links-cite`): its URL, without the
/// fragment (`#notes` is a place in the same page) or a closing `/`, with
/// the scheme and host in lowercase, so that one page linked two ways is
/// one source and a manifest's `url` finds it however it is written.
pub fn web_source_id(url: &str) -> String {
    let url = url.trim();
    let url = url.split_once('#').map_or(url, |(page, _)| page);
    let host_end = url
        .find("://")
        .map(|at| at + 3)
        .map(|from| url[from..].find('/').map_or(url.len(), |k| from + k))
        .unwrap_or(0);
    let mut id = url[..host_end].to_ascii_lowercase();
    id.push_str(&url[host_end..]);
    if id.ends_with('/') {
        id.pop();
    }
    id
}

/// The folders that may hold the source texts of `article`, most specific
/// first, that exist.
pub fn source_folders(article: &Path, extra: Option<&Path>) -> Vec<PathBuf> {
    let mut folders = Vec::new();
    let dir = article.parent().unwrap_or(Path::new(""));
    if let Some(stem) = article.file_stem() {
        let mut name = stem.to_os_string();
        name.push(".sources");
        folders.push(dir.join(name));
    }
    // Only a folder with a `sources/` can be a bundle: checked first, so a
    // flat folder of thousands of articles is never listed per article.
    if dir.join("sources").is_dir() && is_bundle(dir, article) {
        folders.push(dir.join("sources"));
    }
    folders.extend(extra.map(Path::to_path_buf));
    folders.retain(|f| f.is_dir());
    folders
}

/// `dir` holds exactly one article (`article`): its `sources/` is the bundle's.
fn is_bundle(dir: &Path, article: &Path) -> bool {
    let dir = if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    };
    let Ok(entries) = std::fs::read_dir(dir) else {
        return false;
    };
    // Stop at the second article: the answer is known.
    let articles = entries
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_ok_and(|t| t.is_file()) && is_article_path(&e.path()))
        .take(2)
        .count();
    articles == 1 && article.file_name().is_some()
}

/// A folder that holds source texts rather than articles.
pub fn is_source_folder(name: &str) -> bool {
    name == "sources" || name.ends_with(".sources")
}

/// The files of source-text folders, each folder listed once (most
/// specific first; names sorted; `sources.csv` left out).
#[derive(Debug, Default)]
pub struct SourceFolderFiles {
    folders: Vec<Vec<(String, PathBuf)>>,
}

impl SourceFolderFiles {
    /// Lists `folders` (a folder that cannot be listed has no files).
    pub fn list(folders: &[PathBuf]) -> SourceFolderFiles {
        let folders = folders
            .iter()
            .map(|folder| {
                let Ok(entries) = std::fs::read_dir(folder) else {
                    return Vec::new();
                };
                let mut paths: Vec<PathBuf> =
                    entries.filter_map(Result::ok).map(|e| e.path()).collect();
                paths.sort();
                paths
                    .into_iter()
                    .filter_map(|path| {
                        let name = path.file_name()?.to_str()?.to_string();
                        (name != "sources.csv" && path.is_file()).then_some((name, path))
                    })
                    .collect()
            })
            .collect();
        SourceFolderFiles { folders }
    }

    /// The text file for source `id`: the first file whose name starts with
    /// the id followed by a non-digit (`3.txt`, `03-wire.md`), one of a
    /// format citeaudit reads first: a source kept as `3.pdf` beside its
    /// text `3.txt` is read from the text. A lone `3.pdf` is still its
    /// file, so that the report says why it has no text. The most specific
    /// folder that has a file for the id decides: another folder's `3.txt`
    /// is another article's source 3.
    pub fn file_for(&self, id: &str) -> Option<PathBuf> {
        self.folders.iter().find_map(|folder| {
            let mut files = folder.iter().filter(|(name, _)| file_is_for(name, id));
            let first = files.clone().next()?;
            let readable = files.find(|(_, path)| FileFormat::detect(path).is_some());
            Some(readable.unwrap_or(first).1.clone())
        })
    }
}

fn file_is_for(name: &str, id: &str) -> bool {
    if id.bytes().all(|b| b.is_ascii_digit()) {
        let digits: String = name.chars().take_while(char::is_ascii_digit).collect();
        !digits.is_empty() && digits.trim_start_matches('0') == id.trim_start_matches('0')
    } else {
        name.strip_prefix(id)
            .is_some_and(|rest| rest.starts_with(['.', '-', '_']))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::read::structure::ReferenceEntry;

    #[test]
    fn count_and_entries_merge() {
        let structure = Structure {
            blocks: Vec::new(),
            references: vec![
                ReferenceEntry {
                    id: "bloomberg".into(),
                    title: "Wire".into(),
                    url: String::new(),
                    offset: 0,
                },
                ReferenceEntry {
                    id: "2".into(),
                    title: "Two".into(),
                    url: "https://two.org".into(),
                    offset: 9,
                },
            ],
            source_count: Some(3),
            ..Structure::default()
        };
        let ids: Vec<String> = declared_sources(&structure)
            .into_iter()
            .map(|s| s.id)
            .collect();
        assert_eq!(ids, ["1", "2", "3", "bloomberg"]);
        assert_eq!(declared_sources(&structure)[1].url, "https://two.org");
    }

    #[test]
    fn file_names_by_id() {
        assert!(file_is_for("3.txt", "3"));
        assert!(file_is_for("03-bloomberg.md", "3"));
        assert!(file_is_for("3_reuters.txt", "3"));
        assert!(!file_is_for("13.txt", "3"));
        assert!(!file_is_for("30.txt", "3"));
        assert!(file_is_for("wire.txt", "wire"));
        assert!(!file_is_for("wirefeed.txt", "wire"));
    }

    #[test]
    fn a_linked_page_is_one_source_however_it_is_written() {
        for url in [
            "https://Port.Example/Fares",
            "https://port.example/Fares/",
            "HTTPS://PORT.EXAMPLE/Fares#winter",
            " https://port.example/Fares ",
        ] {
            assert_eq!(web_source_id(url), "https://port.example/Fares", "{url}");
        }
        assert_eq!(
            web_source_id("https://port.example/"),
            "https://port.example"
        );
        assert_eq!(
            web_source_id("http://a.example/x?q=1#y"),
            "http://a.example/x?q=1"
        );
    }

    #[test]
    fn a_readable_file_is_the_source_before_a_pdf_in_its_folder() {
        let root = tempfile::tempdir().unwrap();
        let own = root.path().join("story.sources");
        let shared = root.path().join("sources");
        for (folder, files) in [
            (&own, &["1.pdf", "1.txt", "2.pdf"][..]),
            (&shared, &["2.txt", "3.docx"]),
        ] {
            std::fs::create_dir(folder).unwrap();
            for f in files {
                std::fs::write(folder.join(f), "text").unwrap();
            }
        }
        let listed = SourceFolderFiles::list(&[own.clone(), shared.clone()]);
        assert_eq!(listed.file_for("1"), Some(own.join("1.txt")));
        // The article's own folder decides: the shared 2.txt is another's.
        assert_eq!(listed.file_for("2"), Some(own.join("2.pdf")));
        assert_eq!(listed.file_for("3"), Some(shared.join("3.docx")));
    }
}
