//! `requirement_near_due_date` (medium): any other mandatory occurrence (probation,
//! unpaid work, programme, drug test, police reporting, or one marked mandatory) that
//! is not at home starts on a date from 37+0 to 42 days after the due date, inclusive.
//! `at` is the occurrence start.

use chrono::Days;

use super::{Context, Detail, Flag, FlagKind, Severity};
use crate::domain::AppointmentKind;

/// Adds the rule's flags.
pub fn run(ctx: &Context<'_>, flags: &mut Vec<Flag>) {
    let Some(p) = &ctx.plan.pregnancy else { return };
    let (Some(lo), Some(hi)) = (
        p.due_date.checked_sub_days(Days::new(21)),
        p.due_date.checked_add_days(Days::new(42)),
    ) else {
        return;
    };
    for o in &ctx.occurrences {
        let court = matches!(
            o.info.kind,
            AppointmentKind::Court | AppointmentKind::FamilyCourt
        );
        if !o.info.mandatory || court || ctx.at_home(o) || o.date() < lo || o.date() > hi {
            continue;
        }
        flags.push(Flag {
            kind: FlagKind::RequirementNearDueDate,
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
