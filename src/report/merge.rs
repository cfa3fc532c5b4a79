//! `citeaudit merge`: the report folders of a sharded run (`check --shard
//! K/N`) become the reports of one run. Each shard's CSV rows are already in
//! article order and every article is in one shard, so the rows of all
//! shards, stably sorted by article name, are the rows one run writes, byte
//! for byte.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use crate::read::load::DisplayPath;
use crate::report::csv::{
    write_named, ReportError, AUDIT_HEADER, DUPLICATES_HEADER, REPORT_NAMES, SOURCES_HEADER,
    SUMMARY_HEADER,
};

/// Why shard folders cannot be merged.
#[derive(Debug, thiserror::Error)]
pub enum MergeError {
    #[error("{path}: cannot read: {source}")]
    Read {
        path: DisplayPath,
        source: csv::Error,
    },
    #[error("{path}: not a citeaudit report (its header is not that of {name})")]
    Header {
        path: DisplayPath,
        name: &'static str,
    },
    #[error("article {article} is in both {first} and {second}: were these shards of one run?")]
    Overlap {
        article: String,
        first: DisplayPath,
        second: DisplayPath,
    },
    #[error("{path}: is one of the folders merged; write the merged reports elsewhere")]
    OutIsInput { path: DisplayPath },
    #[error(transparent)]
    Write(#[from] ReportError),
}

/// What a merge found.
#[derive(Debug, Default)]
pub struct Merged {
    pub articles: usize,
    /// Articles whose `result` is `fail` (findings under the shards'
    /// `--fail-on`) and `error` (could not be audited).
    pub failed: usize,
    pub errors: usize,
    pub written: Vec<PathBuf>,
}

/// A cell as written, without the quote that protects a spreadsheet from
/// a formula ([`crate::report::csv::safe_cell`]): the article's name.
fn unprotected(cell: &str) -> &str {
    match cell.as_bytes() {
        [b'\'', b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r', ..] => &cell[1..],
        _ => cell,
    }
}

/// Reads one report of every shard: (shard folder, rows).
fn read_report(
    dirs: &[PathBuf],
    name: &'static str,
    header: &[&str],
) -> Result<Vec<(usize, csv::StringRecord)>, MergeError> {
    let mut rows = Vec::new();
    for (shard, dir) in dirs.iter().enumerate() {
        let path = dir.join(name);
        let read_error = |source| MergeError::Read {
            path: DisplayPath::new(&path),
            source,
        };
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(true)
            .from_path(&path)
            .map_err(read_error)?;
        let found = reader.headers().map_err(read_error)?;
        if !found.iter().eq(header.iter().copied()) {
            return Err(MergeError::Header {
                path: DisplayPath::new(&path),
                name,
            });
        }
        for row in reader.records() {
            rows.push((shard, row.map_err(read_error)?));
        }
    }
    Ok(rows)
}

/// Merges the reports in `dirs` into `out`.
pub fn merge(dirs: &[PathBuf], out: &Path) -> Result<Merged, MergeError> {
    let same = |a: &Path, b: &Path| match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => a == b,
    };
    if dirs.iter().any(|d| same(d, out)) {
        return Err(MergeError::OutIsInput {
            path: DisplayPath::new(out),
        });
    }
    let headers: [&[&str]; 4] = [
        &AUDIT_HEADER,
        &SOURCES_HEADER,
        &SUMMARY_HEADER,
        &DUPLICATES_HEADER,
    ];
    let mut files = Vec::new();
    let mut articles = 0;
    let (mut failed, mut errors) = (0, 0);
    for (name, header) in REPORT_NAMES.into_iter().zip(headers) {
        let mut rows = read_report(dirs, name, header)?;
        if name == "summary.csv" {
            // One row an article: an article in two shards means the
            // folders are not shards of one run.
            let mut owner: HashMap<&str, usize> = HashMap::new();
            for (shard, row) in &rows {
                let article = unprotected(&row[0]);
                if let Some(first) = owner.insert(article, *shard) {
                    return Err(MergeError::Overlap {
                        article: article.to_string(),
                        first: DisplayPath::new(&dirs[first]),
                        second: DisplayPath::new(&dirs[*shard]),
                    });
                }
            }
            articles = rows.len();
            let result = SUMMARY_HEADER
                .iter()
                .position(|h| *h == "result")
                .expect("summary.csv has a result column");
            for (_, row) in &rows {
                match row.get(result) {
                    Some("fail") => failed += 1,
                    Some("error") => errors += 1,
                    _ => {}
                }
            }
        }
        // Stable: an article's rows keep their order.
        rows.sort_by(|(_, a), (_, b)| unprotected(&a[0]).cmp(unprotected(&b[0])));
        let mut writer = csv::Writer::from_writer(Vec::new());
        // Writing to memory cannot fail.
        writer.write_record(header).expect("write to memory");
        for (_, row) in &rows {
            writer.write_record(row).expect("write to memory");
        }
        files.push((name, writer.into_inner().expect("flush to memory")));
    }
    let written = write_named(out, files, &[])?;
    Ok(Merged {
        articles,
        failed,
        errors,
        written,
    })
}
