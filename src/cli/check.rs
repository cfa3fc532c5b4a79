//! `citeaudit check`: settings → inputs → the library's batch loop with
//! the terminal, CSV and other reporters → summary and exit code.

use std::io::{self, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::time::Instant;

use citeaudit::batch::baseline::BaselineRecorder;
use citeaudit::batch::boilerplate::{keys_text, read_keys};
use citeaudit::batch::changed::changed_since;
use citeaudit::batch::inputs::{collect_with, why_no_articles, Collect, Input, WalkOptions};
use citeaudit::batch::run::RunError;
use citeaudit::batch::run::{pre_pass, Batch, BatchOptions};
use citeaudit::batch::{self, Baseline};
use citeaudit::report::formats::{
    findings, Failure, JsonReporter, Level, LineFormat, LineReporter, MarkdownReporter,
    SarifReporter,
};
use citeaudit::report::Reporter;
use citeaudit::{report, ArticleAudit, FailOn};

use citeaudit::read::format::Format;

use crate::cli::{
    display, fail, load_config, plural, read_stdin, CheckArgs, OutputFormat, Settings, StdinFormat,
};

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
    if inputs.is_empty() && !stdin_article && walk_errors.is_empty() && !settings.quiet {
        if let Some(why) = why_no_articles(&paths, &walk) {
            eprintln!("note: {why}");
        }
    }
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

    // A sharded run, and its shared pre-pass, audit the same batch on every
    // machine: a path that cannot be walked stops them before any work.
    if args.shard.is_some() || args.write_boilerplate_keys.is_some() {
        if let Some(e) = walk_errors.first() {
            return fail(format!(
                "{e}; a sharded run stops at paths it cannot walk, so that every shard sees the same batch"
            ));
        }
        if stdin_article {
            return fail("--shard and --write-boilerplate-keys read folders and files, not standard input (-)");
        }
    }
    let mut options = BatchOptions {
        audit: settings.audit.clone(),
        batch_boilerplate: settings.batch_boilerplate,
        threads: Jobs::for_run(settings.jobs, inputs.len()).threads,
        baseline: None,
        boilerplate_keys: None,
    };
    if let Some(path) = &args.write_boilerplate_keys {
        return write_boilerplate_keys(path, &inputs, &options, settings.quiet);
    }
    if let Some(path) = &args.boilerplate_keys {
        match read_keys(path, settings.batch_boilerplate) {
            Ok(keys) => options.boilerplate_keys = Some(keys),
            Err(e) => return fail(e),
        }
    }
    let baseline = match settings.baseline.as_deref().map(Baseline::read).transpose() {
        Ok(baseline) => baseline,
        Err(e) => return fail(e),
    };
    // Reports must never overwrite any article of the batch, this shard's
    // or another's: every file this run writes passes this guard, one set
    // of the inputs' real paths shared with the report writer; checked
    // before the audit so that a bad target fails at once, not after an
    // hour of work.
    let guard = report::WriteGuard::new(inputs.iter().map(|i| &i.path));
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
        match report::ReportWriter::create(&settings.out, &guard, &settings.fail_on) {
            Ok(writer) => Some(writer),
            Err(e) => return fail(e),
        }
    };
    if let Some(shard) = args.shard {
        if options.boilerplate_keys.is_none() {
            // No shared keys file: this shard reads the whole batch for
            // batch boilerplate, so that it judges as one run would.
            match pre_pass(&inputs, &options) {
                Ok(keys) => options.boilerplate_keys = Some(keys),
                Err(e) => return fail(e),
            }
        }
        inputs.retain(|i| shard.contains(&i.name));
    }

    // This run's article bytes, for the speed in the summary.
    let bytes: u64 = inputs
        .iter()
        .filter_map(|i| std::fs::metadata(&i.path).ok())
        .map(|m| m.len())
        .sum();
    let jobs = Jobs::for_run(settings.jobs, inputs.len() + usize::from(stdin_article));
    if let (Some(asked), false) = (jobs.capped_from, settings.quiet) {
        eprintln!(
            "note: --jobs {asked} is more than this machine can use; running at most {JOBS_PER_CPU} jobs per CPU"
        );
    }
    // What `--format` prints, written by its reporter as articles come
    // (text is the terminal's own summary, at the end).
    let mut to_stdout: Option<Box<dyn Reporter>> = {
        let stdout = || io::BufWriter::new(io::stdout());
        let fail_on = &settings.fail_on;
        match settings.format {
            OutputFormat::Text => None,
            OutputFormat::Jsonl => Some(Box::new(LineReporter::new(
                stdout(),
                LineFormat::Jsonl,
                fail_on,
            ))),
            OutputFormat::Github => Some(Box::new(LineReporter::new(
                stdout(),
                LineFormat::Github,
                fail_on,
            ))),
            OutputFormat::Sarif => Some(Box::new(SarifReporter::new(stdout(), fail_on))),
            OutputFormat::Markdown => Some(Box::new(MarkdownReporter::new(stdout(), fail_on))),
            OutputFormat::Json => match JsonReporter::new(stdout(), fail_on) {
                Ok(reporter) => Some(Box::new(reporter)),
                Err(e) => return fail(format!("cannot open a temporary file: {e}")),
            },
        }
    };
    let mut markdown_file = settings
        .markdown
        .as_ref()
        .map(|_| MarkdownReporter::new(Vec::new(), &settings.fail_on));
    let mut baseline_recorder = args
        .write_baseline
        .as_ref()
        .map(|_| BaselineRecorder::default());
    // The terminal summary keeps a line an article; the audits themselves
    // only for the HTML report (one page of every sentence).
    let keep_all = settings.html.is_some();
    let mut run = Run {
        keep_lines: settings.format == OutputFormat::Text && !settings.quiet,
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
        stdin_format: match args.stdin_as {
            Some(StdinFormat::Markdown) => Format::Markdown,
            Some(StdinFormat::Html) => Format::Html,
            Some(StdinFormat::Text) | None => Format::PlainText,
        },
    };
    let options = BatchOptions {
        threads: jobs.threads,
        baseline,
        ..options
    };
    let mut reporters: Vec<&mut dyn Reporter> = vec![&mut run];
    if let Some(writer) = writer.as_mut() {
        reporters.push(writer);
    }
    if let Some(printed) = to_stdout.as_mut() {
        reporters.push(printed.as_mut());
    }
    if let Some(markdown) = markdown_file.as_mut() {
        reporters.push(markdown);
    }
    if let Some(recorder) = baseline_recorder.as_mut() {
        reporters.push(recorder);
    }
    match batch::run::run(batch, &options, &mut reporters, &|| bar.inc(1)) {
        Ok(()) => {}
        // A closed pipe (`| head`) ends the run quietly, as for any output.
        Err(RunError::Report(report::ReportError::Io { source, .. }))
            if source.kind() == io::ErrorKind::BrokenPipe =>
        {
            return Err(source)
        }
        Err(e) => return fail(e),
    }
    drop(reporters);
    // Flushed: what `--format` printed is complete.
    drop(to_stdout);
    bar.finish_and_clear();
    for failure in &run.failures {
        eprintln!("error: {}", failure.message);
    }
    if run.audited == 0 && !run.failures.is_empty() {
        // Nothing could be audited (a mistyped path, say): the unfinished
        // reports are dropped and any earlier ones stay as they are; a
        // machine-readable format has still said what failed.
        return Ok(2);
    }
    let mut written = match writer.map(report::ReportWriter::finish).transpose() {
        Ok(paths) => paths.unwrap_or_default(),
        Err(e) => return fail(e),
    };
    if let (Some(path), Some(recorder)) = (&args.write_baseline, baseline_recorder) {
        let text = recorder.baseline().to_json();
        if let Err(e) = guard.write(path, text.as_bytes()) {
            return fail(e);
        }
    }
    if let Some(path) = &settings.html {
        let page = citeaudit::report::html::render(&run.audits);
        if let Err(e) = guard.write(path, page.as_bytes()) {
            return fail(e);
        }
        written.push(path.clone());
    }
    if let (Some(path), Some(markdown)) = (&settings.markdown, markdown_file) {
        if let Err(e) = guard.write(path, &markdown.into_inner()) {
            return fail(e);
        }
        written.push(path.clone());
    }
    let failing = run.failing;
    print_text_summary(&settings, &run, &written, started, bytes)?;
    if run.linked_uncited > 0 && !settings.quiet {
        // Links are no citations by default; say so where it matters.
        let n = run.linked_uncited;
        eprintln!(
            "note: {n} uncited claim{} link{} a web page; --links-cite counts a claim's links as its citations",
            plural(n),
            if n == 1 { "s" } else { "" }
        );
    }
    Ok(if !run.failures.is_empty() {
        2
    } else if failing > 0 && !settings.exit_zero {
        1
    } else {
        0
    })
}

/// `--write-boilerplate-keys FILE`: the pre-pass alone, its keys to FILE.
fn write_boilerplate_keys(
    path: &Path,
    inputs: &[Input],
    options: &BatchOptions,
    quiet: bool,
) -> io::Result<u8> {
    let keys = match pre_pass(inputs, options) {
        Ok(keys) => keys,
        Err(e) => return fail(e),
    };
    if let Err(e) = report::WriteGuard::new(inputs.iter().map(|i| &i.path))
        .write(path, keys_text(&keys, options.batch_boilerplate).as_bytes())
    {
        return fail(e);
    }
    if !quiet {
        writeln!(
            io::stdout().lock(),
            "{} article{}: {} batch-boilerplate sentence{} (in at least {} articles); keys: {}",
            inputs.len(),
            plural(inputs.len()),
            keys.len(),
            plural(keys.len()),
            options.batch_boilerplate,
            display(path)
        )?;
    }
    Ok(0)
}

/// What the terminal summary needs of one article.
struct ArticleLine {
    article: String,
    summary: citeaudit::model::Summary,
    marker_lost: usize,
    failing: usize,
    /// The findings under `--fail-on`, as `path:line:column: rule:
    /// message` (at most [`SHOWN_FINDINGS`]), and how many there are.
    shown: Vec<String>,
    listed: usize,
}

/// Findings listed under an article in the terminal summary; the rest are
/// counted (every one is in `audit.csv`).
const SHOWN_FINDINGS: usize = 20;

/// An article's findings under `--fail-on`, as the terminal lists them:
/// `path:line:column: rule: message`, which editors and terminals open at
/// the place.
fn finding_lines(audit: &ArticleAudit, fail_on: &FailOn) -> (Vec<String>, usize) {
    let failing: Vec<_> = findings(std::slice::from_ref(audit), fail_on)
        .into_iter()
        .filter(|f| f.level == Level::Error)
        .collect();
    let shown = failing
        .iter()
        .take(SHOWN_FINDINGS)
        .map(|f| {
            let rule = f.rule.as_str();
            format!("{}:{}:{}: {rule}: {}", f.path, f.line, f.column, f.message)
        })
        .collect();
    (shown, failing.len())
}

/// The terminal's reporter: prints warnings as articles come, counts, and
/// keeps the failures, a summary line an article when they are printed,
/// and the audits an output needs.
#[derive(Default)]
struct Run {
    audited: usize,
    failing: usize,
    /// Keep a line an article (the text summary prints them).
    keep_lines: bool,
    lines: Vec<ArticleLine>,
    failures: Vec<Failure>,
    audits: Vec<ArticleAudit>,
    keep_all: bool,
    quiet: bool,
    fail_on: FailOn,
    /// Uncited claims that link a web page (`links-cite` off).
    linked_uncited: usize,
}

impl Reporter for Run {
    fn article(&mut self, audit: &ArticleAudit) -> Result<(), report::ReportError> {
        if !self.quiet {
            for message in &audit.warnings {
                eprintln!("warning: {message}");
            }
        }
        let failing = audit.findings(&self.fail_on);
        self.audited += 1;
        self.linked_uncited += audit.linked_uncited;
        self.failing += failing;
        if self.keep_lines {
            let (shown, listed) = match failing {
                0 => (Vec::new(), 0),
                _ => finding_lines(audit, &self.fail_on),
            };
            self.lines.push(ArticleLine {
                article: audit.article.clone(),
                summary: audit.summary,
                marker_lost: audit.marker_lost(),
                failing,
                shown,
                listed,
            });
        }
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
    /// and at the number of articles (idle threads cost memory and time),
    /// but never below one per CPU: the claims and sources of one large
    /// article are checked in parallel too.
    fn for_run(asked: Option<usize>, articles: usize) -> Jobs {
        let cpus = std::thread::available_parallelism().map_or(1, usize::from);
        let cap = cpus * JOBS_PER_CPU;
        let wanted = asked.unwrap_or(cpus);
        Jobs {
            threads: wanted.min(cap).min(articles.max(cpus)),
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

/// The terminal summary (`--format text`): a line an article, totals,
/// where the reports are, the time taken. Other formats were written by
/// their reporters as the articles came.
fn print_text_summary(
    settings: &Settings,
    run: &Run,
    written: &[PathBuf],
    started: Instant,
    bytes: u64,
) -> io::Result<()> {
    if settings.format != OutputFormat::Text || settings.quiet {
        return Ok(());
    }
    print_summary(&run.lines, run.failing, written)?;
    let secs = started.elapsed().as_secs_f64();
    writeln!(
        io::stdout().lock(),
        "time: {secs:.2} s, {:.1} MB/s",
        bytes as f64 / 1e6 / secs.max(1e-9)
    )
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
            "{verdict}  {:width$}  {} claim{}: {} cited, {} uncited ({} marker-lost), {} dangling{}; sources: {} declared, {} cited, {} unused",
            a.article,
            s.claims,
            plural(s.claims),
            s.cited,
            s.uncited,
            a.marker_lost,
            s.dangling,
            checked(s),
            s.sources_declared,
            s.sources_cited,
            s.sources_unused,
        )?;
        for line in &a.shown {
            writeln!(out, "  {line}")?;
        }
        if a.listed > a.shown.len() {
            let more = a.listed - a.shown.len();
            writeln!(
                out,
                "  … and {more} more finding{} (audit.csv lists every one)",
                plural(more)
            )?;
        }
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
        "\n{} article{}: {} sentence{}, {} claim{}, {} cited, {} uncited ({} marker-lost), {} dangling{}; {} finding{} under --fail-on",
        audits.len(),
        plural(audits.len()),
        total.sentences,
        plural(total.sentences),
        total.claims,
        plural(total.claims),
        total.cited,
        total.uncited,
        lost,
        total.dangling,
        checked(&total),
        findings,
        plural(findings),
    )?;
    if written.is_empty() {
        // `--no-reports`: nothing written, nothing to point at.
        return Ok(());
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_articles_findings_are_listed_up_to_a_cap() {
        use citeaudit::read::load::Document;
        // Thirty claims, each citing an undeclared source.
        let text: String = (1..=30)
            .map(|n| format!("Ferry {n} sails at dawn [{n}].\n\n"))
            .collect();
        let doc = Document::from_text("ferries.md", &text);
        let audit = citeaudit::audit::audit_document(
            "ferries.md",
            &doc,
            Format::Markdown,
            &citeaudit::audit::AuditOptions::default(),
        );
        let fail_on: FailOn = citeaudit::model::DEFAULT_FAIL_ON.parse().unwrap();
        let (shown, listed) = finding_lines(&audit, &fail_on);
        assert_eq!(listed, 30);
        assert_eq!(shown.len(), SHOWN_FINDINGS);
        assert_eq!(
            shown[0],
            "ferries.md:1:1: dangling: cites [1], not declared by the article: Ferry 1 sails at dawn."
        );
    }

    #[test]
    fn jobs_are_capped_by_the_machine_and_the_work() {
        let cpus = std::thread::available_parallelism().map_or(1, usize::from);
        let huge = Jobs::for_run(Some(100_000), 1_000_000);
        assert_eq!(huge.threads, cpus * JOBS_PER_CPU);
        assert_eq!(huge.capped_from, Some(100_000));
        let few = Jobs::for_run(Some(8), 3);
        assert_eq!(few.threads, 3.max(cpus).min(8).min(cpus * JOBS_PER_CPU));
        let expected = (8 > cpus * JOBS_PER_CPU).then_some(8);
        assert_eq!(few.capped_from, expected);
        assert_eq!(Jobs::for_run(None, 0).threads, cpus);
        assert_eq!(Jobs::for_run(Some(1), 5).threads, 1);
    }
}
