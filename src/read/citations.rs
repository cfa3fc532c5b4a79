//! Stage 3, citations: find citation markers in a block's text.
//!
//! Each marker keeps its span in the block text (and so, through the block's
//! offset map, in the file); the sentence stage attaches it to exactly one
//! sentence, and the audit removes it from the text used for matching.
//!
//! What is a marker:
//! - `[1]`, `[1, 2]`, `[1;2]`, `[3-5]`, `[3–5]`: numbers, lists and ranges in
//!   brackets, each number possibly pinning a place (`[1, p. 4]`). Not a marker: anything else in brackets (`[sic]`, `[…]`,
//!   `[Ed.]`), a bracket followed by `(` (a link), double brackets
//!   (`[[7,1,3]]`), and a number of four or more digits that the article does
//!   not declare as a source (a year like `[2019]`). A range wider than
//!   [`MAX_RANGE`] (`[1-500]`) cites its two ends and is reported.
//! - `【1】`, `【1-8，14-17】`: the same lists in CJK lenticular brackets.
//! - `$^{4,7}$`, `\textsuperscript{5}`: LaTeX superscripts holding a list;
//!   `LiH^{6,7}$`, a list or range closing a math span.
//! - `[citation needed]`, `[citation-needed]`, `[citation required]`: an
//!   explicit gap; the sentence is uncited and flagged.
//! - `[^1]`, `[^name]`: a footnote reference; ids may be names.
//! - `¹`, `²³` (one number, 23), `⁽⁴⁾`, `¹˒²`, `²,³`: superscript digits, unless they
//!   are a power or a unit: right after one or two digits (`10⁻⁴`, `2³`; a
//!   year takes a citation: `2005²¹`), holding a sign
//!   (`⁻`, `⁺`), or right after a unit-like word of at most two letters or a
//!   known unit (`m²`, `km²`, `cm³`).
//! - `^5^`, `^1,2^`, `^[5]^`: Pandoc superscripts, read as `<sup>` is.
//! - `<sup>5</sup>`, `<sup>[5]</sup>`, `<sup>1,2</sup>`: HTML superscripts
//!   holding a number list, unless an unbracketed one is a power: after one
//!   or two digits (`10<sup>6</sup>`) or a unit after a number
//!   (`400 m<sup>2</sup>`).
//! - ` .`: a space before a sentence's period, where a digest lost its
//!   number. The span is the space, so the sentence text reads `word.`.
//! - A page pin after a bracketed marker (`[12]: 45`, `[3]:12–14`, as
//!   Wikipedia prints them) is part of the marker.
//! - `[5](https://…)`: an inline link whose text is a number, only when the
//!   article declares a source 5 ([`link_markers`]).
//! - `superscript1`, `stops.5 However`: superscripts flattened to digits,
//!   only in a document that shows the pattern ([`flattened_markers`]).
//! - `\u{e200}cite\u{e202}turn0search1\u{e201}`: a chat assistant's citation of
//!   its search results, kept by an exported answer; the ids are handles.
//! - Nothing inside protected (code) spans.

use std::collections::HashSet;
use std::ops::Range;

use crate::read::abbreviations::{abbreviation_class, numbers_after};

/// A range like `[1-500]` is taken as a marker only up to this width.
pub const MAX_RANGE: u32 = 100;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MarkerStyle {
    Bracket,
    Footnote,
    Superscript,
    HtmlSup,
    CitationNeeded,
    /// A digest number that was stripped, leaving ` .`.
    Lost,
    /// A bracketed range wider than [`MAX_RANGE`] (`[1-500]`): a citation
    /// all the same, of its two ends only, and worth a warning.
    WideRange,
    /// A note marker (`[a]`, `[note 1]`, as Wikipedia sets its explanatory
    /// notes): it points to a note, not a source, so it cites nothing, but
    /// it closes its sentence as a citation does.
    Note,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Marker {
    /// Byte span in the block text.
    pub span: Range<usize>,
    /// Cited ids in order (empty for `CitationNeeded`, `Lost` and `Note`).
    pub ids: Vec<String>,
    pub style: MarkerStyle,
}

/// A recogniser of one marker family: the marker starting at byte `i` of
/// the text, if there is one. `declared` holds the article's source ids.
type Recogniser = fn(&str, usize, &HashSet<String>) -> Option<Marker>;

/// Every marker family, with the bytes its markers can start with. A new
/// family is one function and one row here; no two families share a byte.
const RECOGNISERS: &[(&[u8], Recogniser)] = &[
    (b"[", bracket),
    (b"<", html_sup),
    (b"(", named_source_in_parentheses),
    (b".", |text, i, _| lost_marker(text, i)),
    // `¹²³⁽` start with 0xC2 or 0xE2 in UTF-8.
    (&[0xC2, 0xE2], superscript),
    // `【` starts with 0xE3, the fullwidth `［` with 0xEF.
    (&[0xE3, 0xEF], fullwidth_bracket),
    (b"$\\", latex_sup),
    // The private-use `\u{e200}` starts with 0xEE.
    (&[0xEE], assistant_cite),
    (b"^", |text, i, declared| {
        latex_tail_sup(text, i, declared)
            .or_else(|| pandoc_sup(text, i, declared))
            .or_else(|| caret_sup(text, i, declared))
    }),
];

/// [`RECOGNISERS`] looked up by first byte, built at compile time so the
/// scan stays one table lookup a byte.
const RECOGNISER_BY_FIRST_BYTE: [Option<Recogniser>; 256] = {
    let mut table: [Option<Recogniser>; 256] = [None; 256];
    let mut family = 0;
    while family < RECOGNISERS.len() {
        let (bytes, recognise) = RECOGNISERS[family];
        let mut b = 0;
        while b < bytes.len() {
            assert!(
                table[bytes[b] as usize].is_none(),
                "two families share a first byte"
            );
            table[bytes[b] as usize] = Some(recognise);
            b += 1;
        }
        family += 1;
    }
    table
};

/// Finds all markers in `text`, in order, skipping `protected` spans.
/// `declared` holds the article's declared source ids (for the year rule).
pub fn find_markers(
    text: &str,
    protected: &[Range<usize>],
    declared: &HashSet<String>,
) -> Vec<Marker> {
    let bytes = text.as_bytes();
    let mut markers = Vec::new();
    let mut i = 0;
    // `protected` is sorted: the next span that may hold `i` only moves on.
    let mut next_protected = 0;
    while i < bytes.len() {
        while protected.get(next_protected).is_some_and(|p| p.end <= i) {
            next_protected += 1;
        }
        if let Some(p) = protected.get(next_protected).filter(|p| p.start <= i) {
            i = p.end;
            continue;
        }
        let found = RECOGNISER_BY_FIRST_BYTE[usize::from(bytes[i])]
            .and_then(|recognise| recognise(text, i, declared));
        match found {
            Some(mut m) => {
                // A marker that reaches back (`^[3]` takes its caret) never
                // takes what the marker before it or a code span holds.
                let last_end = markers.last().map_or(0, |l: &Marker| l.span.end);
                let code_end = next_protected
                    .checked_sub(1)
                    .and_then(|k| protected.get(k))
                    .map_or(0, |p| p.end);
                let floor = last_end.max(code_end);
                if m.span.start < floor && floor < m.span.end {
                    m.span.start = floor;
                }
                i = m.span.end.max(i + 1);
                markers.push(m);
            }
            None => i += 1,
        }
    }
    // Found in order already, save for rare look-behind styles; marker spans
    // never overlap, so an unstable sort (no buffer) keeps the same order.
    if !markers.is_sorted_by_key(|m| m.span.start) {
        markers.sort_unstable_by_key(|m| m.span.start);
    }
    markers
}

/// The text of `range` without `markers` (those inside it, in order),
/// whitespace collapsed: `gap [citation needed].` reads `gap.`.
pub fn text_without_markers(text: &str, range: Range<usize>, markers: &[Marker]) -> String {
    // Collapsed as it is built (one allocation): `pending` is whitespace
    // seen since the last word, written as one space before the next word.
    let mut out = String::with_capacity(range.len());
    let mut pending = false;
    let mut at = range.start;
    for span in left_out(text, &range, markers) {
        push_collapsed(&mut out, &text[at..span.start.max(at)], &mut pending);
        at = span.end.max(at);
        let rest = text.get(at..range.end).unwrap_or("");
        if rest.starts_with(['.', ',', ';', ':', '!', '?']) {
            // `gap [1].` reads `gap.`: no space before the punctuation.
            pending = false;
        }
    }
    push_collapsed(&mut out, &text[at.min(range.end)..range.end], &mut pending);
    out
}

/// The spans [`text_without_markers`] leaves out: each run of markers with
/// the commas between them (`apart from [28], [8], and others` reads
/// `apart from, and others`, not `from,, and`), and the parentheses around
/// a run that is all they hold (`rose ([1], [2]).` reads `rose.`, not
/// `rose (, ).`).
fn left_out<'a>(
    text: &'a str,
    range: &'a Range<usize>,
    markers: &'a [Marker],
) -> impl Iterator<Item = Range<usize>> + 'a {
    let mut k = 0;
    std::iter::from_fn(move || {
        let first = markers.get(k)?;
        // The run: markers with only commas, semicolons and spaces between.
        let mut last = first;
        while let Some(next) = markers.get(k + 1).filter(|next| {
            text.get(last.span.end..next.span.start)
                .is_some_and(|gap| gap.bytes().all(|b| matches!(b, b' ' | b',' | b';')))
        }) {
            last = next;
            k += 1;
        }
        k += 1;
        let (start, end) = (first.span.start, last.span.end);
        let before = text
            .get(range.start..start)
            .unwrap_or("")
            .trim_end_matches(' ');
        let after = text.get(end..range.end).unwrap_or("");
        let close = after.len() - after.trim_start_matches(' ').len();
        if before.ends_with('(') && after[close..].starts_with(')') {
            return Some(range.start + before.len() - 1..end + close + 1);
        }
        Some(start..end)
    })
}

/// Appends `piece` to `out` with its whitespace runs collapsed to one space
/// (none at the start of `out`); a word split by a removed marker stays
/// joined, as it would in the text without the marker. Whitespace is
/// `char::is_whitespace`, tested a byte at a time on ASCII.
fn push_collapsed(out: &mut String, piece: &str, pending: &mut bool) {
    if piece.is_ascii() {
        return push_collapsed_ascii(out, piece, pending);
    }
    let bytes = piece.as_bytes();
    let mut word_start: Option<usize> = None;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let (space, width) = if b.is_ascii() {
            (matches!(b, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r'), 1)
        } else {
            let c = piece[i..].chars().next().unwrap_or_default();
            (c.is_whitespace(), c.len_utf8())
        };
        if space {
            if let Some(start) = word_start.take() {
                out.push_str(&piece[start..i]);
            }
            *pending = true;
        } else if word_start.is_none() {
            if *pending && !out.is_empty() {
                out.push(' ');
            }
            *pending = false;
            word_start = Some(i);
        }
        i += width;
    }
    if let Some(start) = word_start {
        out.push_str(&piece[start..]);
    }
}

/// [`push_collapsed`] of an ASCII piece: copies whole runs of words that
/// are already single-spaced at once, rather than word by word.
fn push_collapsed_ascii(out: &mut String, piece: &str, pending: &mut bool) {
    let bytes = piece.as_bytes();
    // Most pieces are already single-spaced: no other whitespace byte and
    // no two spaces in a row. Then only a space at either end is to drop,
    // and the rest goes in at once (found with three vectorised searches).
    let single_spaced = memchr::memchr3(b'\t', b'\n', b'\r', bytes).is_none()
        && memchr::memchr2(0x0B, 0x0C, bytes).is_none()
        && memchr::memmem::find(bytes, b"  ").is_none();
    if single_spaced {
        let inner = piece.strip_prefix(' ').unwrap_or(piece);
        *pending |= inner.len() != piece.len();
        let words = inner.strip_suffix(' ').unwrap_or(inner);
        if !words.is_empty() {
            if *pending && !out.is_empty() {
                out.push(' ');
            }
            out.push_str(words);
            *pending = false;
        }
        *pending |= words.len() != inner.len();
        return;
    }
    let space = |b: u8| matches!(b, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r');
    let mut i = 0;
    while i < bytes.len() {
        let gap = i;
        while i < bytes.len() && space(bytes[i]) {
            i += 1;
        }
        *pending |= i > gap;
        if i == bytes.len() {
            return;
        }
        let run = i;
        loop {
            while i < bytes.len() && !space(bytes[i]) {
                i += 1;
            }
            // One plain space before another word: the run goes on.
            if bytes.get(i) == Some(&b' ') && bytes.get(i + 1).is_some_and(|&b| !space(b)) {
                i += 1;
                continue;
            }
            break;
        }
        if *pending && !out.is_empty() {
            out.push(' ');
        }
        *pending = false;
        out.push_str(&piece[run..i]);
    }
}

/// Parses `1, 2`, `1;2`, `3-5`, `3–5`, `1, 2, and 3`, `2 & 4` into ids,
/// and the same with the full-width separators a CJK keyboard types
/// (`1，2`, `1、2`, `1；2`, `3～5`). `None` if it is not a list of citation
/// numbers.
pub fn parse_number_list(inner: &str, declared: &HashSet<String>) -> Option<Vec<String>> {
    // One number, as most markers hold (`[7]`): no splitting.
    if !inner.is_empty() && inner.bytes().all(|b| b.is_ascii_digit()) {
        return number(inner, declared).map(|n| vec![n.to_string()]);
    }
    split_number_list(inner, declared)
}

/// [`parse_number_list`] by splitting at separators and ranges.
fn split_number_list(inner: &str, declared: &HashSet<String>) -> Option<Vec<String>> {
    let mut ids = Vec::new();
    // `and` joins numbers, and may follow a comma (`1, 2, and 3`).
    let parts = inner
        .split([',', ';', '&', '，', '、', '；'])
        .enumerate()
        .flat_map(|(k, p)| {
            let p = p.trim();
            let p = if k > 0 {
                p.strip_prefix("and ").unwrap_or(p)
            } else {
                p
            };
            p.split(" and ")
        });
    for part in parts {
        let part = part.trim();
        let (a, b) = match part.split_once(['-', '–', '—', '－', '～', '〜']) {
            Some((a, b)) => (a.trim(), Some(b.trim())),
            None => (part, None),
        };
        let a = number(a, declared)?;
        match b {
            None => ids.push(a.to_string()),
            Some(b) => {
                let b = number(b, declared)?;
                if b < a || b - a > MAX_RANGE {
                    return None;
                }
                ids.extend((a..=b).map(|n| n.to_string()));
            }
        }
    }
    (!ids.is_empty()).then_some(ids)
}

fn number(s: &str, declared: &HashSet<String>) -> Option<u32> {
    if s.is_empty() || s.len() > 6 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let n: u32 = s.parse().ok()?;
    // The year rule: four or more digits cite only a declared source.
    if s.len() >= 4 && !declared.contains(&n.to_string()) {
        return None;
    }
    (n > 0).then_some(n)
}

/// A footnote's label as written between `[^` and `]`: `[^4^]` is note 4
/// (some chat assistants close the label with a caret too).
pub(crate) fn footnote_label(label: &str) -> &str {
    label
        .strip_suffix('^')
        .filter(|l| !l.is_empty())
        .unwrap_or(label)
}

/// `rest` cut to its first `limit` bytes (at a character boundary): the
/// only place a short marker's closing bracket can be, so a text of many
/// openers and no closers is not searched to its end once per opener.
pub(crate) fn head(rest: &str, limit: usize) -> &str {
    let mut end = rest.len().min(limit);
    while !rest.is_char_boundary(end) {
        end -= 1;
    }
    &rest[..end]
}

fn bracket(text: &str, i: usize, declared: &HashSet<String>) -> Option<Marker> {
    let rest = &text[i + 1..];
    let close = head(rest, 81).find(']')?;
    if close > 80 || rest[..close].contains('[') {
        return None;
    }
    let inner = &rest[..close];
    let end = i + 1 + close + 1;
    if text[end..].starts_with('(') {
        return None; // a link [text](url)
    }
    // `tool[23]-5.3.1`: a pattern inside a name that goes on with a number.
    let mut after = text[end..].chars();
    if after.next() == Some('-') && after.next().is_some_and(|c| c.is_ascii_digit()) {
        return None;
    }
    // `[[7,1,3]]`: double brackets are notation (code parameters, wiki
    // links), never a citation.
    if text[..i].ends_with('[') || text[end..].starts_with(']') {
        return None;
    }
    if !rest.starts_with('^')
        && (indexes_in_formula(text, i, end)
            || macro_argument(&text[..i])
            || written_as_code(text, i, end))
    {
        return None;
    }
    let span = i..end;
    if let Some(id) = inner.strip_prefix('^') {
        let id = footnote_label(id);
        // A label names or numbers a note: `[^"]` and `[^()]` are a
        // pattern's classes.
        let ok = id.contains(char::is_alphanumeric)
            && !id.contains(char::is_whitespace)
            && !is_character_class(id);
        return ok.then(|| Marker {
            span,
            ids: vec![id.to_string()],
            style: MarkerStyle::Footnote,
        });
    }
    if is_citation_gap(inner) {
        return Some(Marker {
            span,
            ids: Vec::new(),
            style: MarkerStyle::CitationNeeded,
        });
    }
    // `[3†source]`, `[3†L45-L53]`: a chat assistant's source and the lines
    // it read, as `【3†L45】` is.
    let inner = inner.split_once('†').map_or(inner, |(n, _)| n);
    // `[¹]`, `[²,³]`: raised digits in brackets, as some exports write
    // them; read as the digits they raise (`[10³]`, a power, stays).
    let raised = inner.contains(|c| superscript_digit(c).is_some())
        && !inner.contains(|c: char| c.is_ascii_digit());
    let lowered: Option<String> = raised.then(|| {
        inner
            .chars()
            .map(|c| {
                superscript_digit(c)
                    .and_then(|d| char::from_digit(d, 10))
                    .unwrap_or(c)
            })
            .collect()
    });
    let inner = lowered.as_deref().unwrap_or(inner);
    let located = without_locators(inner);
    let inner = located.as_deref().unwrap_or(inner);
    if let Some(ids) = parse_number_list(strip_source_word(inner), declared) {
        // `rose ^[3].`: a caret written to raise the marker is part of it.
        let start = if text[..i].ends_with('^') { i - 1 } else { i };
        return Some(Marker {
            span: start..page_pin(text, end),
            ids,
            style: MarkerStyle::Bracket,
        });
    }
    if let Some((a, b)) = wide_range(inner) {
        return Some(Marker {
            span,
            ids: vec![a.to_string(), b.to_string()],
            style: MarkerStyle::WideRange,
        });
    }
    note_marker(text, span)
}

/// `res[1] = (a[1] + b[1]) / 2`: a bracket glued to a name, with an
/// arithmetic sign or `=` right after it (past closing parentheses) or
/// before the name, indexes an array in a formula written as prose; a
/// citation glued to a word (`rose[1]`) stands before words or punctuation.
fn indexes_in_formula(text: &str, open: usize, end: usize) -> bool {
    let is_operator = |c: char| {
        matches!(
            c,
            '=' | '+' | '*' | '/' | '×' | '·' | '÷' | '−' | '<' | '>' | '≤' | '≥'
        )
    };
    let name = text[..open]
        .trim_end_matches(|c: char| c.is_alphanumeric() || c == '_')
        .len();
    if name == open {
        return false;
    }
    // Before the name, `/` must stand apart (`/ b[1]`): glued, it joins
    // words in prose (`Greenfield/Brownfield[^18]`).
    let after = text[end..].trim_start_matches([' ', ')']);
    let before = &text[..name];
    let spaced = before.ends_with(' ');
    after.starts_with(is_operator)
        || before
            .trim_end_matches(' ')
            .ends_with(|c: char| is_operator(c) && (spaced || c != '/'))
}

/// `let v = [1, 2, 3]`, `x = vec![1, 2];`, `l[1].len()`, `rows[2]->next`:
/// a bracket of code written as prose (a plain-text manual's examples, a
/// page flattened to text) lists or indexes values. A citation never
/// stands right after `=`; nor after a lowercase macro name's `!` that
/// code surrounds (`=`, `(`, `,` or `{` before the name, `;` or `)` after
/// the bracket; `success![4]` in a sentence and `Oklahoma![3]` cite); and
/// a word's citation is never followed by a member access (a full stop
/// glued to a lowercase name, or `->`; `_…dawn[4]._` closes emphasis).
fn written_as_code(text: &str, open: usize, end: usize) -> bool {
    let before = &text[..open];
    if before.trim_end_matches([' ', '\t']).ends_with('=') {
        return true;
    }
    let after = &text[end..];
    if let Some(name) = before.strip_suffix('!') {
        let name_len = name
            .bytes()
            .rev()
            .take_while(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || *b == b'_')
            .count();
        let ahead = &name[..name.len() - name_len];
        let in_code = ahead
            .trim_end_matches([' ', '\t'])
            .ends_with(['=', '(', ',', '{'])
            || after.starts_with([';', ')']);
        if name_len >= 2 && !ahead.ends_with(char::is_alphanumeric) && in_code {
            return true;
        }
    }
    let glued = before.ends_with(|c: char| c.is_alphanumeric() || c == '_');
    let member = after
        .strip_prefix('.')
        .is_some_and(|a| a.starts_with(|c: char| c.is_ascii_lowercase()));
    glued && (member || after.starts_with("->"))
}

/// `linkgit:git-log[1]`, `xref:harbour[2]`: a bracket glued to a word that
/// opens with a lowercase name and a colon before a lowercase letter holds
/// a markup macro's argument (AsciiDoc's man page sections and
/// cross-references), not a citation. A colon before a space or the
/// bracket (`Note:[1]`), a title in capitals (`Re:Zero[2]`) and an address
/// (`https://…[1]`) do not make one.
fn macro_argument(before: &str) -> bool {
    let word = word_before(before);
    let Some((name, target)) = word.split_once(':') else {
        return false;
    };
    !name.is_empty()
        && name.bytes().all(|b| b.is_ascii_lowercase())
        && target.starts_with(|c: char| c.is_ascii_lowercase())
}

/// `[^a-z]`, `[^0-9A-F]`, `[^A-Za-z_]`, `[^\\s]`: a regular expression's
/// negated character class, never a footnote label: ranges of letters of
/// one case or `0-9`, with signs beside them (`_`, `.`), at least one
/// range (`[^1-2]` may still label a note).
fn is_character_class(label: &str) -> bool {
    if label.contains('\\') {
        return true;
    }
    let chars: Vec<char> = label.chars().collect();
    let range = |a: char, b: char| {
        a < b
            && ((a.is_ascii_lowercase() && b.is_ascii_lowercase())
                || (a.is_ascii_uppercase() && b.is_ascii_uppercase())
                || (a == '0' && b == '9'))
    };
    let (mut k, mut ranges) = (0, 0);
    while k < chars.len() {
        if chars.get(k + 1) == Some(&'-') && chars.get(k + 2).is_some_and(|&b| range(chars[k], b)) {
            ranges += 1;
            k += 3;
        } else if chars[k].is_ascii_punctuation() && chars[k] != '-' {
            k += 1;
        } else {
            return false;
        }
    }
    ranges > 0
}

/// Words that point into a cited work after its number (`[1, p. 4]`).
const LOCATORS: &[&str] = &[
    "p", "pp", "page", "pages", "ch", "chap", "chapter", "sec", "sect", "section", "§", "fig",
    "figs", "figure", "tab", "table", "eq", "eqn", "para", "art", "vol", "thm", "l", "ll",
];

/// `1, p. 4` → `1`, `2, pp. 3–5; 4, Fig. 2` → `2,4`: the numbers of a marker
/// that pins a place in each work (IEEE style), when every part names a
/// place with a [`LOCATORS`] word; `None` when none does.
fn without_locators(inner: &str) -> Option<String> {
    // Most markers hold no place: nothing to read, nothing to allocate.
    if !inner.contains(|c: char| c.is_alphabetic() || c == '§') || !inner.contains(',') {
        return None;
    }
    let mut numbers = Vec::new();
    let mut pinned = false;
    for part in inner.split(';') {
        let part = part.trim();
        let number = match part.split_once(',') {
            Some((number, place)) => {
                let place = place.trim_start();
                let word: String = place
                    .chars()
                    .take_while(|c| c.is_alphabetic() || *c == '§')
                    .collect();
                let after = &place[word.len()..];
                let is_locator = LOCATORS.contains(&word.to_lowercase().as_str())
                    && (after.starts_with(['.', ' '])
                        || after.starts_with(|c: char| c.is_ascii_digit()))
                    && after.contains(|c: char| c.is_ascii_digit() || c.is_uppercase());
                if !is_locator {
                    return None;
                }
                pinned = true;
                number
            }
            None => part,
        };
        numbers.push(number.trim());
    }
    pinned.then(|| numbers.join(","))
}

/// `(Source 1)`, `(sources 2, 3)`, `(Ref. 4)`: numbers in parentheses after
/// a word naming a source. A bare `(1)` is an enumeration or an equation
/// number, never a marker.
fn named_source_in_parentheses(text: &str, i: usize, declared: &HashSet<String>) -> Option<Marker> {
    let rest = &text[i + 1..];
    if !rest.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return None;
    }
    let close = head(rest, 41).find(')')?;
    let inner = &rest[..close];
    let numbers = strip_source_word(inner);
    if numbers.len() == inner.len() {
        return None;
    }
    Some(Marker {
        span: i..i + 1 + close + 1,
        ids: parse_number_list(numbers, declared)?,
        style: MarkerStyle::Bracket,
    })
}

/// `Source 1`, `Ref. 2, 3`, `sources: 4-6`, `citation:1`, `webpage 2` →
/// the numbers: a word naming a source before them (as question-answering
/// systems write `[Source 1]`, `[citation:1]`, `[webpage 2]`); any other
/// text is returned as it is.
fn strip_source_word(inner: &str) -> &str {
    // Most markers are numbers: nothing to strip, nothing to look up.
    let trimmed = inner.trim_start();
    if !trimmed.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return inner;
    }
    let Some((word, rest)) = trimmed.split_once([' ', ':', '.']) else {
        return inner;
    };
    let named = [
        "source",
        "sources",
        "src",
        "ref",
        "refs",
        "reference",
        "references",
        "citation",
        "cite",
        "webpage",
    ]
    .iter()
    .any(|w| word.eq_ignore_ascii_case(w));
    let numbers = rest.trim_start_matches(['.', ':', ' ']);
    if named && numbers.starts_with(|c: char| c.is_ascii_digit()) {
        numbers
    } else {
        inner
    }
}

/// `fire.[a] Visitors`, `rose[note 2],`: a note marker glued to the text
/// before it and followed by a space, punctuation, another bracket or the
/// end. A single lowercase letter, or `note`, `nb` or `n` and a number or
/// letter. (`[t]` after a space, as formula alt text sits in page dumps,
/// is no marker.)
fn note_marker(text: &str, span: Range<usize>) -> Option<Marker> {
    let inner = &text[span.start + 1..span.end - 1];
    let glued = text[..span.start]
        .chars()
        .next_back()
        .is_some_and(|c| !c.is_whitespace() && c != '[' && c != '(');
    let closes = text[span.end..]
        .chars()
        .next()
        .is_none_or(|c| c.is_whitespace() || matches!(c, '.' | ',' | ';' | ':' | '[' | ')'));
    (glued && closes && is_note_label(inner)).then_some(Marker {
        span,
        ids: Vec::new(),
        style: MarkerStyle::Note,
    })
}

/// `a`, `note 1`, `nb 2`: the label of an explanatory note (Wikipedia's
/// `[a]`, `[note 1]`), which points to a note, not a source.
fn is_note_label(inner: &str) -> bool {
    let letter = inner.len() == 1 && inner.bytes().all(|b| b.is_ascii_lowercase());
    let named = inner.split_once(' ').is_some_and(|(word, id)| {
        matches!(word.to_ascii_lowercase().as_str(), "note" | "nb" | "n")
            && !id.is_empty()
            && id.len() <= 3
            && id.bytes().all(|b| b.is_ascii_alphanumeric())
    });
    letter || named
}

/// Where a marker ending at `end` ends with the page pin Wikipedia sets after
/// it (`[12]: 45`, `[3]:12–14`, `[3]:&#8202;7, 9`): a colon, thin spaces,
/// and page numbers or ranges, then a space, punctuation or the end. The pin
/// belongs to the citation, not to the text (nor does it hide the sentence
/// end before the marker).
fn page_pin(text: &str, end: usize) -> usize {
    let Some(rest) = text[end..].strip_prefix(':') else {
        return end;
    };
    let rest = rest.trim_start_matches([' ', '\u{a0}', '\u{200a}', '\u{2009}', '\u{202f}']);
    // Page numbers joined by `-`, `–`, `,` or `, `.
    let mut pages = 0;
    loop {
        let digits = rest[pages..].bytes().take_while(u8::is_ascii_digit).count();
        if digits == 0 || digits > 5 {
            break;
        }
        let number_end = pages + digits;
        pages = number_end;
        let tail = &rest[number_end..];
        let separator = ["-", "–", ", ", ","].into_iter().find(|sep| {
            tail.starts_with(sep) && tail[sep.len()..].starts_with(|d: char| d.is_ascii_digit())
        });
        match separator {
            Some(sep) => pages = number_end + sep.len(),
            None => break,
        }
    }
    let after = rest[pages..].chars().next();
    let fits = pages > 0
        && after.is_none_or(|c| c.is_whitespace() || matches!(c, '.' | ',' | ';' | ')' | '['));
    if fits {
        text.len() - rest.len() + pages
    } else {
        end
    }
}

/// `1-500`: a range of small numbers wider than [`MAX_RANGE`].
fn wide_range(inner: &str) -> Option<(u32, u32)> {
    let (a, b) = inner.split_once(['-', '–', '—'])?;
    let small = |s: &str| {
        let s = s.trim();
        (!s.is_empty() && s.len() <= 3 && s.bytes().all(|c| c.is_ascii_digit()))
            .then(|| s.parse::<u32>().ok())
            .flatten()
            .filter(|&n| n > 0)
    };
    let (a, b) = (small(a)?, small(b)?);
    (b > a && b - a > MAX_RANGE).then_some((a, b))
}

/// Closing punctuation after which a flattened superscript stands
/// (`stops.5`, `marks,”2`, `(parentheses)4`).
fn is_closing(c: char) -> bool {
    matches!(c, '.' | ',' | ';' | ':' | '”' | '"' | '’' | '\'' | ')')
}

/// The digits (a list such as `1,3,6-9`) glued at `i`, and where they end,
/// if followed by a space, closing punctuation or the end. A number that
/// goes on after a full stop or colon (`tag:5.2.1`, `at:3:15`) is a
/// version, decimal or time, and one with a leading zero (`MCQMC'08`, `.05`)
/// a year or a fraction: no source list numbers from 0.
fn glued_number_list(text: &str, i: usize) -> Option<usize> {
    let tail = &text[i..];
    let len = tail
        .find(|c: char| !(c.is_ascii_digit() || c == ',' || c == '-'))
        .unwrap_or(tail.len());
    let list = tail[..len].trim_end_matches([',', '-']);
    let end = i + list.len();
    let mut rest = text[end..].chars();
    let after = rest.next();
    let continues =
        matches!(after, Some('.' | ':')) && rest.next().is_some_and(|c| c.is_ascii_digit());
    let fits = list
        .split([',', '-'])
        .all(|n| (1..=3).contains(&n.len()) && !n.starts_with('0'))
        && !continues
        && after
            .is_none_or(|c| c.is_whitespace() || matches!(c, '.' | ',' | ';' | ':' | '!' | '?'));
    if list.is_empty() || !fits {
        return None;
    }
    // `continue.2, 3 The next`: the list goes on after a comma and a space
    // when the number after it ends the sentence's markers: the end, a
    // sentence opening or closing punctuation follows (`rose.5, 10 years
    // on` is a number in the text).
    let mut end = end;
    while let Some(rest) = text[end..].strip_prefix(", ") {
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        let after = &rest[digits..];
        let closes = after.is_empty()
            || after.starts_with(['.', ';', ':', '!', '?'])
            || after.strip_prefix(' ').is_some_and(|a| {
                a.starts_with(|c: char| c.is_uppercase() || matches!(c, '"' | '“' | '('))
            });
        if !(1..=3).contains(&digits) || !closes {
            break;
        }
        end += 2 + digits;
    }
    Some(end)
}

/// Whether `i` starts a number glued after closing punctuation that follows
/// a word (`stops.5 However`, `shown.1,3,6-9`): the strong sign of
/// superscripts flattened to plain digits.
///
/// Not after a colon: citation styles put a superscript inside a colon,
/// and digits glued after one are a port, time or verse (`host:443`,
/// `line:12`). After a full stop the number must end the sentence (the
/// text ends, or a line break, or a word that is not lowercase follows:
/// `ASN.1 signature`, `X.509 certificate`, `node.1 --flags` are names),
/// unless the stop closes an abbreviation the sentence goes on after
/// (`et al.5 showed`, `etc.3 and`); never after one that numbers a thing
/// (`No.5`, `Fig.3`, `p.12`).
fn strong_flattened_at(text: &str, i: usize) -> Option<usize> {
    let head = text[..i].trim_end_matches(is_closing);
    let closers = &text[head.len()..i];
    let word = word_before(head);
    let stop = closers.ends_with('.');
    let abbreviation = stop && abbreviation_class(word).is_some();
    if closers.is_empty()
        || closers.ends_with(':')
        || !head.chars().next_back().is_some_and(char::is_alphabetic)
        || (stop && numbers_after(word))
        || (is_name_or_version(word) && !abbreviation)
    {
        return None;
    }
    let end = glued_number_list(text, i)?;
    if stop && !abbreviation && !ends_sentence(&text[end..]) {
        return None;
    }
    Some(end)
}

/// Whether `rest` (what follows a number glued after a full stop) lets the
/// number end its sentence: nothing, a line break, or a space and then
/// anything but a lowercase word or a dash.
fn ends_sentence(rest: &str) -> bool {
    let after = rest.trim_start_matches([' ', '\t', '\u{a0}']);
    !after.starts_with(|c: char| c.is_lowercase() || matches!(c, '-' | '\u{2013}' | '\u{2014}'))
}

/// The end of `text` after its last whitespace (looking at most 200 bytes
/// back).
fn word_before(text: &str) -> &str {
    let from = text.len().saturating_sub(200);
    let from = (from..=text.len())
        .find(|&k| text.is_char_boundary(k))
        .unwrap_or(text.len());
    text[from..]
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or_default()
}

/// Digits glued after `word` inside an address or handle
/// (`…/compare/2.0.0-rc.1`, `@tgross35`, `ops@port.example`): part of it,
/// never a citation.
fn is_address(word: &str) -> bool {
    word.contains("://") || word.starts_with("www.") || word.contains('@')
}

/// An address, a path, a file name or a version, and a number after it is
/// part of it: `2.0.0-rc.1`, `v1.2-beta`, a word holding a digit joined by
/// `-` or `.` to letters; `/lib/libc.so.6`, a word holding a slash;
/// `libm.so.6`, `node.js`, a full stop between lowercase letters (an
/// abbreviation in capitals, `U.S.`, ends a sentence as a word does).
fn is_name_or_version(word: &str) -> bool {
    let dotted_name = word
        .as_bytes()
        .windows(3)
        .any(|w| w[1] == b'.' && w[0].is_ascii_lowercase() && w[2].is_ascii_lowercase());
    is_address(word)
        || dotted_name
        || word.contains(['/', '\\'])
        || (word.bytes().any(|b| b.is_ascii_digit()) && word.contains(['-', '.']))
}

/// `in 2019.6 The council`, `rose in 2020.7, 8`: a number glued after a
/// number's full stop, read as a flattened superscript only where a decimal
/// cannot be meant: the sentence ends with it (the end, or a space and a
/// capital, follows), the number before is a plain integer (`4,000.5` and
/// `1.2.3` stay text), and every id is a declared source. Called only in a
/// document that shows flattened superscripts ([`flattened_markers`]).
fn after_number_stop(text: &str, i: usize, declared: &HashSet<String>) -> Option<usize> {
    let head = text[..i].strip_suffix('.')?;
    let digits = head.bytes().rev().take_while(u8::is_ascii_digit).count();
    let before = head[..head.len() - digits].chars().next_back();
    if digits == 0 || before.is_some_and(|c| c.is_alphanumeric() || matches!(c, '.' | ',')) {
        return None;
    }
    let end = glued_number_list(text, i)?;
    let rest = &text[end..];
    let closes = rest.trim_start().is_empty()
        || rest
            .strip_prefix(char::is_whitespace)
            .is_some_and(|a| a.starts_with(|c: char| c.is_uppercase() || matches!(c, '"' | '“')));
    let ids = parse_number_list(&text[i..end], declared)?;
    (closes && ids.iter().all(|id| declared.contains(id))).then_some(end)
}

/// Whether `text` writes its citations as flattened superscripts: at least
/// [`FLATTENED_MIN`] different numbers glued after closing punctuation. A
/// sign that repeats word for word (`ASN.1 DER` on every page of a manual)
/// is a name used again, so signs count once each. Stops at the last sign
/// it needs (it runs on every article).
pub fn shows_flattened_superscripts(text: &str) -> bool {
    flattened_signs_at_least(text, FLATTENED_MIN)
}

/// Whether `text` shows `wanted` different strong signs of flattened
/// superscripts (see [`shows_flattened_superscripts`]).
pub fn flattened_signs_at_least(text: &str, wanted: usize) -> bool {
    let bytes = text.as_bytes();
    let mut seen: Vec<&str> = Vec::new();
    let mut i = 0;
    while i + 1 < bytes.len() {
        i += 1;
        // Prose is mostly letters: eight bytes with no digit among them
        // are passed over in one step.
        if let Some(eight) = bytes.get(i..i + 8) {
            if !has_ascii_digit(u64::from_le_bytes(eight.try_into().expect("eight bytes"))) {
                i += 7;
                continue;
            }
        }
        if !(bytes[i].is_ascii_digit() && may_close(bytes[i - 1]) && text.is_char_boundary(i)) {
            continue;
        }
        let Some(end) = strong_flattened_at(text, i) else {
            continue;
        };
        // The sign as written: the word before, its punctuation, the number.
        let sign = &text[i - word_before(&text[..i]).len()..end];
        if !seen.contains(&sign) {
            seen.push(sign);
            if seen.len() == wanted {
                return true;
            }
        }
    }
    false
}

/// Whether any of the eight bytes of `word` is an ASCII digit: the bytes
/// less than 10 once `0` is subtracted by a xor (a byte below 10 sets its
/// top bit in the subtraction; a borrow starts only at such a byte, so the
/// answer is exact).
fn has_ascii_digit(word: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    let x = word ^ (ONES * u64::from(b'0'));
    x.wrapping_sub(ONES * 10) & !x & (ONES * 0x80) != 0
}

/// Can the byte before a glued number end closing punctuation
/// ([`is_closing`])? A strong sign needs one right before the digits: an
/// ASCII byte that is not one rules the place out at once; `’` and `”` are
/// not ASCII, so those places get the full test.
fn may_close(b: u8) -> bool {
    !b.is_ascii() || is_closing(char::from(b))
}

/// Whether the article declares a numbered source (`1`, not only named
/// notes such as `quay`).
fn has_numbered(declared: &HashSet<String>) -> bool {
    declared
        .iter()
        .any(|id| id.bytes().all(|b| b.is_ascii_digit()))
}

/// Strong signs a document needs before glued digits are read as citations.
pub const FLATTENED_MIN: usize = 3;

/// Superscripts flattened to plain digits by a copy from a web page
/// (`superscript1`, `commas,3`, `shown.1,3,6-9`): read only in a document
/// with [`FLATTENED_MIN`] strong signs, since a digit glued to a word is
/// otherwise a name (`mp3`, `covid19`). A number glued after closing
/// punctuation cites; one glued to a lowercase word of three letters or more
/// cites; numbers after a space (`262 patients`) never do.
pub fn flattened_markers(
    text: &str,
    protected: &[Range<usize>],
    declared: &HashSet<String>,
) -> Vec<Marker> {
    let bytes = text.as_bytes();
    let numbered = has_numbered(declared);
    let mut out = Vec::new();
    let mut i = 1;
    while i < bytes.len() {
        let starts =
            bytes[i].is_ascii_digit() && !bytes[i - 1].is_ascii_digit() && text.is_char_boundary(i);
        if !starts || protected.iter().any(|p| p.contains(&i)) {
            i += 1;
            continue;
        }
        let word: String = text[..i]
            .chars()
            .rev()
            .take_while(|c| c.is_alphabetic())
            .collect();
        // A word joined to what stands before it is part of a name or path
        // (`alloc-test1`, `winapi/advapi32`, `lib_crc32`, `@tgross35`).
        let joined = |before: &str| {
            before.ends_with(['-', '/', '_', '.', '\\', '@']) || is_address(word_before(before))
        };
        let after_word = word.chars().count() >= 3
            && word.chars().all(char::is_lowercase)
            && !joined(&text[..i - word.len()]);
        // A digit glued to a word is the weakest sign: where the article
        // declares numbered sources it must name them (`arm64`, `sha256`
        // in an article citing [1]–[8] are names).
        let weak = || {
            let end = glued_number_list(text, i)?;
            let ids = parse_number_list(&text[i..end], declared)?;
            (!numbered || ids.iter().all(|id| declared.contains(id))).then_some(end)
        };
        let end = strong_flattened_at(text, i)
            .or_else(|| after_word.then(weak).flatten())
            .or_else(|| after_number_stop(text, i, declared));
        match end.and_then(|end| parse_number_list(&text[i..end], declared).map(|ids| (end, ids))) {
            Some((end, ids)) => {
                out.push(Marker {
                    span: i..end,
                    ids,
                    style: MarkerStyle::Superscript,
                });
                i = end;
            }
            None => i += 1,
        }
    }
    out
}

/// Pandoc's bracketed citations of bibliography keys, in a document whose
/// front matter names a bibliography (see `sources::bibliography`):
/// `[@doe99]`, `[@doe99, p. 4]`, `[see @doe99; also -@smith04, ch. 2]`,
/// `[@{key with spaces}]`. Every `;`-separated part of the brackets holds
/// one key after `@` (or `-@`) at a word's start; a key opens with a
/// letter, digit or `_` and goes on with those and the punctuation Pandoc
/// allows inside it (`:.#$%&-+?<>~/`), its closing punctuation left out.
/// A narrative citation, `@doe99 says`, cites a key the bibliography
/// declares (`@fig-map`, a cross-reference, is none) and stays in the
/// text: taken out, it would leave the sentence without its subject, so
/// its marker is empty, at the key's end.
pub fn pandoc_markers(
    text: &str,
    protected: &[Range<usize>],
    declared: &HashSet<String>,
) -> Vec<Marker> {
    const LONGEST: usize = 400;
    let mut out = Vec::new();
    for open in memchr::memchr_iter(b'[', text.as_bytes()) {
        let mut end = text.len().min(open + 1 + LONGEST);
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let window = &text[open + 1..end];
        let Some(close) = window.find([']', '[']) else {
            continue;
        };
        if !window[close..].starts_with(']') || !window[..close].contains('@') {
            continue;
        }
        let span = open..open + close + 2;
        if protected
            .iter()
            .any(|p| p.start < span.end && span.start < p.end)
        {
            continue;
        }
        let keys: Option<Vec<String>> = window[..close].split(';').map(pandoc_key).collect();
        if let Some(ids) = keys {
            out.push(Marker {
                span,
                ids,
                style: MarkerStyle::Bracket,
            });
        }
    }
    let bracketed = std::mem::take(&mut out);
    let in_brackets = |at: usize| bracketed.iter().any(|m| m.span.contains(&at));
    for at in memchr::memchr_iter(b'@', text.as_bytes()) {
        let before = text[..at].chars().next_back();
        if !before.is_none_or(|c| c.is_whitespace() || c == '(')
            || in_brackets(at)
            || protected.iter().any(|p| p.contains(&at))
        {
            continue;
        }
        let Some(key) = key_after_at(&text[at + 1..]) else {
            continue;
        };
        // A braced key (`@{Lee 2020}`) ends after its brace.
        let written = if text[at + 1..].starts_with('{') {
            key.len() + 2
        } else {
            key.len()
        };
        if declared.contains(&key) {
            let end = at + 1 + written;
            out.push(Marker {
                span: end..end,
                ids: vec![key],
                style: MarkerStyle::Bracket,
            });
        }
    }
    out.extend(bracketed);
    out.extend(latex_cites(text, protected));
    out.sort_by_key(|m| m.span.start);
    out
}

/// LaTeX citation commands, which Pandoc reads in a Markdown document with
/// a bibliography (R Markdown and Quarto for print use them): `\cite{a,b}`,
/// `\citep[p.~4]{a}`, `\parencite{a}`, `\autocite{a}`, `\footcite{a}` are
/// taken out of the text as markers are; the narrative `\citet{a}`,
/// `\textcite{a}` and `\citeauthor{a}` stand for their author, so their
/// marker is empty, at the command's end, and the command stays.
fn latex_cites(text: &str, protected: &[Range<usize>]) -> Vec<Marker> {
    const PARENTHETICAL: &[&str] = &[
        "cite",
        "citep",
        "citealp",
        "parencite",
        "Parencite",
        "autocite",
        "Autocite",
        "footcite",
        "Cite",
    ];
    const NARRATIVE: &[&str] = &["citet", "textcite", "Textcite", "citeauthor", "Citet"];
    let mut out = Vec::new();
    for at in memchr::memchr_iter(b'\\', text.as_bytes()) {
        let rest = &text[at + 1..];
        let name_len = rest
            .find(|c: char| !c.is_ascii_alphabetic())
            .unwrap_or(rest.len());
        let name = &rest[..name_len];
        let narrative = NARRATIVE.contains(&name);
        if !narrative && !PARENTHETICAL.contains(&name) {
            continue;
        }
        // Up to two optional arguments (`[see][p.~4]`), then the keys.
        let mut after = &rest[name_len..];
        for _ in 0..2 {
            match after
                .strip_prefix('[')
                .and_then(|a| a.find(']').map(|k| &a[k + 1..]))
            {
                Some(next) => after = next,
                None => break,
            }
        }
        let Some(keys) = after
            .strip_prefix('{')
            .and_then(|a| a.find('}').map(|k| &a[..k]))
        else {
            continue;
        };
        let end = text.len() - after.len() + keys.len() + 2;
        if protected.iter().any(|p| p.start < end && at < p.end) {
            continue;
        }
        let ids: Vec<String> = keys
            .split(',')
            .map(str::trim)
            .filter(|k| !k.is_empty())
            .map(String::from)
            .collect();
        if ids.is_empty() {
            continue;
        }
        out.push(Marker {
            span: if narrative { end..end } else { at..end },
            ids,
            style: MarkerStyle::Bracket,
        });
    }
    out
}

/// The one key a part of a Pandoc citation cites (`see @doe99, p. 4`).
fn pandoc_key(part: &str) -> Option<String> {
    let mut keys = part.match_indices('@').filter_map(|(at, _)| {
        let before = part[..at].trim_end_matches('-');
        if !(before.is_empty() || before.ends_with(char::is_whitespace)) {
            return None;
        }
        key_after_at(&part[at + 1..])
    });
    let key = keys.next()?;
    keys.next().is_none().then_some(key)
}

/// The key that `rest` (the text after an `@`) opens with, if any:
/// `{anything but a brace}`, or Pandoc's key characters without the
/// punctuation that closes them (`doe99` of `doe99, p. 4`).
fn key_after_at(rest: &str) -> Option<String> {
    if let Some(braced) = rest.strip_prefix('{') {
        return braced.find('}').map(|end| braced[..end].to_string());
    }
    let end = rest
        .find(|c: char| !(c.is_alphanumeric() || c == '_' || ":.#$%&-+?<>~/".contains(c)))
        .unwrap_or(rest.len());
    let key = rest[..end].trim_end_matches(|c: char| !(c.is_alphanumeric() || c == '_'));
    key.starts_with(|c: char| c.is_alphanumeric() || c == '_')
        .then(|| key.to_string())
}

/// Inline links whose text is a number or a bracketed number list
/// (`[5](https://…)`, `[\[12\]](#ref-12)`; spans from the structure stage)
/// that cite: those whose numbers the article declares as sources. An
/// article with a numbered source list links its citations this way; in one
/// without, `([1](https://tracker/issues/1))` is only a link.
pub fn link_markers(spans: &[Range<usize>], text: &str, declared: &HashSet<String>) -> Vec<Marker> {
    spans
        .iter()
        .filter_map(|span| {
            let inner = text[span.clone()]
                .trim_start_matches('[')
                .trim_end_matches(']');
            let ids = parse_number_list(inner, declared)?;
            ids.iter().all(|id| declared.contains(id)).then(|| Marker {
                span: span.clone(),
                ids,
                style: MarkerStyle::Bracket,
            })
        })
        .collect()
}

/// `\u{e200}cite\u{e202}turn0search1\u{e202}turn0news2\u{e201}`: a chat
/// assistant's citation of its own search results, private-use characters
/// around it, as an exported answer keeps it. It cites those results by
/// their handles, which no source list of the article declares: the
/// sentence is cited, and its ids dangle (the export lost its sources). Other
/// kinds in the same wrapping (`entity`, `image_group`) are not citations.
fn assistant_cite(text: &str, i: usize, _declared: &HashSet<String>) -> Option<Marker> {
    let rest = text[i..].strip_prefix('\u{e200}')?;
    let close = head(rest, 400).find('\u{e201}')?;
    let mut parts = rest[..close].split('\u{e202}');
    if !matches!(parts.next(), Some("cite" | "filecite")) {
        return None;
    }
    let ids: Vec<String> = parts
        .map(str::trim)
        .filter(|id| !id.is_empty() && id.len() <= 40 && !id.contains(char::is_whitespace))
        .map(str::to_string)
        .collect();
    (!ids.is_empty()).then(|| Marker {
        span: i..i + '\u{e200}'.len_utf8() + close + '\u{e201}'.len_utf8(),
        ids,
        style: MarkerStyle::Bracket,
    })
}

/// `$^{4}$`, `$^{4,7,8}$`, `$^{18-24}$`, `\textsuperscript{5}`: a LaTeX
/// superscript that is the whole math span (papers converted to Markdown
/// write citations this way). `$x^{2}$` is mathematics, not a marker.
fn latex_sup(text: &str, i: usize, declared: &HashSet<String>) -> Option<Marker> {
    let rest = &text[i..];
    let (inner, len) = if let Some(r) = rest.strip_prefix("$^{") {
        let close = head(r, 43).find("}$")?;
        (&r[..close], 3 + close + 2)
    } else if let Some(r) = rest.strip_prefix("\\textsuperscript{") {
        let close = head(r, 41).find('}')?;
        (&r[..close], "\\textsuperscript{".len() + close + 1)
    } else {
        return None;
    };
    if inner.len() > 40 {
        return None;
    }
    let ids = parse_number_list(inner, declared)?;
    Some(Marker {
        span: i..i + len,
        ids,
        style: MarkerStyle::Superscript,
    })
}

/// `LiH^{6,7}$`, `\cdot^{3-5}$`: a superscript list or range that closes a
/// math span. An exponent is one number or an expression (`x^{n-1}`), never
/// a list of numbers or a range of numbers, so these cite; `^{2}$` stays
/// mathematics, unless it follows a `)` that nothing in its math span opened
/// (`$25^{\circ} C)^{2}$`: a converter pulled the prose's closing parenthesis
/// into the span, and an exponent of a parenthesis opened outside the
/// mathematics means nothing).
fn latex_tail_sup(text: &str, i: usize, declared: &HashSet<String>) -> Option<Marker> {
    let rest = text[i..].strip_prefix("^{")?;
    let close = head(rest, 43).find("}$")?;
    let inner = &rest[..close];
    let listy = inner.contains([',', '-', '–']);
    let numbers_only = inner
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, ',' | '-' | '–' | ' '));
    if close > 40 || !numbers_only || !(listy || after_unopened_parenthesis(&text[..i])) {
        return None;
    }
    let ids = parse_number_list(inner, declared)?;
    Some(Marker {
        span: i..i + 2 + close + 1,
        ids,
        style: MarkerStyle::Superscript,
    })
}

/// Whether `before` (the text up to a superscript that closes a math span)
/// ends with a `)` that its math span, from the last `$`, never opened.
fn after_unopened_parenthesis(before: &str) -> bool {
    if !before.ends_with(')') {
        return false;
    }
    let Some(start) = before.rfind('$') else {
        return false;
    };
    let span = &before[start + 1..];
    span.matches(')').count() > span.matches('(').count()
}

/// `【1】`, `【1-8，14-17】`, `【2、5】`, `［3］`, `【3†L4-L9】`: the lenticular brackets of
/// CJK text, or the fullwidth square ones a CJK keyboard types for `[`,
/// with fullwidth or ideographic separators. The same number lists as
/// `[…]`, written the way CJK articles (and AI reports in those languages)
/// write them.
fn fullwidth_bracket(text: &str, i: usize, declared: &HashSet<String>) -> Option<Marker> {
    let (open, close_bracket) = [('【', '】'), ('［', '］')]
        .into_iter()
        .find(|&(open, _)| text[i..].starts_with(open))?;
    let rest = &text[i + open.len_utf8()..];
    let close = head(rest, 80 + close_bracket.len_utf8()).find(close_bracket)?;
    if close > 80 {
        return None;
    }
    // `【3†L45-L53】`, `【7†source】`: an AI report's citation of its source 3
    // at some lines; the id is the number before the dagger.
    let inner = rest[..close]
        .split_once('†')
        .map_or(&rest[..close], |(id, _)| id);
    // Full-width digits as ASCII ones; the number list reads full-width
    // separators itself.
    let inner: String = inner
        .chars()
        .map(|c| match c {
            c if ('０'..='９').contains(&c) => {
                char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c)
            }
            c => c,
        })
        .collect();
    // `【citation:1】`, as `[citation:1]`.
    let ids = parse_number_list(strip_source_word(&inner), declared)?;
    Some(Marker {
        span: i..i + open.len_utf8() + close + close_bracket.len_utf8(),
        ids,
        style: MarkerStyle::Bracket,
    })
}

/// A sentence's text with the `<sup>` tags that were no marker read as
/// text: digits raised (`42 km<sup>2</sup>` reads `42 km²`), anything else
/// as it is (`Amex<sup>®</sup>` reads `Amex®`). The tags are kept in a
/// block's text only for the marker reader. Not for a sentence holding
/// code, whose tags are text as written.
pub fn superscripts_as_text(text: String) -> String {
    if !text.contains("<sup>") && !text.contains("<SUP>") {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    // Lowercasing ASCII keeps every byte where it is.
    let lower = text.to_ascii_lowercase();
    let mut at = 0;
    while let Some(open) = lower[at..].find("<sup>").map(|p| at + p) {
        out.push_str(&text[at..open]);
        let inner = &text[open + 5..];
        let close = lower[open + 5..].find("</sup>");
        let (raised, after) = match close {
            Some(c) => (&inner[..c], &inner[c + 6..]),
            None => (inner, ""),
        };
        if raised.bytes().all(|b| b.is_ascii_digit()) {
            out.extend(
                raised
                    .chars()
                    .map(|d| SUPERSCRIPT_DIGITS[d as usize - '0' as usize]),
            );
        } else {
            out.push_str(raised);
        }
        at = text.len() - after.len();
    }
    out.push_str(&text[at..]);
    out
}

/// `0`–`9` raised.
const SUPERSCRIPT_DIGITS: [char; 10] = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];

/// `citation needed`, `Citation-Needed`, `citation required`: the words of
/// an explicit gap.
fn is_citation_gap(inner: &str) -> bool {
    // Nearly every bracket is a number: it cannot open with `citation`
    // (no other character lowercases to one of its letters), so no
    // lowercase copy is made for it.
    let head = inner.trim_start_matches(|c: char| c.is_whitespace() || c == '-' || c == '_');
    if !head
        .get(..8)
        .is_some_and(|h| h.eq_ignore_ascii_case("citation"))
    {
        return false;
    }
    let words: String = inner
        .to_lowercase()
        .chars()
        .map(|c| if c == '-' || c == '_' { ' ' } else { c })
        .collect();
    let words: Vec<&str> = words.split_whitespace().collect();
    words == ["citation", "needed"] || words == ["citation", "required"]
}

fn html_sup(text: &str, i: usize, declared: &HashSet<String>) -> Option<Marker> {
    let rest = &text[i..];
    if !rest.get(..5)?.eq_ignore_ascii_case("<sup>") {
        return None;
    }
    // The closing tag within the first few bytes (a marker is short): no
    // lowercased copy of the rest of the text for every `<sup>`.
    let close = rest
        .as_bytes()
        .windows(6)
        .take(67)
        .position(|w| w.eq_ignore_ascii_case(b"</sup>"))?;
    if close > 60 {
        return None;
    }
    let raw = rest[5..close].trim();
    let span = i..i + close + 6;
    // `<sup>[citation needed]</sup>`, as a saved wiki page writes the gap:
    // the whole superscript is the gap, so no empty `<sup></sup>` is left
    // to hide the sentence's end.
    if is_citation_gap(raw.trim_start_matches('[').trim_end_matches(']')) {
        return Some(Marker {
            span,
            ids: Vec::new(),
            style: MarkerStyle::CitationNeeded,
        });
    }
    // `<sup>[a]</sup>`: a saved wiki page raises its note labels as it
    // raises its citations; the superscript points to a note.
    if raw
        .strip_prefix('[')
        .and_then(|r| r.strip_suffix(']'))
        .is_some_and(is_note_label)
    {
        return Some(Marker {
            span,
            ids: Vec::new(),
            style: MarkerStyle::Note,
        });
    }
    if let Some(note) = raised_note(&text[..i], raw, &span) {
        return Some(note);
    }
    let bracketed = raw.contains('[');
    // `[1][2]`, `[1], [3]`: bracketed markers run together in one
    // superscript; `1,` before a `<sup>2</sup>` of its own.
    let joined = raw.replace("][", ",");
    let inner = joined
        .trim_matches(|c: char| matches!(c, '[' | ']'))
        .replace(['[', ']'], "");
    let inner = inner.trim_end_matches([',', ';', ' ']);
    if inner.is_empty() {
        // `<sup>,</sup>`: the superscript comma between two markers.
        let separator = !raw.is_empty() && raw.chars().all(|c| matches!(c, ',' | ';'));
        return separator.then_some(Marker {
            span,
            ids: Vec::new(),
            style: MarkerStyle::HtmlSup,
        });
    }
    // `400 m<sup>2</sup>`, `10<sup>6</sup>`: a power; a bracketed
    // `<sup>[2]</sup>` always cites.
    if !bracketed && html_power(&text[..i]) {
        return None;
    }
    let ids = parse_number_list(inner, declared)?;
    Some(Marker {
        span,
        ids,
        style: MarkerStyle::HtmlSup,
    })
}

/// `^1^`, `^2,3^`, `^[4]^`: Pandoc's superscript, as a page or document
/// converted by Pandoc writes `<sup>1</sup>`. Powers stay mathematics as in
/// `<sup>` ([`html_power`]: `10^6^`, `400 m^2^`).
fn pandoc_sup(text: &str, i: usize, declared: &HashSet<String>) -> Option<Marker> {
    let rest = text[i..].strip_prefix('^')?;
    let close = head(rest, 41).find('^')?;
    let raw = &rest[..close];
    if raw.is_empty() || close > 40 || raw.contains(char::is_whitespace) {
        return None;
    }
    let span = i..i + 1 + close + 1;
    if let Some(note) = raised_note(&text[..i], raw, &span) {
        return Some(note);
    }
    let inner = raw.trim_start_matches('[').trim_end_matches(']');
    if inner.len() == raw.len() && html_power(&text[..i]) {
        return None;
    }
    let ids = parse_number_list(inner, declared)?;
    Some(Marker {
        span,
        ids,
        style: MarkerStyle::Superscript,
    })
}

/// `monthly.<sup>a</sup>`, `monthly.^a^`: a note's label ([`is_note_label`])
/// raised after punctuation, as a report labels its explanatory notes; it
/// points to a note, not a source. After a letter (`x<sup>a</sup>`) the
/// letter is a power.
fn raised_note(preceding: &str, raw: &str, span: &Range<usize>) -> Option<Marker> {
    let after_punctuation = preceding
        .chars()
        .next_back()
        .is_some_and(|c| matches!(c, '.' | ',' | ';' | ':' | ')' | '"' | '”' | '’'));
    (after_punctuation && is_note_label(raw)).then(|| Marker {
        span: span.clone(),
        ids: Vec::new(),
        style: MarkerStyle::Note,
    })
}

/// `rose by a third^1.`, `fell.^2,3`: a caret raising a bare number, as a
/// writer of plain text sets a superscript without closing it. Read only
/// in an article that declares numbered sources, for ids it declares, and
/// after a word of three letters or more (closing punctuation may stand
/// between): `x^2`, `10^6`, `km^2`, `(a+b)^2` are powers, and `^2x` or
/// `^1.5` is no citation.
fn caret_sup(text: &str, i: usize, declared: &HashSet<String>) -> Option<Marker> {
    if !has_numbered(declared) {
        return None;
    }
    let rest = text[i..].strip_prefix('^')?;
    let len = rest
        .bytes()
        .take_while(|b| b.is_ascii_digit() || matches!(b, b',' | b'-'))
        .count();
    let list = rest[..len].trim_end_matches([',', '-']);
    if !list.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let mut after = rest[list.len()..].chars();
    let next = after.next();
    let decimal = next == Some('.') && after.next().is_some_and(|c| c.is_ascii_digit());
    if decimal || next.is_some_and(|c| c.is_alphanumeric() || c == '^') {
        return None;
    }
    let preceding = &text[..i];
    // `html_power` also rules out a parenthesised formula's power.
    if html_power(preceding) {
        return None;
    }
    let word = last_word(preceding.trim_end_matches(['.', ',', ';', ':', ')', '"', '”', '’']));
    if word.chars().count() < 3 {
        return None;
    }
    let ids = parse_number_list(list, declared)?;
    ids.iter().all(|id| declared.contains(id)).then(|| Marker {
        span: i..i + 1 + list.len(),
        ids,
        style: MarkerStyle::Superscript,
    })
}

/// Whether an HTML superscript number after `preceding` is a power: after
/// a base of one or two digits (`10<sup>6</sup>`), or after a unit that
/// follows a number (`400 m<sup>2</sup>`, `3 km<sup>2</sup>`). A year or
/// a word before it does not make a power (`in 2005<sup>21</sup>`).
fn html_power(preceding: &str) -> bool {
    if closes_a_formula(preceding) {
        return true;
    }
    let digits = preceding.len()
        - preceding
            .trim_end_matches(|c: char| c.is_ascii_digit())
            .len();
    if digits > 0 {
        return digits <= 2;
    }
    let word = last_word(preceding);
    let before = preceding[..preceding.len() - word.len()].trim_end();
    (word == "m" || UNITS.contains(&word)) && before.ends_with(|c: char| c.is_ascii_digit())
}

/// Whether `preceding` ends with a parenthesised formula, whose power a
/// superscript after it is: `(2<sup>64</sup>)`, `(a+b)`, `(1/2)`, a group
/// holding a power or an arithmetic sign and no word of two letters or
/// more. After prose or a plain number (`(parentheses)`, `(n = 12)`,
/// `(1999)`) a superscript still cites.
fn closes_a_formula(preceding: &str) -> bool {
    let Some(head) = preceding.strip_suffix(')') else {
        return false;
    };
    // A formula is short: look back at most 80 bytes for its opening.
    let from = (head.len().saturating_sub(80)..=head.len())
        .find(|&k| head.is_char_boundary(k))
        .unwrap_or(head.len());
    let Some(open) = head[from..].rfind('(') else {
        return false;
    };
    let group = &head[from + open + 1..];
    let powered = group.contains("<sup>")
        || group.contains('^')
        || group.contains(|c| superscript_digit(c).is_some());
    let group = group.replace("<sup>", " ").replace("</sup>", " ");
    let worded = group
        .split(|c: char| !c.is_alphabetic())
        .any(|word| word.chars().count() >= 2);
    let arithmetic = group.contains(['+', '×', '*', '/', '÷', '·']);
    !worded && (powered || arithmetic)
}

/// The letters that end `preceding`.
fn last_word(preceding: &str) -> &str {
    let start = preceding
        .rfind(|c: char| !c.is_alphabetic())
        .map_or(0, |p| {
            p + preceding[p..].chars().next().map_or(1, char::len_utf8)
        });
    &preceding[start..]
}

/// Whether `sup` (`¹`, `²`, `³`, which Latin-1 shares) ends a character of
/// UTF-8 that was decoded as Latin-1: `LietuviÅ³` is `Lietuvių`, `à¤¹` a
/// Devanagari letter. Its byte then continues the bytes of the one to three
/// Latin-1 characters before it into one valid UTF-8 character; no
/// citation is read there.
fn ends_mojibake(preceding: &str, sup: char) -> bool {
    let Ok(last) = u8::try_from(u32::from(sup)) else {
        return false;
    };
    let mut bytes = Vec::with_capacity(4);
    for c in preceding.chars().rev().take(3) {
        let Ok(b) = u8::try_from(u32::from(c)) else {
            return false;
        };
        if b < 0x80 {
            return false;
        }
        bytes.insert(0, b);
        if b >= 0xC2 {
            // A lead byte: the sequence is complete here or never.
            bytes.push(last);
            return std::str::from_utf8(&bytes).is_ok();
        }
    }
    false
}

/// `¹` → 1: a superscript digit's value.
pub(crate) fn superscript_digit(c: char) -> Option<u32> {
    match c {
        '⁰' => Some(0),
        '¹' => Some(1),
        '²' => Some(2),
        '³' => Some(3),
        '⁴'..='⁹' => Some(c as u32 - '⁴' as u32 + 4),
        _ => None,
    }
}

/// Units written with a superscript power (`km²`), besides any word of one
/// or two letters.
const UNITS: &[&str] = &[
    "km", "cm", "mm", "nm", "µm", "ft", "in", "mi", "yd", "kg", "sec", "mol",
];

fn superscript(text: &str, i: usize, declared: &HashSet<String>) -> Option<Marker> {
    let first = text[i..].chars().next()?;
    if superscript_digit(first).is_none() && first != '⁽' {
        return None;
    }
    // Not a continuation of a run that started earlier.
    let before = text[..i].chars().next_back();
    if before.is_some_and(|c| superscript_digit(c).is_some() || matches!(c, '⁽' | '⁻' | '⁺' | '˒'))
    {
        return None;
    }
    if ends_mojibake(&text[..i], first) {
        return None;
    }
    let mut end = i;
    // The numbers as a plain list (`4,7-9`), read as bracketed ones are.
    let mut list = String::new();
    let mut chars = text[i..].chars().peekable();
    while let Some(c) = chars.next() {
        let next_is_digit = chars
            .peek()
            .is_some_and(|n| superscript_digit(*n).is_some());
        let after_digit = list.ends_with(|c: char| c.is_ascii_digit());
        if let Some(d) = superscript_digit(c) {
            list.push(char::from_digit(d, 10)?);
        } else if c == '˒' || c == '⁽' || c == '⁾' || (c == ',' && next_is_digit) {
            if after_digit {
                list.push(',');
            }
        } else if c == '⁻' && after_digit && next_is_digit {
            list.push('-'); // a range, `⁴⁻⁶`
        } else if c == '⁻' || c == '⁺' {
            return None; // a power such as 10⁻⁴
        } else {
            break;
        }
        end += c.len_utf8();
    }
    let list = list.trim_end_matches(',');
    if list.is_empty() {
        return None;
    }
    // A power or unit: right after a base of one or two digits (`10⁶`; a
    // year takes a citation: `in 2005²¹`), or after a short or unit word.
    if let Some(b) = before {
        if b == ')' && closes_a_formula(&text[..i]) {
            return None;
        }
        if b.is_ascii_digit() {
            let head = &text[..i];
            let digits = head.len() - head.trim_end_matches(|c: char| c.is_ascii_digit()).len();
            if digits <= 2 {
                return None;
            }
        }
        if b.is_alphabetic() {
            let word = last_word(&text[..i]);
            if word.chars().count() <= 2 || UNITS.contains(&word) {
                return None;
            }
        }
    }
    let ids = parse_number_list(list, declared)?;
    Some(Marker {
        span: i..end,
        ids,
        style: MarkerStyle::Superscript,
    })
}

/// ` .` where a digest number was stripped: a word, spaces, then a single
/// period followed by a space or the end.
fn lost_marker(text: &str, i: usize) -> Option<Marker> {
    let bytes = text.as_bytes();
    let spaces = text[..i].len() - text[..i].trim_end_matches([' ', '\t']).len();
    if spaces == 0 {
        return None;
    }
    let before = text[..i - spaces].chars().next_back()?;
    if !(before.is_alphanumeric() || matches!(before, ')' | '"' | '”' | '’' | '%')) {
        return None;
    }
    match bytes.get(i + 1) {
        None | Some(b'\n' | b'\t') => {}
        // Not the first dot of a spaced ellipsis (`then . . .`).
        Some(b' ') if bytes.get(i + 2) != Some(&b'.') => {}
        _ => return None,
    }
    Some(Marker {
        span: i - spaces..i,
        ids: Vec::new(),
        style: MarkerStyle::Lost,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(text: &str) -> Vec<Vec<String>> {
        find_markers(text, &[], &HashSet::new())
            .into_iter()
            .map(|m| m.ids)
            .collect()
    }

    fn styles(text: &str) -> Vec<MarkerStyle> {
        find_markers(text, &[], &HashSet::new())
            .into_iter()
            .map(|m| m.style)
            .collect()
    }

    #[test]
    fn a_marker_may_pin_a_place_in_the_work() {
        let declared: HashSet<String> = ["1", "2", "4"].map(String::from).into();
        let ids = |text: &str| -> Vec<Vec<String>> {
            find_markers(text, &[], &declared)
                .into_iter()
                .map(|m| m.ids)
                .collect()
        };
        assert_eq!(ids("Rose [1, p. 4]."), [["1"]]);
        assert_eq!(ids("Rose [2, pp. 3–5; 4, Fig. 2]."), [["2", "4"]]);
        assert_eq!(ids("Rose [1, § 3] and [4, ch. 2]."), [["1"], ["4"]]);
        // A list of numbers, or a comma before prose, is no place.
        assert_eq!(ids("Rose [1, 2]."), [["1", "2"]]);
        assert!(ids("Rose [1, see above].").is_empty());
        assert!(ids("Rose [2, page].").is_empty());
    }

    #[test]
    fn superscripts_that_are_no_marker_read_as_text() {
        let t = |s: &str| superscripts_as_text(s.to_string());
        assert_eq!(t("It covers 42 km<sup>2</sup>."), "It covers 42 km².");
        assert_eq!(t("Amex<SUP>®</SUP> and 10<sup>12</sup>"), "Amex® and 10¹²");
        assert_eq!(t("No tags here."), "No tags here.");
        assert_eq!(t("Cut off <sup>3"), "Cut off ³");
    }

    #[test]
    fn text_without_markers_collapses_whitespace_around_removed_markers() {
        let clean = |text: &str| {
            let markers = find_markers(text, &[], &HashSet::new());
            text_without_markers(text, 0..text.len(), &markers)
        };
        assert_eq!(clean("  The dam  held [1].  "), "The dam held.");
        assert_eq!(
            clean("Water\n\trose [2], then fell [3]"),
            "Water rose, then fell"
        );
        // A marker glued inside a word leaves the word joined.
        assert_eq!(clean("over[4]flow ran [5] [6] late"), "overflow ran late");
        assert_eq!(clean("[7]"), "");
        assert_eq!(clean("[7] Gates shut."), "Gates shut.");
        assert_eq!(
            clean("apart from [28], [8], and others"),
            "apart from, and others"
        );
        // Parentheses that held only markers go with them.
        assert_eq!(clean("Fares rose ([1])."), "Fares rose.");
        assert_eq!(
            clean("Boats were new ( [1], [2]; [3] ), then old."),
            "Boats were new, then old."
        );
        assert_eq!(
            clean("Piers closed (see [2]) and (f) held [3]."),
            "Piers closed (see ) and (f) held."
        );
        assert_eq!(clean("([1]) Opening."), "Opening.");
        // Only the part of the text in the range.
        let text = "One [1]. Two [2] here.";
        let markers = find_markers(text, &[], &HashSet::new());
        assert_eq!(
            text_without_markers(text, 9..text.len(), &markers[1..]),
            "Two here."
        );
    }

    proptest::proptest! {
        /// Without markers, the clean text is the words joined by single
        /// spaces, whatever the whitespace (ASCII controls, no-break and
        /// ideographic spaces, line and paragraph separators).
        #[test]
        fn clean_text_is_the_words_joined_by_one_space(
            text in "[a é\\t\\n\\r\u{0B}\u{0C}\u{85}\u{A0}\u{2009}\u{2028}\u{3000}.]{0,40}|[a .\\t\\n]{0,40}"
        ) {
            let words: Vec<&str> = text.split_whitespace().collect();
            proptest::prop_assert_eq!(text_without_markers(&text, 0..text.len(), &[]), words.join(" "));
        }

        /// The one-number shortcut of `parse_number_list` reads a run of
        /// digits as the splitting reader does: leading zeros, zero, long
        /// runs, and four digits only when declared.
        #[test]
        fn one_number_is_read_as_the_list_reader_reads_it(
            digits in "[0-9]{1,8}",
            mut declared in proptest::collection::hash_set("[0-9]{1,5}", 0..4),
            declare_it in proptest::bool::ANY,
        ) {
            if declare_it {
                declared.insert(digits.trim_start_matches('0').to_string());
            }
            proptest::prop_assert_eq!(
                parse_number_list(&digits, &declared),
                split_number_list(&digits, &declared)
            );
        }

        /// The eight-byte digit test answers as a byte-by-byte one (bytes
        /// drawn near the digits' edges, where a borrow could mislead).
        #[test]
        fn eight_bytes_hold_a_digit_as_each_byte_says(
            bytes in proptest::array::uniform8(proptest::sample::select(
                vec![0u8, 9, 10, 0x2F, b'0', b'5', b'9', 0x3A, 0x39 ^ 0x80, 0x7F, 0x80, 0xB0, 0xFF, b'a'],
            )),
        ) {
            proptest::prop_assert_eq!(
                has_ascii_digit(u64::from_le_bytes(bytes)),
                bytes.iter().any(u8::is_ascii_digit)
            );
        }
    }

    #[test]
    fn the_byte_prefilter_keeps_every_closing_mark() {
        for b in 0..=u8::MAX {
            if b.is_ascii() {
                assert_eq!(may_close(b), is_closing(char::from(b)), "byte {b}");
            } else {
                assert!(may_close(b), "byte {b}");
            }
        }
    }

    #[test]
    fn flattened_superscripts_only_where_the_document_shows_them() {
        let page = "Rates rose in spring.4 Ferries ran late,2 and the pier closed.1,3,5-6 Staff used the bypass3 at night. The 2 pumps held 262 litres; mp3 files stayed.";
        assert!(shows_flattened_superscripts(page));
        let found: Vec<Vec<String>> = flattened_markers(page, &[], &HashSet::new())
            .into_iter()
            .map(|m| m.ids)
            .collect();
        assert_eq!(
            found,
            [vec!["4"], vec!["2"], vec!["1", "3", "5", "6"], vec!["3"]]
        );
        let prose =
            "Version 3.5 shipped in 2021. The 2 pumps held 262 litres, and mp3 files stayed.";
        assert!(!shows_flattened_superscripts(prose));
        // Not one sign in it, not merely fewer than needed.
        assert!((1..prose.len()).all(|i| strong_flattened_at(prose, i).is_none()));
        // One sign written again and again is a name, counted once.
        let manual = "Use ASN.1 DER here. Then ASN.1 DER there. And ASN.1 DER, said.3 Again";
        assert!(!shows_flattened_superscripts(manual));
        assert!(shows_flattened_superscripts(&format!(
            "{manual} fell.4 Next"
        )));
        // Two signs: enough only where the article lists numbered sources
        // (the caller decides), never on their own.
        let short = "Routes were added across the estuary.2 Fuel costs rose sharply.1,6";
        assert!(!shows_flattened_superscripts(short));
        assert!(flattened_signs_at_least(short, FLATTENED_MIN - 1));
    }

    #[test]
    fn a_wide_range_cites_its_ends_and_says_so() {
        let found = find_markers("Shown in [1-500] studies.", &[], &HashSet::new());
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].style, MarkerStyle::WideRange);
        assert_eq!(found[0].ids, ["1", "500"]);
    }

    #[test]
    fn double_brackets_are_notation() {
        assert!(ids("A [[7,1,3]] code and a [[Page]] link.").is_empty());
        assert_eq!(ids("But [7] cites."), [vec!["7"]]);
    }

    #[test]
    fn latex_superscripts_but_not_mathematics() {
        assert_eq!(
            ids("Known well, $^{4,7,8}$ and shown. $^{18-24}$ Also\\textsuperscript{5} here; $x^{2}$ is maths, $LiH^{6,7}$ cites."),
            [
                vec!["4", "7", "8"],
                vec!["18", "19", "20", "21", "22", "23", "24"],
                vec!["5"],
                vec!["6", "7"]
            ]
        );
    }

    #[test]
    fn a_superscript_after_a_parenthesis_the_math_did_not_open_cites() {
        assert_eq!(
            ids("Its conductivity is high $(4 \\times 10^{-3}$ at $30^{\\circ} C)^{7}$ The salt melts."),
            [vec!["7"]]
        );
        // Exponents of a parenthesis opened in the same span stay mathematics.
        assert!(ids("The area grows as $(a+b)^{2}$ and $((x))^{3}$ do.").is_empty());
        assert!(ids("A plain power $x^{2}$ and a lone ) then $y^{2}$.").is_empty());
    }

    #[test]
    fn fullwidth_brackets_with_cjk_separators() {
        assert_eq!(
            ids("收入上升【1-3，7】。资产【2、5】。年份【2024】。"),
            [vec!["1", "2", "3", "7"], vec!["2", "5"]]
        );
    }

    #[test]
    fn source_words_in_any_bracket() {
        assert_eq!(
            ids("港口重新开放【citation:1】。票价上涨了【citation:2，3】。航班增加[webpage 4]。"),
            [vec!["1"], vec!["2", "3"], vec!["4"]]
        );
        // A word that names no source is no marker.
        assert!(ids("港口【note:1】。航班[page 4]。").is_empty());
    }

    #[test]
    fn ascii_brackets_with_cjk_separators() {
        assert_eq!(
            ids("收入上升[1，2]。资产[2、5]。港口[1；3]。航班[4～6]。年份[2024]。"),
            [
                vec!["1", "2"],
                vec!["2", "5"],
                vec!["1", "3"],
                vec!["4", "5", "6"]
            ]
        );
        // Words between the separators are no number list.
        assert!(ids("见[注释，附录]。").is_empty());
    }

    #[test]
    fn fullwidth_square_brackets_as_a_cjk_keyboard_types_them() {
        assert_eq!(
            ids("港口重新开放［1］。票价上涨了［２，４］。年份［2024］。未闭合［3。"),
            [vec!["1"], vec!["2", "4"]]
        );
        assert_eq!(
            ids("Fares rose.【3†L45-L53】 Ferries ran【7†source】. Not【†x】 nor【a†b】."),
            [vec!["3"], vec!["7"]]
        );
    }

    #[test]
    fn bracket_groups_and_ranges() {
        assert_eq!(
            ids("a [1, 2] b[1;2] c[3-5] d[3–5]."),
            [
                vec!["1", "2"],
                vec!["1", "2"],
                vec!["3", "4", "5"],
                vec!["3", "4", "5"],
            ]
        );
        assert_eq!(ids("x.[1][4]"), [vec!["1"], vec!["4"]]);
        assert_eq!(ids("wide [21–25]")[0].len(), 5);
    }

    #[test]
    fn things_that_only_look_like_markers() {
        assert!(ids("He wrote [sic] it [...] and [Ed.] too.").is_empty());
        assert!(ids("See [1](https://x.org) now.").is_empty());
        assert!(ids("In [2019] it rained.").is_empty());
        // A wide range is a marker of its ends (see a_wide_range_cites_its_ends_and_says_so).
        assert_eq!(ids("Range [1-500]."), [vec!["1", "500"]]);
        assert!(ids("Area 5 m² and 10⁻⁴ and x² and km² and 2³.").is_empty());
    }

    #[test]
    fn raised_digits_in_brackets_cite() {
        assert_eq!(
            ids("Rebuilt in 1990 [¹]. Fares rose [²,³]."),
            [vec!["1"], vec!["2", "3"]]
        );
        assert!(ids("A volume of [10³] litres and [x²] too.").is_empty());
    }

    #[test]
    fn code_and_intervals_written_as_prose() {
        // Values of code examples in a plain-text manual.
        assert!(ids("Example: let picks = [1, 2, 3] keeps three.").is_empty());
        assert!(ids("Example: let picks=[4] keeps one.").is_empty());
        assert!(ids("Write let v = vec![1, 2]; or f(smallvec![3]) there.").is_empty());
        assert!(ids("Write it as v.extend(x); smallvec![3]; then.").is_empty());
        assert!(ids("Call rows[2].len() or rows[3]->next first.").is_empty());
        assert_eq!(ids("_He sailed at dawn[4]._ Then"), [vec!["4"]]);
        // Citations beside them stay citations.
        assert_eq!(ids("Oklahoma![3] opened in 1943."), [vec!["3"]]);
        assert_eq!(ids("The launch was a success![4] Sales grew."), [vec!["4"]]);
        assert_eq!(ids("The ferry sank[2]. The crew survived."), [vec!["2"]]);
        assert_eq!(ids("Fares rose[2].[5] Crews left."), [vec!["2"], vec!["5"]]);
        // Brackets after a range may be its ends or its sources: kept.
        assert_eq!(
            ids("It works over a wide range [8, 15]."),
            [vec!["8", "15"]]
        );
    }

    #[test]
    fn a_declared_four_digit_id_is_a_marker() {
        let declared: HashSet<String> = ["2019".to_string()].into();
        assert_eq!(find_markers("In [2019].", &[], &declared).len(), 1);
    }

    #[test]
    fn an_assistants_private_use_citations() {
        let text = "Ferries run late.\u{e200}cite\u{e202}turn0search1\u{e202}turn2news4\u{e201} Crews \u{e200}entity\u{e202}[\"port\"]\u{e201} rest.\u{e200}cite\u{e201} \u{e200}cite\u{e202}x";
        assert_eq!(ids(text), [vec!["turn0search1", "turn2news4"]]);
        let markers = find_markers(text, &[], &HashSet::new());
        assert_eq!(
            &text[markers[0].span.clone()],
            "\u{e200}cite\u{e202}turn0search1\u{e202}turn2news4\u{e201}"
        );
    }

    #[test]
    fn footnotes_superscripts_and_sup_tags() {
        assert_eq!(ids("a[^1] b[^bloomberg]"), [vec!["1"], vec!["bloomberg"]]);
        assert_eq!(ids("a[^4^] c[^x^]"), [vec!["4"], vec!["x"]]);
        assert_eq!(
            ids("rose.¹ fell²³ held⁽⁴⁾ cells¹˒²"),
            [vec!["1"], vec!["23"], vec!["4"], vec!["1", "2"],]
        );
        // A superscript minus between digits is a range; before them, a power.
        assert_eq!(
            ids("fell.⁴⁻⁶ rose¹˒³⁻⁴ cells 10⁻⁴ and m² s⁻¹ held²⁻"),
            [vec!["4", "5", "6"], vec!["1", "3", "4"]]
        );
        assert_eq!(
            ids("a<sup>5</sup> b<SUP>[6]</SUP> c<sup>1,2</sup>"),
            [vec!["5"], vec!["6"], vec!["1", "2"],]
        );
        assert!(ids("x<sup>th</sup>").is_empty());
        // A raised letter after punctuation labels a note; after a letter
        // it is a power.
        let notes = find_markers(
            "monthly.<sup>a</sup> x<sup>b</sup> yearly.^b^ y^c^",
            &[],
            &HashSet::new(),
        );
        let styles: Vec<MarkerStyle> = notes.iter().map(|m| m.style).collect();
        assert_eq!(styles, [MarkerStyle::Note, MarkerStyle::Note]);
        assert_eq!(
            ids("a<sup>[1][2]</sup> b<sup>[1], [3]</sup> c<sup>1,</sup><sup>2</sup> d<sup>2-3</sup>"),
            [vec!["1", "2"], vec!["1", "3"], vec!["1"], vec!["2"], vec!["2", "3"]]
        );
        // The superscript comma between two markers is part of the run.
        let text = "c<sup>1</sup><sup>,</sup><sup>2</sup> and <sup>th</sup><sup></sup>";
        let markers = find_markers(text, &[], &HashSet::new());
        assert_eq!(markers.len(), 3);
        assert_eq!(markers[1].ids, Vec::<String>::new());
        assert_eq!(markers[2].span.end, text.find(" and").unwrap());
    }

    #[test]
    fn page_pins_after_markers_belong_to_them() {
        let text = "Dredged in 1911.[1]: 45 Rebuilt.[2]:12–14 Sold.[3]:\u{200a}7, 9 Closed.[4]: 3 of 5 mills. See [5]: the list.";
        let markers = find_markers(text, &[], &HashSet::new());
        let spans: Vec<&str> = markers.iter().map(|m| &text[m.span.clone()]).collect();
        assert_eq!(
            spans,
            ["[1]: 45", "[2]:12–14", "[3]:\u{200a}7, 9", "[4]: 3", "[5]"]
        );
        // A pin must end at a space, punctuation or the end.
        let glued = "Rose.[1]:45kg then";
        assert_eq!(
            &glued[find_markers(glued, &[], &HashSet::new())[0].span.clone()],
            "[1]"
        );
    }

    #[test]
    fn a_word_naming_the_source_before_the_numbers() {
        assert_eq!(
            ids("Rose [Source 1]. Fell [Ref. 2, 3]. Held [sources: 4-5]. Ran [citation 6]."),
            [vec!["1"], vec!["2", "3"], vec!["4", "5"], vec!["6"]]
        );
        assert_eq!(
            ids("Rose [1, 2, and 3]. Fell [4 and 5]. Held [1 & 6]."),
            [vec!["1", "2", "3"], vec!["4", "5"], vec!["1", "6"]]
        );
        assert!(ids("Rose [and 1]x [1 and] [Smith and Jones] [1,, 2] [1 and and 2].").is_empty());
        let text = "Fares rose ^[3]. Fell.";
        let markers = find_markers(text, &[], &HashSet::new());
        assert_eq!(&text[markers[0].span.clone()], "^[3]");
        // Not the caret that closes a marker before it, nor one in code.
        let text = "Rose.^[2]^[1] Fell `x^`[4].";
        let code = text.find('`').unwrap()..text.rfind('`').unwrap() + 1;
        let markers = find_markers(text, std::slice::from_ref(&code), &HashSet::new());
        let spans: Vec<&str> = markers.iter().map(|m| &text[m.span.clone()]).collect();
        assert_eq!(spans, ["^[2]^", "[1]", "[4]"]);
        assert_eq!(
            ids("Rose (Source 1). Fell (sources 2, 3). Held [4†source] and [5†L3-L9]."),
            [vec!["1"], vec!["2", "3"], vec!["4"], vec!["5"]]
        );
        assert!(ids("Rose (1). Fell (see 2). Held (Source). (Sources are listed.) [†]").is_empty());
        assert!(ids("See [Source code] and [ref x] and [Figure 2] and [Table 1].").is_empty());
    }

    /// [`pandoc_markers`] of `text`, whose one `` `…` `` span is code.
    fn pandoc_with_code_span(text: &str, declared: &HashSet<String>) -> Vec<Marker> {
        let code = text.find('`').unwrap()..text.rfind('`').unwrap() + 1;
        pandoc_markers(text, &[code], declared)
    }

    /// Each marker as written in `text`, with the ids it cites.
    fn written_and_cited<'a>(text: &'a str, markers: &'a [Marker]) -> Vec<(&'a str, Vec<&'a str>)> {
        markers
            .iter()
            .map(|m| {
                (
                    &text[m.span.clone()],
                    m.ids.iter().map(String::as_str).collect(),
                )
            })
            .collect()
    }

    #[test]
    fn pandoc_citations_cite_bibliography_keys() {
        let text = "Rose [@doe99]. Fell [see @doe99, p. 4; also -@smith:04, ch. 2]. \
                    Odd [@{Lee 2020}]. Mail a@b.example [x@y]. Two [@a @b]. \
                    Code `[@doe99]` here. Part [see p. 4; @lee]. Long [@key.].";
        // A bracket never read past: a window ending inside a character.
        let wide = format!("[@k {}é]", "x".repeat(396));
        assert!(pandoc_markers(&wide, &[], &HashSet::new()).is_empty());
        // An address, two keys in one part, a part without a key, code:
        // none of them is a citation.
        let markers = pandoc_with_code_span(text, &HashSet::new());
        let found = written_and_cited(text, &markers);
        assert_eq!(
            found,
            vec![
                ("[@doe99]", vec!["doe99"]),
                (
                    "[see @doe99, p. 4; also -@smith:04, ch. 2]",
                    vec!["doe99", "smith:04"]
                ),
                ("[@{Lee 2020}]", vec!["Lee 2020"]),
                ("[@key.]", vec!["key"]),
            ]
        );
    }

    #[test]
    fn latex_citation_commands_in_a_document_with_a_bibliography() {
        let text =
            "Rose \\cite{doe99, smith04}. Fell \\citep[see][p.~4]{lee}. \\citet{doe99} found it. \
                    Not \\emph{doe99} nor \\cite{} nor `\\cite{x}`.";
        let markers = pandoc_with_code_span(text, &HashSet::new());
        let found = written_and_cited(text, &markers);
        assert_eq!(
            found,
            vec![
                ("\\cite{doe99, smith04}", vec!["doe99", "smith04"]),
                ("\\citep[see][p.~4]{lee}", vec!["lee"]),
                // Narrative: an empty marker after the command, which stays.
                ("", vec!["doe99"]),
            ]
        );
        let narrative = &markers[2].span;
        assert_eq!(narrative.start, text.find(" found").unwrap());
    }

    #[test]
    fn narrative_pandoc_citations_cite_declared_keys_and_stay_in_the_text() {
        let declared: HashSet<String> = ["doe99", "Lee 2020"].map(String::from).into();
        let text = "As @doe99 found, fares rose (@{Lee 2020}; see @fig-map). \
                    Mail ann@doe99 or [@doe99]. Code `@doe99` here.";
        // An undeclared `@fig-map`, an address and code cite nothing.
        let markers = pandoc_with_code_span(text, &declared);
        let found: Vec<(Range<usize>, Vec<&str>)> = markers
            .iter()
            .map(|m| (m.span.clone(), m.ids.iter().map(String::as_str).collect()))
            .collect();
        let after = |word: &str| text.find(word).unwrap() + word.len();
        assert_eq!(
            found,
            vec![
                // Narrative: an empty marker after the key, the key kept.
                (after("@doe99")..after("@doe99"), vec!["doe99"]),
                (after("@{Lee 2020}")..after("@{Lee 2020}"), vec!["Lee 2020"]),
                // Bracketed: the whole brackets.
                (
                    text.find("[@doe99]").unwrap()..after("[@doe99]"),
                    vec!["doe99"]
                ),
            ]
        );
    }

    #[test]
    fn note_markers_close_sentences_and_cite_nothing() {
        let text = "Rebuilt after a fire.[a] Visitors rose.[note 1][3] Fell[b], then rose[nb 2]. A term  [t] here, (see [c]) and [d] too; x[ab] y.";
        let markers = find_markers(text, &[], &HashSet::new());
        let spans: Vec<(&str, Vec<String>)> = markers
            .iter()
            .map(|m| (&text[m.span.clone()], m.ids.clone()))
            .collect();
        assert_eq!(
            spans,
            [
                ("[a]", vec![]),
                ("[note 1]", vec![]),
                ("[3]", vec!["3".to_string()]),
                ("[b]", vec![]),
                ("[nb 2]", vec![]),
            ]
        );
        assert!(markers[..2].iter().all(|m| m.style == MarkerStyle::Note));
    }

    #[test]
    fn a_flattened_superscript_may_follow_a_year_that_ends_the_sentence() {
        let declared: HashSet<String> = (1..=8).map(|n| n.to_string()).collect();
        let text = "Fares rose in 2019.6 The council met in 2020.7, 8";
        let ids: Vec<Vec<String>> = flattened_markers(text, &[], &declared)
            .into_iter()
            .map(|m| m.ids)
            .collect();
        assert_eq!(ids, [vec!["6"], vec!["7", "8"]]);
        // Decimals: inside a sentence, after a separated or dotted number, or
        // naming an undeclared id.
        for decimal in [
            "The index stood at 2019.6 points.",
            "It weighed 4,000.5 Tonnes were shipped.",
            "Version 1.2.3 Shipped.",
            "Fares rose in 2019.9 The council met.",
            "The score was v2.5 Then it fell.",
        ] {
            assert!(
                flattened_markers(decimal, &[], &declared).is_empty(),
                "{decimal}"
            );
        }
    }

    #[test]
    fn an_array_index_in_a_formula_is_no_citation() {
        for text in [
            "It returns res[1] = (a[1] + b[1]) / 2 for each lane.",
            "The total is w[2]*x[2] over the set.",
        ] {
            assert!(ids(text).is_empty(), "{text}");
        }
        // Citations glued to words, before words, punctuation or a dash,
        // and after a slash that joins two words.
        assert_eq!(
            ids("Fares rose[1] - then fell[2], and the quay (built[3]) shut.[4]"),
            [vec!["1"], vec!["2"], vec!["3"], vec!["4"]]
        );
        assert_eq!(ids("Equal shares [5] = fair, said the board."), [vec!["5"]]);
        assert_eq!(ids("Either kind/Other kind[7] works."), [vec!["7"]]);
        assert_eq!(ids("Either kind/Other kind[^7] works."), [vec!["7"]]);
        // A markup macro's argument, a regular expression's class.
        assert!(ids("See linkgit:harbour-log[1] and xref:quay[2] for it.").is_empty());
        assert!(ids("Match [^a-z] or [^0-9A-F] or [^\\s] there.").is_empty());
        assert!(ids("Match [^A-Za-z_] or [^\"]* or [^>] or [^()] there.").is_empty());
        assert_eq!(ids("As [^a_b] and [^x.1] say."), [vec!["a_b"], vec!["x.1"]]);
        assert!(ids("Install ferry[23]-5.3.1 there.").is_empty());
        assert_eq!(ids("Fares rose[2]-then fell."), [vec!["2"]]);
        assert_eq!(
            ids("Note:[1] it rose, see https://example.org[2] and [^a-note]."),
            [vec!["1"], vec!["2"], vec!["a-note"]]
        );
        assert_eq!(
            ids("Re:Zero[3] aired, as [^1-2] says."),
            [vec!["3"], vec!["1-2"]]
        );
        // Signs of arithmetic as typeset, and comparisons.
        for text in [
            "The sum is w[0] × 2 + w[1] × 4 in all.",
            "It holds while a[2] < b[2] and c[3] ≥ d[3].",
        ] {
            assert!(ids(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn names_versions_and_years_are_not_flattened_superscripts() {
        let ids = |text: &str, declared: &HashSet<String>| -> Vec<Vec<String>> {
            flattened_markers(text, &[], declared)
                .into_iter()
                .map(|m| m.ids)
                .collect()
        };
        let none = HashSet::new();
        // A number that goes on after a stop or colon, or starts with 0.
        for text in [
            "Pinned at tag:5.2.1 by the team.",
            "The ferry left at dawn:6:15 sharp.",
            "Shown at the Tidewater fair'08. Then",
            "Rates fell.05 percent.",
        ] {
            assert!(ids(text, &none).is_empty(), "{text}");
        }
        // A word joined to a name or path before it, a version, an address.
        for text in [
            "Run alloc-test1 twice.",
            "Link winapi/advapi32 now.",
            "Thanks to @harbourdev35 for it.",
            "Prepare the 2.0.0-rc.1 release.",
            "See https://example.org/compare/v2-rc.1 for it.",
            "See\u{a0}https://example.org/v2-rc.1 for it.",
        ] {
            assert!(ids(text, &none).is_empty(), "{text}");
        }
        // Digits glued to a word name declared sources where there are any.
        let declared: HashSet<String> = (1..=8).map(|n| n.to_string()).collect();
        assert!(ids("Build for sparc64 and arm64.", &declared).is_empty());
        assert_eq!(
            ids("Staff used the bypass3 at night.", &declared),
            [vec!["3"]]
        );
        assert_eq!(ids("Build for sparc64 now.", &none), [vec!["64"]]);
        // Closing punctuation still makes the sign whatever the list says.
        assert_eq!(ids("The pier closed.12 Then", &declared), [vec!["12"]]);
        assert_eq!(ids("The pier closed.12\nThen", &declared), [vec!["12"]]);
        assert_eq!(ids("Made in the U.S.3 Then", &declared), [vec!["3"]]);
        assert_eq!(ids("Take vitamin D.4 Then", &declared), [vec!["4"]]);
        // After an abbreviation the sentence may go on; after one that
        // numbers a thing, the number is the thing's.
        assert_eq!(
            ids(
                "As Oduya et al.5 showed, fares rose, e.g.6 in May.",
                &declared
            ),
            [vec!["5"], vec!["6"]]
        );
        for text in ["See No.5 Then", "As Fig.3 Shows", "On p.12 Then"] {
            assert!(ids(text, &declared).is_empty(), "{text}");
        }
        // But a number after a full stop must end its sentence, and a colon
        // never takes one: names of standards and formats, ports and times.
        for text in [
            "Signed with a DER.1 signature in the file.",
            "Read the harbour.1 --help page.",
            "It checks the X.509 certificate and the H.264 stream.",
            "Open port:443 on the quay gate, then dock:12 and berth:7.",
            "It loads /opt/quay/libtide.so.6 Then it runs.",
            "It loads tide.so.6 Then it runs harbour.js.2 Then stops.",
        ] {
            assert!(ids(text, &none).is_empty(), "{text}");
            assert!(
                (1..text.len()).all(|i| strong_flattened_at(text, i).is_none()),
                "{text}"
            );
        }
    }

    #[test]
    fn a_flattened_list_may_go_on_after_a_comma_and_space() {
        let text = "Freight grew.1 Growth will continue.2, 3 The ferry reopened.4 Fares rose.5, 10 years on.";
        let markers = flattened_markers(text, &[], &HashSet::new());
        let ids: Vec<Vec<String>> = markers.iter().map(|m| m.ids.clone()).collect();
        assert_eq!(ids, [vec!["1"], vec!["2", "3"], vec!["4"], vec!["5"]]);
        assert_eq!(&text[markers[1].span.clone()], "2, 3");
    }

    #[test]
    fn superscripts_inside_mojibake_are_letters() {
        // `Lietuvių` and a Devanagari letter read as Latin-1.
        assert!(ids("* LietuviÅ³ * à¤¹à¤¿").is_empty());
        // A real superscript after a Latin-1 letter still cites.
        assert_eq!(
            ids("Café¹ and naïve² and São Paulo³."),
            [vec!["1"], vec!["2"], vec!["3"]]
        );
    }

    #[test]
    fn bare_caret_superscripts_cite_declared_sources() {
        let declared: HashSet<String> = (1..=7).map(|n| n.to_string()).collect();
        let ids = |text: &str| -> Vec<Vec<String>> {
            find_markers(text, &[], &declared)
                .into_iter()
                .map(|m| m.ids)
                .collect()
        };
        assert_eq!(
            ids("Fares fell by a third^1. Crews rest.^2,3 Quays reopened^4-6, and \"ferries\"^7 ran."),
            [vec!["1"], vec!["2", "3"], vec!["4", "5", "6"], vec!["7"]]
        );
        // Powers, a decimal, a letter after the number, an undeclared id.
        assert!(ids(
            "Area x^2 and 10^6 cells, a 40 km^2 plaza, (a+b)^2, growth^1.5 fold, \
             weight^2x, and a rise^9."
        )
        .is_empty());
        // No numbered source declared: no caret cites.
        assert!(find_markers("Fares fell by a third^1.", &[], &HashSet::new()).is_empty());
    }

    #[test]
    fn pandoc_superscripts() {
        assert_eq!(
            ids("Quay reopened.^1^ Fares rose.^2,3^ Ferries ran.^[4]^ Range^5-7^."),
            [vec!["1"], vec!["2", "3"], vec!["4"], vec!["5", "6", "7"]]
        );
        assert!(ids("A 10^6^ cells, 400 m^2^ plaza, x^a^ and ^ 1 ^ and ^^.").is_empty());
    }

    #[test]
    fn powers_in_sup_tags_and_years_before_markers() {
        // A power: after a base of one or two digits, or a unit after a number.
        assert!(
            ids("A 400 m<sup>2</sup> plaza, 10<sup>6</sup> cells, 3 km<sup>2</sup>.").is_empty()
        );
        // A year, a word or a bracket before it: a citation.
        assert_eq!(
            ids("It opened in 2005<sup>21</sup>, by the km<sup>4</sup>; 10<sup>[7]</sup>."),
            [vec!["21"], vec!["4"], vec!["7"]]
        );
        assert_eq!(ids("It opened in 2005²¹ and 10⁶ cells."), [vec!["21"]]);
        // The power of a parenthesised formula; a parenthesis of prose, a
        // year or a count cites.
        assert!(
            ids("It is (2<sup>64</sup>)<sup>1</sup>, (a+b)<sup>2</sup>, (1/2)^3^ and (x×y)².")
                .is_empty()
        );
        assert_eq!(
            ids("Kept apart (parentheses)<sup>4</sup>, in (1999)<sup>5</sup>, (n = 12)²."),
            [vec!["4"], vec!["5"], vec!["2"]]
        );
    }

    #[test]
    fn citation_gaps_in_their_spellings() {
        for gap in [
            "citation needed",
            " Citation-Needed",
            "citation_needed",
            "CITATION  REQUIRED ",
            "_citation needed",
        ] {
            assert!(is_citation_gap(gap), "{gap:?}");
        }
        for other in [
            "12",
            "citation",
            "citations needed",
            "cit",
            "citation needed now",
            "é citation needed",
        ] {
            assert!(!is_citation_gap(other), "{other:?}");
        }
    }

    #[test]
    fn citation_needed_and_lost_markers() {
        assert_eq!(
            styles("A [citation needed]. B [Citation-Needed]. C purchases . D"),
            [
                MarkerStyle::CitationNeeded,
                MarkerStyle::CitationNeeded,
                MarkerStyle::Lost
            ]
        );
        // A saved wiki page raises the gap: the whole superscript is it.
        let text = "Built in 1911.<sup>[citation needed]</sup> The";
        let m = &find_markers(text, &[], &HashSet::new())[0];
        assert_eq!(m.style, MarkerStyle::CitationNeeded);
        assert_eq!(&text[m.span.clone()], "<sup>[citation needed]</sup>");
        // A raised note label points to a note.
        let text = "Opened in 2004.<sup>[a]</sup> Rebuilt.<sup>[note 2]</sup>";
        let found = find_markers(text, &[], &HashSet::new());
        assert_eq!(
            found
                .iter()
                .map(|m| &text[m.span.clone()])
                .collect::<Vec<_>>(),
            ["<sup>[a]</sup>", "<sup>[note 2]</sup>"]
        );
        assert!(found.iter().all(|m| m.style == MarkerStyle::Note));
        let m = &find_markers("sold . Then", &[], &HashSet::new())[0];
        assert_eq!(m.span, 4..5);
        assert!(styles("wait ... then . . . no .5 and 3 .").len() == 1);
    }

    #[test]
    fn protected_spans_hold_no_markers() {
        let text = "run `x[1]` now[2]";
        let found = find_markers(text, std::slice::from_ref(&(4..10)), &HashSet::new());
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].ids, ["2"]);
    }
}
