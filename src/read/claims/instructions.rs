//! Rules for instructions to the reader.

use super::narration::is_reported;
use super::{strip_prefix_any_case, words_up_to};

/// `To comment on this article, please visit our repository.`, `If the
/// page is blank, please reload it.`: a request (`please`) after the
/// purpose or condition it serves, a short clause opening with `To`, `If`,
/// `For`, `When`, `Before`, `After` or `Once`.
fn is_request_after_a_purpose(text: &str) -> bool {
    const OPENERS: &[&str] = &["to ", "if ", "for ", "when ", "before ", "after ", "once "];
    if !OPENERS
        .iter()
        .any(|o| strip_prefix_any_case(text, o).is_some())
    {
        return false;
    }
    let Some(comma) = text.find(", ") else {
        return false;
    };
    words_up_to(&text[..comma], 12) <= 12
        && strip_prefix_any_case(&text[comma + 2..], "please ").is_some()
}

/// Rule 7, an instruction to the reader: a sentence that opens with a verb
/// in the imperative (`Consider …`, `Ensure that …`, `Avoid …`, `Make sure
/// …`, `Do not …`, `Be aware …`), as a guide's advice reads; it tells the
/// reader what to do and states no fact to source. A verb that also opens
/// a statement as a noun counts only before a determiner (`Use the side
/// door.`, `Check your ticket.`; `Use of force rose`, `Review articles
/// agree` and `Note that …` stay claims), and a label (`Audit:`),
/// a name (`Keep Fit classes`) or a verb after them (`Consider is …`) rules
/// the reading out; so does a reminder that states a fact (`Remember that
/// the port counts …`).
pub(super) fn is_instruction(text: &str) -> bool {
    const VERBS: &[&str] = &[
        "consider",
        "ensure",
        "avoid",
        "remember",
        "establish",
        "define",
        "develop",
        "educate",
        "provide",
        "validate",
        "involve",
        "implement",
        "adopt",
        "prioritize",
        "prioritise",
        "assess",
        "evaluate",
        "configure",
        "deploy",
        "encrypt",
        "restrict",
        "enable",
        "verify",
        "choose",
        "maintain",
        "conduct",
        "perform",
        "keep",
        "apply",
        "create",
        "allow",
        "clarify",
        "include",
        "delete",
        "introduce",
        "require",
        "mandate",
        "promote",
        "protect",
        "minimize",
        "minimise",
        "obtain",
        "collect",
        "determine",
        "identify",
        "encourage",
        "strengthen",
        "explore",
    ];
    // Verbs that also open a statement as nouns (`Use of force rose`,
    // `Test results vary`, `Review articles agree`): an instruction only
    // before a determiner (`Use the …`, `Check your …`, `Add a …`), which
    // never follows a noun that opens a sentence, and not before a name
    // (`Save the Children …`). `Note` is left out: like `Remember`, it
    // mostly points at a fact (`Note the ferry runs hourly.`).
    const NOUN_VERBS: &[&str] = &[
        "use", "check", "review", "update", "test", "record", "report", "support", "monitor",
        "document", "store", "access", "control", "plan", "train", "save", "share", "track", "log",
        "list", "register", "schedule", "contact", "visit", "read", "follow", "stop", "start",
        "set", "turn", "open", "close", "add", "remove", "change",
    ];
    const DETERMINERS: &[&str] = &[
        "the", "a", "an", "your", "this", "these", "those", "each", "every", "any", "all", "our",
        "their", "its", "his", "her", "my",
    ];
    const PAIRS: &[(&str, &str)] = &[
        ("make", "sure"),
        ("do", "not"),
        ("don't", ""),
        ("be", "aware"),
        ("be", "careful"),
        ("be", "sure"),
        ("take", "care"),
        ("bear", "in"),
    ];
    let t = text.trim_start_matches(['"', '“', '(', '*', '_']);
    if is_request_after_a_purpose(t) {
        return true;
    }
    let mut words = t.split_whitespace();
    let (Some(first), Some(second)) = (words.next(), words.next()) else {
        return false;
    };
    // Most sentences open with none of the verbs: ruled out before any
    // lowercasing.
    let bare = first.trim_end_matches(',');
    let listed = VERBS.iter().any(|v| bare.eq_ignore_ascii_case(v))
        || NOUN_VERBS.iter().any(|v| bare.eq_ignore_ascii_case(v))
        || PAIRS.iter().any(|(a, _)| bare.eq_ignore_ascii_case(a))
        || bare.eq_ignore_ascii_case("don’t");
    if !listed {
        return false;
    }
    // A label (`Audit:`), or a name (`Keep Fit classes`).
    if first.ends_with(':')
        || !first.starts_with(char::is_uppercase)
        || second.starts_with(char::is_uppercase)
    {
        return false;
    }
    let first = bare.to_lowercase().replace('’', "'");
    let second = second.trim_end_matches([',', ':']).to_lowercase();
    let statement = ["of", "is", "are", "was", "were", "has", "have", "and", "or"];
    // `Remember that the law counts …`, `Be aware that fares …`: a reminder
    // that states a fact is a claim.
    let opener_words = match first.as_str() {
        "remember" | "consider" => 1,
        "be" => 2,   // be aware
        "bear" => 3, // bear in mind
        _ => 0,
    };
    // `Remember, though, that …`: asides set off by commas are skipped.
    let states = opener_words > 0
        && t.split_whitespace()
            .skip(opener_words)
            .find(|w| !w.ends_with(','))
            .is_some_and(|w| w.eq_ignore_ascii_case("that"));
    let before_a_determiner = DETERMINERS.contains(&second.as_str())
        && !words
            .next()
            .is_some_and(|w| w.starts_with(char::is_uppercase));
    let imperative = (VERBS.contains(&first.as_str()) && !statement.contains(&second.as_str()))
        || (NOUN_VERBS.contains(&first.as_str()) && before_a_determiner)
        || PAIRS
            .iter()
            .any(|&(a, b)| first == a && (b.is_empty() || second == b));
    imperative && !states && !is_reported(t)
}
