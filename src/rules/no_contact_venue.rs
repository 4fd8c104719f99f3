//! `no_contact_venue` (medium): a `no_contact` `under_18` condition applies on the
//! occurrence's date, and its place has a child-related tag or its kind is
//! `child_contact`, `health_visitor` or `postnatal`. `at` is the occurrence start.
//! The text encourages her to keep going to her own care and to get the condition
//! clarified. The child-related tags are [`super::occurrence::CHILD_TAGS`].

use super::{occurrence_flag, Context, Flag, FlagKind, Severity};
use crate::domain::{AppointmentKind, ConditionRule, NoContactWho};

/// Adds the rule's flags.
pub fn run(ctx: &Context<'_>, flags: &mut Vec<Flag>) {
    for (ci, c) in ctx.plan.conditions.iter().enumerate() {
        let ConditionRule::NoContact {
            who: NoContactWho::Under18,
            ..
        } = &c.rule
        else {
            continue;
        };
        for o in &ctx.occurrences {
            let child_place = o.info.child_venue;
            let child_kind = matches!(
                o.info.kind,
                AppointmentKind::ChildContact
                    | AppointmentKind::HealthVisitor
                    | AppointmentKind::Postnatal
            );
            if !(child_place || child_kind) || !c.applies_on(o.date()) {
                continue;
            }
            flags.push(occurrence_flag(
                ctx,
                FlagKind::NoContactVenue,
                Severity::Medium,
                o,
                Some(ci),
                o.s,
            ));
        }
    }
}
