//! Optional sharing with a support worker, end to end encrypted, through a relay that
//! learns nothing (`docs/sync-protocol.md`).
//!
//! | module | layer | what it holds |
//! |---|---|---|
//! | [`protocol`] | pure | the wire format: version, request signing, envelope padding |
//! | [`hlc`] | pure | hybrid logical clocks: a version for every shared record |
//! | [`keys`] | pure crypto | device identity, invitations, channel keys, the safety number, sealing envelopes |
//! | [`share`] | pure | what she shares (nothing by default), the changes to send, and the worker's merged copy |
//! | [`engine`] | service | pairings kept in the vault, and the sync step: outbox first, then send, then read |
//! | [`client`] | network | the relay client: signed requests over HTTPS (reqwest, rustls on ring), retries with backoff |
//! | [`relay`] | server (feature `relay`) | the relay: storage behind a trait, SQLite by default, and the axum API |
//!
//! The relay stores only public keys, random channel ids and padded ciphertext. Every
//! request is signed by the device's Ed25519 key; the relay checks the signature, the
//! time, the nonce, the size and the key's membership of the channel before it reads or
//! writes anything.

pub mod client;
pub mod engine;
pub mod hlc;
pub mod keys;
pub mod protocol;
pub mod share;

#[cfg(feature = "relay")]
pub mod relay;
