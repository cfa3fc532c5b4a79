//! Stage 2b, references: which blocks of a parsed document are the article's
//! own source list, read as [`ReferenceEntry`]s and taken out of the prose.
//!
//! A source list is recognised by its entries, not by a heading alone, so a
//! post titled "Footnotes" keeps its prose. The rules, in order:
//!
//! 1. **Labels.** A heading, or a line on its own, that names a source list
//!    (`Sources`, `**Citations:**`, `References:`, `参考文献：`, `Quellen`,
//!    `Fuentes`, … see [`LABELS`]) opens a *section*, until the next heading
//!    of the same or a higher level. Inside it, a block whose first line
//!    starts with an entry id (`[3]`, `3.`, `3)`, `<sup>3</sup>`, `^3`, `³`, `【3】`)
//!    or that is an ordered list item is a list of entries; a table whose
//!    rows open with rising numbers is one too (`table_entries`); any
//!    other block stays prose. A label with its list run into one line
//!    (`Sources: [1] … [2] …`) is a list too (`inline_list`).
//! 2. **Lines.** A block of entries is split at each line that starts with an
//!    id (`[1] Title: URL` lines joined by soft breaks are several entries);
//!    other lines continue the entry above. Under a label, a line is also
//!    split where the next number opens inside it, as in a list whose line
//!    breaks were lost (`[1] … 2001. [2] …`; `run_on_cuts`).
//! 3. **No label, bracketed ids.** Two or more entries in a row, each block
//!    (or line) starting with `[n]` or `<sup>n</sup>` and the numbers rising,
//!    are a source list wherever they stand (the endnotes of a chapter):
//!    prose does not open paragraph after paragraph with a rising `[n]`.
//! 4. **No label, after a rule.** Ordered list items right after a
//!    horizontal rule, running to the end of the document or to a heading,
//!    are endnotes (the shape of HTML footnotes converted to Markdown) when
//!    most of them give a web address, a year or `Ibid.`.
//! 5. An indented code block in a section whose lines are entries is a
//!    source list (a list indented four spaces under `Sources`); any other
//!    code block is dropped here, as code.

use std::ops::Range;

use crate::read::citations::{footnote_label, head, superscript_digit};
use crate::read::structure::{Block, BlockKind, ReferenceEntry, SkipReason, Skipped, Structure};

/// Records that `block`, read as a source list, holds no sentence.
fn skip(skipped: &mut Vec<Skipped>, block: &Block, reason: SkipReason) {
    let span = block.map.file_offset(0)..block.map.file_offset(block.text.len());
    if !span.is_empty() {
        skipped.push(Skipped { span, reason });
    }
}

/// Words that name a source list, in English and in the languages our users'
/// articles come in (compared lowercased, without `#*_:：` and an `[edit]`
/// link).
pub const LABELS: &[&str] = &[
    // English
    "sources",
    "source",
    "references",
    "reference",
    "reference list",
    "notes",
    "footnotes",
    "endnotes",
    "bibliography",
    "works cited",
    "citations",
    "cited sources",
    "sources cited",
    "literature cited",
    "notes and references",
    "references and notes",
    "sources and notes",
    "notes and sources",
    "references cited",
    "key sources",
    "source list",
    "list of sources",
    "sources consulted",
    "works consulted",
    "citations and references",
    "footnotes and references",
    "sources and references",
    "references and sources",
    "notes and citations",
    "citations and notes",
    "source notes",
    "end notes",
    // German, Dutch
    "quellen",
    "quellenangaben",
    "literatur",
    "literaturverzeichnis",
    "einzelnachweise",
    "belege",
    "anmerkungen",
    "fußnoten",
    "bronnen",
    "referenties",
    // Romance languages
    "fuentes",
    "referencias",
    "notas",
    "bibliografía",
    "références",
    "bibliographie",
    "fonti",
    "riferimenti",
    "bibliografia",
    "fontes",
    "referências",
    "notas y referencias",
    "notes et références",
    "notas e referências",
    // Nordic, Polish, Czech, Turkish
    "källor",
    "referenser",
    "kilder",
    "referanser",
    "lähteet",
    "źródła",
    "przypisy",
    "zdroje",
    "kaynaklar",
    "kaynakça",
    // Chinese (simplified and traditional), Japanese, Korean, Russian,
    // Vietnamese
    "参考文献",
    "參考文獻",
    "参考资料",
    "參考資料",
    "参考来源",
    "參考來源",
    "参考链接",
    "參考連結",
    "资料来源",
    "資料來源",
    "来源",
    "來源",
    "引用",
    "引用文献",
    "引用元",
    "参考文献リスト",
    "参考リンク",
    "参考サイト",
    "参考url",
    "出典",
    "脚注",
    "注释",
    "註釋",
    "참고문헌",
    "참고 문헌",
    "참고 자료",
    "출처",
    "источники",
    "литература",
    "список литературы",
    "примечания",
    "tài liệu tham khảo",
    "nguồn",
    // Spanish and Portuguese qualified
    "fuentes consultadas",
    "fontes consultadas",
];

/// Is `text` (a heading or a line on its own) the label of a source list?
/// Marks around the words do not count (`## 📚 Sources`, `**References:**`),
/// nor does a section number before them (`## 7. Sources`, `IV. References`).
pub fn is_label(text: &str) -> bool {
    label_name(text)
        .is_some_and(|lower| LABELS.contains(&lower.as_str()) || is_qualified_label(&lower))
}

/// A heading's name as labels are compared: lowercase, without a wiki
/// dump's edit link and asterisks (`***** References[edit] *****`), a
/// section number (`7. Sources`) or a colon, `&` read as `and`; `None`
/// for a line too long to be a label.
fn label_name(text: &str) -> Option<String> {
    let t = text.trim();
    if t.len() > 120 {
        return None;
    }
    let t = t
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .trim_end_matches(|c: char| !c.is_alphanumeric() && c != ']');
    let t = t.strip_suffix("[edit]").unwrap_or(t);
    let t = t.trim_end_matches(|c: char| !c.is_alphanumeric());
    let t = without_section_number(t).trim_start_matches(|c: char| !c.is_alphanumeric());
    let t = without_appendix(t);
    if t.is_empty() || t.chars().count() > 30 {
        return None;
    }
    // `Sources & References` reads as `sources and references`.
    Some(t.to_lowercase().replace(" & ", " and "))
}

/// A heading over works to read or visit rather than sources cited:
/// `Further reading`, `External links`, `See also`, `Recommended reading`,
/// `Additional resources`. Its entries are titles and links, not claims;
/// they number no source.
pub fn is_reading_list_label(text: &str) -> bool {
    const READING_LISTS: &[&str] = &[
        "further reading",
        "external links",
        "see also",
        "additional reading",
        "recommended reading",
        "suggested reading",
        "related reading",
        "additional resources",
        "further resources",
        "useful links",
    ];
    label_name(text).is_some_and(|lower| READING_LISTS.contains(&lower.as_str()))
}

/// Nouns that name a list of sources on their own (`notes` is not among
/// them: `Additional notes` may be remarks).
const LABEL_NOUNS: &[&str] = &[
    "sources",
    "source",
    "references",
    "reference",
    "citations",
    "bibliography",
];

/// Words that may qualify a [`LABEL_NOUNS`] noun in a list's label.
const LABEL_QUALIFIERS: &[&str] = &[
    "key",
    "main",
    "primary",
    "secondary",
    "selected",
    "cited",
    "consulted",
    "used",
    "further",
    "additional",
    "other",
    "research",
    "reading",
    "data",
    "web",
    "online",
    "works",
    "literature",
    "links",
    "list",
    "of",
    "and",
    "the",
];

/// An English label that [`LABELS`] does not list but is built the same
/// way: a source noun with words that only qualify it (`Cited works`,
/// `Research sources`, `Sources and further reading`, `Selected
/// references`). A noun among other words is prose or a topic (`Sources of
/// funding for the bridge`, `Energy sources`); `works` alone needs `cited`.
fn is_qualified_label(lower: &str) -> bool {
    let words: Vec<&str> = lower.split_whitespace().collect();
    let noun = words.iter().any(|w| LABEL_NOUNS.contains(w))
        || (words.contains(&"works") && words.contains(&"cited"));
    noun && words.len() <= 5
        && words
            .iter()
            .all(|w| LABEL_NOUNS.contains(w) || LABEL_QUALIFIERS.contains(w))
}

/// `7. Sources` → `Sources`, `4.2 Notes`, `IV. References`, `B) Notes`: a
/// heading's section number is not part of its name; nor is a Chinese
/// one (`六、参考文献`, `（一）参考资料`, `第六章 参考文献`).
fn without_section_number(t: &str) -> &str {
    if let Some(rest) = without_chinese_section_number(t) {
        return rest;
    }
    let number_len = t
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(t.len());
    // `4.2`, `12.`, not a year (`2024 Sources`).
    let number_len = if t[..number_len].split('.').all(|part| part.len() <= 2) {
        number_len
    } else {
        0
    };
    let roman_len = t
        .find(|c: char| !matches!(c, 'I' | 'V' | 'X'))
        .unwrap_or(t.len());
    let letter_len = usize::from(t.starts_with(|c: char| c.is_ascii_uppercase()));
    for len in [number_len, roman_len, letter_len] {
        if len == 0 {
            continue;
        }
        let rest = &t[len..];
        let rest = rest.strip_prefix(['.', ')']).unwrap_or(rest);
        // `7. Sources`, `4.2 Notes`, `V. Sources`: the number ends in `.`
        // or `)` or holds a dot. `13 Sources` is a count of sources (see
        // `source_count`), and `Vsources` a word.
        let marked = rest.len() < t.len() - len || (number_len == len && t[..len].contains('.'));
        if marked && rest.starts_with(char::is_whitespace) {
            return rest.trim_start();
        }
    }
    t
}

/// Chinese numerals, as section numbers are written (`六`, `十二`).
fn is_chinese_numeral(c: char) -> bool {
    matches!(
        c,
        '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十' | '零' | '〇'
    )
}

/// `t` after a Chinese section number: numerals then `、` (`六、`),
/// numerals in parentheses (`（一）`, `(一)`), or `第` numerals and a
/// chapter or section word (`第六章`, `第二节`, `第三部分`); `None`
/// without one.
fn without_chinese_section_number(t: &str) -> Option<&str> {
    fn numerals(s: &str) -> Option<&str> {
        let rest = s.trim_start_matches(is_chinese_numeral);
        let count = s[..s.len() - rest.len()].chars().count();
        (1..=3).contains(&count).then_some(rest)
    }
    let rest = if let Some(inner) = t.strip_prefix('（').or_else(|| t.strip_prefix('(')) {
        let after = numerals(inner)?;
        after
            .strip_prefix('）')
            .or_else(|| after.strip_prefix(')'))?
    } else if let Some(inner) = t.strip_prefix('第') {
        let after = numerals(inner)?;
        ["章", "节", "節", "部分"]
            .iter()
            .find_map(|word| after.strip_prefix(word))?
    } else {
        // `一）`: the label's marks, `（` among them, are already gone.
        let after = numerals(t)?;
        after.strip_prefix(['、', '．', '.', '）', ')'])?
    };
    Some(rest.trim_start())
}

/// `Appendix: Sources` → `Sources`, `Appendix A – References`, `Annex 2.
/// Sources`: the appendix a list is put in is not part of its name. The
/// word, an optional letter or number, then a separator.
fn without_appendix(t: &str) -> &str {
    let lower_starts = |word: &str| {
        t.get(..word.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(word))
    };
    let Some(word) = ["appendix", "annex"].into_iter().find(|w| lower_starts(w)) else {
        return t;
    };
    let rest = t[word.len()..].trim_start();
    // An optional `A` or `2` naming which appendix.
    let id_len = rest
        .find(|c: char| !c.is_ascii_alphanumeric())
        .filter(|&n| n <= 2)
        .unwrap_or(0);
    let rest = rest[id_len..].trim_start();
    match rest
        .strip_prefix([':', '.', '-', '–', '—'])
        .map(str::trim_start)
    {
        Some(name) if !name.is_empty() => name,
        _ => t,
    }
}

/// How an entry's id is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum IdStyle {
    /// `[3]`, `[^3]`, `【3】`, `［3］`, `<sup>3</sup>`, `^3`: only a source list opens
    /// lines like this.
    Marked,
    /// `3.`, `3)`, `(3)`, `3:`: also an ordinary numbered list.
    Numbered,
}

/// Splits a line's leading entry id: `[1]`, `[^a]:`, `【1】`, `［1］`,
/// `<sup>1</sup>`, `^1`, `1.`, `1)`, `(1)`, `1:`, `1、`, `1．`, `（1）`,
/// after any indentation and a list bullet. Returns the id, the rest of the
/// line and the id's style.
fn entry_id(line: &str) -> Option<(String, &str, IdStyle)> {
    let t = without_bullet(line);
    let short_id = |id: &str| !id.is_empty() && id.len() <= 40 && !id.contains(char::is_whitespace);
    for (open, close) in [("[", "]"), ("【", "】"), ("［", "］"), ("<sup>", "</sup>")] {
        if let Some(rest) = t.strip_prefix(open) {
            let end = rest.find(close)?;
            let raw_id = rest[..end].trim();
            let id = footnote_label(raw_id.trim_start_matches('^'));
            let rest = rest[end + close.len()..].trim_start_matches([':', '.']);
            // `[1](#ref)`, `[text](url)`: a link, not an id. A word in
            // brackets (`[UE] member states`) is an id only as a footnote
            // label (`[^ue]`); an entry is otherwise numbered.
            let is_link = rest.starts_with('(');
            let numbered_or_footnote =
                raw_id.starts_with('^') || id.bytes().all(|b| b.is_ascii_digit());
            return (short_id(id) && !is_link && numbered_or_footnote)
                .then(|| (id.to_string(), rest, IdStyle::Marked));
        }
    }
    // `¹ Port notice`, `²³ Fares table`: a note numbered in superscript
    // digits, as a copied page's notes are.
    let superscript: String = t
        .chars()
        .map_while(|c| superscript_digit(c).and_then(|d| char::from_digit(d, 10)))
        .collect();
    if (1..=4).contains(&superscript.len()) {
        let rest = &t[t
            .char_indices()
            .nth(superscript.len())
            .map_or(t.len(), |(i, _)| i)..];
        if rest.starts_with(char::is_whitespace) {
            return Some((superscript, rest, IdStyle::Marked));
        }
    }
    if let Some(rest) = t.strip_prefix('^') {
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        return (1..=4)
            .contains(&digits)
            .then(|| (rest[..digits].to_string(), &rest[digits..], IdStyle::Marked));
    }
    // `Source 3: Port notice`, as a report that cites `(Source 3)` lists
    // its sources.
    if let Some(rest) = t.strip_prefix("Source ") {
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        let id = rest[..digits].trim_start_matches('0');
        let after = rest[digits..]
            .strip_prefix(':')
            .or_else(|| rest[digits..].strip_prefix('.'))
            .or_else(|| rest[digits..].strip_prefix(" -"))
            .or_else(|| rest[digits..].strip_prefix(" –"))
            .or_else(|| rest[digits..].strip_prefix(" —"))?;
        return ((1..=4).contains(&digits)
            && !id.is_empty()
            && after.starts_with(char::is_whitespace))
        .then(|| (id.to_string(), after, IdStyle::Numbered));
    }
    // `(3) Smith, J. …`: the chemists' way (ACS) of numbering a list;
    // `（3）港务局…` in full-width parentheses, with no space after them.
    for (open, close, spaced) in [('(', ')', true), ('（', '）', false)] {
        if let Some(inner) = t.strip_prefix(open) {
            let digits = inner.bytes().take_while(u8::is_ascii_digit).count();
            let rest = inner[digits..].strip_prefix(close)?;
            let id = inner[..digits].trim_start_matches('0');
            return ((1..=4).contains(&digits)
                && !id.is_empty()
                && (!spaced || rest.starts_with(char::is_whitespace)))
            .then(|| (id.to_string(), rest, IdStyle::Numbered));
        }
    }
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 4 {
        return None;
    }
    let rest = &t[digits..];
    let id = t[..digits].trim_start_matches('0');
    // `3、港务局…`, `3．…`: Chinese and Japanese lists number so, and
    // write no space after the mark.
    if let Some(rest) = rest.strip_prefix(['、', '．', '）']) {
        return (!id.is_empty() && !rest.trim().is_empty())
            .then(|| (id.to_string(), rest, IdStyle::Numbered));
    }
    let rest = rest
        .strip_prefix('.')
        .or_else(|| rest.strip_prefix(')'))
        .or_else(|| rest.strip_prefix(':'))?;
    (rest.starts_with(char::is_whitespace) && !id.is_empty())
        .then(|| (id.to_string(), rest, IdStyle::Numbered))
}

/// `line` after its indentation and a list bullet (`- `, `* `, `• `).
fn without_bullet(line: &str) -> &str {
    let t = line.trim_start();
    ["- ", "* ", "• "]
        .iter()
        .find_map(|b| t.strip_prefix(b))
        .unwrap_or(t)
        .trim_start()
}

/// Title and URL of an entry's text (after its id); `link_urls` are the
/// destinations of the links inside it.
pub(crate) fn title_and_url(rest: &str, link_urls: &[String]) -> (String, String) {
    let bare = bare_url(rest);
    let url = link_urls
        .iter()
        .find(|u| u.starts_with("http"))
        .map(String::as_str)
        .or(bare)
        .unwrap_or("")
        .to_string();
    // Each removal copies only when there is something to remove.
    let mut title = std::borrow::Cow::Borrowed(rest);
    if let Some(b) = bare {
        if title.contains('<') {
            title = title.replace(&format!("<{b}>"), "").into();
        }
        title = title.replace(b, "").into();
    }
    if title.contains("sup>") {
        title = title.replace("<sup>", "").replace("</sup>", "").into();
    }
    (tidy_title(&title), url)
}

/// The URL written out in an entry's text: from `http://` or `https://` in
/// the first word holding one, without closing punctuation.
fn bare_url(rest: &str) -> Option<&str> {
    // The first word holding either is the one around the first place
    // either appears (found once, not searched word by word).
    let first = match (rest.find("http://"), rest.find("https://")) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    };
    first
        .and_then(|at| {
            let start = rest[..at]
                .char_indices()
                .rev()
                .find(|(_, c)| c.is_whitespace())
                .map_or(0, |(i, c)| i + c.len_utf8());
            let end = rest[at..]
                .find(char::is_whitespace)
                .map_or(rest.len(), |i| at + i);
            let w = &rest[start..end];
            let at = w.find("http://").or_else(|| w.find("https://"))?;
            Some(&w[at..])
        })
        .map(|w| w.trim_end_matches(['.', ',', ')', '>', ']']))
}

/// `title` after any stylesheet rules in it (`.cite{font-style:inherit}`):
/// a page converter can leave a page's inline CSS where a citation stood.
/// Braces hold a stylesheet only when two or more rules of `name:value` are
/// in them, so a title's own braces (`The {SAT} problem`) stay.
fn after_stylesheet(title: &str) -> &str {
    let is_rule = |body: &str| {
        body.split_once(':').is_some_and(|(name, _)| {
            let name = name.trim();
            !name.is_empty() && name.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
        })
    };
    let mut rules = 0;
    let mut last_end = None;
    let mut rest = title;
    let mut at = 0;
    while let Some(open) = rest.find('{') {
        let Some(len) = rest[open..].find('}') else {
            break;
        };
        if is_rule(&rest[open + 1..open + len]) {
            rules += 1;
            last_end = Some(at + open + len + 1);
        }
        at += open + len + 1;
        rest = &title[at..];
    }
    match last_end {
        Some(end) if rules >= 2 => &title[end..],
        _ => title,
    }
}

/// A title's words joined by single spaces, without the punctuation left
/// around it (`City report —` before a removed URL is `City report`, and
/// `Data, 2013, [` before a converter's `[[url](url)]` is `Data, 2013`). A
/// parenthesis or bracket stays when it pairs with one inside (`Port
/// survey (2024).`, `[Draft] Port survey`).
fn tidy_title(title: &str) -> String {
    let title = after_stylesheet(title);
    let mut words: Vec<&str> = title.split_whitespace().collect();
    // `^ a b Title`: a note cited twice or more links back to each place
    // with a letter, in order; the letters are not the title. A text dump
    // may glue the last letter to the title (`^ a bLoi, C.`); a page copied
    // from a browser puts the links' caption before them (`^ Jump up to: a
    // b`), a few words ending with a colon.
    if words.first().is_some_and(|w| matches!(*w, "^" | "↑")) {
        // Where the letters start: after the caret, or after a caption.
        let from = words
            .iter()
            .take(5)
            .position(|w| w.ends_with(':'))
            .map_or(1, |end| end + 1);
        let letters_from = |from: usize| {
            let letters = words[from.min(words.len())..]
                .iter()
                .zip('a'..='z')
                .take_while(|(w, letter)| w.len() == 1 && w.starts_with(*letter))
                .count();
            let glued = words.get(from + letters).and_then(|w| {
                let next = char::from(b'a' + u8::try_from(letters).ok()?);
                let rest = w.strip_prefix(next)?;
                rest.starts_with(|c: char| !c.is_lowercase())
                    .then_some(rest)
            });
            (letters + usize::from(glued.is_some()) >= 2).then_some((letters, glued))
        };
        let found = letters_from(from)
            .map(|l| (from, l))
            .or_else(|| letters_from(1).map(|l| (1, l)));
        if let Some((from, (letters, glued))) = found {
            words.drain(..from + letters);
            if let Some(rest) = glued {
                words[0] = rest;
            }
        }
    }
    let joined = words.join(" ");
    let joined = without_access_date(&joined);
    // `↩` (and its text-style selector) and `↑` are a footnote's link back
    // to its marker, left in converted pages.
    let separator = |c: char| {
        matches!(
            c,
            '.' | ','
                | ';'
                | ':'
                | '。'
                | '，'
                | '；'
                | '：'
                | '-'
                | '–'
                | '—'
                | '|'
                | '^'
                | '↩'
                | '↑'
                | '\u{fe0e}'
                | '\u{fe0f}'
        )
    };
    let mut t = joined;
    loop {
        let before = t.len();
        t = t
            .trim_start_matches(|c: char| c.is_whitespace() || separator(c) || c == ')' || c == ']')
            .trim_end_matches(|c: char| c.is_whitespace() || separator(c) || c == '(' || c == '[');
        for (open, close) in [('(', ')'), ('[', ']')] {
            let opens = t.matches(open).count();
            let closes = t.matches(close).count();
            if opens > closes {
                t = t.strip_prefix(open).unwrap_or(t);
            } else if closes > opens {
                t = t.strip_suffix(close).unwrap_or(t);
            }
        }
        if t.len() == before {
            return crate::read::mojibake::repair(t.to_string());
        }
    }
}

/// Words of a date as references write it besides months (`on`, `from`).
const DATE_WORDS: &[&str] = &["on", "from", "at", "of", "utc", "gmt"];

/// `title` without the date the page was read, which citation styles and
/// AI reports append (`Port notice, accessed June 3, 2025`, `… Retrieved 3
/// May 2020 from`, `(accessed 2024-05-01)`): what follows `accessed` or
/// `retrieved`, after a separator and some title, when it is short and
/// holds a digit.
fn without_access_date(title: &str) -> &str {
    let lower = title.to_ascii_lowercase();
    for word in ["accessed", "retrieved"] {
        let Some(at) = lower.rfind(word) else {
            continue;
        };
        let before = title[..at].trim_end();
        let after = &title[at + word.len()..];
        // Something of the title stays before it.
        let separated = before.ends_with([',', '.', '(', ';', ':', '-', '–', '—'])
            && before.chars().any(char::is_alphanumeric);
        // A date and nothing else (`on 3 May 2020 from`; a publisher after
        // it, `accessed 18 May 2021, Visa`, keeps the note where it is).
        let date_words = after
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_empty())
            .all(|w| {
                let w = w.to_lowercase();
                DATE_WORDS.contains(&w.as_str()) || crate::read::MONTH_NAMES.contains(&w.as_str())
            });
        let short_date =
            after.len() <= 40 && after.bytes().any(|b| b.is_ascii_digit()) && date_words;
        let word_ends = after.starts_with(|c: char| !c.is_alphanumeric()) || after.is_empty();
        if separated && short_date && word_ends {
            return before;
        }
    }
    title
}

/// The entries a block holds, if it is a list of entries: its first line
/// starts with an id (then every line that starts with one opens the next
/// entry), or it is an ordered list item (`number`: its written number),
/// whose whole text is the entry. With `numbered_ok` false, only marked ids
/// (`[n]`, `<sup>n</sup>`, …) count.
fn entries_of(block: &Block, rules: EntryRules) -> Option<Vec<ReferenceEntry>> {
    let EntryRules {
        numbered_ok,
        use_list_number,
        run_on,
    } = rules;
    let text = &block.text;
    let first_line = first_line(text.trim_start());
    let first =
        entry_id(first_line).filter(|(_, _, style)| numbered_ok || *style == IdStyle::Marked);
    if first.is_none() {
        let n = block.list_number.filter(|_| use_list_number)?;
        let start = text.len() - text.trim_start().len();
        let cuts = if run_on {
            run_on_cuts(&text[start..], n, None, None)
        } else {
            Vec::new()
        };
        if cuts.is_empty() {
            let urls: Vec<String> = block.links.iter().map(|(_, u)| u.clone()).collect();
            let (title, url) = title_and_url(text, &urls);
            return Some(vec![ReferenceEntry {
                id: n.to_string(),
                title,
                url,
                offset: block.map.file_offset(start),
            }]);
        }
        // The item's own number is the list's, not in its text: its
        // first piece has no id to read.
        let mut entries = vec![entry_in(
            block,
            n.to_string(),
            start..start + cuts[0].1,
            &text[start..start + cuts[0].1],
        )];
        entries.extend(cut_entries(block, start, text.len(), &cuts));
        return Some(entries);
    }
    let first_style = first.as_ref().map(|(_, _, style)| *style);
    // Numbered entries continue with numbers: `[Estonia]: …` on the next
    // line is part of the entry, not one of its own.
    let first_numeric = first
        .as_ref()
        .is_some_and(|(id, _, _)| numeric(id).is_some());
    // (id, start of the entry's text in `text`, end)
    let mut spans: Vec<(String, usize, usize)> = Vec::new();
    let indent = |line: &str| line.len() - line.trim_start().len();
    let first_indent = indent(text.lines().find(|l| !l.trim().is_empty()).unwrap_or(""));
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let start_trimmed = at + indent(line);
        // A new entry: same id style, no deeper indentation than the first
        // entry (a wrapped line `      2013.` is a continuation), and for
        // numbers, rising.
        let last = spans.last().and_then(|(id, _, _)| numeric(id));
        let same_kind = |(id, _, style): &(String, &str, IdStyle)| {
            Some(*style) == first_style
                && indent(line) <= first_indent
                && (!first_numeric || numeric(id).is_some_and(|n| last.is_none_or(|l| n > l)))
        };
        match entry_id(line).filter(same_kind) {
            Some((id, _, _)) => spans.push((id, start_trimmed, at + line.len())),
            None => {
                if let Some(last) = spans.last_mut() {
                    last.2 = at + line.len();
                }
            }
        }
        at += line.len();
    }
    let bracket = first_line_bracket(first_line);
    let mut entries = Vec::with_capacity(spans.len());
    for (k, (id, start, end)) in spans.iter().enumerate() {
        let piece = &text[*start..*end];
        let (rest, rest_at) = match entry_id(piece) {
            Some((_, rest, _)) => (rest, *end - rest.len()),
            None => (piece, *start),
        };
        let cuts = match numeric(id).filter(|_| run_on) {
            // Entries run on only up to the number the next line opens.
            Some(n) => {
                let limit = spans.get(k + 1).and_then(|(next, _, _)| numeric(next));
                run_on_cuts(rest, n, bracket, limit)
            }
            None => Vec::new(),
        };
        let own_end = cuts.first().map_or(*end, |&(_, at)| rest_at + at);
        let own_rest = &text[rest_at..own_end];
        entries.push(entry_in(block, id.clone(), *start..own_end, own_rest));
        entries.extend(cut_entries(block, rest_at, *end, &cuts));
    }
    Some(entries)
}

/// `text` up to its first line end (without a `\r` before it), found with
/// the memchr crate: most blocks are one long line, which `lines()` reads
/// about a byte a step.
fn first_line(text: &str) -> &str {
    let end = memchr::memchr(b'\n', text.as_bytes()).unwrap_or(text.len());
    text[..end].strip_suffix('\r').unwrap_or(&text[..end])
}

/// How [`entries_of`] reads a block.
#[derive(Debug, Clone, Copy)]
struct EntryRules {
    /// Plain numbers (`3.`, `3)`) open entries, not only marked ids
    /// (`[3]`, `<sup>3</sup>`, …).
    numbered_ok: bool,
    /// An ordered list item without an id in its text is the entry its
    /// list number gives.
    use_list_number: bool,
    /// Entries run into one line are cut apart ([`run_on_cuts`]): only
    /// under a source-list label, where a `[2]` inside an entry is not a
    /// body citation.
    run_on: bool,
}

impl EntryRules {
    /// Under a source-list label: every id style, list numbers, run-on lines.
    const IN_SECTION: EntryRules = EntryRules {
        numbered_ok: true,
        use_list_number: true,
        run_on: true,
    };
    /// Outside any labelled section, once a run is known to be a list.
    const LISTED: EntryRules = EntryRules {
        numbered_ok: true,
        use_list_number: true,
        run_on: false,
    };
    /// Marked ids only: the test for a list that no label announces.
    const MARKED_ONLY: EntryRules = EntryRules {
        numbered_ok: false,
        use_list_number: false,
        run_on: false,
    };
    /// An HTML note's text: marked ids, else the note's own number.
    const NOTE: EntryRules = EntryRules {
        numbered_ok: false,
        use_list_number: true,
        run_on: false,
    };
}

/// The bracket around the id that opens `line` (`[3]`, `【3】`, `［3］`),
/// if it opens with one.
fn first_line_bracket(line: &str) -> Option<(&'static str, &'static str)> {
    let t = without_bullet(line);
    [("[", "]"), ("【", "】"), ("［", "］")]
        .into_iter()
        .find(|(open, _)| t.starts_with(open))
}

/// A source list whose line breaks were lost, as when a page or a PDF is
/// flattened to text: `[1] Smith, Depot history, 2001. [2] Jones, Transit
/// review, 2003.` on one line. In an entry's text after its id, `rest`,
/// entry `id` ends where the next number opens: where `id + 1`, then
/// `id + 2`, … stand after a space or a full stop, in the entry's own
/// bracket, and below `limit`, the number the next line opens (that entry
/// is already there). Entries numbered without a bracket (`1.`) are cut
/// only where two or more numbers follow, each after a full stop
/// (`… 2001. 2. Jones … 2003. 3. Lee …`): one `ed. 2.` belongs to a
/// title. Each entry the cuts make must have two words or more (or two
/// Chinese or Japanese letters), or nothing is cut. Returns each cut's number and its offset in `rest`.
fn run_on_cuts(
    rest: &str,
    id: u64,
    bracket: Option<(&str, &str)>,
    limit: Option<u64>,
) -> Vec<(u64, usize)> {
    let mut cuts = Vec::new();
    let mut next = id + 1;
    let below_limit = |n: u64| limit.is_none_or(|l| n < l);
    match bracket {
        Some((open, close)) => {
            for (at, _) in rest.match_indices(open) {
                // After a space or a full stop (`2001.[2]`, `公告。【2】`),
                // not glued to a word (`table[2]`).
                let after_space = rest[..at]
                    .ends_with(|c: char| c.is_whitespace() || matches!(c, '.' | '。' | '．'));
                let inner = &rest[at + open.len()..];
                let number = inner
                    .find(close)
                    .map(|end| &inner[..end])
                    .and_then(entry_number);
                if after_space && number == Some(next) && below_limit(next) {
                    cuts.push((next, at));
                    next += 1;
                }
            }
        }
        None => {
            let bytes = rest.as_bytes();
            for at in 1..bytes.len() {
                let opens_number = bytes[at].is_ascii_digit()
                    && bytes[at - 1] == b' '
                    && rest[..at - 1].ends_with('.');
                if !opens_number {
                    continue;
                }
                let Some((n, after, _)) = entry_id(&rest[at..]) else {
                    continue;
                };
                let starts_entry = after.trim_start().starts_with(|c: char| !c.is_lowercase());
                if entry_number(&n) == Some(next) && below_limit(next) && starts_entry {
                    cuts.push((next, at));
                    next += 1;
                }
            }
            if cuts.len() < 2 {
                cuts.clear();
            }
        }
    }
    // Every piece must read as an entry, a few words at least: `Vol. 2.
    // No. 3.` in a title cuts nothing.
    let starts: Vec<usize> = std::iter::once(0)
        .chain(cuts.iter().map(|&(_, at)| at))
        .collect();
    let pieces_are_entries = starts.iter().enumerate().all(|(k, &from)| {
        let to = starts.get(k + 1).copied().unwrap_or(rest.len());
        let piece = &rest[from..to];
        let text = if k == 0 {
            piece
        } else {
            entry_id(piece).map_or(piece, |(_, after, _)| after)
        };
        // Chinese and Japanese write no spaces: two letters will do.
        text.split_whitespace().nth(MIN_RUN_ON_WORDS - 1).is_some()
            || text
                .chars()
                .filter(|&c| crate::cjk::is_cjk_letter(c))
                .nth(1)
                .is_some()
    });
    if !pieces_are_entries {
        cuts.clear();
    }
    cuts
}

/// The fewest words each entry of a run-on list must have
/// ([`run_on_cuts`]).
const MIN_RUN_ON_WORDS: usize = 2;

/// The entries that [`run_on_cuts`] found in `block.text[from..end]`:
/// each from its cut to the next.
fn cut_entries(
    block: &Block,
    from: usize,
    end: usize,
    cuts: &[(u64, usize)],
) -> Vec<ReferenceEntry> {
    cuts.iter()
        .enumerate()
        .map(|(k, &(n, at))| {
            let start = from + at;
            let stop = cuts.get(k + 1).map_or(end, |&(_, next)| from + next);
            let piece = &block.text[start..stop];
            let rest = entry_id(piece).map_or(piece, |(_, rest, _)| rest);
            entry_in(block, n.to_string(), start..stop, rest)
        })
        .collect()
}

/// A table under a source-list label whose rows start with rising numbers
/// (`| 1 | Port notice | https://… |`, also `[1]` or `1.`): a row is an
/// entry, its other cells the title and URL; a header row or any row
/// without a number is part of the table, not an entry. `None` unless two
/// or more rows are numbered and the numbers rise.
fn table_entries(cells: &[Block]) -> Option<Vec<ReferenceEntry>> {
    let mut entries = Vec::new();
    let mut last = 0;
    let mut at = 0;
    while at < cells.len() {
        let row = cells[at].table_row;
        let len = cells[at..]
            .iter()
            .take_while(|c| c.table_row == row)
            .count();
        let (first, rest) = (&cells[at], &cells[at + 1..at + len]);
        at += len;
        let raw = first.text.trim();
        let id = raw
            .strip_prefix('[')
            .and_then(|r| r.strip_suffix(']'))
            .or_else(|| raw.strip_suffix(['.', ')']))
            .unwrap_or(raw);
        let Some(n) = numeric(id).filter(|_| (1..=4).contains(&id.len())) else {
            continue;
        };
        if n <= last {
            return None;
        }
        last = n;
        let text: Vec<&str> = rest.iter().map(|c| c.text.trim()).collect();
        let urls: Vec<String> = rest
            .iter()
            .flat_map(|c| c.links.iter().map(|(_, u)| u.clone()))
            .collect();
        let (title, url) = title_and_url(&text.join(" "), &urls);
        entries.push(ReferenceEntry {
            id: n.to_string(),
            title,
            url,
            offset: first
                .map
                .file_offset(first.text.len() - first.text.trim_start().len()),
        });
    }
    (entries.len() >= 2).then_some(entries)
}

/// A source list run into one paragraph after its label: `Sources: [1]
/// Port notice, https://… [2] Fares table`. The label and a colon, then
/// two or more bracketed numbers, rising, the first right after the colon;
/// each opens an entry. A caption (`Source: City archive`) has no numbers.
fn inline_list(block: &Block) -> Option<Vec<ReferenceEntry>> {
    let text = &block.text;
    // A label is short: look for its colon in the first few bytes only.
    let colon = head(text, 40).find([':', '：'])?;
    if !is_label(&text[..colon]) {
        return None;
    }
    let after = colon + text[colon..].chars().next()?.len_utf8();
    let list_start = after + (text[after..].len() - text[after..].trim_start().len());
    // (id, where its entry starts)
    let mut starts: Vec<(u64, usize)> = Vec::new();
    let mut at = list_start;
    while let Some(open) = text[at..].find('[') {
        let open = at + open;
        // An id of up to four digits: its `]` is near (no search of the
        // rest of the paragraph for each `[`).
        let close = text[open..]
            .bytes()
            .take(6)
            .position(|b| b == b']')
            .map(|c| open + c);
        let n = close.and_then(|c| numeric(&text[open + 1..c]).filter(|_| c - open <= 5));
        match (n, close) {
            (Some(n), Some(close))
                if starts.last().is_none_or(|&(last, _)| n > last)
                    && (starts.is_empty() == (open == list_start)) =>
            {
                starts.push((n, open));
                at = close + 1;
            }
            _ => at = open + 1,
        }
        if starts.is_empty() {
            return None;
        }
    }
    if starts.len() < 2 {
        return None;
    }
    let entries = starts
        .iter()
        .enumerate()
        .map(|(k, &(n, start))| {
            let end = starts.get(k + 1).map_or(text.len(), |&(_, s)| s);
            let piece = &text[start..end];
            let rest = &piece[piece.find(']').map_or(0, |c| c + 1)..];
            entry_in(block, n.to_string(), start..end, rest)
        })
        .collect();
    Some(entries)
}

/// A paragraph whose first line is a source-list label and whose other
/// lines are the list (`**References**` with `[1] Port notice` on the next
/// line and no blank line between, as Markdown then joins them): the
/// entries of the lines after the label.
fn label_line_then_list(block: &Block) -> Option<Vec<ReferenceEntry>> {
    if block.kind != BlockKind::Paragraph {
        return None;
    }
    let text = block.text.trim_end();
    let first_end = text.len() - text.trim_start().len() + text.trim_start().find('\n')?;
    if !is_label(&text[..first_end]) {
        return None;
    }
    let list = block.tail(first_end + 1);
    entries_of(
        &list,
        EntryRules {
            use_list_number: false,
            ..EntryRules::IN_SECTION
        },
    )
    .or_else(|| bare_entries(&list, None).filter(|e| e.len() >= 2))
}

/// A list item under a source-list label that opens with a link whose text
/// is its number (`- [3](https://…) Port notice`): entry 3, the link's
/// address its URL. The link's brackets are gone from the block's text,
/// which reads `3 Port notice`; the structure stage kept the number's span.
fn link_number_entry(block: &Block) -> Option<Vec<ReferenceEntry>> {
    if block.kind != BlockKind::ListItem {
        return None;
    }
    let text = &block.text;
    let start = text.len() - text.trim_start().len();
    let span = block.numeric_links.iter().find(|s| s.start == start)?;
    let id = text[span.clone()].trim_matches(['[', ']']);
    let n = entry_number(id)?;
    let end = text.trim_end().len();
    Some(vec![entry_in(
        block,
        n.to_string(),
        start..end,
        &text[span.end..end],
    )])
}

/// A bullet under a source-list label that gives its id last (`- [Port
/// notice](https://…) [3]`): entry 3. Only a bracketed number ending a
/// one-line item counts.
fn id_last_entry(block: &Block) -> Option<Vec<ReferenceEntry>> {
    if block.kind != BlockKind::ListItem || block.list_number.is_some() {
        return None;
    }
    let text = block.text.trim_end();
    if text.trim().contains('\n') {
        return None;
    }
    let open = text.strip_suffix(']')?.rfind('[')?;
    let id = &text[open + 1..text.len() - 1];
    let n = entry_number(id)?;
    let title = &text[..open];
    (!title.trim().is_empty()).then(|| vec![entry_in(block, n.to_string(), 0..open, title)])
}

/// Entries numbered without a mark after the number (`1 Port notice`, a
/// line each, as some exports write a list under its label): read only
/// under a source-list label, from a paragraph whose first line opens one,
/// and only when two or more entries are numbered one after another (`1`,
/// `2`, `3`), so that `12 of the 40 ferries…` under `Notes` stays prose. A
/// line opening with another number continues the entry before it (a
/// wrapped `2019 edition`). The entries may share a paragraph or stand in
/// paragraphs of their own ([`bare_run`]).
fn bare_entries(block: &Block, next: Option<u64>) -> Option<Vec<ReferenceEntry>> {
    if block.kind != BlockKind::Paragraph {
        return None;
    }
    let text = &block.text;
    let bare_id = |line: &str| {
        let t = line.trim_start();
        let digits = t.bytes().take_while(u8::is_ascii_digit).count();
        let rest = &t[digits..];
        let opens = (1..=3).contains(&digits)
            && rest.starts_with([' ', '\t'])
            && rest.trim_start().starts_with(|c: char| !c.is_ascii_digit());
        opens.then(|| t[..digits].parse::<u64>().ok()).flatten()
    };
    // (id, start of the entry's text in `text`, end)
    let mut spans: Vec<(u64, usize, usize)> = Vec::new();
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let want = spans.last().map(|(n, _, _)| n + 1).or(next);
        match bare_id(line).filter(|&n| n > 0 && want.is_none_or(|w| n == w)) {
            Some(n) => spans.push((
                n,
                at + line.len() - line.trim_start().len(),
                at + line.len(),
            )),
            None if spans.is_empty() => return None,
            None => spans.last_mut().expect("an entry is open").2 = at + line.len(),
        }
        at += line.len();
    }
    let entries = spans
        .into_iter()
        .map(|(n, start, end)| {
            let piece = &text[start..end];
            let rest = piece.trim_start_matches(|c: char| c.is_ascii_digit());
            entry_in(block, n.to_string(), start..end, rest)
        })
        .collect();
    Some(entries)
}

/// Paragraphs from `i` whose bare-numbered entries ([`bare_entries`]) go on
/// one after another: how many, and their entries; `(0, [])` unless two
/// entries or more.
fn bare_run(blocks: &[Block], i: usize) -> (usize, Vec<ReferenceEntry>) {
    run_of_entries(blocks, i, |block, so_far| {
        let next = so_far.last().and_then(|e| numeric(&e.id)).map(|n| n + 1);
        bare_entries(block, next)
    })
}

/// Blocks from `i` whose entries `read` finds (given the entries found so
/// far), one block after another: how many, and their entries; `(0, [])`
/// unless two entries or more.
fn run_of_entries(
    blocks: &[Block],
    i: usize,
    read: impl Fn(&Block, &[ReferenceEntry]) -> Option<Vec<ReferenceEntry>>,
) -> (usize, Vec<ReferenceEntry>) {
    let mut entries: Vec<ReferenceEntry> = Vec::new();
    let mut j = i;
    while let Some(found) = blocks.get(j).and_then(|block| read(block, &entries)) {
        entries.extend(found);
        j += 1;
    }
    if entries.len() >= 2 {
        (j - i, entries)
    } else {
        (0, Vec::new())
    }
}

/// A wiki page's reference list copied from a browser: the list's numbers
/// are not copied, and each entry opens with the caret of its link back to
/// the text (`^ Smith, J. …`, `^ a b Jones …` for a source cited twice,
/// `^ Jump up to: a b …`, or `↑`). Its entries, one a line (a line that
/// does not open with a caret goes on the entry above), are numbered on
/// from `first` in order, as the page numbered them. `None` unless the
/// block's first line opens with a caret.
fn caret_entries(block: &Block, first: u64) -> Option<Vec<ReferenceEntry>> {
    let text = &block.text;
    let mut starts = Vec::new();
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let body = line.trim_start();
        let opens = body
            .strip_prefix('^')
            .or_else(|| body.strip_prefix('↑'))
            .is_some_and(|rest| rest.starts_with(|c: char| !c.is_ascii_digit() && c != '['));
        if opens {
            starts.push(at + line.len() - body.len());
        } else if starts.is_empty() && !body.trim().is_empty() {
            return None;
        }
        at += line.len();
    }
    let entries = starts
        .iter()
        .enumerate()
        .map(|(k, &start)| {
            let end = starts.get(k + 1).copied().unwrap_or(text.len());
            let id = first + k as u64;
            entry_in(block, id.to_string(), start..end, &text[start..end])
        })
        .collect::<Vec<_>>();
    (!entries.is_empty()).then_some(entries)
}

/// Blocks from `i` of [`caret_entries`], numbered on from 1: how many, and
/// their entries; `(0, [])` unless two entries or more.
fn caret_run(blocks: &[Block], i: usize) -> (usize, Vec<ReferenceEntry>) {
    run_of_entries(blocks, i, |block, so_far| {
        matches!(block.kind, BlockKind::Paragraph | BlockKind::ListItem)
            .then(|| caret_entries(block, so_far.len() as u64 + 1))
            .flatten()
    })
}

/// The entry `id` written over `span` of `block`'s text, `rest` being its
/// text after the id: its title and URL (from the links inside the span,
/// else a bare address).
fn entry_in(block: &Block, id: String, span: Range<usize>, rest: &str) -> ReferenceEntry {
    let urls: Vec<String> = block
        .links
        .iter()
        .filter(|(link, _)| span.contains(&link.start))
        .map(|(_, u)| u.clone())
        .collect();
    let (title, url) = title_and_url(rest, &urls);
    ReferenceEntry {
        id,
        title,
        url,
        offset: block.map.file_offset(span.start),
    }
}

fn numeric(id: &str) -> Option<u64> {
    id.parse().ok()
}

/// An entry's number written as text that is not marked as one (`[3]` at
/// an item's end, a link's text `3`): one to four digits, no leading zero.
fn entry_number(id: &str) -> Option<u64> {
    numeric(id).filter(|_| (1..=4).contains(&id.len()) && !id.starts_with('0'))
}

/// Rule 3: how many blocks from `i` form a run of marked, numbered entries
/// with rising numbers, two entries or more; 0 if none.
fn marked_run(blocks: &[Block], i: usize) -> usize {
    let mut last: Option<u64> = None;
    let mut entries = 0;
    let mut j = i;
    while let Some(block) = blocks.get(j) {
        if !matches!(block.kind, BlockKind::Paragraph | BlockKind::ListItem) {
            break;
        }
        let Some(found) = entries_of(block, EntryRules::MARKED_ONLY) else {
            break;
        };
        let rising = found.iter().all(|e| match numeric(&e.id) {
            Some(n) => {
                let ok = last.is_none_or(|l| n > l);
                last = Some(n);
                ok
            }
            None => false,
        });
        if !rising {
            break;
        }
        entries += found.len();
        j += 1;
    }
    if entries >= 2 {
        j - i
    } else {
        0
    }
}

/// Rule 4: ordered list items right after a rule, to the end or a heading;
/// how many blocks, or 0.
fn endnote_run(blocks: &[Block], i: usize) -> usize {
    let starts = blocks[i].after_rule
        && blocks[i].kind == BlockKind::ListItem
        && blocks[i].list_number.is_some();
    if !starts {
        return 0;
    }
    let mut j = i;
    while blocks.get(j).is_some_and(|b| b.kind == BlockKind::ListItem) {
        j += 1;
    }
    let to_the_end = j == blocks.len() || blocks[j].kind == BlockKind::Heading;
    // Without a label, a closing numbered list is endnotes only if it reads
    // like them: most items give an address or a year (a list of closing
    // tips after a rule does not).
    let numbered: Vec<&Block> = blocks[i..j]
        .iter()
        .filter(|b| b.list_number.is_some())
        .collect();
    let cited_like = numbered.iter().filter(|b| looks_like_reference(b)).count();
    if to_the_end && 2 * cited_like >= numbered.len() {
        j - i
    } else {
        0
    }
}

/// A block written as a bibliography entry, not as prose: a list item
/// that gives a web address or a link, a year in parentheses or closing a
/// sentence (`Smith, J. (2020).`, `pages 833–841, 2015.`), or an opening
/// surname and a comma before a name or an initial (`Floyd, S. and K.`,
/// `Richer, Justin, and Antonio Sanso.`). `In 2019 the ferry ran at
/// night.` is prose, and so are a paragraph with links in it and a list
/// item of three sentences or more.
fn reads_like_bibliography(block: &Block) -> bool {
    let text = block.text.trim_start_matches(['*', '-', '•', ' ', '\t']);
    let linked = !block.links.is_empty() || text.contains("http://") || text.contains("https://");
    let sentence_ends = text
        .as_bytes()
        .windows(3)
        .filter(|w| matches!(w[0], b'.' | b'!' | b'?') && w[1] == b' ' && w[2].is_ascii_uppercase())
        .count();
    if linked && block.kind == BlockKind::ListItem && sentence_ends < 2 {
        return true;
    }
    let b = text.as_bytes();
    let year_at = |k: usize| {
        b.get(k..k + 4).is_some_and(|y| {
            y.iter().all(u8::is_ascii_digit) && (y.starts_with(b"1") || y.starts_with(b"20"))
        }) && (k == 0 || !b[k - 1].is_ascii_digit())
            && !b.get(k + 4).is_some_and(u8::is_ascii_digit)
    };
    let dated = (0..b.len()).any(|k| {
        year_at(k)
            && ((k > 0
                && b[k - 1] == b'('
                && matches!(b.get(k + 4), Some(b')' | b',' | b'a'..=b'z')))
                || (k >= 2 && &b[k - 2..k] == b", " && b.get(k + 4) == Some(&b'.')))
    });
    if dated || ends_with_a_cited_date(text) {
        return true;
    }
    // `Surname, Given,`, `Surname, G.` or `Surname, 1952,` at the start
    // (`Crews, unions and the port` is a list; a dump joins a linked
    // name with `_`).
    let mut words = text.split_whitespace();
    let (Some(first), Some(second)) = (words.next(), words.next()) else {
        return false;
    };
    let year = second.trim_end_matches([',', '.']);
    let second_is_year =
        year.len() == 4 && year.starts_with(['1', '2']) && year.bytes().all(|b| b.is_ascii_digit());
    let given = second.starts_with(char::is_uppercase) && second.ends_with(['.', ',']);
    first.len() > 2
        && first.ends_with(',')
        && first.starts_with(char::is_uppercase)
        && first[..first.len() - 1]
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '_'))
        && (given || second_is_year)
}

/// Under a label of sources (not of notes, where remarks with links stand),
/// a short paragraph that links a web page or ends with its address is an
/// entry written without a number: `Night bus review. Varn County Council.
/// https://…`, `[Buses to end](https://…), Varn Herald.` Prose there stays
/// prose: more than 30 words, or a link in a paragraph of sentences.
fn is_linked_entry(block: &Block) -> bool {
    const MOST_WORDS: usize = 30;
    let text = block.text.trim();
    let last = text
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or("")
        .trim_end_matches(['.', ',', ';', ')', '>', ']'])
        .trim_start_matches(['(', '<', '[']);
    let address_at_end = last.starts_with("http://") || last.starts_with("https://");
    let web_link = block
        .links
        .iter()
        .any(|(_, url)| url.starts_with("http://") || url.starts_with("https://"));
    let sentences_on = text
        .as_bytes()
        .windows(3)
        .filter(|w| matches!(w[0], b'.' | b'!' | b'?') && w[1] == b' ' && w[2].is_ascii_uppercase())
        .count();
    (address_at_end || web_link && sentences_on == 0)
        && text.split_whitespace().nth(MOST_WORDS).is_none()
}

/// `… Harbour News, 3 May 2010.`, `… report, May 2019.`: a block that
/// ends with a date set off by a comma, only a day and a month before its
/// year, as a reference gives its date. Prose dates a clause (`…, in May
/// 2019.`, `opened on 3 May 2010.`).
fn ends_with_a_cited_date(text: &str) -> bool {
    let t = text.trim_end().trim_end_matches(['.', ')']);
    let Some((head, date)) = t.rsplit_once(", ") else {
        return false;
    };
    let words: Vec<String> = date
        .split_whitespace()
        .map(|w| w.trim_end_matches([',', '.']).to_lowercase())
        .collect();
    let Some((year, rest)) = words.split_last() else {
        return false;
    };
    let month = |w: &String| crate::read::MONTH_NAMES.contains(&w.as_str());
    let is_year =
        year.len() == 4 && year.starts_with(['1', '2']) && year.bytes().all(|b| b.is_ascii_digit());
    !head.is_empty()
        && is_year
        && (1..=2).contains(&rest.len())
        && rest.iter().any(month)
        && rest
            .iter()
            .all(|w| month(w) || (w.len() <= 2 && w.bytes().all(|b| b.is_ascii_digit())))
}

/// An entry that gives a web address, a year (1800–2099) or `Ibid.`.
fn looks_like_reference(block: &Block) -> bool {
    let text = &block.text;
    if !block.links.is_empty() || text.contains("http") || text.to_lowercase().contains("ibid") {
        return true;
    }
    let b = text.as_bytes();
    (0..b.len().saturating_sub(3)).any(|k| {
        let year = &b[k..k + 4];
        year.iter().all(u8::is_ascii_digit)
            && (year.starts_with(b"18") || year.starts_with(b"19") || year.starts_with(b"20"))
            && (k == 0 || !b[k - 1].is_ascii_digit())
            && !b.get(k + 4).is_some_and(u8::is_ascii_digit)
    })
}

/// Takes the source lists out of `structure.blocks` into
/// `structure.references` (rules in the module doc). Also drops every
/// indented code block that is not a source list.
pub fn extract(structure: &mut Structure) {
    let blocks = std::mem::take(&mut structure.blocks);
    // What becomes of each block, decided first and applied at the end, so
    // that kept blocks are moved, not copied.
    let mut fate: Vec<Fate> = vec![Fate::Dropped; blocks.len()];
    // The level of the label that opened the current section (0: a plain
    // label line, which any heading closes).
    let mut section: Option<u8> = None;
    // The same for a section of further reading (`is_reading_list_label`).
    let mut reading: Option<u8> = None;
    let closed_by = |open: Option<u8>, heading: &Block| {
        open.is_some_and(|l| l == 0 || heading.level == 0 || heading.level <= l)
    };
    // Each labelled section's stretch of the file, and whether its label
    // names notes only (see `drop_explanatory_notes`).
    let mut sections: Vec<LabelledSection> = Vec::new();
    // Bulleted entries under a source label, with their section's index.
    let mut bullets: Vec<(usize, ReferenceEntry)> = Vec::new();
    let mut i = 0;
    while i < blocks.len() {
        let block = &blocks[i];
        let single_line = memchr::memchr(b'\n', block.text.trim().as_bytes()).is_none();
        if block.kind == BlockKind::Heading || (single_line && block.kind == BlockKind::Paragraph) {
            if is_label(&block.text) {
                fate[i] = Fate::Label;
                section = Some(block.level);
                reading = None;
                let at = block.map.file_offset(0);
                if let Some(open) = sections.last_mut() {
                    open.span.end = open.span.end.min(at);
                }
                sections.push(LabelledSection {
                    notes: is_notes_label(&block.text),
                    span: at..usize::MAX,
                });
                i += 1;
                continue;
            }
            if block.kind == BlockKind::Heading {
                if closed_by(section, block) {
                    section = None;
                    if let Some(open) = sections.last_mut() {
                        open.span.end = open.span.end.min(block.map.file_offset(0));
                    }
                }
                if closed_by(reading, block) {
                    reading = None;
                }
                if is_reading_list_label(&block.text) {
                    reading = Some(block.level);
                }
            }
        }
        if block.kind == BlockKind::Paragraph {
            if let Some(entries) = inline_list(block) {
                structure.references.extend(entries);
                skip(&mut structure.skipped, block, SkipReason::SourceList);
                i += 1;
                continue;
            }
            if let Some(entries) = label_line_then_list(block) {
                structure.references.extend(entries);
                skip(&mut structure.skipped, block, SkipReason::SourceList);
                // The list may go on in the paragraphs after it.
                section = Some(block.level);
                let at = block.map.file_offset(0);
                if let Some(open) = sections.last_mut() {
                    open.span.end = open.span.end.min(at);
                }
                sections.push(LabelledSection {
                    notes: block.text.lines().next().is_some_and(is_notes_label),
                    span: at..usize::MAX,
                });
                i += 1;
                continue;
            }
        }
        if block.note {
            // An HTML footnote's text (`<div id="fn3">…`): note 3.
            structure
                .references
                .extend(entries_of(block, EntryRules::NOTE).unwrap_or_default());
            skip(&mut structure.skipped, block, SkipReason::SourceList);
            i += 1;
            continue;
        }
        if section.is_some() && block.kind == BlockKind::TableCell {
            let table = blocks[i..]
                .iter()
                .take_while(|b| b.kind == BlockKind::TableCell)
                .count();
            if let Some(entries) = table_entries(&blocks[i..i + table]) {
                structure.references.extend(entries);
                for b in &blocks[i..i + table] {
                    skip(&mut structure.skipped, b, SkipReason::SourceList);
                }
                i += table;
                continue;
            }
        }
        // In the element a document marks as its bibliography, as under a
        // label.
        if (section.is_some() || block.in_bibliography) && block.kind != BlockKind::Heading {
            if let Some(entries) = entries_of(block, EntryRules::IN_SECTION)
                .or_else(|| id_last_entry(block))
                .or_else(|| link_number_entry(block))
            {
                structure.references.extend(entries);
                skip(&mut structure.skipped, block, SkipReason::SourceList);
                i += 1;
                continue;
            }
            let (run, entries) = bare_run(&blocks, i);
            let (run, entries) = if run > 0 {
                (run, entries)
            } else {
                caret_run(&blocks, i)
            };
            if run > 0 {
                structure.references.extend(entries);
                for b in &blocks[i..i + run] {
                    skip(&mut structure.skipped, b, SkipReason::SourceList);
                }
                i += run;
                continue;
            }
        }
        let run = marked_run(&blocks, i).max(endnote_run(&blocks, i));
        if run > 0 {
            for b in &blocks[i..i + run] {
                let entries = entries_of(b, EntryRules::LISTED).unwrap_or_default();
                structure.references.extend(entries);
                skip(&mut structure.skipped, b, SkipReason::SourceList);
            }
            i += run;
            continue;
        }
        if block.kind != BlockKind::Code {
            // What stands in a list's section without being an entry of it
            // is a reference written without a number (`Smith, J. (2020).
            // Night ferries.`) or a link and its description: a block that
            // reads like a reference ([`reads_like_bibliography`]), and
            // under a further-reading heading any list item. Prose there
            // stays prose: a label may title the whole article (`#
            // Footnotes`), `Notes:` may head a list of remarks, and no
            // heading need close a plain label line before the article
            // goes on.
            let under_sources = section.is_some() && sections.last().is_some_and(|s| !s.notes);
            // Everything in a marked bibliography is one of its works.
            let listed = block.in_bibliography
                || (section.is_some() || reading.is_some()) && reads_like_bibliography(block)
                || reading.is_some() && block.kind == BlockKind::ListItem
                || under_sources && is_linked_entry(block);
            fate[i] = if listed { Fate::Listed } else { Fate::Kept };
            if listed
                && under_sources
                && block.kind == BlockKind::ListItem
                && block.list_number.is_none()
            {
                let text = block.text.as_str();
                let entry = entry_in(block, String::new(), 0..text.len(), text);
                bullets.push((sections.len() - 1, entry));
            }
        }
        i += 1;
    }
    drop_explanatory_notes(&mut structure.references, &sections, &blocks, &fate);
    // Bulleted sources count by place only when one section holds them
    // all, two or more: two such lists leave `[1]` ambiguous.
    if bullets.len() >= 2 && bullets.iter().all(|(s, _)| *s == bullets[0].0) {
        structure.bulleted_sources = bullets
            .into_iter()
            .enumerate()
            .map(|(k, (_, entry))| ReferenceEntry {
                id: (k + 1).to_string(),
                ..entry
            })
            .collect();
    }
    structure.blocks = blocks
        .into_iter()
        .zip(fate)
        .filter_map(|(mut block, fate)| match fate {
            Fate::Kept => Some(block),
            Fate::Listed => {
                block.in_reading_list = true;
                Some(block)
            }
            Fate::Label => {
                block.kind = BlockKind::Heading;
                Some(block)
            }
            Fate::Dropped => None,
        })
        .collect();
}

/// A source-list label's section: where it stands in the file, and whether
/// the label names notes only (`Notes`, `Footnotes`).
struct LabelledSection {
    notes: bool,
    span: Range<usize>,
}

/// Is `text` a label of notes only (`Notes`, `Footnotes`, `Endnotes`), as
/// against one of sources (`References`, `Sources`, `Notes and
/// references`)?
fn is_notes_label(text: &str) -> bool {
    label_name(text).is_some_and(|l| {
        matches!(
            l.as_str(),
            "notes"
                | "footnotes"
                | "endnotes"
                | "end notes"
                | "anmerkungen"
                | "notas"
                | "примечания"
        )
    })
}

/// A wiki page sets its explanatory notes apart (`fire.[a]`, `[note 1]`)
/// from its citations (`[1]`), and a text dump prints both lists numbered
/// from 1: `Notes` 1, 2… for the notes, `References` 1, 2… for the
/// sources. The notes' list then declares no source (its numbers are the
/// letters'): when the article marks notes that way, and another labelled
/// list numbers sources, the entries under a notes-only label are dropped
/// (they stay out of the prose). A page whose `Footnotes` are its only
/// numbered list keeps them: they are its sources.
fn drop_explanatory_notes(
    references: &mut Vec<ReferenceEntry>,
    sections: &[LabelledSection],
    blocks: &[Block],
    fate: &[Fate],
) {
    if !sections.iter().any(|s| s.notes) {
        return;
    }
    // Sections stand in file order, one after another: found by halving.
    let section_of = |offset: usize| {
        let k = sections.partition_point(|s| s.span.start <= offset);
        k.checked_sub(1)
            .map(|k| &sections[k])
            .filter(|s| s.span.contains(&offset))
    };
    let numbers_sources = references
        .iter()
        .any(|e| numeric(&e.id).is_some() && section_of(e.offset).is_some_and(|s| !s.notes));
    // The first note's marker, in the article's own text.
    let marks_notes = || {
        blocks.iter().zip(fate).any(|(b, f)| {
            matches!(f, Fate::Kept)
                && ["[a]", "[note 1]", "[nb 1]"]
                    .iter()
                    .any(|m| b.text.contains(m))
        })
    };
    if numbers_sources && marks_notes() {
        references.retain(|e| !section_of(e.offset).is_some_and(|s| s.notes));
    }
}

/// What [`extract`] does with a block.
#[derive(Clone, Copy)]
enum Fate {
    Kept,
    /// Kept, marked as standing in a list of sources or of reading.
    Listed,
    /// Kept, read as a heading (a source-list label such as `Sources:`).
    Label,
    /// A source list, or a code block.
    Dropped,
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `title_and_url` as first written (the URL searched word by word,
    /// the title copied at each step): the reference the faster one must
    /// agree with.
    fn title_and_url_reference(rest: &str) -> (String, String) {
        let bare = rest
            .split_whitespace()
            .find_map(|w| {
                let at = w.find("http://").or_else(|| w.find("https://"))?;
                Some(&w[at..])
            })
            .map(|w| w.trim_end_matches(['.', ',', ')', '>', ']']));
        let mut title = rest.to_string();
        if let Some(b) = bare {
            title = title.replace(&format!("<{b}>"), "").replace(b, "");
        }
        let title = title.replace("<sup>", "").replace("</sup>", "");
        (tidy_title(&title), bare.unwrap_or("").to_string())
    }

    proptest::proptest! {
        #[test]
        fn title_and_url_agrees_with_the_reference(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    "Port", "notice", " ", "\u{a0}", "\t", "http://a.org/x", "https://b.net/y?u=http://c",
                    "<", ">", "<sup>1</sup>", ".", ",", "(", ")", "é", "xhttps://d.io", "http:/", "]",
                ]),
                0..12,
            )
        ) {
            let rest: String = parts.concat();
            proptest::prop_assert_eq!(title_and_url(&rest, &[]), title_and_url_reference(&rest));
        }
    }
    use crate::read::structure::{parse, Format};

    /// The text of each block `parse` marks as standing in a list of
    /// sources or reading.
    /// Asserts each entry's id and title, in order.
    #[track_caller]
    fn assert_ids_and_titles(text: &str, format: Format, expected: &[(&str, &str)]) {
        let s = parse(text, format);
        let got: Vec<(&str, &str)> = s
            .references
            .iter()
            .map(|r| (r.id.as_str(), r.title.as_str()))
            .collect();
        assert_eq!(got, expected);
    }

    fn listed(text: &str) -> Vec<String> {
        parse(text, Format::Markdown)
            .blocks
            .into_iter()
            .filter(|b| b.in_reading_list)
            .map(|b| b.text.trim().to_string())
            .collect()
    }

    #[test]
    fn unnumbered_references_and_reading_lists_are_marked() {
        let text = "# Ferries\n\nThe ferry runs at night (Smith, 2020).\n\n\
                    ## References\n\n\
                    Smith, J. (2020). Night ferries. Harbour Journal, 12, 45-67.\n\n\
                    Port Office. Annual fares report, May 2019.\n\n\
                    The fares were checked again in June.\n\n\
                    ## Further reading\n\n\
                    - [Tides and timetables](https://example.org/tides)\n\
                    - A history of the weir\n\n\
                    ## Crews\n\n\
                    - Crews rest three nights a week (2019).\n";
        assert_eq!(
            listed(text),
            [
                "Smith, J. (2020). Night ferries. Harbour Journal, 12, 45-67.",
                "Port Office. Annual fares report, May 2019.",
                "Tides and timetables",
                "A history of the weir",
            ]
        );
        // `Notes:` over remarks, a label titling the whole article, and a
        // long item with a link stay prose.
        let notes = "Notes:\n\n- In 2019 the ferry ran at night.\n\
                     - The weir was raised by the council, see [the plan](https://example.org/plan). \
                     It cost more. Crews stayed.\n";
        assert!(listed(notes).is_empty());
        let titled = "# Footnotes\n\nFootnotes are notes at the foot of a page.[^1]\n\n\
                      They date from 1500 or so.\n\n[^1]: A note.\n";
        assert!(listed(titled).is_empty());
    }

    #[test]
    fn linked_entries_without_numbers_under_a_sources_label() {
        let text = "# Buses\n\nThe night buses stop in March.\n\n## Sources\n\n\
                    Night bus review. Varn County Council. https://council.example/buses\n\n\
                    [Night buses to end](https://news.example/buses), Varn Herald.\n\n\
                    Ridership figures (<https://transport.example/figures.pdf>)\n\n\
                    The review was withdrawn after protests. Shift workers had written to \
                    the council, see [their letter](https://union.example/letter).\n\n\
                    Riders said the last bus had been the only way home from the late shift at \
                    the hospital and the port, and that taxis cost more than a night's pay, \
                    https://union.example/survey\n";
        assert_eq!(
            listed(text),
            [
                "Night bus review. Varn County Council. https://council.example/buses",
                "Night buses to end, Varn Herald.",
                "Ridership figures (https://transport.example/figures.pdf)",
            ]
        );
        // Under `Notes`, remarks with links stay prose.
        let notes =
            "The buses stop.\n\n## Notes\n\nSee the review at https://council.example/buses\n";
        assert!(listed(notes).is_empty());
    }

    #[test]
    fn bibliography_entries_are_told_from_prose() {
        let block = |text: &str, kind: BlockKind| Block {
            kind,
            ..parse(text, Format::PlainText).blocks.remove(0)
        };
        for entry in [
            "Smith, J. (2020). Night ferries.",
            "Floyd, S. and K.",
            "Richer, Justin, and Antonio Sanso.",
            "In Proceedings of the Harbour Conference, pages 833–841, 2015.",
            "Green, P. (2017, May). Weirs.",
            "Hans_Reichenbach, 1947, Elements of Weirs, Sea Books.",
            "Port Office. Annual fares report, May 2019.",
            "\"Tides on the Varn\". Harbour News, 3 May 2010.",
        ] {
            assert!(
                reads_like_bibliography(&block(entry, BlockKind::Paragraph)),
                "{entry}"
            );
        }
        for prose in [
            "In 2019 the ferry ran at night.",
            "Fares rose by 5% in 2019 and fell in 2020.",
            "Crews, Unions and the port agreed.",
            "The weir was raised again, in May 2019.",
            "The weir opened on 3 May 2010.",
            "See https://example.org/fares for the fares.",
        ] {
            assert!(
                !reads_like_bibliography(&block(prose, BlockKind::Paragraph)),
                "{prose}"
            );
        }
        assert!(reads_like_bibliography(&block(
            "See https://example.org/fares for the fares.",
            BlockKind::ListItem
        )));
    }

    fn ids(text: &str, format: Format) -> Vec<String> {
        parse(text, format)
            .references
            .into_iter()
            .map(|r| r.id)
            .collect()
    }

    /// The declared entries of a Markdown `text` are `want`, as (id, title,
    /// URL).
    fn assert_entries(text: &str, want: &[(&str, &str, &str)]) {
        let refs = parse(text, Format::Markdown).references;
        let got: Vec<(&str, &str, &str)> = refs
            .iter()
            .map(|r| (r.id.as_str(), r.title.as_str(), r.url.as_str()))
            .collect();
        assert_eq!(got, want, "{text}");
    }

    fn prose(text: &str, format: Format) -> Vec<String> {
        parse(text, format)
            .blocks
            .into_iter()
            .map(|b| b.text.trim().to_string())
            .collect()
    }

    #[test]
    fn labels_in_several_languages_and_shapes() {
        for label in [
            "Sources",
            "**Sources**",
            "Citations:",
            "## References",
            "参考文献：",
            "Quellen",
            "Fuentes",
            "References[edit]",
            "## Key sources",
            "## 📚 Sources",
            "## 2. 📚 Sources",
            "### 🔗 References: 🔗",
            "## 7. Sources",
            "## 4.2 Notes",
            "IV. References",
            "B) Bibliography",
            "## Sources 📎",
            "***** References[edit] *****",
            "Works consulted:",
            "Notas y referencias",
            "## Sources & References",
            "End notes",
            "## Källor",
            "Źródła:",
            "Belege",
            "Cited works",
            "## Research sources",
            "Sources and further reading",
            "**Selected references:**",
            "Key data sources",
            // Chinese section numbers, simplified and traditional script.
            "## 六、参考资料",
            "## （一）参考文献",
            "(二) 參考來源",
            "## 第六章 参考文献",
            "## 三. 资料来源",
            "参考链接：",
            "## 参考リンク",
            "参考URL:",
            "## 참고 문헌",
            "Список литературы",
            // An appendix the list is put in.
            "## Appendix: Sources",
            "## Appendix A – References",
            "Annex 2. Bibliography",
        ] {
            assert!(is_label(label), "{label}");
        }
        for not in [
            "Sources of funding for the new bridge",
            "Notes on the harbour",
            "Energy sources",
            "Further reading",
            "Additional notes",
            "Other works",
            "Open source and the public sector",
            "References to the harbour in local songs",
            "2024 Sources",
            "13 Sources",
            "Vsources",
            "",
            "## 六、港口吞吐量",
            "第六章",
            "一二三四、参考文献",
            "## Appendix A",
            "## Appendix: Sources of funding",
            "Annexed sources",
        ] {
            assert!(!is_label(not), "{not}");
        }
    }

    #[test]
    fn soft_broken_source_lines_are_one_entry_each() {
        let text = "The quay reopened [1]. Fares rose [2].\n\n### Sources\n\n[1] Port notice: https://port.example/a  \n[2] Fares table - City: https://city.example/f\n[3] Ferry timetable https://ferry.example\n";
        assert_eq!(ids(text, Format::Markdown), ["1", "2", "3"]);
        let refs = parse(text, Format::Markdown).references;
        assert_eq!(refs[0].title, "Port notice");
        assert_eq!(refs[0].url, "https://port.example/a");
        assert_eq!(refs[2].url, "https://ferry.example");
    }

    #[test]
    fn a_label_line_may_open_the_paragraph_of_its_list() {
        for list in [
            "[1] Port notice\n[2] Fares table\n[3] Ferry timetable",
            "1. Port notice\n2. Fares table\n3. Ferry timetable",
            "1 Port notice\n2 Fares table\n3 Ferry timetable",
            "[^1^]: Port notice\n[^2^]: Fares table\n[^3^]: Ferry timetable",
        ] {
            for label in ["**References**", "Sources", "## 2. Sources"] {
                let text = format!("The quay reopened [1].\n\n{label}\n{list}\n");
                let refs = parse(&text, Format::Markdown).references;
                let got: Vec<(&str, &str)> = refs
                    .iter()
                    .map(|r| (r.id.as_str(), r.title.as_str()))
                    .collect();
                let want = [
                    ("1", "Port notice"),
                    ("2", "Fares table"),
                    ("3", "Ferry timetable"),
                ];
                assert_eq!(got, want, "{label} / {list}");
                // Offsets point at each entry's own line in the file.
                let line_of = |at: usize| text[..at].matches('\n').count() + 1;
                let lines: Vec<usize> = refs.iter().map(|r| line_of(r.offset)).collect();
                assert_eq!(lines, [4, 5, 6], "{label} / {list}");
            }
        }
        // Prose after a label line stays prose.
        let text = "The quay reopened.\n\nNotes\n12 of the 40 ferries were late.\n";
        assert!(ids(text, Format::Markdown).is_empty());
    }

    #[test]
    fn a_bullet_may_give_its_id_last_under_a_label() {
        let text = "The quay reopened [1].\n\n## Sources\n\n- [Port notice](https://port.example/a) [1]\n- Fares table [2]\n";
        assert_entries(
            text,
            &[
                ("1", "Port notice", "https://port.example/a"),
                ("2", "Fares table", ""),
            ],
        );
        // Not under a label: bullets that cite.
        let cited = "The quay.\n\n- Fares rose [2]\n- Ferries ran [3]\n";
        assert!(ids(cited, Format::Markdown).is_empty());
    }

    #[test]
    fn a_list_item_may_open_with_its_number_as_a_link() {
        let text = "The quay reopened [1].\n\n## Sources\n\n- [1](https://port.example/a) Port notice\n- [2](https://port.example/b) Fares table\n";
        assert_entries(
            text,
            &[
                ("1", "Port notice", "https://port.example/a"),
                ("2", "Fares table", "https://port.example/b"),
            ],
        );
        // Not under a label: a list of links that cite.
        let cited =
            "The quay.\n\n- [1](https://port.example/a) rose\n- [2](https://port.example/b) fell\n";
        assert!(ids(cited, Format::Markdown).is_empty());
    }

    #[test]
    fn bare_numbers_open_entries_only_one_after_another_under_a_label() {
        let listed = "The quay reopened [1].\n\n## Sources\n\n1 Port notice\n2 Fares table, edition of\n2019 for the harbour\n3 Ferry timetable\n";
        let refs = parse(listed, Format::Markdown).references;
        let titles: Vec<&str> = refs.iter().map(|r| r.title.as_str()).collect();
        assert_eq!(
            titles,
            [
                "Port notice",
                "Fares table, edition of 2019 for the harbour",
                "Ferry timetable"
            ]
        );
        // One entry a paragraph.
        let apart = "The quay reopened [1].\n\n## Sources\n\n1 Port notice\n\n2 Fares table\n\n3 Ferry timetable\n";
        assert_eq!(ids(apart, Format::Markdown), ["1", "2", "3"]);
        let apart_prose = "The quay.\n\n## Notes\n\n12 ferries ran late.\n\n40 ran on time.\n";
        assert!(ids(apart_prose, Format::Markdown).is_empty());
        for prose in [
            // Not under a label.
            "The quay reopened.\n\n1 Port notice\n2 Fares table\n",
            // One number only, or numbers that do not follow each other.
            "The quay.\n\n## Notes\n\n12 of the 40 ferries ran late.\n",
            "The quay.\n\n## Notes\n\n12 ferries ran late\n40 ran on time\n",
            // A list item's own text opening with a number.
            "The quay.\n\n## Notes\n\n- 2 ferries ran late\n- 3 ran on time\n",
        ] {
            assert!(ids(prose, Format::Markdown).is_empty(), "{prose}");
        }
    }

    #[test]
    fn labels_that_are_not_headings_open_a_section() {
        for label in ["**Citations:**", "Sources", "References:", "参考文献："] {
            let text =
                format!("The quay reopened [1].\n\n{label}\n\n1. Port notice\n2. Fares table\n");
            assert_eq!(ids(&text, Format::Markdown), ["1", "2"], "{label}");
        }
        let plain = "The quay reopened [1].\n\nSources\n[1] Port notice\n[2] Fares table\n";
        assert_eq!(ids(plain, Format::PlainText), ["1", "2"]);
    }

    #[test]
    fn notes_numbered_in_superscript_digits() {
        let text = "Fares rose.¹ Ferries ran.²\n\n## Notes\n\n¹ Fares table, 2024.\n² Ferry operator notice.\n¹²Glued is no entry.\n";
        assert_eq!(ids(text, Format::Markdown), ["1", "2"]);
        let refs = parse(text, Format::Markdown).references;
        assert_eq!(refs[0].title, "Fares table, 2024");
        assert!(refs[1].title.ends_with("Glued is no entry"));
    }

    #[test]
    fn a_table_of_numbered_rows_under_a_label_is_a_source_list() {
        let table = "| # | Source |\n|---|---|\n| 1 | Port notice https://port.example/a |\n| 2 | Fares table |\n";
        let text = format!("The quay reopened [1].\n\n## Sources\n\n{table}");
        assert_eq!(ids(&text, Format::Markdown), ["1", "2"]);
        let refs = parse(&text, Format::Markdown).references;
        assert_eq!(refs[0].title, "Port notice");
        assert_eq!(refs[0].url, "https://port.example/a");
        assert!(!prose(&text, Format::Markdown)
            .iter()
            .any(|b| b == "Fares table"));
        // Without a label, or with numbers that do not rise, it is a table.
        assert!(ids(&format!("The quay reopened.\n\n{table}"), Format::Markdown).is_empty());
        let falling = "## Sources\n\n| 2 | Fares table |\n|---|---|\n| 1 | Port notice |\n";
        assert!(ids(falling, Format::Markdown).is_empty());
        assert!(prose(falling, Format::Markdown)
            .iter()
            .any(|b| b == "Fares table"));
    }

    #[test]
    fn a_source_list_run_into_its_label_line() {
        let text = "The quay reopened [1]. Fares rose [2].\n\nSources: [1] Port notice, https://port.example/a [2] Fares table [PDF]\n";
        assert_eq!(ids(text, Format::Markdown), ["1", "2"]);
        let refs = parse(text, Format::Markdown).references;
        assert_eq!(refs[0].title, "Port notice");
        assert_eq!(refs[0].url, "https://port.example/a");
        assert_eq!(refs[1].title, "Fares table [PDF]");
        // A caption, one number, or numbers that do not open the list: prose.
        for prose_line in [
            "Source: City archive, 1921.",
            "Sources: [1] Port notice only.",
            "Sources: the port [1] and the council [2].",
            "Notes: [2] first, then [1].",
        ] {
            let text = format!("The quay reopened.\n\n{prose_line}\n");
            assert!(ids(&text, Format::Markdown).is_empty(), "{prose_line}");
        }
    }

    #[test]
    fn a_source_list_whose_line_breaks_were_lost() {
        let body = "The quay reopened [1]. Fares rose [2, 3].\n\n";
        // Bracketed ids, run into one line under a heading; the URL stays
        // with its own entry.
        assert_entries(
            &format!("{body}## Sources\n[1] Port notice, https://port.example/a [2] Fares table, 2003. [3] Ferry timetable.\n"),
            &[
                ("1", "Port notice", "https://port.example/a"),
                ("2", "Fares table, 2003", ""),
                ("3", "Ferry timetable", ""),
            ],
        );
        // In full-width brackets, and in a plain-text file.
        assert_eq!(
            ids(
                &format!("{body}参考文献\n【1】港口公告。【2】票价表。 【3】渡轮时刻表。\n"),
                Format::PlainText
            ),
            ["1", "2", "3"]
        );
        // Numbered `1.`: a Markdown list item holding three entries.
        assert_entries(
            &format!("{body}## References\n1. Harbour office, Port notice, 2001. 2. City desk, Fares table, 2003. 3. Ferry line, Timetable, 2004.\n"),
            &[
                ("1", "Harbour office, Port notice, 2001", ""),
                ("2", "City desk, Fares table, 2003", ""),
                ("3", "Ferry line, Timetable, 2004", ""),
            ],
        );
        // Numbers that part words from a title (`Vol. 2. No. 3.`) make
        // pieces too short to be entries: nothing is cut.
        assert_entries(
            &format!("{body}## References\n1. Harbour office, Port notice, Vol. 2. No. 3. Quay Press, 2001.\n"),
            &[("1", "Harbour office, Port notice, Vol. 2. No. 3. Quay Press, 2001", "")],
        );
        // One number after a full stop is a title's (`ed. 2.`), not a
        // list's: a cut needs two.
        assert_entries(
            &format!("{body}## References\n1. Harbour office, Port notice, ed. 2. Quay Press, 2001.\n2. City desk, Fares table.\n"),
            &[
                ("1", "Harbour office, Port notice, ed. 2. Quay Press, 2001", ""),
                ("2", "City desk, Fares table", ""),
            ],
        );
        // A number that does not come next, one glued to a word, or one
        // the next line opens: part of the entry.
        for (list, want) in [
            ("[1] Port notice, see [3]. [2] Fares table.", vec!["1", "2"]),
            ("[1] Port notice, table[2] of fares.", vec!["1"]),
            (
                "[1] Port notice, after [2].\n[2] Fares table.",
                vec!["1", "2"],
            ),
        ] {
            assert_eq!(
                ids(&format!("{body}## Sources\n{list}\n"), Format::Markdown),
                want,
                "{list}"
            );
        }
        // Without a label, a paragraph that opens with a marker is prose,
        // however its later markers run.
        let prose_text = "[1] The quay reopened in May. Fares rose [2].\n";
        assert!(ids(prose_text, Format::Markdown).is_empty());
    }

    #[test]
    fn titles_lose_the_date_the_page_was_read() {
        assert_eq!(
            tidy_title("Harbour office annual report, accessed June 3, 2025,"),
            "Harbour office annual report"
        );
        assert_eq!(
            tidy_title("Fares table. City office. Retrieved 3 May 2020 from"),
            "Fares table. City office"
        );
        assert_eq!(
            tidy_title("Pier notice (accessed 2024-05-01)"),
            "Pier notice"
        );
        // The words in a title, or without a date after them, stay.
        assert_eq!(
            tidy_title("Records accessed by 4,000 users"),
            "Records accessed by 4,000 users"
        );
        assert_eq!(
            tidy_title("How archives are accessed, a survey"),
            "How archives are accessed, a survey"
        );
        assert_eq!(tidy_title("Data retrieved"), "Data retrieved");
        assert_eq!(
            tidy_title("Fare rules, accessed 18 May 2021, City office"),
            "Fare rules, accessed 18 May 2021, City office"
        );
    }

    #[test]
    fn titles_keep_their_paired_parentheses_and_lose_separators() {
        assert_eq!(tidy_title("Port survey (PubMed). "), "Port survey (PubMed)");
        assert_eq!(tidy_title(" (2021) Harbour plan ("), "(2021) Harbour plan");
        assert_eq!(tidy_title("City report — "), "City report");
        assert_eq!(tidy_title("Port data, 2013, ["), "Port data, 2013");
        assert_eq!(tidy_title("[Draft] Port survey"), "[Draft] Port survey");
        assert_eq!(tidy_title("Port survey [PDF]."), "Port survey [PDF]");
        assert_eq!(tidy_title("] Port survey"), "Port survey");
        assert_eq!(tidy_title("Ferry times | "), "Ferry times");
        assert_eq!(
            tidy_title("Ferry news, 2024. ↩\u{fe0e}"),
            "Ferry news, 2024"
        );
        assert_eq!(tidy_title("↑ Ferry news"), "Ferry news");
        assert_eq!(tidy_title("^ a b c Ferry news"), "Ferry news");
        assert_eq!(tidy_title("^ a b Annual review"), "Annual review");
        // One letter is a word of the title (a note cited once has no letters).
        assert_eq!(tidy_title("^ a Ferry guide"), "a Ferry guide");
        assert_eq!(tidy_title("a b testing notes"), "a b testing notes");
        assert_eq!(tidy_title("^ a bHarbor, K. (2019)"), "Harbor, K. (2019)");
        assert_eq!(tidy_title("^ a b cKeel survey"), "Keel survey");
        assert_eq!(tidy_title("^ Jump up to: a b Keel survey"), "Keel survey");
        assert_eq!(
            tidy_title("Keel survey, pp. 9\u{e2}\u{80}\u{93}12"),
            "Keel survey, pp. 9–12"
        );
        assert_eq!(tidy_title("^ Springe zu: a b cKeel survey"), "Keel survey");
        assert_eq!(
            tidy_title("^ Note: a survey of keels"),
            "Note: a survey of keels"
        );
        assert_eq!(tidy_title("^ aHarbor survey"), "aHarbor survey");
        // A page's inline stylesheet where the citation stood.
        let css =
            ".page cite.note{font-style:inherit}.page .note q{quotes:none;color:red} Quay report";
        assert_eq!(tidy_title(css), "Quay report");
        assert_eq!(tidy_title(".x{margin:0}.y{padding-left:0.2em}"), "");
        assert_eq!(tidy_title("The {SAT} problem"), "The {SAT} problem");
        assert_eq!(tidy_title("Sets {a:1} in {b}"), "Sets {a:1} in {b}");
        assert_eq!(tidy_title("(accessed May 2, 2020"), "accessed May 2, 2020");
        assert_eq!(tidy_title("Quay notes). "), "Quay notes");
        assert_eq!(tidy_title(" .;( "), "");
    }

    #[test]
    fn fullwidth_square_bracket_entries() {
        let text = "港口重新开放［1］。票价上涨了［2］。\n\n参考文献：\n\n［1］港务局通知\n［2］票价表 https://city.example/f\n";
        assert_eq!(ids(text, Format::Markdown), ["1", "2"]);
        assert_eq!(
            parse(text, Format::Markdown).references[1].url,
            "https://city.example/f"
        );
    }

    #[test]
    fn a_bulleted_source_list_is_numbered_by_place_for_the_audit() {
        let bulleted = |text: &str| -> Vec<(String, String, String)> {
            crate::read::structure::parse(text, Format::Markdown)
                .bulleted_sources
                .into_iter()
                .map(|e| (e.id, e.title, e.url))
                .collect()
        };
        let text = "Rose [1], fell [2].\n\n**Sources:**\n\n\
                    - https://port.example/ridership\n\
                    - [Crew rota](https://union.example/rota)\n\
                    - Varn Herald, 3 May 2031, https://herald.example/fares\n";
        let found = bulleted(text);
        let numbers: Vec<&str> = found.iter().map(|(id, _, _)| id.as_str()).collect();
        assert_eq!(numbers, ["1", "2", "3"]);
        assert_eq!(found[1].1, "Crew rota");
        assert_eq!(found[1].2, "https://union.example/rota");
        assert_eq!(found[2].1, "Varn Herald, 3 May 2031");
        // Not declared here: the structure only offers them.
        assert!(ids(text, Format::Markdown).is_empty());
        // A numbered list is declared as before; notes, a list under no
        // label, one item alone, or bullets in two sections offer none.
        let none = [
            "Rose [1].\n\n## Sources\n\n1. https://port.example/a\n2. https://port.example/b\n",
            "Rose [1].\n\n## Notes\n\n- https://port.example/a\n- https://port.example/b\n",
            "Rose [1].\n\n- https://port.example/a\n- https://port.example/b\n",
            "Rose [1].\n\n## Sources\n\n- https://port.example/a\n",
            "Rose [1].\n\n## Sources\n\n- https://port.example/a\n\n## Further sources\n\n\
             - https://port.example/b\n",
        ];
        for text in none {
            assert!(bulleted(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn caret_entries_copied_from_a_browser_are_numbered_in_order() {
        let text = "The weir rose.[1] Fares fell.[2][3]\n\nReferences\n\n\
                    ^ Smith, J. (1990). The Varn. River Press.\n\
                    ^ a b Jones, K. (2001). Weirs of the estuary.\n\
                    ^ Jump up to: a b c \"Tides\". Harbour News.\n  continued on a second line.\n";
        assert_ids_and_titles(
            text,
            Format::PlainText,
            &[
                ("1", "Smith, J. (1990). The Varn. River Press"),
                ("2", "Jones, K. (2001). Weirs of the estuary"),
                ("3", "\"Tides\". Harbour News. continued on a second line"),
            ],
        );
        // One entry a paragraph, in Markdown, goes on numbering.
        let md = "Rose [1], fell [2].\n\n## References\n\n^ Smith 1990.\n\n↑ Jones 2001.\n";
        assert_eq!(ids(md, Format::Markdown), ["1", "2"]);
        // Not under a label, or one entry alone, or a caret before a
        // number (`^1 Title` is an id), declares nothing of this kind.
        assert!(ids(
            "Rose [1].\n\n^ Smith 1990.\n^ Jones 2001.\n",
            Format::PlainText
        )
        .is_empty());
        assert!(ids(
            "Rose [1].\n\nReferences\n\n^ Smith 1990.\n",
            Format::PlainText
        )
        .is_empty());
    }

    #[test]
    fn a_notes_list_for_letter_markers_declares_no_source() {
        let text =
            "Varn\n\n   The harbour opened in 1820.[1] It grew fast.[a] Fees rose.[2][b]\n   \
                    Quays followed.[c]\n\nNotes\n\n    1. ^ Before the railway.\n    \
                    2. ^ Ships over 500 tonnes.\n    3. ^ Two of them, in 1840.\n\n\
                    References\n\n    1. ^ Smith, J. (2019). East Coast Ports.\n    \
                    2. ^ Harbour News, 3 May 2021.\n";
        assert_ids_and_titles(
            text,
            Format::PlainText,
            &[
                ("1", "Smith, J. (2019). East Coast Ports"),
                ("2", "Harbour News, 3 May 2021"),
            ],
        );
        // Without letter markers, the notes are the sources they number.
        let numbered = text
            .replace("[a]", "")
            .replace("[b]", "")
            .replace("[c]", "");
        assert_eq!(ids(&numbered, Format::PlainText), ["1", "2", "3", "1", "2"]);
        // And a page whose only numbered list is its `Footnotes` keeps it.
        let footnotes = "Rose.[1] Fell.[a]\n\n## Footnotes\n\n1. Smith 1990.\n\n## Sources\n\n- Jones, K. (2001).\n";
        assert_eq!(ids(footnotes, Format::Markdown), ["1"]);
    }

    #[test]
    fn parenthesised_numbers_open_entries_under_a_label() {
        let text = "The weir was raised [1]. Fares fell [2].\n\n## References\n\n\
                    (1) Smith, J. Weirs. *River Journal* **2001**, 12, 4.\n\
                    (2) Port Office. Fares, 2019. https://port.example/f\n";
        assert_eq!(ids(text, Format::Markdown), ["1", "2"]);
        // Without a label, a paragraph of `(1)`, `(2)` steps is a list.
        let steps = "The crew must:\n\n(1) check the ramp;\n(2) count the riders.\n";
        assert!(ids(steps, Format::Markdown).is_empty());
        assert_eq!(entry_id("(0) x"), None);
        assert_eq!(entry_id("(12)x"), None);
    }

    #[test]
    fn chinese_and_japanese_list_numbers_open_entries_under_a_label() {
        for (one, two) in [
            ("1、", "2、"),
            ("1．", "2．"),
            ("（1）", "（2）"),
            ("1）", "2）"),
        ] {
            let text = format!(
                "港口吞吐量上涨了 12%[1]。新码头明年启用[2]。\n\n## 参考文献\n\n\
                 {one}港务局年度统计公报，2024。\n{two}市政府新闻发布会，2024 年 6 月。\n"
            );
            assert_ids_and_titles(
                &text,
                Format::Markdown,
                &[
                    ("1", "港务局年度统计公报，2024"),
                    ("2", "市政府新闻发布会，2024 年 6 月"),
                ],
            );
        }
        // The mark needs a number before it and text after it.
        assert_eq!(entry_id("、港务局"), None);
        assert_eq!(entry_id("1、"), None);
        assert_eq!(entry_id("（0）港务局"), None);
        // Without a label, such lines are prose.
        let steps = "港口吞吐量上涨了 12%。\n\n1、检查码头；\n2、统计乘客。\n";
        assert!(ids(steps, Format::Markdown).is_empty());
    }

    #[test]
    fn source_numbers_written_out_open_entries_under_a_label() {
        let text = "The weir was raised (Source 1). Fares fell (Source 2).\n\nSources:\n\
                    Source 1: Port Office, weir works, https://port.example/w\n\
                    Source 2 - Port Office, fares, 2019\n";
        assert_ids_and_titles(
            text,
            Format::Markdown,
            &[
                ("1", "Port Office, weir works"),
                ("2", "Port Office, fares, 2019"),
            ],
        );
        // Without a label, `Source 1:` lines are prose.
        let prose = "Source 1: the weir. Source 2: the fares.\n";
        assert!(ids(prose, Format::Markdown).is_empty());
        assert_eq!(entry_id("Source 0: x"), None);
        assert_eq!(entry_id("Source code: x"), None);
        assert_eq!(entry_id("Source 12:x"), None);
    }

    #[test]
    fn prose_under_a_footnotes_heading_stays_prose() {
        let text = "Footnotes\n=========\n\nWriters use footnotes for asides. They sit at the page foot.\n\n## How to write one\n\nPut a marker in the text.\n";
        assert!(ids(text, Format::Markdown).is_empty());
        let blocks = prose(text, Format::Markdown);
        assert!(blocks
            .iter()
            .any(|b| b.starts_with("Writers use footnotes")));
        assert!(blocks.iter().any(|b| b.starts_with("Put a marker")));
    }

    #[test]
    fn endnotes_without_a_heading() {
        let text = "The council met [1]. It voted [2].\n\n[1] Minutes of the council, 2021.\n\n[2] Ibid.\n\n[3] Vote record https://council.example/v\n";
        assert_eq!(ids(text, Format::Markdown), ["1", "2", "3"]);
        assert_eq!(
            prose(text, Format::Markdown),
            ["The council met [1]. It voted [2]."]
        );
        let sup = "Grants rose.<sup>1</sup>\n\n<sup>1</sup> Grant office report.\n\n<sup>4</sup> Budget table.\n";
        assert_eq!(ids(sup, Format::Markdown), ["1", "4"]);
    }

    #[test]
    fn one_bracketed_paragraph_is_not_a_list() {
        let text = "Intro here.\n\n[3] said the plan works.\n";
        assert!(ids(text, Format::Markdown).is_empty());
    }

    #[test]
    fn numbered_endnotes_after_a_rule() {
        let text = "Grants rose.<sup>1</sup> Costs fell.<sup>2</sup>\n\n---\n\n1. Grant office report, 2029.\n2. Budget table, https://city.example/b\n";
        assert_eq!(ids(text, Format::Markdown), ["1", "2"]);
        let tips = "Grants rose.\n\n---\n\n1. Apply early.\n2. Keep your receipts.\n";
        assert!(ids(tips, Format::Markdown).is_empty());
        let steps = "Do this:\n\n1. Open the valve.\n2. Close the door.\n\nThen wait.\n";
        assert!(ids(steps, Format::Markdown).is_empty());
    }

    #[test]
    fn an_indented_list_under_sources_is_read() {
        let text = "The glitch spread [1].\n\n### Sources\n\n    [1] First report https://a.example/1\n    [2] Second report that wraps\n    onto a line https://b.example/2\n";
        let refs = parse(text, Format::Markdown).references;
        let got: Vec<(&str, &str)> = refs
            .iter()
            .map(|r| (r.id.as_str(), r.url.as_str()))
            .collect();
        assert_eq!(
            got,
            [("1", "https://a.example/1"), ("2", "https://b.example/2")]
        );
        let code = "Run this:\n\n    [1] not a source\n    [2] still code\n";
        assert!(ids(code, Format::Markdown).is_empty());
    }

    #[test]
    fn dump_headings_and_caret_entries_in_plain_text() {
        let text = "Body sentence one.[1]\n\n***** Footnotes[edit] *****\n   1. ^ First note about the body.\n   2. ^ Second note\n      continues here.\n***** External links[edit] *****\n    * A link\n";
        assert_eq!(ids(text, Format::PlainText), ["1", "2"]);
    }
}
