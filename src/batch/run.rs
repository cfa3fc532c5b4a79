//! `citeaudit check`: audit articles, in parallel, and narrow a run to what
//! changed.
//!
//! Per-file errors are collected and the rest of the batch goes on; the
//! caller settles the exit code at the end.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::process::Command;

use rayon::prelude::*;

use crate::audit::{audit_document, AuditOptions};
use crate::batch::guard::guarded;
use crate::batch::inputs::{collect_inputs, Input};
use crate::model::ArticleAudit;
use crate::read::load::load_file;
use crate::read::structure::Format;
use crate::sources::declared::source_folders;

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

/// Loads and audits one article; the error names the file. A panic while
/// auditing it is caught ([`guarded`]) and becomes that article's error.
pub fn audit_input(input: &Input, options: &AuditOptions) -> Result<ArticleAudit, String> {
    guarded(&input.name, || {
        inject_test_panic(&input.name);
        let doc = load_file(&input.path, options.max_file_size).map_err(|e| e.to_string())?;
        Ok(audit_document(
            &input.name,
            &doc,
            Format::from_path(&input.path),
            options,
        ))
    })
}

/// Test builds only: panic while auditing an article whose name contains
/// `CITEAUDIT_TEST_PANIC`, so the whole-command cases can show what a bug in
/// one article does to a batch. Release builds have no such hook.
fn inject_test_panic(name: &str) {
    #[cfg(debug_assertions)]
    if let Some(part) = std::env::var_os("CITEAUDIT_TEST_PANIC") {
        if name.contains(part.to_string_lossy().as_ref()) {
            panic!("injected test panic");
        }
    }
    #[cfg(not(debug_assertions))]
    let _ = name;
}

/// Audits every article under `paths` on rayon's current pool.
pub fn check(paths: &[PathBuf], options: &AuditOptions) -> CheckOutcome {
    let (inputs, walk_errors) = collect_inputs(paths);
    let results: Vec<Result<ArticleAudit, String>> = inputs
        .par_iter()
        .map(|input| audit_input(input, options))
        .collect();
    let mut outcome = CheckOutcome {
        inputs: inputs.into_iter().map(|i| i.path).collect(),
        errors: walk_errors.iter().map(ToString::to_string).collect(),
        ..CheckOutcome::default()
    };
    for result in results {
        outcome.add(result);
    }
    outcome
}

impl CheckOutcome {
    /// Takes one article's result (in order).
    pub fn add(&mut self, result: Result<ArticleAudit, String>) {
        match result {
            Ok(audit) => {
                self.errors.extend(audit.errors.iter().cloned());
                self.audits.push(audit);
            }
            Err(message) => self.errors.push(message),
        }
    }
}

fn git(args: &[&str]) -> Result<String, String> {
    let output = Command::new("git")
        .args(args)
        .output()
        .map_err(|e| format!("--changed-since needs git: {e}"))?;
    if !output.status.success() {
        return Err(format!(
            "git {}: {}",
            args.join(" "),
            String::from_utf8_lossy(&output.stderr).trim()
        ));
    }
    Ok(String::from_utf8_lossy(&output.stdout).into_owned())
}

/// Keeps the inputs that changed since git revision `rev` (committed,
/// staged, unstaged or untracked), or whose source texts did.
pub fn changed_since(
    rev: &str,
    inputs: Vec<Input>,
    sources_dir: Option<&Path>,
) -> Result<Vec<Input>, String> {
    let top = PathBuf::from(git(&["rev-parse", "--show-toplevel"])?.trim());
    let mut changed: HashSet<PathBuf> = HashSet::new();
    let diff = git(&["diff", "--name-only", rev, "--"])?;
    let untracked = git(&[
        "ls-files",
        "--others",
        "--exclude-standard",
        "--full-name",
        ":/",
    ])?;
    for name in diff
        .lines()
        .chain(untracked.lines())
        .filter(|l| !l.is_empty())
    {
        changed.insert(top.join(name));
    }
    let canon = |p: &Path| p.canonicalize().unwrap_or_else(|_| p.to_path_buf());
    let changed: HashSet<PathBuf> = changed.iter().map(|p| canon(p)).collect();
    Ok(inputs
        .into_iter()
        .filter(|input| {
            changed.contains(&canon(&input.path))
                || source_folders(&input.path, sources_dir)
                    .iter()
                    .map(|f| canon(f))
                    .any(|folder| changed.iter().any(|c| c.starts_with(&folder)))
        })
        .collect())
}
