//! The guides: plain explanations of the rules and systems around her. Each flag
//! links to the guide for its rule ([`crate::rules::Flag::guide`]). The text lives in
//! `locales/<lang>/guides.ftl`: a title, a summary, paragraphs `-p1`, `-p2`, …, whom
//! to ask, and the sources.

use dioxus::prelude::*;

use super::{text, Screen, Services};
use crate::l10n::Value;

/// The guides, in reading order.
pub const GUIDES: [&str; 8] = [
    "licence",
    "community-orders",
    "bail",
    "tags",
    "breach-recall",
    "antenatal-care",
    "contact",
    "who-can-help",
];

/// The most paragraphs a guide has.
const MAX_PARAGRAPHS: usize = 12;

/// The list of guides, or (with an id) one guide.
#[component]
pub fn GuideScreen(id: Option<&'static str>) -> Element {
    let mut services = use_context::<Services>();
    let l = services.l10n.read().clone();
    let Some(id) = id.filter(|id| GUIDES.contains(id)) else {
        return rsx! {
            section { class: "card",
                h1 { {services.t("guides-title")} }
                ul { class: "choices", role: "list",
                    for g in GUIDES {
                        li { key: "{g}",
                            button {
                                class: "choice",
                                r#type: "button",
                                onclick: move |_| services.screen.set(Screen::Guide(Some(g))),
                                span { class: "item-title", {text(&l, &format!("guide-{g}-title"))} }
                                span { class: "hint", {text(&l, &format!("guide-{g}-summary"))} }
                            }
                        }
                    }
                }
            }
        };
    };
    let paragraphs: Vec<String> = (1..=MAX_PARAGRAPHS)
        .map_while(|n| l.text(&format!("guide-{id}-p{n}")).ok())
        .collect();
    rsx! {
        article { class: "card guide",
            h1 { {text(&l, &format!("guide-{id}-title"))} }
            p { class: "summary", {text(&l, &format!("guide-{id}-summary"))} }
            for (n, p) in paragraphs.iter().enumerate() {
                p { key: "{n}", "{p}" }
            }
            h2 { {services.t("guides-ask")} }
            p { {text(&l, &format!("guide-{id}-ask"))} }
            p { class: "hint",
                {super::format(&l, "guides-sources", &[("sources", Value::Text(text(&l, &format!("guide-{id}-sources"))))])}
            }
            button {
                class: "secondary",
                r#type: "button",
                onclick: move |_| services.screen.set(Screen::Guide(None)),
                {services.t("guides-all")}
            }
        }
    }
}
