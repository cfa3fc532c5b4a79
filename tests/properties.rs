//! Invariants that must hold for any input, checked with proptest.

use std::collections::HashSet;

use proptest::prelude::*;

use citeaudit::audit::{audit_document, AuditOptions};
use citeaudit::read::citations::find_markers;
use citeaudit::read::load::Document;
use citeaudit::read::sentences::split;
use citeaudit::read::structure::{parse, Format};

/// Any article format.
fn any_format() -> impl Strategy<Value = Format> {
    prop::sample::select(vec![Format::Markdown, Format::PlainText, Format::Html])
}

/// Article-like text: words, punctuation, markers of every style, quotes,
/// abbreviations, digest numbers and blank lines, in any order.
fn article_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("word".to_string()),
        Just("Capital".to_string()),
        Just("U.S.".to_string()),
        Just("Dr.".to_string()),
        Just("3.5".to_string()),
        Just(".".to_string()),
        Just(" .".to_string()),
        Just("?".to_string()),
        Just("!".to_string()),
        Just("...".to_string()),
        Just("…".to_string()),
        Just("\"".to_string()),
        Just("”".to_string()),
        Just("(".to_string()),
        Just(")".to_string()),
        Just("[1]".to_string()),
        Just("[2, 3]".to_string()),
        Just("[4-6]".to_string()),
        Just("[^a]".to_string()),
        Just("¹".to_string()),
        Just("²³".to_string()),
        Just("<sup>2</sup>".to_string()),
        Just("[citation needed]".to_string()),
        Just("`code. X`".to_string()),
        Just("\n\n4\n\n".to_string()),
        Just("\n".to_string()),
        Just("\n\n".to_string()),
        Just("1. ".to_string()),
        Just("<p>".to_string()),
        Just("<li>".to_string()),
        Just("<h2>".to_string()),
        Just("</h2>".to_string()),
        Just("<code>".to_string()),
        Just("é".to_string()),
        "[a-zA-Z]{1,8}",
    ];
    proptest::collection::vec((piece, prop_oneof![Just(" "), Just("")]), 0..60)
        .prop_map(|parts| parts.into_iter().map(|(p, s)| p + s).collect())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    /// The sentences of a block cover its text exactly once, in order, on
    /// character boundaries, and no boundary falls inside a marker.
    #[test]
    fn sentences_cover_each_block_once(text in article_text(), format in any_format()) {
        let structure = parse(&text, format);
        for block in &structure.blocks {
            let markers = find_markers(&block.text, &block.protected, &HashSet::new());
            let spans: Vec<_> = markers.iter().map(|m| m.span.clone()).collect();
            let ranges = split(&block.text, &spans, &block.protected);
            let mut at = 0;
            for r in &ranges {
                prop_assert_eq!(r.start, at);
                prop_assert!(r.end > r.start);
                prop_assert!(block.text.is_char_boundary(r.start) && block.text.is_char_boundary(r.end));
                at = r.end;
            }
            prop_assert_eq!(at, block.text.len());
            let joined: String = ranges.iter().map(|r| &block.text[r.clone()]).collect();
            prop_assert_eq!(&joined, &block.text);
            // Every marker lies inside exactly one sentence.
            for m in &markers {
                let holders = ranges
                    .iter()
                    .filter(|r| r.start <= m.span.start && m.span.end <= r.end)
                    .count();
                prop_assert_eq!(holders, 1, "marker {:?} in {:?}", m, &block.text);
            }
        }
    }

    /// Any text audits without panicking, and its counts add up.
    #[test]
    fn any_text_audits_consistently(text in article_text(), format in any_format()) {
        let doc = Document::from_text("p/article.txt", &text);
        let audit = audit_document("article.txt", &doc, format, &AuditOptions::default());
        let s = audit.summary;
        prop_assert_eq!(s.claims, s.cited + s.uncited);
        prop_assert_eq!(s.sources_declared, s.sources_cited + s.sources_unused);
        for (i, row) in audit.sentences.iter().enumerate() {
            prop_assert_eq!(row.sentence, i + 1);
            prop_assert!(row.line >= 1 && row.column >= 1);
            prop_assert!(!row.text.is_empty());
        }
    }

    /// Markers never overlap and never start inside a code span.
    #[test]
    fn markers_are_disjoint(text in article_text()) {
        let structure = parse(&text, Format::Markdown);
        for block in &structure.blocks {
            let markers = find_markers(&block.text, &block.protected, &HashSet::new());
            for pair in markers.windows(2) {
                prop_assert!(pair[0].span.end <= pair[1].span.start);
            }
            for m in &markers {
                prop_assert!(!block.protected.iter().any(|p| p.contains(&m.span.start)));
            }
        }
    }
}

/// A Markdown document of every block shape, with each prose word a unique
/// token (`p0`, `p1`, …); returns the document and its tokens.
fn document_with_tokens() -> impl Strategy<Value = (String, Vec<String>)> {
    let block = prop_oneof![
        Just("para"),
        Just("heading"),
        Just("bullet"),
        Just("ordered"),
        Just("quote"),
        Just("table"),
        Just("code"),
        Just("comment"),
        Just("sources"),
        Just("endnotes"),
        Just("rule"),
        Just("link"),
    ];
    prop::collection::vec((block, 1..6usize), 1..12).prop_map(|blocks| {
        let mut doc = String::new();
        let mut tokens = Vec::new();
        let mut n = 0;
        let mut words = |count: usize, tokens: &mut Vec<String>| {
            let mut out = Vec::new();
            for _ in 0..count {
                let t = format!("p{n}");
                n += 1;
                tokens.push(t.clone());
                out.push(t);
            }
            out.join(" ")
        };
        for (kind, len) in blocks {
            let text = match kind {
                "para" => format!(
                    "{} [1]. {}.",
                    words(len, &mut tokens),
                    words(2, &mut tokens)
                ),
                "heading" => format!("## {}", words(len, &mut tokens)),
                "bullet" => format!(
                    "- {}.\n- {}.",
                    words(len, &mut tokens),
                    words(2, &mut tokens)
                ),
                "ordered" => format!(
                    "1. {}.\n2. {}.",
                    words(len, &mut tokens),
                    words(1, &mut tokens)
                ),
                "quote" => format!("> {}.", words(len, &mut tokens)),
                "table" => format!(
                    "| {} | {} |\n|---|---|\n| {} | x |",
                    words(1, &mut tokens),
                    words(1, &mut tokens),
                    words(len, &mut tokens)
                ),
                "code" => "```\ncode words here.\n```".to_string(),
                "comment" => "<!-- a comment -->".to_string(),
                "sources" => format!(
                    "## Sources\n\n1. {}\n2. {}",
                    words(len, &mut tokens),
                    words(1, &mut tokens)
                ),
                "endnotes" => format!(
                    "[1] {}\n\n[2] {}",
                    words(len, &mut tokens),
                    words(1, &mut tokens)
                ),
                "rule" => "---".to_string(),
                _ => format!(
                    "See [{}](https://example.org/a) now.",
                    words(len, &mut tokens)
                ),
            };
            doc.push_str(&text);
            doc.push_str("\n\n");
        }
        (doc, tokens)
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// Nothing of an article's text vanishes: every prose word is in a
    /// sentence, or in a stretch the structure reports as skipped (the source
    /// list, code, …) with its reason.
    #[test]
    fn no_prose_vanishes((text, tokens) in document_with_tokens()) {
        let doc = Document::from_text("a.md", &text);
        let audit = audit_document("a.md", &doc, Format::Markdown, &AuditOptions::default());
        let structure = parse(&text, Format::Markdown);
        let in_sentence: HashSet<&str> = audit
            .sentences
            .iter()
            .flat_map(|s| s.text.split(|c: char| !c.is_alphanumeric()))
            .collect();
        for token in &tokens {
            // The token's place: the whole token, not the start of `p12`.
            let at = text
                .match_indices(token.as_str())
                .map(|(i, _)| i)
                .find(|&i| !text[i + token.len()..].starts_with(|c: char| c.is_ascii_digit()))
                .expect("every token is in the text");
            let skipped = structure.skipped.iter().any(|s| s.span.contains(&at));
            prop_assert!(
                in_sentence.contains(token.as_str()) || skipped,
                "{token} at {at} vanished from:\n{text}"
            );
        }
    }
}
