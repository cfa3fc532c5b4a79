//! Articles as read by the batch pre-pass, kept for the audit. The pre-pass
//! reads every article for its batch-boilerplate keys; the audit needs the
//! same reading ([`ReadArticle`]: sentences, kinds, source list, skipped
//! stretches, pragma plan), which does not depend on batch boilerplate. So
//! the pre-pass writes each article, as read, to a temporary spill file in
//! input order, in a compact binary form, and the audit reads it back
//! instead of reading the article again. Memory stays flat: the spill is on
//! disk, written and read a chunk of articles at a time. An article the
//! pre-pass could not read (or whose reading panicked) has an empty record;
//! the audit reads that one itself, and reports what goes wrong. The spill
//! only saves time: if it cannot be written or read back (a full disk),
//! the audit reads the articles again, as it would without it.

use std::fs::File;
use std::io::{self, BufReader, BufWriter, Read, Seek, Write};

use crate::audit::ReadArticle;
use crate::model::{Flag, Rule, SentenceRecord, SkippedLines, Status};
use crate::read::claims::Kind;
use crate::read::structure::SkipReason;
use crate::sources::declared::DeclaredSource;

/// The spill being written, one record an article.
pub struct DraftWriter {
    out: BufWriter<File>,
    /// The first write that failed: the spill is then given up.
    failed: Option<io::Error>,
}

impl DraftWriter {
    pub fn new() -> io::Result<DraftWriter> {
        Ok(DraftWriter::to(tempfile::tempfile()?))
    }

    fn to(file: File) -> DraftWriter {
        DraftWriter {
            out: BufWriter::new(file),
            failed: None,
        }
    }

    /// Appends one article's record: its encoding, or none when the
    /// pre-pass could not read it. A write that fails (a full disk) gives
    /// the spill up, never the run: [`DraftWriter::finish`] says so.
    pub fn push(&mut self, record: Option<&[u8]>) {
        if self.failed.is_some() {
            return;
        }
        let bytes = record.unwrap_or_default();
        // Length 0 marks "not read" (an encoding is never empty).
        let written = self
            .out
            .write_all(&(bytes.len() as u64).to_le_bytes())
            .and_then(|()| self.out.write_all(bytes));
        self.failed = written.err();
    }

    /// The spill, ready to be read from its first record, or why it cannot
    /// be used.
    pub fn finish(self) -> io::Result<DraftReader> {
        if let Some(e) = self.failed {
            return Err(e);
        }
        let mut file = self.out.into_inner().map_err(|e| e.into_error())?;
        file.rewind()?;
        Ok(DraftReader {
            input: BufReader::new(file),
        })
    }
}

/// The spill being read back, in the order it was written.
pub struct DraftReader {
    input: BufReader<File>,
}

impl DraftReader {
    /// The next article's record (empty: not read by the pre-pass).
    pub fn next_record(&mut self) -> io::Result<Vec<u8>> {
        let mut len = [0u8; 8];
        self.input.read_exact(&mut len)?;
        let len = usize::try_from(u64::from_le_bytes(len)).map_err(io::Error::other)?;
        let mut bytes = vec![0u8; len];
        self.input.read_exact(&mut bytes)?;
        Ok(bytes)
    }
}

/// The encoding of an article as read. Numbers are little-endian `u64`,
/// texts a length and their bytes, enums their index in their `ALL` list.
pub fn encode(read: &ReadArticle) -> Vec<u8> {
    let mut out = Encoder(Vec::with_capacity(256));
    out.len(read.declared.len());
    for d in &read.declared {
        out.text(&d.id);
        out.text(&d.title);
        out.text(&d.url);
    }
    out.len(read.sentences.len());
    for s in &read.sentences {
        debug_assert!(s.verdict.is_none() && !s.baselined, "read, not audited");
        out.len(s.sentence);
        out.len(s.block);
        out.len(s.line);
        out.len(s.column);
        out.index(&Kind::ALL, &s.kind);
        out.index(&Status::ALL, &s.status);
        out.len(s.flags.len());
        for f in &s.flags {
            out.index(&Flag::ALL, f);
        }
        out.texts(&s.cited);
        out.text(&s.text);
    }
    out.texts(&read.warnings);
    out.len(read.skipped.len());
    let reasons = SkipReason::ALL.map(SkipReason::as_str);
    for k in &read.skipped {
        out.len(k.line);
        out.len(k.end_line);
        out.index(&reasons, &k.reason);
    }
    out.len(read.ignore.len());
    for rules in &read.ignore {
        out.optional(rules.as_ref(), |out, rules| {
            out.len(rules.len());
            for r in rules {
                out.index(&Rule::ALL, r);
            }
        });
    }
    out.texts(&read.pragma_errors);
    for key in &read.keys {
        out.optional(key.as_ref(), |out, key| {
            out.0.extend_from_slice(&key.to_le_bytes())
        });
    }
    out.len(read.linked.len());
    for &k in &read.linked {
        out.len(k);
    }
    out.0
}

/// An article as read, from its encoding; `None` if the bytes are not one
/// (never for bytes [`encode`] wrote).
pub fn decode(bytes: &[u8]) -> Option<ReadArticle> {
    let mut at = Decoder { bytes, at: 0 };
    let declared = (0..at.len()?)
        .map(|_| {
            Some(DeclaredSource {
                id: at.text()?,
                title: at.text()?,
                url: at.text()?,
            })
        })
        .collect::<Option<Vec<_>>>()?;
    let sentences = (0..at.len()?)
        .map(|_| {
            Some(SentenceRecord {
                sentence: at.len()?,
                block: at.len()?,
                line: at.len()?,
                column: at.len()?,
                kind: at.pick(&Kind::ALL)?,
                status: at.pick(&Status::ALL)?,
                flags: (0..at.len()?)
                    .map(|_| at.pick(&Flag::ALL))
                    .collect::<Option<_>>()?,
                cited: at.texts()?,
                text: at.text()?,
                verdict: None,
                baselined: false,
            })
        })
        .collect::<Option<Vec<_>>>()?;
    let warnings = at.texts()?;
    let skipped = (0..at.len()?)
        .map(|_| {
            Some(SkippedLines {
                line: at.len()?,
                end_line: at.len()?,
                reason: at.pick(&SkipReason::ALL)?.as_str(),
            })
        })
        .collect::<Option<Vec<_>>>()?;
    let ignore = (0..at.len()?)
        .map(|_| {
            at.optional(|at| {
                (0..at.len()?)
                    .map(|_| at.pick(&Rule::ALL))
                    .collect::<Option<Vec<_>>>()
            })
        })
        .collect::<Option<Vec<_>>>()?;
    let pragma_errors = at.texts()?;
    // One key (or none) a sentence.
    let keys = (0..sentences.len())
        .map(|_| at.optional(Decoder::u64))
        .collect::<Option<Vec<_>>>()?;
    let linked = (0..at.len()?)
        .map(|_| at.len())
        .collect::<Option<Vec<_>>>()?;
    (at.at == bytes.len()).then_some(ReadArticle {
        declared,
        sentences,
        warnings,
        skipped,
        ignore,
        pragma_errors,
        keys,
        linked,
    })
}

struct Encoder(Vec<u8>);

impl Encoder {
    fn len(&mut self, n: usize) {
        self.0.extend_from_slice(&(n as u64).to_le_bytes());
    }

    fn text(&mut self, text: &str) {
        self.len(text.len());
        self.0.extend_from_slice(text.as_bytes());
    }

    fn texts(&mut self, texts: &[String]) {
        self.len(texts.len());
        for t in texts {
            self.text(t);
        }
    }

    /// A presence byte (0: none, 1: some), then the value if there is one.
    fn optional<T>(&mut self, value: Option<T>, write: impl FnOnce(&mut Self, T)) {
        match value {
            None => self.0.push(0),
            Some(value) => {
                self.0.push(1);
                write(self, value);
            }
        }
    }

    fn index<T: PartialEq>(&mut self, all: &[T], value: &T) {
        let k = all.iter().position(|v| v == value).unwrap_or(usize::MAX);
        self.0.push(u8::try_from(k).unwrap_or(u8::MAX));
    }
}

struct Decoder<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Decoder<'_> {
    fn take(&mut self, n: usize) -> Option<&[u8]> {
        let end = self.at.checked_add(n)?;
        let taken = self.bytes.get(self.at..end)?;
        self.at = end;
        Some(taken)
    }

    fn byte(&mut self) -> Option<u8> {
        Some(self.take(1)?[0])
    }

    fn u64(&mut self) -> Option<u64> {
        Some(u64::from_le_bytes(self.take(8)?.try_into().ok()?))
    }

    fn len(&mut self) -> Option<usize> {
        usize::try_from(self.u64()?).ok()
    }

    fn text(&mut self) -> Option<String> {
        let n = self.len()?;
        String::from_utf8(self.take(n)?.to_vec()).ok()
    }

    fn texts(&mut self) -> Option<Vec<String>> {
        (0..self.len()?).map(|_| self.text()).collect()
    }

    /// What [`Encoder::optional`] wrote: `Some(None)` for none.
    fn optional<T>(&mut self, read: impl FnOnce(&mut Self) -> Option<T>) -> Option<Option<T>> {
        match self.byte()? {
            0 => Some(None),
            _ => read(self).map(Some),
        }
    }

    fn pick<T: Copy>(&mut self, all: &[T]) -> Option<T> {
        all.get(usize::from(self.byte()?)).copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::audit::{read_article, AuditOptions};
    use crate::read::load::Document;
    use crate::read::structure::Format;

    #[test]
    fn an_article_as_read_comes_back_the_same() {
        let text = "# Pier works\n\nThe pier reopened in May [1]. Fees rose [2][9] and [1-900].\n\n\
            <!-- citeaudit: ignore uncited, no-such-rule -->\n\nThe quay is old, says [the port](https://port.example/q).\n\n\
            ```\ncode\n```\n\nÉté: « quai » fermé [1].\n\n## Sources\n\n1. Harbour notice https://example.org/n\n2. Ledger\n";
        let doc = Document::from_text("mem/article.md", text);
        let read = read_article(&doc, Format::Markdown, &AuditOptions::default(), true);
        assert!(!read.skipped.is_empty() && !read.ignore.is_empty());
        assert!(!read.warnings.is_empty() && !read.pragma_errors.is_empty());
        assert!(!read.linked.is_empty());
        assert_eq!(decode(&encode(&read)), Some(read.clone()));
        // Cut short or with a byte too many, it is not an article.
        let bytes = encode(&read);
        assert_eq!(decode(&bytes[..bytes.len() - 1]), None);
        // The empty record of an article the pre-pass could not read.
        assert_eq!(decode(&[]), None);
        assert_eq!(decode(&[bytes.as_slice(), &[0]].concat()), None);
    }

    #[test]
    fn the_spill_gives_back_its_records_in_order() {
        let mut spill = DraftWriter::new().unwrap();
        spill.push(Some(b"first"));
        spill.push(None);
        spill.push(Some(b"third"));
        let mut back = spill.finish().unwrap();
        assert_eq!(back.next_record().unwrap(), b"first");
        assert!(back.next_record().unwrap().is_empty());
        assert_eq!(back.next_record().unwrap(), b"third");
        assert!(back.next_record().is_err());
    }

    #[test]
    fn a_spill_that_cannot_be_written_is_given_up() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("spill");
        std::fs::write(&path, b"").unwrap();
        // A file open for reading only: every write fails (once flushed).
        let mut spill = DraftWriter::to(File::open(&path).unwrap());
        spill.push(Some(&[7; 20_000]));
        spill.push(Some(b"more"));
        assert!(spill.finish().is_err());
    }
}
