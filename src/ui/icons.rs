//! Small line icons for the kinds of appointment, drawn inline so they need no font
//! and no file. Each kind belongs to one of six groups, and the icon is the group's.
//! Icons are decoration: the kind's plain name is always written beside them, so they
//! are hidden from screen readers.

use dioxus::prelude::*;

use crate::domain::AppointmentKind;

/// The group a kind's icon shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Group {
    /// Probation, unpaid work, programmes, tests, police.
    Supervision,
    /// Courts and solicitors.
    Law,
    /// Pregnancy and the baby.
    Baby,
    /// Health.
    Health,
    /// Children and social care.
    Family,
    /// Housing, money, support and anything else.
    Life,
}

/// The group of a kind.
pub fn group(kind: AppointmentKind) -> Group {
    use AppointmentKind as K;
    match kind {
        K::Probation | K::UnpaidWork | K::Programme | K::DrugTest | K::PoliceReporting => {
            Group::Supervision
        }
        K::Court | K::FamilyCourt | K::Solicitor => Group::Law,
        K::Antenatal | K::Postnatal | K::HealthVisitor => Group::Baby,
        K::Gp | K::Hospital | K::MentalHealth | K::SubstanceMisuse => Group::Health,
        K::SocialCare | K::ChildProtection | K::ChildContact => Group::Family,
        _ => Group::Life,
    }
}

/// The icon of a kind (24×24, drawn in the text colour).
#[component]
pub fn KindIcon(kind: AppointmentKind) -> Element {
    let path = match group(kind) {
        // A clipboard with a tick.
        Group::Supervision => "M9 3h6v3H9zM6 5h3M15 5h3v16H6V5M9 13l2 2 4-4",
        // A pair of scales.
        Group::Law => "M12 3v18M7 21h10M5 7h14M5 7l-3 7h6zM19 7l-3 7h6z",
        // A heart with a small heart.
        Group::Baby => "M12 20s-7-4.5-7-10a4 4 0 0 1 7-2.6A4 4 0 0 1 19 10c0 5.5-7 10-7 10z",
        // A cross.
        Group::Health => "M9 3h6v6h6v6h-6v6H9v-6H3V9h6z",
        // Two people.
        Group::Family => "M8 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM17 12a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5zM2 21c0-4 3-6 6-6s6 2 6 6M14 21c0-3 1.5-5 4-5s4 2 4 5",
        // A house.
        Group::Life => "M3 11l9-8 9 8M5 10v11h14V10M10 21v-6h4v6",
    };
    rsx! {
        svg {
            class: "icon",
            view_box: "0 0 24 24",
            width: "24",
            height: "24",
            fill: "none",
            stroke: "currentColor",
            stroke_width: "2",
            stroke_linecap: "round",
            stroke_linejoin: "round",
            "aria-hidden": "true",
            "focusable": "false",
            path { d: path }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_has_a_group() {
        for k in AppointmentKind::ALL {
            let _ = group(*k);
        }
        assert_eq!(group(AppointmentKind::Antenatal), Group::Baby);
        assert_eq!(group(AppointmentKind::Probation), Group::Supervision);
    }
}
