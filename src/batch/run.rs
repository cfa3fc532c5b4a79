//! The one batch loop: every caller (the `check` command, [`check`], a
//! library user) audits a run through [`run`], so all get the same verdicts.
//!
//! The loop: batch-boilerplate pre-pass (which keeps each article as read,
//! see [`crate::batch::drafts`]) → articles finished in chunks on a worker
//! pool, each inside the panic guard → baseline → every [`Reporter`], in
//! input order. A chunk's audits are dropped once reported, so memory is
//! bounded by the chunk, not the run (unless a reporter keeps them).

use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::audit::{audit_document, finish_audit, AuditOptions};
use crate::batch::baseline::Baseline;
use crate::batch::boilerplate::repeated_in;
use crate::batch::drafts::{DraftReader, DraftWriter};
use crate::batch::guard::{guarded, Panicked};
use crate::batch::inputs::{collect_inputs, Input, InputError};
use crate::hash::KeySet;
use crate::model::ArticleAudit;
use crate::read::format::Format;
use crate::read::load::{load_file, DisplayPath, Document, LoadError};
use crate::report::formats::Failure;
use crate::report::{Collected, ReportError, Reporter};

/// Why one article has no audit.
#[derive(Debug, thiserror::Error)]
pub enum ArticleError {
    #[error(transparent)]
    Load(#[from] LoadError),
    #[error(transparent)]
    Internal(#[from] Panicked),
}

/// What a run audits.
#[derive(Debug, Default)]
pub struct Batch {
    /// The articles, in report order.
    pub inputs: Vec<Input>,
    /// Paths that could not be walked (reported first).
    pub walk_errors: Vec<InputError>,
    /// An article read from standard input (or why it could not be),
    /// audited before the files, named `-`.
    pub stdin: Option<Result<Document, LoadError>>,
    /// How the standard-input article is written (no file name to tell).
    pub stdin_format: Format,
}

/// How a run audits.
#[derive(Debug, Clone)]
pub struct BatchOptions {
    pub audit: AuditOptions,
    /// Articles a sentence must recur in to be batch boilerplate; below 2
    /// turns the rule off ([`crate::batch::DEFAULT_BATCH_BOILERPLATE`]).
    pub batch_boilerplate: usize,
    /// Worker threads (at least one is used).
    pub threads: usize,
    /// Known findings (`--baseline`): marked, not failing.
    pub baseline: Option<Baseline>,
    /// Batch-boilerplate keys found by an earlier pre-pass over the whole
    /// batch (`--boilerplate-keys`): used instead of this run's pre-pass, so
    /// that every shard of a batch judges by the same keys.
    pub boilerplate_keys: Option<KeySet>,
}

impl Default for BatchOptions {
    fn default() -> Self {
        BatchOptions {
            audit: AuditOptions::default(),
            batch_boilerplate: crate::batch::DEFAULT_BATCH_BOILERPLATE,
            threads: std::thread::available_parallelism().map_or(1, usize::from),
            baseline: None,
            boilerplate_keys: None,
        }
    }
}

/// Why a run stopped before its end: a reporter could not write, or the
/// worker pool could not start. Problems with single articles never stop it.
#[derive(Debug, thiserror::Error)]
pub enum RunError {
    #[error(transparent)]
    Report(#[from] ReportError),
    #[error("batch-boilerplate pre-pass: cannot use a temporary file: {0}")]
    PrePass(std::io::Error),
    #[error("cannot start {threads} threads: {message}")]
    Threads { threads: usize, message: String },
}

/// Articles audited between two rounds of reporting, per worker thread
/// (at least [`MIN_CHUNK`]): up to three rounds' audits are in memory at
/// once, and a round ends when its slowest article does. 256 a round kept
/// about 7 MB of audits alive on two threads; 32 a thread keeps the peak
/// low and the threads busy.
const CHUNK_PER_THREAD: usize = 32;
const MIN_CHUNK: usize = 64;

/// Loads and audits one article. A panic while reading or auditing it is
/// caught ([`guarded`]) and becomes that article's error.
pub fn audit_input(input: &Input, options: &AuditOptions) -> Result<ArticleAudit, ArticleError> {
    guarded(&input.name, || {
        crate::batch::fault::inject_test_panic(&input.name);
        let doc = load_file(&input.path, options.max_file_size)?;
        Ok(audit_document(
            &input.name,
            &doc,
            Format::from_path(&input.path),
            options,
        ))
    })?
}

/// The batch-boilerplate keys of `inputs` (empty when the rule is off or
/// the batch is smaller than its threshold), on the current thread pool;
/// with `keep_drafts`, each article as read for the audit too (see
/// [`crate::batch::drafts`]; none when there is no pre-pass).
fn boilerplate_keys(
    inputs: &[Input],
    options: &BatchOptions,
    keep_drafts: bool,
) -> Result<(KeySet, Option<DraftReader>), RunError> {
    let min = options.batch_boilerplate;
    if min < 2 || inputs.len() < min {
        return Ok((KeySet::default(), None));
    }
    // Drafts only save time: without room for them, the audit reads the
    // articles again.
    let mut drafts = keep_drafts.then(DraftWriter::new).and_then(Result::ok);
    let keys =
        repeated_in(inputs, &options.audit, min, drafts.as_mut()).map_err(RunError::PrePass)?;
    Ok((keys, drafts.and_then(|d| d.finish().ok())))
}

/// Audits one article, from its reading by the pre-pass when there is one
/// (`record`, see [`crate::batch::drafts`]), else from its file.
fn audit_record(
    input: &Input,
    record: &[u8],
    options: &AuditOptions,
) -> Result<ArticleAudit, ArticleError> {
    // An empty record (not read by the pre-pass) decodes to nothing.
    let Some(read) = crate::batch::drafts::decode(record) else {
        return audit_input(input, options);
    };
    Ok(guarded(&input.name, || {
        crate::batch::fault::inject_test_panic(&input.name);
        finish_audit(&input.name, &input.path, read, options)
    })?)
}

/// The next `n` records of the pre-pass's drafts, or `None` (the articles
/// are then read again) when there are no drafts or they cannot be read.
fn next_records(drafts: &mut Option<DraftReader>, n: usize) -> Option<Vec<Vec<u8>>> {
    let reader = drafts.as_mut()?;
    match (0..n).map(|_| reader.next_record()).collect() {
        Ok(records) => Some(records),
        Err(_) => {
            // A spill that cannot be read costs time, never a result.
            *drafts = None;
            None
        }
    }
}

/// The batch-boilerplate pre-pass alone, on `options.threads` threads: the
/// keys a run over `inputs` would use (`--write-boilerplate-keys`, and the
/// shards of a run without a shared keys file).
pub fn pre_pass(inputs: &[Input], options: &BatchOptions) -> Result<KeySet, RunError> {
    let (keys, _) =
        thread_pool(options.threads)?.install(|| boilerplate_keys(inputs, options, false))?;
    Ok(keys)
}

fn thread_pool(threads: usize) -> Result<rayon::ThreadPool, RunError> {
    rayon::ThreadPoolBuilder::new()
        .num_threads(threads.max(1))
        .build()
        .map_err(|e| RunError::Threads {
            threads,
            message: e.to_string(),
        })
}

/// Audits `batch` and hands each result to every reporter, in order: walk
/// errors, standard input, then the files. `on_done` is called (from worker
/// threads) as each file is audited, for progress bars.
pub fn run(
    batch: Batch,
    options: &BatchOptions,
    reporters: &mut [&mut dyn Reporter],
    on_done: &(dyn Fn() + Sync),
) -> Result<(), RunError> {
    let pool = thread_pool(options.threads)?;
    let mut audit_options = options.audit.clone();
    let mut drafts = None;
    audit_options.repeated = match &options.boilerplate_keys {
        // The rule turned off wins over any keys.
        _ if options.batch_boilerplate < 2 => KeySet::default(),
        // Keys of a shared pre-pass (a sharded run): used as they are.
        Some(keys) => keys.clone(),
        None => {
            let (keys, read) = pool.install(|| boilerplate_keys(&batch.inputs, options, true))?;
            drafts = read;
            keys
        }
    };
    let mut deliver = Delivery {
        reporters,
        baseline: options.baseline.as_ref(),
    };
    for e in &batch.walk_errors {
        deliver.failure(&Failure {
            article: Some(e.path().to_string()),
            path: Some(e.path().to_string()),
            message: e.to_string(),
            article_failed: true,
        })?;
    }
    if let Some(stdin) = batch.stdin {
        let result = match stdin {
            // On the pool, as the files are: its claims are checked in
            // parallel on `threads` threads too.
            Ok(doc) => pool
                .install(|| {
                    guarded("-", || {
                        audit_document("-", &doc, batch.stdin_format, &audit_options)
                    })
                })
                .map_err(ArticleError::from),
            Err(e) => Err(ArticleError::Load(e)),
        };
        deliver.result(("-", Path::new("-")), result)?;
    }
    // Reporting runs here while the workers audit the next chunk: a
    // producer thread hands over each chunk's results, in order, through a
    // channel that holds one chunk (so memory stays bounded).
    let inputs = &batch.inputs;
    let audit_options = &audit_options;
    std::thread::scope(|scope| {
        let (chunks, arrived) = std::sync::mpsc::sync_channel(1);
        scope.spawn(move || {
            let per_round = (CHUNK_PER_THREAD * pool.current_num_threads()).max(MIN_CHUNK);
            for chunk in inputs.chunks(per_round) {
                let records = next_records(&mut drafts, chunk.len())
                    .unwrap_or_else(|| vec![Vec::new(); chunk.len()]);
                let results: Vec<Result<ArticleAudit, ArticleError>> = pool.install(|| {
                    chunk
                        .par_iter()
                        .zip(&records)
                        .map(|(input, record)| {
                            let result = audit_record(input, record, audit_options);
                            on_done();
                            result
                        })
                        .collect()
                });
                // The reporting side stopped (a write failed): stop too.
                if chunks.send((chunk, results)).is_err() {
                    break;
                }
            }
        });
        for (chunk, results) in arrived {
            for (input, result) in chunk.iter().zip(results) {
                deliver.result((&input.name, &input.path), result)?;
            }
        }
        Ok::<(), ReportError>(())
    })?;
    for r in deliver.reporters.iter_mut() {
        r.done()?;
    }
    Ok(())
}

/// Hands results to the reporters.
struct Delivery<'r, 'b> {
    reporters: &'r mut [&'b mut dyn Reporter],
    baseline: Option<&'r Baseline>,
}

impl Delivery<'_, '_> {
    fn failure(&mut self, failure: &Failure) -> Result<(), ReportError> {
        for r in self.reporters.iter_mut() {
            r.failure(failure)?;
        }
        Ok(())
    }

    /// One article's result: its failure, or its problems, baseline and
    /// audit.
    fn result(
        &mut self,
        (name, path): (&str, &Path),
        result: Result<ArticleAudit, ArticleError>,
    ) -> Result<(), ReportError> {
        let mut audit = match result {
            Ok(audit) => audit,
            Err(e) => {
                return self.failure(&Failure {
                    article: Some(name.to_string()),
                    path: Some(DisplayPath::new(path).to_string()),
                    message: e.to_string(),
                    article_failed: true,
                })
            }
        };
        for message in &audit.errors {
            self.failure(&Failure {
                article: Some(audit.article.clone()),
                path: Some(audit.path.clone()),
                message: message.clone(),
                article_failed: false,
            })?;
        }
        if let Some(baseline) = self.baseline {
            baseline.apply(std::slice::from_mut(&mut audit));
        }
        for r in self.reporters.iter_mut() {
            r.article(&audit)?;
        }
        Ok(())
    }
}

/// What a whole run found, kept in memory: for library callers and tests.
#[derive(Debug, Default)]
pub struct CheckOutcome {
    /// One audit per readable article, sorted by name.
    pub audits: Vec<ArticleAudit>,
    /// Files that were read (reports must never overwrite them).
    pub inputs: Vec<PathBuf>,
    /// One message per path or file that could not be audited, and per
    /// problem inside an audited article.
    pub errors: Vec<String>,
}

/// Audits every article under `paths` with the defaults of the `check`
/// command (batch boilerplate on, one thread per CPU): the same loop, so the
/// same verdicts.
pub fn check(paths: &[PathBuf], options: &AuditOptions) -> Result<CheckOutcome, RunError> {
    let (inputs, walk_errors) = collect_inputs(paths);
    let batch = Batch {
        inputs,
        walk_errors,
        ..Batch::default()
    };
    let options = BatchOptions {
        audit: options.clone(),
        ..BatchOptions::default()
    };
    let read = batch.inputs.iter().map(|i| i.path.clone()).collect();
    let mut collected = Collected::default();
    run(batch, &options, &mut [&mut collected], &|| {})?;
    Ok(CheckOutcome {
        audits: collected.audits,
        inputs: read,
        errors: collected.failures.into_iter().map(|f| f.message).collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A batch big enough for the pre-pass, whose articles hold what the
    /// drafts must carry: sentences shared by all (batch boilerplate), a
    /// chrome line, a pragma (one with an unknown rule), a code block, a
    /// too-wide range, a source list.
    fn batch_of(dir: &Path, articles: usize) -> Vec<Input> {
        (0..articles)
            .map(|k| {
                let path = dir.join(format!("a{k}.md"));
                let text = format!(
                    "# Story {k}\n\nSign up for the harbour newsletter today.\n\n\
                     The pier reopened on day {k} [1]. Fees rose [1-900].\n\n\
                     <!-- citeaudit: ignore uncited, no-such-rule -->\n\nNobody cited this {k}.\n\n\
                     ```\ncode {k}\n```\n\n## Sources\n\n1. Harbour notice\n"
                );
                std::fs::write(&path, text).unwrap();
                Input {
                    path,
                    name: format!("a{k}.md"),
                }
            })
            .collect()
    }

    #[test]
    fn audits_from_the_pre_pass_drafts_equal_audits_from_the_files() {
        let dir = tempfile::tempdir().unwrap();
        let mut inputs = batch_of(dir.path(), 6);
        // One the pre-pass cannot read: its audit reads (and fails) itself.
        inputs.push(Input {
            path: dir.path().join("gone.md"),
            name: "gone.md".into(),
        });
        let options = BatchOptions::default();
        let mut collected = Collected::default();
        let batch = Batch {
            inputs: inputs.clone(),
            ..Batch::default()
        };
        run(batch, &options, &mut [&mut collected], &|| {}).unwrap();
        // The same audits, each article read from its file.
        let mut direct = options.audit.clone();
        direct.repeated = boilerplate_keys(&inputs, &options, false).unwrap().0;
        assert!(
            !direct.repeated.is_empty(),
            "the shared line is boilerplate"
        );
        let expected: Vec<ArticleAudit> = inputs
            .iter()
            .filter_map(|i| audit_input(i, &direct).ok())
            .collect();
        assert_eq!(collected.audits, expected);
        assert_eq!(
            collected.failures.len(),
            1 + 6,
            "the missing file, and six pragma errors"
        );
    }

    #[test]
    fn a_record_that_is_not_a_draft_reads_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let inputs = batch_of(dir.path(), 1);
        let options = AuditOptions::default();
        let from_file = audit_input(&inputs[0], &options).unwrap();
        assert_eq!(
            audit_record(&inputs[0], b"not a draft", &options).unwrap(),
            from_file
        );
        assert_eq!(audit_record(&inputs[0], b"", &options).unwrap(), from_file);
    }
}
