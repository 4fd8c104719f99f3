//! What the relay keeps, behind a trait: invitations (id, inviter's key, expiry, the
//! channel once accepted), channels (id, members' keys), envelopes (channel, sequence,
//! sender's key, envelope id, padded ciphertext) and recently used nonces. Every write
//! is one transaction: nothing is half-written.

use std::path::Path;
use std::sync::Mutex;

use rusqlite::{params, Connection, OptionalExtension, TransactionBehavior};

/// A 16-byte random id (invitation, channel or envelope).
pub type Id = [u8; 16];
/// An Ed25519 public key.
pub type Key = [u8; 32];

/// One stored envelope.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stored {
    /// Its place in the channel, from 1.
    pub seq: i64,
    /// Who sent it.
    pub from: Key,
    /// Its id, chosen by the sender (a retry sends the same id).
    pub id: Id,
    /// The padded ciphertext.
    pub body: Vec<u8>,
}

/// Why the store refused.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// No such invitation or channel.
    #[error("not found")]
    NotFound,
    /// The invitation was already used.
    #[error("this invitation has already been used")]
    Used,
    /// The invitation has expired.
    #[error("this invitation has expired")]
    Expired,
    /// The id is taken.
    #[error("that id is already in use")]
    Exists,
    /// The database failed.
    #[error("the relay's database failed: {0}")]
    Sqlite(#[from] rusqlite::Error),
}

/// The relay's storage.
pub trait RelayStore: Send + Sync {
    /// Records an invitation by `owner`, valid until `expires` (Unix seconds).
    fn create_invitation(&self, id: Id, owner: Key, expires: i64) -> Result<(), StoreError>;
    /// Accepts an invitation at `now`: creates a channel with the owner and `member`,
    /// once. Returns the channel id.
    fn accept_invitation(
        &self,
        id: Id,
        member: Key,
        channel: Id,
        now: i64,
    ) -> Result<Id, StoreError>;
    /// The channel an invitation became, if it was accepted; only for its owner.
    fn invitation_channel(&self, id: Id, owner: Key) -> Result<Option<Id>, StoreError>;
    /// Whether `key` is a member of `channel`.
    fn is_member(&self, channel: Id, key: Key) -> Result<bool, StoreError>;
    /// Appends an envelope; the same envelope id again returns the first sequence
    /// number and stores nothing (retries are idempotent).
    fn append(&self, channel: Id, from: Key, id: Id, body: &[u8]) -> Result<i64, StoreError>;
    /// The envelopes after `after`, at most `limit`.
    fn list(&self, channel: Id, after: i64, limit: usize) -> Result<Vec<Stored>, StoreError>;
    /// Deletes a channel and everything in it.
    fn delete_channel(&self, channel: Id) -> Result<(), StoreError>;
    /// Records a nonce of `key` until `expires`; false if it was seen before. Old
    /// nonces (expired before `now`) are forgotten.
    fn use_nonce(&self, key: Key, nonce: &str, expires: i64, now: i64) -> Result<bool, StoreError>;
}

/// The embedded store: one SQLite file (WAL mode), or memory for tests.
pub struct SqliteStore {
    conn: Mutex<Connection>,
    /// When expired nonces were last forgotten (Unix seconds); done at most every 10 s.
    pruned: std::sync::atomic::AtomicI64,
}

const SCHEMA: &str = "
PRAGMA journal_mode = WAL;
PRAGMA synchronous = FULL;
PRAGMA secure_delete = ON;
PRAGMA foreign_keys = ON;
CREATE TABLE IF NOT EXISTS invitations (
    id BLOB PRIMARY KEY, owner BLOB NOT NULL, expires INTEGER NOT NULL, channel BLOB
);
CREATE TABLE IF NOT EXISTS channels (id BLOB PRIMARY KEY);
CREATE TABLE IF NOT EXISTS members (
    channel BLOB NOT NULL REFERENCES channels(id) ON DELETE CASCADE,
    key BLOB NOT NULL, PRIMARY KEY (channel, key)
);
CREATE TABLE IF NOT EXISTS envelopes (
    channel BLOB NOT NULL REFERENCES channels(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL, sender BLOB NOT NULL, id BLOB NOT NULL, body BLOB NOT NULL,
    PRIMARY KEY (channel, seq), UNIQUE (channel, id)
);
CREATE TABLE IF NOT EXISTS nonces (
    key BLOB NOT NULL, nonce TEXT NOT NULL, expires INTEGER NOT NULL,
    PRIMARY KEY (key, nonce)
);
CREATE INDEX IF NOT EXISTS nonces_expires ON nonces (expires);
";

fn id_of(v: Vec<u8>) -> Result<Id, rusqlite::Error> {
    v.try_into().map_err(|_| {
        rusqlite::Error::InvalidColumnType(0, "id".into(), rusqlite::types::Type::Blob)
    })
}

fn key_of(v: Vec<u8>) -> Result<Key, rusqlite::Error> {
    v.try_into().map_err(|_| {
        rusqlite::Error::InvalidColumnType(0, "key".into(), rusqlite::types::Type::Blob)
    })
}

impl SqliteStore {
    /// Opens (or creates) the store in a file.
    pub fn open(path: &Path) -> Result<SqliteStore, StoreError> {
        SqliteStore::over(Connection::open(path)?)
    }

    /// A store in memory (tests, benchmarks).
    pub fn in_memory() -> Result<SqliteStore, StoreError> {
        SqliteStore::over(Connection::open_in_memory()?)
    }

    fn over(conn: Connection) -> Result<SqliteStore, StoreError> {
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        conn.execute_batch(SCHEMA)?;
        Ok(SqliteStore {
            conn: Mutex::new(conn),
            pruned: std::sync::atomic::AtomicI64::new(i64::MIN),
        })
    }

    fn conn(&self) -> std::sync::MutexGuard<'_, Connection> {
        self.conn.lock().unwrap_or_else(|p| p.into_inner())
    }
}

impl RelayStore for SqliteStore {
    fn create_invitation(&self, id: Id, owner: Key, expires: i64) -> Result<(), StoreError> {
        let n = self.conn().execute(
            "INSERT OR IGNORE INTO invitations (id, owner, expires) VALUES (?1, ?2, ?3)",
            params![id.to_vec(), owner.to_vec(), expires],
        )?;
        if n == 0 {
            return Err(StoreError::Exists);
        }
        Ok(())
    }

    fn accept_invitation(
        &self,
        id: Id,
        member: Key,
        channel: Id,
        now: i64,
    ) -> Result<Id, StoreError> {
        let mut conn = self.conn();
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let row: Option<(Vec<u8>, i64, Option<Vec<u8>>)> = tx
            .query_row(
                "SELECT owner, expires, channel FROM invitations WHERE id = ?1",
                params![id.to_vec()],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()?;
        let Some((owner, expires, used)) = row else {
            return Err(StoreError::NotFound);
        };
        if used.is_some() {
            return Err(StoreError::Used);
        }
        if now > expires {
            return Err(StoreError::Expired);
        }
        if tx.execute(
            "INSERT OR IGNORE INTO channels (id) VALUES (?1)",
            params![channel.to_vec()],
        )? == 0
        {
            return Err(StoreError::Exists);
        }
        for key in [owner, member.to_vec()] {
            tx.execute(
                "INSERT OR IGNORE INTO members (channel, key) VALUES (?1, ?2)",
                params![channel.to_vec(), key],
            )?;
        }
        tx.execute(
            "UPDATE invitations SET channel = ?1 WHERE id = ?2",
            params![channel.to_vec(), id.to_vec()],
        )?;
        tx.commit()?;
        Ok(channel)
    }

    fn invitation_channel(&self, id: Id, owner: Key) -> Result<Option<Id>, StoreError> {
        let row: Option<Option<Vec<u8>>> = self
            .conn()
            .query_row(
                "SELECT channel FROM invitations WHERE id = ?1 AND owner = ?2",
                params![id.to_vec(), owner.to_vec()],
                |r| r.get(0),
            )
            .optional()?;
        match row {
            None => Err(StoreError::NotFound),
            Some(None) => Ok(None),
            Some(Some(c)) => Ok(Some(id_of(c)?)),
        }
    }

    fn is_member(&self, channel: Id, key: Key) -> Result<bool, StoreError> {
        Ok(self
            .conn()
            .query_row(
                "SELECT 1 FROM members WHERE channel = ?1 AND key = ?2",
                params![channel.to_vec(), key.to_vec()],
                |_| Ok(()),
            )
            .optional()?
            .is_some())
    }

    fn append(&self, channel: Id, from: Key, id: Id, body: &[u8]) -> Result<i64, StoreError> {
        let mut conn = self.conn();
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let existing: Option<i64> = tx
            .query_row(
                "SELECT seq FROM envelopes WHERE channel = ?1 AND id = ?2",
                params![channel.to_vec(), id.to_vec()],
                |r| r.get(0),
            )
            .optional()?;
        if let Some(seq) = existing {
            return Ok(seq);
        }
        let seq: i64 = tx.query_row(
            "SELECT COALESCE(MAX(seq), 0) + 1 FROM envelopes WHERE channel = ?1",
            params![channel.to_vec()],
            |r| r.get(0),
        )?;
        tx.execute(
            "INSERT INTO envelopes (channel, seq, sender, id, body) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![channel.to_vec(), seq, from.to_vec(), id.to_vec(), body],
        )?;
        tx.commit()?;
        Ok(seq)
    }

    fn list(&self, channel: Id, after: i64, limit: usize) -> Result<Vec<Stored>, StoreError> {
        let conn = self.conn();
        let mut stmt = conn.prepare_cached(
            "SELECT seq, sender, id, body FROM envelopes WHERE channel = ?1 AND seq > ?2 ORDER BY seq LIMIT ?3",
        )?;
        let rows = stmt.query_map(params![channel.to_vec(), after, limit as i64], |r| {
            Ok(Stored {
                seq: r.get(0)?,
                from: key_of(r.get(1)?)?,
                id: id_of(r.get(2)?)?,
                body: r.get(3)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    fn delete_channel(&self, channel: Id) -> Result<(), StoreError> {
        let mut conn = self.conn();
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        if tx.execute(
            "DELETE FROM channels WHERE id = ?1",
            params![channel.to_vec()],
        )? == 0
        {
            return Err(StoreError::NotFound);
        }
        tx.execute(
            "DELETE FROM invitations WHERE channel = ?1",
            params![channel.to_vec()],
        )?;
        tx.commit()?;
        // Deleted pages are overwritten (secure_delete); the log is emptied too.
        let _ = conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()));
        Ok(())
    }

    fn use_nonce(&self, key: Key, nonce: &str, expires: i64, now: i64) -> Result<bool, StoreError> {
        let conn = self.conn();
        let last = self.pruned.load(std::sync::atomic::Ordering::Relaxed);
        if now.saturating_sub(last) >= 10 {
            conn.execute("DELETE FROM nonces WHERE expires < ?1", params![now])?;
            self.pruned.store(now, std::sync::atomic::Ordering::Relaxed);
        }
        let n = conn.execute(
            "INSERT OR IGNORE INTO nonces (key, nonce, expires) VALUES (?1, ?2, ?3)",
            params![key.to_vec(), nonce, expires],
        )?;
        Ok(n == 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_invitation_makes_one_channel_once() {
        let s = SqliteStore::in_memory().unwrap();
        s.create_invitation([1; 16], [10; 32], 100).unwrap();
        assert!(matches!(
            s.create_invitation([1; 16], [10; 32], 100),
            Err(StoreError::Exists)
        ));
        assert_eq!(s.invitation_channel([1; 16], [10; 32]).unwrap(), None);
        assert!(matches!(
            s.accept_invitation([1; 16], [20; 32], [5; 16], 101),
            Err(StoreError::Expired)
        ));
        s.accept_invitation([1; 16], [20; 32], [5; 16], 50).unwrap();
        assert!(matches!(
            s.accept_invitation([1; 16], [30; 32], [6; 16], 50),
            Err(StoreError::Used)
        ));
        assert!(matches!(
            s.accept_invitation([2; 16], [30; 32], [6; 16], 50),
            Err(StoreError::NotFound)
        ));
        assert_eq!(
            s.invitation_channel([1; 16], [10; 32]).unwrap(),
            Some([5; 16])
        );
        assert!(matches!(
            s.invitation_channel([1; 16], [20; 32]),
            Err(StoreError::NotFound)
        ));
        assert!(s.is_member([5; 16], [10; 32]).unwrap());
        assert!(s.is_member([5; 16], [20; 32]).unwrap());
        assert!(!s.is_member([5; 16], [30; 32]).unwrap());
    }

    #[test]
    fn envelopes_are_kept_in_order_once_and_go_with_their_channel() {
        let s = SqliteStore::in_memory().unwrap();
        s.create_invitation([1; 16], [10; 32], 100).unwrap();
        s.accept_invitation([1; 16], [20; 32], [5; 16], 50).unwrap();
        assert_eq!(s.append([5; 16], [10; 32], [1; 16], b"a").unwrap(), 1);
        assert_eq!(s.append([5; 16], [20; 32], [2; 16], b"b").unwrap(), 2);
        assert_eq!(
            s.append([5; 16], [10; 32], [1; 16], b"a").unwrap(),
            1,
            "a retry"
        );
        let all = s.list([5; 16], 0, 10).unwrap();
        assert_eq!(all.len(), 2);
        assert_eq!(all[1].from, [20; 32]);
        assert_eq!(s.list([5; 16], 1, 10).unwrap().len(), 1);
        s.delete_channel([5; 16]).unwrap();
        assert!(s.list([5; 16], 0, 10).unwrap().is_empty());
        assert!(!s.is_member([5; 16], [10; 32]).unwrap());
        assert!(matches!(
            s.delete_channel([5; 16]),
            Err(StoreError::NotFound)
        ));
    }

    #[test]
    fn a_nonce_is_used_once_until_it_expires() {
        let s = SqliteStore::in_memory().unwrap();
        assert!(s.use_nonce([1; 32], "n", 10, 0).unwrap());
        assert!(!s.use_nonce([1; 32], "n", 10, 5).unwrap());
        assert!(s.use_nonce([2; 32], "n", 10, 5).unwrap(), "per key");
        assert!(
            s.use_nonce([1; 32], "n", 30, 11).unwrap(),
            "forgotten after expiry"
        );
    }
}
