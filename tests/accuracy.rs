//! How well `cited_score` separates supported from unsupported claims, on our
//! own labelled set (`tests/data/support-*.tsv`): 16 invented source passages
//! and 96 claims citing them, half paraphrases the passage supports, half
//! hard negatives on the same topic (a changed number, entity, direction or
//! cause). Compared with the usual lexical baseline, the share of the claim's
//! words found in the passage, by ROC-AUC.
//!
//! The score's weights are trained (`scripts/train_support.py`) on real
//! development sets and on the *tuning half* of this set: every other claim,
//! starting with the first. This test scores only the other half, which no
//! training sees.

use std::collections::HashSet;

use citeaudit::read::sentences::split_sentences;
use citeaudit::verify::matching::SourceIndex;

const SOURCES: &str = include_str!("data/support-sources.tsv");
const CLAIMS: &str = include_str!("data/support-claims.tsv");

/// ROC-AUC: the chance that a random supported claim outscores a random
/// unsupported one (ties count half).
fn roc_auc(scored: &[(bool, f64)]) -> f64 {
    let pos: Vec<f64> = scored.iter().filter(|s| s.0).map(|s| s.1).collect();
    let neg: Vec<f64> = scored.iter().filter(|s| !s.0).map(|s| s.1).collect();
    let mut wins = 0.0;
    for p in &pos {
        for n in &neg {
            wins += if p > n {
                1.0
            } else if p == n {
                0.5
            } else {
                0.0
            };
        }
    }
    wins / (pos.len() * neg.len()) as f64
}

fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

fn baseline(claim: &str, passage: &str) -> f64 {
    const SMALL: &[&str] = &[
        "the", "a", "an", "of", "to", "in", "on", "for", "and", "by", "at", "is", "was", "will",
        "be",
    ];
    let have: HashSet<String> = words(passage).into_iter().collect();
    let claim: Vec<String> = words(claim)
        .into_iter()
        .filter(|w| !SMALL.contains(&w.as_str()))
        .collect();
    claim.iter().filter(|w| have.contains(*w)).count() as f64 / claim.len().max(1) as f64
}

/// Score of `claim` against source `source` of `index` (0 if not a candidate).
fn cited_score(index: &SourceIndex, claim: &str, source: usize) -> f64 {
    index
        .score_claim(claim, &[source])
        .into_iter()
        .find(|s| s.source == source)
        .map_or(0.0, |s| s.score)
}

#[test]
fn cited_score_beats_the_lexical_baseline() {
    let sources: Vec<(&str, &str)> = SOURCES.lines().filter_map(|l| l.split_once('\t')).collect();
    let mut index = SourceIndex::new();
    for (i, (_, text)) in sources.iter().enumerate() {
        for r in split_sentences(text) {
            index.add(i, 1, text[r].trim());
        }
    }
    // (supported, ours, baseline) for: claims against their own passage
    // (hard negatives: altered facts), and supported claims against the next
    // topic's passage (a wrong citation, as when a claim cites the wrong page).
    let mut hard = Vec::new();
    let mut wrong_source = Vec::new();
    for line in CLAIMS.lines().skip(1).step_by(2) {
        let mut cols = line.split('\t');
        let (Some(label), Some(id), Some(claim)) = (cols.next(), cols.next(), cols.next()) else {
            panic!("bad line {line:?}");
        };
        let source = sources
            .iter()
            .position(|(s, _)| *s == id)
            .expect("known source");
        let supported = label == "1";
        let ours = cited_score(&index, claim, source);
        let base = baseline(claim, sources[source].1);
        if std::env::var_os("SHOW").is_some() {
            println!("{label} {ours:.3} {base:.3} {claim}");
        }
        hard.push((supported, ours, base));
        if supported {
            let other = (source + 1) % sources.len();
            wrong_source.push((
                false,
                cited_score(&index, claim, other),
                baseline(claim, sources[other].1),
            ));
        }
    }
    assert_eq!(hard.len(), 48);
    let auc = |rows: &[(bool, f64, f64)]| {
        let ours: Vec<(bool, f64)> = rows.iter().map(|r| (r.0, r.1)).collect();
        let base: Vec<(bool, f64)> = rows.iter().map(|r| (r.0, r.2)).collect();
        (roc_auc(&ours), roc_auc(&base))
    };
    let (hard_ours, hard_base) = auc(&hard);
    let positives: Vec<(bool, f64, f64)> = hard.iter().filter(|r| r.0).copied().collect();
    let wrong: Vec<(bool, f64, f64)> = positives.iter().chain(&wrong_source).copied().collect();
    let (wrong_ours, wrong_base) = auc(&wrong);
    let all: Vec<(bool, f64, f64)> = hard.iter().chain(&wrong_source).copied().collect();
    let (all_ours, all_base) = auc(&all);
    println!("ROC-AUC, cited_score vs word-share baseline:");
    println!("  held-out half, altered facts, same passage: {hard_ours:.3} vs {hard_base:.3}");
    println!("  held-out half, wrong passage cited:         {wrong_ours:.3} vs {wrong_base:.3}");
    println!("  held-out half, all:                         {all_ours:.3} vs {all_base:.3}");
    // Measured: 0.938 with the boosted model (0.932 with the linear model
    // alone, which was 0.04 to 0.06 worse cross-validated on every set);
    // 96 held-out pairs, so 0.008 is two or three orderings.
    assert!(all_ours >= 0.92, "cited_score AUC {all_ours:.3}");
    assert!(hard_ours >= 0.85, "altered-fact AUC {hard_ours:.3}");
    assert!(
        hard_ours > hard_base + 0.1 && all_ours > all_base,
        "not clearly above the baseline"
    );
}
