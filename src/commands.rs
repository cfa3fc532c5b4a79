//! What each command does: read the settings, call the library, print, and
//! return the exit code.

use std::io::{self, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::time::Instant;

use rayon::prelude::*;

use citeaudit::audit::{AuditOptions, FailOn};
use citeaudit::batch::{self, Baseline};
use citeaudit::check::{audit_input, changed_since, CheckOutcome};
use citeaudit::inputs::{collect_with, Collect, Input, WalkOptions};
use citeaudit::load::{decode, load_file};
use citeaudit::output;
use citeaudit::structure::Format;
use citeaudit::{audit_document, report, ArticleAudit};

use crate::cli::{
    find_config, read_config, CheckArgs, DuplicatesArgs, InputFormat, OutputFormat, SentencesArgs,
    SentencesFormat, Settings,
};

/// A usage or input problem: printed as `error: …`, exit 2.
fn fail(message: impl std::fmt::Display) -> io::Result<u8> {
    eprintln!("error: {message}");
    Ok(2)
}

pub fn run_check(args: CheckArgs) -> io::Result<u8> {
    let started = Instant::now();
    // The command line over the config file over the defaults.
    let config_path = match &args.config {
        Some(path) => Some(path.clone()),
        None => std::env::current_dir().ok().and_then(|d| find_config(&d)),
    };
    let config = match &config_path {
        Some(path) => match read_config(path) {
            Ok(config) => config,
            Err(message) => return fail(message),
        },
        None => CheckArgs::default(),
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

    let mut outcome = CheckOutcome {
        inputs: inputs.iter().map(|i| i.path.clone()).collect(),
        errors: walk_errors.iter().map(ToString::to_string).collect(),
        ..CheckOutcome::default()
    };
    if stdin_article {
        outcome.add(audit_stdin(&settings.audit));
    }
    let results = match audit_all(&inputs, &settings) {
        Ok(results) => results,
        Err(message) => return fail(message),
    };
    for result in results {
        outcome.add(result);
    }
    for message in &outcome.errors {
        eprintln!("error: {message}");
    }
    if outcome.audits.is_empty() && !outcome.errors.is_empty() {
        // Nothing could be audited: keep any earlier reports as they are.
        return Ok(2);
    }
    let bytes: u64 = inputs
        .iter()
        .filter_map(|i| std::fs::metadata(&i.path).ok())
        .map(|m| m.len())
        .sum();
    batch::mark_repeated(&mut outcome.audits, settings.batch_boilerplate);
    if let Some(path) = &settings.baseline {
        match Baseline::read(path) {
            Ok(baseline) => {
                baseline.apply(&mut outcome.audits);
            }
            Err(message) => return fail(message),
        }
    }
    if let Some(path) = &args.write_baseline {
        let text = Baseline::record(&outcome.audits).to_json();
        if let Err(e) = report::write_atomically(path, text.as_bytes()) {
            return fail(format!("{}: cannot write baseline: {e}", display(path)));
        }
    }
    match write_outputs(&settings, &outcome) {
        Ok(written) => {
            let findings = output::findings(&outcome.audits, &settings.fail_on);
            let failing: usize = outcome
                .audits
                .iter()
                .map(|a| a.findings(&settings.fail_on))
                .sum();
            print_results(
                &settings,
                &outcome.audits,
                &findings,
                failing,
                &written,
                started,
                bytes,
            )?;
            Ok(if !outcome.errors.is_empty() {
                2
            } else if failing > 0 && !settings.exit_zero {
                1
            } else {
                0
            })
        }
        Err(message) => fail(message),
    }
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

fn audit_stdin(options: &AuditOptions) -> Result<ArticleAudit, String> {
    let mut bytes = Vec::new();
    io::stdin()
        .read_to_end(&mut bytes)
        .map_err(|e| format!("standard input: {e}"))?;
    let doc = decode(Path::new("-"), &bytes, options.max_file_size).map_err(|e| e.to_string())?;
    Ok(audit_document("-", &doc, Format::PlainText, options))
}

/// Audits the inputs on `--jobs` threads, in input order, with a progress bar
/// on a terminal.
fn audit_all(
    inputs: &[Input],
    settings: &Settings,
) -> Result<Vec<Result<ArticleAudit, String>>, String> {
    let mut pool = rayon::ThreadPoolBuilder::new();
    if let Some(jobs) = settings.jobs {
        pool = pool.num_threads(jobs);
    }
    let pool = pool
        .build()
        .map_err(|e| format!("cannot start {} threads: {e}", settings.jobs.unwrap_or(0)))?;
    let show =
        !settings.quiet && !settings.no_progress && io::stderr().is_terminal() && inputs.len() > 1;
    let bar = if show {
        let bar = indicatif::ProgressBar::new(inputs.len() as u64);
        let style = indicatif::ProgressStyle::with_template(
            "{bar:30} {pos}/{len} articles  {per_sec}  eta {eta}",
        )
        .expect("valid template");
        bar.set_style(style);
        bar
    } else {
        indicatif::ProgressBar::hidden()
    };
    let results = pool.install(|| {
        inputs
            .par_iter()
            .map(|input| {
                let result = audit_input(input, &settings.audit);
                bar.inc(1);
                result
            })
            .collect()
    });
    bar.finish_and_clear();
    Ok(results)
}

/// The report files: CSV (unless `--no-reports`), HTML and Markdown.
fn write_outputs(settings: &Settings, outcome: &CheckOutcome) -> Result<Vec<PathBuf>, String> {
    let mut written = Vec::new();
    if !settings.no_reports {
        written = report::write_reports(
            &settings.out,
            &outcome.audits,
            &settings.fail_on,
            &outcome.inputs,
        )
        .map_err(|e| e.to_string())?;
    }
    if let Some(path) = &settings.html {
        write_html(path, &outcome.audits, &outcome.inputs)?;
        written.push(path.clone());
    }
    if let Some(path) = &settings.markdown {
        let findings = output::findings(&outcome.audits, &settings.fail_on);
        let text = output::markdown(&outcome.audits, &findings, &settings.fail_on);
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir)
                .map_err(|e| format!("{}: cannot write: {e}", display(path)))?;
        }
        report::write_atomically(path, text.as_bytes())
            .map_err(|e| format!("{}: cannot write: {e}", display(path)))?;
        written.push(path.clone());
    }
    Ok(written)
}

fn print_results(
    settings: &Settings,
    audits: &[ArticleAudit],
    findings: &[output::Finding<'_>],
    failing: usize,
    written: &[PathBuf],
    started: Instant,
    bytes: u64,
) -> io::Result<()> {
    let fail_on = &settings.fail_on;
    let text = match settings.format {
        OutputFormat::Text => {
            if !settings.quiet {
                print_summary(audits, fail_on, failing, written)?;
                let secs = started.elapsed().as_secs_f64();
                writeln!(
                    io::stdout().lock(),
                    "time: {secs:.2} s, {:.1} MB/s",
                    bytes as f64 / 1e6 / secs.max(1e-9)
                )?;
            }
            return Ok(());
        }
        OutputFormat::Json => output::json(audits, findings, fail_on),
        OutputFormat::Jsonl => output::jsonl(findings),
        OutputFormat::Github => output::github(findings),
        OutputFormat::Sarif => output::sarif(findings, fail_on),
        OutputFormat::Markdown => output::markdown(audits, findings, fail_on),
    };
    let mut out = io::stdout().lock();
    out.write_all(text.as_bytes())?;
    out.flush()
}

/// Writes the HTML report atomically, never over an input of the run.
fn write_html(path: &Path, audits: &[ArticleAudit], inputs: &[PathBuf]) -> Result<(), String> {
    let target = path.canonicalize().ok();
    let is_input = |t: &PathBuf| {
        inputs
            .iter()
            .any(|i| i.canonicalize().ok().as_ref() == Some(t))
    };
    if target.as_ref().is_some_and(is_input) {
        return Err(format!(
            "{}: refusing to overwrite an input of this run; choose another --html",
            display(path)
        ));
    }
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)
            .map_err(|e| format!("{}: cannot write: {e}", display(path)))?;
    }
    let page = citeaudit::html::render(audits);
    report::write_atomically(path, page.as_bytes())
        .map_err(|e| format!("{}: cannot write: {e}", display(path)))
}

fn print_summary(
    audits: &[ArticleAudit],
    fail_on: &FailOn,
    findings: usize,
    written: &[PathBuf],
) -> io::Result<()> {
    let mut out = io::stdout().lock();
    let width = audits
        .iter()
        .map(|a| a.article.chars().count())
        .max()
        .unwrap_or(0);
    let mut total = citeaudit::audit::Summary::default();
    let mut lost = 0;
    for a in audits {
        let s = &a.summary;
        let verdict = if a.findings(fail_on) > 0 {
            "FAIL"
        } else {
            "pass"
        };
        writeln!(
            out,
            "{verdict}  {:width$}  {} claims: {} cited, {} uncited ({} marker-lost), {} dangling{}; sources: {} declared, {} cited, {} unused",
            a.article,
            s.claims,
            s.cited,
            s.uncited,
            a.marker_lost(),
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
        lost += a.marker_lost();
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
fn checked(s: &citeaudit::audit::Summary) -> String {
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
        citeaudit::duplicates::scan(&args.paths, args.duplicate_threshold, args.max_file_size);
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
        let mut bytes = Vec::new();
        io::stdin().read_to_end(&mut bytes)?;
        decode(Path::new("<stdin>"), &bytes, args.max_file_size)
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
    let audit = audit_document(&name, &doc, format, &AuditOptions::default());
    let mut out = io::BufWriter::new(io::stdout().lock());
    for s in &audit.sentences {
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
    out.flush()?;
    Ok(0)
}
