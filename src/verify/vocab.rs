//! The words of a source index and their term ids.
//!
//! Nearly every indexed word is a stem of at most six ASCII letters: such a
//! word is kept as one `u64` of its bytes, so looking it up hashes one
//! number and compares numbers, never reading a string elsewhere in memory.
//! Longer words (a non-ASCII stem) are kept as strings.

use std::borrow::Borrow;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hash, Hasher};

use crate::hash::WordMap;

/// Term ids by word, numbered from 0 in order of first insertion.
/// `S` is how a long word is owned: `String` for an index's vocabulary,
/// `&str` for a worker's list of one chunk's words.
#[derive(Debug)]
pub struct Vocab<S> {
    short: HashMap<u64, u32, BuildHasherDefault<PackedHasher>>,
    long: WordMap<S, u32>,
}

impl<S> Default for Vocab<S> {
    fn default() -> Self {
        Vocab {
            short: HashMap::default(),
            long: WordMap::default(),
        }
    }
}

impl<S: Borrow<str> + Hash + Eq> PartialEq for Vocab<S> {
    fn eq(&self, other: &Self) -> bool {
        self.short == other.short && self.long == other.long
    }
}

impl<S: Borrow<str> + Hash + Eq> Vocab<S> {
    pub fn len(&self) -> usize {
        self.short.len() + self.long.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn get(&self, word: &str) -> Option<u32> {
        match packed(word) {
            Some(key) => self.short.get(&key).copied(),
            None => self.long.get(word).copied(),
        }
    }

    /// The id of `word`; a new word gets the next one (`len()` before it),
    /// and `own` makes its key if it is long. Also says whether it was new.
    pub fn id_or_insert(&mut self, word: &str, own: impl FnOnce() -> S) -> (u32, bool) {
        let next = self.len() as u32;
        let mut new = false;
        let id = match packed(word) {
            Some(key) => *self.short.entry(key).or_insert_with(|| {
                new = true;
                next
            }),
            None => match self.long.get(word) {
                Some(&id) => id,
                None => {
                    new = true;
                    self.long.insert(own(), next);
                    next
                }
            },
        };
        (id, new)
    }
}

/// `word` as a number: its bytes, little-endian, zero-padded, when it has
/// at most eight bytes and none of them is zero. Two such words are equal
/// exactly when their numbers are (the padding cannot be mistaken for a
/// byte of the word).
pub(crate) fn packed(word: &str) -> Option<u64> {
    let bytes = word.as_bytes();
    if bytes.len() > 8 {
        return None;
    }
    // Byte by byte: a copy of a few bytes of any length is a call to
    // `memcpy`, slower than the loop.
    let mut key = 0u64;
    for (i, &b) in bytes.iter().enumerate() {
        if b == 0 {
            return None;
        }
        key |= u64::from(b) << (8 * i);
    }
    Some(key)
}

/// The hasher of packed words: one multiply, its high half folded onto its
/// low half, so every byte of the word moves the bits the table reads (a
/// plain multiply would leave the low bits to the first letters alone).
#[derive(Debug, Default, Clone, Copy)]
pub struct PackedHasher(u64);

impl Hasher for PackedHasher {
    fn write(&mut self, bytes: &[u8]) {
        // Only `write_u64` is used by the map; any other input is still
        // hashed, eight bytes at a time.
        for chunk in bytes.chunks(8) {
            let mut word = [0u8; 8];
            word[..chunk.len()].copy_from_slice(chunk);
            self.write_u64(u64::from_le_bytes(word));
        }
    }

    fn write_u64(&mut self, key: u64) {
        let product = u128::from(self.0 ^ key) * 0x9e37_79b9_7f4a_7c15;
        self.0 = (product as u64) ^ ((product >> 64) as u64);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn ids_come_in_order_of_first_insertion_whatever_the_length() {
        let mut vocab: Vocab<String> = Vocab::default();
        assert!(vocab.is_empty());
        let words = [
            "quay",
            "harbourmaster",
            "quay",
            "fjörður",
            "a",
            "harbourmaster",
        ];
        let ids: Vec<(u32, bool)> = words
            .iter()
            .map(|w| vocab.id_or_insert(w, || w.to_string()))
            .collect();
        assert_eq!(
            ids,
            [
                (0, true),
                (1, true),
                (0, false),
                (2, true),
                (3, true),
                (1, false)
            ]
        );
        assert_eq!(vocab.len(), 4);
        assert_eq!(vocab.get("fjörður"), Some(2));
        assert_eq!(vocab.get("quays"), None);
    }

    #[test]
    fn a_word_with_a_zero_byte_is_kept_as_a_string() {
        // "a\0" would pack like "a" if zero bytes were packed.
        let mut vocab: Vocab<String> = Vocab::default();
        vocab.id_or_insert("a", || "a".to_string());
        assert_eq!(vocab.get("a\0"), None);
        assert_eq!(vocab.id_or_insert("a\0", || "a\0".to_string()), (1, true));
        assert_eq!(packed("a\0"), None);
    }

    proptest! {
        /// Ids are those of a plain map that numbers words as they come.
        #[test]
        fn ids_are_a_plain_maps(words in proptest::collection::vec("[a-zé\\x00]{0,10}", 0..60)) {
            let mut vocab: Vocab<&str> = Vocab::default();
            let mut plain: std::collections::HashMap<&str, u32> = Default::default();
            for w in &words {
                let expected = plain.len() as u32;
                let id = *plain.entry(w.as_str()).or_insert(expected);
                prop_assert_eq!(vocab.id_or_insert(w, || w.as_str()).0, id);
                prop_assert_eq!(vocab.len(), plain.len());
            }
            for w in &words {
                prop_assert_eq!(vocab.get(w), plain.get(w.as_str()).copied());
            }
        }
    }
}
