//! Rules for sentences that point somewhere instead of stating a fact:
//! the document speaking of itself, a version note, a pointer to another
//! part or page.

use super::{contains_ignore_ascii_case, strip_prefix_any_case, words_up_to};

/// Rule 7, the document speaking of itself: a sentence that opens with
/// `This article`, `This report`, `In this section`, `The following post`
/// (… `post`, `section`, `chapter`, `guide`, `document`), or that is a
/// short pointer elsewhere in it (`… is covered below.`, `… discussed later
/// in this article.`, `See … above.`). `This paper` and `this study` are left out:
/// writers name the works they cite that way (`In this paper, Smith et al.
/// show …`).
pub(super) fn is_self_reference(text: &str) -> bool {
    const DOCUMENT: &[&str] = &[
        "article", "report", "post", "section", "chapter", "guide", "document", "essay",
    ];
    let t = text.trim_start_matches(['"', '“', '(', '*', '_']);
    if is_version_note(t) || points_to_own_part(t) || points_to_a_link(t) {
        return true;
    }
    if t.starts_with(['本']) {
        return is_cjk_self_reference(t);
    }
    // A short sentence whose point is the pointer (a long one that ends
    // `(see Enhance above).` states something of its own); its last word
    // is checked first, as most sentences end otherwise.
    let tail = t.trim_end_matches(['.', '!', ')', '"', '”']);
    let last = tail.rsplit(char::is_whitespace).next().unwrap_or("");
    let points_last = ["below", "above", "article"]
        .iter()
        .any(|w| last.eq_ignore_ascii_case(w));
    let short = points_last && words_up_to(text, 10) <= 10 && !text.contains('(');
    let first = t.split_whitespace().next().unwrap_or("");
    let may_open = ["this", "the", "in"]
        .iter()
        .any(|w| first.eq_ignore_ascii_case(w));
    // Most sentences are neither: nothing is lowercased for them.
    if !may_open && !short {
        return false;
    }
    let mut words = [""; 6];
    for (slot, w) in words.iter_mut().zip(t.split_whitespace()) {
        *slot = w.trim_end_matches([',', ':']);
    }
    let is = |k: usize, w: &str| k < words.len() && words[k].eq_ignore_ascii_case(w);
    // The document's noun at `k`, not a part of something else (`This
    // section of the river`); a part of the document is one (`This
    // section of the report`).
    // … and not reporting a finding (`This report found that fares fell`
    // states a result, which is a claim).
    let finding = |k: usize| {
        k < words.len()
            && [
                "finds",
                "found",
                "shows",
                "showed",
                "concludes",
                "concluded",
                "reveals",
                "revealed",
                "demonstrates",
                "demonstrated",
                "confirms",
                "confirmed",
            ]
            .iter()
            .any(|w| is(k, w))
    };
    let document_at = |k: usize| DOCUMENT.iter().any(|d| is(k, d));
    let names_document = |k: usize| {
        let part_of_it = is(k + 1, "of") && (is(k + 2, "the") || is(k + 2, "this"));
        if part_of_it {
            return document_at(k) && document_at(k + 3) && !finding(k + 4);
        }
        document_at(k) && !is(k + 1, "of") && !finding(k + 1)
    };
    let opens = if is(0, "this") {
        names_document(1)
    } else if (is(0, "the") && is(1, "following")) || (is(0, "in") && is(1, "this")) {
        names_document(2)
    } else {
        false
    };
    if opens || !short {
        return opens;
    }
    // The pointer's place was checked as the last word; a short sentence
    // names what it points to with one of these verbs.
    let lower = tail.to_lowercase();
    let place = !last.eq_ignore_ascii_case("article")
        || lower.ends_with("later in this article")
        || lower.ends_with("earlier in this article");
    place
        && [
            "covered",
            "discussed",
            "described",
            "explained",
            "see ",
            "shown",
            "listed",
        ]
        .iter()
        .any(|verb| lower.contains(verb))
}

/// The document speaking of itself in Chinese or Japanese: `本文…` (this
/// article), `本报告…`/`本報告…` (this report), `本节…`/`本節…`, `本章…`,
/// `本稿…` (this paper), `本记事…`/`本記事…`. As in English, `本研究` (this
/// study) is left out, since writers name the works they cite so, and a
/// sentence that reports a finding (`本报告发现…`, this report found) is a
/// claim.
fn is_cjk_self_reference(t: &str) -> bool {
    const DOCUMENT: &[&str] = &[
        "本文",
        "本报告",
        "本報告",
        "本节",
        "本節",
        "本章",
        "本稿",
        "本记事",
        "本記事",
    ];
    const FINDINGS: &[&str] = &[
        "发现", "發現", "表明", "显示", "顯示", "证明", "證明", "示す",
    ];
    let Some(rest) = DOCUMENT.iter().find_map(|d| t.strip_prefix(d)) else {
        return false;
    };
    // The first clause: a finding reported after it is the text's own.
    let clause = rest.split(['，', '。', ',']).next().unwrap_or(rest);
    !FINDINGS.iter().any(|f| clause.contains(f))
}

/// Rule 7, a pointer to a linked page: `The framework can be downloaded
/// here.`, `A benchmark comparison can be found here.`, `Every option, see
/// here.` A short sentence (at most [`OWN_PART_MAX_WORDS`] words) that
/// ends with `here`, the text of its link, after a verb that only sends
/// the reader there. `Case matters here.` and `The rule applies here.`
/// state something and stay claims, as does a statement with a pointer
/// after it (`Fares rose, as documented here.`).
fn points_to_a_link(text: &str) -> bool {
    const SENDING: &[&str] = &[
        "can be found here",
        "can be downloaded here",
        "can be read here",
        "can be accessed here",
        "can be viewed here",
        "is available here",
        "are available here",
        "is linked here",
        "are linked here",
        "see here",
        "documented here",
        "is explained here",
        "are explained here",
    ];
    let tail = text.trim_end_matches(['.', '!', ')', ' ']);
    if !tail.ends_with("here") || words_up_to(text, OWN_PART_MAX_WORDS) > OWN_PART_MAX_WORDS {
        return false;
    }
    // A statement, then the pointer: `X requires Y, as we see here.`,
    // `X enables Y; a description is available here.`
    if text.contains("; ")
        || contains_ignore_ascii_case(text, ", as ")
        || contains_ignore_ascii_case(text, ", for more")
    {
        return false;
    }
    // `…, see here` and `… can be found here`: the words before `here`, as
    // one phrase whatever the spacing.
    let mut last: Vec<&str> = tail.split_whitespace().rev().take(4).collect();
    last.reverse();
    let phrase = format!(" {}", last.join(" ").to_lowercase());
    SENDING
        .iter()
        .any(|p| phrase.ends_with(p) && phrase[..phrase.len() - p.len()].ends_with([' ', ',']))
}

/// Longest sentence [`points_to_own_part`] reads as a pointer.
const OWN_PART_MAX_WORDS: usize = 20;

/// Rule 7, a pointer to a part of the document: `We report the results in
/// Section 4.5.`, `The fares are listed in Table 2.`, `Results are shown in
/// Fig. 3b.` A short sentence that ends by naming one of its own parts
/// (section, figure, table, appendix, chapter, equation, with its number)
/// and whose verb only shows or reports what is there. A sentence that
/// states a result and then points (`Fares fell, as shown in Table 2.`,
/// `Table 2 shows that fares fell.`) stays a claim.
fn points_to_own_part(text: &str) -> bool {
    const PARTS: &[&str] = &[
        "section", "sections", "sec.", "figure", "figures", "fig.", "figs.", "table", "tables",
        "appendix", "chapter", "equation", "eq.", "eqs.",
    ];
    const SHOWING: &[&str] = &[
        "we report",
        "we present",
        "we show",
        "we list",
        "we summarize",
        "we summarise",
        "we describe",
        "we give",
        "we provide",
        "we compare",
        "we illustrate",
        "we detail",
        "is shown",
        "are shown",
        "is given",
        "are given",
        "is reported",
        "are reported",
        "is listed",
        "are listed",
        "is presented",
        "are presented",
        "is summarized",
        "are summarized",
        "is summarised",
        "are summarised",
        "is illustrated",
        "are illustrated",
        "is described",
        "are described",
        "is depicted",
        "are depicted",
        "can be found",
        "is compared",
        "are compared",
    ];
    let tail = text.trim_end_matches(['.', ')', ' ']);
    // Most sentences end in a word: its first byte rules them out.
    let mut words = tail.rsplit(char::is_whitespace);
    let number = words.next().unwrap_or_default();
    let numbered = number.starts_with(|c: char| c.is_ascii_digit())
        || (number.len() == 1 && number.starts_with(|c: char| c.is_ascii_uppercase()));
    if !numbered {
        return false;
    }
    let part = words.next().unwrap_or_default();
    if !PARTS.iter().any(|p| part.eq_ignore_ascii_case(p))
        || words_up_to(text, OWN_PART_MAX_WORDS) > OWN_PART_MAX_WORDS
        || contains_ignore_ascii_case(text, " that ")
        || contains_ignore_ascii_case(text, ", as ")
    {
        return false;
    }
    SHOWING.iter().any(|v| contains_ignore_ascii_case(text, v))
}

/// Labels that open an editor's note on the piece itself.
const NOTE_LABELS: &[&str] = &[
    "editor's note:",
    "editor’s note:",
    "editors' note:",
    "editors’ note:",
    "correction:",
    "clarification:",
    "update:",
    "note:",
];

/// Rule 7, a correction notice: `Correction: An earlier version of this
/// story gave the wrong date.`, `A previous version of this article …`,
/// `Editor's note: This story was updated on 4 March.` It speaks of the
/// piece's own versions (a notice's label alone, as in `Update: the
/// council voted`, makes no notice). Compared in place: most sentences
/// fail at their first letters, with nothing allocated.
fn is_version_note(text: &str) -> bool {
    // Most sentences open with none of the words: one byte rules them out.
    let first = text.as_bytes().first().map(u8::to_ascii_lowercase);
    if !matches!(first, Some(b'a' | b'c' | b'e' | b'n' | b't' | b'u')) {
        return false;
    }
    let unlabelled = NOTE_LABELS
        .iter()
        .find_map(|label| strip_prefix_any_case(text, label))
        .map_or(text, str::trim_start);
    let piece = |rest: &str| {
        ["article", "story", "post", "report", "piece", "page"]
            .iter()
            .any(|d| strip_prefix_any_case(rest, d).is_some())
    };
    ["an earlier version of this ", "a previous version of this "]
        .iter()
        .any(|p| strip_prefix_any_case(unlabelled, p).is_some_and(piece))
        || ["this story was updated", "this story has been updated"]
            .iter()
            .any(|p| strip_prefix_any_case(unlabelled, p).is_some())
}

/// Rule 7, a pointer to another page: `For other uses, see Harbour
/// (disambiguation).`, `For the ferry itself, see Varn Ferry.`, `Not to be
/// confused with the Varn Weir.` — the note a wiki page opens with, or a
/// guide's `For details, see the fares table.` It sends the reader
/// elsewhere and states nothing. The sentence is short (at most
/// [`POINTER_MAX_WORDS`] words) and what follows `, see` is a name of at
/// most six words; `For years, see-through panels lined the pier` and
/// `For the council, seeing the weir raised was a win` state something.
/// A short sentence that opens with `See` sends the reader too (`See
/// Section 2.11.`, `See the fares table for details.`, `See also Varn
/// Ferry.`), unless a clause after a semicolon states something of its
/// own; `See's Candies opened in 1921.` names a firm.
pub(super) fn is_cross_reference(text: &str) -> bool {
    let t = text.trim_start_matches(['"', '“', '(', '*', '_', ' ']);
    let opens = |w: &str| strip_prefix_any_case(t, w).is_some();
    if opens("not to be confused with ") || (t.starts_with("See ") && !t.contains(';')) {
        return words_up_to(t, POINTER_MAX_WORDS) <= POINTER_MAX_WORDS;
    }
    if !opens("for ") || words_up_to(t, POINTER_MAX_WORDS) > POINTER_MAX_WORDS {
        return false;
    }
    t.rsplit_once(", see ")
        .or_else(|| t.rsplit_once(", see also "))
        .is_some_and(|(_, target)| {
            let target = target.trim_end_matches(['.', ')', '"', '”']);
            !target.is_empty() && target.split_whitespace().count() <= 6
        })
}

/// Longest sentence [`is_cross_reference`] reads as a pointer.
const POINTER_MAX_WORDS: usize = 20;
