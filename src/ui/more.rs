//! More: the screens that do not fit on the tab bar.

use dioxus::prelude::*;

use super::{Screen, Services};

/// The menu of the other screens.
#[component]
pub fn MoreScreen() -> Element {
    let mut services = use_context::<Services>();
    rsx! {
        section { class: "card",
            h1 { {services.t("more-title")} }
            ul { class: "choices", role: "list",
                for (target, label, hint) in [
                    (Screen::Conditions, "nav-conditions", "more-conditions"),
                    (Screen::Pregnancy, "nav-pregnancy", "more-pregnancy"),
                    (Screen::Guide(None), "nav-guides", "more-guides"),
                    (Screen::Glossary, "nav-glossary", "more-glossary"),
                    (Screen::Sharing, "nav-sharing", "more-sharing"),
                    (Screen::Settings, "nav-settings", "more-settings"),
                ] {
                    li { key: "{label}",
                        button {
                            class: "choice",
                            id: "more-{label}",
                            r#type: "button",
                            onclick: move |_| services.screen.set(target),
                            span { class: "item-title", {services.t(label)} }
                            span { class: "hint", {services.t(hint)} }
                        }
                    }
                }
            }
        }
    }
}
