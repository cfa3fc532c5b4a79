//! Numbers, dates and units as a claim and a source state them, normalised
//! so that two ways of writing one figure meet (`15 million` and
//! `15,000,000`, `a third` and `33%`, `2 November 2004` and `2004-11-02`),
//! with what each counts (`136 health clubs`), so that the matching stage
//! only calls two figures contradictory when they measure the same thing.

use crate::cjk::{self, is_cjk_letter};
use crate::verify::matching::{is_ascii_whitespace, is_stopword, stem};

thread_local! {
    /// Per thread, for `read_numbers`: a sentence's tokens as byte spans.
    static TOKEN_SPANS: std::cell::RefCell<Vec<(usize, usize)>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// A number stated in text, normalised: `$50 billion` → 5e10, `35%` → 35
/// (percent), `one-fifth` → 0.2.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Number {
    pub value: f64,
    pub percent: bool,
    /// Spelled as a fraction (`a third`, `two-fifths`): a share that a
    /// percentage states rounded (`33%`).
    pub fraction: bool,
    /// What it counts: the content words right after it (up to two, up to
    /// a stop word or punctuation: `136 health clubs`, `8 minutes`), each
    /// stemmed, singular and hashed; 0 for none. Two numbers about
    /// different things never contradict each other.
    pub about: [u64; 2],
}

/// What a number measures, as far as its form tells.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumberKind {
    Percent,
    /// A whole number from 1800 to 2100 with no scale: a year.
    Year,
    Amount,
}

impl Number {
    /// The number as a reader writes it: `2,300`, `35%`, `2004`, `1.5`.
    pub fn display(&self) -> String {
        let v = self.value;
        let text = if v.fract() == 0.0 && v.abs() < 1e15 {
            let digits = format!("{}", v.abs() as u64);
            let mut grouped = String::new();
            for (i, c) in digits.chars().enumerate() {
                if i > 0 && (digits.len() - i) % 3 == 0 && self.kind() != NumberKind::Year {
                    grouped.push(',');
                }
                grouped.push(c);
            }
            if v < 0.0 {
                format!("-{grouped}")
            } else {
                grouped
            }
        } else {
            let t = format!("{v:.2}");
            t.trim_end_matches('0').trim_end_matches('.').to_string()
        };
        if self.percent {
            format!("{text}%")
        } else {
            text
        }
    }

    pub fn kind(&self) -> NumberKind {
        if self.percent {
            NumberKind::Percent
        } else if self.value.fract() == 0.0 && (1800.0..=2100.0).contains(&self.value) {
            NumberKind::Year
        } else {
            NumberKind::Amount
        }
    }

    /// Whether the two may count the same thing: the same word follows
    /// both, or none follows one of them (`35%` and `25% of voters` may;
    /// `100 members` and `two delegates` may not).
    pub fn same_thing(&self, other: &Number) -> bool {
        let named = |n: &Number| n.about[0] != 0;
        self.kind() == other.kind()
            && (!named(self)
                || !named(other)
                || self
                    .about
                    .iter()
                    .any(|w| *w != 0 && other.about.contains(w)))
    }

    /// Same value, and not a percent against a plain amount of another kind.
    /// A spelled fraction agrees with the percentage it rounds to (`a
    /// third` and `33%`, `two thirds` and `67%`: within one point).
    pub fn agrees(&self, other: &Number) -> bool {
        if let Some((fraction, percent)) = match (self, other) {
            (f, p) | (p, f) if f.fraction && p.percent => Some((f, p)),
            _ => None,
        } {
            return (fraction.value * 100.0 - percent.value).abs() <= 1.0;
        }
        let close = (self.value - other.value).abs() <= 1e-9 * self.value.abs().max(1.0);
        close && (self.percent == other.percent || !self.percent || !other.percent)
    }
}

/// Whether a lowercased word states a figure (`12bn`, `1990s`, `twelve`,
/// `third`): it starts with a digit, or is a number word. (`h200` is a
/// name.)
pub(crate) fn is_figure(lower: &str) -> bool {
    lower.starts_with(|c: char| c.is_ascii_digit())
        || word_number(lower).is_some()
        || fraction_word(lower).is_some()
        || spelled_ordinal(lower).is_some()
}

fn word_number(word: &str) -> Option<f64> {
    const UNITS: [&str; 21] = [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
        "twenty",
    ];
    UNITS.iter().position(|u| *u == word).map(|n| n as f64)
}

fn fraction_word(word: &str) -> Option<f64> {
    let w = word.trim_end_matches('s');
    Some(match w {
        "half" | "halve" => 2.0,
        "third" => 3.0,
        "quarter" | "fourth" => 4.0,
        "fifth" => 5.0,
        "sixth" => 6.0,
        "seventh" => 7.0,
        "eighth" => 8.0,
        "ninth" => 9.0,
        "tenth" => 10.0,
        _ => return None,
    })
}

/// An ordinal written as a word, from `third` on (`first` and `second`
/// say too many other things to be read as numbers).
fn spelled_ordinal(word: &str) -> Option<f64> {
    const ORDINALS: [&str; 10] = [
        "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
        "twelfth",
    ];
    ORDINALS
        .iter()
        .position(|o| *o == word)
        .map(|k| (k + 3) as f64)
}

/// Fullwidth digits and decimal points (`３０．５％`, as Chinese and Japanese
/// text often sets figures) as ASCII ones, so they read as numbers. The
/// fullwidth comma `，` is left: it separates clauses there, not
/// thousands.
fn fullwidth_digits_as_ascii(text: &str) -> std::borrow::Cow<'_, str> {
    // Fullwidth forms are encoded from lead byte EF: most text has none.
    if memchr::memchr(0xEF, text.as_bytes()).is_none() {
        return std::borrow::Cow::Borrowed(text);
    }
    std::borrow::Cow::Owned(
        text.chars()
            .map(|c| match c {
                '０'..='９' => char::from(b'0' + (c as u32 - '０' as u32) as u8),
                '．' => '.',
                c => c,
            })
            .collect(),
    )
}

/// `2004-11-02` → `2004 02`: an ISO date states a year and a day as the
/// other forms do (`2 November 2004`, `Nov. 2, 2004`); its month, a word
/// elsewhere, is left out rather than read as the number 11.
fn iso_dates_as_words(text: &str) -> std::borrow::Cow<'_, str> {
    let b = text.as_bytes();
    // No hyphen, no ISO date: the text as it is (most sentences).
    if memchr::memchr(b'-', b).is_none() {
        return std::borrow::Cow::Borrowed(text);
    }
    let digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < b.len() {
        let date = (i == 0 || !digit(i - 1))
            && (0..4).all(|k| digit(i + k))
            && b.get(i + 4) == Some(&b'-')
            && digit(i + 5)
            && digit(i + 6)
            && b.get(i + 7) == Some(&b'-')
            && digit(i + 8)
            && digit(i + 9)
            && !digit(i + 10);
        if date {
            out.push_str(&text[i..i + 4]);
            out.push(' ');
            out.push_str(&text[i + 8..i + 10]);
            i += 10;
        } else {
            let c = text[i..].chars().next().unwrap_or(' ');
            out.push(c);
            i += c.len_utf8();
        }
    }
    std::borrow::Cow::Owned(out)
}

/// A scale written as a word (`15 million`, `2.4 bn`).
fn scale_word(word: &str) -> Option<f64> {
    Some(match word {
        "hundred" => 1e2,
        "thousand" => 1e3,
        "million" | "mn" => 1e6,
        "billion" | "bn" => 1e9,
        "trillion" | "tn" => 1e12,
        _ => return None,
    })
}

/// A scale glued to the digits (`12bn`, `$3.5m`, `€40k`, `100k`, `120万`).
/// `m` and `b` scale only an amount of money: `200m` or `200 m` alone is a
/// length; `k` is a thousand wherever it is glued (a kilometre is `km`), and
/// so are the Chinese `万` (ten thousand) and `亿` (a hundred million).
fn glued_scale(suffix: &str, money: bool) -> Option<f64> {
    match suffix {
        "k" => Some(1e3),
        "万" => Some(1e4),
        "亿" => Some(1e8),
        "m" if money => Some(1e6),
        "b" if money => Some(1e9),
        _ => scale_word(suffix),
    }
}

/// What a number is about ([`Number::about`]): the content words of the
/// tokens from `at` on.
fn about_words<'t>(token_at: impl Fn(usize) -> Option<&'t str>, at: usize) -> [u64; 2] {
    let first = about_word(token_at(at));
    // A second word only when the first does not end a clause.
    let second = if first == 0 || ends_clause(token_at(at)) {
        0
    } else {
        about_word(token_at(at + 1))
    };
    [first, second]
}

/// A token that closes a clause with its punctuation (`clubs,`, `third.`).
fn ends_clause(token: Option<&str>) -> bool {
    token.is_some_and(|t| t.ends_with([',', '.', ';', ':', ')']))
}

/// The content word of `token`, stemmed and singular, hashed; 0 when
/// `token` is none, a stop word, a scale or not a word.
fn about_word(token: Option<&str>) -> u64 {
    let Some(word) = token.map(|t| t.trim_matches(|c: char| !c.is_alphanumeric())) else {
        return 0;
    };
    if word.is_empty()
        || !word.chars().all(char::is_alphabetic)
        || is_stopword(word)
        || scale_word(word).is_some()
        || matches!(word, "percent" | "per")
    {
        return 0;
    }
    let singular = match word.strip_suffix('s') {
        Some(rest) if rest.chars().count() >= 3 => rest,
        _ => word,
    };
    // A stable hash, so reports do not depend on a run's hash seed; the
    // low bit set, as 0 means no word.
    crate::hash::fnv1a(stem(singular).as_bytes()) | 1
}

/// The numbers stated in `text`: digits with separators and decimals,
/// optional scale words (`million`) and percent (`%`, `percent`), and spelled
/// numbers and fractions (`twelve`, `one-fifth`, `a third`).
pub fn numbers(text: &str) -> Vec<Number> {
    numbers_in_lowercase(&text.to_lowercase())
}

/// [`numbers`] of a text already lowercased. An ASCII text's [`normalize`]d
/// form qualifies: collapsing whitespace changes no token and no digit's
/// neighbours.
pub(crate) fn numbers_in_lowercase(lowercase: &str) -> Vec<Number> {
    read_numbers(lowercase, true)
}

/// The numbers of a lowercase text; `quick` passes over tokens that cannot
/// start a number without reading them (the same answer, tested).
fn read_numbers(lowercase: &str, quick: bool) -> Vec<Number> {
    let halfwidth = fullwidth_digits_as_ascii(lowercase);
    let lower = iso_dates_as_words(&halfwidth);
    // The tokens as spans in a per-thread buffer (no list a sentence).
    TOKEN_SPANS.with_borrow_mut(|spans| {
        token_spans(&lower, lower.is_ascii(), spans);
        numbers_of_tokens(&lower, spans, quick)
    })
}

/// The tokens of `lower` as byte spans into `spans` (cleared first): split
/// at whitespace, hyphens, dashes and brackets. `ascii`: the text is ASCII
/// and is read byte by byte, without decoding characters (the same spans,
/// tested).
fn token_spans(lower: &str, ascii: bool, spans: &mut Vec<(usize, usize)>) {
    spans.clear();
    let mut start = None;
    // `wall`: a Chinese or Japanese letter or mark, which parts tokens that
    // are not neighbours; an empty span stands for it, so the word after a
    // number is never read from across a clause (`涨了30%，Allianz…`).
    let mut cut = |at: usize, between: bool, wall: bool| {
        if between {
            if let Some(from) = start.take() {
                spans.push((from, at));
            }
            if wall && spans.last().is_some_and(|&(from, to)| from != to) {
                spans.push((at, at));
            }
        } else if start.is_none() {
            start = Some(at);
        }
    };
    if ascii {
        for (at, &b) in lower.as_bytes().iter().enumerate() {
            cut(
                at,
                is_ascii_whitespace(b) || matches!(b, b'-' | b'(' | b')'),
                false,
            );
        }
    } else {
        // Chinese and Japanese put no spaces around numbers: their letters
        // and punctuation part tokens too (`上涨了30%。` holds `30%`), except
        // a scale glued to digits (`120万`, ten thousands; `3亿`, hundred
        // millions).
        for (at, c) in lower.char_indices() {
            // Rare, so the digit before is looked at only then.
            let cjk_cut = || {
                cjk::is_cjk_punctuation(c)
                    || (is_cjk_letter(c)
                        && !(matches!(c, '万' | '亿')
                            && lower[..at].ends_with(|p: char| p.is_ascii_digit())))
            };
            let wall = c >= '\u{3000}' && cjk_cut();
            cut(
                at,
                wall || c.is_whitespace() || c == '-' || c == '–' || c == '(' || c == ')',
                wall,
            );
        }
    }
    if let Some(from) = start {
        spans.push((from, lower.len()));
    }
}

/// [`read_numbers`] over the tokens of `lower` at `spans`.
fn numbers_of_tokens(lower: &str, spans: &[(usize, usize)], quick: bool) -> Vec<Number> {
    let token_at = |i: usize| spans.get(i).map(|&(from, to)| &lower[from..to]);
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(raw) = token_at(i) {
        // A token states a number only if it starts, past punctuation and
        // currency signs, with a digit or with a letter that begins a
        // number word (`one`…`twenty`, `a`, `third`…`twelfth`): most words
        // are passed over unread.
        let first = raw.chars().find(|c| {
            !matches!(
                c,
                ',' | '.' | ';' | ':' | '"' | '\'' | '“' | '”' | '$' | '€' | '£' | '¥'
            )
        });
        if quick
            && !first.is_some_and(|c| {
                c.is_ascii_digit() || matches!(c, 'z' | 'o' | 't' | 'f' | 's' | 'e' | 'n' | 'a')
            })
        {
            i += 1;
            continue;
        }
        let token =
            raw.trim_matches(|c: char| matches!(c, ',' | '.' | ';' | ':' | '"' | '\'' | '“' | '”'));
        let digits = token.trim_start_matches(['$', '€', '£', '¥']);
        let money = digits.len() < token.len();
        let (core, pct_sign) = match digits
            .strip_suffix('%')
            .or_else(|| digits.strip_suffix('％'))
        {
            Some(c) => (c, true),
            None => (digits, false),
        };
        // The next word, for a scale or a fraction (read only then).
        let next = || token_at(i + 1).map(|t| t.trim_matches(|c: char| !c.is_alphanumeric()));
        if !core.is_empty() && core.starts_with(|c: char| c.is_ascii_digit()) {
            // `12bn`, `3.5m`: a scale glued to the digits.
            let split = core
                .find(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.'))
                .unwrap_or(core.len());
            let (num, glued) = core.split_at(split);
            if let Ok(mut value) = num.replace(',', "").parse::<f64>() {
                let mut percent = pct_sign;
                if let Some(scale) = glued_scale(glued, money) {
                    value *= scale;
                } else if let Some(scale) = next().and_then(scale_word).filter(|_| glued.is_empty())
                {
                    value *= scale;
                    i += 1;
                }
                let after = token_at(i + 1).map(|t| t.trim_matches(|c: char| !c.is_alphanumeric()));
                let named = if matches!(after, Some("percent" | "per")) {
                    percent = true;
                    i + 2
                } else {
                    i + 1
                };
                out.push(Number {
                    value,
                    percent,
                    fraction: false,
                    about: about_words(token_at, named),
                });
            }
        } else if let Some(n) = word_number(core) {
            // `one-fifth`, `a third`, `twelve`.
            if let Some(d) = next().and_then(fraction_word).filter(|_| n >= 1.0) {
                out.push(Number {
                    value: n / d,
                    percent: false,
                    fraction: true,
                    about: about_words(token_at, i + 2),
                });
                i += 1;
            } else if n > 1.0 {
                out.push(Number {
                    value: n,
                    percent: false,
                    fraction: false,
                    about: about_words(token_at, i + 1),
                });
            }
        } else if core == "a" {
            // `a third` is a share when nothing, punctuation, `of` or another
            // stop word follows it (`cut by a third in May`); before a content
            // word it is an ordinal (`a third cousin`), read as one next.
            let share = || ends_clause(token_at(i + 1)) || about_word(token_at(i + 2)) == 0;
            if let Some(d) = next().and_then(fraction_word).filter(|d| *d > 2.0) {
                if share() {
                    out.push(Number {
                        value: 1.0 / d,
                        percent: false,
                        fraction: true,
                        about: [0; 2],
                    });
                    i += 1;
                }
            }
        } else if let Some(n) = spelled_ordinal(core) {
            // `the third vote` states 3, as `the 3rd vote` does.
            out.push(Number {
                value: n,
                percent: false,
                fraction: false,
                about: about_words(token_at, i + 1),
            });
        }
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(text: &str) -> Vec<(f64, bool)> {
        numbers(text)
            .into_iter()
            .map(|n| (n.value, n.percent))
            .collect()
    }

    #[test]
    fn numbers_in_their_forms() {
        assert_eq!(values("rose 1.5% in May"), [(1.5, true)]);
        assert_eq!(values("worth $50 billion"), [(5e10, false)]);
        assert_eq!(values("worth $50 million"), [(5e7, false)]);
        assert_eq!(values("over 200,000 units"), [(200_000.0, false)]);
        assert_eq!(values("at least one-fifth of revenue"), [(0.2, false)]);
        assert_eq!(values("35 percent of voters"), [(35.0, true)]);
        assert_eq!(
            values("a third of the fleet and twelve ships"),
            [(1.0 / 3.0, false), (12.0, false)]
        );
        assert_eq!(values("a 12bn deal"), [(12e9, false)]);
        assert!(values("one of the ships").is_empty());
    }

    #[test]
    fn numbers_display_as_written() {
        let shown: Vec<String> = numbers("2,300 people, 35%, in 2004, 1.5 km, $15m")
            .iter()
            .map(Number::display)
            .collect();
        assert_eq!(shown, ["2,300", "35%", "2004", "1.5", "15,000,000"]);
    }

    #[test]
    fn units_are_not_scales_and_iso_dates_read_as_dates() {
        let values = |t: &str| numbers(t).into_iter().map(|n| n.value).collect::<Vec<_>>();
        assert_eq!(values("The tower is 200 m tall."), [200.0]);
        assert_eq!(values("It cost $15m in all."), [15e6]);
        assert_eq!(values("Sales hit 15 million, or 15,000,000."), [15e6, 15e6]);
        assert_eq!(values("Opened on 2004-11-02."), [2004.0, 2.0]);
        assert_eq!(values("Opened on November 2, 2004."), [2.0, 2004.0]);
        assert_eq!(
            numbers("in 2004").first().map(Number::kind),
            Some(NumberKind::Year)
        );
        assert_eq!(
            numbers("35%").first().map(Number::kind),
            Some(NumberKind::Percent)
        );
    }

    #[test]
    fn numbers_agree_by_value_and_kind() {
        let pct = Number {
            value: 35.0,
            percent: true,
            fraction: false,
            about: [0; 2],
        };
        assert!(pct.agrees(&Number {
            value: 35.0,
            percent: false,
            fraction: false,
            about: [0; 2],
        }));
        assert!(!pct.agrees(&Number {
            value: 25.0,
            percent: true,
            fraction: false,
            about: [0; 2],
        }));
        // A spelled fraction and the percentage it rounds to.
        let share = |text: &str| numbers(text)[0];
        assert!(share("a third of them").agrees(&share("33% of them")));
        assert!(share("33.3% of them").agrees(&share("one-third of them")));
        assert!(share("two thirds of them").agrees(&share("67% of them")));
        assert!(!share("a third of them").agrees(&share("40% of them")));
        // Ordinals in words and in digits.
        assert!(share("the third vote").agrees(&share("the 3rd vote")));
        assert!(share("its twelfth season").agrees(&share("its 12th season")));
        assert!(numbers("the first and second votes").is_empty());
    }

    #[test]
    fn a_spelled_share_before_a_noun_is_an_ordinal() {
        assert_eq!(values("a third cousin of the mayor"), [(3.0, false)]);
        assert!(numbers("a third cousin")
            .first()
            .unwrap()
            .agrees(&numbers("third cousins")[0]));
        assert_eq!(values("cut by a third in May"), [(1.0 / 3.0, false)]);
        assert_eq!(values("fell by a third."), [(1.0 / 3.0, false)]);
        assert_eq!(values("100k subscribers"), [(100_000.0, false)]);
    }

    proptest::proptest! {
        /// An ASCII text's number tokens read byte by byte are the ones
        /// read character by character.
        #[test]
        fn ascii_tokens_read_the_same_byte_by_byte(text in "[ -~\t\n\x0B\x0C\r]{0,200}") {
            let (mut bytes, mut chars) = (Vec::new(), Vec::new());
            token_spans(&text, true, &mut bytes);
            token_spans(&text, false, &mut chars);
            proptest::prop_assert_eq!(bytes, chars);
        }

        /// Passing over the tokens that cannot start a number reads the
        /// same numbers as reading every token.
        #[test]
        fn quick_number_reading_misses_nothing(
            tokens in proptest::collection::vec(
                "[,.;:\"'“”$€£¥%]{0,2}(a|one|three|twenty|third|fifths?|half|12|3\\.5|1,500|15m|2bn|[a-z]{1,6}|2004-11-02)[,.;:\"'“”%]{0,2}( (million|percent|bn|km))?",
                0..12,
            )
        ) {
            let text = tokens.join(" ");
            proptest::prop_assert_eq!(read_numbers(&text, true), read_numbers(&text, false));
        }
    }
}
