//! What a flag's text needs to know, worked out only when the flag is put into words.
//!
//! A rule records a small [`Detail`] (which occurrences and condition, and the few
//! values it computed). [`Flag::args`](super::Flag::args) turns that, with the plan,
//! into the named values the Fluent messages use. Keeping this lazy keeps a check of a
//! large diary small and fast: most flags of a long plan are never shown.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};

use super::curfew_overlap::{is_medical, monitoring_choice};
use super::{source_choice, yes_no, Arg, Occurrence};
use crate::domain::{Appointment, CareStep, Condition, ConditionRule, Monitoring, Plan};

/// One occurrence, by its appointment's index and its wall-clock times.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OccRef {
    /// The appointment's index in the plan.
    pub index: usize,
    /// Local start.
    pub local_start: NaiveDateTime,
    /// Local end.
    pub local_end: NaiveDateTime,
}

impl From<&Occurrence<'_>> for OccRef {
    fn from(o: &Occurrence<'_>) -> Self {
        OccRef {
            index: o.index,
            local_start: o.local_start,
            local_end: o.local_end,
        }
    }
}

/// What a flag is about, by kind.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Detail {
    /// `appointment_overlap`: the first-starting occurrence, then the other.
    Overlap {
        /// First.
        a: OccRef,
        /// Second.
        b: OccRef,
    },
    /// `travel_too_tight`.
    Travel {
        /// The earlier occurrence.
        a: OccRef,
        /// The next one.
        b: OccRef,
        /// Minutes between them.
        gap: i64,
        /// Minutes the journey needs.
        needed: i64,
    },
    /// `curfew_overlap`.
    Curfew {
        /// The occurrence.
        o: OccRef,
        /// The curfew's index among the plan's conditions.
        condition: usize,
        /// When she leaves home.
        leave: NaiveTime,
        /// When she is back.
        back: NaiveTime,
        /// The curfew window's start.
        from: NaiveTime,
        /// The curfew window's end.
        to: NaiveTime,
    },
    /// `exclusion_zone`, `no_contact_venue`, `overnight_away`, `travel_ban`: an
    /// occurrence and a condition.
    OccurrenceAndCondition {
        /// The occurrence.
        o: OccRef,
        /// The condition's index.
        condition: usize,
    },
    /// `court_near_due_date`, `requirement_near_due_date`.
    NearDueDate {
        /// The occurrence.
        o: OccRef,
    },
    /// `no_contact_own_child`.
    OwnChild {
        /// The condition's index.
        condition: usize,
        /// The first date it covers her baby.
        from: NaiveDate,
    },
    /// `missing_antenatal_care`.
    Care {
        /// The step.
        step: CareStep,
        /// First day of its window.
        start: NaiveDate,
        /// Last day of its window.
        end: NaiveDate,
        /// Whether the window has ended.
        ended: bool,
    },
    /// `curfew_emergency_plan`.
    Emergency {
        /// The curfew's index.
        condition: usize,
        /// The first date.
        date: NaiveDate,
        /// The window's start.
        from: NaiveTime,
        /// The window's end.
        to: NaiveTime,
        /// Whether an approved-address condition exists.
        approved_address: bool,
    },
}

type Args = Vec<(&'static str, Arg)>;

/// The standard values describing one occurrence.
fn occurrence(a: &Appointment, o: &OccRef, out: &mut Args) {
    out.extend([
        ("title", Arg::Text(a.title.clone())),
        ("date", Arg::Date(o.local_start.date())),
        ("time", Arg::Time(o.local_start.time())),
        ("end", Arg::Time(o.local_end.time())),
        ("end_date", Arg::Date(o.local_end.date())),
        ("kind", Arg::Choice(a.kind.as_str())),
        ("has_place", yes_no(a.place.is_some())),
        (
            "place",
            Arg::Text(
                a.place
                    .as_ref()
                    .map(|p| p.label.clone())
                    .unwrap_or_default(),
            ),
        ),
    ]);
}

fn source(c: Option<&Condition>) -> Arg {
    Arg::Choice(c.map_or("other", source_choice))
}

fn monitoring(c: Option<&Condition>) -> Arg {
    let m = match c.map(|c| &c.rule) {
        Some(ConditionRule::Curfew { monitoring, .. }) => *monitoring,
        _ => Monitoring::None,
    };
    Arg::Choice(monitoring_choice(m))
}

/// The named values for a flag's text.
pub fn args(plan: &Plan, detail: &Detail) -> Args {
    let appt = |o: &OccRef| plan.appointments.get(o.index);
    let cond = |i: usize| plan.conditions.get(i);
    let mut out = Vec::new();
    match detail {
        Detail::Overlap { a, b } => {
            let (Some(pa), Some(pb)) = (appt(a), appt(b)) else {
                return out;
            };
            let mandatory = if pa.mandatory {
                Some(pa)
            } else if pb.mandatory {
                Some(pb)
            } else {
                None
            };
            let other = if pa.mandatory { (pb, b) } else { (pa, a) };
            out.extend([
                ("title_a", Arg::Text(pa.title.clone())),
                ("title_b", Arg::Text(pb.title.clone())),
                ("date", Arg::Date(b.local_start.date())),
                ("time_a", Arg::Time(a.local_start.time())),
                ("end_a", Arg::Time(a.local_end.time())),
                ("time_b", Arg::Time(b.local_start.time())),
                ("end_b", Arg::Time(b.local_end.time())),
                ("both_mandatory", yes_no(pa.mandatory && pb.mandatory)),
                (
                    "mandatory_kind",
                    Arg::Choice(mandatory.map_or("none", |m| m.kind.as_str())),
                ),
                (
                    "mandatory_title",
                    Arg::Text(mandatory.map(|m| m.title.clone()).unwrap_or_default()),
                ),
                ("other_title", Arg::Text(other.0.title.clone())),
                ("source", source(None)),
            ]);
            // The draft describes the other appointment (the reason to rearrange).
            let mut o = Vec::new();
            occurrence(other.0, other.1, &mut o);
            out.extend(
                o.into_iter()
                    .filter(|(n, _)| matches!(*n, "place" | "has_place")),
            );
        }
        Detail::Travel { a, b, gap, needed } => {
            let (Some(pa), Some(pb)) = (appt(a), appt(b)) else {
                return out;
            };
            let label = |x: &Appointment| {
                x.place
                    .as_ref()
                    .map(|p| p.label.clone())
                    .unwrap_or_default()
            };
            out.extend([
                ("title_a", Arg::Text(pa.title.clone())),
                ("title_b", Arg::Text(pb.title.clone())),
                ("date", Arg::Date(a.local_end.date())),
                ("end_a", Arg::Time(a.local_end.time())),
                ("time_b", Arg::Time(b.local_start.time())),
                ("gap", Arg::Number(*gap)),
                ("needed", Arg::Number(*needed)),
                ("place_a", Arg::Text(label(pa))),
                ("place_b", Arg::Text(label(pb))),
                ("source", source(None)),
            ]);
        }
        Detail::Curfew {
            o,
            condition,
            leave,
            back,
            from,
            to,
        } => {
            let Some(a) = appt(o) else { return out };
            let c = cond(*condition);
            occurrence(a, o, &mut out);
            out.extend([
                ("travel", Arg::Number(i64::from(a.travel_minutes))),
                ("leave", Arg::Time(*leave)),
                ("back", Arg::Time(*back)),
                ("curfew_from", Arg::Time(*from)),
                ("curfew_to", Arg::Time(*to)),
                ("monitoring", monitoring(c)),
                ("medical", yes_no(is_medical(a.kind))),
                ("source", source(c)),
            ]);
        }
        Detail::OccurrenceAndCondition { o, condition } => {
            let Some(a) = appt(o) else { return out };
            let c = cond(*condition);
            occurrence(a, o, &mut out);
            out.push(("source", source(c)));
            match c.map(|c| (&c.rule, c)) {
                Some((ConditionRule::ExclusionZone { .. }, c)) => out.extend([
                    ("zone", Arg::Text(c.label.clone().unwrap_or_default())),
                    ("has_zone_name", yes_no(c.label.is_some())),
                ]),
                Some((ConditionRule::TravelBan { .. }, _)) => out.push((
                    "country",
                    Arg::Text(
                        a.place
                            .as_ref()
                            .map(|p| p.country.clone())
                            .unwrap_or_default(),
                    ),
                )),
                _ => {}
            }
        }
        Detail::NearDueDate { o } => {
            let Some(a) = appt(o) else { return out };
            occurrence(a, o, &mut out);
            if let Some(p) = &plan.pregnancy {
                out.push(("due_date", Arg::Date(p.due_date)));
            }
            out.push(("source", source(None)));
        }
        Detail::OwnChild { condition, from } => {
            if let Some(p) = &plan.pregnancy {
                out.push(("due_date", Arg::Date(p.due_date)));
            }
            out.extend([
                ("from_date", Arg::Date(*from)),
                ("source", source(cond(*condition))),
            ]);
        }
        Detail::Care {
            step,
            start,
            end,
            ended,
        } => out.extend([
            ("step", Arg::Choice(step.as_str())),
            ("window_start", Arg::Date(*start)),
            ("window_end", Arg::Date(*end)),
            ("status", Arg::Choice(if *ended { "ended" } else { "soon" })),
            ("source", source(None)),
        ]),
        Detail::Emergency {
            condition,
            date,
            from,
            to,
            approved_address,
        } => {
            let c = cond(*condition);
            out.extend([
                ("date", Arg::Date(*date)),
                ("curfew_from", Arg::Time(*from)),
                ("curfew_to", Arg::Time(*to)),
                ("monitoring", monitoring(c)),
                ("approved_address", yes_no(*approved_address)),
                ("source", source(c)),
            ]);
            if let Some(p) = &plan.pregnancy {
                out.push(("due_date", Arg::Date(p.due_date)));
            }
        }
    }
    out
}
