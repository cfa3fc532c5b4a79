//! Seeded generators shared by the benchmarks: every run sees the same text.
#![allow(dead_code)] // each bench uses part of this

/// xorshift64: small, fast, deterministic.
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    pub fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const SYLLABLES: &[&str] = &[
    "ka", "ren", "vo", "mar", "tel", "si", "dun", "pra", "lo", "che", "bri", "an", "vel", "tor",
    "mi", "gus", "ha", "der", "ol", "pen", "ru", "zan", "e", "stro",
];

/// A vocabulary of invented words, most frequent first.
pub fn vocabulary(size: usize, rng: &mut Rng) -> Vec<String> {
    let mut words = Vec::with_capacity(size);
    let mut seen = std::collections::HashSet::new();
    while words.len() < size {
        let n = 1 + rng.below(4);
        let w: String = (0..n).map(|_| rng.pick(SYLLABLES)).collect();
        if w.len() > 2 && seen.insert(w.clone()) {
            words.push(w);
        }
    }
    words
}

/// A Zipf-like pick: rank r with weight about 1/r.
pub fn zipf(rng: &mut Rng, n: usize) -> usize {
    // Inverse of the continuous 1/x distribution over [1, n].
    let u = (rng.next() >> 11) as f64 / (1u64 << 53) as f64;
    ((n as f64).powf(u) as usize).saturating_sub(1).min(n - 1)
}

/// A news-like sentence of invented words, with a number now and then.
pub fn sentence(rng: &mut Rng, vocab: &[String]) -> String {
    let len = 12 + rng.below(16);
    let mut words: Vec<String> = (0..len)
        .map(|_| vocab[zipf(rng, vocab.len())].clone())
        .collect();
    if rng.below(3) == 0 {
        let at = rng.below(len);
        words[at] = format!("{}.{} percent", rng.below(90), rng.below(10));
    }
    let mut s = words.join(" ");
    if let Some(first) = s.get(0..1) {
        s.replace_range(0..1, &first.to_uppercase());
    }
    s.push('.');
    s
}

/// An edited copy of `sentence`: a word swap, one to three deletions, or a
/// clause moved to the front.
pub fn edited_copy(rng: &mut Rng, sentence: &str) -> String {
    let mut words: Vec<&str> = sentence.trim_end_matches('.').split(' ').collect();
    match rng.below(3) {
        0 => {
            let i = rng.below(words.len() - 1);
            words.swap(i, i + 1);
        }
        1 => {
            for _ in 0..1 + rng.below(3) {
                if words.len() > 6 {
                    let i = rng.below(words.len());
                    words.remove(i);
                }
            }
        }
        _ => {
            let cut = words.len() * 2 / 3;
            let tail: Vec<&str> = words.split_off(cut);
            words = tail.into_iter().chain(words).collect();
        }
    }
    let mut s = words.join(" ");
    s.push('.');
    s
}

/// A criterion bench's `main`: run the criterion group, then the timed
/// summary only under `cargo bench` (`cargo test --all-targets` runs benches
/// once, without `--bench`, as a smoke test).
pub fn run_bench(group: fn(), summary: fn()) {
    group();
    criterion::Criterion::default()
        .configure_from_args()
        .final_summary();
    if std::env::args().any(|a| a == "--bench") {
        summary();
    }
}
