//! Sharing, as the app and the CLI use it: pairings kept in the vault, and one `sync`
//! step that sends what changed and reads what arrived (`docs/sync-protocol.md`).
//!
//! Everything about sharing lives in one sealed diary setting, `sharing`: the device
//! identity, and for each pairing its role, relay, invitation secret, channel, the
//! other side's keys, whether she confirmed the safety number, what she shares, what
//! was sent, the read cursor, the outbox, and (on the worker's side) the mirror of what
//! she shares. A change goes into the outbox, and the outbox is stored, before anything
//! is sent; an envelope leaves the outbox only once the relay has stored it. So a
//! network failure halfway through loses nothing, and a retry duplicates nothing.

use std::collections::BTreeMap;

use base64::Engine as _;
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

use super::client::{ClientError, RelayClient};
use super::hlc::{Hlc, Versioned};
use super::keys::{
    safety_number, Bootstrap, ChannelKeys, Identity, Invitation, KeyError, PublicIdentity, Role,
};
use super::protocol::{pad, unpad};
use super::share::{changes, shared_records, Change, Mirror, Sent, SharePolicy};
use crate::diary::{Diary, DiaryError};
use crate::domain::Appointment;

/// The diary setting that holds the sharing state.
pub const SETTING: &str = "sharing";

/// Errors of sharing.
#[derive(Debug, thiserror::Error)]
pub enum SyncError {
    /// The diary failed.
    #[error(transparent)]
    Diary(#[from] DiaryError),
    /// The relay failed or refused.
    #[error(transparent)]
    Client(#[from] ClientError),
    /// A key or code problem.
    #[error(transparent)]
    Keys(#[from] KeyError),
    /// There is no such pairing or proposal.
    #[error("there is no {0}")]
    Unknown(String),
    /// Sharing is blocked until she confirms that the safety numbers match.
    #[error("compare the safety number with your worker first, then confirm it")]
    NotConfirmed,
    /// The invitation has expired.
    #[error("this invitation has expired: ask your worker for a new one")]
    Expired,
    /// The stored sharing state is damaged.
    #[error("the stored sharing settings are damaged: {0}")]
    Damaged(String),
}

/// Which side a pairing is on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Side {
    /// Her device.
    Her,
    /// Her worker's device.
    Worker,
}

/// A proposal from the worker, and her answer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Proposal {
    /// The proposed appointment (`goldthread-plan/1`).
    pub appointment: Value,
    /// `accepted` or `declined`, once she answered.
    pub answer: Option<String>,
}

/// One pairing.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Pairing {
    /// Her side or the worker's.
    pub side: Side,
    /// The relay's URL.
    pub relay: String,
    invitation: String,
    secret: String,
    expires: i64,
    /// The channel id (hex), once known.
    pub channel: Option<String>,
    other: Option<[String; 2]>,
    /// Whether she confirmed that the safety numbers match (her side).
    pub confirmed: bool,
    /// What she shares (her side).
    pub policy: SharePolicy,
    #[serde(default)]
    sent: Sent,
    #[serde(default)]
    cursor: i64,
    #[serde(default)]
    outbox: Vec<(String, String)>,
    #[serde(default)]
    mirror: BTreeMap<String, Versioned<Value>>,
    /// Proposals by id: received (her side) or sent (worker's side).
    #[serde(default)]
    pub proposals: BTreeMap<String, Proposal>,
    /// Whether the other side ended the pairing.
    #[serde(default)]
    pub ended: bool,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
struct State {
    identity: Option<String>,
    #[serde(default)]
    clock: Option<Hlc>,
    #[serde(default)]
    pairings: Vec<Pairing>,
}

/// What the status screen and `goldthread share status` show of a pairing.
#[derive(Clone, Debug, PartialEq)]
pub struct Status {
    /// Her side or the worker's.
    pub side: Side,
    /// The safety number, once both keys are known.
    pub safety_number: Option<String>,
    /// Whether she confirmed it.
    pub confirmed: bool,
    /// What she shares.
    pub policy: SharePolicy,
    /// Changes waiting to be sent.
    pub waiting: usize,
    /// Proposals with no answer yet.
    pub open_proposals: Vec<String>,
    /// Whether the pairing has ended.
    pub ended: bool,
}

fn h16(s: &str) -> Result<[u8; 16], SyncError> {
    hex::decode(s)
        .ok()
        .and_then(|v| v.try_into().ok())
        .ok_or_else(|| SyncError::Damaged("an id".into()))
}

fn h32(s: &str) -> Result<[u8; 32], SyncError> {
    hex::decode(s)
        .ok()
        .and_then(|v| v.try_into().ok())
        .ok_or_else(|| SyncError::Damaged("a key".into()))
}

fn random16() -> Result<[u8; 16], SyncError> {
    use ring::rand::SecureRandom;
    let mut b = [0u8; 16];
    ring::rand::SystemRandom::new()
        .fill(&mut b)
        .map_err(|_| SyncError::Keys(KeyError::Random))?;
    Ok(b)
}

fn load(diary: &Diary) -> Result<State, SyncError> {
    match diary.setting(SETTING) {
        None => Ok(State::default()),
        Some(v) => serde_json::from_value(v.clone()).map_err(|e| SyncError::Damaged(e.to_string())),
    }
}

fn save(diary: &mut Diary, state: &State) -> Result<(), SyncError> {
    let v = serde_json::to_value(state).map_err(|e| SyncError::Damaged(e.to_string()))?;
    Ok(diary.set_setting(SETTING, v)?)
}

fn identity(state: &mut State) -> Result<Identity, SyncError> {
    if let Some(hex_) = &state.identity {
        let bytes = zeroize::Zeroizing::new(
            hex::decode(hex_).map_err(|_| SyncError::Damaged("the identity".into()))?,
        );
        return Ok(Identity::from_secret_bytes(&bytes)?);
    }
    let id = Identity::generate()?;
    state.identity = Some(hex::encode(&*id.to_secret_bytes()));
    Ok(id)
}

fn node_of(id: &Identity) -> u64 {
    let mut n = [0u8; 8];
    n.copy_from_slice(&id.public().sign[..8]);
    u64::from_be_bytes(n)
}

impl Pairing {
    /// A new pairing from an invitation: the worker's (channel not yet known, her keys
    /// not yet known) or hers (the channel she chose, the worker's keys from the code).
    fn new(side: Side, inv: &Invitation, channel: Option<[u8; 16]>) -> Pairing {
        Pairing {
            side,
            relay: inv.relay.clone(),
            invitation: hex::encode(inv.id),
            secret: hex::encode(inv.secret.as_ref()),
            expires: inv.expires,
            channel: channel.map(hex::encode),
            other: (side == Side::Her)
                .then(|| [hex::encode(inv.worker.sign), hex::encode(inv.worker.agree)]),
            confirmed: false,
            policy: SharePolicy::default(),
            sent: Sent::new(),
            cursor: 0,
            outbox: Vec::new(),
            mirror: BTreeMap::new(),
            proposals: BTreeMap::new(),
            ended: false,
        }
    }

    fn other(&self) -> Result<Option<PublicIdentity>, SyncError> {
        self.other
            .as_ref()
            .map(|[s, a]| {
                Ok(PublicIdentity {
                    sign: h32(s)?,
                    agree: h32(a)?,
                })
            })
            .transpose()
    }

    fn keys(&self, me: &Identity) -> Result<Option<ChannelKeys>, SyncError> {
        let (Some(other), Some(channel)) = (self.other()?, &self.channel) else {
            return Ok(None);
        };
        let role = match self.side {
            Side::Her => Role::Her,
            Side::Worker => Role::Worker,
        };
        Ok(Some(ChannelKeys::derive(
            me,
            &other,
            &h32(&self.secret)?,
            h16(channel)?,
            role,
        )?))
    }

    fn safety(&self, me: &Identity) -> Result<Option<String>, SyncError> {
        Ok(self.other()?.map(|o| match self.side {
            Side::Her => safety_number(&o, &me.public()),
            Side::Worker => safety_number(&me.public(), &o),
        }))
    }

    /// Seals a batch of changes into the outbox.
    fn enqueue(&mut self, keys: &ChannelKeys, batch: &[Change]) -> Result<(), SyncError> {
        if batch.is_empty() {
            return Ok(());
        }
        let id = random16()?;
        let payload = serde_json::to_vec(&json!({ "changes": batch }))
            .map_err(|e| SyncError::Damaged(e.to_string()))?;
        let sealed =
            pad(&keys.seal(id, &payload)?).map_err(|e| SyncError::Damaged(e.to_string()))?;
        self.outbox.push((
            hex::encode(id),
            base64::engine::general_purpose::STANDARD.encode(sealed),
        ));
        Ok(())
    }
}

/// The worker: makes an invitation for the relay at `relay`, valid for 24 hours from
/// `now` (Unix seconds), registers it, and returns the code to show her.
pub fn invite(diary: &mut Diary, relay: &str, now: i64) -> Result<String, SyncError> {
    let mut state = load(diary)?;
    let me = identity(&mut state)?;
    let inv = Invitation::new(relay, &me, now + 24 * 60 * 60)?;
    let client = RelayClient::new(&inv.relay, &me)?;
    client.check_version()?;
    client.create_invitation(inv.id, inv.expires)?;
    state.pairings.push(Pairing::new(Side::Worker, &inv, None));
    save(diary, &state)?;
    Ok(inv.to_code())
}

/// Her: accepts a worker's invitation code at `now`; returns the safety number to
/// compare. Nothing of hers is shared until she confirms it and chooses what to share.
pub fn accept(diary: &mut Diary, code: &str, now: i64) -> Result<String, SyncError> {
    let inv = Invitation::from_code(code)?;
    if now > inv.expires {
        return Err(SyncError::Expired);
    }
    let mut state = load(diary)?;
    let me = identity(&mut state)?;
    let client = RelayClient::new(&inv.relay, &me)?;
    client.check_version()?;
    let channel = random16()?;
    client.accept(inv.id, channel)?;
    let mine = me.public();
    let first = random16()?;
    let sealed = Bootstrap::new(&inv.secret, channel)?.seal(first, &mine.sign, &mine)?;
    client.send(
        channel,
        first,
        pad(&sealed).map_err(|e| SyncError::Damaged(e.to_string()))?,
    )?;
    let pairing = Pairing::new(Side::Her, &inv, Some(channel));
    let number = pairing.safety(&me)?.unwrap_or_default();
    state.pairings.push(pairing);
    save(diary, &state)?;
    Ok(number)
}

/// Every pairing, as the status screen shows it.
pub fn status(diary: &Diary) -> Result<Vec<Status>, SyncError> {
    let mut state = load(diary)?;
    if state.pairings.is_empty() {
        return Ok(Vec::new());
    }
    let me = identity(&mut state)?;
    state
        .pairings
        .iter()
        .map(|p| {
            Ok(Status {
                side: p.side,
                safety_number: p.safety(&me)?,
                confirmed: p.confirmed,
                policy: p.policy.clone(),
                waiting: p.outbox.len(),
                open_proposals: p
                    .proposals
                    .iter()
                    .filter(|(_, x)| x.answer.is_none())
                    .map(|(id, _)| id.clone())
                    .collect(),
                ended: p.ended,
            })
        })
        .collect()
}

fn pairing(state: &mut State, n: usize) -> Result<&mut Pairing, SyncError> {
    state
        .pairings
        .get_mut(n)
        .ok_or_else(|| SyncError::Unknown(format!("pairing {n}")))
}

/// Her: the safety numbers match.
pub fn confirm(diary: &mut Diary, n: usize) -> Result<(), SyncError> {
    let mut state = load(diary)?;
    pairing(&mut state, n)?.confirmed = true;
    save(diary, &state)
}

/// Her: what pairing `n` shares from now on.
pub fn set_policy(diary: &mut Diary, n: usize, policy: SharePolicy) -> Result<(), SyncError> {
    let mut state = load(diary)?;
    let p = pairing(&mut state, n)?;
    if !p.confirmed && !policy.is_empty() {
        return Err(SyncError::NotConfirmed);
    }
    p.policy = policy;
    save(diary, &state)
}

/// The worker: proposes appointments to pairing `n`.
pub fn propose(
    diary: &mut Diary,
    n: usize,
    appointments: &[Appointment],
    now_ms: u64,
) -> Result<(), SyncError> {
    let mut state = load(diary)?;
    let me = identity(&mut state)?;
    let mut clock = state.clock.unwrap_or(Hlc::zero(node_of(&me)));
    let p = pairing(&mut state, n)?;
    let keys = p
        .keys(&me)?
        .ok_or_else(|| SyncError::Unknown("paired client yet: sync first".into()))?;
    let mut batch = Vec::new();
    for a in appointments {
        clock = clock.tick(now_ms);
        p.proposals.insert(
            a.id.clone(),
            Proposal {
                appointment: a.to_value(),
                answer: None,
            },
        );
        batch.push(Change {
            record: format!("p:{}", a.id),
            version: clock,
            value: Some(a.to_value()),
        });
    }
    p.enqueue(&keys, &batch)?;
    state.clock = Some(clock);
    save(diary, &state)
}

/// Her: answers a proposal. Accepted, it becomes her appointment.
pub fn answer(diary: &mut Diary, id: &str, accept: bool, now_ms: u64) -> Result<(), SyncError> {
    let mut state = load(diary)?;
    let me = identity(&mut state)?;
    let mut clock = state.clock.unwrap_or(Hlc::zero(node_of(&me)));
    let (n, appointment) = state
        .pairings
        .iter()
        .enumerate()
        .find_map(|(n, p)| {
            p.proposals
                .get(id)
                .filter(|x| x.answer.is_none())
                .map(|x| (n, x.appointment.clone()))
        })
        .ok_or_else(|| SyncError::Unknown(format!("open proposal {id}")))?;
    if accept {
        let a = Appointment::from_value(&appointment, "proposal")
            .map_err(|e| SyncError::Damaged(e.to_string()))?;
        diary.put_appointment(a)?;
    }
    let word = if accept { "accepted" } else { "declined" };
    let p = pairing(&mut state, n)?;
    let keys = p
        .keys(&me)?
        .ok_or_else(|| SyncError::Unknown("channel".into()))?;
    if let Some(x) = p.proposals.get_mut(id) {
        x.answer = Some(word.into());
    }
    clock = clock.tick(now_ms);
    p.enqueue(
        &keys,
        &[Change {
            record: format!("r:{id}"),
            version: clock,
            value: Some(json!({ "answer": word })),
        }],
    )?;
    state.clock = Some(clock);
    save(diary, &state)
}

/// What one sync did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Report {
    /// Envelopes sent.
    pub sent: usize,
    /// Envelopes read.
    pub received: usize,
}

/// Sends what changed and reads what arrived, for every pairing, at wall time `now_ms`.
/// The state is stored after each step, so an interrupted sync resumes where it stopped.
pub fn sync(diary: &mut Diary, now_ms: u64) -> Result<Report, SyncError> {
    let mut state = load(diary)?;
    let me = identity(&mut state)?;
    let mut clock = state.clock.unwrap_or(Hlc::zero(node_of(&me)));
    let mut report = Report::default();
    let plan = diary.plan().clone();
    for n in 0..state.pairings.len() {
        if state.pairings[n].ended {
            continue;
        }
        let client = RelayClient::new(&state.pairings[n].relay, &me)?;
        // The worker learns the channel once she has accepted.
        if state.pairings[n].channel.is_none() {
            match client.invitation_channel(h16(&state.pairings[n].invitation)?)? {
                Some(c) => state.pairings[n].channel = Some(hex::encode(c)),
                None => continue,
            }
        }
        let channel = h16(state.pairings[n].channel.as_deref().unwrap_or_default())?;
        // Her: what she shares, into the outbox first.
        if state.pairings[n].side == Side::Her && state.pairings[n].confirmed {
            let p = &mut state.pairings[n];
            if let Some(keys) = p.keys(&me)? {
                let batch = changes(
                    &mut clock,
                    now_ms,
                    &shared_records(&plan, &p.policy),
                    &mut p.sent,
                );
                p.enqueue(&keys, &batch)?;
            }
            state.clock = Some(clock);
            save(diary, &state)?;
        }
        // Send the outbox, one envelope at a time; each leaves once stored.
        while let Some((id, body)) = state.pairings[n].outbox.first().cloned() {
            let body = base64::engine::general_purpose::STANDARD
                .decode(body)
                .map_err(|_| SyncError::Damaged("the outbox".into()))?;
            client.send(channel, h16(&id)?, body)?;
            state.pairings[n].outbox.remove(0);
            report.sent += 1;
            save(diary, &state)?;
        }
        // Read what arrived.
        let received = match client.list(channel, state.pairings[n].cursor) {
            Ok(r) => r,
            Err(e) if e.status() == Some(403) => {
                // The channel is gone: she unpaired. Forget everything of hers.
                let p = &mut state.pairings[n];
                p.mirror.clear();
                p.ended = true;
                save(diary, &state)?;
                continue;
            }
            Err(e) => return Err(e.into()),
        };
        for e in received {
            let p = &mut state.pairings[n];
            p.cursor = e.seq;
            if e.from == me.public().sign {
                continue;
            }
            report.received += 1;
            let body = unpad(&e.body).map_err(|x| SyncError::Damaged(x.to_string()))?;
            if p.side == Side::Worker && p.other.is_none() {
                let her = Bootstrap::new(&h32(&p.secret)?, channel)?.open(e.id, &e.from, body)?;
                p.other = Some([hex::encode(her.sign), hex::encode(her.agree)]);
                continue;
            }
            let Some(keys) = p.keys(&me)? else { continue };
            let plain = keys.open(e.id, body)?;
            let v: Value =
                serde_json::from_slice(&plain).map_err(|x| SyncError::Damaged(x.to_string()))?;
            let batch: Vec<Change> = serde_json::from_value(v["changes"].clone())
                .map_err(|x| SyncError::Damaged(x.to_string()))?;
            for c in &batch {
                clock = clock.receive(c.version, now_ms);
            }
            apply(p, &batch);
            save(diary, &state)?;
        }
        state.clock = Some(clock);
        save(diary, &state)?;
    }
    Ok(report)
}

fn apply(p: &mut Pairing, batch: &[Change]) {
    let mut mirror = Mirror {
        records: std::mem::take(&mut p.mirror),
    };
    for c in batch {
        if let Some(id) = c.record.strip_prefix("p:") {
            if let Some(a) = &c.value {
                p.proposals.entry(id.to_string()).or_insert(Proposal {
                    appointment: a.clone(),
                    answer: None,
                });
            }
        } else if let Some(id) = c.record.strip_prefix("r:") {
            if let Some(x) = p.proposals.get_mut(id) {
                x.answer = c
                    .value
                    .as_ref()
                    .and_then(|v| v["answer"].as_str())
                    .map(str::to_string);
            }
        } else {
            mirror.apply(std::slice::from_ref(c));
        }
    }
    p.mirror = mirror.records;
}

/// Her: an open proposal's appointment, by id.
pub fn proposal(diary: &Diary, id: &str) -> Result<Option<Appointment>, SyncError> {
    let state = load(diary)?;
    let found = state
        .pairings
        .iter()
        .find_map(|p| p.proposals.get(id).filter(|x| x.answer.is_none()));
    found
        .map(|x| {
            Appointment::from_value(&x.appointment, "proposal")
                .map_err(|e| SyncError::Damaged(e.to_string()))
        })
        .transpose()
}

/// The worker: her shared plan from pairing `n`, to run the clash checker on.
pub fn mirror_plan(diary: &Diary, n: usize) -> Result<crate::domain::Plan, SyncError> {
    let state = load(diary)?;
    let p = state
        .pairings
        .get(n)
        .ok_or_else(|| SyncError::Unknown(format!("pairing {n}")))?;
    Mirror {
        records: p.mirror.clone(),
    }
    .plan()
    .map_err(|e| SyncError::Damaged(e.to_string()))
}

/// Ends pairing `n`: the relay deletes the channel, and the keys are forgotten.
pub fn revoke(diary: &mut Diary, n: usize) -> Result<(), SyncError> {
    let mut state = load(diary)?;
    let me = identity(&mut state)?;
    let p = pairing(&mut state, n)?.clone();
    if let Some(c) = &p.channel {
        match RelayClient::new(&p.relay, &me)?.delete(h16(c)?) {
            Ok(()) => {}
            Err(e) if matches!(e.status(), Some(403 | 404)) => {}
            Err(e) => return Err(e.into()),
        }
    }
    state.pairings.remove(n);
    save(diary, &state)
}
