//! Things to check: every flag with its plain explanation, what she can do, the draft
//! message with a Copy button, and a link to the guide for its rule. She can mark a
//! flag as sorted, with a note; it then moves to her history, where it stays.

use chrono::NaiveDateTime;
use dioxus::prelude::*;

use super::{off_thread, Screen, Services};
use crate::app::Sorted;
use crate::l10n::Value;
use crate::report::{self, RenderedFlag};
use crate::rules::Flag;

/// One flag as the screen shows it.
#[derive(Clone, PartialEq)]
struct Shown {
    flag: Flag,
    key: String,
    text: RenderedFlag,
    /// The draft in English, when her language is another: the person she writes to
    /// may read only English.
    english_draft: Option<String>,
    guide: &'static str,
    /// That guide's title, in her language.
    guide_title: String,
}

/// Text for the clipboard: without the invisible isolation marks that keep values in
/// order on screen (in a text message they would cost characters, or show as boxes).
fn plain_text(s: &str) -> String {
    s.chars()
        .filter(|c| !matches!(c, '\u{2066}'..='\u{2069}'))
        .collect()
}

/// Now, on the wall clock of the diary's zone.
fn now_in(plan: &crate::domain::Plan) -> NaiveDateTime {
    chrono::Utc::now()
        .with_timezone(&plan.timezone)
        .naive_local()
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
    let (flags, sorted): (Vec<Shown>, Vec<Sorted>) = services.with_app(|app| {
        let plan = app.plan()?;
        let l = services.l10n.read();
        // Plain text, without isolation marks: it is copied into a message.
        let english = (l.lang() != crate::l10n::SOURCE)
            .then(|| crate::l10n::Localizer::shared(crate::l10n::SOURCE, false).ok())
            .flatten();
        let flags = app
            .flags(now_in(plan).date())?
            .into_iter()
            .filter_map(|f| {
                let text = report::render_flag(&f, plan, &l).ok()?;
                let english_draft = english
                    .as_ref()
                    .and_then(|e| report::render_flag(&f, plan, e).ok())
                    .and_then(|r| r.draft);
                let guide = f.guide(plan);
                Some(Shown {
                    english_draft,
                    key: f.key(),
                    guide_title: crate::l10n::guides::guide(guide, l.lang())
                        .map(|g| g.title)
                        .unwrap_or_default(),
                    guide,
                    flag: f,
                    text,
                })
            })
            .collect();
        Ok::<_, crate::app::AppError>((flags, app.sorted()?))
    })?;
    let sorted_keys: std::collections::HashSet<&str> =
        sorted.iter().map(|s| s.key.as_str()).collect();
    let open_keys: std::collections::HashSet<&str> = flags.iter().map(|f| f.key.as_str()).collect();
    let open: Vec<Shown> = flags
        .iter()
        .filter(|s| !sorted_keys.contains(s.key.as_str()))
        .cloned()
        .collect();
    let l = services.l10n.read().clone();

    let mark = move |shown: Shown| {
        let note = notes.read().get(&shown.key).cloned().unwrap_or_default();
        let app = services.handle();
        spawn(async move {
            let key = shown.key.clone();
            let done = off_thread(move || {
                let mut app = super::lock(&app);
                // The clock is read when she presses the button.
                let now = now_in(app.plan()?);
                app.mark_sorted(&shown.flag, &shown.text.title, &note, now)
            })
            .await;
            match done {
                Some(Ok(())) => {
                    problem.set(None);
                    notes.write().remove(&key);
                }
                // What she wrote stays in the box, to try again.
                Some(Err(e)) => problem.set(Some(super::problem_text(&services.l10n.read(), &e))),
                None => problem.set(Some(services.t("unlock-damaged"))),
            }
            changed += 1;
        });
    };
    let reopen = move |key: String| {
        let app = services.handle();
        spawn(async move {
            match off_thread(move || super::lock(&app).unmark_sorted(&key)).await {
                Some(Ok(())) => problem.set(None),
                Some(Err(e)) => problem.set(Some(super::problem_text(&services.l10n.read(), &e))),
                None => problem.set(Some(services.t("unlock-damaged"))),
            }
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
            article { class: "card flag-card {shown.text.severity}", key: "{shown.key}",
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
                            let key = shown.key.clone();
                            move |_| {
                                let text = serde_json::to_string(&plain_text(&d)).unwrap_or_default();
                                let _ = document::eval(&format!("navigator.clipboard.writeText({text})"));
                                copied.set(Some(key.clone()));
                            }
                        },
                        {services.t("flags-copy")}
                    }
                    if copied().as_deref() == Some(shown.key.as_str()) {
                        p { role: "status", {services.t("flags-copied")} }
                    }
                    if let Some(e) = shown.english_draft.clone() {
                        h3 { {services.t("flags-draft-english")} }
                        blockquote { class: "draft", lang: "en-GB", dir: "ltr", "{e}" }
                        button {
                            class: "secondary",
                            r#type: "button",
                            onclick: {
                                let key = format!("{}|en", shown.key);
                                move |_| {
                                    let text = serde_json::to_string(&plain_text(&e)).unwrap_or_default();
                                    let _ = document::eval(&format!("navigator.clipboard.writeText({text})"));
                                    copied.set(Some(key.clone()));
                                }
                            },
                            {services.t("flags-copy-english")}
                        }
                        if copied().as_deref() == Some(format!("{}|en", shown.key).as_str()) {
                            p { role: "status", {services.t("flags-copied")} }
                        }
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
                        {super::format(&l, "flags-guide", &[("title", Value::Text(shown.guide_title.clone()))])}
                    }
                }
                details { class: "sort",
                    summary { {services.t("flags-sorted-open")} }
                    label { r#for: "note-{i}", {services.t("flags-sorted-note")} }
                    textarea {
                        id: "note-{i}",
                        rows: "2",
                        value: notes.read().get(&shown.key).cloned().unwrap_or_default(),
                        oninput: {
                            let key = shown.key.clone();
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
                                {super::format(&l, "when-at", &[("date", Value::Date(s.when.date())), ("time", Value::Time(s.when.time()))])}
                            }
                            if !s.note.is_empty() {
                                p { "{s.note}" }
                            }
                            if open_keys.contains(s.key.as_str()) {
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
