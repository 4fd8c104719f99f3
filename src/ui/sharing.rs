//! Sharing with a support worker: connect with the worker's code, compare the safety
//! number in person, choose what the worker sees (nothing until then), answer the
//! worker's suggested appointments with the clash each would cause, share now, and
//! stop sharing. On a worker's device, each client's shared plan shows with its flags.
//! Every call that talks to the relay runs off the UI thread.

use std::collections::BTreeSet;

use dioxus::prelude::*;

use super::{off_thread, Services};
use crate::app::AppError;
use crate::domain::AppointmentKind;
use crate::l10n::Value;
use crate::report;
use crate::sync::engine::{Side, Status};
use crate::sync::share::SharePolicy;

/// What a sharing call has to say when it is done.
enum Note {
    /// A message, already in her language.
    Text(String),
    /// A sync's counts.
    Synced(usize, usize),
}

/// A sharing call, run on a worker thread.
type Work = Box<dyn FnOnce(&mut crate::app::App) -> Result<Option<Note>, AppError> + Send>;

fn now_ms() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as u64)
        .unwrap_or(0)
}

/// The sharing screen.
#[component]
pub fn SharingScreen() -> Element {
    let services = use_context::<Services>();
    let mut code = use_signal(String::new);
    let mut relay = use_signal(String::new);
    let mut invitation = use_signal(|| None::<String>);
    let mut message = use_signal(|| None::<String>);
    let mut busy = use_signal(|| false);
    let mut understood = use_signal(|| false);
    let mut changed = use_signal(|| 0u32);
    let _ = changed();
    let l = services.l10n.read().clone();
    type Proposals = Vec<(String, String, Vec<String>)>;
    let (pairings, proposals, kinds, client_flags): (
        Vec<Status>,
        Proposals,
        Vec<AppointmentKind>,
        Vec<Vec<String>>,
    ) = services.with_app(|app| {
        let plan = app.plan()?;
        let today = chrono::Utc::now()
            .with_timezone(&plan.timezone)
            .date_naive();
        let pairings = app.sharing()?;
        let mut proposals = Vec::new();
        for (id, a, flags) in app.proposals(today)? {
            let mut with = plan.clone();
            with.appointments.push(a.clone());
            let when = super::format(
                &l,
                "when-day-range",
                &[
                    ("date", Value::Date(a.start.date())),
                    ("start", Value::Time(a.start.time())),
                    ("end", Value::Time(a.end.time())),
                ],
            );
            let titles = flags
                .iter()
                .filter_map(|f| report::render_flag(f, &with, &l).ok().map(|r| r.title))
                .collect();
            proposals.push((id, format!("{} · {when}", a.title), titles));
        }
        let kinds: BTreeSet<AppointmentKind> = plan.appointments.iter().map(|a| a.kind).collect();
        let mut client_flags = Vec::new();
        for (n, p) in pairings.iter().enumerate() {
            if p.side != Side::Worker {
                client_flags.push(Vec::new());
                continue;
            }
            let seen = app.client_plan(n)?;
            let flags = crate::rules::check(&seen, today).unwrap_or_default();
            client_flags.push(
                flags
                    .iter()
                    .filter_map(|f| report::render_flag(f, &seen, &l).ok().map(|r| r.title))
                    .collect(),
            );
        }
        Ok::<_, AppError>((
            pairings,
            proposals,
            kinds.into_iter().collect(),
            client_flags,
        ))
    })?;

    // Runs a sharing call on a worker thread, then shows its outcome and reads again.
    let mut run = move |work: Work| {
        if busy() {
            return;
        }
        busy.set(true);
        let app = services.handle();
        spawn(async move {
            let result = off_thread(move || work(&mut super::lock(&app))).await;
            busy.set(false);
            let l = services.l10n.read().clone();
            message.set(match result {
                Some(Ok(Some(Note::Text(m)))) => Some(m),
                Some(Ok(Some(Note::Synced(sent, received)))) => Some(super::format(
                    &l,
                    "sharing-synced",
                    &[
                        ("sent", Value::Number(sent as i64)),
                        ("received", Value::Number(received as i64)),
                    ],
                )),
                Some(Ok(None)) => None,
                Some(Err(e)) => Some(super::problem_text(&services.l10n.read(), &e)),
                None => Some(services.t("unlock-damaged")),
            });
            changed += 1;
        });
    };

    rsx! {
        section { class: "card",
            h1 { {services.t("sharing-title")} }
            p { {services.t("sharing-intro")} }
            p { class: "notice", {services.t("sharing-honest")} }
            if let Some(m) = message() {
                p { class: "notice", role: "status", "{m}" }
            }
            if pairings.is_empty() {
                p { class: "hint", {services.t("sharing-none")} }
            }
            label { r#for: "share-code", {services.t("sharing-code")} }
            input { id: "share-code", r#type: "text", autocomplete: "off", value: "{code}", oninput: move |e| code.set(e.value()) }
            button {
                class: "secondary",
                r#type: "button",
                disabled: busy() || code.read().trim().is_empty(),
                onclick: move |_| {
                    let c = code();
                    code.set(String::new());
                    let now = (now_ms() / 1000) as i64;
                    run(Box::new(move |app| app.share_accept(&c, now).map(|_| None)));
                },
                {services.t("sharing-accept")}
            }
        }
        section { class: "card",
            h2 { {services.t("sharing-worker-title")} }
            p { {services.t("sharing-worker-how")} }
            label { r#for: "share-relay", {services.t("sharing-worker-relay")} }
            input { id: "share-relay", r#type: "url", autocomplete: "off", value: "{relay}", oninput: move |e| relay.set(e.value()) }
            button {
                class: "secondary",
                r#type: "button",
                disabled: busy() || relay.read().trim().is_empty(),
                onclick: move |_| {
                    let url = relay.read().trim().to_string();
                    let now = (now_ms() / 1000) as i64;
                    let app = services.handle();
                    busy.set(true);
                    spawn(async move {
                        let made = off_thread(move || super::lock(&app).share_invite(&url, now)).await;
                        busy.set(false);
                        match made {
                            Some(Ok(c)) => invitation.set(Some(c)),
                            Some(Err(e)) => message.set(Some(super::problem_text(&services.l10n.read(), &e))),
                            None => message.set(Some(services.t("unlock-damaged"))),
                        }
                        changed += 1;
                    });
                },
                {services.t("sharing-worker-invite")}
            }
            if let Some(c) = invitation() {
                p { {services.t("sharing-worker-code")} }
                p { class: "code", lang: "en", dir: "ltr", "{c}" }
            }
        }
        for (n, p) in pairings.iter().cloned().enumerate() {
            section { class: "card", key: "{n}",
                h2 { {services.t(if p.side == Side::Her { "sharing-title" } else { "sharing-client" })} }
                if let Some(number) = p.safety_number.clone() {
                    p { {services.t("sharing-number")} }
                    p { class: "big", lang: "en", dir: "ltr", "{number}" }
                    p { class: "hint", {services.t("sharing-number-how")} }
                }
                if p.side == Side::Her && !p.confirmed && !p.ended {
                    p { class: "notice", {services.t("sharing-number-wait")} }
                    button {
                        class: "primary",
                        id: "share-confirm-{n}",
                        r#type: "button",
                        onclick: move |_| run(Box::new(move |app| app.share_confirm(n).map(|_| None))),
                        {services.t("sharing-number-match")}
                    }
                }
                if p.side == Side::Her && p.confirmed {
                    PolicyForm { n, policy: p.policy.clone(), kinds: kinds.clone(), busy: busy(), on_change: move |(n, policy): (usize, SharePolicy)| {
                        run(Box::new(move |app| app.share_set(n, policy).map(|_| None)));
                    } }
                    button {
                        class: "secondary",
                        id: "share-sync-{n}",
                        r#type: "button",
                        disabled: busy(),
                        onclick: move |_| {
                            run(Box::new(move |app| {
                                let r = app.sync(now_ms())?;
                                Ok(Some(Note::Synced(r.sent, r.received)))
                            }))
                        },
                        {services.t("sharing-sync")}
                    }
                }
                if p.side == Side::Worker {
                    if p.ended {
                        p { class: "notice", {services.t("sharing-client-ended")} }
                    } else if client_flags[n].is_empty() {
                        p { {services.t("sharing-client-none")} }
                    } else {
                        h3 { {services.t("sharing-client-flags")} }
                        ul { class: "flags", role: "list",
                            for (i, t) in client_flags[n].iter().enumerate() {
                                li { class: "flag medium", key: "{i}", "{t}" }
                            }
                        }
                    }
                }
                if p.side == Side::Her {
                    label { class: "check",
                        input { r#type: "checkbox", checked: understood(), onchange: move |e| understood.set(e.checked()) }
                        {services.t("sharing-stop-understood")}
                    }
                    button {
                        class: "exit",
                        r#type: "button",
                        disabled: busy() || !understood(),
                        onclick: move |_| {
                            if !understood() {
                                return;
                            }
                            understood.set(false);
                            let done = services.t("sharing-stopped");
                            run(Box::new(move |app| app.share_revoke(n).map(|_| Some(Note::Text(done)))));
                        },
                        {services.t("sharing-stop")}
                    }
                }
            }
        }
        if !proposals.is_empty() {
            section { class: "card",
                h2 { {services.t("sharing-proposals")} }
                ul { class: "items", role: "list",
                    for (id, label, clashes) in proposals.into_iter() {
                        li { class: "item", key: "{id}",
                            p { class: "item-title", "{label}" }
                            if !clashes.is_empty() {
                                p { {services.t("sharing-proposal-clash")} }
                                ul { class: "flags", role: "list",
                                    for (i, t) in clashes.iter().enumerate() {
                                        li { class: "flag high", key: "{i}", "{t}" }
                                    }
                                }
                            }
                            div { class: "row",
                                for (accept, class, label) in [(true, "primary", "sharing-proposal-accept"), (false, "secondary", "sharing-proposal-decline")] {
                                    button {
                                        key: "{label}",
                                        class: class,
                                        r#type: "button",
                                        disabled: busy(),
                                        onclick: {
                                            let id = id.clone();
                                            move |_| {
                                                let id = id.clone();
                                                run(Box::new(move |app| app.share_answer(&id, accept, now_ms()).map(|_| None)))
                                            }
                                        },
                                        {services.t(label)}
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// What one pairing shares: kinds present in her diary, her conditions, due date and
/// address. Each tick takes effect at once (it is sent at the next sync).
#[component]
fn PolicyForm(
    n: usize,
    policy: SharePolicy,
    kinds: Vec<AppointmentKind>,
    busy: bool,
    on_change: EventHandler<(usize, SharePolicy)>,
) -> Element {
    let services = use_context::<Services>();
    let base = policy.clone();
    let toggle = move |change: fn(&mut SharePolicy, bool)| {
        let policy = base.clone();
        move |e: FormEvent| {
            let mut p = policy.clone();
            change(&mut p, e.checked());
            on_change.call((n, p));
        }
    };
    rsx! {
        fieldset {
            legend { {services.t("sharing-what")} }
            p { {services.t("sharing-kinds")} }
            for k in kinds.iter().copied() {
                label { class: "check", key: "{k.as_str()}",
                    input {
                        r#type: "checkbox",
                        id: "share-kind-{n}-{k.as_str()}",
                        disabled: busy,
                        checked: policy.kinds.contains(k.as_str()),
                        onchange: {
                            let policy = policy.clone();
                            move |e: FormEvent| {
                                let mut p = policy.clone();
                                if e.checked() {
                                    p.kinds.insert(k.as_str().to_string());
                                } else {
                                    p.kinds.remove(k.as_str());
                                }
                                on_change.call((n, p));
                            }
                        },
                    }
                    {services.t(&format!("kind-{}", k.as_str()))}
                }
            }
            label { class: "check",
                input { r#type: "checkbox", disabled: busy, checked: policy.conditions, onchange: toggle(|p, v| p.conditions = v) }
                {services.t("sharing-conditions")}
            }
            label { class: "check",
                input { r#type: "checkbox", disabled: busy, checked: policy.due_date, onchange: toggle(|p, v| p.due_date = v) }
                {services.t("sharing-due-date")}
            }
            label { class: "check",
                input { r#type: "checkbox", disabled: busy, checked: policy.home, onchange: toggle(|p, v| p.home = v) }
                {services.t("sharing-home")}
            }
        }
    }
}
