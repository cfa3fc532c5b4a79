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
//!   bullet lines (`- `, `* `, `• `) are list items.

use std::ops::Range;

use pulldown_cmark::{Event, LinkType, Options, Parser, Tag, TagEnd};

/// How an article is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Markdown,
    PlainText,
}

impl Format {
    /// `.md` and `.markdown` are Markdown; anything else is plain text.
    pub fn from_path(path: &std::path::Path) -> Format {
        match path.extension().and_then(|e| e.to_str()) {
            Some(e) if e.eq_ignore_ascii_case("md") || e.eq_ignore_ascii_case("markdown") => {
                Format::Markdown
            }
            _ => Format::PlainText,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    Paragraph,
    Heading,
    ListItem,
    TableCell,
    /// An `N Sources` line.
    SourceCount,
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

#[derive(Debug, Clone, Default)]
pub struct Structure {
    pub blocks: Vec<Block>,
    pub references: Vec<ReferenceEntry>,
    /// From an `N Sources` line.
    pub source_count: Option<u32>,
    /// `citeaudit:` pragmas, in file order.
    pub pragmas: Vec<Pragma>,
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
    match format {
        Format::Markdown => parse_markdown(text),
        Format::PlainText => parse_plain(text),
    }
}

// ---------------------------------------------------------------- builders

#[derive(Debug)]
struct BlockBuilder {
    kind: BlockKind,
    text: String,
    segments: Vec<Segment>,
    protected: Vec<Range<usize>>,
    urls: Vec<String>,
    list_number: Option<u64>,
}

impl BlockBuilder {
    fn new(kind: BlockKind) -> Self {
        BlockBuilder {
            kind,
            text: String::new(),
            segments: Vec::new(),
            protected: Vec::new(),
            urls: Vec::new(),
            list_number: None,
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
        let single_line = a <= b && !file.as_bytes()[a..b.min(file.len())].contains(&b'\n');
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

/// Is this heading text the title of a reference list?
pub fn is_reference_heading(text: &str) -> bool {
    let t = text
        .trim()
        .trim_matches(|c: char| c == '#' || c == ':' || c == '*' || c.is_whitespace())
        .to_lowercase();
    matches!(
        t.as_str(),
        "sources"
            | "references"
            | "reference"
            | "notes"
            | "footnotes"
            | "endnotes"
            | "bibliography"
            | "works cited"
            | "citations"
            | "literature cited"
            | "notes and references"
            | "references and notes"
            | "sources and notes"
    )
}

/// Splits a reference entry's leading id: `1.`, `1)`, `[1]`, `^1:`.
fn entry_id(text: &str) -> Option<(String, &str)> {
    let t = text.trim_start();
    if let Some(rest) = t.strip_prefix('[') {
        let close = rest.find(']')?;
        let id = rest[..close].trim().trim_start_matches('^');
        let valid = !id.is_empty() && id.len() <= 40 && !id.contains(char::is_whitespace);
        let rest = rest[close + 1..].trim_start_matches(':');
        return valid.then(|| (id.to_string(), rest));
    }
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 4 {
        return None;
    }
    let rest = &t[digits..];
    let rest = rest
        .strip_prefix('.')
        .or_else(|| rest.strip_prefix(')'))
        .or_else(|| rest.strip_prefix(':'))?;
    rest.starts_with(char::is_whitespace)
        .then(|| (t[..digits].trim_start_matches('0').to_string(), rest))
}

/// Title and URL of an entry's text (after its id).
fn title_and_url(rest: &str, link_urls: &[String]) -> (String, String) {
    let bare = rest
        .split_whitespace()
        .find(|w| w.starts_with("http://") || w.starts_with("https://"))
        .map(|w| {
            w.trim_end_matches(['.', ',', ')', '>', ']'])
                .trim_start_matches('<')
        });
    let url = link_urls
        .iter()
        .find(|u| u.starts_with("http"))
        .map(String::as_str)
        .or(bare)
        .unwrap_or("")
        .to_string();
    let mut title = rest.to_string();
    if let Some(b) = bare {
        title = title.replace(&format!("<{b}>"), "").replace(b, "");
    }
    let title = title
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .trim_matches(|c: char| {
            c.is_whitespace() || matches!(c, '.' | ',' | ';' | ':' | '-' | '–' | '(' | ')')
        })
        .to_string();
    (title, url)
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

fn ends_with_closing_punctuation(t: &str) -> bool {
    t.trim_end()
        .trim_end_matches(['"', '\'', '”', '’', ')', ']'])
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
    let mut in_references = false;
    let mut i = 0;
    let flush = |b: Option<BlockBuilder>, s: &mut Structure| {
        if let Some(block) = b.and_then(|b| b.finish(text)) {
            s.blocks.push(block);
        }
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
            i += 1;
            continue;
        }
        if in_references {
            let entries = plain_entries(text, range.clone());
            if !entries.is_empty() {
                structure.references.extend(entries);
                i += 1;
                continue;
            }
            in_references = false;
        }
        let single = !para.contains('\n');
        if single && is_reference_heading(para) {
            let mut b = BlockBuilder::new(BlockKind::Heading);
            b.push(para, range.start, true);
            flush(Some(b), &mut structure);
            in_references = true;
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
        let mut offset = range.start;
        let mut current = BlockBuilder::new(BlockKind::Paragraph);
        for line in para.split_inclusive('\n') {
            if stacked && current.has_text() {
                flush(
                    Some(std::mem::replace(
                        &mut current,
                        BlockBuilder::new(BlockKind::Paragraph),
                    )),
                    &mut structure,
                );
            }
            if is_bullet_line(line) {
                flush(
                    Some(std::mem::replace(
                        &mut current,
                        BlockBuilder::new(BlockKind::ListItem),
                    )),
                    &mut structure,
                );
            }
            current.push(line, offset, true);
            offset += line.len();
        }
        open = Some(current);
        i += 1;
    }
    flush(open, &mut structure);
    structure
}

/// Reference entries in one plain-text paragraph (continuation lines join
/// the entry above them).
fn plain_entries(text: &str, range: Range<usize>) -> Vec<ReferenceEntry> {
    let mut entries: Vec<ReferenceEntry> = Vec::new();
    let mut offset = range.start;
    for line in text[range].split_inclusive('\n') {
        if let Some((id, rest)) = entry_id(line) {
            let (title, url) = title_and_url(rest, &[]);
            entries.push(ReferenceEntry {
                id,
                title,
                url,
                offset: offset + (line.len() - line.trim_start().len()),
            });
        } else if let Some(last) = entries.last_mut() {
            let (title, url) = title_and_url(line, &[]);
            if last.url.is_empty() {
                last.url = url;
            }
            if !title.is_empty() {
                last.title = format!("{} {}", last.title, title).trim().to_string();
            }
        } else {
            return Vec::new();
        }
        offset += line.len();
    }
    entries
}

// ---------------------------------------------------------------- markdown

fn parse_markdown(text: &str) -> Structure {
    let options =
        Options::ENABLE_TABLES | Options::ENABLE_FOOTNOTES | Options::ENABLE_STRIKETHROUGH;
    let parser = Parser::new_ext(text, options);
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

    let mut md = MarkdownWalker {
        text,
        structure: Structure::default(),
        current: None,
        containers: Vec::new(),
        list_numbers: Vec::new(),
        skip_depth: 0,
        code_block: false,
        reference_level: None,
        footnote: None,
    };
    for (event, range) in parser.into_offset_iter() {
        md.event(event, range);
    }
    md.flush();
    let mut structure = md.structure;
    structure.references.extend(link_definitions);
    structure.references.sort_by_key(|r| r.offset);
    structure
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
    /// Level of the heading that opened a reference section.
    reference_level: Option<u8>,
    /// An open footnote definition: its label, where it starts, its text.
    footnote: Option<(String, usize, BlockBuilder)>,
}

impl MarkdownWalker<'_> {
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
        match &mut self.footnote {
            Some((_, _, footnote)) => footnote,
            None => self.current.get_or_insert_with(|| {
                let mut b = BlockBuilder::new(kind);
                b.list_number = number.map(|n| n.saturating_sub(1));
                b
            }),
        }
    }

    fn flush(&mut self) {
        let Some(builder) = self.current.take() else {
            return;
        };
        if self.reference_level.is_some() && builder.kind != BlockKind::Heading {
            self.reference_entry(builder);
            return;
        }
        if let Some(block) = builder.finish(self.text) {
            if block.kind == BlockKind::SourceCount {
                self.structure.source_count = source_count(&block.text);
            }
            self.structure.blocks.push(block);
        }
    }

    fn reference_entry(&mut self, builder: BlockBuilder) {
        let start = builder.segments.first().map_or(0, |s| s.file_start);
        let (id, rest) = match entry_id(&builder.text) {
            Some((id, rest)) => (id, rest.to_string()),
            None => match builder.list_number {
                Some(n) => (n.to_string(), builder.text.clone()),
                None => return,
            },
        };
        let (title, url) = title_and_url(&rest, &builder.urls);
        self.structure.references.push(ReferenceEntry {
            id,
            title,
            url,
            offset: start,
        });
    }

    fn event(&mut self, event: Event<'_>, range: Range<usize>) {
        if self.skip_depth > 0 {
            match event {
                Event::Start(Tag::Image { .. } | Tag::Link { .. }) => self.skip_depth += 1,
                Event::End(TagEnd::Image | TagEnd::Link) => self.skip_depth -= 1,
                _ => {}
            }
            return;
        }
        match event {
            Event::Start(tag) => self.start(tag, range),
            Event::End(tag) => self.end(tag),
            Event::Text(t) if !self.code_block => {
                let exact = t.len() == range.len() && self.text[range.clone()] == *t;
                self.builder().push(&t, range.start, exact);
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
            }
            Event::InlineHtml(html) => {
                let tag = html.trim().to_ascii_lowercase();
                if tag == "<sup>" || tag == "</sup>" {
                    self.builder().push(&html, range.start, true);
                }
            }
            Event::FootnoteReference(_) => {
                let raw = &self.text[range.clone()];
                self.builder().push(raw, range.start, true);
            }
            Event::SoftBreak => self.builder().push("\n", range.start, true),
            Event::HardBreak => self.builder().push(" ", range.start, false),
            Event::Rule => self.flush(),
            _ => {}
        }
    }

    fn start(&mut self, tag: Tag<'_>, range: Range<usize>) {
        match tag {
            Tag::Paragraph if self.current.as_ref().is_some_and(BlockBuilder::has_text) => {
                self.flush()
            }
            Tag::Heading { level, .. } => {
                self.flush();
                let level = level as u8;
                if self.reference_level.is_some_and(|l| level <= l) {
                    self.reference_level = None;
                }
                self.containers.push(Container::Heading(level));
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
            Tag::TableCell => {
                self.flush();
                self.containers.push(Container::TableCell);
            }
            Tag::BlockQuote(_) => self.flush(),
            Tag::CodeBlock(_) | Tag::HtmlBlock => {
                self.flush();
                self.code_block = true;
            }
            Tag::FootnoteDefinition(label) => {
                self.flush();
                self.footnote = Some((
                    label.to_string(),
                    range.start,
                    BlockBuilder::new(BlockKind::Paragraph),
                ));
            }
            Tag::Image { .. } => self.skip_depth = 1,
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
                if by_reference && numeric {
                    let raw = &self.text[range.clone()];
                    self.builder().push(raw, range.start, true);
                    self.skip_depth = 1;
                } else {
                    self.builder().urls.push(dest_url.to_string());
                }
            }
            _ => {}
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Paragraph if self.footnote.is_none() => self.flush(),
            TagEnd::Heading(_) => {
                let heading = self
                    .current
                    .as_ref()
                    .map(|b| b.text.clone())
                    .unwrap_or_default();
                let level = match self.containers.pop() {
                    Some(Container::Heading(l)) => l,
                    _ => 1,
                };
                self.flush();
                if is_reference_heading(&heading) {
                    self.reference_level = Some(level);
                }
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
            TagEnd::CodeBlock | TagEnd::HtmlBlock => self.code_block = false,
            TagEnd::FootnoteDefinition => {
                if let Some((label, start, b)) = self.footnote.take() {
                    let (title, url) = title_and_url(&b.text, &b.urls);
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
}
