//! What a team carries between runs.
//!
//! Baseline: `--write-baseline FILE` records today's findings by article,
//!   rule and normalised sentence text (so edits elsewhere in an article do
//!   not invalidate it); `--baseline FILE` then marks those as known, and
//!   only new findings fail the run.

use std::collections::HashSet;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::model::{ArticleAudit, FailOn};
use crate::read::load::DisplayPath;
use crate::report::formats::{findings, Finding};
use crate::verify::matching::normalize;

/// Why a baseline file cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum BaselineError {
    #[error("{path}: cannot read baseline: {source}")]
    Read {
        path: DisplayPath,
        source: std::io::Error,
    },
    #[error("{path}: not a citeaudit baseline: {source}")]
    NotABaseline {
        path: DisplayPath,
        source: serde_json::Error,
    },
    #[error("{path}: baseline version {version} is not supported")]
    Version { path: DisplayPath, version: u32 },
}

/// One known finding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct BaselineEntry {
    pub article: String,
    pub rule: String,
    pub text: String,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Baseline {
    pub version: u32,
    pub findings: Vec<BaselineEntry>,
}

fn entry(f: &Finding<'_>) -> BaselineEntry {
    BaselineEntry {
        article: f.article.to_string(),
        rule: f.rule.to_string(),
        text: normalize(f.text),
    }
}

/// Records a run's findings as a baseline, article by article (a
/// reporter: the run's audits need not be kept).
#[derive(Debug, Default)]
pub struct BaselineRecorder {
    entries: Vec<BaselineEntry>,
}

impl BaselineRecorder {
    /// The baseline of everything recorded, sorted, without repeats.
    pub fn baseline(mut self) -> Baseline {
        self.entries
            .sort_by(|a, b| (&a.article, &a.rule, &a.text).cmp(&(&b.article, &b.rule, &b.text)));
        self.entries.dedup();
        Baseline {
            version: 1,
            findings: self.entries,
        }
    }
}

impl crate::report::Reporter for BaselineRecorder {
    /// Today's findings (all of them, whatever `--fail-on` says).
    fn article(&mut self, audit: &ArticleAudit) -> Result<(), crate::report::ReportError> {
        let all = FailOn::default();
        let found = findings(std::slice::from_ref(audit), &all);
        self.entries.extend(found.iter().map(entry));
        Ok(())
    }

    fn failure(
        &mut self,
        _: &crate::report::formats::Failure,
    ) -> Result<(), crate::report::ReportError> {
        Ok(())
    }
}

impl Baseline {
    pub fn read(path: &Path) -> Result<Baseline, BaselineError> {
        let text = std::fs::read_to_string(path).map_err(|source| BaselineError::Read {
            path: DisplayPath::new(path),
            source,
        })?;
        let baseline: Baseline =
            serde_json::from_str(&text).map_err(|source| BaselineError::NotABaseline {
                path: DisplayPath::new(path),
                source,
            })?;
        if baseline.version != 1 {
            return Err(BaselineError::Version {
                path: DisplayPath::new(path),
                version: baseline.version,
            });
        }
        Ok(baseline)
    }

    pub fn to_json(&self) -> String {
        let mut text = serde_json::to_string_pretty(self).expect("baseline serializes");
        text.push('\n');
        text
    }

    /// Marks the sentences whose findings are all known. Returns how many.
    pub fn apply(&self, audits: &mut [ArticleAudit]) -> usize {
        let known: HashSet<&BaselineEntry> = self.findings.iter().collect();
        let all = FailOn::default();
        let mut marked = 0;
        for i in 0..audits.len() {
            let keys: Vec<(usize, BaselineEntry)> = findings(&audits[i..=i], &all)
                .iter()
                .map(|f| (f.sentence, entry(f)))
                .collect();
            let a = &mut audits[i];
            for s in &mut a.sentences {
                let mine: Vec<&BaselineEntry> = keys
                    .iter()
                    .filter(|(n, _)| *n == s.sentence)
                    .map(|(_, e)| e)
                    .collect();
                if !mine.is_empty() && mine.iter().all(|e| known.contains(e)) {
                    s.baselined = true;
                    marked += 1;
                }
            }
        }
        marked
    }
}
