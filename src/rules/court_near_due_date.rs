//! `court_near_due_date` (medium): a `court` or `family_court` occurrence starts on a
//! date from 28 days before to 42 days after the due date, inclusive. `at` is the
//! occurrence start.

use chrono::Days;

use super::{Context, Detail, Flag, FlagKind, Severity};
use crate::domain::AppointmentKind;

/// Adds the rule's flags.
pub fn run(ctx: &Context<'_>, flags: &mut Vec<Flag>) {
    let Some(p) = &ctx.plan.pregnancy else { return };
    let (Some(lo), Some(hi)) = (
        p.due_date.checked_sub_days(Days::new(28)),
        p.due_date.checked_add_days(Days::new(42)),
    ) else {
        return;
    };
    for o in &ctx.occurrences {
        if !matches!(
            o.info.kind,
            AppointmentKind::Court | AppointmentKind::FamilyCourt
        ) || o.date() < lo
            || o.date() > hi
        {
            continue;
        }
        flags.push(Flag {
            kind: FlagKind::CourtNearDueDate,
            severity: Severity::Medium,
            appointments: vec![o.appt.id.clone()],
            conditions: Vec::new(),
            at: ctx.at_ts(o.s),
            care_step: None,
            has_draft: false,
            detail: Detail::NearDueDate { o: o.into() },
        });
    }
}
