//! Edit distance bounded by what a decision needs. `verbatim` and copies
//! across sources only ask whether two texts are at least so similar
//! (`strsim::normalized_levenshtein(a, b) >= threshold`); the full table of
//! that function costs the product of the lengths, while the distances that
//! can still pass fit in a narrow band around its diagonal.

/// `strsim::normalized_levenshtein(a, b) >= threshold`, the same answer,
/// computed only within the band of distances that can reach `threshold`.
pub fn similar_at_least(a: &str, b: &str, threshold: f64) -> bool {
    if a.is_empty() && b.is_empty() {
        return 1.0 >= threshold;
    }
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let longest = a.len().max(b.len());
    let passes = |d: usize| may_pass(d, longest, threshold);
    // The largest distance that passes: the score falls as the distance
    // grows, so step down from just above the exact bound.
    let bound = ((1.0 - threshold).max(0.0) * longest as f64).floor() as usize;
    let mut most = (bound + 2).min(longest);
    while most > 0 && !passes(most) {
        most -= 1;
    }
    if !passes(most) {
        return false;
    }
    bounded_levenshtein(&a, &b, most).is_some()
}

/// `strsim::normalized_levenshtein(a, b)`, the same value: the distance is
/// first sought in a narrow band (the members of a duplicate group, whose
/// scores this gives, are near-copies), and in the full table only if it
/// lies outside.
pub fn normalized_similarity(a: &str, b: &str) -> f64 {
    if a.is_empty() && b.is_empty() {
        return 1.0;
    }
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let longest = a.len().max(b.len());
    let d = bounded_levenshtein(&a, &b, longest / 8 + 1)
        .or_else(|| bounded_levenshtein(&a, &b, longest))
        .unwrap_or(longest);
    1.0 - (d as f64) / (longest as f64)
}

/// A text's characters counted in `CharBag::BUCKETS` buckets (by code
/// point): a cheap proof that two texts are far apart. Each edit changes one
/// count by one (insert, delete) or moves one between two buckets
/// (substitute), so the distance is at least the larger of the two one-sided
/// differences of the counts (the bag distance). Characters sharing a bucket
/// only lower that bound, so it stays a lower bound.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CharBag {
    counts: [u16; CharBag::BUCKETS],
    chars: usize,
}

impl CharBag {
    const BUCKETS: usize = 32;

    pub fn of(text: &str) -> CharBag {
        let mut bag = CharBag {
            counts: [0; CharBag::BUCKETS],
            chars: 0,
        };
        for c in text.chars() {
            let bucket = &mut bag.counts[c as usize % CharBag::BUCKETS];
            // Saturating: a capped count differs from another by no more
            // than the true counts do, so the bound still holds.
            *bucket = bucket.saturating_add(1);
            bag.chars += 1;
        }
        bag
    }

    /// A lower bound of the Levenshtein distance between the two texts.
    pub fn distance_at_least(&self, other: &CharBag) -> usize {
        let (mut more, mut fewer) = (0usize, 0usize);
        for (a, b) in self.counts.iter().zip(&other.counts) {
            more += usize::from(a.saturating_sub(*b));
            fewer += usize::from(b.saturating_sub(*a));
        }
        more.max(fewer).max(self.chars.abs_diff(other.chars))
    }

    /// False when the texts cannot pass [`similar_at_least`] at
    /// `threshold`: their bag distance alone takes the score below it.
    pub fn may_be_similar(&self, other: &CharBag, threshold: f64) -> bool {
        may_pass(
            self.distance_at_least(other),
            self.chars.max(other.chars),
            threshold,
        )
    }

    /// The text's length in characters.
    pub fn chars(&self) -> usize {
        self.chars
    }
}

/// False when texts of `a` and `b` characters cannot pass
/// [`similar_at_least`] at `threshold`: the distance is at least the
/// difference in length.
pub fn lengths_may_be_similar(a: usize, b: usize, threshold: f64) -> bool {
    may_pass(a.abs_diff(b), a.max(b), threshold)
}

/// The lengths `b` (up to `most`) for which `lengths_may_be_similar(a, b,
/// threshold)` holds, as an inclusive range: the test rises with `b` up
/// to `a` and falls after it (in floating point too: rounding keeps order),
/// so its passing lengths are one interval. Found with the test itself at
/// the edges, so the range is exactly the test's answer; `None` when no
/// length passes. The copy search compares two integers a posting instead
/// of dividing.
pub fn similar_lengths(a: usize, most: usize, threshold: f64) -> Option<(usize, usize)> {
    let passes = |b: usize| lengths_may_be_similar(a, b, threshold);
    // The first passing length at or below `a`, and the last at or above:
    // a search on each monotone side (a few dozen tests a passage).
    let first_true = |mut lo: usize, mut hi: usize, rising: bool| {
        // Smallest b in lo..hi with passes(b) == rising, or hi if none.
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if passes(mid) == rising {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        lo
    };
    if !passes(a) {
        // `a` itself is the likeliest length; when it fails, all fail
        // (the distance is 0 there).
        return None;
    }
    let lo = first_true(0, a, true);
    if lo > most {
        return None;
    }
    let hi = if a >= most {
        most
    } else {
        first_true(a + 1, most + 1, false) - 1
    };
    Some((lo, hi))
}

/// Whether a distance of `d` (or at least `d`) between texts whose longer
/// has `longest` characters passes `threshold`, in strsim's arithmetic. The
/// score falls as the distance grows, so failing at a lower bound fails for
/// good.
fn may_pass(d: usize, longest: usize, threshold: f64) -> bool {
    if longest == 0 {
        return 1.0 >= threshold;
    }
    1.0 - (d as f64) / (longest as f64) >= threshold
}

/// The Levenshtein distance of `a` and `b` if it is at most `k`.
pub fn bounded_levenshtein(a: &[char], b: &[char], k: usize) -> Option<usize> {
    // A common start and end cost nothing (an optimal alignment keeps them
    // matched), and near-copies are mostly that: only the middle needs the
    // table.
    let start = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (a, b) = (&a[start..], &b[start..]);
    let end = a
        .iter()
        .rev()
        .zip(b.iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (a, b) = (&a[..a.len() - end], &b[..b.len() - end]);
    let (n, m) = (a.len(), b.len());
    if n.abs_diff(m) > k {
        return None;
    }
    let over = k + 1;
    // Row i holds the distances of a[..i] to b[..j]; cells outside the
    // band |i - j| <= k are "over" (they cannot lead back under k).
    let mut prev: Vec<usize> = (0..=m).map(|j| j.min(over)).collect();
    let mut cur = vec![over; m + 1];
    for i in 1..=n {
        let lo = i.saturating_sub(k).max(1);
        let hi = (i + k).min(m);
        cur[0] = i.min(over);
        cur[lo - 1] = if lo == 1 { cur[0] } else { over };
        let mut row_min = cur[lo - 1];
        for j in lo..=hi {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let v = (prev[j - 1] + cost)
                .min(prev[j] + 1)
                .min(cur[j - 1] + 1)
                .min(over);
            cur[j] = v;
            row_min = row_min.min(v);
        }
        if hi < m {
            cur[hi + 1] = over;
        }
        if row_min > k {
            return None;
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    (prev[m] <= k).then_some(prev[m])
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn known_distances() {
        let chars = |s: &str| s.chars().collect::<Vec<_>>();
        assert_eq!(
            bounded_levenshtein(&chars("kitten"), &chars("sitting"), 3),
            Some(3)
        );
        assert_eq!(
            bounded_levenshtein(&chars("kitten"), &chars("sitting"), 2),
            None
        );
        assert_eq!(bounded_levenshtein(&chars(""), &chars("abc"), 3), Some(3));
        assert_eq!(
            bounded_levenshtein(&chars("ferry"), &chars("ferry"), 0),
            Some(0)
        );
        assert!(similar_at_least("", "", 0.9));
        assert!(!similar_at_least("", "a", 0.1));
    }

    #[test]
    fn bag_distance_bounds() {
        let bag = CharBag::of;
        // An anagram is free for the bag, a substitution costs one.
        assert_eq!(bag("listen").distance_at_least(&bag("silent")), 0);
        assert_eq!(bag("ferry").distance_at_least(&bag("berry")), 1);
        assert_eq!(bag("pier").distance_at_least(&bag("pier and quay")), 9);
        // Texts far apart in their letters are ruled out at once.
        assert!(!bag("harbour board").may_be_similar(&bag("fishing crews"), 0.85));
        assert!(bag("harbour board").may_be_similar(&bag("harbour boards"), 0.85));
        assert!(bag("").may_be_similar(&bag(""), 1.0));
    }

    proptest! {
        /// The same answer as strsim's full table, for short texts over a
        /// small alphabet (many near misses) and any threshold.
        #[test]
        fn agrees_with_the_full_table(
            a in "[abcé ]{0,24}",
            b in "[abcé ]{0,24}",
            threshold in 0.0f64..=1.0,
        ) {
            let full = strsim::normalized_levenshtein(&a, &b) >= threshold;
            prop_assert_eq!(similar_at_least(&a, &b, threshold), full);
            let d = strsim::levenshtein(&a, &b);
            let (ca, cb): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
            for k in 0..=ca.len().max(cb.len()) {
                prop_assert_eq!(bounded_levenshtein(&ca, &cb, k), (d <= k).then_some(d));
            }
        }

        /// The bag distance never exceeds the edit distance, so a pair it
        /// rules out is one the full table rejects too.
        #[test]
        fn bags_only_rule_out_what_fails(
            a in "[abcé \u{10FFFF}]{0,30}",
            b in "[abcé \u{10FFFF}]{0,30}",
            threshold in 0.0f64..=1.0,
        ) {
            let (bag_a, bag_b) = (CharBag::of(&a), CharBag::of(&b));
            prop_assert!(bag_a.distance_at_least(&bag_b) <= strsim::levenshtein(&a, &b));
            if strsim::normalized_levenshtein(&a, &b) >= threshold {
                prop_assert!(bag_a.may_be_similar(&bag_b, threshold));
                prop_assert!(lengths_may_be_similar(bag_a.chars(), bag_b.chars(), threshold));
            }
        }

        /// The exact similarity, near-copies and far ones alike.
        #[test]
        fn normalized_similarity_is_strsims(
            a in "[abcé ]{0,40}",
            edits in proptest::collection::vec((0usize..40, "[abcé ]"), 0..12),
        ) {
            // `b` is `a` with a few characters replaced, so most pairs are
            // close (the band) and some are not (the full table).
            let mut b: Vec<char> = a.chars().collect();
            for (at, c) in &edits {
                if !b.is_empty() {
                    let at = at % b.len();
                    b[at] = c.chars().next().unwrap();
                }
            }
            let b: String = b.into_iter().collect();
            prop_assert_eq!(normalized_similarity(&a, &b), strsim::normalized_levenshtein(&a, &b));
            prop_assert_eq!(normalized_similarity(&a, "cab"), strsim::normalized_levenshtein(&a, "cab"));
        }

        /// The range of similar lengths is exactly where the length test
        /// passes.
        #[test]
        fn similar_lengths_are_the_tests_range(
            a in 0usize..300,
            most in 0usize..400,
            threshold in prop_oneof![0.0f64..=1.0, Just(0.85), Just(0.75), Just(0.5), Just(1.0), Just(0.0)],
        ) {
            let range = similar_lengths(a, most, threshold);
            for b in 0..=most {
                let inside = range.is_some_and(|(lo, hi)| lo <= b && b <= hi);
                prop_assert_eq!(inside, lengths_may_be_similar(a, b, threshold), "b = {}", b);
            }
        }

        /// Thresholds a distance away from an exact ratio (0.75 at 3 of 12).
        #[test]
        fn exact_ratios(len in 1usize..40, d in 0usize..40) {
            let d = d.min(len);
            let a: String = "a".repeat(len);
            let b: String = "b".repeat(d) + &"a".repeat(len - d);
            let t = 1.0 - d as f64 / len as f64;
            prop_assert_eq!(similar_at_least(&a, &b, t), strsim::normalized_levenshtein(&a, &b) >= t);
        }
    }
}
