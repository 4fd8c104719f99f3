//! The wire format of the relay API, version 1: what a request signs, how a signature
//! travels, and how envelopes are padded. Pure: time comes in as a parameter.
//!
//! A signed request carries four headers:
//!
//! | header | value |
//! |---|---|
//! | `x-gt-key` | the device's Ed25519 public key, 64 hex digits |
//! | `x-gt-time` | Unix time in seconds, decimal |
//! | `x-gt-nonce` | 16 random bytes, 32 hex digits, never reused |
//! | `x-gt-signature` | the Ed25519 signature of [`signed_text`], 128 hex digits |

use ring::digest;
use ring::signature::{self, Ed25519KeyPair, KeyPair, UnparsedPublicKey};

/// The protocol version this build speaks. A major version it does not know is
/// refused with a clear message, by client and relay alike.
pub const VERSION: (u32, u32) = (1, 0);

/// The longest a request body may be (a full initial share is sent in batches).
pub const MAX_BODY: usize = 256 * 1024;

/// How far a request's time may be from the relay's clock.
pub const MAX_SKEW_SECS: i64 = 5 * 60;

/// Envelope bodies are padded to the smallest of these sizes that fits, so their
/// length says little about what they hold.
pub const BUCKETS: [usize; 6] = [256, 1024, 4096, 16 * 1024, 64 * 1024, 200 * 1024];

/// The header names.
pub mod headers {
    /// The signer's public key.
    pub const KEY: &str = "x-gt-key";
    /// The request time.
    pub const TIME: &str = "x-gt-time";
    /// The single-use nonce.
    pub const NONCE: &str = "x-gt-nonce";
    /// The signature.
    pub const SIGNATURE: &str = "x-gt-signature";
}

/// Errors of the wire format.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ProtocolError {
    /// A header is missing.
    #[error("the request has no {0} header")]
    MissingHeader(&'static str),
    /// A header is not in its format.
    #[error("the {0} header is malformed")]
    BadHeader(&'static str),
    /// The signature does not verify.
    #[error("the signature does not match the request")]
    BadSignature,
    /// The time is too far from now.
    #[error("the request time is more than 5 minutes from the relay's clock")]
    Stale,
    /// Too large to pad.
    #[error("the envelope is too large ({0} bytes)")]
    TooLarge(usize),
    /// The padding is damaged.
    #[error("the envelope's padding is damaged")]
    BadPadding,
    /// The other side speaks another major version.
    #[error("the relay speaks protocol version {theirs}, this app speaks {ours}: update the app or the relay")]
    Version {
        /// Theirs, `major.minor`.
        theirs: String,
        /// Ours.
        ours: String,
    },
}

/// The text a request signs: method, path (with its query), the SHA-256 of the body,
/// the time and the nonce, one per line.
pub fn signed_text(method: &str, path: &str, body: &[u8], time: i64, nonce: &str) -> String {
    let hash = digest::digest(&digest::SHA256, body);
    format!(
        "goldthread-relay/1\n{}\n{}\n{}\n{}\n{}",
        method.to_ascii_uppercase(),
        path,
        hex::encode(hash.as_ref()),
        time,
        nonce
    )
}

/// The four signature headers for a request, signed by `key` at `time` with `nonce`.
pub fn sign(
    key: &Ed25519KeyPair,
    method: &str,
    path: &str,
    body: &[u8],
    time: i64,
    nonce: &[u8; 16],
) -> [(&'static str, String); 4] {
    let nonce = hex::encode(nonce);
    let sig = key.sign(signed_text(method, path, body, time, &nonce).as_bytes());
    [
        (headers::KEY, hex::encode(key.public_key().as_ref())),
        (headers::TIME, time.to_string()),
        (headers::NONCE, nonce),
        (headers::SIGNATURE, hex::encode(sig.as_ref())),
    ]
}

/// A request's signature, as the relay reads it from the headers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Signed {
    /// The signer's public key.
    pub key: [u8; 32],
    /// The request time.
    pub time: i64,
    /// The nonce, as sent (hex).
    pub nonce: String,
    /// The signature.
    pub signature: Vec<u8>,
}

impl Signed {
    /// Reads the headers; `get` returns a header's value.
    pub fn from_headers(get: impl Fn(&str) -> Option<String>) -> Result<Signed, ProtocolError> {
        let need = |h: &'static str| get(h).ok_or(ProtocolError::MissingHeader(h));
        let key: [u8; 32] = hex::decode(need(headers::KEY)?)
            .ok()
            .and_then(|k| k.try_into().ok())
            .ok_or(ProtocolError::BadHeader(headers::KEY))?;
        let time = need(headers::TIME)?
            .parse()
            .map_err(|_| ProtocolError::BadHeader(headers::TIME))?;
        let nonce = need(headers::NONCE)?;
        if nonce.len() != 32 || hex::decode(&nonce).is_err() {
            return Err(ProtocolError::BadHeader(headers::NONCE));
        }
        let signature = hex::decode(need(headers::SIGNATURE)?)
            .ok()
            .filter(|s| s.len() == 64)
            .ok_or(ProtocolError::BadHeader(headers::SIGNATURE))?;
        Ok(Signed {
            key,
            time,
            nonce,
            signature,
        })
    }

    /// Checks the signature over the request, and the time against `now`.
    pub fn verify(
        &self,
        method: &str,
        path: &str,
        body: &[u8],
        now: i64,
    ) -> Result<(), ProtocolError> {
        if (now - self.time).abs() > MAX_SKEW_SECS {
            return Err(ProtocolError::Stale);
        }
        let text = signed_text(method, path, body, self.time, &self.nonce);
        UnparsedPublicKey::new(&signature::ED25519, &self.key)
            .verify(text.as_bytes(), &self.signature)
            .map_err(|_| ProtocolError::BadSignature)
    }
}

/// Pads a sealed body to its bucket: a 4-byte big-endian length, the body, then
/// zeros. (The body is ciphertext, so the zeros reveal nothing.)
pub fn pad(body: &[u8]) -> Result<Vec<u8>, ProtocolError> {
    let need = body.len() + 4;
    let size = BUCKETS
        .iter()
        .copied()
        .find(|b| *b >= need)
        .ok_or(ProtocolError::TooLarge(body.len()))?;
    let mut out = Vec::with_capacity(size);
    out.extend_from_slice(&(body.len() as u32).to_be_bytes());
    out.extend_from_slice(body);
    out.resize(size, 0);
    Ok(out)
}

/// The body inside a padded envelope.
pub fn unpad(padded: &[u8]) -> Result<&[u8], ProtocolError> {
    if !BUCKETS.contains(&padded.len()) {
        return Err(ProtocolError::BadPadding);
    }
    let len = u32::from_be_bytes(
        padded
            .get(..4)
            .and_then(|b| b.try_into().ok())
            .ok_or(ProtocolError::BadPadding)?,
    ) as usize;
    let body = padded.get(4..4 + len).ok_or(ProtocolError::BadPadding)?;
    if padded[4 + len..].iter().any(|b| *b != 0) {
        return Err(ProtocolError::BadPadding);
    }
    Ok(body)
}

/// Checks the other side's version (`major.minor`) against ours.
pub fn check_version(theirs: &str) -> Result<(), ProtocolError> {
    let major = theirs.split('.').next().and_then(|m| m.parse::<u32>().ok());
    if major == Some(VERSION.0) {
        Ok(())
    } else {
        Err(ProtocolError::Version {
            theirs: theirs.to_string(),
            ours: format!("{}.{}", VERSION.0, VERSION.1),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ring::rand::SystemRandom;

    fn key() -> Ed25519KeyPair {
        let pkcs8 = Ed25519KeyPair::generate_pkcs8(&SystemRandom::new()).unwrap();
        Ed25519KeyPair::from_pkcs8(pkcs8.as_ref()).unwrap()
    }

    /// A header getter over `h`, with one header left out or replaced.
    fn getter(
        h: &[(&'static str, String); 4],
        change: Option<(&'static str, Option<&'static str>)>,
    ) -> impl Fn(&str) -> Option<String> {
        let h = h.clone();
        move |name: &str| match change {
            Some((n, v)) if n == name => v.map(str::to_string),
            _ => h.iter().find(|(n, _)| *n == name).map(|(_, v)| v.clone()),
        }
    }

    #[test]
    fn a_signed_request_verifies_and_any_change_breaks_it() {
        let k = key();
        let h = sign(
            &k,
            "POST",
            "/v1/channels/ab/envelopes",
            b"body",
            1_000,
            &[7; 16],
        );
        let s = Signed::from_headers(getter(&h, None)).unwrap();
        s.verify("POST", "/v1/channels/ab/envelopes", b"body", 1_000)
            .unwrap();
        s.verify("post", "/v1/channels/ab/envelopes", b"body", 1_299)
            .unwrap();
        for (m, p, b) in [
            ("GET", "/v1/channels/ab/envelopes", &b"body"[..]),
            ("POST", "/v1/channels/ac/envelopes", &b"body"[..]),
            ("POST", "/v1/channels/ab/envelopes", &b"bodx"[..]),
        ] {
            assert_eq!(s.verify(m, p, b, 1_000), Err(ProtocolError::BadSignature));
        }
        assert_eq!(
            s.verify("POST", "/v1/channels/ab/envelopes", b"body", 1_301),
            Err(ProtocolError::Stale)
        );
        // Another key cannot claim it.
        let mut forged = s.clone();
        forged.key = key().public_key().as_ref().try_into().unwrap();
        assert_eq!(
            forged.verify("POST", "/v1/channels/ab/envelopes", b"body", 1_000),
            Err(ProtocolError::BadSignature)
        );
    }

    #[test]
    fn headers_are_checked_by_name() {
        let k = key();
        let h = sign(&k, "GET", "/v1/version", b"", 5, &[1; 16]);
        let err = |change| Signed::from_headers(getter(&h, Some(change))).unwrap_err();
        assert_eq!(
            err((headers::NONCE, None)),
            ProtocolError::MissingHeader(headers::NONCE)
        );
        for (name, value) in [
            (headers::KEY, "zz"),
            (headers::TIME, "soon"),
            (headers::NONCE, "00"),
            (headers::SIGNATURE, "00"),
        ] {
            assert_eq!(err((name, Some(value))), ProtocolError::BadHeader(name));
        }
    }

    #[test]
    fn padding_hides_the_length_within_a_bucket() {
        for len in [0, 1, 252, 253, 1020, 5000, 100_000] {
            let body = vec![0xAB; len];
            let p = pad(&body).unwrap();
            assert!(BUCKETS.contains(&p.len()), "{len} -> {}", p.len());
            assert_eq!(unpad(&p).unwrap(), &body[..]);
        }
        assert_eq!(pad(&[1; 10]).unwrap().len(), pad(&[1; 200]).unwrap().len());
        assert!(matches!(
            pad(&vec![0; 300_000]),
            Err(ProtocolError::TooLarge(_))
        ));
        let mut p = pad(b"abc").unwrap();
        p[100] = 1;
        assert_eq!(unpad(&p), Err(ProtocolError::BadPadding));
        assert_eq!(unpad(&[0; 10]), Err(ProtocolError::BadPadding));
        let mut p = pad(b"abc").unwrap();
        p[..4].copy_from_slice(&1000u32.to_be_bytes());
        assert_eq!(unpad(&p), Err(ProtocolError::BadPadding));
    }

    #[test]
    fn a_major_version_mismatch_is_refused_clearly() {
        check_version("1.0").unwrap();
        check_version("1.7").unwrap();
        let e = check_version("2.0").unwrap_err();
        assert!(e.to_string().contains("version 2.0"), "{e}");
        assert!(check_version("banana").is_err());
    }
}
