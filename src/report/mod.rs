//! What a run writes: the CSV reports ([`csv`], streamed article by
//! article), the CI and machine formats ([`formats`]) and the HTML report
//! ([`html`]). Depends on the audit's records only; never reads articles.

pub mod csv;
pub mod formats;
pub mod html;

pub use self::csv::*;
