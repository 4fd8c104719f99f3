//! `appointment_overlap`: two occurrences (of different appointments, or of one series)
//! overlap in time. `high` if both are mandatory, else `medium`; `at` is the start of
//! the overlap. Sorted once by start, then swept with a list of occurrences still
//! running, so the work grows with the number of overlaps, not with every pair.

use super::{Context, Detail, Flag, FlagKind, Occurrence, Severity};

/// Adds the rule's flags.
pub fn run(ctx: &Context<'_>, flags: &mut Vec<Flag>) {
    let occ = &ctx.occurrences;
    // Indices of occurrences that have started and not yet ended.
    let mut active: Vec<usize> = Vec::new();
    for (j, b) in occ.iter().enumerate() {
        let b_start = b.start_ts();
        active.retain(|&i| occ[i].end_ts() > b_start);
        if b.end_ts() <= b_start {
            // An empty interval overlaps nothing.
            continue;
        }
        for &i in &active {
            // `occ` is sorted by start, then plan order: `a` comes first.
            let a = &occ[i];
            if a.start_ts() < b.end_ts() && b.start_ts() < a.end_ts() {
                flags.push(flag(ctx, a, b));
            }
        }
        active.push(j);
    }
}

fn flag(ctx: &Context<'_>, a: &Occurrence<'_>, b: &Occurrence<'_>) -> Flag {
    let (ma, mb) = (a.info.mandatory, b.info.mandatory);
    Flag {
        kind: FlagKind::AppointmentOverlap,
        severity: if ma && mb {
            Severity::High
        } else {
            Severity::Medium
        },
        appointments: vec![a.appt.id.clone(), b.appt.id.clone()],
        conditions: Vec::new(),
        at: ctx.at_ts(b.s.max(a.s)),
        care_step: None,
        has_draft: ma || mb,
        detail: Detail::Overlap {
            a: a.into(),
            b: b.into(),
        },
    }
}
