//! Crash safety: a writing process is killed with SIGKILL at random moments. After
//! each kill the vault must open, be whole, and hold every change that was reported
//! as committed.
//!
//! The test binary runs itself again as the writer (`writer_child`, which does nothing
//! unless `GT_CRASH_CHILD_DIR` is set). `Child::kill` sends SIGKILL on Unix.

use std::collections::BTreeSet;
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use goldthread::vault::{crypto::MIN_ITERATIONS, Change, KdfParams, Passphrase, RecordKind, Vault};
use ring::rand::{SecureRandom, SystemRandom};
use zeroize::Zeroizing;

const PASS: &str = "river stone lantern";
const TRIALS: usize = 60;

/// The writer: commits numbered records for ever, reporting each one after `apply`
/// returns. A replaced record is also rewritten now and then, so deletes are covered.
#[test]
fn writer_child() {
    let Ok(dir) = std::env::var("GT_CRASH_CHILD_DIR") else {
        return;
    };
    let trial: usize = std::env::var("GT_CRASH_TRIAL").unwrap().parse().unwrap();
    let mut v = Vault::unlock(Path::new(&dir), &Passphrase::new(PASS)).unwrap();
    println!("ready");
    let mut last = None;
    for i in 0.. {
        let body = format!("trial {trial} record {i}");
        let mut changes = vec![Change::Put {
            replaces: None,
            kind: RecordKind::APPOINTMENT,
            body: Zeroizing::new(body.into_bytes()),
        }];
        // Every third commit also rewrites a "counter" record in place.
        if i % 3 == 0 {
            changes.push(Change::Put {
                replaces: last,
                kind: RecordKind::SETTING,
                body: Zeroizing::new(format!("counter {trial} {i}").into_bytes()),
            });
        }
        let ids = v.apply(changes).unwrap();
        if i % 3 == 0 {
            last = Some(ids[1]);
        }
        println!("committed {i}");
    }
}

#[test]
fn sigkill_during_writes_loses_nothing_committed() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("v");
    drop(
        Vault::create(
            &dir,
            &Passphrase::new(PASS),
            None,
            KdfParams::pbkdf2(MIN_ITERATIONS).unwrap(),
        )
        .unwrap(),
    );
    let rng = SystemRandom::new();
    let exe = std::env::current_exe().unwrap();
    let mut killed_mid_run = 0;
    for trial in 0..TRIALS {
        let mut child = Command::new(&exe)
            .args(["--exact", "writer_child", "--nocapture", "--test-threads=1"])
            .env("GT_CRASH_CHILD_DIR", &dir)
            .env("GT_CRASH_TRIAL", trial.to_string())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let (tx, rx) = mpsc::channel();
        let reader = std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        // Wait until the writer has unlocked, then let it write for a random 0–40 ms.
        loop {
            match rx.recv_timeout(Duration::from_secs(60)) {
                // libtest writes "test writer_child ... " before the test prints.
                Ok(l) if l.ends_with("ready") => break,
                Ok(_) => continue,
                Err(e) => panic!("writer never got ready: {e}"),
            }
        }
        let mut r = [0u8; 2];
        rng.fill(&mut r).unwrap();
        let wait = u64::from(u16::from_le_bytes(r)) % 40_000;
        std::thread::sleep(Duration::from_micros(wait));
        child.kill().unwrap();
        child.wait().unwrap();
        reader.join().unwrap();
        let committed: Vec<usize> = rx
            .try_iter()
            .filter_map(|l| {
                l.rsplit_once("committed ")
                    .and_then(|(_, n)| n.trim().parse().ok())
            })
            .collect();
        if !committed.is_empty() {
            killed_mid_run += 1;
        }

        let v = Vault::unlock(&dir, &Passphrase::new(PASS)).unwrap();
        let snap = v.read_all().unwrap();
        assert!(
            snap.problems.is_empty(),
            "trial {trial}: {:?}",
            snap.problems
        );
        let present: BTreeSet<String> = snap
            .records
            .iter()
            .map(|r| String::from_utf8(r.body.to_vec()).unwrap())
            .collect();
        for i in &committed {
            let want = format!("trial {trial} record {i}");
            assert!(present.contains(&want), "trial {trial}: lost {want}");
        }
        // Nothing is half-written: each counter rewrite replaced exactly one record.
        let counters = present.iter().filter(|b| b.starts_with("counter ")).count();
        assert!(counters <= trial + 1, "trial {trial}: {counters} counters");
    }
    assert!(
        killed_mid_run >= TRIALS / 2,
        "most kills should land while writing ({killed_mid_run}/{TRIALS})"
    );
}
