//! `travel_too_tight`: occurrence B is the next to start at or after A ends (every
//! occurrence starting at that same moment is a B), both have places, the places
//! differ, and the gap is shorter than the journey needs: with coordinates, 10 minutes
//! plus 4 per km and at least 15; without, 30. `at` is the end of A.
//!
//! The occurrences are sorted by start, so B is found by binary search: n log n.

use super::{Context, Detail, Flag, FlagKind, Severity};
use crate::domain::{distance_m, LatLon};

/// Minutes the journey between two points needs (30 if either is unknown).
pub fn journey(a: Option<LatLon>, b: Option<LatLon>) -> f64 {
    match (a, b) {
        (Some(x), Some(y)) => (10.0 + 4.0 * distance_m(x, y) / 1000.0).max(15.0),
        _ => 30.0,
    }
}

/// Adds the rule's flags.
pub fn run(ctx: &Context<'_>, flags: &mut Vec<Flag>) {
    let occ = &ctx.occurrences;
    for a in occ {
        if a.info.label.is_none() {
            continue;
        }
        let a_end = a.end_ts();
        let first = occ.partition_point(|o| o.start_ts() < a_end);
        let Some(next) = occ.get(first) else { continue };
        let next_start = next.start_ts();
        for b in occ[first..]
            .iter()
            .take_while(|o| o.start_ts() == next_start)
        {
            if b.info.label.is_none() || a.same_place(b) {
                continue;
            }
            let needed = journey(a.info.coords, b.info.coords);
            let gap = (next_start - a_end) as f64 / 60.0;
            if gap < needed {
                flags.push(Flag {
                    kind: FlagKind::TravelTooTight,
                    severity: Severity::Medium,
                    appointments: vec![a.appt.id.clone(), b.appt.id.clone()],
                    conditions: Vec::new(),
                    at: ctx.at_ts(a.e),
                    care_step: None,
                    has_draft: false,
                    detail: Detail::Travel {
                        a: a.into(),
                        b: b.into(),
                        gap: gap.floor() as i64,
                        needed: needed.ceil() as i64,
                    },
                });
            }
        }
    }
}
