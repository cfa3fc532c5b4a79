//! `citeaudit duplicates`: statements shared by documents in folders.

use std::io::{self, Write};
use std::path::PathBuf;

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
    let csv = report::duplicate_rows_csv(
        found
            .rows
            .iter()
            .zip(&found.row_paths)
            .map(|(row, &path)| (scanned[path].as_str(), std::slice::from_ref(row))),
    );
    let inputs: Vec<PathBuf> = Vec::new();
    let written = match report::write_named(&args.out, vec![("duplicates.csv", csv)], &inputs) {
        Ok(paths) => paths,
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
        let names: Vec<String> = written.iter().map(|p| display(p)).collect();
        writeln!(out, "report: {}", names.join(", "))?;
    }
    Ok(if found.errors.is_empty() { 0 } else { 2 })
}
