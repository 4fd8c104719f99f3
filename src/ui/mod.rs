//! The screens: Dioxus components, kept thin.
//!
//! Views get their services through context ([`Services`]), render what
//! [`crate::app::App`] returns, and send back what she typed. They hold no rules of
//! their own. Vault work (which runs the slow passphrase KDF) never runs on the UI
//! thread: [`off_thread`] does it on a worker and the view awaits the answer.
//!
//! Every string comes from Fluent (`locales/<lang>/ui.ftl`), and the page's `dir`
//! follows her language, so right-to-left scripts mirror the layout.
//!
//! Shared-phone safety: the Close button (quick exit) is always on screen, and Escape
//! pressed three times does the same on the desktop. It locks the vault at once and
//! shows a neutral "Notes" screen; the diary's components are unmounted, so nothing of
//! the diary stays in the page.

mod add;
mod conditions;
mod first_run;
mod flags;
mod guides;
mod icons;
mod more;
mod pregnancy;
mod settings;
mod sharing;
mod today;
mod unlock;
mod week;

use std::path::PathBuf;
use std::rc::Rc;
use std::sync::{Arc, Mutex, MutexGuard};

use dioxus::prelude::*;

use crate::app::App;
use crate::app::AppError;
use crate::l10n::{Localizer, Value};

pub use add::{AddScreen, Form};
pub use conditions::ConditionsScreen;
pub use first_run::FirstRunScreen;
pub use flags::FlagsScreen;
pub use guides::{GlossaryScreen, GuideScreen, InterpreterScreen, GUIDES};
pub use more::MoreScreen;
pub use pregnancy::PregnancyScreen;
pub use settings::SettingsScreen;
pub use sharing::SharingScreen;
pub use today::TodayScreen;
pub use unlock::UnlockScreen;
pub use week::WeekScreen;

/// The design tokens and the app's styles, embedded.
pub const STYLE: &str = concat!(
    include_str!("../../assets/tokens.css"),
    include_str!("../../assets/app.css")
);

/// Escape pressed three times within two seconds, anywhere in the window, asks for
/// the quick exit (the focus may be on no element at all, so the window listens).
const ESCAPE_LISTENER: &str = r#"
let count = 0, last = 0;
window.addEventListener('keydown', (e) => {
  if (e.key !== 'Escape') { count = 0; return; }
  const now = Date.now();
  count = now - last < 2000 ? count + 1 : 1;
  last = now;
  if (count >= 3) { count = 0; dioxus.send('quick-exit'); }
}, true);
"#;

/// Locks after a time with no touch, key or scroll (her auto-lock setting, 5 minutes
/// by default), and when the app is hidden (sent to the background on mobile).
/// `MINUTES` is replaced with her setting.
const IDLE_LISTENER: &str = r#"
if (window.__goldthreadIdleStop) window.__goldthreadIdleStop();
const limit = MINUTES * 60 * 1000;
const events = ['pointerdown', 'keydown', 'wheel', 'touchstart', 'scroll'];
let timer = null;
const arm = () => { clearTimeout(timer); timer = setTimeout(() => dioxus.send('auto-lock'), limit); };
const hidden = () => { if (document.visibilityState === 'hidden') dioxus.send('auto-lock'); };
for (const ev of events) window.addEventListener(ev, arm, { capture: true, passive: true });
document.addEventListener('visibilitychange', hidden);
window.__goldthreadIdleStop = () => {
  clearTimeout(timer);
  for (const ev of events) window.removeEventListener(ev, arm, { capture: true });
  document.removeEventListener('visibilitychange', hidden);
};
arm();
"#;

/// Which screen is showing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    /// First run: language, passphrase, duress, about her.
    FirstRun,
    /// The unlock screen.
    Unlock,
    /// Today.
    Today,
    /// The week ahead, day by day.
    Week,
    /// Add an appointment, or edit the one in [`Services::editing`].
    Add,
    /// Things to check (the flags).
    Flags,
    /// The menu of the other screens.
    More,
    /// My rules (the conditions).
    Conditions,
    /// Pregnancy: weeks and each step of care.
    Pregnancy,
    /// The guides, or one guide by id.
    Guide(Option<&'static str>),
    /// One guide in two languages, side by side, for an interpreter.
    Interpreter(&'static str),
    /// The glossary.
    Glossary,
    /// Sharing with a support worker.
    Sharing,
    /// Settings.
    Settings,
    /// The neutral screen after a quick exit.
    Closed,
}

impl Screen {
    /// Whether this screen shows the diary (so it needs the diary unlocked, and the
    /// auto-lock runs).
    pub fn is_open(self) -> bool {
        !matches!(self, Screen::FirstRun | Screen::Unlock | Screen::Closed)
    }
}

/// The tabs, with their labels. "More" leads to the other screens.
const TABS: [(Screen, &str); 5] = [
    (Screen::Today, "nav-today"),
    (Screen::Week, "nav-week"),
    (Screen::Add, "nav-add"),
    (Screen::Flags, "nav-flags"),
    (Screen::More, "nav-more"),
];

/// The tab a screen belongs to: the screens listed under More belong to More.
fn tab_of(screen: Screen) -> Screen {
    match screen {
        Screen::Conditions
        | Screen::Pregnancy
        | Screen::Guide(_)
        | Screen::Interpreter(_)
        | Screen::Glossary
        | Screen::Sharing
        | Screen::Settings => Screen::More,
        other => other,
    }
}

/// What every view gets through context. It is `Copy`, so event handlers can each
/// take it.
#[derive(Clone, Copy)]
pub struct Services {
    /// The application services, shared with worker threads.
    app: Signal<Arc<Mutex<App>>>,
    /// The current screen.
    pub screen: Signal<Screen>,
    /// The current language's strings.
    pub l10n: Signal<Rc<Localizer>>,
    /// The appointment the Add screen edits (`None`: a new one).
    pub editing: Signal<Option<String>>,
}

impl Services {
    /// A handle on the application services, to move to a worker thread.
    pub fn handle(&self) -> Arc<Mutex<App>> {
        self.app.read().clone()
    }

    /// Runs `f` with the application services. A poisoned lock (a worker panicked) is
    /// taken over: the app's state is still whole, because every change is one
    /// transaction.
    pub fn with_app<R>(&self, f: impl FnOnce(&mut App) -> R) -> R {
        let app = self.handle();
        let mut guard = lock(&app);
        f(&mut guard)
    }

    /// A string in her language.
    pub fn t(&self, id: &str) -> String {
        text(&self.l10n.read(), id)
    }

    /// Switches the language of every screen.
    pub fn set_language(&mut self, lang: &str) {
        if let Ok(l) = Localizer::new(lang, true) {
            self.l10n.set(Rc::new(l));
        }
    }

    /// Quick exit: lock at once and show the neutral screen.
    pub fn quick_exit(&mut self) {
        self.with_app(|a| a.lock());
        self.editing.set(None);
        self.screen.set(Screen::Closed);
    }

    /// Opens the Add screen on an existing appointment.
    pub fn edit(&mut self, id: &str) {
        self.editing.set(Some(id.to_string()));
        self.screen.set(Screen::Add);
    }
}

/// What went wrong, in her language: every error the app services can return has a
/// plain message (the English `Display` text of the error types is for the CLI).
pub fn problem_text(l: &Localizer, err: &AppError) -> String {
    use crate::vault::VaultError as V;
    let with = |id: &str, name: &str, n: u64| format(l, id, &[(name, Value::Number(n as i64))]);
    let vault = match err {
        AppError::Vault(v) | AppError::Diary(crate::diary::DiaryError::Vault(v)) => Some(v),
        _ => None,
    };
    match (vault, err) {
        (Some(V::WrongPassphrase { wait, .. }), _) if !wait.is_zero() => {
            with("unlock-wait", "seconds", wait.as_secs().max(1))
        }
        (Some(V::WrongPassphrase { .. }), _) => text(l, "unlock-wrong"),
        (Some(V::LockedOut { wait }), _) => with("unlock-wait", "seconds", wait.as_secs().max(1)),
        (Some(V::WeakPassphrase { min_chars }), _) => {
            with("error-weak-passphrase", "min", *min_chars as u64)
        }
        (Some(V::DuressSameAsPassphrase | V::PassphraseNotUsable), _) => {
            text(l, "error-passphrase-not-usable")
        }
        (Some(V::Stale), _) => text(l, "error-stale"),
        (Some(V::NewerVersion { .. }), _) => text(l, "error-newer"),
        (Some(V::Io { .. } | V::Sqlite(_)), _) => text(l, "error-storage"),
        (None, AppError::Sync(s)) => {
            use crate::sync::engine::SyncError as S;
            use crate::sync::keys::KeyError as K;
            match s {
                S::Client(c) if c.status() == Some(409) => text(l, "error-code-used"),
                S::Client(c) if c.status() == Some(410) => text(l, "error-code-expired"),
                S::Client(c) if c.status().is_none() => text(l, "error-network"),
                S::Keys(K::BadInvitation(_)) => text(l, "error-code-invalid"),
                S::Expired => text(l, "error-code-expired"),
                S::NotConfirmed => text(l, "error-not-confirmed"),
                _ => text(l, "unlock-damaged"),
            }
        }
        (None, AppError::Locked) => text(l, "error-locked"),
        (
            None,
            AppError::Invalid(_)
            | AppError::Plan(_)
            | AppError::Check(_)
            | AppError::Diary(crate::diary::DiaryError::Invalid(_)),
        ) => text(l, "error-invalid"),
        _ => text(l, "unlock-damaged"),
    }
}

/// Locks the shared app, taking over a poisoned lock.
pub fn lock(app: &Mutex<App>) -> MutexGuard<'_, App> {
    app.lock().unwrap_or_else(|p| p.into_inner())
}

/// A message by id; a missing one shows its id (tests make sure none is missing).
pub fn text(l: &Localizer, id: &str) -> String {
    l.text(id).unwrap_or_else(|_| id.to_string())
}

/// A message with values; a missing one shows its id.
pub fn format(l: &Localizer, id: &str, args: &[(&str, Value)]) -> String {
    l.format(id, None, args).unwrap_or_else(|_| id.to_string())
}

pub use crate::l10n::is_rtl;

/// Runs blocking work (vault, KDF) on a worker thread and awaits its result, so the
/// UI thread never waits on the disk or the KDF.
pub async fn off_thread<T: Send + 'static>(work: impl FnOnce() -> T + Send + 'static) -> Option<T> {
    let (tx, rx) = futures_channel::oneshot::channel();
    std::thread::spawn(move || {
        let _ = tx.send(work());
    });
    rx.await.ok()
}

/// Sets up the services over the vault in `dir` and provides them to every view
/// through context. `None` only if the embedded English text cannot be loaded.
pub fn use_services(dir: PathBuf) -> Option<Services> {
    let app = use_hook(|| Arc::new(Mutex::new(App::new(dir.clone()))));
    let screen = use_signal(|| {
        if lock(&app).is_set_up() {
            Screen::Unlock
        } else {
            Screen::FirstRun
        }
    });
    let source = use_hook(|| Localizer::new(crate::l10n::SOURCE, true).ok().map(Rc::new))?;
    let l10n = use_signal(|| source);
    let shared = use_signal(|| app.clone());
    let editing = use_signal(|| None::<String>);
    Some(use_context_provider(|| Services {
        app: shared,
        screen,
        l10n,
        editing,
    }))
}

/// Catches an error from the screen inside it and shows a plain message with a way
/// back to Today, instead of a broken screen.
#[component]
pub fn ScreenBoundary(children: Element) -> Element {
    let mut services = use_context::<Services>();
    rsx! {
        ErrorBoundary {
            handle_error: move |errors: ErrorContext| rsx! {
                section { class: "card", role: "alert",
                    p { {services.t("error-screen")} }
                    button {
                        class: "secondary",
                        r#type: "button",
                        onclick: move |_| {
                            errors.clear_errors();
                            let open = services.with_app(|a| a.is_unlocked());
                            services.screen.set(if open { Screen::Today } else { Screen::Unlock });
                        },
                        {services.t("error-back")}
                    }
                }
            },
            {children}
        }
    }
}

/// The app's root: the vault in `dir`.
#[component]
pub fn Root(dir: PathBuf) -> Element {
    let Some(mut services) = use_services(dir) else {
        // The embedded English text always parses (tests check it); this is the one
        // place that cannot use it.
        return rsx! { p { "The app's text could not be loaded." } };
    };
    let mut escapes = use_signal(|| 0u8);
    // Auto-lock while the diary is open: re-armed for each unlock with her setting.
    let unlocked = services.screen.read().is_open();
    use_effect(use_reactive!(|unlocked| {
        if !unlocked {
            return;
        }
        let minutes = services.with_app(|a| a.auto_lock().map(|d| d.as_secs() / 60).unwrap_or(5));
        spawn(async move {
            let script = IDLE_LISTENER.replace("MINUTES", &minutes.max(1).to_string());
            let mut listener = document::eval(&script);
            while let Ok(msg) = listener.recv::<String>().await {
                let open = services.screen.peek().is_open();
                if msg == "auto-lock" && open {
                    services.quick_exit();
                    break;
                }
            }
        });
    }));
    // Where there is a document (desktop, mobile), listen at the window. Without one
    // (the headless tests) the script cannot run and the loop ends at once; the
    // element's own handler below still counts. Quick exit is idempotent, so both
    // firing does no harm.
    use_hook(move || {
        spawn(async move {
            let mut listener = document::eval(ESCAPE_LISTENER);
            while let Ok(msg) = listener.recv::<String>().await {
                if msg == "quick-exit" {
                    services.quick_exit();
                }
            }
        });
    });
    let lang = services.l10n.read().lang().to_string();
    let dir_attr = if is_rtl(&lang) { "rtl" } else { "ltr" };
    let current = *services.screen.read();
    let editing = services.editing.read().clone();
    rsx! {
        style { {STYLE} }
        div {
            class: "app",
            lang: "{lang}",
            dir: "{dir_attr}",
            tabindex: "-1",
            onkeydown: move |e: KeyboardEvent| {
                if e.key() == Key::Escape {
                    escapes += 1;
                    if escapes() >= 3 {
                        escapes.set(0);
                        services.quick_exit();
                    }
                } else {
                    escapes.set(0);
                }
            },
            header { class: "bar",
                span { class: "name", {services.t("app-name")} }
                button {
                    class: "exit",
                    r#type: "button",
                    aria_label: services.t("quick-exit-label"),
                    onclick: move |_| services.quick_exit(),
                    {services.t("quick-exit")}
                }
            }
            if current.is_open() {
                nav { class: "tabs", aria_label: services.t("nav-label"),
                    for (target, label) in TABS {
                        button {
                            key: "{label}",
                            class: if tab_of(current) == target { "tab current" } else { "tab" },
                            r#type: "button",
                            aria_current: if tab_of(current) == target { "page" } else { "false" },
                            onclick: move |_| {
                                services.editing.set(None);
                                services.screen.set(target);
                            },
                            {services.t(label)}
                        }
                    }
                }
            }
            main { class: "screen",
                // Keyed by screen: moving to another screen (a tab, the quick exit,
                // the auto-lock) always leaves an error card behind.
                ScreenBoundary { key: "{current:?}",
                    match current {
                        Screen::FirstRun => rsx! { FirstRunScreen {} },
                        Screen::Unlock => rsx! { UnlockScreen {} },
                        Screen::Today => rsx! { TodayScreen {} },
                        Screen::Week => rsx! { WeekScreen {} },
                        Screen::Add => rsx! { AddScreen { key: "{editing:?}" } },
                        Screen::Flags => rsx! { FlagsScreen {} },
                        Screen::More => rsx! { MoreScreen {} },
                        Screen::Conditions => rsx! { ConditionsScreen {} },
                        Screen::Pregnancy => rsx! { PregnancyScreen {} },
                        Screen::Guide(id) => rsx! { GuideScreen { id } },
                        Screen::Interpreter(id) => rsx! { InterpreterScreen { id } },
                        Screen::Glossary => rsx! { GlossaryScreen {} },
                        Screen::Sharing => rsx! { SharingScreen {} },
                        Screen::Settings => rsx! { SettingsScreen {} },
                        Screen::Closed => rsx! { Neutral {} },
                    }
                }
            }
        }
    }
}

/// The neutral screen after a quick exit: nothing about the diary.
#[component]
fn Neutral() -> Element {
    let mut services = use_context::<Services>();
    rsx! {
        section { class: "neutral",
            h1 { {services.t("neutral-title")} }
            p { {services.t("neutral-body")} }
            button {
                class: "secondary",
                r#type: "button",
                onclick: move |_| services.screen.set(Screen::Unlock),
                {services.t("neutral-open")}
            }
        }
    }
}
