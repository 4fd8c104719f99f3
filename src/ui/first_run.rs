//! First run: the language first (each written in its own script), then the
//! passphrase with why it matters, then an optional duress passphrase explained
//! honestly, then the due date and the supervision she is under.

use chrono::NaiveDate;
use dioxus::prelude::*;

use super::{off_thread, Screen, Services};
use crate::app::FirstRun;
use crate::domain::Source;
use crate::vault::Passphrase;

/// The languages offered, by tag.
pub use crate::l10n::LANGUAGES;

const SUPERVISION: [(Source, &str); 5] = [
    (Source::Licence, "licence"),
    (Source::CommunityOrder, "community_order"),
    (Source::SuspendedSentence, "suspended_sentence"),
    (Source::Bail, "bail"),
    (Source::Other, "other"),
];

/// First run.
#[component]
pub fn FirstRunScreen() -> Element {
    let mut services = use_context::<Services>();
    let mut step = use_signal(|| 0u8);
    let mut lang = use_signal(|| "en-GB".to_string());
    let mut pass = use_signal(String::new);
    let mut again = use_signal(String::new);
    let mut duress = use_signal(String::new);
    let mut pregnant = use_signal(|| false);
    let mut due = use_signal(String::new);
    let mut first_baby = use_signal(|| false);
    let mut supervision = use_signal(Vec::<Source>::new);
    let mut problem = use_signal(|| None::<String>);
    let mut busy = use_signal(|| false);

    let finish = move |_| {
        if busy() {
            return;
        }
        busy.set(true);
        let setup = FirstRun {
            language: lang(),
            passphrase: Passphrase::new(pass()),
            duress: (!duress.read().is_empty()).then(|| Passphrase::new(duress())),
            due_date: if pregnant() {
                NaiveDate::parse_from_str(&due(), "%Y-%m-%d").ok()
            } else {
                None
            },
            first_pregnancy: first_baby(),
            supervision: supervision(),
        };
        pass.set(String::new());
        again.set(String::new());
        duress.set(String::new());
        let app = services.handle();
        spawn(async move {
            let done =
                off_thread(move || super::lock(&app).set_up(setup).map_err(|e| e.to_string()))
                    .await;
            busy.set(false);
            match done {
                Some(Ok(())) => services.screen.set(Screen::Today),
                Some(Err(e)) => problem.set(Some(e)),
                None => problem.set(Some(services.t("unlock-damaged"))),
            }
        });
    };

    let body = match step() {
        0 => rsx! {
            h1 { {services.t("first-language-title")} }
            ul { class: "choices", role: "list",
                for tag in LANGUAGES {
                    li { key: "{tag}",
                        button {
                            class: if lang() == tag { "choice chosen" } else { "choice" },
                            r#type: "button",
                            lang: "{tag}",
                            aria_pressed: if lang() == tag { "true" } else { "false" },
                            onclick: move |_| {
                                lang.set(tag.to_string());
                                services.set_language(tag);
                            },
                            {services.t(&format!("language-name-{tag}"))}
                        }
                    }
                }
            }
            button { class: "primary", r#type: "button", onclick: move |_| step.set(1), {services.t("first-language-next")} }
        },
        1 => {
            let short = pass.read().chars().count() < Passphrase::MIN_CHARS;
            let differ = *pass.read() != *again.read();
            rsx! {
                h1 { {services.t("first-passphrase-title")} }
                p { {services.t("first-passphrase-why")} }
                p { class: "notice", {services.t("first-passphrase-forget")} }
                label { r#for: "pass1", {services.t("first-passphrase-label")} }
                input { id: "pass1", r#type: "password", autocomplete: "new-password", value: "{pass}", oninput: move |e| pass.set(e.value()) }
                label { r#for: "pass2", {services.t("first-passphrase-again")} }
                input { id: "pass2", r#type: "password", autocomplete: "new-password", value: "{again}", oninput: move |e| again.set(e.value()) }
                if !pass.read().is_empty() && short {
                    p { class: "hint", role: "status", {services.t("first-passphrase-short")} }
                } else if !again.read().is_empty() && differ {
                    p { class: "hint", role: "status", {services.t("first-passphrase-differ")} }
                }
                div { class: "row",
                    button { class: "secondary", r#type: "button", onclick: move |_| step.set(0), {services.t("first-back")} }
                    button { class: "primary", r#type: "button", disabled: short || differ, onclick: move |_| step.set(2), {services.t("first-next")} }
                }
            }
        }
        2 => rsx! {
            h1 { {services.t("first-duress-title")} }
            p { {services.t("first-duress-why")} }
            p { class: "notice", {services.t("first-duress-honest")} }
            label { r#for: "duress", {services.t("first-duress-label")} }
            input { id: "duress", r#type: "password", autocomplete: "off", value: "{duress}", oninput: move |e| duress.set(e.value()) }
            div { class: "row",
                button { class: "secondary", r#type: "button", onclick: move |_| { duress.set(String::new()); step.set(3) }, {services.t("first-duress-skip")} }
                button {
                    class: "primary",
                    r#type: "button",
                    disabled: duress.read().chars().count() < Passphrase::MIN_CHARS || *duress.read() == *pass.read(),
                    onclick: move |_| step.set(3),
                    {services.t("first-next")}
                }
            }
        },
        _ => rsx! {
            h1 { {services.t("first-about-title")} }
            label { class: "check",
                input { r#type: "checkbox", checked: pregnant(), onchange: move |e| pregnant.set(e.checked()) }
                {services.t("first-about-pregnant")}
            }
            if pregnant() {
                label { r#for: "due", {services.t("first-about-due")} }
                input { id: "due", r#type: "date", value: "{due}", oninput: move |e| due.set(e.value()) }
                label { class: "check",
                    input { r#type: "checkbox", checked: first_baby(), onchange: move |e| first_baby.set(e.checked()) }
                    {services.t("first-about-first")}
                }
            }
            fieldset {
                legend { {services.t("first-about-supervision")} }
                for (source, name) in SUPERVISION {
                    label { class: "check", key: "{name}",
                        input {
                            r#type: "checkbox",
                            checked: supervision.read().contains(&source),
                            onchange: move |e| {
                                let mut s = supervision.write();
                                s.retain(|x| *x != source);
                                if e.checked() {
                                    s.push(source);
                                }
                            },
                        }
                        {services.t(&format!("supervision-{name}"))}
                    }
                }
            }
            if let Some(p) = problem() {
                p { class: "notice", role: "alert", "{p}" }
            }
            div { class: "row",
                button { class: "secondary", r#type: "button", onclick: move |_| step.set(2), {services.t("first-back")} }
                button { class: "primary", r#type: "button", disabled: busy(), onclick: finish, {services.t("first-finish")} }
            }
        },
    };
    rsx! {
        section { class: "card", {body} }
    }
}
