//! Repairs the commonest mojibake in sentence text: UTF-8 that was decoded
//! as Latin-1 or Windows-1252 and saved again (`wasnâ\u{80}\u{99}t`,
//! `wasnâ€™t` for `wasn’t`), as page dumps and copied passages keep it.
//!
//! Only the text shown and compared is repaired; offsets, lines and columns
//! stay the file's. A run is repaired only when its characters, read back as
//! bytes, are one valid UTF-8 character and at least one of them stands for
//! a byte 0x80–0x9F (a C1 control, or a Windows-1252 sign such as `€`, `™`):
//! such a byte is never text of its own in Latin-1, so no ordinary text is
//! changed. Once a sentence holds such a run, it was mis-decoded as a whole,
//! and its other runs (`Ã¶` for `ö`) are repaired too; elsewhere `Ã©`, which
//! may be meant, is left alone.

/// The byte a character of a mis-decoded text stands for: Latin-1 for
/// U+0080–U+00FF, Windows-1252 for its signs in 0x80–0x9F.
fn byte_of(c: char) -> Option<u8> {
    let b = match c {
        '\u{80}'..='\u{ff}' => c as u32 as u8,
        '€' => 0x80,
        '‚' => 0x82,
        'ƒ' => 0x83,
        '„' => 0x84,
        '…' => 0x85,
        '†' => 0x86,
        '‡' => 0x87,
        'ˆ' => 0x88,
        '‰' => 0x89,
        'Š' => 0x8A,
        '‹' => 0x8B,
        'Œ' => 0x8C,
        'Ž' => 0x8E,
        '‘' => 0x91,
        '’' => 0x92,
        '“' => 0x93,
        '”' => 0x94,
        '•' => 0x95,
        '–' => 0x96,
        '—' => 0x97,
        '˜' => 0x98,
        '™' => 0x99,
        'š' => 0x9A,
        '›' => 0x9B,
        'œ' => 0x9C,
        'ž' => 0x9E,
        'Ÿ' => 0x9F,
        _ => return None,
    };
    Some(b)
}

/// How many bytes a UTF-8 character with this lead byte has (2–4), for the
/// leads that a mis-decoded text shows (`Â`–`ô`).
fn sequence_len(lead: u8) -> Option<usize> {
    match lead {
        0xC2..=0xDF => Some(2),
        0xE0..=0xEF => Some(3),
        0xF0..=0xF4 => Some(4),
        _ => None,
    }
}

/// `text` with its mojibake runs repaired (module doc); unchanged, without
/// a copy, when it has none. A sentence that holds one run standing for a
/// byte 0x80–0x9F is mis-decoded as a whole, so its other runs are
/// repaired too (`GÃ¶del sentenceâ\u{80}\u{94}provided` reads `Gödel
/// sentence—provided`); without such a run, `Ã©` stays as written.
pub fn repair(text: String) -> String {
    // Every lead (`Â`–`ô`) is U+00C2–U+00F4, whose UTF-8 starts with 0xC3.
    if memchr::memchr(0xC3, text.as_bytes()).is_none() {
        return text;
    }
    match repaired(&text, false) {
        Some(once) => repaired(&once, true).unwrap_or(once),
        None => text,
    }
}

/// `text` with its runs repaired, `None` if it has none; with `whole`, runs
/// that need no byte 0x80–0x9F count too.
fn repaired(text: &str, whole: bool) -> Option<String> {
    let mut out: Option<String> = None;
    // Where the text not yet copied to `out` starts.
    let mut copied = 0;
    let mut at = 0;
    while let Some(c) = text[at..].chars().next() {
        match repaired_at(&text[at..], whole) {
            Some((fixed, len)) => {
                let out = out.get_or_insert_with(|| String::with_capacity(text.len()));
                out.push_str(&text[copied..at]);
                out.push(fixed);
                at += len;
                copied = at;
            }
            None => at += c.len_utf8(),
        }
    }
    let mut out = out?;
    out.push_str(&text[copied..]);
    Some(out)
}

/// The character a mojibake run at the start of `text` stands for, and the
/// run's length in bytes; with `whole` false, only a run that stands for a
/// byte 0x80–0x9F.
fn repaired_at(text: &str, whole: bool) -> Option<(char, usize)> {
    let mut chars = text.chars();
    let lead = u8::try_from(u32::from(chars.next()?)).ok()?;
    let len = sequence_len(lead)?;
    let mut bytes = [0u8; 4];
    bytes[0] = lead;
    let mut run = 2; // the lead, two bytes in UTF-8
    let mut c1 = false;
    for slot in bytes.iter_mut().take(len).skip(1) {
        let c = chars.next()?;
        let b = byte_of(c)?;
        if !(0x80..=0xBF).contains(&b) {
            return None;
        }
        c1 |= b <= 0x9F;
        *slot = b;
        run += c.len_utf8();
    }
    if !c1 && !whole {
        return None;
    }
    let fixed = std::str::from_utf8(&bytes[..len]).ok()?.chars().next()?;
    Some((fixed, run))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repairs_utf8_read_as_latin1_or_windows_1252() {
        let fix = |s: &str| repair(s.to_string());
        assert_eq!(fix("wasn\u{e2}\u{80}\u{99}t"), "wasn’t");
        assert_eq!(fix("wasnâ€™t"), "wasn’t");
        assert_eq!(fix("pages 429\u{e2}\u{80}\u{93}43"), "pages 429–43");
        assert_eq!(fix("â€œQuay notesâ€\u{9d}"), "“Quay notes”");
        assert_eq!(fix("caf\u{c3}\u{a9} and Ã©"), "caf\u{c3}\u{a9} and Ã©");
        // One sure run tells the whole sentence was mis-decoded.
        assert_eq!(
            fix("GÃ¶del\u{e2}\u{80}\u{94}AlemÃ¡n and Â¬p"),
            "Gödel—Alemán and ¬p"
        );
    }

    #[test]
    fn leaves_ordinary_text_alone() {
        for text in [
            "Café, naïve, Zürich, São Paulo, Ærø, Øresund.",
            "Â£5 is not repaired: no byte of 0x80–0x9F.",
            "â€ alone, â at the end â",
            "The quay reopened – in May — “quietly”.",
            "",
        ] {
            assert_eq!(repair(text.to_string()), text);
        }
    }

    proptest::proptest! {
        /// Text written correctly and mis-decoded as Windows-1252 comes
        /// back whole when every run holds a byte of 0x80–0x9F.
        #[test]
        fn a_round_trip_through_windows_1252(
            words in proptest::collection::vec(
                proptest::sample::select(vec!["quay", "’", "–", "—", "“", "”", "…", "€", " ", "™"]),
                0..12,
            )
        ) {
            let text: String = words.concat();
            // Windows-1252's signs for 0x80–0x9F (its five holes read as
            // the C1 controls, as Latin-1 has them).
            let signs: Vec<char> =
                "€\u{81}‚ƒ„…†‡ˆ‰Š‹Œ\u{8d}Ž\u{8f}\u{90}‘’“”•–—˜™š›œ\u{9d}žŸ".chars().collect();
            let garbled: String = text
                .bytes()
                .map(|b| match b {
                    0x80..=0x9F => signs[usize::from(b - 0x80)],
                    _ => char::from(b),
                })
                .collect();
            proptest::prop_assert_eq!(repair(garbled), text);
        }
    }
}
