//! citeaudit: audit articles for their citations.
//!
//! The pipeline runs one way, one folder per stage:
//!
//! - [`read`]: bytes → text → blocks → markers → sentences → kinds;
//! - [`sources`]: the sources an article declares and where their texts are
//!   (the [`sources::provider::SourceProvider`] seam);
//! - [`verify`]: claims against source texts, copies across sources (no I/O);
//! - [`audit`]: one article from text to [`model`] records;
//! - [`batch`]: many articles — the one loop ([`batch::run`]) every caller
//!   uses, batch boilerplate, baselines, the panic guard;
//! - [`report`]: what a run writes, through the [`report::Reporter`] seam.
//!
//! [`hash`] is the stable hash behind sentence keys and fingerprints;
//! [`cjk`] reads the scripts written without spaces between words. The
//! library never prints; the binary (`src/main.rs`, `src/cli/`) does.
#![warn(clippy::print_stdout, clippy::print_stderr)]

pub mod audit;
pub mod batch;
pub mod cjk;
pub mod hash;
pub mod model;
pub mod read;
pub mod report;
pub mod sources;
pub mod verify;

pub use audit::{audit_document, AuditOptions};
pub use batch::run::{check, CheckOutcome};
pub use model::{ArticleAudit, FailOn, SentenceRecord};
