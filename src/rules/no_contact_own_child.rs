//! `no_contact_own_child` (high): a `no_contact` `under_18` condition applies on any
//! date from 37+0 onwards, so it would cover her baby. `at` is the first such date, at
//! 00:00. The text says to get legal advice, through her solicitor, about varying the
//! condition before the birth.

use chrono::Days;

use super::{Context, Detail, Flag, FlagKind, Severity};
use crate::domain::{ConditionRule, NoContactWho};

/// Adds the rule's flags.
pub fn run(ctx: &Context<'_>, flags: &mut Vec<Flag>) {
    let Some(p) = &ctx.plan.pregnancy else { return };
    let Some(term) = p.due_date.checked_sub_days(Days::new(21)) else {
        return;
    };
    for (ci, c) in ctx.plan.conditions.iter().enumerate() {
        let ConditionRule::NoContact {
            who: NoContactWho::Under18,
            ..
        } = &c.rule
        else {
            continue;
        };
        let first = c.starts.map_or(term, |s| s.max(term));
        if c.ends.is_some_and(|e| first > e) {
            continue;
        }
        flags.push(Flag {
            kind: FlagKind::NoContactOwnChild,
            severity: Severity::High,
            appointments: Vec::new(),
            conditions: vec![c.id.clone()],
            at: ctx.midnight(first),
            care_step: None,
            has_draft: false,
            detail: Detail::OwnChild {
                condition: ci,
                from: first,
            },
        });
    }
}
