//! Batch boilerplate: a sentence that recurs in at least `min_articles`
//! articles of a run (site chrome, a newsletter pitch) is `boilerplate`,
//! whatever the single-article rules said. A pre-pass reads each article
//! up to its sentence kinds and collects its sentence keys; the audit then
//! treats those sentences as boilerplate before checking anything (and,
//! in a run, finishes each article from the pre-pass's reading:
//! [`crate::batch::drafts`]).
//!
//! The pre-pass keeps memory flat however large the run: each article's
//! distinct keys go to a spill file and into a count-min sketch of fixed
//! size; then the spill file is read once more and only the keys the sketch
//! counts often enough (a sketch never undercounts) are counted exactly.
//! The result is exact, the same set an in-memory count gives
//! ([`repeated`], kept as the reference and tested against).

use std::collections::{HashMap, HashSet};
use std::io::{BufReader, BufWriter, Read, Seek, Write};
use std::path::Path;

use rayon::prelude::*;

use crate::audit::{read_article, AuditOptions};
use crate::batch::drafts::DraftWriter;
use crate::batch::guard::guarded;
use crate::batch::inputs::Input;
use crate::hash::KeySet;
use crate::read::format::Format;
use crate::read::load::{load_file, DisplayPath};

/// Default of `--batch-boilerplate`: articles a sentence must recur in.
pub const DEFAULT_BATCH_BOILERPLATE: usize = 5;

/// The sentence keys ([`crate::audit::sentence_key`]) found in at least
/// `min_articles` of the articles' key lists (each list holds an article's
/// distinct keys), counted in memory. `min_articles` below 2 turns the rule
/// off.
pub fn repeated(per_article: Vec<Vec<u64>>, min_articles: usize) -> HashSet<u64> {
    if min_articles < 2 {
        return HashSet::new();
    }
    let mut seen_in: HashMap<u64, usize> = HashMap::new();
    for keys in per_article {
        for key in keys {
            *seen_in.entry(key).or_insert(0) += 1;
        }
    }
    seen_in
        .into_iter()
        .filter(|(_, n)| *n >= min_articles)
        .map(|(key, _)| key)
        .collect()
}

/// A count-min sketch: `ROWS` rows of counters, each key counted in one
/// counter a row; its estimate is the smallest of its counters, never less
/// than its true count.
struct Sketch {
    counters: Vec<u16>,
}

impl Sketch {
    const ROWS: usize = 4;
    /// Counters a row (2^18: 2 MiB in all). With a million distinct keys a
    /// row, a key seen once still rarely reaches an estimate of 5 in all
    /// four rows; such false candidates only cost an exact count.
    const WIDTH_BITS: u32 = 18;

    fn new() -> Sketch {
        Sketch {
            counters: vec![0; Self::ROWS << Self::WIDTH_BITS],
        }
    }

    fn cells(key: u64) -> impl Iterator<Item = usize> {
        const SEEDS: [u64; Sketch::ROWS] = [
            0x9e37_79b9_7f4a_7c15,
            0xc2b2_ae3d_27d4_eb4f,
            0x1656_67b1_9e37_79f9,
            0x27d4_eb2f_1656_67c5,
        ];
        SEEDS.into_iter().enumerate().map(move |(row, seed)| {
            let h = (key ^ seed).wrapping_mul(0xff51_afd7_ed55_8ccd);
            (row << Self::WIDTH_BITS) | (h >> (64 - Self::WIDTH_BITS)) as usize
        })
    }

    fn add(&mut self, key: u64) {
        for cell in Self::cells(key) {
            self.counters[cell] = self.counters[cell].saturating_add(1);
        }
    }

    fn estimate(&self, key: u64) -> usize {
        Self::cells(key)
            .map(|cell| usize::from(self.counters[cell]))
            .min()
            .unwrap_or(0)
    }
}

/// Articles whose keys are read between two writes to the spill file.
const CHUNK: usize = 256;

/// The keys of sentences found in at least `min` of `inputs` (see the
/// module): a light pass (no sources, no matching), memory flat in the
/// number of articles. A file that cannot be read, or whose reading panics,
/// has no keys here; its own audit reports the problem. With `drafts`,
/// each article as read is also written there, in input order (see
/// [`crate::batch::drafts`]): an empty record for one not read.
pub fn repeated_in(
    inputs: &[Input],
    options: &AuditOptions,
    min: usize,
    mut drafts: Option<&mut DraftWriter>,
) -> std::io::Result<KeySet> {
    if min < 2 {
        return Ok(KeySet::default());
    }
    let mut sketch = Sketch::new();
    let mut spill = BufWriter::new(tempfile::tempfile()?);
    let keep = drafts.is_some();
    for chunk in inputs.chunks(CHUNK) {
        let read: Vec<(Vec<u64>, Option<Vec<u8>>)> = chunk
            .par_iter()
            .map(|i| {
                guarded(&i.name, || {
                    load_file(&i.path, options.max_file_size)
                        .map(|doc| {
                            let read =
                                read_article(&doc, Format::from_path(&i.path), options, true);
                            (
                                read.distinct_keys(),
                                keep.then(|| crate::batch::drafts::encode(&read)),
                            )
                        })
                        .unwrap_or_default()
                })
                .unwrap_or_default()
            })
            .collect();
        for (keys, record) in read {
            for key in keys {
                sketch.add(key);
                spill.write_all(&key.to_le_bytes())?;
            }
            if let Some(drafts) = drafts.as_deref_mut() {
                drafts.push(record.as_deref());
            }
        }
    }
    let mut file = spill.into_inner().map_err(|e| e.into_error())?;
    file.rewind()?;
    let mut counts: HashMap<u64, usize, std::hash::BuildHasherDefault<crate::hash::KeyHasher>> =
        HashMap::default();
    let mut reader = BufReader::new(file);
    let mut bytes = [0u8; 8];
    loop {
        match reader.read_exact(&mut bytes) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => break,
            Err(e) => return Err(e),
        }
        let key = u64::from_le_bytes(bytes);
        if sketch.estimate(key) >= min {
            *counts.entry(key).or_insert(0) += 1;
        }
    }
    Ok(counts
        .into_iter()
        .filter(|(_, n)| *n >= min)
        .map(|(key, _)| key)
        .collect())
}

/// First line of a keys file (`--write-boilerplate-keys`), before ` min=N`
/// (the `--batch-boilerplate` the keys were counted with).
const KEYS_HEADER: &str = "# citeaudit batch-boilerplate keys v1";

/// Why a keys file cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum KeysError {
    #[error("{path}: cannot read boilerplate keys: {source}")]
    Read {
        path: DisplayPath,
        source: std::io::Error,
    },
    #[error("{path}:{line}: not a citeaudit boilerplate-keys file ({reason})")]
    Malformed {
        path: DisplayPath,
        line: usize,
        reason: &'static str,
    },
    #[error("{path}: the keys were counted with --batch-boilerplate {written}; this run uses {asked} (write them again, or pass --batch-boilerplate {written})")]
    Threshold {
        path: DisplayPath,
        written: usize,
        asked: usize,
    },
}

/// The text of a keys file: a header line naming the threshold `min` the
/// keys were counted with, then one key a line (16 hex digits), sorted, so
/// that the file is the same on every machine.
pub fn keys_text(keys: &KeySet, min: usize) -> String {
    let mut sorted: Vec<u64> = keys.iter().copied().collect();
    sorted.sort_unstable();
    let mut text = String::with_capacity(17 * sorted.len() + KEYS_HEADER.len() + 16);
    text.push_str(&format!("{KEYS_HEADER} min={min}\n"));
    for key in sorted {
        text.push_str(&format!("{key:016x}\n"));
    }
    text
}

/// Reads a keys file written by [`keys_text`] for a run whose threshold is
/// `min`: keys counted with another threshold would judge differently.
pub fn read_keys(path: &Path, min: usize) -> Result<KeySet, KeysError> {
    let text = std::fs::read_to_string(path).map_err(|source| KeysError::Read {
        path: DisplayPath::new(path),
        source,
    })?;
    let malformed = |line, reason| KeysError::Malformed {
        path: DisplayPath::new(path),
        line,
        reason,
    };
    let mut lines = text.lines();
    let written = lines
        .next()
        .and_then(|header| header.strip_prefix(KEYS_HEADER))
        .and_then(|rest| rest.strip_prefix(" min="))
        .and_then(|n| n.parse::<usize>().ok())
        .ok_or_else(|| malformed(1, "its first line is not the citeaudit header"))?;
    if written != min {
        return Err(KeysError::Threshold {
            path: DisplayPath::new(path),
            written,
            asked: min,
        });
    }
    let mut keys = KeySet::default();
    for (n, line) in lines.enumerate() {
        if line.len() != 16 {
            return Err(malformed(n + 2, "a key is 16 hexadecimal digits"));
        }
        let key = u64::from_str_radix(line, 16)
            .map_err(|_| malformed(n + 2, "a key is 16 hexadecimal digits"))?;
        keys.insert(key);
    }
    Ok(keys)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sketch_never_undercounts() {
        let mut sketch = Sketch::new();
        for key in 0..50_000u64 {
            for _ in 0..(key % 7) {
                sketch.add(key.wrapping_mul(0x2545_f491_4f6c_dd1d));
            }
        }
        for key in 0..50_000u64 {
            let k = key.wrapping_mul(0x2545_f491_4f6c_dd1d);
            assert!(sketch.estimate(k) >= (key % 7) as usize);
        }
    }

    #[test]
    fn the_flat_pre_pass_finds_exactly_what_an_in_memory_count_finds() {
        let dir = tempfile::tempdir().unwrap();
        // Twelve articles: a pitch in all, a line in four, own claims.
        let mut inputs = Vec::new();
        for a in 0..12 {
            let mut text = format!("The pier at Solm{a} was rebuilt in spring.\n\n");
            text.push_str("The Harbour Letter is published by the Coast Trust.\n\n");
            if a % 3 == 0 {
                text.push_str("Tides on the west shore run two hours late.\n\n");
            }
            let path = dir.path().join(format!("a{a:02}.txt"));
            std::fs::write(&path, text).unwrap();
            inputs.push(Input {
                name: format!("a{a:02}.txt"),
                path,
            });
        }
        let options = AuditOptions::default();
        for min in [2, 4, 5, 12, 13] {
            let flat = repeated_in(&inputs, &options, min, None).unwrap();
            let per_article: Vec<Vec<u64>> = inputs
                .iter()
                .map(|i| {
                    let doc = load_file(&i.path, u64::MAX).unwrap();
                    crate::audit::sentence_keys(&doc, Format::PlainText, &options)
                })
                .collect();
            let exact = repeated(per_article, min);
            let flat: HashSet<u64> = flat.into_iter().collect();
            assert_eq!(flat, exact, "min {min}");
        }
        // The pitch (12 articles) and, at 4, the tide line.
        assert_eq!(repeated_in(&inputs, &options, 4, None).unwrap().len(), 2);
        assert_eq!(repeated_in(&inputs, &options, 5, None).unwrap().len(), 1);
    }

    #[test]
    fn keys_files_round_trip_and_bad_ones_name_the_line() {
        let keys: KeySet = [3u64, 0xdead_beef, u64::MAX].into_iter().collect();
        let text = keys_text(&keys, 5);
        assert!(text.starts_with(&format!("{KEYS_HEADER} min=5\n")));
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("keys.txt");
        std::fs::write(&path, &text).unwrap();
        assert_eq!(read_keys(&path, 5).unwrap(), keys);
        let err = read_keys(&path, 3).unwrap_err().to_string();
        assert!(
            err.contains("counted with --batch-boilerplate 5; this run uses 3"),
            "{err}"
        );
        std::fs::write(&path, format!("{KEYS_HEADER} min=5\n00000000000000zz\n")).unwrap();
        let err = read_keys(&path, 5).unwrap_err().to_string();
        assert!(err.ends_with("keys.txt:2: not a citeaudit boilerplate-keys file (a key is 16 hexadecimal digits)"), "{err}");
        std::fs::write(&path, "hello\n").unwrap();
        assert!(read_keys(&path, 5).is_err());
    }
}
