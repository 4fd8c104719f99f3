//! The encrypted local store.
//!
//! A vault is one directory holding one SQLite database (`vault.db`, in WAL mode, with
//! its `-wal` and `-shm` files). Nothing readable is ever written to it: every record
//! is sealed on its own with AES-256-GCM before it reaches SQLite.
//!
//! - [`crypto`]: the KDF, key wrapping, subkeys and record sealing.
//! - [`header`]: the fixed-size key header with exactly two key slots.
//! - [`schema`]: the schema version and its upgrades.
//! - [`lockout`]: the growing delay after wrong passphrases.
//!
//! Records are opaque bytes to the vault; [`crate::diary`] gives them meaning. Every
//! write gets a fresh random record id, and each diary keeps an encrypted *manifest*
//! (a count and a keyed digest of its record ids), so a row that is removed, added,
//! swapped or rolled back on its own is noticed. `docs/security.md` has the design.

pub mod crypto;
pub mod header;
pub mod lockout;
pub mod schema;

use std::collections::HashMap;
use std::fmt;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use ring::rand::SystemRandom;
use rusqlite::{params, Connection, OptionalExtension, TransactionBehavior};
use zeroize::Zeroizing;

use crypto::{random_bytes, DiaryKeys, SecretKey, RID_LEN, SLOT_LEN};
pub use crypto::{KdfParams, Passphrase};
use header::{Header, SLOTS};
use lockout::Lockout;

/// The database file's name inside the vault directory.
pub const DB_FILE: &str = "vault.db";

/// Errors of the vault layer.
#[derive(Debug, thiserror::Error)]
pub enum VaultError {
    /// There is no vault in the directory.
    #[error("there is no vault in {}", dir.display())]
    NotFound {
        /// The directory looked in.
        dir: PathBuf,
    },
    /// `create` found a vault already.
    #[error("there is already a vault in {}", dir.display())]
    AlreadyExists {
        /// The directory.
        dir: PathBuf,
    },
    /// The passphrase did not open the vault. Nothing was changed but the counter.
    #[error("{}", wrong_passphrase_text(*failures, *wait))]
    WrongPassphrase {
        /// Consecutive failures so far.
        failures: u32,
        /// How long to wait before the next try.
        wait: Duration,
    },
    /// Too many wrong passphrases: wait before trying again.
    #[error("too many wrong passphrases: try again in {}", human_wait(*wait))]
    LockedOut {
        /// How long is left to wait.
        wait: Duration,
    },
    /// A new passphrase is too short.
    #[error("the passphrase must be at least {min_chars} characters long")]
    WeakPassphrase {
        /// The minimum.
        min_chars: usize,
    },
    /// The two passphrases of a vault must differ.
    #[error("the duress passphrase must be different from the passphrase")]
    DuressSameAsPassphrase,
    /// The new passphrase cannot be used.
    #[error("that passphrase cannot be used here: choose a different one")]
    PassphraseNotUsable,
    /// KDF parameters below the floor.
    #[error("key derivation with {iterations} iterations is too weak (at least {minimum})")]
    KdfTooWeak {
        /// Requested iterations.
        iterations: u32,
        /// The floor.
        minimum: u32,
    },
    /// The key header is damaged.
    #[error("the vault is damaged: {why}")]
    HeaderDamaged {
        /// What is wrong.
        why: &'static str,
    },
    /// The diary's list of records is damaged or does not match the records; writing is
    /// refused until she chooses to repair it.
    #[error("the vault is damaged: {}", problem_list(problems))]
    Damaged {
        /// What was found.
        problems: Vec<RecordProblem>,
    },
    /// The vault was made by a newer, incompatible version of the app.
    #[error("this vault was made by a newer version of Goldthread (format {found}; this app reads up to {supported}). Update the app to open it")]
    NewerVersion {
        /// The stored version.
        found: String,
        /// What this build supports.
        supported: String,
    },
    /// Another window or process changed the diary since it was opened here; nothing
    /// was written.
    #[error("the diary was changed somewhere else since it was opened here: open it again")]
    Stale,
    /// A change named a record that is not in this diary.
    #[error("there is no record {rid} in this diary")]
    UnknownRecord {
        /// The record id.
        rid: RecordId,
    },
    /// The operating system's random source failed.
    #[error("the system's random number source failed")]
    Random,
    /// A cryptographic operation failed unexpectedly.
    #[error("a cryptographic operation failed")]
    Crypto,
    /// The database refused an operation.
    #[error("the vault database failed: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// A file operation failed.
    #[error("could not use {}: {source}", path.display())]
    Io {
        /// The path.
        path: PathBuf,
        /// The cause.
        #[source]
        source: std::io::Error,
    },
}

fn wrong_passphrase_text(failures: u32, wait: Duration) -> String {
    if wait.is_zero() {
        "that passphrase is not right".to_string()
    } else {
        format!(
            "that passphrase is not right ({failures} wrong tries): wait {} before trying again",
            human_wait(wait)
        )
    }
}

/// A wait written for a person: "30 seconds", "2 minutes", "1 hour 4 minutes".
pub fn human_wait(d: Duration) -> String {
    let s = d.as_secs() + u64::from(d.subsec_nanos() > 0);
    let plural = |n: u64, unit: &str| format!("{n} {unit}{}", if n == 1 { "" } else { "s" });
    if s < 60 {
        plural(s, "second")
    } else if s < 3600 {
        plural(s.div_ceil(60), "minute")
    } else {
        let m = s.div_ceil(60);
        let (h, m) = (m / 60, m % 60);
        if m == 0 {
            plural(h, "hour")
        } else {
            format!("{} {}", plural(h, "hour"), plural(m, "minute"))
        }
    }
}

fn problem_list(problems: &[RecordProblem]) -> String {
    problems
        .iter()
        .map(|p| p.to_string())
        .collect::<Vec<_>>()
        .join("; ")
}

/// The opaque, random id of one stored record. A new one is made on every write.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct RecordId(pub [u8; RID_LEN]);

impl fmt::Display for RecordId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&hex::encode(self.0))
    }
}

impl fmt::Debug for RecordId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "RecordId({self})")
    }
}

/// What a record holds. The kind is sealed inside the record and bound by its AEAD.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct RecordKind(pub u8);

impl RecordKind {
    /// Plan-wide values: time zone, home, `as_of`, unknown fields.
    pub const PLAN: RecordKind = RecordKind(1);
    /// One appointment.
    pub const APPOINTMENT: RecordKind = RecordKind(2);
    /// One condition.
    pub const CONDITION: RecordKind = RecordKind(3);
    /// The pregnancy.
    pub const PREGNANCY: RecordKind = RecordKind(4);
    /// One setting.
    pub const SETTING: RecordKind = RecordKind(5);
    /// The diary's manifest, kept by the vault itself.
    pub const MANIFEST: RecordKind = RecordKind(255);
}

/// A record read back from the vault.
pub struct Record {
    /// Its id.
    pub rid: RecordId,
    /// Its kind.
    pub kind: RecordKind,
    /// Its plaintext, zeroized on drop.
    pub body: Zeroizing<Vec<u8>>,
}

impl fmt::Debug for Record {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Record")
            .field("rid", &self.rid)
            .field("kind", &self.kind)
            .field("body", &format_args!("[{} bytes]", self.body.len()))
            .finish()
    }
}

/// Something wrong with a stored record.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum RecordProblem {
    /// The record failed authentication: it was altered or damaged.
    #[error("record {rid} is damaged or was altered, so it cannot be read")]
    Damaged {
        /// The record's id.
        rid: RecordId,
    },
    /// The manifest itself failed authentication.
    #[error("the list of records is damaged or was altered")]
    ManifestDamaged,
    /// No manifest was found.
    #[error("the list of records is missing")]
    ManifestMissing,
    /// The records present do not match the manifest.
    #[error("records were removed, added or replaced outside the app (expected {expected}, found {found})")]
    ManifestMismatch {
        /// How many records the manifest lists.
        expected: u64,
        /// How many were found.
        found: u64,
    },
}

/// Everything one diary holds, with what could not be read.
#[derive(Debug, Default)]
pub struct Snapshot {
    /// The records that opened, in a stable order (by kind, then id).
    pub records: Vec<Record>,
    /// What is wrong. The records above are still good.
    pub problems: Vec<RecordProblem>,
}

/// One change in a write.
pub enum Change {
    /// Store a record, replacing an older one if given.
    Put {
        /// The record this one replaces, if any.
        replaces: Option<RecordId>,
        /// Its kind.
        kind: RecordKind,
        /// Its plaintext.
        body: Zeroizing<Vec<u8>>,
    },
    /// Remove a record.
    Delete(RecordId),
}

#[derive(Clone, Copy)]
struct Manifest {
    rid: Option<RecordId>,
    count: u64,
    digest: [u8; 32],
    flags: u8,
}

/// Manifest body length: count (8), digest (32), flags (1), reserved (7).
const MANIFEST_LEN: usize = 48;

impl Manifest {
    fn encode(&self) -> Zeroizing<Vec<u8>> {
        let mut b = Zeroizing::new(vec![0u8; MANIFEST_LEN]);
        b[..8].copy_from_slice(&self.count.to_be_bytes());
        b[8..40].copy_from_slice(&self.digest);
        b[40] = self.flags;
        b
    }

    fn decode(rid: RecordId, b: &[u8]) -> Option<Manifest> {
        if b.len() != MANIFEST_LEN {
            return None;
        }
        let mut count = [0u8; 8];
        count.copy_from_slice(&b[..8]);
        let mut digest = [0u8; 32];
        digest.copy_from_slice(&b[8..40]);
        Some(Manifest {
            rid: Some(rid),
            count: u64::from_be_bytes(count),
            digest,
            flags: b[40],
        })
    }
}

fn xor_into(acc: &mut [u8; 32], term: &[u8; 32]) {
    for (a, t) in acc.iter_mut().zip(term) {
        *a ^= t;
    }
}

/// An unlocked diary in a vault directory.
pub struct Vault {
    conn: Connection,
    dir: PathBuf,
    header: Header,
    /// The key slot that opened.
    slot: usize,
    keys: DiaryKeys,
    rng: SystemRandom,
    /// Our records (not the manifest), by id.
    index: HashMap<RecordId, RecordKind>,
    manifest: Manifest,
    problems: Vec<RecordProblem>,
}

impl fmt::Debug for Vault {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Vault")
            .field("dir", &self.dir)
            .field("records", &self.index.len())
            .finish_non_exhaustive()
    }
}

fn now_unix(now: SystemTime) -> i64 {
    match now.duration_since(UNIX_EPOCH) {
        Ok(d) => i64::try_from(d.as_secs()).unwrap_or(i64::MAX),
        Err(e) => -i64::try_from(e.duration().as_secs()).unwrap_or(i64::MAX),
    }
}

fn io_err(path: &Path) -> impl FnOnce(std::io::Error) -> VaultError + '_ {
    move |source| VaultError::Io {
        path: path.to_path_buf(),
        source,
    }
}

fn configure(conn: &Connection) -> Result<(), VaultError> {
    conn.busy_timeout(Duration::from_secs(5))?;
    conn.pragma_update(None, "secure_delete", "ON")?;
    conn.pragma_update(None, "temp_store", "MEMORY")?;
    conn.pragma_update(None, "synchronous", "FULL")?;
    Ok(())
}

#[cfg(unix)]
fn restrict(path: &Path, mode: u32) -> Result<(), VaultError> {
    use std::os::unix::fs::PermissionsExt;
    fs::set_permissions(path, fs::Permissions::from_mode(mode)).map_err(io_err(path))
}

#[cfg(not(unix))]
fn restrict(_path: &Path, _mode: u32) -> Result<(), VaultError> {
    Ok(())
}

fn sync_dir(dir: &Path) -> Result<(), VaultError> {
    #[cfg(unix)]
    {
        fs::File::open(dir)
            .and_then(|d| d.sync_all())
            .map_err(io_err(dir))?;
    }
    #[cfg(not(unix))]
    let _ = dir;
    Ok(())
}

/// Whether a vault exists in `dir`.
pub fn exists(dir: &Path) -> bool {
    dir.join(DB_FILE).is_file()
}

impl Vault {
    /// Creates a vault in `dir` and returns it unlocked with `pass`. With `duress`, a
    /// second, decoy diary opens with that passphrase. The directory is created if
    /// needed; the database is built under a temporary name and renamed into place, so
    /// a crash leaves either a whole vault or none.
    pub fn create(
        dir: &Path,
        pass: &Passphrase,
        duress: Option<&Passphrase>,
        kdf: KdfParams,
    ) -> Result<Vault, VaultError> {
        pass.check_new()?;
        if let Some(d) = duress {
            d.check_new()?;
            if d == pass {
                return Err(VaultError::DuressSameAsPassphrase);
            }
        }
        let kdf = KdfParams::pbkdf2(kdf.iterations)?;
        if exists(dir) {
            return Err(VaultError::AlreadyExists {
                dir: dir.to_path_buf(),
            });
        }
        fs::create_dir_all(dir).map_err(io_err(dir))?;
        restrict(dir, 0o700)?;
        let rng = SystemRandom::new();
        let tmp = dir.join(format!("{DB_FILE}.new"));
        let _ = fs::remove_file(&tmp);
        let _ = fs::remove_file(dir.join(format!("{DB_FILE}.new-journal")));

        let mut header = Header {
            vault_id: random_bytes(&rng)?,
            kdf,
            salt: random_bytes(&rng)?,
            slots: [[0u8; SLOT_LEN]; SLOTS],
        };
        // Which slot is the real one is chosen at random, so the slot that opens says
        // nothing about whether the other is in use.
        let real = usize::from(random_bytes::<1>(&rng)?[0] & 1);
        let other = 1 - real;
        let real_key = SecretKey::random(&rng)?;
        let kek = SecretKey::derive(pass, &header.salt, kdf)?;
        header.slots[real] = kek.wrap(&rng, &real_key, &header.slot_aad(real))?;
        let decoy_key = match duress {
            Some(d) => {
                let key = SecretKey::random(&rng)?;
                let dkek = SecretKey::derive(d, &header.salt, kdf)?;
                header.slots[other] = dkek.wrap(&rng, &key, &header.slot_aad(other))?;
                Some(key)
            }
            None => {
                header.slots[other] = random_bytes(&rng)?;
                None
            }
        };

        {
            let mut conn = Connection::open(&tmp)?;
            restrict(&tmp, 0o600)?;
            conn.pragma_update(None, "secure_delete", "ON")?;
            schema::migrate(&mut conn)?;
            let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
            tx.execute(
                "INSERT INTO header (id, bytes) VALUES (1, ?1)",
                params![header.to_bytes()],
            )?;
            tx.execute(
                "INSERT INTO lockout (id, failures, last_failure) VALUES (1, 0, 0)",
                [],
            )?;
            let real_keys = DiaryKeys::expand(real_key.clone(), &header.vault_id)?;
            // Both diaries start with a manifest row; without a duress diary, a row of
            // random bytes of the same size stands in its place.
            let rows = [
                Some((real_keys, 0)),
                match decoy_key {
                    Some(k) => Some((DiaryKeys::expand(k, &header.vault_id)?, 0)),
                    None => None,
                },
            ];
            for row in rows {
                match row {
                    Some((keys, flags)) => {
                        let m = Manifest {
                            rid: None,
                            count: 0,
                            digest: [0u8; 32],
                            flags,
                        };
                        insert_manifest(&keys, &rng, &header.vault_id, &tx, &m)?;
                    }
                    None => insert_filler(&rng, &tx)?,
                }
            }
            tx.commit()?;
            conn.close().map_err(|(_, e)| VaultError::Sqlite(e))?;
        }
        fs::File::open(&tmp)
            .and_then(|f| f.sync_all())
            .map_err(io_err(&tmp))?;
        let path = dir.join(DB_FILE);
        fs::rename(&tmp, &path).map_err(io_err(&path))?;
        sync_dir(dir)?;
        Self::open_with(dir, |_, _| Ok((real_key, real)))
    }

    /// Unlocks the vault in `dir` with a passphrase, at the current time.
    pub fn unlock(dir: &Path, pass: &Passphrase) -> Result<Vault, VaultError> {
        Self::unlock_at(dir, pass, SystemTime::now())
    }

    /// Unlocks the vault in `dir` with a passphrase, with `now` as the time for the
    /// lock-out delay. A wrong passphrase changes nothing but the failure counter.
    pub fn unlock_at(dir: &Path, pass: &Passphrase, now: SystemTime) -> Result<Vault, VaultError> {
        let now = now_unix(now);
        Self::open_with(dir, |conn, header| {
            let lock = read_lockout(conn)?;
            let wait = lock.remaining(now);
            if !wait.is_zero() {
                return Err(VaultError::LockedOut { wait });
            }
            let kek = SecretKey::derive(pass, &header.salt, header.kdf)?;
            // Try both slots every time, so timing does not say which one opened.
            let opened: Vec<Option<SecretKey>> = (0..SLOTS)
                .map(|i| kek.unwrap_slot(&header.slots[i], &header.slot_aad(i)))
                .collect();
            let found = opened
                .into_iter()
                .enumerate()
                .find_map(|(i, k)| k.map(|k| (k, i)));
            match found {
                Some(opened) => {
                    if lock.failures > 0 {
                        write_lockout(conn, Lockout::default())?;
                    }
                    Ok(opened)
                }
                None => {
                    let failures = record_failure(conn, now)?;
                    Err(VaultError::WrongPassphrase {
                        failures,
                        wait: lockout::delay_after(failures),
                    })
                }
            }
        })
    }

    /// How long the lock-out delay still has to run in `dir` at `now`, without trying a
    /// passphrase. The app shows it calmly on the unlock screen.
    pub fn lockout_remaining(dir: &Path, now: SystemTime) -> Result<Duration, VaultError> {
        let conn = open_existing(dir)?;
        Ok(read_lockout(&conn)?.remaining(now_unix(now)))
    }

    fn open_with(
        dir: &Path,
        key_for: impl FnOnce(&Connection, &Header) -> Result<(SecretKey, usize), VaultError>,
    ) -> Result<Vault, VaultError> {
        let mut conn = open_existing(dir)?;
        let found = schema::stored(&conn)?;
        if found.major > schema::current().major {
            return Err(VaultError::NewerVersion {
                found: found.to_string(),
                supported: schema::current().to_string(),
            });
        }
        schema::migrate(&mut conn)?;
        let bytes: Option<Vec<u8>> = conn
            .query_row("SELECT bytes FROM header WHERE id = 1", [], |r| r.get(0))
            .optional()?;
        let header = Header::from_bytes(&bytes.ok_or(VaultError::HeaderDamaged {
            why: "the key header is missing",
        })?)?;
        let (data_key, slot) = key_for(&conn, &header)?;
        let keys = DiaryKeys::expand(data_key, &header.vault_id)?;
        let mut vault = Vault {
            conn,
            dir: dir.to_path_buf(),
            header,
            slot,
            keys,
            rng: SystemRandom::new(),
            index: HashMap::new(),
            manifest: Manifest {
                rid: None,
                count: 0,
                digest: [0; 32],
                flags: 0,
            },
            problems: Vec::new(),
        };
        vault.load_index()?;
        Ok(vault)
    }

    /// Finds this diary's rows and checks them against its manifest.
    fn load_index(&mut self) -> Result<(), VaultError> {
        let mut index = HashMap::new();
        let mut manifests = Vec::new();
        for (rid, kind) in self.our_rows()? {
            if kind == RecordKind::MANIFEST {
                manifests.push(rid);
            } else {
                index.insert(rid, kind);
            }
        }
        let mut problems = Vec::new();
        let mut manifest = None;
        match manifests.as_slice() {
            [] => problems.push(RecordProblem::ManifestMissing),
            [rid] => {
                let body: Vec<u8> = self.conn.query_row(
                    "SELECT body FROM records WHERE rid = ?1",
                    params![rid.0.to_vec()],
                    |r| r.get(0),
                )?;
                manifest = self
                    .keys
                    .open(&self.header.vault_id, &rid.0, RecordKind::MANIFEST.0, &body)
                    .and_then(|plain| Manifest::decode(*rid, &plain));
                if manifest.is_none() {
                    problems.push(RecordProblem::ManifestDamaged);
                }
            }
            _ => problems.push(RecordProblem::ManifestDamaged),
        }
        let mut digest = [0u8; 32];
        for rid in index.keys() {
            xor_into(&mut digest, &self.keys.manifest_term(&rid.0));
        }
        if let Some(m) = manifest {
            let found = index.len() as u64;
            if m.count != found || m.digest != digest {
                problems.push(RecordProblem::ManifestMismatch {
                    expected: m.count,
                    found,
                });
            }
        }
        self.manifest = manifest.unwrap_or(Manifest {
            rid: manifests.first().copied(),
            count: index.len() as u64,
            digest,
            flags: 0,
        });
        self.index = index;
        self.problems = problems;
        Ok(())
    }

    /// Scans the records again and re-checks the manifest, as unlocking does after the
    /// key is found. Useful after another process has written, and for benchmarks.
    pub fn reload(&mut self) -> Result<(), VaultError> {
        self.load_index()
    }

    /// The vault directory.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// How many records this diary holds.
    pub fn len(&self) -> usize {
        self.index.len()
    }

    /// Whether this diary holds no records.
    pub fn is_empty(&self) -> bool {
        self.index.is_empty()
    }

    /// Reads and opens every record of this diary. A record that fails authentication
    /// is listed in [`Snapshot::problems`] by id; the others still read.
    pub fn read_all(&self) -> Result<Snapshot, VaultError> {
        let mut snap = Snapshot {
            records: Vec::with_capacity(self.index.len()),
            problems: self.problems.clone(),
        };
        let mut stmt = self.conn.prepare_cached("SELECT rid, body FROM records")?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            let rid: Vec<u8> = row.get(0)?;
            let Ok(rid) = <[u8; RID_LEN]>::try_from(rid.as_slice()) else {
                continue;
            };
            let rid = RecordId(rid);
            let Some(&kind) = self.index.get(&rid) else {
                continue;
            };
            let body: Vec<u8> = row.get(1)?;
            match self.keys.open(&self.header.vault_id, &rid.0, kind.0, &body) {
                Some(plain) => snap.records.push(Record {
                    rid,
                    kind,
                    body: plain,
                }),
                None => snap.problems.push(RecordProblem::Damaged { rid }),
            }
        }
        snap.records.sort_by_key(|r| (r.kind, r.rid));
        Ok(snap)
    }

    /// Applies changes in one durable transaction: all of them, or none. Returns the
    /// ids of the new records, in the order of the `Put`s.
    ///
    /// A damaged record does not stop her writing others (it stays reported until
    /// [`Vault::repair`]); a damaged or mismatched manifest does, because writing would
    /// hide the damage.
    pub fn apply(&mut self, changes: Vec<Change>) -> Result<Vec<RecordId>, VaultError> {
        if !self.problems.is_empty() {
            return Err(VaultError::Damaged {
                problems: self.problems.clone(),
            });
        }
        let mut index = self.index.clone();
        let mut manifest = self.manifest;
        let mut new_ids = Vec::new();
        let vault_id = self.header.vault_id;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        {
            let mut delete = tx.prepare_cached("DELETE FROM records WHERE rid = ?1")?;
            let mut insert =
                tx.prepare_cached("INSERT INTO records (rid, tag, body) VALUES (?1, ?2, ?3)")?;
            let mut remove = |rid: RecordId,
                              index: &mut HashMap<RecordId, RecordKind>,
                              manifest: &mut Manifest|
             -> Result<(), VaultError> {
                if index.remove(&rid).is_none() {
                    return Err(VaultError::UnknownRecord { rid });
                }
                if delete.execute(params![rid.0.to_vec()])? != 1 {
                    return Err(VaultError::Stale);
                }
                xor_into(&mut manifest.digest, &self.keys.manifest_term(&rid.0));
                manifest.count -= 1;
                Ok(())
            };
            for change in changes {
                match change {
                    Change::Delete(rid) => remove(rid, &mut index, &mut manifest)?,
                    Change::Put {
                        replaces,
                        kind,
                        body,
                    } => {
                        if kind == RecordKind::MANIFEST {
                            return Err(VaultError::Crypto);
                        }
                        if let Some(old) = replaces {
                            remove(old, &mut index, &mut manifest)?;
                        }
                        let rid = RecordId(random_bytes(&self.rng)?);
                        let sealed = self
                            .keys
                            .seal(&self.rng, &vault_id, &rid.0, kind.0, &body)?;
                        insert.execute(params![
                            rid.0.to_vec(),
                            self.keys.tag(&rid.0, kind.0).to_vec(),
                            sealed
                        ])?;
                        index.insert(rid, kind);
                        xor_into(&mut manifest.digest, &self.keys.manifest_term(&rid.0));
                        manifest.count += 1;
                        new_ids.push(rid);
                    }
                }
            }
            // The manifest this window read must still be there: if another window
            // wrote meanwhile, it is gone, and writing now would leave two.
            if let Some(old) = manifest.rid {
                if delete.execute(params![old.0.to_vec()])? != 1 {
                    return Err(VaultError::Stale);
                }
            }
            manifest.rid = Some(insert_manifest(
                &self.keys,
                &self.rng,
                &self.header.vault_id,
                &tx,
                &manifest,
            )?);
        }
        tx.commit()?;
        self.index = index;
        self.manifest = manifest;
        Ok(new_ids)
    }

    /// Drops the records that cannot be read and accepts the rest as the diary, so that
    /// writing works again. Returns what was dropped. Use it only after the user has
    /// seen the problems.
    pub fn repair(&mut self) -> Result<Vec<RecordProblem>, VaultError> {
        let snap = self.read_all()?;
        let dropped = snap.problems.clone();
        let damaged: Vec<RecordId> = snap
            .problems
            .iter()
            .filter_map(|p| match p {
                RecordProblem::Damaged { rid } => Some(*rid),
                _ => None,
            })
            .collect();
        let mut index = self.index.clone();
        for rid in &damaged {
            index.remove(rid);
        }
        let mut manifest = Manifest {
            rid: None,
            count: index.len() as u64,
            digest: [0u8; 32],
            flags: self.manifest.flags,
        };
        for rid in index.keys() {
            xor_into(&mut manifest.digest, &self.keys.manifest_term(&rid.0));
        }
        // Every manifest row of this diary goes, however many there are, and the new
        // one is written in the same transaction as the deletions.
        let old_manifests = self.rows_of_kind(RecordKind::MANIFEST)?;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        for rid in damaged.iter().chain(&old_manifests) {
            tx.execute(
                "DELETE FROM records WHERE rid = ?1",
                params![rid.0.to_vec()],
            )?;
        }
        manifest.rid = Some(insert_manifest(
            &self.keys,
            &self.rng,
            &self.header.vault_id,
            &tx,
            &manifest,
        )?);
        tx.commit()?;
        self.index = index;
        self.manifest = manifest;
        self.problems.clear();
        Ok(dropped)
    }

    /// The ids of this diary's rows of one kind, read from the file.
    fn rows_of_kind(&self, kind: RecordKind) -> Result<Vec<RecordId>, VaultError> {
        Ok(self
            .our_rows()?
            .into_iter()
            .filter(|(_, k)| *k == kind)
            .map(|(rid, _)| rid)
            .collect())
    }

    /// Every row of this diary (its tag verifies under our key), with its kind.
    /// Rows of the other slot's diary, and filler, are passed over.
    fn our_rows(&self) -> Result<Vec<(RecordId, RecordKind)>, VaultError> {
        let mut out = Vec::new();
        let mut stmt = self.conn.prepare("SELECT rid, tag FROM records")?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            let rid: Vec<u8> = row.get(0)?;
            let tag: Vec<u8> = row.get(1)?;
            let Ok(rid) = <[u8; RID_LEN]>::try_from(rid.as_slice()) else {
                continue;
            };
            if let Some(kind) = self.keys.read_tag(&rid, &tag) {
                out.push((RecordId(rid), RecordKind(kind)));
            }
        }
        Ok(out)
    }

    /// Changes the passphrase of the diary that is open. Only its key slot is re-wrapped,
    /// atomically; no record is re-encrypted and the other slot is not touched.
    pub fn change_passphrase(&mut self, new: &Passphrase) -> Result<(), VaultError> {
        self.change_passphrase_at(new, SystemTime::now())
    }

    /// [`Vault::change_passphrase`] at a given time. A new passphrase that already
    /// opens a slot is refused, and the refusal counts as a wrong try under the
    /// lock-out delay: otherwise someone holding the decoy diary open could test
    /// guesses at the other passphrase here, faster than at the unlock screen.
    pub fn change_passphrase_at(
        &mut self,
        new: &Passphrase,
        now: SystemTime,
    ) -> Result<(), VaultError> {
        new.check_new()?;
        let kek = self.unused_passphrase_key(new, now)?;
        let slot = self.slot;
        let mut header = self.header.clone();
        header.slots[slot] = kek.wrap(&self.rng, self.keys.data_key(), &header.slot_aad(slot))?;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        write_header(&tx, &self.header, &header)?;
        tx.commit()?;
        self.header = header;
        self.checkpoint()
    }

    /// Sets, replaces or (with `None`) removes the duress passphrase: the one that opens
    /// the other key slot, with a second diary of its own.
    ///
    /// The other diary is started afresh: a new random key goes in the other slot, and
    /// every row that is not this diary's (the old other diary's records, or the filler
    /// row) is replaced by the new diary's empty manifest. Without a duress passphrase,
    /// the slot gets random bytes and a filler row stands in, as at creation, so the
    /// file looks the same either way. All of it is one transaction, which first checks
    /// that no other window changed the header since this one read it.
    ///
    /// From inside the decoy diary, this deletes the real one. The vault cannot tell
    /// which diary is which, by design; `docs/security.md` says so. A passphrase that
    /// already opens a slot is refused and counted as a wrong try, as in
    /// [`Vault::change_passphrase_at`].
    pub fn set_duress_at(
        &mut self,
        duress: Option<&Passphrase>,
        now: SystemTime,
    ) -> Result<(), VaultError> {
        let other = 1 - self.slot;
        let mut header = self.header.clone();
        let decoy = match duress {
            Some(d) => {
                d.check_new()?;
                let kek = self.unused_passphrase_key(d, now)?;
                let key = SecretKey::random(&self.rng)?;
                header.slots[other] = kek.wrap(&self.rng, &key, &header.slot_aad(other))?;
                Some(DiaryKeys::expand(key, &header.vault_id)?)
            }
            None => {
                let wait = read_lockout(&self.conn)?.remaining(now_unix(now));
                if !wait.is_zero() {
                    return Err(VaultError::LockedOut { wait });
                }
                header.slots[other] = random_bytes(&self.rng)?;
                None
            }
        };
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        write_header(&tx, &self.header, &header)?;
        // Every row whose tag does not verify under this diary's key goes: the other
        // diary's, or the filler. Read inside the transaction, so nothing written by
        // another window in between survives as an orphan.
        let theirs: Vec<Vec<u8>> = {
            let mut stmt = tx.prepare("SELECT rid, tag FROM records")?;
            let rows = stmt.query_map([], |r| {
                Ok((r.get::<_, Vec<u8>>(0)?, r.get::<_, Vec<u8>>(1)?))
            })?;
            let mut out = Vec::new();
            for row in rows {
                let (rid, tag) = row?;
                let ours = <[u8; RID_LEN]>::try_from(rid.as_slice())
                    .ok()
                    .and_then(|r| self.keys.read_tag(&r, &tag))
                    .is_some();
                if !ours {
                    out.push(rid);
                }
            }
            out
        };
        for rid in &theirs {
            tx.execute("DELETE FROM records WHERE rid = ?1", params![rid])?;
        }
        match decoy {
            Some(keys) => {
                let m = Manifest {
                    rid: None,
                    count: 0,
                    digest: [0u8; 32],
                    flags: 0,
                };
                insert_manifest(&keys, &self.rng, &header.vault_id, &tx, &m)?;
            }
            None => insert_filler(&self.rng, &tx)?,
        }
        tx.commit()?;
        self.header = header;
        self.checkpoint()
    }

    /// The key a new passphrase derives, once it is known not to open either slot. A
    /// passphrase that does is refused and counted as a wrong try; so is any try while
    /// the lock-out delay runs.
    fn unused_passphrase_key(
        &self,
        pass: &Passphrase,
        now: SystemTime,
    ) -> Result<SecretKey, VaultError> {
        let now = now_unix(now);
        let wait = read_lockout(&self.conn)?.remaining(now);
        if !wait.is_zero() {
            return Err(VaultError::LockedOut { wait });
        }
        let kek = SecretKey::derive(pass, &self.header.salt, self.header.kdf)?;
        if (0..SLOTS).any(|i| {
            kek.unwrap_slot(&self.header.slots[i], &self.header.slot_aad(i))
                .is_some()
        }) {
            record_failure(&self.conn, now)?;
            return Err(VaultError::PassphraseNotUsable);
        }
        Ok(kek)
    }

    /// Moves what the write-ahead log holds into the database and empties the log, so
    /// that old key slots and deleted rows do not linger in `vault.db-wal`.
    fn checkpoint(&self) -> Result<(), VaultError> {
        self.conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        Ok(())
    }

    /// Destroys the key material, then deletes the files. The key header's slots and
    /// salt are overwritten with random bytes and that is made durable first, so even a
    /// crash part-way through leaves nothing anyone can open, with any passphrase.
    pub fn wipe(self) -> Result<(), VaultError> {
        let dir = self.dir.clone();
        self.destroy_keys()?;
        delete_files(&dir)
    }

    /// The first half of [`Vault::wipe`]: the key material is destroyed and every record
    /// is erased, but the files remain.
    pub fn destroy_keys(mut self) -> Result<PathBuf, VaultError> {
        let mut header = self.header.clone();
        header.salt = random_bytes(&self.rng)?;
        for slot in header.slots.iter_mut() {
            *slot = random_bytes(&self.rng)?;
        }
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        tx.execute(
            "UPDATE header SET bytes = ?1 WHERE id = 1",
            params![header.to_bytes()],
        )?;
        tx.execute("DELETE FROM records", [])?;
        tx.commit()?;
        self.conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        self.conn.execute_batch("VACUUM")?;
        let dir = self.dir.clone();
        self.conn.close().map_err(|(_, e)| VaultError::Sqlite(e))?;
        Ok(dir)
    }
}

/// Replaces the key header inside a transaction, if it is still the one this window
/// read (`expected`); if another window changed it meanwhile, nothing is written.
fn write_header(
    tx: &rusqlite::Transaction<'_>,
    expected: &Header,
    header: &Header,
) -> Result<(), VaultError> {
    let stored: Option<Vec<u8>> = tx
        .query_row("SELECT bytes FROM header WHERE id = 1", [], |r| r.get(0))
        .optional()?;
    match stored {
        None => Err(VaultError::HeaderDamaged {
            why: "the key header is missing",
        }),
        Some(bytes) if bytes != expected.to_bytes() => Err(VaultError::Stale),
        Some(_) => {
            tx.execute(
                "UPDATE header SET bytes = ?1 WHERE id = 1",
                params![header.to_bytes()],
            )?;
            Ok(())
        }
    }
}

/// Inserts a filler row: random bytes the size of a sealed manifest, under a random id
/// and tag. It stands in for the other diary's manifest when there is no other diary.
fn insert_filler(rng: &SystemRandom, tx: &rusqlite::Transaction<'_>) -> Result<(), VaultError> {
    let mut body = vec![crypto::RECORD_FORMAT];
    body.extend_from_slice(&random_bytes::<{ 12 + MANIFEST_LEN + 16 }>(rng)?);
    tx.execute(
        "INSERT INTO records (rid, tag, body) VALUES (?1, ?2, ?3)",
        params![
            random_bytes::<RID_LEN>(rng)?.to_vec(),
            random_bytes::<RID_LEN>(rng)?.to_vec(),
            body
        ],
    )?;
    Ok(())
}

/// Seals and inserts a manifest row; returns its id.
fn insert_manifest(
    keys: &DiaryKeys,
    rng: &SystemRandom,
    vault_id: &[u8],
    tx: &rusqlite::Transaction<'_>,
    manifest: &Manifest,
) -> Result<RecordId, VaultError> {
    let rid = RecordId(random_bytes(rng)?);
    let sealed = keys.seal(
        rng,
        vault_id,
        &rid.0,
        RecordKind::MANIFEST.0,
        &manifest.encode(),
    )?;
    tx.execute(
        "INSERT INTO records (rid, tag, body) VALUES (?1, ?2, ?3)",
        params![
            rid.0.to_vec(),
            keys.tag(&rid.0, RecordKind::MANIFEST.0).to_vec(),
            sealed
        ],
    )?;
    Ok(rid)
}

/// Overwrites every vault file in `dir` with random bytes, then removes the files and,
/// if it is then empty, the directory.
pub fn delete_files(dir: &Path) -> Result<(), VaultError> {
    let rng = SystemRandom::new();
    for name in [
        DB_FILE.to_string(),
        format!("{DB_FILE}-wal"),
        format!("{DB_FILE}-shm"),
        format!("{DB_FILE}-journal"),
        format!("{DB_FILE}.new"),
        format!("{DB_FILE}.new-journal"),
    ] {
        let path = dir.join(&name);
        let Ok(meta) = fs::metadata(&path) else {
            continue;
        };
        let mut f = fs::OpenOptions::new()
            .write(true)
            .open(&path)
            .map_err(io_err(&path))?;
        let mut left = meta.len();
        let chunk: [u8; 4096] = random_bytes(&rng)?;
        while left > 0 {
            let n = left.min(chunk.len() as u64) as usize;
            f.write_all(&chunk[..n]).map_err(io_err(&path))?;
            left -= n as u64;
        }
        f.sync_all().map_err(io_err(&path))?;
        drop(f);
        fs::remove_file(&path).map_err(io_err(&path))?;
    }
    sync_dir(dir)?;
    let _ = fs::remove_dir(dir);
    Ok(())
}

fn open_existing(dir: &Path) -> Result<Connection, VaultError> {
    let path = dir.join(DB_FILE);
    if !path.is_file() {
        return Err(VaultError::NotFound {
            dir: dir.to_path_buf(),
        });
    }
    let conn = Connection::open_with_flags(
        &path,
        rusqlite::OpenFlags::SQLITE_OPEN_READ_WRITE | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    configure(&conn)?;
    let mode: String = conn.query_row("PRAGMA journal_mode=WAL", [], |r| r.get(0))?;
    if !mode.eq_ignore_ascii_case("wal") {
        return Err(VaultError::HeaderDamaged {
            why: "the database could not switch to write-ahead logging",
        });
    }
    Ok(conn)
}

fn read_lockout(conn: &Connection) -> Result<Lockout, VaultError> {
    let row: Option<(i64, i64)> = conn
        .query_row(
            "SELECT failures, last_failure FROM lockout WHERE id = 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    Ok(row
        .map(|(f, t)| Lockout {
            failures: u32::try_from(f.max(0)).unwrap_or(u32::MAX),
            last_failure: t,
        })
        .unwrap_or_default())
}

/// Counts one more wrong try, in one statement, so that tries made at the same time
/// from two processes are both counted. Returns the new count.
fn record_failure(conn: &Connection, now: i64) -> Result<u32, VaultError> {
    let failures: i64 = conn.query_row(
        "INSERT INTO lockout (id, failures, last_failure) VALUES (1, 1, ?1)
         ON CONFLICT(id) DO UPDATE SET failures = failures + 1, last_failure = ?1
         RETURNING failures",
        params![now],
        |r| r.get(0),
    )?;
    Ok(u32::try_from(failures.max(0)).unwrap_or(u32::MAX))
}

fn write_lockout(conn: &Connection, l: Lockout) -> Result<(), VaultError> {
    conn.execute(
        "INSERT INTO lockout (id, failures, last_failure) VALUES (1, ?1, ?2)
         ON CONFLICT(id) DO UPDATE SET failures = excluded.failures,
                                       last_failure = excluded.last_failure",
        params![i64::from(l.failures), l.last_failure],
    )?;
    Ok(())
}
