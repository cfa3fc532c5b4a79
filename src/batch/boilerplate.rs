//! Batch boilerplate: a sentence that recurs in at least `min_articles`
//! articles of a run (site chrome, a newsletter pitch) is `boilerplate`,
//! whatever the single-article rules said. A light pre-pass collects each
//! article's sentence keys; the audit then treats those sentences as
//! boilerplate before checking anything.

use std::collections::{HashMap, HashSet};

use rayon::prelude::*;

use crate::audit::{sentence_keys, AuditOptions};
use crate::batch::guard::guarded;
use crate::batch::inputs::Input;
use crate::read::format::Format;
use crate::read::load::load_file;

/// Default of `--batch-boilerplate`: articles a sentence must recur in.
pub const DEFAULT_BATCH_BOILERPLATE: usize = 5;

/// The sentence keys ([`crate::audit::sentence_key`]) found in at least
/// `min_articles` of the articles' key lists (each list holds an article's
/// distinct keys). `min_articles` below 2 turns the rule off.
pub fn repeated(per_article: Vec<Vec<u64>>, min_articles: usize) -> HashSet<u64> {
    if min_articles < 2 {
        return HashSet::new();
    }
    let mut seen_in: HashMap<u64, usize> = HashMap::new();
    for keys in per_article {
        for key in keys {
            *seen_in.entry(key).or_insert(0) += 1;
        }
    }
    seen_in
        .into_iter()
        .filter(|(_, n)| *n >= min_articles)
        .map(|(key, _)| key)
        .collect()
}

/// The keys of sentences found in at least `min` articles: a light pass
/// (no sources, no matching) that keeps one hash a sentence. A file that
/// cannot be read, or whose reading panics, has no keys here; its own audit
/// reports the problem.
pub fn repeated_in(inputs: &[Input], options: &AuditOptions, min: usize) -> HashSet<u64> {
    let keys: Vec<Vec<u64>> = inputs
        .par_iter()
        .map(|i| {
            guarded(&i.name, || {
                load_file(&i.path, options.max_file_size)
                    .map(|doc| sentence_keys(&doc, Format::from_path(&i.path), options))
                    .unwrap_or_default()
            })
            .unwrap_or_default()
        })
        .collect();
    repeated(keys, min)
}
