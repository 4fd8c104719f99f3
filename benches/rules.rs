//! Clash-checker benchmarks. Run with `cargo bench --no-default-features --bench rules`;
//! prints one JSON object.
//!
//! - A busy diary: 5,000 occurrences over two years (several recurring series, the
//!   rest single appointments at 30 venues), 20 conditions including polygon zones and
//!   two curfews, and a pregnancy. Target: median check ≤ 5 ms.
//! - The same density over twenty years: 50,000 occurrences. Target: ≤ 60 ms.
//! - Overlap and travel detection against a naive pairwise baseline on the same
//!   occurrences; the ratio is reported.

use std::time::{Duration, Instant};

use chrono::{Days, NaiveDate, NaiveDateTime};
use goldthread::domain::{distance_m, Plan};
use goldthread::rules::{self, expand, Occurrence};
use serde_json::{json, Value};

struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

const KINDS: [&str; 10] = [
    "probation",
    "antenatal",
    "social_care",
    "housing",
    "gp",
    "unpaid_work",
    "support",
    "solicitor",
    "benefits",
    "mental_health",
];

fn venue(i: u64) -> Value {
    json!({ "label": format!("Venue {i}"), "lat": 52.38 + (i % 10) as f64 * 0.006,
            "lon": -1.56 + (i / 10) as f64 * 0.02,
            "tags": if i.is_multiple_of(7) { json!(["maternity", "hospital"]) } else { json!([]) } })
}

fn ts(t: NaiveDateTime) -> String {
    t.format("%Y-%m-%dT%H:%M").to_string()
}

/// A plan with about `n` occurrences spread over `days` days from 2026-01-05.
fn busy_plan(n: usize, days: u64) -> Plan {
    let mut rng = Lcg(42);
    let base = NaiveDate::from_ymd_opt(2026, 1, 5).unwrap();
    let weeks = days / 7;
    let mut appts = Vec::new();
    // Recurring series: weekly probation, a programme, unpaid work, a support group.
    let series = [
        ("probation", "MO", 10, 60),
        ("programme", "TU", 13, 120),
        ("unpaid_work", "SA", 9, 420),
        ("support", "TH", 11, 90),
    ];
    let mut count = 0;
    for (i, (kind, day, hour, mins)) in series.iter().enumerate() {
        let start = base.and_hms_opt(*hour, 0, 0).unwrap() + Days::new(i as u64);
        appts.push(json!({
            "id": format!("s{i}"), "kind": kind, "title": format!("Series {i}"),
            "start": ts(start), "end": ts(start + chrono::Duration::minutes(*mins)),
            "place": venue(i as u64), "travel_minutes": 20,
            "recurrence": format!("FREQ=WEEKLY;BYDAY={day};COUNT={weeks}")
        }));
        count += weeks as usize;
    }
    // Single appointments fill the days in slots (8:00, 9:30, … 18:30), as a busy
    // diary does; about one in fifteen is moved by half an hour, making a clash, and
    // the gaps between venues make some journeys too tight.
    let mut i = 0;
    let mut taken = std::collections::HashSet::new();
    while count < n {
        let day = rng.below(days);
        let slot = rng.below(8);
        if !taken.insert((day, slot)) {
            continue;
        }
        let shift = if rng.below(15) == 0 { 30 } else { 0 };
        let start = (base + Days::new(day)).and_hms_opt(8, 0, 0).unwrap()
            + chrono::Duration::minutes(slot as i64 * 90 + shift);
        let len = 30 + 15 * rng.below(4) as i64;
        appts.push(json!({
            "id": format!("a{i}"), "kind": KINDS[rng.below(10) as usize],
            "title": format!("Appointment {i}"), "start": ts(start),
            "end": ts(start + chrono::Duration::minutes(len)),
            "place": venue(rng.below(30)), "travel_minutes": 10 + 5 * rng.below(6)
        }));
        i += 1;
        count += 1;
    }
    let poly = |lat: f64, lon: f64| {
        let pts: Vec<Value> = (0..8)
            .map(|k| {
                let a = k as f64 * std::f64::consts::PI / 4.0;
                json!({ "lat": lat + 0.004 * a.sin(), "lon": lon + 0.007 * a.cos() })
            })
            .collect();
        json!({ "polygon": pts })
    };
    let mut conds = vec![
        json!({ "id": "c1", "kind": "curfew", "source": "licence", "monitoring": "rf_tag",
                "windows": [ { "days": ["mon","tue","wed","thu","fri"], "from": "19:00", "to": "07:00" },
                             { "days": ["sat","sun"], "from": "21:00", "to": "07:00" } ] }),
        json!({ "id": "c2", "kind": "curfew", "source": "bail",
                "windows": [ { "from": "23:00", "to": "06:00" } ] }),
        json!({ "id": "c3", "kind": "approved_address", "source": "licence" }),
        json!({ "id": "c4", "kind": "travel_ban", "source": "licence" }),
        json!({ "id": "c5", "kind": "no_contact", "source": "bail", "who": "under_18" }),
        json!({ "id": "c6", "kind": "no_contact", "source": "licence", "who": "named", "name": "X" }),
    ];
    for k in 0..8 {
        conds.push(json!({ "id": format!("z{k}"), "kind": "exclusion_zone", "source": "licence",
            "label": format!("Zone {k}"), "area": poly(52.39 + k as f64 * 0.005, -1.55 + k as f64 * 0.01) }));
    }
    for k in 0..6 {
        conds.push(json!({ "id": format!("r{k}"), "kind": "exclusion_zone", "source": "community_order",
            "area": { "circle": { "lat": 52.40 + k as f64 * 0.004, "lon": -1.50, "radius_m": 300 } },
            "windows": [ { "days": ["sat"], "from": "10:00", "to": "16:00" } ] }));
    }
    Plan::from_value(&json!({
        "format": "goldthread-plan/1",
        "home": { "label": "Home", "lat": 52.4081, "lon": -1.5106 },
        "pregnancy": { "due_date": "2027-04-20", "first_pregnancy": true },
        "appointments": appts, "conditions": conds
    }))
    .unwrap()
}

fn no_conditions(p: &Plan) -> Plan {
    Plan {
        conditions: Vec::new(),
        pregnancy: None,
        ..p.clone()
    }
}

/// The baseline: every pair, for overlaps and for "next to start after A ends".
fn naive_overlap_and_travel(occ: &[Occurrence<'_>]) -> (usize, usize) {
    let mut overlaps = 0;
    let mut tight = 0;
    for (i, a) in occ.iter().enumerate() {
        for b in &occ[i + 1..] {
            if a.s < b.e && b.s < a.e {
                overlaps += 1;
            }
        }
        let mut next: Option<i64> = None;
        for b in occ {
            let s = b.start_ts();
            if s >= a.end_ts() && next.is_none_or(|n| s < n) {
                next = Some(s);
            }
        }
        if let Some(n) = next {
            for b in occ.iter().filter(|b| b.start_ts() == n) {
                if let (Some(pa), Some(pb)) = (&a.appt.place, &b.appt.place) {
                    if !pa.same_place(pb) {
                        let need = match (pa.coords, pb.coords) {
                            (Some(x), Some(y)) => {
                                (10.0 + 4.0 * distance_m(x, y) / 1000.0).max(15.0)
                            }
                            _ => 30.0,
                        };
                        if ((n - a.end_ts()) as f64 / 60.0) < need {
                            tight += 1;
                        }
                    }
                }
            }
        }
    }
    (overlaps, tight)
}

fn median_ms(mut v: Vec<Duration>) -> f64 {
    v.sort();
    v[v.len() / 2].as_secs_f64() * 1000.0
}

/// The median time of `f` over `runs` runs. The previous run's result is dropped
/// before the clock starts, so freeing it is not counted.
fn time<T>(runs: usize, mut f: impl FnMut() -> T) -> (f64, T) {
    let mut out = None;
    let times = (0..runs)
        .map(|_| {
            drop(out.take());
            let t = Instant::now();
            let r = f();
            let e = t.elapsed();
            out = Some(r);
            e
        })
        .collect();
    (median_ms(times), out.unwrap())
}

fn main() {
    if std::env::var("ONCE").is_ok() {
        once();
        return;
    }
    let as_of = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
    let mut report = serde_json::Map::new();
    for (name, n, days, runs) in [
        ("busy_5000", 5_000, 728, 41),
        ("busy_50000", 50_000, 7_280, 11),
    ] {
        let plan = busy_plan(n, days);
        let occurrences = expand(&plan, as_of).unwrap().len();
        let (ms, flags) = time(runs, || rules::check(&plan, as_of).unwrap());
        let bare = no_conditions(&plan);
        let (sweep_ms, _) = time(runs, || rules::check(&bare, as_of).unwrap());
        let occ = expand(&bare, as_of).unwrap();
        let (naive_ms, (o, t)) = time(if n > 10_000 { 1 } else { 3 }, || {
            naive_overlap_and_travel(&occ)
        });
        let count = |k: &str| flags.iter().filter(|f| f.kind.as_str() == k).count();
        assert_eq!(
            o,
            count("appointment_overlap"),
            "the sweep and the baseline agree"
        );
        assert_eq!(
            t,
            count("travel_too_tight"),
            "the sweep and the baseline agree"
        );
        report.insert(
            name.into(),
            json!({
                "occurrences": occurrences,
                "conditions": plan.conditions.len(),
                "flags": flags.len(),
                "check_median_ms": ms,
                "target_ms": if n > 10_000 { 60 } else { 5 },
                "overlap_and_travel_sweep_median_ms": sweep_ms,
                "overlap_and_travel_naive_pairwise_ms": naive_ms,
                "naive_over_sweep_ratio": naive_ms / sweep_ms,
            }),
        );
    }
    println!(
        "{}",
        serde_json::to_string_pretty(&Value::Object(report)).unwrap()
    );
}

/// One check of the 5,000 or (with `BIG`) 50,000 diary, for instruction counting
/// under callgrind: `ONCE=1 valgrind --tool=callgrind target/release/deps/rules-*`.
fn once() {
    let as_of = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
    let big = std::env::var("BIG").is_ok();
    let plan = if big {
        busy_plan(50000, 7280)
    } else {
        busy_plan(5000, 728)
    };
    let flags = rules::check(&plan, as_of).unwrap();
    eprintln!("{} flags", flags.len());
}
