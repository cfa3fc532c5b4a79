//! Stage 2, structure: text → blocks (paragraphs, headings, list items, table
//! cells) and the article's own reference list.
//!
//! Markdown is parsed with `pulldown-cmark`; plain text by blank-line
//! paragraphs. Each block carries its text with markup removed and an
//! [`OffsetMap`] back to the file, so positions survive every later stage.
//!
//! Rules applied here:
//! - Code blocks, HTML blocks and image alt text hold no prose. Inline code is
//!   kept as text but marked *protected*: no marker or boundary is read in it.
//! - Link text is text; a link is never a marker. The one exception is a
//!   reference-style link whose label is a number (`[4]` with a definition
//!   `[4]: https://…` elsewhere), which is the link-reference way of citing
//!   source 4: its source text is kept verbatim so the citation stage reads it.
//! - A heading named like a reference list (`Sources`, `References`, `Notes`,
//!   `Bibliography`, …) opens a reference section: its numbered entries (`1.`,
//!   `[1]`, `1)`, or ordered list items) become declared sources, not claims,
//!   until the next heading of the same or a higher level.
//! - A line `N Sources` (or `N References`/`N Citations`) declares sources 1..N.
//! - Digest format (plain text): a paragraph that is only numbers (`4`, `1, 3`)
//!   after a paragraph that has no closing punctuation, and before a paragraph
//!   that starts with closing punctuation (`.`, `. However, …`), is the citation
//!   of the sentence it closes. The three paragraphs become one block, with the
//!   numbers written as a bracketed marker (`employees[4]. However, …`) that maps
//!   back to the numbers' place in the file.
//! - Pragmas (`<!-- citeaudit: ignore -->` in Markdown, a line
//!   `citeaudit: ignore` in plain text) are collected, not audited.
//! - Plain text: a paragraph of several short lines none of which ends in
//!   closing punctuation (a footer, a menu, an address) is one block per line;
//!   bullet lines (`- `, `* `, `• `) are list items. In a paragraph holding a
//!   navigation box as a text dump lays it out (`Processes      * Folding`),
//!   each cell of a line set out in columns is a block of its own.

use std::ops::Range;

use pulldown_cmark::{Event, LinkType, Options, Parser, Tag, TagEnd};

pub use crate::read::format::Format;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    Paragraph,
    Heading,
    ListItem,
    TableCell,
    /// An `N Sources` line.
    SourceCount,
    /// An indented code block, kept only until the reference stage has seen
    /// it (a source list indented four spaces is one); never in a
    /// [`Structure`] handed on.
    Code,
}

/// Maps byte offsets in a block's text to byte offsets in the file.
#[derive(Debug, Clone, Default)]
pub struct OffsetMap {
    segments: Vec<Segment>,
}

#[derive(Debug, Clone, Copy)]
struct Segment {
    text_start: usize,
    file_start: usize,
    len: usize,
    /// The text is a verbatim copy of the file there (else every offset in the
    /// segment maps to `file_start`, e.g. for `&amp;` or a digest marker).
    exact: bool,
}

impl OffsetMap {
    /// File offset of text offset `at`.
    pub fn file_offset(&self, at: usize) -> usize {
        let k = self.segments.partition_point(|s| s.text_start <= at);
        let Some(seg) = k.checked_sub(1).map(|k| self.segments[k]) else {
            return self.segments.first().map_or(0, |s| s.file_start);
        };
        if seg.exact {
            seg.file_start + (at - seg.text_start).min(seg.len)
        } else {
            seg.file_start
        }
    }

    /// The map of a block's text from `cut` on, its offsets counted from
    /// `cut` (see [`Block::tail`]).
    fn tail(&self, cut: usize) -> OffsetMap {
        let segments = self
            .segments
            .iter()
            .filter(|s| s.text_start + s.len > cut)
            .map(|s| {
                let skipped = cut.saturating_sub(s.text_start);
                Segment {
                    text_start: s.text_start.saturating_sub(cut),
                    file_start: s.file_start + if s.exact { skipped } else { 0 },
                    len: s.len - skipped,
                    exact: s.exact,
                }
            })
            .collect();
        OffsetMap { segments }
    }
}

/// A run of prose with its markup removed.
#[derive(Debug, Clone)]
pub struct Block {
    pub kind: BlockKind,
    pub text: String,
    pub map: OffsetMap,
    /// Spans of `text` that are code: never markers, never boundaries.
    pub protected: Vec<Range<usize>>,
    /// The block is one line of the file (used to tell titles from prose).
    pub single_line: bool,
    /// A heading's level (1 is the highest; 0 for a plain-text label line
    /// and for blocks that are not headings).
    pub level: u8,
    /// An ordered list item's number as written (`23.` is 23).
    pub list_number: Option<u64>,
    /// The first block after a horizontal rule.
    pub after_rule: bool,
    /// Link destinations, each with the span of its link text in `text`
    /// (empty while the link is open, or when it has no text).
    pub links: Vec<(Range<usize>, String)>,
    /// Inline links whose whole text is a number (`[5](https://…)`): the
    /// span of the number in `text`. They cite source 5 only when the article
    /// declares a numbered source 5 (decided by the citations stage).
    pub numeric_links: Vec<Range<usize>>,
    /// The block is an HTML footnote's text (`<div id="fn3">`,
    /// `<li id="fn:3">`); `list_number` holds the note's number.
    pub note: bool,
    /// A table cell's row, numbered through the document: the cells of one
    /// row share it (a source list may be a table of numbered rows).
    pub table_row: Option<u32>,
    /// The block stands under a heading of sources or of further reading
    /// and is no numbered entry there: an author-date reference, a link
    /// with its description (set by the references stage).
    pub in_reading_list: bool,
    /// The block is a figure's caption: an HTML `<figcaption>`, or
    /// Markdown text set wholly in emphasis right under an image (in the
    /// image's paragraph or the next one).
    pub caption: bool,
    /// The block stands in an element the document marks as its
    /// bibliography: Pandoc's `#refs` div (fenced, `::: {#refs
    /// .references}`, or in HTML, `<div id="refs">`), or an HTML element
    /// of class `references`, `csl-bib-body` or `bibliography`. The
    /// references stage reads it as if under a source-list label.
    pub in_bibliography: bool,
}

impl Block {
    /// The block's text from `cut` (a char boundary) on, as a block of its
    /// own: offsets, links and code spans follow the cut (a label line
    /// that opens the paragraph of its list is cut off this way).
    pub fn tail(&self, cut: usize) -> Block {
        let shift = |r: &Range<usize>| (r.start >= cut).then(|| r.start - cut..r.end - cut);
        Block {
            text: self.text[cut..].to_string(),
            map: self.map.tail(cut),
            protected: self.protected.iter().filter_map(shift).collect(),
            links: self
                .links
                .iter()
                .filter(|(span, _)| span.start >= cut)
                .map(|(span, url)| (span.start - cut..span.end.max(cut) - cut, url.clone()))
                .collect(),
            numeric_links: self.numeric_links.iter().filter_map(shift).collect(),
            single_line: !self.text[cut..].trim().contains('\n'),
            ..self.clone()
        }
    }
}

/// One entry of the article's own source list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReferenceEntry {
    pub id: String,
    pub title: String,
    pub url: String,
    /// Byte offset of the entry in the file.
    pub offset: usize,
}

/// Why a stretch of the file is in no block: nothing of an article's text
/// vanishes without one of these reasons (`citeaudit sentences` lists them).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SkipReason {
    /// A code block (fenced or indented) or an inline code span's fences.
    Code,
    /// HTML that is not prose: comments, scripts, styles.
    Html,
    /// An image (its alt text is not prose).
    Image,
    /// A `citeaudit:` pragma.
    Pragma,
    /// The article's own source list: reference entries, footnote
    /// definitions, link definitions.
    SourceList,
    /// A horizontal rule.
    Rule,
    /// A Markdown file's front matter (`---` … `---` settings at its top).
    FrontMatter,
    /// The `:::` line that opens or closes a fenced div (Pandoc, Quarto:
    /// `::: {.callout-note}`) or an admonition (`:::tip`).
    Fence,
}

impl SkipReason {
    pub const ALL: [SkipReason; 8] = [
        SkipReason::Code,
        SkipReason::Html,
        SkipReason::Image,
        SkipReason::Pragma,
        SkipReason::SourceList,
        SkipReason::Rule,
        SkipReason::FrontMatter,
        SkipReason::Fence,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            SkipReason::Code => "code",
            SkipReason::Html => "html",
            SkipReason::Image => "image",
            SkipReason::Pragma => "pragma",
            SkipReason::SourceList => "source-list",
            SkipReason::Rule => "rule",
            SkipReason::FrontMatter => "front-matter",
            SkipReason::Fence => "fence",
        }
    }
}

/// A stretch of the file that no block holds, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    /// Byte range in the file.
    pub span: Range<usize>,
    pub reason: SkipReason,
}

#[derive(Debug, Clone, Default)]
pub struct Structure {
    /// Stretches of the file left out of the blocks, in file order.
    pub skipped: Vec<Skipped>,
    pub blocks: Vec<Block>,
    pub references: Vec<ReferenceEntry>,
    /// From an `N Sources` line.
    pub source_count: Option<u32>,
    /// `citeaudit:` pragmas, in file order.
    pub pragmas: Vec<Pragma>,
    /// A bulleted list of sources under a source-list label (`Sources:`
    /// then `- https://…` items), numbered 1, 2, 3… by place: the sources
    /// `[1]`, `[2]`… cite when the article declares no numbered ones (the
    /// audit decides, once the citations are read).
    pub bulleted_sources: Vec<ReferenceEntry>,
}

/// An instruction to citeaudit written in the article: in Markdown an HTML
/// comment `<!-- citeaudit: ignore -->`, in plain text a line of its own
/// `citeaudit: ignore`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pragma {
    /// Byte offset in the file.
    pub offset: usize,
    pub action: PragmaAction,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PragmaAction {
    /// `ignore`: the next block; `ignore uncited,verbatim`: only those
    /// statuses and flags in the next block.
    IgnoreNext(Vec<String>),
    /// `off`: ignore everything until `on`.
    Off,
    On,
}

/// Reads `citeaudit: ignore [rules]`, `citeaudit: off`, `citeaudit: on` from
/// a line or the inside of an HTML comment.
pub fn parse_pragma(text: &str) -> Option<PragmaAction> {
    let t = text.trim();
    let t = t
        .strip_prefix("<!--")
        .and_then(|r| r.strip_suffix("-->"))
        .unwrap_or(t)
        .trim();
    let rest = t.strip_prefix("citeaudit:")?.trim();
    let mut words = rest.split_whitespace();
    match words.next()? {
        "off" => Some(PragmaAction::Off),
        "on" => Some(PragmaAction::On),
        "ignore" => {
            let rules: Vec<String> = words
                .flat_map(|w| w.split(','))
                .filter(|w| !w.is_empty())
                .map(str::to_string)
                .collect();
            Some(PragmaAction::IgnoreNext(rules))
        }
        _ => None,
    }
}

/// Splits a document into blocks and reference entries.
pub fn parse(text: &str, format: Format) -> Structure {
    let mut structure = match format {
        Format::Markdown => parse_markdown(text),
        Format::PlainText => parse_plain(text),
        Format::Html => parse_html(text),
    };
    crate::read::references::extract(&mut structure);
    structure.references.sort_by_key(|r| r.offset);
    structure.skipped.sort_by_key(|s| s.span.start);
    structure
}

impl Structure {
    fn skip(&mut self, span: Range<usize>, reason: SkipReason) {
        if !span.is_empty() {
            self.skipped.push(Skipped { span, reason });
        }
    }
}

// ---------------------------------------------------------------- builders

#[derive(Debug)]
struct BlockBuilder {
    kind: BlockKind,
    text: String,
    segments: Vec<Segment>,
    protected: Vec<Range<usize>>,
    links: Vec<(Range<usize>, String)>,
    numeric_links: Vec<Range<usize>>,
    list_number: Option<u64>,
    level: u8,
    after_rule: bool,
    note: bool,
    table_row: Option<u32>,
    caption: bool,
    in_bibliography: bool,
}

impl BlockBuilder {
    fn new(kind: BlockKind) -> Self {
        BlockBuilder {
            kind,
            text: String::new(),
            segments: Vec::new(),
            protected: Vec::new(),
            links: Vec::new(),
            numeric_links: Vec::new(),
            list_number: None,
            level: 0,
            after_rule: false,
            note: false,
            table_row: None,
            caption: false,
            in_bibliography: false,
        }
    }

    fn push(&mut self, piece: &str, file_start: usize, exact: bool) {
        if piece.is_empty() {
            return;
        }
        self.segments.push(Segment {
            text_start: self.text.len(),
            file_start,
            len: piece.len(),
            exact,
        });
        self.text.push_str(piece);
    }

    fn has_text(&self) -> bool {
        !self.text.trim().is_empty()
    }

    fn finish(self, file: &str) -> Option<Block> {
        if !self.has_text() {
            return None;
        }
        let map = OffsetMap {
            segments: self.segments,
        };
        let first = self.text.len() - self.text.trim_start().len();
        let last = self
            .text
            .trim_end()
            .char_indices()
            .next_back()
            .map_or(0, |(i, _)| i);
        let (a, b) = (map.file_offset(first), map.file_offset(last));
        // Bytes, not a `str` slice: an offset mapped from a rewritten piece
        // (an entity, a digest number) need not fall on a char boundary.
        let single_line =
            a <= b && memchr::memchr(b'\n', &file.as_bytes()[a..b.min(file.len())]).is_none();
        let kind = if self.kind == BlockKind::Paragraph && source_count(&self.text).is_some() {
            BlockKind::SourceCount
        } else {
            self.kind
        };
        Some(Block {
            kind,
            text: self.text,
            map,
            protected: self.protected,
            single_line,
            level: self.level,
            list_number: self.list_number,
            after_rule: self.after_rule,
            links: self.links,
            numeric_links: self.numeric_links,
            note: self.note,
            table_row: self.table_row,
            in_reading_list: false,
            caption: self.caption,
            in_bibliography: self.in_bibliography,
        })
    }
}

/// `13 Sources` → 13.
pub fn source_count(line: &str) -> Option<u32> {
    let line = line.trim();
    let (number, word) = line.split_once(char::is_whitespace)?;
    let word = word.trim().to_lowercase();
    let n: u32 = number.parse().ok()?;
    matches!(
        word.as_str(),
        "sources" | "source" | "references" | "citations"
    )
    .then_some(n)
}

// ---------------------------------------------------------------- plain text

/// Paragraphs of plain text: (start, end) byte ranges without the final newline.
fn plain_paragraphs(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut offset: usize = 0;
    for line in text.split_inclusive('\n') {
        let body = line.trim_end_matches('\n');
        if body.trim().is_empty() {
            if let Some(s) = start.take() {
                out.push(s..offset.saturating_sub(1).max(s));
            }
        } else if plain_heading_level(body).is_some() || is_underscore_rule(body) {
            // A heading line stands alone even without blank lines around
            // it, and so does a rule of underscores (the line a word
            // processor's text export sets above its footnotes).
            if let Some(s) = start.take() {
                out.push(s..offset.saturating_sub(1).max(s));
            }
            out.push(offset..offset + body.len());
        } else if start.is_none() {
            start = Some(offset);
        }
        offset += line.len();
    }
    if let Some(s) = start {
        out.push(s..text.trim_end().len().max(s));
    }
    out
}

fn is_bullet_line(line: &str) -> bool {
    let t = line.trim_start();
    ["- ", "* ", "• ", "+ ", "– "]
        .iter()
        .any(|b| t.starts_with(b))
}

/// A row of a navigation box in a text dump: a cell of text, a run of two
/// or more spaces, then a bulleted link (`Processes      * Protein_folding`,
/// `Functional:     * truth_function`; lynx writes `*`, then `o` for a
/// nested list). A bullet that opens the line is a list item and does not
/// count, nor does a `-` or `+` after a gap, which in a dump's formulas is
/// an operator.
fn is_cell_beside_bullet(line: &str) -> bool {
    // Most lines have no gap inside them: no cells to cut.
    let body = line.trim_start();
    if !body.contains("  ") && !body.contains('\t') {
        return false;
    }
    let cells = table_line_cells(line);
    cells.iter().skip(1).any(|(_, cell)| {
        let item = |bullet: &str| {
            cell.strip_prefix(bullet)
                .and_then(|rest| rest.trim_start().chars().next())
                .is_some_and(char::is_alphanumeric)
        };
        let nested = cell
            .strip_prefix("o ")
            .is_some_and(|rest| rest.trim_start().starts_with(char::is_uppercase));
        item("* ") || item("• ") || nested
    })
}

/// The cells of a line laid out as a table: its stretches of text between
/// runs of two or more spaces or a tab, each with its byte offset.
fn table_line_cells(line: &str) -> Vec<(usize, &str)> {
    let mut cells = Vec::new();
    let mut start: Option<usize> = None;
    let mut blanks = 0;
    for (at, c) in line.char_indices() {
        if c == ' ' || c == '\t' {
            blanks += if c == '\t' { 2 } else { 1 };
            continue;
        }
        if blanks >= 2 {
            if let Some(s) = start.take() {
                cells.push((s, line[s..at].trim_end()));
            }
        }
        blanks = 0;
        start.get_or_insert(at);
    }
    if let Some(s) = start {
        cells.push((s, line[s..].trim_end()));
    }
    cells
}

/// Lines that each stand alone: several, each at most [`STACK_LINE_WORDS`]
/// words, none ending in closing punctuation.
fn is_line_stack(para: &str) -> bool {
    let mut lines = para.lines();
    lines.clone().count() > 1
        && lines.all(|l| {
            l.split_whitespace().count() <= STACK_LINE_WORDS && !ends_with_closing_punctuation(l)
        })
}

/// Longest line of a stack of stand-alone lines.
pub const STACK_LINE_WORDS: usize = 10;

/// `4` or `1, 3`: a digest citation paragraph.
fn lone_numbers(p: &str) -> Option<&str> {
    let t = p.trim();
    let ok = !t.is_empty()
        && t.len() <= 40
        && t.starts_with(|c: char| c.is_ascii_digit())
        && t.chars()
            .all(|c| c.is_ascii_digit() || c == ',' || c == ' ')
        && t.split(',').all(|n| {
            let n = n.trim();
            !n.is_empty() && n.len() <= 3
        });
    ok.then_some(t)
}

/// Whether a line ends a sentence: closing punctuation, before quotes,
/// brackets and the short bracketed tags a dump leaves after it
/// (`used.[citation_needed]`, `rose.[12][13]`).
fn ends_with_closing_punctuation(t: &str) -> bool {
    let mut t = t.trim_end();
    while let Some(head) = t.strip_suffix(']') {
        // Only the last 40 bytes are searched: a tag is short, and a long
        // block is not scanned again for each tag.
        let from = (head.len().saturating_sub(40)..=head.len())
            .find(|&k| head.is_char_boundary(k))
            .unwrap_or(head.len());
        match head[from..].rfind('[') {
            Some(open) => t = head[..from + open].trim_end(),
            None => break,
        }
    }
    t.trim_end_matches(['"', '\'', '”', '’', ')', ']'])
        .ends_with(['.', '!', '?', '…', ':', ';'])
}

fn starts_with_closing_punctuation(t: &str) -> bool {
    t.trim_start()
        .starts_with(['.', ',', ';', ':', '!', '?', '…'])
}

fn parse_plain(text: &str) -> Structure {
    let paragraphs = plain_paragraphs(text);
    let mut structure = Structure::default();
    let mut open: Option<BlockBuilder> = None;
    let mut after_rule = false;
    // Rows of navigation-box tables so far (see `is_cell_beside_bullet`).
    let mut plain_rows = 0u32;
    let mut i = 0;
    let flush = |b: Option<BlockBuilder>, s: &mut Structure| {
        if let Some(block) = b.and_then(|b| b.finish(text)) {
            s.blocks.push(block);
        }
    };
    // Ends the block being built and starts one of `kind`.
    let next_block = |current: &mut BlockBuilder, kind: BlockKind, s: &mut Structure| {
        flush(Some(std::mem::replace(current, BlockBuilder::new(kind))), s);
    };
    while i < paragraphs.len() {
        let range = paragraphs[i].clone();
        let para = &text[range.clone()];
        // Digest marker: close the open block with it, and take the
        // punctuation paragraph that follows.
        if let (Some(numbers), Some(block)) = (lone_numbers(para), open.as_mut()) {
            let next = paragraphs.get(i + 1).map(|r| &text[r.clone()]);
            if !ends_with_closing_punctuation(&block.text)
                && next.is_some_and(starts_with_closing_punctuation)
            {
                let at = range.start + (para.len() - para.trim_start().len());
                block.push(&format!("[{numbers}]"), at, false);
                let next_range = paragraphs[i + 1].clone();
                block.push(&text[next_range.clone()], next_range.start, true);
                i += 2;
                // The merged text may itself end open, awaiting another marker.
                continue;
            }
        }
        flush(open.take(), &mut structure);
        if let Some(action) = (!para.contains('\n')).then(|| parse_pragma(para)).flatten() {
            structure.pragmas.push(Pragma {
                offset: range.start,
                action,
            });
            structure.skip(range.clone(), SkipReason::Pragma);
            i += 1;
            continue;
        }
        if is_rule_line(para) {
            structure.skip(range.clone(), SkipReason::Rule);
            after_rule = true;
            i += 1;
            continue;
        }
        // A heading line (a dump's `***** Title *****`, or a reference label
        // such as `Sources` or `参考文献：`) is a block of its own, even when
        // the lines under it follow without a blank line.
        let single = !para.contains('\n');
        if let Some(level) = single.then(|| plain_heading_level(para)).flatten() {
            let mut b = BlockBuilder::new(BlockKind::Heading);
            b.level = level;
            b.after_rule = std::mem::take(&mut after_rule);
            b.push(para, range.start, true);
            flush(Some(b), &mut structure);
            i += 1;
            continue;
        }
        if let Some(n) = single.then(|| source_count(para)).flatten() {
            structure.source_count = Some(n);
        }
        // A paragraph of bullet lines is a list: one block per item. A stack
        // of short unpunctuated lines (a footer, a menu, an address) is one
        // block per line.
        let stacked = is_line_stack(para);
        let longest = para.lines().map(|l| l.chars().count()).max().unwrap_or(0);
        let lines: Vec<&str> = para.split_inclusive('\n').collect();
        let mut offset = range.start;
        let mut current = BlockBuilder::new(BlockKind::Paragraph);
        current.after_rule = std::mem::take(&mut after_rule);
        // A navigation box as a text dump lays it out: a table whose rows
        // set a group's name beside a bulleted list of links (`Processes
        // * Protein_folding`), its cells apart by runs of spaces. Read as
        // prose, the names of one row and the next join into a sentence
        // that is none: in a paragraph holding such a row, each cell of a
        // line of several cells is a block of its own, and so is an
        // indented line under one (the rest of a cell that wraps).
        let navigation_box = para.lines().any(is_cell_beside_bullet);
        let mut after_row = false;
        for (n, &line) in lines.iter().enumerate() {
            let cells = if navigation_box {
                table_line_cells(line.trim_end_matches(['\n', '\r']))
            } else {
                Vec::new()
            };
            // Inside such a box, lynx's `o` bullets a nested list.
            let bulleted =
                is_bullet_line(line) || (navigation_box && line.trim_start().starts_with("o "));
            let wrapped_cell = after_row && line.starts_with([' ', '\t']) && !bulleted;
            after_row = cells.len() > 1 || (wrapped_cell && !cells.is_empty());
            if after_row {
                next_block(&mut current, BlockKind::Paragraph, &mut structure);
                plain_rows += 1;
                for (at, cell) in cells {
                    let bulleted = is_bullet_line(cell) || cell.starts_with("o ");
                    let mut b = BlockBuilder::new(if bulleted {
                        BlockKind::ListItem
                    } else {
                        BlockKind::TableCell
                    });
                    b.table_row = (!bulleted).then_some(plain_rows);
                    b.push(cell, offset + at, true);
                    flush(Some(b), &mut structure);
                }
                offset += line.len();
                continue;
            }
            let alone = lines
                .get(n + 1)
                .is_some_and(|next| stands_alone(line, next, longest));
            let after_alone = n > 0 && stands_alone(lines[n - 1], line, longest);
            if (stacked || after_alone) && current.has_text() {
                next_block(&mut current, BlockKind::Paragraph, &mut structure);
            }
            if bulleted {
                next_block(&mut current, BlockKind::ListItem, &mut structure);
            }
            if alone && current.has_text() {
                next_block(&mut current, BlockKind::Paragraph, &mut structure);
            }
            current.push(line, offset, true);
            offset += line.len();
            // A wiki's maintenance box ends with its `Learn how and when to
            // remove this message` line; a dump sets the section's text
            // right under it, without a blank line.
            if crate::read::claims::is_maintenance_notice(line) {
                next_block(&mut current, BlockKind::Paragraph, &mut structure);
            }
        }
        open = Some(current);
        i += 1;
    }
    flush(open, &mut structure);
    structure
}

/// In a hard-wrapped paragraph, a line that stands alone: short (under
/// [`ALONE_MAX_CHARS`] characters, and well short of the paragraph's longest
/// line, so it is not a wrapped line), without closing punctuation, and
/// followed by a line, no deeper indented, that starts with a capital. A
/// page's byline or menu
/// line above the text (`From the encyclopedia` / `Jump to navigation`) is
/// not part of the first sentence.
fn stands_alone(line: &str, next: &str, longest: usize) -> bool {
    let t = line.trim();
    let len = t.chars().count();
    let indent = |l: &str| l.len() - l.trim_start().len();
    !t.is_empty()
        // a deeper-indented next line continues this one (a list entry)
        && indent(next) <= indent(line)
        && len < ALONE_MAX_CHARS
        && len + 20 < longest
        && !ends_with_closing_punctuation(t)
        && !is_bullet_line(next)
        && next.trim_start().starts_with(char::is_uppercase)
}

/// Longest line that [`stands_alone`].
const ALONE_MAX_CHARS: usize = 50;

/// A line of three or more underscores: a rule even inside a paragraph
/// (`-` and `=` lines may underline a title, so they are rules only on
/// their own).
fn is_underscore_rule(line: &str) -> bool {
    let t = line.trim();
    t.len() >= 3 && t.bytes().all(|b| b == b'_')
}

/// A plain-text line of only `-`, `_` or `*` (three or more): a rule.
fn is_rule_line(para: &str) -> bool {
    let t = para.trim();
    t.len() >= 3
        && [b'-', b'_', b'*', b'=']
            .iter()
            .any(|&c| t.bytes().all(|b| b == c || b == b' '))
}

/// Is this plain-text line a heading, and of which level? Two shapes are:
/// a line wrapped in runs of asterisks (`***** History *****`, as text dumps
/// of wiki pages write them; more asterisks, a higher level), and a line that
/// is only a reference label (`Sources`, `References:`, `参考文献：`), level 0.
fn plain_heading_level(line: &str) -> Option<u8> {
    let t = line.trim();
    let stars = t.bytes().take_while(|&b| b == b'*').count();
    if stars >= 2
        && t.len() > 2 * stars
        && t.ends_with(&t[..stars])
        && !t[stars..t.len() - stars].trim().is_empty()
    {
        return Some(7u8.saturating_sub(stars.min(6) as u8).max(1));
    }
    // A label opens with a capital (or a script without case): a wrapped
    // line that is only the word `sources.` ends a sentence above it.
    let lowercase = t.starts_with(|c: char| c.is_lowercase());
    (!lowercase && crate::read::references::is_label(t)).then_some(0)
}

// ---------------------------------------------------------------- HTML in Markdown

/// HTML elements that start or end a block of text: in HTML sources and in
/// the HTML blocks of a Markdown article alike.
pub(crate) const HTML_BLOCK_ELEMENTS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "aside",
    "main",
    "header",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "blockquote",
    "pre",
    "table",
    "tr",
    "td",
    "th",
    "figcaption",
    "figure",
    "br",
    "hr",
    "dd",
    "dt",
    "title",
];

/// `<a href="…">` (any attributes, an `href` among them): an inline link
/// written in HTML.
fn is_anchor_open(tag: &str) -> bool {
    let lower = tag.trim().to_ascii_lowercase();
    lower.starts_with("<a ") && lower.ends_with('>') && lower.contains("href=")
}

/// A `<sup>` tag as the marker reader knows it: `<sup id="cite-3"
/// class="reference">` is `<sup>` (pages converted to Markdown keep the
/// attributes), `</sup>` is `</sup>`; `None` for any other tag.
fn sup_tag(tag: &str) -> Option<&'static str> {
    let lower = tag.trim().to_ascii_lowercase();
    if lower == "</sup>" {
        return Some("</sup>");
    }
    let rest = lower.strip_prefix("<sup")?;
    (rest == ">" || (rest.ends_with('>') && rest.starts_with(char::is_whitespace)))
        .then_some("<sup>")
}

/// Whether an `<ol>` tag (lowercase) counts its items in letters or roman
/// numerals: `type="a"`, `type="I"`, or a `list-style-type` such as
/// `lower-alpha` or `upper-roman`.
fn lettered_list(tag: &str) -> bool {
    let typed = attribute(tag, "type").is_some_and(|t| matches!(t.trim(), "a" | "i"));
    let styled = attribute(tag, "style").is_some_and(|style| {
        style.contains("list-style")
            && ["alpha", "latin", "roman", "greek"]
                .iter()
                .any(|kind| style.contains(kind))
    });
    typed || styled
}

/// The note number of a footnote element: `id="fn3"`, `id="fn:3"`,
/// `id="fn-3"`, `id="fn_3"` (pandoc, kramdown and most converters),
/// `id="footnote-3"`, `id="endnote-3"`, and Wikipedia's `id="cite_note-3"`
/// or `id="cite_note-Smith-3"` (a named note: its number is the last part).
fn footnote_id(tag: &str) -> Option<u64> {
    let value = tag.split("id=").nth(1)?;
    let quote = value.chars().next().filter(|c| matches!(c, '"' | '\''))?;
    let value = &value[1..];
    let value = &value[..value.find(quote)?];
    let digits = |rest: &str| {
        let rest = rest.trim_start_matches([':', '-', '_']);
        (!rest.is_empty() && rest.len() <= 6 && rest.bytes().all(|b| b.is_ascii_digit()))
            .then(|| rest.parse().ok())
            .flatten()
    };
    if let Some(named) = value.strip_prefix("cite_note-") {
        return digits(named.rsplit('-').next()?);
    }
    ["footnote", "endnote", "fn"]
        .iter()
        .find_map(|prefix| value.strip_prefix(prefix))
        .and_then(digits)
}

/// Where `needle` (lowercase ASCII: an end tag, `-->`) first occurs in
/// `hay`, in any case. No lowercased copy of the rest of the text: a page
/// skips many scripts and styles, and copying what follows each would cost
/// time in the square of the page's length.
fn find_ignoring_ascii_case(hay: &str, needle: &str) -> Option<usize> {
    let (hay, needle) = (hay.as_bytes(), needle.as_bytes());
    let first = *needle.first()?;
    memchr::memchr_iter(first, hay).find(|&at| {
        hay.get(at..at + needle.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(needle))
    })
}

/// A block so far holding only a note's number: `<sup>3</sup>`, `[3]`.
fn holds_only_a_note_number(block: &BlockBuilder) -> bool {
    note_label(&block.text).is_some_and(|(_, rest)| rest.trim().is_empty())
}

/// An HTML tag (lowercase) that opens a document's bibliography:
/// Pandoc's `<div id="refs">`, or an element of class `references`,
/// `csl-bib-body` or `bibliography`.
fn is_bibliography_element(lower: &str) -> bool {
    let id = attribute(lower, "id");
    let class = attribute(lower, "class").unwrap_or_default();
    matches!(id.as_deref(), Some("refs" | "references" | "bibliography"))
        || class
            .split_whitespace()
            .any(|c| matches!(c, "references" | "csl-bib-body" | "bibliography"))
}

/// A block that so far holds an entry's number and nothing else: a note
/// number (`<sup>3</sup>`, `[3]`) or `3.`.
fn holds_only_an_entry_number(block: &BlockBuilder) -> bool {
    let t = block.text.trim();
    holds_only_a_note_number(block)
        || t.strip_suffix('.')
            .is_some_and(|d| (1..=4).contains(&d.len()) && d.bytes().all(|b| b.is_ascii_digit()))
}

/// The note number a text opens with (`<sup>3</sup> Port notice`, `[3]`)
/// and the text after it.
fn note_label(text: &str) -> Option<(u64, &str)> {
    let t = text.trim_start();
    let (inner, rest) = t
        .strip_prefix("<sup>")
        .and_then(|r| r.split_once("</sup>"))
        .or_else(|| t.strip_prefix('[').and_then(|r| r.split_once(']')))?;
    if !(1..=4).contains(&inner.len()) || !inner.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some((inner.parse().ok()?, rest))
}

/// The value of attribute `name` in an HTML tag (`<ol start="3">`,
/// `<a href='…'>`, `<ol start=3>`), entities decoded.
fn attribute(tag: &str, name: &str) -> Option<String> {
    let lower = tag.to_ascii_lowercase();
    let mut from = 0;
    while let Some(p) = lower[from..].find(name) {
        let at = from + p;
        from = at + name.len();
        // A whole attribute name: after a space, followed by `=`.
        let before = lower[..at].chars().next_back();
        let rest = lower[from..].trim_start();
        if !before.is_some_and(char::is_whitespace) || !rest.starts_with('=') {
            continue;
        }
        let value_at = tag.len() - rest.len() + 1;
        let value = tag[value_at..].trim_start();
        let value = match value.chars().next() {
            Some(q @ ('"' | '\'')) => value[1..].split(q).next().unwrap_or(""),
            _ => value
                .split(|c: char| c.is_whitespace() || c == '>')
                .next()
                .unwrap_or(""),
        };
        return Some(decode_entities(value));
    }
    None
}

/// Decodes the common HTML entities (`&amp;`, `&nbsp;`, `&#8217;`, `&#x2019;`).
fn decode_entities(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(p) = rest.find('&') {
        out.push_str(&rest[..p]);
        rest = &rest[p..];
        let end = rest.find(';').filter(|&e| e <= 10);
        let decoded = end.and_then(|e| {
            let name = &rest[1..e];
            let c = match name {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "nbsp" => Some('\u{a0}'),
                _ => {
                    let code =
                        if let Some(hex) = name.strip_prefix("#x").or(name.strip_prefix("#X")) {
                            u32::from_str_radix(hex, 16).ok()
                        } else {
                            name.strip_prefix('#').and_then(|d| d.parse().ok())
                        };
                    code.and_then(char::from_u32).filter(|c| *c != '\0')
                }
            };
            c.map(|c| (c, e))
        });
        match decoded {
            Some((c, e)) => {
                out.push(c);
                rest = &rest[e + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

// ---------------------------------------------------------------- markdown

/// The length of a front-matter block at the very start of a Markdown
/// file: `---` (YAML) or `+++` (TOML) on the first line, settings on the
/// next (`title: …`, `title = …`, `[extra]`), and the closing line (`---`
/// or `...`; `+++`) within [`FRONT_MATTER_LINES`] lines. Site generators
/// keep a post's title, date and tags there; it is not prose. Found by hand
/// rather than by the parser's metadata option, which also reads a pair of
/// `---` rules further down as metadata and would drop the text between.
fn front_matter_len(text: &str) -> Option<usize> {
    let body = text.strip_prefix('\u{feff}').unwrap_or(text);
    let bom = text.len() - body.len();
    let mut lines = body.split_inclusive('\n');
    let first = lines.next()?;
    let fence = first.trim_end();
    let closers: &[&str] = match fence {
        "---" => &["---", "..."],
        "+++" => &["+++"],
        _ => return None,
    };
    let is_setting = |line: &str| {
        let line = line.trim_end();
        let key_end = line.find([':', '=']).unwrap_or(0);
        let key = line[..key_end].trim();
        let table = line.starts_with('[') && line.ends_with(']');
        table
            || (!key.is_empty()
                && key
                    .chars()
                    .all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '.' | '"')))
    };
    let mut len = bom + first.len();
    for (n, line) in lines.take(FRONT_MATTER_LINES).enumerate() {
        if n == 0 && !is_setting(line) {
            return None;
        }
        len += line.len();
        if closers.contains(&line.trim_end()) {
            return Some(len.min(text.len()));
        }
    }
    None
}

/// A Markdown file's front matter (see `front_matter_len`), fences
/// included, if it opens with one.
pub fn front_matter(text: &str) -> Option<&str> {
    front_matter_len(text).map(|len| &text[..len])
}

/// How far down a front matter's closing line is looked for.
const FRONT_MATTER_LINES: usize = 200;

fn parse_markdown(text: &str) -> Structure {
    // Front matter is blanked (its bytes become spaces, its line breaks
    // stay) so that every offset still points into the file.
    let front_matter = front_matter_len(text);
    let blanked: String;
    let text = match front_matter {
        Some(len) => {
            let spaces = text[..len]
                .bytes()
                .map(|b| if b == b'\n' { '\n' } else { ' ' });
            blanked = spaces.chain(text[len..].chars()).collect();
            blanked.as_str()
        }
        None => text,
    };
    // The fences of divs and admonitions are blanked the same way.
    let fences = div_fences(text);
    let bibliography = fenced_bibliography(text, &fences);
    let unfenced: String;
    let text = if fences.is_empty() {
        text
    } else {
        let mut bytes = text.as_bytes().to_vec();
        for fence in &fences {
            bytes[fence.clone()].fill(b' ');
        }
        // Whole lines became spaces: the text is still UTF-8.
        unfenced = String::from_utf8(bytes).unwrap_or_else(|_| text.to_string());
        unfenced.as_str()
    };
    let noted: String;
    let mut inline_notes = Vec::new();
    let text = match pandoc_inline_notes(text) {
        Some((marked, notes)) => {
            noted = marked;
            inline_notes = notes;
            noted.as_str()
        }
        None => text,
    };
    // GFM: a blockquote's alert label (`> [!NOTE]`, `> [!WARNING]`) is a
    // label, not the first words of its text.
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_GFM;
    let parser = Parser::new_ext(text, options);
    let definition_spans: Vec<Range<usize>> = parser
        .reference_definitions()
        .iter()
        .map(|(_, def)| def.span.clone())
        .collect();
    let link_definitions: Vec<ReferenceEntry> = parser
        .reference_definitions()
        .iter()
        .filter(|(label, _)| !label.is_empty() && label.bytes().all(|b| b.is_ascii_digit()))
        .map(|(label, def)| ReferenceEntry {
            id: label.trim_start_matches('0').to_string(),
            title: def.title.as_deref().unwrap_or("").to_string(),
            url: def.dest.to_string(),
            offset: def.span.start,
        })
        .collect();

    let mut md = MarkdownWalker::new(text);
    md.fenced_bibliography = bibliography;
    for (event, range) in parser.into_offset_iter() {
        md.event(event, range);
    }
    md.flush();
    // A numeric definition that only `[text][n]` links use is a link target,
    // not a declared source.
    let link_only = std::mem::take(&mut md.link_only_ids);
    let mut structure = md.structure;
    for span in definition_spans {
        structure.skip(span, SkipReason::SourceList);
    }
    if let Some(len) = front_matter {
        structure.skip(0..len, SkipReason::FrontMatter);
    }
    for fence in fences {
        structure.skip(fence, SkipReason::Fence);
    }
    structure.references.extend(
        link_definitions
            .into_iter()
            .filter(|d| !link_only.contains(&d.id)),
    );
    structure.references.extend(inline_notes);
    structure
}

/// Pandoc's inline notes (`… a week.^[Port Authority, ridership report,
/// 2031.]`): a footnote written where it is cited. Each is a declared
/// source, `inline-1`, `inline-2`… in the order written, titled by its
/// text; the note becomes its marker, `[^inline-1]`, padded with spaces to
/// the note's length (line breaks kept) so that every offset still points
/// into the file. The text and the notes, or `None` when there are none.
///
/// A note holds a space and a letter (`^[1]` is a raised marker, read by
/// the citation stage, and `x^[2]` mathematics) and no `@` (a note that
/// holds a Pandoc citation, `^[See @doe99.]`, is read for the citation);
/// its brackets may nest (`^[See [the minutes](https://…).]`) but not span
/// a blank line. One in an inline code span, or after a backslash, is
/// text; so is one shorter than its marker.
fn pandoc_inline_notes(text: &str) -> Option<(String, Vec<ReferenceEntry>)> {
    let finder = memchr::memmem::Finder::new(b"^[");
    let bytes = text.as_bytes();
    let mut marked: Option<Vec<u8>> = None;
    let mut notes = Vec::new();
    let mut from = 0;
    while let Some(found) = finder.find(&bytes[from..]) {
        let start = from + found;
        from = start + 2;
        let line_start = bytes[..start]
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1);
        let in_code = bytes[line_start..start]
            .iter()
            .filter(|&&b| b == b'`')
            .count()
            % 2
            == 1;
        if in_code || bytes[..start].ends_with(b"\\") {
            continue;
        }
        let Some(len) = bracketed_len(&text[start + 1..]) else {
            continue;
        };
        let end = start + 1 + len;
        let note = &text[start + 2..end - 1];
        let id = format!("inline-{}", notes.len() + 1);
        let marker = format!("[^{id}]");
        let is_note = note.contains(char::is_whitespace)
            && note.contains(char::is_alphabetic)
            && !note.contains('@')
            && marker.len() <= end - start;
        if !is_note {
            continue;
        }
        let out = marked.get_or_insert_with(|| bytes.to_vec());
        for (k, b) in out[start..end].iter_mut().enumerate() {
            *b = match marker.as_bytes().get(k) {
                Some(&m) => m,
                None if bytes[start + k] == b'\n' => b'\n',
                None => b' ',
            };
        }
        let (title, url) = inline_note_title(note);
        notes.push(ReferenceEntry {
            id,
            title,
            url,
            offset: start,
        });
        from = end;
    }
    let marked = String::from_utf8(marked?).ok()?;
    Some((marked, notes))
}

/// Longest inline note read: a note is a reference, not a page, and an
/// unclosed `^[` is not followed to the end of a long paragraph.
const INLINE_NOTE_MAX_BYTES: usize = 2000;

/// The length of the bracketed text that `text` opens with (`[…]`, with
/// brackets nested inside), if it closes before a blank line and within
/// [`INLINE_NOTE_MAX_BYTES`].
fn bracketed_len(text: &str) -> Option<usize> {
    let mut depth = 0usize;
    let mut newline = false;
    for (i, c) in text.char_indices() {
        if i > INLINE_NOTE_MAX_BYTES {
            return None;
        }
        match c {
            '[' => depth += 1,
            ']' => {
                depth -= 1;
                if depth == 0 {
                    return Some(i + 1);
                }
            }
            '\n' if newline => return None,
            _ => {}
        }
        newline = c == '\n' || (newline && c.is_whitespace());
    }
    None
}

/// An inline note's title and URL: its links read as their text, the
/// first link's address (or a written-out one) as the URL.
fn inline_note_title(note: &str) -> (String, String) {
    let mut plain = String::with_capacity(note.len());
    let mut urls = Vec::new();
    let mut rest = note;
    while let Some(open) = rest.find("](") {
        let Some(close) = rest[open..].find(')') else {
            break;
        };
        plain.push_str(&rest[..open].replace('[', ""));
        urls.push(rest[open + 2..open + close].trim().to_string());
        rest = &rest[open + close + 1..];
    }
    plain.push_str(rest);
    let plain = plain.split_whitespace().collect::<Vec<_>>().join(" ");
    crate::read::references::title_and_url(&plain, &urls)
}

/// The lines (without their line break) that fence a Pandoc or Quarto div
/// (`::: {.callout-note}`, `::::: {#fig-map}`, a closing `:::`) or a
/// Docusaurus admonition (`:::tip`, `:::note Read first`): at least three
/// colons, then nothing, attributes in braces, or a class and a short
/// title. Structure, not text: `::: {.callout-note} Figures exclude crew.`
/// was read as one sentence.
fn div_fences(text: &str) -> Vec<Range<usize>> {
    if memchr::memmem::find(text.as_bytes(), b":::").is_none() {
        return Vec::new();
    }
    let mut fences = Vec::new();
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let body = line.trim_end_matches(['\n', '\r']);
        if is_div_fence(body) {
            fences.push(at..at + body.len());
        }
        at += line.len();
    }
    fences
}

/// The stretches of `text` inside a fenced div marked as the bibliography
/// (`::: {#refs .references .csl-bib-body}`, as Pandoc writes it; also
/// `.bibliography`), from its opening fence to its closing one. A fence
/// with something after its colons opens a div; a bare one closes the
/// innermost.
fn fenced_bibliography(text: &str, fences: &[Range<usize>]) -> Vec<Range<usize>> {
    let mut open: Vec<(bool, usize)> = Vec::new();
    let mut spans = Vec::new();
    for fence in fences {
        let attributes = text[fence.clone()].trim().trim_start_matches(':').trim();
        if attributes.is_empty() {
            if let Some((true, start)) = open.pop() {
                spans.push(start..fence.start);
            }
        } else {
            let marked = attributes
                .trim_start_matches('{')
                .trim_end_matches('}')
                .split_whitespace()
                .any(|a| {
                    matches!(
                        a,
                        "#refs" | ".references" | ".csl-bib-body" | ".bibliography"
                    )
                });
            open.push((marked, fence.end));
        }
    }
    spans
}

fn is_div_fence(line: &str) -> bool {
    let t = line.trim_start_matches(' ');
    if line.len() - t.len() > 3 {
        return false;
    }
    let rest = t.trim_start_matches(':');
    if t.len() - rest.len() < 3 {
        return false;
    }
    let rest = rest.trim();
    let mut words = rest.split_whitespace();
    rest.is_empty()
        || (rest.starts_with('{') && rest.ends_with('}'))
        || (words.next().is_some_and(|class| {
            class
                .chars()
                .all(|c| c.is_alphanumeric() || matches!(c, '-' | '_'))
        }) && words.count() <= 6)
}

/// `https://www.google.com/url?q=https://example.org/page&sa=D` →
/// `https://example.org/page`: the page a search engine's redirect link
/// leads to (a document exported from Google Docs wraps every link so),
/// which is the source's own address. Any other URL is kept as written.
fn without_redirect(url: String) -> String {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
        .unwrap_or_default();
    let Some(query) = ["www.google.com/url?", "google.com/url?"]
        .iter()
        .find_map(|p| rest.strip_prefix(p))
    else {
        return url;
    };
    let target = query
        .split('&')
        .find_map(|pair| {
            pair.strip_prefix("q=")
                .or_else(|| pair.strip_prefix("url="))
        })
        .map(percent_decoded)
        .filter(|t| t.starts_with("http://") || t.starts_with("https://"));
    target.unwrap_or(url)
}

/// `a%20b%2Fc` → `a b/c` (bytes that are not UTF-8 are replaced).
fn percent_decoded(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match (
            bytes[i],
            bytes.get(i + 1).copied().and_then(hex),
            bytes.get(i + 2).copied().and_then(hex),
        ) {
            (b'%', Some(hi), Some(lo)) => {
                out.push((hi * 16 + lo) as u8);
                i += 3;
            }
            (b, _, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The length of the Pandoc attributes that open `text` (`{width="5in"
/// height="3in"}`, `{.wide #map}`): braces holding `key=value` pairs, a
/// `.class` or an `#id`, on one line.
fn pandoc_attributes_len(text: &str) -> Option<usize> {
    let inner = text.strip_prefix('{')?;
    let close = crate::read::citations::head(inner, 300).find('}')?;
    let inner = inner[..close].trim();
    let attributes =
        !inner.contains('\n') && (inner.contains('=') || inner.starts_with(['.', '#']));
    attributes.then_some(close + 2)
}

/// An HTML page: read as a Markdown file that is one HTML block is (see
/// `MarkdownWalker::html_text`), with the page's own structure kept as
/// Markdown's would be: `<h1>`–`<h6>` are headings, `<ol>` items carry
/// their numbers (from `start`), `<td>`/`<th>` are table cells, `<hr>` a
/// rule, `<a href>` a link; `<pre>` is code and `<nav>` a menu, not prose.
fn parse_html(text: &str) -> Structure {
    let mut walker = MarkdownWalker::new(text);
    walker.html_page = true;
    walker.html_text(text, 0);
    walker.flush();
    if let Some((_, from)) = walker.html_skip.take() {
        // An element left open to the end (`<script>` without its end tag).
        walker.structure.skip(from..text.len(), SkipReason::Html);
    }
    walker.structure
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Container {
    Item,
    TableCell,
    Heading(u8),
}

struct MarkdownWalker<'a> {
    text: &'a str,
    structure: Structure,
    current: Option<BlockBuilder>,
    containers: Vec<Container>,
    /// Next number of each open list (None for bullet lists).
    list_numbers: Vec<Option<u64>>,
    /// Inside an image or a raw-copied reference link: ignore inner events.
    skip_depth: usize,
    code_block: bool,
    /// An open indented code block's text (kept for the reference stage).
    indented_code: Option<BlockBuilder>,
    /// A horizontal rule came since the last block.
    after_rule: bool,
    /// The previous event closed an emphasis or strong span.
    after_emphasis: bool,
    /// Inside an HTML block (its text is read as prose, see `html_text`).
    html_block: bool,
    /// Inside an HTML element whose text is not prose (`<script>`, …): the
    /// end tag (or `-->`) that ends it, and where it started in the file.
    html_skip: Option<(String, usize)>,
    /// An HTML footnote opened (`id="fn3"`): the next block is note 3.
    html_note: Option<u64>,
    /// Numeric link labels used by `[text][n]` links (not citations).
    link_only_ids: Vec<String>,
    /// An open footnote definition: its label, where it starts, its text.
    footnote: Option<(String, usize, BlockBuilder)>,
    /// Table rows (and header rows) begun so far.
    table_rows: u32,
    /// Where the text of an open inline `<a href=…>` starts in the block.
    html_anchor: Option<usize>,
    /// The whole file is an HTML page ([`parse_html`]): its tags give the
    /// structure that Markdown syntax gives a Markdown file.
    html_page: bool,
    /// An open `<pre>` of an HTML page, and where it starts in the file.
    html_pre: Option<usize>,
    /// The element just opened is a footnote of an HTML page whose id is a
    /// name: the block is that note if it opens with a superscript number.
    html_note_by_label: bool,
    /// Where the text of an open inline `<code>` of an HTML page starts in
    /// the block.
    html_code: Option<usize>,
    /// Inside an HTML `<figcaption>`: its blocks are captions.
    html_figcaption: bool,
    /// An HTML list open in a Markdown file's HTML blocks (`<ol>` … `<li>`
    /// under `## Sources`): how many containers and list numbers were open
    /// before it, which the list's tags may not pop and which the next
    /// Markdown container restores ([`Self::close_html_lists`]).
    html_lists: Option<(usize, usize)>,
    /// Inside an HTML element marked as the bibliography
    /// ([`Block::in_bibliography`]): how many `<div>`s and `<section>`s
    /// are open in it.
    html_bibliography: Option<usize>,
    /// The stretches of the file inside a fenced div marked as the
    /// bibliography (`::: {#refs}` to its closing `:::`).
    fenced_bibliography: Vec<Range<usize>>,
    /// Open emphasis and strong spans (Markdown).
    emphasis_depth: usize,
    /// The open block's text began with an image (Markdown).
    image_first: bool,
    /// The open block has text outside emphasis.
    plain_text: bool,
    /// The last block was an image and nothing else.
    after_lone_image: bool,
    /// Where the image just read ends in the file (Markdown).
    image_end: Option<usize>,
}

impl<'a> MarkdownWalker<'a> {
    fn new(text: &'a str) -> Self {
        MarkdownWalker {
            text,
            structure: Structure::default(),
            current: None,
            containers: Vec::new(),
            list_numbers: Vec::new(),
            skip_depth: 0,
            code_block: false,
            indented_code: None,
            after_rule: false,
            after_emphasis: false,
            html_block: false,
            html_skip: None,
            html_note: None,
            link_only_ids: Vec::new(),
            footnote: None,
            table_rows: 0,
            html_anchor: None,
            html_page: false,
            html_pre: None,
            html_note_by_label: false,
            html_code: None,
            html_figcaption: false,
            html_lists: None,
            html_bibliography: None,
            fenced_bibliography: Vec::new(),
            emphasis_depth: 0,
            image_first: false,
            plain_text: false,
            after_lone_image: false,
            image_end: None,
        }
    }

    fn kind_here(&self) -> BlockKind {
        match self.containers.last() {
            Some(Container::Heading(_)) => BlockKind::Heading,
            Some(Container::TableCell) => BlockKind::TableCell,
            Some(Container::Item) => BlockKind::ListItem,
            None => BlockKind::Paragraph,
        }
    }

    fn builder(&mut self) -> &mut BlockBuilder {
        let kind = self.kind_here();
        let number = match self.containers.last() {
            Some(Container::Item) => self.list_numbers.last().copied().flatten(),
            _ => None,
        };
        let level = match self.containers.last() {
            Some(Container::Heading(level)) => *level,
            _ => 0,
        };
        let table_row = (kind == BlockKind::TableCell).then_some(self.table_rows);
        let after_rule = &mut self.after_rule;
        let figcaption = self.html_figcaption;
        let in_bibliography = self.html_bibliography.is_some();
        let note = &mut self.html_note;
        match &mut self.footnote {
            Some((_, _, footnote)) => footnote,
            None => self.current.get_or_insert_with(|| {
                let mut b = BlockBuilder::new(kind);
                b.list_number = number.map(|n| n.saturating_sub(1));
                b.level = level;
                b.after_rule = std::mem::take(after_rule);
                b.table_row = table_row;
                b.caption = figcaption;
                b.in_bibliography = in_bibliography;
                if let Some(n) = note.take() {
                    b.note = true;
                    b.list_number = Some(n);
                }
                b
            }),
        }
    }

    fn flush(&mut self) {
        self.html_anchor = None;
        self.html_code = None;
        let image_first = std::mem::take(&mut self.image_first);
        let plain_text = std::mem::take(&mut self.plain_text);
        let has_text = self.current.as_ref().is_some_and(BlockBuilder::has_text);
        if !has_text {
            // A paragraph that only shows an image: the next may caption it.
            self.after_lone_image |= image_first;
        }
        let Some(mut builder) = self.current.take() else {
            return;
        };
        // Emphasised text under an image (`![Quay](quay.jpg)` then
        // `*The quay in 1890.*`) is the image's caption, as a writer sets
        // one in Markdown; plain text there is prose.
        if has_text {
            let under_image = image_first || std::mem::take(&mut self.after_lone_image);
            builder.caption |= under_image && !plain_text && self.footnote.is_none();
        }
        if let Some(first) = builder.segments.first() {
            let at = first.file_start;
            builder.in_bibliography |= self.fenced_bibliography.iter().any(|s| s.contains(&at));
        }
        if std::mem::take(&mut self.html_note_by_label) && !builder.note {
            if let Some((n, _)) = note_label(&builder.text) {
                builder.note = true;
                builder.list_number = Some(n);
            }
        }
        if let Some(block) = builder.finish(self.text) {
            if block.kind == BlockKind::SourceCount {
                self.structure.source_count = source_count(&block.text);
            }
            self.structure.blocks.push(block);
        }
    }

    fn event(&mut self, event: Event<'_>, range: Range<usize>) {
        // Converters write `*word* .` (a space between emphasis and the
        // period): that space is layout, not the ` .` of a lost marker.
        let after_emphasis = std::mem::replace(
            &mut self.after_emphasis,
            matches!(event, Event::End(TagEnd::Emphasis | TagEnd::Strong)),
        );
        if self.skip_depth > 0 {
            match event {
                Event::Start(Tag::Image { .. } | Tag::Link { .. }) => self.skip_depth += 1,
                Event::End(TagEnd::Image | TagEnd::Link) => self.skip_depth -= 1,
                _ => {}
            }
            return;
        }
        // `![Quay](quay.jpg){width="5in"}`: Pandoc's attributes of the
        // image are part of it, not text.
        let attributes = match (&event, self.image_end.take()) {
            (Event::Text(t), Some(end)) if end == range.start => pandoc_attributes_len(t),
            _ => None,
        };
        let (event, range) = match (event, attributes) {
            (Event::Text(t), Some(len)) => {
                self.structure
                    .skip(range.start..range.start + len, SkipReason::Image);
                if len == t.len() {
                    return;
                }
                (
                    Event::Text(t[len..].to_string().into()),
                    range.start + len..range.end,
                )
            }
            (event, _) => (event, range),
        };
        match &event {
            Event::Start(Tag::Emphasis | Tag::Strong) => self.emphasis_depth += 1,
            Event::End(TagEnd::Emphasis | TagEnd::Strong) => {
                self.emphasis_depth = self.emphasis_depth.saturating_sub(1)
            }
            Event::Start(Tag::Image { .. }) => {
                self.image_first |= !self.current.as_ref().is_some_and(BlockBuilder::has_text)
            }
            Event::Text(t) if self.emphasis_depth == 0 && !t.trim().is_empty() => {
                self.plain_text = true
            }
            _ => {}
        }
        match event {
            Event::Start(tag) => self.start(tag, range),
            Event::End(tag) => self.end(tag, range.end),
            Event::Text(t) if self.indented_code.is_some() => {
                if let Some(code) = self.indented_code.as_mut() {
                    let exact = t.len() == range.len() && self.text[range.clone()] == *t;
                    code.push(&t, range.start, exact);
                }
            }
            Event::Text(t) if !self.code_block => {
                let exact = t.len() == range.len() && self.text[range.clone()] == *t;
                let spaced_stop = after_emphasis && (t.starts_with(" .") || t.starts_with(" ,"));
                if spaced_stop && exact {
                    self.builder().push(&t[1..], range.start + 1, true);
                } else {
                    self.builder().push(&t, range.start, exact);
                }
            }
            Event::Code(code) => {
                let raw = &self.text[range.clone()];
                let at = raw.find(&*code).map_or(range.start, |p| range.start + p);
                let b = self.builder();
                let from = b.text.len();
                b.push(&code, at, true);
                let to = b.text.len();
                b.protected.push(from..to);
            }
            Event::Html(html) | Event::InlineHtml(html) if parse_pragma(&html).is_some() => {
                if let Some(action) = parse_pragma(&html) {
                    self.structure.pragmas.push(Pragma {
                        offset: range.start,
                        action,
                    });
                }
                self.structure.skip(range, SkipReason::Pragma);
            }
            Event::Html(html) if self.html_block => self.html_text(&html, range.start),
            Event::InlineHtml(html) => {
                if let Some(tag) = sup_tag(&html) {
                    self.push_sup(tag, &html, range.start);
                } else if is_anchor_open(&html) {
                    self.open_html_anchor();
                } else if html.trim().eq_ignore_ascii_case("</a>") {
                    self.close_html_anchor();
                }
            }
            Event::FootnoteReference(_) => {
                let raw = &self.text[range.clone()];
                self.builder().push(raw, range.start, true);
            }
            Event::SoftBreak => self.builder().push("\n", range.start, true),
            Event::HardBreak => self.builder().push("\n", range.start, false),
            Event::Rule => {
                self.flush();
                self.structure.skip(range, SkipReason::Rule);
                self.after_rule = true;
            }
            _ => {}
        }
    }

    /// Reads one line of an HTML block as prose: the text between tags is
    /// pushed at its place in the file; `<sup>` tags are kept (they carry
    /// markers); `<a href>` gives a link; `<ol>`/`<ul>` items are list items
    /// with their numbers ([`Self::markdown_html_list_tag`]); other
    /// block-level tags (`<p>`, `<td>`, `<div>`, …) end the current block;
    /// `<script>`, `<style>`, `<head>`, `<svg>` and comments are skipped;
    /// an element with a footnote id (`id="fn3"`, `id="fn:3"`) opens note
    /// 3. Prose in HTML blocks (callout boxes, tables) cites like any other
    /// prose.
    fn html_text(&mut self, html: &str, at: usize) {
        let mut i = 0;
        while i < html.len() {
            if let Some((end, from)) = self.html_skip.clone() {
                match find_ignoring_ascii_case(&html[i..], &end) {
                    Some(p) => {
                        i += p + end.len();
                        // An end tag (`</style>`) goes on to its `>`; a
                        // comment's `-->` is whole.
                        if !end.ends_with('>') {
                            i += html[i..].find('>').map_or(html.len() - i, |g| g + 1);
                        }
                        self.html_skip = None;
                        self.structure.skip(from..at + i, SkipReason::Html);
                    }
                    None => return,
                }
                continue;
            }
            let Some(p) = html[i..].find('<') else {
                self.html_piece(&html[i..], at + i);
                return;
            };
            self.html_piece(&html[i..i + p], at + i);
            i += p;
            if html[i..].starts_with("<!--") {
                self.html_skip = Some(("-->".to_string(), at + i));
                continue;
            }
            let Some(close) = html[i..].find('>') else {
                return;
            };
            let tag = &html[i..=i + close];
            let lower = tag.to_ascii_lowercase();
            let name: String = lower
                .trim_start_matches(['<', '/'])
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric())
                .collect();
            if self.html_page && self.page_tag(&name, &lower, at + i..at + i + close + 1) {
                // Structure of the page: done.
            } else if !self.html_page && self.markdown_html_list_tag(&name, &lower) {
                // A list written in HTML in a Markdown file: done.
            } else if let Some(n) = (self.html_page && name == "a")
                .then(|| footnote_id(&lower))
                .flatten()
            {
                // `<a id="footnote-1" class="footnote-number">1</a>` before a
                // note's text (as newsletter platforms write notes): the
                // next block is note 1; the anchor's number is its label.
                self.flush();
                self.html_note = Some(n);
                if !lower.ends_with("/>") {
                    self.html_skip = Some(("</a".to_string(), at + i));
                }
            } else if let Some(sup) = sup_tag(tag) {
                self.push_sup(sup, tag, at + i);
            } else if is_anchor_open(tag) {
                self.open_html_anchor();
                if let Some(url) = attribute(tag, "href") {
                    let b = self.builder();
                    let at = b.text.len();
                    b.links.push((at..at, without_redirect(url)));
                }
            } else if lower == "</a>" {
                self.close_html_anchor();
            } else if matches!(
                name.as_str(),
                "script" | "style" | "head" | "svg" | "noscript" | "template"
            ) && !lower.starts_with("</")
                && !lower.ends_with("/>")
            {
                self.html_skip = Some((format!("</{name}"), at + i));
            } else if HTML_BLOCK_ELEMENTS.contains(&name.as_str()) {
                // An entry's number in a box of its own, then its text in
                // the next (`<div class="csl-left-margin">1. </div><div
                // class="csl-right-inline">Smith …`, as Pandoc writes a
                // numbered bibliography): one block, the number opening it.
                let number_box = matches!(name.as_str(), "div" | "p")
                    && self
                        .current
                        .as_ref()
                        .is_some_and(holds_only_an_entry_number);
                if number_box {
                    self.builder().push(" ", at + i, false);
                } else {
                    self.flush();
                }
                if matches!(name.as_str(), "div" | "section") {
                    self.html_bibliography = match (self.html_bibliography, lower.starts_with("</"))
                    {
                        (Some(0), true) => None,
                        (Some(depth), true) => Some(depth - 1),
                        (Some(depth), false) => Some(depth + 1),
                        (None, false) if is_bibliography_element(&lower) => Some(0),
                        (None, _) => None,
                    };
                }
                if name == "figcaption" {
                    self.html_figcaption = !lower.starts_with("</");
                }
                if let Some(n) = footnote_id(&lower) {
                    self.html_note = Some(n);
                } else if self.html_page && !lower.starts_with("</") {
                    // `<div class="footnote-definition" id="name">`: a note
                    // named, not numbered; the number it shows opens it.
                    self.html_note_by_label =
                        attribute(&lower, "class").is_some_and(|class| class.contains("footnote"));
                }
            }
            i += close + 1;
        }
    }

    /// `<ol>`, `<ul>` or `<li>` in a Markdown file's HTML blocks, handled as
    /// an HTML page's are ([`Self::page_tag`]): a list's items are list
    /// items carrying their numbers, so a source list written in HTML under
    /// `## References` is read as one. The tags only pop what they opened:
    /// a stray `</ol>` or an `<li>` outside an HTML list is left to the
    /// other block tags (`false`).
    fn markdown_html_list_tag(&mut self, name: &str, lower: &str) -> bool {
        let closing = lower.starts_with("</");
        let open_item = |w: &Self, base: (usize, usize)| {
            w.containers.len() > base.0 && w.containers.last() == Some(&Container::Item)
        };
        match (name, self.html_lists) {
            ("ol" | "ul", _) if !closing => {
                self.flush();
                if self.html_lists.is_none() {
                    self.html_lists = Some((self.containers.len(), self.list_numbers.len()));
                }
                self.open_html_list(name, lower);
            }
            ("ol" | "ul", Some(base)) => {
                self.flush();
                if open_item(self, base) {
                    self.containers.pop();
                }
                self.list_numbers.pop();
                if self.list_numbers.len() <= base.1 {
                    self.html_lists = None;
                }
            }
            ("li", Some(base)) => {
                self.flush();
                if open_item(self, base) {
                    self.containers.pop();
                }
                if !closing {
                    self.open_html_item(lower);
                }
            }
            _ => return false,
        }
        true
    }

    /// An HTML `<ol>` or `<ul>` (`name`; `lower`, its tag lowercased)
    /// opens: its items' next number, from `start`. A list counted in
    /// letters or roman numerals (a wiki page's explanatory notes, `a.`,
    /// `b.`) numbers no source.
    fn open_html_list(&mut self, name: &str, lower: &str) {
        let start = attribute(lower, "start").and_then(|s| s.trim().parse().ok());
        let numbered = name == "ol" && !lettered_list(lower);
        self.list_numbers
            .push(numbered.then_some(start.unwrap_or(1)));
    }

    /// An HTML `<li>` opens: a list item with the list's next number; an
    /// item with a footnote id (`<li id="fn3">`) is that note.
    fn open_html_item(&mut self, lower: &str) {
        if let Some(Some(n)) = self.list_numbers.last_mut() {
            *n += 1;
        }
        self.containers.push(Container::Item);
        if let Some(n) = footnote_id(lower) {
            self.html_note = Some(n);
        }
    }

    /// A Markdown container opens or closes: an HTML list left open in the
    /// blocks before it (no `</ol>`) ends here, so that Markdown's own
    /// headings, items and lists pop what they pushed.
    fn close_html_lists(&mut self) {
        if let Some((containers, list_numbers)) = self.html_lists.take() {
            self.flush();
            self.containers.truncate(containers);
            self.list_numbers.truncate(list_numbers);
        }
    }

    /// A tag of an HTML page that carries the page's structure (see
    /// [`parse_html`]), handled; `false` for any other tag. `span` is the
    /// tag's place in the file.
    fn page_tag(&mut self, name: &str, lower: &str, span: Range<usize>) -> bool {
        let closing = lower.starts_with("</");
        let top = self.containers.last().copied();
        match name {
            // Inside `<pre>`, tags are text styling, never structure.
            _ if self.html_pre.is_some() && name != "pre" => {}
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                self.flush();
                if closing {
                    if matches!(top, Some(Container::Heading(_))) {
                        self.containers.pop();
                    }
                } else {
                    let level = name[1..].parse().unwrap_or(1);
                    self.containers.push(Container::Heading(level));
                }
            }
            "ol" | "ul" => {
                self.flush();
                if matches!(top, Some(Container::Item)) && closing {
                    // `</ol>` closes an item left open (`</li>` is optional).
                    self.containers.pop();
                }
                if closing {
                    self.list_numbers.pop();
                } else {
                    self.open_html_list(name, lower);
                }
            }
            "li" => {
                self.flush();
                if matches!(top, Some(Container::Item)) {
                    self.containers.pop();
                }
                if !closing {
                    self.open_html_item(lower);
                }
            }
            "td" | "th" => {
                self.flush();
                if matches!(top, Some(Container::TableCell)) {
                    self.containers.pop();
                }
                if !closing {
                    self.containers.push(Container::TableCell);
                }
            }
            "tr" if !closing => {
                self.flush();
                self.table_rows += 1;
            }
            "hr" => {
                self.flush();
                self.structure.skip(span, SkipReason::Rule);
                self.after_rule = true;
            }
            // Preformatted text is code, kept as an indented Markdown code
            // block is: a source list may be one (`<pre>[1] … [2] …</pre>`).
            "pre" if !closing => {
                self.flush();
                let mut code = BlockBuilder::new(BlockKind::Code);
                code.after_rule = std::mem::take(&mut self.after_rule);
                self.current = Some(code);
                self.html_pre = Some(span.start);
            }
            "pre" => {
                self.flush();
                if let Some(start) = self.html_pre.take() {
                    self.structure.skip(start..span.end, SkipReason::Code);
                }
            }
            // Inline code is text, but no marker or boundary is read in it.
            "code" if !closing => {
                let b = self.builder();
                self.html_code = Some(b.text.len());
            }
            "code" => {
                if let Some(from) = self.html_code.take() {
                    let b = self.builder();
                    let to = b.text.len();
                    if from < to {
                        b.protected.push(from..to);
                    }
                }
            }
            "nav" if !closing && !lower.ends_with("/>") => {
                self.flush();
                self.html_skip = Some((format!("</{name}"), span.start));
            }
            // A note's number in a block of its own, then its text in a
            // paragraph (`<div id="n3"><sup>3</sup><p>Port notice…`, as
            // Markdown converters write footnotes): one block, `3` opening
            // it. Handled here, not as `html_text` keeps a boxed number,
            // so that the `<p>` does not end the note `html_note_by_label`
            // waits for.
            "p" if !closing && self.current.as_ref().is_some_and(holds_only_a_note_number) => {}
            _ => return false,
        }
        true
    }

    /// An HTML `<a href=…>` opens: its text starts here. Inside `<sup>` the
    /// superscript reads the number, so nothing is noted.
    fn open_html_anchor(&mut self) {
        let b = self.builder();
        self.html_anchor = (!b.text.ends_with("<sup>")).then_some(b.text.len());
    }

    /// `</a>`: a number the anchor held is a numeric link (a `[1]` in it is
    /// read as a bracket already).
    fn close_html_anchor(&mut self) {
        self.close_link();
        if let Some(start) = self.html_anchor.take() {
            self.numeric_link_since(start, false);
        }
    }

    /// The link being closed ends its text here; its text's start.
    fn close_link(&mut self) -> Option<usize> {
        let b = self.builder();
        let end = b.text.len();
        let (span, _) = b.links.last_mut()?;
        if span.start == span.end {
            span.end = end;
        }
        Some(span.start)
    }

    /// A link whose whole text, from `start` in the block, is a number
    /// (`[5](url)`, `<a href="#fn5">5</a>`) or a bracketed number list
    /// (`[\[12\]](#ref-12)`): a candidate marker, which cites only if the
    /// article declares it. The span is protected so that no other rule
    /// reads it. `with_brackets`: a bracketed list counts too.
    fn numeric_link_since(&mut self, start: usize, with_brackets: bool) {
        let b = self.builder();
        let Some(inner) = b.text.get(start..) else {
            return;
        };
        let bare = (1..=3).contains(&inner.len()) && inner.bytes().all(|c| c.is_ascii_digit());
        let bracketed = with_brackets
            && inner.len() >= 3
            && inner.starts_with('[')
            && inner.ends_with(']')
            && inner[1..inner.len() - 1]
                .bytes()
                .all(|c| c.is_ascii_digit() || b", -;".contains(&c));
        if bare || bracketed {
            let span = start..b.text.len();
            b.numeric_links.push(span.clone());
            b.protected.push(span);
        }
    }

    /// Pushes a `<sup>` or `</sup>` tag ([`sup_tag`]) as written when it is
    /// bare (`<SUP>` too), else in its bare form.
    fn push_sup(&mut self, bare: &'static str, written: &str, at: usize) {
        if written.trim().eq_ignore_ascii_case(bare) {
            self.builder().push(written, at, true);
        } else {
            self.builder().push(bare, at, false);
        }
    }

    /// Text between HTML tags, entities decoded.
    fn html_piece(&mut self, piece: &str, at: usize) {
        if piece.trim().is_empty() && self.current.is_none() {
            return;
        }
        if piece.contains('&') {
            let decoded = decode_entities(piece);
            self.builder().push(&decoded, at, decoded == piece);
        } else {
            self.builder().push(piece, at, true);
        }
    }

    fn start(&mut self, tag: Tag<'_>, range: Range<usize>) {
        if matches!(
            tag,
            Tag::Heading { .. }
                | Tag::List(_)
                | Tag::Item
                | Tag::Table(_)
                | Tag::BlockQuote(_)
                | Tag::FootnoteDefinition(_)
        ) {
            self.close_html_lists();
        }
        match tag {
            Tag::Paragraph if self.current.as_ref().is_some_and(BlockBuilder::has_text) => {
                self.flush()
            }
            Tag::Heading { level, .. } => {
                self.flush();
                self.containers.push(Container::Heading(level as u8));
            }
            Tag::List(first) => {
                self.flush();
                self.list_numbers.push(first);
            }
            Tag::Item => {
                self.flush();
                // The number as written (`23.`), not as renumbered by Markdown.
                let raw = self.text[range.start..].trim_start();
                let digits = raw.bytes().take_while(u8::is_ascii_digit).count();
                let written = raw[..digits].parse::<u64>().ok();
                if let Some(Some(n)) = self.list_numbers.last_mut() {
                    *n = written.map_or(*n + 1, |w| w + 1);
                }
                self.containers.push(Container::Item);
            }
            Tag::TableHead | Tag::TableRow => self.table_rows += 1,
            Tag::TableCell => {
                self.flush();
                self.containers.push(Container::TableCell);
            }
            Tag::BlockQuote(_) => self.flush(),
            Tag::CodeBlock(kind) => {
                self.flush();
                self.structure.skip(range.clone(), SkipReason::Code);
                self.code_block = true;
                if matches!(kind, pulldown_cmark::CodeBlockKind::Indented) {
                    let mut code = BlockBuilder::new(BlockKind::Code);
                    code.after_rule = std::mem::take(&mut self.after_rule);
                    self.indented_code = Some(code);
                }
            }
            Tag::HtmlBlock => {
                self.flush();
                self.html_block = true;
            }
            Tag::FootnoteDefinition(label) => {
                self.flush();
                self.structure.skip(range.clone(), SkipReason::SourceList);
                self.footnote = Some((
                    crate::read::citations::footnote_label(&label).to_string(),
                    range.start,
                    BlockBuilder::new(BlockKind::Paragraph),
                ));
            }
            Tag::Image { .. } => {
                self.image_end = Some(range.end);
                self.structure.skip(range, SkipReason::Image);
                self.skip_depth = 1;
            }
            Tag::Link {
                link_type,
                dest_url,
                id,
                ..
            } => {
                let by_reference = matches!(
                    link_type,
                    LinkType::Reference | LinkType::Collapsed | LinkType::Shortcut
                );
                let numeric = !id.is_empty() && id.bytes().all(|b| b.is_ascii_digit());
                // `[text][4]` with prose for its text is a link that borrows
                // definition 4's address; `[4]`, `[4][]` and `[1][4]` (two
                // markers in a row) cite.
                let raw = &self.text[range.clone()];
                let first_label = raw
                    .strip_prefix('[')
                    .and_then(|r| r.split(']').next())
                    .unwrap_or("");
                let numbered_text =
                    !first_label.is_empty() && first_label.bytes().all(|b| b.is_ascii_digit());
                let prose_text = link_type == LinkType::Reference && !numbered_text;
                if by_reference && numeric && prose_text {
                    self.link_only_ids.push(id.to_string());
                }
                if by_reference && numeric && !prose_text {
                    let raw = &self.text[range.clone()];
                    self.builder().push(raw, range.start, true);
                    self.skip_depth = 1;
                } else {
                    let b = self.builder();
                    let at = b.text.len();
                    b.links
                        .push((at..at, without_redirect(dest_url.to_string())));
                }
            }
            _ => {}
        }
    }

    /// A block's end; `at` is where the block ends in the file.
    fn end(&mut self, tag: TagEnd, at: usize) {
        if matches!(
            tag,
            TagEnd::List(_)
                | TagEnd::Item
                | TagEnd::Table
                | TagEnd::BlockQuote(_)
                | TagEnd::FootnoteDefinition
        ) {
            self.close_html_lists();
        }
        match tag {
            TagEnd::Link => {
                if let Some(start) = self.close_link() {
                    self.numeric_link_since(start, true);
                }
            }
            TagEnd::Paragraph if self.footnote.is_none() => self.flush(),
            // A note of several paragraphs: its title reads them as one
            // text, with a space between (not `2031.A second …`).
            TagEnd::Paragraph => self.builder().push(" ", at, false),
            TagEnd::Heading(_) => {
                self.flush();
                self.containers.pop();
            }
            TagEnd::Item | TagEnd::TableCell => {
                self.flush();
                self.containers.pop();
            }
            TagEnd::List(_) => {
                self.flush();
                self.list_numbers.pop();
            }
            TagEnd::BlockQuote(_) => self.flush(),
            TagEnd::HtmlBlock => {
                self.flush();
                self.html_block = false;
            }
            TagEnd::CodeBlock => {
                self.code_block = false;
                if let Some(block) = self.indented_code.take().and_then(|b| b.finish(self.text)) {
                    self.structure.blocks.push(block);
                }
            }
            TagEnd::FootnoteDefinition => {
                if let Some((label, start, b)) = self.footnote.take() {
                    let urls: Vec<String> = b.links.into_iter().map(|(_, u)| u).collect();
                    let (title, url) = crate::read::references::title_and_url(&b.text, &urls);
                    self.structure.references.push(ReferenceEntry {
                        id: label,
                        title,
                        url,
                        offset: start,
                    });
                }
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &Structure) -> Vec<(BlockKind, &str)> {
        s.blocks.iter().map(|b| (b.kind, b.text.trim())).collect()
    }

    /// Each block's text, trimmed.
    fn block_texts(s: &Structure) -> Vec<&str> {
        s.blocks.iter().map(|b| b.text.trim()).collect()
    }

    /// Each block's text with whether it is a caption.
    fn captions(s: &Structure) -> Vec<(&str, bool)> {
        s.blocks
            .iter()
            .map(|b| (b.text.trim(), b.caption))
            .collect()
    }

    #[test]
    fn emphasised_text_under_an_image_and_figcaptions_are_captions() {
        let text = "The pier opened.\n\n![Pier](pier.jpg)\n*The pier at dawn.*\n\n\
                    ![Quay](quay.jpg)\n\n_The quay in 1890._\n\n\
                    ![Crane](crane.jpg)\nThe crane came in May.\n\n\
                    *Emphasis with no image above is prose.*\n";
        assert_eq!(
            captions(&parse(text, Format::Markdown)),
            [
                ("The pier opened.", false),
                ("The pier at dawn.", true),
                ("The quay in 1890.", true),
                ("The crane came in May.", false),
                ("Emphasis with no image above is prose.", false),
            ]
        );
        let page = "<p>The pier opened.</p><figure><img src=\"p.jpg\">\
                    <figcaption>The pier at dawn.</figcaption></figure><p>It rained.</p>";
        assert_eq!(
            captions(&parse(page, Format::Html)),
            [
                ("The pier opened.", false),
                ("The pier at dawn.", true),
                ("It rained.", false),
            ]
        );
    }

    #[test]
    fn a_search_engine_redirect_leads_to_its_page() {
        let url = |u: &str| without_redirect(u.to_string());
        assert_eq!(
            url("https://www.google.com/url?q=https://example.org/a%20b%3Fc%3D1&sa=D&ust=1"),
            "https://example.org/a b?c=1"
        );
        assert_eq!(
            url("https://www.google.com/url?sa=D&q=http://example.org/"),
            "http://example.org/"
        );
        // Not a redirect, or one without a web address: kept.
        assert_eq!(
            url("https://www.google.com/search?q=ferries"),
            "https://www.google.com/search?q=ferries"
        );
        assert_eq!(
            url("https://www.google.com/url?q=ferries"),
            "https://www.google.com/url?q=ferries"
        );
        assert_eq!(
            url("https://example.org/url?q=https://a.org"),
            "https://example.org/url?q=https://a.org"
        );
        assert_eq!(percent_decoded("100%25 %zz %e2%80%99"), "100% %zz \u{2019}");
    }

    #[test]
    fn pandoc_attributes_of_an_image_are_not_text() {
        let text = "![Pier](pier.jpg){width=\"123\" height=\"158\"} The pier opened.\n\n\
                    ![Map](map.png){.wide} The map.\n\nSets {1, 2} and {a=b} stay.\n";
        let s = parse(text, Format::Markdown);
        let texts = block_texts(&s);
        assert_eq!(
            texts,
            [
                "The pier opened.",
                "The map.",
                "Sets {1, 2} and {a=b} stay."
            ]
        );
        assert_eq!(pandoc_attributes_len("{#fig-3} rest"), Some(8));
        assert_eq!(pandoc_attributes_len("{1, 2} rest"), None);
    }

    #[test]
    fn digest_markers_rejoin_their_sentence() {
        let text = "Title here\n\nThe mill closed in March\n\n2, 5\n\n. Workers left\n\n1\n\n.\n\nSource: Gazette\n";
        let s = parse(text, Format::PlainText);
        assert_eq!(
            texts(&s),
            [
                (BlockKind::Paragraph, "Title here"),
                (
                    BlockKind::Paragraph,
                    "The mill closed in March[2, 5]. Workers left[1]."
                ),
                (BlockKind::Paragraph, "Source: Gazette"),
            ]
        );
        let block = &s.blocks[1];
        let marker_at = block.text.find('[').unwrap();
        assert_eq!(&text[block.map.file_offset(marker_at)..][..4], "2, 5");
        let workers = block.text.find("Workers").unwrap();
        assert_eq!(&text[block.map.file_offset(workers)..][..7], "Workers");
    }

    #[test]
    fn a_short_line_closed_by_a_marker_ends_its_sentence() {
        assert!(ends_with_closing_punctuation(
            "can also be used.[citation_needed]"
        ));
        assert!(ends_with_closing_punctuation("rose by a third.[12][13] "));
        assert!(!ends_with_closing_punctuation("the mills of [Varn]"));
        // A dump wraps a sentence after `and`; the short line that ends it
        // with a marker does not stand alone, so the sentence stays whole.
        let text = "The weir was raised by the mill owners and the council, and\n\
                    the port paid for it.[12]\n\
                    Fares fell the next year by a third on every route.\n";
        let s = parse(text, Format::PlainText);
        assert_eq!(s.blocks.len(), 1, "{:?}", texts(&s));
    }

    #[test]
    fn a_wrapped_lowercase_label_word_is_no_heading() {
        let text = " * The parser now reads more\n   sources.\n * The fares are kept.\n";
        assert_eq!(plain_heading_level("   sources."), None);
        assert_eq!(plain_heading_level("Sources"), Some(0));
        let s = parse(text, Format::PlainText);
        assert!(s.blocks.iter().all(|b| b.kind != BlockKind::Heading));
    }

    #[test]
    fn a_dumped_navigation_box_is_cells_not_prose() {
        // Invented: a bibliography line, then a navigation box as a text
        // dump lays it out, in one paragraph (dumps leave no blank lines).
        let text = "Harbour Works Reader; Port Press, 2001.
    * v
    * t
Harbour_topics
Main         * Quay_walls
groups         o Dredging
             * Tide_gauges
Related      * Lock_gates (canal
               and river)
";
        let s = parse(text, Format::PlainText);
        assert_eq!(
            texts(&s),
            [
                (
                    BlockKind::Paragraph,
                    "Harbour Works Reader; Port Press, 2001."
                ),
                (BlockKind::ListItem, "* v"),
                (BlockKind::ListItem, "* t"),
                (BlockKind::Paragraph, "Harbour_topics"),
                (BlockKind::TableCell, "Main"),
                (BlockKind::ListItem, "* Quay_walls"),
                (BlockKind::TableCell, "groups"),
                (BlockKind::ListItem, "o Dredging"),
                (BlockKind::ListItem, "* Tide_gauges"),
                (BlockKind::TableCell, "Related"),
                (BlockKind::ListItem, "* Lock_gates (canal"),
                (BlockKind::TableCell, "and river)"),
            ]
        );
        let cell = &s.blocks[10];
        assert_eq!(&text[cell.map.file_offset(0)..][..12], "* Lock_gates");
        // The same names in one cell each without a bulleted row beside
        // them, prose with wide gaps (a formula's spacing), and a nested
        // `o` before lowercase text are read as before.
        for prose in [
            "The weir     x   is raised\nby     y   metres.\n",
            "Quay walls  - stone\nand timber.\n",
            "The rail    o lamps\nwere lit.\n",
        ] {
            let s = parse(prose, Format::PlainText);
            assert_eq!(s.blocks.len(), 1, "{prose}");
            assert_eq!(s.blocks[0].kind, BlockKind::Paragraph, "{prose}");
        }
    }

    #[test]
    fn a_blockquote_alert_label_is_not_text() {
        let text =
            "> [!WARNING]\n> The ferry timetable changes in May.\n\n> [Harbour board] said so.\n";
        let s = parse(text, Format::Markdown);
        let found = texts(&s);
        assert_eq!(found[0].1, "The ferry timetable changes in May.");
        // A bracket that is no alert label stays.
        assert_eq!(found[1].1, "[Harbour board] said so.");
        let block = &s.blocks[0];
        assert_eq!(&text[block.map.file_offset(0)..][..3], "The");
    }

    #[test]
    fn an_html_anchor_holding_a_number_is_a_numeric_link() {
        let text = "Relined.<a href=\"#fn3\">3</a> Its <a href=\"https://x.example\">map</a>. Cited.<sup><a href=\"#fn4\">4</a></sup>\n";
        let s = parse(text, Format::Markdown);
        let block = &s.blocks[0];
        let links: Vec<&str> = block
            .numeric_links
            .iter()
            .map(|r| &block.text[r.clone()])
            .collect();
        // The number inside `<sup>` is the superscript's to read.
        assert_eq!(links, ["3"]);
        // In an HTML block too.
        let s = parse(
            "<p>Relined.<a href=\"#fn3\">3</a> More.</p>\n",
            Format::Markdown,
        );
        let block = &s.blocks[0];
        assert_eq!(&block.text[block.numeric_links[0].clone()], "3");
    }

    #[test]
    fn a_rule_of_underscores_splits_a_plain_paragraph() {
        // A word processor's text export: footnotes under a line of
        // underscores, with no blank line between.
        let text =
            "The quay reopened.[1]\n\n________________\n[1] Port notice, 2024.\n[2] Fares table.\n";
        let s = parse(text, Format::PlainText);
        let ids: Vec<&str> = s.references.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(ids, ["1", "2"]);
        // A dashed underline stays part of its title's paragraph.
        let s = parse("Harbour\n-------\nThe quay reopened.\n", Format::PlainText);
        assert_eq!(s.blocks.len(), 1);
    }

    #[test]
    fn a_number_paragraph_elsewhere_is_text() {
        let s = parse("Done.\n\n42\n\nNext one.", Format::PlainText);
        assert_eq!(s.blocks.len(), 3);
    }

    #[test]
    fn plain_reference_section_and_count() {
        let text = "4 Sources\n\nBody text.\n\nReferences\n\n1. City budget report https://example.org/b\n2) Harbour minutes\n[3] Annual review\n\nAfter.";
        let s = parse(text, Format::PlainText);
        assert_eq!(s.source_count, Some(4));
        let ids: Vec<&str> = s.references.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(ids, ["1", "2", "3"]);
        assert_eq!(s.references[0].url, "https://example.org/b");
        assert_eq!(s.references[0].title, "City budget report");
        assert_eq!(s.blocks.last().unwrap().text, "After.");
    }

    #[test]
    fn markdown_blocks_code_links_and_references() {
        let text = "# Title\n\nSee [the site](https://x.org) and `a [1] b`.[2]\n\n```\nnot [3] prose.\n```\n\n- item one[^a]\n\n## References\n\n1. First title. https://one.org\n2. [Second](https://two.org)\n\n[^a]: A footnote source.\n";
        let s = parse(text, Format::Markdown);
        assert_eq!(
            texts(&s),
            [
                (BlockKind::Heading, "Title"),
                (BlockKind::Paragraph, "See the site and a [1] b.[2]"),
                (BlockKind::ListItem, "item one[^a]"),
                (BlockKind::Heading, "References"),
            ]
        );
        assert_eq!(s.blocks[1].protected.len(), 1);
        let refs: Vec<(&str, &str, &str)> = s
            .references
            .iter()
            .map(|r| (r.id.as_str(), r.title.as_str(), r.url.as_str()))
            .collect();
        assert_eq!(
            refs,
            [
                ("1", "First title", "https://one.org"),
                ("2", "Second", "https://two.org"),
                ("a", "A footnote source", ""),
            ]
        );
    }

    #[test]
    fn numeric_reference_links_stay_markers() {
        let text = "Rain fell.[1][2]\n\n[1]: https://a.org \"Weather desk\"\n[2]: https://b.org\n";
        let s = parse(text, Format::Markdown);
        assert_eq!(s.blocks[0].text, "Rain fell.[1][2]");
        assert_eq!(s.references.len(), 2);
        assert_eq!(s.references[0].title, "Weather desk");
    }

    #[test]
    fn a_block_ending_in_a_multibyte_character_after_rewritten_text() {
        // Found by fuzzing: a superscript, then a fenced block whose last
        // character is three bytes long, once panicked on a char boundary.
        let text = "¹```\n\u{200f}x\n東京> ```";
        let s = parse(text, Format::Markdown);
        assert!(!s.blocks.is_empty());
    }

    #[test]
    fn a_space_after_emphasis_before_a_period_is_layout() {
        let s = parse(
            "Consent is a *basic right* . It matters.\n",
            Format::Markdown,
        );
        assert_eq!(s.blocks[0].text, "Consent is a basic right. It matters.");
        // In plain text the ` .` stays, for the digest's lost markers.
        let plain = parse("Sales fell . Then rose.\n", Format::PlainText);
        assert_eq!(plain.blocks[0].text, "Sales fell . Then rose.");
    }

    #[test]
    fn pragmas_in_both_formats() {
        let md = "<!-- citeaudit: ignore -->\nSkip me.\n\nKeep.<!-- citeaudit: off -->\n";
        let s = parse(md, Format::Markdown);
        assert_eq!(
            s.pragmas
                .iter()
                .map(|p| p.action.clone())
                .collect::<Vec<_>>(),
            [PragmaAction::IgnoreNext(Vec::new()), PragmaAction::Off]
        );
        let txt = "citeaudit: ignore uncited,verbatim\n\nSkip me.\n";
        let s = parse(txt, Format::PlainText);
        assert_eq!(
            s.pragmas[0].action,
            PragmaAction::IgnoreNext(vec!["uncited".into(), "verbatim".into()])
        );
        assert_eq!(s.blocks.len(), 1);
        assert_eq!(parse_pragma("citeaudit: frobnicate"), None);
    }

    #[test]
    fn markdown_offsets_map_back() {
        let text = "Intro **bold** text.";
        let s = parse(text, Format::Markdown);
        let b = &s.blocks[0];
        let at = b.text.find("text").unwrap();
        assert_eq!(&text[b.map.file_offset(at)..], "text.");
    }

    #[test]
    fn div_and_admonition_fences_are_not_prose() {
        let text = "::: {.callout-note}\nFigures exclude crew.\n:::\n\n\
                    :::tip Read first\nThe pier is closed.\n:::\n\n\
                    :::: {#fig-map layout-ncol=2}\n![Map](map.png)\n::::\n\n\
                    Ratios such as 2:::3 stay, and so does\n::: a line of many words after its colons here\n";
        let parsed = parse(text, Format::Markdown);
        let texts = block_texts(&parsed);
        assert_eq!(
            texts,
            [
                "Figures exclude crew.",
                "The pier is closed.",
                "Ratios such as 2:::3 stay, and so does\n::: a line of many words after its colons here"
            ]
        );
        let fences: Vec<&str> = parsed
            .skipped
            .iter()
            .filter(|k| k.reason == SkipReason::Fence)
            .map(|k| &text[k.span.clone()])
            .collect();
        assert_eq!(
            fences,
            [
                "::: {.callout-note}",
                ":::",
                ":::tip Read first",
                ":::",
                ":::: {#fig-map layout-ncol=2}",
                "::::"
            ]
        );
        // Offsets still point into the file.
        assert_eq!(
            parsed.blocks[1].map.file_offset(0),
            text.find("The pier").unwrap()
        );
    }

    #[test]
    fn front_matter_at_the_top_is_not_prose() {
        for top in [
            "---\ntitle: \"Quay notes\"\ntags: [ferries]\n---\n",
            "+++\ntitle = \"Quay notes\"\n[extra]\nteam = \"port\"\n+++\n",
            "\u{feff}---\ndate: 2024-05-01\n...\n",
            "---  \ntitle: spaces after the fence\n---\n",
        ] {
            let text = format!("{top}\nThe quay reopened.\n");
            let parsed = parse(&text, Format::Markdown);
            let texts = block_texts(&parsed);
            assert_eq!(texts, ["The quay reopened."], "{top}");
            assert_eq!(parsed.skipped[0].reason, SkipReason::FrontMatter);
            assert_eq!(parsed.skipped[0].span, 0..top.len());
            // Offsets still point into the file.
            let b = &parsed.blocks[0];
            assert_eq!(b.map.file_offset(0), text.find("The quay").unwrap());
        }
        // Rules around prose, a rule opening the file, no closing line.
        for not in [
            "Intro.\n\n---\ntitle: x\n---\n\nThe quay reopened.\n",
            "---\n\nThe quay reopened.\n\n---\n",
            "---\nThe quay reopened today.\n---\n",
            "---\ntitle: x\nThe quay reopened.\n",
        ] {
            let parsed = parse(not, Format::Markdown);
            assert!(
                parsed
                    .skipped
                    .iter()
                    .all(|s| s.reason != SkipReason::FrontMatter),
                "{not}"
            );
            assert!(
                parsed
                    .blocks
                    .iter()
                    .any(|b| b.text.contains("quay reopened")),
                "{not}"
            );
        }
    }

    #[test]
    fn pandoc_inline_notes_are_sources_cited_where_written() {
        let text = "Riders rose.^[Port Authority, [ridership](https://port.example/r), 2031.] \
                    Fares held.^[Varn Herald,\n3 May.]\n";
        let s = parse_markdown(text);
        let ids: Vec<(&str, &str, &str)> = s
            .references
            .iter()
            .map(|r| (r.id.as_str(), r.title.as_str(), r.url.as_str()))
            .collect();
        assert_eq!(
            ids,
            [
                (
                    "inline-1",
                    "Port Authority, ridership, 2031",
                    "https://port.example/r"
                ),
                ("inline-2", "Varn Herald, 3 May", ""),
            ]
        );
        assert_eq!(s.references[1].offset, text.find("^[Varn").unwrap());
        // The notes became markers; the line break inside the second stays.
        let block = &s.blocks[0].text;
        assert!(block.starts_with("Riders rose.[^inline-1]"), "{block}");
        assert!(block.contains("Fares held.[^inline-2]"), "{block}");
        assert!(!block.contains("Herald"), "{block}");
    }

    #[test]
    fn a_footnote_of_two_paragraphs_reads_them_apart() {
        let text = "Fares doubled.[^fares]\n\n[^fares]:\n    Varn Herald, 3 May 2031.\n\n    A second paragraph.\n";
        let s = parse_markdown(text);
        assert_eq!(
            s.references[0].title,
            "Varn Herald, 3 May 2031. A second paragraph"
        );
    }

    #[test]
    fn what_is_no_inline_note() {
        for text in [
            "Riders rose.^[1] Fares held.^[2, 3]\n",
            "The area is x^[2] square metres.\n",
            "Riders rose.^[See @doe99, p. 4.]\n",
            "Write `a^[b c]` for a note.\n",
            "Riders rose.\\^[not a note here]\n",
            "Riders rose.^[a b]\n",
            "Riders rose.^[an open note\n\nthat never closes]\n",
        ] {
            assert!(pandoc_inline_notes(text).is_none(), "{text}");
        }
    }

    #[test]
    fn footnote_ids_of_converters_and_wikipedia() {
        for (tag, want) in [
            ("<li id=\"fn3\">", Some(3)),
            ("<li id='fn:3' class=\"x\">", Some(3)),
            ("<div id=\"fn_12\">", Some(12)),
            ("<li id=\"footnote-4\">", Some(4)),
            ("<li id=\"endnote-5\">", Some(5)),
            ("<li id=\"cite_note-6\">", Some(6)),
            ("<li id=\"cite_note-Smith-7\">", Some(7)),
            ("<li id=\"cite_note-:0-8\">", Some(8)),
            ("<li id=\"fnref:3\">", None),
            ("<li id=\"footnote-ref-3\">", None),
            ("<li id=\"cite_note-Smith\">", None),
            ("<li id=\"note\">", None),
            ("<li id=fn3>", None),
        ] {
            assert_eq!(footnote_id(tag), want, "{tag}");
        }
    }

    #[test]
    fn end_tags_are_found_in_any_case() {
        assert_eq!(find_ignoring_ascii_case("a</STYLE>b", "</style"), Some(1));
        assert_eq!(find_ignoring_ascii_case("<b>x</b> -->", "-->"), Some(9));
        assert_eq!(find_ignoring_ascii_case("no end here", "</script"), None);
        assert_eq!(find_ignoring_ascii_case("</scr", "</script"), None);
    }

    #[test]
    fn a_skipped_html_element_ends_after_its_end_tag() {
        // The `>` of `</style>` was left behind as a paragraph of its own.
        let text = "# Port\n\n<style>\np { color: red }\n</style>\n\nThe quay reopened.\n";
        let s = parse(text, Format::Markdown);
        assert_eq!(
            texts(&s),
            [
                (BlockKind::Heading, "Port"),
                (BlockKind::Paragraph, "The quay reopened.")
            ]
        );
    }

    /// The ids and titles of a structure's reference entries.
    fn entries(s: &Structure) -> Vec<(&str, &str)> {
        s.references
            .iter()
            .map(|r| (r.id.as_str(), r.title.as_str()))
            .collect()
    }

    #[test]
    fn an_html_page_keeps_its_headings_lists_and_code() {
        let page = "<!doctype html>\n<html><head><title>Ferry report</title>\n\
            <style>p { color: red }</style></head>\n<body>\n\
            <nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav>\n\
            <h1>Ferry report</h1>\n\
            <p>The quay reopened in May.<sup>1</sup> Fares fell by a tenth.<sup>2</sup>\n\
            Write <code>[3]</code> for a note.</p>\n\
            <hr>\n<h2>Sources</h2>\n\
            <ol start=\"1\">\n<li><a href=\"https://port.example/a\">Port notice</a></li>\n\
            <li>Fares table, 2024</li>\n</ol>\n</body></html>\n";
        let s = parse(page, Format::Html);
        assert_eq!(
            texts(&s),
            [
                (BlockKind::Heading, "Ferry report"),
                (
                    BlockKind::Paragraph,
                    "The quay reopened in May.<sup>1</sup> Fares fell by a tenth.<sup>2</sup>\nWrite [3] for a note."
                ),
                (BlockKind::Heading, "Sources"),
            ]
        );
        // The page's head, style and menu hold no prose; `[3]` is code.
        let para = &s.blocks[1];
        let code = para.text.find("[3]").unwrap();
        assert!(para.protected.contains(&(code..code + 3)));
        assert_eq!(
            entries(&s),
            [("1", "Port notice"), ("2", "Fares table, 2024")]
        );
        assert_eq!(s.references[0].url, "https://port.example/a");
        // Offsets map back to the page.
        let at = para.map.file_offset(0);
        assert!(page[at..].starts_with("The quay reopened"));
    }

    #[test]
    fn a_bibliography_marked_as_one_is_a_source_list_without_a_label() {
        let body = "The quay reopened [1]. Fares fell [2].\n\n";
        // Pandoc's numbered bibliography in HTML: each number in a box of
        // its own before its text; a div nested in it, and the prose after
        // it, read as ever.
        let html = format!(
            "{body}<div id=\"refs\" class=\"references csl-bib-body\">\n\
             <div id=\"ref-a\" class=\"csl-entry\">\n\
             <div class=\"csl-left-margin\">1. </div><div class=\"csl-right-inline\">Port Office. Port notice; 2024.</div>\n\
             </div>\n\
             <div id=\"ref-b\" class=\"csl-entry\">\n\
             <div class=\"csl-left-margin\">[2]</div><div class=\"csl-right-inline\">City desk. Fares table; 2023.</div>\n\
             </div>\n\
             </div>\n\n\
             The ferries run hourly.\n"
        );
        // The same as Pandoc writes it in Markdown: fenced divs.
        let fenced = format!(
            "{body}::: {{#refs .references .csl-bib-body}}\n::: {{#ref-a .csl-entry}}\n\
             1\\. Port Office. Port notice; 2024.\n:::\n\n\
             ::: {{#ref-b .csl-entry}}\n2\\. City desk. Fares table; 2023.\n:::\n:::\n\n\
             The ferries run hourly.\n"
        );
        for text in [html, fenced] {
            let s = parse(&text, Format::Markdown);
            assert_eq!(
                entries(&s),
                [
                    ("1", "Port Office. Port notice; 2024"),
                    ("2", "City desk. Fares table; 2023")
                ],
                "{text}"
            );
            let after = s
                .blocks
                .iter()
                .find(|b| b.text == "The ferries run hourly.");
            assert!(after.is_some_and(|b| !b.in_bibliography), "{text}");
        }
        // Any other div, fenced or not, is no bibliography: its numbered
        // paragraphs are prose.
        for other in [
            format!("{body}::: {{.callout-note}}\n1\\. Port Office. Port notice; 2024.\n:::\n"),
            format!("{body}<div class=\"note\">\n<div>1. </div><div>Port Office. Port notice; 2024.</div>\n</div>\n"),
        ] {
            let s = parse(&other, Format::Markdown);
            assert!(entries(&s).is_empty(), "{other}");
            assert!(s.blocks.iter().all(|b| !b.in_bibliography), "{other}");
        }
        assert!(is_bibliography_element("<div id=\"refs\">"));
        assert!(is_bibliography_element(
            "<section class=\"bibliography x\">"
        ));
        assert!(!is_bibliography_element("<div class=\"references-note\">"));
        assert!(!is_bibliography_element("<div id=\"refs-2\">"));
    }

    #[test]
    fn a_markdown_file_reads_a_list_written_in_html() {
        let body = "The quay reopened.<sup>1</sup> Fares fell.<sup>2</sup>\n\n";
        // Under a Markdown heading; the anchors give the URLs.
        let md = format!(
            "{body}## Sources\n\n<ol>\n<li><a href=\"https://port.example/a\">Port notice</a>, 2024.</li>\n\
             <li>Fares table, 2024.</li>\n</ol>\n"
        );
        let s = parse(&md, Format::Markdown);
        assert_eq!(
            entries(&s),
            [("1", "Port notice, 2024"), ("2", "Fares table, 2024")]
        );
        assert_eq!(s.references[0].url, "https://port.example/a");
        // Numbered from `start`, items apart (each `<li>` its own HTML
        // block), `</li>` left out.
        let md = format!(
            "{body}**Notes**\n\n<ol start=\"4\">\n\n<li>Port notice, 2024.\n\n<li>Fares table, 2024.\n\n</ol>\n"
        );
        assert_eq!(
            entries(&parse(&md, Format::Markdown)),
            [("4", "Port notice, 2024"), ("5", "Fares table, 2024")]
        );
        // An HTML list left open ends at the next Markdown container: the
        // heading after it is a heading, and the Markdown list keeps its
        // own numbers.
        let md = format!(
            "{body}<ul>\n<li>Ferries run hourly.\n\n## Fares\n\nFares fell by a tenth.\n\n## Sources\n\n1. Port notice, 2024.\n2. Fares table, 2024.\n"
        );
        let s = parse(&md, Format::Markdown);
        assert!(texts(&s).contains(&(BlockKind::ListItem, "Ferries run hourly.")));
        assert!(texts(&s).contains(&(BlockKind::Paragraph, "Fares fell by a tenth.")));
        assert_eq!(
            entries(&s),
            [("1", "Port notice, 2024"), ("2", "Fares table, 2024")]
        );
        // A stray `</ol>` in a Markdown list item pops nothing of the
        // Markdown list's.
        let md = format!(
            "{body}## Sources\n\n1. Port notice, 2024. </ol>\n2. Fares table, 2024.\n3. Ferry timetable.\n"
        );
        assert_eq!(entries(&parse(&md, Format::Markdown)).len(), 3);
        let md = format!(
            "{body}## Sources\n\n1. Port notice, 2024.\n\n   </ol>\n\n2. Fares table, 2024.\n"
        );
        assert_eq!(
            entries(&parse(&md, Format::Markdown)),
            [("1", "Port notice, 2024"), ("2", "Fares table, 2024")]
        );
    }

    #[test]
    fn an_html_page_numbers_its_lists_from_start_and_reads_preformatted_lists() {
        let numbered = "<p>Fares fell.<sup>7</sup></p><h2>Notes</h2>\
            <ol start=\"7\"><li>Fares table<li>Port notice</ol>";
        let s = parse(numbered, Format::Html);
        assert_eq!(entries(&s), [("7", "Fares table"), ("8", "Port notice")]);
        // A list counted in letters holds notes, not numbered sources: the
        // numbered list after it keeps its numbers.
        let lettered = "<p>Fares fell.<sup>1</sup></p><h2>Notes</h2>\
            <ol style=\"list-style-type: lower-alpha\"><li>Fares were cut twice.</ol>\
            <ol type=\"A\"><li>A second note.</ol>\
            <h2>References</h2><ol><li>Fares table<li>Port notice</ol>";
        let s = parse(lettered, Format::Html);
        assert_eq!(entries(&s), [("1", "Fares table"), ("2", "Port notice")]);
        let preformatted = "<p>Fares fell [2].</p><h3>Sources</h3>\
            <pre><code>[1] Port notice https://port.example/a\n\
            [2] Fares table https://city.example/f</code></pre>";
        let s = parse(preformatted, Format::Html);
        assert_eq!(
            s.references
                .iter()
                .map(|r| r.id.as_str())
                .collect::<Vec<_>>(),
            ["1", "2"]
        );
        // Preformatted text that is not a source list is code.
        let code = "<p>Run it.</p><pre>let x = [1];</pre>";
        let s = parse(code, Format::Html);
        assert_eq!(texts(&s), [(BlockKind::Paragraph, "Run it.")]);
        assert!(s.skipped.iter().any(|k| k.reason == SkipReason::Code));
    }

    #[test]
    fn an_html_page_reads_notes_that_converters_name() {
        // A Markdown converter's footnote: named id, the number shown in a
        // superscript, the text in a paragraph of its own.
        let page = "<p>The quay reopened.<sup class=\"footnote-reference\">\
            <a href=\"#quay\">1</a></sup></p>\n\
            <p>More prose follows here.</p>\n\
            <div class=\"footnote-definition\" id=\"quay\">\
            <sup class=\"footnote-definition-label\">1</sup>\n\
            <p>Port notice, May.</p></div>\n\
            <p>And the text goes on.</p>";
        let s = parse(page, Format::Html);
        assert_eq!(
            s.references
                .iter()
                .map(|r| r.id.as_str())
                .collect::<Vec<_>>(),
            ["1"]
        );
        assert!(texts(&s).contains(&(BlockKind::Paragraph, "And the text goes on.")));
        // A newsletter's note: the number is an anchor with the note's id.
        let page = "<p>Fares fell.<a class=\"footnote-anchor\" id=\"footnote-anchor-2\" \
            href=\"#footnote-2\">2</a></p>\
            <div class=\"footnote\"><a id=\"footnote-2\" href=\"#footnote-anchor-2\" \
            class=\"footnote-number\">2</a><div class=\"footnote-content\">\
            <p>City fares table.</p></div></div>";
        let s = parse(page, Format::Html);
        assert_eq!(entries(&s), [("2", "City fares table")]);
        assert_eq!(texts(&s)[0], (BlockKind::Paragraph, "Fares fell.2"));
    }
}
