//! The plan: everything the clash checker needs to know about one person.

use std::collections::HashSet;

use chrono::NaiveDate;
use chrono_tz::Tz;
use serde_json::{Map, Value};

use super::appointment::Appointment;
use super::condition::Condition;
use super::decode::{
    date, deserialize_item_via_value, finish, list, one_line, push, write_extra, zone, Obj, Out,
};
use super::names::serialize_via_value;
use super::place::Place;
use super::pregnancy::Pregnancy;
use super::problem::{field, index, Problems};
use super::time::{format_date, DEFAULT_ZONE};

/// The value of a plan's `format` field.
pub const FORMAT: &str = "goldthread-plan/1";

/// A plan in the `goldthread-plan/1` format: her appointments, the conditions
/// she lives under, and her pregnancy.
#[derive(Debug, Clone, PartialEq)]
pub struct Plan {
    /// The zone all local times are in; default Europe/London.
    pub timezone: Tz,
    /// "Today" for rules that depend on the present; absent means the current date.
    pub as_of: Option<NaiveDate>,
    /// The approved address, where curfews are kept.
    pub home: Option<Place>,
    /// Her pregnancy, if any.
    pub pregnancy: Option<Pregnancy>,
    /// Her appointments, in plan order.
    pub appointments: Vec<Appointment>,
    /// The conditions she lives under, in plan order.
    pub conditions: Vec<Condition>,
    /// Unknown top-level fields, kept so they can be written back.
    pub extra: Map<String, Value>,
}

/// Why a plan could not be read.
#[derive(Debug, thiserror::Error)]
pub enum PlanError {
    /// The text is not JSON; the message names the line and column.
    #[error("not valid JSON: {0}")]
    Syntax(#[source] serde_json::Error),
    /// The JSON is not a valid plan; every problem is listed.
    #[error("{0}")]
    Invalid(Problems),
}

impl Default for Plan {
    /// An empty plan in Europe/London.
    fn default() -> Self {
        Plan {
            timezone: DEFAULT_ZONE,
            as_of: None,
            home: None,
            pregnancy: None,
            appointments: Vec::new(),
            conditions: Vec::new(),
            extra: Map::new(),
        }
    }
}

/// Records a problem for every id that appeared earlier in the same list.
fn duplicates<'a>(section: &str, ids: impl IntoIterator<Item = (usize, &'a str)>, out: &mut Out) {
    let mut seen = HashSet::new();
    for (i, id) in ids {
        if !seen.insert(id) {
            push(
                out,
                field(&index(section, i), "id"),
                format!("duplicate id \"{id}\""),
            );
        }
    }
}

/// The ids of the items of a raw JSON list that have a string `id`.
fn raw_ids(items: &[Value]) -> impl Iterator<Item = (usize, &str)> {
    items
        .iter()
        .enumerate()
        .filter_map(|(i, v)| Some((i, v.get("id")?.as_str()?)))
}

impl Plan {
    const KNOWN: &'static [&'static str] = &[
        "format",
        "timezone",
        "as_of",
        "home",
        "pregnancy",
        "appointments",
        "conditions",
    ];

    /// Reads a plan from JSON text.
    pub fn from_json_str(s: &str) -> Result<Plan, PlanError> {
        let v: Value = serde_json::from_str(s).map_err(PlanError::Syntax)?;
        Plan::from_value(&v).map_err(PlanError::Invalid)
    }

    /// Decodes a plan from a JSON value, reporting every problem.
    pub fn from_value(v: &Value) -> Result<Plan, Problems> {
        let mut out = Vec::new();
        let plan = Self::decode(v, &mut out);
        finish(plan, out, "")
    }

    fn decode(v: &Value, out: &mut Out) -> Option<Plan> {
        let Value::Object(map) = v else {
            push(out, "", "a plan must be a JSON object");
            return None;
        };
        let o = Obj { map, path: "" };
        match o.get("format") {
            None => push(out, "format", "is required"),
            Some(Value::String(s)) if s == FORMAT => {}
            Some(_) => push(out, "format", format!("must be \"{FORMAT}\"")),
        }
        let before = out.len();
        let timezone = o.opt("timezone", out, zone);
        // Check appointment ends in real time only when the zone is known.
        let check_zone = (out.len() == before).then_some(timezone.unwrap_or(DEFAULT_ZONE));
        let as_of = o.opt("as_of", out, date);
        let home = o.opt("home", out, Place::decode);
        let pregnancy = o.opt("pregnancy", out, Pregnancy::decode);
        let appointments = o.req("appointments", out, |v, p, out| {
            let items = list(v, p, out)?;
            let decoded: Vec<Appointment> = items
                .iter()
                .enumerate()
                .filter_map(|(i, a)| Appointment::decode(a, &index(p, i), check_zone, out))
                .collect();
            duplicates(p, raw_ids(items), out);
            Some(decoded)
        });
        let conditions = o.req("conditions", out, |v, p, out| {
            let items = list(v, p, out)?;
            let decoded: Vec<Condition> = items
                .iter()
                .enumerate()
                .filter_map(|(i, c)| Condition::decode(c, &index(p, i), out))
                .collect();
            duplicates(p, raw_ids(items), out);
            Some(decoded)
        });
        let extra = o.extra(Self::KNOWN);
        if !out.is_empty() {
            return None;
        }
        Some(Plan {
            timezone: timezone.unwrap_or(DEFAULT_ZONE),
            as_of,
            home,
            pregnancy,
            appointments: appointments?,
            conditions: conditions?,
            extra,
        })
    }

    /// Checks the whole-plan invariants of an assembled plan: ids are unique
    /// among the appointments and among the conditions, every appointment ends
    /// after it starts in real time in the plan's zone, and the other rules
    /// decoding enforces on values (coordinates in range, `starts` not after
    /// `ends`, curfews with windows, polygons of 3 points or more).
    pub fn check(&self) -> Result<(), Problems> {
        let mut out = Vec::new();
        if let Some(home) = &self.home {
            home.check("home", &mut out);
        }
        for (i, a) in self.appointments.iter().enumerate() {
            a.check(&index("appointments", i), self.timezone, &mut out);
        }
        let ids = self.appointments.iter().map(|a| a.id.as_str()).enumerate();
        duplicates("appointments", ids, &mut out);
        for (i, c) in self.conditions.iter().enumerate() {
            c.check(&index("conditions", i), &mut out);
        }
        let ids = self.conditions.iter().map(|c| c.id.as_str()).enumerate();
        duplicates("conditions", ids, &mut out);
        if out.is_empty() {
            Ok(())
        } else {
            Err(Problems(out))
        }
    }

    /// Writes the plan as a `goldthread-plan/1` JSON value, with defaults
    /// filled in and unknown fields kept.
    pub fn to_value(&self) -> Value {
        let mut map = Map::new();
        map.insert("format".into(), Value::from(FORMAT));
        map.insert("timezone".into(), Value::from(self.timezone.name()));
        if let Some(d) = self.as_of {
            map.insert("as_of".into(), Value::from(format_date(d)));
        }
        if let Some(home) = &self.home {
            map.insert("home".into(), home.to_value());
        }
        if let Some(p) = &self.pregnancy {
            map.insert("pregnancy".into(), p.to_value());
        }
        let appointments = self.appointments.iter().map(Appointment::to_value);
        map.insert("appointments".into(), Value::Array(appointments.collect()));
        let conditions = self.conditions.iter().map(Condition::to_value);
        map.insert("conditions".into(), Value::Array(conditions.collect()));
        write_extra(&mut map, &self.extra);
        Value::Object(map)
    }

    /// Writes the plan as pretty-printed JSON text (see [`Plan::to_value`]).
    pub fn to_json_pretty(&self) -> String {
        serde_json::to_string_pretty(&self.to_value()).unwrap_or_default()
    }

    /// The appointment with this id.
    pub fn appointment(&self, id: &str) -> Option<&Appointment> {
        self.appointments.iter().find(|a| a.id == id)
    }

    /// The condition with this id.
    pub fn condition(&self, id: &str) -> Option<&Condition> {
        self.conditions.iter().find(|c| c.id == id)
    }
}

serialize_via_value!(Plan);

impl<'de> serde::Deserialize<'de> for Plan {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let v = Value::deserialize(d)?;
        Plan::from_value(&v).map_err(|p| <D::Error as serde::de::Error>::custom(one_line(&p)))
    }
}

deserialize_item_via_value!(Appointment, Condition, Pregnancy, Place);

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use serde_json::json;

    fn minimal() -> Value {
        json!({"format": FORMAT, "appointments": [], "conditions": []})
    }

    fn appt(id: &str) -> Value {
        json!({"id": id, "kind": "gp", "title": "GP",
               "start": "2026-12-03T10:00", "end": "2026-12-03T10:15"})
    }

    fn problems(v: Value) -> Vec<String> {
        match Plan::from_value(&v) {
            Ok(p) => panic!("decoded {p:?}"),
            Err(ps) => ps.iter().map(ToString::to_string).collect(),
        }
    }

    #[test]
    fn minimal_plan_has_defaults() {
        let p = Plan::from_value(&minimal()).unwrap();
        assert_eq!(p, Plan::default());
        assert_eq!(
            p.to_value(),
            json!({"format": FORMAT, "timezone": "Europe/London", "appointments": [], "conditions": []})
        );
        let with_null = json!({"format": FORMAT, "pregnancy": null, "home": null, "as_of": null,
                               "appointments": [], "conditions": []});
        assert_eq!(Plan::from_value(&with_null).unwrap(), Plan::default());
    }

    #[test]
    fn wrong_or_missing_format() {
        let mut v = minimal();
        v["format"] = json!("goldthread-plan/2");
        assert_eq!(problems(v), ["format: must be \"goldthread-plan/1\""]);
        let mut v = minimal();
        v["format"] = json!(1);
        assert_eq!(problems(v), ["format: must be \"goldthread-plan/1\""]);
        assert_eq!(
            problems(json!({})),
            [
                "format: is required",
                "appointments: is required",
                "conditions: is required"
            ]
        );
        assert_eq!(problems(json!([])), ["a plan must be a JSON object"]);
    }

    #[test]
    fn top_level_field_problems() {
        let mut v = minimal();
        v["timezone"] = json!("Europe/Londn");
        v["as_of"] = json!("2026-11-24T00:00");
        v["home"] = json!({"lat": 52.4});
        v["pregnancy"] = json!({"due_date": "2027-04-20", "first_pregnancy": "no"});
        v["appointments"] = json!({});
        v["conditions"] = json!("none");
        assert_eq!(
            problems(v),
            [
                "timezone: unknown time zone \"Europe/Londn\"",
                "as_of: must be a date like 2026-11-24",
                "home.label: is required",
                "home.lat: lat and lon must be given together",
                "pregnancy.first_pregnancy: must be true or false",
                "appointments: must be a list",
                "conditions: must be a list",
            ]
        );
        let mut v = minimal();
        v["pregnancy"] = json!({});
        assert_eq!(problems(v), ["pregnancy.due_date: is required"]);
        let mut v = minimal();
        v["pregnancy"] = json!(true);
        assert_eq!(problems(v), ["pregnancy: must be an object"]);
    }

    #[test]
    fn duplicate_ids() {
        let mut v = minimal();
        v["appointments"] = json!([appt("a1"), appt("a2"), appt("a1"), appt("a1")]);
        v["conditions"] = json!([
            {"id": "a1", "kind": "approved_address"},
            {"id": "c1", "kind": "approved_address"},
            {"id": "c1", "kind": "travel_ban"},
        ]);
        assert_eq!(
            problems(v),
            [
                "appointments[2].id: duplicate id \"a1\"",
                "appointments[3].id: duplicate id \"a1\"",
                "conditions[2].id: duplicate id \"c1\"",
            ]
        );
    }

    #[test]
    fn duplicates_are_found_even_in_invalid_items() {
        let mut v = minimal();
        let mut bad = appt("a1");
        bad["kind"] = json!("cufew");
        v["appointments"] = json!([appt("a1"), bad]);
        assert_eq!(
            problems(v),
            [
                "appointments[1].kind: unknown kind \"cufew\"",
                "appointments[1].id: duplicate id \"a1\"",
            ]
        );
    }

    #[test]
    fn end_is_checked_in_the_plans_zone() {
        // 02:30 to 03:15 on 8 March 2026 is fine in London, but in New York
        // 02:30 does not exist and becomes 03:30, after 03:15.
        let mut a = appt("a1");
        a["start"] = json!("2026-03-08T02:30");
        a["end"] = json!("2026-03-08T03:15");
        let mut v = minimal();
        v["appointments"] = json!([a]);
        assert!(Plan::from_value(&v).is_ok());
        v["timezone"] = json!("America/New_York");
        assert_eq!(problems(v), ["appointments[0].end: must be after start"]);
    }

    #[test]
    fn several_problems_at_once() {
        let v = json!({
            "format": "goldthread-plan/0",
            "timezone": 3,
            "appointments": [
                appt("a1"),
                {"id": "a2", "kind": "antenatal", "title": "Scan",
                 "start": "2026-12-03T17:30", "end": "2026-12-03T17:00",
                 "place": {"label": "City Hospital", "lat": 52.42},
                 "travel_minutes": -10, "care_step": "scan",
                 "recurrence": "FREQ=WEEKLY;BYHOUR=9"},
                appt("a1"),
            ],
            "conditions": [
                {"id": "c1", "kind": "cufew"},
                {"id": "c2", "kind": "curfew", "windows": [], "starts": "2027-01-02", "ends": "2027-01-01"},
                {"id": "c3", "kind": "exclusion_zone", "source": "probation",
                 "area": {"polygon": [{"lat": 1, "lon": 1}]}},
                {"id": "c3", "kind": "no_contact", "who": "named", "name": "J. Smith"},
            ],
        });
        assert_eq!(
            problems(v),
            [
                "format: must be \"goldthread-plan/1\"",
                "timezone: must be a string",
                "appointments[1].end: must be after start",
                "appointments[1].place.lat: lat and lon must be given together",
                "appointments[1].travel_minutes: must be a whole number of 0 or more",
                "appointments[1].care_step: unknown care step \"scan\"",
                "appointments[1].recurrence: unsupported RRULE part \"BYHOUR\"",
                "appointments[2].id: duplicate id \"a1\"",
                "conditions[0].kind: unknown kind \"cufew\"",
                "conditions[1].windows: must not be empty",
                "conditions[1].starts: must not be after ends",
                "conditions[2].source: unknown source \"probation\"",
                "conditions[2].area.polygon: must have at least 3 points",
                "conditions[3].id: duplicate id \"c3\"",
            ]
        );
    }

    #[test]
    fn check_finds_whole_plan_problems() {
        let mut v = minimal();
        v["appointments"] = json!([appt("a1"), appt("a2")]);
        let mut plan = Plan::from_value(&v).unwrap();
        assert_eq!(plan.check(), Ok(()));
        if let Some(a) = plan.appointments.get_mut(1) {
            a.id = "a1".into();
            a.end = a.start;
        }
        plan.conditions.push(
            Condition::from_value(&json!({"id": "c1", "kind": "approved_address"}), "").unwrap(),
        );
        plan.conditions.push(plan.conditions[0].clone());
        let got: Vec<String> = plan
            .check()
            .unwrap_err()
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(
            got,
            [
                "appointments[1].end: must be after start",
                "appointments[1].id: duplicate id \"a1\"",
                "conditions[1].id: duplicate id \"c1\"",
            ]
        );
    }

    #[test]
    fn from_json_str_reports_syntax_with_position() {
        let e = Plan::from_json_str("{\n  \"format\": ,\n}").unwrap_err();
        assert!(matches!(e, PlanError::Syntax(_)));
        let msg = e.to_string();
        assert!(msg.contains("line 2") && msg.contains("column"), "{msg}");
        let e =
            Plan::from_json_str("{\"format\": \"x\", \"appointments\": [], \"conditions\": []}")
                .unwrap_err();
        assert_eq!(e.to_string(), "format: must be \"goldthread-plan/1\"");
        assert!(Plan::from_json_str(&minimal().to_string()).is_ok());
    }

    #[test]
    fn serde_matches_to_value() {
        let mut v = minimal();
        v["appointments"] = json!([appt("a1")]);
        v["home"] = json!({"label": "Home", "lat": 52.4081, "lon": -1.5106});
        let plan = Plan::from_value(&v).unwrap();
        assert_eq!(serde_json::to_value(&plan).unwrap(), plan.to_value());
        let back: Plan = serde_json::from_value(plan.to_value()).unwrap();
        assert_eq!(back, plan);
        let pretty = plan.to_json_pretty();
        assert_eq!(Plan::from_json_str(&pretty).unwrap(), plan);
        let e = serde_json::from_value::<Plan>(json!({"format": 1}))
            .unwrap_err()
            .to_string();
        assert_eq!(
            e,
            "format: must be \"goldthread-plan/1\"; appointments: is required; conditions: is required"
        );
        let a: Appointment = serde_json::from_value(appt("a9")).unwrap();
        assert_eq!(serde_json::to_value(&a).unwrap(), a.to_value());
        assert!(serde_json::from_value::<Appointment>(json!({})).is_err());
    }

    /// Arbitrary JSON, with keys and strings drawn partly from the plan
    /// format's own vocabulary so that decoding goes deep.
    fn any_json() -> impl Strategy<Value = Value> {
        let words = prop::sample::select(vec![
            "format",
            "goldthread-plan/1",
            "timezone",
            "Europe/London",
            "as_of",
            "home",
            "pregnancy",
            "due_date",
            "first_pregnancy",
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
            "country",
            "tags",
            "travel_minutes",
            "mandatory",
            "care_step",
            "recurrence",
            "overnight",
            "source",
            "starts",
            "ends",
            "windows",
            "days",
            "from",
            "to",
            "monitoring",
            "area",
            "circle",
            "polygon",
            "radius_m",
            "who",
            "name",
            "allowed_countries",
            "curfew",
            "exclusion_zone",
            "no_contact",
            "approved_address",
            "travel_ban",
            "antenatal",
            "probation",
            "under_18",
            "mon",
            "sat",
            "19:00",
            "07:00",
            "2026-12-03T17:30",
            "2027-03-28T01:30",
            "2026-11-24",
            "FREQ=WEEKLY;BYDAY=TU;COUNT=6",
            "FREQ=MONTHLY;BYDAY=-1FR",
            "RRULE:FREQ=DAILY",
            "rf_tag",
            "a1",
        ]);
        let key = prop_oneof![3 => words.clone().prop_map(String::from), 1 => ".{0,8}"];
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::from),
            any::<i64>().prop_map(Value::from),
            any::<f64>().prop_map(Value::from),
            (-200.0f64..200.0).prop_map(Value::from),
            words.prop_map(Value::from),
            ".{0,20}".prop_map(Value::from),
        ];
        leaf.prop_recursive(6, 96, 8, move |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
                prop::collection::vec((key.clone(), inner), 0..8)
                    .prop_map(|kv| Value::Object(kv.into_iter().collect())),
            ]
        })
    }

    proptest! {
        #[test]
        fn decoding_arbitrary_values_never_panics(v in any_json()) {
            if let Ok(plan) = Plan::from_value(&v) {
                prop_assert_eq!(plan.check(), Ok(()));
                prop_assert_eq!(Plan::from_value(&plan.to_value()), Ok(plan.clone()));
            }
            let _ = Appointment::from_value(&v, "a");
            let _ = Condition::from_value(&v, "c");
            let _ = Place::from_value(&v, "p");
            let _ = Pregnancy::from_value(&v, "");
        }

        #[test]
        fn decoding_arbitrary_plans_never_panics(
            appointments in prop::collection::vec(any_json(), 0..4),
            conditions in prop::collection::vec(any_json(), 0..4),
        ) {
            let v = json!({"format": FORMAT, "appointments": appointments, "conditions": conditions});
            if let Ok(plan) = Plan::from_value(&v) {
                prop_assert_eq!(Plan::from_value(&plan.to_value()), Ok(plan.clone()));
            }
        }

        #[test]
        fn reading_arbitrary_strings_never_panics(s in ".{0,200}") {
            let _ = Plan::from_json_str(&s);
        }

        #[test]
        fn reading_arbitrary_time_strings_never_panics(s in "[0-9T:Z+.-]{0,24}") {
            let _ = crate::domain::time::parse_datetime(&s);
            let _ = crate::domain::time::parse_date(&s);
            let _ = crate::domain::time::parse_time(&s);
            let _ = crate::domain::Recurrence::parse(&s);
        }
    }
}
