//! `curfew_overlap` (high): an occurrence that is not at home has a widened interval
//! (`[start − travel, end + travel)`) that overlaps a curfew window instance. One flag
//! per occurrence and curfew; `at` is the start of the first overlap. An occurrence
//! with no place is not at home.

use super::windows::InstanceCache;
use super::{Context, Detail, Flag, FlagKind, Severity};
use crate::domain::{AppointmentKind, ConditionRule, Monitoring};

/// Whether an appointment kind is health care (the text then speaks of care first).
pub fn is_medical(kind: AppointmentKind) -> bool {
    matches!(
        kind,
        AppointmentKind::Antenatal
            | AppointmentKind::Postnatal
            | AppointmentKind::HealthVisitor
            | AppointmentKind::Gp
            | AppointmentKind::Hospital
            | AppointmentKind::MentalHealth
    )
}

/// The selector value for a monitoring type.
pub fn monitoring_choice(m: Monitoring) -> &'static str {
    m.as_str()
}

/// Adds the rule's flags.
pub fn run(ctx: &Context<'_>, flags: &mut Vec<Flag>) {
    let mut curfews: Vec<_> = ctx
        .plan
        .conditions
        .iter()
        .enumerate()
        .filter_map(|(ci, c)| match &c.rule {
            ConditionRule::Curfew { windows, .. } => {
                Some((ci, c, InstanceCache::new(ctx.tz(), c, windows)))
            }
            _ => None,
        })
        .collect();
    if curfews.is_empty() {
        return;
    }
    for o in &ctx.occurrences {
        if ctx.at_home(o) {
            continue;
        }
        let (from, to) = o.widened();
        // The local dates of the widened ends, in wall-clock terms (within an hour of
        // the real ones across a clock change, which the cache allows for).
        let travel = chrono::Duration::minutes(i64::from(o.info.travel_minutes));
        let first = o.local_start - travel;
        let last = o.local_end + travel;
        for (ci, c, cache) in curfews.iter_mut() {
            let Some((at, inst)) = cache.first_overlap(from, to, first, last) else {
                continue;
            };
            let (leave, back) = (ctx.at_ts(from), ctx.at_ts(to));
            flags.push(Flag {
                kind: FlagKind::CurfewOverlap,
                severity: Severity::High,
                appointments: vec![o.appt.id.clone()],
                conditions: vec![c.id.clone()],
                at: ctx.at_ts(at),
                care_step: None,
                has_draft: FlagKind::CurfewOverlap.always_drafts(),
                detail: Detail::Curfew {
                    o: o.into(),
                    condition: *ci,
                    leave: leave.naive_local().time(),
                    back: back.naive_local().time(),
                    from: inst.start.naive_local().time(),
                    to: inst.end.naive_local().time(),
                },
            });
        }
    }
}
