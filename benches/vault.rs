//! Vault benchmarks. Run with `cargo bench --no-default-features --bench vault`; prints
//! one JSON object. Targets (issue 2): KDF 250 ms–1 s; open and decrypt 5,000
//! appointments ≤ 50 ms; durable commit of one changed appointment ≤ 10 ms (median).

use std::time::{Duration, Instant};

use goldthread::diary::{Diary, ImportMode};
use goldthread::domain::Plan;
use goldthread::vault::crypto::{SecretKey, DEFAULT_ITERATIONS, MIN_ITERATIONS};
use goldthread::vault::{KdfParams, Passphrase, Vault};
use serde_json::json;

fn median(mut v: Vec<Duration>) -> f64 {
    v.sort();
    v[v.len() / 2].as_secs_f64() * 1000.0
}

fn plan(n: usize) -> Plan {
    let kinds = [
        "probation",
        "antenatal",
        "social_care",
        "housing",
        "gp",
        "unpaid_work",
    ];
    let appts: Vec<_> = (0..n)
        .map(|i| {
            let day = chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap()
                + chrono::Days::new((i / 7) as u64);
            let h = 8 + (i % 7);
            json!({
                "id": format!("a{i}"),
                "kind": kinds[i % kinds.len()],
                "title": format!("Appointment number {i} with a realistic title"),
                "start": format!("{day}T{h:02}:00"),
                "end": format!("{day}T{h:02}:45"),
                "place": { "label": format!("Venue {}", i % 40), "lat": 52.4 + (i % 40) as f64 * 0.001,
                           "lon": -1.5, "tags": ["hospital"] },
                "travel_minutes": 20
            })
        })
        .collect();
    Plan::from_value(&json!({
        "format": "goldthread-plan/1",
        "home": { "label": "Home", "lat": 52.4081, "lon": -1.5106 },
        "appointments": appts,
        "conditions": []
    }))
    .unwrap()
}

fn main() {
    let pass = Passphrase::new("benchmark passphrase");
    // 1. KDF time at the default parameters; each unlock runs it once.
    let salt = [7u8; 16];
    let params = KdfParams::default();
    let kdf: Vec<Duration> = (0..5)
        .map(|_| {
            let t = Instant::now();
            let _k = SecretKey::derive(&pass, &salt, params).unwrap();
            t.elapsed()
        })
        .collect();

    // 2. Open and decrypt 5,000 appointments (the KDF is not counted).
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("v");
    let v = Vault::create(
        &dir,
        &pass,
        None,
        KdfParams::pbkdf2(MIN_ITERATIONS).unwrap(),
    )
    .unwrap();
    let mut d = Diary::open(v).unwrap();
    d.import(plan(5000), ImportMode::Replace).unwrap();
    drop(d);
    let mut vault = Some(Vault::unlock(&dir, &pass).unwrap());
    let mut open = Vec::new();
    let mut decrypt_only = Vec::new();
    for _ in 0..15 {
        let mut v = vault.take().unwrap();
        let t = Instant::now();
        v.reload().unwrap();
        let diary = Diary::open(v).unwrap();
        open.push(t.elapsed());
        assert_eq!(diary.plan().appointments.len(), 5000);
        let v = diary.into_vault();
        let t = Instant::now();
        let snap = v.read_all().unwrap();
        decrypt_only.push(t.elapsed());
        assert_eq!(snap.records.len(), 5001);
        vault = Some(v);
    }

    // 3. Durable commit (synchronous=FULL, WAL) of one changed appointment.
    let mut diary = Diary::open(vault.take().unwrap()).unwrap();
    let mut commit = Vec::new();
    for i in 0..60 {
        let mut a = diary.plan().appointments[i * 7].clone();
        a.title = format!("{} (moved)", a.title);
        let t = Instant::now();
        diary.put_appointment(a).unwrap();
        commit.push(t.elapsed());
    }
    let db = std::fs::metadata(dir.join("vault.db"))
        .map(|m| m.len())
        .unwrap_or(0);

    drop(diary);

    // 4. Issue 4: after unlocking (KDF not counted), open the 5,000-appointment diary
    //    and build the Today screen's view (occurrences and flags), as the app does.
    let now = chrono::NaiveDate::from_ymd_opt(2026, 6, 1)
        .unwrap()
        .and_hms_opt(8, 0, 0)
        .unwrap();
    let mut today = Vec::new();
    for _ in 0..11 {
        let mut v = Vault::unlock(&dir, &pass).unwrap();
        let t = Instant::now();
        v.reload().unwrap();
        let diary = Diary::open(v).unwrap();
        let ctx = goldthread::rules::Context::new(diary.plan(), now.date()).unwrap();
        let flags = goldthread::rules::check_context(&ctx);
        let upcoming = ctx
            .occurrences
            .iter()
            .filter(|o| o.local_end > now && o.local_start < now + chrono::Duration::days(8))
            .count();
        today.push(t.elapsed());
        assert!(upcoming > 0 && !flags.is_empty());
    }

    let out = json!({
        "kdf": { "algorithm": "PBKDF2-HMAC-SHA256", "iterations": DEFAULT_ITERATIONS,
                 "median_ms": median(kdf), "target_ms": "250..1000" },
        "open_and_decrypt_5000_appointments": { "median_ms": median(open), "target_ms": 50,
                 "of_which_aead_open_all_median_ms": median(decrypt_only) },
        "durable_commit_one_appointment": { "median_ms": median(commit.clone()),
                 "max_ms": commit.iter().max().unwrap().as_secs_f64() * 1000.0, "target_ms": 10 },
        "vault_db_bytes_for_5000": db,
        "open_5000_and_build_today_after_unlock": { "median_ms": median(today), "target_ms": 300 },
    });
    println!("{}", serde_json::to_string_pretty(&out).unwrap());
}
