//! Statements duplicated across sources.
//!
//! Two sentences of different sources are copies when their normalised texts
//! have a Levenshtein similarity of at least the duplicate threshold
//! (`strsim::normalized_levenshtein`; default [`DEFAULT_DUPLICATE_THRESHOLD`]).
//! Candidates come from the source index (sentences sharing most of the
//! rarest terms), so the cost grows with the number of sentences, not its
//! square; identical sentences are copies without a search, and each
//! distinct text is searched once. Copies are grouped transitively.
//!
//! A source whose sentences are mostly copies of another's (at least
//! [`SYNDICATION_OVERLAP`] of them) is a syndicated copy: `duplicate_of`
//! names the first source it copies, and when counting corroboration a group
//! of syndicated sources counts once. A statement in more than
//! [`TEMPLATE_SOURCES`] documents is template text and counts toward no
//! share.

//!
//! Pure computation over a [`SourceIndex`]: no file is read here (the
//! `duplicates` command's walk is in `scan`).

use rayon::prelude::*;

use crate::hash::WordMap;
use crate::verify::edit::{normalized_similarity, similar_at_least, similar_lengths, CharBag};
use crate::verify::matching::SourceIndex;

pub const DEFAULT_DUPLICATE_THRESHOLD: f64 = 0.85;
/// Share of a source's sentences found in another that makes it a copy.
pub const SYNDICATION_OVERLAP: f64 = 0.5;
/// A statement more documents than this share is template text (a
/// navigation line, a licence, a page footer): it is still reported as a
/// duplicate, but it is no sign that one document copies another. Without
/// the limit, a line on every page of a 50,000-page site would make every
/// page a copy of the first, and weighing every pair of them would take
/// hours. A story syndicated to a thousand outlets still counts.
pub const TEMPLATE_SOURCES: usize = 1000;

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

/// Passages grouped by their normalised text. Packed in `u32`s: the copy
/// search reads them for every posting it weighs.
struct TextClasses {
    /// Per passage: the first passage with the same text.
    first: Vec<u32>,
    /// Per passage: its source.
    source: Vec<u32>,
    /// Per first passage: the one source all its copies are in, or
    /// [`MANY_SOURCES`].
    text_source: Vec<u32>,
}

const MANY_SOURCES: u32 = u32::MAX;

impl TextClasses {
    /// Classes of the passages that `searched` (those with a term to find
    /// copies by; any other is a class of its own, and never a copy).
    fn of<'a>(
        normalized: &[&'a str],
        sources: impl Iterator<Item = usize>,
        searched: impl Fn(usize) -> bool,
    ) -> Self {
        let mut first_of: WordMap<&'a str, u32> = WordMap::default();
        first_of.reserve(normalized.len());
        let mut first = Vec::with_capacity(normalized.len());
        let mut source = Vec::with_capacity(normalized.len());
        let mut text_source = Vec::with_capacity(normalized.len());
        for (p, (text, s)) in normalized.iter().zip(sources).enumerate() {
            let (p, s) = (p as u32, s as u32);
            let f = if searched(p as usize) {
                *first_of.entry(text).or_insert(p)
            } else {
                p
            };
            first.push(f);
            source.push(s);
            text_source.push(s);
            if text_source[f as usize] != s {
                text_source[f as usize] = MANY_SOURCES;
            }
        }
        TextClasses {
            first,
            source,
            text_source,
        }
    }

    /// The first passage with passage `p`'s text.
    fn first(&self, p: usize) -> usize {
        self.first[p] as usize
    }

    /// Whether passage `q` may be a copy of first passage `p`'s text: it
    /// has another text, and one of them stands in another source than
    /// the other (passages are copies only across sources).
    fn may_copy(&self, p: usize, q: usize) -> bool {
        let a = self.text_source[p];
        self.first[q] as usize != p && (a != self.source[q] || a == MANY_SOURCES)
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
    let texts = TextClasses::of(&normalized, passages.iter().map(|p| p.source), |p| {
        index.has_terms(p)
    });
    // Each text's copies among the later texts, found in parallel (each
    // search is independent); joined in order below. One search a text,
    // not a passage: a line thousands of documents repeat (a navigation
    // label, a licence) costs one search, not one a copy and a pair for
    // every two copies.
    let copies_of: Vec<Vec<usize>> = (0..passages.len())
        .into_par_iter()
        .map_init(
            || index.copy_candidates(),
            |candidates, p| {
                if texts.first(p) != p {
                    return Vec::new();
                }
                // A passage too different in length is never weighed (the
                // lengths that may pass, worked out once a passage).
                let (lo, hi) =
                    similar_lengths(lengths[p] as usize, longest, threshold).unwrap_or((1, 0));
                // Any later copy of another text counts (its text's first
                // may stand before `p`, where this search does not look).
                // Length first: it rules out most postings with one read.
                let fits =
                    |q: usize| (lo..=hi).contains(&(lengths[q] as usize)) && texts.may_copy(p, q);
                let mut found: Vec<usize> = candidates
                    .later_than(p, fits)
                    .into_iter()
                    .map(|q| texts.first(q))
                    .collect();
                found.sort_unstable();
                found.dedup();
                found.retain(|&q| {
                    bags[p].may_be_similar(&bags[q], threshold)
                        && similar_at_least(normalized[p], normalized[q], threshold)
                });
                // Kept until the grouping: its room for every candidate
                // weighed would be kept too (400 MB on a large site).
                found.shrink_to_fit();
                found
            },
        )
        .collect();
    let mut parent: Vec<usize> = (0..passages.len()).collect();
    for (p, copies) in copies_of.iter().enumerate() {
        union(&mut parent, p, texts.first(p));
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
    let mut sentences = vec![0usize; sources];
    for p in passages {
        sentences[p.source] += 1;
    }
    // The groups that count toward the shares (in at most
    // TEMPLATE_SOURCES sources): each as (source, its sentences in the
    // group) by source; and per source, the groups it is in with its
    // sentences there.
    let mut shared: Vec<Vec<(u32, u32)>> = Vec::new();
    let mut groups_of: Vec<Vec<(u32, u32)>> = vec![Vec::new(); sources];
    for group in members.into_iter().filter(|m| m.len() > 1) {
        let mut in_sources: Vec<(u32, u32)> = Vec::new();
        let mut by_source: Vec<usize> = group.iter().map(|&p| passages[p].source).collect();
        by_source.sort_unstable();
        for s in by_source {
            match in_sources.last_mut() {
                Some((last, n)) if *last as usize == s => *n += 1,
                _ => in_sources.push((s as u32, 1)),
            }
        }
        if in_sources.len() < 2 {
            continue;
        }
        if in_sources.len() <= TEMPLATE_SOURCES {
            for &(s, n) in &in_sources {
                groups_of[s as usize].push((shared.len() as u32, n));
            }
            shared.push(in_sources);
        }
        let first = normalized[group[0]];
        groups.push(DuplicateGroup {
            members: group
                .iter()
                .map(|&p| (p, normalized_similarity(first, normalized[p])))
                .collect(),
        });
    }
    // Source by source: the sentences it shares with each other source,
    // and each other source with it, counted in two rows reused for every
    // source. A table of all pairs of 50,000 documents would not fit, and
    // a map of the pairs that share a statement held 20 million entries
    // (700 MB) on a 48,000-page site.
    let mut overlap = vec![0.0f64; sources];
    let mut cluster: Vec<usize> = (0..sources).collect();
    let mut duplicate_of = vec![None; sources];
    let mut mine = vec![0usize; sources];
    let mut theirs = vec![0usize; sources];
    let mut partners: Vec<usize> = Vec::new();
    for s in 0..sources {
        for &(g, own) in &groups_of[s] {
            for &(t, n) in &shared[g as usize] {
                let t = t as usize;
                if t == s {
                    continue;
                }
                if mine[t] == 0 {
                    partners.push(t);
                }
                mine[t] += own as usize;
                theirs[t] += n as usize;
            }
        }
        // Sources share statements both ways: s's partners are all the
        // sources t with a share either way; the earliest it copies (or
        // that copies it) is the one it is a copy of.
        partners.sort_unstable();
        for &t in &partners {
            let share = mine[t] as f64 / sentences[s].max(1) as f64;
            let share_back = theirs[t] as f64 / sentences[t].max(1) as f64;
            overlap[s] = overlap[s].max(share);
            if t < s && (share >= SYNDICATION_OVERLAP || share_back >= SYNDICATION_OVERLAP) {
                union(&mut cluster, s, t);
                duplicate_of[s].get_or_insert(t);
            }
            mine[t] = 0;
            theirs[t] = 0;
        }
        partners.clear();
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

    /// Sentences for random sources: some alike in wording, some copies.
    const POOL: [&str; 8] = [
        "The harbour board approved a new pier on Monday.",
        "The harbour board approved a new pier on Tuesday.",
        "Construction will start in April and last two years.",
        "Construction will start in April and will last two years.",
        "Fishing crews protested outside the town hall.",
        "The pier will cost 30 million.",
        "Share this story.",
        "}",
    ];

    /// The shares the way they were first computed: a full table of
    /// sources by sources, filled from the groups.
    fn full_table_shares(
        index: &SourceIndex,
        sources: usize,
        groups: &[DuplicateGroup],
    ) -> (Vec<f64>, Vec<Option<usize>>) {
        let passages = index.passages();
        let mut copies = vec![vec![0usize; sources]; sources];
        let mut sentences = vec![0usize; sources];
        for p in passages {
            sentences[p.source] += 1;
        }
        for group in groups {
            let mut in_sources: Vec<usize> = group
                .members
                .iter()
                .map(|&(p, _)| passages[p].source)
                .collect();
            in_sources.sort_unstable();
            in_sources.dedup();
            for &(p, _) in &group.members {
                for &t in &in_sources {
                    if t != passages[p].source {
                        copies[passages[p].source][t] += 1;
                    }
                }
            }
        }
        let share = |s: usize, t: usize| copies[s][t] as f64 / sentences[s].max(1) as f64;
        let overlap = (0..sources)
            .map(|s| (0..sources).map(|t| share(s, t)).fold(0.0, f64::max))
            .collect();
        let duplicate_of = (0..sources)
            .map(|s| {
                (0..s).find(|&t| {
                    share(s, t) >= SYNDICATION_OVERLAP || share(t, s) >= SYNDICATION_OVERLAP
                })
            })
            .collect();
        (overlap, duplicate_of)
    }

    proptest::proptest! {
        /// The sparse shares equal the full table's, every group spans two
        /// sources, and two sources holding the same sentence (one with a
        /// word to search by) always share its group.
        #[test]
        fn sparse_shares_match_the_full_table(
            picks in proptest::collection::vec(
                proptest::collection::vec(0usize..POOL.len(), 0..6), 1..6)
        ) {
            let mut index = SourceIndex::new();
            for (s, sentences) in picks.iter().enumerate() {
                for (line, &k) in sentences.iter().enumerate() {
                    index.add(s, line + 1, POOL[k]);
                }
            }
            let found = find_duplicates(&index, picks.len(), DEFAULT_DUPLICATE_THRESHOLD);
            let (overlap, duplicate_of) = full_table_shares(&index, picks.len(), &found.groups);
            proptest::prop_assert_eq!(&found.overlap, &overlap);
            proptest::prop_assert_eq!(&found.duplicate_of, &duplicate_of);
            let passages = index.passages();
            let group_of = |p: usize| found.groups.iter().position(|g| g.members.iter().any(|m| m.0 == p));
            for group in &found.groups {
                let mut in_sources: Vec<usize> = group.members.iter().map(|m| passages[m.0].source).collect();
                in_sources.sort_unstable();
                in_sources.dedup();
                proptest::prop_assert!(in_sources.len() >= 2);
            }
            for p in 0..passages.len() {
                for q in p + 1..passages.len() {
                    let copies = passages[p].source != passages[q].source
                        && passages[p].normalized() == passages[q].normalized()
                        && index.has_terms(p);
                    if copies {
                        proptest::prop_assert!(group_of(p).is_some() && group_of(p) == group_of(q));
                    }
                }
            }
        }
    }

    #[test]
    fn a_line_on_more_pages_than_the_template_limit_is_no_sign_of_copying() {
        // Each page's own sentence: words no other page's resembles.
        let own = |s: usize| {
            let word = |n: usize| -> String {
                (0..6)
                    .map(|k| char::from(b'a' + ((n >> (4 * k)) % 26) as u8))
                    .collect()
            };
            format!(
                "Ferries {} sail past {}.",
                word(s * 7919 + 13),
                word(s * 104_729 + 7)
            )
        };
        let mut index = SourceIndex::new();
        let pages = TEMPLATE_SOURCES + 1;
        for s in 0..pages {
            index.add(s, 1, "Skip to the main content of this page.");
            index.add(s, 2, &own(s));
        }
        let found = find_duplicates(&index, pages, DEFAULT_DUPLICATE_THRESHOLD);
        // Still reported as one duplicated statement on every page,
        assert_eq!(found.groups.len(), 1);
        assert_eq!(found.groups[0].members.len(), pages);
        // but no page copies another for it: half of each page would.
        assert!(found.duplicate_of.iter().all(Option::is_none));
        assert!(found.overlap.iter().all(|&o| o == 0.0));
        // Under the limit, the same line makes every page a copy of the first.
        let mut index = SourceIndex::new();
        for s in 0..3 {
            index.add(s, 1, "Skip to the main content of this page.");
            index.add(s, 2, &own(s));
        }
        let found = find_duplicates(&index, 3, DEFAULT_DUPLICATE_THRESHOLD);
        assert_eq!(found.duplicate_of, [None, Some(0), Some(0)]);
    }

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
