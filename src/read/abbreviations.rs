//! Abbreviations that end with a full stop (`Dr.`, `e.g.`, `No.`, `Inc.`,
//! `U.S.`): the sentence splitter asks whether a full stop ends a sentence,
//! the marker reader whether a number glued after one may stand inside a
//! sentence (`et al.5 showed`).

#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Abbrev {
    /// Always followed by more of the same sentence (`Dr.`, `e.g.`).
    Title,
    /// Usually precedes a number (`No. 5`, `pp. 12`).
    BeforeNumber,
    /// May end a sentence (`Inc.`, `U.S.`, `etc.`).
    Ambiguous,
}

const TITLES: &[&str] = &[
    "mr", "mrs", "ms", "mx", "dr", "prof", "gen", "gov", "sen", "rep", "rev", "hon", "capt", "lt",
    "col", "sgt", "maj", "adm", "cmdr", "supt", "insp", "pres", "st", "mt", "ft", "messrs", "e.g",
    "i.e", "cf", "viz", "vs", "approx", "dept", "est", "fig", "figs", "eq", "al",
];
const BEFORE_NUMBER: &[&str] = &[
    "no", "nos", "n°", "nr", "p", "pp", "vol", "vols", "ch", "chap", "sec", "art", "para", "op",
    "ed", "rev", "tab", "ref", "refs",
];
const AMBIGUOUS: &[&str] = &[
    "inc", "corp", "co", "ltd", "llc", "plc", "bros", "etc", "jr", "sr", "a.m", "p.m", "jan",
    "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue",
    "wed", "thu", "fri", "sat", "sun", "ave", "blvd", "rd", "hwy", "ph.d", "b.a", "m.a", "esq",
];

pub(crate) fn abbreviation_class(word: &str) -> Option<Abbrev> {
    let w = word.trim_end_matches('.');
    if w.is_empty() || w.len() > 8 {
        return None;
    }
    // Lowercased on the stack: this runs for every period before a capital.
    let mut buf = [0u8; 8];
    let lower: std::borrow::Cow<'_, str> = if w.is_ascii() {
        for (d, b) in buf.iter_mut().zip(w.bytes()) {
            *d = b.to_ascii_lowercase();
        }
        std::borrow::Cow::Borrowed(std::str::from_utf8(&buf[..w.len()]).unwrap_or(""))
    } else {
        std::borrow::Cow::Owned(w.to_lowercase())
    };
    if TITLES.contains(&lower.as_ref()) {
        return Some(Abbrev::Title);
    }
    if BEFORE_NUMBER.contains(&lower.as_ref()) {
        return Some(Abbrev::BeforeNumber);
    }
    if AMBIGUOUS.contains(&lower.as_ref()) || is_dotted_initialism(w) {
        return Some(Abbrev::Ambiguous);
    }
    // A single lowercase consonant is an abbreviation (`v.` in a case's
    // name, `c.` for circa, `b.` for born); vowels are words in many
    // languages (`a`, `e`, `o`, `y`) and may end a sentence.
    if let [c] = w.as_bytes() {
        if c.is_ascii_lowercase() && !b"aeiouy".contains(c) {
            return Some(Abbrev::Ambiguous);
        }
    }
    None
}

/// `U.S`, `U.S.A`, `E.U`: single letters joined by dots.
fn is_dotted_initialism(w: &str) -> bool {
    w.contains('.')
        && w.split('.')
            .all(|p| p.chars().count() == 1 && p.chars().all(char::is_alphabetic))
}

/// Whether a number after `word` and its full stop numbers a thing
/// (`No.5`, `p.12`, `Vol.3`, `Fig.3`, `Eq.2`) rather than standing apart
/// from it.
pub(crate) fn numbers_after(word: &str) -> bool {
    let w = word.trim_end_matches('.').to_ascii_lowercase();
    matches!(abbreviation_class(&w), Some(Abbrev::BeforeNumber))
        || ["fig", "figs", "eq", "eqs"].contains(&w.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn abbreviations_by_what_follows_them() {
        assert_eq!(abbreviation_class("Dr."), Some(Abbrev::Title));
        assert_eq!(abbreviation_class("al"), Some(Abbrev::Title));
        assert_eq!(abbreviation_class("pp."), Some(Abbrev::BeforeNumber));
        assert_eq!(abbreviation_class("U.S"), Some(Abbrev::Ambiguous));
        assert_eq!(abbreviation_class("harbour"), None);
        assert!(numbers_after("No") && numbers_after("Fig.") && numbers_after("pp"));
        assert!(!numbers_after("al") && !numbers_after("etc") && !numbers_after("ferry"));
    }
}
