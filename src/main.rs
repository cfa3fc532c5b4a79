//! The `citeaudit` binary: parse the command line, call the library, print,
//! and map the outcome to an exit code.

use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use citeaudit::audit::{AuditOptions, FailOn, Thresholds, DEFAULT_FAIL_ON};
use citeaudit::load::{decode, load_file, DEFAULT_MAX_FILE_SIZE};
use citeaudit::structure::Format;
use citeaudit::{audit_document, check, report, ArticleAudit};

const EXIT_CODES: &str = "\
Exit codes:
  0  nothing matched --fail-on
  1  findings matched --fail-on
  2  usage error, or an input that could not be read (every other article is still audited)";

#[derive(Parser)]
#[command(
    name = "citeaudit",
    version,
    about = "Audit articles for their citations",
    long_about = "Audit articles for their citations: split each article into sentences, link \
                  every sentence to the numbered sources it cites, flag claims that cite nothing, \
                  and write CSV audit reports.",
    after_help = EXIT_CODES
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Audit articles (files or folders) and write audit.csv, sources.csv and summary.csv.
    #[command(after_help = EXIT_CODES)]
    Check(CheckArgs),
    /// Show how citeaudit reads one article: its sentences, kinds, cited ids and flags.
    #[command(after_help = EXIT_CODES)]
    Sentences(SentencesArgs),
    /// Find statements duplicated across any folder of documents (republished
    /// copies), with no article needed; writes duplicates.csv.
    #[command(
        after_help = "Exit codes:\n  0  done (duplicates are not failures)\n  2  usage error, or a document that could not be read"
    )]
    Duplicates(DuplicatesArgs),
}

#[derive(clap::Args)]
struct DuplicatesArgs {
    /// Documents (.txt, .md, .markdown, .html, .htm) or folders to walk.
    #[arg(required = true, value_name = "PATH")]
    paths: Vec<PathBuf>,
    /// Folder for duplicates.csv (created if missing).
    #[arg(long, value_name = "DIR", default_value = "reports")]
    out: PathBuf,
    /// Character similarity that makes two sentences duplicates.
    #[arg(long, value_name = "SCORE", default_value_t = Thresholds::default().duplicate, value_parser = parse_score)]
    duplicate_threshold: f64,
    /// Refuse files larger than this many bytes.
    #[arg(long, value_name = "BYTES", default_value_t = DEFAULT_MAX_FILE_SIZE)]
    max_file_size: u64,
    /// Print only errors, not the summary.
    #[arg(long, short)]
    quiet: bool,
}

#[derive(clap::Args)]
struct CheckArgs {
    /// Articles (.txt, .md, .markdown) or folders to walk.
    #[arg(required = true, value_name = "PATH")]
    paths: Vec<PathBuf>,
    /// Folder for the reports (created if missing).
    #[arg(long, value_name = "DIR", default_value = "reports")]
    out: PathBuf,
    /// Statuses and flags that fail the run, comma-separated, or `none`.
    /// Statuses: uncited, dangling, cited, supported, partial, unsupported,
    /// misattributed. Flags: marker-lost, citation-needed, verbatim,
    /// number-mismatch, duplicate.
    #[arg(long, value_name = "LIST", default_value = DEFAULT_FAIL_ON, value_parser = parse_fail_on)]
    fail_on: FailOn,
    /// A folder of source texts for every article (after `<article>.sources/`
    /// and a bundle's `sources/`).
    #[arg(long, value_name = "DIR")]
    sources: Option<PathBuf>,
    /// Refuse files (articles and sources) larger than this many bytes.
    #[arg(long, value_name = "BYTES", default_value_t = DEFAULT_MAX_FILE_SIZE)]
    max_file_size: u64,
    /// A cited source scoring at least this supports the claim (`supported`).
    #[arg(long, value_name = "SCORE", default_value_t = Thresholds::default().support, value_parser = parse_score)]
    support_threshold: f64,
    /// A cited score at least this (but under --support-threshold) is `partial`.
    #[arg(long, value_name = "SCORE", default_value_t = Thresholds::default().partial, value_parser = parse_score)]
    partial_threshold: f64,
    /// Character similarity with a source sentence, outside quotation marks,
    /// that flags a claim `verbatim`.
    #[arg(long, value_name = "SCORE", default_value_t = Thresholds::default().verbatim, value_parser = parse_score)]
    verbatim_threshold: f64,
    /// Character similarity that makes two source sentences duplicates.
    #[arg(long, value_name = "SCORE", default_value_t = Thresholds::default().duplicate, value_parser = parse_score)]
    duplicate_threshold: f64,
    /// Also write a self-contained HTML report to FILE (open it in a browser).
    #[arg(long, value_name = "FILE")]
    html: Option<PathBuf>,
    /// Exit 0 even when findings match --fail-on (reports still say pass or
    /// fail); an unreadable input still exits 2.
    #[arg(long)]
    exit_zero: bool,
    /// Print only errors, not the summary.
    #[arg(long, short)]
    quiet: bool,
}

#[derive(Clone, Copy, ValueEnum)]
enum SentencesFormat {
    /// One line per sentence: position, kind, cited ids, flags, text.
    Text,
    /// One JSON object per line: sentence, line, column, kind, cited, flags, text.
    Jsonl,
}

#[derive(Clone, Copy, ValueEnum)]
enum InputFormat {
    /// From the file name: .md and .markdown are Markdown, others plain text.
    Auto,
    Text,
    Markdown,
}

#[derive(clap::Args)]
struct SentencesArgs {
    /// The article, or `-` for standard input.
    #[arg(value_name = "FILE|-")]
    file: PathBuf,
    #[arg(long, value_enum, default_value_t = SentencesFormat::Text)]
    format: SentencesFormat,
    /// How to read the article (standard input is plain text under `auto`).
    #[arg(long = "as", value_enum, default_value_t = InputFormat::Auto)]
    input_format: InputFormat,
    /// Refuse files larger than this many bytes.
    #[arg(long, value_name = "BYTES", default_value_t = DEFAULT_MAX_FILE_SIZE)]
    max_file_size: u64,
}

fn parse_fail_on(s: &str) -> Result<FailOn, String> {
    s.parse()
}

fn parse_score(s: &str) -> Result<f64, String> {
    match s.parse::<f64>() {
        Ok(x) if (0.0..=1.0).contains(&x) => Ok(x),
        _ => Err(format!("'{s}' is not a score from 0 to 1")),
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Check(args) => run_check(&args),
        Command::Sentences(args) => run_sentences(&args),
        Command::Duplicates(args) => run_duplicates(&args),
    };
    match result {
        Ok(code) => ExitCode::from(code),
        // A closed pipe (`| head`) is not an error worth a message.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(2)
        }
    }
}

fn run_check(args: &CheckArgs) -> io::Result<u8> {
    let options = AuditOptions {
        sources_dir: args.sources.clone(),
        thresholds: Thresholds {
            support: args.support_threshold,
            partial: args.partial_threshold,
            verbatim: args.verbatim_threshold,
            duplicate: args.duplicate_threshold,
        },
        max_file_size: args.max_file_size,
    };
    if options.thresholds.partial > options.thresholds.support {
        eprintln!("error: --partial-threshold must not be above --support-threshold");
        return Ok(2);
    }
    if let Some(dir) = args.sources.as_deref().filter(|d| !d.is_dir()) {
        eprintln!("error: {}: --sources is not a folder", dir.display());
        return Ok(2);
    }
    let outcome = check(&args.paths, &options, args.max_file_size);
    for message in &outcome.errors {
        eprintln!("error: {message}");
    }
    if outcome.audits.is_empty() && !outcome.errors.is_empty() {
        // Nothing could be audited: keep any earlier reports as they are.
        return Ok(2);
    }
    let mut written =
        match report::write_reports(&args.out, &outcome.audits, &args.fail_on, &outcome.inputs) {
            Ok(paths) => paths,
            Err(e) => {
                eprintln!("error: {e}");
                return Ok(2);
            }
        };
    if let Some(path) = &args.html {
        match write_html(path, &outcome.audits, &outcome.inputs) {
            Ok(()) => written.push(path.clone()),
            Err(message) => {
                eprintln!("error: {message}");
                return Ok(2);
            }
        }
    }
    let findings: usize = outcome
        .audits
        .iter()
        .map(|a| a.findings(&args.fail_on))
        .sum();
    if !args.quiet {
        print_summary(&outcome.audits, &args.fail_on, findings, &written)?;
    }
    Ok(if !outcome.errors.is_empty() {
        2
    } else if findings > 0 && !args.exit_zero {
        1
    } else {
        0
    })
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

fn run_duplicates(args: &DuplicatesArgs) -> io::Result<u8> {
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

fn run_sentences(args: &SentencesArgs) -> io::Result<u8> {
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
