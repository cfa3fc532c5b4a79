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
//!    publish the timetable in March."), or in which the document
//!    speaks of itself ("This report examines …", "In this section, …",
//!    "… is covered below.", "Correction: An earlier version of this story
//!    …"), or that instructs the reader in the imperative
//!    ("Consider …", "Make sure …", "Do not …"), or that points to another
//!    page ("For other uses, see …", "Not to be confused with …"): `other`.
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
/// standing alone (`* Mill_dam (U.K.)`, `Fees – €5.`) is no word.
fn words_up_to(text: &str, limit: usize) -> usize {
    text.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .take(limit + 1)
        .count()
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
    // ASCII, and no other character lowercases to their letters.
    if text.contains('©')
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
    let at = |i: usize, needle: &str| {
        let anchor = needle.find('v').expect("every phrase has a v");
        i.checked_sub(anchor)
            .and_then(|start| bytes.get(start..start + needle.len()))
            .is_some_and(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
    };
    let mut licence_named = false;
    for i in memchr::memchr2_iter(b'v', b'V', bytes) {
        if at(i, "all rights reserved") {
            return true;
        }
        licence_named |= at(i, "creative commons") || at(i, "creative_commons");
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
        .trim_end_matches(['"', '\'', '”', '’', ')', ']', '»'])
        .ends_with(['.', '!', '?', '…', ':', ';'])
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
        .trim_end_matches(['"', '\'', '”', '’', ')'])
        .ends_with('?');
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

/// Rule 7: opens in the first person singular, or invites the reader
/// along (`Let's see where to start.`, `Let us now turn to fares.`).
fn is_first_person(text: &str) -> bool {
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
fn is_our_plan(text: &str) -> bool {
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
fn is_our_method(text: &str) -> bool {
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
fn is_definition(text: &str) -> bool {
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
fn is_reported(text: &str) -> bool {
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
fn is_thanks(text: &str) -> bool {
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

/// Rule 7, the document speaking of itself: a sentence that opens with
/// `This article`, `This report`, `In this section`, `The following post`
/// (… `post`, `section`, `chapter`, `guide`, `document`), or that is a
/// short pointer elsewhere in it (`… is covered below.`, `… discussed later
/// in this article.`, `See … above.`). `This paper` and `this study` are left out:
/// writers name the works they cite that way (`In this paper, Smith et al.
/// show …`).
fn is_self_reference(text: &str) -> bool {
    const DOCUMENT: &[&str] = &[
        "article", "report", "post", "section", "chapter", "guide", "document", "essay",
    ];
    let t = text.trim_start_matches(['"', '“', '(', '*', '_']);
    if is_version_note(t) || points_to_own_part(t) || points_to_a_link(t) {
        return true;
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

/// `text` without `prefix`, compared in any case (ASCII).
fn strip_prefix_any_case<'t>(text: &'t str, prefix: &str) -> Option<&'t str> {
    let head = text.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &text[prefix.len()..])
}

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
fn is_cross_reference(text: &str) -> bool {
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
fn is_instruction(text: &str) -> bool {
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
/// [`FILLER_WORDS`]. Read only in a document that [`has_filler`]: it holds
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
