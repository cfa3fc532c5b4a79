//! `citeaudit check`: audit every article under some paths, in parallel.
//!
//! Per-file errors are collected and the rest of the batch goes on; the
//! caller settles the exit code at the end.

use std::path::PathBuf;

use rayon::prelude::*;

use crate::audit::{audit_document, ArticleAudit, AuditOptions};
use crate::inputs::{collect_inputs, Input};
use crate::load::load_file;
use crate::structure::Format;

/// What a whole run found.
#[derive(Debug, Default)]
pub struct CheckOutcome {
    /// One audit per readable article, sorted by name.
    pub audits: Vec<ArticleAudit>,
    /// Files that were read (reports must never overwrite them).
    pub inputs: Vec<PathBuf>,
    /// One message per path or file that could not be audited.
    pub errors: Vec<String>,
}

/// Audits every article under `paths`.
pub fn check(paths: &[PathBuf], options: &AuditOptions, max_file_size: u64) -> CheckOutcome {
    let (inputs, walk_errors) = collect_inputs(paths);
    let results: Vec<Result<ArticleAudit, String>> = inputs
        .par_iter()
        .map(|input: &Input| {
            let doc = load_file(&input.path, max_file_size).map_err(|e| e.to_string())?;
            Ok(audit_document(
                &input.name,
                &doc,
                Format::from_path(&input.path),
                options,
            ))
        })
        .collect();
    let mut outcome = CheckOutcome {
        inputs: inputs.into_iter().map(|i| i.path).collect(),
        errors: walk_errors.iter().map(ToString::to_string).collect(),
        ..CheckOutcome::default()
    };
    for result in results {
        match result {
            Ok(audit) => {
                outcome.errors.extend(audit.errors.iter().cloned());
                outcome.audits.push(audit);
            }
            Err(message) => outcome.errors.push(message),
        }
    }
    outcome
}
