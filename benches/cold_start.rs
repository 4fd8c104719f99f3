//! Cold start of the desktop app to its first painted screen, as a benchmark that
//! prints JSON. It launches the real binary (built with the bench profile, that is
//! release) again and again with `GOLDTHREAD_STARTUP_PROBE`, which makes the app
//! print a line and quit once its first screen is painted, and times each launch
//! from spawn to that line. Needs a display: `.ci/bench` runs it under `xvfb-run`.
//!
//! Two cases: a fresh install (the first-run screen) and an existing vault (the
//! unlock screen). The KDF does not run on either: it runs when she types her
//! passphrase, and `benches/vault.rs` measures it.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::Instant;

use goldthread::app::{App, FirstRun};
use goldthread::vault::{crypto::MIN_ITERATIONS, KdfParams, Passphrase};

const RUNS: usize = 9;

fn launch(dir: &std::path::Path) -> f64 {
    let start = Instant::now();
    let mut child = Command::new(env!("CARGO_BIN_EXE_goldthread"))
        .env("GOLDTHREAD_DIR", dir)
        .env("GOLDTHREAD_STARTUP_PROBE", "1")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("the app starts");
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let ms = start.elapsed().as_secs_f64() * 1000.0;
    assert!(
        line.starts_with("first-frame headings=1"),
        "the first screen did not paint: {line:?}"
    );
    let _ = child.wait();
    ms
}

fn stats(mut v: Vec<f64>) -> serde_json::Value {
    v.sort_by(|a, b| a.total_cmp(b));
    serde_json::json!({
        "runs": v.len(),
        "median_ms": (v[v.len() / 2] * 10.0).round() / 10.0,
        "min_ms": (v[0] * 10.0).round() / 10.0,
        "max_ms": (v[v.len() - 1] * 10.0).round() / 10.0,
    })
}

fn main() {
    let tmp = tempfile::tempdir().unwrap();
    let fresh = tmp.path().join("fresh");
    let existing = tmp.path().join("existing");
    App::new(&existing)
        .with_kdf(KdfParams::pbkdf2(MIN_ITERATIONS).unwrap())
        .set_up(FirstRun {
            language: "en-GB".into(),
            passphrase: Passphrase::new("river stone lantern"),
            duress: None,
            due_date: None,
            first_pregnancy: false,
            supervision: Vec::new(),
        })
        .unwrap();
    // One launch first, so that the disk cache is as warm as on a phone that has
    // run the app before; it is not counted.
    launch(&fresh);
    let first_run: Vec<f64> = (0..RUNS).map(|_| launch(&fresh)).collect();
    let unlock: Vec<f64> = (0..RUNS).map(|_| launch(&existing)).collect();
    let size = std::fs::metadata(env!("CARGO_BIN_EXE_goldthread"))
        .map(|m| m.len())
        .unwrap_or(0);
    let out = serde_json::json!({
        "bench": "cold_start",
        "target_ms": 1000,
        "first_run_screen": stats(first_run),
        "unlock_screen": stats(unlock),
        "binary_bytes": size,
    });
    println!("{}", serde_json::to_string_pretty(&out).unwrap());
}
