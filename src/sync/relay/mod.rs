//! The relay: a mailbox between her device and her worker's, which holds only public
//! keys, random ids and padded ciphertext.
//!
//! Storage sits behind [`store::RelayStore`], so a large charity can add PostgreSQL;
//! [`store::SqliteStore`] is the embedded default. [`server`] is the axum API of
//! `docs/sync-protocol.md`.

pub mod server;
pub mod store;
