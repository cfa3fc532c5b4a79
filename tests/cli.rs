//! Whole-command tests that need more than one run or a scratch git
//! repository: `--jobs` determinism, the baseline round trip,
//! `--changed-since`, and the SARIF fields GitHub code scanning requires.

use std::fs;
use std::path::Path;
use std::process::Command as Process;

use assert_cmd::Command;

fn citeaudit() -> Command {
    Command::cargo_bin("citeaudit").expect("binary")
}

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn reports_do_not_depend_on_jobs() {
    let one = tempfile::tempdir().unwrap();
    let two = tempfile::tempdir().unwrap();
    for (dir, jobs) in [(&one, "1"), (&two, "2")] {
        citeaudit()
            .current_dir(root())
            .args([
                "check",
                "corpora",
                "tests/fixtures/browser",
                "--exit-zero",
                "--jobs",
                jobs,
                "--out",
            ])
            .arg(dir.path())
            .assert()
            .success();
    }
    for name in ["audit.csv", "sources.csv", "summary.csv", "duplicates.csv"] {
        let a = fs::read_to_string(one.path().join(name)).unwrap();
        let b = fs::read_to_string(two.path().join(name)).unwrap();
        assert!(!a.is_empty());
        assert_eq!(a, b, "{name} differs between --jobs 1 and --jobs 2");
    }
}

#[test]
fn a_baseline_hides_known_findings_only() {
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("article.md");
    fs::write(
        &article,
        "# Quay\n\nThe quay reopened on Monday. Tugs returned.\n",
    )
    .unwrap();
    let baseline = dir.path().join("baseline.json");
    let run = |extra: &[&str]| {
        citeaudit()
            .current_dir(dir.path())
            .args([
                "check",
                "article.md",
                "--fail-on",
                "uncited",
                "--no-reports",
            ])
            .args(extra)
            .output()
            .unwrap()
    };
    assert_eq!(run(&[]).status.code(), Some(1));
    assert_eq!(
        run(&["--write-baseline", "baseline.json"]).status.code(),
        Some(1)
    );
    let recorded = fs::read_to_string(&baseline).unwrap();
    assert!(
        recorded.contains("\"the quay reopened on monday.\""),
        "{recorded}"
    );
    assert_eq!(run(&["--baseline", "baseline.json"]).status.code(), Some(0));
    // An edit elsewhere keeps the baseline valid; a new uncited claim fails.
    fs::write(
        &article,
        "# Quay, updated\n\nThe quay reopened on Monday. Tugs returned.\n",
    )
    .unwrap();
    assert_eq!(run(&["--baseline", "baseline.json"]).status.code(), Some(0));
    fs::write(
        &article,
        "# Quay\n\nThe quay reopened on Monday. Tugs returned. Pilots left the harbour early.\n",
    )
    .unwrap();
    let out = run(&["--baseline", "baseline.json", "--format", "jsonl"]);
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(stdout.lines().count(), 1, "only the new finding: {stdout}");
    assert!(stdout.contains("Pilots left the harbour early."));
}

#[test]
fn changed_since_keeps_changed_articles_and_those_whose_sources_changed() {
    let dir = tempfile::tempdir().unwrap();
    let git = |args: &[&str]| {
        let ok = Process::new("git")
            .current_dir(dir.path())
            .args(["-c", "user.name=t", "-c", "user.email=t@example.org"])
            .args(args)
            .output()
            .unwrap()
            .status
            .success();
        assert!(ok, "git {args:?}");
    };
    for name in ["a", "b", "c"] {
        fs::create_dir_all(dir.path().join(name).join("sources")).unwrap();
        fs::write(
            dir.path().join(name).join("article.txt"),
            "1 Sources\n\nA claim here.[1]\n",
        )
        .unwrap();
        fs::write(
            dir.path().join(name).join("sources/1.txt"),
            "A claim here.\n",
        )
        .unwrap();
    }
    git(&["init", "-q"]);
    git(&["add", "."]);
    git(&["commit", "-q", "-m", "start"]);
    fs::write(
        dir.path().join("a/article.txt"),
        "1 Sources\n\nAnother claim.[1]\n",
    )
    .unwrap();
    fs::write(dir.path().join("b/sources/1.txt"), "Changed source.\n").unwrap();
    let out = citeaudit()
        .current_dir(dir.path())
        .args(["check", ".", "--changed-since", "HEAD", "--list-inputs"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        "./a/article.txt\n./b/article.txt\n"
    );
}

#[test]
fn sarif_has_what_code_scanning_requires() {
    let out = citeaudit()
        .current_dir(root())
        .args(["check", "corpora", "--format", "sarif", "--no-reports"])
        .output()
        .unwrap();
    let log: serde_json::Value = serde_json::from_slice(&out.stdout).expect("SARIF is JSON");
    assert_eq!(log["version"], "2.1.0");
    assert!(log["$schema"].as_str().unwrap().contains("sarif-2.1.0"));
    let run = &log["runs"][0];
    assert_eq!(run["tool"]["driver"]["name"], "citeaudit");
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    let results = run["results"].as_array().unwrap();
    assert!(!results.is_empty());
    for r in results {
        let index = r["ruleIndex"].as_u64().unwrap() as usize;
        assert_eq!(rules[index]["id"], r["ruleId"]);
        assert!(matches!(r["level"].as_str(), Some("error" | "warning")));
        assert!(!r["message"]["text"].as_str().unwrap().is_empty());
        let location = &r["locations"][0]["physicalLocation"];
        assert!(location["artifactLocation"]["uri"]
            .as_str()
            .unwrap()
            .starts_with("corpora/"));
        assert!(location["region"]["startLine"].as_u64().unwrap() >= 1);
        assert!(location["region"]["startColumn"].as_u64().unwrap() >= 1);
        assert!(
            r["partialFingerprints"]["citeaudit/v1"]
                .as_str()
                .unwrap()
                .len()
                == 16
        );
    }
}

/// `check --help` states the trained thresholds, not numbers left over from
/// an earlier model.
#[test]
fn help_states_the_trained_thresholds() {
    use citeaudit::verify::support_model::{PARTIAL_THRESHOLD, SUPPORT_THRESHOLD};
    let out = citeaudit().args(["check", "--help"]).output().unwrap();
    let help = String::from_utf8_lossy(&out.stdout);
    for threshold in [SUPPORT_THRESHOLD, PARTIAL_THRESHOLD] {
        assert!(
            help.contains(&format!("[default: {threshold}")),
            "--help does not give the default {threshold}:\n{help}"
        );
    }
}

/// `sentences` formats its lines in chunks of sentences in parallel: across
/// chunk boundaries, lines stay in file order, every sentence is written
/// once, and each skipped stretch comes right before the first sentence
/// after it.
#[test]
fn sentences_of_a_long_article_stay_in_order_across_chunks() {
    let dir = tempfile::tempdir().unwrap();
    let mut text = String::from("# Harbour log\n\n");
    for k in 0..6_000 {
        text.push_str(&format!("Entry {k} notes the tide at the pier [1].\n\n"));
        if k % 1_500 == 700 {
            // A code block: a skipped stretch between sentences.
            text.push_str("```\nlog line\n```\n\n");
        }
    }
    text.push_str("## Sources\n\n1. Harbour log\n");
    let article = dir.path().join("log.md");
    fs::write(&article, &text).unwrap();
    let out = citeaudit()
        .args(["sentences", "--format", "jsonl"])
        .arg(&article)
        .output()
        .unwrap();
    assert!(out.status.success());
    let rows: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let numbers: Vec<u64> = rows.iter().filter_map(|r| r["sentence"].as_u64()).collect();
    // Two headings and 6,000 entries.
    assert_eq!(numbers, (1..=6_002).collect::<Vec<u64>>());
    let lines: Vec<u64> = rows.iter().map(|r| r["line"].as_u64().unwrap()).collect();
    assert!(lines.windows(2).all(|w| w[0] <= w[1]), "lines out of order");
    let code: Vec<usize> = rows
        .iter()
        .enumerate()
        .filter(|(_, r)| r["skipped"] == "code")
        .map(|(at, _)| at)
        .collect();
    assert_eq!(code.len(), 4);
    for at in code {
        let end = rows[at]["end_line"].as_u64().unwrap();
        assert!(rows[at + 1]["line"].as_u64().unwrap() > end);
        assert!(rows[at - 1]["line"].as_u64().unwrap() < rows[at]["line"].as_u64().unwrap());
    }
}
