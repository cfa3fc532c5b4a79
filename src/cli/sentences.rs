//! `citeaudit sentences`: how citeaudit reads one article, sentence by
//! sentence, with the settings `check` would use.

use std::io::{self, Write};

use citeaudit::audit::AuditOptions;
use citeaudit::audit_document;
use citeaudit::batch::guard::guarded;
use citeaudit::model::SentenceRecord;
use citeaudit::read::load::load_file;
use citeaudit::read::structure::Format;
use rayon::prelude::*;

use crate::cli::{
    display, fail, load_config, read_stdin, InputFormat, SentencesArgs, SentencesFormat,
};

/// A skipped stretch in `sentences` output: `  12:1   skipped     source-list
/// (lines 12-30)`, or `{"skipped":"source-list","line":12,"end_line":30}`.
fn write_skipped(
    out: &mut impl Write,
    k: &citeaudit::model::SkippedLines,
    format: SentencesFormat,
) -> io::Result<()> {
    match format {
        SentencesFormat::Jsonl => writeln!(
            out,
            "{{\"skipped\":\"{}\",\"line\":{},\"end_line\":{}}}",
            k.reason, k.line, k.end_line
        ),
        SentencesFormat::Text => {
            let lines = if k.line == k.end_line {
                format!("line {}", k.line)
            } else {
                format!("lines {}-{}", k.line, k.end_line)
            };
            writeln!(
                out,
                "{:>4}:{:<3} {:<11} {:<8} {:<16} ({lines})",
                k.line, 1, "skipped", "-", k.reason
            )
        }
    }
}

/// One line of `sentences --format jsonl`, keys in the documented order.
#[derive(serde::Serialize)]
struct JsonSentence<'a> {
    sentence: usize,
    line: usize,
    column: usize,
    kind: &'a str,
    cited: &'a [String],
    flags: Vec<&'a str>,
    text: &'a str,
}

pub fn run_sentences(args: &SentencesArgs) -> io::Result<u8> {
    let from_stdin = args.file.as_os_str() == "-";
    let loaded = if from_stdin {
        read_stdin("<stdin>", args.max_file_size)
    } else {
        load_file(&args.file, args.max_file_size)
    };
    let doc = match loaded {
        Ok(doc) => doc,
        Err(e) => {
            eprintln!("error: {e}");
            return Ok(2);
        }
    };
    let format = match args.input_format {
        InputFormat::Text => Format::PlainText,
        InputFormat::Markdown => Format::Markdown,
        InputFormat::Html => Format::Html,
        InputFormat::Auto if from_stdin => Format::PlainText,
        InputFormat::Auto => Format::from_path(&args.file),
    };
    let name = display(&args.file);
    // The settings `check` would use for this article (claim kinds, caption
    // and boilerplate openings, citation scope, thresholds).
    let options =
        match load_config(args.config.as_deref()).and_then(|c| c.with_defaults().settings()) {
            Ok(settings) => AuditOptions {
                max_file_size: args.max_file_size,
                links_cite: args.links_cite || settings.audit.links_cite,
                ..settings.audit
            },
            Err(message) => return fail(message),
        };
    let audit = match guarded(&name, || audit_document(&name, &doc, format, &options)) {
        Ok(audit) => audit,
        Err(message) => return fail(message),
    };
    // Lines are formatted in parallel, a chunk of sentences per task, then
    // written in order with the skipped stretches between them.
    let chunks: Vec<FormattedChunk> = audit
        .sentences
        .par_chunks(SENTENCES_PER_TASK)
        .map(|chunk| format_chunk(chunk, args.format))
        .collect::<io::Result<_>>()?;
    let mut out = io::BufWriter::new(io::stdout().lock());
    let mut skipped = audit.skipped.iter().peekable();
    for (chunk, formatted) in audit.sentences.chunks(SENTENCES_PER_TASK).zip(&chunks) {
        let mut start = 0;
        for (s, &end) in chunk.iter().zip(&formatted.ends) {
            while let Some(k) = skipped.next_if(|k| k.line <= s.line) {
                write_skipped(&mut out, k, args.format)?;
            }
            out.write_all(&formatted.bytes[start..end])?;
            start = end;
        }
    }
    for k in skipped {
        write_skipped(&mut out, k, args.format)?;
    }
    out.flush()?;
    // The process ends here: freeing every sentence one by one would only
    // delay the exit (measurable on a 20 MB article).
    std::mem::forget(audit);
    Ok(0)
}

/// Sentences formatted by one task.
const SENTENCES_PER_TASK: usize = 4096;

/// The output lines of a chunk of sentences, and where each one ends.
struct FormattedChunk {
    bytes: Vec<u8>,
    ends: Vec<usize>,
}

fn format_chunk(chunk: &[SentenceRecord], format: SentencesFormat) -> io::Result<FormattedChunk> {
    let mut out = FormattedChunk {
        bytes: Vec::new(),
        ends: Vec::with_capacity(chunk.len()),
    };
    for s in chunk {
        write_sentence(&mut out.bytes, s, format)?;
        out.ends.push(out.bytes.len());
    }
    Ok(out)
}

/// One sentence's line of `sentences` output.
fn write_sentence(
    out: &mut impl Write,
    s: &SentenceRecord,
    format: SentencesFormat,
) -> io::Result<()> {
    match format {
        SentencesFormat::Jsonl => {
            let row = JsonSentence {
                sentence: s.sentence,
                line: s.line,
                column: s.column,
                kind: s.kind.as_str(),
                cited: &s.cited,
                flags: s.flags.iter().map(|f| f.as_str()).collect(),
                text: &s.text,
            };
            serde_json::to_writer(&mut *out, &row).map_err(io::Error::other)?;
            writeln!(out)
        }
        SentencesFormat::Text => {
            let cited = if s.cited.is_empty() {
                String::from("-")
            } else {
                format!("[{}]", s.cited.join(","))
            };
            let flags = if s.flags.is_empty() {
                String::from("-")
            } else {
                let flags: Vec<&str> = s.flags.iter().map(|f| f.as_str()).collect();
                flags.join(";")
            };
            writeln!(
                out,
                "{:>4}:{:<3} {:<11} {:<8} {:<16} {}",
                s.line,
                s.column,
                s.kind.as_str(),
                cited,
                flags,
                s.text
            )
        }
    }
}
