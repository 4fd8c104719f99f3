//! The key header: one fixed-size blob that holds the vault id, the KDF parameters and
//! exactly two key slots.
//!
//! ```text
//! offset  size  field
//!      0     8  magic "GTVAULT1"
//!      8    16  vault id (random)
//!     24     1  KDF algorithm (1 = PBKDF2-HMAC-SHA256)
//!     25     4  KDF iterations, big-endian
//!     29    16  KDF salt (random)
//!     45    60  slot 0: nonce (12) | wrapped data key (32) | tag (16)
//!    105    60  slot 1: same
//!    165    32  SHA-256 of bytes 0..165 (catches accidental damage, not an attacker)
//! ```
//!
//! A slot is either a wrapped data key or 60 random bytes; AES-GCM output cannot be told
//! from random bytes without the key, so the header never shows whether a duress slot is
//! in use. Both slots share the salt and parameters, so one KDF run tries both.

use ring::digest;

use super::crypto::{KdfParams, SLOT_LEN};
use super::VaultError;

const MAGIC: &[u8; 8] = b"GTVAULT1";
/// Size of the serialised header, in bytes.
pub const HEADER_LEN: usize = 8 + 16 + 1 + 4 + 16 + 2 * SLOT_LEN + 32;
/// The most PBKDF2 iterations a header may ask for (about 20 s on the development
/// machine; new vaults use far fewer).
pub const MAX_ITERATIONS: u32 = 100_000_000;
/// Number of key slots. Always two, used or not.
pub const SLOTS: usize = 2;

/// The parsed key header.
#[derive(Clone, PartialEq, Eq)]
pub struct Header {
    /// Random id of this vault; bound into every record and slot.
    pub vault_id: [u8; 16],
    /// The passphrase KDF's parameters.
    pub kdf: KdfParams,
    /// The passphrase KDF's salt.
    pub salt: [u8; 16],
    /// The two key slots.
    pub slots: [[u8; SLOT_LEN]; SLOTS],
}

impl std::fmt::Debug for Header {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Header")
            .field("vault_id", &hex::encode(self.vault_id))
            .field("kdf", &self.kdf)
            .finish_non_exhaustive()
    }
}

impl Header {
    /// Serialises the header with its checksum.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(HEADER_LEN);
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&self.vault_id);
        out.push(KdfParams::ALG_PBKDF2_SHA256);
        out.extend_from_slice(&self.kdf.iterations.to_be_bytes());
        out.extend_from_slice(&self.salt);
        for slot in &self.slots {
            out.extend_from_slice(slot);
        }
        let sum = digest::digest(&digest::SHA256, &out);
        out.extend_from_slice(sum.as_ref());
        out
    }

    /// Parses and checks a header. Any damage is [`VaultError::HeaderDamaged`].
    pub fn from_bytes(b: &[u8]) -> Result<Self, VaultError> {
        let damaged = |why: &'static str| VaultError::HeaderDamaged { why };
        if b.len() != HEADER_LEN {
            return Err(damaged("the key header has the wrong size"));
        }
        let body = &b[..HEADER_LEN - 32];
        let sum = digest::digest(&digest::SHA256, body);
        if sum.as_ref() != &b[HEADER_LEN - 32..] {
            return Err(damaged("the key header's checksum does not match"));
        }
        if &b[..8] != MAGIC {
            return Err(damaged("the key header has an unknown format"));
        }
        if b[24] != KdfParams::ALG_PBKDF2_SHA256 {
            return Err(damaged("the key header names an unknown key derivation"));
        }
        let mut iter = [0u8; 4];
        iter.copy_from_slice(&b[25..29]);
        let kdf = KdfParams::pbkdf2(u32::from_be_bytes(iter))
            .map_err(|_| damaged("the key header's key derivation is weaker than allowed"))?;
        // A forged count would make every unlock run for many minutes before failing.
        if kdf.iterations > MAX_ITERATIONS {
            return Err(damaged(
                "the key header asks for an unreasonable key derivation",
            ));
        }
        let mut vault_id = [0u8; 16];
        vault_id.copy_from_slice(&b[8..24]);
        let mut salt = [0u8; 16];
        salt.copy_from_slice(&b[29..45]);
        let mut slots = [[0u8; SLOT_LEN]; SLOTS];
        for (i, slot) in slots.iter_mut().enumerate() {
            let at = 45 + i * SLOT_LEN;
            slot.copy_from_slice(&b[at..at + SLOT_LEN]);
        }
        Ok(Header {
            vault_id,
            kdf,
            salt,
            slots,
        })
    }

    /// Associated data for slot `i`: binds the vault id, the slot number and the KDF.
    pub fn slot_aad(&self, i: usize) -> Vec<u8> {
        let mut aad = Vec::with_capacity(64);
        aad.extend_from_slice(b"goldthread-keyslot\0");
        aad.extend_from_slice(&self.vault_id);
        aad.push(i as u8);
        aad.push(KdfParams::ALG_PBKDF2_SHA256);
        aad.extend_from_slice(&self.kdf.iterations.to_be_bytes());
        aad.extend_from_slice(&self.salt);
        aad
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Header {
        Header {
            vault_id: [1; 16],
            kdf: KdfParams::pbkdf2(700_000).unwrap(),
            salt: [2; 16],
            slots: [[3; SLOT_LEN], [4; SLOT_LEN]],
        }
    }

    #[test]
    fn round_trip() {
        let h = sample();
        let b = h.to_bytes();
        assert_eq!(b.len(), HEADER_LEN);
        assert_eq!(Header::from_bytes(&b).unwrap(), h);
    }

    #[test]
    fn every_flipped_byte_is_caught() {
        let b = sample().to_bytes();
        for i in 0..b.len() {
            let mut bad = b.clone();
            bad[i] ^= 0x80;
            assert!(
                matches!(
                    Header::from_bytes(&bad),
                    Err(VaultError::HeaderDamaged { .. })
                ),
                "byte {i}"
            );
        }
        assert!(Header::from_bytes(&b[..10]).is_err());
    }

    #[test]
    fn absurd_iteration_counts_are_refused() {
        let mut h = sample();
        h.kdf = KdfParams {
            iterations: u32::MAX,
        };
        assert!(matches!(
            Header::from_bytes(&h.to_bytes()),
            Err(VaultError::HeaderDamaged { .. })
        ));
    }

    #[test]
    fn slot_aad_differs_per_slot() {
        let h = sample();
        assert_ne!(h.slot_aad(0), h.slot_aad(1));
    }
}
