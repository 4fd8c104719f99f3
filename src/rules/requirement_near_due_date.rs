//! `requirement_near_due_date` (medium): any other mandatory occurrence (probation,
//! unpaid work, programme, drug test, police reporting, or one marked mandatory) that
//! is not at home starts on a date from 37+0 to 42 days after the due date, inclusive.
//! `at` is the occurrence start.

use super::{around_due_date, occurrence_flag, Context, Flag, FlagKind, Severity};
use crate::domain::AppointmentKind;

/// Adds the rule's flags.
pub fn run(ctx: &Context<'_>, flags: &mut Vec<Flag>) {
    // From 37+0 (21 days before the due date) to 42 days after it.
    let Some((lo, hi)) = around_due_date(ctx.plan, 21, 42) else {
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
        flags.push(occurrence_flag(
            ctx,
            FlagKind::RequirementNearDueDate,
            Severity::Medium,
            o,
            None,
            o.s,
        ));
    }
}
