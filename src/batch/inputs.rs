//! Which files a run audits: walking the paths given on the command line.
//!
//! Folders are walked with the `ignore` crate, so `.gitignore` rules and
//! hidden files are respected. `.txt`, `.md`, `.markdown`, `.qmd` and `.Rmd` files are
//! articles, except inside a `sources/` or `*.sources/` folder, which holds
//! source texts. An article's name in the reports is its path relative to the
//! folder given, or the path as given for a file.

use std::path::{Path, PathBuf};

use thiserror::Error;

use crate::read::format::{is_article_path, FileFormat};
use crate::read::load::DisplayPath;
use crate::sources::declared::is_source_folder;

/// One article to audit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Input {
    pub path: PathBuf,
    /// The article's name in reports.
    pub name: String,
}

#[derive(Debug, Error)]
pub enum InputError {
    #[error("{path}: no such file or folder")]
    Missing { path: DisplayPath },
    #[error("{path}: cannot read: broken symbolic link")]
    BrokenLink { path: DisplayPath },
    #[error("{path}: cannot walk: {message}")]
    Walk { path: DisplayPath, message: String },
}

impl InputError {
    /// The path at fault.
    pub fn path(&self) -> &str {
        match self {
            InputError::Missing { path }
            | InputError::BrokenLink { path }
            | InputError::Walk { path, .. } => &path.0,
        }
    }
}

fn slash(path: &Path) -> String {
    path.to_string_lossy().replace('\\', "/")
}

/// What a walk collects.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Collect {
    /// Articles: `.txt`, `.md`, `.markdown`, `.qmd`, `.Rmd`, outside source folders.
    Articles,
    /// Any text document, source folders included (`duplicates`).
    Documents,
}

impl Collect {
    fn wants(self, path: &Path) -> bool {
        match self {
            Collect::Articles => is_article_path(path),
            Collect::Documents => FileFormat::detect(path).is_some(),
        }
    }
}

/// How to walk (`--hidden`, `--no-ignore`, `--include`, `--exclude`,
/// `--force-exclude`).
#[derive(Debug, Clone, Default)]
pub struct WalkOptions {
    pub hidden: bool,
    pub no_ignore: bool,
    pub include: Vec<String>,
    pub exclude: Vec<String>,
    /// Apply include/exclude to files named explicitly too.
    pub force_exclude: bool,
}

/// An `--include` or `--exclude` pattern that is not a glob.
#[derive(Debug, Error)]
#[error("bad glob '{glob}': {source}")]
pub struct GlobError {
    pub glob: String,
    pub source: globset::Error,
}

struct Filter {
    include: Option<globset::GlobSet>,
    exclude: globset::GlobSet,
}

impl Filter {
    fn new(options: &WalkOptions) -> Result<Filter, GlobError> {
        let set = |globs: &[String]| -> Result<globset::GlobSet, GlobError> {
            let mut b = globset::GlobSetBuilder::new();
            for g in globs {
                b.add(globset::Glob::new(g).map_err(|source| GlobError {
                    glob: g.clone(),
                    source,
                })?);
            }
            b.build().map_err(|source| GlobError {
                glob: globs.join(" "),
                source,
            })
        };
        Ok(Filter {
            include: (!options.include.is_empty())
                .then(|| set(&options.include))
                .transpose()?,
            exclude: set(&options.exclude)?,
        })
    }

    /// `name` is the path relative to the folder given; `path` as walked.
    fn keeps(&self, name: &str, path: &Path) -> bool {
        let hit = |set: &globset::GlobSet| set.is_match(name) || set.is_match(path);
        self.include.as_ref().is_none_or(hit) && !hit(&self.exclude)
    }
}

/// Why a walk found no article, for the note a run prints then (as
/// ripgrep says when it searched no file): the folders held no `.txt` or
/// `.md` file at all, or only HTML pages, which a folder walk reads as
/// source texts. `None` when something was found or a file was named.
pub fn why_no_articles(paths: &[PathBuf], options: &WalkOptions) -> Option<String> {
    let folders: Vec<PathBuf> = paths.iter().filter(|p| p.is_dir()).cloned().collect();
    if folders.is_empty() || folders.len() != paths.len() {
        return None;
    }
    let (documents, _) = collect_with(&folders, Collect::Documents, options).ok()?;
    let pages = documents
        .iter()
        .filter(|d| FileFormat::detect(&d.path) == Some(FileFormat::Html))
        .count();
    let walked = folders
        .iter()
        .map(|f| slash(f))
        .collect::<Vec<_>>()
        .join(", ");
    let found = format!("no articles (.txt, .md, .markdown, .qmd, .Rmd) found in {walked}");
    Some(if pages > 0 {
        format!(
            "{found}; the {pages} HTML file{s} there {are} read as source texts only. To audit pages as articles, name them: find {first} -name '*.html' -o -name '*.htm' | citeaudit check --files-from -",
            s = if pages == 1 { "" } else { "s" },
            are = if pages == 1 { "is" } else { "are" },
            first = slash(&folders[0]),
        )
    } else if options.include.is_empty() && options.exclude.is_empty() {
        format!("{found} (hidden and git-ignored files are skipped; see --hidden, --no-ignore)")
    } else {
        format!("{found} after --include and --exclude")
    })
}

/// Articles under `paths`, sorted by name, and the paths that failed.
pub fn collect_inputs(paths: &[PathBuf]) -> (Vec<Input>, Vec<InputError>) {
    collect(paths, Collect::Articles)
}

/// Files of kind `what` under `paths`, sorted by name, and the paths that
/// failed. A file named explicitly is always taken.
pub fn collect(paths: &[PathBuf], what: Collect) -> (Vec<Input>, Vec<InputError>) {
    collect_with(paths, what, &WalkOptions::default()).expect("no globs to fail")
}

/// [`collect`] with walking options; fails only on a bad glob.
pub fn collect_with(
    paths: &[PathBuf],
    what: Collect,
    options: &WalkOptions,
) -> Result<(Vec<Input>, Vec<InputError>), GlobError> {
    let filter = Filter::new(options)?;
    let mut inputs = Vec::new();
    let mut errors = Vec::new();
    // One folder: names relative to it. Several paths: names as walked from
    // the current folder, so `check a/ b/` never names two articles alike.
    let relative_to_root = paths.len() == 1;
    for root in paths {
        // A named file that is not a regular file (a FIFO, a device) is still
        // an input: reading it fails with a message that says why.
        let named_file = std::fs::metadata(root).is_ok_and(|m| !m.is_dir());
        if named_file {
            let name = slash(root);
            if !options.force_exclude || filter.keeps(&name, root) {
                inputs.push(Input {
                    path: root.clone(),
                    name,
                });
            }
            continue;
        }
        if !root.is_dir() {
            errors.push(InputError::Missing {
                path: DisplayPath::new(root),
            });
            continue;
        }
        let walker = ignore::WalkBuilder::new(root)
            .hidden(!options.hidden)
            .ignore(!options.no_ignore)
            .git_ignore(!options.no_ignore)
            .git_global(!options.no_ignore)
            .git_exclude(!options.no_ignore)
            .parents(!options.no_ignore)
            .filter_entry(move |e| {
                let is_dir = e.file_type().is_some_and(|t| t.is_dir());
                let source_folder =
                    is_dir && e.depth() > 0 && is_source_folder(&e.file_name().to_string_lossy());
                !(what == Collect::Articles && source_folder)
            })
            .build();
        for entry in walker {
            match entry {
                Ok(e) if e.file_type().is_some_and(|t| t.is_file()) && what.wants(e.path()) => {
                    let rel = if relative_to_root {
                        e.path().strip_prefix(root).unwrap_or(e.path())
                    } else {
                        e.path().strip_prefix(".").unwrap_or(e.path())
                    };
                    let name = slash(rel);
                    if filter.keeps(&name, e.path()) {
                        inputs.push(Input {
                            path: e.path().to_path_buf(),
                            name,
                        });
                    }
                }
                // A link we cannot follow would otherwise vanish silently.
                Ok(e) if e.path_is_symlink() && what.wants(e.path()) && !e.path().exists() => {
                    errors.push(InputError::BrokenLink {
                        path: DisplayPath::new(e.path()),
                    });
                }
                Ok(_) => {}
                Err(err) => errors.push(InputError::Walk {
                    path: DisplayPath::new(root),
                    message: err.to_string(),
                }),
            }
        }
    }
    inputs.sort_by(|a, b| a.name.cmp(&b.name).then_with(|| a.path.cmp(&b.path)));
    inputs.dedup_by(|a, b| a.path == b.path);
    Ok((inputs, errors))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_walk_says_why() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().to_path_buf();
        let options = WalkOptions::default();
        let why = why_no_articles(std::slice::from_ref(&root), &options).unwrap();
        assert!(
            why.contains("no articles") && why.contains("--hidden"),
            "{why}"
        );

        std::fs::write(root.join("page.html"), "<p>A page.</p>").unwrap();
        let why = why_no_articles(std::slice::from_ref(&root), &options).unwrap();
        assert!(
            why.contains("the 1 HTML file there is read as source texts only"),
            "{why}"
        );
        assert!(why.contains("--files-from -"), "{why}");

        let filtered = WalkOptions {
            include: vec!["*.md".into()],
            ..WalkOptions::default()
        };
        let why = why_no_articles(std::slice::from_ref(&root), &filtered).unwrap();
        assert!(why.ends_with("after --include and --exclude"), "{why}");

        // A named file is an input whatever it holds: nothing to explain.
        let page = root.join("page.html");
        assert_eq!(why_no_articles(&[page], &options), None);
    }
}
