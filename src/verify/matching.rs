//! Stage 7, matching: how well a source passage supports a claim.
//!
//! Source sentences are indexed once per article ([`SourceIndex`]): each is
//! reduced to *terms* (lowercased content words, stemmed by keeping their first
//! [`STEM_LEN`] letters, so `approve`/`approval`/`approved` meet) and the
//! numbers it states. An inverted index from term to sentences yields
//! candidates for a claim: the sentences sharing its rarest terms. Only those
//! are scored.
//!
//! For each source that may support a claim, the best *window* (a source
//! sentence, alone or with its neighbour, since a claim often merges two
//! source sentences) is found by a quick word score:
//!
//! ```text
//! window = 0.60 · coverage + 0.15 · pairs + 0.25 · dice
//!          − 0.80 · missing_numbers − 0.50 · opposite
//! ```
//!
//! - `coverage`: the share of the claim's terms found in the window, each term
//!   weighted by its rarity (inverse document frequency over the article's
//!   source sentences), so names and specific words count more;
//! - `pairs`: the share of the claim's neighbouring term pairs that also stand
//!   near each other (within [`PAIR_DISTANCE`] terms) in the window;
//! - `dice`: character bigram similarity with the sentence;
//! - `missing_numbers`: the share of the claim's numbers (amounts, percents,
//!   years, spelled fractions) that the window does not state;
//! - `opposite`: the claim uses one side of a pair of opposite words
//!   (`rose`/`fell`, `reopened`/`closed`, …) and the window only the other.
//!
//! The *support score* of the source (what `cited_score` reports) then weighs
//! all the evidence, in the window and in the whole text ([`FEATURES`]), with
//! a logistic regression and small trees boosted on it ([`support_logit`]):
//! it is the probability that the text supports the claim. It is trained by
//! `scripts/train_support.py` on real development sets and are constants
//! here, with their date and data; nothing is learned or downloaded at run
//! time. The cited sources and the [`SCORED_SOURCES`] best others on words
//! get a support score; the rest are too far behind to support the claim.

use std::collections::HashMap;
use std::sync::OnceLock;

use rayon::prelude::*;

use crate::cjk::{self, is_cjk_letter};
use crate::verify::numbers::{is_figure, numbers_in_lowercase};
pub use crate::verify::numbers::{numbers, Number, NumberKind};
use crate::verify::postings::Postings;
use crate::verify::vocab::{packed, Vocab};

/// Words are stemmed to this many letters.
pub const STEM_LEN: usize = 6;
/// Neighbouring claim terms count as a pair found if they stand at most this
/// far apart in the window.
pub const PAIR_DISTANCE: usize = 3;
thread_local! {
    /// Per thread, for `score_claim`: the weight found so far by passage and
    /// the passages found (to reset them), reused claim after claim.
    static HIT_WEIGHTS: std::cell::RefCell<(Vec<f64>, Vec<u32>)> =
        const { std::cell::RefCell::new((Vec::new(), Vec::new())) };
    /// Per thread, for [`Bigrams::dice`] of two ASCII texts: a count by
    /// bigram code, all zero between calls.
    static BIGRAM_COUNTS: std::cell::RefCell<Vec<u32>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// Candidate sentences scored per claim, besides the best few of each cited
/// source.
pub const CANDIDATES: usize = 8;
/// Best candidates of each cited source scored besides.
pub const CITED_CANDIDATES: usize = 3;
/// Terms of a claim used to find candidates, rarest first.
pub const PROBE_TERMS: usize = 12;
/// A term found in more than this share of all sentences (and in more than
/// [`MIN_POSTING_LIMIT`]) is not used to find candidates, unless it is the
/// claim's rarest.
pub const COMMON_TERM_SHARE: f64 = 0.01;
pub const MIN_POSTING_LIMIT: usize = 1000;

/// Closed-class English words: they carry no evidence of support.
const STOPWORDS: &[&str] = &[
    "a", "about", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are",
    "as", "at", "be", "because", "been", "before", "being", "between", "both", "but", "by", "can",
    "could", "did", "do", "does", "doing", "during", "each", "few", "for", "from", "further",
    "had", "has", "have", "having", "he", "her", "here", "hers", "him", "his", "how", "i", "if",
    "in", "into", "is", "it", "its", "itself", "just", "me", "might", "more", "most", "must", "my",
    "no", "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other", "our", "out",
    "over", "own", "said", "same", "says", "she", "should", "so", "some", "such", "than", "that",
    "the", "their", "them", "then", "there", "these", "they", "this", "those", "through", "to",
    "too", "under", "until", "up", "very", "was", "we", "were", "what", "when", "where", "which",
    "while", "who", "whom", "why", "will", "with", "would", "you", "your",
];

pub(crate) fn is_stopword(word: &str) -> bool {
    // Every stop word is short: a word is one number (its bytes, as the
    // vocabulary packs them), compared with the few stop words of its first
    // byte as numbers, not strings.
    static TABLE: OnceLock<Vec<Vec<u64>>> = OnceLock::new();
    let table = TABLE.get_or_init(|| {
        let mut table: Vec<Vec<u64>> = (0..256).map(|_| Vec::new()).collect();
        for w in STOPWORDS {
            let key = packed(w).expect("a stop word has at most eight bytes");
            table[usize::from(w.as_bytes()[0])].push(key);
        }
        table
    });
    match (word.as_bytes().first(), packed(word)) {
        (Some(&first), Some(key)) => table[usize::from(first)].contains(&key),
        _ => false,
    }
}

/// The content words of `text`, lowercased and stemmed, in order.
pub fn content_words(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    each_content_word(text, |stem| out.push(stem.to_string()));
    out
}

/// Calls `emit` with each content word of `text`, lowercased and stemmed,
/// in order ([`content_words`] without a `String` a word).
pub fn each_content_word(text: &str, emit: impl FnMut(&str)) {
    content_words_of(text, false, emit);
}

/// `each_content_word` of the text that `lowercase` is the [`normalize`]d
/// form of, when that text is ASCII: its words split the same and need no
/// lowercasing.
fn each_content_word_of_lowercase_ascii(lowercase: &str, emit: impl FnMut(&str)) {
    content_words_of(lowercase, true, emit);
}

fn content_words_of(text: &str, lowercase: bool, mut emit: impl FnMut(&str)) {
    let mut lower = String::new();
    let in_word = |c: char| c.is_alphanumeric() || c == '\'' || c == '’';
    for raw in words_where(text, in_word) {
        let ascii = lowercase || raw.is_ascii();
        let word = if lowercase {
            raw
        } else {
            lower.clear();
            if ascii {
                lower.push_str(raw);
                lower.make_ascii_lowercase();
            } else {
                lower.extend(raw.chars().flat_map(char::to_lowercase));
            }
            lower.as_str()
        };
        // Chinese and Japanese put no spaces between words: their runs are
        // read as overlapping pairs of letters, the rest of the word as a
        // word (`2031年港口` → `港口`; the year is a number).
        if !ascii && word.chars().any(|c| c >= '\u{3040}' && is_cjk_letter(c)) {
            let mut rest = word;
            while let Some(c) = rest.chars().next() {
                let cjk = is_cjk_letter(c);
                let end = rest
                    .char_indices()
                    .find(|&(_, d)| is_cjk_letter(d) != cjk)
                    .map_or(rest.len(), |(i, _)| i);
                if cjk {
                    cjk::each_pair(&rest[..end], &mut emit);
                } else {
                    emit_content_word(&rest[..end], &mut emit);
                }
                rest = &rest[end..];
            }
            continue;
        }
        emit_content_word(word, &mut emit);
    }
}

/// `emit`s a lowercased word's stem unless it is a stop word or a number.
fn emit_content_word(word: &str, emit: &mut impl FnMut(&str)) {
    let word = as_written(word);
    if word.is_empty() || is_stopword(word) || word.bytes().all(|b| b.is_ascii_digit()) {
        return;
    }
    emit(stem(word));
}

/// A word without a possessive `'s` or the quotes around it: the word
/// that is stemmed, and the form a list of missing words shows.
fn as_written(word: &str) -> &str {
    word.strip_suffix("'s")
        .or_else(|| word.strip_suffix("’s"))
        .unwrap_or(word)
        .trim_matches(['\'', '’'])
}

/// A word's stem: its first [`STEM_LEN`] letters (`approve`, `approval`,
/// `approved` meet). Snowball's English stemmer (the `rust-stemmers` crate)
/// was measured against this on the development sets (2026-12-03): the same
/// cross-validated AUC to three decimals, and a slower index build, so the
/// prefix stays.
pub(crate) fn stem(word: &str) -> &str {
    // The first STEM_LEN bytes are the first STEM_LEN letters when they
    // are ASCII (nearly always): no character walk.
    let head = &word.as_bytes()[..word.len().min(STEM_LEN)];
    if head.is_ascii() {
        return &word[..head.len()];
    }
    let end = word
        .char_indices()
        .nth(STEM_LEN)
        .map_or(word.len(), |(i, _)| i);
    &word[..end]
}

// ---------------------------------------------------------------- lacking words

/// How many words [`SourceIndex::words_missing_from`] lists before `…`:
/// enough to see what a claim adds, and a bound on the work for a
/// pathological sentence of thousands of words.
pub const LACKING_KEPT: usize = 20;

/// The most words whose spread over the cited text is counted: a bound on
/// the work for a pathological sentence (a real claim has far fewer).
const SPREAD_TERMS: usize = 64;

/// The most (sentence, word) places a spread is counted over: a bound on
/// the work when a claim's words fill a huge text (a web page or a report
/// holds a few thousand).
const SPREAD_PLACES: usize = 1 << 16;

/// What the cited text lacks of a claim ([`SourceIndex::words_missing_from`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MissingWords {
    /// The claim's words no cited sentence holds, as it writes them.
    pub words: Vec<String>,
    /// When every word is there: the cited sentences (passage indices, in
    /// text order) that hold them all, as a greedy cover picks them (each
    /// pick the sentence adding the most words). One is exact; more is
    /// at least the fewest. `None` when words are missing, when the claim
    /// has more than 64 words, or when they fill a huge text (more than
    /// 65,536 places in all).
    pub spread: Option<Vec<usize>>,
}

/// Linking words that are not stop words (the score counts them) but are
/// never worth naming as missing from a source.
const CONNECTIVES: [&str; 12] = [
    "although",
    "though",
    "however",
    "whereas",
    "moreover",
    "furthermore",
    "thus",
    "therefore",
    "hence",
    "meanwhile",
    "nevertheless",
    "nonetheless",
];

// ---------------------------------------------------------------- index

/// One sentence of a source, ready for matching.
#[derive(Debug, Clone)]
pub struct Passage {
    /// Index of the source in the article's list of sources with text.
    pub source: usize,
    /// 1-based line in the source file.
    pub line: usize,
    pub text: String,
    /// `text` as [`normalize`] gives it: made once, for the opposite words,
    /// the character evidence and the copy search.
    normalized: String,
    numbers: Vec<Number>,
    /// One past the largest term id filed up to this passage: its opposite
    /// words see only these terms, as when sentences are filed one by one.
    known: u32,
    /// Its opposite words, worked out when a claim that uses one first
    /// meets this passage: most claims use none, and then no passage's
    /// are ever read.
    opposition: OnceLock<Opposition>,
    /// Made when a claim first needs this passage's character evidence:
    /// only the few best candidates of each claim ever do.
    bigrams: OnceLock<Bigrams>,
}

/// A text's opposite words.
#[derive(Debug, Clone, Default, PartialEq)]
struct Opposition {
    /// Which sides of the [`OPPOSITES`] pairs it uses (two bits a pair).
    sides: u16,
    /// Each opposite word with the terms near it (what it is said of).
    words: Vec<OppositeWord>,
}

impl Passage {
    fn bigrams(&self) -> &Bigrams {
        self.bigrams.get_or_init(|| Bigrams::new(&self.normalized))
    }

    /// The text as [`normalize`] gives it.
    pub fn normalized(&self) -> &str {
        &self.normalized
    }
}

/// The term ids of a batch's passages, one passage after another.
struct BatchTerms {
    ids: Vec<u32>,
    /// Where each passage's ids start (and, last, the end).
    starts: Vec<usize>,
}

impl BatchTerms {
    fn len(&self) -> usize {
        self.starts.len() - 1
    }

    fn of(&self, passage: usize) -> &[u32] {
        &self.ids[self.starts[passage]..self.starts[passage + 1]]
    }
}

/// Source sentences prepared and filed together by `SourceIndex::add_batch`.
const INDEX_PART: usize = 8 * VOCAB_CHUNK;

/// Passages whose distinct words one worker lists before they meet the
/// shared vocabulary (see `SourceIndex::term_ids`).
const VOCAB_CHUNK: usize = 2048;

/// A source sentence's text work, done in parallel before it is filed in
/// the index: everything but its term ids (given in order, by first use).
struct PreparedPassage {
    normalized: String,
    /// The stems joined in one string (one allocation a passage, not one a
    /// word), and where each ends.
    stems: String,
    ends: Vec<u32>,
    numbers: Vec<Number>,
}

impl PreparedPassage {
    /// Its stems, in order.
    fn words(&self) -> impl Iterator<Item = &str> {
        let mut start = 0;
        self.ends.iter().map(move |&end| {
            let word = &self.stems[start..end as usize];
            start = end as usize;
            word
        })
    }

    fn of(text: &str) -> PreparedPassage {
        let normalized = normalize(text);
        let mut stems = String::with_capacity(normalized.len());
        let mut ends = Vec::with_capacity(normalized.len() / 4);
        let mut push = |stem: &str| {
            stems.push_str(stem);
            ends.push(stems.len() as u32);
        };
        // An ASCII text's normalised form is already lowercase: words and
        // numbers are read from it without lowercasing again.
        let numbers = if text.is_ascii() {
            each_content_word_of_lowercase_ascii(&normalized, &mut push);
            numbers_in_lowercase(&normalized)
        } else {
            each_content_word(text, &mut push);
            numbers(text)
        };
        PreparedPassage {
            normalized,
            stems,
            ends,
            numbers,
        }
    }
}

/// The sentences of an article's sources and an inverted index over them.
#[derive(Debug, Default)]
pub struct SourceIndex {
    /// Term ids by word (short words kept as numbers: they are looked up
    /// often).
    vocab: Vocab<String>,
    postings: Postings,
    passages: Vec<Passage>,
    /// The passages of each source, in order.
    by_source: Vec<Vec<u32>>,
    /// The source of each passage, packed: read once per posting by the
    /// copy search, which would otherwise fetch a whole passage for it.
    source_of: Vec<u32>,
    /// Each passage's terms as 256 bits (term id mod 256; a clear bit
    /// proves a term absent) and its term ids, side by side in one buffer
    /// (see [`TermRows`]).
    term_rows: TermRows,
}

/// How well one source supports a claim.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SourceScore {
    pub source: usize,
    pub score: f64,
    /// The best sentence of that source.
    pub passage: usize,
    /// Every number of the claim is stated in the best window.
    pub numbers_agree: bool,
    /// The score before the number and opposite-word penalties: how much the
    /// passage is about the claim at all.
    pub base: f64,
    /// The score before clamping to [0, 1], to rank passages that both
    /// score zero.
    pub raw: f64,
    /// The evidence the score combines ([`FEATURES`]).
    pub features: [f64; FEATURE_COUNT],
    /// When the numbers do not agree: the claim's value and the source's.
    pub mismatch: Option<(Number, Number)>,
    /// The sentences (passage indices) of the greedy cover: together they
    /// hold the most of the claim.
    pub cover: [Option<u32>; COVER_SENTENCES],
}

/// Items in order of first sight, and where each is: a scan while they are
/// few (nearly every claim), a map past [`FirstSeen::FEW`], so that a
/// sentence of thousands of distinct words is read in linear time, not
/// quadratic.
#[derive(Debug, Default)]
struct FirstSeen<K> {
    items: Vec<K>,
    map: HashMap<K, usize>,
}

impl<K: Copy + Eq + std::hash::Hash> FirstSeen<K> {
    const FEW: usize = 64;

    fn position(&self, key: K) -> Option<usize> {
        if self.items.len() <= Self::FEW {
            self.items.iter().position(|x| *x == key)
        } else {
            self.map.get(&key).copied()
        }
    }

    /// Adds `key`, which [`Self::position`] has not found.
    fn push(&mut self, key: K) {
        self.items.push(key);
        if self.items.len() > Self::FEW {
            if self.map.is_empty() {
                self.map
                    .extend(self.items.iter().enumerate().map(|(i, &x)| (x, i)));
            } else {
                self.map.insert(key, self.items.len() - 1);
            }
        }
    }
}

/// A claim prepared for scoring.
struct Claim {
    /// Distinct known terms with weights, and the weight of unknown terms.
    terms: Vec<(u32, f64)>,
    /// The signature of `terms` (see `TermBits`).
    term_bits: TermBits,
    /// Where to find a term in `terms`, by term id mod 256 (the
    /// signature's bit): see [`TermSlots`].
    term_slots: TermSlots,
    /// Where each term is in `terms`, for a claim of any length (the
    /// slots answer fastest for a short one).
    term_index: FirstSeen<u32>,
    total_weight: f64,
    /// Neighbouring term pairs, as positions in `terms`; `None` for a pair
    /// with a word that no source uses (it can never be found).
    pairs: Vec<Option<(usize, usize)>>,
    numbers: Vec<Number>,
    sides: u16,
    opposite_words: Vec<OppositeWord>,
    bigrams: Bigrams,
    /// Terms of the claim's names (capitalised words after its first
    /// word); `None` for a name no source uses.
    names: Vec<Option<u32>>,
    /// The claim's content words in order, as positions in `terms`
    /// (`None`: a word no source uses), for the `missing_run` feature.
    sequence: Vec<Option<usize>>,
}

impl SourceIndex {
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds one source sentence.
    pub fn add(&mut self, source: usize, line: usize, text: &str) {
        self.add_batch(&[(source, line, text)]);
    }

    /// Adds source sentences (source, line, text). Term ids are given in
    /// order of first use, as if the sentences were filed one by one; the
    /// text work and each chunk's own vocabulary are built in parallel, only
    /// each chunk's distinct words meet the shared vocabulary in turn, and
    /// the postings are filed in two passes (count, then place).
    pub fn add_batch(&mut self, batch: &[(usize, usize, &str)]) {
        // Part by part, so that the prepared texts of a huge batch are not
        // all held at once.
        for part in batch.chunks(INDEX_PART) {
            self.add_part(
                part.iter()
                    .map(|&(source, line, text)| (source, line, text.to_string()))
                    .collect(),
            );
        }
    }

    /// [`SourceIndex::add_batch`] of texts the index may keep: each is
    /// moved into its passage, not copied.
    pub fn add_texts(&mut self, batch: Vec<(usize, usize, String)>) {
        // Room for all of them at once: a large index grown part by part
        // would be copied whole at each doubling.
        self.passages.reserve(batch.len());
        self.source_of.reserve(batch.len());
        let mut rest = batch.into_iter();
        loop {
            let part: Vec<(usize, usize, String)> = rest.by_ref().take(INDEX_PART).collect();
            if part.is_empty() {
                break;
            }
            self.add_part(part);
        }
    }

    fn add_part(&mut self, batch: Vec<(usize, usize, String)>) {
        let prepared: Vec<PreparedPassage> = batch
            .par_iter()
            .map(|(_, _, text)| PreparedPassage::of(text))
            .collect();
        let first_passage = self.passages.len() as u32;
        let vocab_before = self.vocab.len() as u32;
        let terms = self.term_ids(&prepared);
        self.fill_postings(first_passage, &terms);
        // The terms known when a passage is filed one by one: the earlier
        // batches' and this batch's up to that passage. New ids are given
        // in order of first use, so they are those below one past the
        // largest id so far.
        let mut known = Vec::with_capacity(batch.len());
        let mut known_so_far = vocab_before;
        for k in 0..batch.len() {
            let most = terms.of(k).iter().map(|&t| t + 1).max().unwrap_or(0);
            known_so_far = known_so_far.max(most);
            known.push(known_so_far);
        }
        // The passages are made on the workers (the prepared words dropped
        // there); only the appends are serial.
        let made: Vec<(Passage, TermBits)> = batch
            .into_par_iter()
            .zip(prepared)
            .zip(known)
            .enumerate()
            .map(|(k, (((source, line, text), prepared), known))| {
                let PreparedPassage {
                    normalized,
                    numbers,
                    ..
                } = prepared;
                let passage = Passage {
                    source,
                    line,
                    text,
                    normalized,
                    numbers,
                    known,
                    opposition: OnceLock::new(),
                    bigrams: OnceLock::new(),
                };
                (passage, TermBits::of(terms.of(k).iter().copied()))
            })
            .collect();
        self.passages.reserve(made.len());
        self.source_of.reserve(made.len());
        self.term_rows.reserve(made.len(), terms.ids.len());
        for (k, (passage, bits)) in made.into_iter().enumerate() {
            let id = self.passages.len() as u32;
            let source = passage.source;
            if self.by_source.len() <= source {
                self.by_source.resize(source + 1, Vec::new());
            }
            self.by_source[source].push(id);
            self.source_of.push(source as u32);
            self.term_rows.push(&bits, terms.of(k));
            self.passages.push(passage);
        }
    }

    /// Each prepared passage's term ids, in order of first use.
    fn term_ids(&mut self, prepared: &[PreparedPassage]) -> BatchTerms {
        let mut starts = Vec::with_capacity(prepared.len() + 1);
        starts.push(0);
        for p in prepared {
            starts.push(starts[starts.len() - 1] + p.ends.len());
        }
        if prepared.len() <= VOCAB_CHUNK {
            // One chunk: straight to the shared vocabulary.
            let mut ids = Vec::with_capacity(starts[starts.len() - 1]);
            for word in prepared.iter().flat_map(PreparedPassage::words) {
                ids.push(self.term_id(word));
            }
            return BatchTerms { ids, starts };
        }
        // Each chunk's distinct words in their order of first use, and its
        // passages' words (one after another) as positions in that list.
        let chunks: Vec<(Vec<&str>, Vec<u32>)> = prepared
            .par_chunks(VOCAB_CHUNK)
            .map(|chunk| {
                let mut local: Vocab<&str> = Vocab::default();
                let mut words: Vec<&str> = Vec::new();
                let positions = chunk
                    .iter()
                    .flat_map(PreparedPassage::words)
                    .map(|word| {
                        let (id, new) = local.id_or_insert(word, || word);
                        if new {
                            words.push(word);
                        }
                        id
                    })
                    .collect();
                (words, positions)
            })
            .collect();
        // Chunk by chunk, each in its own order: the first use of a word in
        // the batch is its first use in the first chunk that has it.
        let global: Vec<Vec<u32>> = chunks
            .iter()
            .map(|(words, _)| words.iter().map(|word| self.term_id(word)).collect())
            .collect();
        let ids = chunks
            .par_iter()
            .zip(global)
            .map(|((_, positions), global)| {
                positions
                    .iter()
                    .map(|&l| global[l as usize])
                    .collect::<Vec<u32>>()
            })
            .collect::<Vec<Vec<u32>>>()
            .concat();
        BatchTerms { ids, starts }
    }

    /// The id of `word`, a new one (the next) if it is new.
    fn term_id(&mut self, word: &str) -> u32 {
        self.vocab.id_or_insert(word, || word.to_string()).0
    }

    /// Adds the passages numbered from `first` (with these terms) to the
    /// postings, in passage order.
    fn fill_postings(&mut self, first: u32, terms: &BatchTerms) {
        self.postings
            .append(first, terms.len(), |k| terms.of(k), self.vocab.len());
    }

    /// Passage `p`'s term ids, in text order (kept in the term rows only).
    fn terms_of(&self, p: usize) -> &[u32] {
        self.term_rows.row(p as u32).terms()
    }

    pub fn passages(&self) -> &[Passage] {
        &self.passages
    }

    /// Each passage's source, line and text, in order, for a caller done
    /// with matching: the texts are moved out, and the index's tables and
    /// the passages' working copies are freed.
    pub fn into_lines(self) -> Vec<(usize, usize, String)> {
        self.passages
            .into_iter()
            .map(|p| (p.source, p.line, p.text))
            .collect()
    }

    /// Whether passage `p` has a term to search by (`}` and `§` have none).
    pub fn has_terms(&self, p: usize) -> bool {
        !self.terms_of(p).is_empty()
    }

    pub fn is_empty(&self) -> bool {
        self.passages.is_empty()
    }

    fn posting_limit(&self) -> usize {
        ((self.passages.len() as f64 * COMMON_TERM_SHARE) as usize).max(MIN_POSTING_LIMIT)
    }

    fn idf(&self, df: usize) -> f64 {
        (1.0 + self.passages.len() as f64 / df.max(1) as f64).ln()
    }

    /// The opposite words of `lower` (a text as [`normalize`] gives it;
    /// [`OPPOSITES`]), each with the terms of the content words within
    /// [`ATTACH_WORDS`] of it (words no source uses are left out: they can
    /// match nothing).
    /// Only terms below `known` count (a passage knows the terms filed up
    /// to it; a claim, all).
    fn opposite_words(&self, lower: &str, known: u32) -> Vec<OppositeWord> {
        let words: Vec<&str> = lower
            .split(|c: char| !(c.is_alphanumeric() || c == '-'))
            .filter(|w| !w.is_empty())
            .collect();
        let mut out = Vec::new();
        for (j, word) in words.iter().enumerate() {
            let sides = opposite_sides(word);
            if sides == 0 {
                continue;
            }
            let near = words
                [j.saturating_sub(ATTACH_WORDS)..(j + ATTACH_WORDS + 1).min(words.len())]
                .iter()
                .enumerate()
                .filter(|(k, _)| k + j.saturating_sub(ATTACH_WORDS) != j)
                .flat_map(|(_, w)| content_words(w))
                .filter_map(|w| self.vocab.get(&w))
                .filter(|&t| t < known)
                .collect();
            out.push(OppositeWord { sides, near });
        }
        out
    }

    /// Passage `p`'s opposite words, worked out on first use.
    fn opposition(&self, p: usize) -> &Opposition {
        let passage = &self.passages[p];
        passage.opposition.get_or_init(|| {
            let sides = opposite_sides(&passage.normalized);
            Opposition {
                sides,
                words: if sides == 0 {
                    Vec::new()
                } else {
                    self.opposite_words(&passage.normalized, passage.known)
                },
            }
        })
    }

    fn prepare(&self, text: &str) -> Claim {
        // The same text work as a source sentence's.
        let prepared = PreparedPassage::of(text);
        let mut terms: Vec<(u32, f64)> = Vec::new();
        let mut total_weight = 0.0;
        let mut pairs = Vec::new();
        // The previous word's position in `terms` (`None`: unknown word).
        let mut previous: Option<Option<usize>> = None;
        let mut known = FirstSeen::default();
        let mut seen_unknown = FirstSeen::default();
        let mut sequence = Vec::new();
        for word in prepared.words() {
            match self.vocab.get(word) {
                Some(t) => {
                    let k = match known.position(t) {
                        Some(k) => k,
                        None => {
                            let w = self.idf(self.postings.of(t).len());
                            known.push(t);
                            terms.push((t, w));
                            total_weight += w;
                            terms.len() - 1
                        }
                    };
                    match previous {
                        Some(Some(p)) if p != k => pairs.push(Some((p, k))),
                        Some(None) => pairs.push(None),
                        _ => {}
                    }
                    previous = Some(Some(k));
                    sequence.push(Some(k));
                }
                None => {
                    if seen_unknown.position(word).is_none() {
                        seen_unknown.push(word);
                        total_weight += self.idf(1);
                    }
                    // A pair with a word no source uses is a pair not found.
                    if previous.is_some() {
                        pairs.push(None);
                    }
                    previous = Some(None);
                    sequence.push(None);
                }
            }
        }
        let mut names = Vec::new();
        let capitalised = text
            .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
            .filter(|w| !w.is_empty())
            .skip(1)
            .filter(|w| w.starts_with(char::is_uppercase));
        for word in capitalised {
            each_content_word(word, |stem| names.push(self.vocab.get(stem)));
        }
        let lower = prepared.normalized.as_str();
        let sides = opposite_sides(lower);
        Claim {
            term_bits: TermBits::of(terms.iter().map(|t| t.0)),
            term_slots: TermSlots::of(&terms),
            term_index: known,
            terms,
            total_weight,
            pairs,
            numbers: prepared.numbers,
            sides,
            // No opposite word in the whole text is none in any of its words.
            opposite_words: if sides == 0 {
                Vec::new()
            } else {
                self.opposite_words(lower, u32::MAX)
            },
            bigrams: Bigrams::new(lower),
            names,
            sequence,
        }
    }

    /// The words of `claim` that no sentence of `sources` (by index) holds,
    /// as the claim writes them, in order, each stem once: what a reader
    /// should look for when a cited text only partly supports a claim.
    /// At most [`LACKING_KEPT`] words, then `…` when there are more; an
    /// empty list when every word is there (with the cited sentences that
    /// hold them, [`MissingWords::spread`]), `None` when the claim has no
    /// word that could be listed.
    /// Stop words, linking words (`although`), TeX command names and
    /// figures are never listed (numbers have their own check). Chinese
    /// and Japanese, whose terms are letter pairs, list the stretches of
    /// a run of letters that no held pair takes in (`cjk_lacking`).
    pub fn words_missing_from(&self, claim: &str, sources: &[usize]) -> Option<MissingWords> {
        let in_word = |c: char| c.is_alphanumeric() || c == '\'' || c == '’';
        // The listed words' stems, hashed: compared as numbers, kept
        // without a string each.
        let mut stems: Vec<u64> = Vec::new();
        let mut out = Vec::new();
        // The terms of the listable words the cited text holds (at most
        // one more than SPREAD_TERMS: past that, no spread is counted),
        // and those of the current word.
        let mut held_terms: Vec<u32> = Vec::new();
        let mut word_held: Vec<u32> = Vec::new();
        let mut lower = String::new();
        // Where a TeX command's braced argument ends.
        let mut markup_until = 0;
        // Whether the claim has a word that could be listed at all.
        let mut listable = false;
        'words: for raw in words_where(claim, in_word) {
            let ascii = raw.is_ascii();
            if !ascii && raw.chars().any(|c| c >= '\u{3040}' && is_cjk_letter(c)) {
                // Chinese and Japanese: the stretches of each run of
                // letters that the cited text never writes.
                for run in cjk_runs(raw).filter(|run| run.chars().nth(1).is_some()) {
                    listable = true;
                    word_held.clear();
                    let lacking = self.cjk_lacking(run, sources, &mut word_held);
                    note_held(&mut held_terms, &word_held);
                    for piece in lacking {
                        let hash = crate::hash::fnv1a(piece.as_bytes());
                        if !stems.contains(&hash)
                            && !list_lacking(&mut out, &mut stems, hash, piece)
                        {
                            break 'words;
                        }
                    }
                }
                continue;
            }
            // A TeX command (`\citet{doe99}`) is markup, and so is the
            // group after a citing or referring one (a key); the group of
            // another (`\emph{crews}`) is text.
            let at = raw.as_ptr() as usize - claim.as_ptr() as usize;
            if at < markup_until {
                continue;
            }
            if claim[..at].ends_with('\\') {
                let after = at + raw.len();
                let takes_key = raw.contains("cite")
                    || matches!(
                        raw,
                        "ref" | "eqref" | "autoref" | "cref" | "Cref" | "pageref" | "label"
                    );
                if takes_key && claim[after..].starts_with('{') {
                    markup_until = claim[after..]
                        .find('}')
                        .map_or(claim.len(), |end| after + end);
                }
                continue;
            }
            let mut missing = None;
            let mut content = false;
            word_held.clear();
            let mut check = |stem: &str| {
                content = true;
                if let Some(t) = self.held_term(stem, sources) {
                    word_held.push(t);
                } else {
                    let hash = crate::hash::fnv1a(stem.as_bytes());
                    if !stems.contains(&hash) {
                        missing = Some(hash);
                    }
                }
            };
            // One buffer for every word, not a string each.
            lower.clear();
            if ascii {
                lower.push_str(raw);
                lower.make_ascii_lowercase();
                each_content_word_of_lowercase_ascii(&lower, &mut check);
            } else {
                each_content_word(raw, &mut check);
                if missing.is_some() || !word_held.is_empty() || (content && !listable) {
                    lower.extend(raw.chars().flat_map(char::to_lowercase));
                }
            }
            // `twelve` or `12bn` is a figure: the source may write it `12`.
            // A connective (`although`) links what the claim says; it says
            // nothing a reader could look for.
            let listed = |lower: &str| !is_figure(lower) && !CONNECTIVES.contains(&lower);
            if content && !listable {
                listable = listed(as_written(&lower));
            }
            let is_listed = listable && listed(as_written(&lower));
            if is_listed {
                note_held(&mut held_terms, &word_held);
            }
            if let Some(stem) = missing.filter(|_| is_listed) {
                if !list_lacking(&mut out, &mut stems, stem, as_written(raw)) {
                    break;
                }
            }
        }
        let spread = if out.is_empty() && held_terms.len() <= SPREAD_TERMS {
            self.sentences_holding(&held_terms, sources)
        } else {
            None
        };
        listable.then_some(MissingWords { words: out, spread })
    }

    /// The stretches of a run of Chinese or Japanese letters (`run`, two
    /// letters or more) that no sentence of `sources` writes: the letters
    /// that no pair the text holds takes in (its terms are the run's
    /// neighbouring pairs), without the grammatical particles at their
    /// ends ([`CJK_PARTICLES`]), in runs of two letters or more (a lone
    /// letter says little). `港口吞吐量上涨了` against a text with `港口`
    /// but neither `吞吐量` nor `上涨` gives `吞吐量上涨`. The terms the
    /// text holds are put in `held`.
    fn cjk_lacking<'r>(
        &self,
        run: &'r str,
        sources: &[usize],
        held: &mut Vec<u32>,
    ) -> Vec<&'r str> {
        let letters: Vec<(usize, char)> = run.char_indices().collect();
        // Whether each letter is in a pair the text holds.
        let mut covered = vec![false; letters.len()];
        for k in 0..letters.len() - 1 {
            let end = letters[k + 1].0 + letters[k + 1].1.len_utf8();
            if let Some(t) = self.held_term(&run[letters[k].0..end], sources) {
                held.push(t);
                covered[k] = true;
                covered[k + 1] = true;
            }
        }
        let mut lacking = Vec::new();
        let mut k = 0;
        while k < letters.len() {
            if covered[k] {
                k += 1;
                continue;
            }
            let from = k;
            while k < letters.len() && !covered[k] {
                k += 1;
            }
            let end = letters[k - 1].0 + letters[k - 1].1.len_utf8();
            let stretch = run[letters[from].0..end].trim_matches(|c| CJK_PARTICLES.contains(&c));
            if stretch.chars().nth(1).is_some() {
                lacking.push(stretch);
            }
        }
        lacking
    }

    /// The sentences of `sources` (passage indices, in text order) that a
    /// greedy cover needs to hold every one of `terms`
    /// ([`HeldTerms::rows_to_cover`]); `None` when no sentence holds any,
    /// or when the terms have more than [`SPREAD_PLACES`] (sentence, term)
    /// places in all the article's texts (a huge text of common words).
    fn sentences_holding(&self, terms: &[u32], sources: &[usize]) -> Option<Vec<usize>> {
        let places: usize = terms.iter().map(|&t| self.postings.of(t).len()).sum();
        if places > SPREAD_PLACES {
            return None;
        }
        // (sentence, term) for every cited sentence holding a term, read
        // from the terms' postings: no pass over the cited texts.
        let mut marks: Vec<(u32, usize)> = Vec::new();
        for (k, &t) in terms.iter().enumerate() {
            for &q in self.postings.of(t) {
                if sources.contains(&(self.source_of[q as usize] as usize)) {
                    marks.push((q, k));
                }
            }
        }
        if marks.is_empty() {
            return None;
        }
        marks.sort_unstable();
        // One row a sentence, in text order.
        let mut sentences: Vec<usize> = Vec::new();
        for &(q, _) in &marks {
            if sentences.last() != Some(&(q as usize)) {
                sentences.push(q as usize);
            }
        }
        let mut held = HeldTerms::new(terms.len(), sentences.len());
        let mut row = 0;
        for (i, &(q, k)) in marks.iter().enumerate() {
            if i > 0 && marks[i - 1].0 != q {
                row += 1;
            }
            held.set(row, k);
        }
        let mut picked: Vec<usize> = held
            .rows_to_cover()
            .into_iter()
            .map(|r| sentences[r])
            .collect();
        picked.sort_unstable();
        Some(picked)
    }

    /// The id of `term` (a stem, or a pair of CJK letters) when a sentence
    /// of `sources` holds it.
    fn held_term(&self, term: &str, sources: &[usize]) -> Option<u32> {
        self.vocab
            .get(term)
            .filter(|&t| sources.iter().any(|&s| self.source_holds(s, t)))
    }

    /// Whether a sentence of source `source` holds term `t`: a search of
    /// the term's postings for the source's run of sentences when they are
    /// consecutive (as a source's sentences usually are), else a walk.
    fn source_holds(&self, source: usize, t: u32) -> bool {
        let own: &[u32] = self.by_source.get(source).map_or(&[], Vec::as_slice);
        let postings = self.postings.of(t);
        match (own.first(), own.last()) {
            (Some(&first), Some(&last)) if (last - first) as usize + 1 == own.len() => {
                let from = postings.partition_point(|&q| q < first);
                postings.get(from).is_some_and(|&q| q <= last)
            }
            _ => postings
                .iter()
                .any(|&p| self.passages[p as usize].source == source),
        }
    }

    /// Each source's best score for `claim`, best first. `cited` sources (by
    /// index) always get their own best candidates scored.
    pub fn score_claim(&self, claim: &str, cited: &[usize]) -> Vec<SourceScore> {
        let claim = self.prepare(claim);
        if claim.terms.is_empty() || self.passages.is_empty() {
            return Vec::new();
        }
        // Candidates: passages sharing the claim's rarest terms, by weight.
        let mut probe: Vec<(u32, f64)> = claim.terms.clone();
        probe.sort_by(|a, b| b.1.total_cmp(&a.1));
        // (passage, weight) summed over the probed postings in the thread's
        // dense scratch, term by term in probe order: no sort of all the
        // hits, and a sum whose order is fixed by the terms alone.
        let limit = self.posting_limit();
        let mut ranked: Vec<(u32, f64)> = HIT_WEIGHTS.with_borrow_mut(|(weight, touched)| {
            // Left set by a search that panicked (a batch goes on after it).
            for &q in touched.iter() {
                weight[q as usize] = 0.0;
            }
            touched.clear();
            if weight.len() < self.passages.len() {
                weight.resize(self.passages.len(), 0.0);
            }
            let mut probed = 0;
            for (term, w) in &probe {
                let postings = self.postings.of(*term);
                // Words in a large share of all sentences find everything
                // and prove nothing; the rarer words of the claim are enough.
                if postings.len() > limit && probed > 0 {
                    continue;
                }
                for &q in postings {
                    // Weights are positive: zero is "not found yet".
                    if weight[q as usize] == 0.0 {
                        touched.push(q);
                    }
                    weight[q as usize] += w;
                }
                probed += 1;
                if probed == PROBE_TERMS {
                    break;
                }
            }
            let ranked = touched
                .iter()
                .map(|&q| (q, std::mem::take(&mut weight[q as usize])))
                .collect();
            touched.clear();
            ranked
        });
        let by_weight = |a: &(u32, f64), b: &(u32, f64)| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0));
        if ranked.len() > CANDIDATES {
            ranked.select_nth_unstable_by(CANDIDATES, by_weight);
        }
        let mut chosen: Vec<u32> = ranked[..ranked.len().min(CANDIDATES)]
            .iter()
            .map(|(p, _)| *p)
            .collect();
        for &source in cited {
            let mut own: Vec<(u32, f64)> = ranked
                .iter()
                // The packed sources: the passages themselves are far
                // apart in memory, and a claim's hits are many.
                .filter(|(p, _)| self.source_of[*p as usize] as usize == source)
                .copied()
                .collect();
            own.sort_unstable_by(by_weight);
            chosen.extend(own.iter().take(CITED_CANDIDATES).map(|(p, _)| *p));
        }
        chosen.sort_unstable();
        chosen.dedup();

        // Token evidence first; the character evidence (dice) can add at
        // most DICE_WEIGHT, so it is computed only where it can still change
        // a source's best passage.
        let mut scored: Vec<(usize, WindowScore)> = chosen
            .iter()
            .map(|&p| (p as usize, self.score_passage(&claim, p as usize)))
            .collect();
        let source_of = |p: usize| self.source_of[p] as usize;
        scored.sort_by(|a, b| {
            source_of(a.0)
                .cmp(&source_of(b.0))
                .then(b.1.raw.total_cmp(&a.1.raw))
                .then(a.0.cmp(&b.0))
        });
        // Character evidence only for the cited sources and the few best
        // others: the rest are too far behind on words for it to matter.
        let mut leaders: Vec<(usize, f64)> = Vec::new();
        for (p, window) in &scored {
            match leaders.last_mut() {
                Some(l) if l.0 == source_of(*p) => l.1 = l.1.max(window.raw),
                _ => leaders.push((source_of(*p), window.raw)),
            }
        }
        leaders.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        let with_characters: Vec<usize> = leaders
            .iter()
            .take(DICE_SOURCES)
            .map(|l| l.0)
            .chain(cited.iter().copied())
            .collect();
        // Each source's best passage, with its window evidence and character
        // similarity (if computed), in source order.
        let mut best: Vec<(SourceScore, WindowScore, Option<f64>)> = Vec::new();
        for (p, window) in scored {
            let source = source_of(p);
            let current = best
                .last()
                .filter(|b| b.0.source == source)
                .map(|b| b.0.raw);
            if current.is_some_and(|raw| window.raw + DICE_WEIGHT < raw) {
                continue;
            }
            let computed = with_characters
                .contains(&source)
                .then(|| claim.bigrams.dice(self.passages[p].bigrams()));
            let with_dice = window.plus_dice(computed.unwrap_or(0.0));
            let candidate = SourceScore {
                source,
                score: with_dice.raw.clamp(0.0, 1.0),
                passage: p,
                numbers_agree: with_dice.numbers_agree,
                base: with_dice.base.clamp(0.0, 1.0),
                raw: with_dice.raw,
                features: [0.0; FEATURE_COUNT],
                mismatch: None,
                cover: [None; COVER_SENTENCES],
            };
            match best.last_mut() {
                Some(b) if b.0.source == source => {
                    if b.0.raw < candidate.raw {
                        *b = (candidate, window, computed);
                    }
                }
                _ => best.push((candidate, window, computed)),
            }
        }
        // The learned combination over the whole cited text: the best window
        // chose each source's passage; the score weighs all the evidence.
        // Only the cited sources and the SCORED_SOURCES best others on words
        // are scored so: the rest are too far behind to support the claim.
        best.sort_by(|a, b| {
            b.0.raw
                .total_cmp(&a.0.raw)
                .then(a.0.source.cmp(&b.0.source))
        });
        let mut others = 0;
        best.retain(|b| {
            let keep = cited.contains(&b.0.source) || others < SCORED_SOURCES;
            others += usize::from(!cited.contains(&b.0.source));
            keep
        });
        let mut best: Vec<SourceScore> = best
            .into_iter()
            .map(|(mut b, window, dice)| {
                let dice =
                    dice.unwrap_or_else(|| claim.bigrams.dice(self.passages[b.passage].bigrams()));
                (b.features, b.cover) = self.features(&claim, b.source, &window, dice);
                // A mismatch is a contradiction the rest of the text does not
                // resolve: the anchor states another value of the same kind,
                // and the claim's figure is nowhere in the text.
                let all_in_text = b.features[TEXT_NUMBERS] >= 1.0;
                b.numbers_agree = window.mismatch.is_none() || all_in_text;
                b.mismatch = window.mismatch.filter(|_| !b.numbers_agree);
                b.raw = support_logit(&b.features);
                b.score = 1.0 / (1.0 + (-b.raw).exp());
                b
            })
            .collect();
        best.sort_by(|a, b| b.raw.total_cmp(&a.raw).then(a.source.cmp(&b.source)));
        best
    }

    /// The evidence for `claim` in source `source` ([`FEATURES`]), and the
    /// sentences of its greedy cover. Reads
    /// only that source's own sentences: a few hundred term lookups, not the
    /// postings of the claim's common words.
    fn features(
        &self,
        claim: &Claim,
        source: usize,
        window: &WindowScore,
        dice: f64,
    ) -> ([f64; FEATURE_COUNT], [Option<u32>; COVER_SENTENCES]) {
        let own: &[u32] = self.by_source.get(source).map_or(&[], Vec::as_slice);
        // Which claim terms (by index in `claim.terms`) each sentence holds,
        // as bit rows.
        let mut held = HeldTerms::new(claim.terms.len(), own.len());
        match (own.first(), own.last()) {
            // A source's sentences are usually consecutive passages: each
            // claim term's postings then say which of them hold it, a
            // search and a short run per term instead of a pass over every
            // sentence per term.
            (Some(&first), Some(&last)) if (last - first) as usize + 1 == own.len() => {
                for (k, (t, _)) in claim.terms.iter().enumerate() {
                    let postings = self.postings.of(*t);
                    let from = postings.partition_point(|&q| q < first);
                    for &q in postings[from..].iter().take_while(|&&q| q <= last) {
                        held.set((q - first) as usize, k);
                    }
                }
            }
            // Otherwise sentence by sentence; the term signatures rule most
            // sentences and terms out unread.
            _ => {
                for (row, &p) in own.iter().enumerate() {
                    let passage = self.term_rows.row(p);
                    let bits = passage.bits();
                    if !bits.meets(&claim.term_bits) {
                        continue;
                    }
                    let terms = passage.terms();
                    for (k, (t, _)) in claim.terms.iter().enumerate() {
                        if bits.may_hold(*t) && terms.contains(t) {
                            held.set(row, k);
                        }
                    }
                }
            }
        }
        // The sentences holding any claim term, in order: the only ones the
        // evidence below can use.
        let live: Vec<usize> = (0..own.len())
            .filter(|&row| held.row(row).iter().any(|&w| w != 0))
            .collect();
        let mut anywhere = vec![false; claim.terms.len()];
        for &row in &live {
            held.for_each(row, |k| anywhere[k] = true);
        }
        let found: f64 = claim
            .terms
            .iter()
            .zip(&anywhere)
            .filter(|(_, a)| **a)
            .map(|((_, w), _)| w)
            .sum();
        let total = claim.total_weight.max(f64::MIN_POSITIVE);
        let doc_coverage = found / total;
        // The up to COVER_SENTENCES sentences that together hold the most
        // claim weight.
        let (cover, cover_rows) = held.greedy_cover(&live, &claim.terms);
        let cover = cover / total;
        let mut chosen = [None; COVER_SENTENCES];
        for (slot, row) in chosen.iter_mut().zip(cover_rows) {
            *slot = row.map(|row| own[row]);
        }
        // Pairs of neighbouring claim terms found in one sentence of the source.
        let pairs_found = held.pairs_together(&live, claim.pairs.iter().flatten().copied()) as f64;
        let doc_pairs = if claim.pairs.is_empty() {
            doc_coverage
        } else {
            pairs_found / claim.pairs.len() as f64
        };
        // Numbers stated anywhere in the source.
        let source_numbers = |n: &Number| {
            own.iter().any(|&p| {
                self.passages[p as usize]
                    .numbers
                    .iter()
                    .any(|m| n.agrees(m))
            })
        };
        let has_numbers = !claim.numbers.is_empty();
        let doc_numbers = if has_numbers {
            claim.numbers.iter().filter(|n| source_numbers(n)).count() as f64
                / claim.numbers.len() as f64
        } else {
            1.0
        };
        let known: f64 = claim.terms.iter().map(|(_, w)| w).sum();
        let names_found = claim
            .names
            .iter()
            .filter(|t| {
                t.is_some_and(|t| {
                    // A known name is one of the claim's terms, so `anywhere`
                    // already knows; the rows are read only if it is not.
                    match claim.term_index.position(t) {
                        Some(k) => anywhere[k],
                        None => own
                            .iter()
                            .any(|&p| self.term_rows.row(p).terms().contains(&t)),
                    }
                })
            })
            .count();
        let names = if claim.names.is_empty() {
            1.0
        } else {
            names_found as f64 / claim.names.len() as f64
        };
        let missing_run = longest_missing_run(&claim.sequence, &anywhere);
        let features = [
            window.coverage,
            window.pairs,
            dice,
            doc_coverage,
            doc_pairs,
            cover,
            1.0 - window.missing_share,
            doc_numbers,
            f64::from(u8::from(has_numbers)),
            window.opposed,
            (1.0 + claim.terms.len() as f64).ln(),
            1.0 - known / total,
            names,
            total - found,
            (1.0 + own.len() as f64).ln(),
            missing_run as f64,
        ];
        (features, chosen)
    }

    /// The best window around passage `p`: alone, or with the sentence before
    /// or after it (same source) when that neighbour holds claim terms that
    /// `p` lacks. A neighbour that adds no claim words adds no evidence, and
    /// must not lend its numbers to the claim either.
    fn score_passage(&self, claim: &Claim, p: usize) -> WindowScore {
        let source = self.passages[p].source;
        // A claim of at most 64 terms (nearly all) reads each sentence's
        // terms once, into a mask of the claim terms it holds.
        let masks = claim.terms.len() <= 64;
        let mask = |q: usize| masks.then(|| self.claim_terms_held(claim, q));
        let own_mask = mask(p);
        let mut best = self.score_window(claim, &[p], own_mask.map(|m| [m, 0]));
        let neighbours = [p.checked_sub(1), Some(p + 1)];
        for q in neighbours.into_iter().flatten() {
            if self.passages.get(q).is_none_or(|x| x.source != source) {
                continue;
            }
            let their_mask = mask(q);
            let adds = match (own_mask, their_mask) {
                (Some(own), Some(theirs)) => theirs & !own != 0,
                _ => {
                    let (theirs, own) = (self.terms_of(q), self.terms_of(p));
                    claim
                        .terms
                        .iter()
                        .any(|(t, _)| theirs.contains(t) && !own.contains(t))
                }
            };
            if adds {
                let (window, masks) = if q < p {
                    ([q, p], own_mask.zip(their_mask).map(|(o, t)| [t, o]))
                } else {
                    ([p, q], own_mask.zip(their_mask).map(|(o, t)| [o, t]))
                };
                let scored = self.score_window(claim, &window, masks);
                if scored.raw > best.raw {
                    best = scored;
                }
            }
        }
        best
    }

    /// Which of `claim`'s terms passage `p` holds: bit k for its k-th term
    /// (a claim of at most 64 terms). The claim's signature passes over
    /// most of the sentence's terms unsought.
    fn claim_terms_held(&self, claim: &Claim, p: usize) -> u64 {
        debug_assert!(claim.terms.len() <= 64);
        let mut mask = 0u64;
        for &t in self.terms_of(p) {
            if let Some(k) = claim.term_slots.position(&claim.terms, t) {
                mask |= 1 << k;
            }
        }
        mask
    }

    /// The token part of the score of a window (no character evidence yet).
    /// `masks`: [`Self::claim_terms_held`] of each window sentence, when the
    /// claim has at most 64 terms.
    fn score_window(
        &self,
        claim: &Claim,
        window: &[usize],
        masks: Option<[u64; 2]>,
    ) -> WindowScore {
        // A one-sentence window (most of them) reads its sentence's terms
        // in place; a pair is joined, so that a pair of claim terms can be
        // found across the boundary.
        // Joined on the stack when short (most pairs), so that scoring a
        // window allocates nothing.
        let mut on_stack = [0u32; 128];
        let on_heap: Vec<u32>;
        let terms: &[u32] = match window {
            [q] => self.terms_of(*q),
            _ => {
                let len: usize = window.iter().map(|&q| self.terms_of(q).len()).sum();
                let all = window
                    .iter()
                    .flat_map(|&q| self.terms_of(q).iter().copied());
                if len <= on_stack.len() {
                    for (slot, t) in on_stack.iter_mut().zip(all) {
                        *slot = t;
                    }
                    &on_stack[..len]
                } else {
                    on_heap = all.collect();
                    &on_heap
                }
            }
        };
        let in_window = |n: &Number| {
            window
                .iter()
                .any(|&q| self.passages[q].numbers.iter().any(|m| n.agrees(m)))
        };
        // Bit k: the claim's k-th term is in the window (the first 64
        // terms; the rest are looked up again when a pair needs them).
        // Summed in the claim's term order either way: the same sum.
        let weight_of = |mask: u64| -> f64 { set_bits(mask).map(|k| claim.terms[k].1).sum() };
        let mut present = 0u64;
        let found: f64 = match masks {
            Some(m) => {
                present = m[0] | m[1];
                weight_of(present)
            }
            None => {
                // The window's signature proves most absent terms absent
                // unread.
                let bits = window.iter().fold(TermBits::default(), |acc, &q| {
                    acc.union(&self.term_rows.row(q as u32).bits())
                });
                claim
                    .terms
                    .iter()
                    .enumerate()
                    .filter(|(k, (t, _))| {
                        let holds = bits.may_hold(*t) && terms.contains(t);
                        if holds && *k < 64 {
                            present |= 1 << k;
                        }
                        holds
                    })
                    .map(|(_, (_, w))| w)
                    .sum()
            }
        };
        let holds = |k: usize| {
            if k < 64 {
                present & (1 << k) != 0
            } else {
                terms.contains(&claim.terms[k].0)
            }
        };
        let coverage = if claim.total_weight > 0.0 {
            found / claim.total_weight
        } else {
            0.0
        };
        let pairs = if claim.pairs.is_empty() {
            coverage
        } else {
            let near = claim
                .pairs
                .iter()
                .flatten()
                .filter(|&&(a, b)| {
                    holds(a) && holds(b) && terms_near(terms, claim.terms[a].0, claim.terms[b].0)
                })
                .count();
            near as f64 / claim.pairs.len() as f64
        };
        // The anchor is the window sentence holding most of the claim; a
        // number it contradicts (it states another of the same kind) is not
        // rescued by the neighbour.
        let weight_in = |i: usize| -> f64 {
            if let Some(m) = masks {
                return weight_of(m[i]);
            }
            let t = self.terms_of(window[i]);
            claim
                .terms
                .iter()
                .filter(|(x, _)| t.contains(x))
                .map(|(_, w)| w)
                .sum()
        };
        let anchor = match window {
            [q] => *q,
            _ => (0..window.len())
                .max_by(|a, b| weight_in(*a).total_cmp(&weight_in(*b)))
                .map_or(window[0], |i| window[i]),
        };
        let anchor_numbers = &self.passages[anchor].numbers;
        // The anchor states a number of the same kind (a percentage, a year,
        // an amount) about the same thing ([`Number::same_thing`]) and none
        // that agrees: a different value, not a figure the window merely
        // lacks.
        let differs = |n: &Number| {
            anchor_numbers.iter().any(|m| m.same_thing(n))
                && !anchor_numbers.iter().any(|m| n.agrees(m))
        };
        // The first such pair, to name both values in the report.
        let mismatch = claim.numbers.iter().find(|n| differs(n)).and_then(|n| {
            anchor_numbers
                .iter()
                .find(|m| m.same_thing(n))
                .map(|m| (*n, *m))
        });
        let missing = claim
            .numbers
            .iter()
            .filter(|n| differs(n) || !in_window(n))
            .count();
        let missing_share = if claim.numbers.is_empty() {
            0.0
        } else {
            missing as f64 / claim.numbers.len() as f64
        };
        // A claim without opposite words reads no passage's.
        let opposed = claim.sides != 0 && {
            let window_sides = window
                .iter()
                .fold(0, |acc, &q| acc | self.opposition(q).sides);
            contradicts(claim.sides, window_sides)
                && window.iter().any(|&q| {
                    attached_contradiction(&claim.opposite_words, &self.opposition(q).words)
                })
        };
        let opposed = f64::from(u8::from(opposed));
        let base = 0.60 * coverage + 0.15 * pairs;
        let raw = base - NUMBER_PENALTY * missing_share - OPPOSITE_PENALTY * opposed;
        WindowScore {
            base,
            raw,
            numbers_agree: missing == 0,
            mismatch,
            coverage,
            pairs,
            missing_share,
            opposed,
        }
    }

    /// A search for copy candidates ([`CopyCandidates::later_than`]) over this
    /// index, with its buffers made once.
    pub fn copy_candidates(&self) -> CopyCandidates<'_> {
        CopyCandidates {
            index: self,
            weight: vec![0.0; self.passages.len()],
            touched: Vec::new(),
            terms: Vec::new(),
            counted: Vec::new(),
            after: Vec::new(),
        }
    }
}

/// Which of a claim's terms each sentence of a source holds: one row of
/// bits a sentence, bit k for the claim's k-th term, all rows in one buffer.
struct HeldTerms {
    words_per_row: usize,
    bits: Vec<u64>,
}

impl HeldTerms {
    /// `rows` rows holding none of `terms` terms yet.
    fn new(terms: usize, rows: usize) -> Self {
        let words_per_row = terms.div_ceil(64);
        HeldTerms {
            words_per_row,
            bits: vec![0u64; words_per_row * rows],
        }
    }

    fn set(&mut self, row: usize, k: usize) {
        self.bits[row * self.words_per_row + k / 64] |= 1 << (k % 64);
    }

    fn row(&self, row: usize) -> &[u64] {
        &self.bits[row * self.words_per_row..(row + 1) * self.words_per_row]
    }

    /// Calls `f(k)` for each term of `row`, in increasing k.
    fn for_each(&self, row: usize, mut f: impl FnMut(usize)) {
        for (w, &word) in self.row(row).iter().enumerate() {
            set_bits(word).for_each(|k| f(w * 64 + k));
        }
    }

    /// The weight of the terms of `row` not in `covered` (`terms`: the
    /// claim's, with their weights), added in term order (so the sum is the
    /// same however the rows are stored).
    fn gain(&self, row: usize, covered: &[u64], terms: &[(u32, f64)]) -> f64 {
        let mut g = 0.0;
        for (w, (&has, &done)) in self.row(row).iter().zip(covered).enumerate() {
            for k in set_bits(has & !done) {
                g += terms[w * 64 + k].1;
            }
        }
        g
    }

    /// A greedy cover: up to [`COVER_SENTENCES`] of the `live` rows that
    /// together hold the most weight (of `terms`, all positive), each
    /// the best remaining (the last of equals, as `Iterator::max_by`
    /// picks); their weight and the rows.
    ///
    /// A row's gain is at most its whole weight: a sum of fewer of the same
    /// positive weights, in the same order, is never larger, rounding
    /// included. So a row whose whole weight is below the best gain so far
    /// is passed over unread: the same choice as weighing every row (tested).
    fn greedy_cover(
        &self,
        live: &[usize],
        terms: &[(u32, f64)],
    ) -> (f64, [Option<usize>; COVER_SENTENCES]) {
        let mut covered = vec![0u64; self.words_per_row];
        let whole: Vec<f64> = live
            .iter()
            .map(|&row| self.gain(row, &covered, terms))
            .collect();
        let mut cover = 0.0;
        let mut chosen = [None; COVER_SENTENCES];
        for (n, slot) in chosen.iter_mut().enumerate() {
            // A row that adds no term gains nothing: it could only be
            // picked with a gain of zero, which ends the cover anyway.
            let mut best: Option<(usize, f64)> = None;
            for (i, &row) in live.iter().enumerate() {
                if best.is_some_and(|(_, b)| whole[i] < b) {
                    continue;
                }
                let adds = self
                    .row(row)
                    .iter()
                    .zip(&covered)
                    .any(|(&h, &d)| h & !d != 0);
                if !adds {
                    continue;
                }
                let g = if n == 0 {
                    whole[i]
                } else {
                    self.gain(row, &covered, terms)
                };
                if best.is_none_or(|(_, b)| g.total_cmp(&b).is_ge()) {
                    best = Some((row, g));
                }
            }
            let Some((at, g)) = best else {
                break;
            };
            if g <= 0.0 {
                break;
            }
            cover += g;
            *slot = Some(at);
            for (done, &has) in covered.iter_mut().zip(self.row(at)) {
                *done |= has;
            }
        }
        (cover, chosen)
    }

    /// The rows a greedy cover picks to hold every term they hold, in
    /// the order picked: each pick the row adding the most terms not yet
    /// held (the first of equals). Unlike [`HeldTerms::greedy_cover`] the
    /// terms count alike and the rows are not capped: this finds how
    /// scattered a claim's words are, not its evidence.
    fn rows_to_cover(&self) -> Vec<usize> {
        let rows = self.bits.len() / self.words_per_row.max(1);
        let mut covered = vec![0u64; self.words_per_row];
        let mut picked = Vec::new();
        loop {
            let mut best: Option<(usize, u32)> = None;
            for row in 0..rows {
                let adds: u32 = self
                    .row(row)
                    .iter()
                    .zip(&covered)
                    .map(|(&h, &d)| (h & !d).count_ones())
                    .sum();
                if adds > best.map_or(0, |(_, b)| b) {
                    best = Some((row, adds));
                }
            }
            let Some((row, _)) = best else {
                return picked;
            };
            picked.push(row);
            for (done, &has) in covered.iter_mut().zip(self.row(row)) {
                *done |= has;
            }
        }
    }

    /// How many of `pairs` (of terms) meet in one of the `live` rows. A
    /// column a term says which live rows hold it (bit i for the i-th): a
    /// pair meets where its two columns share a bit, with no pass over the
    /// rows a pair.
    fn pairs_together(
        &self,
        live: &[usize],
        pairs: impl IntoIterator<Item = (usize, usize)>,
    ) -> usize {
        let terms = self.words_per_row * 64;
        let live_words = live.len().div_ceil(64);
        let mut columns = vec![0u64; terms * live_words];
        for (i, &row) in live.iter().enumerate() {
            self.for_each(row, |k| columns[k * live_words + i / 64] |= 1 << (i % 64));
        }
        let column = |k: usize| &columns[k * live_words..(k + 1) * live_words];
        pairs
            .into_iter()
            .filter(|&(a, b)| column(a).iter().zip(column(b)).any(|(x, y)| x & y != 0))
            .count()
    }
}

/// Each passage's [`TermBits`] and term ids side by side in one buffer:
/// the copy search asks "does passage q hold term t" of many scattered
/// passages, and one place to read is one cache miss, not three (the
/// signature, the passage, its terms); a source's rows are adjacent, so
/// the features read a source's sentences in one sweep.
#[derive(Debug)]
struct TermRows {
    words: Vec<u32>,
    /// Where each passage's row starts in `words` (and, last, the end).
    starts: Vec<usize>,
}

impl Default for TermRows {
    fn default() -> Self {
        TermRows {
            words: Vec::new(),
            starts: vec![0],
        }
    }
}

/// A passage's row of [`TermRows`]: its signature (8 words) and its terms.
#[derive(Clone, Copy)]
struct TermRow<'a>(&'a [u32]);

impl TermRows {
    /// Room for `rows` more rows holding `terms` terms in all.
    fn reserve(&mut self, rows: usize, terms: usize) {
        self.words.reserve(8 * rows + terms);
        self.starts.reserve(rows);
    }

    fn push(&mut self, bits: &TermBits, terms: &[u32]) {
        for word in bits.0 {
            self.words.push(word as u32);
            self.words.push((word >> 32) as u32);
        }
        self.words.extend_from_slice(terms);
        self.starts.push(self.words.len());
    }

    fn row(&self, passage: u32) -> TermRow<'_> {
        let p = passage as usize;
        TermRow(&self.words[self.starts[p]..self.starts[p + 1]])
    }
}

impl<'a> TermRow<'a> {
    fn bits(&self) -> TermBits {
        let w = &self.0[..8];
        TermBits(std::array::from_fn(|k| {
            u64::from(w[2 * k]) | (u64::from(w[2 * k + 1]) << 32)
        }))
    }

    fn terms(&self) -> &'a [u32] {
        &self.0[8..]
    }

    /// The same answer as the passage's own terms give; the signature
    /// (term mod 256, as in [`TermBits`]) first.
    fn holds(&self, term: u32) -> bool {
        let (bits, terms) = self.0.split_at(8);
        let bit = term as usize % 256;
        bits[bit / 32] & (1 << (bit % 32)) != 0 && terms.contains(&term)
    }
}

/// Where a claim's terms are in its list, by term id mod 256: 0 for none,
/// `k + 1` for the only one there (the `k`-th), [`TermSlots::SEVERAL`] when
/// more than one share the slot (searched for then). Asked of every term of
/// every candidate sentence, it answers most with one load, where a search
/// of the claim's terms took a pass over them for each term the signature
/// let through.
#[derive(Debug, Clone)]
struct TermSlots([u8; 256]);

impl TermSlots {
    const SEVERAL: u8 = u8::MAX;

    fn of(terms: &[(u32, f64)]) -> TermSlots {
        let mut slots = [0u8; 256];
        for (k, (t, _)) in terms.iter().enumerate() {
            let slot = &mut slots[*t as usize % 256];
            *slot = if *slot == 0 && k + 1 < usize::from(Self::SEVERAL) {
                (k + 1) as u8
            } else {
                Self::SEVERAL
            };
        }
        TermSlots(slots)
    }

    /// The position of `term` in `terms` (those the slots were made of).
    fn position(&self, terms: &[(u32, f64)], term: u32) -> Option<usize> {
        match self.0[term as usize % 256] {
            0 => None,
            Self::SEVERAL => terms.iter().position(|(x, _)| *x == term),
            k => {
                let k = usize::from(k) - 1;
                (terms[k].0 == term).then_some(k)
            }
        }
    }
}

/// A passage's terms as a 256-bit signature.
#[derive(Debug, Default, Clone, Copy)]
struct TermBits([u64; 4]);

impl TermBits {
    fn of(terms: impl IntoIterator<Item = u32>) -> TermBits {
        let mut bits = TermBits::default();
        for term in terms {
            bits.0[(term as usize / 64) % 4] |= 1 << (term % 64);
        }
        bits
    }

    /// False: the term is surely not there.
    fn may_hold(&self, term: u32) -> bool {
        self.0[(term as usize / 64) % 4] & (1 << (term % 64)) != 0
    }

    fn union(&self, other: &TermBits) -> TermBits {
        let mut out = *self;
        for (o, b) in out.0.iter_mut().zip(&other.0) {
            *o |= b;
        }
        out
    }

    /// False: the two share no term for sure.
    fn meets(&self, other: &TermBits) -> bool {
        self.0.iter().zip(&other.0).any(|(a, b)| a & b != 0)
    }
}

/// Finds, for one passage after another, the passages of other sources
/// that share most of its rarest terms.
pub struct CopyCandidates<'a> {
    index: &'a SourceIndex,
    /// Weight found so far, by passage; zero again after each search.
    weight: Vec<f64>,
    touched: Vec<u32>,
    /// Buffers reused search after search: the passage's terms by weight,
    /// the ones that count, and the weight from each on.
    terms: Vec<(u32, f64)>,
    counted: Vec<(u32, f64)>,
    after: Vec<f64>,
}

impl CopyCandidates<'_> {
    /// Passages after `p` (by index) that share most of passage `p`'s
    /// rarest terms: the candidates for being a copy of it (the caller's
    /// `fits` says which sources count).
    /// Only later passages, because a pair is checked once, from its first
    /// member: the earlier ones are never read. A candidate holds terms
    /// of `p`'s [`PROBE_TERMS`] rarest worth at least half their weight
    /// (common ones left out, as in `score_claim`, unless rarest).
    ///
    /// A similarity join with prefix filtering: a passage that holds none of
    /// the rarest terms whose weight the others cannot make up to half
    /// (the prefix) cannot qualify, so only the prefix's postings — the
    /// shortest — are read; the passages found there are then weighed on
    /// the other terms, stopping as soon as the answer is known. Weights are
    /// added term by term in one order, so the answer does not depend on
    /// how it was found.
    /// Only passages that `fits` are weighed: a caller's cheap test that a
    /// pair could pass its final check (the copy search's is length).
    pub fn later_than(&mut self, p: usize, fits: impl Fn(usize) -> bool) -> Vec<usize> {
        let index = self.index;
        let terms = &mut self.terms;
        terms.clear();
        terms.extend(
            index
                .terms_of(p)
                .iter()
                .map(|&t| (t, index.idf(index.postings.of(t).len()))),
        );
        terms.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        terms.dedup_by_key(|t| t.0);
        terms.truncate(PROBE_TERMS);
        let limit = index.posting_limit();
        // The terms that count: common ones prove nothing.
        let counted = &mut self.counted;
        counted.clear();
        counted.extend(
            terms
                .iter()
                .enumerate()
                .filter(|(n, (t, _))| *n == 0 || index.postings.of(*t).len() <= limit)
                .map(|(_, t)| *t),
        );
        // Half the weight of the terms that count: a common word left out
        // neither helps nor hurts (measured against all twelve, a sentence
        // of common words missed its own exact copies in large indexes).
        let total: f64 = counted.iter().map(|t| t.1).sum();
        let needed = 0.5 * total;
        // Rounding must never decide: bounds keep a hair of margin.
        let margin = 1e-9 * total;
        // after[i]: the weight of the counted terms from the i-th on.
        let after = &mut self.after;
        after.clear();
        after.resize(counted.len() + 1, 0.0);
        for i in (0..counted.len()).rev() {
            after[i] = after[i + 1] + counted[i].1;
        }
        // The prefix: the fewest rarest counted terms whose rest weighs less
        // than what is needed.
        let prefix = (0..=counted.len())
            .find(|&i| after[i] < needed - margin)
            .unwrap_or(counted.len());
        for (t, w) in &counted[..prefix] {
            // Postings are in passage order: the later ones are its end,
            // read from the back (the entries needed, and no search).
            let later = index
                .postings
                .of(*t)
                .iter()
                .rev()
                .take_while(|&&q| q as usize > p);
            for &q in later {
                if !fits(q as usize) {
                    continue;
                }
                if self.weight[q as usize] == 0.0 {
                    self.touched.push(q);
                }
                self.weight[q as usize] += w;
            }
        }
        let mut found = Vec::new();
        for &q in &self.touched {
            let mut weight = std::mem::take(&mut self.weight[q as usize]);
            // Read lazily: most candidates are decided on the weight alone.
            let mut row = None;
            let mut keep = weight >= needed;
            for (i, (t, w)) in counted.iter().enumerate().skip(prefix) {
                if keep || weight + after[i] < needed - margin {
                    break;
                }
                if row.get_or_insert_with(|| index.term_rows.row(q)).holds(*t) {
                    weight += w;
                }
                keep = weight >= needed;
            }
            if keep {
                found.push(q as usize);
            }
        }
        self.touched.clear();
        found.sort_unstable();
        found
    }
}

/// Sources besides the cited ones that get a support score for a claim,
/// best on words first.
pub const SCORED_SOURCES: usize = 3;

/// The length of the longest run of consecutive claim words that the text
/// lacks: `sequence` gives each word's position in the claim's terms
/// (`None`: no source uses it), `anywhere` which terms the text holds.
fn longest_missing_run(sequence: &[Option<usize>], anywhere: &[bool]) -> usize {
    let mut run = 0;
    let mut longest = 0;
    for word in sequence {
        if word.is_some_and(|k| anywhere[k]) {
            run = 0;
        } else {
            run += 1;
            longest = longest.max(run);
        }
    }
    longest
}

/// Sentences in the greedy cover of a claim (the `cover` feature).
pub const COVER_SENTENCES: usize = 3;

/// The evidence a support score weighs, in the order of
/// [`SourceScore::features`]:
///
/// - `window_coverage`: rarity-weighted share of the claim's terms in the
///   best window (a sentence, or two neighbours);
/// - `window_pairs`: share of the claim's neighbouring term pairs that stand
///   near each other in that window;
/// - `dice`: character bigram similarity with the best sentence;
/// - `text_coverage`: weighted share of the claim's terms found anywhere in
///   the cited text (facts a page states in different sentences);
/// - `text_pairs`: share of the claim's term pairs found together in some
///   sentence of the text;
/// - `cover`: weighted share covered by the best [`COVER_SENTENCES`]
///   sentences together (a small greedy cover);
/// - `window_numbers`: share of the claim's numbers the window states;
/// - `text_numbers`: share stated anywhere in the text;
/// - `has_numbers`: the claim states a number;
/// - `opposite`: the claim uses one side of an opposite pair, the window the
///   other;
/// - `claim_terms`: ln(1 + the claim's content terms);
/// - `unknown`: weighted share of the claim's terms no source uses;
/// - `names`: share of the claim's names (capitalised words after the
///   first) that the text uses;
/// - `missing_weight`: the summed rarity weight of the claim's terms the
///   text lacks (what the claim adds, unnormalised);
/// - `text_sentences`: ln(1 + the text's sentences): a passage and a whole
///   page call for different amounts of evidence;
/// - `missing_run`: the longest run of the claim's consecutive content words
///   that the text never uses: a clause the claim adds (`…, to protect the
///   area from contamination`, a place, a second name), which a share of
///   missing weight spread over the claim does not show.
pub const FEATURES: [&str; FEATURE_COUNT] = [
    "window_coverage",
    "window_pairs",
    "dice",
    "text_coverage",
    "text_pairs",
    "cover",
    "window_numbers",
    "text_numbers",
    "has_numbers",
    "opposite",
    "claim_terms",
    "unknown",
    "names",
    "missing_weight",
    "text_sentences",
    "missing_run",
];

pub const FEATURE_COUNT: usize = 16;

/// Positions in [`FEATURES`] that other code reads by name.
pub const WINDOW_COVERAGE: usize = 0;
pub const COVER: usize = 5;
pub const TEXT_NUMBERS: usize = 7;

/// The logit of support: a logistic regression over [`FEATURES`], plus
/// small regression trees boosted on it (each corrects the claims the model
/// so far gets most wrong, in a region of a few feature thresholds). The
/// model is trained by `scripts/train_support.py`, which writes
/// [`crate::verify::support_model`] with its date, data and cross-validated
/// figures.
pub fn support_logit(features: &[f64; FEATURE_COUNT]) -> f64 {
    use crate::verify::support_model::*;
    let linear = SUPPORT_BIAS
        + features
            .iter()
            .zip(SUPPORT_WEIGHTS)
            .map(|(x, w)| x * w)
            .sum::<f64>();
    let nodes = packed_tree_nodes();
    let trees: f64 = TREE_ROOTS
        .iter()
        .map(|&root| packed_tree_value(nodes, root, features))
        .sum();
    linear + TREE_RATE * trees
}

/// A [`TreeNode`] in 16 bytes, so that all the trees sit in the first-level
/// cache: a split's threshold, or a leaf's value, and where to go.
#[derive(Debug, Clone, Copy)]
struct PackedNode {
    /// A split's threshold, or a leaf's value.
    value: f64,
    left: u16,
    right: u16,
    /// The feature a split reads; `LEAF` for a leaf.
    feature: u8,
}

const LEAF: u8 = u8::MAX;

/// [`crate::verify::support_model::TREE_NODES`], packed once.
fn packed_tree_nodes() -> &'static [PackedNode] {
    static PACKED: OnceLock<Vec<PackedNode>> = OnceLock::new();
    PACKED.get_or_init(|| {
        let nodes = &crate::verify::support_model::TREE_NODES;
        assert!(nodes.len() <= usize::from(u16::MAX) && FEATURE_COUNT < usize::from(LEAF));
        nodes
            .iter()
            .map(|node| match *node {
                TreeNode::Leaf(value) => PackedNode {
                    value,
                    left: 0,
                    right: 0,
                    feature: LEAF,
                },
                TreeNode::Split {
                    feature,
                    threshold,
                    left,
                    right,
                } => PackedNode {
                    value: threshold,
                    left: left as u16,
                    right: right as u16,
                    feature: feature as u8,
                },
            })
            .collect()
    })
}

/// The value of the tree starting at `root`, over the packed nodes (the
/// same value as over [`TreeNode`]s, tested).
fn packed_tree_value(nodes: &[PackedNode], root: usize, features: &[f64; FEATURE_COUNT]) -> f64 {
    let mut node = nodes[root];
    while node.feature != LEAF {
        let next = if features[usize::from(node.feature)] <= node.value {
            node.left
        } else {
            node.right
        };
        node = nodes[usize::from(next)];
    }
    node.value
}

/// One node of a tree of the support model.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum TreeNode {
    /// Go to `left` when the feature is at most `threshold`, else `right`.
    Split {
        feature: usize,
        threshold: f64,
        left: usize,
        right: usize,
    },
    Leaf(f64),
}

/// The value of the tree starting at `root`: the reference that the packed
/// nodes the model runs on are tested against.
#[cfg(test)]
fn tree_value(nodes: &[TreeNode], root: usize, features: &[f64; FEATURE_COUNT]) -> f64 {
    let mut at = root;
    loop {
        match nodes[at] {
            TreeNode::Leaf(value) => return value,
            TreeNode::Split {
                feature,
                threshold,
                left,
                right,
            } => {
                at = if features[feature] <= threshold {
                    left
                } else {
                    right
                }
            }
        }
    }
}

/// Weight of the character evidence in the score.
pub const DICE_WEIGHT: f64 = 0.25;
/// Sources (besides the cited ones) whose character evidence is computed,
/// best on words first; the others are scored on words alone.
pub const DICE_SOURCES: usize = 3;

/// A window's score, unclamped, and the evidence it was made of.
#[derive(Debug, Clone, Copy, PartialEq)]
struct WindowScore {
    /// Before penalties.
    base: f64,
    raw: f64,
    numbers_agree: bool,
    /// A claim number and another value of the same kind the window states
    /// instead.
    mismatch: Option<(Number, Number)>,
    coverage: f64,
    pairs: f64,
    missing_share: f64,
    opposed: f64,
}

impl WindowScore {
    fn plus_dice(self, dice: f64) -> WindowScore {
        WindowScore {
            base: self.base + DICE_WEIGHT * dice,
            raw: self.raw + DICE_WEIGHT * dice,
            ..self
        }
    }
}

/// Subtracted, times the share of the claim's numbers the window lacks.
pub const NUMBER_PENALTY: f64 = 0.8;
/// Subtracted when the claim says the opposite of the window.
pub const OPPOSITE_PENALTY: f64 = 0.5;

/// Words of opposite meaning, as word prefixes (`=` marks a whole word): a
/// claim that uses one side where its source uses only the other (`rose`
/// against `fell`, `reopened` against `closed`) says the opposite, however many
/// words they share.
const OPPOSITES: &[(&[&str], &[&str])] = &[
    (
        &[
            "rise", "rose", "risen", "increas", "grow", "grew", "gain", "higher", "raise", "up=",
        ],
        &[
            "fall", "fell", "drop", "declin", "decreas", "cut=", "cuts=", "lower", "reduc", "shr",
            "down=",
        ],
    ),
    (
        &[
            "open", "reopen", "resum", "start", "begin", "began", "restart",
        ],
        &["clos", "shut", "stop", "halt", "suspend", "end="],
    ),
    (
        &["approv", "accept", "agree", "promis"],
        &["reject", "refus", "denie", "deny"],
    ),
    (
        &["won=", "win=", "wins=", "re-elect", "reelect"],
        &["lost=", "lose=", "loses=", "defeat"],
    ),
    (&["strong", "robust"], &["weak", "soft"]),
    (
        &["welcom", "prais"],
        &["warn", "critic", "oppos", "condemn"],
    ),
];

/// One word prefix of [`OPPOSITES`]: its bit, and whether it must match the
/// whole word.
struct SideEntry {
    stem: &'static str,
    exact: bool,
    bit: u16,
}

/// [`OPPOSITES`] entries bucketed by first byte, so each word of a text is
/// compared only with the entries that can match it, and the set of their
/// first two bytes (`a << 7 | b`, ASCII), which turns most words away
/// before any comparison.
struct SideTable {
    by_first: Vec<Vec<SideEntry>>,
    first_two: [u64; 256],
}

impl SideTable {
    /// Entries that may match `word`: none unless its first two bytes
    /// start one (every entry has at least two).
    fn candidates(&self, word: &[u8]) -> &[SideEntry] {
        match word {
            [a, b, ..] if a.is_ascii() && b.is_ascii() => {
                let code = usize::from(*a) << 7 | usize::from(*b);
                if self.first_two[code / 64] & (1 << (code % 64)) != 0 {
                    &self.by_first[usize::from(*a)]
                } else {
                    &[]
                }
            }
            _ => &[],
        }
    }
}

fn side_table() -> &'static SideTable {
    static TABLE: OnceLock<SideTable> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table: Vec<Vec<SideEntry>> = (0..256).map(|_| Vec::new()).collect();
        let mut first_two = [0u64; 256];
        for (i, (a, b)) in OPPOSITES.iter().enumerate() {
            for (side, entries) in [(0, a), (1, b)] {
                for entry in entries.iter() {
                    let (stem, exact) = match entry.strip_suffix('=') {
                        Some(stem) => (stem, true),
                        None => (*entry, false),
                    };
                    let bytes = stem.as_bytes();
                    assert!(bytes.len() >= 2 && bytes.is_ascii(), "{stem}");
                    let code = usize::from(bytes[0]) << 7 | usize::from(bytes[1]);
                    first_two[code / 64] |= 1 << (code % 64);
                    table[usize::from(bytes[0])].push(SideEntry {
                        stem,
                        exact,
                        bit: 1 << (2 * i + side),
                    });
                }
            }
        }
        SideTable {
            by_first: table,
            first_two,
        }
    })
}

/// Which sides of each [`OPPOSITES`] pair a lowercase text uses: bit `2i`
/// for the first side of pair `i`, bit `2i + 1` for the second.
fn opposite_sides(lower: &str) -> u16 {
    let table = side_table();
    let mut sides = 0;
    for word in words_where(lower, |c| c.is_alphanumeric() || c == '-') {
        for entry in table.candidates(word.as_bytes()) {
            let hit = if entry.exact {
                word == entry.stem
            } else {
                word.starts_with(entry.stem)
            };
            if hit {
                sides |= entry.bit;
            }
        }
    }
    sides
}

/// Words on either side of an opposite word that it is taken to be said
/// of (`fees rose sharply`: `fees`, `sharply`).
const ATTACH_WORDS: usize = 3;

/// An opposite word of a text and the terms near it.
#[derive(Debug, Clone, PartialEq)]
struct OppositeWord {
    sides: u16,
    near: Vec<u32>,
}

/// Whether an opposite word of the claim and the other side's word in the
/// passage are said of the same thing: they share a term near them. A
/// passage where costs rose and cargo fell does not contradict a claim that
/// cargo rose through its `rose`, only through a `fell` near `cargo`.
/// Contrastive connectives (`however`, `whereas`, `although`) are not
/// opposite words: they change nothing here.
fn attached_contradiction(claim: &[OppositeWord], passage: &[OppositeWord]) -> bool {
    claim.iter().any(|c| {
        passage.iter().any(|p| {
            (0..OPPOSITES.len()).any(|i| {
                let (a, b) = (1 << (2 * i), 1 << (2 * i + 1));
                let opposed = (c.sides & a != 0 && p.sides & b != 0)
                    || (c.sides & b != 0 && p.sides & a != 0);
                opposed && c.near.iter().any(|t| p.near.contains(t))
            })
        })
    })
}

/// Does the claim use one side of an opposite pair where the window uses only
/// the other?
fn contradicts(claim: u16, window: u16) -> bool {
    (0..OPPOSITES.len()).any(|i| {
        let (a, b) = (1 << (2 * i), 1 << (2 * i + 1));
        (claim & a != 0 && window & b != 0 && window & a == 0)
            || (claim & b != 0 && window & a != 0 && window & b == 0)
    })
}

/// The positions of `mask`'s set bits, lowest first.
fn set_bits(mask: u64) -> impl Iterator<Item = usize> {
    let mut rest = mask;
    std::iter::from_fn(move || {
        (rest != 0).then(|| {
            let k = rest.trailing_zeros() as usize;
            rest &= rest - 1;
            k
        })
    })
}

/// Do terms `x` and `y` stand within [`PAIR_DISTANCE`] of each other?
/// One pass: at each `x` or `y`, the last place of the other is the nearest
/// before it, so a near pair is seen at its later member.
fn terms_near(window: &[u32], x: u32, y: u32) -> bool {
    let (mut last_x, mut last_y) = (None, None);
    for (i, &t) in window.iter().enumerate() {
        if t == x {
            if last_y.is_some_and(|j: usize| i - j <= PAIR_DISTANCE) {
                return true;
            }
            last_x = Some(i);
        }
        if t == y {
            if last_x.is_some_and(|j: usize| i - j <= PAIR_DISTANCE) {
                return true;
            }
            last_y = Some(i);
        }
    }
    false
}

/// The character bigrams of a text, sorted, for the Sørensen–Dice
/// coefficient. It computes `strsim::sorensen_dice` (whitespace removed,
/// bigrams counted with repeats), but each text's bigrams are made once,
/// when it is indexed, instead of on every comparison; and the denominator
/// counts characters, where strsim counts bytes: the same for ASCII, but
/// strsim cuts a Chinese text's score to a third (three bytes a letter).
#[derive(Debug, Clone)]
pub struct Bigrams {
    codes: BigramCodes,
    /// Characters of the text without whitespace.
    chars: usize,
    /// Hash of the text without whitespace (strsim returns 1 for equal texts).
    hash: u64,
}

/// The bigrams of a text, with repeats.
#[derive(Debug, Clone, PartialEq)]
enum BigramCodes {
    /// An ASCII text's: `first << 7 | second`, in text order. Two ASCII
    /// texts are compared through a count table of all 2^14 codes, which
    /// needs no sorting.
    Ascii(Vec<u16>),
    /// Any other text's: `first << 32 | second`, sorted, compared by a merge.
    Sorted(Vec<u64>),
}

/// Bigram codes of two ASCII characters: 7 bits each.
const ASCII_BIGRAM_CODES: usize = 1 << 14;

impl Bigrams {
    pub fn new(text: &str) -> Bigrams {
        if text.is_ascii() {
            Bigrams::of_ascii(text.as_bytes())
        } else {
            Bigrams::of_chars(text)
        }
    }

    /// [`Bigrams::new`] of any text.
    fn of_chars(text: &str) -> Bigrams {
        let mut sorted: Vec<u64> = Vec::with_capacity(text.len());
        let mut chars = 0;
        let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
        let mut previous: Option<char> = None;
        for c in text.chars().filter(|c| !c.is_whitespace()) {
            chars += 1;
            hash = (hash ^ u64::from(c)).wrapping_mul(0x0000_0100_0000_01b3);
            if let Some(p) = previous {
                sorted.push((u64::from(p) << 32) | u64::from(c));
            }
            previous = Some(c);
        }
        sorted.sort_unstable();
        Bigrams {
            codes: BigramCodes::Sorted(sorted),
            chars,
            hash,
        }
    }

    /// [`Bigrams::new`] of an ASCII text: its codes in text order (the same
    /// bigrams as the general path, tested against it).
    fn of_ascii(text: &[u8]) -> Bigrams {
        let mut codes = Vec::with_capacity(text.len());
        let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
        let mut chars = 0;
        let mut previous: Option<u16> = None;
        // `char::is_whitespace` on ASCII: tab to carriage return, space.
        for &c in text.iter().filter(|b| !matches!(b, 9..=13 | 32)) {
            chars += 1;
            hash = (hash ^ u64::from(c)).wrapping_mul(0x0000_0100_0000_01b3);
            if let Some(p) = previous {
                codes.push((p << 7) | u16::from(c));
            }
            previous = Some(u16::from(c));
        }
        Bigrams {
            codes: BigramCodes::Ascii(codes),
            chars,
            hash,
        }
    }

    /// The bigrams as the general path has them: sorted, wide codes.
    fn sorted(&self) -> std::borrow::Cow<'_, [u64]> {
        match &self.codes {
            BigramCodes::Sorted(sorted) => std::borrow::Cow::Borrowed(sorted),
            BigramCodes::Ascii(codes) => {
                let mut sorted: Vec<u64> = codes
                    .iter()
                    .map(|&c| (u64::from(c >> 7) << 32) | u64::from(c & 127))
                    .collect();
                sorted.sort_unstable();
                std::borrow::Cow::Owned(sorted)
            }
        }
    }

    /// The Sørensen–Dice coefficient of the two texts' bigrams.
    pub fn dice(&self, other: &Bigrams) -> f64 {
        if self.hash == other.hash && self.chars == other.chars && self.codes == other.codes {
            return 1.0;
        }
        if self.chars < 2 || other.chars < 2 {
            return 0.0;
        }
        let common = match (&self.codes, &other.codes) {
            (BigramCodes::Ascii(a), BigramCodes::Ascii(b)) => common_ascii(a, b),
            _ => common_sorted(&self.sorted(), &other.sorted()),
        };
        (2 * common) as f64 / (self.chars + other.chars - 2) as f64
    }
}

/// The size of the multiset intersection of two lists of ASCII bigram
/// codes: `a` counted into the thread's table, `b` taking from it, the
/// table zeroed again from `a`.
fn common_ascii(a: &[u16], b: &[u16]) -> usize {
    BIGRAM_COUNTS.with_borrow_mut(|counts| {
        if counts.len() < ASCII_BIGRAM_CODES {
            counts.resize(ASCII_BIGRAM_CODES, 0);
        }
        for &c in a {
            counts[usize::from(c)] += 1;
        }
        let mut common = 0;
        for &c in b {
            let left = &mut counts[usize::from(c)];
            let hit = u32::from(*left != 0);
            *left -= hit;
            common += hit as usize;
        }
        for &c in a {
            counts[usize::from(c)] = 0;
        }
        common
    })
}

/// The size of the multiset intersection of two sorted lists, without
/// branches on the comparison (which no predictor guesses): the smaller
/// side steps, both step on a match.
fn common_sorted(a: &[u64], b: &[u64]) -> usize {
    let (mut i, mut j, mut common) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        let (x, y) = (a[i], b[j]);
        common += usize::from(x == y);
        i += usize::from(x <= y);
        j += usize::from(y <= x);
    }
    common
}

/// Lowercase, whitespace collapsed: the text compared character by character.
pub fn normalize(text: &str) -> String {
    if text.is_ascii() {
        return normalize_ascii(text.as_bytes());
    }
    let mut out = String::with_capacity(text.len());
    normalized_words(text, |part| out.push_str(part));
    out
}

/// [`normalize`] of an ASCII text, in one pass over its bytes.
fn normalize_ascii(text: &[u8]) -> String {
    // Most sentences are already single-spaced (no other whitespace byte,
    // no two spaces in a row, none at either end): then only the case
    // changes, all at once (found with vectorised searches).
    let single_spaced = text.first() != Some(&b' ')
        && text.last() != Some(&b' ')
        && memchr::memchr3(b'\t', b'\n', b'\r', text).is_none()
        && memchr::memchr2(0x0B, 0x0C, text).is_none()
        && memchr::memmem::find(text, b"  ").is_none();
    if single_spaced {
        let mut out = text.to_vec();
        out.make_ascii_lowercase();
        return String::from_utf8(out).expect("ASCII in, ASCII out");
    }
    let mut out = Vec::with_capacity(text.len());
    let mut gap = false;
    for &b in text {
        if is_ascii_whitespace(b) {
            gap = true;
        } else {
            if gap && !out.is_empty() {
                out.push(b' ');
            }
            gap = false;
            out.push(b.to_ascii_lowercase());
        }
    }
    String::from_utf8(out).expect("ASCII in, ASCII out")
}

/// `char::is_whitespace` of an ASCII byte: tab to carriage return, space
/// (`u8::is_ascii_whitespace` leaves out the vertical tab).
pub(crate) fn is_ascii_whitespace(b: u8) -> bool {
    matches!(b, 9..=13 | 32)
}

/// The runs of `text` whose characters are `in_word`, in order, none empty:
/// what `str::split` on the other characters gives without its empty
/// pieces. An ASCII text is read byte by byte (no character decoding), the
/// same runs (tested).
/// Adds `terms` to the terms a claim's cited text holds (`held`), each once,
/// up to one past what a spread is counted for ([`SPREAD_TERMS`]): past
/// that no spread is counted, and a long run of Chinese letters (thousands
/// of pairs) is not searched pair by pair.
fn note_held(held: &mut Vec<u32>, terms: &[u32]) {
    for &t in terms {
        if held.len() > SPREAD_TERMS {
            return;
        }
        if !held.contains(&t) {
            held.push(t);
        }
    }
}

/// Lists `word` (its stem hashed as `stem`) among the words a cited text
/// lacks; `false`, and `…` listed instead, once [`LACKING_KEPT`] are.
fn list_lacking(out: &mut Vec<String>, stems: &mut Vec<u64>, stem: u64, word: &str) -> bool {
    if out.len() == LACKING_KEPT {
        out.push("…".to_string());
        return false;
    }
    stems.push(stem);
    out.push(word.to_string());
    true
}

/// Chinese and Japanese particles: letters that mark grammar, not
/// content, trimmed from the ends of a stretch a text lacks
/// ([`SourceIndex::words_missing_from`]).
const CJK_PARTICLES: [char; 21] = [
    '的', '了', '地', '得', '着', '过', '吗', '呢', '吧', '啊', '是', 'は', 'が', 'を', 'に', 'で',
    'と', 'の', 'も', 'へ', 'や',
];

/// The runs of Chinese or Japanese letters in `word` (`2031年港口` →
/// `年港口`): what [`content_words_of`] reads as overlapping pairs.
fn cjk_runs(word: &str) -> impl Iterator<Item = &str> {
    word.split(|c: char| !is_cjk_letter(c))
        .filter(|run| !run.is_empty())
}

fn words_where(text: &str, in_word: impl Fn(char) -> bool + Copy) -> impl Iterator<Item = &str> {
    let ascii = text.is_ascii();
    let bytes = text.as_bytes();
    let mut ascii_at = 0;
    let mut chars = (!ascii).then(|| text.split(move |c: char| !in_word(c)));
    std::iter::from_fn(move || {
        if let Some(pieces) = chars.as_mut() {
            return pieces.find(|w| !w.is_empty());
        }
        // Every byte is ASCII: saying so lets the predicate drop its
        // Unicode tables.
        let ascii_in_word = |b: u8| b.is_ascii() && in_word(char::from(b));
        let at = &mut ascii_at;
        while *at < bytes.len() && !ascii_in_word(bytes[*at]) {
            *at += 1;
        }
        if *at == bytes.len() {
            return None;
        }
        let start = *at;
        while *at < bytes.len() && ascii_in_word(bytes[*at]) {
            *at += 1;
        }
        Some(&text[start..*at])
    })
}

/// The pieces of [`normalize`]`(text)` in order, without building it: each
/// word lowercased (words are lowercased whole, as `str::to_lowercase`
/// does, so a final sigma stays final), single spaces between.
pub fn normalized_words(text: &str, mut emit: impl FnMut(&str)) {
    let mut ascii = String::new();
    for (i, word) in text.split_whitespace().enumerate() {
        if i > 0 {
            emit(" ");
        }
        if word.is_ascii() {
            ascii.clear();
            ascii.push_str(word);
            ascii.make_ascii_lowercase();
            emit(&ascii);
        } else {
            emit(&word.to_lowercase());
        }
    }
}

/// `text` without the parts inside quotation marks (quoting a source word
/// for word is attribution, not copying).
pub fn outside_quotes(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut depth_straight = false;
    let mut depth_curly = 0usize;
    for c in text.chars() {
        match c {
            '"' => depth_straight = !depth_straight,
            '“' => depth_curly += 1,
            '”' => depth_curly = depth_curly.saturating_sub(1),
            _ if !depth_straight && depth_curly == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// Near-copy of `passage` outside quotation marks: the unquoted part of the
/// claim has at least [`VERBATIM_MIN_WORDS`] words and a normalised
/// Levenshtein similarity of at least `threshold` with the passage.
pub fn is_verbatim(claim: &str, passage: &str, threshold: f64) -> bool {
    let unquoted = normalize(&outside_quotes(claim));
    if unquoted.split_whitespace().count() < VERBATIM_MIN_WORDS {
        return false;
    }
    let passage = normalize(passage);
    crate::verify::edit::similar_at_least(&unquoted, &passage, threshold)
}

/// A claim must copy at least this many words outside quotes to be verbatim.
pub const VERBATIM_MIN_WORDS: usize = 6;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stopwords_are_sorted() {
        let mut sorted = STOPWORDS.to_vec();
        sorted.sort_unstable();
        assert_eq!(sorted, STOPWORDS);
    }

    proptest::proptest! {
        /// A word is a stop word exactly when the list has it (the lookup
        /// by numbers answers as a search of the list; words that share
        /// bytes with one, or a zero byte, are not taken for it).
        #[test]
        fn stop_words_are_the_lists(word in "[a-z\\x00é]{0,9}") {
            proptest::prop_assert_eq!(is_stopword(&word), STOPWORDS.contains(&word.as_str()));
        }
    }

    #[test]
    fn every_stop_word_is_one() {
        assert!(STOPWORDS.iter().all(|w| is_stopword(w)));
        for other in ["thee", "a\0", "abouts", "", "themselves", "é"] {
            assert!(!is_stopword(other), "{other:?}");
        }
    }

    #[test]
    fn bigram_dice_is_strsim_counted_in_characters() {
        let texts = [
            "The council approved a budget of 1.8 million.",
            "the council approved the budget",
            "Ferry fares rise",
            "Ferry fares rise",
            "a",
            "",
            "Café prices rose 5% in Zürich",
            "café prices fell 5% in zurich",
            "abab",
            "baba",
            "港口吞吐量连续三年增长",
            "港口吞吐量已经连续三年增长",
        ];
        for a in texts {
            for b in texts {
                let ours = Bigrams::new(a).dice(&Bigrams::new(b));
                // strsim counts its denominator in bytes: the same as
                // characters for ASCII.
                let theirs = if a.is_ascii() && b.is_ascii() {
                    strsim::sorensen_dice(a, b)
                } else {
                    dice_in_characters(a, b)
                };
                assert!(
                    (ours - theirs).abs() < 1e-12,
                    "{a:?} {b:?}: {ours} vs {theirs}"
                );
            }
        }
    }

    /// strsim's Sørensen–Dice with the denominator in characters.
    fn dice_in_characters(a: &str, b: &str) -> f64 {
        let a: Vec<char> = a.chars().filter(|c| !c.is_whitespace()).collect();
        let b: Vec<char> = b.chars().filter(|c| !c.is_whitespace()).collect();
        if a == b {
            return 1.0;
        }
        if a.len() < 2 || b.len() < 2 {
            return 0.0;
        }
        let mut left: Vec<(char, char)> = a.windows(2).map(|w| (w[0], w[1])).collect();
        let mut common = 0;
        for w in b.windows(2) {
            if let Some(k) = left.iter().position(|&p| p == (w[0], w[1])) {
                left.swap_remove(k);
                common += 1;
            }
        }
        (2 * common) as f64 / (a.len() + b.len() - 2) as f64
    }

    #[test]
    fn a_chinese_copy_is_as_alike_as_an_english_one() {
        // The same shape: five letters found in seven.
        let latin = Bigrams::new("abcde").dice(&Bigrams::new("xyabcde"));
        let chinese = Bigrams::new("票价上涨了").dice(&Bigrams::new("今年票价上涨了"));
        assert!((chinese - latin).abs() < 1e-12, "{chinese} vs {latin}");
    }

    /// The feature `name` of `claim` against a one-source index.
    fn feature(name: &str, claim: &str, source: &[&str]) -> f64 {
        let mut index = SourceIndex::new();
        for (line, text) in source.iter().enumerate() {
            index.add(0, line + 1, text);
        }
        let at = FEATURES.iter().position(|f| *f == name).unwrap();
        index.score_claim(claim, &[0])[0].features[at]
    }

    /// The `opposite` feature of `claim` against a one-source index.
    fn opposed(claim: &str, source: &[&str]) -> f64 {
        feature("opposite", claim, source)
    }

    #[test]
    fn a_clause_the_text_lacks_is_one_missing_run() {
        let source = [
            "Crews wrap the mast in canvas before the first storm.",
            "The harbour office opens at eight.",
        ];
        // Every content word is in the text, in whichever sentence.
        assert_eq!(
            feature(
                "missing_run",
                "Crews at the harbour office wrap the mast in canvas.",
                &source
            ),
            0.0
        );
        // The added purpose clause (`keep salt out of the rigging`) is
        // three content words in a row that the text never uses; a single
        // missing word elsewhere does not lengthen the run.
        assert_eq!(
            feature(
                "missing_run",
                "Crews quickly wrap the mast in canvas to keep salt out of the rigging.",
                &source
            ),
            3.0
        );
    }

    #[test]
    fn the_longest_missing_run_counts_consecutive_words_only() {
        let held = [true, false];
        assert_eq!(longest_missing_run(&[], &held), 0);
        assert_eq!(longest_missing_run(&[Some(0), Some(0)], &held), 0);
        // Unknown words (`None`) and terms the text lacks both count.
        assert_eq!(
            longest_missing_run(&[None, Some(0), Some(1), None, Some(1), Some(0)], &held),
            3
        );
    }

    #[test]
    fn opposite_words_count_only_when_said_of_the_same_thing() {
        let claim = "Harbour fees at Olm rose sharply this year.";
        // The same fees, the other direction.
        assert_eq!(
            opposed(claim, &["Harbour fees at Olm fell sharply this year."]),
            1.0
        );
        // The fees held; something else fell.
        assert_eq!(
            opposed(
                claim,
                &["Harbour fees at Olm held this year, while cargo volumes at the northern pier fell."]
            ),
            0.0
        );
        // A contrastive connective is not a contradiction.
        assert_eq!(
            opposed(
                claim,
                &["However, harbour fees at Olm rose sharply this year."]
            ),
            0.0
        );
    }

    #[test]
    fn packed_trees_give_the_trees_values() {
        use crate::verify::support_model::{TREE_NODES, TREE_ROOTS};
        let mut rng = 0x5EEDu64;
        for _ in 0..2000 {
            let features: [f64; FEATURE_COUNT] = std::array::from_fn(|_| {
                rng = rng
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                (rng >> 11) as f64 / (1u64 << 53) as f64 * 4.0 - 1.0
            });
            for &root in &TREE_ROOTS {
                assert_eq!(
                    packed_tree_value(packed_tree_nodes(), root, &features),
                    tree_value(&TREE_NODES, root, &features)
                );
            }
        }
    }

    #[test]
    fn every_opposite_word_passes_the_two_byte_filter() {
        for (i, (a, b)) in OPPOSITES.iter().enumerate() {
            for (side, entries) in [(0, a), (1, b)] {
                for entry in entries.iter() {
                    let word = entry.trim_end_matches('=');
                    assert_eq!(opposite_sides(word), 1 << (2 * i + side), "{word}");
                    if !entry.ends_with('=') {
                        let longer = format!("{word}ed");
                        assert_ne!(opposite_sides(&longer) & (1 << (2 * i + side)), 0);
                    }
                }
            }
        }
        assert_eq!(opposite_sides("a u x é ça harbour"), 0);
    }

    #[test]
    fn chinese_is_read_as_letter_pairs_and_its_numbers_as_numbers() {
        assert_eq!(
            content_words("2031年港口吞吐，Port"),
            ["年港", "港口", "口吞", "吞吐", "port"]
        );
        let read: Vec<(f64, bool)> =
            numbers("夜间票价上涨了30%。旅客120万人次，收入3亿元，涨幅２５．５％。")
                .iter()
                .map(|n| (n.value, n.percent))
                .collect();
        assert_eq!(
            read,
            [(30.0, true), (1.2e6, false), (3e8, false), (25.5, true)]
        );
        // The word after a number is read from its neighbour only, not
        // across Chinese text: these figures count nothing named.
        assert!(numbers("涨了30%，但是 fares 不变")
            .iter()
            .all(|n| n.about == [0, 0]));
    }

    #[test]
    fn stems_are_the_first_six_letters() {
        assert_eq!(stem("approval"), "approv");
        assert_eq!(stem("fee"), "fee");
        assert_eq!(stem("zürichsee"), "zürich");
        assert_eq!(stem("abcdeé"), "abcdeé");
        assert_eq!(stem("abcdeéf"), "abcdeé");
    }

    #[test]
    fn quotes_are_not_copying() {
        let passage = "The minister said the bridge would reopen in the spring after repairs.";
        assert!(is_verbatim(
            "The minister said the bridge would reopen in the spring after repairs.",
            passage,
            0.9
        ));
        assert!(!is_verbatim(
            "The minister said \"the bridge would reopen in the spring after repairs.\"",
            passage,
            0.9
        ));
        assert!(!is_verbatim(
            "Officials expect the crossing to be usable again once spring arrives.",
            passage,
            0.9
        ));
        assert_eq!(outside_quotes("He said “no way” today"), "He said  today");
    }

    #[test]
    fn words_missing_from_the_cited_sources() {
        let listed = |words: &[&str]| Some(words.iter().map(|w| w.to_string()).collect::<Vec<_>>());
        let index = index(&[
            (
                0,
                "The ferry company suspended the northern routes for winter.",
            ),
            (0, "Freight sailings may restart sooner."),
            (1, "Island councils warned about residents and the pier."),
        ]);
        // As the claim writes them, in order, each stem once; stop words,
        // connectives, figures (spelled or not) and words any cited
        // sentence holds are not listed.
        assert_eq!(
            index
                .words_missing_from(
                    "The company's northern routes stay closed for 'twelve' weeks, 2 piers closed, although Councils' warnings were ignored.",
                    &[0],
                )
                .map(|m| m.words),
            listed(&["stay", "closed", "weeks", "piers", "Councils", "warnings", "ignored"])
        );
        // Another cited source counts; an uncited one does not. Words meet
        // as the matching reads them (`suspension` would meet `suspended`).
        assert_eq!(
            index
                .words_missing_from("Councils warned residents of the closure.", &[0, 1])
                .map(|m| m.words),
            listed(&["closure"])
        );
        assert_eq!(
            index
                .words_missing_from("Councils warned residents.", &[0])
                .map(|m| m.words),
            listed(&["Councils", "warned", "residents"])
        );
        // A long list stops at LACKING_KEPT words and says there are more.
        let many: Vec<String> = (0..30)
            .map(|i| format!("word{}x", (b'a' + i) as char))
            .collect();
        let long = index
            .words_missing_from(&many.join(" "), &[0])
            .unwrap()
            .words;
        assert_eq!(long.len(), LACKING_KEPT + 1);
        assert_eq!(long[..LACKING_KEPT], many[..LACKING_KEPT]);
        assert_eq!(long[LACKING_KEPT], "…");
        // A TeX command and a citing command's key are markup; what
        // follows is text, and so is a formatting command's group or a
        // group after a word.
        assert_eq!(
            index
                .words_missing_from(
                    "As \\citet{smith04, doe99} showed (\\ref{tab}), \\emph{crews} {rest} {piers.",
                    &[0]
                )
                .map(|m| m.words),
            listed(&["showed", "crews", "rest", "piers"])
        );
        // A Chinese run the text never writes is listed whole (without
        // its particle, `了`); a claim of
        // figures alone has no word to list.
        assert_eq!(
            index
                .words_missing_from("港口关闭了 ferry", &[0])
                .map(|m| m.words),
            listed(&["港口关闭"])
        );
        assert_eq!(index.words_missing_from("30%, twelve.", &[0]), None);
        assert_eq!(index.words_missing_from("", &[0]), None);
    }

    #[test]
    fn chinese_and_japanese_claims_list_the_stretches_the_text_lacks() {
        let index = index(&[
            (0, "港口的集装箱数量去年增长。"),
            (0, "新码头明年启用。"),
            (1, "港が閉鎖された。"),
        ]);
        let words = |claim: &str, sources: &[usize]| {
            index.words_missing_from(claim, sources).map(|m| m.words)
        };
        let listed = |w: &[&str]| Some(w.iter().map(|w| w.to_string()).collect::<Vec<_>>());
        // `港口` and `明年` are there; `吞吐量上涨` is not. A lone letter
        // left over (`了`) is a particle, not listed.
        assert_eq!(
            words("港口吞吐量上涨了，新码头明年启用", &[0]),
            listed(&["吞吐量上涨"])
        );
        // Every pair there: nothing to list, and the spread is counted
        // over the sentences that hold the pairs.
        let all_there = index.words_missing_from("新码头明年启用", &[0]).unwrap();
        assert!(all_there.words.is_empty());
        assert_eq!(all_there.spread, Some(vec![1]));
        // Japanese kana are letters too; another cited source counts.
        assert_eq!(words("港が閉鎖された", &[0, 1]), listed(&[]));
        assert_eq!(words("港が閉鎖された", &[0]), listed(&["港が閉鎖された"]));
        // The same stretch is listed once; a one-letter run is no list.
        assert_eq!(words("吞吐量，吞吐量", &[0]), listed(&["吞吐量"]));
        assert_eq!(words("港", &[0]), None);
    }

    #[test]
    fn a_claim_whose_words_are_all_there_says_how_spread_they_are() {
        let index = index(&[
            (0, "The rebuilt depot holds forty trams."),
            (0, "Its roof now carries solar panels."),
            (0, "The depot opened in spring."),
            (1, "A paint shop sits beside the depot."),
        ]);
        let spread = |claim: &str, sources: &[usize]| {
            let missing = index.words_missing_from(claim, sources).unwrap();
            assert!(missing.words.is_empty(), "{:?}", missing.words);
            missing.spread
        };
        // One sentence holds every word (a second also holds some).
        assert_eq!(spread("The depot holds forty trams.", &[0]), Some(vec![0]));
        // Two statements joined; the depot's word is in both, so two
        // sentences hold all.
        assert_eq!(
            spread("The depot's roof holds forty trams.", &[0]),
            Some(vec![0, 1])
        );
        // Three sentences, one of them in another cited source; four when
        // a word only a fourth holds (`rebuilt`) joins them.
        assert_eq!(
            spread(
                "The depot opened in spring with solar panels and a paint shop.",
                &[0, 1]
            ),
            Some(vec![1, 2, 3])
        );
        assert_eq!(
            spread(
                "The rebuilt depot opened in spring with solar panels and a paint shop.",
                &[0, 1]
            ),
            Some(vec![0, 1, 2, 3])
        );
        // A missing word: a list, no spread.
        let missing = index
            .words_missing_from("The depot holds forty buses.", &[0])
            .unwrap();
        assert_eq!(missing.words, ["buses"]);
        assert_eq!(missing.spread, None);
        // Past SPREAD_TERMS distinct words, no count is attempted.
        let text: Vec<String> = (0..SPREAD_TERMS + 1)
            .map(|i| {
                format!(
                    "word{}{}x",
                    (b'a' + (i / 26) as u8) as char,
                    (b'a' + (i % 26) as u8) as char
                )
            })
            .collect();
        let mut long = SourceIndex::new();
        long.add(0, 1, &text.join(" "));
        let missing = long.words_missing_from(&text.join(" "), &[0]).unwrap();
        assert!(missing.words.is_empty());
        assert_eq!(missing.spread, None);
        let fewer = long
            .words_missing_from(&text[..SPREAD_TERMS].join(" "), &[0])
            .unwrap();
        assert_eq!(fewer.spread, Some(vec![0]));
        // Nor when the words fill more than SPREAD_PLACES places of a
        // huge text (seven words in every sentence); a shorter one is
        // counted.
        let sentence = "Ferries sail daily from the northern harbour pier with crews.";
        let rows = SPREAD_PLACES / 7 + 1;
        let text_of = |rows: usize| {
            let mut index = SourceIndex::new();
            for line in 0..rows {
                index.add(0, line + 1, sentence);
            }
            index
        };
        let missing = text_of(rows).words_missing_from(sentence, &[0]).unwrap();
        assert!(missing.words.is_empty());
        assert_eq!(missing.spread, None);
        let missing = text_of(rows - 1)
            .words_missing_from(sentence, &[0])
            .unwrap();
        assert_eq!(missing.spread.map(|s| s.len()), Some(1));
    }

    fn index(sentences: &[(usize, &str)]) -> SourceIndex {
        let mut index = SourceIndex::new();
        for (i, (source, text)) in sentences.iter().enumerate() {
            index.add(*source, i + 1, text);
        }
        index
    }

    /// The greedy cover as first written: every live row weighed at every
    /// step, by a term-by-term test.
    fn plain_cover(
        rows: &[Vec<bool>],
        live: &[usize],
        terms: &[(u32, f64)],
    ) -> (f64, [Option<usize>; COVER_SENTENCES]) {
        let mut covered = vec![false; terms.len()];
        let (mut cover, mut chosen) = (0.0, [None; COVER_SENTENCES]);
        for slot in chosen.iter_mut() {
            let gain = |row: usize| -> f64 {
                let mut g = 0.0;
                for k in 0..terms.len() {
                    if rows[row][k] && !covered[k] {
                        g += terms[k].1;
                    }
                }
                g
            };
            let best = live
                .iter()
                .filter(|&&row| (0..terms.len()).any(|k| rows[row][k] && !covered[k]))
                .map(|&row| (row, gain(row)))
                .max_by(|a, b| a.1.total_cmp(&b.1));
            let Some((at, g)) = best else { break };
            if g <= 0.0 {
                break;
            }
            cover += g;
            *slot = Some(at);
            for k in 0..terms.len() {
                covered[k] |= rows[at][k];
            }
        }
        (cover, chosen)
    }

    proptest::proptest! {
        /// The cover that passes over rows by their whole weight, and the
        /// pairs met through columns, answer as the plain computations do:
        /// the same rows (ties included: weights from a few values), the
        /// same weight to the bit.
        #[test]
        fn cover_and_pairs_are_the_plain_ones(
            terms in 1usize..140,
            rows in proptest::collection::vec(proptest::collection::vec(0usize..140, 0..12), 0..90),
            weights in proptest::collection::vec(1u8..4, 140),
            pairs in proptest::collection::vec((0usize..140, 0usize..140), 0..20),
        ) {
            let terms_of: Vec<(u32, f64)> =
                (0..terms).map(|k| (k as u32, f64::from(weights[k]) * 0.37)).collect();
            let mut held = HeldTerms::new(terms, rows.len());
            let mut plain = vec![vec![false; terms]; rows.len()];
            for (r, row) in rows.iter().enumerate() {
                for &k in row.iter().filter(|&&k| k < terms) {
                    held.set(r, k);
                    plain[r][k] = true;
                }
            }
            let live: Vec<usize> = (0..rows.len()).filter(|&r| plain[r].iter().any(|&h| h)).collect();
            let (cover, chosen) = held.greedy_cover(&live, &terms_of);
            let (plain_weight, plain_chosen) = plain_cover(&plain, &live, &terms_of);
            proptest::prop_assert_eq!(cover.to_bits(), plain_weight.to_bits());
            proptest::prop_assert_eq!(chosen, plain_chosen);
            let pairs: Vec<(usize, usize)> =
                pairs.into_iter().filter(|&(a, b)| a < terms && b < terms).collect();
            let met = pairs
                .iter()
                .filter(|&&(a, b)| live.iter().any(|&r| plain[r][a] && plain[r][b]))
                .count();
            proptest::prop_assert_eq!(held.pairs_together(&live, pairs.iter().copied()), met);
        }
    }

    proptest::proptest! {
        /// The greedy cover's rows hold every held term; their count is
        /// never below the fewest that would do (found by trying every set
        /// of rows), is one exactly when one row would do, and never
        /// exceeds the rows or the terms.
        #[test]
        fn rows_to_cover_bounds_the_fewest(
            terms in 1usize..9,
            rows in proptest::collection::vec(proptest::collection::vec(0usize..9, 0..5), 0..10),
        ) {
            let mut held = HeldTerms::new(terms, rows.len());
            let mut masks = vec![0u32; rows.len()];
            for (r, row) in rows.iter().enumerate() {
                for &k in row.iter().filter(|&&k| k < terms) {
                    held.set(r, k);
                    masks[r] |= 1 << k;
                }
            }
            let all = masks.iter().fold(0, |a, m| a | m);
            let picked = held.rows_to_cover();
            let count = picked.len();
            // The rows picked are distinct and hold every term held.
            let mut distinct = picked.clone();
            distinct.sort_unstable();
            distinct.dedup();
            proptest::prop_assert_eq!(distinct.len(), count);
            proptest::prop_assert_eq!(picked.iter().fold(0, |a, &r| a | masks[r]), all);
            let fewest = (0u32..1 << rows.len())
                .filter(|set| {
                    (0..rows.len()).filter(|r| set & (1 << r) != 0).fold(0, |a, r| a | masks[r]) == all
                })
                .map(u32::count_ones)
                .min()
                .unwrap() as usize;
            proptest::prop_assert!(count >= fewest);
            proptest::prop_assert_eq!(count == 1, fewest == 1);
            proptest::prop_assert_eq!(count == 0, all == 0);
            proptest::prop_assert!(count <= rows.len() && count <= all.count_ones() as usize);
        }
    }

    proptest::proptest! {
        /// First-seen positions are a search's, before and past the point
        /// where a map takes over from the scan.
        #[test]
        fn first_seen_finds_what_a_search_finds(
            keys in proptest::collection::vec(0u32..400, 0..300),
        ) {
            let mut seen = FirstSeen::default();
            let mut plain: Vec<u32> = Vec::new();
            for k in keys {
                let found = seen.position(k);
                proptest::prop_assert_eq!(found, plain.iter().position(|&x| x == k));
                if found.is_none() {
                    seen.push(k);
                    plain.push(k);
                }
            }
        }
    }

    proptest::proptest! {
        /// A claim's term slots find each term where a search of its list
        /// does, and no other (slots shared, lists past 254 terms).
        #[test]
        fn term_slots_find_what_a_search_finds(
            ids in proptest::collection::btree_set(0u32..3000, 0..300),
            asked in proptest::collection::vec(0u32..3000, 0..200),
        ) {
            let terms: Vec<(u32, f64)> = ids.into_iter().rev().map(|t| (t, 1.0)).collect();
            let slots = TermSlots::of(&terms);
            for t in asked.iter().copied().chain(terms.iter().map(|x| x.0)) {
                proptest::prop_assert_eq!(
                    slots.position(&terms, t),
                    terms.iter().position(|(x, _)| *x == t)
                );
            }
        }
    }

    proptest::proptest! {
        /// The one-pass test of two terms standing near each other answers
        /// as looking around every place of the first does.
        #[test]
        fn terms_near_as_looking_around_each_place(window in proptest::collection::vec(0u32..5, 0..30), x in 0u32..5, y in 0u32..5) {
            let around = window.iter().enumerate().filter(|(_, t)| **t == x).any(|(i, _)| {
                let lo = i.saturating_sub(PAIR_DISTANCE);
                let hi = (i + PAIR_DISTANCE + 1).min(window.len());
                window[lo..hi].contains(&y)
            });
            proptest::prop_assert_eq!(terms_near(&window, x, y), around);
        }
    }

    proptest::proptest! {
        /// An ASCII text's bigrams are what the general path gives
        /// (whitespace as `char::is_whitespace` has it, control characters
        /// and DEL kept).
        #[test]
        fn ascii_bigrams_are_the_general_ones(text in "[ -~\t\n\x0B\x0C\r\x00\x1F\x7F]{0,300}") {
            let (fast, general) = (Bigrams::of_ascii(text.as_bytes()), Bigrams::of_chars(&text));
            proptest::prop_assert_eq!(fast.sorted(), general.sorted());
            proptest::prop_assert_eq!(fast.chars, general.chars);
            proptest::prop_assert_eq!(fast.hash, general.hash);
        }

        /// Two ASCII texts share as many bigrams through the count table as
        /// through the merge of their sorted lists.
        #[test]
        fn ascii_bigram_counts_meet_as_sorted_lists_do(
            a in "[ -~\t\n]{0,120}",
            b in "[ -~\t\n]{0,120}",
        ) {
            let (a, b) = (Bigrams::of_ascii(a.as_bytes()), Bigrams::of_ascii(b.as_bytes()));
            let BigramCodes::Ascii(codes) = &a.codes else { unreachable!() };
            let BigramCodes::Ascii(others) = &b.codes else { unreachable!() };
            proptest::prop_assert_eq!(
                common_ascii(codes, others),
                common_sorted(&a.sorted(), &b.sorted())
            );
        }

        /// Byte-by-byte readings of an ASCII text find what the
        /// character-by-character ones find: normalised form, runs of word
        /// characters (number tokens: see `numbers`).
        #[test]
        fn ascii_text_reads_the_same_byte_by_byte(text in "[ -~\t\n\x0B\x0C\r]{0,200}") {
            let mut general = String::new();
            normalized_words(&text, |part| general.push_str(part));
            proptest::prop_assert_eq!(normalize_ascii(text.as_bytes()), general);
            let in_word = |c: char| c.is_alphanumeric() || c == '-';
            let runs: Vec<&str> = words_where(&text, in_word).collect();
            let split: Vec<&str> = text.split(|c: char| !in_word(c)).filter(|w| !w.is_empty()).collect();
            proptest::prop_assert_eq!(runs, split);
        }

        /// A single-spaced ASCII text (the fast path) is normalised as by
        /// the general path too.
        #[test]
        fn single_spaced_text_normalises_the_same(words in proptest::collection::vec("[!-~]{1,8}", 0..30), edge in 0usize..3) {
            let mut text = words.join(" ");
            // A space at an end leaves the fast path.
            match edge {
                1 => text.insert(0, ' '),
                2 => text.push(' '),
                _ => {}
            }
            let mut general = String::new();
            normalized_words(&text, |part| general.push_str(part));
            proptest::prop_assert_eq!(normalize_ascii(text.as_bytes()), general);
        }

        /// Any text's runs of word characters are `str::split`'s pieces.
        #[test]
        fn words_where_splits_as_str_split(text in "\\PC{0,80}") {
            let in_word = |c: char| c.is_alphanumeric() || c == '\'';
            let runs: Vec<&str> = words_where(&text, in_word).collect();
            let split: Vec<&str> = text.split(|c: char| !in_word(c)).filter(|w| !w.is_empty()).collect();
            proptest::prop_assert_eq!(runs, split);
        }

        /// An ASCII text's words and numbers read from its normalised form
        /// are the ones read from the text itself.
        #[test]
        fn ascii_text_reads_the_same_from_its_normalised_form(
            text in "([A-Za-z]{1,7}|[0-9]{1,5}|[ \t\n\x0B\x0C\r]{1,3}|[-,.%$'()]|2004-11-02)*"
        ) {
            let lower = normalize(&text);
            let (mut direct, mut from_lower) = (Vec::new(), Vec::new());
            each_content_word(&text, |w| direct.push(w.to_string()));
            each_content_word_of_lowercase_ascii(&lower, |w| from_lower.push(w.to_string()));
            proptest::prop_assert_eq!(direct, from_lower);
            proptest::prop_assert_eq!(numbers(&text), numbers_in_lowercase(&lower));
        }
    }

    #[test]
    fn a_large_batch_indexes_as_sentences_added_one_by_one() {
        // More sentences than one vocabulary chunk, words new all along,
        // and opposite words whose neighbours are first used later.
        let words = [
            "harbour",
            "fees",
            "rose",
            "fell",
            "pier",
            "crews",
            "board",
            "cargo",
            "ferry",
            "quay",
            "increased",
            "decreased",
            "board's",
        ];
        let mut state = 7u64;
        let mut next = |n: usize| {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1);
            (state >> 33) as usize % n
        };
        let sentences: Vec<String> = (0..VOCAB_CHUNK * 2 + 100)
            .map(|i| {
                let mut s = format!("Word{} ", i / 3);
                for _ in 0..6 {
                    s.push_str(words[next(words.len())]);
                    s.push(' ');
                }
                s.push_str(&format!("berth{}.", i % 997));
                s
            })
            .collect();
        // `s` (of `board's`, read apart near an opposite word) is first
        // used as a word of its own at the very end: the sentences before
        // it cannot know it.
        let mut sentences = sentences;
        sentences.push("Grade s cargo.".to_string());
        let batch: Vec<(usize, usize, &str)> = sentences
            .iter()
            .enumerate()
            .map(|(i, s)| (i % 3, i + 1, s.as_str()))
            .collect();
        let mut at_once = SourceIndex::new();
        at_once.add(0, 1, "A first sentence about the harbour.");
        at_once.add_batch(&batch);
        let mut one_by_one = SourceIndex::new();
        one_by_one.add(0, 1, "A first sentence about the harbour.");
        for (source, line, text) in &batch {
            one_by_one.add(*source, *line, text);
        }
        assert_eq!(at_once.vocab, one_by_one.vocab);
        assert_eq!(at_once.postings, one_by_one.postings);
        assert_eq!(at_once.by_source, one_by_one.by_source);
        assert_eq!(at_once.passages.len(), one_by_one.passages.len());
        let mut opposed = 0;
        assert_eq!(at_once.term_rows.words, one_by_one.term_rows.words);
        assert_eq!(at_once.term_rows.starts, one_by_one.term_rows.starts);
        // `s` is known only to the last sentence: no opposite word before it
        // may be said of it.
        let s = at_once.vocab.get("s").expect("filed last");
        let last = at_once.passages.len() - 1;
        for (q, (a, b)) in at_once
            .passages
            .iter()
            .zip(&one_by_one.passages)
            .enumerate()
        {
            assert_eq!((a.source, a.line, &a.text), (b.source, b.line, &b.text));
            let words = &at_once.opposition(q).words;
            assert_eq!(words, &one_by_one.opposition(q).words);
            assert!(
                q == last || words.iter().all(|w| !w.near.contains(&s)),
                "{q}"
            );
            opposed += words.len();
        }
        assert!(opposed > 0);
    }

    #[test]
    fn a_thread_scores_the_same_after_other_indexes() {
        // The per-thread scratch of candidate weights is reused from claim
        // to claim and index to index: nothing may carry over.
        let small = index(&[
            (0, "The harbour board approved a new pier on Monday."),
            (1, "The pier will cost 30 million and take two years."),
        ]);
        let large = index(
            &(0..300)
                .map(|i| {
                    (
                        i % 4,
                        if i % 2 == 0 {
                            "The pier and the harbour board."
                        } else {
                            "Crews at the pier."
                        },
                    )
                })
                .collect::<Vec<_>>(),
        );
        let claim = "The harbour board approved a pier costing 30 million.";
        let fresh = std::thread::spawn(move || {
            let small = index(&[
                (0, "The harbour board approved a new pier on Monday."),
                (1, "The pier will cost 30 million and take two years."),
            ]);
            small.score_claim(claim, &[0])
        })
        .join()
        .unwrap();
        large.score_claim(claim, &[1]);
        assert_eq!(small.score_claim(claim, &[0]), fresh);
        large.score_claim("Crews at the harbour pier.", &[2, 3]);
        assert_eq!(small.score_claim(claim, &[0]), fresh);
    }

    #[test]
    fn term_rows_hold_what_the_passages_hold() {
        let idx = index(&[
            (0, "The harbour board approved a new pier on Monday."),
            (1, "Fishing crews protested outside the town hall."),
            (1, ""),
            (
                2,
                "Construction of the pier starts in April and lasts two years.",
            ),
        ]);
        // Term ids past 256 share signature bits with smaller ones: the
        // row must still answer from the terms themselves, which are the
        // passage's content words.
        for (q, passage) in idx.passages.iter().enumerate() {
            let words: Vec<u32> = content_words(&passage.text)
                .iter()
                .map(|w| idx.vocab.get(w).expect("an indexed word"))
                .collect();
            assert_eq!(idx.terms_of(q), words.as_slice());
            for t in 0..600 {
                assert_eq!(
                    idx.term_rows.row(q as u32).holds(t),
                    words.contains(&t),
                    "passage {q}, term {t}"
                );
            }
        }
    }

    #[test]
    fn windows_score_the_same_from_term_masks() {
        let idx = index(&[
            (0, "The harbour board approved a new pier on Monday."),
            (0, "Work on the pier starts in April and costs 30 million."),
            (0, "The board said the harbour fees rose by 5%."),
            (1, "Harbour fees fell by 5% after the board met on Monday."),
            (1, "Crews protested the pier outside the town hall."),
        ]);
        let claims = [
            "The harbour board approved a pier costing 30 million in April.",
            "Fees at the harbour rose 5% on Monday, the board said.",
            "Crews protested.",
        ];
        for text in claims {
            let claim = idx.prepare(text);
            let mask = |p: usize| idx.claim_terms_held(&claim, p);
            for p in 0..idx.passages.len() {
                assert_eq!(
                    idx.score_window(&claim, &[p], Some([mask(p), 0])),
                    idx.score_window(&claim, &[p], None),
                    "{text:?} in {p}"
                );
                if p + 1 < idx.passages.len() {
                    assert_eq!(
                        idx.score_window(&claim, &[p, p + 1], Some([mask(p), mask(p + 1)])),
                        idx.score_window(&claim, &[p, p + 1], None),
                        "{text:?} in {p} and {}",
                        p + 1
                    );
                }
            }
        }
        // A claim of more than 64 terms takes the path without masks.
        let long: Vec<String> = (0..70).map(|i| format!("word{i:02}x")).collect();
        let mut wide = SourceIndex::new();
        wide.add(0, 1, &long[..40].join(" "));
        wide.add(0, 2, &long[40..].join(" "));
        wide.add(1, 1, "Nothing of the kind here.");
        let claim = long.join(" ");
        assert!(wide.prepare(&claim).terms.len() > 64);
        let scores = wide.score_claim(&claim, &[]);
        assert_eq!(scores[0].source, 0);
        assert!(
            scores[0].features[WINDOW_COVERAGE] > 0.99,
            "{:?}",
            scores[0]
        );
    }

    #[test]
    fn features_do_not_depend_on_how_sources_interleave() {
        let harbour = [
            "The harbour board approved a new pier on Monday.",
            "Work on the pier starts in April.",
            "It will cost 30 million and last two years.",
        ];
        let fishing = ["Fishing crews protested outside the town hall on Monday."];
        // Source by source (consecutive passages), and interleaved.
        let mut together = SourceIndex::new();
        for (i, s) in harbour.iter().enumerate() {
            together.add(0, i + 1, s);
        }
        together.add(1, 1, fishing[0]);
        let mut mixed = SourceIndex::new();
        mixed.add(0, 1, harbour[0]);
        mixed.add(1, 1, fishing[0]);
        mixed.add(0, 2, harbour[1]);
        mixed.add(0, 3, harbour[2]);
        let claim = "The board approved a pier that will cost 30 million, and crews protested.";
        let features = |index: &SourceIndex| -> Vec<(usize, [f64; FEATURE_COUNT])> {
            let mut scores: Vec<_> = index
                .score_claim(claim, &[0, 1])
                .iter()
                .map(|s| (s.source, s.features))
                .collect();
            scores.sort_by_key(|s| s.0);
            scores
        };
        assert_eq!(features(&together), features(&mixed));
        assert!(features(&together)[0].1[COVER] > 0.5);
    }

    #[test]
    fn paraphrase_beats_same_topic_and_numbers_count() {
        let idx = index(&[
            (
                0,
                "The council approved a budget of 1.8 million for the night buses.",
            ),
            (0, "Buses will run twice an hour."),
            (
                1,
                "The council discussed night buses but postponed any budget decision.",
            ),
        ]);
        let scores = idx.score_claim("Councillors approved 1.8 million for night buses.", &[]);
        assert_eq!(scores[0].source, 0);
        assert!(scores[0].numbers_agree);
        assert!(scores[0].score > scores[1].score + 0.1, "{scores:?}");
        let wrong = idx.score_claim(
            "The council approved a budget of 2.4 million for the night buses.",
            &[0],
        );
        assert!(!wrong[0].numbers_agree);
        assert!(wrong[0].score < scores[0].score);
    }

    #[test]
    fn numbers_about_different_things_do_not_contradict() {
        let first = |text: &str| numbers(text)[0];
        assert!(!first("a board of 100 members").same_thing(&first("two delegates each")));
        assert!(first("270 clubs").same_thing(&first("136 health clubs")));
        assert!(first("35% in May").same_thing(&first("25% of voters")));
        assert!(!first("20 seconds").same_thing(&first("8 minutes")));
        assert!(!first("in 2004").same_thing(&first("40 ships")));
        // In scoring: the claim's total is not what the source counts.
        let idx = index(&[(
            0,
            "Each harbour town sends two delegates to the Tolm assembly.",
        )]);
        let scores = idx.score_claim(
            "Each harbour town sends two delegates, 100 members in all, to the Tolm assembly.",
            &[0],
        );
        assert!(scores[0].mismatch.is_none(), "{scores:?}");
        let wrong = idx.score_claim(
            "Each harbour town sends three delegates to the Tolm assembly.",
            &[0],
        );
        assert!(wrong[0].mismatch.is_some(), "{wrong:?}");
    }

    #[test]
    fn a_claim_spanning_two_sentences_uses_the_window() {
        let idx = index(&[
            (0, "The ferry returns in March."),
            (0, "Tickets will cost twelve euros."),
        ]);
        let both = idx.score_claim(
            "The ferry returns in March with tickets at twelve euros.",
            &[],
        );
        let one = index(&[(0, "The ferry returns in March.")]).score_claim(
            "The ferry returns in March with tickets at twelve euros.",
            &[],
        );
        assert!(both[0].score > one[0].score);
    }
}
