//! Checking claims against source texts: the index and support score
//! ([`matching`]), the figures they compare ([`numbers`]) and statements
//! copied across sources ([`duplicates`]).
//! Pure computation, no I/O; depends on `read` (normalised words) only.

pub mod duplicates;
pub mod edit;
pub mod matching;
pub mod numbers;
pub mod postings;
pub mod support_model;
pub mod vocab;
