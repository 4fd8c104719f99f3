//! The relay's API: pairing by invitation, envelopes in and out, revocation, and every
//! kind of bad request refused with a status and a short reason, writing nothing.

use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::Arc;

use axum::body::{to_bytes, Body};
use axum::http::{Request, StatusCode};
use axum::Router;
use goldthread::sync::protocol::{self, pad};
use goldthread::sync::relay::server::{router, Relay};
use goldthread::sync::relay::store::{RelayStore, SqliteStore};
use ring::rand::{SecureRandom, SystemRandom};
use ring::signature::Ed25519KeyPair;
use serde_json::{json, Value};
use tower::ServiceExt;

struct Device {
    key: Ed25519KeyPair,
}

impl Device {
    fn new() -> Device {
        let pkcs8 = Ed25519KeyPair::generate_pkcs8(&SystemRandom::new()).unwrap();
        Device {
            key: Ed25519KeyPair::from_pkcs8(pkcs8.as_ref()).unwrap(),
        }
    }
}

struct Harness {
    app: Router,
    now: Arc<AtomicI64>,
}

fn nonce() -> [u8; 16] {
    let mut n = [0u8; 16];
    SystemRandom::new().fill(&mut n).unwrap();
    n
}

impl Harness {
    fn new() -> (Harness, Arc<SqliteStore>) {
        let store = Arc::new(SqliteStore::in_memory().unwrap());
        let now = Arc::new(AtomicI64::new(1_800_000_000));
        let clock = now.clone();
        let relay = Relay::with_clock(store.clone() as Arc<dyn RelayStore>, move || {
            clock.load(Ordering::SeqCst)
        });
        (
            Harness {
                app: router(Arc::new(relay)),
                now,
            },
            store,
        )
    }

    fn now(&self) -> i64 {
        self.now.load(Ordering::SeqCst)
    }

    /// A signed request; `tweak` may change it after signing.
    fn request(
        &self,
        who: &Device,
        method: &str,
        path: &str,
        body: Vec<u8>,
        extra: &[(&str, String)],
    ) -> Request<Body> {
        let headers = protocol::sign(&who.key, method, path, &body, self.now(), &nonce());
        let mut r = Request::builder().method(method).uri(path);
        for (k, v) in headers.iter() {
            r = r.header(*k, v);
        }
        for (k, v) in extra {
            r = r.header(*k, v);
        }
        r.body(Body::from(body)).unwrap()
    }

    async fn send(&self, req: Request<Body>) -> (StatusCode, Value, Vec<u8>) {
        let res = self.app.clone().oneshot(req).await.unwrap();
        let status = res.status();
        let bytes = to_bytes(res.into_body(), usize::MAX)
            .await
            .unwrap()
            .to_vec();
        let json = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
        (status, json, bytes)
    }

    async fn call(
        &self,
        who: &Device,
        method: &str,
        path: &str,
        body: Value,
    ) -> (StatusCode, Value) {
        let body = if body.is_null() {
            Vec::new()
        } else {
            body.to_string().into_bytes()
        };
        let (s, j, _) = self.send(self.request(who, method, path, body, &[])).await;
        (s, j)
    }

    /// Worker invites, she accepts: the channel id.
    async fn pair(&self, worker: &Device, her: &Device) -> String {
        let inv = hex::encode(nonce());
        let (s, _) = self
            .call(
                worker,
                "POST",
                "/v1/invitations",
                json!({ "id": inv, "expires": self.now() + 3600 }),
            )
            .await;
        assert_eq!(s, StatusCode::CREATED);
        let channel = hex::encode(nonce());
        let (s, j) = self
            .call(
                her,
                "POST",
                &format!("/v1/invitations/{inv}/accept"),
                json!({ "channel": channel }),
            )
            .await;
        assert_eq!(s, StatusCode::CREATED, "{j}");
        channel
    }

    async fn put(&self, who: &Device, channel: &str, id: &str, body: &[u8]) -> (StatusCode, Value) {
        let req = self.request(
            who,
            "POST",
            &format!("/v1/channels/{channel}/envelopes"),
            pad(body).unwrap(),
            &[("x-gt-envelope", id.to_string())],
        );
        let (s, j, _) = self.send(req).await;
        (s, j)
    }
}

#[tokio::test]
async fn pairing_envelopes_and_revocation() {
    let (h, _) = Harness::new();
    let (worker, her, stranger) = (Device::new(), Device::new(), Device::new());
    let (s, j, _) = h
        .send(Request::get("/v1/version").body(Body::empty()).unwrap())
        .await;
    assert_eq!((s, j), (StatusCode::OK, json!({ "protocol": "1.0" })));
    let channel = h.pair(&worker, &her).await;
    let a = hex::encode([1u8; 16]);
    assert_eq!(
        h.put(&her, &channel, &a, b"sealed one").await.0,
        StatusCode::OK
    );
    // A retry of the same envelope is not a duplicate.
    assert_eq!(
        h.put(&her, &channel, &a, b"sealed one").await.1,
        json!({ "seq": 1 })
    );
    assert_eq!(
        h.put(&worker, &channel, &hex::encode([2u8; 16]), b"proposal")
            .await
            .1,
        json!({ "seq": 2 })
    );
    let (s, j) = h
        .call(
            &worker,
            "GET",
            &format!("/v1/channels/{channel}/envelopes?after=0"),
            Value::Null,
        )
        .await;
    assert_eq!(s, StatusCode::OK);
    let list = j["envelopes"].as_array().unwrap();
    assert_eq!(list.len(), 2);
    assert_eq!(
        list[0]["from"],
        json!(hex::encode(her.key.public_key_bytes()))
    );
    // A stranger can neither read nor write.
    let (s, j) = h
        .call(
            &stranger,
            "GET",
            &format!("/v1/channels/{channel}/envelopes"),
            Value::Null,
        )
        .await;
    assert_eq!(s, StatusCode::FORBIDDEN, "{j}");
    assert!(j["error"].as_str().unwrap().contains("not a member"));
    assert_eq!(
        h.put(&stranger, &channel, &hex::encode([3u8; 16]), b"x")
            .await
            .0,
        StatusCode::FORBIDDEN
    );
    // She revokes: the channel and its envelopes are gone for everyone.
    assert_eq!(
        h.call(
            &her,
            "DELETE",
            &format!("/v1/channels/{channel}"),
            Value::Null
        )
        .await
        .0,
        StatusCode::NO_CONTENT
    );
    let (s, _) = h
        .call(
            &worker,
            "GET",
            &format!("/v1/channels/{channel}/envelopes"),
            Value::Null,
        )
        .await;
    assert_eq!(s, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn a_used_or_expired_invitation_is_refused_clearly() {
    let (h, _) = Harness::new();
    let (worker, her, other) = (Device::new(), Device::new(), Device::new());
    let inv = hex::encode(nonce());
    h.call(
        &worker,
        "POST",
        "/v1/invitations",
        json!({ "id": inv, "expires": h.now() + 60 }),
    )
    .await;
    let accept = |who| {
        let path = format!("/v1/invitations/{inv}/accept");
        let channel = hex::encode(nonce());
        let h = &h;
        async move {
            h.call(who, "POST", &path, json!({ "channel": channel }))
                .await
        }
    };
    assert_eq!(accept(&her).await.0, StatusCode::CREATED);
    let (s, j) = accept(&other).await;
    assert_eq!(s, StatusCode::CONFLICT);
    assert_eq!(j["error"], "this invitation has already been used");
    // Another invitation, too late.
    let inv2 = hex::encode(nonce());
    h.call(
        &worker,
        "POST",
        "/v1/invitations",
        json!({ "id": inv2, "expires": h.now() + 60 }),
    )
    .await;
    h.now.fetch_add(61, Ordering::SeqCst);
    let (s, j) = h
        .call(
            &her,
            "POST",
            &format!("/v1/invitations/{inv2}/accept"),
            json!({ "channel": hex::encode(nonce()) }),
        )
        .await;
    assert_eq!(s, StatusCode::GONE);
    assert_eq!(j["error"], "this invitation has expired");
    // Invitations live at most 24 hours.
    let (s, _) = h
        .call(
            &worker,
            "POST",
            "/v1/invitations",
            json!({ "id": hex::encode(nonce()), "expires": h.now() + 25 * 3600 }),
        )
        .await;
    assert_eq!(s, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn forged_unsigned_stale_replayed_and_oversized_requests_are_refused() {
    let (h, store) = Harness::new();
    let (worker, her, forger) = (Device::new(), Device::new(), Device::new());
    let channel = h.pair(&worker, &her).await;
    let path = format!("/v1/channels/{channel}/envelopes");
    let envelope = |n: u8| ("x-gt-envelope", hex::encode([n; 16]));
    let body = pad(b"sealed").unwrap();

    // Unsigned.
    let (s, j, _) = h
        .send(
            Request::post(&path)
                .header(envelope(1).0, envelope(1).1)
                .body(Body::from(body.clone()))
                .unwrap(),
        )
        .await;
    assert_eq!(s, StatusCode::UNAUTHORIZED);
    assert!(j["error"].as_str().unwrap().contains("x-gt-"), "{j}");

    // Forged: her key in the header, signed by someone else.
    let mut req = h.request(&forger, "POST", &path, body.clone(), &[envelope(2)]);
    req.headers_mut().insert(
        "x-gt-key",
        hex::encode(her.key.public_key_bytes()).parse().unwrap(),
    );
    let (s, j, _) = h.send(req).await;
    assert_eq!(s, StatusCode::UNAUTHORIZED);
    assert_eq!(j["error"], "the signature does not match the request");

    // Signed, then the body changed on the way.
    let mut req = h.request(&her, "POST", &path, body.clone(), &[envelope(3)]);
    *req.body_mut() = Body::from(pad(b"tampered").unwrap());
    assert_eq!(h.send(req).await.0, StatusCode::UNAUTHORIZED);

    // Stale: signed six minutes ago.
    let now = h.now();
    h.now.store(now - 360, Ordering::SeqCst);
    let req = h.request(&her, "POST", &path, body.clone(), &[envelope(4)]);
    h.now.store(now, Ordering::SeqCst);
    let (s, j, _) = h.send(req).await;
    assert_eq!(s, StatusCode::UNAUTHORIZED);
    assert!(j["error"].as_str().unwrap().contains("5 minutes"), "{j}");

    // Replayed: the same request twice.
    let req = h.request(&her, "POST", &path, body.clone(), &[envelope(5)]);
    let copy = {
        let mut r = Request::builder().method("POST").uri(&path);
        for (k, v) in req.headers() {
            r = r.header(k, v);
        }
        r.body(Body::from(body.clone())).unwrap()
    };
    assert_eq!(h.send(req).await.0, StatusCode::OK);
    let (s, j, _) = h.send(copy).await;
    assert_eq!(s, StatusCode::CONFLICT);
    assert!(j["error"].as_str().unwrap().contains("replayed"), "{j}");

    // Oversized.
    let big = vec![0u8; protocol::MAX_BODY + 1];
    let req = h.request(&her, "POST", &path, big, &[envelope(6)]);
    assert_eq!(h.send(req).await.0, StatusCode::PAYLOAD_TOO_LARGE);

    // Not padded to a bucket.
    let req = h.request(&her, "POST", &path, vec![1u8; 300], &[envelope(7)]);
    let (s, j, _) = h.send(req).await;
    assert_eq!(s, StatusCode::BAD_REQUEST, "{j}");

    // Only the one good request was stored.
    let stored = store
        .list(hex::decode(&channel).unwrap().try_into().unwrap(), 0, 100)
        .unwrap();
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0].id, [5u8; 16]);
}

#[tokio::test]
async fn a_key_that_sends_too_fast_is_slowed_down() {
    let (h, _) = Harness::new();
    let (worker, her) = (Device::new(), Device::new());
    let channel = h.pair(&worker, &her).await;
    let path = format!("/v1/channels/{channel}/envelopes?after=0");
    let mut limited = 0;
    for _ in 0..200 {
        let (s, _) = h.call(&her, "GET", &path, Value::Null).await;
        if s == StatusCode::TOO_MANY_REQUESTS {
            limited += 1;
        }
    }
    assert!(limited > 0, "a burst of 200 is limited");
    // The worker's key has its own allowance.
    assert_eq!(
        h.call(&worker, "GET", &path, Value::Null).await.0,
        StatusCode::OK
    );
}

trait PublicBytes {
    fn public_key_bytes(&self) -> Vec<u8>;
}
impl PublicBytes for Ed25519KeyPair {
    fn public_key_bytes(&self) -> Vec<u8> {
        use ring::signature::KeyPair;
        self.public_key().as_ref().to_vec()
    }
}

/// Starts the relay on 127.0.0.1, port 0, over a database file; returns its URL.
fn serve(db: &std::path::Path) -> String {
    let store = Arc::new(SqliteStore::open(db).unwrap());
    let addr = goldthread::sync::relay::server::serve_in_background(store).unwrap();
    format!("http://{addr}")
}

/// The whole path over a real network: the worker invites, she accepts with the code,
/// her keys reach the worker sealed by the invitation's secret, both show the same
/// safety number, she shares her antenatal appointments and curfew, a retried send is
/// stored once, the worker sees her plan and its flag, she revokes, and the relay's
/// files never held a word of it in the clear.
#[test]
fn pairing_sharing_and_revocation_over_the_network() {
    use goldthread::sync::client::RelayClient;
    use goldthread::sync::hlc::Hlc;
    use goldthread::sync::keys::{
        safety_number, Bootstrap, ChannelKeys, Identity, Invitation, Role,
    };
    use goldthread::sync::share::{changes, shared_records, Change, Mirror, Sent, SharePolicy};

    let tmp = tempfile::tempdir().unwrap();
    let db = tmp.path().join("relay.db");
    let url = serve(&db);
    let worker = Identity::generate().unwrap();
    let her = Identity::generate().unwrap();

    // The worker's invitation, registered with the relay and shown as a code.
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    let inv = Invitation::new(&url, &worker, now + 3600).unwrap();
    let w = RelayClient::new(&url, &worker).unwrap();
    assert_eq!(w.check_version().unwrap(), "1.0");
    w.create_invitation(inv.id, inv.expires).unwrap();
    let code = inv.to_code();

    // She types the code and accepts; her first envelope carries her keys.
    let got = Invitation::from_code(&code).unwrap();
    let h = RelayClient::new(&got.relay, &her).unwrap();
    h.check_version().unwrap();
    let channel = [0x5a; 16];
    h.accept(got.id, channel).unwrap();
    let me = her.public();
    let boot = Bootstrap::new(&got.secret, channel).unwrap();
    h.send(
        channel,
        [1; 16],
        pad(&boot.seal([1; 16], &me.sign, &me).unwrap()).unwrap(),
    )
    .unwrap();
    assert!(
        matches!(
            h.accept(got.id, [0x6b; 16]).unwrap_err().status(),
            Some(409)
        ),
        "the invitation works once"
    );

    // The worker learns the channel and her keys.
    let ch = w.invitation_channel(inv.id).unwrap().expect("accepted");
    assert_eq!(ch, channel);
    let first = w.list(ch, 0).unwrap();
    let her_keys = Bootstrap::new(&inv.secret, ch)
        .unwrap()
        .open(
            first[0].id,
            &first[0].from,
            protocol::unpad(&first[0].body).unwrap(),
        )
        .unwrap();
    assert_eq!(her_keys, me);
    assert_eq!(
        safety_number(&worker.public(), &her_keys),
        safety_number(&got.worker, &me),
        "both screens show the same number"
    );
    let wk = ChannelKeys::derive(&worker, &her_keys, &inv.secret, ch, Role::Worker).unwrap();
    let hk = ChannelKeys::derive(&her, &got.worker, &got.secret, channel, Role::Her).unwrap();

    // She shares her antenatal appointments, her curfew and her address.
    let plan = goldthread::domain::Plan::from_value(&json!({
        "format": "goldthread-plan/1",
        "home": { "label": "MARKER-HOME-ADDRESS" },
        "appointments": [
            { "id": "scan", "kind": "antenatal", "title": "MARKER-GROWTH-SCAN",
              "start": "2026-12-03T18:00", "end": "2026-12-03T18:30", "travel_minutes": 40 },
            { "id": "private", "kind": "mental_health", "title": "MARKER-NOT-SHARED",
              "start": "2026-12-04T10:00", "end": "2026-12-04T11:00" } ],
        "conditions": [ { "id": "c1", "kind": "curfew", "source": "licence",
                          "windows": [ { "from": "19:00", "to": "07:00" } ] } ]
    }))
    .unwrap();
    let policy = SharePolicy {
        kinds: ["antenatal".to_string()].into(),
        conditions: true,
        home: true,
        ..SharePolicy::default()
    };
    let mut clock = Hlc::zero(1);
    let mut sent = Sent::new();
    let batch = changes(
        &mut clock,
        1_000,
        &shared_records(&plan, &policy),
        &mut sent,
    );
    let payload = serde_json::to_vec(&json!({ "changes": batch })).unwrap();
    let env = [2; 16];
    let padded = pad(&hk.seal(env, &payload).unwrap()).unwrap();
    let seq = h.send(channel, env, padded.clone()).unwrap();
    // The network dropped the answer; she sends it again. Stored once.
    assert_eq!(h.send(channel, env, padded).unwrap(), seq);

    // The worker reads it, merges it, and sees her flag.
    let mut mirror = Mirror::default();
    for e in w.list(ch, first[0].seq).unwrap() {
        let plain = wk.open(e.id, protocol::unpad(&e.body).unwrap()).unwrap();
        let v: Value = serde_json::from_slice(&plain).unwrap();
        let changes: Vec<Change> = serde_json::from_value(v["changes"].clone()).unwrap();
        mirror.apply(&changes);
    }
    let seen = mirror.plan().unwrap();
    assert_eq!(seen.appointments.len(), 1);
    assert_eq!(seen.appointments[0].title, "MARKER-GROWTH-SCAN");
    let flags = goldthread::rules::check(
        &seen,
        chrono::NaiveDate::from_ymd_opt(2026, 11, 24).unwrap(),
    )
    .unwrap();
    assert!(flags.iter().any(|f| f.kind.as_str() == "curfew_overlap"));

    // She unpairs: the channel is gone for the worker.
    h.delete(channel).unwrap();
    assert_eq!(w.list(ch, 0).unwrap_err().status(), Some(403));

    // The relay's files never held her words.
    assert_no_plaintext(
        tmp.path(),
        &[
            "MARKER-GROWTH-SCAN",
            "MARKER-NOT-SHARED",
            "MARKER-HOME-ADDRESS",
            "antenatal",
            "curfew",
        ],
    );
}

/// Runs the `goldthread` CLI on a vault.
fn gt(dir: &std::path::Path, args: &[&str]) -> (i32, String, String) {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_goldthread"))
        .args(args)
        .arg("--dir")
        .arg(dir)
        .env("GOLDTHREAD_PASSPHRASE", "river stone lantern")
        .env("GOLDTHREAD_KDF_ITERATIONS", "600000")
        .env_remove("GOLDTHREAD_DIR")
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn ok(r: (i32, String, String)) -> String {
    assert_eq!(r.0, 0, "stdout: {}\nstderr: {}", r.1, r.2);
    r.1
}

/// The sharing commands end to end, two vaults and a relay: invite, accept, the same
/// safety number on both sides, nothing shared before she confirms, sharing by kind,
/// the worker's view and its flags, a proposal accepted and one declined, un-sharing,
/// and revocation.
#[test]
fn sharing_from_the_command_line() {
    let tmp = tempfile::tempdir().unwrap();
    let url = serve(&tmp.path().join("relay.db"));
    let (hers, workers) = (tmp.path().join("her"), tmp.path().join("worker"));
    ok(gt(&hers, &["vault", "init"]));
    ok(gt(&workers, &["vault", "init"]));
    let plan = tmp.path().join("plan.json");
    std::fs::write(
        &plan,
        json!({
            "format": "goldthread-plan/1",
            "home": { "label": "Home" },
            "appointments": [
                { "id": "scan", "kind": "antenatal", "title": "MARKER-SCAN",
                  "start": "2026-12-03T18:00", "end": "2026-12-03T18:30", "travel_minutes": 40 },
                { "id": "gp", "kind": "gp", "title": "MARKER-GP",
                  "start": "2026-12-05T09:00", "end": "2026-12-05T09:10" } ],
            "conditions": [ { "id": "c1", "kind": "curfew", "source": "licence",
                              "windows": [ { "from": "19:00", "to": "07:00" } ] } ]
        })
        .to_string(),
    )
    .unwrap();
    ok(gt(&hers, &["import", plan.to_str().unwrap()]));

    // Pairing.
    let code = ok(gt(&workers, &["share", "invite", "--relay", &url]));
    let her_number = ok(gt(&hers, &["share", "accept", code.trim()]));
    ok(gt(&workers, &["sync"]));
    let status: Value =
        serde_json::from_str(ok(gt(&workers, &["share", "status"])).trim()).unwrap();
    assert_eq!(
        status["safety_number"],
        json!(her_number.trim()),
        "the same number on both screens"
    );
    let reused = gt(&hers, &["share", "accept", code.trim()]);
    assert_eq!(reused.0, 2, "an invitation works once: {}", reused.2);
    assert!(reused.2.contains("already been used"), "{}", reused.2);

    // Nothing is shared before she confirms the number.
    let early = gt(&hers, &["share", "set", "0", "--kind", "antenatal"]);
    assert_eq!(early.0, 2);
    assert!(early.2.contains("safety number"), "{}", early.2);
    ok(gt(&hers, &["share", "confirm", "0"]));
    ok(gt(
        &hers,
        &[
            "share",
            "set",
            "0",
            "--kind",
            "antenatal",
            "--conditions",
            "--home",
        ],
    ));
    ok(gt(&hers, &["sync"]));
    ok(gt(&workers, &["sync"]));
    let shown = tmp.path().join("shown.json");
    std::fs::write(&shown, ok(gt(&workers, &["share", "show", "0"]))).unwrap();
    let seen: Value = serde_json::from_str(&std::fs::read_to_string(&shown).unwrap()).unwrap();
    assert_eq!(
        seen["appointments"].as_array().unwrap().len(),
        1,
        "only the antenatal one"
    );
    assert_eq!(seen["appointments"][0]["title"], "MARKER-SCAN");
    let flags = ok(gt(
        &workers,
        &["check", shown.to_str().unwrap(), "--as-of", "2026-11-24"],
    ));
    assert!(
        flags.contains("curfew_overlap"),
        "the worker sees her flag: {flags}"
    );

    // Proposals: one accepted, one declined.
    let proposal = tmp.path().join("proposal.json");
    std::fs::write(
        &proposal,
        json!({ "format": "goldthread-plan/1", "conditions": [], "appointments": [
            { "id": "p-yes", "kind": "housing", "title": "Housing officer",
              "start": "2026-12-07T11:00", "end": "2026-12-07T12:00" },
            { "id": "p-no", "kind": "support", "title": "Group session",
              "start": "2026-12-08T20:00", "end": "2026-12-08T21:00" } ] })
        .to_string(),
    )
    .unwrap();
    ok(gt(
        &workers,
        &["share", "propose", "0", proposal.to_str().unwrap()],
    ));
    ok(gt(&workers, &["sync"]));
    ok(gt(&hers, &["sync"]));
    let status: Value = serde_json::from_str(ok(gt(&hers, &["share", "status"])).trim()).unwrap();
    assert_eq!(status["open_proposals"], json!(["p-no", "p-yes"]));
    ok(gt(&hers, &["share", "answer", "p-yes", "accept"]));
    ok(gt(&hers, &["share", "answer", "p-no", "decline"]));
    ok(gt(&hers, &["sync"]));
    let exported: Value = serde_json::from_str(&ok(gt(&hers, &["export"]))).unwrap();
    let ids: Vec<&str> = exported["appointments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].as_str().unwrap())
        .collect();
    assert!(ids.contains(&"p-yes") && !ids.contains(&"p-no"), "{ids:?}");
    ok(gt(&workers, &["sync"]));
    let status: Value =
        serde_json::from_str(ok(gt(&workers, &["share", "status"])).trim()).unwrap();
    assert_eq!(
        status["open_proposals"],
        json!([]),
        "the worker sees both answers"
    );

    // Un-sharing her conditions sends their deletion.
    ok(gt(
        &hers,
        &["share", "set", "0", "--kind", "antenatal", "--home"],
    ));
    ok(gt(&hers, &["sync"]));
    ok(gt(&workers, &["sync"]));
    let seen: Value = serde_json::from_str(&ok(gt(&workers, &["share", "show", "0"]))).unwrap();
    assert!(seen["conditions"].as_array().unwrap().is_empty(), "{seen}");

    // She revokes: the worker's copy is gone at its next contact.
    ok(gt(&hers, &["share", "revoke", "0"]));
    ok(gt(&workers, &["sync"]));
    let status: Value =
        serde_json::from_str(ok(gt(&workers, &["share", "status"])).trim()).unwrap();
    assert_eq!(status["ended"], json!(true));
    let seen: Value = serde_json::from_str(&ok(gt(&workers, &["share", "show", "0"]))).unwrap();
    assert!(seen["appointments"].as_array().unwrap().is_empty());

    // The relay never held her words.
    assert_no_plaintext(
        tmp.path(),
        &["MARKER-SCAN", "MARKER-GP", "Housing officer", "curfew"],
    );
}

/// None of `markers` is in the relay's database files (`relay.db` and its WAL and SHM).
fn assert_no_plaintext(dir: &std::path::Path, markers: &[&str]) {
    let mut bytes = Vec::new();
    for name in ["relay.db", "relay.db-wal", "relay.db-shm"] {
        if let Ok(b) = std::fs::read(dir.join(name)) {
            bytes.extend(b);
        }
    }
    assert!(!bytes.is_empty(), "the relay's files are there");
    for marker in markers {
        assert!(
            !bytes.windows(marker.len()).any(|w| w == marker.as_bytes()),
            "{marker} is in the relay's files"
        );
    }
}

/// A TCP proxy in front of the relay that can refuse connections, or pass requests on
/// and lose the relay's answers: a network that fails halfway.
struct Proxy {
    url: String,
    up: Arc<std::sync::atomic::AtomicBool>,
    lose_answers: Arc<std::sync::atomic::AtomicUsize>,
}

impl Proxy {
    fn start(target: &str) -> Proxy {
        use std::io::{Read, Write};
        use std::sync::atomic::{AtomicBool, AtomicUsize};
        let target = target.trim_start_matches("http://").to_string();
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let up = Arc::new(AtomicBool::new(true));
        let lose = Arc::new(AtomicUsize::new(0));
        let (up2, lose2) = (up.clone(), lose.clone());
        std::thread::spawn(move || {
            for client in listener.incoming() {
                let Ok(mut client) = client else { continue };
                if !up2.load(Ordering::SeqCst) {
                    drop(client);
                    continue;
                }
                let Ok(mut server) = std::net::TcpStream::connect(&target) else {
                    continue;
                };
                let losing = lose2
                    .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| n.checked_sub(1))
                    .is_ok();
                let (mut c2, mut s2) = (client.try_clone().unwrap(), server.try_clone().unwrap());
                std::thread::spawn(move || {
                    let _ = std::io::copy(&mut c2, &mut s2);
                });
                std::thread::spawn(move || {
                    if losing {
                        // Let the relay answer, then cut the line before she hears it.
                        let mut buf = [0u8; 4096];
                        let _ = server.read(&mut buf);
                        let _ = client.shutdown(std::net::Shutdown::Both);
                    } else {
                        let mut buf = [0u8; 16384];
                        while let Ok(n) = server.read(&mut buf) {
                            if n == 0 || client.write_all(&buf[..n]).is_err() {
                                break;
                            }
                        }
                    }
                });
            }
        });
        Proxy {
            url,
            up,
            lose_answers: lose,
        }
    }
}

/// The network fails in the middle of a sync: first the relay cannot be reached, then
/// it stores her change but the answer is lost. Her change waits in the outbox, the
/// retries complete it, and the relay holds it once.
#[test]
fn a_sync_interrupted_by_the_network_loses_nothing_and_duplicates_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let relay = serve(&tmp.path().join("relay.db"));
    let proxy = Proxy::start(&relay);
    let (hers, workers) = (tmp.path().join("her"), tmp.path().join("worker"));
    ok(gt(&hers, &["vault", "init"]));
    ok(gt(&workers, &["vault", "init"]));
    let plan = tmp.path().join("plan.json");
    std::fs::write(
        &plan,
        json!({ "format": "goldthread-plan/1", "conditions": [], "appointments": [
            { "id": "scan", "kind": "antenatal", "title": "Scan",
              "start": "2026-12-03T10:00", "end": "2026-12-03T10:30" } ] })
        .to_string(),
    )
    .unwrap();
    ok(gt(&hers, &["import", plan.to_str().unwrap()]));
    let code = ok(gt(&workers, &["share", "invite", "--relay", &proxy.url]));
    ok(gt(&hers, &["share", "accept", code.trim()]));
    ok(gt(&hers, &["share", "confirm", "0"]));
    ok(gt(&hers, &["share", "set", "0", "--kind", "antenatal"]));

    // No network at all: the sync fails, and her change waits, stored.
    proxy.up.store(false, Ordering::SeqCst);
    let down = gt(&hers, &["sync"]);
    assert_eq!(down.0, 1, "{}", down.2);
    assert!(down.2.contains("could not be reached"), "{}", down.2);
    let status: Value = serde_json::from_str(ok(gt(&hers, &["share", "status"])).trim()).unwrap();
    assert_eq!(status["waiting"], 1, "the change is in the outbox");

    // The network is back but loses the relay's first two answers: the retries finish.
    proxy.up.store(true, Ordering::SeqCst);
    proxy.lose_answers.store(2, Ordering::SeqCst);
    ok(gt(&hers, &["sync"]));
    assert_eq!(
        proxy.lose_answers.load(Ordering::SeqCst),
        0,
        "both answers were lost on the way"
    );
    let status: Value = serde_json::from_str(ok(gt(&hers, &["share", "status"])).trim()).unwrap();
    assert_eq!(status["waiting"], 0);

    // The relay holds her bootstrap and her change, each once; the worker sees it.
    let db = rusqlite::Connection::open(tmp.path().join("relay.db")).unwrap();
    let n: i64 = db
        .query_row("SELECT count(*) FROM envelopes", [], |r| r.get(0))
        .unwrap();
    assert_eq!(n, 2, "no duplicates");
    ok(gt(&workers, &["sync"]));
    let seen: Value = serde_json::from_str(&ok(gt(&workers, &["share", "show", "0"]))).unwrap();
    assert_eq!(seen["appointments"].as_array().unwrap().len(), 1);
}

mod converge {
    use super::*;
    use goldthread::diary::Diary;
    use goldthread::domain::Appointment;
    use goldthread::sync::engine;
    use goldthread::sync::share::{shared_records, SharePolicy};
    use goldthread::vault::{crypto::MIN_ITERATIONS, KdfParams, Passphrase, Vault};
    use proptest::prelude::*;

    fn diary(dir: &std::path::Path) -> Diary {
        Diary::open(
            Vault::create(
                dir,
                &Passphrase::new("river stone lantern"),
                None,
                KdfParams::pbkdf2(MIN_ITERATIONS).unwrap(),
            )
            .unwrap(),
        )
        .unwrap()
    }

    fn appointment(id: u8, kind: &str, title: &str) -> Appointment {
        Appointment::from_value(
            &json!({ "id": format!("a{id}"), "kind": kind, "title": title,
                     "start": format!("2027-01-0{}T10:00", 1 + id), "end": format!("2027-01-0{}T11:00", 1 + id) }),
            "a",
        )
        .unwrap()
    }

    /// She edits, shares and un-shares while both devices sync at random moments;
    /// after a final sync on both sides, the worker holds exactly what she shares.
    fn run(url: &str, ops: &[(u8, u8)]) {
        let tmp = tempfile::tempdir().unwrap();
        let mut her = diary(&tmp.path().join("her"));
        let mut worker = diary(&tmp.path().join("worker"));
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_secs() as i64;
        let code = engine::invite(&mut worker, url, now).unwrap();
        engine::accept(&mut her, &code, now).unwrap();
        engine::confirm(&mut her, 0).unwrap();
        let mut policy = SharePolicy {
            kinds: ["antenatal".to_string()].into(),
            ..SharePolicy::default()
        };
        engine::set_policy(&mut her, 0, policy.clone()).unwrap();
        let mut ms = 1_000u64;
        for &(op, x) in ops {
            ms += 7;
            match op % 4 {
                0 => {
                    let kind = if x % 2 == 0 { "antenatal" } else { "probation" };
                    her.put_appointment(appointment(x % 4, kind, &format!("title {x}")))
                        .unwrap();
                }
                1 => {
                    engine::sync(&mut her, ms).unwrap();
                }
                2 => {
                    engine::sync(&mut worker, ms).unwrap();
                }
                _ => {
                    if !policy.kinds.remove("probation") {
                        policy.kinds.insert("probation".to_string());
                    }
                    engine::set_policy(&mut her, 0, policy.clone()).unwrap();
                }
            }
        }
        engine::sync(&mut her, ms + 1).unwrap();
        engine::sync(&mut worker, ms + 2).unwrap();
        let want = shared_records(her.plan(), &policy);
        let seen = engine::mirror_plan(&worker, 0).unwrap();
        let mut got: Vec<(String, String)> = seen
            .appointments
            .iter()
            .map(|a| (a.id.clone(), a.title.clone()))
            .collect();
        got.sort();
        let mut expected: Vec<(String, String)> = her
            .plan()
            .appointments
            .iter()
            .filter(|a| want.contains_key(&format!("a:{}", a.id)))
            .map(|a| (a.id.clone(), a.title.clone()))
            .collect();
        expected.sort();
        assert_eq!(got, expected);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(12))]
        #[test]
        fn her_changes_and_both_syncs_in_any_order_converge(
            ops in proptest::collection::vec((0u8..4, any::<u8>()), 1..16)
        ) {
            let tmp = tempfile::tempdir().unwrap();
            let url = serve(&tmp.path().join("relay.db"));
            run(&url, &ops);
        }
    }
}
