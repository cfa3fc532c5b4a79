//! `reports/` holds what the README's main command writes for `corpora/`.
//! This test runs that command again and fails on any difference, so the
//! committed reports never drift from the code.

use std::fs;
use std::path::Path;

use assert_cmd::Command;

#[test]
fn committed_reports_match_a_fresh_run() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = tempfile::tempdir().expect("temp dir");
    // The README's command:
    // `cargo run --release -- check corpora --exit-zero --html reports/report.html`.
    Command::cargo_bin("citeaudit")
        .expect("binary")
        .current_dir(root)
        .args(["check", "corpora", "--exit-zero", "--out"])
        .arg(out.path())
        .arg("--html")
        .arg(out.path().join("report.html"))
        .assert()
        .success();
    for name in [
        "audit.csv",
        "sources.csv",
        "summary.csv",
        "duplicates.csv",
        "report.html",
    ] {
        let fresh = fs::read_to_string(out.path().join(name)).expect("fresh report");
        let committed = fs::read_to_string(root.join("reports").join(name)).unwrap_or_default();
        assert!(
            fresh == committed,
            "reports/{name} is out of date: run `cargo run --release -- check corpora --exit-zero \
             --html reports/report.html` and commit reports/\n--- committed\n{committed}\n--- fresh\n{fresh}"
        );
    }
}

#[test]
fn the_digest_bundle_reads_like_the_seed_format() {
    // Our own digest bundle has the seed's structure: `N Sources`, lone-number
    // markers, lost markers, captions and a footer. Check the counts.
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let output = Command::cargo_bin("citeaudit")
        .expect("binary")
        .current_dir(root)
        .args([
            "sentences",
            "corpora/harbour-digest/article.txt",
            "--format",
            "jsonl",
        ])
        .output()
        .expect("run");
    let rows: Vec<serde_json::Value> = String::from_utf8(output.stdout)
        .expect("utf-8")
        .lines()
        .map(|l| serde_json::from_str(l).expect("json line"))
        .collect();
    let of_kind = |k: &str| rows.iter().filter(|r| r["kind"] == k).count();
    let claims: Vec<&serde_json::Value> = rows.iter().filter(|r| r["kind"] == "claim").collect();
    let cited: Vec<String> = claims
        .iter()
        .filter(|r| !r["cited"].as_array().expect("array").is_empty())
        .map(|r| r["cited"].to_string())
        .collect();
    let lost = claims
        .iter()
        .filter(|r| {
            r["flags"]
                .as_array()
                .expect("array")
                .iter()
                .any(|f| f == "marker-lost")
        })
        .count();
    assert_eq!(claims.len(), 13);
    assert_eq!(
        cited,
        [
            r#"["2"]"#,
            r#"["1","3"]"#,
            r#"["2"]"#,
            r#"["4"]"#,
            r#"["5"]"#,
            r#"["9"]"#,
            r#"["3"]"#
        ]
    );
    assert_eq!(lost, 3);
    assert_eq!(of_kind("caption"), 4);
    assert_eq!(of_kind("heading"), 4);
    // Title-like footer lines, the blurb, copyright and logos are chrome.
    assert_eq!(of_kind("boilerplate"), 11);
}

/// A library user calling `citeaudit::check` gets what the command gets:
/// the same loop (batch boilerplate included), hence the same reports.
#[test]
fn the_library_check_gives_the_commands_verdicts() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    // One folder given: names are relative to it, as on the command line.
    let outcome = citeaudit::check(&[root.join("corpora")], &Default::default());
    let outcome = outcome.expect("run");
    assert!(outcome.errors.is_empty(), "{:?}", outcome.errors);
    let out = tempfile::tempdir().expect("temp dir");
    citeaudit::report::write_reports(
        out.path(),
        &outcome.audits,
        &citeaudit::model::DEFAULT_FAIL_ON
            .parse()
            .expect("default --fail-on"),
        &outcome.inputs,
    )
    .expect("reports");
    for name in ["audit.csv", "sources.csv", "summary.csv", "duplicates.csv"] {
        let fresh = fs::read_to_string(out.path().join(name)).expect("fresh report");
        let committed = fs::read_to_string(root.join("reports").join(name)).expect("committed");
        assert!(fresh == committed, "{name} differs from reports/{name}");
    }
}
