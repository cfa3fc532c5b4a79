//! What a run writes, through the [`Reporter`] seam: the CSV reports
//! ([`csv`], streamed article by article), the CI and machine formats
//! ([`formats`]) and the HTML report ([`html`]). Depends on the records of
//! [`crate::model`] only; never reads articles.

pub mod csv;
pub mod formats;
pub mod html;
pub mod merge;

pub use self::csv::*;

use crate::model::ArticleAudit;
use formats::Failure;

/// Where a run's results go, one article at a time, in input order: the
/// seam between [`crate::batch::run`] and every output. A new output
/// format is one type implementing this, in this folder.
pub trait Reporter {
    /// One audited article (baseline already applied).
    fn article(&mut self, audit: &ArticleAudit) -> Result<(), ReportError>;
    /// Something that went wrong: an article that could not be audited
    /// (`article_failed`), a path that could not be walked, or a problem
    /// inside an audited article (a source text that could not be read).
    fn failure(&mut self, failure: &Failure) -> Result<(), ReportError>;
    /// Called once, after the last article: write what waited for the end.
    fn done(&mut self) -> Result<(), ReportError> {
        Ok(())
    }
}

/// Keeps everything: what a format that needs the whole run (JSON, HTML,
/// Markdown, a baseline) or a library caller reads at the end.
#[derive(Debug, Default)]
pub struct Collected {
    pub audits: Vec<ArticleAudit>,
    pub failures: Vec<Failure>,
}

impl Reporter for Collected {
    fn article(&mut self, audit: &ArticleAudit) -> Result<(), ReportError> {
        self.audits.push(audit.clone());
        Ok(())
    }

    fn failure(&mut self, failure: &Failure) -> Result<(), ReportError> {
        self.failures.push(failure.clone());
        Ok(())
    }
}
