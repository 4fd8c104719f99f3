//! Add an appointment. The clash check runs as she types: she sees a new clash before
//! she saves.

use chrono::NaiveDate;
use dioxus::prelude::*;
use serde_json::json;

use super::{off_thread, Screen, Services};
use crate::domain::{Appointment, AppointmentKind};
use crate::report;

/// What the form holds, as typed.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Form {
    /// The appointment kind id.
    pub kind: String,
    /// The title.
    pub title: String,
    /// `YYYY-MM-DD`.
    pub date: String,
    /// `HH:MM`.
    pub start: String,
    /// `HH:MM`.
    pub end: String,
    /// The place's name.
    pub place: String,
    /// Minutes, one way.
    pub travel: String,
    /// Whether she ticked "I must go"; `None` means the kind's default.
    pub mandatory: Option<bool>,
    /// Weeks to repeat weekly; empty or 1 means no repeat.
    pub weeks: String,
}

impl Form {
    /// The appointment the form describes, if it is complete and valid. All checks
    /// are the domain's own.
    pub fn appointment(&self, id: &str) -> Option<Appointment> {
        let kind = AppointmentKind::from_name(&self.kind)?;
        let mut v = json!({
            "id": id,
            "kind": self.kind,
            "title": if self.title.trim().is_empty() { self.kind.clone() } else { self.title.trim().to_string() },
            "start": format!("{}T{}", self.date, self.start),
            "end": format!("{}T{}", self.date, self.end),
            "travel_minutes": self.travel.trim().parse::<u32>().unwrap_or(0),
            "mandatory": self.mandatory.unwrap_or(kind.default_mandatory()),
        });
        if !self.place.trim().is_empty() {
            v["place"] = json!({ "label": self.place.trim() });
        }
        if let Ok(weeks) = self.weeks.trim().parse::<u32>() {
            if weeks > 1 {
                v["recurrence"] = json!(format!("FREQ=WEEKLY;COUNT={weeks}"));
            }
        }
        Appointment::from_value(&v, "appointment").ok()
    }
}

/// Add an appointment.
#[component]
pub fn AddScreen() -> Element {
    let mut services = use_context::<Services>();
    let id = use_hook(crate::app::new_id);
    let mut form = use_signal(|| Form {
        kind: "antenatal".into(),
        ..Form::default()
    });
    let mut busy = use_signal(|| false);
    let today: NaiveDate = chrono::Utc::now().date_naive();
    let draft = form.read().appointment(&id);
    // The live check: pure and in memory, so it runs as she types.
    let clashes: Option<Vec<String>> = draft.as_ref().map(|d| {
        services.with_app(|app| {
            let Ok(flags) = app.preview(d, today) else {
                return Vec::new();
            };
            let Ok(plan) = app.plan() else {
                return Vec::new();
            };
            let mut plan = plan.clone();
            plan.appointments.push(d.clone());
            let l = services.l10n.read();
            flags
                .iter()
                .filter_map(|f| report::render_flag(f, &plan, &l).ok())
                .map(|r| r.title)
                .collect()
        })
    });
    let save = move |_| {
        let Some(a) = form.read().appointment(&id) else {
            return;
        };
        busy.set(true);
        let app = services.handle();
        spawn(async move {
            let done = off_thread(move || super::lock(&app).save_appointment(a).is_ok()).await;
            busy.set(false);
            if done == Some(true) {
                services.screen.set(Screen::Today);
            }
        });
    };
    let field = |label: &'static str,
                 id: &'static str,
                 kind: &'static str,
                 value: String,
                 set: fn(&mut Form, String)| {
        rsx! {
            label { r#for: id, {services.t(label)} }
            input {
                id: id,
                r#type: kind,
                value: "{value}",
                oninput: move |e| set(&mut form.write(), e.value()),
            }
        }
    };
    let f = form.read().clone();
    let mandatory = f
        .mandatory
        .or_else(|| AppointmentKind::from_name(&f.kind).map(|k| k.default_mandatory()))
        .unwrap_or(false);
    rsx! {
        section { class: "card",
            h1 { {services.t("add-title")} }
            label { r#for: "kind", {services.t("add-kind")} }
            select {
                id: "kind",
                onchange: move |e| {
                    let mut w = form.write();
                    w.kind = e.value();
                    w.mandatory = None;
                },
                for k in AppointmentKind::ALL {
                    option { value: k.as_str(), selected: f.kind == k.as_str(), {services.t(&format!("kind-{}", k.as_str()))} }
                }
            }
            {field("add-what", "title", "text", f.title.clone(), |f, v| f.title = v)}
            {field("add-date", "date", "date", f.date.clone(), |f, v| f.date = v)}
            div { class: "row",
                div { {field("add-start", "start", "time", f.start.clone(), |f, v| f.start = v)} }
                div { {field("add-end", "end", "time", f.end.clone(), |f, v| f.end = v)} }
            }
            {field("add-place", "place", "text", f.place.clone(), |f, v| f.place = v)}
            {field("add-travel", "travel", "number", f.travel.clone(), |f, v| f.travel = v)}
            label { class: "check",
                input { r#type: "checkbox", checked: mandatory, onchange: move |e| form.write().mandatory = Some(e.checked()) }
                {services.t("add-mandatory")}
            }
            {field("add-weeks", "weeks", "number", f.weeks.clone(), |f, v| f.weeks = v)}
            div { class: "live", role: "status", aria_live: "polite",
                match &clashes {
                    None => rsx! { p { class: "hint", {services.t("add-fix")} } },
                    Some(list) if list.is_empty() => rsx! { p { {services.t("add-no-clash")} } },
                    Some(list) => rsx! {
                        p { class: "item-title", {services.t("add-clashes")} }
                        ul { class: "flags", role: "list",
                            for (i, title) in list.iter().enumerate() {
                                li { class: "flag high", key: "{i}", "{title}" }
                            }
                        }
                    },
                }
            }
            button { class: "primary", r#type: "button", disabled: busy() || draft.is_none(), onclick: save, {services.t("add-save")} }
        }
    }
}
