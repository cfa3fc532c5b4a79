//! The passages that use each term, in passage order: an index's postings.
//!
//! All lists live in one buffer, one after another by term (with where each
//! starts), instead of a vector a term: an article's index has thousands of
//! terms, most used once or twice, and a vector each was an allocation each,
//! made and freed again for every article of a batch.

/// Postings of terms `0..terms()`: which passages use each term, ascending,
/// each passage once.
#[derive(Debug, Clone, PartialEq)]
pub struct Postings {
    passages: Vec<u32>,
    /// Where each term's list starts in `passages` (and, last, the end).
    starts: Vec<u32>,
}

impl Default for Postings {
    fn default() -> Self {
        Postings {
            passages: Vec::new(),
            starts: vec![0],
        }
    }
}

impl Postings {
    /// The passages that use `term`, ascending.
    pub fn of(&self, term: u32) -> &[u32] {
        let t = term as usize;
        &self.passages[self.starts[t] as usize..self.starts[t + 1] as usize]
    }

    /// How many terms have a list (some may be empty).
    pub fn terms(&self) -> usize {
        self.starts.len() - 1
    }

    /// Files passages numbered from `first` on, one after another, each
    /// with its term ids (`passage_terms(k)`: the `k`-th passage's, in any
    /// order, repeats allowed), for `terms` terms in all. Every passage
    /// filed before has a smaller number, so each list grows at its end:
    /// the old lists are copied once into a new buffer with the room the
    /// new entries need (counted first). Filing passages one call each
    /// copies everything each time: file them together.
    pub fn append<'a>(
        &mut self,
        first: u32,
        count: usize,
        passage_terms: impl Fn(usize) -> &'a [u32],
        terms: usize,
    ) {
        // Term ids are never taken back: no list is dropped.
        debug_assert!(terms >= self.terms());
        // New entries per term.
        let mut added = vec![0u32; terms];
        let mut last = vec![0u32; terms];
        each_distinct(count, &passage_terms, &mut last, |_, t| added[t] += 1);
        let old_terms = self.terms();
        let mut starts = Vec::with_capacity(terms + 1);
        let mut at = 0u32;
        starts.push(0);
        for (t, &more) in added.iter().enumerate() {
            let old = if t < old_terms {
                self.starts[t + 1] - self.starts[t]
            } else {
                0
            };
            at += old + more;
            starts.push(at);
        }
        let mut passages = vec![0u32; at as usize];
        // Each list's old entries first, then a cursor past them.
        let mut cursor: Vec<u32> = starts[..terms].to_vec();
        for (t, at) in cursor.iter_mut().enumerate().take(old_terms) {
            let old = self.of(t as u32);
            let from = *at as usize;
            passages[from..from + old.len()].copy_from_slice(old);
            *at += old.len() as u32;
        }
        each_distinct(count, &passage_terms, &mut last, |k, t| {
            passages[cursor[t] as usize] = first + k as u32;
            cursor[t] += 1;
        });
        self.passages = passages;
        self.starts = starts;
    }
}

/// Calls `f(k, t)` for each passage `k` below `count`, in order, and each
/// term `t` of it, once however often the passage repeats it. `last`: one
/// slot a term, for one past the last passage that met it (cleared first).
fn each_distinct<'a>(
    count: usize,
    passage_terms: &impl Fn(usize) -> &'a [u32],
    last: &mut [u32],
    mut f: impl FnMut(usize, usize),
) {
    last.fill(0);
    for k in 0..count {
        let mark = k as u32 + 1;
        for &t in passage_terms(k) {
            let t = t as usize;
            if last[t] != mark {
                last[t] = mark;
                f(k, t);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The lists as a vector a term, filed passage by passage.
    fn plain(batches: &[Vec<Vec<u32>>], terms: usize) -> Vec<Vec<u32>> {
        let mut lists = vec![Vec::new(); terms];
        let mut id = 0u32;
        for batch in batches {
            for passage in batch {
                for &t in passage {
                    let list: &mut Vec<u32> = &mut lists[t as usize];
                    if list.last() != Some(&id) {
                        list.push(id);
                    }
                }
                id += 1;
            }
        }
        lists
    }

    #[test]
    fn lists_grow_at_their_ends_batch_after_batch() {
        let mut postings = Postings::default();
        let first: Vec<Vec<u32>> = vec![vec![0, 1, 0], vec![1, 2]];
        postings.append(0, 2, |k| &first[k], 3);
        let second: Vec<Vec<u32>> = vec![vec![3], vec![2, 0, 2]];
        postings.append(2, 2, |k| &second[k], 4);
        assert_eq!(postings.terms(), 4);
        assert_eq!(postings.of(0), [0, 3]);
        assert_eq!(postings.of(1), [0, 1]);
        assert_eq!(postings.of(2), [1, 3]);
        assert_eq!(postings.of(3), [2]);
    }

    proptest! {
        /// Whatever the batches, the lists are those of a vector a term.
        #[test]
        fn lists_are_those_filed_one_by_one(
            batches in proptest::collection::vec(
                proptest::collection::vec(proptest::collection::vec(0u32..40, 0..8), 0..12),
                0..5,
            )
        ) {
            let mut postings = Postings::default();
            let mut first = 0u32;
            let mut terms = 0usize;
            for batch in &batches {
                // The terms known so far: ids are never taken back.
                let most = batch.iter().flatten().map(|&t| t as usize + 1).max().unwrap_or(0);
                terms = terms.max(most);
                postings.append(first, batch.len(), |k| &batch[k], terms);
                first += batch.len() as u32;
            }
            let expected = plain(&batches, terms);
            prop_assert_eq!(postings.terms(), terms);
            for (t, list) in expected.iter().enumerate() {
                prop_assert_eq!(postings.of(t as u32), list.as_slice());
            }
        }
    }
}
