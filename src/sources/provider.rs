//! The seam for where source texts come from. Today: folders beside the
//! article and `--sources DIR` ([`LocalFolders`]). A bibliography file, a
//! cache of fetched pages or a shared store for sharded runs is one more
//! type implementing [`SourceProvider`], in this folder, set in
//! [`crate::audit::AuditOptions::provider`].

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::sources::declared::source_folders;
use crate::sources::text::{locate, read_source, ManifestEntry, SourceError, SourceSentences};

/// What a provider found for one article's declared sources.
#[derive(Debug, Default)]
pub struct ProvidedSources {
    /// The texts found, in the order of the ids asked for: each source's
    /// sentences, or why its text could not be read (naming the file).
    pub texts: Vec<(String, Result<SourceSentences, SourceError>)>,
    /// Where each found text is, as shown in `sources.csv` (`file`).
    pub files: HashMap<String, PathBuf>,
    /// Titles and URLs the provider knows (a manifest), by id.
    pub manifest: HashMap<String, ManifestEntry>,
    /// The article has somewhere for its source texts: a source without a
    /// text there is `no-text`; with nowhere at all, texts were not asked for.
    pub has_place: bool,
    /// Problems that did not stop the audit (a bad manifest row, …).
    pub errors: Vec<String>,
    pub warnings: Vec<String>,
}

/// Finds the texts of an article's declared sources. Called once per
/// article, from worker threads.
pub trait SourceProvider: Send + Sync + std::fmt::Debug {
    /// The texts of `ids` (the sources the article at `article` declares);
    /// files larger than `max_file_size` bytes are not read.
    fn provide(&self, article: &Path, ids: &[String], max_file_size: u64) -> ProvidedSources;
}

/// Source texts in folders: `ARTICLE.sources/`, a bundle's `sources/`, and
/// an extra folder for every article (`--sources DIR`), most specific
/// first; manifests (`sources.csv`) before file names.
#[derive(Debug, Clone, Default)]
pub struct LocalFolders {
    pub extra: Option<PathBuf>,
}

impl SourceProvider for LocalFolders {
    fn provide(&self, article: &Path, ids: &[String], max_file_size: u64) -> ProvidedSources {
        let folders = source_folders(article, self.extra.as_deref());
        let located = locate(&folders, ids);
        // Read and split in parallel (a bundle may cite hundreds); the
        // order of `ids` is kept.
        let texts = ids
            .par_iter()
            .filter_map(|id| {
                let path = located.files.get(id)?;
                Some((id.clone(), read_source(path, max_file_size)))
            })
            .collect();
        ProvidedSources {
            texts,
            files: located.files,
            manifest: located.manifest,
            has_place: !folders.is_empty(),
            errors: located.errors,
            warnings: located.warnings,
        }
    }
}
