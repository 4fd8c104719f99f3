//! Keys for sharing: a device's identity, invitations, channel keys, the safety number,
//! and sealing envelopes (`docs/sync-protocol.md` sections 6 and 7).
//!
//! Ed25519 signing, HKDF-SHA256, SHA-256 and AES-256-GCM come from ring. ring offers
//! X25519 only for ephemeral keys, which cannot be stored; a worker's invitation must
//! outlive the app's process, so the static X25519 agreement key comes from
//! x25519-dalek (the dalek implementation, widely reviewed), used for nothing else.
//! Secret material is zeroized on drop and never printed.

use ring::aead::{self, Aad, LessSafeKey, Nonce, UnboundKey};
use ring::digest;
use ring::hkdf;
use ring::rand::{SecureRandom, SystemRandom};
use ring::signature::{Ed25519KeyPair, KeyPair};
use zeroize::{Zeroize, Zeroizing};

/// Errors of the sharing keys.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum KeyError {
    /// The system's random source failed.
    #[error("the system's random number source failed")]
    Random,
    /// Stored key material is not valid.
    #[error("the stored sharing key is damaged")]
    Damaged,
    /// An invitation code is not valid.
    #[error("this is not a Goldthread invitation code: {0}")]
    BadInvitation(&'static str),
    /// A sealed envelope does not open: it was changed, or is not for this channel.
    #[error("a shared message could not be opened: it was changed or is not for this pairing")]
    Open,
}

fn random<const N: usize>(rng: &SystemRandom) -> Result<[u8; N], KeyError> {
    let mut b = [0u8; N];
    rng.fill(&mut b).map_err(|_| KeyError::Random)?;
    Ok(b)
}

/// A device's public keys.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PublicIdentity {
    /// Ed25519, for signing relay requests.
    pub sign: [u8; 32],
    /// X25519, for agreeing channel keys.
    pub agree: [u8; 32],
}

/// A device's identity: its Ed25519 signing key and its X25519 agreement key.
pub struct Identity {
    pkcs8: Zeroizing<Vec<u8>>,
    signing: Ed25519KeyPair,
    agree: x25519_dalek::StaticSecret,
}

impl std::fmt::Debug for Identity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Identity")
            .field("public", &self.public())
            .finish_non_exhaustive()
    }
}

impl Identity {
    /// A new random identity.
    pub fn generate() -> Result<Identity, KeyError> {
        let rng = SystemRandom::new();
        let pkcs8 = Ed25519KeyPair::generate_pkcs8(&rng).map_err(|_| KeyError::Random)?;
        let agree: [u8; 32] = random(&rng)?;
        Identity::from_parts(pkcs8.as_ref(), agree)
    }

    fn from_parts(pkcs8: &[u8], mut agree: [u8; 32]) -> Result<Identity, KeyError> {
        let signing = Ed25519KeyPair::from_pkcs8(pkcs8).map_err(|_| KeyError::Damaged)?;
        let secret = x25519_dalek::StaticSecret::from(agree);
        agree.zeroize();
        Ok(Identity {
            pkcs8: Zeroizing::new(pkcs8.to_vec()),
            signing,
            agree: secret,
        })
    }

    /// The secret material, for sealing in the vault: the Ed25519 PKCS#8 document, then
    /// the 32-byte X25519 secret. Never write it anywhere else.
    pub fn to_secret_bytes(&self) -> Zeroizing<Vec<u8>> {
        let mut out = Zeroizing::new(self.pkcs8.to_vec());
        out.extend_from_slice(self.agree.as_bytes());
        out
    }

    /// The identity from [`Identity::to_secret_bytes`].
    pub fn from_secret_bytes(bytes: &[u8]) -> Result<Identity, KeyError> {
        let split = bytes.len().checked_sub(32).ok_or(KeyError::Damaged)?;
        let agree: [u8; 32] = bytes[split..].try_into().map_err(|_| KeyError::Damaged)?;
        Identity::from_parts(&bytes[..split], agree)
    }

    /// The public keys.
    pub fn public(&self) -> PublicIdentity {
        let mut sign = [0u8; 32];
        sign.copy_from_slice(self.signing.public_key().as_ref());
        PublicIdentity {
            sign,
            agree: x25519_dalek::PublicKey::from(&self.agree).to_bytes(),
        }
    }

    /// The key that signs relay requests.
    pub fn signing(&self) -> &Ed25519KeyPair {
        &self.signing
    }

    fn agree(&self, other: &PublicIdentity) -> Zeroizing<[u8; 32]> {
        let shared = self
            .agree
            .diffie_hellman(&x25519_dalek::PublicKey::from(other.agree));
        Zeroizing::new(shared.to_bytes())
    }
}

/// What a worker's invitation holds: where the relay is, the invitation's id, the
/// worker's public keys, the one-time secret and the expiry.
#[derive(Clone, PartialEq, Eq)]
pub struct Invitation {
    /// The relay's base URL.
    pub relay: String,
    /// The invitation id.
    pub id: [u8; 16],
    /// The worker's public keys.
    pub worker: PublicIdentity,
    /// The one-time secret, which never goes to the relay.
    pub secret: Zeroizing<[u8; 32]>,
    /// Unix seconds.
    pub expires: i64,
}

impl std::fmt::Debug for Invitation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Invitation")
            .field("relay", &self.relay)
            .field("id", &hex::encode(self.id))
            .field("expires", &self.expires)
            .finish_non_exhaustive()
    }
}

const CODE_PREFIX: &str = "GT1-";

impl Invitation {
    /// A new invitation from the worker's identity, valid until `expires`.
    pub fn new(relay: &str, worker: &Identity, expires: i64) -> Result<Invitation, KeyError> {
        let rng = SystemRandom::new();
        Ok(Invitation {
            relay: relay.trim_end_matches('/').to_string(),
            id: random(&rng)?,
            worker: worker.public(),
            secret: Zeroizing::new(random(&rng)?),
            expires,
        })
    }

    /// The code to show as a QR code or to type: `GT1-` and URL-safe base64 of the
    /// fields, with a 4-byte SHA-256 check so that a typing mistake is caught.
    pub fn to_code(&self) -> String {
        use base64::Engine as _;
        let mut b = Zeroizing::new(Vec::new());
        b.extend_from_slice(&self.id);
        b.extend_from_slice(&self.worker.sign);
        b.extend_from_slice(&self.worker.agree);
        b.extend_from_slice(self.secret.as_ref());
        b.extend_from_slice(&self.expires.to_be_bytes());
        b.extend_from_slice(self.relay.as_bytes());
        let check = digest::digest(&digest::SHA256, &b);
        b.extend_from_slice(&check.as_ref()[..4]);
        format!(
            "{CODE_PREFIX}{}",
            base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(&b)
        )
    }

    /// Reads a code made by [`Invitation::to_code`]; spaces and line breaks are ignored.
    pub fn from_code(code: &str) -> Result<Invitation, KeyError> {
        use base64::Engine as _;
        let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
        let body = code
            .strip_prefix(CODE_PREFIX)
            .ok_or(KeyError::BadInvitation("it does not start with GT1-"))?;
        let b = Zeroizing::new(
            base64::engine::general_purpose::URL_SAFE_NO_PAD
                .decode(body)
                .map_err(|_| KeyError::BadInvitation("it has letters that do not belong"))?,
        );
        let fixed = 16 + 32 + 32 + 32 + 8;
        if b.len() < fixed + 4 + 8 {
            return Err(KeyError::BadInvitation("it is too short"));
        }
        let (data, check) = b.split_at(b.len() - 4);
        if digest::digest(&digest::SHA256, data).as_ref()[..4] != *check {
            return Err(KeyError::BadInvitation("it was not copied exactly"));
        }
        let take = |from: usize| -> [u8; 32] {
            let mut out = [0u8; 32];
            out.copy_from_slice(&data[from..from + 32]);
            out
        };
        let mut id = [0u8; 16];
        id.copy_from_slice(&data[..16]);
        let mut expires = [0u8; 8];
        expires.copy_from_slice(&data[112..120]);
        let relay = std::str::from_utf8(&data[fixed..])
            .map_err(|_| KeyError::BadInvitation("its relay address is damaged"))?
            .to_string();
        if !(relay.starts_with("https://") || relay.starts_with("http://")) {
            return Err(KeyError::BadInvitation(
                "its relay address is not a web address",
            ));
        }
        Ok(Invitation {
            relay,
            id,
            worker: PublicIdentity {
                sign: take(16),
                agree: take(48),
            },
            secret: Zeroizing::new(take(80)),
            expires: i64::from_be_bytes(expires),
        })
    }
}

/// Which side of a pairing this device is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// The woman whose diary it is.
    Her,
    /// Her support worker.
    Worker,
}

struct Len(usize);

impl hkdf::KeyType for Len {
    fn len(&self) -> usize {
        self.0
    }
}

fn hkdf_expand(salt: &[u8], ikm: &[u8], info: &[&[u8]], out: &mut [u8]) -> Result<(), KeyError> {
    let prk = hkdf::Salt::new(hkdf::HKDF_SHA256, salt).extract(ikm);
    prk.expand(info, Len(out.len()))
        .and_then(|okm| okm.fill(out))
        .map_err(|_| KeyError::Damaged)
}

/// The keys of one pairing: one to seal what this device sends, one to open what the
/// other sends.
pub struct ChannelKeys {
    send: LessSafeKey,
    receive: LessSafeKey,
    channel: [u8; 16],
    own: [u8; 32],
    other: [u8; 32],
}

impl ChannelKeys {
    /// Derives the pairing's keys: X25519 of the two identities, then HKDF-SHA256 with
    /// the invitation's one-time secret as salt, bound to the channel id and both
    /// signing keys.
    pub fn derive(
        own: &Identity,
        other: &PublicIdentity,
        secret: &[u8; 32],
        channel: [u8; 16],
        role: Role,
    ) -> Result<ChannelKeys, KeyError> {
        let me = own.public();
        let (worker, her) = match role {
            Role::Worker => (me.sign, other.sign),
            Role::Her => (other.sign, me.sign),
        };
        let shared = own.agree(other);
        let mut okm = Zeroizing::new([0u8; 64]);
        hkdf_expand(
            secret,
            shared.as_ref(),
            &[b"goldthread-channel/1", &channel, &worker, &her],
            okm.as_mut(),
        )?;
        let key = |bytes: &[u8]| {
            UnboundKey::new(&aead::AES_256_GCM, bytes)
                .map(LessSafeKey::new)
                .map_err(|_| KeyError::Damaged)
        };
        let (from_her, from_worker) = (key(&okm[..32])?, key(&okm[32..])?);
        let (send, receive) = match role {
            Role::Her => (from_her, from_worker),
            Role::Worker => (from_worker, from_her),
        };
        Ok(ChannelKeys {
            send,
            receive,
            channel,
            own: me.sign,
            other: other.sign,
        })
    }

    fn aad(channel: &[u8; 16], envelope: &[u8; 16], sender: &[u8; 32]) -> Vec<u8> {
        let mut a = b"goldthread-envelope/1".to_vec();
        a.extend_from_slice(channel);
        a.extend_from_slice(envelope);
        a.extend_from_slice(sender);
        a
    }

    /// Seals a payload for envelope `id`: a random 12-byte nonce, then the ciphertext
    /// and tag.
    pub fn seal(&self, id: [u8; 16], plaintext: &[u8]) -> Result<Vec<u8>, KeyError> {
        let nonce: [u8; 12] = random(&SystemRandom::new())?;
        let mut buf = plaintext.to_vec();
        self.send
            .seal_in_place_append_tag(
                Nonce::assume_unique_for_key(nonce),
                Aad::from(Self::aad(&self.channel, &id, &self.own)),
                &mut buf,
            )
            .map_err(|_| KeyError::Damaged)?;
        let mut out = nonce.to_vec();
        out.extend_from_slice(&buf);
        Ok(out)
    }

    /// Opens a payload the other side sealed for envelope `id`.
    pub fn open(&self, id: [u8; 16], sealed: &[u8]) -> Result<Zeroizing<Vec<u8>>, KeyError> {
        if sealed.len() < 12 + 16 {
            return Err(KeyError::Open);
        }
        let nonce: [u8; 12] = sealed[..12].try_into().map_err(|_| KeyError::Open)?;
        let mut buf = Zeroizing::new(sealed[12..].to_vec());
        let len = self
            .receive
            .open_in_place(
                Nonce::assume_unique_for_key(nonce),
                Aad::from(Self::aad(&self.channel, &id, &self.other)),
                &mut buf,
            )
            .map_err(|_| KeyError::Open)?
            .len();
        buf.truncate(len);
        Ok(buf)
    }
}

/// The key for the first envelope on a channel, from her to the worker, which carries
/// her public keys: derived from the invitation's one-time secret alone, so only
/// someone who saw the invitation can read or forge it.
pub struct Bootstrap {
    key: LessSafeKey,
    channel: [u8; 16],
}

impl Bootstrap {
    /// The bootstrap key of a channel.
    pub fn new(secret: &[u8; 32], channel: [u8; 16]) -> Result<Bootstrap, KeyError> {
        let mut okm = Zeroizing::new([0u8; 32]);
        hkdf_expand(
            secret,
            secret,
            &[b"goldthread-bootstrap/1", &channel],
            okm.as_mut(),
        )?;
        let key =
            UnboundKey::new(&aead::AES_256_GCM, okm.as_ref()).map_err(|_| KeyError::Damaged)?;
        Ok(Bootstrap {
            key: LessSafeKey::new(key),
            channel,
        })
    }

    /// Seals her public keys into envelope `id`, sent by `sender` (her signing key).
    pub fn seal(
        &self,
        id: [u8; 16],
        sender: &[u8; 32],
        her: &PublicIdentity,
    ) -> Result<Vec<u8>, KeyError> {
        let nonce: [u8; 12] = random(&SystemRandom::new())?;
        let mut buf = [her.sign, her.agree].concat();
        self.key
            .seal_in_place_append_tag(
                Nonce::assume_unique_for_key(nonce),
                Aad::from(ChannelKeys::aad(&self.channel, &id, sender)),
                &mut buf,
            )
            .map_err(|_| KeyError::Damaged)?;
        Ok([nonce.to_vec(), buf].concat())
    }

    /// Opens her public keys; they must match the key that signed the envelope.
    pub fn open(
        &self,
        id: [u8; 16],
        sender: &[u8; 32],
        sealed: &[u8],
    ) -> Result<PublicIdentity, KeyError> {
        if sealed.len() != 12 + 64 + 16 {
            return Err(KeyError::Open);
        }
        let nonce: [u8; 12] = sealed[..12].try_into().map_err(|_| KeyError::Open)?;
        let mut buf = sealed[12..].to_vec();
        let plain = self
            .key
            .open_in_place(
                Nonce::assume_unique_for_key(nonce),
                Aad::from(ChannelKeys::aad(&self.channel, &id, sender)),
                &mut buf,
            )
            .map_err(|_| KeyError::Open)?;
        let mut sign = [0u8; 32];
        let mut agree = [0u8; 32];
        sign.copy_from_slice(&plain[..32]);
        agree.copy_from_slice(&plain[32..64]);
        if &sign != sender {
            return Err(KeyError::Open);
        }
        Ok(PublicIdentity { sign, agree })
    }
}

/// The safety number both devices show, to compare in person: 12 digits in three
/// groups, from a hash of both devices' public keys (worker's first).
pub fn safety_number(worker: &PublicIdentity, her: &PublicIdentity) -> String {
    let mut ctx = digest::Context::new(&digest::SHA256);
    ctx.update(b"goldthread-safety/1");
    for k in [worker.sign, worker.agree, her.sign, her.agree] {
        ctx.update(&k);
    }
    let h = ctx.finish();
    let mut n = [0u8; 8];
    n.copy_from_slice(&h.as_ref()[..8]);
    let digits = format!("{:012}", (u64::from_be_bytes(n) >> 4) % 1_000_000_000_000);
    format!("{} {} {}", &digits[..4], &digits[4..8], &digits[8..])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pair() -> (Identity, Identity, Invitation, ChannelKeys, ChannelKeys) {
        let worker = Identity::generate().unwrap();
        let her = Identity::generate().unwrap();
        let inv = Invitation::new("https://relay.example/", &worker, 1_900_000_000).unwrap();
        let channel = [9u8; 16];
        let w = ChannelKeys::derive(&worker, &her.public(), &inv.secret, channel, Role::Worker)
            .unwrap();
        let h = ChannelKeys::derive(&her, &inv.worker, &inv.secret, channel, Role::Her).unwrap();
        (worker, her, inv, w, h)
    }

    #[test]
    fn both_sides_derive_keys_that_open_each_others_envelopes() {
        let (_, _, _, w, h) = pair();
        let sealed = h.seal([1; 16], b"due date 2027-03-04").unwrap();
        assert_eq!(
            &w.open([1; 16], &sealed).unwrap()[..],
            b"due date 2027-03-04"
        );
        let back = w.seal([2; 16], b"a proposal").unwrap();
        assert_eq!(&h.open([2; 16], &back).unwrap()[..], b"a proposal");
        // Her own key does not open her own envelopes as if they came from the worker.
        assert_eq!(h.open([1; 16], &sealed), Err(KeyError::Open));
    }

    #[test]
    fn every_tamper_is_caught() {
        let (_, _, _, w, h) = pair();
        let sealed = h.seal([1; 16], b"appointment").unwrap();
        for i in 0..sealed.len() {
            let mut bad = sealed.clone();
            bad[i] ^= 0x01;
            assert_eq!(w.open([1; 16], &bad), Err(KeyError::Open), "byte {i}");
        }
        assert_eq!(
            w.open([2; 16], &sealed),
            Err(KeyError::Open),
            "another envelope id"
        );
        assert_eq!(
            w.open([1; 16], &sealed[..20]),
            Err(KeyError::Open),
            "cut short"
        );
        // Another pairing's keys cannot open it.
        let (_, _, _, other_w, _) = pair();
        assert_eq!(other_w.open([1; 16], &sealed), Err(KeyError::Open));
    }

    #[test]
    fn an_invitation_code_round_trips_and_a_typo_is_caught() {
        let worker = Identity::generate().unwrap();
        let inv = Invitation::new("https://relay.example", &worker, 1_900_000_000).unwrap();
        let code = inv.to_code();
        assert!(code.starts_with("GT1-"));
        assert_eq!(Invitation::from_code(&code).unwrap(), inv);
        let spaced: String = code
            .chars()
            .enumerate()
            .flat_map(|(i, c)| if i % 8 == 7 { vec![c, ' '] } else { vec![c] })
            .collect();
        assert_eq!(Invitation::from_code(&spaced).unwrap(), inv);
        let mut typo: Vec<char> = code.chars().collect();
        let i = typo.len() / 2;
        typo[i] = if typo[i] == 'A' { 'B' } else { 'A' };
        let typo: String = typo.into_iter().collect();
        assert_eq!(
            Invitation::from_code(&typo),
            Err(KeyError::BadInvitation("it was not copied exactly"))
        );
        assert!(Invitation::from_code("hello").is_err());
        assert!(Invitation::from_code("GT1-!!").is_err());
        assert!(
            !format!("{inv:?}").contains(&hex::encode(inv.secret.as_ref())),
            "the secret is never printed"
        );
    }

    #[test]
    fn her_keys_reach_the_worker_only_through_the_invitation_secret() {
        let worker = Identity::generate().unwrap();
        let her = Identity::generate().unwrap();
        let inv = Invitation::new("https://relay.example", &worker, 1_900_000_000).unwrap();
        let b = Bootstrap::new(&inv.secret, [3; 16]).unwrap();
        let me = her.public();
        let sealed = b.seal([1; 16], &me.sign, &me).unwrap();
        assert_eq!(b.open([1; 16], &me.sign, &sealed).unwrap(), me);
        // Someone else cannot pass off her keys as theirs, and another secret cannot open it.
        assert_eq!(b.open([1; 16], &[9; 32], &sealed), Err(KeyError::Open));
        let other = Bootstrap::new(&[7; 32], [3; 16]).unwrap();
        assert_eq!(other.open([1; 16], &me.sign, &sealed), Err(KeyError::Open));
    }

    #[test]
    fn an_identity_survives_storage_and_the_safety_numbers_match() {
        let (worker, her, _, _, _) = pair();
        let stored = her.to_secret_bytes();
        let back = Identity::from_secret_bytes(&stored).unwrap();
        assert_eq!(back.public(), her.public());
        assert_eq!(
            Identity::from_secret_bytes(&stored[..10]).unwrap_err(),
            KeyError::Damaged
        );
        let a = safety_number(&worker.public(), &her.public());
        let b = safety_number(&worker.public(), &back.public());
        assert_eq!(a, b);
        assert_eq!(a.len(), 14);
        assert!(a.chars().all(|c| c.is_ascii_digit() || c == ' '));
        let stranger = Identity::generate().unwrap();
        assert_ne!(
            a,
            safety_number(&stranger.public(), &her.public()),
            "a man in the middle shows another number"
        );
        assert!(!format!("{her:?}").contains(&hex::encode(&stored[..])));
    }
}
