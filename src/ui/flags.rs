//! Things to check: every flag with its plain explanation, what she can do, the draft
//! message with a Copy button, and a link to the guide for its rule. She can mark a
//! flag as sorted, with a note; it then moves to her history, where it stays.

use chrono::NaiveDateTime;
use dioxus::prelude::*;

use super::{off_thread, text, Screen, Services};
use crate::app::Sorted;
use crate::l10n::Value;
use crate::report::{self, RenderedFlag};
use crate::rules::Flag;

/// One flag as the screen shows it.
#[derive(Clone, PartialEq)]
struct Shown {
    flag: Flag,
    text: RenderedFlag,
    guide: &'static str,
}

/// The flags screen.
#[component]
pub fn FlagsScreen() -> Element {
    let mut services = use_context::<Services>();
    let mut copied = use_signal(|| None::<String>);
    let mut problem = use_signal(|| None::<String>);
    let mut notes = use_signal(std::collections::HashMap::<String, String>::new);
    // Bumped after each change, so the lists are read again.
    let mut changed = use_signal(|| 0u32);
    let _ = changed();
    let (now, flags, sorted): (NaiveDateTime, Vec<Shown>, Vec<Sorted>) =
        services.with_app(|app| {
            let plan = app.plan()?;
            let now = chrono::Utc::now()
                .with_timezone(&plan.timezone)
                .naive_local();
            let l = services.l10n.read();
            let flags = app
                .flags(now.date())?
                .into_iter()
                .filter_map(|f| {
                    let text = report::render_flag(&f, plan, &l).ok()?;
                    let guide = f.guide(plan);
                    Some(Shown {
                        flag: f,
                        text,
                        guide,
                    })
                })
                .collect();
            Ok::<_, crate::app::AppError>((now, flags, app.sorted()?))
        })?;
    let is_sorted = |f: &Flag| sorted.iter().any(|s| s.key == f.key());
    let open: Vec<Shown> = flags
        .iter()
        .filter(|s| !is_sorted(&s.flag))
        .cloned()
        .collect();
    let l = services.l10n.read().clone();

    let mark = move |shown: Shown| {
        let key = shown.flag.key();
        let note = notes.read().get(&key).cloned().unwrap_or_default();
        let app = services.handle();
        spawn(async move {
            let done = off_thread(move || {
                super::lock(&app).mark_sorted(&shown.flag, &shown.text.title, &note, now)
            })
            .await;
            if let Some(Err(e)) = &done {
                problem.set(Some(super::problem_text(&services.l10n.read(), e)));
            }
            notes.write().remove(&key);
            changed += 1;
        });
    };
    let reopen = move |key: String| {
        let app = services.handle();
        spawn(async move {
            let _ = off_thread(move || super::lock(&app).unmark_sorted(&key)).await;
            changed += 1;
        });
    };

    rsx! {
        section { class: "card",
            h1 { {services.t("flags-title")} }
            if let Some(p) = problem() {
                p { class: "notice", role: "alert", "{p}" }
            }
            if open.is_empty() {
                p { {services.t("flags-none")} }
            }
        }
        for (i, shown) in open.into_iter().enumerate() {
            article { class: "card flag-card {shown.text.severity}", key: "{shown.flag.key()}",
                h2 { "{shown.text.title}" }
                p { "{shown.text.explanation}" }
                h3 { {services.t("flags-actions")} }
                ol {
                    for (j, a) in shown.text.actions.iter().enumerate() {
                        li { key: "{j}", "{a}" }
                    }
                }
                if let Some(d) = shown.text.draft.clone() {
                    h3 { {services.t("flags-draft")} }
                    blockquote { class: "draft", "{d}" }
                    button {
                        class: "secondary",
                        r#type: "button",
                        onclick: {
                            let key = shown.flag.key();
                            move |_| {
                                let text = serde_json::to_string(&d).unwrap_or_default();
                                let _ = document::eval(&format!("navigator.clipboard.writeText({text})"));
                                copied.set(Some(key.clone()));
                            }
                        },
                        {services.t("flags-copy")}
                    }
                    if copied().as_deref() == Some(shown.flag.key().as_str()) {
                        p { role: "status", {services.t("flags-copied")} }
                    }
                }
                p {
                    button {
                        class: "link",
                        r#type: "button",
                        onclick: {
                            let g = shown.guide;
                            move |_| services.screen.set(Screen::Guide(Some(g)))
                        },
                        {services.t("flags-guide")} " " {text(&l, &format!("guide-{}-title", shown.guide))}
                    }
                }
                details { class: "sort",
                    summary { {services.t("flags-sorted-open")} }
                    label { r#for: "note-{i}", {services.t("flags-sorted-note")} }
                    textarea {
                        id: "note-{i}",
                        rows: "2",
                        value: notes.read().get(&shown.flag.key()).cloned().unwrap_or_default(),
                        oninput: {
                            let key = shown.flag.key();
                            move |e: FormEvent| {
                                notes.write().insert(key.clone(), e.value());
                            }
                        },
                    }
                    button {
                        class: "secondary",
                        r#type: "button",
                        onclick: {
                            let shown = shown.clone();
                            move |_| mark(shown.clone())
                        },
                        {services.t("flags-sorted-button")}
                    }
                }
            }
        }
        if !sorted.is_empty() {
            section { class: "card history",
                h2 { {services.t("flags-history")} }
                ul { class: "items", role: "list",
                    for s in sorted.iter().rev() {
                        li { class: "item", key: "{s.key}",
                            p { class: "item-title", "{s.title}" }
                            p { class: "hint",
                                {l.format("when-at", None, &[("date", Value::Date(s.when.date())), ("time", Value::Time(s.when.time()))]).unwrap_or_default()}
                            }
                            if !s.note.is_empty() {
                                p { "{s.note}" }
                            }
                            if flags.iter().any(|f| f.flag.key() == s.key) {
                                button {
                                    class: "link",
                                    r#type: "button",
                                    onclick: {
                                        let key = s.key.clone();
                                        move |_| reopen(key.clone())
                                    },
                                    {services.t("flags-sorted-undo")}
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
