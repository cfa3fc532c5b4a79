//! Stage 4, sentences: our own sentence splitter.
//!
//! The splitter looks only at terminal punctuation (`.`, `!`, `?`, `…`) and
//! decides from a few characters of context, so it runs in one pass over the
//! bytes. Its rules, in the order they are tried:
//!
//! 1. Punctuation inside a citation marker or a code span is never a boundary.
//! 2. A run of terminal punctuation (`?!`, `...`, `. . .`) is taken whole, then
//!    closing quotes and brackets and any citation markers that follow it (even
//!    after a space) are attached to the sentence it closes, and so is a period
//!    after those markers (`asked "Why?" [3].`).
//! 3. If no space follows, there is no boundary (`3.5`, `example.com`,
//!    `Jr.'s`), except a lowercase word or a number glued to a capitalised word
//!    (`today.Then`), which is a missing space, unless the token is an e-mail
//!    address or a URL.
//! 4. A lowercase next word never starts a sentence (`"Stop." she said`,
//!    `Yahoo! in`, `a.m. on`).
//! 5. `!` and `?` end a sentence otherwise, except `!` glued to a
//!    capitalised word inside a sentence and followed by a capitalised word
//!    that does not open sentences: part of a name (`joined Yahoo! Japan`).
//! 6. An ellipsis of three dots (`...`, `…`, `. . .`) marks an omission, not a
//!    boundary, unless a word that opens sentences follows (`paused... Then`);
//!    a fourth dot is the sentence's own period.
//! 7. A period after a title (`Dr.`, `Mr.`, `Gen.`, `St.`, `e.g.`) is never a
//!    boundary; after a number word (`No.`, `pp.`, `Fig.`) not before a digit.
//! 8. A single capital letter is an initial (`J. R. Smith`, `Albert I. Jones`)
//!    unless a lowercase word stands before it and no initial follows it
//!    (`you and I. Then`, but `by T. S. Marlow`), or a word that opens
//!    sentences follows (`Plan B. Nobody`).
//! 9. After an abbreviation that can also end a sentence (`U.S.`, `Inc.`,
//!    `Corp.`, `etc.`, and a single lowercase consonant: `Harlow v. Dunmore`,
//!    `c. 1840`), the sentence ends only if the next word is one that
//!    commonly starts sentences (`The`, `It`, `However`, ...); after `a.m.`
//!    and `p.m.`, at any capitalised word but a day, a month or a time zone;
//!    and after any abbreviation when a citation marker follows the period
//!    directly (`Co.[4] Next`).
//! 10. Enumerated lists written in running text (`1. … 2. …`,
//!     `• 9. … • 10. …`) split before each item; an item number is not a
//!     period. Enumerations with a parenthesis (`a) … b) …`, `1) … 2)`)
//!     stay inside their sentence.
//! 11. A CJK full stop (`。`, `！`, `？`) ends a sentence whatever follows;
//!     markers and closing brackets after it stay with it.
//! 12. No boundary inside a quotation that a sentence embeds (`"We are
//!     done. The work ends," the mayor said`, in single quotes too: `'We
//!     are done. The work ends,' the mayor said`), see `embedded_quotes`.

use std::collections::HashSet;
use std::ops::Range;

use crate::read::abbreviations::{abbreviation_class, Abbrev};
use crate::read::citations::{
    find_markers, flattened_markers, link_markers, superscripts_as_text, text_without_markers,
    Marker, MarkerStyle,
};
use crate::read::structure::Block;

/// One sentence of a block, as the later stages need it.
#[derive(Debug, Clone)]
pub struct BlockSentence {
    /// Offset of its first non-space character in the block text.
    pub start: usize,
    /// What its markers say (every marker of the block belongs to exactly
    /// one sentence).
    pub markers: SentenceMarkers,
    /// Its text without markers, whitespace collapsed (never empty): for a
    /// sentence that is only markers, the markers as written.
    pub text: String,
    /// The sentence is only markers (see [`block_sentences`]).
    pub only_markers: bool,
}

/// What the later stages need of a sentence's markers: a summary, not the
/// markers themselves, so that a file of a million `[1]`s holds one id.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SentenceMarkers {
    /// How many markers the sentence holds.
    pub count: usize,
    /// Cited ids in order of first appearance, each once.
    pub cited: Vec<String>,
    /// A lost marker (` .`) is among them.
    pub lost: bool,
    /// A `[citation needed]` is among them.
    pub citation_needed: bool,
    /// Ranges too wide to expand (`[1-500]`), as written.
    pub wide_ranges: Vec<String>,
}

/// Up to this many ids in its markers, a sentence's cited ids are kept
/// unique by a scan; more (a line of a thousand markers) use a hash set.
const FEW_IDS: usize = 16;

impl SentenceMarkers {
    /// Adds another sentence's markers to these.
    fn absorb(&mut self, mut other: SentenceMarkers) {
        self.wide_ranges.append(&mut other.wide_ranges);
        self.count += other.count;
        for id in other.cited {
            if !self.cited.contains(&id) {
                self.cited.push(id);
            }
        }
        self.lost |= other.lost;
        self.citation_needed |= other.citation_needed;
    }

    fn of(markers: &[Marker], text: &str) -> SentenceMarkers {
        if markers.is_empty() {
            return SentenceMarkers::default();
        }
        let mut cited: Vec<String> = Vec::new();
        let ids = markers.iter().flat_map(|m| &m.ids);
        if markers.iter().map(|m| m.ids.len()).sum::<usize>() <= FEW_IDS {
            // A sentence's few ids: a scan of the ids kept is cheaper than
            // a hash set.
            for id in ids {
                if !cited.contains(id) {
                    cited.push(id.clone());
                }
            }
        } else {
            let mut seen: HashSet<&str> = HashSet::new();
            for id in ids {
                if seen.insert(id) {
                    cited.push(id.clone());
                }
            }
        }
        SentenceMarkers {
            count: markers.len(),
            cited,
            lost: markers.iter().any(|m| m.style == MarkerStyle::Lost),
            citation_needed: markers
                .iter()
                .any(|m| m.style == MarkerStyle::CitationNeeded),
            wide_ranges: markers
                .iter()
                .filter(|m| m.style == MarkerStyle::WideRange)
                .map(|m| text[m.span.clone()].to_string())
                .collect(),
        }
    }
}

/// Finds a block's markers, splits it into sentences and gives each sentence
/// its markers and clean text. `declared` holds the declared source ids
/// (see the citations stage); `flattened`: the document writes its
/// citations as flattened superscripts (`citations::flattened_markers`).
///
/// A sentence that is only markers (`[19]` alone in a table cell, `[4]`
/// after a sentence's own closing markers) still cites: its markers join the
/// sentence before it in the block, or, with none before it, it is kept with
/// its raw text and `only_markers` set (never a claim, but its ids count as
/// cited). Empty sentences without markers are dropped.
pub fn block_sentences(
    block: &Block,
    declared: &HashSet<String>,
    flattened: bool,
    pandoc: bool,
) -> Vec<BlockSentence> {
    let mut markers = find_markers(&block.text, &block.protected, declared);
    let mut linked = link_markers(&block.numeric_links, &block.text, declared);
    if flattened {
        linked.extend(flattened_markers(&block.text, &block.protected, declared));
    }
    if pandoc {
        linked.extend(crate::read::citations::pandoc_markers(
            &block.text,
            &block.protected,
            declared,
        ));
    }
    if !linked.is_empty() {
        markers.extend(linked);
        markers.sort_by_key(|m| m.span.start);
        markers.dedup_by(|b, a| b.span.start < a.span.end);
    }
    let spans: Vec<_> = markers.iter().map(|m| m.span.clone()).collect();
    let ranges = split(&block.text, &spans, &block.protected);
    drop(spans);
    // Markers are sorted and each range holds a consecutive slice of them,
    // so one pass hands each sentence its own.
    let mut out: Vec<BlockSentence> = Vec::new();
    let mut first = 0;
    for range in ranges {
        let count = markers[first..].partition_point(|m| m.span.start < range.end);
        let mine = &markers[first..first + count];
        first += count;
        let text = text_without_markers(&block.text, range.clone(), mine);
        let holds_code = block
            .protected
            .iter()
            .any(|p| p.start < range.end && range.start < p.end);
        let text = if holds_code {
            text
        } else {
            superscripts_as_text(text)
        };
        let raw = &block.text[range.clone()];
        let only_markers = text.is_empty();
        if only_markers {
            if mine.is_empty() {
                continue;
            }
            if let Some(previous) = out.last_mut() {
                previous
                    .markers
                    .absorb(SentenceMarkers::of(mine, &block.text));
                continue;
            }
        }
        let text = if only_markers {
            raw.split_whitespace().collect::<Vec<_>>().join(" ")
        } else {
            crate::read::mojibake::repair(text)
        };
        out.push(BlockSentence {
            start: range.start + (raw.len() - raw.trim_start().len()),
            markers: SentenceMarkers::of(mine, &block.text),
            text,
            only_markers,
        });
    }
    out
}

/// Splits `text` into sentences that cover it exactly once, with no atoms.
pub fn split_sentences(text: &str) -> Vec<Range<usize>> {
    split(text, &[], &[])
}

/// Splits `text` into consecutive ranges that together cover it exactly.
///
/// `markers` are citation-marker spans: never split inside, and attached to the
/// sentence whose punctuation they follow. `protected` spans (code) are never
/// split inside either. Both must be sorted and non-overlapping. Whitespace
/// between two sentences belongs to the first one.
pub fn split(
    text: &str,
    markers: &[Range<usize>],
    protected: &[Range<usize>],
) -> Vec<Range<usize>> {
    if text.is_empty() {
        return Vec::new();
    }
    let ctx = Ctx {
        text,
        bytes: text.as_bytes(),
        markers,
        protected,
    };
    let lists = enumerated_list(&ctx);
    let quotes = embedded_quotes(text);
    let mut next_quote = 0;
    let mut starts: Vec<usize> = Vec::new();
    let bytes = ctx.bytes;
    let mut scan = TerminalScan::new(bytes);
    let mut i = 0;
    while let Some(at) = scan.next(bytes, i) {
        i = at;
        let b = bytes[i];
        if let Some(len) = (b == 0xE3 || b == 0xEF)
            .then(|| cjk_terminal(bytes, i))
            .flatten()
        {
            if let Some(end) = ctx.inside_atom(i) {
                i = end;
                continue;
            }
            let next = ctx.cjk_boundary_after(i + len);
            if next < bytes.len() {
                starts.push(next);
            }
            i = next.max(i + len);
            continue;
        }
        let is_terminal = matches!(b, b'.' | b'!' | b'?') || is_ellipsis_char(bytes, i);
        if !is_terminal {
            i += 1;
            continue;
        }
        if let Some(end) = ctx.inside_atom(i) {
            i = end;
            continue;
        }
        let (run_end, run) = punct_run(bytes, i);
        if run.is_enumerator_dot(i, &lists.item_dots) {
            i = run_end;
            continue;
        }
        // Quotes are sorted and disjoint, and `i` only grows.
        while quotes.get(next_quote).is_some_and(|q| q.end <= i) {
            next_quote += 1;
        }
        if let Some(q) = quotes.get(next_quote).filter(|q| q.start < i) {
            i = q.end;
            continue;
        }
        if let Some(start) = ctx.boundary_after(i, run_end, &run) {
            starts.push(start);
            i = start;
        } else {
            i = run_end;
        }
    }
    if !lists.item_starts.is_empty() {
        starts.extend(lists.item_starts.iter().copied());
        starts.sort_unstable();
        starts.dedup();
    }
    let mut ranges = Vec::with_capacity(starts.len() + 1);
    let mut from = 0;
    for s in starts {
        if s > from && s < text.len() {
            ranges.push(from..s);
            from = s;
        }
    }
    ranges.push(from..text.len());
    ranges
}

/// Finds the bytes that can end a sentence (`.`, `!`, `?`, and the lead
/// bytes of `…` and the CJK full stops), skipping the rest with `memchr`.
/// Each kind keeps its next position, searched again only once passed.
struct TerminalScan {
    ascii: Option<usize>,
    wide: Option<usize>,
}

impl TerminalScan {
    fn new(bytes: &[u8]) -> Self {
        TerminalScan {
            ascii: memchr::memchr3(b'.', b'!', b'?', bytes),
            wide: memchr::memchr3(0xE2, 0xE3, 0xEF, bytes),
        }
    }

    /// The first candidate at or after `from`.
    fn next(&mut self, bytes: &[u8], from: usize) -> Option<usize> {
        let rest = bytes.get(from..).unwrap_or_default();
        if self.ascii.is_some_and(|p| p < from) {
            self.ascii = memchr::memchr3(b'.', b'!', b'?', rest).map(|p| p + from);
        }
        if self.wide.is_some_and(|p| p < from) {
            self.wide = memchr::memchr3(0xE2, 0xE3, 0xEF, rest).map(|p| p + from);
        }
        match (self.ascii, self.wide) {
            (Some(a), Some(w)) => Some(a.min(w)),
            (a, w) => a.or(w),
        }
    }
}

struct Ctx<'a> {
    text: &'a str,
    bytes: &'a [u8],
    markers: &'a [Range<usize>],
    protected: &'a [Range<usize>],
}

/// What a run of terminal punctuation holds.
#[derive(Debug, Default)]
struct Run {
    dots: usize,
    ellipsis_char: bool,
    bang_or_question: bool,
    start: usize,
}

impl Run {
    fn is_enumerator_dot(&self, i: usize, item_dots: &[usize]) -> bool {
        self.dots == 1 && item_dots.binary_search(&i).is_ok()
    }
}

/// Rule 11: a CJK full stop, exclamation or question mark (`。`, `！`, `？`)
/// ends a sentence whatever follows: CJK text puts no space after it and has
/// no capitals. Returns its length in bytes.
fn cjk_terminal(bytes: &[u8], i: usize) -> Option<usize> {
    match bytes.get(i..i + 3)? {
        [0xE3, 0x80, 0x82] | [0xEF, 0xBC, 0x81] | [0xEF, 0xBC, 0x9F] => Some(3),
        _ => None,
    }
}

fn is_ellipsis_char(bytes: &[u8], i: usize) -> bool {
    bytes[i] == 0xE2 && bytes.get(i + 1) == Some(&0x80) && bytes.get(i + 2) == Some(&0xA6)
}

/// Takes the whole run of terminal punctuation starting at `i`, including a
/// spaced ellipsis (`. . .`). Returns the end of the run and what it holds.
fn punct_run(bytes: &[u8], i: usize) -> (usize, Run) {
    let mut run = Run {
        start: i,
        ..Run::default()
    };
    let mut j = i;
    loop {
        match bytes.get(j) {
            Some(b'.') => {
                run.dots += 1;
                j += 1;
                // A spaced ellipsis continues with " ." (but not " .5").
                if bytes.get(j) == Some(&b' ')
                    && bytes.get(j + 1) == Some(&b'.')
                    && !bytes.get(j + 2).is_some_and(u8::is_ascii_digit)
                {
                    j += 1;
                }
            }
            Some(b'!' | b'?') => {
                run.bang_or_question = true;
                j += 1;
            }
            Some(0xE2) if is_ellipsis_char(bytes, j) => {
                run.ellipsis_char = true;
                j += 3;
            }
            _ => break,
        }
    }
    (j, run)
}

impl Ctx<'_> {
    /// If `i` is inside a marker or protected span, the end of that span.
    fn inside_atom(&self, i: usize) -> Option<usize> {
        for spans in [self.markers, self.protected] {
            let k = spans.partition_point(|r| r.end <= i);
            if let Some(r) = spans.get(k) {
                if r.start <= i && i < r.end {
                    return Some(r.end);
                }
            }
        }
        None
    }

    fn marker_starting_at(&self, j: usize) -> Option<usize> {
        let k = self.markers.partition_point(|r| r.start < j);
        self.markers
            .get(k)
            .filter(|r| r.start == j && r.end > j)
            .map(|r| r.end)
    }

    fn marker_ending_at(&self, j: usize) -> Option<usize> {
        let k = self.markers.partition_point(|r| r.end < j);
        self.markers
            .get(k)
            .filter(|r| r.end == j && r.start < j)
            .map(|r| r.start)
    }

    /// Skips closing quotes, brackets and markers after a punctuation run.
    fn skip_closers(&self, mut j: usize) -> usize {
        loop {
            if let Some(end) = self.marker_starting_at(j) {
                j = end;
                continue;
            }
            match self.text[j..].chars().next() {
                Some(c @ ('"' | '\'' | '”' | '’' | '»' | ')' | ']' | '}' | '」' | '』' | '）')) => {
                    j += c.len_utf8()
                }
                _ => return j,
            }
        }
    }

    fn skip_spaces(&self, mut j: usize) -> usize {
        while let Some(c) = self.text[j..].chars().next() {
            if !c.is_whitespace() {
                break;
            }
            j += c.len_utf8();
        }
        j
    }

    /// Where the sentence after a CJK terminal at `..after` starts: past more
    /// terminals, closing brackets and quotes, markers and spaces.
    fn cjk_boundary_after(&self, mut after: usize) -> usize {
        while let Some(len) = cjk_terminal(self.bytes, after) {
            after += len;
        }
        let mut j = self.skip_closers(after);
        let mut k = self.skip_spaces(j);
        while self.marker_starting_at(k).is_some() {
            j = self.skip_closers(k);
            k = self.skip_spaces(j);
        }
        k
    }

    /// Decides whether the run `i..run_end` ends a sentence; if so, returns
    /// where the next sentence starts.
    fn boundary_after(&self, i: usize, run_end: usize, run: &Run) -> Option<usize> {
        let mut j = self.skip_closers(run_end);
        if j >= self.bytes.len() {
            return None; // the text's end closes the last sentence anyway
        }
        let next = self.text[j..].chars().next()?;
        if !next.is_whitespace() {
            return self.glued_boundary(i, j, run).then_some(j);
        }
        // Markers after a space still close this sentence ("end. [4] Next"),
        // and so does a period after them (`"Why?" [3].`): the sentence's
        // own, not a sentence of its own.
        let mut k = self.skip_spaces(j);
        while self.marker_starting_at(k).is_some() {
            j = self.skip_closers(k);
            if self.bytes.get(j) == Some(&b'.') {
                j = self.skip_closers(punct_run(self.bytes, j).0);
            }
            k = self.skip_spaces(j);
        }
        if k >= self.bytes.len() {
            return None;
        }
        let next = self.text[k..].chars().next()?;
        if next.is_lowercase() {
            return None;
        }
        let starter = || starts_sentence(&self.text[k..]);
        if run.bang_or_question {
            // Rule 5: a brand's `!` (`Yahoo! Japan`): a capitalised word
            // glued to `!` and followed by a capitalised word that is not a
            // sentence opener.
            // The word must stand inside a sentence: `Two! Three?` is two.
            let brand = || {
                let word = self.word_before(run.start);
                let inside = self
                    .previous_word(word)
                    .is_some_and(|p| !p.ends_with(['.', '!', '?', ':', ';']));
                inside && word.chars().next().is_some_and(char::is_uppercase) && !starter()
            };
            let single_bang =
                run.dots == 0 && self.bytes[run.start] == b'!' && run.start + 1 == run_end;
            let name = single_bang && next.is_uppercase() && brand();
            return (!name).then_some(k);
        }
        let dots = run.dots + if run.ellipsis_char { 3 } else { 0 };
        if dots == 3 {
            // Rule 6: an omission, unless a sentence opener follows.
            return starter().then_some(k);
        }
        if dots > 3 {
            return Some(k);
        }
        // Rule 9: a marker right after the period (`Co.[4] Next`) closes
        // the sentence: citations come at a sentence's end.
        let marked = self.marker_starting_at(run_end).is_some();
        let word = self.word_before(run.start);
        (marked || self.period_ends_sentence(word, k, next)).then_some(k)
    }

    /// Rule 3: a period glued to the next word.
    fn glued_boundary(&self, i: usize, j: usize, run: &Run) -> bool {
        if run.dots != 1 || j != i + 1 {
            return false;
        }
        let mut after = self.text[j..].chars();
        let (Some(first), Some(second)) = (after.next(), after.next()) else {
            return false;
        };
        if !(first.is_uppercase() && second.is_lowercase()) {
            return false;
        }
        let before = self.text[..i].chars().next_back();
        if !before.is_some_and(|c| c.is_lowercase() || c.is_ascii_digit()) {
            return false;
        }
        let token_start = after_last_space(&self.text[..i]);
        let token_end = self.text[j..]
            .find(char::is_whitespace)
            .map_or(self.text.len(), |p| j + p);
        let token = &self.text[token_start..token_end];
        let word = self.word_before(i);
        !(token.contains('@') || token.contains("://") || token.starts_with("www."))
            && word.chars().filter(|c| c.is_alphabetic()).count() != 1
            && abbreviation_class(word).is_none()
    }

    /// The word before the punctuation at `i`, without markers right before
    /// it and without opening quotes or brackets.
    fn word_before(&self, i: usize) -> &str {
        let mut end = i;
        while let Some(start) = self.marker_ending_at(end) {
            end = start;
        }
        let head = &self.text[..end];
        let start = after_last_space(head);
        head[start..].trim_start_matches(['(', '[', '"', '\'', '“', '‘', '«'])
    }

    /// The word before `word` (a slice of the text), if any.
    fn previous_word(&self, word: &str) -> Option<&str> {
        let word_start = word.as_ptr() as usize - self.text.as_ptr() as usize;
        let head = self.text[..word_start].trim_end();
        if head.is_empty() {
            return None;
        }
        Some(&head[after_last_space(head)..])
    }

    fn period_ends_sentence(&self, word: &str, next_start: usize, next: char) -> bool {
        let letters = word.chars().filter(|c| c.is_alphabetic()).count();
        let is_initial = letters == 1
            && word.chars().count() == 1
            && word.chars().next().is_some_and(char::is_uppercase);
        let rest = &self.text[next_start..];
        if is_initial {
            // Rule 8: an initial, unless a lowercase word stands before it
            // and no other initial follows, or a sentence opener follows
            // (`Plan B. Nobody`).
            if is_initial_token(rest) {
                return false;
            }
            if starts_sentence(rest) {
                return true;
            }
            return match self.previous_word(word) {
                None => false,
                Some(prev) => prev.chars().next().is_some_and(char::is_lowercase),
            };
        }
        match abbreviation_class(word) {
            Some(Abbrev::Title) => false,
            Some(Abbrev::BeforeNumber) if next.is_ascii_digit() => false,
            // Rule 9: after `a.m.`/`p.m.`, a capitalised word ends the
            // sentence unless it names a day, a month or a time zone.
            Some(_) if is_time_abbreviation(word) => next.is_uppercase() && !names_a_time(rest),
            Some(_) => starts_sentence(rest),
            None => true,
        }
    }
}

/// Where the last word of `head` starts: just after its last whitespace
/// character, which may be several bytes long (a no-break space is two, an
/// ideographic space three), or 0.
fn after_last_space(head: &str) -> usize {
    head.char_indices()
        .rev()
        .find(|(_, c)| c.is_whitespace())
        .map_or(0, |(p, c)| p + c.len_utf8())
}

/// `a.m.` or `p.m.`.
fn is_time_abbreviation(word: &str) -> bool {
    matches!(
        word.trim_end_matches('.').to_ascii_lowercase().as_str(),
        "a.m" | "p.m"
    )
}

/// Words that follow a time in the same sentence: days and zones (and
/// months, [`crate::read::MONTH_NAMES`]).
const TIME_WORDS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mon",
    "tue",
    "wed",
    "thu",
    "fri",
    "sat",
    "sun",
    "eastern",
    "pacific",
    "central",
    "mountain",
    "local",
    "gmt",
    "utc",
    "et",
    "pt",
    "ct",
    "mt",
    "est",
    "edt",
    "pst",
    "pdt",
    "cst",
    "cdt",
    "cet",
    "cest",
    "bst",
];

fn names_a_time(rest: &str) -> bool {
    let word: String = rest
        .chars()
        .take_while(|c| c.is_alphabetic())
        .flat_map(char::to_lowercase)
        .collect();
    TIME_WORDS.contains(&word.as_str()) || crate::read::MONTH_NAMES.contains(&word.as_str())
}

/// `S. Marlow`: the text starts with one capital letter and a period.
fn is_initial_token(rest: &str) -> bool {
    let mut chars = rest.chars();
    matches!((chars.next(), chars.next()), (Some(c), Some('.')) if c.is_uppercase())
}

/// Words that commonly open an English sentence (closed-class words), used to
/// decide whether an ambiguous abbreviation, an initial or an ellipsis ended
/// the previous one.
const SENTENCE_STARTERS: &[&str] = &[
    "a",
    "after",
    "all",
    "also",
    "although",
    "an",
    "and",
    "another",
    "as",
    "at",
    "because",
    "before",
    "both",
    "but",
    "by",
    "during",
    "each",
    "either",
    "even",
    "every",
    "everyone",
    "few",
    "for",
    "from",
    "he",
    "hence",
    "her",
    "here",
    "his",
    "how",
    "however",
    "i",
    "if",
    "in",
    "indeed",
    "instead",
    "it",
    "its",
    "last",
    "later",
    "many",
    "meanwhile",
    "more",
    "most",
    "my",
    "neither",
    "no",
    "nobody",
    "none",
    "not",
    "nothing",
    "now",
    "on",
    "one",
    "only",
    "or",
    "our",
    "several",
    "she",
    "since",
    "so",
    "some",
    "still",
    "such",
    "that",
    "the",
    "their",
    "then",
    "there",
    "therefore",
    "these",
    "they",
    "this",
    "those",
    "though",
    "thus",
    "to",
    "today",
    "we",
    "what",
    "when",
    "where",
    "which",
    "while",
    "who",
    "why",
    "with",
    "yet",
    "you",
    "your",
];

fn starts_sentence(rest: &str) -> bool {
    let rest = rest.trim_start_matches(['"', '\'', '“', '‘', '(', '«']);
    // The starters are short ASCII words: compare a lowercased copy of the
    // leading letters on the stack, no allocation.
    let mut word = [0u8; 12];
    let mut len = 0;
    for &b in rest.as_bytes() {
        if !b.is_ascii_alphabetic() {
            // a non-ASCII letter means a word no starter matches
            if b >= 0x80 {
                return false;
            }
            break;
        }
        if len == word.len() {
            return false;
        }
        word[len] = b.to_ascii_lowercase();
        len += 1;
    }
    std::str::from_utf8(&word[..len])
        .is_ok_and(|w| !w.is_empty() && SENTENCE_STARTERS.binary_search(&w).is_ok())
}

/// Rule 12: quotations that a sentence embeds (`"We are done. The work
/// ends," the mayor said [3].`): the quote closes with a comma inside it, or
/// is followed by a lowercase word. No boundary falls inside them, so the
/// citation after the attribution covers the whole quote. Returns the spans
/// between the quotation marks, sorted and disjoint; quotes longer than
/// [`QUOTE_MAX`] bytes are left alone.
///
/// Single quotes count too, as British writing quotes (`'We are done. The
/// work ends,' the mayor said.`, `‘…,’`, a title: `released 'Help! We Need
/// You' in May`), but an apostrophe looks the same: a single quote opens
/// only at a word's start before a capital (not `'90s`, `'tis`) and closes
/// at a word's end (not `It’s`); a possessive (`the crews' rota`) may close
/// an open quote early, which only leaves a boundary where one was.
fn embedded_quotes(text: &str) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    let mut open_single: Option<usize> = None;
    let mut i = 0;
    // Only `"`, `'` and the curly quotes (E2 80 98, 99, 9C, 9D) matter:
    // skip to them.
    while let Some(p) = memchr::memchr3(b'"', b'\'', 0xE2, &bytes[i..]) {
        if bytes[i + p] == 0xE2
            && !matches!(
                bytes.get(i + p + 1..i + p + 3),
                Some([0x80, 0x98 | 0x99 | 0x9C | 0x9D])
            )
        {
            i += p + 1;
            continue;
        }
        i += p;
        let (len, single, curly_open, curly_close) = match bytes.get(i..i + 3) {
            Some([0xE2, 0x80, 0x9C]) => (3, false, true, false),
            Some([0xE2, 0x80, 0x9D]) => (3, false, false, true),
            Some([0xE2, 0x80, 0x98]) => (3, true, true, false),
            Some([0xE2, 0x80, 0x99]) => (3, true, false, true),
            _ if bytes[i] == b'"' => (1, false, false, false),
            _ if bytes[i] == b'\'' => (1, true, false, false),
            _ => {
                i += 1;
                continue;
            }
        };
        let prev = text[..i].chars().next_back();
        let next = text[i + len..].chars().next();
        let straight = !curly_open && !curly_close;
        let after_space = prev.is_none_or(|p| p.is_whitespace() || matches!(p, '(' | '—' | '['));
        let (opens, closes) = if single {
            (
                (curly_open || straight) && after_space && opens_a_word(&text[i + len..]),
                (curly_close || straight)
                    && prev.is_some_and(|p| !p.is_whitespace())
                    && (prev.is_some_and(|p| matches!(p, ',' | '.' | '!' | '?'))
                        || next.is_none_or(|n| !n.is_alphanumeric())),
            )
        } else {
            (
                curly_open || (straight && after_space && next.is_some_and(|n| !n.is_whitespace())),
                (curly_close || straight) && prev.is_some_and(|p| !p.is_whitespace()),
            )
        };
        let state = if single { &mut open_single } else { &mut open };
        match *state {
            Some(start) if closes => {
                let after = text[i + len..].trim_start().chars().next();
                let embedded = prev == Some(',') || after.is_some_and(char::is_lowercase);
                if embedded && i - start <= QUOTE_MAX {
                    out.push(start..i);
                }
                *state = None;
            }
            None if opens => *state = Some(i),
            _ => {}
        }
        i += len;
    }
    // A quote inside a quote (`"He said 'Stop!' twice," she said.`): one
    // span.
    out.sort_by_key(|r| r.start);
    let mut merged: Vec<Range<usize>> = Vec::with_capacity(out.len());
    for r in out {
        match merged.last_mut() {
            Some(last) if r.start < last.end => last.end = last.end.max(r.end),
            _ => merged.push(r),
        }
    }
    merged
}

/// Whether a single quote's text opens like a quotation or a title: a
/// capital, then a letter (`Help`), or `I` alone (`'I will go,' …`); a
/// single capital is a name of its own (a mark `'A`, a note `'B'`).
fn opens_a_word(text: &str) -> bool {
    let mut chars = text.chars();
    match (chars.next(), chars.next()) {
        (Some(first), Some(second)) if first.is_uppercase() => {
            second.is_alphabetic() || (first == 'I' && second == ' ')
        }
        _ => false,
    }
}

/// Longest quotation kept whole by rule 12.
const QUOTE_MAX: usize = 600;

/// Items of a list written in running text.
struct ListItems {
    /// Where each item after the first starts (a sentence boundary).
    item_starts: Vec<usize>,
    /// Offsets of the `.` of item numbers (`1.`), which are not periods.
    item_dots: Vec<usize>,
}

/// Rule 10: finds enumerators (`1.`, `2)`, `3.)`, `a.`, `• 9.`) that stand
/// after whitespace or a bullet, and keeps those that form a sequence n, n+1, …
/// A lone enumerator at the very start of the text also counts.
fn enumerated_list(ctx: &Ctx<'_>) -> ListItems {
    struct Cand {
        start: usize,
        value: u32,
        dot: Option<usize>,
        letter: bool,
    }
    let text = ctx.text;
    let bytes = ctx.bytes;
    let mut cands: Vec<Cand> = Vec::new();
    let mut i = 0;
    while let Some(p) = memchr::memchr2(b'.', b')', &bytes[i..]) {
        i += p;
        let b = bytes[i];
        // The token before the punctuation: 1–2 digits or one lowercase letter.
        let mut s = i;
        while s > 0 && bytes[s - 1].is_ascii_digit() && i - s < 3 {
            s -= 1;
        }
        let (value, letter) = if s < i && i - s <= 2 {
            (text[s..i].parse::<u32>().unwrap_or(0), false)
        } else if i > 0 && bytes[i - 1].is_ascii_lowercase() {
            s = i - 1;
            (u32::from(bytes[s] - b'a') + 1, true)
        } else {
            i += 1;
            continue;
        };
        // Punctuation: ".", ")" or ".)", then whitespace.
        let mut e = i + 1;
        if b == b'.' && bytes.get(e) == Some(&b')') {
            e += 1;
        }
        let followed_by_space = bytes.get(e).is_some_and(u8::is_ascii_whitespace);
        // Before: start of text, whitespace, or a bullet (with or without a space).
        let head = text[..s].trim_end_matches([' ', '\t']);
        let bullet = head.ends_with(['•', '⁃', '‣', '◦', '▪', '–']);
        let at_token_start = s == 0 || bytes[s - 1].is_ascii_whitespace() || bullet;
        if followed_by_space && at_token_start && value > 0 {
            let start = if bullet {
                head.char_indices().next_back().map_or(s, |(p, _)| p)
            } else {
                s
            };
            cands.push(Cand {
                start,
                value,
                dot: (b == b'.').then_some(i),
                letter,
            });
        }
        i = e;
    }
    let mut items = ListItems {
        item_starts: Vec::new(),
        item_dots: Vec::new(),
    };
    let mut k = 0;
    while k < cands.len() {
        let mut end = k + 1;
        while end < cands.len()
            && cands[end].value == cands[end - 1].value + 1
            && cands[end].letter == cands[k].letter
        {
            end += 1;
        }
        let chain = &cands[k..end];
        let at_text_start = text[..chain[0].start].trim().is_empty();
        if chain.len() >= 2 || (at_text_start && !chain[0].letter) {
            for (n, c) in chain.iter().enumerate() {
                // Items written `1.` or `a.` are a list in running text;
                // `a)`, `1)` enumerate inside one sentence (`three parts:
                // a) cuts, b) fares`).
                if n > 0 && c.dot.is_some() {
                    items.item_starts.push(c.start);
                }
                items.item_dots.extend(c.dot);
            }
        }
        k = end;
    }
    items
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// The scan stops at exactly the bytes the splitter acts on, in
        /// order, however far it is asked to jump.
        #[test]
        fn terminal_scan_finds_every_candidate_byte(
            text in "[a .!?…。！？é”\"]{0,40}",
            jumps in proptest::collection::vec(1usize..4, 0..40),
        ) {
            let bytes = text.as_bytes();
            let candidate = |b: u8| matches!(b, b'.' | b'!' | b'?' | 0xE2 | 0xE3 | 0xEF);
            let mut scan = TerminalScan::new(bytes);
            let mut from = 0;
            let mut jumps = jumps.into_iter().cycle();
            while let Some(at) = scan.next(bytes, from) {
                let expected = (from..bytes.len()).find(|&k| candidate(bytes[k]));
                proptest::prop_assert_eq!(Some(at), expected);
                from = at + jumps.next().unwrap_or(1);
            }
            proptest::prop_assert!((from.min(bytes.len())..bytes.len()).all(|k| !candidate(bytes[k])));
        }
    }

    fn sents(text: &str) -> Vec<&str> {
        split_sentences(text)
            .into_iter()
            .map(|r| text[r].trim())
            .collect()
    }

    #[test]
    fn cited_ids_are_unique_in_order_of_first_appearance() {
        let cited = |text: &str| {
            let markers = find_markers(text, &[], &HashSet::new());
            SentenceMarkers::of(&markers, text).cited
        };
        assert_eq!(cited("Rates rose [2][1][2]."), ["2", "1"]);
        // Many ids (the hash-set path) keep the same order.
        let many: String = (0..40).map(|k| format!("[{}]", 40 - k % 7)).collect();
        assert_eq!(cited(&many), ["40", "39", "38", "37", "36", "35", "34"]);
        assert!(cited("No markers here.").is_empty());
    }

    #[test]
    fn starter_words_are_sorted_for_binary_search() {
        let mut sorted = SENTENCE_STARTERS.to_vec();
        sorted.sort_unstable();
        assert_eq!(sorted, SENTENCE_STARTERS);
    }

    #[test]
    fn ranges_cover_text() {
        let text = "  One. Two!  Three?";
        let ranges = split_sentences(text);
        assert_eq!(ranges.first().unwrap().start, 0);
        assert_eq!(ranges.last().unwrap().end, text.len());
        assert_eq!(sents(text), ["One.", "Two!", "Three?"]);
    }

    #[test]
    fn markers_after_the_period_stay_with_their_sentence() {
        let text = "Rates rose.[2] Then they fell. [3][4] Done.";
        let markers = [11..14, 31..34, 34..37];
        let got: Vec<&str> = split(text, &markers, &[])
            .into_iter()
            .map(|r| text[r].trim())
            .collect();
        assert_eq!(got, ["Rates rose.[2]", "Then they fell. [3][4]", "Done."]);
    }

    #[test]
    fn multibyte_spaces_before_a_period_are_word_breaks() {
        for space in ['\u{a0}', '\u{202f}', '\u{2028}', '\u{3000}', '\u{2009}'] {
            let text = format!("It rose to 15{space}million. Then it fell. Mr.{space}Lee left.");
            assert_eq!(
                sents(&text),
                [
                    format!("It rose to 15{space}million."),
                    "Then it fell.".to_string(),
                    format!("Mr.{space}Lee left."),
                ]
            );
        }
    }

    #[test]
    fn a_marker_after_an_abbreviation_ends_the_sentence() {
        let text = "Shares fell at Velto Co.[4] Next week the board meets.";
        let got: Vec<&str> = split(text, std::slice::from_ref(&(24..27)), &[])
            .into_iter()
            .map(|r| text[r].trim())
            .collect();
        assert_eq!(
            got,
            ["Shares fell at Velto Co.[4]", "Next week the board meets."]
        );
    }

    #[test]
    fn a_period_after_spaced_markers_stays_with_its_sentence() {
        let text = "The clerk asked \"Which pier?\" [3]. The board agreed [4].";
        let got: Vec<&str> = split(text, &[30..33, 52..55], &[])
            .into_iter()
            .map(|r| text[r].trim())
            .collect();
        assert_eq!(
            got,
            [
                "The clerk asked \"Which pier?\" [3].",
                "The board agreed [4]."
            ]
        );
    }

    #[test]
    fn a_single_lowercase_consonant_is_an_abbreviation() {
        let text = "The ruling in Harlow v. Dunmore Port stands. \
                    The mill dates from c. 1840 and was rebuilt. \
                    Its keeper (b. 1901) kept plan b. Then the mill closed.";
        let got: Vec<&str> = split_sentences(text)
            .into_iter()
            .map(|r| text[r].trim())
            .collect();
        assert_eq!(
            got,
            [
                "The ruling in Harlow v. Dunmore Port stands.",
                "The mill dates from c. 1840 and was rebuilt.",
                "Its keeper (b. 1901) kept plan b.",
                "Then the mill closed."
            ]
        );
        // A vowel is a word in many languages, and may end a sentence.
        let latin = "Nunc lectus ultricies a. Etiam dictum odio.";
        assert_eq!(split_sentences(latin).len(), 2);
    }

    #[test]
    fn cjk_full_stops_end_sentences_and_keep_their_markers() {
        let text = "港口重新开放【1】【2】。票价上涨了。」下一句【3】";
        let markers = [18..25, 25..32, 65..72];
        let got: Vec<&str> = split(text, &markers, &[])
            .into_iter()
            .map(|r| text[r].trim())
            .collect();
        assert_eq!(
            got,
            ["港口重新开放【1】【2】。", "票价上涨了。」", "下一句【3】"]
        );
    }

    #[test]
    fn protected_spans_are_not_split() {
        let text = "Run `a. B` now. Then stop.";
        let got: Vec<&str> = split(text, &[], std::slice::from_ref(&(4..10)))
            .into_iter()
            .map(|r| text[r].trim())
            .collect();
        assert_eq!(got, ["Run `a. B` now.", "Then stop."]);
    }
}
