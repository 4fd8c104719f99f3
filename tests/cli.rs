//! The `goldthread` command line, run as a real process.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

const PASS: &str = "river stone lantern";
const DURESS: &str = "blue kettle morning";

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

fn gt(dir: &Path, args: &[&str], pass: &str) -> Output {
    gt_env(dir, args, &[("GOLDTHREAD_PASSPHRASE", pass)])
}

fn gt_env(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut c = Command::new(env!("CARGO_BIN_EXE_goldthread"));
    c.args(args)
        .arg("--dir")
        .arg(dir)
        .env_remove("GOLDTHREAD_PASSPHRASE")
        .env_remove("GOLDTHREAD_NEW_PASSPHRASE")
        .env_remove("GOLDTHREAD_DURESS_PASSPHRASE")
        .env_remove("GOLDTHREAD_DIR")
        .env("GOLDTHREAD_KDF_ITERATIONS", "600000")
        .env("RUST_BACKTRACE", "1");
    for (k, v) in env {
        c.env(k, v);
    }
    c.output().unwrap()
}

fn code(o: &Output) -> i32 {
    o.status.code().unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn assert_clean_error(o: &Output) {
    let e = stderr(o);
    assert!(!e.contains("panicked"), "{e}");
    assert!(!e.contains("backtrace"), "{e}");
    assert!(!e.contains("RUST_BACKTRACE"), "{e}");
}

fn init(dir: &Path) {
    let o = gt(dir, &["vault", "init"], PASS);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
}

fn init_with_plan(dir: &Path) {
    init(dir);
    let o = gt(
        dir,
        &["import", fixture("plan.json").to_str().unwrap()],
        PASS,
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
}

fn export(dir: &Path, pass: &str) -> Value {
    let o = gt(dir, &["export"], pass);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    serde_json::from_slice(&o.stdout).unwrap()
}

#[test]
fn import_then_export_returns_the_same_plan() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("v");
    init(&dir);
    let o = gt(
        &dir,
        &["import", fixture("plan.json").to_str().unwrap()],
        PASS,
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let out = export(&dir, PASS);
    let input: Value =
        serde_json::from_str(&fs::read_to_string(fixture("plan.json")).unwrap()).unwrap();
    // Every value given comes back unchanged, in the same order, with the same ids.
    assert_subset(&input, &out, "$");
    let ids = |v: &Value, k: &str| -> Vec<String> {
        v[k].as_array()
            .unwrap()
            .iter()
            .map(|x| x["id"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(ids(&input, "appointments"), ids(&out, "appointments"));
    assert_eq!(ids(&input, "conditions"), ids(&out, "conditions"));
    // Defaults are filled in.
    assert_eq!(out["appointments"][1]["travel_minutes"], 0);
    assert_eq!(out["appointments"][1]["mandatory"], true);
    assert_eq!(out["appointments"][0]["mandatory"], false);
    assert_eq!(out["conditions"][2]["source"], "bail");
    assert_eq!(out["x-top-level"], "kept too");
    // Exporting what was exported, after importing it again, is a fixed point.
    let again = tmp.path().join("again.json");
    fs::write(&again, serde_json::to_vec(&out).unwrap()).unwrap();
    let o = gt(
        &dir,
        &["import", "--replace", again.to_str().unwrap()],
        PASS,
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert_eq!(export(&dir, PASS), out);
}

/// Every field of `want` appears in `got` with the same value (arrays element-wise).
fn assert_subset(want: &Value, got: &Value, path: &str) {
    match (want, got) {
        (Value::Object(w), Value::Object(g)) => {
            for (k, v) in w {
                let g = g.get(k).unwrap_or_else(|| panic!("{path}.{k} missing"));
                assert_subset(v, g, &format!("{path}.{k}"));
            }
        }
        (Value::Array(w), Value::Array(g)) => {
            assert_eq!(w.len(), g.len(), "{path}");
            for (i, (w, g)) in w.iter().zip(g).enumerate() {
                assert_subset(w, g, &format!("{path}[{i}]"));
            }
        }
        (Value::Number(w), Value::Number(g)) => {
            assert_eq!(w.as_f64(), g.as_f64(), "{path}")
        }
        _ => assert_eq!(want, got, "{path}"),
    }
}

#[test]
fn an_invalid_plan_exits_2_naming_every_field_and_stores_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("v");
    init_with_plan(&dir);
    let before = export(&dir, PASS);
    let o = gt(
        &dir,
        &["import", fixture("invalid.json").to_str().unwrap()],
        PASS,
    );
    assert_eq!(code(&o), 2);
    assert_clean_error(&o);
    let e = stderr(&o);
    assert!(
        e.contains("appointments[1].end: must be after start"),
        "{e}"
    );
    assert!(
        e.contains("appointments[2].end: must be after start"),
        "{e}"
    );
    assert!(
        e.contains("conditions[0].kind: unknown kind \"cufew\""),
        "{e}"
    );
    assert_eq!(export(&dir, PASS), before, "nothing was half-imported");

    // Not JSON at all.
    let junk = tmp.path().join("junk.json");
    fs::write(&junk, "{ this is not json").unwrap();
    let o = gt(&dir, &["import", junk.to_str().unwrap()], PASS);
    assert_eq!(code(&o), 2);
    assert_clean_error(&o);
    assert!(stderr(&o).contains("line 1"), "{}", stderr(&o));

    // A file that is not there.
    let o = gt(&dir, &["import", "/nonexistent/plan.json"], PASS);
    assert_eq!(code(&o), 1);
    assert!(stderr(&o).contains("/nonexistent/plan.json"));
    assert_eq!(export(&dir, PASS), before);
}

#[test]
fn merge_keeps_other_items_and_replaces_by_id() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("v");
    init_with_plan(&dir);
    let extra = tmp.path().join("extra.json");
    fs::write(
        &extra,
        r#"{"format":"goldthread-plan/1","appointments":[
            {"id":"a1","kind":"antenatal","title":"Scan, moved","start":"2026-12-04T09:00","end":"2026-12-04T10:00"},
            {"id":"n1","kind":"housing","title":"Housing office","start":"2026-12-05T11:00","end":"2026-12-05T11:30"}],
            "conditions":[]}"#,
    )
    .unwrap();
    let o = gt(&dir, &["import", extra.to_str().unwrap()], PASS);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let out = export(&dir, PASS);
    let titles: Vec<&str> = out["appointments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["title"].as_str().unwrap())
        .collect();
    assert_eq!(
        titles,
        vec![
            "Scan, moved",
            "Women's group",
            "Supervision MARKER-OFFICER-5b7",
            "Housing office"
        ]
    );
    assert_eq!(out["conditions"].as_array().unwrap().len(), 6);
    assert_eq!(out["pregnancy"]["due_date"], "2027-04-20", "kept");
}

#[test]
fn wrong_passphrase_exits_3_and_the_lockout_survives_restarts() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("v");
    init(&dir);
    for _ in 0..4 {
        let o = gt(&dir, &["export"], "wrong passphrase");
        assert_eq!(code(&o), 3);
        assert_clean_error(&o);
        assert!(stderr(&o).contains("not right"), "{}", stderr(&o));
        assert!(o.stdout.is_empty());
    }
    let o = gt(&dir, &["export"], "wrong passphrase");
    assert_eq!(code(&o), 3);
    assert!(stderr(&o).contains("30 seconds"), "{}", stderr(&o));
    // A new process, with the right passphrase, still has to wait.
    let o = gt(&dir, &["export"], PASS);
    assert_eq!(code(&o), 3);
    assert!(stderr(&o).contains("try again in"), "{}", stderr(&o));
}

#[test]
fn tampering_exits_4() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("v");
    init_with_plan(&dir);
    // Damage the key header.
    let c = rusqlite::Connection::open(dir.join("vault.db")).unwrap();
    let mut h: Vec<u8> = c
        .query_row("SELECT bytes FROM header", [], |r| r.get(0))
        .unwrap();
    h[40] ^= 1;
    c.execute("UPDATE header SET bytes = ?1", [&h]).unwrap();
    drop(c);
    let o = gt(&dir, &["export"], PASS);
    assert_eq!(code(&o), 4);
    assert_clean_error(&o);
    assert!(stderr(&o).contains("damaged"), "{}", stderr(&o));
    let c = rusqlite::Connection::open(dir.join("vault.db")).unwrap();
    h[40] ^= 1;
    c.execute("UPDATE header SET bytes = ?1", [&h]).unwrap();
    // Damage every record body a little: export refuses, salvage writes what reads.
    let rids: Vec<Vec<u8>> = {
        let mut s = c.prepare("SELECT rid FROM records").unwrap();
        let r = s
            .query_map([], |r| r.get(0))
            .unwrap()
            .map(|r| r.unwrap())
            .collect();
        r
    };
    for rid in &rids {
        let mut body: Vec<u8> = c
            .query_row("SELECT body FROM records WHERE rid = ?1", [rid], |r| {
                r.get(0)
            })
            .unwrap();
        let n = body.len();
        body[n - 3] ^= 0xff;
        c.execute(
            "UPDATE records SET body = ?1 WHERE rid = ?2",
            rusqlite::params![body, rid],
        )
        .unwrap();
    }
    drop(c);
    let o = gt(&dir, &["export"], PASS);
    assert_eq!(code(&o), 4, "{}", stderr(&o));
    assert_clean_error(&o);
    assert!(o.stdout.is_empty(), "no garbage data on stdout");
    assert!(
        stderr(&o).contains("is damaged or was altered"),
        "{}",
        stderr(&o)
    );
    assert!(stderr(&o).contains("--salvage"));
    let o = gt(&dir, &["export", "--salvage"], PASS);
    assert_eq!(code(&o), 4);
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["format"], "goldthread-plan/1");
    assert!(!String::from_utf8_lossy(&o.stdout).contains("MARKER"));
    // Import refuses to write over a damaged diary.
    let o = gt(
        &dir,
        &["import", fixture("plan.json").to_str().unwrap()],
        PASS,
    );
    assert_eq!(code(&o), 4, "{}", stderr(&o));
}

#[test]
fn passwd_duress_and_wipe() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("v");
    let o = gt_env(
        &dir,
        &["vault", "init", "--duress"],
        &[
            ("GOLDTHREAD_PASSPHRASE", PASS),
            ("GOLDTHREAD_DURESS_PASSPHRASE", DURESS),
        ],
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    // The output of init is the same with or without a duress passphrase.
    let plain = tmp.path().join("plain");
    let p = gt(&plain, &["vault", "init"], PASS);
    assert_eq!(
        stderr(&o).replace(dir.to_str().unwrap(), "D"),
        stderr(&p).replace(plain.to_str().unwrap(), "D")
    );
    gt(
        &dir,
        &["import", fixture("plan.json").to_str().unwrap()],
        PASS,
    );
    // The duress passphrase opens an empty diary that exports like any other.
    let decoy = gt(&dir, &["export"], DURESS);
    assert_eq!(code(&decoy), 0, "{}", stderr(&decoy));
    let empty = gt(&plain, &["export"], PASS);
    assert_eq!(
        decoy.stdout, empty.stdout,
        "the decoy looks like a fresh diary"
    );
    assert_eq!(decoy.stderr, empty.stderr);

    // passwd
    let o = gt_env(
        &dir,
        &["vault", "passwd"],
        &[
            ("GOLDTHREAD_PASSPHRASE", PASS),
            ("GOLDTHREAD_NEW_PASSPHRASE", "short"),
        ],
    );
    assert_eq!(code(&o), 2, "{}", stderr(&o));
    let o = gt_env(
        &dir,
        &["vault", "passwd"],
        &[
            ("GOLDTHREAD_PASSPHRASE", PASS),
            ("GOLDTHREAD_NEW_PASSPHRASE", "a brand new passphrase"),
        ],
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert_eq!(code(&gt(&dir, &["export"], PASS)), 3);
    let out = export(&dir, "a brand new passphrase");
    assert_eq!(out["appointments"].as_array().unwrap().len(), 3);
    assert_eq!(
        code(&gt(&dir, &["export"], DURESS)),
        0,
        "duress still works"
    );

    // wipe needs the passphrase, then nothing is left.
    assert_eq!(code(&gt(&dir, &["vault", "wipe"], "nope nope nope")), 3);
    assert!(dir.join("vault.db").exists());
    let o = gt(&dir, &["vault", "wipe"], "a brand new passphrase");
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(!dir.exists());
    let o = gt(&dir, &["export"], "a brand new passphrase");
    assert_eq!(code(&o), 1);
    assert!(stderr(&o).contains("no vault"), "{}", stderr(&o));
}

#[test]
fn no_passphrase_and_no_terminal_is_a_clear_error() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("v");
    init(&dir);
    let o = gt_env(&dir, &["export"], &[]);
    assert_eq!(code(&o), 1);
    assert!(
        stderr(&o).contains("GOLDTHREAD_PASSPHRASE"),
        "{}",
        stderr(&o)
    );
    let o = gt(&dir, &["vault", "init"], PASS);
    assert_eq!(code(&o), 1);
    assert!(stderr(&o).contains("already a vault"), "{}", stderr(&o));
    let o = gt(&tmp.path().join("w"), &["vault", "init"], "short");
    assert_eq!(code(&o), 2);
    assert!(stderr(&o).contains("at least 8"), "{}", stderr(&o));
}

#[test]
fn no_plaintext_after_cli_import() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("v");
    init_with_plan(&dir);
    let mut bytes = Vec::new();
    for e in fs::read_dir(&dir).unwrap() {
        bytes.extend(fs::read(e.unwrap().path()).unwrap());
    }
    for m in [
        "MARKER-SCAN-31d",
        "MARKER-HOSPITAL-8e2",
        "MARKER-OFFICER-5b7",
        "MARKER-ZONE-1a9",
        "MARKER-NAME-77c",
        "antenatal",
        "curfew",
        "2026-12-03",
    ] {
        assert!(
            !bytes.windows(m.len()).any(|w| w == m.as_bytes()),
            "{m} is on disk"
        );
    }
}

/// Without the desktop feature there is no app to open, so no command prints help.
/// (With it, no command opens the app: the UI tests cover that.)
#[cfg(not(feature = "desktop"))]
#[test]
fn no_command_prints_help() {
    let o = Command::new(env!("CARGO_BIN_EXE_goldthread"))
        .output()
        .unwrap();
    assert_eq!(code(&o), 0);
    let s = String::from_utf8_lossy(&o.stdout);
    assert!(s.contains("Usage"), "{s}");
    assert!(s.contains("import"), "{s}");
}

fn check(args: &[&str]) -> Output {
    let mut c = Command::new(env!("CARGO_BIN_EXE_goldthread"));
    c.arg("check")
        .args(args)
        .env_remove("GOLDTHREAD_DIR")
        .env_remove("GOLDTHREAD_PASSPHRASE");
    c.output().unwrap()
}

#[test]
fn check_writes_goldthread_flags_json() {
    let o = check(&[fixture("every_flag.json").to_str().unwrap()]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["format"], "goldthread-flags/1");
    let flags = v["flags"].as_array().unwrap();
    let kinds: std::collections::BTreeSet<&str> =
        flags.iter().map(|f| f["kind"].as_str().unwrap()).collect();
    assert_eq!(kinds.len(), 12, "{kinds:?}");
    for f in flags {
        for key in [
            "kind",
            "severity",
            "appointments",
            "conditions",
            "at",
            "title",
            "explanation",
            "actions",
        ] {
            assert!(f.get(key).is_some(), "{key} missing in {f}");
        }
        let at = f["at"].as_str().unwrap();
        assert_eq!(at.len(), 16, "{at}");
        assert_eq!(
            f.get("care_step").is_some(),
            f["kind"] == "missing_antenatal_care",
            "{f}"
        );
    }
    // The first flag: the earliest `at`.
    let ats: Vec<&str> = flags.iter().map(|f| f["at"].as_str().unwrap()).collect();
    let mut sorted = ats.clone();
    sorted.sort();
    assert_eq!(ats, sorted, "ordered by at (no clock change in this plan)");
}

#[test]
fn check_as_of_lang_and_text() {
    let plan = fixture("every_flag.json");
    let plan = plan.to_str().unwrap();
    // After 41+6 there are no missing-care flags.
    let o = check(&[plan, "--as-of", "2027-05-10"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert!(!v["flags"]
        .as_array()
        .unwrap()
        .iter()
        .any(|f| f["kind"] == "missing_antenatal_care"));
    // A language without text yet falls back to en-GB.
    let o = check(&[plan, "--lang", "pl"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(String::from_utf8_lossy(&o.stdout).contains("curfew"));
    // Text for a person.
    let o = check(&[plan, "--format", "text"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let t = String::from_utf8_lossy(&o.stdout);
    assert!(t.contains("Act now"), "{t}");
    assert!(t.contains("Thursday 3 December 2026, 19:00"), "{t}");
    assert!(t.contains("A message you can send or read out"), "{t}");
    // Bad input.
    let o = check(&[plan, "--as-of", "24/11/2026"]);
    assert_eq!(code(&o), 2);
    assert!(stderr(&o).contains("--as-of"), "{}", stderr(&o));
    let o = check(&[plan, "--lang", "not a tag!"]);
    assert_eq!(code(&o), 2, "{}", stderr(&o));
    let o = check(&[fixture("invalid.json").to_str().unwrap()]);
    assert_eq!(code(&o), 2);
    assert_clean_error(&o);
    assert!(stderr(&o).contains("appointments[1].end: must be after start"));
}

#[test]
fn check_reads_the_vault_with_dir() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("v");
    init(&dir);
    let o = gt(
        &dir,
        &["import", fixture("every_flag.json").to_str().unwrap()],
        PASS,
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let from_vault = gt(&dir, &["check"], PASS);
    assert_eq!(code(&from_vault), 0, "{}", stderr(&from_vault));
    let from_file = check(&[fixture("every_flag.json").to_str().unwrap()]);
    assert_eq!(from_vault.stdout, from_file.stdout);
    assert_eq!(code(&gt(&dir, &["check"], "wrong passphrase")), 3);
}

#[test]
fn guides_and_the_glossary_print_for_a_terminal_and_an_interpreter() {
    // These need no vault: no --dir.
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_goldthread"))
            .args(args)
            .env("RUST_BACKTRACE", "1")
            .output()
            .unwrap()
    };
    let list = run(&["guide", "--list", "--lang", "pl"]);
    assert_eq!(code(&list), 0, "{}", stderr(&list));
    let text = String::from_utf8(list.stdout).unwrap();
    assert_eq!(text.lines().count(), 16, "{text}");
    assert!(text.starts_with("parental-responsibility"), "{text}");
    // One guide in Polish, each block followed by the English.
    let pair = run(&["guide", "tags", "--lang", "pl", "--with", "en-GB"]);
    assert_eq!(code(&pair), 0, "{}", stderr(&pair));
    let text = String::from_utf8(pair.stdout).unwrap();
    let pl = text.lines().filter(|l| l.starts_with("[pl] ")).count();
    let en = text.lines().filter(|l| l.starts_with("[en-GB] ")).count();
    // A Polish line for each English one, and the notice that the translation
    // awaits review.
    assert!(
        pl > 10 && pl == en + 1,
        "{pl} Polish and {en} English lines:\n{text}"
    );
    assert!(text.contains("[en-GB] ## "), "{text}");
    // The glossary.
    let g = run(&["glossary", "--lang", "ar"]);
    assert_eq!(code(&g), 0, "{}", stderr(&g));
    let text = String::from_utf8(g.stdout).unwrap();
    assert!(
        text.lines().filter(|l| l.starts_with("    ")).count() >= 40,
        "{text}"
    );
    // Unknown guides and bad language tags are input errors, named.
    let bad = run(&["guide", "nope"]);
    assert_eq!(code(&bad), 2);
    assert!(
        stderr(&bad).contains("there is no guide \"nope\""),
        "{}",
        stderr(&bad)
    );
    let bad = run(&["glossary", "--lang", "not a tag!"]);
    assert_eq!(code(&bad), 2);
    assert_clean_error(&bad);
    // The figures behind the plain-language test.
    let r = run(&["guide", "--readability"]);
    let text = String::from_utf8(r.stdout).unwrap();
    assert_eq!(text.lines().count(), 17, "{text}");
}
