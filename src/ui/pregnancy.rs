//! Pregnancy: the due date, how many weeks along she is, and each antenatal step of
//! care shown as booked, due, missed or later. She can set or change the due date here.

use chrono::NaiveDate;
use dioxus::prelude::*;

use super::{off_thread, Services};
use crate::l10n::Value;
use crate::rules::CareState;

/// The pregnancy screen.
#[component]
pub fn PregnancyScreen() -> Element {
    let services = use_context::<Services>();
    // The form starts from what is stored, so changing one field keeps the other.
    let stored =
        use_hook(|| services.with_app(|app| app.plan().ok().and_then(|p| p.pregnancy.clone())));
    let mut due = use_signal(|| {
        stored
            .as_ref()
            .map(|p| p.due_date.format("%Y-%m-%d").to_string())
            .unwrap_or_default()
    });
    let mut first = use_signal(|| stored.as_ref().is_some_and(|p| p.first_pregnancy));
    let mut status = use_signal(|| None::<String>);
    let view = services.with_app(|app| {
        let plan = app.plan()?;
        let today = chrono::Utc::now()
            .with_timezone(&plan.timezone)
            .date_naive();
        app.pregnancy(today)
    })?;
    let l = services.l10n.read().clone();
    let fmt = |id: &str, args: &[(&str, Value)]| super::format(&l, id, args);
    let mut save = move |remove: bool| {
        let date = NaiveDate::parse_from_str(due.read().trim(), "%Y-%m-%d").ok();
        if !remove && date.is_none() {
            status.set(Some(services.t("pregnancy-due-invalid")));
            return;
        }
        let first = first();
        let app = services.handle();
        spawn(async move {
            let result = off_thread(move || {
                super::lock(&app).set_due_date(if remove { None } else { date }, first)
            })
            .await;
            status.set(Some(match result {
                Some(Ok(())) => services.t("settings-saved"),
                Some(Err(e)) => super::problem_text(&services.l10n.read(), &e),
                None => services.t("unlock-damaged"),
            }));
        });
    };
    rsx! {
        section { class: "card",
            h1 { {services.t("pregnancy-title")} }
            if let Some(s) = status() {
                p { class: "notice", role: "status", "{s}" }
            }
            match &view {
                Some(v) => rsx! {
                    p { class: "big",
                        {fmt("pregnancy-weeks", &[("weeks", Value::Number(v.weeks)), ("days", Value::Number(v.days))])}
                    }
                    p {
                        {fmt(
                            if v.days_to_due < 0 { "pregnancy-due-past" } else { "pregnancy-due" },
                            &[("date", Value::Date(v.due_date)), ("days", Value::Number(v.days_to_due))],
                        )}
                    }
                },
                None => rsx! { p { {services.t("pregnancy-none")} } },
            }
        }
        if let Some(v) = &view {
            section { class: "card",
                h2 { {services.t("pregnancy-steps")} }
                ul { class: "steps", role: "list",
                    for s in v.steps.iter() {
                        li {
                            key: "{s.step.as_str()}",
                            class: match s.state {
                                CareState::Booked(_) => "step booked",
                                CareState::Due => "step due",
                                CareState::Missed => "step missed",
                                CareState::Later => "step later",
                            },
                            p { class: "item-title", {services.t(&format!("care-step-{}", s.step.as_str()))} }
                            p {
                                {fmt("pregnancy-window", &[
                                    ("start", Value::Date(s.start)),
                                    ("end", Value::Date(s.end)),
                                ])}
                            }
                            p { class: "state",
                                match s.state {
                                    CareState::Booked(d) => fmt("pregnancy-booked", &[("date", Value::Date(d))]),
                                    CareState::Due => services.t("pregnancy-state-due"),
                                    CareState::Missed => services.t("pregnancy-state-missed"),
                                    CareState::Later => services.t("pregnancy-state-later"),
                                }
                            }
                        }
                    }
                }
                p { class: "hint", {services.t("pregnancy-source")} }
            }
        }
        section { class: "card",
            h2 { {services.t("pregnancy-set")} }
            label { r#for: "due", {services.t("first-about-due")} }
            input { id: "due", r#type: "date", value: "{due}", oninput: move |e| due.set(e.value()) }
            label { class: "check",
                input { r#type: "checkbox", checked: first(), onchange: move |e| first.set(e.checked()) }
                {services.t("first-about-first")}
            }
            div { class: "row",
                button { class: "secondary", r#type: "button", onclick: move |_| save(false), {services.t("pregnancy-save")} }
                if view.is_some() {
                    button { class: "secondary", r#type: "button", onclick: move |_| save(true), {services.t("pregnancy-remove")} }
                }
            }
        }
    }
}
