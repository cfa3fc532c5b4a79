//! The records an audit produces and every stage after it reads: statuses,
//! flags and rules, per-sentence, per-source and per-article records.
//! Plain data; depends on nothing but `read::claims::Kind` (re-exported).

use std::collections::HashSet;
use std::fmt;
use std::str::FromStr;

use serde::Serialize;

pub use crate::read::claims::Kind;

/// A claim's citation status (DESIGN.md "Reports").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Skipped,
    Uncited,
    Dangling,
    Cited,
    Supported,
    Partial,
    Unsupported,
    Misattributed,
}

impl Status {
    pub const ALL: [Status; 8] = [
        Status::Skipped,
        Status::Uncited,
        Status::Dangling,
        Status::Cited,
        Status::Supported,
        Status::Partial,
        Status::Unsupported,
        Status::Misattributed,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Skipped => "skipped",
            Status::Uncited => "uncited",
            Status::Dangling => "dangling",
            Status::Cited => "cited",
            Status::Supported => "supported",
            Status::Partial => "partial",
            Status::Unsupported => "unsupported",
            Status::Misattributed => "misattributed",
        }
    }
}

/// Extras on a sentence (DESIGN.md "Reports").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Flag {
    MarkerLost,
    CitationNeeded,
    Verbatim,
    NumberMismatch,
    Duplicate,
    /// A pragma told citeaudit to ignore the sentence: never a finding.
    Ignored,
}

impl Flag {
    pub const ALL: [Flag; 6] = [
        Flag::MarkerLost,
        Flag::CitationNeeded,
        Flag::Verbatim,
        Flag::NumberMismatch,
        Flag::Duplicate,
        Flag::Ignored,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Flag::MarkerLost => "marker-lost",
            Flag::CitationNeeded => "citation-needed",
            Flag::Verbatim => "verbatim",
            Flag::NumberMismatch => "number-mismatch",
            Flag::Duplicate => "duplicate",
            Flag::Ignored => "ignored",
        }
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Display for Flag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Which statuses and flags make a run fail (`--fail-on`).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct FailOn {
    pub statuses: HashSet<Status>,
    pub flags: HashSet<Flag>,
}

/// The default of `--fail-on`.
pub const DEFAULT_FAIL_ON: &str = "dangling,unsupported,misattributed";

impl FromStr for FailOn {
    type Err = String;

    /// A comma-separated list of rules ([`Rule`]), or `none`.
    fn from_str(list: &str) -> Result<Self, Self::Err> {
        let mut fail_on = FailOn::default();
        for name in list.split(',').map(str::trim).filter(|n| !n.is_empty()) {
            if name == "none" {
                continue;
            }
            let rule: Rule = name.parse()?;
            fail_on.statuses.extend(rule.status());
            fail_on.flags.extend(rule.flag());
        }
        Ok(fail_on)
    }
}

/// What a finding is about: a claim's status worth a look, or a flag. The
/// one list of rule names, used by `--fail-on`, pragmas
/// (`<!-- citeaudit: ignore uncited -->`), findings, baselines and SARIF.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Rule {
    Uncited,
    Dangling,
    Partial,
    Unsupported,
    Misattributed,
    MarkerLost,
    CitationNeeded,
    Verbatim,
    NumberMismatch,
    Duplicate,
}

impl Rule {
    pub const ALL: [Rule; 10] = [
        Rule::Uncited,
        Rule::Dangling,
        Rule::Partial,
        Rule::Unsupported,
        Rule::Misattributed,
        Rule::MarkerLost,
        Rule::CitationNeeded,
        Rule::Verbatim,
        Rule::NumberMismatch,
        Rule::Duplicate,
    ];

    pub fn as_str(self) -> &'static str {
        match self.status() {
            Some(status) => status.as_str(),
            None => self.flag().map_or("", Flag::as_str),
        }
    }

    /// What the rule means, for SARIF and the docs.
    pub fn description(self) -> &'static str {
        match self {
            Rule::Uncited => "A claim cites no source.",
            Rule::Dangling => "A claim cites a source id the article does not declare.",
            Rule::Partial => "The cited source only partly supports the claim.",
            Rule::Unsupported => "The cited sources' texts do not support the claim.",
            Rule::Misattributed => "Another source supports the claim; the cited ones do not.",
            Rule::MarkerLost => "The citation number was stripped, leaving ` .`.",
            Rule::CitationNeeded => "The article marks the claim [citation needed].",
            Rule::Verbatim => "The claim copies a source sentence outside quotation marks.",
            Rule::NumberMismatch => "A number in the claim is absent from its best cited passage.",
            Rule::Duplicate => "The claim repeats an earlier sentence of the article.",
        }
    }

    /// The status this rule is about, if it is about one.
    pub fn status(self) -> Option<Status> {
        match self {
            Rule::Uncited => Some(Status::Uncited),
            Rule::Dangling => Some(Status::Dangling),
            Rule::Partial => Some(Status::Partial),
            Rule::Unsupported => Some(Status::Unsupported),
            Rule::Misattributed => Some(Status::Misattributed),
            _ => None,
        }
    }

    /// The flag this rule is about, if it is about one.
    pub fn flag(self) -> Option<Flag> {
        match self {
            Rule::MarkerLost => Some(Flag::MarkerLost),
            Rule::CitationNeeded => Some(Flag::CitationNeeded),
            Rule::Verbatim => Some(Flag::Verbatim),
            Rule::NumberMismatch => Some(Flag::NumberMismatch),
            Rule::Duplicate => Some(Flag::Duplicate),
            _ => None,
        }
    }

    /// The rule a status is a finding of (`uncited`, …), if any.
    pub fn of_status(status: Status) -> Option<Rule> {
        Rule::ALL.into_iter().find(|r| r.status() == Some(status))
    }

    /// The rule a flag is a finding of, if any (`ignored` is none).
    pub fn of_flag(flag: Flag) -> Option<Rule> {
        Rule::ALL.into_iter().find(|r| r.flag() == Some(flag))
    }

    /// Whether this sentence has the status or flag the rule is about.
    pub fn applies_to(self, sentence: &SentenceRecord) -> bool {
        self.status() == Some(sentence.status)
            || self.flag().is_some_and(|f| sentence.flags.contains(&f))
    }

    /// The valid names, comma-separated, for error messages.
    pub fn names() -> String {
        Rule::ALL.map(Rule::as_str).join(", ")
    }
}

impl FromStr for Rule {
    type Err = String;

    fn from_str(name: &str) -> Result<Self, Self::Err> {
        Rule::ALL
            .into_iter()
            .find(|r| r.as_str() == name)
            .ok_or_else(|| {
                // `supported`, `cited`, `skipped` are statuses but never findings.
                let hint = if Status::ALL.iter().any(|s| s.as_str() == name) {
                    " (a status that is never a finding)".to_string()
                } else {
                    did_you_mean(name, Rule::ALL.map(Rule::as_str))
                };
                format!(
                    "unknown rule '{name}'{hint}; the rules are {}",
                    Rule::names()
                )
            })
    }
}

/// `" (did you mean `uncited`?)"` when one of `names` is close to a
/// misspelt `word` (a letter or two off, `_` for `-`), else `""`: the hint
/// a mistyped rule or setting gets, as clap gives one for a subcommand.
pub fn did_you_mean<'a>(word: &str, names: impl IntoIterator<Item = &'a str>) -> String {
    let word = word.trim().to_ascii_lowercase().replace('_', "-");
    names
        .into_iter()
        .map(|name| (strsim::jaro_winkler(&word, name), name))
        .filter(|&(score, _)| score >= 0.85)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, name)| format!(" (did you mean `{name}`?)"))
        .unwrap_or_default()
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FailOn {
    /// Does this sentence fail the run? An ignored or baselined sentence
    /// never does.
    pub fn matches(&self, sentence: &SentenceRecord) -> bool {
        if sentence.baselined || sentence.flags.contains(&Flag::Ignored) {
            return false;
        }
        self.statuses.contains(&sentence.status)
            || sentence.flags.iter().any(|f| self.flags.contains(f))
    }
}

/// One row of `audit.csv`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SentenceRecord {
    /// 1-based index in the article.
    pub sentence: usize,
    /// Index of the block (paragraph, heading, …) it belongs to.
    pub block: usize,
    pub line: usize,
    pub column: usize,
    pub kind: Kind,
    pub status: Status,
    pub flags: Vec<Flag>,
    pub cited: Vec<String>,
    /// The sentence without markers, whitespace collapsed.
    pub text: String,
    /// Checked against source texts (claims only, when texts exist). Boxed:
    /// most sentences have none, and a record stays small without it (an
    /// article of 400,000 list items holds 400,000 records).
    pub verdict: Option<Box<Verdict>>,
    /// Its findings are all in the `--baseline`: known, not new.
    pub baselined: bool,
}

/// What the source texts say about one claim.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Verdict {
    /// The source that supports the claim best, and its score.
    pub best_source: Option<String>,
    pub best_score: f64,
    /// The best score among the cited sources that have a text.
    pub cited_score: Option<f64>,
    /// Independent sources (syndicated copies once) that support the claim.
    pub corroboration: usize,
    /// The best-matching source sentence (of a cited source when one has text).
    pub matched: Option<String>,
    /// For an uncited claim: the source that supports it.
    pub suggest: Option<String>,
    /// Every source whose text supports the claim.
    pub supporting: Vec<String>,
    /// With the `number-mismatch` flag: the claim's value and the cited
    /// source's, `2,300≠2,800`.
    pub number_mismatch: Option<String>,
    /// For a `partial` or `unsupported` claim: its words that no cited
    /// text holds, as it writes them (what to look for); empty when every
    /// word is there. `None` for other claims, and for a claim with no word
    /// that could be listed (only figures, say).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lacking: Option<Vec<String>>,
    /// When every word of a `partial` or `unsupported` claim is in the
    /// cited text: how many of its sentences hold them all (a greedy count:
    /// 1 is exact, more is at least the fewest). Several say the claim
    /// joins statements the text makes apart.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub words_spread: Option<usize>,
    /// Where those sentences are: each cited source's lines that hold
    /// them, in the source's order then the line's (a line may hold more
    /// than one of them). Empty when `words_spread` is `None`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub spread_lines: Vec<SourceLine>,
}

/// A line of a source's text file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SourceLine {
    /// The source's id, as the article cites it.
    pub source: String,
    /// 1-based.
    pub line: usize,
}

impl Verdict {
    /// Where a claim's words are when the cited text holds every one, for
    /// a message: `in one sentence of the cited text: [1] line 4`, `in
    /// the cited text, spread over 3 sentences: [1] lines 4, 9; [2] line
    /// 2`, or `in the cited text` when not counted.
    pub fn where_every_word_is(&self) -> String {
        let lines = self.spread_lines_shown();
        match self.words_spread {
            Some(1) => format!("in one sentence of the cited text{lines}"),
            Some(n) => format!("in the cited text, spread over {n} sentences{lines}"),
            None => "in the cited text".to_string(),
        }
    }

    /// `: [1] lines 4, 9; [2] line 2`: the lines of `spread_lines` by
    /// source; empty when there are none.
    fn spread_lines_shown(&self) -> String {
        let mut by_source: Vec<(&str, Vec<String>)> = Vec::new();
        for place in &self.spread_lines {
            match by_source.last_mut() {
                Some((source, lines)) if *source == place.source => {
                    lines.push(place.line.to_string())
                }
                _ => by_source.push((&place.source, vec![place.line.to_string()])),
            }
        }
        if by_source.is_empty() {
            return String::new();
        }
        let parts: Vec<String> = by_source
            .iter()
            .map(|(source, lines)| {
                let noun = if lines.len() == 1 { "line" } else { "lines" };
                format!("[{source}] {noun} {}", lines.join(", "))
            })
            .collect();
        format!(": {}", parts.join("; "))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum SourceStatus {
    Used,
    Unused,
    NoText,
    Dangling,
}

impl SourceStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            SourceStatus::Used => "used",
            SourceStatus::Unused => "unused",
            SourceStatus::NoText => "no-text",
            SourceStatus::Dangling => "dangling",
        }
    }
}

/// One row of `sources.csv`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SourceRecord {
    pub source: String,
    pub title: String,
    pub url: String,
    /// The source's text file, relative to the article's folder.
    pub file: Option<String>,
    pub status: SourceStatus,
    /// How many sentences cite it.
    pub citations: usize,
    /// Claims citing it that it supports (when it has a text).
    pub supported: Option<usize>,
    /// The earlier source this one republishes.
    pub duplicate_of: Option<String>,
    /// Share of its sentences found in another source (when it has a text).
    pub overlap: Option<f64>,
}

/// One row of `duplicates.csv`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DuplicateRecord {
    /// 1-based group number within the article.
    pub group: usize,
    pub source: String,
    pub line: usize,
    /// Similarity to the group's first statement.
    pub score: f64,
    pub text: String,
}

/// Counts for `summary.csv`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct Summary {
    pub sentences: usize,
    pub claims: usize,
    pub cited: usize,
    pub uncited: usize,
    pub dangling: usize,
    pub supported: usize,
    pub partial: usize,
    pub unsupported: usize,
    pub misattributed: usize,
    pub sources_declared: usize,
    pub sources_cited: usize,
    pub sources_unused: usize,
}

/// Everything citeaudit found in one article.
#[derive(Debug, Clone, PartialEq)]
pub struct ArticleAudit {
    /// Path relative to the checked root, `/` separators.
    pub article: String,
    /// The file's path as walked (root included), `/` separators: what CI
    /// annotations point at.
    pub path: String,
    pub sentences: Vec<SentenceRecord>,
    pub sources: Vec<SourceRecord>,
    pub duplicates: Vec<DuplicateRecord>,
    pub summary: Summary,
    /// Source files and manifests that could not be read (the audit went on
    /// without them), and pragmas naming unknown rules.
    pub errors: Vec<String>,
    /// Doubtful input that was read anyway (a manifest id given twice: the
    /// first row is used). Printed, never a failure.
    pub warnings: Vec<String>,
    /// Stretches of the article in no sentence, and why (code, the source
    /// list, …), for `citeaudit sentences`.
    pub skipped: Vec<SkippedLines>,
    /// Uncited claims that link a web page (`links-cite` off): the hint
    /// that the setting would count those links as citations.
    pub linked_uncited: usize,
}

/// A stretch of an article that holds no sentence: its first and last line
/// and why it is skipped.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SkippedLines {
    pub line: usize,
    pub end_line: usize,
    pub reason: &'static str,
}

impl ArticleAudit {
    /// Sentences that match `fail_on`.
    pub fn findings(&self, fail_on: &FailOn) -> usize {
        self.sentences.iter().filter(|s| fail_on.matches(s)).count()
    }

    pub fn marker_lost(&self) -> usize {
        self.sentences
            .iter()
            .filter(|s| s.flags.contains(&Flag::MarkerLost))
            .count()
    }
}
