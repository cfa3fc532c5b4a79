//! Stage 5, claims: what kind of sentence each one is.
//!
//! Only claims get a citation status. The rules, tried in order:
//! 1. A Markdown heading, or a heading line of plain text, is a `heading`; an
//!    `N Sources` line is `boilerplate`.
//! 2. A sentence that opens with a credit label (`Source:`, `Photo:`,
//!    `Image:`, `Credit:`, `Chart:`, `Photo by`, `Image courtesy of`,
//!    `Image from`, …) or a
//!    figure's label (`Figure 2:`, `Fig. 3 -`, `Table 1.`, `Left:`) is a
//!    `caption`.
//! 3. `boilerplate` is site chrome: a copyright line (`©`, `Copyright`,
//!    `All rights reserved`); a site's standing notice (a Creative Commons
//!    licence, `This page was last edited …`, `By using this site, …`, and
//!    every sentence of a wiki's maintenance box, see
//!    [`is_maintenance_notice`]); a
//!    short line naming a logo or icon; a short line made of sharing,
//!    following or subscribing words (`Share`, `Follow us`, `Subscribe to
//!    our newsletter`, `Advertisement`); a sentence that opens with a call
//!    to action (`Subscribe`, `Sign up`, `Click here`, `Read more`,
//!    `Download our app`).
//! 4. A one-line block that is one sentence without closing punctuation, of at
//!    most [`TITLE_MAX_WORDS`] words and with no marker, is a title: `heading`.
//!    (A list item or table cell like that is a fragment: `other`.)
//! 5. A question, a sentence of fewer than three words that cites nothing,
//!    one without letters, or a formula that cites nothing (TeX with fewer
//!    than three words of prose outside its mathematics) is `other`.
//! 6. A lead-in that cites nothing and ends with a colon (`The rules are as
//!    follows:`, `Below are the proposed changes:`) introduces what follows;
//!    it states nothing itself: `other`.
//! 7. The writer speaking of their own work is not a claim that needs a
//!    source: a sentence that cites nothing and opens in the first person
//!    singular (`I`, `I'll`, `I'm`, `I've`, `Let me`), as the narration an AI
//!    research agent leaves in its report ("I'll research the market
//!    first.", "Let me now compare the models.", "Let's see …"), or in the
//!    first person plural future ("We'll start with the ramp.", "We will
//!    publish the timetable in March."), or describes the writers' method
//!    ("We compare the two operators …", "Here we define …"), or defines a
//!    symbol ("Let x be the rate …"), or thanks someone (all in
//!    `narration`), or in which the document speaks of itself ("This
//!    report examines …", "In this section, …", "… is covered below.",
//!    "Correction: An earlier version of this story …"), or that points to
//!    another page ("For other uses, see …", "Not to be confused with …")
//!    (both in `pointers`), or that instructs the reader in the imperative
//!    ("Consider …", "Make sure …", "Do not …", "Use the side door.";
//!    `instructions`): `other`.
//! 8. A speaker's label opening a sentence (`User:`, `You said:`,
//!    `Prompt:`, `Question:`, `Q:`), as in an exported conversation whose
//!    pasted prompt stands at the top, and a request opening with `Please`:
//!    `other`.
//! 9. Anything else is a `claim`.
//!
//! Afterwards [`trailing_chrome`] looks at the article's end: when it closes
//! with site chrome (rule 3), the short, uncited blocks that lead up to it from
//! a title line (a "Today's top stories" box, a newsletter blurb) are chrome
//! too.

use std::sync::OnceLock;

use memchr::memmem::Finder;
use serde::Serialize;

use crate::cjk::is_cjk_letter;

mod instructions;
mod narration;
mod pointers;

use instructions::is_instruction;
use narration::{is_definition, is_first_person, is_our_method, is_our_plan, is_thanks};
use pointers::{is_cross_reference, is_self_reference};

/// Longest line without closing punctuation still read as a title.
pub const TITLE_MAX_WORDS: usize = 20;
/// A block counts as short (for [`trailing_chrome`]) up to this many words…
pub const SHORT_BLOCK_WORDS: usize = 60;
/// …and this many sentences.
pub const SHORT_BLOCK_SENTENCES: usize = 3;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Claim,
    Heading,
    Caption,
    Boilerplate,
    Other,
}

impl std::str::FromStr for Kind {
    type Err = String;

    fn from_str(name: &str) -> Result<Self, Self::Err> {
        Kind::ALL
            .into_iter()
            .find(|k| k.as_str() == name)
            .ok_or_else(|| format!("unknown kind '{name}'"))
    }
}

impl Kind {
    pub const ALL: [Kind; 5] = [
        Kind::Claim,
        Kind::Heading,
        Kind::Caption,
        Kind::Boilerplate,
        Kind::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Claim => "claim",
            Kind::Heading => "heading",
            Kind::Caption => "caption",
            Kind::Boilerplate => "boilerplate",
            Kind::Other => "other",
        }
    }
}

/// Where a sentence stands, as the classifier needs it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    Heading,
    SourceCount,
    Paragraph,
    ListItem,
    TableCell,
}

#[derive(Debug, Clone, Copy)]
pub struct SentenceFacts<'a> {
    /// The sentence without markers, whitespace collapsed.
    pub text: &'a str,
    pub context: Context,
    /// The sentence is its block's only one and the block is one line.
    pub whole_line: bool,
    pub has_marker: bool,
}

const CAPTION_LABELS: &[&str] = &[
    "source:",
    "sources:",
    "photo:",
    "photos:",
    "photograph:",
    "image:",
    "images:",
    "picture:",
    "credit:",
    "credits:",
    "illustration:",
    "graphic:",
    "chart:",
    "video:",
    "caption:",
    "map:",
    "photo by ",
    "photograph by ",
    "image by ",
    "illustration by ",
    "photo courtesy",
    "image courtesy",
    "photo from ",
    "image from ",
    "picture from ",
    "(photo",
    "(image",
    "[photo",
    "[image",
];

/// Rule 2, a figure's or table's own label: `Figure 2:`, `Fig. 3 -`,
/// `Table 1.`, `Exhibit 4 –` (a number, then a colon, a full stop or a
/// dash), and a panel's place (`Left:`, `Right:`, `Top:`, `Bottom:`).
/// `Figure 2 shows …` and `Table 1 lists …` are claims.
fn is_figure_label(opening: &str) -> bool {
    if ["left:", "right:", "top:", "bottom:"]
        .iter()
        .any(|p| opening.starts_with(p))
    {
        return true;
    }
    let Some(rest) = ["figure ", "fig. ", "fig ", "table ", "exhibit ", "chart "]
        .iter()
        .find_map(|p| opening.strip_prefix(p))
    else {
        return false;
    };
    let number = rest
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '.'))
        .unwrap_or(rest.len());
    let label = rest[..number].trim_end_matches('.');
    let after = rest[number..].trim_start();
    let numbered = label.starts_with(|c: char| c.is_ascii_digit())
        && label.chars().count() <= 5
        && label.chars().filter(char::is_ascii_alphabetic).count() <= 1;
    numbered
        && (rest[..number].ends_with('.')
            || after.starts_with([':', '-', '–', '—', '|'])
            || after.starts_with("- "))
}

const CALLS_TO_ACTION: &[&str] = &[
    "subscribe",
    "sign up",
    "sign in",
    "log in",
    "register now",
    "click here",
    "tap here",
    "read more",
    "learn more",
    "see more",
    "download our",
    "download the app",
    "follow us",
    "join our",
    "join us",
    "get our newsletter",
    "share this",
    "don't miss",
    "never miss",
];

/// Words of sharing and site navigation; a short line made only of them (and
/// small words) is chrome.
const CHROME_WORDS: &[&str] = &[
    "share",
    "tweet",
    "email",
    "print",
    "follow",
    "subscribe",
    "newsletter",
    "comments",
    "comment",
    "advertisement",
    "sponsored",
    "related",
    "menu",
    "search",
    "home",
    "login",
    "facebook",
    "twitter",
    "linkedin",
    "instagram",
    "youtube",
    "whatsapp",
    "telegram",
    "reddit",
    "copy",
    "link",
    "save",
    "bookmark",
    "more",
    "stories",
    "sign",
    "up",
    "in",
    "on",
    "us",
    "our",
    "to",
    "the",
    "and",
    "this",
    "article",
    "x",
    "via",
];

/// Words in `text`, counted up to `limit + 1` (enough to compare with
/// `limit`; a long sentence is not counted to its end). A bullet or a dash
/// standing alone (`* Mill_dam (U.K.)`, `Fees – €5.`) is no word. Chinese
/// and Japanese put no spaces between words: there every two ideographs or
/// kana count as a word (a word of these languages is one to three
/// characters, most often two), so `城镇家庭户均总资产317万元。` is a
/// sentence of words, not one word.
fn words_up_to(text: &str, limit: usize) -> usize {
    if text.is_ascii() {
        return text
            .split_ascii_whitespace()
            .filter(|w| w.bytes().any(|b| b.is_ascii_alphanumeric()))
            .take(limit + 1)
            .count();
    }
    let mut count = 0;
    for w in text.split_whitespace() {
        if count > limit {
            break;
        }
        if w.is_ascii() {
            count += usize::from(w.bytes().any(|b| b.is_ascii_alphanumeric()));
            continue;
        }
        let cjk = w.chars().filter(|&c| is_cjk_letter(c)).count();
        let other = w.chars().any(|c| c.is_alphanumeric() && !is_cjk_letter(c));
        count += cjk.div_ceil(2).max(usize::from(other));
    }
    count.min(limit + 1)
}

/// Longest opening compared by [`opens_with_any`] (tested).
const OPENING_MAX_CHARS: usize = 24;

/// The first characters of `text`, lowercase, `’` read as `'`: what the
/// opening rules compare. Lowercasing only the opening keeps a long sentence
/// from being copied whole for a short comparison.
fn opening(text: &str) -> String {
    let mut out = String::with_capacity(OPENING_MAX_CHARS + 8);
    for c in text.chars().take(OPENING_MAX_CHARS) {
        match c {
            '’' => out.push('\''),
            c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
            c => out.extend(c.to_lowercase()),
        }
    }
    out
}

fn opens_with_any(opening: &str, list: &[&str]) -> bool {
    list.iter().any(|p| opening.starts_with(p))
}

/// Rule 3 alone: is this sentence site chrome by its own words?
pub fn is_chrome(text: &str) -> bool {
    let text = text.trim();
    chrome_by_words(text, &opening(text))
}

/// [`is_chrome`] of a trimmed `text` whose [`opening`] is known.
fn chrome_by_words(text: &str, opening: &str) -> bool {
    if opens_with_any(opening, CALLS_TO_ACTION) {
        return true;
    }
    // Compared without lowercasing the whole sentence: these phrases are
    // ASCII, and no other character lowercases to their letters. `©` is
    // found from its first byte: `str::contains('©')` searches for its
    // last, and stops at every `é`, which ends in the same byte.
    if memchr::memchr_iter(0xC2, text.as_bytes()).any(|i| text.as_bytes().get(i + 1) == Some(&0xA9))
        || text
            .get(..9)
            .is_some_and(|head| head.eq_ignore_ascii_case("copyright"))
        || is_site_notice(text, opening)
    {
        return true;
    }
    // The last two rules are for short sentences only.
    if words_up_to(text, 6) > 6 {
        return false;
    }
    let lower = text.to_lowercase();
    let bare = lower.trim_end_matches(['.', '!']);
    if bare.ends_with(" logo") || bare.ends_with(" icon") || bare == "logo" {
        return true;
    }
    // At least one word: a rule of `=` or `-` under a title is no chrome.
    let mut words = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .peekable();
    words.peek().is_some() && words.all(|w| CHROME_WORDS.contains(&w))
}

/// A notice phrase with where its `v` is, worked out when compiling (not at
/// each sentence).
const fn with_v_at(needle: &'static str) -> (&'static str, usize) {
    let bytes = needle.as_bytes();
    let mut i = 0;
    while bytes[i] != b'v' {
        i += 1;
    }
    (needle, i)
}

const NOTICE_RESERVED: (&str, usize) = with_v_at("all rights reserved");
const NOTICE_LICENCE: (&str, usize) = with_v_at("creative commons");
const NOTICE_LICENCE_DUMP: (&str, usize) = with_v_at("creative_commons");

/// A site's standing notice: `All rights reserved`, the page's licence
/// (`Text is available under the Creative Commons … License`), its last
/// edit (`This page was last edited on …`), the terms of use (`By using
/// this site, you agree …`). A dump may write the spaces of a link's words
/// as `_` (`Creative_Commons`). The phrases share their rarest letter, `v`:
/// one scan of the sentence finds them all.
fn is_site_notice(text: &str, opening: &str) -> bool {
    let opening = opening.trim_start_matches(['*', '-', ' ']);
    if opening.starts_with("this page was last") || opening.starts_with("by using this site") {
        return true;
    }
    let bytes = text.as_bytes();
    let (reserved, licence, licence_dump) = (NOTICE_RESERVED, NOTICE_LICENCE, NOTICE_LICENCE_DUMP);
    let at = |i: usize, (needle, anchor): (&str, usize)| {
        i.checked_sub(anchor)
            .and_then(|start| bytes.get(start..start + needle.len()))
            .is_some_and(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
    };
    let mut licence_named = false;
    for i in memchr::memchr2_iter(b'v', b'V', bytes) {
        if at(i, reserved) {
            return true;
        }
        licence_named |= at(i, licence) || at(i, licence_dump);
    }
    licence_named && contains_ignore_ascii_case(text, "licen")
}

/// Does `text` contain `needle` (ASCII, with a letter), ignoring ASCII
/// case? Jumps between the places where the needle's rarest letter (by
/// English letter frequency) appears in either case, and compares there.
fn contains_ignore_ascii_case(text: &str, needle: &str) -> bool {
    /// Letters from the rarest to the most common in English text.
    const RARE_FIRST: &[u8] = b"zqxjkvbpygfwmucldrhsnioate";
    let (bytes, needle) = (text.as_bytes(), needle.as_bytes());
    let Some(anchor) = (0..needle.len())
        .filter(|&k| needle[k].is_ascii_alphabetic())
        .min_by_key(|&k| {
            let lower = needle[k].to_ascii_lowercase();
            RARE_FIRST.iter().position(|&c| c == lower)
        })
    else {
        return false;
    };
    let letter = needle[anchor];
    memchr::memchr2_iter(
        letter.to_ascii_lowercase(),
        letter.to_ascii_uppercase(),
        bytes,
    )
    .any(|i| {
        i.checked_sub(anchor)
            .and_then(|start| bytes.get(start..start + needle.len()))
            .is_some_and(|w| w.eq_ignore_ascii_case(needle))
    })
}

fn ends_closed(text: &str) -> bool {
    text.trim_end()
        .trim_end_matches(['"', '\'', '”', '’', ')', ']', '»', '」', '』', '）'])
        .ends_with([
            '.', '!', '?', '…', ':', ';', '。', '！', '？', '：', '；', '．',
        ])
}

/// Openings that a team adds to the built-in caption and boilerplate rules
/// (config keys `caption-prefixes`, `boilerplate-prefixes`), compared
/// case-insensitively with the start of the sentence.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ExtraRules {
    pub captions: Vec<String>,
    pub boilerplate: Vec<String>,
}

/// The sentence's kind ([`classify`], with a team's extra caption and
/// boilerplate openings) and whether it is chrome by its own words
/// ([`is_chrome`]), which the block facts need for every sentence: computed
/// together, the opening and the chrome test run once.
pub fn kind_and_chrome(s: &SentenceFacts<'_>, extra: &ExtraRules) -> (Kind, bool) {
    let text = s.text.trim();
    let opening = opening(text);
    let chrome = chrome_by_words(text, &opening);
    (kind_by_rules(s, extra, &opening, chrome), chrome)
}

fn kind_by_rules(s: &SentenceFacts<'_>, extra: &ExtraRules, opening: &str, chrome: bool) -> Kind {
    let has_rules = !extra.captions.is_empty() || !extra.boilerplate.is_empty();
    if has_rules && !matches!(s.context, Context::Heading | Context::SourceCount) {
        let lower = s.text.trim().to_lowercase();
        let opens = |list: &[String]| list.iter().any(|p| lower.starts_with(&p.to_lowercase()));
        if opens(&extra.captions) {
            return Kind::Caption;
        }
        if opens(&extra.boilerplate) {
            return Kind::Boilerplate;
        }
    }
    kind_by_builtin_rules(s, opening, chrome)
}

pub fn classify(s: &SentenceFacts<'_>) -> Kind {
    kind_and_chrome(s, &ExtraRules::default()).0
}

/// The built-in rules (module doc); `opening` and `chrome` are the
/// trimmed sentence's [`opening`] and [`chrome_by_words`].
fn kind_by_builtin_rules(s: &SentenceFacts<'_>, opening: &str, chrome: bool) -> Kind {
    let text = s.text.trim();
    match s.context {
        Context::Heading => return Kind::Heading,
        Context::SourceCount => return Kind::Boilerplate,
        _ => {}
    }
    if opens_with_any(opening, CAPTION_LABELS) || is_figure_label(opening) {
        return Kind::Caption;
    }
    if chrome {
        return Kind::Boilerplate;
    }
    if !ends_closed(text) && !s.has_marker {
        match s.context {
            Context::ListItem | Context::TableCell => return Kind::Other,
            _ if s.whole_line && words_up_to(text, TITLE_MAX_WORDS) <= TITLE_MAX_WORDS => {
                return Kind::Heading
            }
            _ => {}
        }
    }
    if s.context == Context::TableCell {
        return Kind::Other;
    }
    let is_question = text
        .trim_end_matches(['"', '\'', '”', '’', ')', '」', '』', '）'])
        .ends_with(['?', '？']);
    let fragment = words_up_to(text, 3) < 3 && !s.has_marker;
    let formula = !s.has_marker && is_formula(text);
    if is_question || fragment || !text.chars().any(char::is_alphabetic) || formula {
        return Kind::Other;
    }
    if !s.has_marker
        && (is_lead_in(text)
            || is_first_person(text)
            || is_our_plan(text)
            || is_our_method(text)
            || is_definition(text)
            || is_thanks(text)
            || is_self_reference(text)
            || is_cross_reference(text)
            || is_instruction(text))
    {
        return Kind::Other;
    }
    if opens_with_any(opening, SPEAKER_LABELS) {
        return Kind::Other;
    }
    Kind::Claim
}

/// Rule 5, a formula: TeX (`$$ \mathrm{LiH} \to … $$`, a wiki dump's
/// `{\displaystyle \varphi \in \Phi .}`) with fewer than three words of
/// prose outside its math spans, braces, brackets and commands.
fn is_formula(text: &str) -> bool {
    if memchr::memchr2(b'\\', b'$', text.as_bytes()).is_none() {
        return false;
    }
    let mut depth = 0usize;
    let mut in_dollars = false;
    let mut prose = 0;
    let mut word = String::new();
    for c in text.chars().chain([' ']) {
        match c {
            '{' | '[' => depth += 1,
            '}' | ']' => depth = depth.saturating_sub(1),
            '$' => in_dollars = !in_dollars,
            _ => {}
        }
        if c.is_whitespace() || matches!(c, '{' | '}' | '[' | ']' | '$') {
            let letters = word.trim_matches(|c: char| !c.is_alphanumeric() && c != '\\');
            if letters.chars().count() >= 2 && letters.chars().all(char::is_alphabetic) {
                prose += 1;
                if prose >= 3 {
                    return false;
                }
            }
            word.clear();
        } else if depth == 0 && !in_dollars {
            word.push(c);
        }
    }
    true
}

/// Rule 6: ends with a colon (closing quotes and brackets aside).
fn is_lead_in(text: &str) -> bool {
    text.trim_end()
        .trim_end_matches(['"', '\'', '”', '’', ')', '*', '_'])
        .ends_with([':', '：'])
}

/// `text` without `prefix`, compared in any case (ASCII).
fn strip_prefix_any_case<'t>(text: &'t str, prefix: &str) -> Option<&'t str> {
    let head = text.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &text[prefix.len()..])
}

/// A wiki's maintenance notice, the box an editor sets above a page or a
/// section (`This article needs additional citations for verification. …
/// Unsourced material may be challenged and removed. (May 2018)(Learn how
/// and when to remove this template message)`): its closing line, with
/// spaces or a text dump's underscores, marks the whole block (in plain
/// text the block ends with that line, see `structure`). Its sentences
/// speak of the page and state nothing to source. A box asking for more
/// text (`This section needs expansion. You can help by adding to it.
/// (April 2019)`, `You can help Wikipedia by expanding it.`) is one too.
pub fn is_maintenance_notice(block_text: &str) -> bool {
    // Two fast searches rule out nearly every block: `remove` and `help`
    // are written in lowercase wherever the line is. Their searchers are
    // built once: building one costs as much as searching a block.
    static REMOVE: OnceLock<Finder<'static>> = OnceLock::new();
    static HELP: OnceLock<Finder<'static>> = OnceLock::new();
    let bytes = block_text.as_bytes();
    let removal = REMOVE
        .get_or_init(|| Finder::new(b"remove"))
        .find(bytes)
        .is_some();
    if !removal
        && HELP
            .get_or_init(|| Finder::new(b"help"))
            .find(bytes)
            .is_none()
    {
        return false;
    }
    // Each phrase as written, and as a text dump joins a link's words
    // (`adding_to_it` still opens with `adding`).
    let asks = |phrases: &[&str]| {
        phrases
            .iter()
            .any(|p| contains_ignore_ascii_case(block_text, p))
    };
    (removal
        && asks(&[
            "learn how and when to remove this",
            "learn_how_and_when_to_remove_this",
        ]))
        || asks(&[
            "you can help by adding",
            "you can help by expanding",
            "you can help wikipedia by",
        ])
}

/// Rule 8: labels of a speaker or a prompt, and requests.
const SPEAKER_LABELS: &[&str] = &[
    "user:",
    "you said:",
    "you:",
    "prompt:",
    "question:",
    "q:",
    "assistant:",
    "chatgpt said:",
    "please ",
];

/// The Latin of placeholder text (`Lorem ipsum dolor sit amet, …`), as
/// layout tools and text generators write it.
const FILLER_WORDS: &[&str] = &[
    "a",
    "ac",
    "accumsan",
    "ad",
    "adipiscing",
    "adipisicing",
    "aenean",
    "aliqua",
    "aliquam",
    "aliquet",
    "aliquip",
    "amet",
    "anim",
    "ante",
    "aptent",
    "arcu",
    "at",
    "auctor",
    "augue",
    "aute",
    "bibendum",
    "blandit",
    "cillum",
    "commodo",
    "condimentum",
    "congue",
    "consectetur",
    "consequat",
    "conubia",
    "convallis",
    "cras",
    "cubilia",
    "culpa",
    "cupidatat",
    "curabitur",
    "curae",
    "cursus",
    "dapibus",
    "deserunt",
    "diam",
    "dictum",
    "dictumst",
    "dignissim",
    "dis",
    "do",
    "dolor",
    "dolore",
    "donec",
    "dui",
    "duis",
    "egestas",
    "eget",
    "eiusmod",
    "eleifend",
    "elementum",
    "elit",
    "enim",
    "erat",
    "eros",
    "esse",
    "est",
    "et",
    "etiam",
    "eu",
    "euismod",
    "ex",
    "excepteur",
    "exercitation",
    "facilisis",
    "fames",
    "faucibus",
    "felis",
    "fermentum",
    "feugiat",
    "finibus",
    "fringilla",
    "fugiat",
    "fusce",
    "gravida",
    "habitant",
    "habitasse",
    "hac",
    "hendrerit",
    "himenaeos",
    "iaculis",
    "id",
    "imperdiet",
    "in",
    "inceptos",
    "incididunt",
    "integer",
    "interdum",
    "ipsum",
    "irure",
    "justo",
    "labore",
    "laboris",
    "laborum",
    "lacinia",
    "lacus",
    "laoreet",
    "lectus",
    "leo",
    "libero",
    "ligula",
    "litora",
    "lobortis",
    "lorem",
    "luctus",
    "maecenas",
    "magna",
    "magnis",
    "malesuada",
    "massa",
    "mattis",
    "mauris",
    "metus",
    "mi",
    "minim",
    "molestie",
    "mollis",
    "montes",
    "morbi",
    "mus",
    "nam",
    "nascetur",
    "natoque",
    "nec",
    "neque",
    "netus",
    "nibh",
    "nisi",
    "nisl",
    "non",
    "nostra",
    "nostrud",
    "nulla",
    "nullam",
    "nunc",
    "occaecat",
    "odio",
    "officia",
    "orci",
    "ornare",
    "pariatur",
    "parturient",
    "pellentesque",
    "penatibus",
    "pharetra",
    "phasellus",
    "placerat",
    "platea",
    "porta",
    "porttitor",
    "posuere",
    "potenti",
    "praesent",
    "pretium",
    "primis",
    "proident",
    "proin",
    "pulvinar",
    "purus",
    "quam",
    "qui",
    "quis",
    "quisque",
    "reprehenderit",
    "rhoncus",
    "ridiculus",
    "risus",
    "rutrum",
    "sagittis",
    "sapien",
    "scelerisque",
    "sed",
    "sem",
    "semper",
    "senectus",
    "sint",
    "sit",
    "sociosqu",
    "sodales",
    "sollicitudin",
    "sunt",
    "suscipit",
    "suspendisse",
    "taciti",
    "tellus",
    "tempor",
    "tempus",
    "tincidunt",
    "torquent",
    "tortor",
    "tristique",
    "turpis",
    "ullamco",
    "ullamcorper",
    "ultrices",
    "ultricies",
    "urna",
    "ut",
    "varius",
    "vehicula",
    "vel",
    "velit",
    "venenatis",
    "veniam",
    "vestibulum",
    "vitae",
    "vivamus",
    "viverra",
    "voluptate",
    "volutpat",
    "vulputate",
];

/// Whether `doc_text` holds placeholder text: `lorem ipsum` in any case.
pub fn has_filler(doc_text: &str) -> bool {
    // `ipsum` is lowercase in every placeholder's first line.
    memchr::memmem::find(doc_text.as_bytes(), b"ipsum").is_some()
        && contains_ignore_ascii_case(doc_text, "lorem ipsum")
}

/// A sentence of placeholder Latin (`Donec aliquam neque nibh, a hendrerit
/// nunc.`): at least three words, and at least four in five of them
/// `FILLER_WORDS`. Read only in a document that [`has_filler`]: it holds
/// no claim, it stands where one will be written.
pub fn is_filler(text: &str) -> bool {
    let (mut words, mut filler) = (0, 0);
    for word in text
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
    {
        words += 1;
        let lower = word.to_lowercase();
        filler += usize::from(FILLER_WORDS.binary_search(&lower.as_str()).is_ok());
    }
    words >= 3 && filler * 5 >= words * 4
}

/// Headings of a section that credits people: the piece's authors, or
/// those it thanks.
const CREDIT_LABELS: &[&str] = &[
    "about the author",
    "about the authors",
    "about the writer",
    "about the writers",
    "acknowledgement",
    "acknowledgements",
    "acknowledgment",
    "acknowledgments",
    "author",
    "author bio",
    "author bios",
    "author biography",
    "author biographies",
    "author information",
    "authors",
    "authors' bios",
    "contributors",
];

/// Whether a heading's text labels a section that credits people: one
/// about the authors (`Author Bio`, `About the Authors`, `**Author:**`) or
/// one that thanks (`Acknowledgements`, `7. Acknowledgments`). A
/// `Biography` section of an article about a person is the article, and a
/// `Funding` section may be the article's subject: neither is such a
/// label.
pub fn is_credit_label(heading: &str) -> bool {
    let label = heading
        .trim()
        .trim_matches(|c: char| matches!(c, '*' | '_' | ':' | '#'))
        // A section's number (`7.`, `7`) opens a paper's headings.
        .trim_start_matches(|c: char| c.is_ascii_digit() || c == '.')
        .trim()
        .to_lowercase()
        .replace('\u{2019}', "'");
    CREDIT_LABELS.contains(&label.as_str())
}

/// The sections that credit people, as ranges of block indexes: each runs
/// from the block after a heading that [`is_credit_label`] to the next
/// heading of its level or above (a plain-text label line, level 0,
/// runs to the next heading). `blocks` gives each block's heading level,
/// `None` for a block that is no heading, and its text. A biography there
/// (`Ian is a senior manager at …`) credits a writer, and a thank-you
/// (`We thank the harbour staff for their help.`, `This work was funded by
/// …`) credits help; neither needs a source.
pub fn credit_sections<'b>(
    blocks: impl Iterator<Item = (Option<u8>, &'b str)>,
) -> Vec<std::ops::Range<usize>> {
    let mut sections = Vec::new();
    // The open section: its label's level and its first block.
    let mut open: Option<(u8, usize)> = None;
    let mut count = 0;
    for (k, (heading, text)) in blocks.enumerate() {
        count = k + 1;
        let Some(level) = heading else {
            continue;
        };
        if let Some((label, from)) = open {
            if label == 0 || level == 0 || level <= label {
                sections.push(from..k);
                open = None;
            }
        }
        if open.is_none() && is_credit_label(text) {
            open = Some((level, k + 1));
        }
    }
    if let Some((_, from)) = open {
        sections.push(from..count);
    }
    sections.retain(|r| !r.is_empty());
    sections
}

/// What [`trailing_chrome`] needs to know of a block.
#[derive(Debug, Clone, Copy, Default)]
pub struct BlockFacts {
    /// Every sentence of the block is a heading.
    pub title: bool,
    /// A sentence of the block is chrome by rule 3.
    pub chrome: bool,
    /// A sentence of the block is a claim (so far: before the trailing
    /// chrome is known).
    pub claim: bool,
    pub has_marker: bool,
    pub sentences: usize,
    /// Words, counted only while the block can still be short (see
    /// [`BlockFacts::count_words`]).
    pub words: usize,
    /// The block is the label of a source list (`References`).
    pub source_label: bool,
}

impl BlockFacts {
    /// Adds a sentence's words (after its marker and sentence count). Words
    /// matter only to the short-block rule, so they are counted only while
    /// the block can still be short (no marker, few sentences) and only up
    /// to one past the limit: a long sentence is not counted to its end.
    pub fn count_words(&mut self, text: &str) {
        if self.has_marker
            || self.sentences > SHORT_BLOCK_SENTENCES
            || self.words > SHORT_BLOCK_WORDS
        {
            return;
        }
        self.words += words_up_to(text, SHORT_BLOCK_WORDS - self.words);
    }
}

/// The index of the first block of the article's trailing site chrome, if
/// any: the last chrome block must be followed only by short blocks without
/// markers, and walking back from it over short blocks without markers must
/// meet a title line; the chrome starts at the earliest such title. The
/// walk stops at the label of a source list: what stands before the
/// article's references is the article (a short last section), never the
/// site's footer. It also stops at two prose blocks in a row (blocks with
/// a claim and no chrome): a footer's box holds headlines, links and at
/// most a line of blurb under each title, while an article written in
/// one-sentence paragraphs (as news often is) is prose after prose, and
/// must not become the footer of its own copyright line.
pub fn trailing_chrome(blocks: &[BlockFacts]) -> Option<usize> {
    let short = |b: &BlockFacts| {
        !b.has_marker && b.sentences <= SHORT_BLOCK_SENTENCES && b.words <= SHORT_BLOCK_WORDS
    };
    let last_chrome = blocks.iter().rposition(|b| b.chrome)?;
    if !blocks[last_chrome..].iter().all(short) {
        return None;
    }
    let mut start = None;
    let mut prose_run = 0;
    for (i, b) in blocks[..last_chrome].iter().enumerate().rev() {
        if !short(b) || b.source_label {
            break;
        }
        if b.claim && !b.chrome {
            prose_run += 1;
            if prose_run == 2 {
                break;
            }
        } else {
            prose_run = 0;
        }
        if b.title {
            start = Some(i);
        }
    }
    start
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn openings_are_compared_whole() {
        for list in [CAPTION_LABELS, CALLS_TO_ACTION, SPEAKER_LABELS] {
            for p in list {
                assert!(p.chars().count() <= OPENING_MAX_CHARS, "{p}");
            }
        }
        assert_eq!(
            opening("Don’t Miss our weekly digest"),
            "don't miss our weekly di"
        );
    }

    /// Each of `texts`, read as a whole line of a paragraph, is `want`.
    fn assert_kinds(texts: &[&str], want: Kind) {
        for text in texts {
            assert_eq!(kind(text), want, "{text}");
        }
    }

    fn kind(text: &str) -> Kind {
        classify(&SentenceFacts {
            text,
            context: Context::Paragraph,
            whole_line: true,
            has_marker: false,
        })
    }

    #[test]
    fn the_document_speaking_of_itself_is_not_a_claim() {
        assert_kinds(
            &[
                "This report examines how ferries are funded.",
                "This article should not be considered legal advice.",
                "In this section, we compare the fares.",
                "In this post we've introduced the night service.",
                "The following report offers an overview of the fleet.",
                "This section does not cite any sources.",
                "Night fares are covered below.",
                "These trade-offs are discussed later in this article.",
                "See the fares table above.",
                "This section of the report compares the two ferry operators.",
                "Correction: An earlier version of this story gave the wrong date.",
                "Editor’s note: A previous version of this article misnamed the pier.",
                "An earlier version of this report misstated the fare.",
                "Update: This story was updated with the council's reply.",
                "We report the results of the fare trials in Section 4.5.",
                "The night fares are listed in Table 2.",
                "Results for each pier are shown in Fig. 3b.",
                "The crossings we counted are summarised in Appendix B.",
                "The fares are listed in\u{200a}Table 2.",
                "The harbour framework can be downloaded here .",
                "A comparison of the fares can be found here.",
                "Every ferry option, see here.",
                "本文基于2031年的港口数据，比较两家渡轮公司的票价。",
                "本報告では夜間の運航を比較する。",
            ],
            Kind::Other,
        );
        assert_kinds(
            &[
            "In this paper, Smith et al. show that fares fell.",
            "This study found that fares fell by a third.",
            "This report found that fares fell by a third.",
            "This article shows that crews rest three nights.",
            "This section of the river floods each spring.",
            "本报告发现夜间票价上涨了三分之一。",
            "本研究基于2031年的港口数据。",
            "本地渡轮每小时一班。",
            "This section of the report found that fares fell.",
            "The article 5 of the treaty sets the fares.",
            "Fares stayed below the national average.",
            "The ferry sails above the weir.",
            "Crews rest three nights a week, as the figure below shows for every port of the estuary.",
            "Crews rest three nights (see the rota below).",
            "Update: The council voted to keep the night ferry.",
            "An earlier version of the timetable listed six sailings.",
            "Night fares fell by a third, as shown in Table 2.",
            "Table 2 shows that night fares fell by a third.",
            "Night fares fell by a third (Table 2).",
            "Tides matter here.",
            "The council will oversee here.",
            "Fares rose in May, as documented here.",
            "The pier closes at night; its timetable is available here.",
            "The fares rule applies here.",
            "Night fares have been available here since the pier opened in May.",
            "The council published the fares in Section 4 of its annual report on the harbour and its piers, ferries and night buses.",
            ],
            Kind::Claim,
        );
    }

    #[test]
    fn a_line_without_words_is_not_chrome() {
        // A title's underline, a note's return arrow: nothing says "site".
        for text in ["======", "-----", "↩", "* ["] {
            assert!(!is_chrome(text), "{text}");
        }
        assert!(is_chrome("Share"));
        assert_eq!(words_up_to("* Mill_dam (U.K.)", 5), 2);
        assert_eq!(words_up_to("Fees – €5.", 5), 2);
        // Chinese and Japanese: two ideographs or kana a word.
        assert_eq!(words_up_to("港口票价上涨了三分之一。", 20), 6);
        assert_eq!(words_up_to("2031年 港口", 20), 2);
        assert_eq!(words_up_to("夜間の運航", 20), 3);
    }

    #[test]
    fn pointers_to_other_pages_are_not_claims() {
        assert_kinds(
            &[
                "For other uses, see Harbour (disambiguation).",
                "For the ferry itself, see Varn_Ferry.",
                "For details, see the fares table.",
                "Not to be confused with the Varn Weir.",
                "For the history of the weir before 1900, see also Weir history.",
                "See Section 2.11.",
                "See the fares table for details.",
                "See also Varn Ferry.",
                "(See the council's minutes for the vote.)",
            ],
            Kind::Other,
        );
        assert_kinds(
            &[
                "For years, see-through panels lined the pier.",
                "For the council, seeing the weir raised was a win.",
                "For the council, see it as a loss of three million pounds for the port and its harbour board.",
                "For most riders the night ferry is the only way home, see the survey of 2019 and the council's own figures for the winter months.",
                "See's Candies opened a shop on the pier in 1921.",
                "See the minutes for the vote; fares rose by a third.",
                "Seen from the pier, the weir looks low.",
                "See the survey of 2019, which found that most riders of the night ferry have no other way home and that fares matter to them.",
            ],
            Kind::Claim,
        );
    }

    #[test]
    fn sections_that_credit_people() {
        assert!(is_credit_label("Author Bio"));
        assert!(is_credit_label("**About the Authors**"));
        assert!(is_credit_label("Author:"));
        assert!(is_credit_label("Acknowledgements"));
        assert!(is_credit_label("7. Acknowledgments"));
        assert!(is_credit_label("Acknowledgment"));
        assert!(!is_credit_label("Biography"));
        assert!(!is_credit_label("Funding"));
        assert!(!is_credit_label("Authorship of the pier plans"));
        assert!(!is_credit_label("Acknowledging the harbour's debts"));
        // Title, text, `Author` (level 1), a bio, a level-3 name, a bio,
        // `Change log` (level 1), a row; then `Authors` to the end.
        let blocks = [
            (Some(1), "The night ferry"),
            (None, "Ferries run at night."),
            (Some(1), "Author"),
            (None, "Mira Ostrand is a reporter."),
            (Some(3), "Mira Ostrand"),
            (None, "She covers the harbour."),
            (Some(1), "Change log"),
            (None, "2031-05-01: first version."),
            (Some(2), "Authors"),
            (None, "Olek Brandt edits the harbour desk."),
        ];
        assert_eq!(credit_sections(blocks.into_iter()), [3..6, 9..10]);
    }

    #[test]
    fn placeholder_latin_is_filler() {
        assert!(FILLER_WORDS.windows(2).all(|w| w[0] < w[1]), "sorted");
        assert!(has_filler("# Draft\n\nLorem ipsum dolor sit amet.\n"));
        assert!(!has_filler("The harbour opened in May."));
        for text in [
            "Lorem ipsum dolor sit amet, consectetur adipiscing elit.",
            "Donec aliquam neque nibh, a hendrerit nunc.",
            "Morbi tristique senectus et netus.",
        ] {
            assert!(is_filler(text), "{text}");
        }
        for text in [
            "The pier opened in May.",
            "Et cetera, the mayor said in Varn.",
            "Nulla.",
        ] {
            assert!(!is_filler(text), "{text}");
        }
    }

    #[test]
    fn a_box_asking_for_more_text_is_a_maintenance_notice() {
        assert!(is_maintenance_notice(
            "[[icon]] This section needs expansion. You can help by adding_to_it. (March 2020)"
        ));
        assert!(is_maintenance_notice(
            "This harbour article is a stub. You can help Wikipedia by expanding it."
        ));
        assert!(!is_maintenance_notice(
            "Volunteers help by adding sand to the dunes each spring."
        ));
    }

    #[test]
    fn a_maintenance_box_is_marked_by_its_closing_line() {
        assert!(is_maintenance_notice(
            "This section needs more sources. Unsourced material may be challenged and removed. (May 2021)(Learn how and when to remove this message)"
        ));
        assert!(is_maintenance_notice(
            "Find sources: \"Harbour\" (May 2018)(Learn_how_and_when_to_remove_this_template_message)"
        ));
        assert!(!is_maintenance_notice(
            "Unsourced material may be challenged and removed, the harbour board said."
        ));
    }

    #[test]
    fn instructions_to_the_reader_are_not_claims() {
        assert_kinds(
            &[
                "Consider a rota that rests crews three nights a week.",
                "Ensure that every ferry carries two life rafts.",
                "Make sure the ramp is dry before boarding.",
                "Do not board while the ramp moves.",
                "Don't board while the ramp moves.",
                "Be aware, however, of the night fares.",
                "Keep a record of every sailing.",
                "Remember to book the night ferry.",
                "Require two crews on every night sailing.",
                "Create a rota for the winter crews.",
                "Collect as little data on riders as you can.",
                "Use the side door when the ramp is wet.",
                "Check your ticket before the barrier.",
                "Add a second rope to the night crossings.",
                "Save the timetable for the winter.",
                "Explore the harbour walk after the last sailing.",
            ],
            Kind::Other,
        );
        assert_kinds(
            &[
                "Use of the night ferry rose by a third.",
                "Review articles agree that fares fell.",
                "Note that fares fell by a third.",
                "Audit: the port must record every sailing.",
                "Maintenance is paid for by the port.",
                "Keep Fit classes run on the ferry.",
                "Conduct of the crews was praised.",
                "Consider is a word the council used often.",
                "The council will ensure that fares fall.",
                "Remember that the port counts every sailing.",
                "Be aware that night fares doubled in May.",
                "Remember, though, that the port counts every sailing.",
                "Consider that crews rest three nights a week.",
                "Requires two crews on every night sailing.",
                "Create is the verb the council's rules use.",
                "Require two crews on every night sailing, the union said.",
                // A noun-like verb before no determiner, or before a name.
                "Test results from the ferry trials were mixed.",
                "Check fraud rose by a tenth at the kiosks.",
                "Save the Children funded the new ramp.",
                "Read the Tide is the port's monthly newsletter.",
                "Update frequency doubled in May.",
                "Note the ferry runs hourly in summer.",
                "Report only lists the night sailings.",
            ],
            Kind::Claim,
        );
    }

    #[test]
    fn site_notices_are_boilerplate() {
        assert_kinds(
            &[
            "* This page was last edited on 3 May 2024, at 10:12 (UTC).",
            "Text is available under the Creative_Commons_Attribution-ShareAlike License; more terms may apply.",
            "Posts are licensed under a Creative Commons licence.",
            "By using this site, you agree to the Terms of Use.",
            ],
            Kind::Boilerplate,
        );
        assert_kinds(
            &[
                "The port's photographs were released under Creative Commons in 2019.",
                "This page of the logbook was lost in the fire.",
            ],
            Kind::Claim,
        );
    }

    #[test]
    fn figure_labels_are_captions() {
        assert_kinds(
            &[
                "Figure 2: The night ferry at the east pier.",
                "Fig. 3 - Fares by month.",
                "Figure 1 – Crossings per day.",
                "Table 4. Fares in 2024.",
                "Figure 2b: Detail of the ramp.",
                "Left: the old pier.",
            ],
            Kind::Caption,
        );
        assert_kinds(
            &[
                "Figure 2 shows that fares fell.",
                "Table 1 lists the night fares.",
                "Figures for 2024: fares rose by a third.",
                "Right now the ferry runs hourly.",
                "Figure skating drew 4,000 people.",
            ],
            Kind::Claim,
        );
    }

    #[test]
    fn formulas_are_not_claims() {
        for formula in [
            "{\\displaystyle \\;\\varphi \\in \\Phi .}",
            "$$ \\mathrm{LiNH}{2}+\\mathrm{LiH} \\leftrightarrow \\mathrm{Li}{2} $$.",
            "$x^2 + y^2 = r^2$ holds.",
            "{\\displaystyle \\varphi } [\\varphi ].",
        ] {
            let facts = SentenceFacts {
                text: formula,
                context: Context::Paragraph,
                whole_line: false,
                has_marker: false,
            };
            assert_eq!(classify(&facts), Kind::Other, "{formula}");
            assert!(is_formula(formula), "{formula}");
        }
        for prose in [
            "The tide {\\displaystyle h} rises twice a day.",
            "Each ferry costs $4 and runs hourly.",
            "The quay reopened in May.",
        ] {
            assert!(!is_formula(prose), "{prose}");
        }
    }

    #[test]
    fn kinds_by_rule() {
        assert_eq!(kind("Source: City Gazette"), Kind::Caption);
        assert_eq!(kind("Photo by Ana Ruiz for the Ledger"), Kind::Caption);
        assert_eq!(kind("Image from the harbour archive."), Kind::Caption);
        assert_eq!(
            kind("Images from the probe show ice on the weir."),
            Kind::Claim
        );
        assert_eq!(kind("© 2031 Harbour Media Ltd."), Kind::Boilerplate);
        assert_eq!(kind("Facebook logo"), Kind::Boilerplate);
        assert_eq!(kind("Share"), Kind::Boilerplate);
        assert_eq!(kind("Follow us on Instagram"), Kind::Boilerplate);
        assert_eq!(
            kind("Subscribe to the morning briefing for more."),
            Kind::Boilerplate
        );
        assert_eq!(
            kind("Ferry fares rise across the northern routes"),
            Kind::Heading
        );
        assert_eq!(kind("Will the bridge open on time?"), Kind::Other);
        assert_eq!(kind("Yes."), Kind::Other);
        assert_eq!(
            kind("The council approved the budget on Monday."),
            Kind::Claim
        );
    }

    #[test]
    fn a_request_after_its_purpose_is_an_instruction() {
        assert_eq!(
            kind("To comment on this guide, please write to the harbour office."),
            Kind::Other
        );
        assert_eq!(
            kind("If the timetable is blank, please reload it."),
            Kind::Other
        );
        assert_eq!(
            kind("To reach the pier, riders took the night ferry."),
            Kind::Claim
        );
        assert_eq!(
            kind("When fares rose, pleas for help reached the council."),
            Kind::Claim
        );
    }

    #[test]
    fn lead_ins_narration_and_prompts_are_not_claims() {
        assert_eq!(kind("The board set three new rules:"), Kind::Other);
        assert_eq!(
            kind("I'll look into the harbour figures first."),
            Kind::Other
        );
        assert_eq!(
            kind("Let me now compare the two ferry operators."),
            Kind::Other
        );
        assert_eq!(kind("Let's see where the night routes begin."), Kind::Other);
        assert_eq!(kind("Let us now turn to the fares."), Kind::Other);
        assert_eq!(
            kind("Now I will summarise what the reports say."),
            Kind::Other
        );
        assert_eq!(
            kind("You said: write a report on the new pier."),
            Kind::Other
        );
        assert_eq!(
            kind("Please research the ferry budget for 2031."),
            Kind::Other
        );
        // Third person stays a claim.
        assert_eq!(kind("It will look into the harbour figures."), Kind::Claim);
        assert_eq!(kind("Inland routes grew by a third in 2030."), Kind::Claim);
        // A lead-in that cites is a claim.
        let cited = classify(&SentenceFacts {
            text: "The board set three new rules:",
            context: Context::Paragraph,
            whole_line: false,
            has_marker: true,
        });
        assert_eq!(cited, Kind::Claim);
    }

    #[test]
    fn thanks_are_not_claims_and_a_cause_is() {
        for thanks in [
            "Thanks to Mira Ostrand for the photographs of the pier.",
            "Thanks to @olek-b!",
            "Thanks to Ana.",
            "Thanks to Ana, Olek and Mira for their help with the fares.",
            "Thanks to @ana, @olek, @mira for reporting the bug.",
            "Thanks to everyone who read the drafts, but especially Ana.",
            "Thank you for reading!",
            "Special thanks to the harbour staff.",
            "Many thanks, all!",
            "Our thanks to the port for the ferry logs.",
            "We would like to thank the crews of the night ferry.",
            "We’d like to thank the crews.",
            "The authors thank the Varn Port Authority for the ridership data.",
        ] {
            assert_eq!(kind(thanks), Kind::Other, "{thanks}");
        }
        for cause in [
            "Thanks to the new ramp, crossings are faster.",
            "Thanks to this, the crews can rest three nights a week.",
            "Thanks to the tide tables the crews could plan each crossing a week ahead.",
            "Thankfully, the ramp held.",
            "Thanks to this you can plan each crossing a week ahead!",
            "Thanks to the tides, as well as the wind, the ferry ran late.",
            "The port thanked the crews in May.",
            "Thanksgiving traffic doubled the night sailings.",
        ] {
            assert_eq!(kind(cause), Kind::Claim, "{cause}");
        }
    }

    #[test]
    fn the_writers_own_plans_are_not_claims() {
        for plan in [
            "We'll start with the ramp and come back to fares later.",
            "We’ll use a second queue for the night sailings.",
            "Next, we will compare the two ferry operators.",
            "First we'll look at the winter timetable.",
            "We will publish the winter timetable in March.",
            "We shall return to the pier in the last section.",
            "We won't cover the freight routes here.",
            "We are going to rebuild the ramp step by step.",
            "We're going to count the sailings by hand.",
            "(We'll keep this page up to date.)",
        ] {
            assert_eq!(kind(plan), Kind::Other, "{plan}");
        }
        for claim in [
            // The present tense, the past, and someone else's future.
            "We now sell tickets on board.",
            "We counted 40 sailings in May.",
            "They will publish the timetable in March.",
            "Wells will run dry by 2040.",
            "Weather will delay the ferry twice a week.",
            // A plan quoted from someone is reported speech.
            "\"We will add a second ferry,\" the port said.",
            "The port said: “We will add a second ferry.”",
            "We will add a second ferry, the port said.",
            "We will add a second ferry by May, according to the port.",
            // Not a plan: `Here` with a claim, `we` not the subject.
            "Here the ramp will be rebuilt.",
            "Then came the storm we will not forget.",
        ] {
            assert_eq!(kind(claim), Kind::Claim, "{claim}");
        }
    }

    #[test]
    fn chinese_and_japanese_sentences_are_read_like_others() {
        // A sentence without spaces is not a fragment, and its full stop
        // closes it: not a title.
        assert_kinds(
            &[
                "城镇家庭户均总资产为317万元，中位数为163万元。",
                "夜間の運航は二倍に増えた。",
            ],
            Kind::Claim,
        );
        assert_kinds(&["四、未来最具潜力的渡轮公司", "总人口"], Kind::Heading);
        assert_kinds(&["夜间票价为什么上涨？"], Kind::Other);
    }

    #[test]
    fn the_writers_own_method_is_not_a_claim() {
        for method in [
            "We set the window to five days for every pier.",
            "We compare the two ferry operators by their late sailings.",
            "We then measure the queue at each ramp.",
            "Here we define a late sailing as one that leaves ten minutes late.",
            "In this section, we describe how the counts were made.",
            "In the next chapter we examine the winter timetable.",
            "We refer to the combined service as the harbour line.",
            "(We limit the counts to weekday sailings.)",
        ] {
            assert_eq!(kind(method), Kind::Other, "{method}");
        }
        for claim in [
            // Verbs that state a fact or a finding.
            "We use 40 tonnes of fuel a week.",
            "We found that night fares doubled.",
            "We estimate that half the riders are commuters.",
            // A listed verb reporting a finding, and reported speech.
            "We assume that fares rose in May.",
            "We compare every bid in public, the port said.",
            // Not the writers: quoted, or a different subject.
            "\"We set the fares,\" the mayor said.",
            "Here the council sets the fares.",
            "In this city we set the fares by vote every May.",
            "Weather limits the sailings in winter.",
        ] {
            assert_eq!(kind(claim), Kind::Claim, "{claim}");
        }
    }

    #[test]
    fn a_definition_of_a_symbol_is_not_a_claim() {
        for definition in [
            "Let x be the number of sailings in a week.",
            "Let $q_i$ denote the queue at pier i.",
            "Let T be a timetable and S its set of sailings.",
        ] {
            assert_eq!(kind(definition), Kind::Other, "{definition}");
        }
        for claim in [
            "Let them be heard, the mayor told the council.",
            "Let down by the timetable, riders took the bus.",
            "Letters from riders doubled in May.",
        ] {
            assert_eq!(kind(claim), Kind::Claim, "{claim}");
        }
    }

    #[test]
    fn a_line_with_a_marker_is_not_a_title() {
        let facts = SentenceFacts {
            text: "The mill closed",
            context: Context::Paragraph,
            whole_line: true,
            has_marker: true,
        };
        assert_eq!(classify(&facts), Kind::Claim);
    }

    #[test]
    fn chrome_phrases_match_in_any_case_anywhere() {
        assert!(is_chrome(
            "Text and photos: ALL RIGHTS RESERVED by the mill."
        ));
        assert!(is_chrome("COPYRIGHT 2031 The Valley Ledger"));
        assert!(is_chrome("The Ledger © 2031"));
        assert!(is_chrome("Café Ledger, café reviews ©"));
        // `é` and `ª` share a byte with `©`; neither is one.
        assert!(!is_chrome(
            "The café owner said the fête drew a record crowd this year, and the 1ª división side agreed."
        ));
        assert!(is_chrome("Share this story."));
        // Near misses: a broken phrase, the phrase cut at the end.
        assert!(!is_chrome(
            "The council said all rights were reserved for residents."
        ));
        assert!(!is_chrome("The mill kept all rights reserv"));
        assert!(contains_ignore_ascii_case(
            "xAlL rIgHtS rEsErVeD",
            "all rights reserved"
        ));
        assert!(!contains_ignore_ascii_case(
            "all rights",
            "all rights reserved"
        ));
    }

    #[test]
    fn trailing_chrome_stops_at_a_source_list_label() {
        let short = |title: bool, chrome: bool, source_label: bool| BlockFacts {
            title,
            chrome,
            claim: !title && !chrome,
            has_marker: false,
            sentences: 1,
            words: 5,
            source_label,
        };
        // Title, a short last section, `References`, a footer title, chrome.
        let blocks = [
            short(true, false, false),
            short(false, false, false),
            short(true, false, true),
            short(true, false, false),
            short(false, true, false),
        ];
        assert_eq!(trailing_chrome(&blocks), Some(3));
        let without_label = [blocks[0], blocks[1], blocks[3], blocks[4]];
        assert_eq!(trailing_chrome(&without_label), Some(0));
    }

    /// A block of `sentences` sentences and `words` words, no flag set.
    fn sized(sentences: usize, words: usize) -> BlockFacts {
        BlockFacts {
            sentences,
            words,
            ..BlockFacts::default()
        }
    }

    /// A one-line title of `words` words.
    fn title_of(words: usize) -> BlockFacts {
        BlockFacts {
            title: true,
            ..sized(1, words)
        }
    }

    /// A line of site chrome (`Share this story`).
    fn chrome_line() -> BlockFacts {
        BlockFacts {
            chrome: true,
            ..sized(1, 4)
        }
    }

    #[test]
    fn trailing_chrome_needs_a_title_and_short_blocks() {
        let body = BlockFacts {
            has_marker: true,
            ..sized(5, 120)
        };
        let title = title_of(3);
        let blurb = sized(2, 25);
        let chrome = chrome_line();
        assert_eq!(
            trailing_chrome(&[body, title, blurb, chrome, chrome]),
            Some(1)
        );
        assert_eq!(trailing_chrome(&[body, blurb, chrome]), None);
        assert_eq!(trailing_chrome(&[body, title, body, chrome]), None);
        assert_eq!(trailing_chrome(&[title, blurb, body]), None);
    }

    #[test]
    fn trailing_chrome_stops_at_prose_after_prose() {
        let title = title_of(4);
        // A one-sentence paragraph of an article, or a footer's blurb.
        let line = BlockFacts {
            claim: true,
            ..sized(1, 12)
        };
        // A footer's link, a fragment: no claim.
        let link = sized(1, 2);
        let chrome = chrome_line();
        // News in one-sentence paragraphs, then `Share` and `©`: only the
        // chrome itself is chrome, not the article up to its headline.
        assert_eq!(
            trailing_chrome(&[title, line, line, title, line, line, chrome]),
            None
        );
        // A footer's boxes: a title, a blurb line, headlines and links.
        assert_eq!(
            trailing_chrome(&[title, line, line, title, line, title, link, link, link, chrome]),
            Some(3)
        );
    }
}
