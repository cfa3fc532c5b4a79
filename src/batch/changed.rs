//! `--changed-since REV`: narrow a run to the articles git says changed.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::batch::inputs::Input;
use crate::sources::declared::source_folders;

/// Why the changed files could not be asked of git.
#[derive(Debug, thiserror::Error)]
pub enum GitError {
    #[error("--changed-since needs git: {0}")]
    Missing(std::io::Error),
    #[error("git {command}: {message}")]
    Failed { command: String, message: String },
}

fn git(args: &[&str]) -> Result<String, GitError> {
    let output = Command::new("git")
        .args(args)
        .output()
        .map_err(GitError::Missing)?;
    if !output.status.success() {
        return Err(GitError::Failed {
            command: args.join(" "),
            message: String::from_utf8_lossy(&output.stderr).trim().to_string(),
        });
    }
    Ok(String::from_utf8_lossy(&output.stdout).into_owned())
}

/// Keeps the inputs that changed since git revision `rev` (committed,
/// staged, unstaged or untracked), or whose source texts did.
pub fn changed_since(
    rev: &str,
    inputs: Vec<Input>,
    sources_dir: Option<&Path>,
) -> Result<Vec<Input>, GitError> {
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
