//! The `citeaudit duplicates` command as a library call: walk any folder of
//! documents, read each as a source, index them, and find the statements
//! duplicated across them ([`crate::verify::duplicates`] does the finding).
//! Depends on the input walk, the source reader and the duplicate finder;
//! nothing depends on it but the binary.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::batch::inputs::{collect, Collect};
use crate::sources::text::read_source;
use crate::verify::duplicates::find_duplicates;
use crate::verify::matching::SourceIndex;

/// What `citeaudit duplicates` found in a folder of documents.
#[derive(Debug, Default)]
pub struct ScanOutcome {
    /// Documents read, by name.
    pub documents: Vec<String>,
    /// Per document: the position in the scanned paths of the one it was
    /// found under.
    pub document_paths: Vec<usize>,
    pub sentences: usize,
    pub rows: Vec<ScanRow>,
    /// (copy, original, overlap) for each syndicated copy.
    pub copies: Vec<(String, String, f64)>,
    pub errors: Vec<String>,
}

/// One duplicated statement: its document by position (a large folder has
/// a million rows, and a name per row would copy each document's name once
/// per statement), its text moved out of the index.
#[derive(Debug)]
pub struct ScanRow {
    /// 1-based group number.
    pub group: usize,
    /// Position in [`ScanOutcome::documents`].
    pub document: usize,
    pub line: usize,
    /// Similarity to the group's first statement.
    pub score: f64,
    pub text: String,
}

/// Finds statements duplicated across the documents under `paths`.
pub fn scan(paths: &[PathBuf], threshold: f64, max_file_size: u64) -> ScanOutcome {
    let (inputs, walk_errors) = collect(paths, Collect::Documents);
    let mut outcome = ScanOutcome {
        errors: walk_errors.iter().map(ToString::to_string).collect(),
        ..ScanOutcome::default()
    };
    // Documents read and split in parallel, in order; then every sentence
    // goes to the index in one batch (moved, not copied), as an article's
    // sources do.
    let read: Vec<_> = inputs
        .par_iter()
        .map(|input| read_source(&input.path, max_file_size))
        .collect();
    let mut batch: Vec<(usize, usize, String)> = Vec::new();
    let scanned = ScannedPaths::new(paths);
    for (input, sentences) in inputs.into_iter().zip(read) {
        match sentences {
            Ok(sentences) => {
                let position = outcome.documents.len();
                outcome.document_paths.push(scanned.of(&input.path));
                outcome.documents.push(input.name);
                outcome.sentences += sentences.len();
                batch.extend(
                    sentences
                        .into_iter()
                        .map(|(line, text)| (position, line, text)),
                );
            }
            Err(e) => outcome.errors.push(e.to_string()),
        }
    }
    let mut index = SourceIndex::new();
    index.add_texts(batch);
    let found = find_duplicates(&index, outcome.documents.len(), threshold);
    // A passage is in one group at most: its text moves to its row.
    let mut lines = index.into_lines();
    for (g, group) in found.groups.iter().enumerate() {
        for &(p, score) in &group.members {
            let (document, line, text) = &mut lines[p];
            outcome.rows.push(ScanRow {
                group: g + 1,
                document: *document,
                line: *line,
                score,
                text: std::mem::take(text),
            });
        }
    }
    drop(lines);
    for (copy, original) in found.duplicate_of.iter().enumerate() {
        if let Some(original) = original {
            outcome.copies.push((
                outcome.documents[copy].clone(),
                outcome.documents[*original].clone(),
                found.overlap[copy],
            ));
        }
    }
    outcome
}

/// The scanned path each document was found under: the most specific one
/// (`a/b` before `a` when both were named), found by walking up from the
/// document (its depth, not the number of paths: `xargs` may name 50,000).
struct ScannedPaths<'a>(HashMap<&'a Path, usize>);

impl<'a> ScannedPaths<'a> {
    fn new(paths: &'a [PathBuf]) -> Self {
        let mut by_path = HashMap::with_capacity(paths.len());
        for (k, path) in paths.iter().enumerate() {
            by_path.entry(path.as_path()).or_insert(k);
        }
        ScannedPaths(by_path)
    }

    fn of(&self, document: &Path) -> usize {
        document
            .ancestors()
            .find_map(|a| self.0.get(a).copied())
            .unwrap_or(0)
    }
}
