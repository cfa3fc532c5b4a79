//! Stage 1, load: bytes → text and a line index.
//!
//! Accepts UTF-8 (with or without BOM) and UTF-16 with a BOM, and a page
//! that is not UTF-8 but declares its encoding in its first 1,024 bytes
//! (`<meta charset>`, the `Content-Type` of `<meta http-equiv>`, or an XML
//! declaration), as a browser reads it: saved web pages are often
//! `windows-1252`. Anything else that is not UTF-8 is refused. Line ends
//! (`\r\n`, `\r`, `\n`) are normalised to `\n` so later stages see one
//! convention; the normalisation never changes which line a character is on or
//! its column (counted in Unicode scalar values), so every line and column we
//! report is the original file's.

use std::fmt;
use std::path::{Path, PathBuf};

use thiserror::Error;

use crate::read::format::FileFormat;

/// Default for `--max-file-size`: larger inputs are refused, not truncated.
pub const DEFAULT_MAX_FILE_SIZE: u64 = 64 * 1024 * 1024;

/// Why an input could not be read as text.
#[derive(Debug, Error)]
pub enum LoadError {
    #[error("{path}: cannot read: {source}")]
    Io {
        path: DisplayPath,
        #[source]
        source: std::io::Error,
    },
    #[error(
        "{path}: looks binary (NUL byte at byte offset {offset}); only text files can be read"
    )]
    Binary { path: DisplayPath, offset: usize },
    #[error("{path}: invalid UTF-8 at byte offset {offset} (line {line}); save the file as UTF-8{or_declare}")]
    InvalidUtf8 {
        path: DisplayPath,
        offset: usize,
        line: usize,
        /// For an HTML page, the other way out: declaring its encoding.
        or_declare: &'static str,
    },
    #[error("{path}: invalid UTF-8 at byte offset {offset} (line {line}), and not the {encoding} it declares either; save the file as UTF-8")]
    InvalidDeclared {
        path: DisplayPath,
        offset: usize,
        line: usize,
        encoding: &'static str,
    },
    #[error("{path}: invalid UTF-16 at byte offset {offset}")]
    InvalidUtf16 { path: DisplayPath, offset: usize },
    #[error(
        "{path}: {size} bytes is over --max-file-size ({max} bytes); raise the limit to audit it"
    )]
    TooLarge {
        path: DisplayPath,
        size: u64,
        max: u64,
    },
    #[error("{path}: more than {max} bytes, over --max-file-size; raise the limit to audit it")]
    StreamTooLarge { path: DisplayPath, max: u64 },
    #[error("{path}: not a regular file (a pipe, socket or device); only files and standard input (-) can be read")]
    NotAFile { path: DisplayPath },
    #[error("{path}: file is empty; nothing to read")]
    Empty { path: DisplayPath },
}

/// A path as the user should see it in messages (`/` separators, as given).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DisplayPath(pub String);

impl DisplayPath {
    pub fn new(path: &Path) -> Self {
        DisplayPath(path.to_string_lossy().replace('\\', "/"))
    }
}

impl fmt::Display for DisplayPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Decoded text of one file with its line index.
#[derive(Debug, Clone)]
pub struct Document {
    pub path: PathBuf,
    /// Text with line ends normalised to `\n` and any BOM removed.
    pub text: String,
    pub lines: LineIndex,
}

impl Document {
    /// A document from text already in memory (tests, stdin after decoding).
    pub fn from_text(path: impl Into<PathBuf>, text: &str) -> Self {
        Document::from_string(path, text.to_owned())
    }

    /// A document owning `text` (no copy unless its line ends need work).
    pub fn from_string(path: impl Into<PathBuf>, text: String) -> Self {
        let text = normalize_line_ends(text);
        let lines = LineIndex::new(&text);
        Document {
            path: path.into(),
            text,
            lines,
        }
    }
}

/// Reads and decodes a file, refusing anything over `max_size` bytes.
pub fn load_file(path: &Path, max_size: u64) -> Result<Document, LoadError> {
    let display = || DisplayPath::new(path);
    let meta = std::fs::metadata(path).map_err(|source| LoadError::Io {
        path: display(),
        source,
    })?;
    if !meta.is_file() && !meta.is_dir() {
        // Reading a FIFO would block until a writer comes, a device forever.
        return Err(LoadError::NotAFile { path: display() });
    }
    if meta.len() > max_size {
        return Err(LoadError::TooLarge {
            path: display(),
            size: meta.len(),
            max: max_size,
        });
    }
    let bytes = std::fs::read(path).map_err(|source| LoadError::Io {
        path: display(),
        source,
    })?;
    decode(path, bytes, max_size)
}

/// Decodes bytes read from `path` (or stdin) into a [`Document`].
pub fn decode(path: &Path, bytes: Vec<u8>, max_size: u64) -> Result<Document, LoadError> {
    let display = || DisplayPath::new(path);
    if bytes.len() as u64 > max_size {
        return Err(LoadError::TooLarge {
            path: display(),
            size: bytes.len() as u64,
            max: max_size,
        });
    }
    let text: String = if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        decode_utf16(rest, u16::from_le_bytes).map_err(|offset| LoadError::InvalidUtf16 {
            path: display(),
            offset: offset + 2,
        })?
    } else if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        decode_utf16(rest, u16::from_be_bytes).map_err(|offset| LoadError::InvalidUtf16 {
            path: display(),
            offset: offset + 2,
        })?
    } else {
        let mut body = bytes;
        let bom = if body.starts_with(&[0xEF, 0xBB, 0xBF]) {
            body.drain(..3);
            3
        } else {
            0
        };
        if let Some(offset) = memchr::memchr(0, &body) {
            return Err(LoadError::Binary {
                path: display(),
                offset: offset + bom,
            });
        }
        // Validated in place: the bytes become the text without a copy.
        match String::from_utf8(body) {
            Ok(s) => s,
            Err(e) => {
                let offset = e.utf8_error().valid_up_to();
                let body = e.as_bytes();
                let line = 1 + body[..offset].iter().filter(|&&b| b == b'\n').count();
                match declared_encoding(body) {
                    Some(encoding) => {
                        match encoding.decode_without_bom_handling_and_without_replacement(body) {
                            Some(text) => text.into_owned(),
                            None => {
                                return Err(LoadError::InvalidDeclared {
                                    path: display(),
                                    offset: offset + bom,
                                    line,
                                    encoding: encoding.name(),
                                })
                            }
                        }
                    }
                    None => {
                        let html = FileFormat::detect(path) == Some(FileFormat::Html);
                        return Err(LoadError::InvalidUtf8 {
                            path: display(),
                            offset: offset + bom,
                            line,
                            or_declare: if html {
                                " or declare the encoding it is in (`<meta charset=\"windows-1252\">`)"
                            } else {
                                ""
                            },
                        });
                    }
                }
            }
        }
    };
    // UTF-8 was checked for NUL above; UTF-16 can decode to one.
    if let Some(offset) = memchr::memchr(0, text.as_bytes()) {
        return Err(LoadError::Binary {
            path: display(),
            offset,
        });
    }
    if text.trim().is_empty() {
        return Err(LoadError::Empty { path: display() });
    }
    Ok(Document::from_string(path, text))
}

/// The encoding a page that is not UTF-8 declares in its first 1,024 bytes
/// (where a browser's prescan looks): `<meta charset="…">`, `<meta
/// http-equiv="Content-Type" content="text/html; charset=…">` or `<?xml …
/// encoding="…"?>`. Labels are the web's (`latin1` and `iso-8859-1` are
/// `windows-1252`, as browsers read them). A declared UTF-8 or UTF-16 is no
/// help for bytes that are not UTF-8, so it counts as none.
fn declared_encoding(bytes: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    let head = bytes[..bytes.len().min(1024)].to_ascii_lowercase();
    let xml = head.starts_with(b"<?xml");
    let key_at = |key: &[u8]| memchr::memmem::find(&head, key).map(|at| at + key.len());
    let at = xml
        .then(|| key_at(b"encoding="))
        .flatten()
        .or_else(|| key_at(b"charset="))?;
    let label: Vec<u8> = head[at..]
        .iter()
        .copied()
        .skip_while(|&b| b == b'"' || b == b'\'' || b == b' ')
        .take_while(|&b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b':'))
        .collect();
    let encoding = encoding_rs::Encoding::for_label(&label)?;
    let unicode = [
        encoding_rs::UTF_8,
        encoding_rs::UTF_16LE,
        encoding_rs::UTF_16BE,
    ];
    (!unicode.contains(&encoding)).then_some(encoding)
}

/// Decodes UTF-16 code units; on error returns the byte offset of the bad unit.
fn decode_utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> Result<String, usize> {
    if bytes.len() % 2 != 0 {
        return Err(bytes.len() - 1);
    }
    let units = bytes.chunks_exact(2).map(|c| unit([c[0], c[1]]));
    let mut out = String::with_capacity(bytes.len() / 2);
    for (i, ch) in char::decode_utf16(units).enumerate() {
        match ch {
            Ok(c) => out.push(c),
            Err(_) => return Err(i * 2),
        }
    }
    Ok(out)
}

fn normalize_line_ends(text: String) -> String {
    // The memchr crate's search, many bytes a step: the standard
    // library's `contains('\r')` reads the whole file about a byte a step.
    if memchr::memchr(b'\r', text.as_bytes()).is_none() {
        return text;
    }
    text.replace("\r\n", "\n").replace('\r', "\n")
}

/// Maps byte offsets of the normalised text to 1-based line and column.
///
/// Columns count characters. Counting from the line's start for every lookup
/// would be quadratic on one very long line (a paragraph of 100,000 sentences
/// with no line break), so the index also keeps the running character count
/// at checkpoints every `CHECKPOINT` (4 KiB) bytes: a lookup counts at most that many
/// bytes.
#[derive(Debug, Clone)]
pub struct LineIndex {
    line_starts: Vec<usize>,
    /// `(byte offset, characters before it)`, in order, the first at 0.
    checkpoints: Vec<(usize, usize)>,
    /// Every character is one byte: a column is a byte count.
    ascii: bool,
}

/// Bytes between two character-count checkpoints of a [`LineIndex`].
const CHECKPOINT: usize = 4096;

impl LineIndex {
    pub fn new(text: &str) -> Self {
        let mut line_starts = vec![0];
        line_starts.extend(memchr_newlines(text.as_bytes()));
        let ascii = text.is_ascii();
        let mut checkpoints = vec![(0, 0)];
        let (mut at, mut chars) = (0, 0);
        // An ASCII text's columns are byte counts: no checkpoints needed.
        while !ascii && at + CHECKPOINT < text.len() {
            let mut next = at + CHECKPOINT;
            while !text.is_char_boundary(next) {
                next += 1;
            }
            chars += text[at..next].chars().count();
            checkpoints.push((next, chars));
            at = next;
        }
        LineIndex {
            line_starts,
            checkpoints,
            ascii,
        }
    }

    /// 1-based line and column (in characters) of byte `offset` in `text`.
    /// An offset inside a character counts as that character's start.
    pub fn position(&self, text: &str, offset: usize) -> (usize, usize) {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = match self.line_starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        let start = self.line_starts[line];
        // Counting from the line's start is cheapest on all but very long
        // lines; those go through the checkpoints (never quadratic).
        let column = if self.ascii {
            offset - start + 1
        } else if offset - start <= 2 * CHECKPOINT {
            text[start..offset].chars().count() + 1
        } else {
            self.chars_before(text, offset) - self.chars_before(text, start) + 1
        };
        (line + 1, column)
    }

    /// How many characters of `text` stand before byte `offset`.
    fn chars_before(&self, text: &str, offset: usize) -> usize {
        let k = self.checkpoints.partition_point(|&(at, _)| at <= offset) - 1;
        let (at, chars) = self.checkpoints[k];
        chars + text[at..offset].chars().count()
    }
}

fn memchr_newlines(bytes: &[u8]) -> impl Iterator<Item = usize> + '_ {
    memchr::memchr_iter(b'\n', bytes).map(|i| i + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dec(bytes: &[u8]) -> Result<Document, LoadError> {
        decode(Path::new("a.txt"), bytes.to_vec(), DEFAULT_MAX_FILE_SIZE)
    }

    #[test]
    fn utf8_bom_is_dropped_and_columns_start_at_one() {
        let doc = dec(b"\xEF\xBB\xBFHi.\nBye.").unwrap();
        assert_eq!(doc.text, "Hi.\nBye.");
        assert_eq!(doc.lines.position(&doc.text, 4), (2, 1));
    }

    #[test]
    fn a_page_that_is_not_utf8_is_read_in_the_encoding_it_declares() {
        let page = |head: &str, body: &[u8]| {
            let mut bytes = head.as_bytes().to_vec();
            bytes.extend_from_slice(body);
            decode(Path::new("p.html"), bytes, DEFAULT_MAX_FILE_SIZE)
        };
        // Latin-1 as browsers read it (windows-1252: 0x92 is a quote mark).
        let doc = page(
            "<meta charset=\"ISO-8859-1\">\n",
            b"<p>Caf\xe9 prices rose \x92a lot\x92.</p>",
        )
        .unwrap();
        assert!(
            doc.text.ends_with("<p>Café prices rose ’a lot’.</p>"),
            "{}",
            doc.text
        );
        assert_eq!(
            doc.lines
                .position(&doc.text, doc.text.find("prices").unwrap()),
            (2, 9)
        );
        let http_equiv =
            "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">";
        assert!(page(http_equiv, b"\x80 5").unwrap().text.ends_with("€ 5"));
        let xml = "<?xml version=\"1.0\" encoding='iso-8859-15'?>";
        assert!(page(xml, b"<p>\xa4 5</p>")
            .unwrap()
            .text
            .ends_with("<p>€ 5</p>"));
        // Shift_JIS: two bytes a character.
        let sjis = page("<meta charset=shift_jis>", b"\x93\xfa\x96\x7b").unwrap();
        assert!(sjis.text.ends_with("日本"));
        // Bytes the declared encoding cannot hold either: refused, both named.
        let err = page("<meta charset=shift_jis>", b"ok \x85\x40")
            .unwrap_err()
            .to_string();
        assert!(err.contains("not the Shift_JIS it declares"), "{err}");
        // Declaring UTF-8 or nothing does not rescue bytes that are not UTF-8;
        // a page is told it may declare its encoding, a text file is not.
        for head in ["<meta charset=\"utf-8\">", "<p>"] {
            let err = page(head, b"caf\xe9").unwrap_err().to_string();
            assert!(
                err.contains("invalid UTF-8") && err.contains("meta charset"),
                "{err}"
            );
        }
        let err = dec(b"caf\xe9").map(|_| ()).unwrap_err().to_string();
        assert!(err.ends_with("save the file as UTF-8"), "{err}");
        // What a file declares counts whatever its name.
        assert_eq!(
            dec(b"<meta charset=latin1> caf\xe9").unwrap().text,
            "<meta charset=latin1> café"
        );
    }

    #[test]
    fn crlf_and_cr_keep_line_numbers() {
        let doc = dec(b"a\r\nb\rc\n").unwrap();
        assert_eq!(doc.text, "a\nb\nc\n");
        assert_eq!(doc.lines.position(&doc.text, 4), (3, 1));
    }

    #[test]
    fn utf16_both_orders() {
        let le: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("Hé.".encode_utf16().flat_map(|u| u.to_le_bytes()))
            .collect();
        let be: Vec<u8> = [0xFE, 0xFF]
            .into_iter()
            .chain("Hé.".encode_utf16().flat_map(|u| u.to_be_bytes()))
            .collect();
        assert_eq!(dec(&le).unwrap().text, "Hé.");
        assert_eq!(dec(&be).unwrap().text, "Hé.");
    }

    #[test]
    fn bad_inputs_name_the_problem() {
        assert!(matches!(
            dec(b"ab\0c"),
            Err(LoadError::Binary { offset: 2, .. })
        ));
        let err = dec(b"ok\nbad \xFF here").unwrap_err();
        assert!(matches!(
            err,
            LoadError::InvalidUtf8 {
                offset: 7,
                line: 2,
                ..
            }
        ));
        assert!(err
            .to_string()
            .starts_with("a.txt: invalid UTF-8 at byte offset 7"));
        assert!(matches!(dec(b" \n\n"), Err(LoadError::Empty { .. })));
        let big = decode(Path::new("a.txt"), b"0123456789".to_vec(), 5).unwrap_err();
        assert!(matches!(
            big,
            LoadError::TooLarge {
                size: 10,
                max: 5,
                ..
            }
        ));
    }

    #[test]
    fn unreadable_files_name_the_path() {
        let dir = tempfile::tempdir().unwrap();
        let err = load_file(dir.path(), DEFAULT_MAX_FILE_SIZE).unwrap_err();
        assert!(matches!(err, LoadError::Io { .. }));
        assert!(err.to_string().contains("cannot read"));
        let missing = load_file(&dir.path().join("gone.md"), DEFAULT_MAX_FILE_SIZE).unwrap_err();
        assert!(missing.to_string().contains("gone.md: cannot read"));
    }

    #[test]
    fn columns_on_a_long_line_cross_checkpoints() {
        let line = "é word ".repeat(3 * CHECKPOINT);
        let text = format!("first\n{line}");
        let doc = Document::from_text("x", &text);
        for offset in [6, 7, 6 + CHECKPOINT + 1, text.len() - 1] {
            if !text.is_char_boundary(offset) {
                continue;
            }
            let column = text[6..offset].chars().count() + 1;
            assert_eq!(doc.lines.position(&doc.text, offset), (2, column));
        }
    }

    #[test]
    fn an_offset_inside_a_character_is_that_character() {
        let doc = Document::from_text("x", "a\u{202f}b");
        assert_eq!(doc.lines.position(&doc.text, 2), (1, 2));
        assert_eq!(doc.lines.position(&doc.text, 99), (1, 4));
    }

    #[test]
    fn columns_count_characters_not_bytes() {
        let doc = Document::from_text("x", "éé x");
        assert_eq!(doc.lines.position(&doc.text, 5), (1, 4));
    }
}
