//! citeaudit: audit articles for their citations.
#![warn(clippy::print_stdout, clippy::print_stderr)]

pub mod citations;
pub mod load;
pub mod sentences;
pub mod structure;
