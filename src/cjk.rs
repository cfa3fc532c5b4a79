//! Chinese and Japanese: scripts written without spaces between words.
//! Rules that count or match words read their ideographs and kana here.

/// A Han ideograph, or Japanese kana.
pub fn is_cjk_letter(c: char) -> bool {
    matches!(c,
        '\u{3040}'..='\u{30FF}' // hiragana, katakana
        | '\u{3400}'..='\u{4DBF}' // Han extension A
        | '\u{4E00}'..='\u{9FFF}' // Han
        | '\u{F900}'..='\u{FAFF}' // Han compatibility
        | '\u{20000}'..='\u{2FA1F}') // Han extensions B and later
}

/// A mark of Chinese or Japanese punctuation (`。`, `，`, `、`, `「`, `（`,
/// …): the CJK symbols block and the fullwidth marks, but not the
/// fullwidth percent sign `％`, which belongs to its number.
pub fn is_cjk_punctuation(c: char) -> bool {
    matches!(c,
        '\u{3000}'..='\u{303F}'
        | '\u{FF01}'..='\u{FF04}'
        | '\u{FF06}'..='\u{FF0F}'
        | '\u{FF1A}'..='\u{FF20}'
        | '\u{FF3B}'..='\u{FF40}'
        | '\u{FF5B}'..='\u{FF65}')
}

/// Each pair of neighbouring letters of a run of ideographs or kana, in
/// order (`港口吞吐` → `港口`, `口吞`, `吞吐`), or the letter alone when
/// the run has one. With no spaces to cut words, overlapping pairs are
/// what search engines index for these scripts: most words are two
/// characters, and a longer one is found as its pairs.
pub fn each_pair(run: &str, mut emit: impl FnMut(&str)) {
    let mut letters = run.char_indices();
    let Some((mut previous, _)) = letters.next() else {
        return;
    };
    let mut paired = false;
    for (at, c) in letters {
        emit(&run[previous..at + c.len_utf8()]);
        previous = at;
        paired = true;
    }
    if !paired {
        emit(run);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_are_read_as_overlapping_pairs() {
        let mut pairs = Vec::new();
        each_pair("港口吞吐", |p| pairs.push(p.to_string()));
        assert_eq!(pairs, ["港口", "口吞", "吞吐"]);
        pairs.clear();
        each_pair("港", |p| pairs.push(p.to_string()));
        assert_eq!(pairs, ["港"]);
        pairs.clear();
        each_pair("", |p| pairs.push(p.to_string()));
        assert!(pairs.is_empty());
    }

    #[test]
    fn letters_are_han_and_kana_only() {
        assert!(is_cjk_letter('港') && is_cjk_letter('の') && is_cjk_letter('カ'));
        assert!(!is_cjk_letter('a') && !is_cjk_letter('。') && !is_cjk_letter('한'));
        assert!(is_cjk_punctuation('。') && is_cjk_punctuation('，') && is_cjk_punctuation('（'));
        assert!(!is_cjk_punctuation('％') && !is_cjk_punctuation('港') && !is_cjk_punctuation(','));
    }
}
