//! The unlock screen. A wrong passphrase and the growing delay are told calmly; the
//! KDF runs on a worker thread.

use std::time::SystemTime;

use dioxus::prelude::*;

use super::{off_thread, Screen, Services};
use crate::vault::Passphrase;

/// Unlock.
#[component]
pub fn UnlockScreen() -> Element {
    let mut services = use_context::<Services>();
    let mut pass = use_signal(String::new);
    let mut message = use_signal(|| None::<String>);
    let mut busy = use_signal(|| false);
    let submit = move |e: FormEvent| {
        e.prevent_default();
        if busy() {
            return;
        }
        busy.set(true);
        let app = services.handle();
        let p = Passphrase::new(pass.read().clone());
        pass.set(String::new());
        spawn(async move {
            let result = off_thread(move || {
                let mut a = super::lock(&app);
                a.unlock(&p, SystemTime::now()).and_then(|_| a.language())
            })
            .await;
            busy.set(false);
            match result {
                Some(Ok(lang)) => {
                    message.set(None);
                    services.set_language(&lang);
                    services.screen.set(Screen::Today);
                }
                Some(Err(err)) => {
                    message.set(Some(super::problem_text(&services.l10n.read(), &err)))
                }
                None => message.set(Some(services.t("unlock-damaged"))),
            }
        });
    };
    rsx! {
        section { class: "card",
            h1 { {services.t("unlock-title")} }
            form { onsubmit: submit,
                label { r#for: "unlock-pass", {services.t("unlock-label")} }
                input {
                    id: "unlock-pass",
                    r#type: "password",
                    autocomplete: "current-password",
                    value: "{pass}",
                    oninput: move |e| pass.set(e.value()),
                }
                if let Some(m) = message() {
                    p { class: "notice", role: "status", "{m}" }
                }
                button { class: "primary", r#type: "submit", disabled: busy(), {services.t("unlock-button")} }
            }
        }
    }
}
