//! A table of clash-checker scenarios, one test per row. Each row is a plan (built
//! with small JSON helpers), an `as_of` date and the EXACT list of flags expected, in
//! output order, as `(kind, severity, appointments, conditions, at)` (plus the care
//! step of `missing_antenatal_care` flags). Missing or extra flags fail.
//!
//! The contract is `plan-v1.md` (`goldthread-plan/1` and `goldthread-flags/1`). All
//! times are in Europe/London.
//!
//! Every row also checks, for every flag: `care_step` is present exactly on
//! `missing_antenatal_care`; `has_draft` is true exactly for `curfew_overlap`,
//! `exclusion_zone`, `overnight_away`, `travel_ban`, and `appointment_overlap` with a
//! mandatory side; and the list is ordered as the spec says.

use chrono::NaiveDate;
use goldthread::domain::time::format_datetime;
use goldthread::domain::{distance_m, LatLon, Plan};
use goldthread::rules::{check, Flag, FlagKind};
use serde_json::{json, Value};

// ---------------------------------------------------------------------------------
// Plan builders.

/// Her home (the approved address).
fn home() -> Value {
    json!({ "label": "Home", "lat": 52.4081, "lon": -1.5106 })
}

/// A plan in Europe/London with `home()`.
fn plan(appointments: Vec<Value>, conditions: Vec<Value>) -> Value {
    json!({
        "format": "goldthread-plan/1",
        "timezone": "Europe/London",
        "home": home(),
        "appointments": appointments,
        "conditions": conditions,
    })
}

/// A plan with a pregnancy (`first` = first pregnancy; `None` leaves the field out).
fn pregnant(mut p: Value, due: &str, first: Option<bool>) -> Value {
    let mut preg = json!({ "due_date": due });
    if let Some(first) = first {
        preg["first_pregnancy"] = json!(first);
    }
    p["pregnancy"] = preg;
    p
}

/// An appointment; its title is its id.
fn appt(id: &str, kind: &str, start: &str, end: &str) -> Value {
    json!({ "id": id, "kind": kind, "title": format!("Title {id}"), "start": start, "end": end })
}

/// A place without coordinates.
fn place(label: &str) -> Value {
    json!({ "label": label })
}

/// A place with coordinates.
fn place_at(label: &str, lat: f64, lon: f64) -> Value {
    json!({ "label": label, "lat": lat, "lon": lon })
}

/// A condition with no kind-specific fields yet.
fn cond(id: &str, kind: &str) -> Value {
    json!({ "id": id, "kind": kind })
}

/// A window; an empty `days` leaves the field out (every day).
fn window(days: &[&str], from: &str, to: &str) -> Value {
    let mut w = json!({ "from": from, "to": to });
    if !days.is_empty() {
        w["days"] = json!(days);
    }
    w
}

/// A curfew with these windows.
fn curfew(id: &str, windows: Vec<Value>) -> Value {
    cond(id, "curfew").set("windows", windows)
}

/// An `every day 19:00–07:00` curfew.
fn night_curfew(id: &str) -> Value {
    curfew(id, vec![window(&[], "19:00", "07:00")])
}

/// A `no_contact` `under_18` condition.
fn under_18(id: &str) -> Value {
    cond(id, "no_contact").set("who", "under_18")
}

/// Chained field setting on JSON objects.
trait Set {
    fn set(self, key: &str, v: impl Into<Value>) -> Value;
}

impl Set for Value {
    fn set(mut self, key: &str, v: impl Into<Value>) -> Value {
        self[key] = v.into();
        self
    }
}

// ---------------------------------------------------------------------------------
// Expected flags.

/// `(kind, severity, appointments, conditions, at, care_step)`.
type Exp = (
    String,
    String,
    Vec<String>,
    Vec<String>,
    String,
    Option<String>,
);

fn strings(v: &[&str]) -> Vec<String> {
    v.iter().map(|s| s.to_string()).collect()
}

/// An expected flag without a care step.
fn f(kind: &str, severity: &str, appointments: &[&str], conditions: &[&str], at: &str) -> Exp {
    (
        kind.into(),
        severity.into(),
        strings(appointments),
        strings(conditions),
        at.into(),
        None,
    )
}

/// An expected `missing_antenatal_care` flag.
fn missing(severity: &str, step: &str, at: &str) -> Exp {
    let mut e = f("missing_antenatal_care", severity, &[], &[], at);
    e.5 = Some(step.into());
    e
}

fn actual(flag: &Flag) -> Exp {
    (
        flag.kind.as_str().into(),
        flag.severity.as_str().into(),
        flag.appointments.clone(),
        flag.conditions.clone(),
        format_datetime(flag.at_local()),
        flag.care_step.map(|s| s.as_str().to_string()),
    )
}

fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

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

fn run(name: &str, plan_json: Value, as_of: &str, expected: Vec<Exp>) {
    let plan = Plan::from_value(&plan_json).unwrap_or_else(|e| panic!("{name}: invalid plan: {e}"));
    let flags = check(&plan, date(as_of)).unwrap_or_else(|e| panic!("{name}: check: {e}"));
    let got: Vec<Exp> = flags.iter().map(actual).collect();
    assert_eq!(
        got, expected,
        "{name}: flags differ (left: got, right: expected)"
    );
    for flag in &flags {
        let mandatory_side = flag.kind == FlagKind::AppointmentOverlap
            && flag
                .appointments
                .iter()
                .any(|id| plan.appointment(id).is_some_and(|a| a.mandatory));
        let draft = matches!(
            flag.kind,
            FlagKind::CurfewOverlap
                | FlagKind::ExclusionZone
                | FlagKind::OvernightAway
                | FlagKind::TravelBan
        ) || mandatory_side;
        assert_eq!(
            flag.has_draft,
            draft,
            "{name}: has_draft of {:?}",
            actual(flag)
        );
        assert_eq!(
            flag.care_step.is_some(),
            flag.kind == FlagKind::MissingAntenatalCare,
            "{name}: care_step of {:?}",
            actual(flag)
        );
    }
    let mut sorted: Vec<&Flag> = flags.iter().collect();
    sorted.sort_by_key(|f| order_key(f));
    let sorted: Vec<Exp> = sorted.into_iter().map(actual).collect();
    assert_eq!(got, sorted, "{name}: not in the spec's order");
}

macro_rules! scenarios {
    ($($name:ident: as_of $as_of:literal, $plan:expr => [$($flag:expr),* $(,)?];)*) => {
        $(
            #[test]
            fn $name() {
                run(stringify!($name), $plan, $as_of, vec![$($flag),*]);
            }
        )*
    };
}

// Places used by several rows.
fn gym() -> Value {
    place("Gym")
}
fn hospital() -> Value {
    place("City Hospital")
}

/// The zone rows' circle: centred on (52.41, −1.51), with a radius that puts
/// (52.4172, −1.51) exactly on its edge.
fn edge_radius() -> f64 {
    distance_m(LatLon::new(52.41, -1.51), LatLon::new(52.4172, -1.51))
}

/// A weekly antenatal series from 0+0 (2026-07-14, due 2027-04-20): one occurrence in
/// each antenatal window up to the `count`-th week.
fn weekly_antenatal(count: u32) -> Value {
    appt("ante", "antenatal", "2026-07-14T10:00", "2026-07-14T10:30")
        .set("recurrence", format!("FREQ=WEEKLY;COUNT={count}"))
}

// ---------------------------------------------------------------------------------
// The table.

scenarios! {
    // --- appointment_overlap -------------------------------------------------------

    // Two that only touch (a2 ends 11:30, a3 starts 11:30) do not overlap.
    overlap_medium_and_touching_intervals: as_of "2026-11-24", plan(vec![
        appt("a1", "antenatal", "2026-12-03T10:00", "2026-12-03T11:00"),
        appt("a2", "probation", "2026-12-03T10:30", "2026-12-03T11:30"),
        appt("a3", "gp", "2026-12-03T11:30", "2026-12-03T12:00"),
    ], vec![]) => [
        f("appointment_overlap", "medium", &["a1", "a2"], &[], "2026-12-03T10:30"),
    ];

    // High only when both are mandatory (court and probation by default; antenatal
    // only when marked). The pair starts with the one that starts first; equal
    // starts go by plan order (y before x), not by id.
    overlap_severity_and_pair_order: as_of "2026-11-24", plan(vec![
        appt("b", "probation", "2026-12-03T10:00", "2026-12-03T11:00"),
        appt("a", "court", "2026-12-03T09:00", "2026-12-03T12:00"),
        appt("y", "unpaid_work", "2026-12-03T14:00", "2026-12-03T15:00"),
        appt("x", "drug_test", "2026-12-03T14:00", "2026-12-03T14:30"),
        appt("m", "antenatal", "2026-12-03T16:00", "2026-12-03T17:00").set("mandatory", true),
        appt("q", "probation", "2026-12-03T16:30", "2026-12-03T17:30").set("mandatory", false),
        appt("n", "gp", "2026-12-03T18:00", "2026-12-03T19:00"),
        appt("o", "other", "2026-12-03T18:30", "2026-12-03T19:30"),
    ], vec![]) => [
        f("appointment_overlap", "high", &["a", "b"], &[], "2026-12-03T10:00"),
        f("appointment_overlap", "high", &["y", "x"], &[], "2026-12-03T14:00"),
        f("appointment_overlap", "medium", &["m", "q"], &[], "2026-12-03T16:30"),
        f("appointment_overlap", "medium", &["n", "o"], &[], "2026-12-03T18:30"),
    ];

    // A 25-hour programme session, daily twice: the occurrences overlap each other.
    overlap_between_occurrences_of_one_series: as_of "2026-11-24", plan(vec![
        appt("s", "programme", "2026-12-03T10:00", "2026-12-04T11:00")
            .set("recurrence", "FREQ=DAILY;COUNT=2"),
    ], vec![]) => [
        f("appointment_overlap", "high", &["s", "s"], &[], "2026-12-04T10:00"),
    ];

    // --- travel_too_tight ----------------------------------------------------------

    // Office→Library ≈ 300 m needs the 15-minute minimum: 14 flags, 15 does not.
    // Office→Clinic ≈ 5.0 km needs ≈ 30.02 minutes: 29 flags. Same label (ignoring
    // case and spaces, even with far-apart coordinates) or coordinates within 200 m:
    // no flag. Without coordinates 30 minutes: 29 flags, 30 does not. No place on
    // either side: no flag. Two starting at the same moment are each a B.
    travel_too_tight_journeys_and_same_places: as_of "2026-11-24", plan(vec![
        appt("t1", "support", "2026-12-07T09:00", "2026-12-07T10:00")
            .set("place", place_at("Office", 52.40, -1.50)),
        appt("t2", "support", "2026-12-07T10:14", "2026-12-07T10:30")
            .set("place", place_at("Library", 52.4027, -1.50)),
        appt("t3", "support", "2026-12-07T10:45", "2026-12-07T11:00")
            .set("place", place_at("Office", 52.40, -1.50)),
        appt("t4", "support", "2026-12-07T11:29", "2026-12-07T12:00")
            .set("place", place_at("Clinic", 52.445, -1.50)),
        appt("t5", "support", "2026-12-07T12:00", "2026-12-07T12:30")
            .set("place", place_at(" clinic ", 52.50, -1.50)),
        appt("t6", "support", "2026-12-07T12:30", "2026-12-07T13:00")
            .set("place", place_at("Clinic car park", 52.5017, -1.50)),
        appt("t7", "support", "2026-12-07T13:29", "2026-12-07T14:00").set("place", place("Bank")),
        appt("t8", "support", "2026-12-07T14:30", "2026-12-07T15:00").set("place", place("Cafe")),
        appt("t9", "support", "2026-12-07T15:00", "2026-12-07T15:30"),
        appt("t10", "support", "2026-12-07T15:30", "2026-12-07T16:00").set("place", place("Bank")),
        appt("t11", "support", "2026-12-07T16:10", "2026-12-07T16:40").set("place", place("Shop")),
        appt("t12", "support", "2026-12-07T16:10", "2026-12-07T16:20")
            .set("place", place("Market")),
    ], vec![]) => [
        f("travel_too_tight", "medium", &["t1", "t2"], &[], "2026-12-07T10:00"),
        f("travel_too_tight", "medium", &["t3", "t4"], &[], "2026-12-07T11:00"),
        f("travel_too_tight", "medium", &["t6", "t7"], &[], "2026-12-07T13:00"),
        f("travel_too_tight", "medium", &["t10", "t11"], &[], "2026-12-07T16:00"),
        f("travel_too_tight", "medium", &["t10", "t12"], &[], "2026-12-07T16:00"),
        f("appointment_overlap", "medium", &["t11", "t12"], &[], "2026-12-07T16:10"),
    ];

    // --- curfew_overlap ------------------------------------------------------------

    // Widened by travel: 17:30–18:30 with 40 minutes overlaps 19:00; with 30 minutes
    // it only touches. At home (same label ignoring case, or within 200 m): no flag.
    // No place: not at home. The window crosses midnight: 06:00–08:00 is inside last
    // night's window; 07:00 only touches its end.
    curfew_widened_home_and_midnight: as_of "2026-11-24", plan(vec![
        appt("a1", "hospital", "2026-12-03T17:30", "2026-12-03T18:30")
            .set("place", hospital()).set("travel_minutes", 40),
        appt("a2", "hospital", "2026-12-04T17:30", "2026-12-04T18:30")
            .set("place", hospital()).set("travel_minutes", 30),
        appt("a3", "probation", "2026-12-05T20:00", "2026-12-05T21:00").set("place", place("home")),
        appt("a4", "other", "2026-12-05T22:00", "2026-12-05T23:00"),
        appt("a5", "support", "2026-12-06T20:00", "2026-12-06T20:30")
            .set("place", place_at("Flat 2", 52.4098, -1.5106)),
        appt("a6", "support", "2026-12-08T06:00", "2026-12-08T08:00").set("place", gym()),
        appt("a7", "support", "2026-12-09T07:00", "2026-12-09T08:00").set("place", gym()),
    ], vec![night_curfew("c1").set("starts", "2026-11-01")]) => [
        f("curfew_overlap", "high", &["a1"], &["c1"], "2026-12-03T19:00"),
        f("curfew_overlap", "high", &["a4"], &["c1"], "2026-12-05T22:00"),
        f("curfew_overlap", "high", &["a6"], &["c1"], "2026-12-08T06:00"),
    ];

    // `days` names the days a window starts: the Saturday-night window covers Sunday
    // 05:00, but no window starts on Sunday evening or Friday.
    curfew_window_starts_on_listed_day: as_of "2026-11-24", plan(vec![
        appt("s1", "support", "2026-12-06T05:00", "2026-12-06T06:00").set("place", gym()),
        appt("s2", "support", "2026-12-06T22:00", "2026-12-06T23:00").set("place", gym()),
        appt("s3", "support", "2026-12-04T22:00", "2026-12-04T23:00").set("place", gym()),
    ], vec![curfew("c1", vec![window(&["sat"], "21:00", "07:00")])]) => [
        f("curfew_overlap", "high", &["s1"], &["c1"], "2026-12-06T05:00"),
    ];

    // starts 30 Dec, ends 31 Dec: nothing on the morning of the 30th (that window
    // started on the 29th); the 31st's window runs to 07:00 on 1 January; nothing
    // after that.
    curfew_starts_and_ends_dates: as_of "2026-11-24", plan(vec![
        appt("e0", "support", "2026-12-30T06:00", "2026-12-30T06:30").set("place", gym()),
        appt("e4", "support", "2026-12-30T20:00", "2026-12-30T21:00").set("place", gym()),
        appt("e1", "support", "2027-01-01T06:00", "2027-01-01T06:30").set("place", gym()),
        appt("e2", "support", "2027-01-01T20:00", "2027-01-01T21:00").set("place", gym()),
        appt("e3", "support", "2027-01-02T06:00", "2027-01-02T06:30").set("place", gym()),
    ], vec![night_curfew("c1").set("starts", "2026-12-30").set("ends", "2026-12-31")]) => [
        f("curfew_overlap", "high", &["e4"], &["c1"], "2026-12-30T20:00"),
        f("curfew_overlap", "high", &["e1"], &["c1"], "2027-01-01T06:00"),
    ];

    // --- exclusion_zone ------------------------------------------------------------

    // z1: a circle at all times; its centre and its edge are inside, 1 m beyond the
    // edge is outside, and a place without coordinates is never in a zone.
    // z2: a polygon that applies only on Saturdays 10:00–16:00; the occurrence itself
    // (not widened by travel) must overlap. z3: a circle without windows that applies
    // from 12 December. z4: an empty `windows` list means at all times.
    exclusion_zones_circle_polygon_windows: as_of "2026-11-24", plan(vec![
        appt("x1", "support", "2026-12-03T10:00", "2026-12-03T11:00")
            .set("place", place_at("Market hall", 52.41, -1.51)),
        appt("x2", "support", "2026-12-03T12:00", "2026-12-03T13:00")
            .set("place", place_at("Outside", 52.43, -1.51)),
        appt("x3", "support", "2026-12-03T14:00", "2026-12-03T15:00")
            .set("place", place_at("Edge", 52.4172, -1.51)),
        appt("x5", "support", "2026-12-03T15:00", "2026-12-03T15:20")
            .set("place", place_at("Just outside", 52.41721, -1.51)),
        appt("x4", "support", "2026-12-03T16:00", "2026-12-03T17:00")
            .set("place", place("Market hall")),
        appt("y3", "support", "2026-12-04T11:00", "2026-12-04T12:00")
            .set("place", place_at("Stall", 52.51, -1.59)),
        appt("y1", "support", "2026-12-05T09:00", "2026-12-05T10:30")
            .set("place", place_at("Stall", 52.51, -1.59)),
        appt("y4", "support", "2026-12-05T11:00", "2026-12-05T12:00")
            .set("place", place_at("East", 52.51, -1.57)),
        appt("y2", "support", "2026-12-05T16:00", "2026-12-05T17:00")
            .set("place", place_at("Stall", 52.51, -1.59)),
        appt("y5", "support", "2026-12-12T08:00", "2026-12-12T09:30")
            .set("place", place_at("Stall", 52.51, -1.59)).set("travel_minutes", 90),
    ], vec![
        cond("z1", "exclusion_zone")
            .set("area", json!({ "circle":
                { "lat": 52.41, "lon": -1.51, "radius_m": edge_radius() } })),
        cond("z2", "exclusion_zone").set("label", "Market")
            .set("area", json!({ "polygon": [
                { "lat": 52.50, "lon": -1.60 }, { "lat": 52.50, "lon": -1.58 },
                { "lat": 52.52, "lon": -1.58 }, { "lat": 52.52, "lon": -1.60 } ] }))
            .set("windows", vec![window(&["sat"], "10:00", "16:00")]),
        cond("z3", "exclusion_zone").set("starts", "2026-12-12")
            .set("area", json!({ "circle": { "lat": 52.51, "lon": -1.59, "radius_m": 100 } })),
        cond("z4", "exclusion_zone").set("windows", json!([]))
            .set("area", json!({ "circle": { "lat": 52.51, "lon": -1.57, "radius_m": 50 } })),
    ]) => [
        f("exclusion_zone", "high", &["x1"], &["z1"], "2026-12-03T10:00"),
        f("exclusion_zone", "high", &["x3"], &["z1"], "2026-12-03T14:00"),
        f("exclusion_zone", "high", &["y1"], &["z2"], "2026-12-05T10:00"),
        f("exclusion_zone", "high", &["y4"], &["z4"], "2026-12-05T11:00"),
        f("exclusion_zone", "high", &["y5"], &["z3"], "2026-12-12T08:00"),
    ];

    // --- overnight_away ------------------------------------------------------------

    // Marked overnight, or ending after the following midnight (ending exactly at
    // midnight is not). The condition must apply on the START date.
    overnight_away_marked_and_past_midnight: as_of "2026-11-24", plan(vec![
        appt("o5", "support", "2026-11-30T23:00", "2026-12-01T01:00").set("place", place("Friend")),
        appt("o1", "hospital", "2026-12-03T09:00", "2026-12-03T10:00")
            .set("place", hospital()).set("overnight", true),
        appt("o2", "support", "2026-12-05T22:00", "2026-12-06T00:30").set("place", place("Friend")),
        appt("o3", "support", "2026-12-07T22:00", "2026-12-08T00:00").set("place", place("Friend")),
        appt("o4", "hospital", "2026-12-09T10:00", "2026-12-09T11:00")
            .set("place", hospital()).set("overnight", true),
    ], vec![cond("c6", "approved_address").set("source", "licence")
        .set("starts", "2026-12-01").set("ends", "2026-12-08")]) => [
        f("overnight_away", "medium", &["o1"], &["c6"], "2026-12-03T09:00"),
        f("overnight_away", "medium", &["o2"], &["c6"], "2026-12-05T22:00"),
    ];

    // --- travel_ban ----------------------------------------------------------------

    // c7 defaults to ["GB"] (every UK subdivision); c8 allows GB-ENG only (a plain
    // GB place is allowed: subdivision unknown) and ends on 5 December.
    travel_ban_countries_and_subdivisions: as_of "2026-11-24", plan(vec![
        appt("t1", "other", "2026-12-03T10:00", "2026-12-03T11:00")
            .set("place", place("Paris").set("country", "FR")),
        appt("t2", "other", "2026-12-04T10:00", "2026-12-04T11:00")
            .set("place", place("Glasgow").set("country", "GB-SCT")),
        appt("t3", "other", "2026-12-05T10:00", "2026-12-05T11:00")
            .set("place", place("Cardiff").set("country", "GB-WLS")),
        appt("t4", "other", "2026-12-06T10:00", "2026-12-06T11:00").set("place", place("London")),
        appt("t5", "other", "2026-12-07T10:00", "2026-12-07T11:00")
            .set("place", place("Leeds").set("country", "GB-ENG")),
        appt("t6", "other", "2026-12-08T10:00", "2026-12-08T11:00")
            .set("place", place("Paris").set("country", "FR")),
        appt("t7", "other", "2026-12-09T10:00", "2026-12-09T11:00"),
    ], vec![
        cond("c7", "travel_ban").set("source", "licence"),
        cond("c8", "travel_ban").set("allowed_countries", vec!["GB-ENG"]).set("ends", "2026-12-05"),
    ]) => [
        f("travel_ban", "high", &["t1"], &["c7"], "2026-12-03T10:00"),
        f("travel_ban", "high", &["t1"], &["c8"], "2026-12-03T10:00"),
        f("travel_ban", "high", &["t2"], &["c8"], "2026-12-04T10:00"),
        f("travel_ban", "high", &["t3"], &["c8"], "2026-12-05T10:00"),
        f("travel_ban", "high", &["t6"], &["c7"], "2026-12-08T10:00"),
    ];

    // --- no_contact_venue ----------------------------------------------------------

    // A child-related tag (maternity, nursery) or kind (health_visitor, child_contact,
    // postnatal), while an under_18 condition applies; a named one never does.
    no_contact_venue_tags_and_kinds: as_of "2026-11-24", plan(vec![
        appt("v0", "health_visitor", "2026-11-30T10:00", "2026-11-30T11:00"),
        appt("v1", "antenatal", "2026-12-03T10:00", "2026-12-03T11:00")
            .set("place", hospital().set("tags", vec!["hospital", "maternity"])),
        appt("v2", "health_visitor", "2026-12-04T10:00", "2026-12-04T11:00"),
        appt("v3", "gp", "2026-12-05T10:00", "2026-12-05T11:00")
            .set("place", place("Surgery").set("tags", vec!["gp"])),
        appt("v4", "child_contact", "2026-12-06T10:00", "2026-12-06T11:00"),
        appt("v5", "postnatal", "2026-12-07T10:00", "2026-12-07T11:00"),
        appt("v6", "support", "2026-12-08T10:00", "2026-12-08T11:00")
            .set("place", place("Little Acorns").set("tags", vec!["nursery"])),
    ], vec![
        under_18("c4").set("source", "bail").set("starts", "2026-12-01"),
        cond("c5", "no_contact").set("who", "named").set("name", "J. Smith"),
    ]) => [
        f("no_contact_venue", "medium", &["v1"], &["c4"], "2026-12-03T10:00"),
        f("no_contact_venue", "medium", &["v2"], &["c4"], "2026-12-04T10:00"),
        f("no_contact_venue", "medium", &["v4"], &["c4"], "2026-12-06T10:00"),
        f("no_contact_venue", "medium", &["v5"], &["c4"], "2026-12-07T10:00"),
        f("no_contact_venue", "medium", &["v6"], &["c4"], "2026-12-08T10:00"),
    ];

    // --- no_contact_own_child ------------------------------------------------------

    // Due 2027-04-20, so 37+0 is 2027-03-30. `at` is 37+0 or `starts` if later; a
    // condition ending on 29 March is over before 37+0, one ending on 30 March is not.
    // Condition ids compare as strings ("c12" < "c4"). `as_of` is past 41+6.
    no_contact_own_child_from_37_weeks: as_of "2027-05-04", pregnant(plan(vec![], vec![
        under_18("c4"),
        under_18("c9").set("starts", "2027-04-10"),
        under_18("c10").set("ends", "2027-03-29"),
        cond("c11", "no_contact").set("who", "named").set("name", "J. Smith"),
        under_18("c12").set("ends", "2027-03-30"),
    ]), "2027-04-20", None) => [
        f("no_contact_own_child", "high", &[], &["c12"], "2027-03-30T00:00"),
        f("no_contact_own_child", "high", &[], &["c4"], "2027-03-30T00:00"),
        f("no_contact_own_child", "high", &[], &["c9"], "2027-04-10T00:00"),
    ];

    // --- court_near_due_date -------------------------------------------------------

    // From due − 28 (2027-03-23) to due + 42 (2027-06-01), inclusive.
    court_near_due_date_bounds: as_of "2027-05-04", pregnant(plan(vec![
        appt("k1", "court", "2027-03-22T10:00", "2027-03-22T11:00"),
        appt("k2", "court", "2027-03-23T10:00", "2027-03-23T11:00"),
        appt("k3", "family_court", "2027-06-01T10:00", "2027-06-01T11:00"),
        appt("k4", "family_court", "2027-06-02T10:00", "2027-06-02T11:00"),
    ], vec![]), "2027-04-20", Some(true)) => [
        f("court_near_due_date", "medium", &["k2"], &[], "2027-03-23T10:00"),
        f("court_near_due_date", "medium", &["k3"], &[], "2027-06-01T10:00"),
    ];

    // --- requirement_near_due_date -------------------------------------------------

    // From 37+0 (2027-03-30) to due + 42 (2027-06-01); not at home; an antenatal
    // appointment marked mandatory counts; no place is not at home; a court hearing
    // is court_near_due_date instead.
    requirement_near_due_date_bounds: as_of "2027-05-04", pregnant(plan(vec![
        appt("r1", "probation", "2027-03-29T10:00", "2027-03-29T11:00")
            .set("place", place("Probation office")),
        appt("r2", "probation", "2027-03-30T10:00", "2027-03-30T11:00")
            .set("place", place("Probation office")),
        appt("r3", "unpaid_work", "2027-04-01T10:00", "2027-04-01T11:00").set("place", home()),
        appt("r4", "antenatal", "2027-04-02T10:00", "2027-04-02T11:00")
            .set("place", hospital()).set("mandatory", true),
        appt("r8", "court", "2027-04-05T10:00", "2027-04-05T11:00"),
        appt("r6", "drug_test", "2027-06-01T10:00", "2027-06-01T11:00"),
        appt("r7", "police_reporting", "2027-06-02T10:00", "2027-06-02T11:00"),
    ], vec![]), "2027-04-20", Some(false)) => [
        f("requirement_near_due_date", "medium", &["r2"], &[], "2027-03-30T10:00"),
        f("requirement_near_due_date", "medium", &["r4"], &[], "2027-04-02T10:00"),
        f("court_near_due_date", "medium", &["r8"], &[], "2027-04-05T10:00"),
        f("requirement_near_due_date", "medium", &["r6"], &[], "2027-06-01T10:00"),
    ];

    // --- missing_antenatal_care ----------------------------------------------------
    // Due 2027-04-20: 0+0 2026-07-14; booking ..09-22; dating_scan 10-01..10-21;
    // appt_16 10-27..11-10; anomaly_scan 11-17..12-07; appt_25 12-29..01-12;
    // appt_28 01-19..02-02; appt_31 02-09..02-23; appt_34 03-02..03-15;
    // appt_36 03-16..03-29; appt_38 03-30..04-12; appt_40 04-13..04-26;
    // appt_41 04-27..05-03.

    // Booking is covered by an antenatal appointment in its window; appt_16 by a
    // hospital appointment booked as appt_16 (late); an antenatal appointment between
    // windows counts for nothing. dating_scan ended → medium; anomaly_scan ends in 13
    // days → info; appt_25 (first pregnancy) ends later → nothing.
    missing_antenatal_first_pregnancy_in_progress: as_of "2026-11-24", pregnant(plan(vec![
        appt("b1", "antenatal", "2026-08-01T10:00", "2026-08-01T11:00"),
        appt("g", "antenatal", "2026-10-24T10:00", "2026-10-24T11:00"),
        appt("h16", "hospital", "2026-11-20T10:00", "2026-11-20T11:00").set("care_step", "appt_16"),
    ], vec![]), "2027-04-20", Some(true)) => [
        missing("medium", "dating_scan", "2026-10-21T00:00"),
        missing("info", "anomaly_scan", "2026-12-07T00:00"),
    ];

    // Late booking and an early anomaly scan (inside appt_16's window) count for
    // their own steps only; appt_25/appt_28 by date; a postnatal care_step on an
    // antenatal appointment counts for nothing; a GP appointment does not count.
    missing_antenatal_care_steps_count_for_their_step_only: as_of "2027-03-02", pregnant(plan(vec![
        appt("bk", "antenatal", "2026-09-30T10:00", "2026-09-30T11:00").set("care_step", "booking"),
        appt("gp", "gp", "2026-10-05T10:00", "2026-10-05T11:00"),
        appt("an", "antenatal", "2026-11-05T10:00", "2026-11-05T11:00")
            .set("care_step", "anomaly_scan"),
        appt("w25", "antenatal", "2027-01-05T10:00", "2027-01-05T11:00"),
        appt("w28", "antenatal", "2027-01-20T10:00", "2027-01-20T11:00"),
        appt("pn", "antenatal", "2027-02-10T10:00", "2027-02-10T11:00")
            .set("care_step", "midwife_postnatal"),
    ], vec![]), "2027-04-20", Some(true)) => [
        missing("medium", "dating_scan", "2026-10-21T00:00"),
        missing("medium", "appt_16", "2026-11-10T00:00"),
        missing("medium", "appt_31", "2027-02-23T00:00"),
        missing("info", "appt_34", "2027-03-15T00:00"),
    ];

    // Not a first pregnancy (field absent, default false): no appt_25, appt_31.
    missing_antenatal_later_pregnancy: as_of "2027-03-02",
        pregnant(plan(vec![], vec![]), "2027-04-20", None) => [
        missing("medium", "booking", "2026-09-22T00:00"),
        missing("medium", "dating_scan", "2026-10-21T00:00"),
        missing("medium", "appt_16", "2026-11-10T00:00"),
        missing("medium", "anomaly_scan", "2026-12-07T00:00"),
        missing("medium", "appt_28", "2027-02-02T00:00"),
        missing("info", "appt_34", "2027-03-15T00:00"),
    ];

    // Weekly antenatal care up to appt_36; at the due date appt_38 has ended, and
    // appt_40 (first pregnancy only) and appt_41 end within 14 days.
    missing_antenatal_at_term_first: as_of "2027-04-20",
        pregnant(plan(vec![weekly_antenatal(36)], vec![]), "2027-04-20", Some(true)) => [
        missing("medium", "appt_38", "2027-04-12T00:00"),
        missing("info", "appt_40", "2027-04-26T00:00"),
        missing("info", "appt_41", "2027-05-03T00:00"),
    ];

    missing_antenatal_at_term_later: as_of "2027-04-20",
        pregnant(plan(vec![weekly_antenatal(36)], vec![]), "2027-04-20", Some(false)) => [
        missing("medium", "appt_38", "2027-04-12T00:00"),
        missing("info", "appt_41", "2027-05-03T00:00"),
    ];

    // On 41+6 the rule still applies (appt_41's window ends today: info) ...
    missing_antenatal_on_41_plus_6: as_of "2027-05-03",
        pregnant(plan(vec![weekly_antenatal(38)], vec![]), "2027-04-20", Some(false)) => [
        missing("info", "appt_41", "2027-05-03T00:00"),
    ];

    // ... and the day after, not at all.
    missing_antenatal_after_41_plus_6: as_of "2027-05-04",
        pregnant(plan(vec![], vec![]), "2027-04-20", Some(true)) => [];

    // --- curfew_emergency_plan -----------------------------------------------------

    // From as_of (Tue 2027-05-04, past 41+6) to due + 42 (2027-06-01): c1 (weekday
    // 19:00) that evening; c2 (Sundays only) the Sunday; c3 from Fri 21 May at its
    // earliest window that day (08:00); c4 starts after due + 42; c5 ended before
    // as_of; c6 (Mondays, 28 May to 1 June) on Monday 31 May.
    curfew_emergency_plan_first_dates: as_of "2027-05-04", pregnant(plan(vec![], vec![
        curfew("c1", vec![window(&["mon", "tue", "wed", "thu", "fri"], "19:00", "07:00"),
                          window(&["sat", "sun"], "21:00", "07:00")])
            .set("source", "licence").set("monitoring", "rf_tag"),
        curfew("c2", vec![window(&["sun"], "20:00", "06:00")]),
        curfew("c3", vec![window(&["fri"], "18:00", "23:00"), window(&["fri"], "08:00", "12:00")])
            .set("starts", "2027-05-20"),
        night_curfew("c4").set("starts", "2027-06-02"),
        night_curfew("c5").set("ends", "2027-05-03"),
        curfew("c6", vec![window(&["mon"], "19:00", "07:00")])
            .set("starts", "2027-05-28").set("ends", "2027-06-01"),
    ]), "2027-04-20", Some(true)) => [
        f("curfew_emergency_plan", "info", &[], &["c1"], "2027-05-04T19:00"),
        f("curfew_emergency_plan", "info", &[], &["c2"], "2027-05-09T20:00"),
        f("curfew_emergency_plan", "info", &[], &["c3"], "2027-05-21T08:00"),
        f("curfew_emergency_plan", "info", &[], &["c6"], "2027-05-31T19:00"),
    ];

    // as_of before 0+0 (2026-07-14): the first date is 0+0.
    curfew_emergency_plan_from_0_plus_0: as_of "2026-06-01",
        pregnant(plan(vec![], vec![night_curfew("c1")]), "2027-04-20", Some(false)) => [
        f("curfew_emergency_plan", "info", &[], &["c1"], "2026-07-14T19:00"),
    ];

    // --- clock changes (Europe/London) ---------------------------------------------

    // 2027-03-28, clocks forward at 01:00: the 19:00–07:00 curfew ends at 07:00 BST
    // (11 hours). A weekly Monday 06:00 series keeps 06:00 wall-clock after the
    // change. 01:30 does not exist and is treated as 02:30. 07:00 only touches.
    dst_spring_forward: as_of "2027-03-01", plan(vec![
        appt("d2", "support", "2027-03-22T06:00", "2027-03-22T07:00")
            .set("place", gym()).set("recurrence", "FREQ=WEEKLY;COUNT=3"),
        appt("d3", "support", "2027-03-28T01:30", "2027-03-28T03:30").set("place", gym()),
        appt("d1", "support", "2027-03-28T06:30", "2027-03-28T06:55").set("place", gym()),
        appt("d4", "support", "2027-03-28T07:00", "2027-03-28T07:30").set("place", gym()),
    ], vec![night_curfew("c1")]) => [
        f("curfew_overlap", "high", &["d2"], &["c1"], "2027-03-22T06:00"),
        f("curfew_overlap", "high", &["d3"], &["c1"], "2027-03-28T02:30"),
        f("curfew_overlap", "high", &["d1"], &["c1"], "2027-03-28T06:30"),
        f("curfew_overlap", "high", &["d2"], &["c1"], "2027-03-29T06:00"),
        f("curfew_overlap", "high", &["d2"], &["c1"], "2027-04-05T06:00"),
    ];

    // 2027-10-31, clocks back at 02:00: the curfew lasts 13 hours, to 07:00 GMT. A
    // weekly Saturday 18:30 series keeps its wall-clock time. 01:xx is ambiguous and
    // means the first (BST): y (01:00–01:50 BST) and z (01:40–01:55 BST) overlap at
    // 01:40 BST = 00:40 UTC. x (02:10 GMT, 45 minutes' travel) is widened back to
    // 01:25 GMT = 01:25 UTC, so it sorts AFTER the 01:40 BST flag: order is by instant.
    dst_fall_back: as_of "2027-10-01", plan(vec![
        appt("e2", "support", "2027-10-23T18:30", "2027-10-23T19:30")
            .set("place", gym()).set("recurrence", "FREQ=WEEKLY;COUNT=3"),
        appt("y", "probation", "2027-10-31T01:00", "2027-10-31T01:50").set("place", home()),
        appt("z", "support", "2027-10-31T01:40", "2027-10-31T01:55").set("place", home()),
        appt("x", "hospital", "2027-10-31T02:10", "2027-10-31T03:00")
            .set("place", hospital()).set("travel_minutes", 45),
        appt("e1", "support", "2027-10-31T06:30", "2027-10-31T06:55").set("place", gym()),
        appt("e4", "support", "2027-10-31T07:00", "2027-10-31T07:30").set("place", gym()),
    ], vec![night_curfew("c1")]) => [
        f("curfew_overlap", "high", &["e2"], &["c1"], "2027-10-23T19:00"),
        f("curfew_overlap", "high", &["e2"], &["c1"], "2027-10-30T19:00"),
        f("appointment_overlap", "medium", &["y", "z"], &[], "2027-10-31T01:40"),
        f("curfew_overlap", "high", &["x"], &["c1"], "2027-10-31T01:25"),
        f("curfew_overlap", "high", &["e1"], &["c1"], "2027-10-31T06:30"),
        f("curfew_overlap", "high", &["e2"], &["c1"], "2027-11-06T19:00"),
    ];

    // A start in the spring gap's morning with long travel: 02:30 BST less 120 minutes
    // is 23:30 GMT on Saturday the 27th, inside a 24-hour window that started on the
    // Friday. (Found in review: the wall-clock start, 00:30 on the 28th, is a day and
    // an hour off, so the checker must look one more day back.)
    dst_gap_long_travel_reaches_two_days_back: as_of "2027-03-01", plan(vec![
        appt("a1", "hospital", "2027-03-28T02:30", "2027-03-28T03:00")
            .set("place", place("Hospital")).set("travel_minutes", 120),
    ], vec![curfew("c1", vec![json!({ "days": ["fri"], "from": "23:45", "to": "23:45" })])]) => [
        f("curfew_overlap", "high", &["a1"], &["c1"], "2027-03-27T23:30"),
    ];

    // --- recurrence ----------------------------------------------------------------

    // plan-v1.md supports INTERVAL with no upper bound. The rrule crate stops at
    // 65,535, so larger intervals (without BY… parts) are stepped by the checker
    // itself; the second occurrence here is 65,536 days later.
    recurrence_large_interval_is_checked: as_of "2026-11-24", plan(vec![
        appt("a1", "probation", "2026-12-03T10:00", "2026-12-03T11:00")
            .set("recurrence", "FREQ=DAILY;INTERVAL=65536;COUNT=2"),
        appt("a2", "court", "2026-12-03T10:30", "2026-12-03T11:30"),
    ], vec![]) => [
        f("appointment_overlap", "high", &["a1", "a2"], &[], "2026-12-03T10:30"),
    ];

    // A weekly series that starts on a day its BYDAY does not name: `start` is still
    // the first occurrence and counts towards COUNT (Wed 2, Tue 8, Tue 15).
    recurrence_start_counts_towards_count: as_of "2026-11-24", plan(vec![
        appt("p1", "programme", "2026-12-02T10:00", "2026-12-02T12:00")
            .set("recurrence", "FREQ=WEEKLY;BYDAY=TU;COUNT=3"),
        appt("a", "antenatal", "2026-12-01T11:00", "2026-12-22T11:30"),
    ], vec![]) => [
        f("appointment_overlap", "medium", &["a", "p1"], &[], "2026-12-02T10:00"),
        f("appointment_overlap", "medium", &["a", "p1"], &[], "2026-12-08T10:00"),
        f("appointment_overlap", "medium", &["a", "p1"], &[], "2026-12-15T10:00"),
    ];

    // --- ordering ------------------------------------------------------------------

    // By instant; then high, medium, info; then kind in table order; then
    // appointment ids, then condition ids ("c1" < "c10"). The overlap pair of two
    // equal starts is in plan order (b, a).
    ordering_ties: as_of "2026-11-24", plan(vec![
        appt("c", "support", "2026-12-03T09:00", "2026-12-03T09:30").set("place", place("Paris")
            .set("country", "FR").set("tags", vec!["maternity"])),
        appt("b", "probation", "2026-12-03T10:00", "2026-12-03T11:00").set("place", place("Paris")
            .set("country", "FR").set("tags", vec!["maternity"])),
        appt("a", "antenatal", "2026-12-03T10:00", "2026-12-03T10:30").set("place", place("Paris")
            .set("country", "FR").set("tags", vec!["maternity"])),
    ], vec![
        curfew("c1", vec![window(&[], "10:00", "12:00")]),
        under_18("c4"),
        cond("c7", "travel_ban"),
        curfew("c10", vec![window(&[], "10:00", "12:00")]),
    ]) => [
        f("travel_ban", "high", &["c"], &["c7"], "2026-12-03T09:00"),
        f("no_contact_venue", "medium", &["c"], &["c4"], "2026-12-03T09:00"),
        f("curfew_overlap", "high", &["a"], &["c1"], "2026-12-03T10:00"),
        f("curfew_overlap", "high", &["a"], &["c10"], "2026-12-03T10:00"),
        f("curfew_overlap", "high", &["b"], &["c1"], "2026-12-03T10:00"),
        f("curfew_overlap", "high", &["b"], &["c10"], "2026-12-03T10:00"),
        f("travel_ban", "high", &["a"], &["c7"], "2026-12-03T10:00"),
        f("travel_ban", "high", &["b"], &["c7"], "2026-12-03T10:00"),
        f("appointment_overlap", "medium", &["b", "a"], &[], "2026-12-03T10:00"),
        f("no_contact_venue", "medium", &["a"], &["c4"], "2026-12-03T10:00"),
        f("no_contact_venue", "medium", &["b"], &["c4"], "2026-12-03T10:00"),
    ];
}

/// The ambiguous autumn hour resolves to the FIRST of the two (BST), and the spring
/// gap moves forward: checked on the instants themselves, not just the wall clock.
#[test]
fn dst_flag_instants_in_utc() {
    use chrono::Utc;
    let p = plan(
        vec![
            appt("y", "support", "2027-10-31T01:00", "2027-10-31T01:50").set("place", gym()),
            appt("g", "support", "2027-03-28T01:30", "2027-03-28T03:30").set("place", gym()),
        ],
        vec![night_curfew("c1")],
    );
    let plan = Plan::from_value(&p).unwrap();
    let flags = check(&plan, date("2027-01-01")).unwrap();
    let utc: Vec<String> = flags
        .iter()
        .map(|f| format_datetime(f.at.with_timezone(&Utc).naive_utc()))
        .collect();
    assert_eq!(utc, vec!["2027-03-28T01:30", "2027-10-31T00:00"]);
}
