//! Statements duplicated across sources.
//!
//! Two sentences of different sources are copies when their normalised texts
//! have a Levenshtein similarity of at least the duplicate threshold
//! (`strsim::normalized_levenshtein`; default [`DEFAULT_DUPLICATE_THRESHOLD`]).
//! Candidates come from the source index (sentences sharing most of the
//! rarest terms), so the cost grows with the number of sentences, not its
//! square. Copies are grouped transitively.
//!
//! A source whose sentences are mostly copies of another's (at least
//! [`SYNDICATION_OVERLAP`] of them) is a syndicated copy: `duplicate_of`
//! names the first source it copies, and when counting corroboration a group
//! of syndicated sources counts once.

//!
//! Pure computation over a [`SourceIndex`]: no file is read here (the
//! `duplicates` command's walk is in `scan`).

use rayon::prelude::*;

use crate::verify::edit::{normalized_similarity, similar_at_least, similar_lengths, CharBag};
use crate::verify::matching::SourceIndex;

pub const DEFAULT_DUPLICATE_THRESHOLD: f64 = 0.85;
/// Share of a source's sentences found in another that makes it a copy.
pub const SYNDICATION_OVERLAP: f64 = 0.5;

/// One group of duplicated statements: passages (index positions) with their
/// similarity to the group's first member.
#[derive(Debug, Clone, PartialEq)]
pub struct DuplicateGroup {
    pub members: Vec<(usize, f64)>,
}

/// How the sources of one index copy each other.
#[derive(Debug, Clone, Default)]
pub struct Syndication {
    pub groups: Vec<DuplicateGroup>,
    /// Per source: the share of its sentences also found in another source.
    pub overlap: Vec<f64>,
    /// Per source: the earlier source it copies, if it is a syndicated copy.
    pub duplicate_of: Vec<Option<usize>>,
    /// Per source: its syndication cluster (sources that copy each other
    /// share one number).
    pub cluster: Vec<usize>,
}

fn find(parent: &mut [usize], mut x: usize) -> usize {
    while parent[x] != x {
        parent[x] = parent[parent[x]];
        x = parent[x];
    }
    x
}

fn union(parent: &mut [usize], a: usize, b: usize) {
    let (ra, rb) = (find(parent, a), find(parent, b));
    if ra != rb {
        parent[ra.max(rb)] = ra.min(rb);
    }
}

/// Groups duplicated statements across the `sources` sources of `index`.
pub fn find_duplicates(index: &SourceIndex, sources: usize, threshold: f64) -> Syndication {
    let passages = index.passages();
    let normalized: Vec<&str> = passages.iter().map(|p| p.normalized()).collect();
    // Character counts rule out most candidates before any edit distance.
    let bags: Vec<CharBag> = normalized.par_iter().map(|t| CharBag::of(t)).collect();
    // Lengths packed apart: the search reads one for every posting.
    let lengths: Vec<u32> = bags.iter().map(|b| b.chars() as u32).collect();
    let longest = lengths.iter().copied().max().unwrap_or(0) as usize;
    // Each passage's copies among the later passages, found in parallel
    // (each search is independent); joined in order below.
    let copies_of: Vec<Vec<usize>> = (0..passages.len())
        .into_par_iter()
        .map_init(
            || index.copy_candidates(),
            |candidates, p| {
                // A passage too different in length is never weighed (the
                // lengths that may pass, worked out once a passage).
                let (lo, hi) =
                    similar_lengths(lengths[p] as usize, longest, threshold).unwrap_or((1, 0));
                let fits = |q: usize| (lo..=hi).contains(&(lengths[q] as usize));
                candidates
                    .later_than(p, fits)
                    .into_iter()
                    .filter(|&q| {
                        bags[p].may_be_similar(&bags[q], threshold)
                            && similar_at_least(normalized[p], normalized[q], threshold)
                    })
                    .collect()
            },
        )
        .collect();
    let mut parent: Vec<usize> = (0..passages.len()).collect();
    for (p, copies) in copies_of.iter().enumerate() {
        for &q in copies {
            union(&mut parent, p, q);
        }
    }
    let mut members: Vec<Vec<usize>> = vec![Vec::new(); passages.len()];
    for p in 0..passages.len() {
        let root = find(&mut parent, p);
        members[root].push(p);
    }
    let mut groups = Vec::new();
    // copies[s][t]: sentences of source s that have a copy in source t.
    let mut copies = vec![vec![0usize; sources]; sources];
    let mut sentences = vec![0usize; sources];
    for p in passages {
        sentences[p.source] += 1;
    }
    for group in members.into_iter().filter(|m| m.len() > 1) {
        let mut in_sources: Vec<usize> = group.iter().map(|&p| passages[p].source).collect();
        in_sources.sort_unstable();
        in_sources.dedup();
        if in_sources.len() < 2 {
            continue;
        }
        for &p in &group {
            let s = passages[p].source;
            for &t in &in_sources {
                if t != s {
                    copies[s][t] += 1;
                }
            }
        }
        let first = normalized[group[0]];
        groups.push(DuplicateGroup {
            members: group
                .iter()
                .map(|&p| (p, normalized_similarity(first, normalized[p])))
                .collect(),
        });
    }
    let share = |s: usize, t: usize| copies[s][t] as f64 / sentences[s].max(1) as f64;
    let overlap: Vec<f64> = (0..sources)
        .map(|s| (0..sources).map(|t| share(s, t)).fold(0.0, f64::max))
        .collect();
    let mut cluster: Vec<usize> = (0..sources).collect();
    let mut duplicate_of = vec![None; sources];
    for (s, copy_of) in duplicate_of.iter_mut().enumerate() {
        for t in 0..s {
            if share(s, t) >= SYNDICATION_OVERLAP || share(t, s) >= SYNDICATION_OVERLAP {
                union(&mut cluster, s, t);
                copy_of.get_or_insert(t);
            }
        }
    }
    let cluster = (0..sources).map(|s| find(&mut cluster, s)).collect();
    Syndication {
        groups,
        overlap,
        duplicate_of,
        cluster,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syndicated_copies_are_grouped() {
        let mut index = SourceIndex::new();
        let wire = [
            "The harbour board approved a new pier on Monday.",
            "Construction will start in April and last two years.",
            "The pier will cost 30 million.",
        ];
        for (i, s) in wire.iter().enumerate() {
            index.add(0, i + 1, s);
        }
        // A republished copy with small edits, and an unrelated source.
        index.add(1, 1, "The harbour board approved a new pier on Monday.");
        index.add(
            1,
            2,
            "Construction will start in April and will last two years.",
        );
        index.add(2, 1, "Fishing crews protested outside the town hall.");
        let found = find_duplicates(&index, 3, DEFAULT_DUPLICATE_THRESHOLD);
        assert_eq!(found.groups.len(), 2);
        assert_eq!(found.duplicate_of, [None, Some(0), None]);
        assert_eq!(found.cluster[0], found.cluster[1]);
        assert_ne!(found.cluster[0], found.cluster[2]);
        assert!((found.overlap[1] - 1.0).abs() < 1e-9);
        assert!((found.overlap[0] - 2.0 / 3.0).abs() < 1e-9);
        assert_eq!(found.overlap[2], 0.0);
    }
}
