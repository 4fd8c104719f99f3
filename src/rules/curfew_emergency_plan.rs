//! `curfew_emergency_plan` (info): one flag per curfew that, on some date on or after
//! `as_of` and between 0+0 and 42 days after the due date, applies and has a window
//! starting. `at` is the first such date, at its earliest window start that day. She
//! needs a plan for labour or maternity triage at night.

use chrono::{Datelike, Days};

use super::{Context, Detail, Flag, FlagKind, Severity};
use crate::domain::ConditionRule;

/// Adds the rule's flags.
pub fn run(ctx: &Context<'_>, flags: &mut Vec<Flag>) {
    let Some(p) = &ctx.plan.pregnancy else { return };
    let (Some(conception), Some(hi)) =
        (p.date_at(0, 0), p.due_date.checked_add_days(Days::new(42)))
    else {
        return;
    };
    let approved_address = ctx
        .plan
        .conditions
        .iter()
        .any(|c| matches!(c.rule, ConditionRule::ApprovedAddress));
    for (ci, c) in ctx.plan.conditions.iter().enumerate() {
        let ConditionRule::Curfew { windows, .. } = &c.rule else {
            continue;
        };
        let mut lo = ctx.as_of.max(conception);
        if let Some(s) = c.starts {
            lo = lo.max(s);
        }
        let last = c.ends.map_or(hi, |e| e.min(hi));
        // Every weekday appears within 7 days, so a window (if any) starts by then.
        let found = lo
            .iter_days()
            .take_while(|d| *d <= last)
            .take(7)
            .find_map(|d| {
                if !c.applies_on(d) {
                    return None;
                }
                windows
                    .iter()
                    .filter(|w| w.starts_on(d.weekday()))
                    .min_by_key(|w| w.from)
                    .map(|w| (d, w))
            });
        let Some((date, window)) = found else {
            continue;
        };
        flags.push(Flag {
            kind: FlagKind::CurfewEmergencyPlan,
            severity: Severity::Info,
            appointments: Vec::new(),
            conditions: vec![c.id.clone()],
            at: ctx.instant(date.and_time(window.from)),
            care_step: None,
            has_draft: false,
            detail: Detail::Emergency {
                condition: ci,
                date,
                from: window.from,
                to: window.to,
                approved_address,
            },
        });
    }
}
