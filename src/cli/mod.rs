//! The command line, the only part of citeaudit that prints: arguments and
//! the config file ([`args`]), one file per command ([`check`],
//! [`sentences`], [`duplicates`], [`merge`]). Depends on the library;
//! nothing depends on it.

pub mod args;
pub mod check;
pub mod duplicates;
pub mod merge;
pub mod sentences;

pub use args::*;

use std::io::{self, Read};
use std::path::Path;

use citeaudit::read::load::{decode, DisplayPath, Document, LoadError};

/// A usage or input problem: printed as `error: …`, exit 2.
pub fn fail(message: impl std::fmt::Display) -> io::Result<u8> {
    eprintln!("error: {message}");
    Ok(2)
}

/// The settings of `citeaudit.toml`: the file given, or the nearest one
/// from the current folder up, or none. `check` and `sentences` both read
/// them, so that `sentences` explains the verdicts `check` gives.
pub fn load_config(explicit: Option<&Path>) -> Result<CheckArgs, String> {
    let config_path = match explicit {
        Some(path) => Some(path.to_path_buf()),
        None => std::env::current_dir().ok().and_then(|d| find_config(&d)),
    };
    match &config_path {
        Some(path) => read_config(path),
        None => Ok(CheckArgs::default()),
    }
}

/// Reads standard input as one document, at most `max_size` bytes: a larger
/// input (`yes | citeaudit …`) stops with the usual too-large error as soon
/// as it passes the limit, instead of growing without end.
pub fn read_stdin(name: &str, max_size: u64) -> Result<Document, LoadError> {
    let path = Path::new(name);
    let mut bytes = Vec::new();
    io::stdin()
        .lock()
        .take(max_size.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|source| LoadError::Io {
            path: DisplayPath::new(path),
            source,
        })?;
    if bytes.len() as u64 > max_size {
        return Err(LoadError::StreamTooLarge {
            path: DisplayPath::new(path),
            max: max_size,
        });
    }
    decode(path, bytes, max_size)
}

pub fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

pub fn display(path: &Path) -> String {
    path.to_string_lossy().replace('\\', "/")
}
