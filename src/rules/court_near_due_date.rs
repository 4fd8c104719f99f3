//! `court_near_due_date` (medium): a `court` or `family_court` occurrence starts on a
//! date from 28 days before to 42 days after the due date, inclusive. `at` is the
//! occurrence start.

use super::{around_due_date, occurrence_flag, Context, Flag, FlagKind, Severity};
use crate::domain::AppointmentKind;

/// Adds the rule's flags.
pub fn run(ctx: &Context<'_>, flags: &mut Vec<Flag>) {
    let Some((lo, hi)) = around_due_date(ctx.plan, 28, 42) else {
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
        flags.push(occurrence_flag(
            ctx,
            FlagKind::CourtNearDueDate,
            Severity::Medium,
            o,
            None,
            o.s,
        ));
    }
}
