//! Sentence splitting speed: our splitter against `unicode_sentences()`
//! (UAX #29) on the same seeded, news-like text, in the same run.
//!
//! `cargo bench --bench segment` prints criterion's throughput for both and,
//! at the end, a line with both MB/s and their ratio; then two lines on
//! inputs that were once pathological: the same sentences as one paragraph
//! against one paragraph each (time ratio, 1.0 is linear), and the peak heap
//! of auditing a file of one million `[1]` markers as a multiple of its size
//! (measured by a counting allocator in this bench binary).

mod common;

use std::hint::black_box;
use std::time::Instant;

use criterion::{criterion_group, Criterion, Throughput};
use unicode_segmentation::UnicodeSegmentation;

use citeaudit::audit::{audit_document, AuditOptions};
use citeaudit::read::load::Document;
use citeaudit::read::sentences::split_sentences;
use citeaudit::read::structure::Format;
use common::Rng;

/// The system allocator, counting the bytes in use and their peak.
struct Counting;

static IN_USE: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
static PEAK: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

unsafe impl std::alloc::GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: std::alloc::Layout) -> *mut u8 {
        use std::sync::atomic::Ordering::Relaxed;
        let now = IN_USE.fetch_add(layout.size(), Relaxed) + layout.size();
        PEAK.fetch_max(now, Relaxed);
        // SAFETY: forwarded unchanged to the system allocator.
        unsafe { std::alloc::System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: std::alloc::Layout) {
        IN_USE.fetch_sub(layout.size(), std::sync::atomic::Ordering::Relaxed);
        // SAFETY: `ptr` came from `alloc` above with this layout.
        unsafe { std::alloc::System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

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

/// Seconds to audit `text` as a plain-text article, best of `runs`.
fn audit_seconds(text: &str, runs: usize) -> f64 {
    let doc = Document::from_text("bench.txt", text);
    let options = AuditOptions::default();
    (0..runs)
        .map(|_| {
            let start = Instant::now();
            black_box(audit_document(
                "bench.txt",
                &doc,
                Format::PlainText,
                &options,
            ));
            start.elapsed().as_secs_f64()
        })
        .fold(f64::MAX, f64::min)
}

fn pathological_summary() {
    let sentences: Vec<String> = (0..50_000)
        .map(|i| format!("Sentence number {i} is here."))
        .collect();
    let one = audit_seconds(&sentences.join(" "), 3);
    let many = audit_seconds(&sentences.join("\n\n"), 3);
    println!(
        "segment long paragraph: 50,000 sentences in one paragraph {one:.3} s, one paragraph each {many:.3} s, ratio {:.2}x",
        one / many
    );
    let markers = format!("A claim {}.\n", "[1]".repeat(1_000_000));
    let doc = Document::from_text("markers.txt", &markers);
    let before = IN_USE.load(std::sync::atomic::Ordering::Relaxed);
    PEAK.store(before, std::sync::atomic::Ordering::Relaxed);
    black_box(audit_document(
        "markers.txt",
        &doc,
        Format::PlainText,
        &AuditOptions::default(),
    ));
    let peak = PEAK.load(std::sync::atomic::Ordering::Relaxed) - before;
    println!(
        "segment million markers: peak heap {:.1} MB for a {:.1} MB file, {:.0}x its size",
        peak as f64 / 1e6,
        markers.len() as f64 / 1e6,
        peak as f64 / markers.len() as f64
    );
}

criterion_group!(benches, bench);

fn main() {
    common::run_bench(benches, || {
        summary();
        pathological_summary();
    });
}
