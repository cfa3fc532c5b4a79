//! Bad inputs that cannot live in a case folder: generated (a 25,000-level
//! HTML page) or special files (a FIFO).

use std::fs;

use assert_cmd::Command;

fn citeaudit() -> Command {
    Command::cargo_bin("citeaudit").expect("binary")
}

#[test]
fn a_deeply_nested_html_source_is_audited() {
    let dir = tempfile::tempdir().unwrap();
    let bundle = dir.path().join("bundle");
    fs::create_dir_all(bundle.join("sources")).unwrap();
    fs::write(
        bundle.join("article.md"),
        "The lighthouse\u{a0}keeper retired in 1961 [1].\n\n## Sources\n\n1. Keeper's log\n",
    )
    .unwrap();
    let depth = 25_000;
    let page = format!(
        "<html><body>{}<p>The lighthouse keeper retired in 1961.</p>{}</body></html>",
        "<div>".repeat(depth),
        "</div>".repeat(depth)
    );
    fs::write(bundle.join("sources/1.html"), page).unwrap();
    let out = dir.path().join("out");
    citeaudit()
        .args(["check", "--no-progress", "--out"])
        .arg(&out)
        .arg(&bundle)
        .assert()
        .success();
    let audit = fs::read_to_string(out.join("audit.csv")).unwrap();
    assert!(
        audit.contains(",supported,"),
        "the claim is checked against the deep page:\n{audit}"
    );
}

#[cfg(unix)]
#[test]
fn a_fifo_is_refused_not_waited_on() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("x.md");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .expect("mkfifo runs");
    assert!(made.success());
    for args in [&["sentences"][..], &["check", "--no-reports"]] {
        let command = args[0];
        let output = citeaudit()
            .args(args)
            .arg(&fifo)
            .timeout(std::time::Duration::from_secs(20))
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(2), "{command}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(
            stderr.contains("x.md: not a regular file"),
            "{command}: {stderr}"
        );
    }
}
