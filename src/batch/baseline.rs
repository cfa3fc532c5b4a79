//! What only a batch can tell, and what a team carries between runs.
//!
//! - Batch boilerplate: a sentence that recurs in at least `min_articles`
//!   articles of a run (site chrome, a newsletter pitch) is `boilerplate`,
//!   whatever the single-article rules said. A light pre-pass collects each
//!   article's sentence keys; the audit then treats those sentences as
//!   boilerplate before checking anything.
//! - Baseline: `--write-baseline FILE` records today's findings by article,
//!   rule and normalised sentence text (so edits elsewhere in an article do
//!   not invalidate it); `--baseline FILE` then marks those as known, and
//!   only new findings fail the run.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::model::{ArticleAudit, FailOn};
use crate::report::formats::{findings, Finding};
use crate::verify::matching::normalize;

/// Default of `--batch-boilerplate`: articles a sentence must recur in.
pub const DEFAULT_BATCH_BOILERPLATE: usize = 5;

/// The sentence keys ([`crate::audit::sentence_key`]) found in at least
/// `min_articles` of the articles' key lists (each list holds an article's
/// distinct keys). `min_articles` below 2 turns the rule off.
pub fn repeated(per_article: Vec<Vec<u64>>, min_articles: usize) -> HashSet<u64> {
    if min_articles < 2 {
        return HashSet::new();
    }
    let mut seen_in: HashMap<u64, usize> = HashMap::new();
    for keys in per_article {
        for key in keys {
            *seen_in.entry(key).or_insert(0) += 1;
        }
    }
    seen_in
        .into_iter()
        .filter(|(_, n)| *n >= min_articles)
        .map(|(key, _)| key)
        .collect()
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

impl Baseline {
    /// Today's findings (all of them, whatever `--fail-on` says).
    pub fn record(audits: &[ArticleAudit]) -> Baseline {
        let all = FailOn::default();
        let mut entries: Vec<BaselineEntry> = findings(audits, &all).iter().map(entry).collect();
        entries.sort_by(|a, b| (&a.article, &a.rule, &a.text).cmp(&(&b.article, &b.rule, &b.text)));
        entries.dedup();
        Baseline {
            version: 1,
            findings: entries,
        }
    }

    pub fn read(path: &Path) -> Result<Baseline, String> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| format!("{}: cannot read baseline: {e}", path.display()))?;
        let baseline: Baseline = serde_json::from_str(&text)
            .map_err(|e| format!("{}: not a citeaudit baseline: {e}", path.display()))?;
        if baseline.version != 1 {
            return Err(format!(
                "{}: baseline version {} is not supported",
                path.display(),
                baseline.version
            ));
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
