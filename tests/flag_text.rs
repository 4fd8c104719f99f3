//! The English text of every flag kind, as snapshots (insta), so that a change of
//! wording is visible in review. `tests/fixtures/every_flag.json` raises all 12 kinds.

use std::collections::BTreeMap;

use goldthread::domain::Plan;
use goldthread::l10n::Localizer;
use goldthread::report::{self, RenderedFlag};
use goldthread::rules::{self, FlagKind};

fn rendered() -> Vec<RenderedFlag> {
    let text = include_str!("fixtures/every_flag.json");
    let plan = Plan::from_json_str(text).unwrap();
    let as_of = plan.as_of.unwrap();
    let flags = rules::check(&plan, as_of).unwrap();
    let l = Localizer::new("en-GB", false).unwrap();
    report::render(&flags, &plan, &l).unwrap()
}

fn as_text(f: &RenderedFlag) -> String {
    let mut s = format!(
        "severity: {}\nat: {}\ntitle: {}\n\n{}\n",
        f.severity, f.at, f.title, f.explanation
    );
    for (i, a) in f.actions.iter().enumerate() {
        s.push_str(&format!("\n{}. {a}", i + 1));
    }
    if let Some(d) = &f.draft {
        s.push_str(&format!("\n\ndraft:\n{d}"));
    }
    s.push('\n');
    s
}

#[test]
fn every_kind_has_english_text() {
    let flags = rendered();
    let mut first: BTreeMap<&str, &RenderedFlag> = BTreeMap::new();
    for f in &flags {
        first.entry(f.kind).or_insert(f);
    }
    let kinds: Vec<&str> = FlagKind::ALL.iter().map(|k| k.as_str()).collect();
    for k in &kinds {
        let f = first
            .get(k)
            .unwrap_or_else(|| panic!("the fixture raises no {k}"));
        assert!(!f.title.is_empty() && !f.explanation.is_empty());
        assert!(f.actions.len() >= 2, "{k} has too few actions");
        let wants_draft = matches!(
            *k,
            "curfew_overlap" | "exclusion_zone" | "overnight_away" | "travel_ban"
        ) || (*k == "appointment_overlap" && f.draft.is_some());
        assert_eq!(f.draft.is_some(), wants_draft, "{k}");
        // No placeholder was left unfilled.
        let all = format!(
            "{} {} {:?} {:?}",
            f.title, f.explanation, f.actions, f.draft
        );
        assert!(!all.contains('{') && !all.contains('$'), "{k}: {all}");
        insta::assert_snapshot!(*k, as_text(f));
    }
}

#[test]
fn the_text_names_who_can_vary_the_condition_and_what_to_bring() {
    let flags = rendered();
    let get = |kind: &str| flags.iter().find(|f| f.kind == kind).unwrap();
    let all = |f: &RenderedFlag| format!("{} {} {:?}", f.explanation, f.actions.join(" "), f.draft);
    // A licence curfew: the probation officer, in advance, with the letter.
    let curfew = all(get("curfew_overlap"));
    assert!(curfew.contains("probation officer"), "{curfew}");
    assert!(curfew.contains("letter"), "{curfew}");
    assert!(curfew.contains("before"), "{curfew}");
    // A bail condition: the court, through her solicitor.
    let own_child = all(get("no_contact_own_child"));
    assert!(own_child.contains("solicitor"), "{own_child}");
    assert!(own_child.contains("court"), "{own_child}");
    // The emergency plan: care first, the monitoring centre, the officer, evidence.
    let plan = all(get("curfew_emergency_plan"));
    for word in ["care first", "monitoring centre", "officer", "evidence"] {
        assert!(plan.contains(word), "{word}: {plan}");
    }
    // Missing care is "not recorded", never "missed".
    let care = all(get("missing_antenatal_care"));
    assert!(care.contains("record"), "{care}");
    assert!(!care.to_lowercase().contains("you missed"), "{care}");
}
