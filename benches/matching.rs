//! Matching speed: 2,000 claims (edited copies of planted source sentences)
//! against 50,000 source sentences, through the index, against a naive
//! all-pairs `strsim` baseline measured on a subsample in the same run, and
//! the cost at 5k, 50k and 500k source sentences; and how the time to
//! score one claim grows with its length.
//!
//! `cargo bench --bench matching` prints the summary lines; criterion times
//! the 50k case.

mod common;

use std::hint::black_box;
use std::time::Instant;

use criterion::{criterion_group, Criterion};
use rayon::prelude::*;

use citeaudit::verify::matching::{normalize, SourceIndex};
use common::{edited_copy, sentence, vocabulary, Rng};

const CLAIMS: usize = 2_000;
/// Sentences per generated source document.
const PER_SOURCE: usize = 20;

struct Corpus {
    sentences: Vec<String>,
    /// (claim text, planted sentence index)
    claims: Vec<(String, usize)>,
}

fn corpus(size: usize, seed: u64) -> Corpus {
    let mut rng = Rng(seed);
    let vocab = vocabulary(30_000, &mut rng);
    let sentences: Vec<String> = (0..size).map(|_| sentence(&mut rng, &vocab)).collect();
    let claims = (0..CLAIMS)
        .map(|_| {
            let planted = rng.below(size);
            (edited_copy(&mut rng, &sentences[planted]), planted)
        })
        .collect();
    Corpus { sentences, claims }
}

fn build(corpus: &Corpus) -> SourceIndex {
    let mut index = SourceIndex::new();
    let batch: Vec<(usize, usize, &str)> = corpus
        .sentences
        .iter()
        .enumerate()
        .map(|(i, s)| (i / PER_SOURCE, i + 1, s.as_str()))
        .collect();
    index.add_batch(&batch);
    index
}

/// Scores every claim, citing the planted source; returns how many found the
/// planted sentence as the cited source's best match.
fn run(index: &SourceIndex, corpus: &Corpus) -> usize {
    corpus
        .claims
        .par_iter()
        .filter(|(claim, planted)| {
            let source = planted / PER_SOURCE;
            index
                .score_claim(claim, &[source])
                .iter()
                .find(|s| s.source == source)
                .is_some_and(|s| s.passage == *planted)
        })
        .count()
}

fn timed<T>(f: impl FnOnce() -> T) -> (T, f64) {
    let start = Instant::now();
    let out = f();
    (out, start.elapsed().as_secs_f64())
}

fn bench(c: &mut Criterion) {
    let corpus = corpus(50_000, 0xC1A1);
    let index = build(&corpus);
    let mut group = c.benchmark_group("matching");
    group.sample_size(10);
    group.bench_function("2000 claims x 50k sentences (index built)", |b| {
        b.iter(|| run(black_box(&index), &corpus))
    });
    group.finish();
}

fn summary() {
    let threads = rayon::current_num_threads();
    println!("matching summary ({threads} threads):");
    long_claims();
    for size in [5_000, 50_000, 500_000] {
        let corpus = corpus(size, 0xC1A1);
        // Best of three for building the index and for scoring the claims.
        let (mut build_best, mut score_best, mut found) = (f64::MAX, f64::MAX, 0);
        for _ in 0..3 {
            let (index, build_secs) = timed(|| build(&corpus));
            let (hits, score_secs) = timed(|| run(&index, &corpus));
            build_best = build_best.min(build_secs);
            score_best = score_best.min(score_secs);
            found = hits;
        }
        let best = build_best + score_best;
        println!(
            "  {size:>7} source sentences: {best:.3} s in all = index {build_best:.3} s + {CLAIMS} claims {score_best:.3} s; recall of planted copies {:.2}%",
            100.0 * found as f64 / CLAIMS as f64
        );
        if size == 50_000 {
            // Naive all-pairs baseline on a subsample, extrapolated.
            let claims: Vec<String> = corpus
                .claims
                .iter()
                .take(10)
                .map(|c| normalize(&c.0))
                .collect();
            let sample: Vec<String> = corpus
                .sentences
                .iter()
                .take(2_000)
                .map(|s| normalize(s))
                .collect();
            let (_, secs) = timed(|| {
                let mut best = 0.0f64;
                for c in &claims {
                    for s in &sample {
                        best = best.max(strsim::normalized_levenshtein(c, s));
                    }
                }
                black_box(best)
            });
            let pairs = (claims.len() * sample.len()) as f64;
            let rate = pairs / secs;
            let full = (CLAIMS * size) as f64 / rate;
            println!(
                "  all-pairs strsim baseline: {rate:.0} pairs/s on one core; {CLAIMS} x {size} would take {full:.0} s, {:.0}x the indexed run",
                full / best
            );
        }
    }
}

/// One claim of thousands of distinct words (a sentence nobody wrote, but a
/// file can hold): the time a word at 32,000 words against at 2,000, where
/// linear work gives about 1 and quadratic work 16. Half the words are in
/// the cited source, half in no source; half are capitalised (names).
fn long_claims() {
    let mut rng = Rng(0x10C1A1);
    let vocab = vocabulary(64_000, &mut rng);
    let mut per_word = Vec::new();
    for words in [2_000, 8_000, 32_000] {
        // Every other word capitalised: a name, looked up on its own.
        let claim = vocab[..words]
            .iter()
            .enumerate()
            .map(|(i, w)| match (i % 2, w.chars().next()) {
                (0, Some(first)) => first.to_uppercase().chain(w.chars().skip(1)).collect(),
                _ => w.clone(),
            })
            .collect::<Vec<String>>()
            .join(" ");
        let mut index = SourceIndex::new();
        let known: Vec<String> = vocab[..words]
            .chunks(40)
            .step_by(2)
            .map(|chunk| chunk.join(" ") + ".")
            .collect();
        let batch: Vec<(usize, usize, &str)> = known
            .iter()
            .enumerate()
            .map(|(i, s)| (0, i + 1, s.as_str()))
            .collect();
        index.add_batch(&batch);
        let mut best = f64::MAX;
        for _ in 0..3 {
            let (_, secs) = timed(|| {
                black_box(index.score_claim(&claim, &[0]));
                black_box(index.words_missing_from(&claim, &[0]));
            });
            best = best.min(secs);
        }
        println!("  one claim of {words:>6} words: {best:.4} s");
        per_word.push(best / words as f64);
    }
    println!(
        "  time a word, 32,000 words / 2,000 words: {:.2} (linear about 1, quadratic 16)",
        per_word[2] / per_word[0]
    );
}

criterion_group!(benches, bench);

fn main() {
    common::run_bench(benches, summary);
}
