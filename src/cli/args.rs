//! The command line, and the config file that mirrors it.
//!
//! [`CheckArgs`] is both the clap arguments of `check` and the serde shape of
//! `citeaudit.toml`: every key of the file is an option (`fail-on = "…"` is
//! `--fail-on …`), and the command line wins. Options are `Option`s (or
//! flags, which are or-ed) so that "not given" is visible when merging;
//! [`Settings`] holds the resolved values.

use std::path::{Path, PathBuf};

use clap::builder::TypedValueParser as _;
use clap::{Parser, Subcommand, ValueEnum};
use serde::{Deserialize, Serialize};

use citeaudit::audit::{AuditOptions, CitationScope, Thresholds};
use citeaudit::batch::shard::Shard;
use citeaudit::batch::DEFAULT_BATCH_BOILERPLATE;
use citeaudit::model::{FailOn, DEFAULT_FAIL_ON};
use citeaudit::read::claims::{ExtraRules, Kind};
use citeaudit::read::load::DEFAULT_MAX_FILE_SIZE;

pub const EXIT_CODES: &str = "\
Exit codes:
  0  nothing matched --fail-on
  1  findings matched --fail-on
  2  usage error, or an input that could not be read (every other article is still audited)";

/// The config file looked for in the current folder and its parents.
pub const CONFIG_FILE: &str = "citeaudit.toml";

#[derive(Parser)]
#[command(
    name = "citeaudit",
    version,
    about = "Audit articles for their citations",
    long_about = "Audit articles for their citations: split each article into sentences, link \
                  every sentence to the numbered sources it cites, flag claims that cite nothing, \
                  check claims against the text of their sources, and write CSV audit reports.",
    after_help = EXIT_CODES
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand)]
pub enum Command {
    /// Audit articles (files or folders) and write audit.csv, sources.csv,
    /// summary.csv and duplicates.csv.
    #[command(after_help = EXIT_CODES)]
    Check(Box<CheckArgs>),
    /// Show how citeaudit reads one article: its sentences, kinds, cited ids and flags.
    #[command(after_help = EXIT_CODES)]
    Sentences(SentencesArgs),
    /// Find statements duplicated across any folder of documents (republished
    /// copies), with no article needed; writes duplicates.csv.
    #[command(
        after_help = "Exit codes:\n  0  done (duplicates are not failures)\n  2  usage error, or a document that could not be read"
    )]
    Duplicates(DuplicatesArgs),
    /// Merge the report folders of a sharded run (`check --shard K/N`) into
    /// the reports one run would have written.
    #[command(
        after_help = "Example:\n  citeaudit check corpus --write-boilerplate-keys keys.txt\n  citeaudit check corpus --shard 1/3 --boilerplate-keys keys.txt --out shard-1   (and 2/3, 3/3)\n  citeaudit merge shard-1 shard-2 shard-3 --out reports\n\nThe exit code is the merged run's, as `check` gives it: shards can run with --exit-zero and leave the verdict to the merge.\n\nExit codes:\n  0  merged; no article failed (or --exit-zero)\n  1  an article failed (findings under the shards' --fail-on)\n  2  an article could not be audited; or a folder that is not a shard's reports, an article in two shards, or a write error"
    )]
    Merge(MergeArgs),
    /// Print a shell completion script (bash, zsh, fish, elvish, powershell).
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the man page (roff) on standard output.
    Man,
}

/// How `check` prints its results on standard output.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, ValueEnum, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum OutputFormat {
    /// A line per article, then totals (for people).
    #[default]
    Text,
    /// One JSON document: articles, summaries, findings.
    Json,
    /// One JSON object per finding.
    Jsonl,
    /// GitHub workflow annotations (`::error file=…,line=…,col=…::…`).
    Github,
    /// SARIF 2.1.0, for code scanning.
    Sarif,
    /// A Markdown table and findings, for a PR comment or job summary.
    Markdown,
}

#[derive(clap::Args, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields, rename_all = "kebab-case")]
pub struct CheckArgs {
    /// Articles (.txt, .md, .markdown, .qmd, .Rmd; an HTML page named here is read as
    /// HTML) or folders to walk (for those but HTML); `-` reads one
    /// article from standard input.
    #[arg(value_name = "PATH")]
    #[serde(skip)]
    pub paths: Vec<PathBuf>,
    /// Read more paths from FILE, one a line (`-` for standard input).
    #[arg(long, value_name = "FILE")]
    #[serde(skip)]
    pub files_from: Option<PathBuf>,
    /// Print the articles that would be checked, and stop.
    #[arg(long)]
    #[serde(skip)]
    pub list_inputs: bool,
    /// Only audit articles (or articles whose sources) changed since this git
    /// revision.
    #[arg(long, value_name = "REV")]
    #[serde(skip)]
    pub changed_since: Option<String>,
    /// How to read an article from standard input (`-`): text, markdown or
    /// html [default: text].
    #[arg(long, value_enum, value_name = "FORMAT")]
    #[serde(skip)]
    pub stdin_as: Option<StdinFormat>,
    /// Read settings from FILE instead of the nearest citeaudit.toml.
    #[arg(long, value_name = "FILE")]
    #[serde(skip)]
    pub config: Option<PathBuf>,
    /// Print the settings in force (config file and options merged) as TOML,
    /// and stop.
    #[arg(long)]
    #[serde(skip)]
    pub dump_config: bool,

    /// Folder for the reports (created if missing) [default: reports].
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
    /// Do not write the CSV reports.
    #[arg(long, overrides_with = "reports")]
    pub no_reports: bool,
    /// Write the CSV reports (undoes `no-reports` from citeaudit.toml).
    #[arg(long, overrides_with = "no_reports")]
    #[serde(skip)]
    pub reports: bool,
    /// Also write a self-contained HTML report to FILE.
    #[arg(long, value_name = "FILE")]
    pub html: Option<PathBuf>,
    /// Also write the Markdown summary to FILE (for a CI job summary).
    #[arg(long, value_name = "FILE")]
    pub markdown: Option<PathBuf>,
    /// What to print on standard output [default: text].
    #[arg(long, value_enum)]
    pub format: Option<OutputFormat>,
    /// Rules that fail the run, comma-separated, or `none`. Statuses:
    /// uncited, dangling, partial, unsupported, misattributed. Flags:
    /// marker-lost, citation-needed, verbatim, number-mismatch, duplicate
    /// [default: dangling,unsupported,misattributed].
    #[arg(long, value_name = "LIST")]
    pub fail_on: Option<String>,
    /// Exit 0 even when findings match --fail-on (reports still say pass or
    /// fail); an unreadable input still exits 2.
    #[arg(long, overrides_with = "no_exit_zero")]
    pub exit_zero: bool,
    /// Exit 1 on findings again (undoes `exit-zero` from citeaudit.toml).
    #[arg(long, overrides_with = "exit_zero")]
    #[serde(skip)]
    pub no_exit_zero: bool,
    /// Report only findings that are not in this baseline file.
    #[arg(long, value_name = "FILE")]
    pub baseline: Option<PathBuf>,
    /// Record today's findings in FILE (JSON), to adopt citeaudit on an
    /// existing archive with --baseline.
    #[arg(long, value_name = "FILE")]
    #[serde(skip)]
    pub write_baseline: Option<PathBuf>,

    /// Audit only shard K of N (1/N to N/N): the articles whose name hashes
    /// there. Run every K on its own machine, then `citeaudit merge` the
    /// report folders. Pass --boilerplate-keys so the shards need not all
    /// read the whole batch for batch boilerplate.
    #[arg(long, value_name = "K/N", value_parser = shard_parser)]
    #[serde(skip)]
    pub shard: Option<Shard>,
    /// Read the whole batch once, write the keys of its batch-boilerplate
    /// sentences to FILE, and stop (no audit): the shared pre-pass of a
    /// sharded run.
    #[arg(long, value_name = "FILE", conflicts_with_all = ["shard", "boilerplate_keys"])]
    #[serde(skip)]
    pub write_boilerplate_keys: Option<PathBuf>,
    /// Batch-boilerplate keys written by --write-boilerplate-keys (with the
    /// same --batch-boilerplate), used instead of this run's own pre-pass.
    #[arg(long, value_name = "FILE")]
    #[serde(skip)]
    pub boilerplate_keys: Option<PathBuf>,

    /// A folder of source texts for every article (after `<article>.sources/`
    /// and a bundle's `sources/`).
    #[arg(long, value_name = "DIR")]
    pub sources: Option<PathBuf>,
    /// Only check paths matching these globs (relative to the folder given).
    #[arg(long, value_name = "GLOB")]
    pub include: Vec<String>,
    /// Skip paths matching these globs.
    #[arg(long, value_name = "GLOB")]
    pub exclude: Vec<String>,
    /// Apply --include/--exclude to paths named on the command line too (for
    /// pre-commit, which passes files one by one).
    #[arg(long, overrides_with = "no_force_exclude")]
    pub force_exclude: bool,
    /// Undoes `force-exclude` from citeaudit.toml.
    #[arg(long, overrides_with = "force_exclude")]
    #[serde(skip)]
    pub no_force_exclude: bool,
    /// Walk hidden files and folders too.
    #[arg(long, overrides_with = "no_hidden")]
    pub hidden: bool,
    /// Skip hidden files and folders (undoes `hidden` from citeaudit.toml).
    #[arg(long, overrides_with = "hidden")]
    #[serde(skip)]
    pub no_hidden: bool,
    /// Do not respect .gitignore and .ignore files.
    #[arg(long, overrides_with = "ignore")]
    pub no_ignore: bool,
    /// Respect .gitignore and .ignore files (undoes `no-ignore`).
    #[arg(long, overrides_with = "no_ignore")]
    #[serde(skip)]
    pub ignore: bool,
    /// Refuse files (articles and sources) larger than this many bytes
    /// [default: 67108864].
    #[arg(long, value_name = "BYTES")]
    pub max_file_size: Option<u64>,
    /// Articles audited at once [default: the number of CPUs].
    #[arg(long, short, value_name = "N")]
    pub jobs: Option<usize>,
    /// No progress bar (it is only drawn when stderr is a terminal anyway).
    #[arg(long, overrides_with = "progress")]
    pub no_progress: bool,
    /// Draw the progress bar on a terminal (undoes `no-progress`).
    #[arg(long, overrides_with = "no_progress")]
    #[serde(skip)]
    pub progress: bool,
    /// Print only errors.
    #[arg(long, short, overrides_with = "no_quiet")]
    pub quiet: bool,
    /// Print the summary again (undoes `quiet` from citeaudit.toml).
    #[arg(long, overrides_with = "quiet")]
    #[serde(skip)]
    pub no_quiet: bool,

    /// A cited score (the probability that the source supports the claim) at
    /// least this makes the claim supported [default: 0.805, the trained
    /// threshold].
    #[arg(long, value_name = "SCORE", value_parser = parse_score)]
    pub support_threshold: Option<f64>,
    /// A cited score at least this (under the support threshold) is partial
    /// [default: 0.5].
    #[arg(long, value_name = "SCORE", value_parser = parse_score)]
    pub partial_threshold: Option<f64>,
    /// Character similarity with a source sentence, outside quotation marks,
    /// that flags a claim verbatim [default: 0.9].
    #[arg(long, value_name = "SCORE", value_parser = parse_score)]
    pub verbatim_threshold: Option<f64>,
    /// Character similarity that makes two source sentences duplicates
    /// [default: 0.85].
    #[arg(long, value_name = "SCORE", value_parser = parse_score)]
    pub duplicate_threshold: Option<f64>,
    /// In a batch, a sentence found in at least N articles is boilerplate; 0
    /// turns this off [default: 5].
    #[arg(long, value_name = "N")]
    pub batch_boilerplate: Option<usize>,
    /// Sentence kinds audited as claims [default: claim].
    #[arg(long, value_delimiter = ',', value_name = "KINDS", value_parser = kind_parser())]
    pub claim_kinds: Option<Vec<Kind>>,
    /// Extra openings that make a sentence a caption (case-insensitive).
    #[arg(long, value_name = "PREFIX")]
    pub caption_prefixes: Vec<String>,
    /// Extra openings that make a sentence boilerplate (case-insensitive).
    #[arg(long, value_name = "PREFIX")]
    pub boilerplate_prefixes: Vec<String>,
    /// Does a marker cover its sentence only, or also the earlier uncited
    /// sentences of its paragraph [default: sentence].
    #[arg(long, value_parser = scope_parser())]
    pub citation_scope: Option<CitationScope>,
    /// Count a claim's links to web pages as its citations (`[text](https://…)`,
    /// `<a href="https://…">`, a bare https:// address): each linked URL is a
    /// source, whose text is read from the file a `sources.csv` row with
    /// that url names. For articles that cite by linking, as most web pages
    /// do; off by default, where only markers cite.
    #[arg(long, overrides_with = "no_links_cite")]
    pub links_cite: bool,
    /// Only markers cite (undoes `links-cite` from citeaudit.toml).
    #[arg(long, overrides_with = "links_cite")]
    #[serde(skip)]
    pub no_links_cite: bool,
}

// The library's enums know nothing of clap: their names come from their own
// `ALL` and `as_str`, parsed back with `FromStr`.
fn kind_parser() -> impl clap::builder::TypedValueParser<Value = Kind> {
    clap::builder::PossibleValuesParser::new(Kind::ALL.map(Kind::as_str))
        .map(|s| s.parse::<Kind>().expect("a listed kind"))
}

fn shard_parser(text: &str) -> Result<Shard, String> {
    text.parse()
}

fn scope_parser() -> impl clap::builder::TypedValueParser<Value = CitationScope> {
    clap::builder::PossibleValuesParser::new(CitationScope::ALL.map(CitationScope::as_str))
        .map(|s| s.parse::<CitationScope>().expect("a listed scope"))
}

pub fn parse_score(s: &str) -> Result<f64, String> {
    match s.parse::<f64>() {
        Ok(x) if (0.0..=1.0).contains(&x) => Ok(x),
        _ => Err(format!("'{s}' is not a score from 0 to 1")),
    }
}

#[derive(clap::Args)]
pub struct SentencesArgs {
    /// The article, or `-` for standard input.
    #[arg(value_name = "FILE|-")]
    pub file: PathBuf,
    #[arg(long, value_enum, default_value_t = SentencesFormat::Text)]
    pub format: SentencesFormat,
    /// How to read the article (standard input is plain text under `auto`).
    #[arg(long = "as", value_enum, default_value_t = InputFormat::Auto)]
    pub input_format: InputFormat,
    /// Refuse files larger than this many bytes.
    #[arg(long, value_name = "BYTES", default_value_t = DEFAULT_MAX_FILE_SIZE)]
    pub max_file_size: u64,
    /// Read settings from this file instead of the nearest citeaudit.toml
    /// (the same settings `check` reads, so both give the same kinds).
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Count a claim's links to web pages as its citations, as `check
    /// --links-cite` does (also `links-cite = true` in the config).
    #[arg(long)]
    pub links_cite: bool,
}

#[derive(Clone, Copy, ValueEnum)]
pub enum SentencesFormat {
    /// One line per sentence: position, kind, cited ids, flags, text.
    Text,
    /// One JSON object per line: sentence, line, column, kind, cited, flags, text.
    Jsonl,
}

/// How `check` reads an article from standard input.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum StdinFormat {
    Text,
    Markdown,
    Html,
}

#[derive(Clone, Copy, ValueEnum)]
pub enum InputFormat {
    /// From the file name: .md, .markdown, .qmd and .Rmd are Markdown, .html and .htm
    /// HTML, others plain text.
    Auto,
    Text,
    Markdown,
    Html,
}

#[derive(clap::Args)]
pub struct MergeArgs {
    /// The report folders of the shards (each with audit.csv, sources.csv,
    /// summary.csv and duplicates.csv).
    #[arg(required = true, value_name = "DIR")]
    pub dirs: Vec<PathBuf>,
    /// Folder for the merged reports (created if missing).
    #[arg(long, value_name = "DIR", default_value = "reports")]
    pub out: PathBuf,
    /// Exit 0 even when articles failed (the merged reports still say so).
    #[arg(long)]
    pub exit_zero: bool,
    /// Print only errors.
    #[arg(long, short)]
    pub quiet: bool,
}

#[derive(clap::Args)]
pub struct DuplicatesArgs {
    /// Documents (.txt, .md, .markdown, .qmd, .Rmd, .html, .htm) or folders to walk.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Folder for duplicates.csv (created if missing).
    #[arg(long, value_name = "DIR", default_value = "reports")]
    pub out: PathBuf,
    /// Character similarity that makes two sentences duplicates.
    #[arg(long, value_name = "SCORE", default_value_t = Thresholds::default().duplicate, value_parser = parse_score)]
    pub duplicate_threshold: f64,
    /// Refuse files larger than this many bytes.
    #[arg(long, value_name = "BYTES", default_value_t = DEFAULT_MAX_FILE_SIZE)]
    pub max_file_size: u64,
    /// Print only errors, not the summary.
    #[arg(long, short)]
    pub quiet: bool,
}

/// The nearest `citeaudit.toml` from `start` upwards, relative to `start`
/// when it is there (so messages name it as the user would).
pub fn find_config(start: &Path) -> Option<PathBuf> {
    let found = start
        .ancestors()
        .map(|dir| dir.join(CONFIG_FILE))
        .find(|p| p.is_file())?;
    Some(
        found
            .strip_prefix(start)
            .map_or(found.clone(), Path::to_path_buf),
    )
}

/// Reads a config file; errors name the file, line and key.
pub fn read_config(path: &Path) -> Result<CheckArgs, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("{}: cannot read: {e}", path.display()))?;
    let mut config = parse_config(path, &text)?;
    // Paths in a config file are relative to the file's folder, wherever
    // citeaudit runs from (a team's config in the repository root serves
    // every subfolder).
    let base = path.parent().unwrap_or(Path::new(""));
    if !base.as_os_str().is_empty() {
        let rebase = |p: &mut Option<PathBuf>| {
            if let Some(p) = p.as_mut().filter(|p| p.is_relative()) {
                *p = base.join(&*p);
            }
        };
        rebase(&mut config.out);
        rebase(&mut config.html);
        rebase(&mut config.markdown);
        rebase(&mut config.baseline);
        rebase(&mut config.sources);
    }
    Ok(config)
}

fn parse_config(path: &Path, text: &str) -> Result<CheckArgs, String> {
    toml::from_str(text).map_err(|e| {
        let Some(span) = e.span() else {
            return format!("{}: {}", path.display(), e.message());
        };
        let start = span.start.min(text.len());
        let line = text[..start].matches('\n').count() + 1;
        // The key of the offending line, so the message names it even when
        // the problem is the value.
        let line_text = text.lines().nth(line - 1).unwrap_or("");
        let key = line_text.split('=').next().unwrap_or("").trim();
        let key = if key.is_empty() || key.starts_with('[') {
            String::new()
        } else {
            format!(" (key `{key}`)")
        };
        // serde names the unknown key, then the known ones, in backticks:
        // a close one is suggested right after the unknown key.
        let mut message = e.message().to_string();
        if let Some((unknown, known)) = message.split_once("expected") {
            if unknown.starts_with("unknown field") {
                let field = unknown.split('`').nth(1).unwrap_or("");
                let hint =
                    citeaudit::model::did_you_mean(field, known.split('`').skip(1).step_by(2));
                message = message.replacen(&format!("`{field}`,"), &format!("`{field}`{hint},"), 1);
            }
        }
        format!("{}:{line}{key}: {message}", path.display())
    })
}

/// Settings after merging the command line over the config file over the
/// defaults.
pub struct Settings {
    pub out: PathBuf,
    pub no_reports: bool,
    pub html: Option<PathBuf>,
    pub markdown: Option<PathBuf>,
    pub format: OutputFormat,
    pub fail_on: FailOn,
    pub exit_zero: bool,
    pub baseline: Option<PathBuf>,
    pub include: Vec<String>,
    pub exclude: Vec<String>,
    pub force_exclude: bool,
    pub hidden: bool,
    pub no_ignore: bool,
    pub jobs: Option<usize>,
    pub no_progress: bool,
    pub quiet: bool,
    pub batch_boilerplate: usize,
    pub audit: AuditOptions,
}

impl CheckArgs {
    /// The command line (`self`) over `config`.
    pub fn merge(self, config: CheckArgs) -> CheckArgs {
        fn list<T>(cli: Vec<T>, config: Vec<T>) -> Vec<T> {
            if cli.is_empty() {
                config
            } else {
                cli
            }
        }
        CheckArgs {
            paths: self.paths,
            files_from: self.files_from,
            list_inputs: self.list_inputs,
            changed_since: self.changed_since,
            stdin_as: self.stdin_as,
            config: self.config,
            dump_config: self.dump_config,
            write_baseline: self.write_baseline,
            shard: self.shard,
            write_boilerplate_keys: self.write_boilerplate_keys,
            boilerplate_keys: self.boilerplate_keys,
            out: self.out.or(config.out),
            // A flag's twin (`--no-exit-zero`) on the command line wins over
            // the config file; the flag itself, over the default.
            no_reports: !self.reports && (self.no_reports || config.no_reports),
            reports: false,
            html: self.html.or(config.html),
            markdown: self.markdown.or(config.markdown),
            format: self.format.or(config.format),
            fail_on: self.fail_on.or(config.fail_on),
            exit_zero: !self.no_exit_zero && (self.exit_zero || config.exit_zero),
            no_exit_zero: false,
            baseline: self.baseline.or(config.baseline),
            sources: self.sources.or(config.sources),
            include: list(self.include, config.include),
            exclude: list(self.exclude, config.exclude),
            force_exclude: !self.no_force_exclude && (self.force_exclude || config.force_exclude),
            no_force_exclude: false,
            hidden: !self.no_hidden && (self.hidden || config.hidden),
            no_hidden: false,
            no_ignore: !self.ignore && (self.no_ignore || config.no_ignore),
            ignore: false,
            max_file_size: self.max_file_size.or(config.max_file_size),
            jobs: self.jobs.or(config.jobs),
            no_progress: !self.progress && (self.no_progress || config.no_progress),
            progress: false,
            quiet: !self.no_quiet && (self.quiet || config.quiet),
            no_quiet: false,
            support_threshold: self.support_threshold.or(config.support_threshold),
            partial_threshold: self.partial_threshold.or(config.partial_threshold),
            verbatim_threshold: self.verbatim_threshold.or(config.verbatim_threshold),
            duplicate_threshold: self.duplicate_threshold.or(config.duplicate_threshold),
            batch_boilerplate: self.batch_boilerplate.or(config.batch_boilerplate),
            claim_kinds: self.claim_kinds.or(config.claim_kinds),
            caption_prefixes: list(self.caption_prefixes, config.caption_prefixes),
            boilerplate_prefixes: list(self.boilerplate_prefixes, config.boilerplate_prefixes),
            citation_scope: self.citation_scope.or(config.citation_scope),
            links_cite: !self.no_links_cite && (self.links_cite || config.links_cite),
            no_links_cite: false,
        }
    }

    /// Fills in defaults, so `--dump-config` shows every setting.
    pub fn with_defaults(mut self) -> CheckArgs {
        let t = Thresholds::default();
        self.out.get_or_insert_with(|| PathBuf::from("reports"));
        self.format.get_or_insert(OutputFormat::Text);
        self.fail_on
            .get_or_insert_with(|| DEFAULT_FAIL_ON.to_string());
        self.max_file_size.get_or_insert(DEFAULT_MAX_FILE_SIZE);
        self.support_threshold.get_or_insert(t.support);
        self.partial_threshold.get_or_insert(t.partial);
        self.verbatim_threshold.get_or_insert(t.verbatim);
        self.duplicate_threshold.get_or_insert(t.duplicate);
        self.batch_boilerplate
            .get_or_insert(DEFAULT_BATCH_BOILERPLATE);
        self.claim_kinds.get_or_insert_with(|| vec![Kind::Claim]);
        self.citation_scope.get_or_insert(CitationScope::Sentence);
        self
    }

    /// Checks and resolves the merged, defaulted arguments.
    pub fn settings(&self) -> Result<Settings, String> {
        let fail_on: FailOn = self
            .fail_on
            .as_deref()
            .unwrap_or(DEFAULT_FAIL_ON)
            .parse()
            .map_err(|e| format!("--fail-on: {e}"))?;
        let t = Thresholds::default();
        let thresholds = Thresholds {
            support: self.support_threshold.unwrap_or(t.support),
            partial: self.partial_threshold.unwrap_or(t.partial),
            verbatim: self.verbatim_threshold.unwrap_or(t.verbatim),
            duplicate: self.duplicate_threshold.unwrap_or(t.duplicate),
        };
        for (name, x) in [
            ("support-threshold", thresholds.support),
            ("partial-threshold", thresholds.partial),
            ("verbatim-threshold", thresholds.verbatim),
            ("duplicate-threshold", thresholds.duplicate),
        ] {
            parse_score(&x.to_string()).map_err(|e| format!("--{name}: {e}"))?;
        }
        if thresholds.partial > thresholds.support {
            return Err("--partial-threshold must not be above --support-threshold".into());
        }
        if let Some(dir) = self.sources.as_deref().filter(|d| !d.is_dir()) {
            return Err(format!("{}: --sources is not a folder", dir.display()));
        }
        if self.jobs == Some(0) {
            return Err("--jobs must be at least 1".into());
        }
        for glob in self.include.iter().chain(&self.exclude) {
            globset::Glob::new(glob).map_err(|e| format!("bad glob '{glob}': {e}"))?;
        }
        let max_file_size = self.max_file_size.unwrap_or(DEFAULT_MAX_FILE_SIZE);
        Ok(Settings {
            out: self.out.clone().unwrap_or_else(|| PathBuf::from("reports")),
            no_reports: self.no_reports,
            html: self.html.clone(),
            markdown: self.markdown.clone(),
            format: self.format.unwrap_or_default(),
            fail_on,
            exit_zero: self.exit_zero,
            baseline: self.baseline.clone(),
            include: self.include.clone(),
            exclude: self.exclude.clone(),
            force_exclude: self.force_exclude,
            hidden: self.hidden,
            no_ignore: self.no_ignore,
            jobs: self.jobs,
            no_progress: self.no_progress,
            quiet: self.quiet,
            batch_boilerplate: self.batch_boilerplate.unwrap_or(DEFAULT_BATCH_BOILERPLATE),
            audit: AuditOptions {
                sources_dir: self.sources.clone(),
                provider: None,
                thresholds,
                max_file_size,
                claim_kinds: self
                    .claim_kinds
                    .clone()
                    .unwrap_or_else(|| vec![Kind::Claim]),
                rules: ExtraRules {
                    captions: self.caption_prefixes.clone(),
                    boilerplate: self.boilerplate_prefixes.clone(),
                },
                scope: self.citation_scope.unwrap_or_default(),
                links_cite: self.links_cite,
                repeated: Default::default(),
            },
        })
    }
}
