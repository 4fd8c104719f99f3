//! Things to check: every flag with its plain explanation, what she can do, and the
//! draft message with a Copy button.

use dioxus::prelude::*;

use super::Services;
use crate::report::{self, RenderedFlag};

/// The flags screen.
#[component]
pub fn FlagsScreen() -> Element {
    let services = use_context::<Services>();
    let mut copied = use_signal(|| None::<usize>);
    let flags: Vec<RenderedFlag> = services.with_app(|app| {
        let Ok(plan) = app.plan() else {
            return Vec::new();
        };
        let today = chrono::Utc::now()
            .with_timezone(&plan.timezone)
            .date_naive();
        let l = services.l10n.read();
        app.flags(today)
            .map(|fs| {
                fs.iter()
                    .filter_map(|f| report::render_flag(f, plan, &l).ok())
                    .collect()
            })
            .unwrap_or_default()
    });
    rsx! {
        section { class: "card",
            h1 { {services.t("flags-title")} }
            if flags.is_empty() {
                p { {services.t("flags-none")} }
            }
        }
        for (i, f) in flags.into_iter().enumerate() {
            article { class: "card flag-card {f.severity}", key: "{i}",
                h2 { "{f.title}" }
                p { "{f.explanation}" }
                h3 { {services.t("flags-actions")} }
                ol {
                    for (j, a) in f.actions.iter().enumerate() {
                        li { key: "{j}", "{a}" }
                    }
                }
                if let Some(d) = f.draft.clone() {
                    h3 { {services.t("flags-draft")} }
                    blockquote { class: "draft", "{d}" }
                    button {
                        class: "secondary",
                        r#type: "button",
                        onclick: move |_| {
                            let text = serde_json::to_string(&d).unwrap_or_default();
                            let _ = document::eval(&format!("navigator.clipboard.writeText({text})"));
                            copied.set(Some(i));
                        },
                        {services.t("flags-copy")}
                    }
                    if copied() == Some(i) {
                        p { role: "status", {services.t("flags-copied")} }
                    }
                }
            }
        }
    }
}
