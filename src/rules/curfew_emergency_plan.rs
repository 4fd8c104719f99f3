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
        // The text mentions an unplanned night away where an approved address applies.
        let approved_address = ctx
            .plan
            .conditions
            .iter()
            .any(|a| matches!(a.rule, ConditionRule::ApprovedAddress) && a.applies_on(date));
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

#[cfg(test)]
mod tests {
    use crate::domain::Plan;
    use crate::rules::{check, Detail};
    use chrono::NaiveDate;

    fn emergency(approved: &str) -> bool {
        let plan = Plan::from_json_str(&format!(
            r#"{{"format":"goldthread-plan/1","pregnancy":{{"due_date":"2027-04-20"}},
               "appointments":[],
               "conditions":[{{"id":"c1","kind":"curfew","windows":[{{"from":"19:00","to":"07:00"}}]}},
                             {{"id":"c2","kind":"approved_address"{approved}}}]}}"#
        ))
        .unwrap();
        let flags = check(&plan, NaiveDate::from_ymd_opt(2026, 11, 24).unwrap()).unwrap();
        flags
            .iter()
            .find_map(|f| match f.detail {
                Detail::Emergency {
                    approved_address, ..
                } => Some(approved_address),
                _ => None,
            })
            .unwrap()
    }

    #[test]
    fn an_approved_address_counts_only_where_it_applies() {
        assert!(emergency(""));
        assert!(!emergency(r#","ends":"2026-11-01""#));
    }
}
