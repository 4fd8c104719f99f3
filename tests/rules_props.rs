//! Property tests for the clash checker (`goldthread::rules::check`) against
//! `plan-v1.md`:
//!
//! 1. no input panics: random valid plans with arbitrary `as_of` dates, arbitrary JSON,
//!    and valid plans with a few fields replaced by awkward values;
//! 2. the output is deterministic and in the spec's order;
//! 3. without conditions and pregnancy, only `appointment_overlap` and
//!    `travel_too_tight` can be raised;
//! 4. shifting every date of a plan (and `as_of`) by whole weeks, away from the clock
//!    changes, shifts every flag's `at` by the same amount and changes nothing else.

use chrono::{NaiveDate, NaiveDateTime};
use goldthread::domain::time::format_datetime;
use goldthread::domain::Plan;
use goldthread::rules::{check, Flag, FlagKind};
use proptest::prelude::*;
use proptest::sample::Index;
use serde_json::{json, Map, Value};

// ---------------------------------------------------------------------------------
// Vocabulary.

const KINDS: [&str; 22] = [
    "probation",
    "unpaid_work",
    "programme",
    "drug_test",
    "police_reporting",
    "court",
    "family_court",
    "antenatal",
    "postnatal",
    "health_visitor",
    "gp",
    "hospital",
    "mental_health",
    "substance_misuse",
    "social_care",
    "child_protection",
    "child_contact",
    "solicitor",
    "housing",
    "benefits",
    "support",
    "other",
];

const STEPS: [&str; 15] = [
    "booking",
    "dating_scan",
    "appt_16",
    "anomaly_scan",
    "appt_25",
    "appt_28",
    "appt_31",
    "appt_34",
    "appt_36",
    "appt_38",
    "appt_40",
    "appt_41",
    "midwife_postnatal",
    "new_birth_visit",
    "six_week_check",
];

/// Recurrences bounded by COUNT (no dates inside, so a shift needs no rewriting).
const BOUNDED_RULES: [&str; 5] = [
    "FREQ=WEEKLY;COUNT=3",
    "FREQ=DAILY;COUNT=3",
    "FREQ=WEEKLY;BYDAY=MO,WE,FR;COUNT=4",
    "FREQ=DAILY;INTERVAL=2;COUNT=2",
    "FREQ=MONTHLY;COUNT=1",
];

/// Open-ended rules (expanded to 730 days past `as_of`): only where no shift is done.
const OPEN_RULES: [&str; 2] = ["FREQ=WEEKLY", "FREQ=MONTHLY;BYDAY=-1FR"];

const DAYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

const TIMES: [&str; 8] = [
    "00:00", "07:00", "09:30", "10:00", "16:00", "19:00", "21:00", "23:30",
];

fn places() -> Vec<Value> {
    vec![
        json!({ "label": "Home", "lat": 52.4081, "lon": -1.5106 }),
        json!({ "label": "Flat 2", "lat": 52.4098, "lon": -1.5106 }),
        json!({ "label": "home" }),
        json!({ "label": "City Hospital", "lat": 52.4203, "lon": -1.4994,
                "tags": ["hospital", "maternity"] }),
        json!({ "label": "Women's centre" }),
        json!({ "label": "Probation office", "lat": 52.41, "lon": -1.51,
                "tags": ["probation_office"] }),
        json!({ "label": "Children's centre", "lat": 52.40, "lon": -1.52,
                "tags": ["children_centre"] }),
        json!({ "label": "Paris", "lat": 48.8566, "lon": 2.3522, "country": "FR" }),
        json!({ "label": "Cardiff", "country": "GB-WLS" }),
        json!({ "label": "Glasgow", "lat": 55.8642, "lon": -4.2518, "country": "GB-SCT" }),
        json!({ "label": "Leeds", "country": "GB-ENG", "tags": ["school"] }),
    ]
}

fn areas() -> Vec<Value> {
    vec![
        json!({ "circle": { "lat": 52.41, "lon": -1.51, "radius_m": 800 } }),
        json!({ "circle": { "lat": 52.4203, "lon": -1.4994, "radius_m": 50 } }),
        json!({ "polygon": [ {"lat": 52.40, "lon": -1.52}, {"lat": 52.40, "lon": -1.50},
                             {"lat": 52.42, "lon": -1.50}, {"lat": 52.42, "lon": -1.52} ] }),
        json!({ "polygon": [ {"lat": 48.0, "lon": 2.0}, {"lat": 49.0, "lon": 2.0},
                             {"lat": 49.0, "lon": 3.0} ] }),
    ]
}

fn base_date() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 6, 1).unwrap()
}

/// A date `offset` days from `base_date()`.
fn day(offset: i64) -> NaiveDate {
    base_date() + chrono::Duration::days(offset)
}

fn fmt_date(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

// ---------------------------------------------------------------------------------
// Strategies. Every date is in June–August 2026 (so a shift of up to 8 weeks back or
// 5 weeks forward stays within April–October 24, clear of both clock changes).

fn appointment(open_ended: bool) -> impl Strategy<Value = Value> {
    let rules: Vec<&'static str> = if open_ended {
        BOUNDED_RULES
            .iter()
            .chain(OPEN_RULES.iter())
            .copied()
            .collect()
    } else {
        BOUNDED_RULES.to_vec()
    };
    let n_rules = rules.len();
    (
        0..KINDS.len(),
        0i64..92,
        (0u32..24, 0u32..4),
        1i64..=144,
        prop::option::of(0..places().len()),
        prop::option::of(0u32..=90),
        prop::option::of(any::<bool>()),
        prop::option::weighted(0.3, 0..STEPS.len()),
        prop::option::weighted(0.3, 0..n_rules),
        prop::option::weighted(0.2, any::<bool>()),
    )
        .prop_map(
            move |(kind, d, (h, q), quarters, place, travel, mandatory, step, rule, overnight)| {
                let start = day(d).and_hms_opt(h, q * 15, 0).unwrap();
                let end = start + chrono::Duration::minutes(15 * quarters);
                let mut a = json!({
                    "id": "",
                    "kind": KINDS[kind],
                    "title": "t",
                    "start": format_datetime(start),
                    "end": format_datetime(end),
                });
                if let Some(p) = place {
                    a["place"] = places()[p].clone();
                }
                if let Some(t) = travel {
                    a["travel_minutes"] = json!(t);
                }
                if let Some(m) = mandatory {
                    a["mandatory"] = json!(m);
                }
                if let Some(s) = step {
                    a["care_step"] = json!(STEPS[s]);
                }
                if let Some(r) = rule {
                    a["recurrence"] = json!(rules[r]);
                }
                if let Some(o) = overnight {
                    a["overnight"] = json!(o);
                }
                a
            },
        )
}

fn window() -> impl Strategy<Value = Value> {
    (prop::option::of(1u8..128), 0..TIMES.len(), 0..TIMES.len()).prop_map(|(days, from, to)| {
        let mut w = json!({ "from": TIMES[from], "to": TIMES[to] });
        if let Some(mask) = days {
            let list: Vec<&str> = (0..7)
                .filter(|i| mask & (1 << i) != 0)
                .map(|i| DAYS[i])
                .collect();
            w["days"] = json!(list);
        }
        w
    })
}

fn condition() -> impl Strategy<Value = Value> {
    (
        0usize..5,
        prop::collection::vec(window(), 1..3),
        any::<bool>(),
        0..areas().len(),
        any::<bool>(),
        0usize..4,
        prop::option::of(0i64..92),
        prop::option::of(0i64..92),
        0usize..5,
    )
        .prop_map(
            |(kind, windows, zone_windows, area, who, allowed, starts, ends, source)| {
                let sources = [
                    "licence",
                    "community_order",
                    "suspended_sentence",
                    "bail",
                    "other",
                ];
                let mut c = json!({ "id": "", "source": sources[source] });
                match kind {
                    0 => {
                        c["kind"] = json!("curfew");
                        c["windows"] = json!(windows);
                        c["monitoring"] = json!("rf_tag");
                    }
                    1 => {
                        c["kind"] = json!("exclusion_zone");
                        c["area"] = areas()[area].clone();
                        if zone_windows {
                            c["windows"] = json!(windows);
                        }
                    }
                    2 => {
                        c["kind"] = json!("no_contact");
                        c["who"] = json!(if who { "under_18" } else { "named" });
                    }
                    3 => c["kind"] = json!("approved_address"),
                    _ => {
                        c["kind"] = json!("travel_ban");
                        let lists: [&[&str]; 4] = [&["GB"], &["GB-ENG"], &["GB-ENG", "FR"], &[]];
                        if allowed < 3 {
                            c["allowed_countries"] = json!(lists[allowed]);
                        }
                    }
                }
                // Both orders are generated; `starts` after `ends` is invalid and skipped.
                if let Some(s) = starts {
                    c["starts"] = json!(fmt_date(day(s)));
                }
                if let Some(e) = ends {
                    c["ends"] = json!(fmt_date(day(e)));
                }
                c
            },
        )
}

/// A generated plan and its `as_of`.
#[derive(Clone, Debug)]
struct Generated {
    plan: Value,
    as_of: NaiveDate,
}

/// Plans with 0–12 appointments, `conditions` conditions, and (if `pregnancy`) an
/// optional pregnancy due between 60 days before and 200 days after `as_of`.
fn plan_strategy(
    open_ended: bool,
    conditions: std::ops::Range<usize>,
    pregnancy: bool,
) -> impl Strategy<Value = Generated> {
    let preg = if pregnancy {
        prop::option::of((-60i64..200, prop::option::of(any::<bool>()))).boxed()
    } else {
        Just(None).boxed()
    };
    (
        prop::collection::vec(appointment(open_ended), 0..=12),
        prop::collection::vec(condition(), conditions),
        preg,
        0i64..92,
        any::<bool>(),
    )
        .prop_map(|(mut appts, mut conds, preg, as_of, with_home)| {
            for (i, a) in appts.iter_mut().enumerate() {
                a["id"] = json!(format!("a{i}"));
            }
            for (i, c) in conds.iter_mut().enumerate() {
                c["id"] = json!(format!("c{i}"));
            }
            let as_of = day(as_of);
            let mut plan = json!({
                "format": "goldthread-plan/1",
                "timezone": "Europe/London",
                "appointments": appts,
                "conditions": conds,
            });
            if with_home {
                plan["home"] = places()[0].clone();
            }
            if let Some((due, first)) = preg {
                let mut p = json!({ "due_date": fmt_date(as_of + chrono::Duration::days(due)) });
                if let Some(first) = first {
                    p["first_pregnancy"] = json!(first);
                }
                plan["pregnancy"] = p;
            }
            Generated { plan, as_of }
        })
}

fn any_plan() -> impl Strategy<Value = Generated> {
    plan_strategy(true, 0..7, true)
}

fn decode(v: &Value) -> Option<Plan> {
    Plan::from_value(v).ok()
}

// ---------------------------------------------------------------------------------
// Helpers on flags.

/// The spec's ordering key: instant, severity, kind (table order), appointment ids,
/// condition ids.
fn order_key(flag: &Flag) -> (i64, u8, usize, Vec<String>, Vec<String>) {
    let severity = match flag.severity.as_str() {
        "high" => 0,
        "medium" => 1,
        _ => 2,
    };
    let kind = FlagKind::ALL.iter().position(|k| *k == flag.kind).unwrap();
    (
        flag.at.timestamp(),
        severity,
        kind,
        flag.appointments.clone(),
        flag.conditions.clone(),
    )
}

type Summary = (
    &'static str,
    &'static str,
    Vec<String>,
    Vec<String>,
    NaiveDateTime,
    Option<String>,
);

fn summary(flag: &Flag, shift_days: i64) -> Summary {
    (
        flag.kind.as_str(),
        flag.severity.as_str(),
        flag.appointments.clone(),
        flag.conditions.clone(),
        flag.at_local() + chrono::Duration::days(shift_days),
        flag.care_step.map(|s| s.as_str().to_string()),
    )
}

// ---------------------------------------------------------------------------------
// Shifting a plan.

fn shift_str(v: &mut Value, days: i64) {
    let Some(s) = v.as_str() else { return };
    let shifted = if let Ok(t) = NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M") {
        format_datetime(t + chrono::Duration::days(days))
    } else if let Ok(d) = NaiveDate::parse_from_str(s, "%Y-%m-%d") {
        fmt_date(d + chrono::Duration::days(days))
    } else {
        panic!("cannot shift {s}");
    };
    *v = Value::String(shifted);
}

/// Every date and date-time of the plan, moved by `days`.
fn shift_plan(plan: &Value, days: i64) -> Value {
    let mut p = plan.clone();
    if let Some(appts) = p["appointments"].as_array_mut() {
        for a in appts {
            shift_str(&mut a["start"], days);
            shift_str(&mut a["end"], days);
        }
    }
    if let Some(conds) = p["conditions"].as_array_mut() {
        for c in conds {
            for key in ["starts", "ends"] {
                if c.get(key).is_some() {
                    shift_str(&mut c[key], days);
                }
            }
        }
    }
    if p.get("pregnancy").is_some() {
        shift_str(&mut p["pregnancy"]["due_date"], days);
    }
    p
}

// ---------------------------------------------------------------------------------
// Awkward values, for the no-panic properties.

fn awkward_value() -> impl Strategy<Value = Value> {
    let strings = prop::sample::select(vec![
        "0000-01-01",
        "9999-12-31",
        "0000-01-01T00:00",
        "9999-12-31T23:59",
        "2027-03-28T01:30",
        "2027-10-31T01:30",
        "2026-06-10T00:00:59",
        "FREQ=DAILY",
        "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30",
        "FREQ=MONTHLY;BYDAY=5FR;COUNT=5",
        "FREQ=WEEKLY;INTERVAL=1000;COUNT=50",
        "FREQ=DAILY;UNTIL=99991231",
        "FREQ=DAILY;UNTIL=00010101",
        "FREQ=MONTHLY;BYMONTHDAY=-31;COUNT=40",
        "FREQ=YEARLY;COUNT=4294967295",
        "FREQ=WEEKLY;BYDAY=SU;WKST=SU;UNTIL=20270101T000000Z",
        "FREQ=MONTHLY;BYDAY=-5MO,1SU;BYMONTH=2,3",
        "Pacific/Apia",
        "Australia/Lord_Howe",
        "America/Sao_Paulo",
        "Europe/London",
        "curfew",
        "under_18",
        "named",
        "00:00",
        "23:59",
        "01:30",
        "GB",
        "GB-ENG",
        "gb-wls",
        "",
        " Home ",
    ])
    .prop_map(Value::from);
    let numbers = prop::sample::select(vec![
        json!(0),
        json!(-1),
        json!(4_294_967_295u64),
        json!(1e308),
        json!(-90.0),
        json!(90.0),
        json!(180.0),
        json!(-180.0),
        json!(0.5),
        json!(1e-300),
    ]);
    prop_oneof![
        4 => strings,
        2 => numbers,
        1 => any::<bool>().prop_map(Value::from),
        1 => Just(Value::Null),
        1 => Just(json!([])),
        1 => Just(json!({})),
        1 => "[ -~]{0,12}".prop_map(Value::from),
        1 => prop::collection::vec(window(), 0..3).prop_map(|w| json!(w)),
        1 => prop::sample::select(areas()),
        1 => prop::sample::select(places()),
    ]
}

/// Every JSON pointer in `v` (the root included).
fn pointers(v: &Value, prefix: String, out: &mut Vec<String>) {
    match v {
        Value::Object(m) => {
            for (k, x) in m {
                pointers(x, format!("{prefix}/{k}"), out);
            }
        }
        Value::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                pointers(x, format!("{prefix}/{i}"), out);
            }
        }
        _ => {}
    }
    out.push(prefix);
}

fn arbitrary_json() -> impl Strategy<Value = Value> {
    let keys = prop::sample::select(vec![
        "format",
        "timezone",
        "as_of",
        "home",
        "pregnancy",
        "due_date",
        "appointments",
        "conditions",
        "id",
        "kind",
        "title",
        "start",
        "end",
        "place",
        "label",
        "lat",
        "lon",
        "windows",
        "area",
        "circle",
        "recurrence",
        "x",
    ])
    .prop_map(String::from);
    let leaf = prop_oneof![
        awkward_value(),
        Just(json!("goldthread-plan/1")),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
    ];
    leaf.prop_recursive(4, 64, 8, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((keys.clone(), inner), 0..8)
                .prop_map(|kv| Value::Object(kv.into_iter().collect::<Map<_, _>>())),
        ]
    })
}

fn any_date() -> impl Strategy<Value = NaiveDate> {
    prop_oneof![
        Just(NaiveDate::MIN),
        Just(NaiveDate::MAX),
        (-1_000_000i32..4_000_000).prop_map(|n| NaiveDate::from_num_days_from_ce_opt(n).unwrap()),
        (0i64..1200).prop_map(|d| day(d - 600)),
    ]
}

fn checked(plan: &Plan, as_of: NaiveDate) -> Vec<Flag> {
    // A CheckError is an allowed outcome; a panic is not.
    check(plan, as_of).unwrap_or_default()
}

// ---------------------------------------------------------------------------------
// Properties.

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    /// 1a. Random valid plans, at any `as_of`, never panic.
    #[test]
    fn no_panic_at_any_as_of(g in plan_strategy(false, 0..7, true), as_of in any_date()) {
        let plan = decode(&g.plan);
        prop_assume!(plan.is_some());
        let plan = plan.unwrap();
        let _ = check(&plan, as_of);
    }

    /// 1b. Arbitrary JSON never panics the decoder or, when it decodes, the checker.
    #[test]
    fn no_panic_on_arbitrary_json(v in arbitrary_json(), as_of in any_date()) {
        if let Ok(plan) = Plan::from_value(&v) {
            let _ = check(&plan, as_of);
        }
        let _ = Plan::from_json_str(&v.to_string());
    }

    /// 1c. A valid plan with up to three fields replaced by awkward values never
    /// panics (when it still decodes, it is checked).
    #[test]
    fn no_panic_on_mutated_plans(
        g in any_plan(),
        edits in prop::collection::vec((any::<Index>(), awkward_value()), 1..=3),
    ) {
        let mut v = g.plan.clone();
        for (at, value) in edits {
            let mut ps = Vec::new();
            pointers(&v, String::new(), &mut ps);
            let p = at.get(&ps).clone();
            if let Some(slot) = v.pointer_mut(&p) {
                *slot = value;
            }
        }
        if let Ok(plan) = Plan::from_value(&v) {
            let _ = check(&plan, g.as_of);
        }
    }

    /// 2. Checking twice gives the same flags, in the spec's order.
    #[test]
    fn deterministic_and_ordered(g in any_plan()) {
        let plan = decode(&g.plan);
        prop_assume!(plan.is_some());
        let plan = plan.unwrap();
        let first = checked(&plan, g.as_of);
        let second = checked(&plan, g.as_of);
        prop_assert_eq!(&first, &second);
        let mut sorted = first.clone();
        sorted.sort_by_key(order_key);
        let a: Vec<_> = first.iter().map(|f| summary(f, 0)).collect();
        let b: Vec<_> = sorted.iter().map(|f| summary(f, 0)).collect();
        prop_assert_eq!(a, b);
        for f in &first {
            prop_assert!(
                f.care_step.is_some() == (f.kind == FlagKind::MissingAntenatalCare),
                "care_step on {:?}", f.kind
            );
        }
    }

    /// 3. No conditions and no pregnancy: only appointment_overlap and
    /// travel_too_tight.
    #[test]
    fn appointments_alone_only_overlap_or_travel(g in plan_strategy(true, 0..1, false)) {
        let plan = decode(&g.plan);
        prop_assume!(plan.is_some());
        let plan = plan.unwrap();
        for f in checked(&plan, g.as_of) {
            prop_assert!(
                matches!(f.kind, FlagKind::AppointmentOverlap | FlagKind::TravelTooTight),
                "unexpected {:?}", f.kind
            );
        }
    }

    /// 4. Shifting every date and time (and `as_of`) by whole weeks shifts every
    /// flag's `at` by the same amount. All dates stay within April–October 24 2026
    /// (or the same months of 2027 for 52 weeks), clear of the clock changes.
    #[test]
    fn shifting_by_weeks_shifts_every_flag(
        g in plan_strategy(false, 0..7, true),
        weeks in prop_oneof![-8i64..=-1, 1i64..=5, Just(52i64)],
    ) {
        let plan = decode(&g.plan);
        prop_assume!(plan.is_some());
        let plan = plan.unwrap();
        let days = 7 * weeks;
        let shifted_json = shift_plan(&g.plan, days);
        let shifted = decode(&shifted_json).expect("a shifted valid plan is valid");
        let as_of = g.as_of.checked_add_signed(chrono::Duration::days(days)).unwrap();
        let before: Vec<_> = checked(&plan, g.as_of).iter().map(|f| summary(f, days)).collect();
        let after: Vec<_> = checked(&shifted, as_of).iter().map(|f| summary(f, 0)).collect();
        prop_assert_eq!(before, after);
    }
}

/// The awkward values reach deep fields too: a sanity check of `pointers`.
#[test]
fn pointers_cover_nested_fields() {
    let v = json!({ "a": [ { "b": 1 } ] });
    let mut ps = Vec::new();
    pointers(&v, String::new(), &mut ps);
    assert_eq!(ps, vec!["/a/0/b", "/a/0", "/a", ""]);
}

/// The generators are not vacuous: most plans decode, and between them they raise
/// every kind of flag.
#[test]
fn generators_reach_every_flag_kind() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    let mut runner = TestRunner::deterministic();
    let strategy = any_plan();
    let (mut valid, mut seen) = (0, std::collections::BTreeSet::new());
    for _ in 0..300 {
        let g = strategy.new_tree(&mut runner).unwrap().current();
        if let Some(plan) = decode(&g.plan) {
            valid += 1;
            for f in checked(&plan, g.as_of) {
                seen.insert(f.kind.as_str());
            }
        }
    }
    assert!(valid >= 150, "only {valid} of 300 generated plans decode");
    let all: std::collections::BTreeSet<_> = FlagKind::ALL.iter().map(|k| k.as_str()).collect();
    assert_eq!(seen, all);
}
