//! The `citeaudit` binary: parse the command line, run the command, map the
//! outcome to an exit code.

mod cli;

use std::io;
use std::process::ExitCode;

use clap::{CommandFactory, Parser};

use cli::{Cli, Command};

/// Many small, short-lived allocations on every worker thread (a string a
/// sentence, buffers a claim): mimalloc serves them faster than the system
/// allocator (see the note in Cargo.toml).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    no_transparent_huge_pages();
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Check(args) => cli::check::run_check(*args),
        Command::Sentences(args) => cli::sentences::run_sentences(&args),
        Command::Duplicates(args) => cli::duplicates::run_duplicates(&args),
        Command::Merge(args) => cli::merge::run_merge(&args),
        Command::Completions { shell } => {
            clap_complete::generate(shell, &mut Cli::command(), "citeaudit", &mut io::stdout());
            Ok(0)
        }
        Command::Man => clap_mangen::Man::new(Cli::command())
            .render(&mut io::stdout())
            .map(|()| 0),
    };
    match result {
        Ok(code) => ExitCode::from(code),
        // A closed pipe (`| head`) is not an error worth a message.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(2)
        }
    }
}

/// Transparent huge pages off for this process. mimalloc asks for them on
/// its memory; where the kernel compacts memory to find them (`defrag`
/// set to `madvise`, a common default), a run that follows another
/// memory-hungry process spends up to a quarter of its CPU time in the
/// kernel (benches/batch.rs, which interleaves two binaries, saw it); with
/// small pages the time is about the same on a quiet machine and steady on
/// a busy one.
#[cfg(target_os = "linux")]
fn no_transparent_huge_pages() {
    // SAFETY: PR_SET_THP_DISABLE takes plain integers and only sets a flag
    // of this process; if the kernel refuses, nothing changes.
    unsafe {
        libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0);
    }
}

#[cfg(not(target_os = "linux"))]
fn no_transparent_huge_pages() {}
