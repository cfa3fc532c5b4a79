//! A batch checked in shards (`check --shard K/N`) and merged (`citeaudit
//! merge`) gives the reports of one run, byte for byte, for N = 1, 2, 3,
//! with a shared keys file (`--boilerplate-keys`) and without one.

use std::fs;
use std::path::Path;

use assert_cmd::Command;

const REPORTS: [&str; 4] = ["audit.csv", "sources.csv", "summary.csv", "duplicates.csv"];

/// Fourteen invented articles in three desks; seven carry the same line
/// (batch boilerplate at the default of five), every third is a bundle with
/// source texts, two of which share a sentence (a syndicated copy).
fn write_batch(root: &Path) {
    for a in 0..14 {
        let desk = root.join(["harbour", "council", "weather"][a % 3]);
        let mut text = format!(
            "2 Sources\n\nThe ferry to Olm{a} ran {a} extra crossings this week.[1] \
             Dock workers at pier {a} voted on a new rota.[2] Resident {a} said queues \
             were shorter than last year.\n\n"
        );
        if a % 2 == 0 {
            text.push_str("The Tidewater Weekly is published by the Coast Trust.\n\n");
        }
        if a % 3 == 0 {
            let bundle = desk.join(format!("story-{a:02}"));
            fs::create_dir_all(bundle.join("sources")).unwrap();
            fs::write(bundle.join("article.md"), text).unwrap();
            fs::write(
                bundle.join("sources/1.txt"),
                format!(
                    "The ferry to Olm{a} ran {a} extra crossings this week, the operator said. \
                 Harbour dues rose in spring."
                ),
            )
            .unwrap();
            fs::write(
                bundle.join("sources/2.txt"),
                format!(
                    "Dock workers at pier {a} voted on a new rota on Monday. \
                 The ferry to Olm{a} ran {a} extra crossings this week, the operator said."
                ),
            )
            .unwrap();
        } else {
            fs::create_dir_all(&desk).unwrap();
            fs::write(desk.join(format!("note-{a:02}.txt")), text).unwrap();
        }
    }
}

fn read(dir: &Path, name: &str) -> String {
    fs::read_to_string(dir.join(name)).unwrap()
}

#[test]
fn shards_merged_equal_one_run() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    write_batch(&root.join("batch"));
    let one_run_code = Command::cargo_bin("citeaudit")
        .unwrap()
        .current_dir(root)
        .args(["check", "batch", "--quiet", "--out", "one-run"])
        .args(["--fail-on", "uncited"])
        .output()
        .unwrap()
        .status
        .code();
    // The batch has findings: the run fails, and so must the merge.
    assert_eq!(one_run_code, Some(1));
    let one = root.join("one-run");
    // The test means something only if batch boilerplate and duplicates
    // are in the reports.
    assert!(read(&one, "audit.csv")
        .lines()
        .any(|l| l.contains(",boilerplate,") && l.contains("Tidewater Weekly")));
    assert!(read(&one, "duplicates.csv").lines().count() > 1);

    Command::cargo_bin("citeaudit")
        .unwrap()
        .current_dir(root)
        .args(["check", "batch", "--write-boilerplate-keys", "keys.txt"])
        .assert()
        .success();
    let keys = read(root, "keys.txt");
    assert_eq!(
        keys.lines().count(),
        2,
        "the header and the shared line:\n{keys}"
    );

    for n in 1..=3 {
        for shared_keys in [true, false] {
            let mut dirs = Vec::new();
            for k in 1..=n {
                let dir = format!("shard-{n}-{k}-{shared_keys}");
                let shard = format!("{k}/{n}");
                // Shards leave the verdict to the merge.
                let mut args = vec![
                    "check",
                    "batch",
                    "--shard",
                    &shard,
                    "--out",
                    &dir,
                    "--exit-zero",
                    "--fail-on",
                    "uncited",
                ];
                if shared_keys {
                    args.extend(["--boilerplate-keys", "keys.txt"]);
                }
                Command::cargo_bin("citeaudit")
                    .unwrap()
                    .current_dir(root)
                    .args(&args)
                    .arg("--quiet")
                    .assert()
                    .success();
                dirs.push(dir);
            }
            let merged = format!("merged-{n}-{shared_keys}");
            let mut args = vec!["merge"];
            args.extend(dirs.iter().map(String::as_str));
            args.extend(["--out", &merged]);
            let merged_code = Command::cargo_bin("citeaudit")
                .unwrap()
                .current_dir(root)
                .args(&args)
                .output()
                .unwrap()
                .status
                .code();
            assert_eq!(merged_code, one_run_code, "merge of {n} shards");
            for name in REPORTS {
                assert!(
                    read(&root.join(&merged), name) == read(&one, name),
                    "{name} differs for {n} shards (shared keys: {shared_keys})"
                );
            }
        }
    }
}

#[test]
fn merge_refuses_folders_that_are_not_shards_of_one_run() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    write_batch(&root.join("batch"));
    for dir in ["a", "b"] {
        let _ = Command::cargo_bin("citeaudit")
            .unwrap()
            .current_dir(root)
            .args(["check", "batch", "--quiet", "--out", dir])
            .output()
            .unwrap();
    }
    let out = Command::cargo_bin("citeaudit")
        .unwrap()
        .current_dir(root)
        .args(["merge", "a", "b", "--out", "m"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("is in both a and b"), "{stderr}");
    fs::write(root.join("a/summary.csv"), "name,count\n").unwrap();
    let out = Command::cargo_bin("citeaudit")
        .unwrap()
        .current_dir(root)
        .args(["merge", "a", "--out", "m"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("a/summary.csv: not a citeaudit report"),
        "{stderr}"
    );
}
