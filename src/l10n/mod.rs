//! Localisation on Project Fluent.
//!
//! Every user-facing string lives in `locales/<lang>/*.ftl`. The files are embedded in
//! the binary at build time (the phone needs no file paths). en-GB is the source and
//! the end of every fallback chain: a message missing in her language is taken from
//! en-GB. Every formatting error is collected and returned, never swallowed.

use std::fmt;

use chrono::{Datelike, NaiveDate, NaiveTime, Weekday};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

/// The source language, complete by definition.
pub const SOURCE: &str = "en-GB";

pub mod glossary;
pub mod guides;
pub mod readability;

// RESOURCES (the Fluent files) and GUIDE_FILES (the guides), embedded at build time
// from `locales/` by `build.rs`; en-GB first.
include!(concat!(env!("OUT_DIR"), "/locales.rs"));

/// The languages offered, in the order the app lists them: en-GB, then the others of
/// `domain/facts.md` section 6.
pub const LANGUAGES: [&str; 8] = ["en-GB", "cy", "pl", "ro", "sq", "ur", "pa", "ar"];

/// Whether two short texts are the same word as she would read them: Unicode
/// normalised (NFC, so a letter typed as two code points matches the same letter typed
/// as one), case folded, and trimmed. For words she must type, such as the one that
/// confirms a wipe.
///
/// Gurmukhi independent vowels have no canonical decomposition, so NFC does not join a
/// vowel carrier and a sign that some keyboards type for one letter (ੳ + ੋ for ਓ); the
/// Unicode Standard lists those sequences as ones to avoid, and they are mapped here.
pub fn same_word(typed: &str, expected: &str) -> bool {
    use unicode_normalization::UnicodeNormalization;
    const GURMUKHI: [(&str, &str); 9] = [
        ("\u{0A73}\u{0A41}", "\u{0A09}"),
        ("\u{0A73}\u{0A42}", "\u{0A0A}"),
        ("\u{0A73}\u{0A4B}", "\u{0A13}"),
        ("\u{0A05}\u{0A3E}", "\u{0A06}"),
        ("\u{0A05}\u{0A48}", "\u{0A10}"),
        ("\u{0A05}\u{0A4C}", "\u{0A14}"),
        ("\u{0A72}\u{0A3F}", "\u{0A07}"),
        ("\u{0A72}\u{0A40}", "\u{0A08}"),
        ("\u{0A72}\u{0A47}", "\u{0A0F}"),
    ];
    let norm = |s: &str| {
        let mut t: String = s.trim().nfc().collect();
        for (seq, letter) in GURMUKHI {
            t = t.replace(seq, letter);
        }
        t.to_lowercase()
    };
    !expected.trim().is_empty() && norm(typed) == norm(expected)
}

/// Whether a language is written right to left.
pub fn is_rtl(lang: &str) -> bool {
    matches!(lang.split('-').next(), Some("ar" | "ur" | "he" | "fa"))
}

/// Errors of the localisation layer.
#[derive(Debug, thiserror::Error)]
pub enum L10nError {
    /// An embedded file does not parse.
    #[error("{lang}/{file} does not parse: {errors}")]
    Parse {
        /// The language.
        lang: String,
        /// The file.
        file: String,
        /// The parser's messages.
        errors: String,
    },
    /// The language tag is not valid.
    #[error("{tag:?} is not a language tag")]
    BadTag {
        /// What was given.
        tag: String,
    },
    /// A message (or attribute) exists in no language of the chain.
    #[error("no text for {id}")]
    Missing {
        /// `id` or `id.attribute`.
        id: String,
    },
    /// Formatting a message reported errors (a missing variable, a bad reference).
    #[error("the text for {id} has errors: {errors}")]
    Format {
        /// `id` or `id.attribute`.
        id: String,
        /// What went wrong.
        errors: String,
    },
}

/// A value for a message variable.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// Text.
    Text(String),
    /// A number.
    Number(i64),
    /// A date, written the language's way (`date-long`).
    Date(NaiveDate),
    /// A time, written as 24-hour `HH:MM`.
    Time(NaiveTime),
}

struct Bundle {
    lang: String,
    bundle: FluentBundle<FluentResource>,
}

/// Formats messages in one language, falling back to en-GB.
pub struct Localizer {
    chain: Vec<Bundle>,
}

thread_local! {
    /// Localizers already built on this thread, by language and isolation.
    static SHARED: std::cell::RefCell<std::collections::HashMap<(String, bool), std::rc::Rc<Localizer>>> =
        std::cell::RefCell::new(std::collections::HashMap::new());
}

impl Localizer {
    /// The localizer for a language, built once per thread and then shared: building
    /// one parses every Fluent file of the language, which screens that show two
    /// languages would otherwise do on every render.
    pub fn shared(requested: &str, isolating: bool) -> Result<std::rc::Rc<Localizer>, L10nError> {
        let lang = negotiate(requested)?;
        let key = (lang.to_string(), isolating);
        if let Some(l) = SHARED.with(|c| c.borrow().get(&key).cloned()) {
            return Ok(l);
        }
        let l = std::rc::Rc::new(Localizer::new(lang, isolating)?);
        SHARED.with(|c| c.borrow_mut().insert(key, l.clone()));
        Ok(l)
    }
}

impl fmt::Debug for Localizer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Localizer")
            .field(
                "chain",
                &self
                    .chain
                    .iter()
                    .map(|b| b.lang.as_str())
                    .collect::<Vec<_>>(),
            )
            .finish()
    }
}

/// The languages with embedded resources.
pub fn available() -> Vec<&'static str> {
    RESOURCES.iter().map(|(l, _)| *l).collect()
}

/// Picks the best available language for a requested tag (fluent-langneg's lookup:
/// the exact tag, else the same language with another region or script), else en-GB.
pub fn negotiate(requested: &str) -> Result<&'static str, L10nError> {
    negotiate_list(&[requested])
}

/// The same for a list of tags in order of preference, as a phone's settings give
/// them: the first that an available language matches wins.
pub fn negotiate_list(requested: &[&str]) -> Result<&'static str, L10nError> {
    // Phones add extensions (`en-GB-u-mu-celsius`); they do not change the language.
    let parse = |t: &str| -> Option<LanguageIdentifier> {
        let base = t.split(['@', '.']).next().unwrap_or(t);
        let base = ["-u-", "-x-", "-t-"]
            .iter()
            .filter_map(|ext| base.to_ascii_lowercase().find(ext))
            .min()
            .map_or(base, |i| &base[..i]);
        base.replace('_', "-").parse().ok()
    };
    let wanted: Vec<LanguageIdentifier> = requested
        .iter()
        .filter_map(|t| parse(t))
        // Panjabi in Arabic script (Shahmukhi) is not the Gurmukhi text we have.
        .filter(|id| {
            !(id.language.as_str() == "pa" && id.script.is_some_and(|s| s.as_str() == "Arab"))
        })
        .collect();
    if wanted.is_empty() {
        if let Some(t) = requested.iter().find(|t| parse(t).is_none()) {
            return Err(L10nError::BadTag { tag: t.to_string() });
        }
    }
    let langs = available();
    let pairs: Vec<(&'static str, LanguageIdentifier)> = langs
        .iter()
        .filter_map(|l| Some((*l, l.parse().ok()?)))
        .collect();
    let ids: Vec<LanguageIdentifier> = pairs.iter().map(|(_, id)| id.clone()).collect();
    let default: LanguageIdentifier = SOURCE.parse().map_err(|_| L10nError::BadTag {
        tag: SOURCE.to_string(),
    })?;
    let chosen = fluent_langneg::negotiate_languages(
        &wanted,
        &ids,
        Some(&default),
        fluent_langneg::NegotiationStrategy::Lookup,
    );
    Ok(chosen
        .first()
        .and_then(|best| pairs.iter().find(|(_, id)| id == *best))
        .map_or(SOURCE, |(l, _)| *l))
}

fn load(lang: &'static str, isolating: bool) -> Result<Bundle, L10nError> {
    let files = RESOURCES
        .iter()
        .find(|(l, _)| *l == lang)
        .map(|(_, f)| *f)
        .unwrap_or(&[]);
    let id: LanguageIdentifier = lang.parse().map_err(|_| L10nError::BadTag {
        tag: lang.to_string(),
    })?;
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    bundle.set_use_isolating(isolating);
    for (file, text) in files {
        let parse_error = |errors: String| L10nError::Parse {
            lang: lang.to_string(),
            file: file.to_string(),
            errors,
        };
        let res = FluentResource::try_new(text.to_string())
            .map_err(|(_, errs)| parse_error(join(&errs)))?;
        bundle
            .add_resource(res)
            .map_err(|errs| parse_error(join(&errs)))?;
    }
    Ok(Bundle {
        lang: lang.to_string(),
        bundle,
    })
}

impl Localizer {
    /// A localizer for the requested language (negotiated), with en-GB as fallback.
    /// With `isolating`, interpolated values are wrapped in Unicode isolation marks,
    /// as the app needs for right-to-left text; plain output (the CLI's JSON) turns
    /// them off.
    pub fn new(requested: &str, isolating: bool) -> Result<Localizer, L10nError> {
        let lang = negotiate(requested)?;
        let mut chain = vec![load(lang, isolating)?];
        if lang != SOURCE {
            chain.push(load(SOURCE, isolating)?);
        }
        Ok(Localizer { chain })
    }

    /// The language actually used.
    pub fn lang(&self) -> &str {
        &self.chain[0].lang
    }

    /// Formats a message (`attr` = `None`) or one of its attributes.
    pub fn format(
        &self,
        id: &str,
        attr: Option<&str>,
        args: &[(&str, Value)],
    ) -> Result<String, L10nError> {
        let name = match attr {
            Some(a) => format!("{id}.{a}"),
            None => id.to_string(),
        };
        for b in &self.chain {
            let Some(msg) = b.bundle.get_message(id) else {
                continue;
            };
            let pattern = match attr {
                Some(a) => msg.get_attribute(a).map(|at| at.value()),
                None => msg.value(),
            };
            let Some(pattern) = pattern else { continue };
            let fargs = self.args(b, args)?;
            let mut errors = Vec::new();
            let text = b.bundle.format_pattern(pattern, Some(&fargs), &mut errors);
            if !errors.is_empty() {
                return Err(L10nError::Format {
                    id: name,
                    errors: join(&errors),
                });
            }
            return Ok(text.into_owned());
        }
        Err(L10nError::Missing { id: name })
    }

    /// A plain message with no variables.
    pub fn text(&self, id: &str) -> Result<String, L10nError> {
        self.format(id, None, &[])
    }

    /// The names of a message's attributes, in file order, from the first language of
    /// the chain that has the message.
    pub fn attributes(&self, id: &str) -> Vec<String> {
        self.chain
            .iter()
            .find_map(|b| b.bundle.get_message(id))
            .map(|m| m.attributes().map(|a| a.id().to_string()).collect())
            .unwrap_or_default()
    }

    /// Writes a date the language's way, e.g. "Thursday 3 December 2026".
    pub fn date(&self, d: NaiveDate) -> Result<String, L10nError> {
        let weekday = self.text(weekday_id(d.weekday()))?;
        let month = self.text(&format!("month-{}", d.month()))?;
        self.format(
            "date-long",
            None,
            &[
                ("weekday", Value::Text(weekday)),
                ("day", Value::Number(i64::from(d.day()))),
                ("month", Value::Text(month)),
                ("year", Value::Number(i64::from(d.year()))),
            ],
        )
    }

    fn args<'a>(&self, b: &Bundle, args: &'a [(&str, Value)]) -> Result<FluentArgs<'a>, L10nError> {
        let _ = b;
        let mut out = FluentArgs::new();
        for (name, v) in args {
            let value: FluentValue<'a> = match v {
                Value::Text(s) => FluentValue::from(s.as_str()),
                Value::Number(n) => FluentValue::from(*n),
                Value::Date(d) => FluentValue::from(self.date(*d)?),
                Value::Time(t) => FluentValue::from(t.format("%H:%M").to_string()),
            };
            out.set(*name, value);
        }
        Ok(out)
    }
}

/// Error messages, joined for one line.
fn join<E: fmt::Display>(errors: &[E]) -> String {
    errors
        .iter()
        .map(|e| e.to_string())
        .collect::<Vec<_>>()
        .join("; ")
}

fn weekday_id(w: Weekday) -> &'static str {
    match w {
        Weekday::Mon => "weekday-mon",
        Weekday::Tue => "weekday-tue",
        Weekday::Wed => "weekday-wed",
        Weekday::Thu => "weekday-thu",
        Weekday::Fri => "weekday-fri",
        Weekday::Sat => "weekday-sat",
        Weekday::Sun => "weekday-sun",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_embedded_resource_loads() {
        for lang in available() {
            Localizer::new(lang, true).unwrap();
        }
    }

    #[test]
    fn a_typed_word_matches_however_the_keyboard_composed_it() {
        // Gurmukhi ਓ as one code point, and as ੳ + ੋ.
        assert!(same_word("ਮਿਟਾ\u{0A73}\u{0A4B}", "ਮਿਟਾ\u{0A13}"));
        assert!(same_word(" delete ", "DELETE"));
        assert!(same_word("e\u{0301}", "\u{00e9}"), "é, decomposed or not");
        assert!(!same_word("DELET", "DELETE"));
        assert!(!same_word("", ""));
    }

    #[test]
    fn a_phones_list_of_languages_is_negotiated() {
        assert_eq!(negotiate_list(&["en-GB-u-mu-celsius"]).unwrap(), "en-GB");
        assert_eq!(negotiate_list(&["fr-FR", "pl-PL"]).unwrap(), "pl");
        assert_eq!(negotiate_list(&["not a tag!", "cy_GB"]).unwrap(), "cy");
        assert_eq!(negotiate_list(&["pa-Arab-PK"]).unwrap(), "en-GB");
        assert_eq!(negotiate_list(&["pa-IN"]).unwrap(), "pa");
        assert_eq!(negotiate_list(&["ar-SA", "en"]).unwrap(), "ar");
        assert!(negotiate_list(&["not a tag!"]).is_err());
        let a = Localizer::shared("pl", true).unwrap();
        let b = Localizer::shared("pl-PL", true).unwrap();
        assert!(std::rc::Rc::ptr_eq(&a, &b), "built once");
    }

    #[test]
    fn negotiation_falls_back_to_en_gb() {
        assert_eq!(negotiate("en-GB").unwrap(), "en-GB");
        assert_eq!(negotiate("en-US").unwrap(), "en-GB");
        assert_eq!(negotiate("xx").unwrap(), "en-GB");
        assert!(negotiate("not a tag!").is_err());
    }

    #[test]
    fn dates_and_errors() {
        let l = Localizer::new("en-GB", false).unwrap();
        let d = NaiveDate::from_ymd_opt(2026, 12, 3).unwrap();
        assert_eq!(l.date(d).unwrap(), "Thursday 3 December 2026");
        assert!(matches!(
            l.text("no-such-message"),
            Err(L10nError::Missing { .. })
        ));
        // A missing variable is reported, not swallowed.
        let err = l.format("date-long", None, &[]).unwrap_err();
        assert!(matches!(err, L10nError::Format { .. }), "{err}");
    }

    #[test]
    fn isolation_marks_are_kept_for_the_app() {
        let l = Localizer::new("en-GB", true).unwrap();
        let d = NaiveDate::from_ymd_opt(2026, 12, 3).unwrap();
        assert!(l.date(d).unwrap().contains('\u{2068}'));
    }
}
