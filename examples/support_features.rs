//! Prints the support features of claim–source pairs, for
//! `scripts/train_support.py`: one JSON object a line on standard input
//! (`{"claim": "...", "source": "..."}`), one CSV row a line on standard
//! output (the features in `matching::FEATURES` order, then the score).
//!
//! Each source text is split into sentences and indexed exactly as
//! `citeaudit check` does with a plain-text source file, and the claim is
//! scored as the one claim citing it.

use std::io::{self, BufRead, Write};

use citeaudit::audit::AuditOptions;
use citeaudit::audit_document;
use citeaudit::read::claims::Kind;
use citeaudit::read::load::Document;
use citeaudit::read::structure::Format;
use citeaudit::sources::text::document_sentences;
use citeaudit::verify::matching::{SourceIndex, FEATURES};

fn main() -> io::Result<()> {
    let options = AuditOptions::default();
    let mut out = io::BufWriter::new(io::stdout().lock());
    writeln!(out, "{},score", FEATURES.join(","))?;
    for line in io::stdin().lock().lines() {
        let line = line?;
        let row: serde_json::Value = serde_json::from_str(&line).map_err(io::Error::other)?;
        let claim = row["claim"].as_str().unwrap_or_default();
        let source = row["source"].as_str().unwrap_or_default();
        // The claim as `check` reads it in an article citing the source as
        // [1] (what `support.py` writes): markers are taken out of the text
        // (a QA answer's own `[5]` too) before it is scored.
        let text = format!(
            "{} [1].\n\n## References\n\n1. Cited page\n",
            claim.trim_end().trim_end_matches('.')
        );
        let article = Document::from_text("article.md", &text);
        let read = audit_document("article.md", &article, Format::Markdown, &options);
        let claim = read
            .sentences
            .iter()
            .find(|s| s.kind == Kind::Claim)
            .map_or("", |s| s.text.as_str());
        let doc = Document::from_text("source.txt", source);
        let sentences = document_sentences(&doc, Format::PlainText);
        let mut index = SourceIndex::new();
        let batch: Vec<(usize, usize, &str)> = sentences
            .iter()
            .map(|(line, text)| (0, *line, text.as_str()))
            .collect();
        index.add_batch(&batch);
        let scores = index.score_claim(claim, &[0]);
        match scores.iter().find(|s| s.source == 0) {
            Some(s) => {
                let cells: Vec<String> = s.features.iter().map(|f| format!("{f:.6}")).collect();
                writeln!(out, "{},{:.6}", cells.join(","), s.score)?;
            }
            None => writeln!(out, "{},0", vec!["0"; FEATURES.len()].join(","))?,
        }
    }
    out.flush()
}
