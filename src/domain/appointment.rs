//! Appointments: what she has to attend, with their kinds and care steps.

use chrono::{NaiveDateTime, NaiveTime, TimeDelta};
use chrono_tz::Tz;
use serde_json::{Map, Value};

use super::decode::{
    boolean, datetime, finish, minutes, named, object, push, string, write_extra, Out,
};
use super::names::{named_enum, serialize_via_value};
use super::place::Place;
use super::problem::{field, Problems};
use super::recurrence::Recurrence;
use super::time::{format_datetime, resolve_local};

named_enum! {
    /// What an appointment is. Each kind says whether it is mandatory by default.
    pub enum AppointmentKind ("kind") {
        /// Supervision appointment, reporting, home visit.
        Probation => "probation",
        /// Unpaid work (community payback) session.
        UnpaidWork => "unpaid_work",
        /// Accredited programme or rehabilitation activity session.
        Programme => "programme",
        /// Drug or alcohol testing or treatment that is a requirement.
        DrugTest => "drug_test",
        /// Reporting at a police station as a bail condition.
        PoliceReporting => "police_reporting",
        /// Criminal court hearing.
        Court => "court",
        /// Family court hearing.
        FamilyCourt => "family_court",
        /// Midwife, scan, consultant or screening appointment in pregnancy.
        Antenatal => "antenatal",
        /// Care for her or the baby after the birth by a midwife.
        Postnatal => "postnatal",
        /// Health visitor contact.
        HealthVisitor => "health_visitor",
        /// GP, practice nurse or immunisation appointment.
        Gp => "gp",
        /// Other hospital appointment.
        Hospital => "hospital",
        /// Mental health service.
        MentalHealth => "mental_health",
        /// Drug or alcohol service that is not a requirement.
        SubstanceMisuse => "substance_misuse",
        /// Social worker visit or assessment, pre-birth assessment.
        SocialCare => "social_care",
        /// Child protection conference, core group, review, pre-proceedings meeting.
        ChildProtection => "child_protection",
        /// Contact session with a child.
        ChildContact => "child_contact",
        /// Legal advice.
        Solicitor => "solicitor",
        /// Housing office or housing support.
        Housing => "housing",
        /// Jobcentre or other benefits appointment.
        Benefits => "benefits",
        /// Women's centre, charity or support worker.
        Support => "support",
        /// Anything else.
        Other => "other",
    }
}

impl AppointmentKind {
    /// Whether an appointment of this kind is mandatory when `mandatory` is not given.
    pub fn default_mandatory(self) -> bool {
        matches!(
            self,
            AppointmentKind::Probation
                | AppointmentKind::UnpaidWork
                | AppointmentKind::Programme
                | AppointmentKind::DrugTest
                | AppointmentKind::PoliceReporting
                | AppointmentKind::Court
                | AppointmentKind::FamilyCourt
        )
    }
}

named_enum! {
    /// A step of the pregnancy and baby care schedule.
    pub enum CareStep ("care step") {
        /// Booking appointment (0+0 to 10+0).
        Booking => "booking",
        /// Dating scan (11+2 to 14+1).
        DatingScan => "dating_scan",
        /// 16-week appointment (15+0 to 17+0).
        Appt16 => "appt_16",
        /// Anomaly scan (18+0 to 20+6).
        AnomalyScan => "anomaly_scan",
        /// 25-week appointment, first pregnancy only (24+0 to 26+0).
        Appt25 => "appt_25",
        /// 28-week appointment (27+0 to 29+0).
        Appt28 => "appt_28",
        /// 31-week appointment, first pregnancy only (30+0 to 32+0).
        Appt31 => "appt_31",
        /// 34-week appointment (33+0 to 34+6).
        Appt34 => "appt_34",
        /// 36-week appointment (35+0 to 36+6).
        Appt36 => "appt_36",
        /// 38-week appointment (37+0 to 38+6).
        Appt38 => "appt_38",
        /// 40-week appointment, first pregnancy only (39+0 to 40+6).
        Appt40 => "appt_40",
        /// 41-week appointment (41+0 to 41+6).
        Appt41 => "appt_41",
        /// Midwife postnatal visit.
        MidwifePostnatal => "midwife_postnatal",
        /// Health visitor's new birth visit.
        NewBirthVisit => "new_birth_visit",
        /// Six-week postnatal check.
        SixWeekCheck => "six_week_check",
    }
}

impl CareStep {
    /// Whether this is an antenatal step (one with a window in pregnancy).
    pub fn is_antenatal(self) -> bool {
        !matches!(
            self,
            CareStep::MidwifePostnatal | CareStep::NewBirthVisit | CareStep::SixWeekCheck
        )
    }
}

/// An appointment, or the first occurrence of a recurring series.
#[derive(Debug, Clone, PartialEq)]
pub struct Appointment {
    /// Unique among the plan's appointments.
    pub id: String,
    /// What it is.
    pub kind: AppointmentKind,
    /// Free text.
    pub title: String,
    /// Local wall-clock start.
    pub start: NaiveDateTime,
    /// Local wall-clock end, later than `start` in real time.
    pub end: NaiveDateTime,
    /// Where it happens.
    pub place: Option<Place>,
    /// One-way travel time between home and the venue, in minutes; default 0.
    pub travel_minutes: u32,
    /// Whether it is a requirement of her order, licence or bail; the default depends on `kind`.
    pub mandatory: bool,
    /// Which step of the care schedule it is.
    pub care_step: Option<CareStep>,
    /// How it repeats; `start` is always the first occurrence.
    pub recurrence: Option<Recurrence>,
    /// A planned stay away from home overnight, as given (default `false`); see
    /// [`Appointment::is_overnight`] for the effective value.
    pub overnight: bool,
    /// Unknown fields, kept so they can be written back.
    pub extra: Map<String, Value>,
}

impl Appointment {
    const KNOWN: &'static [&'static str] = &[
        "id",
        "kind",
        "title",
        "start",
        "end",
        "place",
        "travel_minutes",
        "mandatory",
        "care_step",
        "recurrence",
        "overnight",
    ];

    /// Whether the appointment keeps her away overnight: `overnight` is set,
    /// or it ends after the midnight that follows its start (compared in
    /// wall-clock time).
    pub fn is_overnight(&self) -> bool {
        let next_midnight = self
            .start
            .date()
            .succ_opt()
            .map(|d| d.and_time(NaiveTime::MIN));
        self.overnight || next_midnight.is_some_and(|m| self.end > m)
    }

    /// The wall-clock length of the appointment.
    pub fn wall_clock_duration(&self) -> TimeDelta {
        self.end - self.start
    }

    /// Decodes an appointment from JSON; `path` names it in problems (may be
    /// empty). Without a time zone, `end` is checked against `start` in
    /// wall-clock time only; [`Appointment::from_value_in`] and
    /// [`Plan::check`](super::Plan::check) check it in real time.
    pub fn from_value(v: &Value, path: &str) -> Result<Appointment, Problems> {
        let mut out = Vec::new();
        let a = Self::decode(v, path, None, &mut out);
        finish(a, out, path)
    }

    /// Decodes an appointment, checking that `end` is after `start` in real
    /// time in the zone `tz`.
    pub fn from_value_in(v: &Value, path: &str, tz: Tz) -> Result<Appointment, Problems> {
        let mut out = Vec::new();
        let a = Self::decode(v, path, Some(tz), &mut out);
        finish(a, out, path)
    }

    pub(crate) fn decode(
        v: &Value,
        path: &str,
        tz: Option<Tz>,
        out: &mut Out,
    ) -> Option<Appointment> {
        let o = object(v, path, out)?;
        let before = out.len();
        let id = o.req("id", out, string);
        let kind: Option<AppointmentKind> = o.req("kind", out, named);
        let title = o.req("title", out, string);
        let start = o.req("start", out, datetime);
        let end = o.req("end", out, datetime);
        if let (Some(start), Some(end)) = (start, end) {
            check_end(start, end, tz, &o.at("end"), out);
        }
        let place = o.opt("place", out, Place::decode);
        let travel_minutes = o.opt("travel_minutes", out, minutes).unwrap_or(0);
        let mandatory = o.opt("mandatory", out, boolean);
        let care_step = o.opt("care_step", out, named);
        let recurrence = o.opt("recurrence", out, |v, p, out| {
            let s = string(v, p, out)?;
            Recurrence::parse(&s).map_err(|e| push(out, p, e)).ok()
        });
        let overnight = o.opt("overnight", out, boolean).unwrap_or(false);
        let extra = o.extra(Self::KNOWN);
        if out.len() > before {
            return None;
        }
        let kind = kind?;
        Some(Appointment {
            id: id?,
            kind,
            title: title?,
            start: start?,
            end: end?,
            place,
            travel_minutes,
            mandatory: mandatory.unwrap_or(kind.default_mandatory()),
            care_step,
            recurrence,
            overnight,
            extra,
        })
    }

    /// Checks the invariants a decoded appointment meets, with `end` after
    /// `start` in real time in `tz`.
    pub(crate) fn check(&self, path: &str, tz: Tz, out: &mut Out) {
        check_end(self.start, self.end, Some(tz), &field(path, "end"), out);
        if let Some(place) = &self.place {
            place.check(&field(path, "place"), out);
        }
    }

    /// Writes the appointment as JSON, with defaults filled in.
    pub fn to_value(&self) -> Value {
        let mut map = Map::new();
        map.insert("id".into(), Value::from(self.id.clone()));
        map.insert("kind".into(), Value::from(self.kind.as_str()));
        map.insert("title".into(), Value::from(self.title.clone()));
        map.insert("start".into(), Value::from(format_datetime(self.start)));
        map.insert("end".into(), Value::from(format_datetime(self.end)));
        if let Some(place) = &self.place {
            map.insert("place".into(), place.to_value());
        }
        map.insert("travel_minutes".into(), Value::from(self.travel_minutes));
        map.insert("mandatory".into(), Value::from(self.mandatory));
        if let Some(step) = self.care_step {
            map.insert("care_step".into(), Value::from(step.as_str()));
        }
        if let Some(r) = &self.recurrence {
            map.insert("recurrence".into(), Value::from(r.raw.clone()));
        }
        map.insert("overnight".into(), Value::from(self.overnight));
        write_extra(&mut map, &self.extra);
        Value::Object(map)
    }
}

/// Records a problem at `path` unless `end` is after `start`: in real time
/// when the zone is known, otherwise in wall-clock time.
fn check_end(start: NaiveDateTime, end: NaiveDateTime, tz: Option<Tz>, path: &str, out: &mut Out) {
    let after = match tz {
        Some(tz) => resolve_local(tz, end) > resolve_local(tz, start),
        None => end > start,
    };
    if !after {
        push(out, path, "must be after start");
    }
}

serialize_via_value!(Appointment);

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn base() -> Value {
        json!({"id": "a1", "kind": "probation", "title": "Supervision",
               "start": "2026-12-03T10:00", "end": "2026-12-03T11:00"})
    }

    fn with(changes: Value) -> Value {
        let mut v = base();
        if let (Some(m), Some(c)) = (v.as_object_mut(), changes.as_object()) {
            for (k, x) in c {
                if x.is_null() {
                    m.remove(k);
                } else {
                    m.insert(k.clone(), x.clone());
                }
            }
        }
        v
    }

    fn problems(v: Value) -> Vec<String> {
        match Appointment::from_value_in(&v, "appointments[3]", crate::domain::DEFAULT_ZONE) {
            Ok(a) => panic!("decoded {a:?}"),
            Err(ps) => ps.iter().map(ToString::to_string).collect(),
        }
    }

    #[test]
    fn kinds_and_defaults() {
        assert_eq!(AppointmentKind::ALL.len(), 22);
        assert_eq!(CareStep::ALL.len(), 15);
        let mandatory: Vec<_> = AppointmentKind::ALL
            .iter()
            .filter(|k| k.default_mandatory())
            .map(|k| k.as_str())
            .collect();
        assert_eq!(
            mandatory,
            [
                "probation",
                "unpaid_work",
                "programme",
                "drug_test",
                "police_reporting",
                "court",
                "family_court"
            ]
        );
        assert_eq!(
            CareStep::ALL.iter().filter(|s| s.is_antenatal()).count(),
            12
        );
        assert_eq!(AppointmentKind::from_name("gp"), Some(AppointmentKind::Gp));
        assert_eq!(AppointmentKind::from_name("GP"), None);
        assert_eq!(CareStep::Appt16.to_string(), "appt_16");
    }

    #[test]
    fn decodes_with_defaults() {
        let a = Appointment::from_value(&base(), "").unwrap();
        assert!(a.mandatory);
        assert_eq!(a.travel_minutes, 0);
        assert!(!a.overnight);
        let a =
            Appointment::from_value(&with(json!({"kind": "gp", "mandatory": true})), "").unwrap();
        assert!(a.mandatory);
        let a = Appointment::from_value(&with(json!({"kind": "gp"})), "").unwrap();
        assert!(!a.mandatory);
    }

    #[test]
    fn overnight_is_effective_after_the_next_midnight() {
        let a = Appointment::from_value(&with(json!({"end": "2026-12-04T00:00"})), "").unwrap();
        assert!(!a.is_overnight());
        let a = Appointment::from_value(&with(json!({"end": "2026-12-04T00:01"})), "").unwrap();
        assert!(a.is_overnight());
        let a = Appointment::from_value(&with(json!({"overnight": true})), "").unwrap();
        assert!(a.is_overnight());
    }

    #[test]
    fn missing_required_fields() {
        assert_eq!(
            problems(json!({})),
            [
                "appointments[3].id: is required",
                "appointments[3].kind: is required",
                "appointments[3].title: is required",
                "appointments[3].start: is required",
                "appointments[3].end: is required",
            ]
        );
        assert_eq!(
            problems(json!("a1")),
            ["appointments[3]: must be an object"]
        );
        assert_eq!(
            problems(with(json!({"id": null}))),
            ["appointments[3].id: is required"]
        );
    }

    #[test]
    fn unknown_kind_and_care_step() {
        assert_eq!(
            problems(with(json!({"kind": "probaton"}))),
            ["appointments[3].kind: unknown kind \"probaton\""]
        );
        assert_eq!(
            problems(with(json!({"care_step": "appt_17"}))),
            ["appointments[3].care_step: unknown care step \"appt_17\""]
        );
    }

    #[test]
    fn end_must_be_after_start() {
        assert_eq!(
            problems(with(json!({"end": "2026-12-03T10:00"}))),
            ["appointments[3].end: must be after start"]
        );
        assert_eq!(
            problems(with(json!({"end": "2026-12-03T09:00"}))),
            ["appointments[3].end: must be after start"]
        );
        // Running past midnight is fine.
        let ok = with(json!({"start": "2026-12-03T22:00", "end": "2026-12-04T01:00"}));
        assert!(Appointment::from_value_in(&ok, "", crate::domain::DEFAULT_ZONE).is_ok());
    }

    #[test]
    fn end_after_start_in_real_time() {
        // 01:30 does not exist on 28 March 2027 and becomes 02:30 BST, which is
        // after 02:15 BST: later on the clock face, earlier in real time.
        let v = with(json!({"start": "2027-03-28T01:30", "end": "2027-03-28T02:15"}));
        assert!(Appointment::from_value(&v, "").is_ok());
        assert_eq!(problems(v), ["appointments[3].end: must be after start"]);
        // 01:00 to 02:00 in the gap of 29 March 2026 is 02:00 to 02:00: empty.
        let v = with(json!({"start": "2026-03-29T01:00", "end": "2026-03-29T02:00"}));
        assert_eq!(problems(v), ["appointments[3].end: must be after start"]);
        // In the autumn, 01:10 to 01:50 is 40 minutes (both the first 01:xx).
        let v = with(json!({"start": "2026-10-25T01:10", "end": "2026-10-25T01:50"}));
        assert!(Appointment::from_value_in(&v, "", crate::domain::DEFAULT_ZONE).is_ok());
    }

    #[test]
    fn malformed_and_offset_times() {
        assert_eq!(
            problems(with(
                json!({"start": "2026-12-03T10:00Z", "end": "2026-12-03T11:00+00:00"})
            )),
            [
                "appointments[3].start: has an offset; use local time like 2026-12-03T17:30",
                "appointments[3].end: has an offset; use local time like 2026-12-03T17:30",
            ]
        );
        assert_eq!(
            problems(with(json!({"start": "3 Dec 2026", "end": 20261203}))),
            [
                "appointments[3].start: must be a date and time like 2026-12-03T17:30",
                "appointments[3].end: must be a date and time like 2026-12-03T17:30",
            ]
        );
    }

    #[test]
    fn travel_minutes_must_be_whole_and_not_negative() {
        for bad in [json!(-5), json!(2.5), json!("40"), json!(-0.5)] {
            assert_eq!(
                problems(with(json!({"travel_minutes": bad}))),
                ["appointments[3].travel_minutes: must be a whole number of 0 or more"]
            );
        }
        assert_eq!(
            problems(with(json!({"travel_minutes": 5_000_000_000u64}))),
            ["appointments[3].travel_minutes: is too large"]
        );
        let a = Appointment::from_value(&with(json!({"travel_minutes": 40.0})), "").unwrap();
        assert_eq!(a.travel_minutes, 40);
    }

    #[test]
    fn place_problems_have_nested_paths() {
        assert_eq!(
            problems(with(
                json!({"place": {"label": "City Hospital", "lat": 52.42}})
            )),
            ["appointments[3].place.lat: lat and lon must be given together"]
        );
        assert_eq!(
            problems(with(
                json!({"place": {"label": "x", "lat": 91, "lon": 181}})
            )),
            [
                "appointments[3].place.lat: must be between -90 and 90",
                "appointments[3].place.lon: must be between -180 and 180",
            ]
        );
    }

    #[test]
    fn recurrence_problems() {
        assert_eq!(
            problems(with(json!({"recurrence": "FREQ=WEEKLY;BYHOUR=10"}))),
            ["appointments[3].recurrence: unsupported RRULE part \"BYHOUR\""]
        );
        assert_eq!(
            problems(with(
                json!({"recurrence": "FREQ=WEEKLY;COUNT=6;UNTIL=20270101"})
            )),
            ["appointments[3].recurrence: COUNT and UNTIL cannot both be given"]
        );
        assert_eq!(
            problems(with(json!({"recurrence": "RRULE:FREQ=WEEKLY"}))),
            ["appointments[3].recurrence: must not start with \"RRULE:\""]
        );
        assert_eq!(
            problems(with(json!({"recurrence": 7}))),
            ["appointments[3].recurrence: must be a string"]
        );
    }

    #[test]
    fn wrong_types() {
        assert_eq!(
            problems(with(
                json!({"id": 1, "title": ["x"], "mandatory": "yes", "overnight": 1, "place": "home"})
            )),
            [
                "appointments[3].id: must be a string",
                "appointments[3].title: must be a string",
                "appointments[3].place: must be an object",
                "appointments[3].mandatory: must be true or false",
                "appointments[3].overnight: must be true or false",
            ]
        );
    }
}
