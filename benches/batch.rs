//! Whole-command benchmarks: seeded generators write corpora to a temporary
//! folder and the real binary checks them. Every figure is printed beside a
//! baseline measured in the same run, because the machines are noisy:
//!
//! | workload | baseline |
//! |---|---|
//! | `citations`: 2,000 articles of ~20 KB with `[n]` markers and source lists | reading the same files (plain `read`) |
//! | `sources`: 1,000 articles, each with 3 source texts | reading the same files |
//! | `bundle`: one article, 2,000 claims, 500 sources of 100 sentences, planted copies | all-pairs scoring extrapolated (see `benches/matching.rs`); recall of the planted copies |
//! | `site`: `citeaudit duplicates` on 5,000 pages sharing 12 template lines (and 8 more in each section of 250 pages), one in ten republishing an earlier page | reading the same files; share of the republished pages named |
//! | `long-lists`: one article citing 50,000 numbered sources, one with 50,000 footnotes | reading the same files |
//! | `memory`: peak memory at 8,000 vs 500 articles | the 500-article run |
//! | `flat`: 8,000 articles in one folder vs in folders of 100 | the nested run |
//! | `sentences`: `citeaudit sentences` on 20 MB of prose | splitting with `unicode_sentences()` and printing, in this process |
//! | `jobs`: `--jobs 2` vs `--jobs 1` | `--jobs 1` |
//!
//! `cargo bench --bench batch` runs them all; `-- NAME...` runs some. With
//! `CITEAUDIT_BASELINE_BIN=/path/to/older/citeaudit`, each workload also
//! runs that binary, interleaved with this one, and prints after ÷ before.
//! `CITEAUDIT_BENCH_DIR=DIR` keeps the generated corpora there (to profile).

mod common;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::{sentence, vocabulary, Rng};

/// What one run of a binary cost.
#[derive(Clone, Copy)]
struct Cost {
    secs: f64,
    /// Peak resident memory (VmHWM), KiB.
    peak_kib: u64,
}

/// Runs `bin args…` with output to /dev/null; polls its peak memory.
fn run(bin: &Path, args: &[&str]) -> Cost {
    let start = Instant::now();
    let mut child = Command::new(bin)
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
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
        std::thread::sleep(Duration::from_millis(2));
    }
    Cost {
        secs: start.elapsed().as_secs_f64(),
        peak_kib: peak,
    }
}

/// The binaries compared: this build, and an older one when given.
struct Bins {
    now: PathBuf,
    before: Option<PathBuf>,
    runs: usize,
}

impl Bins {
    /// Best time and highest peak of `runs` runs of each binary,
    /// interleaved so that both see the same machine.
    fn best(&self, args: &[&str]) -> (Cost, Option<Cost>) {
        let mut now = Cost {
            secs: f64::MAX,
            peak_kib: 0,
        };
        let mut before = self.before.as_ref().map(|_| now);
        for _ in 0..self.runs {
            let c = run(&self.now, args);
            now = Cost {
                secs: now.secs.min(c.secs),
                peak_kib: now.peak_kib.max(c.peak_kib),
            };
            if let (Some(bin), Some(b)) = (&self.before, before.as_mut()) {
                let c = run(bin, args);
                *b = Cost {
                    secs: b.secs.min(c.secs),
                    peak_kib: b.peak_kib.max(c.peak_kib),
                };
            }
        }
        (now, before)
    }
}

/// ` (before: 2.31 s, after ÷ before 0.42)` when an older binary ran.
fn versus(now: f64, before: Option<f64>, unit: &str) -> String {
    match before {
        Some(b) => format!(" [before: {b:.2}{unit}; after ÷ before {:.2}]", now / b),
        None => String::new(),
    }
}

/// Time to read every file under `dir` (warm cache), best of three.
fn plain_read(dir: &Path) -> (f64, u64) {
    fn walk(dir: &Path, bytes: &mut u64) {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        entries.sort();
        for path in entries {
            if path.is_dir() {
                walk(&path, bytes);
            } else {
                *bytes += std::hint::black_box(std::fs::read(&path).unwrap()).len() as u64;
            }
        }
    }
    let mut best = f64::MAX;
    let mut bytes = 0;
    for _ in 0..3 {
        bytes = 0;
        let start = Instant::now();
        walk(dir, &mut bytes);
        best = best.min(start.elapsed().as_secs_f64());
    }
    (best, bytes)
}

/// An article of about 20 KB: paragraphs of sentences, most ending in
/// `[n]`, a line of site chrome every article shares, a source list.
fn cited_article(rng: &mut Rng, vocab: &[String], title: usize) -> String {
    let sources = 3 + rng.below(6);
    let mut text = format!("Story {title}\n\n");
    for p in 0..22 {
        for s in 0..5 {
            text.push_str(sentence(rng, vocab).trim_end_matches('.'));
            if rng.below(4) > 0 {
                text.push_str(&format!("[{}]", 1 + rng.below(sources)));
            }
            text.push_str(if s == 4 { ".\n\n" } else { ". " });
        }
        if p == 10 {
            text.push_str("Subscribe to our newsletter for more stories like this.\n\n");
        }
    }
    text.push_str("## Sources\n\n");
    for n in 1..=sources {
        text.push_str(&format!(
            "{n}. {} — https://example.org/{title}/{n}\n",
            sentence(rng, vocab).trim_end_matches('.')
        ));
    }
    text
}

/// `n` cited articles (no source texts): in folders of 100, or all in one.
fn write_cited(dir: &Path, n: usize, nested: bool, seed: u64) {
    let mut rng = Rng(seed);
    let vocab = vocabulary(8_000, &mut rng);
    for a in 0..n {
        let folder = if nested {
            dir.join(format!("{:03}", a / 100))
        } else {
            dir.to_path_buf()
        };
        std::fs::create_dir_all(&folder).unwrap();
        let text = cited_article(&mut rng, &vocab, a);
        std::fs::write(folder.join(format!("story{a:05}.md")), text).unwrap();
    }
}

/// `n` bundles: an article and three source texts it borrows from.
fn write_with_sources(dir: &Path, n: usize, seed: u64) {
    let mut rng = Rng(seed);
    let vocab = vocabulary(8_000, &mut rng);
    for a in 0..n {
        let folder = dir
            .join(format!("{:03}", a / 100))
            .join(format!("story{a}"));
        std::fs::create_dir_all(folder.join("sources")).unwrap();
        let sources: Vec<Vec<String>> = (0..3)
            .map(|_| (0..25).map(|_| sentence(&mut rng, &vocab)).collect())
            .collect();
        let mut article = String::from("Generated story\n\n3 Sources\n\n");
        for p in 0..6 {
            for s in 0..5 {
                let cite = rng.below(4);
                let text = if cite > 0 && rng.below(2) == 0 {
                    sources[cite - 1][rng.below(25)].clone()
                } else {
                    sentence(&mut rng, &vocab)
                };
                article.push_str(text.trim_end_matches('.'));
                if cite > 0 {
                    article.push_str(&format!("[{cite}]"));
                }
                article.push_str(if s == 4 { ".\n\n" } else { ". " });
            }
            if p == 2 {
                article.push_str("Subscribe to our newsletter for more.\n\n");
            }
        }
        std::fs::write(folder.join("article.md"), article).unwrap();
        for (i, s) in sources.iter().enumerate() {
            std::fs::write(
                folder.join("sources").join(format!("{}.txt", i + 1)),
                s.join(" "),
            )
            .unwrap();
        }
    }
}

/// Copies planted across the bundle's sources: (copy's source, original
/// text). One in every `COPY_EVERY` sentences of a source is a copy of a
/// sentence of another source.
const COPY_EVERY: usize = 25;

/// One article with 2,000 claims citing 500 sources of 100 sentences each.
/// Returns the planted copies as (source id, copied sentence).
fn write_bundle(dir: &Path, seed: u64) -> Vec<(usize, String)> {
    const SOURCES: usize = 500;
    const PER_SOURCE: usize = 100;
    let mut rng = Rng(seed);
    let vocab = vocabulary(20_000, &mut rng);
    let mut texts: Vec<Vec<String>> = (0..SOURCES)
        .map(|_| {
            (0..PER_SOURCE)
                .map(|_| sentence(&mut rng, &vocab))
                .collect()
        })
        .collect();
    let mut planted = Vec::new();
    for s in 0..SOURCES {
        for k in (0..PER_SOURCE).step_by(COPY_EVERY) {
            let from = (s + 1 + rng.below(SOURCES - 1)) % SOURCES;
            // An original is never itself a planted copy (those sit at
            // multiples of COPY_EVERY), so it is still there at the end.
            let at =
                1 + rng.below(COPY_EVERY - 1) + COPY_EVERY * rng.below(PER_SOURCE / COPY_EVERY);
            let original = texts[from][at].clone();
            texts[s][k] = original.clone();
            planted.push((s + 1, original));
        }
    }
    std::fs::create_dir_all(dir.join("sources")).unwrap();
    for (i, t) in texts.iter().enumerate() {
        std::fs::write(
            dir.join("sources").join(format!("{}.txt", i + 1)),
            t.join("\n"),
        )
        .unwrap();
    }
    let mut article = format!("One long report\n\n{SOURCES} Sources\n\n");
    for c in 0..2_000 {
        let id = 1 + rng.below(SOURCES);
        let text = if c % 2 == 0 {
            texts[id - 1][rng.below(PER_SOURCE)].clone()
        } else {
            sentence(&mut rng, &vocab)
        };
        article.push_str(text.trim_end_matches('.'));
        article.push_str(&format!("[{id}]"));
        article.push_str(if c % 5 == 4 { ".\n\n" } else { ". " });
    }
    std::fs::write(dir.join("report.md"), article).unwrap();
    planted
}

/// Lines every page of the `site` workload repeats (navigation, footer).
const SITE_TEMPLATE: [&str; 12] = [
    "Skip to main content.",
    "Home, news, archive and contact pages are listed in the menu.",
    "Search the archive by keyword or date.",
    "Sign up for the weekly newsletter.",
    "Follow the harbour desk on social media.",
    "Advertise with us and reach local readers.",
    "Read our corrections policy before you write in.",
    "All rights reserved by the publishing cooperative.",
    "Cookies help the site remember your settings.",
    "Privacy notice and terms of use apply to every page.",
    "Back to the top of the page.",
    "Printed from the online edition of the paper.",
];

/// Pages in one section of the `site` workload, which share
/// [`SECTION_LINES`] lines of their own (a section's sidebar, as the pages
/// of one book or crate in a documentation site share theirs).
const SECTION_PAGES: usize = 250;
const SECTION_LINES: usize = 8;

/// `pages` pages of a website (30 sentences of their own, the
/// [`SITE_TEMPLATE`] lines and their section's lines each); every tenth
/// page republishes an earlier one's story. Returns (copy, original) file
/// names.
fn write_site(dir: &Path, pages: usize, seed: u64) -> Vec<(String, String)> {
    let mut rng = Rng(seed);
    let vocab = vocabulary(20_000, &mut rng);
    let sections: Vec<Vec<String>> = (0..pages.div_ceil(SECTION_PAGES))
        .map(|_| {
            (0..SECTION_LINES)
                .map(|_| sentence(&mut rng, &vocab))
                .collect()
        })
        .collect();
    let mut stories: Vec<Vec<String>> = Vec::with_capacity(pages);
    let mut copies = Vec::new();
    for page in 0..pages {
        let story = if page % 10 == 9 {
            let original = rng.below(page);
            copies.push((
                format!("page{page:05}.txt"),
                format!("page{original:05}.txt"),
            ));
            stories[original].clone()
        } else {
            (0..30).map(|_| sentence(&mut rng, &vocab)).collect()
        };
        let mut text: Vec<&str> = SITE_TEMPLATE[..6].to_vec();
        text.extend(sections[page / SECTION_PAGES].iter().map(String::as_str));
        text.extend(story.iter().map(String::as_str));
        text.extend(&SITE_TEMPLATE[6..]);
        std::fs::write(dir.join(format!("page{page:05}.txt")), text.join("\n")).unwrap();
        stories.push(story);
    }
    copies
}

/// Share of the planted (copy, original) pairs that `duplicates` names as
/// `COPY republishes PAGE`, PAGE holding the same story.
fn republish_recall(stdout: &str, planted: &[(String, String)]) -> f64 {
    let named: std::collections::HashSet<(&str, &str)> = stdout
        .lines()
        .filter_map(|l| l.split_once(" republishes "))
        .map(|(copy, rest)| (copy, rest.split(" (").next().unwrap_or(rest)))
        .collect();
    // The first page of a story (a copy may copy a copy).
    let root = |page: &str| {
        let mut page = page.to_string();
        while let Some((_, o)) = planted.iter().find(|(c, _)| *c == page) {
            page = o.clone();
        }
        page
    };
    let found = planted
        .iter()
        .filter(|(copy, original)| {
            named
                .iter()
                .any(|(c, o)| c == copy && root(o) == root(original))
        })
        .count();
    found as f64 / planted.len().max(1) as f64
}

/// Share of planted copies that `duplicates.csv` puts in a group with a
/// sentence of another source.
fn copy_recall(duplicates_csv: &Path, planted: &[(usize, String)]) -> f64 {
    let mut reader = csv::Reader::from_path(duplicates_csv).unwrap();
    let mut groups: std::collections::HashMap<String, Vec<(String, String)>> = Default::default();
    for row in reader.records() {
        let row = row.unwrap();
        groups
            .entry(row[1].to_string())
            .or_default()
            .push((row[2].to_string(), row[5].trim_end_matches('.').to_string()));
    }
    let found = planted
        .iter()
        .filter(|(source, text)| {
            let text = text.trim_end_matches('.');
            groups.values().any(|g| {
                g.iter().any(|(s, t)| s == &source.to_string() && t == text)
                    && g.iter().any(|(s, _)| s != &source.to_string())
            })
        })
        .count();
    found as f64 / planted.len().max(1) as f64
}

/// 20 MB of paragraphs.
fn write_prose(path: &Path, seed: u64) -> u64 {
    let mut rng = Rng(seed);
    let vocab = vocabulary(8_000, &mut rng);
    let mut out = std::io::BufWriter::new(std::fs::File::create(path).unwrap());
    let mut bytes = 0u64;
    while bytes < 20_000_000 {
        let mut para = String::new();
        for _ in 0..5 {
            para.push_str(&sentence(&mut rng, &vocab));
            para.push(' ');
        }
        para.push_str("\n\n");
        bytes += para.len() as u64;
        out.write_all(para.as_bytes()).unwrap();
    }
    bytes
}

/// A folder for one workload: temporary, or kept under
/// `CITEAUDIT_BENCH_DIR` (to profile the same corpus again).
struct Work {
    _temp: Option<tempfile::TempDir>,
    path: PathBuf,
}

impl Work {
    fn new(name: &str) -> Work {
        match std::env::var_os("CITEAUDIT_BENCH_DIR") {
            Some(base) => {
                let path = PathBuf::from(base).join(name);
                let _ = std::fs::remove_dir_all(&path);
                std::fs::create_dir_all(&path).unwrap();
                Work { _temp: None, path }
            }
            None => {
                let temp = tempfile::tempdir().unwrap();
                let path = temp.path().to_path_buf();
                Work {
                    _temp: Some(temp),
                    path,
                }
            }
        }
    }

    fn path(&self) -> &Path {
        &self.path
    }
}

fn check_args(dir: &Path, jobs: usize) -> Vec<String> {
    vec![
        "check".into(),
        dir.to_string_lossy().into_owned(),
        "--no-reports".into(),
        "--quiet".into(),
        "--exit-zero".into(),
        "--no-progress".into(),
        "--jobs".into(),
        jobs.to_string(),
    ]
}

fn strs(v: &[String]) -> Vec<&str> {
    v.iter().map(String::as_str).collect()
}

/// A whole `check`, reports written (to a temporary folder), against a
/// plain read of the same files.
fn throughput(bins: &Bins, name: &str, dir: &Path) {
    let (read_secs, bytes) = plain_read(dir);
    let jobs = std::thread::available_parallelism().map_or(1, |n| n.get());
    let out = tempfile::tempdir().unwrap();
    let mut args = check_args(dir, jobs);
    args.retain(|a| a != "--no-reports");
    args.extend(["--out".into(), out.path().to_string_lossy().into_owned()]);
    let (now, before) = bins.best(&strs(&args));
    let mb = bytes as f64 / 1e6;
    println!(
        "  {name}: {mb:.1} MB, --jobs {jobs}: {:.2} s = {:.1} MB/s, {:.1}x a plain read ({read_secs:.3} s){}",
        now.secs,
        mb / now.secs,
        now.secs / read_secs,
        versus(now.secs, before.map(|b| b.secs), " s"),
    );
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    // `cargo test --all-targets` runs benches without `--bench`: a smoke run.
    let smoke = !args.iter().any(|a| a == "--bench");
    let asked: Vec<&str> = args
        .iter()
        .filter(|a| !a.starts_with('-'))
        .map(String::as_str)
        .collect();
    let wants = |name: &str| asked.is_empty() || asked.contains(&name);
    let bins = Bins {
        now: PathBuf::from(env!("CARGO_BIN_EXE_citeaudit")),
        before: std::env::var_os("CITEAUDIT_BASELINE_BIN").map(PathBuf::from),
        runs: if smoke { 1 } else { 3 },
    };
    let scale = |n: usize| if smoke { (n / 100).max(5) } else { n };
    println!(
        "batch benchmarks ({} CPUs){}",
        std::thread::available_parallelism().map_or(1, |n| n.get()),
        if bins.before.is_some() {
            "; before = CITEAUDIT_BASELINE_BIN"
        } else {
            ""
        }
    );
    if wants("citations") {
        let dir = Work::new("citations");
        write_cited(dir.path(), scale(2_000), true, 0xC17E);
        throughput(&bins, "citations only", dir.path());
    }
    if wants("sources") {
        let dir = Work::new("sources");
        write_with_sources(dir.path(), scale(1_000), 0xBA7C);
        throughput(&bins, "with source texts", dir.path());
    }
    if wants("bundle") && !smoke {
        let dir = Work::new("bundle");
        let planted = write_bundle(dir.path(), 0xB0B);
        let out = tempfile::tempdir().unwrap();
        let args = [
            "check",
            dir.path().to_str().unwrap(),
            "--quiet",
            "--exit-zero",
            "--no-progress",
            "--out",
            out.path().to_str().unwrap(),
        ];
        let (now, before) = bins.best(&args);
        // Recall from each binary's own reports (the timed runs share a
        // folder, so the last one written is not necessarily this build's).
        let recall_of = |bin: &Path| {
            run(bin, &args);
            copy_recall(&out.path().join("duplicates.csv"), &planted)
        };
        let recall = recall_of(&bins.now);
        let recall_before = bins
            .before
            .as_deref()
            .map(|b| format!(" (before: {:.3})", recall_of(b)))
            .unwrap_or_default();
        println!(
            "  one bundle (2,000 claims, 500 sources, 50,000 sentences): {:.2} s{}; recall of {} planted copies {:.3}{recall_before}",
            now.secs,
            versus(now.secs, before.map(|b| b.secs), " s"),
            planted.len(),
            recall
        );
    }
    if wants("site") {
        let dir = Work::new("site");
        let pages = scale(5_000);
        let planted = write_site(dir.path(), pages, 0x517E);
        let (read_secs, bytes) = plain_read(dir.path());
        let out = tempfile::tempdir().unwrap();
        let args = [
            "duplicates",
            dir.path().to_str().unwrap(),
            "--out",
            out.path().to_str().unwrap(),
        ];
        let (now, before) = bins.best(&args);
        let recall = {
            let output = Command::new(&bins.now).args(args).output().expect("run");
            let names = String::from_utf8_lossy(&output.stdout)
                .replace(&format!("{}/", dir.path().display()), "");
            republish_recall(&names, &planted)
        };
        println!(
            "  duplicates on a site of {pages} pages ({:.1} MB, 12 template lines a page, {SECTION_LINES} more a section of {SECTION_PAGES}): {:.2} s, {:.0} MiB peak, {:.1}x a plain read ({read_secs:.3} s){}{}; republished stories named {recall:.3}",
            bytes as f64 / 1e6,
            now.secs,
            now.peak_kib as f64 / 1024.0,
            now.secs / read_secs,
            versus(now.secs, before.map(|b| b.secs), " s"),
            before
                .map(|b| format!(" [before: {:.0} MiB peak]", b.peak_kib as f64 / 1024.0))
                .unwrap_or_default(),
        );
    }
    if wants("long-lists") {
        // One article citing 50,000 numbered sources, one with 50,000
        // footnotes: every id looked up once, never searched for.
        let dir = Work::new("long-lists");
        let n = scale(50_000);
        let mut cites = String::new();
        let mut notes = String::new();
        for i in 1..=n {
            cites.push_str(&format!("Claim number {i} holds [{i}].\n\n"));
            notes.push_str(&format!("Claim number {i} holds[^n{i}].\n\n"));
        }
        cites.push_str("## References\n\n");
        for i in 1..=n {
            cites.push_str(&format!("{i}. Source {i}, https://x.example/{i}\n"));
            notes.push_str(&format!("[^n{i}]: Note {i}\n"));
        }
        std::fs::write(dir.path().join("cites.md"), cites).unwrap();
        std::fs::write(dir.path().join("notes.md"), notes).unwrap();
        let (read_secs, bytes) = plain_read(dir.path());
        let (now, before) = bins.best(&strs(&check_args(dir.path(), 2)));
        println!(
            "  two articles with {n} sources or notes each ({:.1} MB): {:.2} s, {:.1}x a plain read ({read_secs:.3} s){}",
            bytes as f64 / 1e6,
            now.secs,
            now.secs / read_secs,
            versus(now.secs, before.map(|b| b.secs), " s"),
        );
    }
    if wants("memory") {
        let small = Work::new("memory-small");
        let large = Work::new("memory-large");
        write_with_sources(small.path(), scale(500), 0x5EED);
        write_with_sources(large.path(), scale(8_000), 0x5EED);
        let (s, sb) = bins.best(&strs(&check_args(small.path(), 2)));
        let (l, lb) = bins.best(&strs(&check_args(large.path(), 2)));
        let ratio = l.peak_kib as f64 / s.peak_kib.max(1) as f64;
        let before = sb
            .zip(lb)
            .map(|(s, l)| l.peak_kib as f64 / s.peak_kib.max(1) as f64);
        println!(
            "  peak memory: {} articles {:.0} MiB, {} articles {:.0} MiB: {ratio:.2}x{}",
            scale(8_000),
            l.peak_kib as f64 / 1024.0,
            scale(500),
            s.peak_kib as f64 / 1024.0,
            versus(ratio, before, "x"),
        );
    }
    if wants("flat") {
        let flat = Work::new("flat");
        let nested = Work::new("nested");
        write_cited(flat.path(), scale(8_000), false, 0xF1A7);
        write_cited(nested.path(), scale(8_000), true, 0xF1A7);
        // One job: wall time is CPU time.
        let (f, fb) = bins.best(&strs(&check_args(flat.path(), 1)));
        let (n, nb) = bins.best(&strs(&check_args(nested.path(), 1)));
        let before = fb.zip(nb).map(|(f, n)| f.secs / n.secs);
        println!(
            "  {} articles, one flat folder {:.2} s vs nested {:.2} s (--jobs 1): {:.2}x{}",
            scale(8_000),
            f.secs,
            n.secs,
            f.secs / n.secs,
            versus(f.secs / n.secs, before, "x"),
        );
    }
    if wants("sentences") && !smoke {
        let dir = Work::new("sentences");
        let path = dir.path().join("prose.txt");
        let bytes = write_prose(&path, 0x7E47);
        let text = std::fs::read_to_string(&path).unwrap();
        let mut split_best = f64::MAX;
        for _ in 0..bins.runs {
            let start = Instant::now();
            let sink = std::fs::File::create("/dev/null").unwrap();
            let mut out = std::io::BufWriter::new(sink);
            use unicode_segmentation::UnicodeSegmentation;
            for s in text.unicode_sentences() {
                writeln!(out, "{s}").unwrap();
            }
            out.flush().unwrap();
            split_best = split_best.min(start.elapsed().as_secs_f64());
        }
        let (now, before) = bins.best(&["sentences", path.to_str().unwrap()]);
        println!(
            "  sentences on {:.0} MB of prose: {:.2} s, {:.2}x splitting with unicode_sentences() and printing ({split_best:.2} s){}",
            bytes as f64 / 1e6,
            now.secs,
            now.secs / split_best,
            versus(now.secs, before.map(|b| b.secs), " s"),
        );
    }
    if wants("jobs") {
        let dir = Work::new("jobs");
        write_with_sources(dir.path(), scale(1_000), 0xBA7C);
        let (one, _) = bins.best(&strs(&check_args(dir.path(), 1)));
        let (two, _) = bins.best(&strs(&check_args(dir.path(), 2)));
        println!(
            "  --jobs 2 vs --jobs 1 on {} articles with sources: {:.2} s vs {:.2} s, speed-up {:.2}x",
            scale(1_000),
            two.secs,
            one.secs,
            one.secs / two.secs
        );
    }
}
