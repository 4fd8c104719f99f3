//! `missing_antenatal_care`: an antenatal step of NICE NG201 has no appointment that
//! counts for it, and its window has ended (`medium`) or ends within the next 14 days
//! of `as_of` (`info`; this includes windows that have not opened yet). One flag per
//! step; `at` is the last day of the window at 00:00. The rule applies only while
//! `as_of` is on or before 41+6.
//!
//! An `antenatal` occurrence without a `care_step` counts for the step whose window
//! holds its start date; an occurrence of any kind that gives an antenatal `care_step`
//! counts for that step, wherever it falls, and for no other.

use std::collections::HashMap;

use chrono::{Days, NaiveDate};

use super::{Context, Detail, Flag, FlagKind, Severity};
use crate::domain::{AppointmentKind, CareStep, Pregnancy};

/// One step's window, in (weeks, days) of pregnancy, inclusive, and whether it is only
/// for a first pregnancy.
pub struct StepWindow {
    /// The step.
    pub step: CareStep,
    /// First day, as weeks+days.
    pub from: (u32, u32),
    /// Last day, as weeks+days.
    pub to: (u32, u32),
    /// Only offered in a first pregnancy.
    pub first_only: bool,
}

const fn w(step: CareStep, from: (u32, u32), to: (u32, u32), first_only: bool) -> StepWindow {
    StepWindow {
        step,
        from,
        to,
        first_only,
    }
}

/// The antenatal schedule of `plan-v1.md` (NICE NG201).
pub const SCHEDULE: [StepWindow; 12] = [
    w(CareStep::Booking, (0, 0), (10, 0), false),
    w(CareStep::DatingScan, (11, 2), (14, 1), false),
    w(CareStep::Appt16, (15, 0), (17, 0), false),
    w(CareStep::AnomalyScan, (18, 0), (20, 6), false),
    w(CareStep::Appt25, (24, 0), (26, 0), true),
    w(CareStep::Appt28, (27, 0), (29, 0), false),
    w(CareStep::Appt31, (30, 0), (32, 0), true),
    w(CareStep::Appt34, (33, 0), (34, 6), false),
    w(CareStep::Appt36, (35, 0), (36, 6), false),
    w(CareStep::Appt38, (37, 0), (38, 6), false),
    w(CareStep::Appt40, (39, 0), (40, 6), true),
    w(CareStep::Appt41, (41, 0), (41, 6), false),
];

/// The calendar date of `weeks+days` of a pregnancy.
pub fn date_at(p: &Pregnancy, (weeks, days): (u32, u32)) -> Option<NaiveDate> {
    p.date_at(i64::from(weeks), i64::from(days))
}

/// Where one step of care stands on a day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CareState {
    /// An appointment counts for it; the date of the first one.
    Booked(NaiveDate),
    /// Not booked, and its window is open or opens within 14 days.
    Due,
    /// Not booked, and its window has ended.
    Missed,
    /// Not booked, and its window opens more than 14 days from now.
    Later,
}

/// One step of antenatal care with its window and where it stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CareStatus {
    /// The step.
    pub step: CareStep,
    /// First day of its window.
    pub start: NaiveDate,
    /// Last day of its window.
    pub end: NaiveDate,
    /// Booked, due, missed or later.
    pub state: CareState,
}

/// Every antenatal step that applies to this pregnancy (first-pregnancy-only steps
/// only in a first pregnancy), in order, with where it stands on `ctx.as_of`. Empty
/// without a pregnancy.
pub fn care_plan(ctx: &Context<'_>) -> Vec<CareStatus> {
    let Some(p) = &ctx.plan.pregnancy else {
        return Vec::new();
    };
    let windows: Vec<(&StepWindow, NaiveDate, NaiveDate)> = SCHEDULE
        .iter()
        .filter(|s| p.first_pregnancy || !s.first_only)
        .filter_map(|s| Some((s, date_at(p, s.from)?, date_at(p, s.to)?)))
        .collect();
    let mut counted: HashMap<CareStep, NaiveDate> = HashMap::new();
    let mut count = |step: CareStep, d: NaiveDate| {
        let e = counted.entry(step).or_insert(d);
        *e = (*e).min(d);
    };
    for o in &ctx.occurrences {
        match o.info.care_step {
            Some(step) if step.is_antenatal() => count(step, o.date()),
            Some(_) => {}
            None if o.info.kind == AppointmentKind::Antenatal => {
                let d = o.date();
                if let Some((s, _, _)) = windows.iter().find(|(_, a, b)| *a <= d && d <= *b) {
                    count(s.step, d);
                }
            }
            None => {}
        }
    }
    let soon = ctx.as_of.checked_add_days(Days::new(14));
    windows
        .into_iter()
        .map(|(s, start, end)| CareStatus {
            step: s.step,
            start,
            end,
            state: match counted.get(&s.step) {
                Some(d) => CareState::Booked(*d),
                None if end < ctx.as_of => CareState::Missed,
                None if soon.is_some_and(|soon| start <= soon) => CareState::Due,
                None => CareState::Later,
            },
        })
        .collect()
}

/// Adds the rule's flags.
pub fn run(ctx: &Context<'_>, flags: &mut Vec<Flag>) {
    let Some(p) = &ctx.plan.pregnancy else { return };
    let Some(last_day) = date_at(p, (41, 6)) else {
        return;
    };
    if ctx.as_of > last_day {
        return;
    }
    let soon = ctx.as_of.checked_add_days(Days::new(14));
    for c in care_plan(ctx) {
        if matches!(c.state, CareState::Booked(_)) {
            continue;
        }
        let (start, end) = (c.start, c.end);
        let severity = if end < ctx.as_of {
            Severity::Medium
        } else if soon.is_some_and(|soon| end <= soon) {
            Severity::Info
        } else {
            continue;
        };
        flags.push(Flag {
            kind: FlagKind::MissingAntenatalCare,
            severity,
            appointments: Vec::new(),
            conditions: Vec::new(),
            at: ctx.midnight(end),
            care_step: Some(c.step),
            has_draft: false,
            detail: Detail::Care {
                step: c.step,
                start,
                end,
                ended: severity == Severity::Medium,
            },
        });
    }
}
