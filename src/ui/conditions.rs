//! My rules: a guided setup for the conditions of a licence, order or bail. Each rule
//! shows where it came from and its dates. Coordinates come from a pasted map link or
//! typed numbers ([`crate::domain::geo_link`]), so no network is needed.

use dioxus::prelude::*;
use serde_json::{json, Value};

use super::{off_thread, Services};
use crate::domain::{geo_link, Condition, Place};
use crate::l10n::Value as Arg;

const SOURCES: [&str; 5] = [
    "licence",
    "community_order",
    "suspended_sentence",
    "bail",
    "other",
];
const MONITORING: [&str; 5] = ["none", "rf_tag", "gps_tag", "alcohol_tag", "doorstep"];
const DAYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

/// One set of curfew hours being built: the days it starts on, and its times.
#[derive(Clone, Debug, PartialEq)]
struct Hours {
    days: Vec<&'static str>,
    from: String,
    to: String,
}

impl Hours {
    /// The window as the plan writes it; all seven days means every day.
    fn window(&self) -> Value {
        let mut w = json!({ "from": self.from, "to": self.to });
        if self.days.len() < DAYS.len() {
            w["days"] = json!(self.days);
        }
        w
    }
}

/// Builds a condition through the domain's own decoding: its checks are the spec's.
fn condition(mut v: Value, source: &str, starts: &str, ends: &str) -> Option<Condition> {
    v["id"] = json!(crate::app::new_id());
    v["source"] = json!(source);
    if !starts.is_empty() {
        v["starts"] = json!(starts);
    }
    if !ends.is_empty() {
        v["ends"] = json!(ends);
    }
    Condition::from_value(&v, "condition").ok()
}

/// The days, in words: "Monday, Tuesday, Wednesday".
fn day_list(l: &crate::l10n::Localizer, days: &[&str]) -> String {
    days.iter()
        .map(|d| super::text(l, &format!("weekday-{d}")))
        .collect::<Vec<_>>()
        .join(", ")
}

/// My rules.
#[component]
pub fn ConditionsScreen() -> Element {
    let services = use_context::<Services>();
    let source = use_signal(|| "licence".to_string());
    let starts = use_signal(String::new);
    let ends = use_signal(String::new);
    let from = use_signal(|| "19:00".to_string());
    let to = use_signal(|| "07:00".to_string());
    let mut days = use_signal(|| DAYS.to_vec());
    // Hours already added to the curfew being built (for different hours on different
    // days, such as 19:00 on weekdays and 21:00 at the weekend).
    let mut hours = use_signal(Vec::<Hours>::new);
    let named = use_signal(String::new);
    let mut shared = use_signal(String::new);
    let mut shared_problems = use_signal(Vec::<String>::new);
    let monitoring = use_signal(|| "none".to_string());
    let zone_name = use_signal(String::new);
    let zone_where = use_signal(String::new);
    let zone_radius = use_signal(|| "500".to_string());
    let home_where = use_signal(String::new);
    let mut status = use_signal(|| None::<String>);
    let mut revision = use_signal(|| 0u32);

    // Saves a condition off the UI thread. With `curfew`, the hours she built are
    // cleared, but only once the curfew is stored.
    let mut save = move |c: Option<Condition>, curfew: bool| {
        let Some(c) = c else {
            status.set(Some(services.t("add-fix")));
            return;
        };
        let app = services.handle();
        spawn(async move {
            let done = off_thread(move || super::lock(&app).save_condition(c)).await;
            match done {
                Some(Ok(())) => {
                    status.set(Some(services.t("conditions-added")));
                    if curfew {
                        hours.set(Vec::new());
                        days.set(DAYS.to_vec());
                    }
                }
                Some(Err(e)) => status.set(Some(super::problem_text(&services.l10n.read(), &e))),
                None => status.set(Some(services.t("unlock-damaged"))),
            }
            revision += 1;
        });
    };
    let mut simple = move |kind: Value| {
        save(condition(kind, &source(), &starts(), &ends()), false);
    };

    let _ = revision();
    let l = services.l10n.read().clone();
    let dates = |id: &str, start: Option<chrono::NaiveDate>, end: Option<chrono::NaiveDate>| {
        let mut args = Vec::new();
        if let Some(d) = start {
            args.push(("start", Arg::Date(d)));
        }
        if let Some(d) = end {
            args.push(("end", Arg::Date(d)));
        }
        super::format(&l, id, &args)
    };
    let existing: Vec<(String, String, String)> = services.with_app(|app| {
        app.plan()
            .map(|p| {
                p.conditions
                    .iter()
                    .map(|c| {
                        let dates = match (c.starts, c.ends) {
                            (Some(_), Some(_)) => dates("conditions-dates", c.starts, c.ends),
                            (Some(_), None) => dates("conditions-dates-from", c.starts, None),
                            (None, Some(_)) => dates("conditions-dates-until", None, c.ends),
                            (None, None) => String::new(),
                        };
                        (
                            services.t(&format!("conditions-kind-{}", c.kind().as_str())),
                            services.t(&format!("source-{}", c.source.as_str())),
                            dates,
                        )
                    })
                    .collect()
            })
            .unwrap_or_default()
    });

    let text_input =
        |id: &'static str, label: &'static str, mut sig: Signal<String>, kind: &'static str| {
            rsx! {
                label { r#for: id, {services.t(label)} }
                input { id: id, r#type: kind, value: "{sig}", oninput: move |e| sig.set(e.value()) }
            }
        };
    let choose = |id: &'static str,
                  label: &'static str,
                  mut sig: Signal<String>,
                  options: &'static [&'static str],
                  prefix: &'static str| {
        rsx! {
            label { r#for: id, {services.t(label)} }
            select { id: id, onchange: move |e| sig.set(e.value()),
                for o in options.iter() {
                    option { value: *o, selected: sig() == *o, {services.t(&format!("{prefix}{o}"))} }
                }
            }
        }
    };

    rsx! {
        section { class: "card",
            h1 { {services.t("conditions-title")} }
            p { {services.t("conditions-intro")} }
            if existing.is_empty() {
                p { class: "hint", {services.t("conditions-none")} }
            }
            ul { class: "items", role: "list",
                for (i, (kind, src, dates)) in existing.iter().enumerate() {
                    li { class: "item", key: "{i}",
                        p { class: "item-title", "{kind}" }
                        p { "{src}" }
                        if !dates.is_empty() { p { "{dates}" } }
                    }
                }
            }
            if let Some(s) = status() {
                p { class: "notice", role: "status", "{s}" }
            }
        }
        section { class: "card",
            {choose("source", "conditions-source", source, &SOURCES, "source-")}
            {text_input("starts", "conditions-starts", starts, "date")}
            {text_input("ends", "conditions-ends", ends, "date")}
        }
        details { class: "card sort",
            summary { {services.t("conditions-shared")} }
            p { {services.t("conditions-shared-how")} }
            label { r#for: "shared-plan", {services.t("conditions-shared-label")} }
            textarea { id: "shared-plan", rows: "4", value: "{shared}", oninput: move |e| shared.set(e.value()) }
            button {
                class: "secondary",
                r#type: "button",
                disabled: shared.read().trim().is_empty(),
                onclick: move |_| {
                    let text = shared();
                    let app = services.handle();
                    spawn(async move {
                        let result = off_thread(move || super::lock(&app).import_shared(&text)).await;
                        let l = services.l10n.read().clone();
                        match result {
                            Some(Ok(sum)) => {
                                shared.set(String::new());
                                shared_problems.set(Vec::new());
                                status.set(Some(l.format("conditions-shared-done", None, &[
                                    ("appointments", Arg::Number((sum.appointments_added + sum.appointments_replaced) as i64)),
                                    ("conditions", Arg::Number((sum.conditions_added + sum.conditions_replaced) as i64)),
                                ]).unwrap_or_default()));
                            }
                            Some(Err(crate::app::AppError::Plan(crate::domain::PlanError::Invalid(p)))) => {
                                let lines: Vec<String> = p.to_string().lines().map(str::to_string).collect();
                                status.set(Some(l.format("conditions-shared-invalid", None, &[
                                    ("count", Arg::Number(lines.len() as i64)),
                                ]).unwrap_or_default()));
                                shared_problems.set(lines);
                            }
                            Some(Err(crate::app::AppError::Plan(_))) => {
                                shared_problems.set(Vec::new());
                                status.set(Some(services.t("conditions-shared-not-plan")));
                            }
                            Some(Err(e)) => status.set(Some(super::problem_text(&l, &e))),
                            None => status.set(Some(services.t("unlock-damaged"))),
                        }
                        revision += 1;
                    });
                },
                {services.t("conditions-shared-add")}
            }
            if !shared_problems.read().is_empty() {
                ul { class: "problems",
                    for (i, p) in shared_problems.read().iter().enumerate() {
                        li { key: "{i}", lang: "en", dir: "ltr", "{p}" }
                    }
                }
            }
        }
        section { class: "card",
            h2 { {services.t("conditions-home")} }
            {text_input("home-where", "conditions-home-where", home_where, "text")}
            button {
                class: "secondary",
                r#type: "button",
                onclick: move |_| {
                    let mut place = Place::new("Home");
                    match geo_link::parse(&home_where()) {
                        Ok(p) => place.coords = Some(p),
                        Err(_) if !home_where().trim().is_empty() => {
                            status.set(Some(services.t("conditions-where-invalid")));
                            return;
                        }
                        Err(_) => {}
                    }
                    let app = services.handle();
                    spawn(async move {
                        let ok = off_thread(move || super::lock(&app).set_home(place).is_ok()).await;
                        if ok == Some(true) {
                            status.set(Some(services.t("conditions-added")));
                        }
                    });
                },
                {services.t("conditions-home-save")}
            }
        }
        section { class: "card",
            h2 { {services.t("conditions-curfew")} }
            fieldset {
                legend { {services.t("conditions-curfew-days")} }
                div { class: "days",
                    for d in DAYS {
                        label { class: "check", key: "{d}",
                            input {
                                r#type: "checkbox",
                                checked: days.read().contains(&d),
                                onchange: move |e| {
                                    let mut w = days.write();
                                    w.retain(|x| *x != d);
                                    if e.checked() {
                                        w.push(d);
                                        w.sort_by_key(|x| DAYS.iter().position(|y| y == x));
                                    }
                                },
                            }
                            {services.t(&format!("weekday-{d}"))}
                        }
                    }
                }
            }
            div { class: "row",
                div { {text_input("curfew-from", "conditions-curfew-from", from, "time")} }
                div { {text_input("curfew-to", "conditions-curfew-to", to, "time")} }
            }
            if !hours.read().is_empty() {
                ul { class: "items", role: "list",
                    for (i, h) in hours.read().iter().enumerate() {
                        li { class: "item", key: "{i}",
                            {l.format("conditions-hours", None, &[("days", Arg::Text(day_list(&l, &h.days))), ("from", Arg::Text(h.from.clone())), ("to", Arg::Text(h.to.clone()))]).unwrap_or_default()}
                        }
                    }
                }
            }
            button {
                class: "secondary",
                r#type: "button",
                disabled: days.read().is_empty(),
                onclick: move |_| {
                    if days.read().is_empty() {
                        return;
                    }
                    hours.write().push(Hours { days: days(), from: from(), to: to() });
                    // The next hours are usually for the other days.
                    let rest: Vec<&'static str> = DAYS
                        .iter()
                        .copied()
                        .filter(|d| !hours.read().iter().any(|h| h.days.contains(d)))
                        .collect();
                    days.set(rest);
                },
                {services.t("conditions-curfew-more")}
            }
            {choose("monitoring", "conditions-curfew-tag", monitoring, &MONITORING, "monitoring-")}
            button {
                class: "primary",
                r#type: "button",
                onclick: move |_| {
                    let mut all = hours();
                    if !days.read().is_empty() {
                        all.push(Hours { days: days(), from: from(), to: to() });
                    }
                    let windows: Vec<Value> = all.iter().map(Hours::window).collect();
                    let v = json!({ "kind": "curfew", "monitoring": monitoring(), "windows": windows });
                    save(condition(v, &source(), &starts(), &ends()), true);
                },
                {services.t("conditions-add-curfew")}
            }
        }
        section { class: "card",
            h2 { {services.t("conditions-zone")} }
            {text_input("zone-name", "conditions-zone-name", zone_name, "text")}
            {text_input("zone-where", "conditions-zone-where", zone_where, "text")}
            {text_input("zone-radius", "conditions-zone-radius", zone_radius, "number")}
            button {
                class: "primary",
                r#type: "button",
                onclick: move |_| {
                    let Ok(at) = geo_link::parse(&zone_where()) else {
                        status.set(Some(services.t("conditions-where-invalid")));
                        return;
                    };
                    let radius: f64 = zone_radius().trim().parse().unwrap_or(500.0);
                    let mut v = json!({ "kind": "exclusion_zone",
                        "area": { "circle": { "lat": at.lat, "lon": at.lon, "radius_m": radius } } });
                    if !zone_name().trim().is_empty() {
                        v["label"] = json!(zone_name().trim());
                    }
                    save(condition(v, &source(), &starts(), &ends()), false);
                },
                {services.t("conditions-add-zone")}
            }
        }
        section { class: "card",
            h2 { {services.t("conditions-other")} }
            button { class: "secondary", r#type: "button",
                onclick: move |_| simple(json!({ "kind": "no_contact", "who": "under_18" })),
                {services.t("conditions-add-no-contact")}
            }
            {text_input("named", "conditions-named", named, "text")}
            button { class: "secondary", r#type: "button",
                disabled: named.read().trim().is_empty(),
                onclick: move |_| {
                    let name = named.read().trim().to_string();
                    if !name.is_empty() {
                        simple(json!({ "kind": "no_contact", "who": "named", "name": name }));
                    }
                },
                {services.t("conditions-add-named")}
            }
            button { class: "secondary", r#type: "button",
                onclick: move |_| simple(json!({ "kind": "approved_address" })),
                {services.t("conditions-add-approved")}
            }
            button { class: "secondary", r#type: "button",
                onclick: move |_| simple(json!({ "kind": "travel_ban", "allowed_countries": ["GB"] })),
                {services.t("conditions-add-travel")}
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn different_hours_on_different_days_make_one_curfew() {
        let weekdays = Hours {
            days: DAYS[..5].to_vec(),
            from: "19:00".into(),
            to: "07:00".into(),
        };
        let weekend = Hours {
            days: vec!["sat", "sun"],
            from: "21:00".into(),
            to: "07:00".into(),
        };
        let every_day = Hours {
            days: DAYS.to_vec(),
            ..weekend.clone()
        };
        assert!(every_day.window().get("days").is_none(), "every day");
        let v = json!({ "kind": "curfew", "windows": [weekdays.window(), weekend.window()] });
        let c = condition(v, "licence", "", "").expect("a valid curfew");
        let back = c.to_value();
        assert_eq!(back["windows"][1]["days"], json!(["sat", "sun"]));
        assert_eq!(back["windows"][0]["from"], "19:00");
        assert!(condition(
            json!({ "kind": "curfew", "windows": [] }),
            "licence",
            "",
            ""
        )
        .is_none());
    }
}
