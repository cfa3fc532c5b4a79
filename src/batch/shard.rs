//! `--shard K/N`: one of N machines audits its share of a batch. An article
//! belongs to the shard given by a stable hash of its name (its path
//! relative to the folder checked), so every machine agrees without talking
//! to the others, and the shards' reports merge into those of one run
//! ([`crate::report::merge`]).

use std::fmt;
use std::str::FromStr;

use crate::hash::fnv1a;

/// Shard `index` (from 1) of `count`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shard {
    pub index: usize,
    pub count: usize,
}

impl Shard {
    /// Whether the article named `name` is this shard's.
    pub fn contains(&self, name: &str) -> bool {
        fnv1a(name.as_bytes()) % self.count as u64 == (self.index - 1) as u64
    }
}

impl FromStr for Shard {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let bad = || format!("'{text}' is not a shard: write K/N, from 1/N to N/N (as in 2/8)");
        let (k, n) = text.split_once('/').ok_or_else(bad)?;
        let index: usize = k.trim().parse().map_err(|_| bad())?;
        let count: usize = n.trim().parse().map_err(|_| bad())?;
        if count == 0 || index == 0 || index > count {
            return Err(bad());
        }
        Ok(Shard { index, count })
    }
}

impl fmt::Display for Shard {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.index, self.count)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_article_is_in_exactly_one_shard() {
        let names: Vec<String> = (0..500).map(|i| format!("desk/{i}/story.md")).collect();
        for count in 1..=5 {
            let shards: Vec<Shard> = (1..=count).map(|index| Shard { index, count }).collect();
            let mut sizes = vec![0usize; count];
            for name in &names {
                let owners: Vec<usize> = shards
                    .iter()
                    .filter(|s| s.contains(name))
                    .map(|s| s.index)
                    .collect();
                assert_eq!(owners.len(), 1, "{name} in {owners:?} of {count}");
                sizes[owners[0] - 1] += 1;
            }
            // The hash spreads the articles: no shard holds less than half
            // its share.
            assert!(
                sizes.iter().all(|&n| n * count * 2 >= names.len()),
                "{sizes:?}"
            );
        }
    }

    #[test]
    fn shards_are_written_k_of_n() {
        assert_eq!("2/8".parse(), Ok(Shard { index: 2, count: 8 }));
        assert_eq!("1/1".parse::<Shard>().unwrap().to_string(), "1/1");
        for bad in ["0/3", "4/3", "3", "a/b", "1/0", ""] {
            assert!(bad.parse::<Shard>().is_err(), "{bad}");
        }
    }
}
