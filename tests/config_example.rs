//! The shipped example config stays valid: every key it sets is read, and it
//! matches the defaults where it says "default".

use assert_cmd::Command;

#[test]
fn example_config_is_accepted() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = Command::cargo_bin("citeaudit")
        .unwrap()
        .current_dir(root)
        .args([
            "check",
            "--config",
            "citeaudit.example.toml",
            "--dump-config",
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let dumped = String::from_utf8(out.stdout).unwrap();
    assert!(dumped.contains("fail-on = \"dangling,unsupported,misattributed\""));
    assert!(dumped.contains("caption-prefixes = [\"Pictured:\", \"Foto:\"]"));
    assert!(dumped.contains("citation-scope = \"sentence\""));
}
