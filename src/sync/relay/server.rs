//! The relay's HTTP API, version 1 (`docs/sync-protocol.md`), on axum.
//!
//! Every request except `GET /v1/version` is signed (see [`crate::sync::protocol`]).
//! Before it touches the store, the relay checks, in this order: the signature headers
//! are there and well formed (400/401), the time is within 5 minutes (401), the
//! signature verifies over method, path, body hash, time and nonce (401), the key has
//! not sent too many requests (429), and the nonce is new (409). Channel routes then
//! check that the key is a member (403). Refusals carry a status and a short JSON body,
//! `{"error": "…"}`; a refused request writes nothing.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Instant;

use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, FromRequest, Path, Query, Request, State};
use axum::http::{HeaderMap, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use base64::Engine as _;
use serde::Deserialize;
use serde_json::json;

use super::store::{Id, Key, RelayStore, StoreError};
use crate::sync::protocol::{self, ProtocolError, Signed, MAX_BODY, MAX_SKEW_SECS, VERSION};

/// The header that names an envelope (its id, 32 hex digits).
pub const ENVELOPE_HEADER: &str = "x-gt-envelope";
/// The longest an invitation may live.
pub const MAX_INVITATION_SECS: i64 = 24 * 60 * 60;
/// Requests a key may make in a burst, and per second after that.
pub const RATE_BURST: f64 = 60.0;
/// See [`RATE_BURST`].
pub const RATE_PER_SEC: f64 = 30.0;
/// The most envelopes one listing returns.
pub const MAX_LIST: usize = 500;

/// The relay's shared state.
pub struct Relay {
    store: Arc<dyn RelayStore>,
    clock: Box<dyn Fn() -> i64 + Send + Sync>,
    buckets: Mutex<HashMap<Key, (f64, Instant)>>,
}

impl Relay {
    /// A relay over a store, with the system clock.
    pub fn new(store: Arc<dyn RelayStore>) -> Relay {
        Relay::with_clock(store, || {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_secs() as i64)
                .unwrap_or(0)
        })
    }

    /// The same with another clock (Unix seconds), for tests.
    pub fn with_clock(
        store: Arc<dyn RelayStore>,
        clock: impl Fn() -> i64 + Send + Sync + 'static,
    ) -> Relay {
        Relay {
            store,
            clock: Box::new(clock),
            buckets: Mutex::new(HashMap::new()),
        }
    }

    fn allow(&self, key: Key) -> bool {
        let mut b = self.buckets.lock().unwrap_or_else(|p| p.into_inner());
        let now = Instant::now();
        let (tokens, last) = b.entry(key).or_insert((RATE_BURST, now));
        *tokens =
            (*tokens + now.duration_since(*last).as_secs_f64() * RATE_PER_SEC).min(RATE_BURST);
        *last = now;
        if *tokens >= 1.0 {
            *tokens -= 1.0;
            true
        } else {
            false
        }
    }
}

/// The API, over a relay.
pub fn router(relay: Arc<Relay>) -> Router {
    Router::new()
        .route("/v1/version", get(version))
        .route("/v1/invitations", post(create_invitation))
        .route("/v1/invitations/{id}", get(invitation))
        .route("/v1/invitations/{id}/accept", post(accept))
        .route("/v1/channels/{id}/envelopes", post(send).get(list))
        .route("/v1/channels/{id}", axum::routing::delete(revoke))
        .layer(DefaultBodyLimit::max(MAX_BODY))
        .with_state(relay)
}

/// Serves the relay on 127.0.0.1 at a free port, on a thread of its own with its own
/// runtime, for tests and benchmarks; returns the address. The server runs until the
/// process ends.
pub fn serve_in_background(store: Arc<dyn RelayStore>) -> std::io::Result<std::net::SocketAddr> {
    // Bound here, before the thread starts, so the address is known; the runtime is
    // built inside the thread, so this may be called from within another runtime.
    let listener = std::net::TcpListener::bind("127.0.0.1:0")?;
    listener.set_nonblocking(true)?;
    let addr = listener.local_addr()?;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?;
    std::thread::spawn(move || {
        runtime.block_on(async move {
            if let Ok(listener) = tokio::net::TcpListener::from_std(listener) {
                let _ = axum::serve(listener, router(Arc::new(Relay::new(store)))).await;
            }
        });
    });
    Ok(addr)
}

/// A refusal: a status and a short reason.
#[derive(Debug)]
pub struct Refusal(StatusCode, String);

impl IntoResponse for Refusal {
    fn into_response(self) -> Response {
        (self.0, Json(json!({ "error": self.1 }))).into_response()
    }
}

fn refuse(status: StatusCode, why: impl Into<String>) -> Refusal {
    Refusal(status, why.into())
}

impl From<StoreError> for Refusal {
    fn from(e: StoreError) -> Refusal {
        let status = match e {
            StoreError::NotFound => StatusCode::NOT_FOUND,
            StoreError::Used | StoreError::Exists => StatusCode::CONFLICT,
            StoreError::Expired => StatusCode::GONE,
            StoreError::Sqlite(_) => StatusCode::INTERNAL_SERVER_ERROR,
        };
        let why = match e {
            StoreError::Sqlite(_) => "the relay's storage failed".to_string(),
            other => other.to_string(),
        };
        refuse(status, why)
    }
}

/// Checks a request's signature, time, rate and nonce; returns the signer's key.
fn authenticate(
    relay: &Relay,
    method: &Method,
    uri: &Uri,
    headers: &HeaderMap,
    body: &[u8],
) -> Result<Key, Refusal> {
    let get = |name: &str| {
        headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string)
    };
    let signed = Signed::from_headers(get).map_err(|e| match e {
        ProtocolError::MissingHeader(_) => refuse(StatusCode::UNAUTHORIZED, e.to_string()),
        other => refuse(StatusCode::BAD_REQUEST, other.to_string()),
    })?;
    let now = (relay.clock)();
    let path = uri
        .path_and_query()
        .map(|p| p.as_str())
        .unwrap_or(uri.path());
    signed
        .verify(method.as_str(), path, body, now)
        .map_err(|e| refuse(StatusCode::UNAUTHORIZED, e.to_string()))?;
    if !relay.allow(signed.key) {
        return Err(refuse(
            StatusCode::TOO_MANY_REQUESTS,
            "too many requests: wait a moment",
        ));
    }
    if !relay.store.use_nonce(
        signed.key,
        &signed.nonce,
        signed.time + 2 * MAX_SKEW_SECS,
        now,
    )? {
        return Err(refuse(
            StatusCode::CONFLICT,
            "this request was already made (replayed nonce)",
        ));
    }
    Ok(signed.key)
}

/// A request whose signature, time, rate and nonce have been checked: the signer's
/// key, the headers and the body.
struct Authed {
    key: Key,
    headers: HeaderMap,
    body: Bytes,
}

impl FromRequest<Arc<Relay>> for Authed {
    type Rejection = Response;

    async fn from_request(req: Request, relay: &Arc<Relay>) -> Result<Self, Self::Rejection> {
        let (parts, body) = req.into_parts();
        let body = axum::body::to_bytes(body, MAX_BODY).await.map_err(|_| {
            refuse(
                StatusCode::PAYLOAD_TOO_LARGE,
                "the request body is too large",
            )
            .into_response()
        })?;
        let key = authenticate(relay, &parts.method, &parts.uri, &parts.headers, &body)
            .map_err(IntoResponse::into_response)?;
        Ok(Authed {
            key,
            headers: parts.headers,
            body,
        })
    }
}

fn id_from_hex(s: &str, what: &str) -> Result<Id, Refusal> {
    hex::decode(s)
        .ok()
        .and_then(|v| v.try_into().ok())
        .ok_or_else(|| {
            refuse(
                StatusCode::BAD_REQUEST,
                format!("the {what} id must be 32 hex digits"),
            )
        })
}

fn member(relay: &Relay, channel: Id, key: Key) -> Result<(), Refusal> {
    if relay.store.is_member(channel, key)? {
        Ok(())
    } else {
        Err(refuse(
            StatusCode::FORBIDDEN,
            "this key is not a member of the channel",
        ))
    }
}

async fn version() -> Json<serde_json::Value> {
    Json(json!({ "protocol": format!("{}.{}", VERSION.0, VERSION.1) }))
}

#[derive(Deserialize)]
struct NewInvitation {
    id: String,
    expires: i64,
}

async fn create_invitation(
    State(relay): State<Arc<Relay>>,
    a: Authed,
) -> Result<Response, Refusal> {
    let Authed { key, body, .. } = a;
    let inv: NewInvitation = serde_json::from_slice(&body).map_err(|e| {
        refuse(
            StatusCode::BAD_REQUEST,
            format!("the invitation is not valid JSON: {e}"),
        )
    })?;
    let id = id_from_hex(&inv.id, "invitation")?;
    let now = (relay.clock)();
    if inv.expires <= now || inv.expires > now + MAX_INVITATION_SECS {
        return Err(refuse(
            StatusCode::BAD_REQUEST,
            "an invitation must expire within 24 hours",
        ));
    }
    relay.store.create_invitation(id, key, inv.expires)?;
    Ok((StatusCode::CREATED, Json(json!({ "id": inv.id }))).into_response())
}

async fn invitation(
    State(relay): State<Arc<Relay>>,
    Path(id): Path<String>,
    a: Authed,
) -> Result<Response, Refusal> {
    let Authed { key, .. } = a;
    let id = id_from_hex(&id, "invitation")?;
    let channel = relay.store.invitation_channel(id, key)?;
    Ok(Json(json!({ "channel": channel.map(hex::encode) })).into_response())
}

#[derive(Deserialize)]
struct Accept {
    channel: String,
}

async fn accept(
    State(relay): State<Arc<Relay>>,
    Path(id): Path<String>,
    a: Authed,
) -> Result<Response, Refusal> {
    let Authed { key, body, .. } = a;
    let id = id_from_hex(&id, "invitation")?;
    let a: Accept = serde_json::from_slice(&body)
        .map_err(|e| refuse(StatusCode::BAD_REQUEST, format!("not valid JSON: {e}")))?;
    let channel = id_from_hex(&a.channel, "channel")?;
    let channel = relay
        .store
        .accept_invitation(id, key, channel, (relay.clock)())?;
    Ok((
        StatusCode::CREATED,
        Json(json!({ "channel": hex::encode(channel) })),
    )
        .into_response())
}

async fn send(
    State(relay): State<Arc<Relay>>,
    Path(id): Path<String>,
    a: Authed,
) -> Result<Response, Refusal> {
    let Authed { key, headers, body } = a;
    let channel = id_from_hex(&id, "channel")?;
    let envelope = headers
        .get(ENVELOPE_HEADER)
        .and_then(|v| v.to_str().ok())
        .ok_or_else(|| {
            refuse(
                StatusCode::BAD_REQUEST,
                "the request has no x-gt-envelope header",
            )
        })?;
    let envelope = id_from_hex(envelope, "envelope")?;
    if !protocol::BUCKETS.contains(&body.len()) {
        return Err(refuse(
            StatusCode::BAD_REQUEST,
            "the envelope is not padded to a bucket size",
        ));
    }
    member(&relay, channel, key)?;
    let seq = relay.store.append(channel, key, envelope, &body)?;
    Ok(Json(json!({ "seq": seq })).into_response())
}

#[derive(Deserialize)]
struct After {
    after: Option<i64>,
    limit: Option<usize>,
}

async fn list(
    State(relay): State<Arc<Relay>>,
    Path(id): Path<String>,
    Query(q): Query<After>,
    a: Authed,
) -> Result<Response, Refusal> {
    let Authed { key, .. } = a;
    let channel = id_from_hex(&id, "channel")?;
    member(&relay, channel, key)?;
    let limit = q.limit.unwrap_or(MAX_LIST).clamp(1, MAX_LIST);
    let items = relay.store.list(channel, q.after.unwrap_or(0), limit)?;
    let b64 = base64::engine::general_purpose::STANDARD;
    let envelopes: Vec<_> = items
        .iter()
        .map(|e| {
            json!({
                "seq": e.seq,
                "from": hex::encode(e.from),
                "id": hex::encode(e.id),
                "body": b64.encode(&e.body),
            })
        })
        .collect();
    Ok(Json(json!({ "envelopes": envelopes, "more": items.len() == limit })).into_response())
}

async fn revoke(
    State(relay): State<Arc<Relay>>,
    Path(id): Path<String>,
    a: Authed,
) -> Result<Response, Refusal> {
    let Authed { key, .. } = a;
    let channel = id_from_hex(&id, "channel")?;
    member(&relay, channel, key)?;
    relay.store.delete_channel(channel)?;
    Ok(StatusCode::NO_CONTENT.into_response())
}
