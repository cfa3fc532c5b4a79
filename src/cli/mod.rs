//! The command line: arguments and the config file ([`args`]) and what
//! each command does ([`commands`]). The only part of citeaudit that prints.

pub mod args;
pub mod commands;

pub use args::*;
