//! Component tests: the real screens in a headless Dioxus `VirtualDom`, rendered to
//! HTML with `dioxus-ssr`, driven with real events (click, input, submit, keydown).
//! Run with `--features ui` (no platform, no GUI libraries).

#![cfg(feature = "ui")]

use std::any::Any;
use std::path::Path;
use std::rc::Rc;
use std::time::Duration;

use dioxus::dioxus_core::{ElementId, Event, Mutation, Mutations, VirtualDom};
use dioxus::prelude::*;
use dioxus_html::{
    PlatformEventData, SerializedFormData, SerializedKeyboardData, SerializedMouseData,
};
use goldthread::app::{App, FirstRun};
use goldthread::domain::{Appointment, Source};
use goldthread::ui::{Root, RootProps};
use goldthread::vault::{crypto::MIN_ITERATIONS, KdfParams, Passphrase};
use serde_json::json;

const PASS: &str = "river stone lantern";

struct Harness {
    dom: VirtualDom,
    listeners: Vec<(String, ElementId)>,
    /// How many listeners there were when the diary was opened: the menu's tabs are
    /// the first click listeners after that.
    opened_at: usize,
    /// The elements that were given an `id` attribute, by that id.
    ids: std::collections::HashMap<String, ElementId>,
}

impl Harness {
    fn new(dir: &Path) -> Self {
        dioxus_html::set_event_converter(Box::new(dioxus_html::SerializedHtmlEventConverter));
        let mut dom = VirtualDom::new_with_props(
            Root,
            RootProps {
                dir: dir.to_path_buf(),
            },
        );
        let edits = dom.rebuild_to_vec();
        let mut h = Harness {
            dom,
            listeners: Vec::new(),
            opened_at: 0,
            ids: std::collections::HashMap::new(),
        };
        h.record(edits);
        h
    }

    fn record(&mut self, m: Mutations) {
        for e in m.edits {
            match e {
                Mutation::NewEventListener { name, id } => self.listeners.push((name, id)),
                Mutation::SetAttribute {
                    name: "id",
                    value: dioxus::dioxus_core::AttributeValue::Text(v),
                    id,
                    ..
                } => {
                    self.ids.insert(v, id);
                }
                _ => {}
            }
        }
    }

    /// The page, without the inlined stylesheet.
    fn html(&self) -> String {
        let html = dioxus_ssr::render(&self.dom);
        match html.split_once("</style>") {
            Some((_, rest)) => rest.to_string(),
            None => html,
        }
    }

    /// The `n`th listener of `name` added most recently (0 = the newest group's first).
    fn listener(&self, name: &str, nth_of_last: usize, last: usize) -> ElementId {
        let found: Vec<ElementId> = self
            .listeners
            .iter()
            .filter(|(n, _)| n == name)
            .map(|(_, id)| *id)
            .collect();
        assert!(found.len() >= last, "only {} {name} listeners", found.len());
        found[found.len() - last + nth_of_last]
    }

    fn send(&mut self, name: &str, id: ElementId, data: Box<dyn Any>) {
        let event = Event::new(Rc::new(PlatformEventData::new(data)) as Rc<dyn Any>, true);
        self.dom.runtime().handle_event(name, event, id);
        let edits = self.dom.render_immediate_to_vec();
        self.record(edits);
    }

    /// Which of the newest `n` input listeners belongs to which field: each is sent a
    /// unique probe, and the page shows which field took it. Keyed by the field's id.
    fn inputs_by_field(&mut self, n: usize) -> std::collections::HashMap<String, ElementId> {
        let mut map = std::collections::HashMap::new();
        for i in 0..n {
            let id = self.listener("input", i, n);
            let probe = format!("probe-{i}");
            self.input(id, &probe);
            let html = self.html();
            let at = html
                .find(&format!("value=\"{probe}\""))
                .unwrap_or_else(|| panic!("probe {i} shows nowhere"));
            let start = html[..at].rfind("id=\"").expect("the field has an id") + 4;
            let end = start + html[start..].find('"').unwrap();
            map.insert(html[start..end].to_string(), id);
        }
        map
    }

    /// The menu's five tabs, newest: Today, Week, Add, Check, More.
    fn menu(&self) -> Vec<ElementId> {
        self.clicks_since(self.opened_at)[..5].to_vec()
    }

    /// The click listeners added since `before` listeners had been recorded: the
    /// buttons of a screen just opened.
    fn clicks_since(&self, before: usize) -> Vec<ElementId> {
        self.listeners[before..]
            .iter()
            .filter(|(n, _)| n == "click")
            .map(|(_, id)| *id)
            .collect()
    }

    /// Opens one of the screens listed under More (0 Rules, 1 Pregnancy, 2 Guides,
    /// 3 Words, 4 Sharing, 5 Settings), through the menu. Returns how many listeners there were
    /// before that screen opened, for [`Harness::clicks_since`].
    fn more(&mut self, nth: usize) -> usize {
        const IDS: [&str; 6] = [
            "more-nav-conditions",
            "more-nav-pregnancy",
            "more-nav-guides",
            "more-nav-glossary",
            "more-nav-sharing",
            "more-nav-settings",
        ];
        let menu = self.menu();
        self.click(menu[4]);
        let choice = self.ids[IDS[nth]];
        let before = self.listeners.len();
        self.click(choice);
        before
    }

    fn click(&mut self, id: ElementId) {
        self.send("click", id, Box::<SerializedMouseData>::default());
    }

    fn input(&mut self, id: ElementId, value: &str) {
        self.send(
            "input",
            id,
            Box::new(SerializedFormData::new(value.to_string(), vec![])),
        );
    }

    fn key(&mut self, id: ElementId, key: Key) {
        let data = SerializedKeyboardData::new(
            key,
            Code::Escape,
            Location::Standard,
            false,
            Modifiers::empty(),
            false,
        );
        self.send("keydown", id, Box::new(data));
    }

    /// Types the passphrase on the unlock screen and submits it.
    async fn unlock(&mut self, pass: &str) {
        let input = self.listener("input", 0, 1);
        self.input(input, pass);
        let submit = self.listener("submit", 0, 1);
        self.opened_at = self.listeners.len();
        self.send(
            "submit",
            submit,
            Box::new(SerializedFormData::new(String::new(), vec![])),
        );
        self.settle().await;
    }

    /// Lets the work spawned by the screens (the KDF, on a worker thread) finish.
    async fn settle(&mut self) {
        self.settle_within(50).await;
    }

    /// Like `settle`, for a click that may change nothing: gives up sooner.
    async fn settle_briefly(&mut self) {
        self.settle_within(5).await;
    }

    async fn settle_within(&mut self, rounds: usize) {
        for _ in 0..rounds {
            let _ =
                tokio::time::timeout(Duration::from_millis(200), self.dom.wait_for_work()).await;
            let edits = self.dom.render_immediate_to_vec();
            let changed = !edits.edits.is_empty();
            self.record(edits);
            if changed {
                return;
            }
        }
    }
}

fn with_vault(dir: &Path) {
    with_language(dir, "en-GB");
}

#[test]
fn first_run_offers_every_language_in_its_own_script() {
    let tmp = tempfile::tempdir().unwrap();
    let h = Harness::new(&tmp.path().join("v"));
    let html = h.html();
    assert!(html.contains("Choose your language"), "{html}");
    for name in [
        "English",
        "Cymraeg",
        "Polski",
        "Română",
        "Shqip",
        "اردو",
        "ਪੰਜਾਬੀ",
        "العربية",
    ] {
        assert!(html.contains(name), "{name} missing");
    }
    // The quick exit is on screen from the very first moment.
    assert!(html.contains("Close now and lock"), "{html}");
    // Nothing says what the app is for.
    for word in ["probation", "Probation", "licence", "Licence", "curfew"] {
        assert!(!html.contains(word), "{word} shows before unlocking");
    }
}

#[test]
fn quick_exit_leaves_nothing_of_the_diary_in_the_page() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("v");
    with_vault(&dir);
    let mut h = Harness::new(&dir);
    assert!(h.html().contains("Open your notes"));
    // The header's Close button is the first click listener.
    let exit = h.listener(
        "click",
        0,
        h.listeners.iter().filter(|(n, _)| n == "click").count(),
    );
    h.click(exit);
    let html = h.html();
    assert!(html.contains("No notes open."), "{html}");
    assert!(!html.contains("Open your notes"));
    assert!(!html.contains("MARKER"));
}

#[tokio::test(flavor = "current_thread")]
async fn unlock_shows_today_with_the_next_required_appointment_and_escape_three_times_exits() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("v");
    with_vault(&dir);
    let mut h = Harness::new(&dir);
    // A wrong passphrase first: a calm message, still locked.
    let input = h.listener("input", 0, 1);
    h.input(input, "not the passphrase");
    let submit = h.listener("submit", 0, 1);
    h.send(
        "submit",
        submit,
        Box::new(SerializedFormData::new(String::new(), vec![])),
    );
    h.settle().await;
    let html = h.html();
    assert!(html.contains("That passphrase is not right"), "{html}");
    assert!(!html.contains("MARKER"));
    // The right one.
    h.input(input, PASS);
    h.send(
        "submit",
        submit,
        Box::new(SerializedFormData::new(String::new(), vec![])),
    );
    h.settle().await;
    let html = h.html();
    assert!(html.contains("Your next required appointment"), "{html}");
    assert!(html.contains("Supervision MARKER"), "{html}");
    // Escape three times: the quick exit.
    let root = h.listener("keydown", 0, 1);
    for _ in 0..3 {
        h.key(root, Key::Escape);
    }
    let html = h.html();
    assert!(html.contains("No notes open."), "{html}");
    assert!(
        !html.contains("MARKER"),
        "nothing of the diary stays in the page"
    );
}

#[tokio::test(flavor = "current_thread")]
async fn a_new_appointment_shows_its_clash_before_saving_and_the_flag_offers_a_draft() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("v");
    {
        use goldthread::diary::{Diary, ImportMode};
        use goldthread::domain::Plan;
        use goldthread::vault::Vault;
        let v = Vault::create(
            &dir,
            &Passphrase::new(PASS),
            None,
            KdfParams::pbkdf2(MIN_ITERATIONS).unwrap(),
        )
        .unwrap();
        let mut d = Diary::open(v).unwrap();
        let plan = Plan::from_value(&json!({
            "format": "goldthread-plan/1",
            "home": { "label": "Home" },
            "appointments": [],
            "conditions": [ { "id": "c1", "kind": "curfew", "source": "licence",
                              "windows": [ { "from": "19:00", "to": "07:00" } ] } ]
        }))
        .unwrap();
        d.import(plan, ImportMode::Replace).unwrap();
    }
    let mut h = Harness::new(&dir);
    h.unlock(PASS).await;
    assert!(h.html().contains("Your next required appointment"));
    // The menu: Today, Week, Add, Check, More (it stays while she moves between them).
    let menu = h.menu();
    h.click(menu[2]);
    assert!(h.html().contains("Add an appointment"), "{}", h.html());
    let fields = h.inputs_by_field(7);
    h.input(fields["notes"], "");
    h.input(fields["title"], "Growth scan");
    h.input(fields["date"], "2026-12-03");
    h.input(fields["start"], "18:00");
    h.input(fields["end"], "18:30");
    h.input(fields["place"], "City Hospital");
    h.input(fields["travel"], "40");
    let html = h.html();
    assert!(html.contains("This would clash:"), "{html}");
    assert!(
        html.contains("Your health appointment is during your curfew"),
        "{html}"
    );
    // Save, then the flag is there with its explanation, actions and draft.
    let save = h.listener("click", 0, 1);
    h.click(save);
    h.settle().await;
    h.click(menu[3]);
    let html = h.html();
    assert!(html.contains("Things to check"), "{html}");
    assert!(html.contains("Growth scan"), "{html}");
    assert!(
        html.contains("A message you can send or read out"),
        "{html}"
    );
    assert!(html.contains("Copy the message"), "{html}");
    assert!(html.contains("probation officer"), "{html}");
}

#[tokio::test(flavor = "current_thread")]
async fn a_curfew_is_added_on_the_rules_screen_with_where_it_came_from() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("v");
    with_vault(&dir);
    let mut h = Harness::new(&dir);
    h.unlock(PASS).await;
    let before = h.more(0);
    assert!(h.html().contains("My rules"), "{}", h.html());
    assert!(h.html().contains("No rules added yet."));
    // The Rules screen's own buttons are the click listeners it added. Press them in
    // turn until the curfew (the form's defaults, 19:00 to 07:00) is in the list.
    let buttons: Vec<ElementId> = h.clicks_since(before);
    let mut added = false;
    for id in buttons {
        h.click(id);
        h.settle().await;
        if h.html().contains("<p class=\"item-title\">Curfew</p>") {
            added = true;
            break;
        }
    }
    let html = h.html();
    assert!(added, "{html}");
    assert!(
        html.contains("My licence"),
        "the rule shows where it came from: {html}"
    );
    // Stored, not just shown.
    let app = App::new(&dir);
    let mut app = app;
    app.unlock(&Passphrase::new(PASS), std::time::SystemTime::now())
        .unwrap();
    let plan = app.plan().unwrap();
    let curfew = plan
        .conditions
        .iter()
        .find(|c| c.kind().as_str() == "curfew")
        .expect("the curfew is in the vault");
    assert_eq!(curfew.source.as_str(), "licence");
}

#[tokio::test(flavor = "current_thread")]
async fn wipe_needs_the_word_and_then_leaves_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("v");
    with_vault(&dir);
    let mut h = Harness::new(&dir);
    h.unlock(PASS).await;
    let before = h.more(5);
    let html = h.html();
    assert!(html.contains("Delete everything"), "{html}");
    assert!(html.contains("Nobody can get it back"), "{html}");
    let buttons: Vec<ElementId> = h.clicks_since(before);
    // Without the word, no button deletes anything.
    for id in &buttons {
        h.click(*id);
        h.settle_briefly().await;
    }
    assert!(
        dir.join("vault.db").exists(),
        "nothing is deleted without the word"
    );
    // With it, the wipe button deletes everything and the app is back at first run.
    let fields = h.inputs_by_field(4);
    h.input(fields["wipe-confirm"], "DELETE");
    for id in &buttons {
        h.click(*id);
        h.settle_briefly().await;
        if h.html().contains("Choose your language") {
            break;
        }
    }
    assert!(h.html().contains("Choose your language"), "{}", h.html());
    assert!(!dir.exists(), "the vault is gone");
}

/// Two appointments that overlap tomorrow, and a due date.
fn with_clash(dir: &Path, pregnant: bool) -> chrono::NaiveDate {
    with_clash_in(dir, pregnant, "en-GB")
}

/// The same, for a woman who chose `language`.
fn with_clash_in(dir: &Path, pregnant: bool, language: &str) -> chrono::NaiveDate {
    let mut app = App::new(dir).with_kdf(KdfParams::pbkdf2(MIN_ITERATIONS).unwrap());
    let today = chrono::Utc::now()
        .with_timezone(&chrono_tz::Europe::London)
        .date_naive();
    let tomorrow = today.succ_opt().unwrap();
    app.set_up(FirstRun {
        language: language.into(),
        passphrase: Passphrase::new(PASS),
        duress: None,
        due_date: today
            .checked_add_days(chrono::Days::new(100))
            .filter(|_| pregnant),
        first_pregnancy: true,
        supervision: vec![Source::Licence],
    })
    .unwrap();
    for (id, kind, from, to) in [
        ("p1", "probation", "10:00", "11:00"),
        ("u1", "unpaid_work", "10:30", "12:00"),
    ] {
        app.save_appointment(
            Appointment::from_value(
                &json!({ "id": id, "kind": kind, "title": format!("{kind} MARKER"),
                         "start": format!("{tomorrow}T{from}"), "end": format!("{tomorrow}T{to}") }),
                "a",
            )
            .unwrap(),
        )
        .unwrap();
    }
    tomorrow
}

#[tokio::test(flavor = "current_thread")]
async fn the_week_marks_the_clash_and_a_flag_can_be_read_about_and_marked_sorted() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("v");
    with_clash(&dir, false);
    let mut h = Harness::new(&dir);
    h.unlock(PASS).await;
    // Week: tomorrow is marked, with both appointments and the flag's title.
    h.click(h.menu()[1]);
    let html = h.html();
    assert!(html.contains("The next 7 days"), "{html}");
    assert!(html.contains("card day flagged"), "{html}");
    assert!(html.contains("Check this day"), "{html}");
    assert!(html.contains("probation MARKER") && html.contains("unpaid_work MARKER"));
    assert!(
        html.contains("Two required appointments at the same time"),
        "the flag's title is under the day: {html}"
    );
    // Tap an appointment to change it; then the Add tab starts a new one, empty.
    let before = h.listeners.len();
    h.click(h.menu()[0]);
    let items = h.clicks_since(before);
    let before = h.listeners.len();
    h.click(items[0]);
    let html = h.html();
    assert!(html.contains("Change an appointment"), "{html}");
    assert!(html.contains("value=\"probation MARKER\""), "{html}");
    let _ = before;
    h.click(h.menu()[2]);
    let html = h.html();
    assert!(html.contains("Add an appointment"), "{html}");
    assert!(
        !html.contains("value=\"probation MARKER\""),
        "a new form: {html}"
    );
    // Check: the flag links to its guide.
    let before = h.listeners.len();
    h.click(h.menu()[3]);
    let title = goldthread::l10n::guides::guide("breach-recall", "en-GB")
        .unwrap()
        .title;
    assert!(
        h.html()
            .contains(&format!("Read more: \u{2068}{title}\u{2069}")),
        "the link names the guide: {}",
        h.html()
    );
    let buttons = h.clicks_since(before);
    let mut guide = false;
    for id in &buttons {
        h.click(*id);
        if h.html().contains(&format!("{title}</h1>")) {
            guide = true;
            break;
        }
    }
    assert!(guide, "{}", h.html());
    assert!(h.html().contains("Last checked:"), "{}", h.html());
    // Back to Check: write a note and mark the flag sorted. It moves to the history,
    // with the note, and stays after locking and unlocking.
    let before = h.listeners.len();
    h.click(h.menu()[3]);
    let note = h.listener(
        "input",
        0,
        h.listeners[before..]
            .iter()
            .filter(|(n, _)| n == "input")
            .count(),
    );
    h.input(note, "Rang my officer NOTE-1");
    let buttons = h.clicks_since(before);
    for id in buttons.iter().rev() {
        h.click(*id);
        h.settle_briefly().await;
        if h.html().contains("<h2>Sorted</h2>") {
            break;
        }
    }
    let html = h.html();
    assert!(html.contains("<h2>Sorted</h2>"), "{html}");
    assert!(html.contains("Rang my officer NOTE-1"), "{html}");
    let mut app = App::new(&dir);
    app.unlock(&Passphrase::new(PASS), std::time::SystemTime::now())
        .unwrap();
    let sorted = app.sorted().unwrap();
    assert_eq!(sorted.len(), 1);
    assert_eq!(sorted[0].note, "Rang my officer NOTE-1");
}

#[tokio::test(flavor = "current_thread")]
async fn the_pregnancy_screen_shows_the_weeks_and_each_check() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("v");
    with_clash(&dir, true);
    let mut h = Harness::new(&dir);
    h.unlock(PASS).await;
    h.more(1);
    // Interpolated values carry Fluent's isolation marks; read past them.
    let html = h.html().replace(['\u{2068}', '\u{2069}'], "");
    // 100 days before the due date is day 180: 25 weeks and 5 days.
    assert!(html.contains("25 weeks and 5 days pregnant"), "{html}");
    assert!(html.contains("That is in 100 days."), "{html}");
    assert!(html.contains("12-week scan"), "{html}");
    assert!(html.contains("step missed"), "{html}");
    assert!(
        html.contains("step due") || html.contains("step later"),
        "{html}"
    );
    assert!(html.contains("NICE guideline NG201"), "{html}");
}

/// A screen whose vault call fails: another window changed the diary.
#[component]
fn Failing() -> Element {
    Err(goldthread::app::AppError::Vault(
        goldthread::vault::VaultError::Stale,
    ))?;
    rsx! { p { "not reached" } }
}

/// The boundary as Root uses it: keyed by screen, so another screen replaces the card.
/// The first screen (first run, as there is no vault) fails; any other shows a plain
/// line.
#[component]
fn BoundaryApp(dir: std::path::PathBuf) -> Element {
    let Some(services) = goldthread::ui::use_services(dir) else {
        return rsx! {};
    };
    let screen = *services.screen.read();
    rsx! {
        goldthread::ui::ScreenBoundary { key: "{screen:?}",
            if screen == goldthread::ui::Screen::FirstRun {
                Failing {}
            } else {
                p { "Another screen." }
            }
        }
    }
}

#[test]
fn an_error_from_the_vault_shows_a_plain_message_and_leaves_with_the_screen() {
    dioxus_html::set_event_converter(Box::new(dioxus_html::SerializedHtmlEventConverter));
    let tmp = tempfile::tempdir().unwrap();
    let mut dom = VirtualDom::new_with_props(
        BoundaryApp,
        BoundaryAppProps {
            dir: tmp.path().join("v"),
        },
    );
    let mut edits = dom.rebuild_to_vec();
    // The boundary catches the error and renders its message on the next pass.
    let more = dom.render_immediate_to_vec();
    edits.edits.extend(more.edits);
    let html = dioxus_ssr::render(&dom);
    assert!(
        html.contains("Something went wrong on this screen. Your notes are safe."),
        "{html}"
    );
    assert!(html.contains("role=\"alert\""), "{html}");
    assert!(!html.contains("not reached"));
    // "Go back": the diary is not open, so it goes to the unlock screen, and the card
    // does not follow.
    let button = edits
        .edits
        .iter()
        .rev()
        .find_map(|m| match m {
            Mutation::NewEventListener { name, id } if name == "click" => Some(*id),
            _ => None,
        })
        .expect("the card's button");
    let event = Event::new(
        Rc::new(PlatformEventData::new(Box::<SerializedMouseData>::default())) as Rc<dyn Any>,
        true,
    );
    dom.runtime().handle_event("click", event, button);
    dom.render_immediate(&mut dioxus::dioxus_core::NoOpMutations);
    let html = dioxus_ssr::render(&dom);
    assert!(html.contains("Another screen."), "{html}");
    assert!(!html.contains("Something went wrong"), "{html}");
}

fn with_language(dir: &Path, language: &str) {
    let mut app = App::new(dir).with_kdf(KdfParams::pbkdf2(MIN_ITERATIONS).unwrap());
    app.set_up(FirstRun {
        language: language.into(),
        passphrase: Passphrase::new(PASS),
        duress: None,
        due_date: None,
        first_pregnancy: false,
        supervision: vec![Source::Licence],
    })
    .unwrap();
    app.save_appointment(
        Appointment::from_value(
            &json!({ "id": "p1", "kind": "probation", "title": "Supervision MARKER",
                     "start": "2099-01-05T10:00", "end": "2099-01-05T11:00" }),
            "a",
        )
        .unwrap(),
    )
    .unwrap();
}

#[tokio::test(flavor = "current_thread")]
async fn a_polish_guide_says_it_awaits_review_and_opens_beside_the_english() {
    use goldthread::l10n::{guides, Localizer};
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("v");
    with_language(&dir, "pl");
    let mut h = Harness::new(&dir);
    h.unlock(PASS).await;
    let pl = Localizer::new("pl", true).unwrap();
    let before = h.more(2);
    let html = h.html();
    assert!(html.contains(&pl.text("guides-title").unwrap()), "{html}");
    let first = guides::guide(guides::IDS[0], "pl").unwrap();
    assert!(html.contains(&first.title), "{html}");
    // Open the first guide: Polish text, and the notice, in Polish.
    let _ = before;
    let open = h.ids[&format!("guide-{}", guides::IDS[0])];
    h.click(open);
    let html = h.html();
    assert!(
        html.contains("<article class=\"card guide\" lang=\"pl\""),
        "{html}"
    );
    let opening: String = first.blocks[0].plain().chars().take(20).collect();
    assert!(html.contains(&opening), "{html}");
    assert!(
        html.contains(&pl.text("guides-status-awaiting").unwrap()),
        "{html}"
    );
    // Side by side with English: one row a block, the terms marked.
    let side = h.ids[&format!("side-by-side-{}", guides::IDS[0])];
    h.click(side);
    let html = h.html();
    let english = guides::guide(guides::IDS[0], "en-GB").unwrap();
    assert!(html.contains(&english.title), "{html}");
    let rows = html.matches("<div class=\"pair\"").count();
    assert_eq!(
        rows,
        english.blocks.len() + 1,
        "a row a block, plus the notices"
    );
    assert!(html.contains("<mark class=\"term\""), "{html}");
    assert!(html.contains("lang=\"en-GB\" dir=\"ltr\""), "{html}");
}

#[tokio::test(flavor = "current_thread")]
async fn arabic_and_urdu_turn_the_layout_right_to_left() {
    for lang in ["ar", "ur"] {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("v");
        with_language(&dir, lang);
        let mut h = Harness::new(&dir);
        h.unlock(PASS).await;
        let html = h.html();
        assert!(
            html.contains(&format!("lang=\"{lang}\" dir=\"rtl\"")),
            "{lang}: {html}"
        );
        // Interpolated values keep their isolation marks.
        assert!(
            html.contains('\u{2068}') && html.contains('\u{2069}'),
            "{html}"
        );
    }
}

#[tokio::test(flavor = "current_thread")]
async fn in_another_language_the_draft_comes_in_english_too() {
    use goldthread::l10n::Localizer;
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("v");
    with_clash_in(&dir, false, "pl");
    let mut h = Harness::new(&dir);
    h.unlock(PASS).await;
    h.click(h.menu()[3]);
    let html = h.html();
    let pl = Localizer::new("pl", true).unwrap();
    assert!(html.contains(&pl.text("flags-draft").unwrap()), "{html}");
    assert!(
        html.contains(&pl.text("flags-draft-english").unwrap()),
        "{html}"
    );
    assert!(
        html.contains("<blockquote class=\"draft\" lang=\"en-GB\" dir=\"ltr\">Hello."),
        "{html}"
    );
}

/// Her sharing screen over a real relay: she enters the worker's code, sees the same
/// safety number as the worker, confirms it, ticks a kind of appointment, shares, and
/// the worker's copy holds it; the appointment is marked as shared on Today.
#[cfg(feature = "relay")]
#[tokio::test(flavor = "current_thread")]
async fn she_connects_confirms_the_number_and_chooses_what_to_share() {
    use goldthread::sync::engine;
    let tmp = tempfile::tempdir().unwrap();
    let relay = relay_in(tmp.path());
    // The worker's device.
    let wdir = tmp.path().join("worker");
    let worker = new_diary(&wdir);
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    // The sharing calls block on the network: off this test's async thread, as the
    // app runs them off the UI thread.
    let off = |f: Box<dyn FnOnce() + Send>| std::thread::spawn(f).join().unwrap();
    let worker = std::sync::Arc::new(std::sync::Mutex::new(worker));
    let code = {
        let (w, url) = (worker.clone(), format!("http://{relay}"));
        let (tx, rx) = std::sync::mpsc::channel();
        off(Box::new(move || {
            tx.send(engine::invite(&mut w.lock().unwrap(), &url, now).unwrap())
                .unwrap()
        }));
        rx.recv().unwrap()
    };
    // Her app.
    let dir = tmp.path().join("her");
    with_clash(&dir, false);
    let mut h = Harness::new(&dir);
    h.unlock(PASS).await;
    let before = h.more(4);
    assert!(
        h.html().contains("Sharing with your worker"),
        "{}",
        h.html()
    );
    assert!(h.html().contains("You are not sharing with anyone."));
    let fields = h.inputs_by_field(2);
    h.input(fields["share-relay"], "");
    h.input(fields["share-code"], &code);
    // Connect is one of the screen's buttons (the other makes a worker's invitation).
    let buttons = h.clicks_since(before);
    let before = h.listeners.len();
    for id in buttons {
        h.click(id);
        h.settle().await;
        if h.html().contains("Safety number") {
            break;
        }
    }
    // The worker learns her keys; both show the same number.
    let w = worker.clone();
    off(Box::new(move || {
        engine::sync(&mut w.lock().unwrap(), 0).unwrap();
    }));
    let number = engine::status(&worker.lock().unwrap()).unwrap()[0]
        .safety_number
        .clone()
        .unwrap();
    let html = h.html();
    assert!(html.contains(&number), "{html}");
    assert!(
        html.contains("Nothing is shared until you check the number."),
        "{html}"
    );
    // Confirm; then tick Probation.
    let _ = before;
    let confirm = h.ids["share-confirm-0"];
    h.click(confirm);
    h.settle().await;
    let html = h.html();
    assert!(html.contains("What your worker sees"), "{html}");
    let tick = h.ids["share-kind-0-probation"];
    h.send(
        "change",
        tick,
        Box::new(SerializedFormData::new("true".to_string(), vec![])),
    );
    h.settle().await;
    // Share now.
    let share = h.ids["share-sync-0"];
    h.click(share);
    h.settle().await;
    assert!(h.html().contains("Done. Sent"), "{}", h.html());
    let w = worker.clone();
    off(Box::new(move || {
        engine::sync(&mut w.lock().unwrap(), 0).unwrap();
    }));
    let seen = engine::mirror_plan(&worker.lock().unwrap(), 0).unwrap();
    assert_eq!(seen.appointments.len(), 1, "the probation appointment");
    assert_eq!(seen.appointments[0].title, "probation MARKER");
    // Today marks it as shared.
    h.click(h.menu()[0]);
    assert!(
        h.html().contains("<span class=\"badge\">Shared</span>"),
        "{}",
        h.html()
    );
}

/// On a worker's device, the sharing screen makes an invitation and shows its code,
/// which a woman's device can then accept.
#[cfg(feature = "relay")]
#[tokio::test(flavor = "current_thread")]
async fn a_worker_makes_an_invitation_on_the_sharing_screen() {
    use goldthread::sync::engine;
    let tmp = tempfile::tempdir().unwrap();
    let relay = relay_in(tmp.path());
    let wdir = tmp.path().join("worker");
    with_vault(&wdir);
    let mut h = Harness::new(&wdir);
    h.unlock(PASS).await;
    let before = h.more(4);
    let fields = h.inputs_by_field(2);
    h.input(fields["share-relay"], &format!("http://{relay}"));
    let mut code = None;
    for id in h.clicks_since(before) {
        h.click(id);
        h.settle_briefly().await;
        let html = h.html();
        if let Some(at) = html.find("GT1-") {
            let end = at + html[at..].find('<').unwrap();
            code = Some(html[at..end].to_string());
            break;
        }
    }
    let code = code.expect("the code is shown");
    assert!(
        h.html().contains("It works once, for 24 hours."),
        "{}",
        h.html()
    );
    // Her device accepts it through the relay.
    let hdir = tmp.path().join("her");
    let her = new_diary(&hdir);
    let number = std::thread::spawn(move || {
        let mut her = her;
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_secs() as i64;
        engine::accept(&mut her, &code, now).unwrap()
    })
    .join()
    .unwrap();
    assert_eq!(number.len(), 14);
}

/// A relay on loopback over a database in `dir`; its address.
#[cfg(feature = "relay")]
fn relay_in(dir: &Path) -> std::net::SocketAddr {
    let store = goldthread::sync::relay::store::SqliteStore::open(&dir.join("relay.db")).unwrap();
    goldthread::sync::relay::server::serve_in_background(std::sync::Arc::new(store)).unwrap()
}

/// A new, empty diary in `dir` (a second device).
#[cfg(feature = "relay")]
fn new_diary(dir: &Path) -> goldthread::diary::Diary {
    let v = goldthread::vault::Vault::create(
        dir,
        &Passphrase::new(PASS),
        None,
        KdfParams::pbkdf2(MIN_ITERATIONS).unwrap(),
    )
    .unwrap();
    goldthread::diary::Diary::open(v).unwrap()
}
