//! What each command does: read the settings, call the library, print, and
//! return the exit code.

use std::io::{self, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::time::Instant;

use citeaudit::audit::AuditOptions;
use citeaudit::batch::changed::changed_since;
use citeaudit::batch::guard::guarded;
use citeaudit::batch::inputs::{collect_with, Collect, WalkOptions};
use citeaudit::batch::run::{Batch, BatchOptions};
use citeaudit::batch::{self, Baseline};
use citeaudit::read::load::{decode, load_file, DisplayPath, LoadError};
use citeaudit::read::structure::Format;
use citeaudit::report::formats::{self as output, Failure};
use citeaudit::report::Reporter;
use citeaudit::{audit_document, report, ArticleAudit, FailOn};

use crate::cli::{
    find_config, read_config, CheckArgs, DuplicatesArgs, InputFormat, OutputFormat, SentencesArgs,
    SentencesFormat, Settings,
};

/// A usage or input problem: printed as `error: …`, exit 2.
fn fail(message: impl std::fmt::Display) -> io::Result<u8> {
    eprintln!("error: {message}");
    Ok(2)
}

/// The settings of `citeaudit.toml`: the file given, or the nearest one
/// from the current folder up, or none. `check` and `sentences` both read
/// them, so that `sentences` explains the verdicts `check` gives.
fn load_config(explicit: Option<&Path>) -> Result<CheckArgs, String> {
    let config_path = match explicit {
        Some(path) => Some(path.to_path_buf()),
        None => std::env::current_dir().ok().and_then(|d| find_config(&d)),
    };
    match &config_path {
        Some(path) => read_config(path),
        None => Ok(CheckArgs::default()),
    }
}

pub fn run_check(args: CheckArgs) -> io::Result<u8> {
    let started = Instant::now();
    // The command line over the config file over the defaults.
    let config = match load_config(args.config.as_deref()) {
        Ok(config) => config,
        Err(message) => return fail(message),
    };
    let args = args.merge(config);
    if args.dump_config {
        let text = toml::to_string(&args.with_defaults()).map_err(io::Error::other)?;
        print!("{text}");
        return Ok(0);
    }
    let settings = match args.settings() {
        Ok(settings) => settings,
        Err(message) => return fail(message),
    };
    let mut paths = args.paths.clone();
    if let Some(list) = &args.files_from {
        match read_list(list) {
            Ok(more) => paths.extend(more),
            Err(message) => return fail(message),
        }
    }
    if paths.is_empty() {
        return fail("nothing to check: give PATHs, --files-from FILE, or - for standard input");
    }
    let stdin_article = paths.iter().any(|p| p.as_os_str() == "-");
    paths.retain(|p| p.as_os_str() != "-");
    let walk = WalkOptions {
        hidden: settings.hidden,
        no_ignore: settings.no_ignore,
        include: settings.include.clone(),
        exclude: settings.exclude.clone(),
        force_exclude: settings.force_exclude,
    };
    let (mut inputs, walk_errors) = match collect_with(&paths, Collect::Articles, &walk) {
        Ok(found) => found,
        Err(message) => return fail(message),
    };
    if let Some(rev) = &args.changed_since {
        inputs = match changed_since(rev, inputs, settings.audit.sources_dir.as_deref()) {
            Ok(kept) => kept,
            Err(message) => return fail(message),
        };
    }
    if args.list_inputs {
        let mut out = io::stdout().lock();
        for input in &inputs {
            writeln!(out, "{}", display(&input.path))?;
        }
        if stdin_article {
            writeln!(out, "-")?;
        }
        return Ok(if walk_errors.is_empty() { 0 } else { 2 });
    }

    let jobs = Jobs::for_run(settings.jobs, inputs.len() + usize::from(stdin_article));
    if let (Some(asked), false) = (jobs.capped_from, settings.quiet) {
        eprintln!(
            "note: --jobs {asked} is more than this machine can use; running at most {JOBS_PER_CPU} jobs per CPU"
        );
    }
    let baseline = match settings.baseline.as_deref().map(Baseline::read).transpose() {
        Ok(baseline) => baseline,
        Err(e) => return fail(e),
    };
    let read: Vec<PathBuf> = inputs.iter().map(|i| i.path.clone()).collect();
    // Every file this run writes passes this guard; checked before the audit
    // so that a bad target fails at once, not after an hour of work.
    let guard = report::WriteGuard::new(&read);
    for target in [&settings.html, &settings.markdown, &args.write_baseline]
        .into_iter()
        .flatten()
    {
        if let Err(e) = guard.check(target) {
            return fail(e);
        }
    }
    let mut writer = if settings.no_reports {
        None
    } else {
        match report::ReportWriter::create(&settings.out, &read, &settings.fail_on) {
            Ok(writer) => Some(writer),
            Err(e) => return fail(e),
        }
    };
    // The terminal summary keeps a line an article; the audits themselves
    // only when an output needs them all (HTML, JSON, …).
    let keep_all = settings.format != OutputFormat::Text
        || settings.html.is_some()
        || settings.markdown.is_some()
        || args.write_baseline.is_some();
    let mut run = Run {
        keep_all,
        quiet: settings.quiet,
        fail_on: settings.fail_on.clone(),
        ..Run::default()
    };
    let bar = progress_bar(&settings, inputs.len());
    let batch = Batch {
        inputs,
        walk_errors,
        stdin: stdin_article.then(|| read_stdin("-", settings.audit.max_file_size)),
    };
    let options = BatchOptions {
        audit: settings.audit.clone(),
        batch_boilerplate: settings.batch_boilerplate,
        threads: jobs.threads,
        baseline,
    };
    let mut reporters: Vec<&mut dyn Reporter> = vec![&mut run];
    if let Some(writer) = writer.as_mut() {
        reporters.push(writer);
    }
    if let Err(e) = batch::run::run(batch, &options, &mut reporters, &|| bar.inc(1)) {
        return fail(e);
    }
    bar.finish_and_clear();
    for failure in &run.failures {
        eprintln!("error: {}", failure.message);
    }
    let findings = output::findings(&run.audits, &settings.fail_on);
    if run.lines.is_empty() && !run.failures.is_empty() {
        // Nothing could be audited (a mistyped path, say): the unfinished
        // reports are dropped and any earlier ones stay as they are; a
        // machine-readable format still says what failed.
        if settings.format != OutputFormat::Text {
            print_results(&settings, &run, &findings, 0, &[], started, 0)?;
        }
        return Ok(2);
    }
    let mut written = match writer.map(report::ReportWriter::finish).transpose() {
        Ok(paths) => paths.unwrap_or_default(),
        Err(e) => return fail(e),
    };
    if let Some(path) = &args.write_baseline {
        let text = Baseline::record(&run.audits).to_json();
        if let Err(e) = guard.write(path, text.as_bytes()) {
            return fail(e);
        }
    }
    match write_extra_outputs(&settings, &run.audits, &run.failures, &guard) {
        Ok(more) => written.extend(more),
        Err(message) => return fail(message),
    }
    let bytes: u64 = read
        .iter()
        .filter_map(|p| std::fs::metadata(p).ok())
        .map(|m| m.len())
        .sum();
    let failing: usize = run.lines.iter().map(|l| l.failing).sum();
    print_results(
        &settings, &run, &findings, failing, &written, started, bytes,
    )?;
    Ok(if !run.failures.is_empty() {
        2
    } else if failing > 0 && !settings.exit_zero {
        1
    } else {
        0
    })
}

/// What the terminal summary needs of one article.
struct ArticleLine {
    article: String,
    summary: citeaudit::model::Summary,
    marker_lost: usize,
    failing: usize,
}

/// The terminal's reporter: prints warnings as articles come, keeps a
/// summary line an article, the failures, and the audits an output needs.
#[derive(Default)]
struct Run {
    lines: Vec<ArticleLine>,
    failures: Vec<Failure>,
    audits: Vec<ArticleAudit>,
    keep_all: bool,
    quiet: bool,
    fail_on: FailOn,
}

impl Reporter for Run {
    fn article(&mut self, audit: &ArticleAudit) -> Result<(), report::ReportError> {
        if !self.quiet {
            for message in &audit.warnings {
                eprintln!("warning: {message}");
            }
        }
        self.lines.push(ArticleLine {
            article: audit.article.clone(),
            summary: audit.summary,
            marker_lost: audit.marker_lost(),
            failing: audit.findings(&self.fail_on),
        });
        if self.keep_all {
            self.audits.push(audit.clone());
        }
        Ok(())
    }

    fn failure(&mut self, failure: &Failure) -> Result<(), report::ReportError> {
        self.failures.push(failure.clone());
        Ok(())
    }
}

/// Worker threads allowed per CPU: articles wait on disk now and then, so a
/// few more threads than CPUs can help; thousands only exhaust the system.
const JOBS_PER_CPU: usize = 4;

/// How many worker threads a run uses.
struct Jobs {
    threads: usize,
    /// The `--jobs` asked for, when it was over the machine's cap.
    capped_from: Option<usize>,
}

impl Jobs {
    /// `--jobs` (default: one per CPU), capped at [`JOBS_PER_CPU`] per CPU
    /// and at the number of articles (idle threads cost memory and time).
    fn for_run(asked: Option<usize>, articles: usize) -> Jobs {
        let cpus = std::thread::available_parallelism().map_or(1, usize::from);
        let cap = cpus * JOBS_PER_CPU;
        let wanted = asked.unwrap_or(cpus);
        Jobs {
            threads: wanted.min(cap).min(articles.max(1)),
            capped_from: asked.filter(|&n| n > cap),
        }
    }
}

/// A progress bar on stderr, drawn only when it is a terminal.
fn progress_bar(settings: &Settings, len: usize) -> indicatif::ProgressBar {
    let show = !settings.quiet && !settings.no_progress && io::stderr().is_terminal() && len > 1;
    if !show {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new(len as u64);
    let style = indicatif::ProgressStyle::with_template(
        "{bar:30} {pos}/{len} articles  {per_sec}  eta {eta}",
    )
    .expect("valid template");
    bar.set_style(style);
    bar
}

/// Paths listed in a file (or standard input), one a line.
fn read_list(list: &Path) -> Result<Vec<PathBuf>, String> {
    let text = if list.as_os_str() == "-" {
        let mut text = String::new();
        io::stdin()
            .read_to_string(&mut text)
            .map_err(|e| format!("standard input: {e}"))?;
        text
    } else {
        std::fs::read_to_string(list).map_err(|e| format!("{}: cannot read: {e}", display(list)))?
    };
    Ok(text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(PathBuf::from)
        .collect())
}

/// Reads standard input as one document, at most `max_size` bytes: a larger
/// input (`yes | citeaudit …`) stops with the usual too-large error as soon
/// as it passes the limit, instead of growing without end.
fn read_stdin(name: &str, max_size: u64) -> Result<citeaudit::read::load::Document, LoadError> {
    let path = Path::new(name);
    let mut bytes = Vec::new();
    io::stdin()
        .lock()
        .take(max_size.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|source| LoadError::Io {
            path: DisplayPath::new(path),
            source,
        })?;
    if bytes.len() as u64 > max_size {
        return Err(LoadError::StreamTooLarge {
            path: DisplayPath::new(path),
            max: max_size,
        });
    }
    decode(path, &bytes, max_size)
}

/// The HTML report and the Markdown summary, when asked for.
fn write_extra_outputs(
    settings: &Settings,
    audits: &[ArticleAudit],
    failures: &[Failure],
    guard: &report::WriteGuard,
) -> Result<Vec<PathBuf>, report::ReportError> {
    let mut written = Vec::new();
    if let Some(path) = &settings.html {
        guard.write(path, citeaudit::report::html::render(audits).as_bytes())?;
        written.push(path.clone());
    }
    if let Some(path) = &settings.markdown {
        let findings = output::findings(audits, &settings.fail_on);
        let text = output::markdown(audits, &findings, failures, &settings.fail_on);
        guard.write(path, text.as_bytes())?;
        written.push(path.clone());
    }
    Ok(written)
}

fn print_results(
    settings: &Settings,
    run: &Run,
    findings: &[output::Finding<'_>],
    failing: usize,
    written: &[PathBuf],
    started: Instant,
    bytes: u64,
) -> io::Result<()> {
    let fail_on = &settings.fail_on;
    let audits = &run.audits;
    let failures = &run.failures;
    let text = match settings.format {
        OutputFormat::Text => {
            if !settings.quiet {
                print_summary(&run.lines, failing, written)?;
                let secs = started.elapsed().as_secs_f64();
                writeln!(
                    io::stdout().lock(),
                    "time: {secs:.2} s, {:.1} MB/s",
                    bytes as f64 / 1e6 / secs.max(1e-9)
                )?;
            }
            return Ok(());
        }
        OutputFormat::Json => output::json(audits, findings, failures, fail_on),
        OutputFormat::Jsonl => output::jsonl(findings, failures),
        OutputFormat::Github => output::github(findings, failures),
        OutputFormat::Sarif => output::sarif(findings, failures, fail_on),
        OutputFormat::Markdown => output::markdown(audits, findings, failures, fail_on),
    };
    let mut out = io::stdout().lock();
    out.write_all(text.as_bytes())?;
    out.flush()
}

fn print_summary(lines: &[ArticleLine], findings: usize, written: &[PathBuf]) -> io::Result<()> {
    let audits = lines;
    let mut out = io::stdout().lock();
    let width = audits
        .iter()
        .map(|a| a.article.chars().count())
        .max()
        .unwrap_or(0);
    let mut total = citeaudit::model::Summary::default();
    let mut lost = 0;
    for a in audits {
        let s = &a.summary;
        let verdict = if a.failing > 0 { "FAIL" } else { "pass" };
        writeln!(
            out,
            "{verdict}  {:width$}  {} claims: {} cited, {} uncited ({} marker-lost), {} dangling{}; sources: {} declared, {} cited, {} unused",
            a.article,
            s.claims,
            s.cited,
            s.uncited,
            a.marker_lost,
            s.dangling,
            checked(s),
            s.sources_declared,
            s.sources_cited,
            s.sources_unused,
        )?;
        total.sentences += s.sentences;
        total.claims += s.claims;
        total.cited += s.cited;
        total.uncited += s.uncited;
        total.dangling += s.dangling;
        total.supported += s.supported;
        total.partial += s.partial;
        total.unsupported += s.unsupported;
        total.misattributed += s.misattributed;
        lost += a.marker_lost;
    }
    writeln!(
        out,
        "\n{} article{}: {} sentences, {} claims, {} cited, {} uncited ({} marker-lost), {} dangling{}; {} finding{} under --fail-on",
        audits.len(),
        plural(audits.len()),
        total.sentences,
        total.claims,
        total.cited,
        total.uncited,
        lost,
        total.dangling,
        checked(&total),
        findings,
        plural(findings),
    )?;
    let names: Vec<String> = written.iter().map(|p| display(p)).collect();
    writeln!(out, "reports: {}", names.join(", "))
}

/// `; checked: 4 supported, …` when claims were checked against source texts.
fn checked(s: &citeaudit::model::Summary) -> String {
    if s.supported + s.partial + s.unsupported + s.misattributed == 0 {
        return String::new();
    }
    format!(
        "; checked against sources: {} supported, {} partial, {} unsupported, {} misattributed",
        s.supported, s.partial, s.unsupported, s.misattributed
    )
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

fn display(path: &Path) -> String {
    path.to_string_lossy().replace('\\', "/")
}

pub fn run_duplicates(args: &DuplicatesArgs) -> io::Result<u8> {
    let found =
        citeaudit::batch::scan::scan(&args.paths, args.duplicate_threshold, args.max_file_size);
    for message in &found.errors {
        eprintln!("error: {message}");
    }
    if found.documents.is_empty() && !found.errors.is_empty() {
        return Ok(2);
    }
    let scanned: Vec<String> = args.paths.iter().map(|p| display(p)).collect();
    let scanned = scanned.join(" ");
    let csv =
        report::duplicate_rows_csv(std::iter::once((scanned.as_str(), found.rows.as_slice())));
    let inputs: Vec<PathBuf> = Vec::new();
    let written = match report::write_named(&args.out, vec![("duplicates.csv", csv)], &inputs) {
        Ok(paths) => paths,
        Err(e) => {
            eprintln!("error: {e}");
            return Ok(2);
        }
    };
    if !args.quiet {
        let mut out = io::stdout().lock();
        let groups = found.rows.iter().map(|r| r.group).max().unwrap_or(0);
        for (copy, original, overlap) in &found.copies {
            writeln!(
                out,
                "{copy} republishes {original} ({:.0}% of its sentences)",
                overlap * 100.0
            )?;
        }
        writeln!(
            out,
            "{} document{}, {} sentences: {} duplicated statement{} in {} group{}",
            found.documents.len(),
            plural(found.documents.len()),
            found.sentences,
            found.rows.len(),
            plural(found.rows.len()),
            groups,
            plural(groups),
        )?;
        let names: Vec<String> = written.iter().map(|p| display(p)).collect();
        writeln!(out, "report: {}", names.join(", "))?;
    }
    Ok(if found.errors.is_empty() { 0 } else { 2 })
}

/// A skipped stretch in `sentences` output: `  12:1   skipped     source-list
/// (lines 12-30)`, or `{"skipped":"source-list","line":12,"end_line":30}`.
fn write_skipped(
    out: &mut impl Write,
    k: &citeaudit::model::SkippedLines,
    format: SentencesFormat,
) -> io::Result<()> {
    match format {
        SentencesFormat::Jsonl => writeln!(
            out,
            "{{\"skipped\":\"{}\",\"line\":{},\"end_line\":{}}}",
            k.reason, k.line, k.end_line
        ),
        SentencesFormat::Text => {
            let lines = if k.line == k.end_line {
                format!("line {}", k.line)
            } else {
                format!("lines {}-{}", k.line, k.end_line)
            };
            writeln!(
                out,
                "{:>4}:{:<3} {:<11} {:<8} {:<16} ({lines})",
                k.line, 1, "skipped", "-", k.reason
            )
        }
    }
}

/// One line of `sentences --format jsonl`, keys in the documented order.
#[derive(serde::Serialize)]
struct JsonSentence<'a> {
    sentence: usize,
    line: usize,
    column: usize,
    kind: &'a str,
    cited: &'a [String],
    flags: Vec<&'a str>,
    text: &'a str,
}

pub fn run_sentences(args: &SentencesArgs) -> io::Result<u8> {
    let from_stdin = args.file.as_os_str() == "-";
    let loaded = if from_stdin {
        read_stdin("<stdin>", args.max_file_size)
    } else {
        load_file(&args.file, args.max_file_size)
    };
    let doc = match loaded {
        Ok(doc) => doc,
        Err(e) => {
            eprintln!("error: {e}");
            return Ok(2);
        }
    };
    let format = match args.input_format {
        InputFormat::Text => Format::PlainText,
        InputFormat::Markdown => Format::Markdown,
        InputFormat::Auto if from_stdin => Format::PlainText,
        InputFormat::Auto => Format::from_path(&args.file),
    };
    let name = display(&args.file);
    // The settings `check` would use for this article (claim kinds, caption
    // and boilerplate openings, citation scope, thresholds).
    let options =
        match load_config(args.config.as_deref()).and_then(|c| c.with_defaults().settings()) {
            Ok(settings) => AuditOptions {
                max_file_size: args.max_file_size,
                ..settings.audit
            },
            Err(message) => return fail(message),
        };
    let audit = match guarded(&name, || audit_document(&name, &doc, format, &options)) {
        Ok(audit) => audit,
        Err(message) => return fail(message),
    };
    let mut out = io::BufWriter::new(io::stdout().lock());
    // Sentences and skipped stretches, in file order.
    let mut skipped = audit.skipped.iter().peekable();
    for s in &audit.sentences {
        while let Some(k) = skipped.next_if(|k| k.line <= s.line) {
            write_skipped(&mut out, k, args.format)?;
        }
        match args.format {
            SentencesFormat::Jsonl => {
                let row = JsonSentence {
                    sentence: s.sentence,
                    line: s.line,
                    column: s.column,
                    kind: s.kind.as_str(),
                    cited: &s.cited,
                    flags: s.flags.iter().map(|f| f.as_str()).collect(),
                    text: &s.text,
                };
                let row = serde_json::to_string(&row).map_err(io::Error::other)?;
                writeln!(out, "{row}")?;
            }
            SentencesFormat::Text => {
                let flags: Vec<&str> = s.flags.iter().map(|f| f.as_str()).collect();
                let cited = if s.cited.is_empty() {
                    String::from("-")
                } else {
                    format!("[{}]", s.cited.join(","))
                };
                let flags = if flags.is_empty() {
                    String::from("-")
                } else {
                    flags.join(";")
                };
                writeln!(
                    out,
                    "{:>4}:{:<3} {:<11} {:<8} {:<16} {}",
                    s.line,
                    s.column,
                    s.kind.as_str(),
                    cited,
                    flags,
                    s.text
                )?;
            }
        }
    }
    for k in skipped {
        write_skipped(&mut out, k, args.format)?;
    }
    out.flush()?;
    Ok(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jobs_are_capped_by_the_machine_and_the_work() {
        let cpus = std::thread::available_parallelism().map_or(1, usize::from);
        let huge = Jobs::for_run(Some(100_000), 1_000_000);
        assert_eq!(huge.threads, cpus * JOBS_PER_CPU);
        assert_eq!(huge.capped_from, Some(100_000));
        let few = Jobs::for_run(Some(8), 3);
        assert_eq!(few.threads, 3.min(cpus * JOBS_PER_CPU));
        let expected = (8 > cpus * JOBS_PER_CPU).then_some(8);
        assert_eq!(few.capped_from, expected);
        assert_eq!(Jobs::for_run(None, 0).threads, 1);
    }
}
