//! The week ahead, day by day. Each day lists its appointments; a day with a flag is
//! marked, and the flag's title is written under it.

use dioxus::prelude::*;

use super::today::ItemButton;
use super::Services;
use crate::app::AgendaDay;
use crate::l10n::Value;
use crate::report;

/// The week view.
#[component]
pub fn WeekScreen() -> Element {
    let mut services = use_context::<Services>();
    // Reading the clock is the screen's job; the services take the day as data.
    let (days, titles) = services.with_app(|app| {
        let plan = app.plan()?;
        let today = chrono::Utc::now()
            .with_timezone(&plan.timezone)
            .date_naive();
        let days: Vec<AgendaDay> = app.agenda(today, 7)?;
        let l = services.l10n.read();
        let titles: Vec<(String, String)> = days
            .iter()
            .flat_map(|d| &d.flags)
            .filter_map(|f| Some((f.key(), report::render_flag(f, plan, &l).ok()?.title)))
            .collect();
        Ok::<_, crate::app::AppError>((days, titles))
    })?;
    let l = services.l10n.read().clone();
    // Which of her appointments a worker sees, to mark them.
    let shared = services.with_app(|a| a.shared_appointments().unwrap_or_default());
    let title = |key: &str| {
        titles
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, t)| t.clone())
            .unwrap_or_default()
    };
    rsx! {
        section { class: "card",
            h1 { {services.t("week-title")} }
        }
        for day in days.into_iter() {
            section {
                class: if day.flags.is_empty() { "card day" } else { "card day flagged" },
                key: "{day.date}",
                aria_labelledby: "day-{day.date}",
                h2 { id: "day-{day.date}",
                    {l.date(day.date).unwrap_or_default()}
                    if !day.flags.is_empty() {
                        span { class: "badge warn", {services.t("week-check")} }
                    }
                }
                if day.items.is_empty() {
                    p { class: "hint", {services.t("week-free")} }
                }
                ul { class: "items", role: "list",
                    for u in day.items.iter() {
                        li { key: "{u.id}{u.start}", class: "item",
                            ItemButton {
                                id: u.id.clone(),
                                kind: u.kind,
                                label: l
                                    .format(
                                        "when-range-title",
                                        None,
                                        &[
                                            ("start", Value::Time(u.start.time())),
                                            ("end", Value::Time(u.end.time())),
                                            ("title", Value::Text(u.title.clone())),
                                        ],
                                    )
                                    .unwrap_or_default(),
                                mandatory: u.mandatory,
                                shared: shared.contains(&u.id),
                            }
                        }
                    }
                }
                if !day.flags.is_empty() {
                    ul { class: "flags", role: "list",
                        for (key, severity) in day.flags.iter().map(|f| (f.key(), f.severity.as_str())) {
                            li { class: "flag {severity}", key: "{key}",
                                button {
                                    class: "link",
                                    r#type: "button",
                                    onclick: move |_| services.screen.set(super::Screen::Flags),
                                    {title(&key)}
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
