//! Whole-command tests, one folder per scenario under `tests/cases/`:
//!
//! - `args`: the command line, one argument per line; `$OUT` is a fresh
//!   temporary folder for reports;
//! - `stdin` (optional): fed to the command;
//! - `env` (optional): `NAME=value` lines set for the command;
//! - `in/`: the inputs (the command runs in the case folder);
//! - `expected/`: `code`, `stdout`, `stderr` and any report (`audit.csv`, …)
//!   to compare whole. `code` and `stdout` are required (a case without them
//!   fails); `stderr` and the reports are compared when present.
//!
//! `CITEAUDIT_BLESS=1 cargo test --test cases` rewrites `expected/` from the
//! current output; read the diff before committing it.

use std::fs;
use std::path::{Path, PathBuf};

use assert_cmd::Command;

const REPORTS: [&str; 5] = [
    "audit.csv",
    "sources.csv",
    "summary.csv",
    "duplicates.csv",
    "summary.md",
];

fn cases_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases")
}

fn run_case(case: &Path) -> Vec<String> {
    let out = tempfile::tempdir().expect("temp dir");
    let out_str = out.path().join("reports").to_string_lossy().into_owned();
    let args: Vec<String> = fs::read_to_string(case.join("args"))
        .expect("args file")
        .lines()
        .filter(|l| !l.is_empty())
        .map(|l| l.replace("$OUT", &out_str))
        .collect();
    let mut cmd = Command::cargo_bin("citeaudit").expect("binary");
    cmd.current_dir(case).args(&args).env("NO_COLOR", "1");
    if let Ok(env) = fs::read_to_string(case.join("env")) {
        for line in env.lines().filter(|l| !l.trim().is_empty()) {
            let (name, value) = line.split_once('=').expect("env lines are NAME=value");
            cmd.env(name, value);
        }
    }
    if let Ok(stdin) = fs::read(case.join("stdin")) {
        cmd.write_stdin(stdin);
    }
    let output = cmd.output().expect("run citeaudit");
    // Paths of the temporary folder and the run time vary from run to run.
    let clean = |bytes: &[u8]| {
        String::from_utf8_lossy(bytes)
            .replace(&out_str, "$OUT")
            .lines()
            .map(|l| {
                if l.starts_with("time: ") {
                    "time: <elapsed>"
                } else {
                    l
                }
            })
            .map(|l| format!("{l}\n"))
            .collect::<String>()
    };
    let mut actual: Vec<(String, String)> = vec![
        (
            "code".into(),
            format!("{}\n", output.status.code().unwrap_or(-1)),
        ),
        ("stdout".into(), clean(&output.stdout)),
        ("stderr".into(), clean(&output.stderr)),
    ];
    for name in REPORTS {
        if let Ok(text) = fs::read_to_string(Path::new(&out_str).join(name)) {
            actual.push((name.into(), text));
        }
    }
    let expected_dir = case.join("expected");
    let bless = std::env::var_os("CITEAUDIT_BLESS").is_some();
    if bless {
        // Start clean so a report the command no longer writes goes away.
        let _ = fs::remove_dir_all(&expected_dir);
    }
    let mut failures = Vec::new();
    for (name, got) in actual {
        let path = expected_dir.join(&name);
        if bless {
            fs::create_dir_all(&expected_dir).expect("expected dir");
            fs::write(&path, &got).expect("bless");
            continue;
        }
        let Ok(want) = fs::read_to_string(&path) else {
            if name == "code" || name == "stdout" {
                failures.push(format!(
                    "{}: expected/{name} is missing; every case states its exit code and stdout",
                    case.display()
                ));
            }
            continue;
        };
        if want != got {
            failures.push(format!(
                "{}: {name} differs\n--- expected\n{want}\n--- actual\n{got}",
                case.display()
            ));
        }
    }
    failures
}

#[test]
fn every_case_matches() {
    let mut cases: Vec<PathBuf> = fs::read_dir(cases_dir())
        .expect("tests/cases")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.join("args").is_file())
        .collect();
    cases.sort();
    assert!(
        cases.len() >= 8,
        "expected the case folders, found {}",
        cases.len()
    );
    let failures: Vec<String> = cases.iter().flat_map(|c| run_case(c)).collect();
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
