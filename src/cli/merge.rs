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
            "merged {} shard{}: {} article{}\nreports: {}",
            args.dirs.len(),
            plural(args.dirs.len()),
            merged.articles,
            plural(merged.articles),
            names.join(", ")
        )?;
    }
    Ok(0)
}
