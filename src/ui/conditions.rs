//! My rules: a guided setup for the conditions of a licence, order or bail. Each rule
//! shows where it came from and its dates. Coordinates come from a pasted map link or
//! typed numbers ([`crate::domain::geo_link`]), so no network is needed.

use dioxus::prelude::*;
use serde_json::{json, Value};

use super::{off_thread, Services};
use crate::domain::{geo_link, Condition, Place};

const SOURCES: [&str; 5] = [
    "licence",
    "community_order",
    "suspended_sentence",
    "bail",
    "other",
];
const MONITORING: [&str; 5] = ["none", "rf_tag", "gps_tag", "alcohol_tag", "doorstep"];

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

/// My rules.
#[component]
pub fn ConditionsScreen() -> Element {
    let services = use_context::<Services>();
    let source = use_signal(|| "licence".to_string());
    let starts = use_signal(String::new);
    let ends = use_signal(String::new);
    let from = use_signal(|| "19:00".to_string());
    let to = use_signal(|| "07:00".to_string());
    let monitoring = use_signal(|| "none".to_string());
    let zone_name = use_signal(String::new);
    let zone_where = use_signal(String::new);
    let zone_radius = use_signal(|| "500".to_string());
    let home_where = use_signal(String::new);
    let mut status = use_signal(|| None::<String>);
    let mut revision = use_signal(|| 0u32);

    let mut save = move |c: Option<Condition>| {
        let Some(c) = c else {
            status.set(Some(services.t("add-fix")));
            return;
        };
        let app = services.handle();
        spawn(async move {
            let ok = off_thread(move || super::lock(&app).save_condition(c).is_ok()).await;
            status.set(Some(if ok == Some(true) {
                services.t("conditions-added")
            } else {
                services.t("add-fix")
            }));
            revision += 1;
        });
    };
    let mut simple = move |kind: Value| {
        save(condition(kind, &source(), &starts(), &ends()));
    };

    let _ = revision();
    let existing: Vec<(String, String, String)> = services.with_app(|app| {
        app.plan()
            .map(|p| {
                p.conditions
                    .iter()
                    .map(|c| {
                        let dates = match (c.starts, c.ends) {
                            (Some(a), Some(b)) => format!("{a} – {b}"),
                            (Some(a), None) => format!("{a} –"),
                            (None, Some(b)) => format!("– {b}"),
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
                        Err(e) if !home_where().trim().is_empty() => {
                            status.set(Some(e.to_string()));
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
            div { class: "row",
                div { {text_input("curfew-from", "conditions-curfew-from", from, "time")} }
                div { {text_input("curfew-to", "conditions-curfew-to", to, "time")} }
            }
            {choose("monitoring", "conditions-curfew-tag", monitoring, &MONITORING, "monitoring-")}
            button {
                class: "primary",
                r#type: "button",
                onclick: move |_| {
                    let v = json!({ "kind": "curfew", "monitoring": monitoring(),
                                    "windows": [ { "from": from(), "to": to() } ] });
                    save(condition(v, &source(), &starts(), &ends()));
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
                    let at = match geo_link::parse(&zone_where()) {
                        Ok(p) => p,
                        Err(e) => {
                            status.set(Some(e.to_string()));
                            return;
                        }
                    };
                    let radius: f64 = zone_radius().trim().parse().unwrap_or(500.0);
                    let mut v = json!({ "kind": "exclusion_zone",
                        "area": { "circle": { "lat": at.lat, "lon": at.lon, "radius_m": radius } } });
                    if !zone_name().trim().is_empty() {
                        v["label"] = json!(zone_name().trim());
                    }
                    save(condition(v, &source(), &starts(), &ends()));
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
