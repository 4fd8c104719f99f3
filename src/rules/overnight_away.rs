//! `overnight_away` (medium): an `approved_address` condition applies on the
//! occurrence's start date, and the occurrence is overnight (marked so, or it ends
//! after the midnight that follows its start). `at` is the occurrence start.

use super::{occurrence_flag, Context, Flag, FlagKind, Severity};
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
            flags.push(occurrence_flag(
                ctx,
                FlagKind::OvernightAway,
                Severity::Medium,
                o,
                Some(ci),
                o.s,
            ));
        }
    }
}
