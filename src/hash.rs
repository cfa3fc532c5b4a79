//! A stable hash: FNV-1a, 64 bits. Used where a hash leaves the process or
//! must mean the same on every machine and Rust release (sentence keys of a
//! batch, SARIF fingerprints); `std`'s `DefaultHasher` promises neither.

use std::collections::HashSet;
use std::hash::{BuildHasherDefault, Hasher};

const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const PRIME: u64 = 0x0000_0100_0000_01b3;

/// FNV-1a of `bytes`, as published (`fnv1a(b"a")` is `0xaf63dc4c8601ec8c`).
pub fn fnv1a(bytes: &[u8]) -> u64 {
    bytes
        .iter()
        .fold(OFFSET, |hash, &b| (hash ^ u64::from(b)).wrapping_mul(PRIME))
}

/// FNV-1a fed piece by piece: `Fnv1a::default()`, `write` each piece,
/// `finish`; the same value as [`fnv1a`] of the pieces joined.
#[derive(Debug, Clone, Copy)]
pub struct Fnv1a(u64);

impl Default for Fnv1a {
    fn default() -> Self {
        Fnv1a(OFFSET)
    }
}

impl Fnv1a {
    pub fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(PRIME);
        }
    }

    /// `write(&[byte])`, for a caller that makes its bytes one at a time.
    pub fn write_byte(&mut self, byte: u8) {
        self.0 = (self.0 ^ u64::from(byte)).wrapping_mul(PRIME);
    }

    pub fn finish(self) -> u64 {
        self.0
    }
}

/// The hasher of [`KeySet`]: its keys are hashes already, so one multiply
/// spreads them over the table (SipHash would hash them again).
#[derive(Debug, Default, Clone, Copy)]
pub struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(PRIME);
        }
    }

    fn write_u64(&mut self, key: u64) {
        self.0 = (self.0 ^ key).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// A fast hasher for keys that stay inside one process (the words of a
/// source index): eight bytes a step, a rotate, a xor and a multiply.
/// Not for anything written out (see [`fnv1a`]).
#[derive(Debug, Default, Clone, Copy)]
pub struct WordHasher(u64);

impl WordHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }

    /// Adds eight bytes (as a little-endian number) in one step: for a
    /// caller that packs its own bytes.
    pub fn write_chunk(&mut self, chunk: u64) {
        self.add(chunk);
    }
}

impl Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            self.add(u64::from_le_bytes(chunk.try_into().expect("eight bytes")));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut last = [0u8; 8];
            last[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(last));
        }
    }

    fn write_u8(&mut self, byte: u8) {
        self.add(u64::from(byte));
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// A map with [`WordHasher`].
pub type WordMap<K, V> = std::collections::HashMap<K, V, BuildHasherDefault<WordHasher>>;

/// A set of sentence keys (FNV-1a hashes).
pub type KeySet = HashSet<u64, BuildHasherDefault<KeyHasher>>;

/// FNV-1a of several parts, each followed by a zero byte (so that `ab`+`c`
/// and `a`+`bc` differ).
pub fn fnv1a_parts(parts: &[&[u8]]) -> u64 {
    let mut hash = OFFSET;
    for part in parts {
        for &b in part.iter().chain(&[0]) {
            hash ^= u64::from(b);
            hash = hash.wrapping_mul(PRIME);
        }
    }
    hash
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn published_test_vectors_and_separated_parts() {
        // The FNV reference values for 64-bit FNV-1a.
        assert_eq!(fnv1a(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a(b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(fnv1a(b"foobar"), 0x8594_4171_f739_67e8);
        // Parts: each followed by a zero byte.
        assert_eq!(fnv1a_parts(&[b"a"]), fnv1a(b"a\0"));
        assert_ne!(fnv1a_parts(&[b"ab", b"c"]), fnv1a_parts(&[b"a", b"bc"]));
        let mut pieces = Fnv1a::default();
        pieces.write(b"foo");
        pieces.write(b"bar");
        assert_eq!(pieces.finish(), fnv1a(b"foobar"));
    }
}
