//! Batch throughput: a seeded generator writes articles with source texts,
//! and the real binary checks them with `--jobs 1` and `--jobs 2` in the same
//! run (speed-up), at 1,000 and 10,000 articles (peak memory, read from
//! /proc while the process runs).
//!
//! `cargo bench --bench batch` (add `-- --quick` for 1,000 articles only).

mod common;

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::{sentence, vocabulary, Rng};

/// Writes `n` articles, each with three source texts; returns the bytes.
fn write_corpus(dir: &Path, n: usize, seed: u64) -> u64 {
    let mut rng = Rng(seed);
    let vocab = vocabulary(8_000, &mut rng);
    let mut bytes = 0u64;
    for a in 0..n {
        let folder = dir
            .join(format!("{:03}", a % 1000))
            .join(format!("story{a}"));
        std::fs::create_dir_all(folder.join("sources")).unwrap();
        let mut sources: Vec<Vec<String>> = Vec::new();
        for _ in 0..3 {
            sources.push((0..25).map(|_| sentence(&mut rng, &vocab)).collect());
        }
        let mut article = String::from("Generated story\n\n3 Sources\n\n");
        for p in 0..6 {
            for s in 0..5 {
                let cite = rng.below(4);
                let text = if cite > 0 && rng.below(2) == 0 {
                    // Borrow a sentence from the cited source.
                    sources[cite - 1][rng.below(25)]
                        .trim_end_matches('.')
                        .to_string()
                } else {
                    sentence(&mut rng, &vocab).trim_end_matches('.').to_string()
                };
                article.push_str(&text);
                if cite > 0 {
                    article.push_str(&format!("[{cite}]"));
                }
                article.push_str(if s == 4 { ".\n\n" } else { ". " });
            }
            if p == 2 {
                article.push_str("Subscribe to our newsletter for more.\n\n");
            }
        }
        bytes += article.len() as u64;
        std::fs::write(folder.join("article.md"), article).unwrap();
        for (i, s) in sources.iter().enumerate() {
            let text = s.join(" ");
            bytes += text.len() as u64;
            std::fs::write(folder.join("sources").join(format!("{}.txt", i + 1)), text).unwrap();
        }
    }
    bytes
}

/// Runs the binary; returns (seconds, peak resident KiB).
fn run(dir: &Path, jobs: usize) -> (f64, u64) {
    let start = Instant::now();
    let mut child = Command::new(env!("CARGO_BIN_EXE_citeaudit"))
        .arg("check")
        .arg(dir)
        .args([
            "--no-reports",
            "--quiet",
            "--exit-zero",
            "--no-progress",
            "--jobs",
        ])
        .arg(jobs.to_string())
        .stdout(Stdio::null())
        .spawn()
        .expect("run citeaudit");
    let status_file = format!("/proc/{}/status", child.id());
    let mut peak = 0;
    loop {
        if let Ok(status) = std::fs::read_to_string(&status_file) {
            if let Some(kb) = status
                .lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|v| v.parse::<u64>().ok())
            {
                peak = peak.max(kb);
            }
        }
        if child.try_wait().expect("wait").is_some() {
            break;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    (start.elapsed().as_secs_f64(), peak)
}

fn best_of(runs: usize, dir: &Path, jobs: usize) -> (f64, u64) {
    (0..runs)
        .map(|_| run(dir, jobs))
        .fold((f64::MAX, 0), |(t, m), (t2, m2)| (t.min(t2), m.max(m2)))
}

fn main() {
    let quick = std::env::args().any(|a| a == "--quick");
    // `cargo test --all-targets` runs benches without `--bench`: a smoke run.
    let smoke = !std::env::args().any(|a| a == "--bench");
    let sizes: &[usize] = if smoke {
        &[20]
    } else if quick {
        &[1_000]
    } else {
        &[1_000, 10_000]
    };
    println!(
        "batch benchmark ({} CPUs)",
        std::thread::available_parallelism().map_or(1, |n| n.get())
    );
    for &n in sizes {
        let dir = tempfile::tempdir().unwrap();
        let bytes = write_corpus(dir.path(), n, 0xBA7C);
        let runs = if smoke { 1 } else { 3 };
        let (one, mem_one) = best_of(runs, dir.path(), 1);
        let (two, mem_two) = best_of(runs, dir.path(), 2);
        println!(
            "  {n:>6} articles, {:.1} MB: --jobs 1 {one:.2} s ({:.1} MB/s), --jobs 2 {two:.2} s ({:.1} MB/s), speed-up {:.2}x; peak memory {:.0} MiB / {:.0} MiB",
            bytes as f64 / 1e6,
            bytes as f64 / 1e6 / one,
            bytes as f64 / 1e6 / two,
            one / two,
            mem_one as f64 / 1024.0,
            mem_two as f64 / 1024.0,
        );
    }
}
