//! Plain language, measured: the Flesch Reading Ease and the mean sentence length of
//! English text, computed from the text itself.
//!
//! Flesch Reading Ease = 206.835 − 1.015 × (words ÷ sentences) − 84.6 × (syllables ÷
//! words). 60–70 counts as plain English; Goldthread's guides must reach 60 with at
//! most 15 words a sentence (`domain/facts.md` section 7). The formula is for English
//! only. Syllables are counted by the usual vowel-group rule with corrections for a
//! silent final e and for -es and -ed endings; a test checks it against dictionary
//! counts.

/// The figures for one text.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Readability {
    /// Sentences (a list item counts as one).
    pub sentences: usize,
    /// Words.
    pub words: usize,
    /// Syllables.
    pub syllables: usize,
    /// Flesch Reading Ease.
    pub reading_ease: f64,
    /// Mean words per sentence.
    pub words_per_sentence: f64,
}

/// The Flesch Reading Ease for the given counts.
pub fn reading_ease(sentences: usize, words: usize, syllables: usize) -> f64 {
    if sentences == 0 || words == 0 {
        return 0.0;
    }
    206.835 - 1.015 * (words as f64 / sentences as f64) - 84.6 * (syllables as f64 / words as f64)
}

/// Syllables in an English word (at least 1).
pub fn syllables(word: &str) -> usize {
    let w: String = word
        .chars()
        .filter(|c| c.is_ascii_alphabetic())
        .map(|c| c.to_ascii_lowercase())
        .collect();
    if w.is_empty() {
        return 0;
    }
    if w.len() <= 3 {
        return 1;
    }
    let b = w.as_bytes();
    let vowel = |c: u8| matches!(c, b'a' | b'e' | b'i' | b'o' | b'u' | b'y');
    let mut count = 0;
    let mut prev = false;
    for (i, &c) in b.iter().enumerate() {
        // A y at the start is a consonant ("young", "yes").
        let v = vowel(c) && !(i == 0 && c == b'y');
        if v && !prev {
            count += 1;
        }
        prev = v;
    }
    let n = b.len();
    let consonant = |i: usize| !vowel(b[i]);
    // A silent final e ("make", "time"), but not in "-le" after a consonant ("table").
    if b[n - 1] == b'e' && consonant(n - 2) && !(b[n - 2] == b'l' && n >= 3 && consonant(n - 3)) {
        count -= 1;
    }
    // "-es" and "-ed" are silent after most consonants ("makes", "asked"), but not
    // after the sounds that need a vowel ("boxes", "needed", "wanted").
    if n >= 4 && (w.ends_with("es") || w.ends_with("ed")) {
        let before = b[n - 3];
        let sounded = if w.ends_with("es") {
            matches!(before, b's' | b'x' | b'z' | b'c' | b'g' | b'h')
        } else {
            matches!(before, b't' | b'd')
        };
        if !sounded && consonant(n - 3) {
            count -= 1;
        }
    }
    // "-ing" after a vowel is a syllable of its own ("being", "doing", "going"), but
    // the vowel groups join it to the one before.
    if n >= 5 && w.ends_with("ing") && vowel(b[n - 4]) && b[n - 4] != b'y' {
        count += 1;
    }
    count.max(1)
}

/// Splits text into sentences: at `.`, `!` or `?` followed by a space or the end, and
/// at every line break (list items are sentences of their own).
pub fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    for line in text.lines() {
        let mut start = 0;
        let chars: Vec<(usize, char)> = line.char_indices().collect();
        for (k, &(i, c)) in chars.iter().enumerate() {
            let end = matches!(c, '.' | '!' | '?')
                && chars
                    .get(k + 1)
                    .is_none_or(|&(_, next)| next.is_whitespace());
            if end {
                out.push(&line[start..i + c.len_utf8()]);
                start = i + c.len_utf8();
            }
        }
        out.push(&line[start..]);
    }
    out.into_iter()
        .map(str::trim)
        .filter(|s| s.chars().any(char::is_alphabetic))
        .collect()
}

/// The words of a sentence: runs of letters, with inner apostrophes and hyphens
/// ("don't", "6-week" counts as "week"). Numbers are not words.
pub fn words(sentence: &str) -> Vec<&str> {
    sentence
        .split(|c: char| !(c.is_alphabetic() || c == '\'' || c == '’' || c == '-'))
        .map(|w| w.trim_matches(|c: char| !c.is_alphabetic()))
        .filter(|w| !w.is_empty())
        .collect()
}

/// Measures a text.
pub fn measure(text: &str) -> Readability {
    let sents = sentences(text);
    let mut words_n = 0;
    let mut syl = 0;
    for s in &sents {
        for w in words(s) {
            words_n += 1;
            syl += syllables(w);
        }
    }
    let reading_ease = reading_ease(sents.len(), words_n, syl);
    Readability {
        sentences: sents.len(),
        words: words_n,
        syllables: syl,
        reading_ease,
        words_per_sentence: if sents.is_empty() {
            0.0
        } else {
            words_n as f64 / sents.len() as f64
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Dictionary syllable counts (Collins) for words of the kind the guides use.
    const WORDS: &[(&str, usize)] = &[
        ("the", 1),
        ("cat", 1),
        ("make", 1),
        ("time", 1),
        ("home", 1),
        ("yes", 1),
        ("young", 1),
        ("asked", 1),
        ("makes", 1),
        ("table", 2),
        ("people", 2),
        ("water", 2),
        ("baby", 2),
        ("needed", 2),
        ("wanted", 2),
        ("boxes", 2),
        ("midwife", 2),
        ("court", 1),
        ("order", 2),
        ("licence", 2),
        ("curfew", 2),
        ("solicitor", 4),
        ("probation", 3),
        ("appointment", 3),
        ("officer", 3),
        ("social", 2),
        ("worker", 2),
        ("family", 3),
        ("children", 2),
        ("pregnant", 2),
        ("hospital", 3),
        ("interpreter", 4),
        ("condition", 3),
        ("conditions", 3),
        ("meeting", 2),
        ("advice", 2),
        ("legal", 2),
        ("recall", 2),
        ("breach", 1),
        ("visit", 2),
        ("check", 1),
        ("letter", 2),
        ("before", 2),
        ("after", 2),
        ("decide", 2),
        ("because", 2),
        ("maternity", 4),
        ("monitoring", 4),
        ("emergency", 4),
        ("important", 3),
        ("tag", 1),
        ("phone", 1),
        ("help", 1),
        ("written", 2),
        ("change", 1),
        ("changes", 2),
        ("parent", 2),
        ("rights", 1),
        ("being", 2),
        ("doing", 2),
        ("going", 2),
        ("seeing", 2),
        ("area", 3),
        ("idea", 3),
        ("police", 2),
        ("services", 3),
        ("sentence", 2),
        ("agree", 2),
    ];

    #[test]
    fn syllables_match_the_dictionary_for_nearly_every_word() {
        let wrong: Vec<_> = WORDS
            .iter()
            .filter(|(w, n)| syllables(w) != *n)
            .map(|(w, n)| format!("{w}: {} not {n}", syllables(w)))
            .collect();
        // The rule is a heuristic (published counters miss about 1 word in 10); the
        // list includes words it is known to get wrong ("area", "idea").
        assert!(wrong.len() * 10 <= WORDS.len(), "{wrong:?}");
    }

    #[test]
    fn the_formula_gives_the_published_values() {
        // Flesch's definition, on counts worked out by hand.
        assert!((reading_ease(1, 6, 6) - 116.145).abs() < 1e-9);
        // 100 words, 5 sentences, 150 syllables: a textbook middle case (59.7).
        assert!((reading_ease(5, 100, 150) - 59.635).abs() < 1e-9);
        assert_eq!(reading_ease(0, 0, 0), 0.0);
        // "The cat sat on the mat." has 6 one-syllable words in one sentence.
        let r = measure("The cat sat on the mat.");
        assert_eq!((r.sentences, r.words, r.syllables), (1, 6, 6));
        assert!((r.reading_ease - 116.145).abs() < 1e-9);
    }

    #[test]
    fn hard_text_scores_low_and_plain_text_high() {
        let hard = "Notwithstanding the aforementioned considerations, the authority's \
                    determination regarding accommodation necessitates comprehensive \
                    documentation demonstrating compliance with statutory obligations.";
        let plain = "You can ask for help. Call your midwife. She can book a check. \
                     Bring your letter with you.";
        assert!(measure(hard).reading_ease < 0.0, "{:?}", measure(hard));
        assert!(measure(plain).reading_ease > 80.0, "{:?}", measure(plain));
    }

    #[test]
    fn sentences_end_at_stops_and_lines() {
        assert_eq!(
            sentences("Go now. Ask why? Yes!\nA list item\n3.5 is not a stop"),
            vec![
                "Go now.",
                "Ask why?",
                "Yes!",
                "A list item",
                "3.5 is not a stop"
            ]
        );
        assert_eq!(
            words("Don't miss the 6-8 week check."),
            vec!["Don't", "miss", "the", "week", "check"]
        );
    }
}
