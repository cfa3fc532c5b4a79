//! Stage 9, reports: the CSV files of DESIGN.md (`audit.csv`, `sources.csv`,
//! `summary.csv`, `duplicates.csv`).
//!
//! Every cell that a spreadsheet would run as a formula (starting with `=`,
//! `+`, `-`, `@`, tab or CR) gets a leading `'`. Each report is written to a
//! temporary file in the output folder and renamed into place, so an
//! interrupted run never leaves half a report; a report never replaces a file
//! that the run read.

use std::borrow::Cow;
use std::io::Write;
use std::path::{Path, PathBuf};

use thiserror::Error;

use crate::model::{ArticleAudit, DuplicateRecord, FailOn, Flag};
use crate::read::load::DisplayPath;
use crate::report::formats::Failure;
use crate::sources::declared::is_source_folder;

pub const AUDIT_HEADER: [&str; 14] = [
    "article",
    "sentence",
    "line",
    "column",
    "kind",
    "status",
    "flags",
    "cited",
    "best_source",
    "best_score",
    "cited_score",
    "corroboration",
    "text",
    "match",
];
pub const SOURCES_HEADER: [&str; 10] = [
    "article",
    "source",
    "title",
    "url",
    "file",
    "status",
    "citations",
    "supported",
    "duplicate_of",
    "overlap",
];
pub const DUPLICATES_HEADER: [&str; 6] = ["article", "group", "source", "line", "score", "text"];
pub const SUMMARY_HEADER: [&str; 15] = [
    "article",
    "sentences",
    "claims",
    "cited",
    "uncited",
    "dangling",
    "supported",
    "partial",
    "unsupported",
    "misattributed",
    "sources_declared",
    "sources_cited",
    "sources_unused",
    "result",
    "message",
];

#[derive(Debug, Error)]
pub enum ReportError {
    #[error("{path}: cannot write: {source}")]
    Io {
        path: DisplayPath,
        #[source]
        source: std::io::Error,
    },
    #[error("refusing to write over an input: {path}")]
    WouldOverwriteInput { path: DisplayPath },
    #[error("{path}: is a source-text folder; refusing to write there")]
    SourceFolder { path: DisplayPath },
}

/// Protects a cell from spreadsheet formula evaluation.
pub fn safe_cell(value: &str) -> Cow<'_, str> {
    match value.as_bytes().first() {
        Some(b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r') => Cow::Owned(format!("'{value}")),
        _ => Cow::Borrowed(value),
    }
}

/// [`safe_cell`] as bytes for the CSV writer, without copying a cell that
/// needs no quote.
fn safe_cell_bytes(value: &str) -> Cow<'_, [u8]> {
    match safe_cell(value) {
        Cow::Borrowed(s) => Cow::Borrowed(s.as_bytes()),
        Cow::Owned(s) => Cow::Owned(s.into_bytes()),
    }
}

/// The rows of `audit.csv` for one article (the article's longest table:
/// its texts are borrowed, not copied).
fn audit_rows(a: &ArticleAudit) -> impl Iterator<Item = Vec<Cow<'_, str>>> + '_ {
    a.sentences.iter().map(move |s| {
        let v = s.verdict.as_ref();
        // `number-mismatch:2,300≠2,800` names both values, as `suggest:4`
        // names the source.
        let mismatch = v.and_then(|v| v.number_mismatch.as_deref());
        let mut flags: Vec<String> = s
            .flags
            .iter()
            .map(|f| match (f, mismatch) {
                (Flag::NumberMismatch, Some(detail)) => format!("{}:{detail}", f.as_str()),
                _ => f.as_str().to_string(),
            })
            .collect();
        if let Some(id) = v.and_then(|v| v.suggest.as_ref()) {
            flags.push(format!("suggest:{id}"));
        }
        vec![
            Cow::Borrowed(a.article.as_str()),
            Cow::Owned(s.sentence.to_string()),
            Cow::Owned(s.line.to_string()),
            Cow::Owned(s.column.to_string()),
            Cow::Borrowed(s.kind.as_str()),
            Cow::Borrowed(s.status.as_str()),
            Cow::Owned(flags.join(";")),
            Cow::Owned(s.cited.join(";")),
            Cow::Borrowed(v.and_then(|v| v.best_source.as_deref()).unwrap_or_default()),
            Cow::Owned(v.map(|v| score(v.best_score)).unwrap_or_default()),
            Cow::Owned(v.and_then(|v| v.cited_score).map(score).unwrap_or_default()),
            Cow::Owned(v.map(|v| v.corroboration.to_string()).unwrap_or_default()),
            Cow::Borrowed(s.text.as_str()),
            Cow::Borrowed(v.and_then(|v| v.matched.as_deref()).unwrap_or_default()),
        ]
    })
}

/// The rows of `sources.csv` for one article.
fn source_rows(a: &ArticleAudit) -> impl Iterator<Item = Vec<String>> + '_ {
    a.sources.iter().map(move |s| {
        vec![
            a.article.clone(),
            s.source.clone(),
            s.title.clone(),
            s.url.clone(),
            s.file.clone().unwrap_or_default(),
            s.status.as_str().to_string(),
            s.citations.to_string(),
            s.supported.map(|n| n.to_string()).unwrap_or_default(),
            s.duplicate_of.clone().unwrap_or_default(),
            s.overlap.map(score).unwrap_or_default(),
        ]
    })
}

/// A score with three decimals.
fn score(x: f64) -> String {
    format!("{x:.3}")
}

/// One row of `duplicates.csv`, borrowed: `check` makes them from an
/// article's records, `citeaudit duplicates` from its scan.
pub struct DuplicateRow<'a> {
    pub article: &'a str,
    pub group: usize,
    pub source: &'a str,
    pub line: usize,
    /// Similarity to the group's first statement.
    pub score: f64,
    pub text: &'a str,
}

impl DuplicateRow<'_> {
    fn cells(&self) -> Vec<String> {
        vec![
            self.article.to_string(),
            self.group.to_string(),
            self.source.to_string(),
            self.line.to_string(),
            score(self.score),
            self.text.to_string(),
        ]
    }
}

/// The rows of `duplicates.csv` for one article.
fn duplicate_rows<'a>(
    article: &'a str,
    rows: &'a [DuplicateRecord],
) -> impl Iterator<Item = Vec<String>> + 'a {
    rows.iter().map(move |d| {
        DuplicateRow {
            article,
            group: d.group,
            source: &d.source,
            line: d.line,
            score: d.score,
            text: &d.text,
        }
        .cells()
    })
}

/// Writes `duplicates.csv` into `out` row by row (a scan of a large folder
/// finds millions: they are never all held as CSV), into a temporary file
/// that replaces the report only when complete, never over a path in
/// `inputs`. Returns its path.
pub fn write_duplicates<'a>(
    out: &Path,
    rows: impl Iterator<Item = DuplicateRow<'a>>,
    inputs: &[PathBuf],
) -> Result<PathBuf, ReportError> {
    check_target(out, &["duplicates.csv"], &WriteGuard::new(inputs))?;
    let path = out.join("duplicates.csv");
    let io = |source| ReportError::Io {
        path: DisplayPath::new(&path),
        source,
    };
    let tmp = tempfile::Builder::new()
        .prefix(".citeaudit-")
        .tempfile_in(out)
        .map_err(io)?;
    let mut w = csv::Writer::from_writer(tmp);
    w.write_record(DUPLICATES_HEADER)
        .map_err(|e| io(e.into()))?;
    for row in rows {
        w.write_record(row.cells().iter().map(|c| safe_cell_bytes(c)))
            .map_err(|e| io(e.into()))?;
    }
    let tmp = w.into_inner().map_err(|e| io(e.into_error()))?;
    persist(tmp, &path).map_err(io)?;
    Ok(path)
}

/// The row of `summary.csv` for one article, with `result` under `fail_on`.
fn summary_row(a: &ArticleAudit, fail_on: &FailOn) -> Vec<String> {
    let s = &a.summary;
    let result = if a.findings(fail_on) > 0 {
        "fail"
    } else {
        "pass"
    };
    let counts = [
        s.sentences,
        s.claims,
        s.cited,
        s.uncited,
        s.dangling,
        s.supported,
        s.partial,
        s.unsupported,
        s.misattributed,
        s.sources_declared,
        s.sources_cited,
        s.sources_unused,
    ];
    let mut row = vec![a.article.clone()];
    row.extend(counts.iter().map(usize::to_string));
    row.push(result.to_string());
    // Source files that could not be read: the audit went on without them.
    row.push(a.errors.join("; "));
    row
}

/// The row of `summary.csv` for an article that could not be audited:
/// no counts, `result` `error`, and why.
fn failure_row(failure: &Failure) -> Vec<String> {
    let mut row = vec![failure.article.clone().unwrap_or_default()];
    row.extend(std::iter::repeat_n(String::new(), SUMMARY_HEADER.len() - 3));
    row.push("error".to_string());
    row.push(failure.message.clone());
    row
}

/// The four CSV reports, in the order [`ReportWriter`] writes them.
pub const REPORT_NAMES: [&str; 4] = ["audit.csv", "sources.csv", "summary.csv", "duplicates.csv"];

/// Writes the four CSV reports article by article into temporary files in
/// the output folder, which replace the reports only at [`finish`]: a batch
/// never holds all its rows in memory, and an interrupted run leaves the old
/// reports as they were.
///
/// [`finish`]: ReportWriter::finish
pub struct ReportWriter {
    out: PathBuf,
    files: Vec<csv::Writer<tempfile::NamedTempFile>>,
    /// What the `findings` column of `summary.csv` counts.
    fail_on: FailOn,
}

impl ReportWriter {
    /// Opens the temporary reports in `out`, never over an input of the run
    /// (`guard`).
    pub fn create(
        out: &Path,
        guard: &WriteGuard,
        fail_on: &FailOn,
    ) -> Result<ReportWriter, ReportError> {
        check_target(out, &REPORT_NAMES, guard)?;
        let io = |source| ReportError::Io {
            path: DisplayPath::new(out),
            source,
        };
        let mut files = Vec::new();
        for header in [
            &AUDIT_HEADER[..],
            &SOURCES_HEADER,
            &SUMMARY_HEADER,
            &DUPLICATES_HEADER,
        ] {
            let tmp = tempfile::Builder::new()
                .prefix(".citeaudit-")
                .tempfile_in(out)
                .map_err(io)?;
            let mut w = csv::Writer::from_writer(tmp);
            w.write_record(header).map_err(|e| io(e.into()))?;
            files.push(w);
        }
        Ok(ReportWriter {
            out: out.to_path_buf(),
            files,
            fail_on: fail_on.clone(),
        })
    }

    /// Appends one article's rows.
    pub fn add(&mut self, a: &ArticleAudit) -> Result<(), ReportError> {
        let io = |e: csv::Error| ReportError::Io {
            path: DisplayPath::new(&self.out),
            source: e.into(),
        };
        for row in audit_rows(a) {
            self.files[0]
                .write_record(row.iter().map(|c| safe_cell_bytes(c)))
                .map_err(io)?;
        }
        let fail_on = &self.fail_on;
        let rows: [Box<dyn Iterator<Item = Vec<String>> + '_>; 3] = [
            Box::new(source_rows(a)),
            Box::new(std::iter::once(summary_row(a, fail_on))),
            Box::new(duplicate_rows(&a.article, &a.duplicates)),
        ];
        for (w, rows) in self.files[1..].iter_mut().zip(rows) {
            for row in rows {
                w.write_record(row.iter().map(|c| safe_cell_bytes(c)))
                    .map_err(io)?;
            }
        }
        Ok(())
    }

    /// Adds the `summary.csv` row of an article that could not be audited.
    pub fn add_failure(&mut self, failure: &Failure) -> Result<(), ReportError> {
        let row = failure_row(failure);
        self.files[2]
            .write_record(row.iter().map(|c| safe_cell_bytes(c)))
            .map_err(|e| ReportError::Io {
                path: DisplayPath::new(&self.out),
                source: e.into(),
            })
    }

    /// Moves the finished reports into place; returns their paths.
    pub fn finish(self) -> Result<Vec<PathBuf>, ReportError> {
        let mut written = Vec::new();
        for (w, name) in self.files.into_iter().zip(REPORT_NAMES) {
            let path = self.out.join(name);
            let io = |source| ReportError::Io {
                path: DisplayPath::new(&path),
                source,
            };
            let tmp = w.into_inner().map_err(|e| io(e.into_error()))?;
            persist(tmp, &path).map_err(io)?;
            written.push(path);
        }
        Ok(written)
    }
}

impl super::Reporter for ReportWriter {
    fn article(&mut self, audit: &ArticleAudit) -> Result<(), ReportError> {
        self.add(audit)
    }

    /// Only an article that could not be audited has a row (in
    /// `summary.csv`); other failures are in the audited article's rows.
    fn failure(&mut self, failure: &Failure) -> Result<(), ReportError> {
        if failure.article_failed {
            self.add_failure(failure)?;
        }
        Ok(())
    }
}

/// Writes the four reports into `out`, never over a path in `inputs`.
/// Returns the paths written.
pub fn write_reports(
    out: &Path,
    audits: &[ArticleAudit],
    fail_on: &FailOn,
    inputs: &[PathBuf],
) -> Result<Vec<PathBuf>, ReportError> {
    let mut writer = ReportWriter::create(out, &WriteGuard::new(inputs), fail_on)?;
    for a in audits {
        writer.add(a)?;
    }
    writer.finish()
}

/// Refuses a source-text folder as `out` and a report that would replace an
/// input; creates `out`.
fn check_target(out: &Path, names: &[&str], guard: &WriteGuard) -> Result<(), ReportError> {
    guard.check(out)?;
    std::fs::create_dir_all(out).map_err(|source| ReportError::Io {
        path: DisplayPath::new(out),
        source,
    })?;
    for name in names {
        guard.check(&out.join(name))?;
    }
    Ok(())
}

/// A real path's key in a [`WriteGuard`].
fn path_key(path: &Path) -> u64 {
    crate::hash::fnv1a(path.as_os_str().as_encoded_bytes())
}

/// The one check that every file or folder citeaudit writes goes through
/// (`--out` and its reports, `--html`, `--markdown`, `--write-baseline`):
/// never over an input of the run, never into a source-text folder.
///
/// The inputs' real paths are kept as 64-bit hashes: a batch of a million
/// articles holds a few megabytes for them, not every path a second time.
/// Two paths with one hash could only refuse a write, never allow one.
pub struct WriteGuard {
    inputs: crate::hash::KeySet,
}

impl WriteGuard {
    pub fn new<P: AsRef<Path>>(inputs: impl IntoIterator<Item = P>) -> WriteGuard {
        WriteGuard {
            inputs: inputs
                .into_iter()
                .filter_map(|p| p.as_ref().canonicalize().ok())
                .map(|p| path_key(&p))
                .collect(),
        }
    }

    /// Refuses `path` if it is an input of the run, or a source-text folder
    /// or a file directly inside one.
    pub fn check(&self, path: &Path) -> Result<(), ReportError> {
        if path
            .canonicalize()
            .is_ok_and(|p| self.inputs.contains(&path_key(&p)))
        {
            return Err(ReportError::WouldOverwriteInput {
                path: DisplayPath::new(path),
            });
        }
        let named_source_folder = |p: &Path| {
            p.file_name()
                .is_some_and(|n| is_source_folder(&n.to_string_lossy()))
        };
        let folder = std::iter::once(path)
            .chain(path.parent())
            .find(|f| named_source_folder(f));
        if let Some(folder) = folder {
            return Err(ReportError::SourceFolder {
                path: DisplayPath::new(folder),
            });
        }
        Ok(())
    }

    /// [`check`](Self::check), then creates the parent folder and writes
    /// `bytes` atomically.
    pub fn write(&self, path: &Path, bytes: &[u8]) -> Result<(), ReportError> {
        self.check(path)?;
        let io = |source| ReportError::Io {
            path: DisplayPath::new(path),
            source,
        };
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(io)?;
        }
        write_atomically(path, bytes).map_err(io)
    }
}

/// Writes each (file name, bytes) into `out`, never over a path in `inputs`
/// and never into a source-text folder.
pub fn write_named(
    out: &Path,
    reports: Vec<(&str, Vec<u8>)>,
    inputs: &[PathBuf],
) -> Result<Vec<PathBuf>, ReportError> {
    let names: Vec<&str> = reports.iter().map(|r| r.0).collect();
    check_target(out, &names, &WriteGuard::new(inputs))?;
    let mut written = Vec::new();
    for (name, bytes) in reports {
        let path = out.join(name);
        write_atomically(&path, &bytes).map_err(|source| ReportError::Io {
            path: DisplayPath::new(&path),
            source,
        })?;
        written.push(path);
    }
    Ok(written)
}

/// Writes `bytes` to a temporary file beside `path`, then renames it.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let mut tmp = tempfile::Builder::new()
        .prefix(".citeaudit-")
        .tempfile_in(dir)?;
    tmp.write_all(bytes)?;
    persist(tmp, path)
}

/// Makes a finished temporary file readable by all (a temporary file is
/// private, 0600), syncs it and renames it to `path`.
fn persist(tmp: tempfile::NamedTempFile, path: &Path) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        tmp.as_file()
            .set_permissions(std::fs::Permissions::from_mode(0o644))?;
    }
    tmp.as_file().sync_all()?;
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_guard_knows_an_input_however_it_is_spelled() {
        let dir = tempfile::tempdir().unwrap();
        let input = dir.path().join("a.md");
        std::fs::write(&input, "A claim [1].").unwrap();
        std::fs::write(dir.path().join("b.md"), "Another.").unwrap();
        let guard = WriteGuard::new([&input]);
        let spelled = dir.path().join(".").join("a.md");
        assert!(matches!(
            guard.check(&spelled),
            Err(ReportError::WouldOverwriteInput { .. })
        ));
        assert!(guard.check(&dir.path().join("b.md")).is_ok());
        assert!(guard.check(&dir.path().join("new.csv")).is_ok());
    }

    #[test]
    fn formula_cells_are_defused() {
        for bad in ["=SUM(A1)", "+1", "-2", "@x", "\tx", "\rx"] {
            assert!(safe_cell(bad).starts_with('\''), "{bad:?}");
        }
        assert_eq!(safe_cell("plain"), "plain");
        assert_eq!(safe_cell(""), "");
    }

    #[test]
    fn csv_quotes_like_rfc4180() {
        let dir = tempfile::tempdir().unwrap();
        let row = DuplicateRow {
            article: "a.md",
            group: 1,
            source: "=1",
            line: 2,
            score: 0.5,
            text: "x, \"y\"",
        };
        let path = write_duplicates(dir.path(), std::iter::once(row), &[]).unwrap();
        assert_eq!(
            std::fs::read_to_string(path).unwrap(),
            "article,group,source,line,score,text\na.md,1,'=1,2,0.500,\"x, \"\"y\"\"\"\n"
        );
        // Nothing but the report is left in the folder.
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }
}
