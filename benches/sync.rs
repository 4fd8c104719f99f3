//! Sharing benchmarks over loopback, printing JSON (issue 6's speed table):
//! - the initial share of 1,000 appointments, from sealing to the worker's merged copy;
//! - the bytes of one changed appointment (request and response bodies);
//! - a bounded load test: 100 concurrent clients sending small sealed changes.
//!
//! `cargo bench --no-default-features --features relay --bench sync`

use std::sync::Arc;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

use goldthread::sync::client::RelayClient;
use goldthread::sync::hlc::Hlc;
use goldthread::sync::keys::{Bootstrap, ChannelKeys, Identity, Invitation, Role};
use goldthread::sync::protocol::{pad, unpad};
use goldthread::sync::relay::store::SqliteStore;
use goldthread::sync::share::{changes, shared_records, Change, Mirror, Sent, SharePolicy};
use serde_json::{json, Value};

fn serve(db: &std::path::Path) -> String {
    let store = Arc::new(SqliteStore::open(db).unwrap());
    let addr = goldthread::sync::relay::server::serve_in_background(store).unwrap();
    format!("http://{addr}")
}

fn now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
}

/// Pairs a new "her" with `worker`: both sides' channel keys and the channel.
fn pair(url: &str, worker: &Identity, her: &Identity) -> ([u8; 16], ChannelKeys, ChannelKeys) {
    let inv = Invitation::new(url, worker, now() + 3600).unwrap();
    RelayClient::new(url, worker)
        .unwrap()
        .create_invitation(inv.id, inv.expires)
        .unwrap();
    let mut channel = [0u8; 16];
    channel[..8].copy_from_slice(&inv.id[..8]);
    channel[8..].copy_from_slice(&her.public().sign[..8]);
    RelayClient::new(url, her)
        .unwrap()
        .accept(inv.id, channel)
        .unwrap();
    let _ = Bootstrap::new(&inv.secret, channel).unwrap();
    let hk = ChannelKeys::derive(her, &worker.public(), &inv.secret, channel, Role::Her).unwrap();
    let wk =
        ChannelKeys::derive(worker, &her.public(), &inv.secret, channel, Role::Worker).unwrap();
    (channel, hk, wk)
}

fn plan(n: usize) -> goldthread::domain::Plan {
    let appointments: Vec<Value> = (0..n)
        .map(|i| {
            json!({ "id": format!("a{i}"), "kind": if i % 3 == 0 { "antenatal" } else { "probation" },
                    "title": format!("Appointment {i}"),
                    "start": format!("2027-{:02}-{:02}T10:00", 1 + (i / 28) % 12, 1 + i % 28),
                    "end": format!("2027-{:02}-{:02}T11:00", 1 + (i / 28) % 12, 1 + i % 28),
                    "place": { "label": "Probation office, 12 High Street" }, "travel_minutes": 30 })
        })
        .collect();
    goldthread::domain::Plan::from_value(
        &json!({ "format": "goldthread-plan/1", "appointments": appointments, "conditions": [] }),
    )
    .unwrap()
}

/// Seals changes into envelopes of at most ~150 KB of JSON each.
fn envelopes(keys: &ChannelKeys, batch: &[Change], first_id: u8) -> Vec<([u8; 16], Vec<u8>)> {
    let mut out = Vec::new();
    let mut chunk: Vec<&Change> = Vec::new();
    let mut size = 0;
    let flush = |chunk: &mut Vec<&Change>, out: &mut Vec<([u8; 16], Vec<u8>)>| {
        if chunk.is_empty() {
            return;
        }
        let mut id = [first_id; 16];
        id[..8].copy_from_slice(&(out.len() as u64).to_be_bytes());
        let payload = serde_json::to_vec(&json!({ "changes": chunk })).unwrap();
        out.push((id, pad(&keys.seal(id, &payload).unwrap()).unwrap()));
        chunk.clear();
    };
    for c in batch {
        size += serde_json::to_vec(c).unwrap().len();
        chunk.push(c);
        if size > 150_000 {
            flush(&mut chunk, &mut out);
            size = 0;
        }
    }
    flush(&mut chunk, &mut out);
    out
}

fn main() {
    let tmp = tempfile::tempdir().unwrap();
    let url = serve(&tmp.path().join("relay.db"));
    let worker = Identity::generate().unwrap();
    let her = Identity::generate().unwrap();
    let (channel, hk, wk) = pair(&url, &worker, &her);
    let h = RelayClient::new(&url, &her).unwrap();
    let w = RelayClient::new(&url, &worker).unwrap();
    let policy = SharePolicy {
        kinds: ["antenatal".into(), "probation".into()].into(),
        ..SharePolicy::default()
    };

    // 1. The initial share of 1,000 appointments.
    let p = plan(1000);
    let start = Instant::now();
    let mut clock = Hlc::zero(1);
    let mut sent = Sent::new();
    let batch = changes(&mut clock, 1_000, &shared_records(&p, &policy), &mut sent);
    let envs = envelopes(&hk, &batch, 1);
    let bytes_up: usize = envs.iter().map(|(_, b)| b.len()).sum();
    for (id, body) in &envs {
        h.send(channel, *id, body.clone()).unwrap();
    }
    let mut mirror = Mirror::default();
    for e in w.list(channel, 0).unwrap() {
        let plain = wk.open(e.id, unpad(&e.body).unwrap()).unwrap();
        let v: Value = serde_json::from_slice(&plain).unwrap();
        mirror.apply(&serde_json::from_value::<Vec<Change>>(v["changes"].clone()).unwrap());
    }
    let initial_ms = start.elapsed().as_secs_f64() * 1000.0;
    assert_eq!(mirror.plan().unwrap().appointments.len(), 1000);

    // 2. One changed appointment.
    let mut p2 = p.clone();
    p2.appointments[7].title = "Moved to the afternoon".into();
    let one = changes(&mut clock, 2_000, &shared_records(&p2, &policy), &mut sent);
    assert_eq!(one.len(), 1);
    let (id, body) = envelopes(&hk, &one, 2).remove(0);
    let request_bytes = body.len();
    let seq = h.send(channel, id, body).unwrap();
    let response_bytes = json!({ "seq": seq }).to_string().len();

    // 3. Load: 100 clients, each paired, each sending 20 small sealed changes.
    let clients = 100;
    let per_client = 20;
    let pairs: Vec<(Identity, [u8; 16], ChannelKeys)> = (0..clients)
        .map(|_| {
            let her = Identity::generate().unwrap();
            let (ch, hk, _) = pair(&url, &worker, &her);
            (her, ch, hk)
        })
        .collect();
    // Paced: each client sends 5 a second, 500 a second in all (the goal's load); and
    // flat out, for the most the relay takes.
    let run = |pace: Option<std::time::Duration>, round: u32| {
        let start = Instant::now();
        let mut latencies: Vec<f64> = std::thread::scope(|s| {
            let handles: Vec<_> = pairs
                .iter()
                .enumerate()
                .map(|(n, (her, ch, hk))| {
                    let url = url.clone();
                    s.spawn(move || {
                        let c = RelayClient::new(&url, her).unwrap();
                        // One request first, not counted: the connection is set up.
                        let mut warm = [0xEEu8; 16];
                        warm[..4].copy_from_slice(&(n as u32).to_be_bytes());
                        warm[4..8].copy_from_slice(&round.to_be_bytes());
                        c.send(*ch, warm, pad(&hk.seal(warm, b"{}").unwrap()).unwrap())
                            .unwrap();
                        let offset = std::time::Duration::from_millis(500 + 2 * n as u64);
                        (0..per_client)
                            .map(|i| {
                                if let Some(pace) = pace {
                                    let due = offset + pace * i as u32;
                                    if let Some(wait) = due.checked_sub(start.elapsed()) {
                                        std::thread::sleep(wait);
                                    }
                                }
                                let mut id = [0u8; 16];
                                id[..4].copy_from_slice(&(n as u32).to_be_bytes());
                                id[4..8].copy_from_slice(&(i as u32).to_be_bytes());
                                id[8..12].copy_from_slice(&round.to_be_bytes());
                                let body = pad(&hk.seal(id, b"{\"changes\":[]}").unwrap()).unwrap();
                                let t = Instant::now();
                                c.send(*ch, id, body).unwrap();
                                t.elapsed().as_secs_f64() * 1000.0
                            })
                            .collect::<Vec<f64>>()
                    })
                })
                .collect();
            handles
                .into_iter()
                .flat_map(|h| h.join().unwrap())
                .collect()
        });
        let elapsed = start.elapsed().as_secs_f64();
        latencies.sort_by(|a, b| a.total_cmp(b));
        let pct = |p: f64| {
            (latencies[((latencies.len() as f64 - 1.0) * p) as usize] * 100.0).round() / 100.0
        };
        json!({
            "requests": latencies.len(),
            "throughput_per_s": ((latencies.len() as f64 / elapsed) * 10.0).round() / 10.0,
            "p50_ms": pct(0.5),
            "p99_ms": pct(0.99),
        })
    };
    let paced = run(Some(std::time::Duration::from_millis(200)), 1);
    let flat_out = run(None, 2);
    let out = json!({
        "bench": "sync",
        "initial_share_1000": { "target_ms": 1000, "ms": (initial_ms * 10.0).round() / 10.0,
                                 "envelopes": envs.len(), "bytes_sent": bytes_up },
        "one_change": { "target_bytes": 2048, "request_body": request_bytes, "response_body": response_bytes,
                        "total": request_bytes + response_bytes },
        "load": { "clients": clients, "goal": "p99 <= 20 ms at 500 requests/s on 2 cores",
                  "paced_500_per_s": paced, "flat_out": flat_out },
    });
    println!("{}", serde_json::to_string_pretty(&out).unwrap());
}
