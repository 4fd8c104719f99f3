//! The vault's schema version and its list of upgrades.
//!
//! The version is kept in SQLite's `user_version` as `major * 1000 + minor`. A minor
//! upgrade only adds; an older app may still open it. A vault from a newer *major*
//! version is refused, because this app cannot know what it would break.
//!
//! | version | change |
//! |---|---|
//! | 1.0 | `header` (the key header), `lockout` (failed-unlock counter), `records` (sealed records) |

use rusqlite::{Connection, TransactionBehavior};

use super::VaultError;

/// A schema version.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct SchemaVersion {
    /// Incompatible changes.
    pub major: u32,
    /// Additive changes.
    pub minor: u32,
}

impl SchemaVersion {
    fn encode(self) -> i64 {
        i64::from(self.major) * 1000 + i64::from(self.minor)
    }

    fn decode(v: i64) -> Self {
        let v = v.max(0);
        SchemaVersion {
            major: u32::try_from(v / 1000).unwrap_or(u32::MAX),
            minor: (v % 1000) as u32,
        }
    }
}

impl std::fmt::Display for SchemaVersion {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}.{}", self.major, self.minor)
    }
}

/// One upgrade step: the version it leads to, and the SQL that gets there.
#[derive(Debug)]
pub struct Migration {
    /// The version after this step.
    pub to: SchemaVersion,
    /// SQL run inside the step's transaction.
    pub sql: &'static str,
}

/// Every upgrade, oldest first.
pub const MIGRATIONS: &[Migration] = &[Migration {
    to: SchemaVersion { major: 1, minor: 0 },
    sql: "CREATE TABLE header (id INTEGER PRIMARY KEY CHECK (id = 1), bytes BLOB NOT NULL);
          CREATE TABLE lockout (id INTEGER PRIMARY KEY CHECK (id = 1),
                                failures INTEGER NOT NULL,
                                last_failure INTEGER NOT NULL);
          CREATE TABLE records (rid BLOB PRIMARY KEY NOT NULL,
                                tag BLOB NOT NULL,
                                body BLOB NOT NULL) WITHOUT ROWID;",
}];

/// The version this build writes.
pub fn current() -> SchemaVersion {
    MIGRATIONS
        .last()
        .map(|m| m.to)
        .unwrap_or(SchemaVersion { major: 0, minor: 0 })
}

/// Reads the stored version.
pub fn stored(conn: &Connection) -> Result<SchemaVersion, VaultError> {
    let v: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    Ok(SchemaVersion::decode(v))
}

/// Brings the schema up to date with [`MIGRATIONS`].
pub fn migrate(conn: &mut Connection) -> Result<SchemaVersion, VaultError> {
    migrate_with(conn, MIGRATIONS)
}

/// Brings the schema up to date with the given list. Each step runs in its own
/// transaction together with the version bump, so a crash leaves a whole step or none.
pub fn migrate_with(
    conn: &mut Connection,
    migrations: &[Migration],
) -> Result<SchemaVersion, VaultError> {
    let target = migrations
        .last()
        .map(|m| m.to)
        .unwrap_or(SchemaVersion { major: 0, minor: 0 });
    let found = stored(conn)?;
    if found.major > target.major {
        return Err(VaultError::NewerVersion {
            found: found.to_string(),
            supported: target.to_string(),
        });
    }
    let mut now = found;
    for m in migrations.iter().filter(|m| m.to > found) {
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        tx.execute_batch(m.sql)?;
        tx.pragma_update(None, "user_version", m.to.encode())?;
        tx.commit()?;
        now = m.to;
    }
    Ok(now)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fresh_database_reaches_current() {
        let mut c = Connection::open_in_memory().unwrap();
        assert_eq!(migrate(&mut c).unwrap(), current());
        assert_eq!(stored(&c).unwrap(), current());
        // Running again changes nothing.
        assert_eq!(migrate(&mut c).unwrap(), current());
    }

    #[test]
    fn upgrades_run_in_order_and_only_once() {
        let mut c = Connection::open_in_memory().unwrap();
        let v1 = &[Migration {
            to: SchemaVersion { major: 1, minor: 0 },
            sql: "CREATE TABLE t (x INTEGER);",
        }];
        migrate_with(&mut c, v1).unwrap();
        c.execute("INSERT INTO t VALUES (1)", []).unwrap();
        let v11 = &[
            v1[0].clone_static(),
            Migration {
                to: SchemaVersion { major: 1, minor: 1 },
                sql: "ALTER TABLE t ADD COLUMN y INTEGER DEFAULT 7;",
            },
        ];
        assert_eq!(
            migrate_with(&mut c, v11).unwrap(),
            SchemaVersion { major: 1, minor: 1 }
        );
        let y: i64 = c.query_row("SELECT y FROM t", [], |r| r.get(0)).unwrap();
        assert_eq!(y, 7);
    }

    #[test]
    fn failed_upgrade_leaves_nothing_half_done() {
        let mut c = Connection::open_in_memory().unwrap();
        let bad = &[Migration {
            to: SchemaVersion { major: 1, minor: 0 },
            sql: "CREATE TABLE ok (x INTEGER); THIS IS NOT SQL;",
        }];
        assert!(migrate_with(&mut c, bad).is_err());
        assert_eq!(stored(&c).unwrap(), SchemaVersion { major: 0, minor: 0 });
        let n: i64 = c
            .query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0))
            .unwrap();
        assert_eq!(n, 0);
    }

    #[test]
    fn newer_major_is_refused() {
        let mut c = Connection::open_in_memory().unwrap();
        c.pragma_update(None, "user_version", 2000).unwrap();
        let err = migrate(&mut c).unwrap_err();
        assert!(err.to_string().contains("newer"), "{err}");
    }

    impl Migration {
        fn clone_static(&self) -> Migration {
            Migration {
                to: self.to,
                sql: self.sql,
            }
        }
    }
}
