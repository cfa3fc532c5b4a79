//! Sentence splitting speed: our splitter against `unicode_sentences()`
//! (UAX #29) on the same seeded, news-like text, in the same run.
//!
//! `cargo bench --bench segment` prints criterion's throughput for both and,
//! at the end, a line with both MB/s and their ratio.

mod common;

use std::hint::black_box;
use std::time::Instant;

use criterion::{criterion_group, Criterion, Throughput};
use unicode_segmentation::UnicodeSegmentation;

use citeaudit::sentences::split_sentences;
use common::Rng;

const SUBJECTS: &[&str] = &[
    "The harbour authority",
    "Dr. Lena Okafor",
    "Velto Corp.",
    "The city council",
    "Officials in the U.S.",
    "A spokesperson for Marrow & Co.",
    "The ministry",
    "Analysts at Brightwater",
    "Residents",
    "J. R. Castell",
];
const VERBS: &[&str] = &[
    "said",
    "announced",
    "reported",
    "denied",
    "confirmed",
    "estimated",
    "warned",
    "expected",
    "argued",
];
const OBJECTS: &[&str] = &[
    "that revenue rose 4.5 percent to $12.8 million",
    "a delay of three weeks",
    "that the ferry would resume at 6 a.m. on Monday",
    "plans for 2,500 new homes",
    "\"a difficult winter.\" the report added",
    "that costs (mostly fuel) had doubled",
    "the figures in Fig. 3 on p. 14",
    "a new office at https://example.org/news",
    "growth of 1.2% in the first quarter",
    "the deal with Harlow Bros. in the north",
];
const ENDS: &[&str] = &[".", ".", ".", "?", "!", ".[3]", ". [1][2]", "...."];

fn news_text(bytes: usize, seed: u64) -> String {
    let mut rng = Rng(seed);
    let mut text = String::with_capacity(bytes + 200);
    while text.len() < bytes {
        text.push_str(rng.pick(SUBJECTS));
        text.push(' ');
        text.push_str(rng.pick(VERBS));
        text.push(' ');
        text.push_str(rng.pick(OBJECTS));
        text.push_str(rng.pick(ENDS));
        text.push_str(if rng.next() % 8 == 0 { "\n\n" } else { " " });
    }
    text
}

const SIZE: usize = 4 * 1024 * 1024;

fn bench(c: &mut Criterion) {
    let text = news_text(SIZE, 0x5EED);
    let mut group = c.benchmark_group("segment");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.sample_size(20);
    group.bench_function("citeaudit", |b| {
        b.iter(|| split_sentences(black_box(&text)).len())
    });
    group.bench_function("unicode_sentences", |b| {
        b.iter(|| black_box(&text).unicode_sentences().count())
    });
    group.finish();
}

/// Best of `runs` timings of `f` over `text`, in MB/s (10^6 bytes per second).
fn mb_per_s(text: &str, runs: usize, f: impl Fn(&str) -> usize) -> f64 {
    let mut best = f64::MAX;
    for _ in 0..runs {
        let start = Instant::now();
        black_box(f(black_box(text)));
        best = best.min(start.elapsed().as_secs_f64());
    }
    text.len() as f64 / best / 1e6
}

fn summary() {
    let text = news_text(SIZE, 0x5EED);
    let ours = mb_per_s(&text, 15, |t| split_sentences(t).len());
    let uax = mb_per_s(&text, 15, |t| t.unicode_sentences().count());
    println!(
        "segment summary: citeaudit {ours:.0} MB/s, unicode_sentences {uax:.0} MB/s, ratio {:.2}x ({} bytes)",
        ours / uax,
        text.len()
    );
}

criterion_group!(benches, bench);

fn main() {
    common::run_bench(benches, summary);
}
