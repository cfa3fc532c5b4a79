//! A long-running fuzz test on the stable toolchain: proptest generators
//! for the inputs real text throws at citeaudit, fed to every reading stage
//! (and to the matching stage's readers of words and numbers) for as long
//! as `CITEAUDIT_FUZZ_SECONDS` says (default 10).
//!
//! Ignored by default; `fuzz/run SECONDS` runs it (CI: 60 s). Each input
//! runs under `catch_unwind`; the first one that panics is written to
//! `target/fuzz-crash.bin` and fails the test, so it can be replayed with
//! `citeaudit sentences target/fuzz-crash.bin`.
//!
//! The generators produce what the issue tracker and real articles showed:
//! multi-byte whitespace, CJK punctuation and fullwidth brackets, combining
//! marks, right-to-left text and marks, emoji with zero-width joiners, lone
//! surrogates in UTF-16 input, every marker style, Markdown and HTML syntax,
//! and deep nesting (block quotes, lists, brackets, HTML elements).

use std::panic::{self, AssertUnwindSafe};
use std::path::Path;
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::{Config, TestRunner};

use citeaudit::audit::{audit_document, AuditOptions};
use citeaudit::read::load::decode;
use citeaudit::read::structure::Format;
use citeaudit::sources::text::html_text;
use citeaudit::verify::matching;

/// One piece of text; an article is a run of them.
fn piece() -> impl Strategy<Value = String> {
    let fixed = prop::sample::select(vec![
        // whitespace of every width
        " ",
        "\u{a0}",
        "\u{202f}",
        "\u{2028}",
        "\u{2029}",
        "\u{3000}",
        "\u{2009}",
        "\t",
        "\n",
        "\n\n",
        "\r\n",
        "\u{feff}",
        "&nbsp;",
        // CJK text and punctuation, fullwidth markers
        "。",
        "，",
        "、",
        "「",
        "」",
        "【1】",
        "【1-8，14-17】",
        "【",
        "】",
        "参考文献：",
        "東京",
        "上涨了30%",
        "120万人次",
        "3亿元",
        "25％",
        "万",
        // combining marks, RTL, emoji with joiners
        "e\u{301}",
        "\u{301}",
        "\u{5d0}\u{5d1}",
        "\u{627}\u{644}",
        "\u{200f}",
        "\u{202e}",
        "👩\u{200d}💻",
        "🏳\u{fe0f}\u{200d}🌈",
        "\u{200d}",
        // sentence punctuation and abbreviations
        ".",
        ". ",
        " .",
        "!",
        "?",
        "...",
        "…",
        ". . . .",
        "U.S.",
        "Dr.",
        "a.m.",
        "3.5",
        "Co.",
        "\"",
        "”",
        "'",
        "(",
        ")",
        ":",
        ";",
        // markers of every style, and broken ones
        "[1]",
        "[2, 3]",
        "[4-6]",
        "[99999999999]",
        "[1-100000]",
        "[^1]",
        "[^a]",
        "[^1]: note",
        "[1]: https://x.example",
        "¹",
        "²³",
        "⁽⁴⁾",
        "<sup>5</sup>",
        "<sup>[1](#r1)</sup>",
        "[citation needed]",
        "[citation_needed]",
        "[\\[12\\]](#p)",
        "[5](https://x.example)",
        "[[1,2,3]]",
        "[",
        "]",
        "^",
        "[edit]",
        "［3］",
        "【3†L4-L9】",
        "†",
        "^1^",
        "^[2]^",
        "10^6^",
        "]: 45",
        ":\u{200a}12–14",
        "$25^{\\circ} C)^{2}$",
        "<sup id=\"r1\" class=\"reference\">",
        "</sup>",
        "m<sup>2</sup>",
        "Sources: [1] a [2] b",
        "| 1 | Port notice |\n",
        "[a]",
        "[note 1]",
        "<a href=\"#fn3\">",
        "</a>",
        "________________\n",
        "(Source 1)",
        "(sources 2,",
        "[3†source]",
        "[1, 2, and 3]",
        "[1, p. 4]",
        "[2, pp. 3–5; 4, Fig. 2]",
        "arm64",
        "tag:5.2.1",
        "@dev42",
        "https://x.example/v2-rc.1",
        "---\nbibliography: refs.bib\nreferences:\n- id: doe99\n---\n",
        "[@doe99]",
        " @doe99 says",
        "\\citep[see][p.~4]{a, b}",
        "\\citet{a}",
        "(@{x y})",
        "\n::: {.callout-note}\n",
        "\n:::tip Title\n",
        "\n:::\n",
        "[see @a, p. 4; -@b:c]",
        "[@{x y}]",
        "[the port](https://Port.example/a#b)",
        "(HTTPS://x.example/).",
        "<http://x.example>",
        "<a href=\"https://x.example/p\">page</a>",
        "https://",
        "2.0.0-rc.1",
        "a[1] = b[2] * c[3]",
        "> [!NOTE]\n",
        "ASN.1 ",
        "X.509",
        "host:443",
        "libc.so.6",
        "(2<sup>64</sup>)<sup>1</sup>",
        "(a+b)²",
        "w[0] × ",
        "linkgit:git[1]",
        "[^a-z]",
        "tool[23]-5.1",
        "third^1.",
        "^2,3 ",
        "x^2",
        "^1-",
        "   * Quay_walls\n",
        "Main        * ",
        "o Dredging",
        "(Learn_how_and_when_to_remove_this_template_message)",
        "For other uses, see ",
        "## Further reading\n",
        "Smith, J. (2020). ",
        "(1) ",
        "'08",
        "[1, §",
        "^[3]",
        "^[Port notice, 2031.]",
        "^[See [the page](https://x.example/é).]",
        "⁴⁻⁵",
        "2019.6",
        "\u{e200}cite\u{e202}turn0search1\u{e201}",
        "\u{e200}",
        "\u{e202}",
        "[^4^]",
        "^ Jump up to: a b",
        "^ a bTitle",
        ".x{a:b}",
        "{\\displaystyle x}",
        "$$",
        "+++\n",
        "title: x\n",
        "1 Port notice\n",
        "References\n[1] a\n",
        "Ã",
        "Ã¶",
        "â€™",
        "â\u{80}\u{99}",
        "\u{80}",
        "ð\u{9f}",
        // Markdown and HTML structure
        "# ",
        "## Sources\n\n",
        "Sources\n",
        "**Sources**\n",
        "1. ",
        "[1] ",
        "- ",
        "> ",
        "| a | b |\n|---|---|\n",
        "```\n",
        "`",
        "---\n",
        "<div>",
        "</div>",
        "<p>",
        "<!-- citeaudit: ignore -->",
        "<!-- citeaudit: off -->",
        "<a href=\"#fn1\"><sup>1</sup></a>",
        "<li id=\"fn:1\">",
        // HTML pages
        "<h2>",
        "</h2>",
        "<ol start=\"3\">",
        "<li>",
        "</li>",
        "</ol>",
        "<pre>",
        "</pre>",
        "<code>",
        "</code>",
        "<nav>",
        "<tr><td>",
        "<hr>",
        "<style>",
        "</style",
        "<div class=\"footnote-definition\" id=\"q\">",
        "<sup>2</sup>",
        "&amp;",
        "&#x0;",
        "\u{0}",
        // numbers and words
        "15 million",
        "2004-11-02",
        "Nov. 2",
        "1,500",
        "word",
        "Capital",
        "The",
    ])
    .prop_map(str::to_string);
    prop_oneof![
        8 => fixed,
        1 => "[a-zA-Z]{1,8}",
        1 => any::<char>().prop_map(String::from),
        // deep nesting: many openers of one kind
        1 => (prop::sample::select(vec!["> ", "- ", "[", "<div>", "<b>", "(", "  ", "*", "`", "#"]), 1..3000usize)
            .prop_map(|(open, n)| open.repeat(n)),
    ]
}

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..80).prop_map(|p| p.concat())
}

fn article() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        6 => text().prop_map(String::into_bytes),
        // UTF-16 with a BOM, sometimes with a lone surrogate spliced in
        1 => (text(), any::<bool>(), any::<prop::sample::Index>()).prop_map(|(t, big, at)| {
            let mut units: Vec<u16> = t.encode_utf16().collect();
            let i = at.index(units.len() + 1);
            units.insert(i, 0xD800 + (i as u16 % 0x800));
            let mut bytes = if big { vec![0xFE, 0xFF] } else { vec![0xFF, 0xFE] };
            for u in units {
                bytes.extend(if big { u.to_be_bytes() } else { u.to_le_bytes() });
            }
            bytes
        }),
        // a declared encoding over bytes that are not UTF-8
        1 => (
            prop::sample::select(vec![
                "<meta charset=\"windows-1252\">",
                "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=shift_jis\">",
                "<?xml version=\"1.0\" encoding=\"iso-2022-jp\"?>",
                "<meta charset=gb18030>",
                "<meta charset=utf-16le>",
            ]),
            text(),
            prop::collection::vec(any::<u8>(), 1..200),
        )
            .prop_map(|(head, t, tail)| [head.as_bytes(), t.as_bytes(), &tail].concat()),
        // raw bytes, and text with bytes flipped
        1 => prop::collection::vec(any::<u8>(), 0..400),
        1 => (text(), prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..4)).prop_map(|(t, flips)| {
            let mut b = t.into_bytes();
            for (at, byte) in flips {
                if !b.is_empty() {
                    let i = at.index(b.len());
                    b[i] = byte;
                }
            }
            b
        }),
    ]
}

/// Runs every reading stage on one input; panics are what we look for.
fn exercise(bytes: &[u8]) {
    let path = Path::new("fuzz.md");
    let links_cite = AuditOptions {
        links_cite: true,
        ..AuditOptions::default()
    };
    if let Ok(doc) = decode(path, bytes.to_vec(), 1 << 24) {
        for format in [Format::Markdown, Format::PlainText, Format::Html] {
            for options in [&AuditOptions::default(), &links_cite] {
                let audit = audit_document("fuzz.md", &doc, format, options);
                for s in &audit.sentences {
                    assert!(!s.text.is_empty());
                    assert!(s.line >= 1 && s.column >= 1);
                }
            }
        }
    }
    let lossy = String::from_utf8_lossy(bytes);
    let _ = html_text(&lossy);
    // The matching stage's readers of words and numbers, and its
    // letter-pair similarity, on the same text.
    let _ = matching::content_words(&lossy);
    let _ = matching::numbers(&lossy);
    let bigrams = matching::Bigrams::new(&lossy);
    let dice = bigrams.dice(&matching::Bigrams::new("港口吞吐量 rose 30%"));
    assert!((0.0..=1.0).contains(&dice), "{dice}");
    // The input (its first 2,000 characters, to keep the loop fast) as a
    // claim against a fixed source, and as a source: the scores and the
    // words a claim lacks.
    static FIXED: OnceLock<matching::SourceIndex> = OnceLock::new();
    let fixed = FIXED.get_or_init(|| {
        let mut index = matching::SourceIndex::new();
        index.add(0, 1, "The harbour's 港口 tonnage rose 30% in 2024.");
        index
    });
    let head: String = lossy.chars().take(2_000).collect();
    let mut own = matching::SourceIndex::new();
    own.add(0, 1, &head);
    for (index, claim) in [
        (fixed, &*head),
        (&own, "The harbour tonnage rose 30% in 2024."),
    ] {
        for score in index.score_claim(claim, &[0]) {
            assert!((0.0..=1.0).contains(&score.score), "{}", score.score);
        }
        if let Some(missing) = index.words_missing_from(claim, &[0]) {
            assert!(missing.words.len() <= matching::LACKING_KEPT + 1);
            // A spread is found only when no word is missing, and is at
            // least one sentence, each a sentence of the index, in order.
            assert!(missing.spread.is_none() || missing.words.is_empty());
            if let Some(sentences) = &missing.spread {
                assert!(!sentences.is_empty());
                assert!(sentences.windows(2).all(|w| w[0] < w[1]));
                assert!(sentences.iter().all(|&p| p < index.passages().len()));
            }
            assert!(missing.words.iter().all(|w| !w.is_empty()));
        }
    }
}

#[test]
#[ignore = "long-running; run with fuzz/run SECONDS"]
fn fuzz_reading_stages() {
    let seconds: u64 = std::env::var("CITEAUDIT_FUZZ_SECONDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(10);
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let mut runner = TestRunner::new(Config::default());
    let strategy = article();
    // Quiet the default hook: a caught panic is reported below, with its input.
    let previous = panic::take_hook();
    let last = std::sync::Arc::new(std::sync::Mutex::new(String::new()));
    let seen = last.clone();
    panic::set_hook(Box::new(move |info| {
        *seen.lock().unwrap() = info.to_string();
    }));
    let mut runs: u64 = 0;
    while Instant::now() < deadline {
        let input = strategy.new_tree(&mut runner).expect("generator").current();
        runs += 1;
        if panic::catch_unwind(AssertUnwindSafe(|| exercise(&input))).is_err() {
            panic::set_hook(previous);
            let crash = Path::new(env!("CARGO_TARGET_TMPDIR")).join("fuzz-crash.bin");
            std::fs::write(&crash, &input).expect("write the crashing input");
            panic!(
                "run {runs}: {}\ninput ({} bytes) saved to {}",
                last.lock().unwrap(),
                input.len(),
                crash.display()
            );
        }
    }
    panic::set_hook(previous);
    println!("fuzz: {runs} inputs in {seconds} s, no panic");
}
