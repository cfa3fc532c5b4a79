//! Stage 8, audit: status and flags per sentence, per source, per article.
//!
//! This is where the stages meet: [`audit_document`] runs structure →
//! citations → sentences → claims over one loaded document and returns plain
//! records that the reports write out.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::sync::Arc;

use rayon::prelude::*;
use serde::Serialize;

use crate::model::*;

use crate::read::claims::{self, BlockFacts, Context, Kind, SentenceFacts};
use crate::read::load::{DisplayPath, Document};
use crate::read::sentences;
use crate::read::structure::{self, BlockKind, Format};
use crate::sources::declared::{self as sources, DeclaredSource};
use crate::sources::provider::{LocalFolders, ProvidedSources, SourceProvider};
use crate::sources::text::ManifestEntry;
use crate::verify::duplicates::{self, Syndication};
use crate::verify::matching::{self, SourceIndex};

/// Settings of one audit.
#[derive(Debug, Clone)]
pub struct AuditOptions {
    /// `--sources DIR`: a folder of source texts for every article.
    pub sources_dir: Option<PathBuf>,
    /// Where source texts come from; `None`: [`LocalFolders`] (the
    /// article's folders and `sources_dir`).
    pub provider: Option<Arc<dyn SourceProvider>>,
    pub thresholds: Thresholds,
    /// Largest source file read.
    pub max_file_size: u64,
    /// Kinds audited as claims (their sentences get a status).
    pub claim_kinds: Vec<Kind>,
    /// Extra caption and boilerplate openings (case-insensitive prefixes).
    pub rules: claims::ExtraRules,
    pub scope: CitationScope,
    /// `links-cite`: a claim's links to web pages are its citations, each
    /// linked URL a source (see `linked_urls`).
    pub links_cite: bool,
    /// Keys ([`sentence_key`]) of sentences repeated across many articles of
    /// the batch: they are boilerplate.
    pub repeated: crate::hash::KeySet,
}

/// Does a marker cover only its own sentence, or its whole paragraph?
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum CitationScope {
    /// A marker cites for the sentence it closes.
    #[default]
    Sentence,
    /// Markers at a paragraph's end also cover its earlier uncited sentences.
    Paragraph,
}

impl CitationScope {
    pub const ALL: [CitationScope; 2] = [CitationScope::Sentence, CitationScope::Paragraph];

    pub fn as_str(self) -> &'static str {
        match self {
            CitationScope::Sentence => "sentence",
            CitationScope::Paragraph => "paragraph",
        }
    }
}

impl FromStr for CitationScope {
    type Err = String;

    fn from_str(name: &str) -> Result<Self, Self::Err> {
        CitationScope::ALL
            .into_iter()
            .find(|k| k.as_str() == name)
            .ok_or_else(|| format!("unknown citation scope '{name}'"))
    }
}

impl Default for AuditOptions {
    fn default() -> Self {
        AuditOptions {
            sources_dir: None,
            provider: None,
            thresholds: Thresholds::default(),
            max_file_size: crate::read::load::DEFAULT_MAX_FILE_SIZE,
            claim_kinds: vec![Kind::Claim],
            rules: claims::ExtraRules::default(),
            scope: CitationScope::Sentence,
            links_cite: false,
            repeated: Default::default(),
        }
    }
}

/// A passage whose word evidence (before penalties) reaches this is about
/// the claim: its numbers and wording are compared with the claim's
/// (`number-mismatch`, `verbatim`).
pub const RELEVANT_BASE: f64 = 0.4;

/// Score thresholds (see the matching module for the score).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Thresholds {
    /// A cited score at least this high is `supported`.
    pub support: f64,
    /// At least this high (but below `support`) is `partial`.
    pub partial: f64,
    /// Character similarity that makes a claim a near-copy (`verbatim`).
    pub verbatim: f64,
    /// Character similarity that makes two source sentences duplicates.
    pub duplicate: f64,
}

impl Default for Thresholds {
    fn default() -> Self {
        Thresholds {
            // Calibrated by scripts/train_support.py with the model (see
            // verify/support_model.rs): the score is the probability that
            // the text supports the claim; `support` is where 90 % of the
            // development claims above it are supported, `partial` where
            // half are.
            support: crate::verify::support_model::SUPPORT_THRESHOLD,
            partial: crate::verify::support_model::PARTIAL_THRESHOLD,
            verbatim: 0.9,
            duplicate: crate::verify::duplicates::DEFAULT_DUPLICATE_THRESHOLD,
        }
    }
}

/// An article read up to its sentence kinds: the part of [`read_article`]
/// that reads blocks and sentences.
struct Draft {
    structure: structure::Structure,
    declared: Vec<DeclaredSource>,
    sentences: Vec<SentenceRecord>,
    block_starts: Vec<usize>,
    /// Doubtful markers read anyway (ranges too wide to expand).
    warnings: Vec<String>,
    /// Sentences that link a web page (indices), when links do not cite.
    linked: Vec<usize>,
}

fn draft(doc: &Document, format: Format, options: &AuditOptions) -> Draft {
    let structure = structure::parse(&doc.text, format);
    let mut declared = sources::declared_sources(&structure);
    // A Pandoc bibliography named in the front matter declares its keys,
    // and only then are `[@key]` citations read.
    let bibliography = match format {
        Format::Markdown => {
            crate::sources::bibliography::read(&doc.path, &doc.text, options.max_file_size)
        }
        _ => None,
    };
    let pandoc = bibliography.is_some();
    let mut warnings: Vec<String> = Vec::new();
    let mut declared_ids = sources::declared_ids(&declared);
    // Keys of the bibliography that the reference list shows only if cited.
    let mut cited_only: HashSet<String> = HashSet::new();
    if let Some(mut bibliography) = bibliography {
        for entry in std::mem::take(&mut bibliography.entries) {
            if declared_ids.insert(entry.id.clone()) {
                if !bibliography.listed_uncited(&entry.id) {
                    cited_only.insert(entry.id.clone());
                }
                declared.push(entry);
            }
        }
        warnings.extend(bibliography.warnings);
    }
    let declared_ids = declared_ids;
    // A short report that declares a numbered source list needs fewer
    // signs: its own list says what the glued digits point to, and it is
    // too short to show three. A long one shows three if it has them (a
    // book of 2 MB with a numbered list has `macOS 10.12` and `glibc 2.17`).
    let numbered_list = doc.text.len() <= SHORT_REPORT_BYTES
        && declared_ids
            .iter()
            .filter(|id| id.bytes().all(|b| b.is_ascii_digit()))
            .count()
            >= 2;
    let flattened = crate::read::citations::shows_flattened_superscripts(&doc.text)
        || (numbered_list
            && crate::read::citations::flattened_signs_at_least(
                &doc.text,
                crate::read::citations::FLATTENED_MIN - 1,
            ));
    let block_starts: Vec<usize> = structure
        .blocks
        .iter()
        .map(|b| b.map.file_offset(0))
        .collect();
    // Blocks are read independently (in parallel on a long article; a short
    // one stays on its thread, as `with_min_len` keeps it in one piece), then
    // numbered in order.
    let drafted: Vec<DraftedBlock> = structure
        .blocks
        .par_iter()
        .with_min_len(BLOCKS_PER_TASK)
        .map(|block| draft_block(block, doc, &declared_ids, flattened, pandoc, options))
        .collect();
    // Sized once: grown by doubling, a long article's records would be
    // copied at every step and need twice their room at the last.
    let mut sentences: Vec<SentenceRecord> =
        Vec::with_capacity(drafted.iter().map(|d| d.sentences.len()).sum());
    let mut block_facts: Vec<BlockFacts> = Vec::with_capacity(drafted.len());
    // Index of each block's first sentence, to apply the trailing-chrome rule.
    let mut block_first: Vec<usize> = Vec::with_capacity(drafted.len());
    let mut linked: Vec<usize> = Vec::new();
    // With links-cite, each linked page's title: the first link to it
    // that has a text.
    let mut link_titles: HashMap<String, String> = HashMap::new();
    for drafted_block in drafted {
        for (url, title) in drafted_block.link_titles {
            let known = link_titles.entry(url).or_default();
            if known.is_empty() {
                *known = title;
            }
        }
        block_first.push(sentences.len());
        warnings.extend(drafted_block.warnings);
        linked.extend(drafted_block.linked.iter().map(|k| sentences.len() + k));
        for mut s in drafted_block.sentences {
            s.sentence = sentences.len() + 1;
            s.block = block_facts.len();
            sentences.push(s);
        }
        block_facts.push(drafted_block.facts);
    }
    // A section about the authors, or one that thanks, credits people: no
    // claim there needs a source (one that cites stays a claim).
    let blocks = structure.blocks.iter().map(|b| {
        let heading = (b.kind == BlockKind::Heading).then_some(b.level);
        (heading, b.text.as_str())
    });
    for section in claims::credit_sections(blocks) {
        let first = block_first[section.start];
        let end = block_first
            .get(section.end)
            .copied()
            .unwrap_or(sentences.len());
        for s in &mut sentences[first..end] {
            if s.kind == Kind::Claim && s.cited.is_empty() {
                s.kind = Kind::Other;
            }
        }
    }
    if claims::has_filler(&doc.text) {
        // Placeholder Latin stands where claims will be written.
        for s in sentences
            .iter_mut()
            .filter(|s| s.kind == Kind::Claim && s.cited.is_empty())
        {
            if claims::is_filler(&s.text) {
                s.kind = Kind::Other;
            }
        }
    }
    if let Some(first) = claims::trailing_chrome(&block_facts) {
        for s in &mut sentences[block_first[first]..] {
            s.kind = Kind::Boilerplate;
        }
    }
    if options.links_cite {
        // Each URL a claim links to is a source, declared by the link.
        let mut seen: HashSet<&str> = HashSet::new();
        for id in sentences.iter().flat_map(|s| &s.cited) {
            if is_web_url(id) && !declared_ids.contains(id) && seen.insert(id) {
                declared.push(DeclaredSource {
                    id: id.clone(),
                    title: link_titles.remove(id).unwrap_or_default(),
                    url: id.clone(),
                });
            }
        }
    }
    if let Some(bulleted) = sources_by_place(&structure, &declared_ids, &sentences) {
        // Numbered sources come first, as `declared_sources` orders them.
        declared.splice(0..0, bulleted);
    }
    if !cited_only.is_empty() {
        // Pandoc lists a bibliography's keys that the text cites (and those
        // `nocite:` names), not the whole file: a shared bibliography's
        // other keys are no unused sources of this article.
        let cited: HashSet<&str> = sentences
            .iter()
            .flat_map(|s| s.cited.iter().map(String::as_str))
            .collect();
        declared.retain(|d| !cited_only.contains(&d.id) || cited.contains(d.id.as_str()));
    }
    Draft {
        structure,
        declared,
        sentences,
        block_starts,
        warnings,
        linked,
    }
}

/// A bulleted source list's entries as sources 1, 2, 3… by place
/// ([`structure::Structure::bulleted_sources`]), when that is what the
/// article's numbers point to: it declares no numbered source of its own,
/// it cites numbers, and every number it cites has an entry. `[1]` after
/// `Sources:` and three `- https://…` items is the first of them; an
/// article whose `[7]` has no seventh item, or that numbers its sources
/// elsewhere, is read as before.
fn sources_by_place(
    structure: &structure::Structure,
    declared_ids: &HashSet<String>,
    sentences: &[SentenceRecord],
) -> Option<Vec<DeclaredSource>> {
    let count = structure.bulleted_sources.len();
    if count == 0
        || declared_ids
            .iter()
            .any(|id| id.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    let mut cites_a_number = false;
    for id in sentences.iter().flat_map(|s| &s.cited) {
        if let Ok(n) = id.parse::<usize>() {
            if n == 0 || n > count {
                return None;
            }
            cites_a_number = true;
        }
    }
    cites_a_number.then(|| {
        structure
            .bulleted_sources
            .iter()
            .map(DeclaredSource::from)
            .collect()
    })
}

/// An absolute link to a web page (`http://` or `https://`, any case).
fn is_web_url(text: &str) -> bool {
    let lower = |n: usize| text.get(..n).map(str::to_ascii_lowercase);
    lower(7).is_some_and(|p| p == "http://") || lower(8).is_some_and(|p| p == "https://")
}

/// With `links-cite`, the web pages a sentence links to, in order: the
/// destinations of its links (Markdown `[text](https://…)` and `<…>`, HTML
/// `<a href>`) whose text starts in `stretch` of the block. A link whose
/// text is the number of a declared source is that source's marker
/// (`[5](https://…)` under a numbered list; without one, its URL cites),
/// and links within the page or the site (`#notes`, `/about`) cite
/// nothing.
fn linked_urls(
    block: &structure::Block,
    stretch: std::ops::Range<usize>,
    declared: &HashSet<String>,
) -> Vec<(String, String)> {
    let numbered: HashSet<usize> =
        crate::read::citations::link_markers(&block.numeric_links, &block.text, declared)
            .iter()
            .map(|m| m.span.start)
            .collect();
    block
        .links
        .iter()
        .filter(|(span, url)| {
            stretch.contains(&span.start) && !numbered.contains(&span.start) && is_web_url(url)
        })
        .map(|(span, url)| {
            // The link's text is the page's title, unless it is its address.
            let title = block.text.get(span.clone()).unwrap_or("");
            let title = match is_web_url(title.trim()) {
                true => String::new(),
                false => title.split_whitespace().collect::<Vec<_>>().join(" "),
            };
            (sources::web_source_id(url), title)
        })
        .collect()
}

/// A sentence's text (whitespace already collapsed) without its bare web
/// addresses, and those addresses: `fell (https://a.org/x).` is `fell.`
/// citing `https://a.org/x`. The signs around an address stay, but for
/// the brackets it leaves empty.
fn without_bare_urls(text: &str) -> (String, Vec<String>) {
    let mut urls = Vec::new();
    let mut words: Vec<String> = Vec::new();
    for word in text.split(' ') {
        // ASCII lowercase keeps every byte where it was.
        let start = word.to_ascii_lowercase().find("http").unwrap_or(word.len());
        let url = word[start..].trim_end_matches(|c: char| ".,;:!?)]}>\"'’”".contains(c));
        if !(is_web_url(url) && url.len() > "https://".len()) {
            words.push(word.to_string());
            continue;
        }
        urls.push(sources::web_source_id(url));
        let rest = [&word[..start], &word[start + url.len()..]].concat();
        let rest = rest
            .replacen("()", "", 1)
            .replacen("<>", "", 1)
            .replacen("[]", "", 1);
        match words.last_mut() {
            // What is left is the sentence's punctuation: it closes the word before.
            Some(last) if !rest.chars().any(char::is_alphanumeric) => last.push_str(&rest),
            _ if rest.is_empty() => {}
            _ => words.push(rest),
        }
    }
    (words.join(" "), urls)
}

/// Longest article read as a short report by the flattened-superscript
/// rule (two signs suffice under a numbered source list).
const SHORT_REPORT_BYTES: usize = 10_000;

/// Blocks a parallel task takes at least: an article of a few dozen blocks
/// is read on one thread (splitting it would cost more than it saves).
const BLOCKS_PER_TASK: usize = 64;

/// One block read: its sentences (numbered later), its facts, its warnings.
struct DraftedBlock {
    sentences: Vec<SentenceRecord>,
    facts: BlockFacts,
    warnings: Vec<String>,
    /// Its sentences that link a web page, when links do not cite.
    linked: Vec<usize>,
    /// With links-cite: each linked page and its link's text.
    link_titles: Vec<(String, String)>,
}

fn draft_block(
    block: &structure::Block,
    doc: &Document,
    declared_ids: &HashSet<String>,
    flattened: bool,
    pandoc: bool,
    options: &AuditOptions,
) -> DraftedBlock {
    let block_sentences = sentences::block_sentences(block, declared_ids, flattened, pandoc);
    let context = match block.kind {
        BlockKind::Heading => Context::Heading,
        BlockKind::SourceCount => Context::SourceCount,
        BlockKind::Paragraph => Context::Paragraph,
        BlockKind::ListItem => Context::ListItem,
        BlockKind::TableCell => Context::TableCell,
        // Never handed on by the structure stage.
        BlockKind::Code => Context::Paragraph,
    };
    let mut facts = BlockFacts::default();
    let mut warnings = Vec::new();
    let mut out = Vec::with_capacity(block_sentences.len());
    let mut titles = 0;
    let whole_line = block.single_line && block_sentences.len() == 1;
    // A wiki's maintenance box speaks of the page in every sentence.
    let notice = claims::is_maintenance_notice(&block.text);
    // Where each sentence starts, where its links are looked at: always
    // with links-cite, else for the hint that they could cite (a block
    // without a link allocates nothing).
    static HTTP: std::sync::OnceLock<memchr::memmem::Finder<'static>> = std::sync::OnceLock::new();
    let has_links = !block.links.is_empty()
        || HTTP
            .get_or_init(|| memchr::memmem::Finder::new(b"http"))
            .find(block.text.as_bytes())
            .is_some();
    let starts: Vec<usize> = match options.links_cite || has_links {
        true => block_sentences.iter().map(|s| s.start).collect(),
        false => Vec::new(),
    };
    let mut linked = Vec::new();
    let mut link_titles = Vec::new();
    for (k, sentence) in block_sentences.into_iter().enumerate() {
        // The sentence's stretch of the block: from the end of the one
        // before (a link may open it) to the start of the next.
        let stretch = if k == 0 { 0 } else { sentence.start }
            ..starts.get(k + 1).copied().unwrap_or(block.text.len());
        let markers = sentence.markers;
        let has_marker = markers.count > 0;
        let text = sentence.text;
        let file_offset = block.map.file_offset(sentence.start);
        let (line, column) = doc.lines.position(&doc.text, file_offset);
        for range in &markers.wide_ranges {
            warnings.push(format!(
                "{}:{line}: citation range {range} spans more than {} sources; only its first and last are cited",
                DisplayPath::new(&doc.path),
                crate::read::citations::MAX_RANGE
            ));
        }
        let (kind, chrome) = claims::kind_and_chrome(
            &SentenceFacts {
                text: &text,
                context,
                whole_line,
                has_marker,
            },
            &options.rules,
        );
        let kind = if sentence.only_markers {
            Kind::Other
        } else if notice && kind == Kind::Claim && !has_marker {
            Kind::Boilerplate
        } else if block.in_reading_list && kind == Kind::Claim && !has_marker {
            // A reference without a number, a further-reading entry.
            Kind::Other
        } else if block.caption && kind == Kind::Claim && !has_marker {
            // A figure's caption tells what the picture shows; one that
            // cites a source is checked as a claim.
            Kind::Caption
        } else {
            kind
        };
        facts.chrome |= chrome;
        facts.claim |= kind == Kind::Claim;
        facts.has_marker |= has_marker;
        facts.sentences += 1;
        facts.count_words(&text);
        titles += usize::from(kind == Kind::Heading);
        let mut flags = Vec::new();
        if markers.lost {
            flags.push(Flag::MarkerLost);
        }
        if markers.citation_needed {
            flags.push(Flag::CitationNeeded);
        }
        let mut cited = markers.cited;
        let mut text = text;
        if options.links_cite && (kind == Kind::Claim || options.claim_kinds.contains(&kind)) {
            // A bare address is then a marker: out of the text, as markers are.
            let (without, bare) = without_bare_urls(&text);
            let bare = bare.into_iter().map(|url| (url, String::new()));
            for (url, title) in linked_urls(block, stretch, declared_ids)
                .into_iter()
                .chain(bare)
            {
                if !cited.contains(&url) {
                    cited.push(url.clone());
                }
                link_titles.push((url, title));
            }
            if !without.is_empty() {
                text = without;
            }
        } else if has_links
            && kind == Kind::Claim
            && cited.is_empty()
            && (!linked_urls(block, stretch, declared_ids).is_empty()
                || !without_bare_urls(&text).1.is_empty())
        {
            linked.push(out.len());
        }
        out.push(SentenceRecord {
            sentence: 0,
            block: 0,
            line,
            column,
            kind,
            status: Status::Skipped,
            flags,
            cited,
            text,
            verdict: None,
            baselined: false,
        });
    }
    facts.title = facts.sentences > 0 && titles == facts.sentences;
    facts.source_label =
        block.kind == BlockKind::Heading && crate::read::references::is_label(&block.text);
    DraftedBlock {
        sentences: out,
        facts,
        warnings,
        linked,
        link_titles,
    }
}

/// The key of a sentence for batch boilerplate: a hash of its normalised text.
pub fn sentence_key(text: &str) -> u64 {
    // Stable across machines and Rust releases (see `hash`); the FNV-1a of
    // the normalised text, hashed as it is produced rather than built.
    if !text.is_ascii() {
        return sentence_key_of_words(text);
    }
    // ASCII (most sentences): the same bytes, one table lookup a byte
    // (its lowercase, or 0 for a space; a zero byte is itself).
    let mut hash = crate::hash::Fnv1a::default();
    let (mut started, mut gap) = (false, false);
    for &b in text.as_bytes() {
        let lower = SENTENCE_KEY_BYTES[usize::from(b)];
        if lower == 0 && b != 0 {
            gap = true;
            continue;
        }
        if gap && started {
            hash.write_byte(b' ');
        }
        (started, gap) = (true, false);
        hash.write_byte(lower);
    }
    hash.finish()
}

/// [`sentence_key`]'s reading of an ASCII byte: its lowercase, or 0 for
/// the whitespace that `char::is_whitespace` calls so.
static SENTENCE_KEY_BYTES: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let byte = b as u8;
        table[b] = if matches!(byte, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r') {
            0
        } else {
            byte.to_ascii_lowercase()
        };
        b += 1;
    }
    table
};

/// [`sentence_key`] of any text, word by word.
fn sentence_key_of_words(text: &str) -> u64 {
    let mut hash = crate::hash::Fnv1a::default();
    crate::verify::matching::normalized_words(text, |part| hash.write(part.as_bytes()));
    hash.finish()
}

/// The keys of an article's claim and other sentences, for the batch
/// pre-pass that finds sentences repeated across many articles.
pub fn sentence_keys(doc: &Document, format: Format, options: &AuditOptions) -> Vec<u64> {
    read_article(doc, format, options, true).distinct_keys()
}

/// An article read up to its sentence kinds, with everything the rest of
/// its audit needs from the file (skipped stretches, pragma plan): the
/// batch pre-pass keeps it (spilled to disk, see `batch::drafts`) so that
/// the audit does not read the article a second time. It does not depend
/// on batch boilerplate, which is applied after.
#[derive(Debug, Clone, PartialEq)]
pub struct ReadArticle {
    pub(crate) declared: Vec<DeclaredSource>,
    pub(crate) sentences: Vec<SentenceRecord>,
    /// Doubtful markers read anyway (ranges too wide to expand).
    pub(crate) warnings: Vec<String>,
    pub(crate) skipped: Vec<SkippedLines>,
    /// Per block: `Some(rules)` when a pragma ignores its sentences for
    /// those rules (all of them when empty).
    pub(crate) ignore: Vec<Option<Vec<Rule>>>,
    /// Pragmas naming unknown rules, with their lines.
    pub(crate) pragma_errors: Vec<String>,
    /// Each sentence's batch-boilerplate key ([`sentence_key`]), `None` for
    /// the kinds batch boilerplate leaves alone: hashed once, for the
    /// pre-pass's count and the audit's test alike. Empty when the reading
    /// was not asked for keys (nothing in the run needs them).
    pub(crate) keys: Vec<Option<u64>>,
    /// Claims without a marker that link a web page (indices into
    /// `sentences`), when links do not cite: the hint that `links-cite`
    /// would count them.
    pub(crate) linked: Vec<usize>,
}

/// The batch-boilerplate key of a sentence of kind `kind` read from the
/// file, if its kind can become batch boilerplate.
fn boilerplate_key(kind: Kind, text: &str) -> Option<u64> {
    matches!(kind, Kind::Claim | Kind::Other).then(|| sentence_key(text))
}

impl ReadArticle {
    /// The batch-boilerplate keys of its claim and other sentences, each
    /// once, sorted.
    pub fn distinct_keys(&self) -> Vec<u64> {
        let mut keys: Vec<u64> = self.keys.iter().flatten().copied().collect();
        keys.sort_unstable();
        keys.dedup();
        keys
    }
}

/// Reads one loaded document as far as [`ReadArticle`], with its sentences'
/// batch-boilerplate keys when `with_keys`.
pub fn read_article(
    doc: &Document,
    format: Format,
    options: &AuditOptions,
    with_keys: bool,
) -> ReadArticle {
    let Draft {
        structure,
        declared,
        sentences,
        block_starts,
        warnings,
        linked,
    } = draft(doc, format, options);
    let (ignore, pragma_errors) = pragma_plan(&structure, &block_starts, doc);
    let mut skipped: Vec<SkippedLines> = Vec::new();
    for s in &structure.skipped {
        let last = s.span.end.saturating_sub(1).max(s.span.start);
        let lines = SkippedLines {
            line: doc.lines.position(&doc.text, s.span.start).0,
            end_line: doc.lines.position(&doc.text, last).0,
            reason: s.reason.as_str(),
        };
        // Consecutive stretches skipped for one reason read as one (a div's
        // two fences hold text between them: never one stretch).
        match skipped.last_mut() {
            Some(prev)
                if prev.reason == lines.reason
                    && lines.line <= prev.end_line + 2
                    && lines.reason != "fence" =>
            {
                prev.end_line = prev.end_line.max(lines.end_line);
            }
            _ => skipped.push(lines),
        }
    }
    let keys = match with_keys {
        true => sentences
            .iter()
            .map(|s| boilerplate_key(s.kind, &s.text))
            .collect(),
        false => Vec::new(),
    };
    ReadArticle {
        declared,
        sentences,
        warnings,
        skipped,
        ignore,
        pragma_errors,
        keys,
        linked,
    }
}

/// Audits one loaded document. `article` is its name in the reports.
pub fn audit_document(
    article: &str,
    doc: &Document,
    format: Format,
    options: &AuditOptions,
) -> ArticleAudit {
    finish_audit(
        article,
        &doc.path,
        read_article(doc, format, options, !options.repeated.is_empty()),
        options,
    )
}

/// The rest of an audit of the article at `path`, once it is read: batch
/// boilerplate, statuses, source texts, pragmas, records.
pub fn finish_audit(
    article: &str,
    path: &Path,
    read: ReadArticle,
    options: &AuditOptions,
) -> ArticleAudit {
    let ReadArticle {
        declared,
        mut sentences,
        warnings: marker_warnings,
        skipped,
        ignore,
        pragma_errors,
        keys,
        linked,
    } = read;
    let declared_ids = sources::declared_ids(&declared);
    if !options.repeated.is_empty() {
        // Batch boilerplate: found in many articles of this run.
        for (k, s) in sentences.iter_mut().enumerate() {
            // Read without keys: hashed here.
            let key = match keys.get(k) {
                Some(key) => *key,
                None => boilerplate_key(s.kind, &s.text),
            };
            if key.is_some_and(|key| options.repeated.contains(&key)) {
                s.kind = Kind::Boilerplate;
            }
        }
    }
    for s in &mut sentences {
        // `claim-kinds`: the kinds audited as claims.
        s.kind = match (s.kind, options.claim_kinds.contains(&s.kind)) {
            (Kind::Claim, false) => Kind::Other,
            (_, true) => Kind::Claim,
            (kind, false) => kind,
        };
    }
    if options.scope == CitationScope::Paragraph {
        extend_to_paragraph(&mut sentences);
    }
    settle_statuses(&mut sentences, &declared_ids);
    let linked_uncited = linked
        .iter()
        .filter(|&&k| {
            sentences
                .get(k)
                .is_some_and(|s| s.status == Status::Uncited)
        })
        .count();
    let ids: Vec<String> = declared.iter().map(|d| d.id.clone()).collect();
    let provided = match &options.provider {
        Some(provider) => provider.provide(path, &ids, options.max_file_size),
        None => LocalFolders {
            extra: options.sources_dir.clone(),
        }
        .provide(path, &ids, options.max_file_size),
    };
    let texts = SourceTexts::read(provided, options);
    let mut duplicates = Vec::new();
    if !texts.index.is_empty() {
        verify_claims(&mut sentences, &texts, &options.thresholds);
        duplicates = duplicate_records(&texts);
    }
    apply_ignore(&mut sentences, &ignore);
    let source_records = source_records(&declared, &sentences, &texts, path);
    let summary = summarize(&sentences, &source_records);
    let mut errors = pragma_errors;
    errors.extend(texts.errors);
    ArticleAudit {
        article: article.to_string(),
        path: path.to_string_lossy().replace('\\', "/"),
        sentences,
        sources: source_records,
        duplicates,
        summary,
        errors,
        warnings: marker_warnings.into_iter().chain(texts.warnings).collect(),
        skipped,
        linked_uncited,
    }
}

/// The texts of an article's sources, indexed once.
struct SourceTexts {
    /// Ids of the sources with a text, by index position.
    ids: Vec<String>,
    /// Each id's position in `ids` (looked up once a citation).
    positions: HashMap<String, usize>,
    /// Where each located source's file is (read or not).
    files: HashMap<String, PathBuf>,
    manifest: HashMap<String, ManifestEntry>,
    has_folders: bool,
    index: SourceIndex,
    syndication: Syndication,
    errors: Vec<String>,
    warnings: Vec<String>,
}

impl SourceTexts {
    fn read(provided: ProvidedSources, options: &AuditOptions) -> SourceTexts {
        let mut texts = SourceTexts {
            ids: Vec::new(),
            positions: HashMap::new(),
            files: provided.files,
            manifest: provided.manifest,
            has_folders: provided.has_place,
            index: SourceIndex::new(),
            syndication: Syndication::default(),
            errors: provided.errors,
            warnings: provided.warnings,
        };
        let mut read = Vec::new();
        for (id, text) in provided.texts {
            match text {
                Ok(sentences) => {
                    texts.positions.entry(id.clone()).or_insert(texts.ids.len());
                    texts.ids.push(id);
                    read.push(sentences);
                }
                Err(e) => texts.errors.push(e.to_string()),
            }
        }
        // Every source's sentences in one batch: the text work of all of
        // them runs in parallel at once, not source by source. The texts
        // move into the index.
        let batch: Vec<(usize, usize, String)> = read
            .into_iter()
            .enumerate()
            .flat_map(|(position, sentences)| {
                sentences
                    .into_iter()
                    .map(move |(line, text)| (position, line, text))
            })
            .collect();
        texts.index.add_texts(batch);
        if !texts.index.is_empty() {
            texts.syndication = duplicates::find_duplicates(
                &texts.index,
                texts.ids.len(),
                options.thresholds.duplicate,
            );
        }
        texts
    }

    fn position(&self, id: &str) -> Option<usize> {
        self.positions.get(id).copied()
    }
}

/// The source text shown beside a claim: its best window's sentence, or,
/// when the claim gathers its facts from several sentences (the greedy cover
/// holds clearly more of it than the best window), those sentences in text
/// order, joined by ` … `.
fn shown_match(index: &SourceIndex, score: &matching::SourceScore) -> String {
    let passages = index.passages();
    let mut cover: Vec<u32> = score.cover.iter().flatten().copied().collect();
    let window_coverage = score.features[matching::WINDOW_COVERAGE];
    let cover_coverage = score.features[matching::COVER];
    if cover.len() < 2 || cover_coverage < window_coverage + COVER_GAIN {
        return passages[score.passage].text.clone();
    }
    cover.sort_unstable();
    cover
        .iter()
        .map(|&p| passages[p as usize].text.as_str())
        .collect::<Vec<_>>()
        .join(" … ")
}

/// How much more of a claim the greedy cover must hold than the best window
/// before the report shows the cover.
const COVER_GAIN: f64 = 0.15;

/// Where the sentences holding a claim's words are (`sentences`:
/// passage indices): each distinct (source, line), in the sources' order
/// (as the article's texts are indexed), then the lines'.
fn spread_lines(ids: &[String], index: &SourceIndex, sentences: &[usize]) -> Vec<SourceLine> {
    let passages = index.passages();
    let mut places: Vec<(usize, usize)> = sentences
        .iter()
        .map(|&p| (passages[p].source, passages[p].line))
        .collect();
    places.sort_unstable();
    places.dedup();
    places
        .into_iter()
        .map(|(source, line)| SourceLine {
            source: ids[source].clone(),
            line,
        })
        .collect()
}

/// Statuses and flags of claims that the source texts can speak to.
fn verify_claims(sentences: &mut [SentenceRecord], texts: &SourceTexts, t: &Thresholds) {
    // Claims are checked independently of each other: in parallel.
    sentences.par_iter_mut().for_each(|s| {
        if s.kind == Kind::Claim {
            verify_claim(s, texts, t);
        }
    });
}

fn verify_claim(s: &mut SentenceRecord, texts: &SourceTexts, t: &Thresholds) {
    {
        let cited: Vec<usize> = s.cited.iter().filter_map(|id| texts.position(id)).collect();
        let scores = texts.index.score_claim(&s.text, &cited);
        // A score of zero is no match: no best source to name.
        let best = scores.first().copied().filter(|b| b.score > 0.0);
        let best_cited = scores.iter().find(|x| cited.contains(&x.source)).copied();
        let passage_text = |p: usize| texts.index.passages()[p].text.clone();
        let mut clusters: Vec<usize> = scores
            .iter()
            .filter(|x| x.score >= t.support)
            .map(|x| texts.syndication.cluster[x.source])
            .collect();
        clusters.sort_unstable();
        clusters.dedup();
        let cited_score = (!cited.is_empty()).then(|| best_cited.map_or(0.0, |x| x.score));
        let mut verdict = Verdict {
            best_source: best.map(|b| texts.ids[b.source].clone()),
            best_score: best.map_or(0.0, |b| b.score),
            cited_score,
            corroboration: clusters.len(),
            matched: best_cited.or(best).map(|b| shown_match(&texts.index, &b)),
            suggest: None,
            supporting: scores
                .iter()
                .filter(|x| x.score >= t.support)
                .map(|x| texts.ids[x.source].clone())
                .collect(),
            number_mismatch: None,
            lacking: None,
            words_spread: None,
            spread_lines: Vec::new(),
        };
        if s.status == Status::Uncited {
            if let Some(b) = best.filter(|b| b.score >= t.support) {
                verdict.suggest = Some(texts.ids[b.source].clone());
            }
        } else if s.status == Status::Cited {
            if let Some(score) = cited_score {
                let elsewhere = best.filter(|b| !cited.contains(&b.source) && b.score >= t.support);
                s.status = if score >= t.support {
                    Status::Supported
                } else if score >= t.partial {
                    Status::Partial
                } else if elsewhere.is_some() {
                    Status::Misattributed
                } else {
                    Status::Unsupported
                };
            }
        }
        // What to look for in a text that only partly supports the claim,
        // or not at all (a misattributed claim names the source that does).
        if matches!(s.status, Status::Partial | Status::Unsupported) {
            if let Some(missing) = texts.index.words_missing_from(&s.text, &cited) {
                verdict.lacking = Some(missing.words);
                if let Some(sentences) = missing.spread {
                    verdict.words_spread = Some(sentences.len());
                    verdict.spread_lines = spread_lines(&texts.ids, &texts.index, &sentences);
                }
            }
        }
        // A figure the relevant passage lacks or contradicts.
        // Flags speak of a passage that is about the claim at all (its word
        // evidence before penalties), whatever the support score.
        if let Some(b) = best_cited.filter(|b| b.base >= RELEVANT_BASE && !b.numbers_agree) {
            s.flags.push(Flag::NumberMismatch);
            verdict.number_mismatch = b
                .mismatch
                .map(|(claim, source)| format!("{}≠{}", claim.display(), source.display()));
        }
        if let Some(b) = best.filter(|b| b.base >= RELEVANT_BASE) {
            if matching::is_verbatim(&s.text, &texts.index.passages()[b.passage].text, t.verbatim) {
                s.flags.push(Flag::Verbatim);
            }
        }
        // A misattributed claim is best shown with the passage that does
        // support it.
        if s.status == Status::Misattributed {
            verdict.matched = best.map(|b| passage_text(b.passage));
        }
        s.verdict = Some(Box::new(verdict));
    }
}

fn duplicate_records(texts: &SourceTexts) -> Vec<DuplicateRecord> {
    let passages = texts.index.passages();
    let mut rows = Vec::new();
    for (g, group) in texts.syndication.groups.iter().enumerate() {
        for &(p, score) in &group.members {
            rows.push(DuplicateRecord {
                group: g + 1,
                source: texts.ids[passages[p].source].clone(),
                line: passages[p].line,
                score,
                text: passages[p].text.clone(),
            });
        }
    }
    rows
}

/// Citation scope `paragraph`: the ids cited by a paragraph's last sentence
/// also cover its earlier claims that cite nothing (and lost no marker).
fn extend_to_paragraph(sentences: &mut [SentenceRecord]) {
    let mut start = 0;
    while start < sentences.len() {
        let block = sentences[start].block;
        let end = start
            + sentences[start..]
                .iter()
                .take_while(|s| s.block == block)
                .count();
        let closing = sentences[end - 1].cited.clone();
        if !closing.is_empty() {
            for s in &mut sentences[start..end - 1] {
                if s.kind == Kind::Claim && s.cited.is_empty() && s.flags.is_empty() {
                    s.cited.clone_from(&closing);
                }
            }
        }
        start = end;
    }
}

/// Marks the sentences that pragmas ignore with the flag `ignored`. A rule
/// name that is not a [`Rule`] is an error naming the file, line and the
/// valid names (a typo must not silently ignore nothing); the rest of the
/// pragma still applies.
/// Which blocks the article's pragmas ignore, and for which rules (see
/// [`ReadArticle::ignore`]), with an error for each unknown rule named.
fn pragma_plan(
    structure: &structure::Structure,
    block_starts: &[usize],
    doc: &Document,
) -> (Vec<Option<Vec<Rule>>>, Vec<String>) {
    use crate::read::structure::PragmaAction;
    let mut errors = Vec::new();
    if structure.pragmas.is_empty() {
        return (Vec::new(), errors);
    }
    // Per block: ignored entirely, or only for some rules.
    let mut ignore: Vec<Option<Vec<Rule>>> = vec![None; block_starts.len()];
    let mut off_from: Option<usize> = None;
    let mut off_ranges: Vec<(usize, usize)> = Vec::new();
    for pragma in &structure.pragmas {
        match &pragma.action {
            PragmaAction::Off => {
                off_from.get_or_insert(pragma.offset);
            }
            PragmaAction::On => {
                if let Some(from) = off_from.take() {
                    off_ranges.push((from, pragma.offset));
                }
            }
            PragmaAction::IgnoreNext(names) => {
                let mut rules = Vec::new();
                for name in names {
                    match name.parse::<Rule>() {
                        Ok(rule) => rules.push(rule),
                        Err(e) => {
                            let (line, _) = doc.lines.position(&doc.text, pragma.offset);
                            let path = DisplayPath::new(&doc.path);
                            errors.push(format!("{path}:{line}: pragma: {e}"));
                        }
                    }
                }
                if !names.is_empty() && rules.is_empty() {
                    continue; // only typos: ignore nothing rather than everything
                }
                if let Some(b) = block_starts.iter().position(|&start| start > pragma.offset) {
                    ignore[b] = Some(rules);
                }
            }
        }
    }
    if let Some(from) = off_from {
        off_ranges.push((from, usize::MAX));
    }
    for (b, start) in block_starts.iter().enumerate() {
        if off_ranges
            .iter()
            .any(|(from, to)| from <= start && start < to)
        {
            ignore[b] = Some(Vec::new());
        }
    }
    (ignore, errors)
}

/// Flags `ignored` the sentences a pragma plan ([`pragma_plan`]) ignores,
/// once their statuses and flags are known (a rule ignores only its own
/// findings).
fn apply_ignore(sentences: &mut [SentenceRecord], ignore: &[Option<Vec<Rule>>]) {
    if ignore.is_empty() {
        return;
    }
    for s in sentences.iter_mut() {
        let Some(rules) = ignore.get(s.block).and_then(Option::as_ref) else {
            continue;
        };
        let hit = rules.is_empty() || rules.iter().any(|r| r.applies_to(s));
        if hit && !s.flags.contains(&Flag::Ignored) {
            s.flags.push(Flag::Ignored);
        }
    }
}

fn settle_statuses(sentences: &mut [SentenceRecord], declared: &HashSet<String>) {
    // Hashes of the texts seen (64 bits: a false `duplicate` would need
    // two different claims of one article to collide).
    // Keys hashed in parallel on a long article (the only costly part).
    let keys: Vec<u64> = sentences
        .par_iter()
        .with_min_len(1024)
        .map(|s| match s.kind {
            Kind::Claim => normalized_key(&s.text),
            _ => 0,
        })
        .collect();
    let mut seen: HashSet<u64> = HashSet::new();
    for (s, key) in sentences.iter_mut().zip(keys) {
        if s.kind != Kind::Claim {
            s.status = Status::Skipped;
            continue;
        }
        s.status = if s.cited.is_empty() {
            Status::Uncited
        } else if s.cited.iter().any(|id| !declared.contains(id)) {
            Status::Dangling
        } else {
            Status::Cited
        };
        if !seen.insert(key) {
            s.flags.push(Flag::Duplicate);
        }
    }
}

/// The key compared for the `duplicate` flag: a hash of the text's
/// lowercase words without punctuation. It never leaves the article, so it
/// is the fast in-process hash ([`crate::hash::WordHasher`]), eight bytes
/// of a word a step.
fn normalized_key(text: &str) -> u64 {
    if !text.is_ascii() {
        return normalized_key_of_words(text);
    }
    // Most claims: the words found a byte at a time (a table says which
    // bytes are letters or digits), with no characters decoded and no
    // lowercase copy.
    let mut hash = crate::hash::WordHasher::default();
    let bytes = text.as_bytes();
    let in_word = |at: usize| bytes.get(at).is_some_and(|&b| IS_KEY_BYTE[usize::from(b)]);
    let mut at = 0;
    while at < bytes.len() {
        if !in_word(at) {
            at += 1;
            continue;
        }
        let start = at;
        while in_word(at) {
            at += 1;
        }
        add_key_word(&mut hash, &bytes[start..at], LOWER_ASCII);
    }
    std::hash::Hasher::finish(&hash)
}

/// Whether [`normalized_key`] reads an ASCII byte as part of a word: a
/// letter or a digit.
static IS_KEY_BYTE: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 128 {
        table[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    table
};

/// [`normalized_key`] of any text, word by word.
fn normalized_key_of_words(text: &str) -> u64 {
    let mut hash = crate::hash::WordHasher::default();
    let words = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty());
    for word in words {
        if word.is_ascii() {
            add_key_word(&mut hash, word.as_bytes(), LOWER_ASCII);
        } else {
            add_key_word(&mut hash, word.to_lowercase().as_bytes(), 0);
        }
    }
    std::hash::Hasher::finish(&hash)
}

/// OR-ed into an ASCII letter or digit, its lowercase: a letter's case is
/// this bit, and every digit has it set already.
const LOWER_ASCII: u8 = 0x20;

/// Adds one word to a [`normalized_key`]: its bytes (each OR-ed with
/// `or`) eight a step, the last step padded with zeros, then its length,
/// so that where words end counts (`ab c` is not `a bc`).
fn add_key_word(hash: &mut crate::hash::WordHasher, word: &[u8], or: u8) {
    let mask = u64::from_le_bytes([or; 8]);
    let mut chunks = word.chunks_exact(8);
    for chunk in &mut chunks {
        hash.write_chunk(u64::from_le_bytes(chunk.try_into().expect("eight bytes")) | mask);
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut last = [0u8; 8];
        for (l, &b) in last.iter_mut().zip(rest) {
            *l = b | or;
        }
        hash.write_chunk(u64::from_le_bytes(last));
    }
    hash.write_chunk(word.len() as u64 | 1 << 63);
}

fn source_records(
    declared: &[DeclaredSource],
    sentences: &[SentenceRecord],
    texts: &SourceTexts,
    article: &Path,
) -> Vec<SourceRecord> {
    let mut citations: HashMap<&str, usize> = HashMap::new();
    let mut order: Vec<&str> = Vec::new();
    for id in sentences.iter().flat_map(|s| &s.cited) {
        let n = citations.entry(id).or_insert(0);
        if *n == 0 {
            order.push(id);
        }
        *n += 1;
    }
    let article_dir = article.parent().unwrap_or(Path::new(""));
    let mut records: Vec<SourceRecord> = declared
        .iter()
        .map(|d| {
            let position = texts.position(&d.id);
            let count = citations.get(d.id.as_str()).copied().unwrap_or(0);
            let status = match (count, position) {
                (0, _) => SourceStatus::Unused,
                (_, None) if texts.has_folders => SourceStatus::NoText,
                _ => SourceStatus::Used,
            };
            let manifest = texts.manifest.get(&d.id);
            let or_manifest = |own: &str, pick: fn(&ManifestEntry) -> &str| {
                if own.is_empty() {
                    manifest.map(pick).unwrap_or("").to_string()
                } else {
                    own.to_string()
                }
            };
            let supported = position.map(|_| {
                sentences
                    .iter()
                    .filter(|s| s.kind == Kind::Claim && s.cited.contains(&d.id))
                    .filter(|s| {
                        s.verdict
                            .as_ref()
                            .is_some_and(|v| v.supporting.contains(&d.id))
                    })
                    .count()
            });
            SourceRecord {
                source: d.id.clone(),
                // A page declared by a link: its manifest row's title is
                // better than the link's words (`the Courier reported`).
                title: match manifest.filter(|m| is_web_url(&d.id) && !m.title.is_empty()) {
                    Some(m) => m.title.clone(),
                    None => or_manifest(&d.title, |m| &m.title),
                },
                url: or_manifest(&d.url, |m| &m.url),
                file: texts.files.get(&d.id).map(|f| {
                    let shown = f.strip_prefix(article_dir).unwrap_or(f);
                    shown.to_string_lossy().replace('\\', "/")
                }),
                status,
                citations: count,
                supported,
                duplicate_of: position
                    .and_then(|p| texts.syndication.duplicate_of.get(p).copied().flatten())
                    .map(|q| texts.ids[q].clone()),
                overlap: position.and_then(|p| texts.syndication.overlap.get(p).copied()),
            }
        })
        .collect();
    let declared_ids: HashSet<&str> = declared.iter().map(|d| d.id.as_str()).collect();
    for id in order {
        if !declared_ids.contains(id) {
            records.push(SourceRecord {
                source: id.to_string(),
                title: String::new(),
                url: String::new(),
                file: None,
                status: SourceStatus::Dangling,
                citations: citations[id],
                supported: None,
                duplicate_of: None,
                overlap: None,
            });
        }
    }
    records
}

fn summarize(sentences: &[SentenceRecord], sources: &[SourceRecord]) -> Summary {
    let mut s = Summary {
        sentences: sentences.len(),
        ..Summary::default()
    };
    for sentence in sentences.iter().filter(|x| x.kind == Kind::Claim) {
        s.claims += 1;
        if sentence.cited.is_empty() {
            s.uncited += 1;
        } else {
            s.cited += 1;
        }
        match sentence.status {
            Status::Dangling => s.dangling += 1,
            Status::Supported => s.supported += 1,
            Status::Partial => s.partial += 1,
            Status::Unsupported => s.unsupported += 1,
            Status::Misattributed => s.misattributed += 1,
            _ => {}
        }
    }
    let declared = sources
        .iter()
        .filter(|x| x.status != SourceStatus::Dangling);
    for source in declared {
        s.sources_declared += 1;
        if source.citations > 0 {
            s.sources_cited += 1;
        } else {
            s.sources_unused += 1;
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spread_lines_name_each_line_once_in_the_sources_order() {
        let mut index = SourceIndex::new();
        // Source 0 (cited as `timetable`): two sentences on line 3.
        index.add(0, 3, "The night bus leaves the depot at midnight.");
        index.add(0, 3, "It stops at the harbour.");
        index.add(0, 7, "Fares are paid on board.");
        // Source 1 (cited as `2`).
        index.add(1, 1, "The harbour stop has a shelter.");
        let ids = ["timetable".to_string(), "2".to_string()];
        let place = |source: &str, line| SourceLine {
            source: source.to_string(),
            line,
        };
        assert_eq!(
            spread_lines(&ids, &index, &[3, 1, 0, 2]),
            [place("timetable", 3), place("timetable", 7), place("2", 1)]
        );
        assert!(spread_lines(&ids, &index, &[]).is_empty());
    }

    proptest::proptest! {
        /// The ASCII fast path of the batch-boilerplate key gives the key of
        /// the general path (the keys are written to keys files, so they
        /// must not change with the path taken).
        #[test]
        fn ascii_sentence_keys_match_the_general_path(
            text in "[ aZ9.,\\x00\\t\\n\\r\u{0B}\u{0C}\u{7F}-]{0,30}"
        ) {
            proptest::prop_assert_eq!(sentence_key(&text), sentence_key_of_words(&text));
        }

        /// So does the `duplicate` flag's key, and the two texts' keys are
        /// equal exactly when their lowercase words are.
        #[test]
        fn ascii_duplicate_keys_match_the_general_path(
            a in "[ aZ9.,'\t\n\x00\u{7F}-]{0,30}",
            b in "[ aZ9.,'\t\n\x00\u{7F}-]{0,30}",
        ) {
            proptest::prop_assert_eq!(normalized_key(&a), normalized_key_of_words(&a));
            let words = |t: &str| {
                t.split(|c: char| !c.is_alphanumeric())
                    .filter(|w| !w.is_empty())
                    .map(str::to_lowercase)
                    .collect::<Vec<_>>()
            };
            proptest::prop_assert_eq!(normalized_key(&a) == normalized_key(&b), words(&a) == words(&b));
        }
    }

    #[test]
    fn a_long_article_reads_the_same_on_one_thread_and_on_many() {
        // Enough blocks for several parallel tasks, with markers, wide
        // ranges (warnings) and trailing chrome to number in order.
        let mut text = String::from("# Harbour works\n\n");
        for k in 0..400 {
            text.push_str(&format!(
                "Paragraph {k} says the pier rose [{}]. A second sentence [1-{}] follows.\n\n",
                k % 7 + 1,
                200 + k
            ));
        }
        text.push_str("## Related\n\nShare this story.\n\n## Sources\n\n");
        for n in 1..=7 {
            text.push_str(&format!("{n}. Source {n}\n"));
        }
        let doc = Document::from_text("mem/long.md", &text);
        let read = |threads: usize| {
            let pool = rayon::ThreadPoolBuilder::new()
                .num_threads(threads)
                .build()
                .unwrap();
            pool.install(|| {
                audit_document("long.md", &doc, Format::Markdown, &AuditOptions::default())
            })
        };
        let (one, four) = (read(1), read(4));
        assert!(one.sentences.len() > 800);
        assert_eq!(one.warnings, four.warnings);
        assert!(!one.warnings.is_empty());
        let key = |s: &SentenceRecord| {
            (
                s.sentence,
                s.block,
                s.line,
                s.column,
                s.kind,
                s.status,
                s.text.clone(),
            )
        };
        assert!(one
            .sentences
            .iter()
            .map(key)
            .eq(four.sentences.iter().map(key)));
        assert!(one
            .sentences
            .iter()
            .enumerate()
            .all(|(k, s)| s.sentence == k + 1));
    }

    #[test]
    fn batch_boilerplate_applies_whether_the_keys_were_read_or_not() {
        let doc = Document::from_text("mem/a.md", "The desk reports daily. The pier rose [1].\n");
        let mut options = AuditOptions::default();
        options
            .repeated
            .insert(sentence_key("The desk reports daily."));
        let kinds = |read: ReadArticle| -> Vec<Kind> {
            finish_audit("a.md", &doc.path, read, &options)
                .sentences
                .iter()
                .map(|s| s.kind)
                .collect()
        };
        let with_keys = kinds(read_article(&doc, Format::Markdown, &options, true));
        assert_eq!(with_keys[0], Kind::Boilerplate);
        assert_eq!(
            with_keys,
            kinds(read_article(&doc, Format::Markdown, &options, false))
        );
    }

    #[test]
    fn block_words_are_counted_only_while_the_block_can_be_short() {
        let mut facts = BlockFacts {
            sentences: 1,
            ..BlockFacts::default()
        };
        facts.count_words("The pier  opened\ton Monday.");
        assert_eq!(facts.words, 5);
        // A long sentence is counted to one past the limit, not its end.
        facts.count_words(&"word ".repeat(500));
        assert_eq!(facts.words, claims::SHORT_BLOCK_WORDS + 1);
        // Once a marker is seen, the block cannot be short: words stop.
        let mut marked = BlockFacts {
            sentences: 1,
            has_marker: true,
            ..BlockFacts::default()
        };
        marked.count_words("The pier opened.");
        assert_eq!(marked.words, 0);
    }

    fn audit(text: &str, format: Format) -> ArticleAudit {
        let doc = Document::from_text("mem/article.txt", text);
        audit_document("article.txt", &doc, format, &AuditOptions::default())
    }

    #[test]
    fn bare_addresses_leave_the_text_with_their_brackets() {
        let cut = |t: &str| without_bare_urls(t);
        assert_eq!(
            cut("Fares rose (https://a.example/x). Then"),
            (
                "Fares rose. Then".to_string(),
                vec!["https://a.example/x".to_string()]
            )
        );
        assert_eq!(
            cut("See HTTPS://a.example/y, and http://b.example."),
            (
                "See, and.".to_string(),
                vec![
                    "https://a.example/y".to_string(),
                    "http://b.example".to_string()
                ]
            )
        );
        // Text that only mentions the scheme, or an address with words
        // glued before it, keeps its words.
        assert_eq!(
            cut("Use https:// or http."),
            ("Use https:// or http.".to_string(), vec![])
        );
        assert_eq!(
            cut("at:https://c.example/z"),
            ("at:".to_string(), vec!["https://c.example/z".to_string()])
        );
    }

    #[test]
    fn with_links_cite_a_claims_web_links_are_its_sources() {
        let text = "# Ferry fares\n\n\
            The ferry company raised its fares ([Island Courier](https://courier.example/fares)). \
            Crossings fell by a tenth, said [the port](https://port.example/report) and \
            [the union](https://union.example/). \
            The café closes at eight (<https://courier.example/fares>). \
            A return costs €18, up from €15 [1](https://courier.example/prices). \
            Timetables are in [the annex](#annex) and on [our site](/timetables). \
            Old fares are archived at https://archive.example/fares.\n\n\
            Passengers say the boats are often late.\n\n\
            ## Sources\n\n1. Island Courier, price list.\n";
        let doc = Document::from_text("mem/article.md", text);
        let options = AuditOptions {
            links_cite: true,
            ..AuditOptions::default()
        };
        let a = audit_document("article.md", &doc, Format::Markdown, &options);
        let cited: Vec<(Status, Vec<&str>)> = a
            .sentences
            .iter()
            .filter(|s| s.kind == Kind::Claim)
            .map(|s| (s.status, s.cited.iter().map(String::as_str).collect()))
            .collect();
        let fares = "https://courier.example/fares";
        assert_eq!(
            cited,
            vec![
                (Status::Cited, vec![fares]),
                (
                    Status::Cited,
                    vec!["https://port.example/report", "https://union.example"]
                ),
                (Status::Cited, vec![fares]),
                // A numbered link is the marker of source 1, not a URL.
                (Status::Cited, vec!["1"]),
                // Links within the page or the site cite nothing.
                (Status::Uncited, vec![]),
                // A bare address, without the period that ends the sentence.
                (Status::Cited, vec!["https://archive.example/fares"]),
                (Status::Uncited, vec![]),
            ]
        );
        // Each linked page is declared once, by its URL, and used.
        let declared: Vec<&str> = a.sources.iter().map(|s| s.source.as_str()).collect();
        assert_eq!(
            declared,
            [
                "1",
                fares,
                "https://port.example/report",
                "https://union.example",
                "https://archive.example/fares"
            ]
        );
        assert_eq!(a.sources[1].citations, 2);
        // A linked page's title is its first link's text (an address is none).
        let titles: Vec<&str> = a.sources.iter().map(|s| s.title.as_str()).collect();
        assert_eq!(
            titles,
            [
                "Island Courier, price list",
                "Island Courier",
                "the port",
                "the union",
                ""
            ]
        );
        assert!(a.sources.iter().all(|s| s.status == SourceStatus::Used));
        // A bare address is a marker: out of the text the source is matched with.
        let texts: Vec<&str> = a.sentences.iter().map(|s| s.text.as_str()).collect();
        assert!(texts.contains(&"The café closes at eight."), "{texts:?}");
        assert!(texts.contains(&"Old fares are archived at."), "{texts:?}");
        // Without a numbered list, a numbered link is a link: its URL cites.
        let unlisted = Document::from_text(
            "mem/post.md",
            "Fares rose in May ([1](https://tracker.example/1), [2](https://tracker.example/2)).\n",
        );
        let post = audit_document("post.md", &unlisted, Format::Markdown, &options);
        assert_eq!(
            post.sentences[0].cited,
            ["https://tracker.example/1", "https://tracker.example/2"]
        );
        // Off (the default), links cite nothing.
        let plain = audit_document(
            "article.md",
            &doc,
            Format::Markdown,
            &AuditOptions::default(),
        );
        assert_eq!(plain.summary.uncited, 6, "{:?}", plain.summary);
    }

    /// Source texts from memory: what a bibliography or fetch cache
    /// provider would hand over.
    #[derive(Debug)]
    struct InMemory(Vec<(String, String)>);

    impl SourceProvider for InMemory {
        fn provide(&self, _: &Path, ids: &[String], _: u64) -> ProvidedSources {
            let texts = self
                .0
                .iter()
                .filter(|(id, _)| ids.contains(id))
                .map(|(id, text)| (id.clone(), Ok(vec![(1, text.clone())])))
                .collect();
            ProvidedSources {
                texts,
                has_place: true,
                ..ProvidedSources::default()
            }
        }
    }

    #[test]
    fn a_provider_supplies_the_source_texts() {
        let text = "1 Sources\n\nThe ferry to Olm carried 412 riders on its first day.[1] The mayor praised the crews.[2]\n";
        let doc = Document::from_text("mem/article.txt", text);
        let options = AuditOptions {
            provider: Some(Arc::new(InMemory(vec![(
                "1".into(),
                "On its first day the ferry to Olm carried 412 riders.".into(),
            )]))),
            ..AuditOptions::default()
        };
        let a = audit_document("article.txt", &doc, Format::PlainText, &options);
        let statuses: Vec<Status> = a
            .sentences
            .iter()
            .filter(|s| s.kind == Kind::Claim)
            .map(|s| s.status)
            .collect();
        // [1] is declared and supported by its text; [2] is not declared.
        assert_eq!(statuses, [Status::Supported, Status::Dangling]);
        assert_eq!(a.sources[0].status, SourceStatus::Used);
    }

    #[test]
    fn statuses_flags_and_sources() {
        let text = "2 Sources\n\nThe port reopened on Monday[1]. Cargo volumes doubled . Fees rose sharply[7]. The port reopened on Monday. Crews worked nights [citation needed].\n";
        let a = audit(text, Format::PlainText);
        let rows: Vec<(Kind, Status, &[Flag], &[String])> = a
            .sentences
            .iter()
            .map(|s| (s.kind, s.status, s.flags.as_slice(), s.cited.as_slice()))
            .collect();
        assert_eq!(rows[0].0, Kind::Boilerplate);
        assert_eq!(
            rows[1],
            (Kind::Claim, Status::Cited, &[][..], &["1".to_string()][..])
        );
        assert_eq!(
            rows[2],
            (
                Kind::Claim,
                Status::Uncited,
                &[Flag::MarkerLost][..],
                &[][..]
            )
        );
        assert_eq!(rows[3].1, Status::Dangling);
        assert_eq!(rows[4].2, &[Flag::Duplicate]);
        assert_eq!(rows[5].2, &[Flag::CitationNeeded]);
        let sources: Vec<(&str, SourceStatus, usize)> = a
            .sources
            .iter()
            .map(|s| (s.source.as_str(), s.status, s.citations))
            .collect();
        assert_eq!(
            sources,
            [
                ("1", SourceStatus::Used, 1),
                ("2", SourceStatus::Unused, 0),
                ("7", SourceStatus::Dangling, 1)
            ]
        );
        assert_eq!(a.summary.claims, 5);
        assert_eq!(a.summary.cited, 2);
        assert_eq!(a.summary.uncited, 3);
        assert_eq!(a.summary.dangling, 1);
        assert_eq!(
            (a.summary.sources_declared, a.summary.sources_cited),
            (2, 1)
        );
    }

    #[test]
    fn positions_point_into_the_file() {
        let text = "# Head\n\nFirst one here. Second\none is here.\n";
        let a = audit(text, Format::Markdown);
        let pos: Vec<(usize, usize)> = a.sentences.iter().map(|s| (s.line, s.column)).collect();
        assert_eq!(pos, [(1, 3), (3, 1), (3, 17)]);
        assert_eq!(a.sentences[2].text, "Second one is here.");
    }

    #[test]
    fn positions_inside_rewritten_code_spans_do_not_panic() {
        // Found by fuzzing: a code span with a narrow no-break space and a
        // line break is rewritten by the Markdown parser, so its offsets map
        // into the middle of a character of the file.
        let a = audit(".`\u{202f}[\n`:", Format::Markdown);
        assert!(a.sentences.iter().all(|s| s.line >= 1 && s.column >= 1));
    }

    #[test]
    fn fail_on_parses_names() {
        let f: FailOn = "uncited, marker-lost".parse().unwrap();
        assert!(f.statuses.contains(&Status::Uncited));
        assert!(f.flags.contains(&Flag::MarkerLost));
        assert!("none".parse::<FailOn>().unwrap().statuses.is_empty());
        let err = "uncitd".parse::<FailOn>().unwrap_err();
        assert!(
            err.contains("unknown rule 'uncitd' (did you mean `uncited`?)"),
            "{err}"
        );
        assert!(err.contains("uncited, dangling, partial"), "{err}");
        let err = "marker_lost".parse::<FailOn>().unwrap_err();
        assert!(err.contains("(did you mean `marker-lost`?)"), "{err}");
        let err = "xyz".parse::<FailOn>().unwrap_err();
        assert!(!err.contains("did you mean"), "{err}");
        // Statuses that are never findings are not rules, and say so.
        let err = "supported".parse::<FailOn>().unwrap_err();
        assert!(err.contains("(a status that is never a finding)"), "{err}");
    }

    #[test]
    fn every_rule_round_trips_and_maps_to_one_status_or_flag() {
        for rule in Rule::ALL {
            assert_eq!(rule.as_str().parse::<Rule>(), Ok(rule));
            assert!(rule.status().is_some() != rule.flag().is_some(), "{rule}");
        }
        assert_eq!(Rule::of_flag(Flag::Ignored), None);
        assert_eq!(Rule::of_status(Status::Supported), None);
    }

    #[test]
    fn a_pragma_with_an_unknown_rule_is_an_error_with_its_line() {
        let text =
            "Intro line here.\n\n<!-- citeaudit: ignore uncitd -->\n\nThe bridge opened in May.\n";
        let a = audit(text, Format::Markdown);
        assert_eq!(a.errors.len(), 1, "{:?}", a.errors);
        assert!(
            a.errors[0].contains(":3: pragma: unknown rule 'uncitd'"),
            "{}",
            a.errors[0]
        );
        // The typo ignores nothing.
        assert!(a
            .sentences
            .iter()
            .all(|s| !s.flags.contains(&Flag::Ignored)));
    }
}
