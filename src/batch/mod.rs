//! Many articles at once: finding them ([`inputs`]), the one audit loop
//! ([`run`]) with its panic guard ([`guard`]), what only a batch can tell
//! ([`baseline`], [`boilerplate`], with the articles it read kept for the
//! audit in [`drafts`]), `--changed-since` ([`changed`]),
//! `--shard` ([`shard`]) and the `duplicates` scan ([`scan`]).
//! Depends on `audit`, `read`, `sources` and `report`; nothing depends on it
//! but the binary and library users.

pub mod baseline;
pub mod boilerplate;
pub mod changed;
pub mod drafts;
pub mod fault;
pub mod guard;
pub mod inputs;
pub mod run;
pub mod scan;
pub mod shard;

pub use baseline::{Baseline, BaselineEntry};
pub use boilerplate::{repeated, DEFAULT_BATCH_BOILERPLATE};
