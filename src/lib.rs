//! citeaudit: audit articles for their citations.
//!
//! The pipeline runs one way, one module per stage: [`load`] → [`structure`]
//! → [`references`] → [`citations`] → [`sentences`] → [`claims`] →
//! [`sources`] and [`source_text`] → [`matching`] and [`duplicates`] →
//! [`audit`] → [`report`] and [`html`]. Around it: [`inputs`] (what to
//! check), [`mod@check`] (one article or many, each in a [`guard`]),
//! [`batch`] (batch boilerplate, baselines), [`output`] (findings and
//! failures for CI), [`scan`] (the `duplicates` command) and [`hash`] (a
//! stable hash). The library never prints; the binary does.
#![warn(clippy::print_stdout, clippy::print_stderr)]

pub mod audit;
pub mod batch;
pub mod check;
pub mod citations;
pub mod claims;
pub mod duplicates;
pub mod guard;
pub mod hash;
pub mod html;
pub mod inputs;
pub mod load;
pub mod matching;
pub mod output;
pub mod references;
pub mod report;
pub mod scan;
pub mod sentences;
pub mod source_text;
pub mod sources;
pub mod structure;

pub use audit::{audit_document, ArticleAudit, AuditOptions, FailOn, SentenceRecord};
pub use check::{check, CheckOutcome};
