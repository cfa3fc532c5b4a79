//! `citeaudit merge`: the shards' report folders into one.

use std::io::{self, Write};

use citeaudit::report::merge::merge;

use crate::cli::{display, fail, plural, MergeArgs};

pub fn run_merge(args: &MergeArgs) -> io::Result<u8> {
    let merged = match merge(&args.dirs, &args.out) {
        Ok(merged) => merged,
        Err(e) => return fail(e),
    };
    if !args.quiet {
        let names: Vec<String> = merged.written.iter().map(|p| display(p)).collect();
        writeln!(
            io::stdout().lock(),
            "merged {} shard{}: {} article{} ({} failed, {} could not be audited)\nreports: {}",
            args.dirs.len(),
            plural(args.dirs.len()),
            merged.articles,
            plural(merged.articles),
            merged.failed,
            merged.errors,
            names.join(", ")
        )?;
    }
    // The merged run's exit code, as `check` would give it.
    Ok(if merged.errors > 0 {
        2
    } else if merged.failed > 0 && !args.exit_zero {
        1
    } else {
        0
    })
}
