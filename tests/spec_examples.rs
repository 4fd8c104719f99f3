//! Every JSON example in the `goldthread-plan/1` specification (plan-v1.md),
//! embedded verbatim: each must decode, and writing it back must be stable
//! and keep every field it was given.

use goldthread::domain::{
    Appointment, Area, Condition, ConditionRule, Monitoring, NoContactWho, Place, Plan, Source,
};
use serde_json::{json, Value};

const TOP_LEVEL: &str = r#"
{
  "format": "goldthread-plan/1",
  "timezone": "Europe/London",
  "as_of": "2026-11-24",
  "home": { "label": "Home", "lat": 52.4081, "lon": -1.5106 },
  "pregnancy": { "due_date": "2027-04-20", "first_pregnancy": true },
  "appointments": [],
  "conditions": []
}
"#;

const PLACE: &str = r#"
{ "label": "City Hospital", "lat": 52.4203, "lon": -1.4994, "country": "GB",
  "tags": ["maternity", "paediatrics"] }
"#;

const APPOINTMENT_ANTENATAL: &str = r#"
{
  "id": "a1",
  "kind": "antenatal",
  "title": "Anomaly scan",
  "start": "2026-12-03T17:30",
  "end": "2026-12-03T18:30",
  "place": { "label": "City Hospital", "lat": 52.4203, "lon": -1.4994,
             "tags": ["hospital", "maternity"] },
  "travel_minutes": 40,
  "care_step": "anomaly_scan"
}
"#;

const APPOINTMENT_PROGRAMME: &str = r#"
{
  "id": "p1",
  "kind": "programme",
  "title": "Women's group",
  "start": "2026-12-01T10:00",
  "end": "2026-12-01T12:00",
  "place": { "label": "Women's centre" },
  "recurrence": "FREQ=WEEKLY;BYDAY=TU;COUNT=6"
}
"#;

const WINDOW: &str = r#"
{ "days": ["mon","tue","wed","thu","fri"], "from": "19:00", "to": "07:00" }
"#;

const CURFEW: &str = r#"
{ "id": "c1", "kind": "curfew", "source": "licence",
  "windows": [ { "days": ["mon","tue","wed","thu","fri"], "from": "19:00", "to": "07:00" },
               { "days": ["sat","sun"], "from": "21:00", "to": "07:00" } ],
  "monitoring": "rf_tag", "starts": "2026-11-01", "ends": "2027-05-01" }
"#;

const EXCLUSION_CIRCLE: &str = r#"
{ "id": "c2", "kind": "exclusion_zone", "source": "licence", "label": "Northfield",
  "area": { "circle": { "lat": 52.41, "lon": -1.51, "radius_m": 800 } } }
"#;

const EXCLUSION_POLYGON: &str = r#"
{ "id": "c3", "kind": "exclusion_zone", "source": "community_order", "label": "Market",
  "area": { "polygon": [ {"lat": 52.40, "lon": -1.52}, {"lat": 52.40, "lon": -1.50},
                         {"lat": 52.42, "lon": -1.50}, {"lat": 52.42, "lon": -1.52} ] },
  "windows": [ { "days": ["sat"], "from": "10:00", "to": "16:00" } ] }
"#;

/// The `no_contact` block holds two objects, one after the other.
const NO_CONTACT: &str = r#"
{ "id": "c4", "kind": "no_contact", "source": "bail", "who": "under_18" }
{ "id": "c5", "kind": "no_contact", "source": "licence", "who": "named", "name": "J. Smith" }
"#;

const APPROVED_ADDRESS: &str = r#"
{ "id": "c6", "kind": "approved_address", "source": "licence" }
"#;

const TRAVEL_BAN: &str = r#"
{ "id": "c7", "kind": "travel_ban", "source": "licence", "allowed_countries": ["GB"] }
"#;

fn parse(text: &str) -> Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("example is not JSON: {e}"))
}

/// Every value in a block of one or more concatenated JSON objects.
fn parse_all(text: &str) -> Vec<Value> {
    serde_json::Deserializer::from_str(text)
        .into_iter::<Value>()
        .map(|v| v.unwrap_or_else(|e| panic!("example is not JSON: {e}")))
        .collect()
}

/// A minimal valid plan holding these appointments and conditions.
fn wrap(appointments: Vec<Value>, conditions: Vec<Value>) -> Value {
    json!({
        "format": "goldthread-plan/1",
        "appointments": appointments,
        "conditions": conditions,
    })
}

/// Whether every field of `input` appears unchanged in `output` (which may
/// add fields). Numbers compare by value, so `800` and `800.0` are equal.
fn contains(output: &Value, input: &Value, path: &str) -> Result<(), String> {
    match (output, input) {
        (Value::Object(o), Value::Object(i)) => {
            for (k, v) in i {
                let p = format!("{path}.{k}");
                let got = o.get(k).ok_or_else(|| format!("{p} is missing"))?;
                contains(got, v, &p)?;
            }
            Ok(())
        }
        (Value::Array(o), Value::Array(i)) => {
            if o.len() != i.len() {
                return Err(format!("{path} has {} items, not {}", o.len(), i.len()));
            }
            for (n, (a, b)) in o.iter().zip(i).enumerate() {
                contains(a, b, &format!("{path}[{n}]"))?;
            }
            Ok(())
        }
        (Value::Number(a), Value::Number(b)) if a.as_f64() == b.as_f64() => Ok(()),
        (a, b) if a == b => Ok(()),
        (a, b) => Err(format!("{path} is {a}, not {b}")),
    }
}

/// Decodes the plan, writes it, decodes and writes again: the two outputs
/// must be equal and hold every field of the input.
fn round_trip(input: &Value) -> Plan {
    let plan = Plan::from_value(input).unwrap_or_else(|e| panic!("{e}"));
    let out = plan.to_value();
    let again = Plan::from_value(&out).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(again, plan);
    assert_eq!(again.to_value(), out);
    contains(&out, input, "").unwrap_or_else(|e| panic!("{e}\n{out:#}"));
    // The text form and serde agree with the value form.
    assert_eq!(
        Plan::from_json_str(&plan.to_json_pretty()).ok(),
        Some(plan.clone())
    );
    assert_eq!(serde_json::to_value(&plan).ok(), Some(out));
    plan
}

/// Round-trips a single condition example inside a minimal plan, and on its own.
fn condition_round_trip(input: &Value) -> Condition {
    let plan = round_trip(&wrap(vec![], vec![input.clone()]));
    let c = Condition::from_value(input, "").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(plan.conditions, std::slice::from_ref(&c));
    contains(&c.to_value(), input, "").unwrap_or_else(|e| panic!("{e}"));
    c
}

#[test]
fn top_level_example() {
    let input = parse(TOP_LEVEL);
    let plan = round_trip(&input);
    assert_eq!(plan.timezone, chrono_tz::Tz::Europe__London);
    assert_eq!(plan.as_of.map(|d| d.to_string()), Some("2026-11-24".into()));
    let home = plan
        .home
        .as_ref()
        .map(|h| (h.label.as_str(), h.coords.map(|c| (c.lat, c.lon))));
    assert_eq!(home, Some(("Home", Some((52.4081, -1.5106)))));
    assert!(plan.pregnancy.as_ref().is_some_and(|p| p.first_pregnancy));
    assert!(plan.appointments.is_empty() && plan.conditions.is_empty());
}

#[test]
fn place_example() {
    let input = parse(PLACE);
    let place = Place::from_value(&input, "home").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(place.tags, ["maternity", "paediatrics"]);
    assert_eq!(place.to_value(), input);
    // As home and as an appointment's place.
    let mut appointment = parse(APPOINTMENT_ANTENATAL);
    appointment["place"] = input.clone();
    let mut plan = wrap(vec![appointment], vec![]);
    plan["home"] = input;
    let plan = round_trip(&plan);
    assert_eq!(plan.home.as_ref(), Some(&place));
    assert_eq!(plan.appointments[0].place.as_ref(), Some(&place));
}

#[test]
fn appointment_examples() {
    let a1 = parse(APPOINTMENT_ANTENATAL);
    let p1 = parse(APPOINTMENT_PROGRAMME);
    let plan = round_trip(&wrap(vec![a1.clone(), p1.clone()], vec![]));
    let [scan, group] = &plan.appointments[..] else {
        panic!("expected two appointments")
    };
    assert_eq!(scan.travel_minutes, 40);
    assert!(!scan.mandatory);
    assert_eq!(scan.care_step.map(|s| s.as_str()), Some("anomaly_scan"));
    assert!(group.mandatory);
    assert_eq!(
        group.recurrence.as_ref().map(|r| r.raw.as_str()),
        Some("FREQ=WEEKLY;BYDAY=TU;COUNT=6")
    );
    for input in [&a1, &p1] {
        let a = Appointment::from_value(input, "").unwrap_or_else(|e| panic!("{e}"));
        contains(&a.to_value(), input, "").unwrap_or_else(|e| panic!("{e}"));
    }
}

#[test]
fn window_example() {
    let window = parse(WINDOW);
    let curfew = json!({ "id": "c1", "kind": "curfew", "windows": [window] });
    let c = condition_round_trip(&curfew);
    let ConditionRule::Curfew { windows, .. } = &c.rule else {
        panic!("not a curfew: {c:?}")
    };
    assert_eq!(windows[0].to_value(), window);
}

#[test]
fn curfew_example() {
    let c = condition_round_trip(&parse(CURFEW));
    assert_eq!(c.source, Source::Licence);
    let ConditionRule::Curfew {
        windows,
        monitoring,
    } = &c.rule
    else {
        panic!("not a curfew: {c:?}")
    };
    assert_eq!(windows.len(), 2);
    assert_eq!(*monitoring, Monitoring::RfTag);
}

#[test]
fn exclusion_zone_examples() {
    let c = condition_round_trip(&parse(EXCLUSION_CIRCLE));
    let ConditionRule::ExclusionZone { area, windows, .. } = &c.rule else {
        panic!("not a zone: {c:?}")
    };
    assert!(matches!(area, Area::Circle { radius_m, .. } if *radius_m == 800.0));
    assert!(windows.is_none());
    let c = condition_round_trip(&parse(EXCLUSION_POLYGON));
    let ConditionRule::ExclusionZone { area, windows, .. } = &c.rule else {
        panic!("not a zone: {c:?}")
    };
    assert!(matches!(area, Area::Polygon(points) if points.len() == 4));
    assert_eq!(windows.as_ref().map(Vec::len), Some(1));
}

#[test]
fn no_contact_examples() {
    let examples = parse_all(NO_CONTACT);
    assert_eq!(examples.len(), 2);
    let c4 = condition_round_trip(&examples[0]);
    assert_eq!(
        c4.rule,
        ConditionRule::NoContact {
            who: NoContactWho::Under18,
            name: None
        }
    );
    let c5 = condition_round_trip(&examples[1]);
    assert_eq!(
        c5.rule,
        ConditionRule::NoContact {
            who: NoContactWho::Named,
            name: Some("J. Smith".into())
        }
    );
    round_trip(&wrap(vec![], examples));
}

#[test]
fn approved_address_and_travel_ban_examples() {
    let c6 = condition_round_trip(&parse(APPROVED_ADDRESS));
    assert_eq!(c6.rule, ConditionRule::ApprovedAddress);
    let c7 = condition_round_trip(&parse(TRAVEL_BAN));
    assert_eq!(
        c7.rule,
        ConditionRule::TravelBan {
            allowed_countries: vec!["GB".into()]
        }
    );
}

#[test]
fn all_examples_in_one_plan() {
    let mut plan = parse(TOP_LEVEL);
    plan["appointments"] = json!([parse(APPOINTMENT_ANTENATAL), parse(APPOINTMENT_PROGRAMME)]);
    let mut conditions = vec![
        parse(CURFEW),
        parse(EXCLUSION_CIRCLE),
        parse(EXCLUSION_POLYGON),
    ];
    conditions.extend(parse_all(NO_CONTACT));
    conditions.push(parse(APPROVED_ADDRESS));
    conditions.push(parse(TRAVEL_BAN));
    plan["conditions"] = Value::Array(conditions);
    let decoded = round_trip(&plan);
    assert_eq!(decoded.appointments.len(), 2);
    assert_eq!(decoded.conditions.len(), 7);
    assert_eq!(decoded.check(), Ok(()));
}

#[test]
fn unknown_fields_survive_at_every_level() {
    let input = json!({
        "format": "goldthread-plan/1",
        "x_top": {"nested": [1, 2.5, null]},
        "home": { "label": "Home", "lat": 52.4081, "lon": -1.5106, "x_place": "home note" },
        "pregnancy": { "due_date": "2027-04-20", "x_pregnancy": true },
        "appointments": [{
            "id": "a1", "kind": "gp", "title": "GP",
            "start": "2026-12-03T10:00", "end": "2026-12-03T10:15",
            "place": { "label": "Surgery", "x_place": 7 },
            "x_appointment": "kept",
        }],
        "conditions": [
            { "id": "c1", "kind": "curfew", "x_condition": [],
              "windows": [ { "from": "19:00", "to": "07:00", "x_window": "w" } ] },
            { "id": "c2", "kind": "exclusion_zone",
              "area": { "circle": { "lat": 52.41, "lon": -1.51, "radius_m": 800, "x_circle": 1 },
                        "x_area": "a" },
              "windows": [ { "days": ["sat"], "from": "10:00", "to": "16:00", "x_window": null } ] },
            { "id": "c3", "kind": "exclusion_zone",
              "area": { "polygon": [ {"lat": 52.40, "lon": -1.52}, {"lat": 52.40, "lon": -1.50},
                                     {"lat": 52.42, "lon": -1.50} ], "x_area": {"b": 2} } },
        ],
    });
    let plan = round_trip(&input);
    assert_eq!(plan.extra.get("x_top"), input.get("x_top"));
    assert_eq!(
        plan.appointments[0].extra.get("x_appointment"),
        Some(&json!("kept"))
    );
    let out = plan.to_value();
    assert_eq!(out["home"]["x_place"], json!("home note"));
    assert_eq!(out["pregnancy"]["x_pregnancy"], json!(true));
    assert_eq!(out["appointments"][0]["place"]["x_place"], json!(7));
    assert_eq!(out["conditions"][0]["x_condition"], json!([]));
    assert_eq!(out["conditions"][0]["windows"][0]["x_window"], json!("w"));
    assert_eq!(out["conditions"][1]["area"]["circle"]["x_circle"], json!(1));
    assert_eq!(out["conditions"][1]["area"]["x_area"], json!("a"));
    assert_eq!(
        out["conditions"][1]["windows"][0].get("x_window"),
        Some(&Value::Null)
    );
    assert_eq!(out["conditions"][2]["area"]["x_area"], json!({"b": 2}));
}

#[test]
fn defaults_are_filled_in() {
    let input = json!({
        "format": "goldthread-plan/1",
        "home": { "label": "Home" },
        "pregnancy": { "due_date": "2027-04-20" },
        "appointments": [
            { "id": "a1", "kind": "probation", "title": "Supervision",
              "start": "2026-12-03T10:00", "end": "2026-12-03T11:00",
              "place": { "label": "Probation office", "lat": 52.4, "lon": -1.5 } },
            { "id": "a2", "kind": "antenatal", "title": "Midwife",
              "start": "2026-12-04T10:00", "end": "2026-12-04T10:30" },
        ],
        "conditions": [
            { "id": "c1", "kind": "curfew", "windows": [ { "from": "19:00", "to": "07:00" } ] },
            { "id": "c2", "kind": "travel_ban" },
            { "id": "c3", "kind": "no_contact", "who": "under_18" },
        ],
    });
    let out = round_trip(&input).to_value();
    let expected = json!({
        "format": "goldthread-plan/1",
        "timezone": "Europe/London",
        "home": { "label": "Home", "country": "GB" },
        "pregnancy": { "due_date": "2027-04-20", "first_pregnancy": false },
        "appointments": [
            { "id": "a1", "kind": "probation", "title": "Supervision",
              "start": "2026-12-03T10:00", "end": "2026-12-03T11:00",
              "place": { "label": "Probation office", "lat": 52.4, "lon": -1.5, "country": "GB" },
              "travel_minutes": 0, "mandatory": true, "overnight": false },
            { "id": "a2", "kind": "antenatal", "title": "Midwife",
              "start": "2026-12-04T10:00", "end": "2026-12-04T10:30",
              "travel_minutes": 0, "mandatory": false, "overnight": false },
        ],
        "conditions": [
            { "id": "c1", "kind": "curfew", "source": "other",
              "windows": [ { "from": "19:00", "to": "07:00" } ], "monitoring": "none" },
            { "id": "c2", "kind": "travel_ban", "source": "other", "allowed_countries": ["GB"] },
            { "id": "c3", "kind": "no_contact", "source": "other", "who": "under_18" },
        ],
    });
    assert_eq!(out, expected);
    // Field order follows the specification's examples.
    let keys: Vec<&str> = out
        .as_object()
        .map(|m| m.keys().map(String::as_str).collect())
        .unwrap_or_default();
    assert_eq!(
        keys,
        [
            "format",
            "timezone",
            "home",
            "pregnancy",
            "appointments",
            "conditions"
        ]
    );
    let a1: Vec<&str> = out["appointments"][0]
        .as_object()
        .map(|m| m.keys().map(String::as_str).collect())
        .unwrap_or_default();
    assert_eq!(
        a1,
        [
            "id",
            "kind",
            "title",
            "start",
            "end",
            "place",
            "travel_minutes",
            "mandatory",
            "overnight"
        ]
    );
}

#[test]
fn given_values_override_defaults() {
    let input = json!({
        "format": "goldthread-plan/1",
        "timezone": "America/New_York",
        "appointments": [
            { "id": "a1", "kind": "court", "title": "Hearing", "mandatory": false, "overnight": true,
              "start": "2026-12-03T10:00", "end": "2026-12-03T11:00" },
        ],
        "conditions": [
            { "id": "c1", "kind": "travel_ban", "allowed_countries": ["GB-ENG", "GB-WLS"] },
        ],
    });
    let plan = round_trip(&input);
    assert_eq!(plan.timezone, chrono_tz::Tz::America__New_York);
    assert!(!plan.appointments[0].mandatory);
    assert!(plan.appointments[0].overnight);
}
