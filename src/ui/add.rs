//! Add or edit an appointment. The clash check runs as she types: she sees a new clash
//! before she saves.
//!
//! Repeats are offered as plain choices ("every week", "every 2 weeks", "every
//! weekday") with a number of times, and written as an RFC 5545 RRULE. A rule that
//! came from elsewhere (an imported plan) and is none of these is kept as it is.

use chrono::{Datelike, NaiveDate};
use dioxus::prelude::*;
use serde_json::{json, Value};

use super::icons::KindIcon;
use super::{off_thread, Screen, Services};
use crate::domain::{Appointment, AppointmentKind, CareStep};
use crate::l10n::{Localizer, Value as Arg};
use crate::report;

/// The repeat choices: id, RRULE without COUNT (`None`: does not repeat).
pub const REPEATS: [(&str, Option<&str>); 5] = [
    ("none", None),
    ("weekly", Some("FREQ=WEEKLY")),
    ("fortnightly", Some("FREQ=WEEKLY;INTERVAL=2")),
    ("four_weekly", Some("FREQ=WEEKLY;INTERVAL=4")),
    ("weekdays", Some("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR")),
];

/// What the form holds, as typed.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Form {
    /// The appointment kind id.
    pub kind: String,
    /// The title.
    pub title: String,
    /// The title to use when she leaves it empty (the kind's plain name, in her
    /// language).
    pub default_title: String,
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
    /// One of the [`REPEATS`] ids, or `custom` for a rule kept from elsewhere.
    pub repeat: String,
    /// How many times in all, when it repeats.
    pub times: String,
    /// A care step id, or empty.
    pub care_step: String,
    /// Her notes.
    pub notes: String,
    /// Days from the start date to the end date of a stored appointment that runs
    /// over more than one night (0 otherwise: an end before the start is the next
    /// morning).
    pub end_days: u64,
    /// A rule that came with the appointment and is none of the choices.
    pub custom_rule: Option<String>,
    /// The stored appointment being edited, so that fields the form does not show
    /// (from a shared or imported plan) are kept.
    pub base: Option<Value>,
}

impl Form {
    /// A form for a new appointment of a kind.
    pub fn new(kind: &str) -> Form {
        Form {
            kind: kind.into(),
            repeat: "none".into(),
            ..Form::default()
        }
    }

    /// A form holding a stored appointment, to edit it.
    pub fn edit(a: &Appointment) -> Form {
        let rule = a.recurrence.as_ref().map(|r| r.as_str().to_string());
        let (repeat, times, custom_rule) = match rule.as_deref() {
            None => ("none".to_string(), String::new(), None),
            Some(r) => {
                let (base, count) = match r.rsplit_once(";COUNT=") {
                    Some((b, c)) if c.parse::<u32>().is_ok() => (b, c.to_string()),
                    _ => (r, String::new()),
                };
                match REPEATS.iter().find(|(_, rule)| *rule == Some(base)) {
                    Some((id, _)) if !count.is_empty() => (id.to_string(), count, None),
                    _ => ("custom".to_string(), String::new(), Some(r.to_string())),
                }
            }
        };
        Form {
            kind: a.kind.as_str().into(),
            title: a.title.clone(),
            date: a.start.date().format("%Y-%m-%d").to_string(),
            start: a.start.format("%H:%M").to_string(),
            end: a.end.format("%H:%M").to_string(),
            place: a
                .place
                .as_ref()
                .map(|p| p.label.clone())
                .unwrap_or_default(),
            travel: if a.travel_minutes == 0 {
                String::new()
            } else {
                a.travel_minutes.to_string()
            },
            mandatory: Some(a.mandatory),
            default_title: String::new(),
            end_days: {
                let days = (a.end.date() - a.start.date()).num_days().max(0) as u64;
                let next_morning = u64::from(a.end.time() < a.start.time());
                if days == next_morning {
                    0
                } else {
                    days
                }
            },
            repeat,
            times,
            care_step: a
                .care_step
                .map(|s| s.as_str().to_string())
                .unwrap_or_default(),
            notes: a
                .extra
                .get("notes")
                .and_then(|v| v.as_str())
                .unwrap_or_default()
                .to_string(),
            custom_rule,
            base: Some(a.to_value()),
        }
    }

    /// The RRULE the repeat choice makes, if any.
    pub fn rule(&self) -> Option<String> {
        if self.repeat == "custom" {
            return self.custom_rule.clone();
        }
        let rule = REPEATS
            .iter()
            .find(|(id, _)| *id == self.repeat)
            .and_then(|(_, r)| *r)?;
        let times = self.times.trim().parse::<u32>().ok().filter(|n| *n > 1)?;
        Some(format!("{rule};COUNT={times}"))
    }

    /// The appointment the form describes, if it is complete and valid. All checks
    /// are the domain's own. An end time earlier than the start means the next day.
    pub fn appointment(&self, id: &str) -> Option<Appointment> {
        let kind = AppointmentKind::from_name(&self.kind)?;
        let date = NaiveDate::parse_from_str(&self.date, "%Y-%m-%d").ok()?;
        let end_date = if self.end_days > 0 {
            date.checked_add_days(chrono::Days::new(self.end_days))?
        } else if self.end < self.start {
            date.succ_opt()?
        } else {
            date
        };
        let mut v = self.base.clone().unwrap_or_else(|| json!({}));
        let obj = v.as_object_mut()?;
        let title = if !self.title.trim().is_empty() {
            self.title.trim().to_string()
        } else if !self.default_title.trim().is_empty() {
            self.default_title.trim().to_string()
        } else {
            self.kind.clone()
        };
        obj.insert("id".into(), json!(id));
        obj.insert("kind".into(), json!(self.kind));
        obj.insert("title".into(), json!(title));
        obj.insert("start".into(), json!(format!("{date}T{}", self.start)));
        obj.insert("end".into(), json!(format!("{end_date}T{}", self.end)));
        obj.insert(
            "travel_minutes".into(),
            json!(self.travel.trim().parse::<u32>().unwrap_or(0)),
        );
        obj.insert(
            "mandatory".into(),
            json!(self.mandatory.unwrap_or(kind.default_mandatory())),
        );
        match self.place.trim() {
            "" => {
                obj.remove("place");
            }
            label => {
                let mut place = obj
                    .get("place")
                    .cloned()
                    .filter(|p| p.get("label").and_then(|l| l.as_str()) == Some(label))
                    .unwrap_or_else(|| json!({}));
                place["label"] = json!(label);
                obj.insert("place".into(), place);
            }
        }
        match self.rule() {
            Some(r) => obj.insert("recurrence".into(), json!(r)),
            None => obj.remove("recurrence"),
        };
        match CareStep::from_name(&self.care_step) {
            Some(s) => obj.insert("care_step".into(), json!(s.as_str())),
            None => obj.remove("care_step"),
        };
        match self.notes.trim() {
            "" => obj.remove("notes"),
            n => obj.insert("notes".into(), json!(n)),
        };
        Appointment::from_value(&v, "appointment").ok()
    }

    /// The repeat in words: "Every Tuesday, 6 times".
    pub fn summary(&self, l: &Localizer) -> Option<String> {
        let times = self.times.trim().parse::<i64>().ok().filter(|n| *n > 1)?;
        let date = NaiveDate::parse_from_str(&self.date, "%Y-%m-%d").ok()?;
        let weekday = super::text(
            l,
            &format!("weekday-{}", date.weekday().to_string().to_lowercase()),
        );
        let every = match self.repeat.as_str() {
            "weekly" => 1,
            "fortnightly" => 2,
            "four_weekly" => 4,
            "weekdays" => 0,
            _ => return None,
        };
        l.format(
            "add-repeat-summary",
            None,
            &[
                ("weekday", Arg::Text(weekday)),
                ("every", Arg::Number(every)),
                ("count", Arg::Number(times)),
            ],
        )
        .ok()
    }
}

/// Add an appointment, or edit the one in [`Services::editing`].
#[component]
pub fn AddScreen() -> Element {
    let mut services = use_context::<Services>();
    let editing = services.editing.peek().clone();
    let stored = editing.as_ref().and_then(|id| {
        services.with_app(|app| {
            app.plan()
                .ok()
                .and_then(|p| p.appointments.iter().find(|a| &a.id == id).cloned())
        })
    });
    let id = use_hook(|| editing.clone().unwrap_or_else(crate::app::new_id));
    let mut form = use_signal(|| match &stored {
        Some(a) => Form::edit(a),
        None => Form::new("antenatal"),
    });
    let mut busy = use_signal(|| false);
    let mut problem = use_signal(|| None::<String>);
    // An empty name becomes the kind's plain name, in her language.
    let filled = move || {
        let mut f = form.read().clone();
        f.default_title = services.t(&format!("kind-{}", f.kind));
        f
    };
    let draft = filled().appointment(&id);
    // The live check: pure and in memory, so it runs as she types.
    let clashes: Option<Vec<String>> = draft.as_ref().map(|d| {
        services.with_app(|app| {
            let Ok(plan) = app.plan() else {
                return Vec::new();
            };
            let today = chrono::Utc::now()
                .with_timezone(&plan.timezone)
                .date_naive();
            let Ok((plan, flags)) = app.preview(d, today) else {
                return Vec::new();
            };
            let l = services.l10n.read();
            flags
                .iter()
                .filter_map(|f| report::render_flag(f, &plan, &l).ok())
                .map(|r| r.title)
                .collect()
        })
    });
    let save = move |_| {
        let Some(a) = filled().appointment(&id) else {
            return;
        };
        busy.set(true);
        let app = services.handle();
        spawn(async move {
            let done = off_thread(move || super::lock(&app).save_appointment(a)).await;
            busy.set(false);
            match done {
                Some(Ok(())) => {
                    services.editing.set(None);
                    services.screen.set(Screen::Today);
                }
                Some(Err(e)) => problem.set(Some(super::problem_text(&services.l10n.read(), &e))),
                None => problem.set(Some(services.t("unlock-damaged"))),
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
    let kind = AppointmentKind::from_name(&f.kind);
    let mandatory = f
        .mandatory
        .or_else(|| kind.map(|k| k.default_mandatory()))
        .unwrap_or(false);
    let l = services.l10n.read().clone();
    let care_kinds = matches!(
        kind,
        Some(
            AppointmentKind::Antenatal
                | AppointmentKind::Postnatal
                | AppointmentKind::HealthVisitor
                | AppointmentKind::Hospital
                | AppointmentKind::Gp
        )
    );
    rsx! {
        section { class: "card",
            h1 { {services.t(if stored.is_some() { "add-edit-title" } else { "add-title" })} }
            label { r#for: "kind", {services.t("add-kind")} }
            div { class: "with-icon",
                if let Some(k) = kind { KindIcon { kind: k } }
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
            label { r#for: "repeat", {services.t("add-repeat")} }
            select {
                id: "repeat",
                onchange: move |e| form.write().repeat = e.value(),
                for (rid, _) in REPEATS {
                    option { value: rid, selected: f.repeat == rid, {services.t(&format!("add-repeat-{rid}"))} }
                }
                if f.custom_rule.is_some() {
                    option { value: "custom", selected: f.repeat == "custom", {services.t("add-repeat-custom")} }
                }
            }
            if f.repeat != "none" && f.repeat != "custom" {
                {field("add-times", "times", "number", f.times.clone(), |f, v| f.times = v)}
                if let Some(s) = f.summary(&l) {
                    p { class: "hint", "{s}" }
                }
            }
            if care_kinds || !f.care_step.is_empty() {
                label { r#for: "care-step", {services.t("add-care-step")} }
                select {
                    id: "care-step",
                    onchange: move |e| form.write().care_step = e.value(),
                    option { value: "", selected: f.care_step.is_empty(), {services.t("add-care-step-none")} }
                    for s in CareStep::ALL {
                        option { value: s.as_str(), selected: f.care_step == s.as_str(), {services.t(&format!("care-step-{}", s.as_str()))} }
                    }
                }
            }
            label { r#for: "notes", {services.t("add-notes")} }
            textarea { id: "notes", rows: "3", value: "{f.notes}", oninput: move |e| form.write().notes = e.value() }
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
            if let Some(p) = problem() {
                p { class: "notice", role: "alert", "{p}" }
            }
            button { class: "primary", r#type: "button", disabled: busy() || draft.is_none(), onclick: save, {services.t("add-save")} }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form() -> Form {
        Form {
            date: "2026-12-01".into(),
            start: "10:00".into(),
            end: "11:00".into(),
            ..Form::new("probation")
        }
    }

    #[test]
    fn repeats_are_written_as_rrules_and_read_back() {
        let mut f = form();
        assert!(f.rule().is_none());
        f.repeat = "weekly".into();
        f.times = "6".into();
        assert_eq!(f.rule().as_deref(), Some("FREQ=WEEKLY;COUNT=6"));
        let a = f.appointment("a1").unwrap();
        assert_eq!(
            a.recurrence.as_ref().unwrap().as_str(),
            "FREQ=WEEKLY;COUNT=6"
        );
        let back = Form::edit(&a);
        assert_eq!((back.repeat.as_str(), back.times.as_str()), ("weekly", "6"));
        let l = Localizer::new("en-GB", false).unwrap();
        assert_eq!(f.summary(&l).unwrap(), "Every Tuesday, 6 times");
        f.repeat = "fortnightly".into();
        assert_eq!(f.summary(&l).unwrap(), "Every 2 weeks on Tuesday, 6 times");
        f.repeat = "weekdays".into();
        assert_eq!(
            f.rule().as_deref(),
            Some("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;COUNT=6")
        );
        assert!(f.appointment("a1").is_some());
    }

    #[test]
    fn editing_keeps_what_the_form_does_not_show() {
        let a = Appointment::from_value(
            &json!({
                "id": "x", "kind": "antenatal", "title": "Scan",
                "start": "2026-12-01T10:00", "end": "2026-12-01T10:30",
                "place": { "label": "City Hospital", "lat": 51.5, "lon": -0.1 },
                "recurrence": "FREQ=MONTHLY;BYDAY=1TU;COUNT=3",
                "care_step": "anomaly_scan", "notes": "Bring the letter",
                "shared_by": "worker-7"
            }),
            "a",
        )
        .unwrap();
        let mut f = Form::edit(&a);
        assert_eq!(f.repeat, "custom");
        assert_eq!(f.notes, "Bring the letter");
        assert_eq!(f.care_step, "anomaly_scan");
        f.title = "Anomaly scan".into();
        let b = f.appointment("x").unwrap();
        assert_eq!(b.title, "Anomaly scan");
        assert_eq!(b.recurrence, a.recurrence);
        assert_eq!(b.place, a.place, "the coordinates stay");
        assert_eq!(b.extra.get("shared_by"), a.extra.get("shared_by"));
        assert_eq!(b.extra.get("notes").unwrap(), "Bring the letter");
    }

    #[test]
    fn editing_keeps_a_stay_over_several_nights() {
        let a = Appointment::from_value(
            &json!({
                "id": "i", "kind": "hospital", "title": "Induction",
                "start": "2027-03-01T08:00", "end": "2027-03-03T12:00", "overnight": true
            }),
            "a",
        )
        .unwrap();
        let mut f = Form::edit(&a);
        assert_eq!(f.end_days, 2);
        f.title = "Induction of labour".into();
        let b = f.appointment("i").unwrap();
        assert_eq!(b.end, a.end, "still two nights");
        assert!(b.overnight);
        // A plain evening-to-morning appointment is not "several nights".
        let n = Appointment::from_value(
            &json!({ "id": "n", "kind": "hospital", "title": "Triage",
                     "start": "2027-03-01T22:00", "end": "2027-03-02T02:00" }),
            "a",
        )
        .unwrap();
        assert_eq!(Form::edit(&n).end_days, 0);
        assert_eq!(Form::edit(&n).appointment("n").unwrap().end, n.end);
    }

    #[test]
    fn an_end_before_the_start_is_the_next_morning() {
        let f = Form {
            start: "22:00".into(),
            end: "02:00".into(),
            ..form()
        };
        let a = f.appointment("n").unwrap();
        assert_eq!(a.end.date(), NaiveDate::from_ymd_opt(2026, 12, 2).unwrap());
    }
}
