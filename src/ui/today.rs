//! Today: what is next, with flags inline, and the next required appointment always
//! on screen.

use dioxus::prelude::*;

use super::icons::KindIcon;
use super::Services;
use crate::app::{Today, Upcoming};
use crate::l10n::{Localizer, Value};
use crate::report;

/// When an occurrence is, in her language: "Thursday 3 December 2026, 18:00–18:30".
/// The values are isolated, so the times keep their order in right-to-left text.
fn when(l: &Localizer, u: &Upcoming) -> String {
    l.format(
        "when-day-range",
        None,
        &[
            ("date", Value::Date(u.start.date())),
            ("start", Value::Time(u.start.time())),
            ("end", Value::Time(u.end.time())),
        ],
    )
    .unwrap_or_default()
}

/// Today.
#[component]
pub fn TodayScreen() -> Element {
    let services = use_context::<Services>();
    // Reading the clock is the screen's job; everything below takes "now" as data.
    let view: Option<(Today, Vec<(String, String)>)> = services.with_app(|app| {
        app.plan().ok().map(|plan| {
            let now = chrono::Utc::now()
                .with_timezone(&plan.timezone)
                .naive_local();
            let today = app.today(now, 7).unwrap_or_default();
            let l = services.l10n.read();
            let titles = today
                .upcoming
                .iter()
                .flat_map(|u| &u.flags)
                .chain(&today.other_flags)
                .chain(today.next_mandatory.iter().flat_map(|u| &u.flags))
                .filter_map(|f| {
                    let r = report::render_flag(f, plan, &l).ok()?;
                    Some((format!("{}{}", r.kind, r.at), r.title))
                })
                .collect();
            (today, titles)
        })
    });
    let Some((today, titles)) = view else {
        return rsx! {};
    };
    let l = services.l10n.read().clone();
    // Which of her appointments a worker sees, to mark them.
    let shared = services.with_app(|a| a.shared_appointments().unwrap_or_default());
    let title_of = |f: &crate::rules::Flag| {
        let key = format!(
            "{}{}",
            f.kind.as_str(),
            f.at_local().format("%Y-%m-%dT%H:%M")
        );
        titles
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, t)| t.clone())
            .unwrap_or_default()
    };
    let count = |n: usize| {
        l.format(
            "today-flag-count",
            None,
            &[("count", Value::Number(n as i64))],
        )
        .unwrap_or_default()
    };
    rsx! {
        section { class: "card required", aria_labelledby: "next-required",
            h2 { id: "next-required", {services.t("today-next-required")} }
            match &today.next_mandatory {
                Some(u) => rsx! {
                    p { class: "item-title", "{u.title}" }
                    p { {when(&l, u)} }
                    if let Some(p) = &u.place { p { "{p}" } }
                },
                None => rsx! { p { {services.t("today-none-required")} } },
            }
        }
        section { class: "card",
            h1 { {services.t("today-coming-up")} }
            if today.upcoming.is_empty() {
                p { {services.t("today-nothing")} }
            }
            ul { class: "items", role: "list",
                for u in today.upcoming.iter() {
                    li { key: "{u.id}{u.start}", class: "item",
                        ItemButton { id: u.id.clone(), kind: u.kind, label: u.title.clone(), mandatory: u.mandatory, shared: shared.contains(&u.id) }
                        p { {when(&l, u)} }
                        if let Some(p) = &u.place { p { "{p}" } }
                        if !u.flags.is_empty() {
                            ul { class: "flags", role: "list",
                                for f in u.flags.iter() {
                                    li { class: "flag {f.severity.as_str()}", key: "{f.kind.as_str()}{f.at}", {title_of(f)} }
                                }
                            }
                        }
                    }
                }
            }
        }
        if !today.other_flags.is_empty() {
            section { class: "card",
                h2 { {services.t("today-other-flags")} }
                p { {count(today.other_flags.len())} }
                ul { class: "flags", role: "list",
                    for f in today.other_flags.iter() {
                        li { class: "flag {f.severity.as_str()}", key: "{f.kind.as_str()}{f.at}", {title_of(f)} }
                    }
                }
            }
        }
    }
}

/// An appointment in a list: its icon, its name and whether it is required. Tapping it
/// opens it to change it.
#[component]
pub fn ItemButton(
    id: String,
    kind: crate::domain::AppointmentKind,
    label: String,
    mandatory: bool,
    shared: bool,
) -> Element {
    let mut services = use_context::<Services>();
    rsx! {
        button {
            class: "item-button",
            r#type: "button",
            onclick: move |_| services.edit(&id),
            KindIcon { kind }
            span { class: "item-title", "{label}" }
            if mandatory { span { class: "badge", {services.t("today-required")} } }
            if shared { span { class: "badge", {services.t("sharing-shared")} } }
        }
    }
}
