//! Reading an article: which format ([`mod@format`]), bytes to text ([`load`]), text to blocks
//! ([`structure`], [`references`]), markers ([`citations`]), sentences
//! ([`sentences`], their text's mojibake repaired by [`mojibake`]) and their
//! kinds ([`claims`]).
//! Depends on nothing else in the crate (plain data in, plain data out).

pub(crate) mod abbreviations;
pub mod citations;
pub mod claims;
pub mod format;
pub mod load;
pub mod mojibake;
pub mod references;
pub mod sentences;
pub mod structure;

/// Month names and their abbreviations, lowercase: words of a date (a
/// sentence's time, a reference's access date).
pub(crate) const MONTH_NAMES: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
];
