//! The glossary: terms she and her interpreter meet, each with a plain definition, in
//! every language (`locales/<lang>/glossary.ftl`). A term is a Fluent message
//! `term-<id>` whose value is the term, with two attributes: `.forms`, the word forms
//! to find in running text, and `.definition`.
//!
//! [`mark`] finds the terms in a text, so the interpreter view can mark them: the
//! longest form wins ("curfew tag" before "curfew"), case does not matter, and a match
//! must stand as whole words. Combining marks (a Gurmukhi nukta or virama, Arabic
//! vowel signs) and zero-width joiners belong to the word they sit in. In Arabic
//! script, a one-letter prefix (و، ب، ل، ف، ك: "and", "with", "for", "so", "as") may
//! stand before a term and is marked with it.

use super::{L10nError, Localizer};

/// One glossary term in one language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Term {
    /// The message id (`term-…`), the same in every language.
    pub id: String,
    /// The term.
    pub term: String,
    /// The forms to find in text (the term first).
    pub forms: Vec<String>,
    /// The plain definition.
    pub definition: String,
}

/// A piece of text, marked when it is a glossary term.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Span {
    /// Plain text.
    Text(String),
    /// A term: the text as written, and the term's id.
    Term(String, String),
}

/// The term ids, in the source's order (the en-GB glossary).
pub fn ids() -> Vec<&'static str> {
    let Some((_, files)) = super::RESOURCES.iter().find(|(l, _)| *l == super::SOURCE) else {
        return Vec::new();
    };
    let Some((_, text)) = files.iter().find(|(f, _)| *f == "glossary.ftl") else {
        return Vec::new();
    };
    // Each message starts at the beginning of a line with its id.
    text.lines()
        .filter_map(|line| line.split_once(" = ").map(|(id, _)| id))
        .filter(|id| id.starts_with("term-") && !id.contains(' '))
        .collect()
}

/// The glossary in a localizer's language (missing entries come from en-GB, like every
/// message).
pub fn glossary(l: &Localizer) -> Result<Vec<Term>, L10nError> {
    ids()
        .into_iter()
        .map(|id| {
            let forms = l
                .format(id, Some("forms"), &[])?
                .split(',')
                .map(|f| f.trim().to_string())
                .filter(|f| !f.is_empty())
                .collect();
            Ok(Term {
                id: id.to_string(),
                term: l.text(id)?,
                forms,
                definition: l.format(id, Some("definition"), &[])?,
            })
        })
        .collect()
}

/// Splits `text` into plain pieces and glossary terms.
pub fn mark(text: &str, terms: &[Term]) -> Vec<Span> {
    // Every form, longest first, lower-cased once.
    let mut forms: Vec<(Vec<char>, &str)> = terms
        .iter()
        .flat_map(|t| {
            t.forms
                .iter()
                .map(move |f| (f.to_lowercase().chars().collect::<Vec<_>>(), t.id.as_str()))
        })
        .filter(|(f, _)| !f.is_empty())
        .collect();
    forms.sort_by_key(|f| std::cmp::Reverse(f.0.len()));
    let chars: Vec<char> = text.chars().collect();
    let lower: Vec<char> = chars
        .iter()
        .map(|c| c.to_lowercase().next().unwrap_or(*c))
        .collect();
    let word = |c: Option<&char>| {
        c.is_some_and(|c| {
            c.is_alphanumeric()
                || unicode_normalization::char::is_combining_mark(*c)
                || matches!(c, '\u{200c}' | '\u{200d}')
        })
    };
    const PREFIXES: [char; 5] = ['و', 'ب', 'ل', 'ف', 'ك'];
    let mut out = Vec::new();
    let mut plain = String::new();
    let mut i = 0;
    while i < chars.len() {
        let at_start = i == 0 || !word(chars.get(i - 1));
        let at = |start: usize| {
            forms.iter().find(|(f, _)| {
                lower.get(start..start + f.len()) == Some(f.as_slice())
                    && !word(chars.get(start + f.len()))
            })
        };
        let found = if at_start {
            at(i).map(|m| (0, m)).or_else(|| {
                PREFIXES
                    .contains(&chars[i])
                    .then(|| at(i + 1).map(|m| (1, m)))
                    .flatten()
            })
        } else {
            None
        };
        match found {
            Some((prefix, (f, id))) => {
                if !plain.is_empty() {
                    out.push(Span::Text(std::mem::take(&mut plain)));
                }
                let end = i + prefix + f.len();
                out.push(Span::Term(chars[i..end].iter().collect(), id.to_string()));
                i = end;
            }
            None => {
                plain.push(chars[i]);
                i += 1;
            }
        }
    }
    if !plain.is_empty() {
        out.push(Span::Text(plain));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn term(id: &str, forms: &[&str]) -> Term {
        Term {
            id: id.into(),
            term: forms[0].into(),
            forms: forms.iter().map(|f| f.to_string()).collect(),
            definition: String::new(),
        }
    }

    #[test]
    fn the_longest_whole_word_form_wins_whatever_the_case() {
        let terms = [
            term("term-curfew-tag", &["curfew tag", "curfew tags"]),
            term("term-curfew", &["curfew"]),
            term("term-pr", &["PR"]),
        ];
        assert_eq!(
            mark("Curfew tags and a curfew. PRINT, not PR.", &terms),
            vec![
                Span::Term("Curfew tags".into(), "term-curfew-tag".into()),
                Span::Text(" and a ".into()),
                Span::Term("curfew".into(), "term-curfew".into()),
                Span::Text(". PRINT, not ".into()),
                Span::Term("PR".into(), "term-pr".into()),
                Span::Text(".".into()),
            ]
        );
        assert_eq!(mark("", &terms), vec![]);
    }

    #[test]
    fn marks_belong_to_their_word_and_arabic_prefixes_to_the_term() {
        // ਜ਼ is ਜ + nukta: a form ending in ਜ must not match the start of ਜ਼.
        let terms = [
            term("term-x", &["ਜ"]),
            term("term-centre", &["مركز المراقبة"]),
        ];
        assert_eq!(
            mark("ਜ\u{0A3C}ਮੀਨ", &terms),
            vec![Span::Text("ਜ\u{0A3C}ਮੀਨ".into())]
        );
        let spans = mark("اتصلي بمركز المراقبة الآن", &terms);
        assert_eq!(
            spans[1],
            Span::Term("بمركز المراقبة".into(), "term-centre".into())
        );
        // A word that only starts with a prefix letter is not a term.
        assert_eq!(mark("بركة", &terms), vec![Span::Text("بركة".into())]);
    }

    #[test]
    fn terms_are_found_in_other_scripts() {
        let terms = [term("term-midwife", &["دائی"])];
        let spans = mark("اپنی دائی سے پوچھیں", &terms);
        assert_eq!(spans[1], Span::Term("دائی".into(), "term-midwife".into()));
    }

    #[test]
    fn the_english_glossary_is_complete() {
        let l = Localizer::new("en-GB", false).unwrap();
        let g = glossary(&l).unwrap();
        assert!(g.len() >= 40, "{} terms", g.len());
        for t in &g {
            assert!(!t.definition.is_empty() && !t.forms.is_empty(), "{t:?}");
            assert_eq!(t.forms[0].to_lowercase(), t.term.to_lowercase(), "{t:?}");
        }
    }
}
