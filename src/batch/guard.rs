//! A guard around one article's work: a panic (a bug in citeaudit) becomes
//! an error naming the file, and the rest of the batch goes on.
//!
//! `std::panic::catch_unwind` stops the unwinding; the message and place of
//! the panic are taken by a panic hook, installed once, that records them for
//! the guarded thread instead of printing them. Panics outside a guard still
//! reach the previous hook and print as usual.

use std::cell::{Cell, RefCell};
use std::panic::{self, AssertUnwindSafe};
use std::sync::Once;

thread_local! {
    /// Whether this thread is inside [`guarded`].
    static GUARDED: Cell<bool> = const { Cell::new(false) };
    /// The last panic seen by the hook on this thread inside a guard.
    static LAST_PANIC: RefCell<Option<String>> = const { RefCell::new(None) };
}

static HOOK: Once = Once::new();

fn install_hook() {
    HOOK.call_once(|| {
        let previous = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if !GUARDED.with(Cell::get) {
                previous(info);
                return;
            }
            let message = match info.payload().downcast_ref::<&str>() {
                Some(s) => (*s).to_string(),
                None => match info.payload().downcast_ref::<String>() {
                    Some(s) => s.clone(),
                    None => "panic".to_string(),
                },
            };
            let place = info
                .location()
                .map(|l| format!(" at {}:{}", l.file(), l.line()))
                .unwrap_or_default();
            LAST_PANIC.with(|p| *p.borrow_mut() = Some(format!("{message}{place}")));
        }));
    });
}

/// A panic caught while working on one article: a bug in citeaudit.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("internal error while auditing {article}: {message}; please report")]
pub struct Panicked {
    pub article: String,
    /// The panic's message and place (`MESSAGE at FILE:LINE`).
    pub message: String,
}

/// Runs `work` for the article `name`; a panic inside becomes [`Panicked`].
pub fn guarded<T>(name: &str, work: impl FnOnce() -> T) -> Result<T, Panicked> {
    install_hook();
    let was = GUARDED.with(|g| g.replace(true));
    let result = panic::catch_unwind(AssertUnwindSafe(work));
    GUARDED.with(|g| g.set(was));
    result.map_err(|_| Panicked {
        article: name.to_string(),
        message: LAST_PANIC
            .with(|p| p.borrow_mut().take())
            .unwrap_or_else(|| "panic".to_string()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_becomes_an_error_naming_the_file() {
        let err = guarded::<()>("a/b.md", || panic!("index out of range"))
            .unwrap_err()
            .to_string();
        assert!(
            err.starts_with(
                "internal error while auditing a/b.md: index out of range at src/batch/guard.rs:"
            ),
            "{err}"
        );
        assert!(err.ends_with("; please report"));
        // The guard leaves the thread as it found it.
        assert!(!GUARDED.with(Cell::get));
        assert_eq!(guarded("x", || 3), Ok(3));
    }
}
