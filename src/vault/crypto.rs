//! The vault's cryptography, all built from ring's vetted primitives.
//!
//! - **KDF.** PBKDF2-HMAC-SHA256 turns a passphrase and a random 16-byte salt into a
//!   256-bit key-encryption key (KEK).
//! - **Key wrap.** The random 256-bit data key is sealed with AES-256-GCM under the KEK.
//!   The associated data binds the vault id, the slot number and the KDF parameters.
//! - **Subkeys.** HKDF-SHA256 (salt: the vault id) expands the data key into a record key
//!   (AES-256-GCM) and a tag key (HMAC-SHA256). The data key itself never encrypts.
//! - **Records.** Each record is sealed on its own with a fresh random 96-bit nonce. The
//!   associated data binds the vault id, the record id, the record kind and the envelope
//!   format version.
//!
//! Key material lives in types that are zeroized on drop, have no `Serialize`, and print
//! as `[redacted]`. ring's own expanded key schedules are not zeroized by ring; that is
//! listed in `docs/security.md`.

use std::fmt;
use std::num::NonZeroU32;

use ring::aead::{Aad, LessSafeKey, Nonce, UnboundKey, AES_256_GCM, NONCE_LEN};
use ring::rand::{SecureRandom, SystemRandom};
use ring::{hkdf, hmac, pbkdf2};
use zeroize::{Zeroize, Zeroizing};

use super::VaultError;

/// Length of the data key and of the key-encryption key, in bytes.
pub const KEY_LEN: usize = 32;
/// Length of an AEAD authentication tag, in bytes.
pub const TAG_LEN: usize = 16;
/// Length of a wrapped data key as stored in a key slot: nonce, ciphertext, tag.
pub const SLOT_LEN: usize = NONCE_LEN + KEY_LEN + TAG_LEN;
/// Length of a record id and of a record's ownership tag, in bytes.
pub const RID_LEN: usize = 16;
/// Envelope format version of sealed records. It is bound into the associated data.
pub const RECORD_FORMAT: u8 = 1;
/// The lowest PBKDF2 iteration count the vault accepts, for new vaults and old alike.
pub const MIN_ITERATIONS: u32 = 600_000;
/// The iteration count for new vaults. It takes about 0.3 s in a release build on the
/// development machine; `cargo bench --bench vault` measures it.
pub const DEFAULT_ITERATIONS: u32 = 1_600_000;

/// A passphrase typed by the user. Zeroized on drop, never printed.
#[derive(Clone, Zeroize)]
#[zeroize(drop)]
pub struct Passphrase(String);

impl Passphrase {
    /// The fewest characters a new passphrase may have.
    pub const MIN_CHARS: usize = 8;

    /// Wraps a passphrase. Surrounding white space is kept: it is part of what she typed.
    pub fn new(text: impl Into<String>) -> Self {
        Passphrase(text.into())
    }

    /// Checks the rules for a *new* passphrase (unlocking accepts any text).
    pub fn check_new(&self) -> Result<(), VaultError> {
        if self.0.chars().count() < Self::MIN_CHARS {
            return Err(VaultError::WeakPassphrase {
                min_chars: Self::MIN_CHARS,
            });
        }
        Ok(())
    }

    fn bytes(&self) -> &[u8] {
        self.0.as_bytes()
    }
}

impl fmt::Debug for Passphrase {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Passphrase([redacted])")
    }
}

impl PartialEq for Passphrase {
    fn eq(&self, other: &Self) -> bool {
        ct_eq(self.bytes(), other.bytes())
    }
}

/// Parameters of the passphrase KDF, stored in the vault header so they can be raised.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct KdfParams {
    /// PBKDF2-HMAC-SHA256 iterations.
    pub iterations: u32,
}

impl KdfParams {
    /// The algorithm byte stored in the header for PBKDF2-HMAC-SHA256.
    pub const ALG_PBKDF2_SHA256: u8 = 1;

    /// Parameters with the given iteration count, refusing counts below the floor.
    pub fn pbkdf2(iterations: u32) -> Result<Self, VaultError> {
        if iterations < MIN_ITERATIONS {
            return Err(VaultError::KdfTooWeak {
                iterations,
                minimum: MIN_ITERATIONS,
            });
        }
        Ok(KdfParams { iterations })
    }
}

impl Default for KdfParams {
    fn default() -> Self {
        KdfParams {
            iterations: DEFAULT_ITERATIONS,
        }
    }
}

/// A 256-bit secret key: the data key or a key-encryption key.
#[derive(Clone, Zeroize)]
#[zeroize(drop)]
pub struct SecretKey([u8; KEY_LEN]);

impl fmt::Debug for SecretKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SecretKey([redacted])")
    }
}

impl SecretKey {
    /// A fresh random key from the operating system's CSPRNG.
    pub fn random(rng: &SystemRandom) -> Result<Self, VaultError> {
        let mut k = [0u8; KEY_LEN];
        rng.fill(&mut k).map_err(|_| VaultError::Random)?;
        Ok(SecretKey(k))
    }

    /// Derives a key-encryption key from a passphrase.
    pub fn derive(pass: &Passphrase, salt: &[u8], params: KdfParams) -> Result<Self, VaultError> {
        let iterations = NonZeroU32::new(params.iterations).ok_or(VaultError::KdfTooWeak {
            iterations: 0,
            minimum: MIN_ITERATIONS,
        })?;
        let mut k = [0u8; KEY_LEN];
        pbkdf2::derive(
            pbkdf2::PBKDF2_HMAC_SHA256,
            iterations,
            salt,
            pass.bytes(),
            &mut k,
        );
        Ok(SecretKey(k))
    }

    fn aead(&self) -> Result<LessSafeKey, VaultError> {
        let unbound = UnboundKey::new(&AES_256_GCM, &self.0).map_err(|_| VaultError::Crypto)?;
        Ok(LessSafeKey::new(unbound))
    }

    /// Seals `secret` (another key) under this key, for a key slot.
    pub fn wrap(
        &self,
        rng: &SystemRandom,
        secret: &SecretKey,
        aad: &[u8],
    ) -> Result<[u8; SLOT_LEN], VaultError> {
        let key = self.aead()?;
        let mut nonce = [0u8; NONCE_LEN];
        rng.fill(&mut nonce).map_err(|_| VaultError::Random)?;
        let mut buf = Zeroizing::new(secret.0.to_vec());
        key.seal_in_place_append_tag(
            Nonce::assume_unique_for_key(nonce),
            Aad::from(aad),
            &mut *buf,
        )
        .map_err(|_| VaultError::Crypto)?;
        let mut out = [0u8; SLOT_LEN];
        out[..NONCE_LEN].copy_from_slice(&nonce);
        out[NONCE_LEN..].copy_from_slice(&buf);
        Ok(out)
    }

    /// Opens a key slot sealed by [`SecretKey::wrap`]. `None` if it does not open under
    /// this key (wrong passphrase, filler, or damage): those cannot be told apart.
    pub fn unwrap_slot(&self, slot: &[u8; SLOT_LEN], aad: &[u8]) -> Option<SecretKey> {
        let key = self.aead().ok()?;
        let mut nonce = [0u8; NONCE_LEN];
        nonce.copy_from_slice(&slot[..NONCE_LEN]);
        let mut buf = Zeroizing::new(slot[NONCE_LEN..].to_vec());
        let plain = key
            .open_in_place(
                Nonce::assume_unique_for_key(nonce),
                Aad::from(aad),
                &mut buf,
            )
            .ok()?;
        let mut k = [0u8; KEY_LEN];
        if plain.len() != KEY_LEN {
            return None;
        }
        k.copy_from_slice(plain);
        Some(SecretKey(k))
    }
}

/// The working keys of one unlocked diary, expanded from its data key.
pub struct DiaryKeys {
    data_key: SecretKey,
    record: LessSafeKey,
    tag: hmac::Key,
}

impl fmt::Debug for DiaryKeys {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("DiaryKeys([redacted])")
    }
}

struct OkmLen(usize);

impl hkdf::KeyType for OkmLen {
    fn len(&self) -> usize {
        self.0
    }
}

impl DiaryKeys {
    /// Expands a data key into the record and tag keys (HKDF-SHA256, salt = vault id).
    pub fn expand(data_key: SecretKey, vault_id: &[u8]) -> Result<Self, VaultError> {
        let prk = hkdf::Salt::new(hkdf::HKDF_SHA256, vault_id).extract(&data_key.0);
        let mut rec = Zeroizing::new([0u8; KEY_LEN]);
        prk.expand(&[b"goldthread record key v1"], OkmLen(KEY_LEN))
            .and_then(|okm| okm.fill(&mut *rec))
            .map_err(|_| VaultError::Crypto)?;
        let mut tag = Zeroizing::new([0u8; KEY_LEN]);
        prk.expand(&[b"goldthread tag key v1"], OkmLen(KEY_LEN))
            .and_then(|okm| okm.fill(&mut *tag))
            .map_err(|_| VaultError::Crypto)?;
        let record =
            LessSafeKey::new(UnboundKey::new(&AES_256_GCM, &*rec).map_err(|_| VaultError::Crypto)?);
        let tag = hmac::Key::new(hmac::HMAC_SHA256, &*tag);
        Ok(DiaryKeys {
            data_key,
            record,
            tag,
        })
    }

    /// The data key, for re-wrapping under a new passphrase.
    pub fn data_key(&self) -> &SecretKey {
        &self.data_key
    }

    /// The ownership tag of a record id: 15 bytes that say "this row is ours" and one
    /// byte that hides the record kind. Rows of another diary look like random bytes.
    pub fn tag(&self, rid: &[u8; RID_LEN], kind: u8) -> [u8; RID_LEN] {
        let h = hmac::sign(&self.tag, &[b"tag:".as_slice(), rid].concat());
        let mut t = [0u8; RID_LEN];
        t.copy_from_slice(&h.as_ref()[..RID_LEN]);
        t[RID_LEN - 1] ^= kind;
        t
    }

    /// Reads a tag: `Some(kind)` if the row belongs to this diary.
    pub fn read_tag(&self, rid: &[u8; RID_LEN], tag: &[u8]) -> Option<u8> {
        if tag.len() != RID_LEN {
            return None;
        }
        let h = hmac::sign(&self.tag, &[b"tag:".as_slice(), rid].concat());
        let h = &h.as_ref()[..RID_LEN];
        if !ct_eq(&h[..RID_LEN - 1], &tag[..RID_LEN - 1]) {
            return None;
        }
        Some(h[RID_LEN - 1] ^ tag[RID_LEN - 1])
    }

    /// A keyed digest of a record id, for the diary's manifest.
    pub fn manifest_term(&self, rid: &[u8; RID_LEN]) -> [u8; 32] {
        let h = hmac::sign(&self.tag, &[b"manifest:".as_slice(), rid].concat());
        let mut out = [0u8; 32];
        out.copy_from_slice(h.as_ref());
        out
    }

    /// Seals a record body. Output: format byte, nonce, ciphertext and tag.
    pub fn seal(
        &self,
        rng: &SystemRandom,
        vault_id: &[u8],
        rid: &[u8; RID_LEN],
        kind: u8,
        plain: &[u8],
    ) -> Result<Vec<u8>, VaultError> {
        let mut nonce = [0u8; NONCE_LEN];
        rng.fill(&mut nonce).map_err(|_| VaultError::Random)?;
        let aad = record_aad(vault_id, rid, kind, RECORD_FORMAT);
        let mut out = Vec::with_capacity(1 + NONCE_LEN + plain.len() + TAG_LEN);
        out.push(RECORD_FORMAT);
        out.extend_from_slice(&nonce);
        out.extend_from_slice(plain);
        let tag = self
            .record
            .seal_in_place_separate_tag(
                Nonce::assume_unique_for_key(nonce),
                Aad::from(&aad),
                &mut out[1 + NONCE_LEN..],
            )
            .map_err(|_| VaultError::Crypto)?;
        out.extend_from_slice(tag.as_ref());
        Ok(out)
    }

    /// Opens a sealed record. `None` if it fails authentication for any reason.
    pub fn open(
        &self,
        vault_id: &[u8],
        rid: &[u8; RID_LEN],
        kind: u8,
        sealed: &[u8],
    ) -> Option<Zeroizing<Vec<u8>>> {
        if sealed.len() < 1 + NONCE_LEN + TAG_LEN || sealed[0] != RECORD_FORMAT {
            return None;
        }
        let mut nonce = [0u8; NONCE_LEN];
        nonce.copy_from_slice(&sealed[1..1 + NONCE_LEN]);
        let aad = record_aad(vault_id, rid, kind, sealed[0]);
        let mut buf = Zeroizing::new(sealed[1 + NONCE_LEN..].to_vec());
        let len = self
            .record
            .open_in_place(
                Nonce::assume_unique_for_key(nonce),
                Aad::from(&aad),
                &mut buf,
            )
            .ok()?
            .len();
        buf.truncate(len);
        Some(buf)
    }
}

/// Compares two byte strings in time that depends only on their lengths.
pub fn ct_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

fn record_aad(vault_id: &[u8], rid: &[u8; RID_LEN], kind: u8, format: u8) -> Vec<u8> {
    let mut aad = Vec::with_capacity(18 + vault_id.len() + RID_LEN + 2);
    aad.extend_from_slice(b"goldthread-record\0");
    aad.extend_from_slice(vault_id);
    aad.extend_from_slice(rid);
    aad.push(kind);
    aad.push(format);
    aad
}

/// Fills a buffer with random bytes.
pub fn random_bytes<const N: usize>(rng: &SystemRandom) -> Result<[u8; N], VaultError> {
    let mut b = [0u8; N];
    rng.fill(&mut b).map_err(|_| VaultError::Random)?;
    Ok(b)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(rng: &SystemRandom) -> DiaryKeys {
        DiaryKeys::expand(SecretKey::random(rng).unwrap(), b"vault-id-16bytes").unwrap()
    }

    #[test]
    fn seal_open_round_trip_and_binding() {
        let rng = SystemRandom::new();
        let k = keys(&rng);
        let rid = [7u8; RID_LEN];
        let sealed = k
            .seal(&rng, b"vault-id-16bytes", &rid, 2, b"hello")
            .unwrap();
        assert_eq!(
            k.open(b"vault-id-16bytes", &rid, 2, &sealed)
                .unwrap()
                .as_slice(),
            b"hello"
        );
        // Another kind, record id or vault does not open.
        assert!(k.open(b"vault-id-16bytes", &rid, 3, &sealed).is_none());
        assert!(k
            .open(b"vault-id-16bytes", &[8u8; RID_LEN], 2, &sealed)
            .is_none());
        assert!(k.open(b"other-vault-id16", &rid, 2, &sealed).is_none());
        // Every single flipped byte is caught.
        for i in 0..sealed.len() {
            let mut bad = sealed.clone();
            bad[i] ^= 0x01;
            assert!(
                k.open(b"vault-id-16bytes", &rid, 2, &bad).is_none(),
                "byte {i}"
            );
        }
        // Truncation is caught, never a panic.
        for n in 0..sealed.len() {
            assert!(k.open(b"vault-id-16bytes", &rid, 2, &sealed[..n]).is_none());
        }
    }

    #[test]
    fn nonces_are_fresh() {
        let rng = SystemRandom::new();
        let k = keys(&rng);
        let rid = [1u8; RID_LEN];
        let a = k.seal(&rng, b"v", &rid, 1, b"same").unwrap();
        let b = k.seal(&rng, b"v", &rid, 1, b"same").unwrap();
        assert_ne!(a, b);
    }

    #[test]
    fn tags_identify_owner_and_kind() {
        let rng = SystemRandom::new();
        let mine = keys(&rng);
        let theirs = keys(&rng);
        let rid = [3u8; RID_LEN];
        let t = mine.tag(&rid, 5);
        assert_eq!(mine.read_tag(&rid, &t), Some(5));
        assert_eq!(theirs.read_tag(&rid, &t), None);
        assert_eq!(mine.read_tag(&[4u8; RID_LEN], &t), None);
        assert_eq!(mine.read_tag(&rid, &t[..5]), None);
    }

    #[test]
    fn wrap_unwrap() {
        let rng = SystemRandom::new();
        let kek = SecretKey::random(&rng).unwrap();
        let dk = SecretKey::random(&rng).unwrap();
        let slot = kek.wrap(&rng, &dk, b"aad").unwrap();
        assert_eq!(kek.unwrap_slot(&slot, b"aad").unwrap().0, dk.0);
        assert!(kek.unwrap_slot(&slot, b"other").is_none());
        let other = SecretKey::random(&rng).unwrap();
        assert!(other.unwrap_slot(&slot, b"aad").is_none());
    }

    #[test]
    fn secrets_never_print() {
        let rng = SystemRandom::new();
        let k = SecretKey::random(&rng).unwrap();
        assert_eq!(format!("{k:?}"), "SecretKey([redacted])");
        let p = Passphrase::new("correct horse");
        assert!(!format!("{p:?}").contains("horse"));
        assert!(!format!("{:?}", keys(&rng)).contains('0'));
    }

    #[test]
    fn kdf_floor_is_enforced() {
        assert!(KdfParams::pbkdf2(599_999).is_err());
        assert!(KdfParams::pbkdf2(MIN_ITERATIONS).is_ok());
        assert!(KdfParams::default().iterations >= MIN_ITERATIONS);
    }

    #[test]
    fn new_passphrase_rules() {
        assert!(Passphrase::new("short").check_new().is_err());
        assert!(Passphrase::new("long enough").check_new().is_ok());
    }
}
