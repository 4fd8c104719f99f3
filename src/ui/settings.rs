//! Settings: language, auto-lock, discreet reminders, passphrase, and wipe with a
//! clear warning.

use std::time::SystemTime;

use dioxus::prelude::*;
use serde_json::json;

use super::{off_thread, Screen, Services};
use crate::app::settings;
use crate::vault::Passphrase;

/// Settings.
#[component]
pub fn SettingsScreen() -> Element {
    let mut services = use_context::<Services>();
    let mut minutes = use_signal(|| {
        services.with_app(|a| {
            a.auto_lock()
                .map(|d| (d.as_secs() / 60).to_string())
                .unwrap_or_default()
        })
    });
    let mut detailed =
        use_signal(|| services.with_app(|a| a.detailed_notifications().unwrap_or(false)));
    let mut new_pass = use_signal(String::new);
    let mut duress = use_signal(String::new);
    // Setting or turning off the second passphrase empties the other diary: she ticks
    // that she understands first.
    let mut understood = use_signal(|| false);
    let mut confirm = use_signal(String::new);
    let mut status = use_signal(|| None::<String>);
    let lang = services.l10n.read().lang().to_string();

    let store = move |key: &'static str, value: serde_json::Value| {
        let app = services.handle();
        spawn(async move {
            let ok = off_thread(move || super::lock(&app).set_setting(key, value).is_ok()).await;
            if ok == Some(true) {
                status.set(Some(services.t("settings-saved")));
            }
        });
    };
    // Sets (or with `None` removes) the duress passphrase, off the UI thread.
    let mut set_duress = move |p: Option<Passphrase>| {
        if !understood() {
            return;
        }
        let removing = p.is_none();
        duress.set(String::new());
        understood.set(false);
        let app = services.handle();
        spawn(async move {
            let result =
                off_thread(move || super::lock(&app).set_duress(p.as_ref(), SystemTime::now()))
                    .await;
            status.set(Some(match result {
                Some(Ok(())) if removing => services.t("settings-duress-removed"),
                Some(Ok(())) => services.t("settings-duress-done"),
                Some(Err(e)) => super::problem_text(&services.l10n.read(), &e),
                None => services.t("unlock-damaged"),
            }));
        });
    };
    let wipe_word = services.t("settings-wipe-word");
    let can_wipe = crate::l10n::same_word(&confirm.read(), &wipe_word);

    rsx! {
        section { class: "card",
            h1 { {services.t("settings-title")} }
            if let Some(s) = status() {
                p { class: "notice", role: "status", "{s}" }
            }
            label { r#for: "language", {services.t("settings-language")} }
            select {
                id: "language",
                onchange: move |e| {
                    let tag = e.value();
                    services.set_language(&tag);
                    store(settings::LANGUAGE, json!(tag));
                },
                for tag in super::first_run::LANGUAGES {
                    option { value: tag, selected: lang == tag, lang: tag, {services.t(&format!("language-name-{tag}"))} }
                }
            }
            label { r#for: "autolock", {services.t("settings-autolock")} }
            input { id: "autolock", r#type: "number", min: "1", value: "{minutes}", oninput: move |e| minutes.set(e.value()) }
            button {
                class: "secondary",
                r#type: "button",
                onclick: move |_| {
                    if let Ok(m) = minutes.read().trim().parse::<u64>() {
                        store(settings::AUTO_LOCK_MINUTES, json!(m.max(1)));
                    }
                },
                {services.t("settings-autolock-save")}
            }
            label { class: "check",
                input {
                    r#type: "checkbox",
                    checked: detailed(),
                    onchange: move |e| {
                        detailed.set(e.checked());
                        store(settings::DISCREET_NOTIFICATIONS, json!(!e.checked()));
                    },
                }
                {services.t("settings-discreet")}
            }
        }
        section { class: "card",
            h2 { {services.t("settings-passphrase")} }
            label { r#for: "new-pass", {services.t("settings-passphrase-new")} }
            input { id: "new-pass", r#type: "password", autocomplete: "new-password", value: "{new_pass}", oninput: move |e| new_pass.set(e.value()) }
            button {
                class: "secondary",
                r#type: "button",
                disabled: new_pass.read().chars().count() < Passphrase::MIN_CHARS,
                onclick: move |_| {
                    let p = Passphrase::new(new_pass());
                    new_pass.set(String::new());
                    let app = services.handle();
                    spawn(async move {
                        let result = off_thread(move || {
                            super::lock(&app).change_passphrase(&p, SystemTime::now())
                        })
                        .await;
                        status.set(Some(match result {
                            Some(Ok(())) => services.t("settings-passphrase-done"),
                            Some(Err(e)) => super::problem_text(&services.l10n.read(), &e),
                            None => services.t("unlock-damaged"),
                        }));
                    });
                },
                {services.t("settings-passphrase-save")}
            }
        }
        section { class: "card",
            h2 { {services.t("settings-duress")} }
            p { {services.t("first-duress-why")} }
            p { class: "notice", {services.t("settings-duress-replaces")} }
            label { r#for: "new-duress", {services.t("settings-duress-new")} }
            input { id: "new-duress", r#type: "password", autocomplete: "off", value: "{duress}", oninput: move |e| duress.set(e.value()) }
            label { class: "check",
                input { r#type: "checkbox", checked: understood(), onchange: move |e| understood.set(e.checked()) }
                {services.t("settings-duress-understood")}
            }
            div { class: "row",
                button {
                    class: "secondary",
                    r#type: "button",
                    disabled: !understood() || duress.read().chars().count() < Passphrase::MIN_CHARS,
                    onclick: move |_| set_duress(Some(Passphrase::new(duress()))),
                    {services.t("settings-duress-save")}
                }
                button {
                    class: "secondary",
                    r#type: "button",
                    disabled: !understood(),
                    onclick: move |_| set_duress(None),
                    {services.t("settings-duress-remove")}
                }
            }
        }
        section { class: "card danger",
            h2 { {services.t("settings-wipe")} }
            p { {services.t("settings-wipe-warning")} }
            label { r#for: "wipe-confirm", {services.t("settings-wipe-confirm")} }
            input { id: "wipe-confirm", r#type: "text", autocomplete: "off", value: "{confirm}", oninput: move |e| confirm.set(e.value()) }
            button {
                class: "exit",
                r#type: "button",
                disabled: !can_wipe,
                onclick: move |_| {
                    // The handler checks the word itself: a disabled attribute is
                    // not enough guard for something that cannot be undone.
                    if !crate::l10n::same_word(&confirm.read(), &services.t("settings-wipe-word")) {
                        return;
                    }
                    let app = services.handle();
                    spawn(async move {
                        let done = off_thread(move || super::lock(&app).wipe().is_ok()).await;
                        if done == Some(true) {
                            services.screen.set(Screen::FirstRun);
                        }
                    });
                },
                {services.t("settings-wipe-button")}
            }
        }
    }
}
