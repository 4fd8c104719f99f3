//! A smoke test of the real desktop app in WebKitGTK (the engine family of iOS's
//! WKWebView), under Xvfb. It runs without the test harness, because the window must
//! own the main thread. The app is driven from inside the page with
//! `document::eval` scripts, as dioxus-desktop's own headless tests do: unlock the
//! vault, see Today with the appointment and its flag, quick exit, and check that
//! nothing of the diary stays in the page.
//!
//! `.ci/test` runs it with `xvfb-run`. With `GOLDTHREAD_SHOTS=DIR` it also saves a
//! picture of the window (ImageMagick `import`) while Today is showing.

use std::path::PathBuf;
use std::process::Command;
use std::sync::OnceLock;
use std::time::Duration;

use dioxus::desktop::{Config, LogicalSize, WindowBuilder};
use dioxus::prelude::*;
use goldthread::app::{App, FirstRun};
use goldthread::domain::{Appointment, Condition, Place, Source};
use goldthread::ui::Root;
use goldthread::vault::{crypto::MIN_ITERATIONS, KdfParams, Passphrase};
use serde_json::json;

const PASS: &str = "river stone lantern";
static DIR: OnceLock<PathBuf> = OnceLock::new();

/// Polls the page until `script` returns true, or gives up after about 20 s.
const WAIT_FOR: &str = r#"
const check = () => (CHECK);
for (let i = 0; i < 200; i++) {
  if (check()) { dioxus.send(true); return; }
  await new Promise(r => setTimeout(r, 100));
}
dioxus.send(false);
"#;

async fn wait_for(check: &str) -> bool {
    let mut e = document::eval(&WAIT_FOR.replace("CHECK", check));
    match e.recv::<bool>().await {
        Ok(found) => found,
        Err(err) => {
            eprintln!("webkit smoke: the page script failed: {err}");
            false
        }
    }
}

async fn run(step: &str, script: &str) {
    let _ = document::eval(script);
    eprintln!("webkit smoke: {step}");
}

fn fail(step: &str) -> ! {
    eprintln!("webkit smoke FAILED at: {step}");
    std::process::exit(1);
}

fn smoke() -> Element {
    let dir = DIR.get().cloned().unwrap_or_default();
    use_future(|| async {
        let text = |s: &str| format!("document.body.textContent.includes({s:?})");
        if !wait_for(&text("Open your notes")).await {
            fail("the unlock screen shows");
        }
        run(
            "type the passphrase and open",
            &format!(
                r#"const i = document.querySelector('#unlock-pass');
                   i.value = {PASS:?};
                   i.dispatchEvent(new Event('input', {{ bubbles: true }}));
                   setTimeout(() => document.querySelector('button[type=submit]').click(), 300);"#
            ),
        )
        .await;
        if !wait_for(&text("Your next required appointment")).await {
            fail("Today shows after unlocking");
        }
        if !wait_for(&format!(
            "{} && {}",
            text("Growth scan"),
            text("during your curfew")
        ))
        .await
        {
            fail("the appointment and its flag are on Today");
        }
        if let Ok(dir) = std::env::var("GOLDTHREAD_SHOTS") {
            tokio_sleep(Duration::from_millis(500)).await;
            let _ = Command::new("import")
                .args(["-window", "root"])
                .arg(PathBuf::from(dir).join("desktop-webkit.png"))
                .status();
        }
        run(
            "quick exit",
            "document.querySelector('button.exit').click();",
        )
        .await;
        if !wait_for(&format!(
            "{} && !{} && !{}",
            text("No notes open."),
            text("Growth scan"),
            text("curfew")
        ))
        .await
        {
            fail("the quick exit leaves nothing of the diary in the page");
        }
        eprintln!("webkit smoke: every step passed");
        std::process::exit(0);
    });
    rsx! { Root { dir } }
}

async fn tokio_sleep(d: Duration) {
    let (tx, rx) = futures_channel::oneshot::channel::<()>();
    std::thread::spawn(move || {
        std::thread::sleep(d);
        let _ = tx.send(());
    });
    let _ = rx.await;
}

fn main() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("vault");
    let mut app = App::new(&dir).with_kdf(KdfParams::pbkdf2(MIN_ITERATIONS).unwrap());
    app.set_up(FirstRun {
        language: "en-GB".into(),
        passphrase: Passphrase::new(PASS),
        duress: None,
        due_date: None,
        first_pregnancy: false,
        supervision: vec![Source::Licence],
    })
    .unwrap();
    app.set_home(Place::new("Home")).unwrap();
    app.save_condition(
        Condition::from_value(
            &json!({ "id": "c1", "kind": "curfew", "source": "licence",
                     "windows": [ { "from": "19:00", "to": "07:00" } ] }),
            "c",
        )
        .unwrap(),
    )
    .unwrap();
    let day = chrono::Local::now().date_naive() + chrono::Days::new(1);
    app.save_appointment(
        Appointment::from_value(
            &json!({ "id": "a1", "kind": "antenatal", "title": "Growth scan",
                     "start": format!("{day}T18:00"), "end": format!("{day}T18:30"),
                     "place": { "label": "City Hospital" }, "travel_minutes": 40 }),
            "a",
        )
        .unwrap(),
    )
    .unwrap();
    app.save_appointment(
        Appointment::from_value(
            &json!({ "id": "p1", "kind": "probation", "title": "Supervision",
                     "start": format!("{day}T10:00"), "end": format!("{day}T11:00") }),
            "a",
        )
        .unwrap(),
    )
    .unwrap();
    drop(app);
    let _ = DIR.set(dir);
    // However it goes, the test ends.
    std::thread::spawn(|| {
        std::thread::sleep(Duration::from_secs(90));
        eprintln!("webkit smoke FAILED: timed out");
        std::process::exit(1);
    });
    let window = WindowBuilder::new()
        .with_title("Notes")
        .with_inner_size(LogicalSize::new(390.0, 844.0));
    dioxus::LaunchBuilder::desktop()
        .with_cfg(Config::new().with_window(window).with_menu(None))
        .launch(smoke);
    drop(tmp);
}
