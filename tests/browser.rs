//! The HTML report in a real browser: headless Chromium opens the report of
//! `tests/fixtures/browser` (an article with every status and a `<script>`
//! injected in both the article and a source), and the test checks through
//! the DOM that every status class is there, that the legend counts equal
//! `summary.csv`, that our script ran and the injected one did not; it also
//! takes a screenshot.
//!
//! `.ci/run` installs Debian's `chromium`. Elsewhere, set `CHROMIUM` to a
//! Chrome or Chromium binary; without one the test fails under CI and is
//! skipped with a message otherwise.

use std::path::{Path, PathBuf};
use std::process::Command;

const STATUSES: [&str; 7] = [
    "supported",
    "partial",
    "unsupported",
    "misattributed",
    "dangling",
    "uncited",
    "cited",
];

fn chromium() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("CHROMIUM") {
        return Some(PathBuf::from(path));
    }
    let path = std::env::var_os("PATH")?;
    ["chromium", "chromium-browser", "google-chrome"]
        .iter()
        .flat_map(|name| std::env::split_paths(&path).map(move |dir| dir.join(name)))
        .find(|p| p.is_file())
}

/// Runs headless Chromium with the flags this workplace needs.
fn run_chromium(
    binary: &Path,
    profile: &Path,
    extra: &[String],
    url: &str,
) -> std::process::Output {
    Command::new(binary)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(extra)
        .arg(url)
        .output()
        .expect("run chromium")
}

/// `summary.csv` as (column, value) pairs of its one article row.
fn summary(path: &Path) -> Vec<(String, String)> {
    let text = std::fs::read_to_string(path).expect("summary.csv");
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().expect("header").split(',').collect();
    let row: Vec<&str> = lines.next().expect("row").split(',').collect();
    header
        .iter()
        .zip(row)
        .map(|(h, v)| (h.to_string(), v.to_string()))
        .collect()
}

#[test]
fn report_renders_in_chromium() {
    let Some(browser) = chromium() else {
        assert!(
            std::env::var_os("CI").is_none(),
            "no chromium on PATH under CI: .ci/run should have installed it"
        );
        eprintln!("skipped: no chromium on PATH (set CHROMIUM to run this test)");
        return;
    };
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let work = tempfile::tempdir().expect("temp dir");
    let out = work.path().join("reports");
    let html = work.path().join("report.html");
    let status = assert_cmd::Command::cargo_bin("citeaudit")
        .expect("binary")
        .arg("check")
        .arg(root.join("tests/fixtures/browser"))
        .arg("--out")
        .arg(&out)
        .arg("--html")
        .arg(&html)
        .arg("--exit-zero")
        .output()
        .expect("run citeaudit");
    assert!(
        status.status.success(),
        "{}",
        String::from_utf8_lossy(&status.stderr)
    );
    let url = format!("file://{}", html.display());

    let dom = run_chromium(
        &browser,
        &work.path().join("profile-dom"),
        &["--dump-dom".into()],
        &url,
    );
    let dom = String::from_utf8_lossy(&dom.stdout).into_owned();
    assert!(
        dom.contains("data-ready=\"1\""),
        "the report's own script did not run:\n{dom}"
    );
    assert!(
        !dom.contains("<div id=\"pwned\">"),
        "an injected script ran"
    );
    assert!(
        dom.contains("&lt;script&gt;"),
        "the injected script is not shown as text"
    );
    for status in STATUSES {
        assert!(
            dom.contains(&format!("st-{status}")),
            "no sentence with status {status}"
        );
    }
    let summary = summary(&out.join("summary.csv"));
    for (column, value) in &summary {
        if STATUSES.contains(&column.as_str()) && column != "cited" {
            // (summary's `cited` counts claims citing anything; the legend's
            // `cited` is the status)
            let legend = format!("data-status=\"{column}\" data-count=\"{value}\"");
            assert!(
                dom.contains(&legend),
                "legend disagrees with summary.csv on {column}={value}"
            );
        }
    }
    let claims = summary
        .iter()
        .find(|(c, _)| c == "claims")
        .map(|(_, v)| v.clone())
        .expect("claims");
    assert!(dom.contains(&format!("data-claims=\"{claims}\"")));

    let shot = work.path().join("report.png");
    run_chromium(
        &browser,
        &work.path().join("profile-shot"),
        &[
            "--window-size=1280,1600".into(),
            format!("--screenshot={}", shot.display()),
        ],
        &url,
    );
    let png = std::fs::read(&shot).expect("screenshot written");
    assert!(
        png.starts_with(b"\x89PNG") && png.len() > 10_000,
        "screenshot looks empty"
    );
}
