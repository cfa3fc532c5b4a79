//! Findings for the terminal and for CI: JSON, JSON Lines, GitHub workflow
//! annotations, SARIF 2.1.0 and a Markdown summary. Every formatter returns
//! a string; the binary prints it.
//!
//! A finding is a claim with a status worth a look (`uncited`, `dangling`,
//! `partial`, `unsupported`, `misattributed`) or a flag (`marker-lost`,
//! `citation-needed`, `verbatim`, `number-mismatch`, `duplicate`), one per
//! rule. Its level is `error` when `--fail-on` names the rule, else
//! `warning`.

use std::fmt::Write as _;

use serde::Serialize;

use crate::model::{ArticleAudit, FailOn, Flag, Rule, SentenceRecord, Summary, Verdict};

/// Something of the run that could not be done: an article that could not be
/// read or audited (`article` names it), a path that could not be walked, or
/// a source text that could not be read. Every output format carries these,
/// so a failure is never only on standard error.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Failure {
    /// The article it concerns, when there is one: its name in the reports
    /// and its path (for annotations).
    pub article: Option<String>,
    pub path: Option<String>,
    /// What went wrong; names the file (and line) at fault.
    pub message: String,
    /// Whether the article itself could not be audited (`false`: the audit
    /// went on without a source text, or a path could not be walked).
    #[serde(skip)]
    pub article_failed: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Error,
    Warning,
}

/// One finding on one sentence.
#[derive(Debug, Clone, Serialize)]
pub struct Finding<'a> {
    pub article: &'a str,
    pub path: &'a str,
    pub line: usize,
    pub column: usize,
    pub rule: Rule,
    pub level: Level,
    /// The sentence's number in its article.
    pub sentence: usize,
    pub message: String,
    pub text: &'a str,
}

fn short(text: &str) -> String {
    const MAX: usize = 100;
    if text.chars().count() <= MAX {
        text.to_string()
    } else {
        let cut: String = text.chars().take(MAX).collect();
        format!("{cut}…")
    }
}

fn message(rule: Rule, s: &SentenceRecord) -> String {
    let cited = s.cited.join(", ");
    let v = s.verdict.as_ref();
    let cited_score = v.and_then(|v| v.cited_score).unwrap_or(0.0);
    match rule {
        Rule::Uncited => match v.and_then(|v| v.suggest.as_ref()) {
            Some(id) => format!("uncited claim; source [{id}] supports it"),
            None => "uncited claim".to_string(),
        },
        Rule::Dangling => format!("cites [{cited}], not declared by the article"),
        Rule::Partial => format!(
            "cited [{cited}] only partly supports this (score {cited_score:.2}{})",
            lacking(v.map(|v| &**v))
        ),
        Rule::Unsupported => format!(
            "cited [{cited}] does not support this (score {cited_score:.2}{})",
            lacking(v.map(|v| &**v))
        ),
        Rule::Misattributed => format!(
            "cited [{cited}] does not support this, but [{}] does",
            v.and_then(|v| v.best_source.clone()).unwrap_or_default()
        ),
        Rule::MarkerLost => "citation number lost (` .`)".to_string(),
        Rule::CitationNeeded => "marked [citation needed]".to_string(),
        Rule::Verbatim => "copies a source sentence outside quotation marks".to_string(),
        Rule::NumberMismatch => match v.and_then(|v| v.number_mismatch.as_deref()) {
            Some(detail) => format!("a number differs from the cited source ({detail})"),
            None => "a number differs from the cited source".to_string(),
        },
        Rule::Duplicate => "repeats an earlier sentence".to_string(),
    }
}

/// The claim's words that its cited texts lack, for a finding's message:
/// `; not in the cited text: weeks, ferry` (at most [`LACKING_SHOWN`]), or
/// `; every word is in the cited text, spread over 2 sentences`.
fn lacking(v: Option<&Verdict>) -> String {
    let Some((v, words)) = v.and_then(|v| Some((v, v.lacking.as_deref()?))) else {
        return String::new();
    };
    if words.is_empty() {
        return format!("; every word is {}", v.where_every_word_is());
    }
    let shown = words[..words.len().min(LACKING_SHOWN)].join(", ");
    let more = if words.len() > LACKING_SHOWN {
        ", …"
    } else {
        ""
    };
    format!("; not in the cited text: {shown}{more}")
}

/// How many lacking words a message names.
const LACKING_SHOWN: usize = 6;

/// Every finding of these articles, in article and sentence order.
pub fn findings<'a>(audits: &'a [ArticleAudit], fail_on: &FailOn) -> Vec<Finding<'a>> {
    let mut out = Vec::new();
    for a in audits {
        let shown = |s: &&SentenceRecord| !s.baselined && !s.flags.contains(&Flag::Ignored);
        for s in a.sentences.iter().filter(shown) {
            let mut rules: Vec<(Rule, bool)> = Vec::new();
            if let Some(rule) = Rule::of_status(s.status) {
                rules.push((rule, fail_on.statuses.contains(&s.status)));
            }
            for f in &s.flags {
                if let Some(rule) = Rule::of_flag(*f) {
                    rules.push((rule, fail_on.flags.contains(f)));
                }
            }
            for (rule, fails) in rules {
                out.push(Finding {
                    article: &a.article,
                    path: &a.path,
                    line: s.line,
                    column: s.column,
                    rule,
                    sentence: s.sentence,
                    level: if fails { Level::Error } else { Level::Warning },
                    message: format!("{}: {}", message(rule, s), short(&s.text)),
                    text: &s.text,
                });
            }
        }
    }
    out
}

/// Workflow command values escape %, CR and LF.
fn github_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Workflow command properties also escape `:` and `,`.
fn github_property(s: &str) -> String {
    github_data(s).replace(':', "%3A").replace(',', "%2C")
}

fn github_finding(out: &mut String, f: &Finding<'_>) {
    let level = match f.level {
        Level::Error => "error",
        Level::Warning => "warning",
    };
    let _ = writeln!(
        out,
        "::{level} file={},line={},col={},title={}::{}",
        github_property(f.path),
        f.line,
        f.column,
        github_property(&format!("citeaudit {}", f.rule)),
        github_data(&f.message)
    );
}

fn github_failure(out: &mut String, f: &Failure) {
    let file = f
        .path
        .as_deref()
        .map(|a| format!(" file={},", github_property(a)))
        .unwrap_or_else(|| " ".to_string());
    let _ = writeln!(
        out,
        "::error{file}title=citeaudit error::{}",
        github_data(&f.message)
    );
}

/// GitHub workflow commands: one `::error` or `::warning` line a finding.
pub fn github(findings: &[Finding<'_>], failures: &[Failure]) -> String {
    let mut out = String::new();
    for f in findings {
        github_finding(&mut out, f);
    }
    for f in failures {
        github_failure(&mut out, f);
    }
    out
}

fn jsonl_finding(out: &mut String, f: &Finding<'_>) {
    out.push_str(&serde_json::to_string(f).expect("findings serialize"));
    out.push('\n');
}

fn jsonl_failure(out: &mut String, f: &Failure) {
    #[derive(Serialize)]
    struct JsonlError<'a> {
        article: Option<&'a str>,
        rule: &'static str,
        level: Level,
        message: &'a str,
    }
    let line = JsonlError {
        article: f.article.as_deref(),
        rule: "error",
        level: Level::Error,
        message: &f.message,
    };
    out.push_str(&serde_json::to_string(&line).expect("errors serialize"));
    out.push('\n');
}

/// JSON Lines: one finding per line.
pub fn jsonl(findings: &[Finding<'_>], failures: &[Failure]) -> String {
    let mut out = String::new();
    for f in findings {
        jsonl_finding(&mut out, f);
    }
    for f in failures {
        jsonl_failure(&mut out, f);
    }
    out
}

// ------------------------------------------------- streamed formats

/// Writes `buffer` to `out` (standard output, for the reporters below) and
/// empties it.
fn write_out(
    out: &mut impl std::io::Write,
    buffer: &mut String,
) -> Result<(), crate::report::ReportError> {
    let written = out.write_all(buffer.as_bytes());
    buffer.clear();
    written.map_err(stdout_error)
}

fn stdout_error(source: std::io::Error) -> crate::report::ReportError {
    crate::report::ReportError::Io {
        path: crate::read::load::DisplayPath("standard output".into()),
        source,
    }
}

/// `pretty` (pretty-printed JSON: no raw line break inside a string) with
/// `indent` before each line, as it stands inside a larger document.
fn push_indented(out: &mut String, pretty: &str, indent: &str) {
    for (i, line) in pretty.lines().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        out.push_str(indent);
        out.push_str(line);
    }
}

/// A pretty-printed document with one empty array (`"key": []`), cut
/// inside it: what goes before the array's items and what after.
fn split_at_empty_array<'a>(text: &'a str, key: &str) -> (&'a str, &'a str) {
    let empty = format!("\"{key}\": []");
    let at = text.find(&empty).expect("the empty array") + empty.len() - 1;
    text.split_at(at)
}

/// The formats written a line a finding, as articles come.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineFormat {
    Jsonl,
    Github,
}

/// JSON Lines or GitHub annotations written as each article is reported:
/// its findings at once, the failures at the end: the same text as
/// [`jsonl`] and [`github`] give for the whole run, with nothing kept but
/// the failures, so memory stays flat however large the batch.
pub struct LineReporter<W: std::io::Write> {
    out: W,
    format: LineFormat,
    fail_on: FailOn,
    failures: Vec<Failure>,
    buffer: String,
}

impl<W: std::io::Write> LineReporter<W> {
    pub fn new(out: W, format: LineFormat, fail_on: &FailOn) -> Self {
        LineReporter {
            out,
            format,
            fail_on: fail_on.clone(),
            failures: Vec::new(),
            buffer: String::new(),
        }
    }
}

impl<W: std::io::Write> crate::report::Reporter for LineReporter<W> {
    fn article(&mut self, audit: &ArticleAudit) -> Result<(), crate::report::ReportError> {
        for f in findings(std::slice::from_ref(audit), &self.fail_on) {
            match self.format {
                LineFormat::Jsonl => jsonl_finding(&mut self.buffer, &f),
                LineFormat::Github => github_finding(&mut self.buffer, &f),
            }
        }
        write_out(&mut self.out, &mut self.buffer)
    }

    fn failure(&mut self, failure: &Failure) -> Result<(), crate::report::ReportError> {
        self.failures.push(failure.clone());
        Ok(())
    }

    fn done(&mut self) -> Result<(), crate::report::ReportError> {
        for f in std::mem::take(&mut self.failures) {
            match self.format {
                LineFormat::Jsonl => jsonl_failure(&mut self.buffer, &f),
                LineFormat::Github => github_failure(&mut self.buffer, &f),
            }
        }
        write_out(&mut self.out, &mut self.buffer)?;
        self.out.flush().map_err(stdout_error)
    }
}

#[derive(Serialize)]
struct JsonArticle<'a> {
    article: &'a str,
    path: &'a str,
    result: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    summary: Option<&'a Summary>,
    findings: Vec<&'a Finding<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    errors: Vec<&'a str>,
}

#[derive(Serialize)]
struct JsonReport<'a> {
    tool: &'static str,
    version: &'static str,
    result: &'static str,
    articles: Vec<JsonArticle<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    errors: Vec<&'a Failure>,
}

fn result(failed: bool) -> &'static str {
    if failed {
        "fail"
    } else {
        "pass"
    }
}

/// One JSON document: per article its summary, result and findings.
/// An article that could not be audited has `result` `error`, no summary,
/// and its message under `errors`; so has the whole run when anything failed.
/// Every failure is also listed under the report's `errors`.
pub fn json(
    audits: &[ArticleAudit],
    findings: &[Finding<'_>],
    failures: &[Failure],
    fail_on: &FailOn,
) -> String {
    let mut articles: Vec<JsonArticle<'_>> = audits
        .iter()
        .map(|a| JsonArticle {
            article: &a.article,
            path: &a.path,
            result: result(a.findings(fail_on) > 0),
            summary: Some(&a.summary),
            findings: findings.iter().filter(|f| f.article == a.article).collect(),
            errors: a.errors.iter().map(String::as_str).collect(),
        })
        .collect();
    for f in failures.iter().filter(|f| f.article_failed) {
        let name = f.article.as_deref().unwrap_or_default();
        articles.push(JsonArticle {
            article: name,
            path: f.path.as_deref().unwrap_or(name),
            result: "error",
            summary: None,
            findings: Vec::new(),
            errors: vec![&f.message],
        });
    }
    articles.sort_by(|a, b| a.article.cmp(b.article));
    let report = JsonReport {
        tool: "citeaudit",
        version: env!("CARGO_PKG_VERSION"),
        result: if failures.is_empty() {
            result(audits.iter().any(|a| a.findings(fail_on) > 0))
        } else {
            "error"
        },
        articles,
        errors: failures.iter().collect(),
    };
    let mut text = serde_json::to_string_pretty(&report).expect("report serializes");
    text.push('\n');
    text
}

/// Indentation of an article in a pretty-printed report.
const ARTICLE_INDENT: &str = "    ";

/// The JSON report written from a spill file: each article's entry is
/// serialized as it comes (kept on disk, with its name in memory), and at
/// the end, when the run's result is known, the report is written with the
/// entries in name order: the same text as [`json`], memory flat.
pub struct JsonReporter<W: std::io::Write> {
    out: W,
    fail_on: FailOn,
    spill: std::io::BufWriter<std::fs::File>,
    /// (article, could not be audited, offset, length) of each entry.
    entries: Vec<(String, bool, u64, usize)>,
    spilled: u64,
    failing: bool,
    failures: Vec<Failure>,
}

impl<W: std::io::Write> JsonReporter<W> {
    pub fn new(out: W, fail_on: &FailOn) -> std::io::Result<Self> {
        Ok(JsonReporter {
            out,
            fail_on: fail_on.clone(),
            spill: std::io::BufWriter::new(tempfile::tempfile()?),
            entries: Vec::new(),
            spilled: 0,
            failing: false,
            failures: Vec::new(),
        })
    }

    fn spill_entry(
        &mut self,
        entry: &JsonArticle<'_>,
        failed: bool,
    ) -> Result<(), crate::report::ReportError> {
        let text = serde_json::to_string_pretty(entry).expect("report serializes");
        let mut indented = String::with_capacity(text.len() + 64);
        push_indented(&mut indented, &text, ARTICLE_INDENT);
        std::io::Write::write_all(&mut self.spill, indented.as_bytes()).map_err(spill_error)?;
        self.entries.push((
            entry.article.to_string(),
            failed,
            self.spilled,
            indented.len(),
        ));
        self.spilled += indented.len() as u64;
        Ok(())
    }
}

fn spill_error(source: std::io::Error) -> crate::report::ReportError {
    crate::report::ReportError::Io {
        path: crate::read::load::DisplayPath("a temporary file".into()),
        source,
    }
}

impl<W: std::io::Write> crate::report::Reporter for JsonReporter<W> {
    fn article(&mut self, a: &ArticleAudit) -> Result<(), crate::report::ReportError> {
        let all = findings(std::slice::from_ref(a), &self.fail_on);
        let failing = a.findings(&self.fail_on) > 0;
        self.failing |= failing;
        let entry = JsonArticle {
            article: &a.article,
            path: &a.path,
            result: result(failing),
            summary: Some(&a.summary),
            findings: all.iter().collect(),
            errors: a.errors.iter().map(String::as_str).collect(),
        };
        self.spill_entry(&entry, false)
    }

    fn failure(&mut self, f: &Failure) -> Result<(), crate::report::ReportError> {
        self.failures.push(f.clone());
        if f.article_failed {
            let name = f.article.as_deref().unwrap_or_default();
            let entry = JsonArticle {
                article: name,
                path: f.path.as_deref().unwrap_or(name),
                result: "error",
                summary: None,
                findings: Vec::new(),
                errors: vec![&f.message],
            };
            self.spill_entry(&entry, true)?;
        }
        Ok(())
    }

    fn done(&mut self) -> Result<(), crate::report::ReportError> {
        use std::io::{Read, Seek, SeekFrom};
        // The order of `json`: audited articles, then those that failed,
        // sorted by name (stable).
        self.entries
            .sort_by(|a, b| a.0.cmp(&b.0).then(a.1.cmp(&b.1)));
        let report = JsonReport {
            tool: "citeaudit",
            version: env!("CARGO_PKG_VERSION"),
            result: if self.failures.is_empty() {
                result(self.failing)
            } else {
                "error"
            },
            articles: Vec::new(),
            errors: self.failures.iter().collect(),
        };
        let mut text = serde_json::to_string_pretty(&report).expect("report serializes");
        text.push('\n');
        let (before, after) = split_at_empty_array(&text, "articles");
        let write = |out: &mut W, bytes: &[u8]| out.write_all(bytes).map_err(stdout_error);
        write(&mut self.out, before.as_bytes())?;
        let mut spill = std::mem::replace(
            &mut self.spill,
            std::io::BufWriter::new(tempfile::tempfile().map_err(spill_error)?),
        )
        .into_inner()
        .map_err(|e| spill_error(e.into_error()))?;
        let mut entry = Vec::new();
        for (n, (_, _, offset, len)) in self.entries.iter().enumerate() {
            spill.seek(SeekFrom::Start(*offset)).map_err(spill_error)?;
            entry.resize(*len, 0);
            spill.read_exact(&mut entry).map_err(spill_error)?;
            write(&mut self.out, if n == 0 { b"\n" } else { b",\n" })?;
            write(&mut self.out, &entry)?;
        }
        if !self.entries.is_empty() {
            write(&mut self.out, b"\n  ")?;
        }
        write(&mut self.out, after.as_bytes())?;
        self.out.flush().map_err(stdout_error)
    }
}

/// A Markdown summary for a pull-request comment or a job summary.
pub fn markdown(
    audits: &[ArticleAudit],
    findings: &[Finding<'_>],
    failures: &[Failure],
    fail_on: &FailOn,
) -> String {
    let mut out = String::from(MARKDOWN_HEAD);
    for a in audits {
        markdown_row(&mut out, a, fail_on);
    }
    let shown: Vec<String> = findings.iter().take(SHOWN).map(markdown_finding).collect();
    markdown_tail(&mut out, failures, findings.len(), &shown);
    out
}

const MARKDOWN_HEAD: &str = "## citeaudit\n\n| article | claims | supported | partial | unsupported | misattributed | dangling | uncited | result |\n|---|---:|---:|---:|---:|---:|---:|---:|---|\n";

/// Findings listed in the Markdown summary (the rest are counted).
const SHOWN: usize = 50;

fn markdown_cell(s: &str) -> String {
    s.replace('|', "\\|")
}

fn markdown_row(out: &mut String, a: &ArticleAudit, fail_on: &FailOn) {
    let s = &a.summary;
    let _ = writeln!(
        out,
        "| {} | {} | {} | {} | {} | {} | {} | {} | {} |",
        markdown_cell(&a.article),
        s.claims,
        s.supported,
        s.partial,
        s.unsupported,
        s.misattributed,
        s.dangling,
        s.uncited,
        if a.findings(fail_on) > 0 {
            "❌ fail"
        } else {
            "✅ pass"
        }
    );
}

/// Errors, then the count of findings and the first [`SHOWN`] of them.
/// One listed finding: `` - `path:line:col` **rule** message ``.
fn markdown_finding(f: &Finding<'_>) -> String {
    format!(
        "- `{}:{}:{}` **{}** {}\n",
        f.path,
        f.line,
        f.column,
        f.rule,
        markdown_cell(&f.message).replace('\n', " ")
    )
}

/// Errors, then the count of findings and the first of them, already
/// written by [`markdown_finding`].
fn markdown_tail(out: &mut String, failures: &[Failure], count: usize, shown: &[String]) {
    if !failures.is_empty() {
        let _ = writeln!(out, "\n### Errors ({})\n", failures.len());
        for f in failures {
            let _ = writeln!(out, "- ⚠️ {}", markdown_cell(&f.message).replace('\n', " "));
        }
    }
    if count > 0 {
        let _ = writeln!(out, "\n### Findings ({count})\n");
        for line in shown {
            out.push_str(line);
        }
        if count > SHOWN {
            let _ = writeln!(out, "- … and {} more (see the CSV reports)", count - SHOWN);
        }
    }
}

/// The Markdown summary written as articles come: a table row each at
/// once, then errors and the first findings at the end: the same text as
/// [`markdown`], keeping only the failures and the findings it lists.
pub struct MarkdownReporter<W: std::io::Write> {
    out: W,
    fail_on: FailOn,
    started: bool,
    failures: Vec<Failure>,
    count: usize,
    /// The first [`SHOWN`] findings, written.
    shown: Vec<String>,
    buffer: String,
}

impl<W: std::io::Write> MarkdownReporter<W> {
    pub fn new(out: W, fail_on: &FailOn) -> Self {
        MarkdownReporter {
            out,
            fail_on: fail_on.clone(),
            started: false,
            failures: Vec::new(),
            count: 0,
            shown: Vec::new(),
            buffer: String::new(),
        }
    }

    /// What was written to.
    pub fn into_inner(self) -> W {
        self.out
    }

    fn start(&mut self) {
        if !self.started {
            self.buffer.push_str(MARKDOWN_HEAD);
            self.started = true;
        }
    }
}

impl<W: std::io::Write> crate::report::Reporter for MarkdownReporter<W> {
    fn article(&mut self, a: &ArticleAudit) -> Result<(), crate::report::ReportError> {
        self.start();
        markdown_row(&mut self.buffer, a, &self.fail_on);
        for f in findings(std::slice::from_ref(a), &self.fail_on) {
            if self.shown.len() < SHOWN {
                self.shown.push(markdown_finding(&f));
            }
            self.count += 1;
        }
        write_out(&mut self.out, &mut self.buffer)
    }

    fn failure(&mut self, failure: &Failure) -> Result<(), crate::report::ReportError> {
        self.failures.push(failure.clone());
        Ok(())
    }

    fn done(&mut self) -> Result<(), crate::report::ReportError> {
        self.start();
        markdown_tail(&mut self.buffer, &self.failures, self.count, &self.shown);
        write_out(&mut self.out, &mut self.buffer)?;
        self.out.flush().map_err(stdout_error)
    }
}

// ---------------------------------------------------------------- SARIF

/// SARIF 2.1.0, the parts GitHub code scanning reads.
#[derive(Debug, Serialize)]
pub struct SarifLog {
    #[serde(rename = "$schema")]
    pub schema: &'static str,
    pub version: &'static str,
    pub runs: Vec<SarifRun>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SarifRun {
    pub tool: SarifTool,
    pub results: Vec<SarifResult>,
    pub invocations: Vec<SarifInvocation>,
}

/// Whether the run completed, and what it could not do.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SarifInvocation {
    pub execution_successful: bool,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tool_execution_notifications: Vec<SarifNotification>,
}

#[derive(Debug, Serialize)]
pub struct SarifNotification {
    pub level: Level,
    pub message: SarifText,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub locations: Vec<SarifNotificationLocation>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SarifNotificationLocation {
    pub physical_location: SarifArtifactOnly,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SarifArtifactOnly {
    pub artifact_location: SarifArtifact,
}

#[derive(Debug, Serialize)]
pub struct SarifTool {
    pub driver: SarifDriver,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SarifDriver {
    pub name: &'static str,
    pub version: &'static str,
    pub information_uri: &'static str,
    pub rules: Vec<SarifRule>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SarifRule {
    pub id: &'static str,
    pub name: String,
    pub short_description: SarifText,
    pub default_configuration: SarifConfiguration,
}

#[derive(Debug, Serialize)]
pub struct SarifConfiguration {
    pub level: Level,
}

#[derive(Debug, Serialize)]
pub struct SarifText {
    pub text: String,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SarifResult {
    pub rule_id: &'static str,
    pub rule_index: usize,
    pub level: Level,
    pub message: SarifText,
    pub locations: Vec<SarifLocation>,
    pub partial_fingerprints: std::collections::BTreeMap<&'static str, String>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SarifLocation {
    pub physical_location: SarifPhysicalLocation,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SarifPhysicalLocation {
    pub artifact_location: SarifArtifact,
    pub region: SarifRegion,
}

#[derive(Debug, Serialize)]
pub struct SarifArtifact {
    pub uri: String,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SarifRegion {
    pub start_line: usize,
    pub start_column: usize,
}

/// FNV-1a: a stable fingerprint that survives edits elsewhere in the file.
fn fingerprint(parts: &[&str]) -> String {
    let parts: Vec<&[u8]> = parts.iter().map(|p| p.as_bytes()).collect();
    format!("{:016x}", crate::hash::fnv1a_parts(&parts))
}

/// The findings as a SARIF log.
pub fn sarif_log(findings: &[Finding<'_>], failures: &[Failure], fail_on: &FailOn) -> SarifLog {
    let fails = |id: &str| {
        fail_on.statuses.iter().any(|s| s.as_str() == id)
            || fail_on.flags.iter().any(|f| f.as_str() == id)
    };
    let rules = Rule::ALL
        .iter()
        .map(|rule| SarifRule {
            id: rule.as_str(),
            name: rule.as_str().replace('-', " "),
            short_description: SarifText {
                text: rule.description().to_string(),
            },
            default_configuration: SarifConfiguration {
                level: if fails(rule.as_str()) {
                    Level::Error
                } else {
                    Level::Warning
                },
            },
        })
        .collect();
    let results = findings.iter().map(sarif_result).collect();
    SarifLog {
        schema: "https://json.schemastore.org/sarif-2.1.0.json",
        version: "2.1.0",
        runs: vec![SarifRun {
            tool: SarifTool {
                driver: SarifDriver {
                    name: "citeaudit",
                    version: env!("CARGO_PKG_VERSION"),
                    information_uri: "https://crates.io/crates/citeaudit",
                    rules,
                },
            },
            results,
            invocations: vec![SarifInvocation {
                execution_successful: failures.is_empty(),
                tool_execution_notifications: failures
                    .iter()
                    .map(|f| SarifNotification {
                        level: Level::Error,
                        message: SarifText {
                            text: f.message.clone(),
                        },
                        locations: f
                            .path
                            .iter()
                            .map(|a| SarifNotificationLocation {
                                physical_location: SarifArtifactOnly {
                                    artifact_location: SarifArtifact { uri: a.clone() },
                                },
                            })
                            .collect(),
                    })
                    .collect(),
            }],
        }],
    }
}

/// One finding as a SARIF result.
fn sarif_result(f: &Finding<'_>) -> SarifResult {
    let rule_index = Rule::ALL.iter().position(|r| *r == f.rule).unwrap_or(0);
    let mut prints = std::collections::BTreeMap::new();
    prints.insert(
        "citeaudit/v1",
        fingerprint(&[
            f.path,
            f.rule.as_str(),
            &crate::verify::matching::normalize(f.text),
        ]),
    );
    SarifResult {
        rule_id: f.rule.as_str(),
        rule_index,
        level: f.level,
        message: SarifText {
            text: f.message.clone(),
        },
        locations: vec![SarifLocation {
            physical_location: SarifPhysicalLocation {
                artifact_location: SarifArtifact {
                    uri: f.path.to_string(),
                },
                region: SarifRegion {
                    start_line: f.line,
                    start_column: f.column,
                },
            },
        }],
        partial_fingerprints: prints,
    }
}

pub fn sarif(findings: &[Finding<'_>], failures: &[Failure], fail_on: &FailOn) -> String {
    let mut text = serde_json::to_string_pretty(&sarif_log(findings, failures, fail_on))
        .expect("sarif serializes");
    text.push('\n');
    text
}

/// Indentation of a result in a pretty-printed log (runs[0].results[i]).
const RESULT_INDENT: &str = "        ";

/// SARIF written as each article is reported: the log up to its results
/// first, each result as it comes, then the invocation (which needs the
/// failures) at the end. The same text as [`sarif`] for the whole run, with
/// nothing kept but the failures.
pub struct SarifReporter<W: std::io::Write> {
    out: W,
    fail_on: FailOn,
    failures: Vec<Failure>,
    results: usize,
    buffer: String,
}

impl<W: std::io::Write> SarifReporter<W> {
    pub fn new(out: W, fail_on: &FailOn) -> Self {
        SarifReporter {
            out,
            fail_on: fail_on.clone(),
            failures: Vec::new(),
            results: 0,
            buffer: String::new(),
        }
    }

    /// The whole log without results (its failures as they stand).
    fn empty_log(&self) -> String {
        sarif(&[], &self.failures, &self.fail_on)
    }
}

impl<W: std::io::Write> crate::report::Reporter for SarifReporter<W> {
    fn article(&mut self, audit: &ArticleAudit) -> Result<(), crate::report::ReportError> {
        for f in findings(std::slice::from_ref(audit), &self.fail_on) {
            if self.results == 0 {
                // The part before the results does not depend on failures.
                let log = self.empty_log();
                self.buffer
                    .push_str(split_at_empty_array(&log, "results").0);
                self.buffer.push('\n');
            } else {
                self.buffer.push_str(",\n");
            }
            let result = serde_json::to_string_pretty(&sarif_result(&f)).expect("sarif serializes");
            push_indented(&mut self.buffer, &result, RESULT_INDENT);
            self.results += 1;
        }
        write_out(&mut self.out, &mut self.buffer)
    }

    fn failure(&mut self, failure: &Failure) -> Result<(), crate::report::ReportError> {
        self.failures.push(failure.clone());
        Ok(())
    }

    fn done(&mut self) -> Result<(), crate::report::ReportError> {
        let log = self.empty_log();
        let (before, after) = split_at_empty_array(&log, "results");
        if self.results == 0 {
            self.buffer.push_str(before);
        } else {
            // Close the array on its own line, at the key's indentation.
            self.buffer.push('\n');
            self.buffer.push_str(&RESULT_INDENT[2..]);
        }
        self.buffer.push_str(after);
        write_out(&mut self.out, &mut self.buffer)?;
        self.out.flush().map_err(stdout_error)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::audit::{audit_document, AuditOptions};
    use crate::model::SourceLine;
    use crate::read::load::Document;
    use crate::read::structure::Format;
    use crate::report::Reporter;

    #[test]
    fn lacking_words_are_named_up_to_a_few() {
        let verdict = |words: Option<&[&str]>| Verdict {
            best_source: None,
            best_score: 0.0,
            cited_score: Some(0.3),
            corroboration: 0,
            matched: None,
            suggest: None,
            supporting: Vec::new(),
            number_mismatch: None,
            lacking: words.map(|w| w.iter().map(|w| w.to_string()).collect()),
            words_spread: None,
            spread_lines: Vec::new(),
        };
        assert_eq!(lacking(None), "");
        assert_eq!(lacking(Some(&verdict(None))), "");
        assert_eq!(
            lacking(Some(&verdict(Some(&[])))),
            "; every word is in the cited text"
        );
        let spread = |n| Verdict {
            words_spread: Some(n),
            ..verdict(Some(&[]))
        };
        assert_eq!(
            lacking(Some(&spread(1))),
            "; every word is in one sentence of the cited text"
        );
        assert_eq!(
            lacking(Some(&spread(3))),
            "; every word is in the cited text, spread over 3 sentences"
        );
        // Where they are, by source, the lines in order.
        let at = |source: &str, line| SourceLine {
            source: source.to_string(),
            line,
        };
        let placed = |n, lines: Vec<SourceLine>| Verdict {
            spread_lines: lines,
            ..spread(n)
        };
        assert_eq!(
            lacking(Some(&placed(1, vec![at("2", 14)]))),
            "; every word is in one sentence of the cited text: [2] line 14"
        );
        assert_eq!(
            lacking(Some(&placed(
                3,
                vec![at("1", 4), at("1", 9), at("timetable", 2)]
            ))),
            "; every word is in the cited text, spread over 3 sentences: [1] lines 4, 9; [timetable] line 2"
        );
        assert_eq!(
            lacking(Some(&verdict(Some(&["paint", "shop"])))),
            "; not in the cited text: paint, shop"
        );
        assert_eq!(
            lacking(Some(&verdict(Some(&[
                "a1", "a2", "a3", "a4", "a5", "a6", "a7"
            ])))),
            "; not in the cited text: a1, a2, a3, a4, a5, a6, …"
        );
    }

    fn audit(name: &str, text: &str) -> ArticleAudit {
        let doc = Document::from_text(name, text);
        audit_document(name, &doc, Format::Markdown, &AuditOptions::default())
    }

    /// What a streaming reporter writes for these audits and failures.
    fn streamed(mut reporter: impl Reporter, audits: &[ArticleAudit], failures: &[Failure]) {
        for f in failures {
            reporter.failure(f).unwrap();
        }
        for a in audits {
            reporter.article(a).unwrap();
        }
        reporter.done().unwrap();
    }

    #[test]
    fn streamed_formats_write_what_the_whole_run_gives() {
        let fail_on: FailOn = crate::model::DEFAULT_FAIL_ON.parse().unwrap();
        let with_findings = [
            audit(
                "a.md",
                "The pier at Olm reopened.[4] Fees rose by 3%.\n\n## Sources\n\n1. Olm Post\n",
            ),
            audit("b.md", "Nothing here cites anything, but it says a lot.\n"),
            audit("c.md", "The \"quoted\" ferry ran late.[9]\n"),
            // More findings than the Markdown summary lists.
            audit(
                "f.md",
                &(1..=60)
                    .map(|n| format!("Pier {n} reopened after the storm. "))
                    .collect::<String>(),
            ),
        ];
        let clean = [audit("d.md", "# Notes\n")];
        let failure = Failure {
            article: Some("e.md".into()),
            path: Some("e.md".into()),
            message: "e.md: invalid UTF-8 at byte offset 3 (line 1)".into(),
            article_failed: true,
        };
        for audits in [&with_findings[..], &clean[..], &[]] {
            let early = Failure {
                article: Some("0-first.md".into()),
                path: Some("0-first.md".into()),
                message: "0-first.md: file is empty; nothing to read".into(),
                article_failed: true,
            };
            let walk = Failure {
                article: None,
                path: None,
                message: "a source text could not be read".into(),
                article_failed: false,
            };
            for failures in [
                vec![],
                vec![failure.clone()],
                vec![early, failure.clone(), walk],
            ] {
                let all = findings(audits, &fail_on);
                let mut out = Vec::new();
                streamed(
                    JsonReporter::new(&mut out, &fail_on).unwrap(),
                    audits,
                    &failures,
                );
                assert_eq!(
                    String::from_utf8(out).unwrap(),
                    json(audits, &all, &failures, &fail_on)
                );
                let mut out = Vec::new();
                streamed(MarkdownReporter::new(&mut out, &fail_on), audits, &failures);
                assert_eq!(
                    String::from_utf8(out).unwrap(),
                    markdown(audits, &all, &failures, &fail_on)
                );
                let mut out = Vec::new();
                streamed(SarifReporter::new(&mut out, &fail_on), audits, &failures);
                assert_eq!(
                    String::from_utf8(out).unwrap(),
                    sarif(&all, &failures, &fail_on)
                );
                for (format, whole) in [
                    (LineFormat::Jsonl, jsonl(&all, &failures)),
                    (LineFormat::Github, github(&all, &failures)),
                ] {
                    let mut out = Vec::new();
                    streamed(
                        LineReporter::new(&mut out, format, &fail_on),
                        audits,
                        &failures,
                    );
                    assert_eq!(String::from_utf8(out).unwrap(), whole);
                }
            }
        }
        assert!(findings(&with_findings, &fail_on).len() > SHOWN);
    }
}
