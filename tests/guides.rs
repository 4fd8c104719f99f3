//! The guides and the glossary, in every language: complete, aligned with en-GB block
//! by block, plain (measured), marked for review, and small.

use std::fs;
use std::path::Path;

use goldthread::l10n::glossary;
use goldthread::l10n::guides::{self, Block, Status, IDS};
use goldthread::l10n::{Localizer, LANGUAGES, SOURCE};

fn locales() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("locales")
}

#[test]
fn every_language_has_every_guide() {
    for lang in LANGUAGES {
        let mut files: Vec<String> = fs::read_dir(locales().join(lang).join("guides"))
            .unwrap_or_else(|e| panic!("{lang} has no guides: {e}"))
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        files.sort();
        let mut ids: Vec<String> = IDS.iter().map(|i| format!("{i}.md")).collect();
        ids.sort();
        assert_eq!(files, ids, "{lang}: the guides are exactly the sixteen");
        assert_eq!(
            guides::languages().iter().filter(|l| **l == lang).count(),
            1,
            "{lang} is embedded"
        );
    }
}

#[test]
fn every_translation_matches_the_english_block_by_block() {
    for id in IDS {
        let source = guides::guide(id, SOURCE).unwrap();
        assert_eq!(source.lang, SOURCE);
        assert_eq!(source.status, Status::Source);
        let shapes: Vec<_> = source.blocks.iter().map(Block::shape).collect();
        for lang in LANGUAGES.iter().filter(|l| **l != SOURCE) {
            let g = guides::guide(id, lang).unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(g.lang, *lang, "{lang}/{id} is there");
            let got: Vec<_> = g.blocks.iter().map(Block::shape).collect();
            assert_eq!(
                got, shapes,
                "{lang}/{id}: the blocks must line up with en-GB"
            );
            assert_eq!(g.reviewed, source.reviewed, "{lang}/{id}: reviewed date");
            assert_eq!(g.sources, source.sources, "{lang}/{id}: sources");
            assert_ne!(
                g.title, source.title,
                "{lang}/{id}: the title is translated"
            );
            assert!(
                g.status != Status::Source,
                "{lang}/{id}: a translation is never the source"
            );
        }
    }
}

#[test]
fn a_translation_awaiting_review_says_so_in_its_own_language() {
    for lang in LANGUAGES.iter().filter(|l| **l != SOURCE) {
        let l = Localizer::new(lang, false).unwrap();
        assert_eq!(l.lang(), *lang);
        let notice = l.text("guides-status-awaiting").unwrap();
        let english = Localizer::new(SOURCE, false)
            .unwrap()
            .text("guides-status-awaiting")
            .unwrap();
        assert_ne!(notice, english, "{lang}: the notice is translated");
        let awaiting = IDS
            .iter()
            .filter(|id| guides::guide(id, lang).unwrap().status == Status::AwaitingReview)
            .count();
        let reviewed = IDS
            .iter()
            .filter(|id| guides::guide(id, lang).unwrap().status == Status::Reviewed)
            .count();
        assert_eq!(awaiting + reviewed, IDS.len());
    }
}

/// facts.md section 7: at least 60 on the Flesch Reading Ease, and at most 15 words a
/// sentence, measured on the text (headings are not sentences).
#[test]
fn every_english_guide_is_plain() {
    let mut report = Vec::new();
    for id in IDS {
        let r = guides::guide(id, SOURCE).unwrap().readability();
        report.push(format!(
            "{id}: {:.1} reading ease, {:.1} words a sentence",
            r.reading_ease, r.words_per_sentence
        ));
        assert!(r.reading_ease >= 60.0, "{id}: {r:?}");
        assert!(r.words_per_sentence <= 15.0, "{id}: {r:?}");
        assert!(r.sentences >= 10, "{id} is a guide, not a note");
    }
    println!("{}", report.join("\n"));
}

#[test]
fn every_glossary_has_every_term_with_a_definition_and_forms() {
    let ids = glossary::ids();
    assert!(ids.len() >= 40, "{} terms", ids.len());
    for lang in LANGUAGES {
        let l = Localizer::new(lang, false).unwrap();
        let terms = glossary::glossary(&l).unwrap();
        assert_eq!(terms.len(), ids.len());
        for t in &terms {
            assert!(
                !t.term.is_empty() && !t.definition.is_empty(),
                "{lang}: {t:?}"
            );
            assert!(!t.forms.is_empty(), "{lang}: {} has no forms", t.id);
        }
        // The terms are found in that language's guides: the marking works there.
        let found: usize = IDS
            .iter()
            .map(|id| {
                let g = guides::guide(id, lang).unwrap();
                g.blocks
                    .iter()
                    .flat_map(|b| glossary::mark(&b.plain(), &terms))
                    .filter(|s| matches!(s, glossary::Span::Term(..)))
                    .count()
            })
            .sum();
        assert!(
            found >= 50,
            "{lang}: only {found} glossary terms found in the guides"
        );
    }
}

#[test]
fn all_the_content_adds_less_than_two_megabytes() {
    fn size(p: &Path) -> u64 {
        if p.is_dir() {
            fs::read_dir(p)
                .unwrap()
                .map(|e| size(&e.unwrap().path()))
                .sum()
        } else {
            fs::metadata(p).unwrap().len()
        }
    }
    let total = size(&locales());
    println!("locales: {total} bytes");
    assert!(total < 2 * 1024 * 1024, "{total} bytes");
}
