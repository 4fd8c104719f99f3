//! `overnight_away` (medium): an `approved_address` condition applies on the
//! occurrence's start date, and the occurrence is overnight (marked so, or it ends
//! after the midnight that follows its start). `at` is the occurrence start.

use super::{Context, Detail, Flag, FlagKind, Severity};
use crate::domain::ConditionRule;

/// Adds the rule's flags.
pub fn run(ctx: &Context<'_>, flags: &mut Vec<Flag>) {
    for (ci, c) in ctx.plan.conditions.iter().enumerate() {
        if !matches!(c.rule, ConditionRule::ApprovedAddress) {
            continue;
        }
        for o in ctx.occurrences.iter().filter(|o| o.is_overnight()) {
            if !c.applies_on(o.date()) {
                continue;
            }
            flags.push(Flag {
                kind: FlagKind::OvernightAway,
                severity: Severity::Medium,
                appointments: vec![o.appt.id.clone()],
                conditions: vec![c.id.clone()],
                at: ctx.at_ts(o.s),
                care_step: None,
                has_draft: true,
                detail: Detail::OccurrenceAndCondition {
                    o: o.into(),
                    condition: ci,
                },
            });
        }
    }
}
