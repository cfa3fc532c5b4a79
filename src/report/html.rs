//! The HTML report (`--html FILE`): one self-contained page, no network, no
//! external scripts or fonts, that shows each article as it reads with every
//! claim tinted by status, markers as chips linked to the source list, and on
//! click the claim beside its best-matching source sentence.
//!
//! Every piece of article and source text goes through [`escape`]; the page's
//! only script is the constant [`SCRIPT`]. Colours are the Okabe–Ito palette
//! (distinguishable with the common colour-vision deficiencies), and each
//! claim also carries its status as a text label.

use std::fmt::Write as _;

use crate::model::{ArticleAudit, SentenceRecord, SourceStatus, Status};
use crate::read::claims::Kind;

/// Escapes text for HTML element content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// Statuses a claim can have, in legend order, with their colour.
const LEGEND: [(Status, &str); 7] = [
    (Status::Supported, "#009E73"),
    (Status::Partial, "#E69F00"),
    (Status::Unsupported, "#D55E00"),
    (Status::Misattributed, "#CC79A7"),
    (Status::Dangling, "#0072B2"),
    (Status::Uncited, "#F0E442"),
    (Status::Cited, "#56B4E9"),
];

const STYLE: &str = r#"
:root { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; color: #1a1a1a; }
body { margin: 0; background: #fafafa; }
header.top { position: sticky; top: 0; background: #fff; border-bottom: 1px solid #ddd; padding: .5rem 1rem; z-index: 2; }
h1 { font-size: 1.2rem; margin: .2rem 0; }
main { padding: 1rem; }
table.index { border-collapse: collapse; margin-bottom: 2rem; background: #fff; }
table.index th, table.index td { border: 1px solid #ddd; padding: .25rem .5rem; text-align: right; }
table.index td:first-child, table.index th:first-child { text-align: left; }
section.article { scroll-margin-top: 4.5rem; display: grid; grid-template-columns: minmax(0, 3fr) minmax(16rem, 1fr); gap: 1rem; margin-bottom: 3rem; background: #fff; border: 1px solid #ddd; padding: 1rem; }
section.article > .bar { grid-column: 1 / -1; }
.legend { display: flex; flex-wrap: wrap; gap: .4rem; margin: .4rem 0; padding: 0; list-style: none; }
.legend button { border: 1px solid #888; border-radius: 1rem; padding: .15rem .6rem; background: #fff; cursor: pointer; font: inherit; }
.legend button[aria-pressed="true"] { outline: 3px solid #000; }
.swatch { display: inline-block; width: .8rem; height: .8rem; border-radius: .2rem; margin-right: .3rem; vertical-align: -.1rem; border: 1px solid #555; }
.text p, .text h3 { line-height: 1.7; }
.s { border-radius: .2rem; padding: .05rem .1rem; cursor: pointer; }
.s.skipped { cursor: default; color: #555; }
.lbl { font-size: .65rem; text-transform: uppercase; letter-spacing: .03em; border: 1px solid #555; border-radius: .3rem; padding: 0 .2rem; margin-left: .2rem; vertical-align: .15rem; background: #fff; }
.chip { font-size: .7rem; background: #eee; border: 1px solid #999; border-radius: .6rem; padding: 0 .35rem; margin-left: .15rem; text-decoration: none; color: #000; vertical-align: .2rem; }
.chip.dangling { background: #fff; border-style: dashed; }
.detail { display: none; border-left: 4px solid #555; background: #f4f4f4; padding: .5rem .8rem; margin: .3rem 0 .8rem; }
.detail.open { display: block; }
.pair { display: grid; grid-template-columns: 1fr 1fr; gap: .8rem; }
.pair > div { background: #fff; border: 1px solid #ddd; padding: .4rem; }
mark.miss { background: #ffd9c7; text-decoration: underline wavy #D55E00; }
mark.extra { background: #d7ecff; }
aside ol { padding-left: 1.2rem; }
aside li { margin-bottom: .5rem; }
aside .unused, aside .dangling { color: #555; }
.filtered .s.claim:not(.show) { background: none !important; opacity: .35; }
.filtered .s.claim:not(.show) .lbl { display: none; }
.filtered .s.skipped { opacity: .35; }
@media print {
  header.top, .legend button { position: static; }
  .detail { display: block; }
  section.article { break-inside: auto; grid-template-columns: 1fr; }
  .s { cursor: auto; }
}
"#;

/// The page's only script: opens a claim's detail on click or Enter, and
/// filters an article to one status.
pub const SCRIPT: &str = r#"
document.documentElement.dataset.ready = "1";
document.addEventListener("click", function (e) {
  var s = e.target.closest(".s.claim");
  if (s && !e.target.closest("a")) {
    var d = document.getElementById(s.dataset.detail);
    if (d) { d.classList.toggle("open"); }
  }
  var b = e.target.closest("button[data-filter]");
  if (b) {
    var art = b.closest("section.article");
    var on = b.getAttribute("aria-pressed") !== "true";
    art.querySelectorAll("button[data-filter]").forEach(function (x) { x.setAttribute("aria-pressed", "false"); });
    art.querySelectorAll(".s.claim").forEach(function (x) { x.classList.remove("show"); });
    art.classList.toggle("filtered", on);
    if (on) {
      b.setAttribute("aria-pressed", "true");
      art.querySelectorAll(".s.st-" + b.dataset.filter).forEach(function (x) { x.classList.add("show"); });
    }
  }
});
document.addEventListener("keydown", function (e) {
  if (e.key === "Enter" && e.target.matches(".s.claim")) { e.target.click(); }
});
"#;

fn status_counts(audit: &ArticleAudit) -> Vec<(Status, &'static str, usize)> {
    LEGEND
        .iter()
        .map(|(status, colour)| {
            let n = audit
                .sentences
                .iter()
                .filter(|s| s.kind == Kind::Claim && s.status == *status)
                .count();
            (*status, *colour, n)
        })
        .collect()
}

/// How bad an article looks, for sorting the index worst first.
fn severity(a: &ArticleAudit) -> (usize, usize, usize) {
    let s = &a.summary;
    (
        s.dangling + s.unsupported + s.misattributed,
        s.partial + s.uncited,
        s.claims,
    )
}

/// The whole report for these articles.
pub fn render(audits: &[ArticleAudit]) -> String {
    let mut out = String::with_capacity(64 * 1024);
    out.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.push_str("<title>citeaudit report</title>\n<style>");
    out.push_str(STYLE);
    out.push_str("</style>\n</head>\n<body>\n<header class=\"top\"><h1>citeaudit report</h1>");
    let _ = write!(
        out,
        "<div>{} article{}</div></header>\n<main>\n",
        audits.len(),
        if audits.len() == 1 { "" } else { "s" }
    );
    render_index(&mut out, audits);
    for (n, audit) in audits.iter().enumerate() {
        render_article(&mut out, n, audit);
    }
    out.push_str("</main>\n<script>");
    out.push_str(SCRIPT);
    out.push_str("</script>\n</body>\n</html>\n");
    out
}

fn render_index(out: &mut String, audits: &[ArticleAudit]) {
    let mut order: Vec<usize> = (0..audits.len()).collect();
    order.sort_by(|&a, &b| {
        severity(&audits[b])
            .cmp(&severity(&audits[a]))
            .then(a.cmp(&b))
    });
    out.push_str("<table class=\"index\"><caption>Articles, worst first</caption>\n<tr><th>article</th><th>claims</th>");
    for (status, _) in LEGEND {
        let _ = write!(out, "<th>{}</th>", status.as_str());
    }
    out.push_str("</tr>\n");
    for n in order {
        let a = &audits[n];
        let _ = write!(
            out,
            "<tr><td><a href=\"#a{n}\">{}</a></td><td>{}</td>",
            escape(&a.article),
            a.summary.claims
        );
        for (_, _, count) in status_counts(a) {
            let _ = write!(out, "<td>{count}</td>");
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</table>\n");
}

fn render_article(out: &mut String, n: usize, audit: &ArticleAudit) {
    // Declared ids, once per article: a chip for any other id is dangling.
    let declared: Vec<&str> = audit
        .sources
        .iter()
        .filter(|x| x.status != SourceStatus::Dangling)
        .map(|x| x.source.as_str())
        .collect();
    let s = &audit.summary;
    let _ = write!(
        out,
        "<section class=\"article\" id=\"a{n}\" data-article=\"{}\">\n<div class=\"bar\"><h2>{}</h2>",
        escape(&audit.article),
        escape(&audit.article)
    );
    let _ = write!(
        out,
        "<div class=\"counts\" data-claims=\"{}\">{} sentences, {} claims, {} cited, {} uncited; sources: {} declared, {} cited, {} unused</div>",
        s.claims, s.sentences, s.claims, s.cited, s.uncited, s.sources_declared, s.sources_cited, s.sources_unused
    );
    out.push_str("<ul class=\"legend\" aria-label=\"Filter by status\">");
    for (status, colour, count) in status_counts(audit) {
        let name = status.as_str();
        let _ = write!(
            out,
            "<li data-status=\"{name}\" data-count=\"{count}\"><button type=\"button\" data-filter=\"{name}\" aria-pressed=\"false\"><span class=\"swatch\" style=\"background:{colour}\"></span>{name} <b>{count}</b></button></li>"
        );
    }
    out.push_str("</ul></div>\n<div class=\"text\">\n");
    let mut details = String::new();
    let mut block = usize::MAX;
    let mut open_tag = "";
    for sentence in &audit.sentences {
        if sentence.block != block {
            if !open_tag.is_empty() {
                let _ = write!(out, "</{open_tag}>\n{details}");
                details.clear();
            }
            open_tag = if sentence.kind == Kind::Heading {
                "h3"
            } else {
                "p"
            };
            let _ = write!(out, "<{open_tag}>");
            block = sentence.block;
        } else {
            out.push(' ');
        }
        render_sentence(out, &mut details, n, &declared, sentence);
    }
    if !open_tag.is_empty() {
        let _ = write!(out, "</{open_tag}>\n{details}");
    }
    out.push_str("</div>\n");
    render_sources(out, n, audit);
    out.push_str("</section>\n");
}

fn render_sentence(
    out: &mut String,
    details: &mut String,
    n: usize,
    declared: &[&str],
    s: &SentenceRecord,
) {
    let status = s.status.as_str();
    let colour = LEGEND
        .iter()
        .find(|(st, _)| *st == s.status)
        .map_or("transparent", |(_, c)| c);
    if s.kind != Kind::Claim {
        let _ = write!(
            out,
            "<span class=\"s skipped st-skipped {}\" title=\"{}\">{}",
            s.kind.as_str(),
            s.kind.as_str(),
            escape(&s.text)
        );
    } else {
        let detail = format!("d{n}-{}", s.sentence);
        let _ = write!(
            out,
            "<span class=\"s claim st-{status}\" tabindex=\"0\" role=\"button\" aria-controls=\"{detail}\" data-detail=\"{detail}\" style=\"background:{colour}55\" title=\"{status}\">{}",
            escape(&s.text)
        );
        render_detail(details, &detail, s);
    }
    for id in &s.cited {
        let class = if declared.contains(&id.as_str()) {
            "chip"
        } else {
            "chip dangling"
        };
        let _ = write!(
            out,
            "<a class=\"{class}\" href=\"#src{n}-{}\">{}</a>",
            escape(id),
            escape(id)
        );
    }
    if s.kind == Kind::Claim {
        let _ = write!(out, "<span class=\"lbl\">{status}</span>");
    }
    out.push_str("</span>");
}

fn render_detail(out: &mut String, id: &str, s: &SentenceRecord) {
    let flags: Vec<&str> = s.flags.iter().map(|f| f.as_str()).collect();
    let _ = write!(
        out,
        "<div class=\"detail\" id=\"{id}\"><div><b>{}</b>{}{} <small>line {}, column {}</small></div>",
        s.status.as_str(),
        if flags.is_empty() { String::new() } else { format!(" · {}", flags.join(", ")) },
        s.verdict
            .as_ref()
            .and_then(|v| v.cited_score)
            .map_or(String::new(), |x| format!(" · cited score {x:.3}")),
        s.line,
        s.column
    );
    if let Some(v) = &s.verdict {
        if let Some(suggest) = &v.suggest {
            let _ = write!(out, "<div>Suggestion: cite [{}]</div>", escape(suggest));
        }
        match v.lacking.as_deref() {
            Some([]) => {
                let _ = write!(
                    out,
                    "<div>Every word of the claim is {}.</div>",
                    escape(&v.where_every_word_is())
                );
            }
            Some(words) => {
                let _ = write!(
                    out,
                    "<div>Not in the cited text: {}</div>",
                    escape(&words.join(", "))
                );
            }
            None => {}
        }
        if let Some(matched) = &v.matched {
            let (claim_html, match_html) = highlight(&s.text, matched);
            let _ = write!(
                out,
                "<div class=\"pair\"><div><small>claim</small><br>{claim_html}</div><div><small>best source sentence{}</small><br>{match_html}</div></div>",
                v.best_source
                    .as_ref()
                    .map_or(String::new(), |b| format!(" (best source {}, {:.3})", escape(b), v.best_score))
            );
        }
    }
    out.push_str("</div>\n");
}

/// Word-level differences: words of the claim missing from the match are
/// marked, and words of the match missing from the claim.
fn highlight(claim: &str, matched: &str) -> (String, String) {
    let key = |w: &str| {
        w.trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase()
    };
    let claim_words: Vec<String> = claim.split_whitespace().map(key).collect();
    let match_words: Vec<String> = matched.split_whitespace().map(key).collect();
    let mark = |text: &str, other: &[String], class: &str| -> String {
        text.split_whitespace()
            .map(|w| {
                let k = key(w);
                if k.is_empty() || other.contains(&k) {
                    escape(w)
                } else {
                    format!("<mark class=\"{class}\">{}</mark>", escape(w))
                }
            })
            .collect::<Vec<_>>()
            .join(" ")
    };
    (
        mark(claim, &match_words, "miss"),
        mark(matched, &claim_words, "extra"),
    )
}

fn render_sources(out: &mut String, n: usize, audit: &ArticleAudit) {
    out.push_str("<aside><h3>Sources</h3><ol>\n");
    for src in &audit.sources {
        let status = src.status.as_str();
        let _ = write!(
            out,
            "<li id=\"src{n}-{}\" class=\"{status}\" value=\"{}\"><b>[{}]</b> {}",
            escape(&src.source),
            src.source.parse::<u32>().unwrap_or(0),
            escape(&src.source),
            escape(if src.title.is_empty() {
                "(no title)"
            } else {
                &src.title
            })
        );
        if !src.url.is_empty() {
            let _ = write!(out, "<br><small>{}</small>", escape(&src.url));
        }
        let _ = write!(out, "<br><small>{status}; cited {}×", src.citations);
        if let Some(n) = src.supported {
            let _ = write!(out, ", supports {n}");
        }
        if let Some(of) = &src.duplicate_of {
            let _ = write!(out, "; republishes [{}]", escape(of));
        }
        if let Some(o) = src.overlap.filter(|o| *o > 0.0) {
            let _ = write!(out, "; {:.0}% shared with another source", o * 100.0);
        }
        out.push_str("</small></li>\n");
    }
    out.push_str("</ol></aside>\n");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::audit::{audit_document, AuditOptions};
    use crate::read::load::Document;
    use crate::read::structure::Format;

    #[test]
    fn text_is_escaped() {
        assert_eq!(
            escape("<script>a & 'b'</script>\""),
            "&lt;script&gt;a &amp; &#39;b&#39;&lt;/script&gt;&quot;"
        );
    }

    #[test]
    fn an_injected_script_is_shown_as_text() {
        let doc = Document::from_text(
            "mem/a.txt",
            "1 Sources\n\nThe mayor said <script>alert(1)</script> twice.[1] <img src=x onerror=alert(2)> happened.\n",
        );
        let audit = audit_document(
            "a<b>.txt",
            &doc,
            Format::PlainText,
            &AuditOptions::default(),
        );
        let html = render(&[audit]);
        assert!(!html.contains("<script>alert"));
        assert!(!html.contains("<img"));
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(html.contains("a&lt;b&gt;.txt"));
        // The page has exactly one script: ours.
        assert_eq!(html.matches("<script>").count(), 1);
    }

    #[test]
    fn a_partial_claim_names_the_words_its_cited_text_lacks() {
        let record = SentenceRecord {
            sentence: 1,
            block: 0,
            line: 1,
            column: 1,
            kind: crate::model::Kind::Claim,
            status: crate::model::Status::Partial,
            flags: Vec::new(),
            cited: vec!["1".to_string()],
            text: "The depot holds forty trams and a <paint> shop.".to_string(),
            verdict: Some(Box::new(crate::model::Verdict {
                best_source: Some("1".to_string()),
                best_score: 0.7,
                cited_score: Some(0.7),
                corroboration: 0,
                matched: Some("The depot holds forty trams.".to_string()),
                suggest: None,
                supporting: Vec::new(),
                number_mismatch: None,
                lacking: Some(vec!["<paint>".to_string(), "shop".to_string()]),
                words_spread: None,
                spread_lines: Vec::new(),
            })),
            baselined: false,
        };
        let mut out = String::new();
        render_detail(&mut out, "s1", &record);
        assert!(out.contains("<div>Not in the cited text: &lt;paint&gt;, shop</div>"));
        let mut all_there = record.clone();
        all_there.verdict.as_mut().unwrap().lacking = Some(Vec::new());
        out.clear();
        render_detail(&mut out, "s1", &all_there);
        assert!(!out.contains("Not in the cited text"));
        assert!(out.contains("<div>Every word of the claim is in the cited text.</div>"));
        all_there.verdict.as_mut().unwrap().words_spread = Some(2);
        out.clear();
        render_detail(&mut out, "s1", &all_there);
        assert!(out.contains(
            "<div>Every word of the claim is in the cited text, spread over 2 sentences.</div>"
        ));
        // Where they are; a source's id is escaped like any text.
        all_there.verdict.as_mut().unwrap().spread_lines = vec![
            crate::model::SourceLine {
                source: "1".to_string(),
                line: 4,
            },
            crate::model::SourceLine {
                source: "a&b".to_string(),
                line: 2,
            },
        ];
        out.clear();
        render_detail(&mut out, "s1", &all_there);
        assert!(out.contains(
            "<div>Every word of the claim is in the cited text, spread over 2 sentences: [1] line 4; [a&amp;b] line 2.</div>"
        ));
        let mut unchecked = record.clone();
        unchecked.verdict.as_mut().unwrap().lacking = None;
        out.clear();
        render_detail(&mut out, "s1", &unchecked);
        assert!(!out.contains("cited text"));
    }

    #[test]
    fn highlight_marks_differences() {
        let (c, m) = highlight("Fees rose 5 percent.", "Fees rose 7 percent.");
        assert_eq!(c, "Fees rose <mark class=\"miss\">5</mark> percent.");
        assert_eq!(m, "Fees rose <mark class=\"extra\">7</mark> percent.");
    }
}
