//! Rules for sentences in which the writers narrate: their own words in
//! the first person, their plans and method, a symbol's definition, a
//! thank-you; and the words that mark speech reported from someone else.

use super::{contains_ignore_ascii_case, words_up_to};

/// Rule 7: opens in the first person singular, or invites the reader
/// along (`Let's see where to start.`, `Let us now turn to fares.`).
pub(super) fn is_first_person(text: &str) -> bool {
    let t = text.trim_start_matches(['"', '“', '(', '*', '_']);
    // Only a sentence opening with `I`, `Let`, `Now`, `Next`, `First`,
    // `Then` or `Finally` can be one: the rest is decided by one byte,
    // with nothing allocated.
    if !t.starts_with(['I', 'L', 'N', 'F', 'T']) {
        return false;
    }
    let mut words = t.split_whitespace().map(|w| w.replace('’', "'"));
    let first = words.next().unwrap_or_default();
    let first = first.as_str();
    let second = words.next().unwrap_or_default().to_lowercase();
    matches!(first, "I" | "I'll" | "I'm" | "I've" | "I'd")
        || (first == "Let" && matches!(second.as_str(), "me" | "us"))
        || first == "Let's"
        || (matches!(
            first,
            "Now"
                | "Next"
                | "First"
                | "Then"
                | "Finally"
                | "First,"
                | "Next,"
                | "Now,"
                | "Finally,"
        ) && matches!(second.as_str(), "i" | "i'll" | "i'm" | "i've" | "let"))
}

/// Rule 7, the writers' own plans: a sentence that opens in the first
/// person plural future (`We'll start with the ramp.`, `Next, we will
/// compare the fares.`, `We are going to publish the timetable in March.`,
/// `We won't cover fares here.`). It narrates what the text (or a tutorial's
/// reader and writer) will do next, or announces the writers' intention;
/// neither is a fact a source could support. The present tense stays a
/// claim (`We now sell tickets on board.`), and so does a plan reported
/// from someone, in quotation marks or not (`"We will add a ferry," the
/// port said.`, `We will add a ferry, the port said.`): reported speech
/// needs its source.
pub(super) fn is_our_plan(text: &str) -> bool {
    const OPENERS: &[&str] = &[
        "Now", "Next", "First", "Then", "Finally", "Here", "Later", "Below", "Today",
    ];
    let t = text.trim_start_matches(['(', '*', '_']);
    // Only a sentence opening with `We` or an opener can be one: decided
    // by one byte for most.
    if !t.starts_with(['W', 'N', 'F', 'T', 'H', 'L', 'B']) {
        return false;
    }
    let mut words = t.split_whitespace();
    let mut subject = words.next().unwrap_or_default();
    if OPENERS.contains(&subject.trim_end_matches(',')) {
        subject = words.next().unwrap_or_default();
    } else if !subject.starts_with('W') {
        return false;
    }
    if !subject.starts_with(['W', 'w']) {
        return false;
    }
    let subject = subject.replace('’', "'").to_ascii_lowercase();
    let future = match subject.as_str() {
        "we'll" => true,
        "we" => {
            let verb = words.next().unwrap_or_default().replace('’', "'");
            matches!(verb.as_str(), "will" | "shall" | "won't")
                || (verb == "are" && words.next() == Some("going") && words.next() == Some("to"))
        }
        "we're" => words.next() == Some("going") && words.next() == Some("to"),
        _ => false,
    };
    // Quoted, or reported without quotation marks (`We will build 500
    // homes, the minister said.`): someone else's plan, which needs its
    // source.
    future && !t.contains(['"', '“', '”']) && !is_reported(t)
}

/// Rule 7, the writers' own method: a sentence that opens in the first
/// person plural present with a verb of method or exposition (`We set the
/// window to 5 days.`, `We compare the two operators below.`, `Here we
/// define a sailing as …`, `In this section, we then measure …`), as a
/// study or a report describes what its writers do. It states their own
/// choice, which no source could support. Verbs that state a fact or a
/// finding (`We use …`, `We found …`, `We estimate that …`, `We know …`)
/// are not listed, and a listed verb before `that` reports one (`We
/// assume that fares rose` stays a claim); reported speech is someone
/// else's (`We compare every bid, the port said.`).
pub(super) fn is_our_method(text: &str) -> bool {
    const VERBS: &[&str] = &[
        "define",
        "denote",
        "set",
        "propose",
        "introduce",
        "present",
        "describe",
        "refer",
        "adopt",
        "compare",
        "evaluate",
        "measure",
        "distinguish",
        "focus",
        "outline",
        "summarize",
        "summarise",
        "discuss",
        "examine",
        "explore",
        "analyze",
        "analyse",
        "illustrate",
        "sum",
        "limit",
        "experiment",
        "train",
        "apply",
        "restrict",
        "employ",
        "center",
        "centre",
        "select",
        "compute",
        "investigate",
        "consider",
        "review",
    ];
    const OPENERS: &[&str] = &[
        "Here", "Next", "First", "Then", "Finally", "Now", "Below", "Instead", "Again",
    ];
    const ADVERBS: &[&str] = &[
        "then",
        "also",
        "first",
        "now",
        "further",
        "next",
        "here",
        "again",
        "briefly",
        "instead",
        "additionally",
        "finally",
        "only",
        "simply",
        "therefore",
        "thus",
    ];
    let t = text.trim_start_matches(['(', '*', '_']);
    // Only a sentence opening with `We`, an opener or `In` can be one:
    // decided by one byte for most.
    if !t.starts_with(['W', 'H', 'N', 'F', 'T', 'B', 'I', 'A']) {
        return false;
    }
    let mut words = t.split_whitespace().map(|w| w.trim_end_matches(','));
    let mut subject = words.next().unwrap_or_default();
    if OPENERS.contains(&subject) {
        subject = words.next().unwrap_or_default();
    } else if subject == "In" {
        // `In this section, we …`, `In the next chapter we …`.
        let this = words.next().unwrap_or_default();
        if !["this", "the"].contains(&this) {
            return false;
        }
        if this == "the" && !["following", "next"].contains(&words.next().unwrap_or_default()) {
            return false;
        }
        const WORKS: &[&str] = &[
            "paper", "work", "article", "report", "section", "chapter", "post", "guide", "study",
            "note",
        ];
        if !WORKS.contains(&words.next().unwrap_or_default()) {
            return false;
        }
        subject = words.next().unwrap_or_default();
    }
    if !subject.eq_ignore_ascii_case("we") {
        return false;
    }
    let mut verb = words.next().unwrap_or_default();
    if ADVERBS.contains(&verb) {
        verb = words.next().unwrap_or_default();
    }
    VERBS.contains(&verb) && words.next() != Some("that") && !is_reported(t)
}

/// Rule 7, a definition in mathematics: `Let x be the rate of flow.`,
/// `Let $A$ denote a set of sentences.` It names a symbol; it states
/// nothing. The word after `Let` must be a symbol (one letter, or written
/// with marks a word lacks), so `Let them be heard.` stays a claim.
pub(super) fn is_definition(text: &str) -> bool {
    let Some(rest) = text.strip_prefix("Let ") else {
        return false;
    };
    let symbol = rest.split_whitespace().next().unwrap_or_default();
    let is_symbol = symbol.chars().count() == 1
        || !symbol
            .chars()
            .all(|c| c.is_alphabetic() || c == '\'' || c == '’');
    is_symbol && (rest.contains(" be ") || rest.contains(" denote"))
}

/// Words that report someone's speech (`…, the minister said.`, `…,
/// according to the port.`): a plan or an order so reported is someone
/// else's, a claim that needs its source.
pub(super) fn is_reported(text: &str) -> bool {
    // `, according to` attributes; `according to the standard` in an
    // instruction only says how.
    [" said", " says", ", according to"]
        .iter()
        .any(|w| contains_ignore_ascii_case(text, w))
}

/// Rule 7, a thank-you: `Thanks to Mira Ostrand for the photographs.`,
/// `Thank you for reading!`, `Special thanks to @olek.`, `We would like to
/// thank the harbour staff.`, `The authors thank …`. It credits help and
/// states nothing to source. `Thanks to` also gives a cause (`Thanks to the
/// new ramp, crossings are faster.`): after a comma a clause of its own
/// opens with a lowercase word other than a list's (`and`, `but`,
/// `especially` …); without a comma a long sentence with neither `for`
/// nor `!` reads so too, and so does one that thanks a pronoun (`Thanks to
/// this you can …`); they stay claims.
pub(super) fn is_thanks(text: &str) -> bool {
    const OPENERS: &[&str] = &[
        "Thank you",
        "Thanks!",
        "Thanks,",
        "Thanks again",
        "Thanks also to",
        "Thanks go to",
        "Many thanks",
        "Special thanks",
        "Big thanks",
        "Huge thanks",
        "Sincere thanks",
        "With thanks",
        "Our thanks",
        "Our sincere thanks",
        "Our special thanks",
        "We thank",
        "We also thank",
        "We would like to thank",
        "We would also like to thank",
        "We'd like to thank",
        "We are grateful",
        "We gratefully acknowledge",
        "The authors thank",
        "The authors would like to thank",
        "The authors are grateful",
        "The authors gratefully acknowledge",
        "The author thanks",
        "The author would like to thank",
        "The author is grateful",
    ];
    // Words that go on a list of those thanked (`Thanks to Ana, and to
    // Olek`, `…, but especially Ana`), not a clause of its own.
    const LIST_WORDS: &[&str] = &[
        "and",
        "but",
        "especially",
        "including",
        "in",
        "who",
        "whose",
        "which",
        "for",
        "not",
        "plus",
        "along",
        "to",
    ];
    let t = text.trim_start_matches(['(', '*', '_']);
    // Every opener's first word is one of these: most sentences are ruled
    // out by it, with nothing allocated (`The` only before `author`).
    let first = t.split(' ').next().unwrap_or_default();
    let may_open = matches!(
        first.trim_end_matches([',', '!']),
        "Thank"
            | "Thanks"
            | "Many"
            | "Special"
            | "Big"
            | "Huge"
            | "Sincere"
            | "With"
            | "Our"
            | "We"
            | "We'd"
            | "We’d"
    ) || t.starts_with("The author");
    if !may_open {
        return false;
    }
    let t = if t.contains('’') {
        std::borrow::Cow::Owned(t.replace('’', "'"))
    } else {
        std::borrow::Cow::Borrowed(t)
    };
    if OPENERS.iter().any(|o| t.starts_with(o)) {
        return true;
    }
    let Some(rest) = t.strip_prefix("Thanks to ") else {
        return false;
    };
    // Nobody thanks `this`: `Thanks to this you can …` gives a cause.
    let first = rest.split_whitespace().next().unwrap_or_default();
    if ["this", "that", "these", "those", "it"].contains(&first.trim_end_matches(',')) {
        return false;
    }
    match rest.split_once(", ") {
        Some((_, after)) => {
            let next = after.split_whitespace().next().unwrap_or_default();
            !next.starts_with(char::is_lowercase) || LIST_WORDS.contains(&next)
        }
        None => rest.contains(" for ") || rest.contains('!') || words_up_to(rest, 6) <= 6,
    }
}
