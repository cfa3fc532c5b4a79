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

use crate::audit::{ArticleAudit, FailOn, Flag, SentenceRecord, Status, Summary};

/// What a rule means, for SARIF and the docs.
pub const RULES: [(&str, &str); 10] = [
    ("uncited", "A claim cites no source."),
    (
        "dangling",
        "A claim cites a source id the article does not declare.",
    ),
    (
        "partial",
        "The cited source only partly supports the claim.",
    ),
    (
        "unsupported",
        "The cited sources' texts do not support the claim.",
    ),
    (
        "misattributed",
        "Another source supports the claim; the cited ones do not.",
    ),
    (
        "marker-lost",
        "The citation number was stripped, leaving ` .`.",
    ),
    (
        "citation-needed",
        "The article marks the claim [citation needed].",
    ),
    (
        "verbatim",
        "The claim copies a source sentence outside quotation marks.",
    ),
    (
        "number-mismatch",
        "A number in the claim is absent from its best cited passage.",
    ),
    (
        "duplicate",
        "The claim repeats an earlier sentence of the article.",
    ),
];

const FINDING_STATUSES: [Status; 5] = [
    Status::Uncited,
    Status::Dangling,
    Status::Partial,
    Status::Unsupported,
    Status::Misattributed,
];

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
    pub rule: &'static str,
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

fn message(rule: &str, s: &SentenceRecord) -> String {
    let cited = s.cited.join(", ");
    let v = s.verdict.as_ref();
    let cited_score = v.and_then(|v| v.cited_score).unwrap_or(0.0);
    match rule {
        "uncited" => match v.and_then(|v| v.suggest.as_ref()) {
            Some(id) => format!("uncited claim; source [{id}] supports it"),
            None => "uncited claim".to_string(),
        },
        "dangling" => format!("cites [{cited}], not declared by the article"),
        "partial" => format!("cited [{cited}] only partly supports this (score {cited_score:.2})"),
        "unsupported" => format!("cited [{cited}] does not support this (score {cited_score:.2})"),
        "misattributed" => format!(
            "cited [{cited}] does not support this, but [{}] does",
            v.and_then(|v| v.best_source.clone()).unwrap_or_default()
        ),
        "marker-lost" => "citation number lost (` .`)".to_string(),
        "citation-needed" => "marked [citation needed]".to_string(),
        "verbatim" => "copies a source sentence outside quotation marks".to_string(),
        "number-mismatch" => "a number differs from the cited source".to_string(),
        "duplicate" => "repeats an earlier sentence".to_string(),
        _ => rule.to_string(),
    }
}

/// Every finding of these articles, in article and sentence order.
pub fn findings<'a>(audits: &'a [ArticleAudit], fail_on: &FailOn) -> Vec<Finding<'a>> {
    let mut out = Vec::new();
    for a in audits {
        let shown = |s: &&SentenceRecord| !s.baselined && !s.flags.contains(&Flag::Ignored);
        for s in a.sentences.iter().filter(shown) {
            let mut rules: Vec<(&'static str, bool)> = Vec::new();
            if FINDING_STATUSES.contains(&s.status) {
                rules.push((s.status.as_str(), fail_on.statuses.contains(&s.status)));
            }
            for f in &s.flags {
                rules.push((f.as_str(), fail_on.flags.contains(f)));
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

/// GitHub workflow commands: one `::error` or `::warning` line a finding.
pub fn github(findings: &[Finding<'_>]) -> String {
    // Workflow command values escape %, CR and LF; properties also , and :.
    let data = |s: &str| {
        s.replace('%', "%25")
            .replace('\r', "%0D")
            .replace('\n', "%0A")
    };
    let prop = |s: &str| data(s).replace(':', "%3A").replace(',', "%2C");
    let mut out = String::new();
    for f in findings {
        let level = match f.level {
            Level::Error => "error",
            Level::Warning => "warning",
        };
        let _ = writeln!(
            out,
            "::{level} file={},line={},col={},title={}::{}",
            prop(f.path),
            f.line,
            f.column,
            prop(&format!("citeaudit {}", f.rule)),
            data(&f.message)
        );
    }
    out
}

/// JSON Lines: one finding per line.
pub fn jsonl(findings: &[Finding<'_>]) -> String {
    let mut out = String::new();
    for f in findings {
        out.push_str(&serde_json::to_string(f).expect("findings serialize"));
        out.push('\n');
    }
    out
}

#[derive(Serialize)]
struct JsonArticle<'a> {
    article: &'a str,
    path: &'a str,
    result: &'static str,
    summary: &'a Summary,
    findings: Vec<&'a Finding<'a>>,
}

#[derive(Serialize)]
struct JsonReport<'a> {
    tool: &'static str,
    version: &'static str,
    result: &'static str,
    articles: Vec<JsonArticle<'a>>,
}

fn result(failed: bool) -> &'static str {
    if failed {
        "fail"
    } else {
        "pass"
    }
}

/// One JSON document: per article its summary, result and findings.
pub fn json(audits: &[ArticleAudit], findings: &[Finding<'_>], fail_on: &FailOn) -> String {
    let articles: Vec<JsonArticle<'_>> = audits
        .iter()
        .map(|a| JsonArticle {
            article: &a.article,
            path: &a.path,
            result: result(a.findings(fail_on) > 0),
            summary: &a.summary,
            findings: findings.iter().filter(|f| f.article == a.article).collect(),
        })
        .collect();
    let report = JsonReport {
        tool: "citeaudit",
        version: env!("CARGO_PKG_VERSION"),
        result: result(audits.iter().any(|a| a.findings(fail_on) > 0)),
        articles,
    };
    let mut text = serde_json::to_string_pretty(&report).expect("report serializes");
    text.push('\n');
    text
}

/// A Markdown summary for a pull-request comment or a job summary.
pub fn markdown(audits: &[ArticleAudit], findings: &[Finding<'_>], fail_on: &FailOn) -> String {
    let mut out = String::from("## citeaudit\n\n");
    out.push_str("| article | claims | supported | partial | unsupported | misattributed | dangling | uncited | result |\n");
    out.push_str("|---|---:|---:|---:|---:|---:|---:|---:|---|\n");
    let cell = |s: &str| s.replace('|', "\\|");
    for a in audits {
        let s = &a.summary;
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} | {} | {} | {} |",
            cell(&a.article),
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
    const SHOWN: usize = 50;
    if !findings.is_empty() {
        let _ = writeln!(out, "\n### Findings ({})\n", findings.len());
        for f in findings.iter().take(SHOWN) {
            let _ = writeln!(
                out,
                "- `{}:{}:{}` **{}** {}",
                f.path,
                f.line,
                f.column,
                f.rule,
                cell(&f.message).replace('\n', " ")
            );
        }
        if findings.len() > SHOWN {
            let _ = writeln!(
                out,
                "- … and {} more (see the CSV reports)",
                findings.len() - SHOWN
            );
        }
    }
    out
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
pub struct SarifRun {
    pub tool: SarifTool,
    pub results: Vec<SarifResult>,
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
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for b in part.bytes().chain([0]) {
            hash ^= u64::from(b);
            hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    format!("{hash:016x}")
}

/// The findings as a SARIF log.
pub fn sarif_log(findings: &[Finding<'_>], fail_on: &FailOn) -> SarifLog {
    let fails = |id: &str| {
        fail_on.statuses.iter().any(|s| s.as_str() == id)
            || fail_on.flags.iter().any(|f| f.as_str() == id)
    };
    let rules = RULES
        .iter()
        .map(|(id, text)| SarifRule {
            id,
            name: id.replace('-', " "),
            short_description: SarifText {
                text: text.to_string(),
            },
            default_configuration: SarifConfiguration {
                level: if fails(id) {
                    Level::Error
                } else {
                    Level::Warning
                },
            },
        })
        .collect();
    let results = findings
        .iter()
        .map(|f| {
            let rule_index = RULES.iter().position(|(id, _)| *id == f.rule).unwrap_or(0);
            let mut prints = std::collections::BTreeMap::new();
            prints.insert(
                "citeaudit/v1",
                fingerprint(&[f.path, f.rule, &crate::matching::normalize(f.text)]),
            );
            SarifResult {
                rule_id: RULES[rule_index].0,
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
        })
        .collect();
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
        }],
    }
}

pub fn sarif(findings: &[Finding<'_>], fail_on: &FailOn) -> String {
    let mut text =
        serde_json::to_string_pretty(&sarif_log(findings, fail_on)).expect("sarif serializes");
    text.push('\n');
    text
}
