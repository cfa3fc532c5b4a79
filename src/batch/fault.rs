//! A fault injector for the whole-command tests, alone in this file so
//! that the place its panic reports (`src/batch/fault.rs:LINE`) stays put.

/// Test builds only: panic while auditing an article whose name contains
/// `CITEAUDIT_TEST_PANIC`, so the whole-command cases can show what a bug in
/// one article does to a batch. Release builds have no such hook.
pub fn inject_test_panic(name: &str) {
    #[cfg(debug_assertions)]
    if let Some(part) = std::env::var_os("CITEAUDIT_TEST_PANIC") {
        if name.contains(part.to_string_lossy().as_ref()) {
            panic!("injected test panic");
        }
    }
    #[cfg(not(debug_assertions))]
    let _ = name;
}
