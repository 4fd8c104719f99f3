//! End to end in a real browser engine: the real app, over a real vault, served by
//! `goldthread-liveview` on 127.0.0.1 and clicked through in Debian's Chromium by
//! `tests/e2e/main_flow.mjs` (playwright-core). `.ci/test` installs Chromium and the
//! npm package; this test fails, naming what is missing, if they are not there.
//!
//! Set `GOLDTHREAD_SHOTS=DIR` to keep a 390×844 picture of each main screen.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};

/// Stops the server however the test ends.
struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[test]
fn the_main_flow_in_chromium() {
    let e2e = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/e2e");
    assert!(
        e2e.join("node_modules/playwright-core").is_dir(),
        "playwright-core is not installed: run `npm ci` in tests/e2e (.ci/test does)"
    );
    let chromium = std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
    assert!(
        Path::new(&chromium).exists(),
        "Chromium is not installed at {chromium}: `apt-get install chromium` (.ci/setup does)"
    );
    let tmp = tempfile::tempdir().unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_goldthread-liveview"))
        .arg("--dir")
        .arg(tmp.path().join("vault"))
        .args(["--port", "0"])
        .stdout(Stdio::piped())
        .spawn()
        .expect("the liveview server starts");
    let stdout = child.stdout.take().unwrap();
    let server = Server(child);
    let mut line = String::new();
    BufReader::new(stdout).read_line(&mut line).unwrap();
    let url = line
        .trim()
        .strip_prefix("listening on ")
        .unwrap_or_else(|| panic!("unexpected first line from the server: {line:?}"))
        .to_string();
    let mut node = Command::new("node");
    node.current_dir(&e2e).arg("main_flow.mjs").arg(&url);
    if let Ok(dir) = std::env::var("GOLDTHREAD_SHOTS") {
        std::fs::create_dir_all(&dir).unwrap();
        node.arg(dir);
    }
    let out = node.output().expect("node runs");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    drop(server);
    assert!(out.status.success(), "{text}");
    assert!(text.contains("every step passed"), "{text}");
}
