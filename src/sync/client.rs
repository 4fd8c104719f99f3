//! The relay client: signed requests over HTTPS (reqwest with rustls on ring), with
//! retries and backoff. Every request is safe to retry: each attempt is signed afresh
//! with a new nonce, and an envelope keeps its id, so the relay stores it once.
//!
//! It blocks; the app calls it from a worker thread, never the UI thread.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use base64::Engine as _;
use reqwest::blocking::{Client, Response};
use reqwest::StatusCode;
use ring::rand::{SecureRandom, SystemRandom};
use serde_json::{json, Value};

use super::keys::Identity;
use super::protocol::{self, ProtocolError};

/// How many times a request is tried before giving up.
pub const ATTEMPTS: u32 = 5;
/// The first wait between tries; it doubles each time.
pub const FIRST_BACKOFF: Duration = Duration::from_millis(100);

/// Errors talking to the relay.
#[derive(Debug, thiserror::Error)]
pub enum ClientError {
    /// The relay could not be reached (after every retry).
    #[error("the relay could not be reached: {0}")]
    Network(#[source] reqwest::Error),
    /// The relay refused, with its reason.
    #[error("the relay refused ({status}): {reason}")]
    Refused {
        /// The HTTP status.
        status: u16,
        /// The relay's short reason.
        reason: String,
    },
    /// The relay's answer is not what the protocol says.
    #[error("the relay's answer could not be read: {0}")]
    BadAnswer(String),
    /// A protocol error (such as another major version).
    #[error(transparent)]
    Protocol(#[from] ProtocolError),
    /// The system's random source failed.
    #[error("the system's random number source failed")]
    Random,
}

impl ClientError {
    /// The HTTP status of a refusal, if that is what it was.
    pub fn status(&self) -> Option<u16> {
        match self {
            ClientError::Refused { status, .. } => Some(*status),
            _ => None,
        }
    }
}

/// One envelope as listed by the relay.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Received {
    /// Its sequence number in the channel.
    pub seq: i64,
    /// The sender's Ed25519 key.
    pub from: [u8; 32],
    /// The envelope id.
    pub id: [u8; 16],
    /// The padded body.
    pub body: Vec<u8>,
}

/// A client of one relay, signing as one identity.
pub struct RelayClient<'a> {
    http: Client,
    base: String,
    identity: &'a Identity,
    rng: SystemRandom,
}

fn unix_now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

impl<'a> RelayClient<'a> {
    /// A client for the relay at `base` (for example `https://relay.example`).
    pub fn new(base: &str, identity: &'a Identity) -> Result<RelayClient<'a>, ClientError> {
        // ring, not aws-lc, provides the TLS cryptography; installing it twice is fine.
        let _ = rustls::crypto::ring::default_provider().install_default();
        let http = Client::builder()
            .timeout(Duration::from_secs(20))
            .connect_timeout(Duration::from_secs(10))
            .build()
            .map_err(ClientError::Network)?;
        Ok(RelayClient {
            http,
            base: base.trim_end_matches('/').to_string(),
            identity,
            rng: SystemRandom::new(),
        })
    }

    fn nonce(&self) -> Result<[u8; 16], ClientError> {
        let mut n = [0u8; 16];
        self.rng.fill(&mut n).map_err(|_| ClientError::Random)?;
        Ok(n)
    }

    /// Sends a request, signed afresh on each try; retries network failures, 5xx and
    /// 429 with backoff.
    fn request(
        &self,
        method: &str,
        path: &str,
        body: Vec<u8>,
        extra: &[(&str, String)],
    ) -> Result<Response, ClientError> {
        let mut wait = FIRST_BACKOFF;
        let mut last = None;
        for attempt in 0..ATTEMPTS {
            if attempt > 0 {
                std::thread::sleep(wait);
                wait *= 2;
            }
            let headers = protocol::sign(
                self.identity.signing(),
                method,
                path,
                &body,
                unix_now(),
                &self.nonce()?,
            );
            let method_ = reqwest::Method::from_bytes(method.as_bytes())
                .map_err(|e| ClientError::BadAnswer(e.to_string()))?;
            let mut req = self.http.request(method_, format!("{}{}", self.base, path));
            for (k, v) in headers.iter() {
                req = req.header(*k, v);
            }
            for (k, v) in extra {
                req = req.header(*k, v);
            }
            match req.body(body.clone()).send() {
                Ok(res)
                    if res.status().is_server_error()
                        || res.status() == StatusCode::TOO_MANY_REQUESTS =>
                {
                    last = Some(refusal(res));
                }
                Ok(res) if res.status().is_success() => return Ok(res),
                Ok(res) => return Err(refusal(res)),
                Err(e) => last = Some(ClientError::Network(e)),
            }
        }
        Err(last.unwrap_or(ClientError::BadAnswer("no attempt was made".into())))
    }

    fn json(res: Response) -> Result<Value, ClientError> {
        res.json::<Value>()
            .map_err(|e| ClientError::BadAnswer(e.to_string()))
    }

    /// Checks the relay's protocol version: another major version is refused.
    pub fn check_version(&self) -> Result<String, ClientError> {
        let res = self
            .http
            .get(format!("{}/v1/version", self.base))
            .send()
            .map_err(ClientError::Network)?;
        let v = Self::json(res)?;
        let theirs = v["protocol"]
            .as_str()
            .ok_or_else(|| ClientError::BadAnswer("no protocol version".into()))?;
        protocol::check_version(theirs)?;
        Ok(theirs.to_string())
    }

    /// Registers an invitation (the worker's side).
    pub fn create_invitation(&self, id: [u8; 16], expires: i64) -> Result<(), ClientError> {
        let body = json!({ "id": hex::encode(id), "expires": expires }).to_string();
        self.request("POST", "/v1/invitations", body.into_bytes(), &[])
            .map(|_| ())
    }

    /// The channel an invitation became, once accepted (the worker's side).
    pub fn invitation_channel(&self, id: [u8; 16]) -> Result<Option<[u8; 16]>, ClientError> {
        let v = Self::json(self.request(
            "GET",
            &format!("/v1/invitations/{}", hex::encode(id)),
            Vec::new(),
            &[],
        )?)?;
        match v["channel"].as_str() {
            None => Ok(None),
            Some(c) => Ok(Some(id16(c)?)),
        }
    }

    /// Accepts an invitation into a new channel (her side).
    pub fn accept(&self, id: [u8; 16], channel: [u8; 16]) -> Result<(), ClientError> {
        let body = json!({ "channel": hex::encode(channel) }).to_string();
        self.request(
            "POST",
            &format!("/v1/invitations/{}/accept", hex::encode(id)),
            body.into_bytes(),
            &[],
        )
        .map(|_| ())
    }

    /// Sends a padded envelope; returns its sequence number.
    pub fn send(
        &self,
        channel: [u8; 16],
        id: [u8; 16],
        padded: Vec<u8>,
    ) -> Result<i64, ClientError> {
        let path = format!("/v1/channels/{}/envelopes", hex::encode(channel));
        let v = Self::json(self.request(
            "POST",
            &path,
            padded,
            &[("x-gt-envelope", hex::encode(id))],
        )?)?;
        v["seq"]
            .as_i64()
            .ok_or_else(|| ClientError::BadAnswer("no sequence number".into()))
    }

    /// Every envelope after `after`, following `more` to the end.
    pub fn list(&self, channel: [u8; 16], mut after: i64) -> Result<Vec<Received>, ClientError> {
        let b64 = base64::engine::general_purpose::STANDARD;
        let mut out = Vec::new();
        loop {
            let path = format!(
                "/v1/channels/{}/envelopes?after={after}",
                hex::encode(channel)
            );
            let v = Self::json(self.request("GET", &path, Vec::new(), &[])?)?;
            let items = v["envelopes"]
                .as_array()
                .ok_or_else(|| ClientError::BadAnswer("no envelopes".into()))?;
            for e in items {
                let bad = || ClientError::BadAnswer("an envelope is malformed".into());
                let seq = e["seq"].as_i64().ok_or_else(bad)?;
                let from: [u8; 32] = hex::decode(e["from"].as_str().ok_or_else(bad)?)
                    .ok()
                    .and_then(|k| k.try_into().ok())
                    .ok_or_else(bad)?;
                out.push(Received {
                    seq,
                    from,
                    id: id16(e["id"].as_str().ok_or_else(bad)?)?,
                    body: b64
                        .decode(e["body"].as_str().ok_or_else(bad)?)
                        .map_err(|_| bad())?,
                });
                after = seq;
            }
            if !v["more"].as_bool().unwrap_or(false) || items.is_empty() {
                return Ok(out);
            }
        }
    }

    /// Deletes a channel (unpairing).
    pub fn delete(&self, channel: [u8; 16]) -> Result<(), ClientError> {
        self.request(
            "DELETE",
            &format!("/v1/channels/{}", hex::encode(channel)),
            Vec::new(),
            &[],
        )
        .map(|_| ())
    }
}

fn id16(s: &str) -> Result<[u8; 16], ClientError> {
    hex::decode(s)
        .ok()
        .and_then(|v| v.try_into().ok())
        .ok_or_else(|| ClientError::BadAnswer(format!("{s:?} is not an id")))
}

fn refusal(res: Response) -> ClientError {
    let status = res.status().as_u16();
    let reason = res
        .json::<Value>()
        .ok()
        .and_then(|v| v["error"].as_str().map(str::to_string))
        .unwrap_or_else(|| format!("status {status}"));
    ClientError::Refused { status, reason }
}
