//! `citeaudit duplicates`: statements shared by documents in folders.

use std::io::{self, Write};

use citeaudit::report;

use crate::cli::{display, plural, DuplicatesArgs};

pub fn run_duplicates(args: &DuplicatesArgs) -> io::Result<u8> {
    let found =
        citeaudit::batch::scan::scan(&args.paths, args.duplicate_threshold, args.max_file_size);
    for message in &found.errors {
        eprintln!("error: {message}");
    }
    if found.documents.is_empty() && !found.errors.is_empty() {
        return Ok(2);
    }
    // Each row's `article` is the scanned path its document was found under
    // (there is no article): a short, stable name for a run over many files.
    let scanned: Vec<String> = args.paths.iter().map(|p| display(p)).collect();
    let rows = found.rows.iter().map(|row| report::DuplicateRow {
        article: &scanned[found.document_paths[row.document]],
        group: row.group,
        source: &found.documents[row.document],
        line: row.line,
        score: row.score,
        text: &row.text,
    });
    let written = match report::write_duplicates(&args.out, rows, &args.paths) {
        Ok(path) => path,
        Err(e) => {
            eprintln!("error: {e}");
            return Ok(2);
        }
    };
    if !args.quiet {
        let mut out = io::stdout().lock();
        let groups = found.rows.iter().map(|r| r.group).max().unwrap_or(0);
        for (copy, original, overlap) in &found.copies {
            writeln!(
                out,
                "{copy} republishes {original} ({:.0}% of its sentences)",
                overlap * 100.0
            )?;
        }
        writeln!(
            out,
            "{} document{}, {} sentences: {} duplicated statement{} in {} group{}",
            found.documents.len(),
            plural(found.documents.len()),
            found.sentences,
            found.rows.len(),
            plural(found.rows.len()),
            groups,
            plural(groups),
        )?;
        writeln!(out, "report: {}", display(&written))?;
    }
    Ok(if found.errors.is_empty() { 0 } else { 2 })
}
