//! The vault's promises, tested through its public API on real files.

use std::fs;
use std::path::Path;
use std::time::{Duration, SystemTime};

use goldthread::vault::{
    self, crypto::MIN_ITERATIONS, Change, KdfParams, Passphrase, RecordKind, RecordProblem, Vault,
    VaultError,
};
use rusqlite::{params, Connection};
use zeroize::Zeroizing;

const PASS: &str = "river stone lantern";
const DURESS: &str = "blue kettle morning";

fn fast() -> KdfParams {
    KdfParams::pbkdf2(MIN_ITERATIONS).unwrap()
}

fn put(kind: RecordKind, body: &str) -> Change {
    Change::Put {
        replaces: None,
        kind,
        body: Zeroizing::new(body.as_bytes().to_vec()),
    }
}

fn bodies(v: &Vault) -> Vec<String> {
    let snap = v.read_all().unwrap();
    assert!(snap.problems.is_empty(), "{:?}", snap.problems);
    let mut out: Vec<String> = snap
        .records
        .iter()
        .map(|r| String::from_utf8(r.body.to_vec()).unwrap())
        .collect();
    out.sort();
    out
}

fn new_vault(dir: &Path) -> Vault {
    Vault::create(dir, &Passphrase::new(PASS), None, fast()).unwrap()
}

/// Every byte of every file in the directory, to search for plaintext.
fn all_bytes(dir: &Path) -> Vec<u8> {
    let mut out = Vec::new();
    for e in fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_file() {
            out.extend(fs::read(&p).unwrap());
        }
    }
    out
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

#[test]
fn no_plaintext_reaches_the_disk() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("v");
    let markers = [
        "MARKER-TITLE-7f3a",
        "MARKER-PLACE-Hospital-9c1d",
        "probation",
    ];
    let mut v = new_vault(&dir);
    for m in markers {
        v.apply(vec![put(
            RecordKind::APPOINTMENT,
            &format!("{{\"title\":\"{m}\"}}"),
        )])
        .unwrap();
    }
    // While still open (WAL in use), and after closing.
    let open_bytes = all_bytes(&dir);
    drop(v);
    let closed_bytes = all_bytes(&dir);
    let names: Vec<String> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(names.iter().any(|n| n == "vault.db"), "{names:?}");
    for m in markers {
        for (what, bytes) in [("open", &open_bytes), ("closed", &closed_bytes)] {
            assert!(!contains(bytes, m.as_bytes()), "{m} found in {what} vault");
            assert!(
                !contains(bytes, m.to_uppercase().as_bytes()),
                "{m} found in {what} vault"
            );
        }
    }
    assert!(!contains(&closed_bytes, PASS.as_bytes()));
}

#[test]
fn wal_mode_and_reopen() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("v");
    let mut v = new_vault(&dir);
    v.apply(vec![put(RecordKind::APPOINTMENT, "one")]).unwrap();
    drop(v);
    let c = Connection::open(dir.join("vault.db")).unwrap();
    let mode: String = c
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
    drop(c);
    let v = Vault::unlock(&dir, &Passphrase::new(PASS)).unwrap();
    assert_eq!(bodies(&v), vec!["one"]);
}

#[test]
fn changes_are_all_or_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("v");
    let mut v = new_vault(&dir);
    let ids = v.apply(vec![put(RecordKind::APPOINTMENT, "keep")]).unwrap();
    let bogus = vault::RecordId([9; 16]);
    let err = v
        .apply(vec![
            put(RecordKind::APPOINTMENT, "half"),
            Change::Delete(bogus),
        ])
        .unwrap_err();
    assert!(matches!(err, VaultError::UnknownRecord { .. }), "{err}");
    assert_eq!(bodies(&v), vec!["keep"]);
    // Replacing gives a new id and drops the old.
    let new = v
        .apply(vec![Change::Put {
            replaces: Some(ids[0]),
            kind: RecordKind::APPOINTMENT,
            body: Zeroizing::new(b"kept, edited".to_vec()),
        }])
        .unwrap();
    assert_ne!(new[0], ids[0]);
    drop(v);
    let v = Vault::unlock(&dir, &Passphrase::new(PASS)).unwrap();
    assert_eq!(bodies(&v), vec!["kept, edited"]);
}

fn record_rows(dir: &Path) -> Vec<Vec<u8>> {
    let c = Connection::open(dir.join("vault.db")).unwrap();
    let mut s = c.prepare("SELECT rid FROM records").unwrap();
    let rows: Vec<Vec<u8>> = s
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(|r| r.unwrap())
        .collect();
    rows
}

/// Finds the row holding a record by opening the vault and matching bodies.
fn rid_of(dir: &Path, body: &str) -> vault::RecordId {
    let v = Vault::unlock(dir, &Passphrase::new(PASS)).unwrap();
    let snap = v.read_all().unwrap();
    snap.records
        .iter()
        .find(|r| r.body.as_slice() == body.as_bytes())
        .unwrap()
        .rid
}

fn edit_row(dir: &Path, rid: vault::RecordId, f: impl FnOnce(&mut Vec<u8>)) {
    let c = Connection::open(dir.join("vault.db")).unwrap();
    let mut body: Vec<u8> = c
        .query_row(
            "SELECT body FROM records WHERE rid = ?1",
            params![rid.0.to_vec()],
            |r| r.get(0),
        )
        .unwrap();
    f(&mut body);
    c.execute(
        "UPDATE records SET body = ?1 WHERE rid = ?2",
        params![body, rid.0.to_vec()],
    )
    .unwrap();
}

#[test]
fn tampered_record_is_reported_by_id_and_others_still_read() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("v");
    let mut v = new_vault(&dir);
    v.apply(vec![
        put(RecordKind::APPOINTMENT, "first appointment"),
        put(RecordKind::APPOINTMENT, "second appointment"),
        put(RecordKind::CONDITION, "a condition"),
    ])
    .unwrap();
    drop(v);
    let target = rid_of(&dir, "second appointment");
    // Flip one byte in the middle of the ciphertext.
    edit_row(&dir, target, |b| {
        let i = b.len() / 2;
        b[i] ^= 0x40;
    });
    let v = Vault::unlock(&dir, &Passphrase::new(PASS)).unwrap();
    let snap = v.read_all().unwrap();
    assert_eq!(snap.problems, vec![RecordProblem::Damaged { rid: target }]);
    let msg = snap.problems[0].to_string();
    assert!(msg.contains(&target.to_string()), "{msg}");
    let good: Vec<&[u8]> = snap.records.iter().map(|r| r.body.as_slice()).collect();
    assert_eq!(good.len(), 2);
    assert!(good.contains(&b"first appointment".as_slice()));
    assert!(good.contains(&b"a condition".as_slice()));
    // No garbage from the damaged record.
    assert!(!good.iter().any(|b| contains(b, b"second")));
    // She can keep writing; the damaged record stays reported until she repairs.
    let mut v = v;
    v.apply(vec![put(RecordKind::APPOINTMENT, "written meanwhile")])
        .unwrap();
    drop(v);
    let mut v = Vault::unlock(&dir, &Passphrase::new(PASS)).unwrap();
    assert_eq!(
        v.read_all().unwrap().problems,
        vec![RecordProblem::Damaged { rid: target }]
    );
    let dropped = v.repair().unwrap();
    assert_eq!(dropped, vec![RecordProblem::Damaged { rid: target }]);
    drop(v);
    let v = Vault::unlock(&dir, &Passphrase::new(PASS)).unwrap();
    assert_eq!(
        bodies(&v),
        vec!["a condition", "first appointment", "written meanwhile"]
    );
}

#[test]
fn every_kind_of_record_tampering_is_caught() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("v");
    let mut v = new_vault(&dir);
    v.apply(vec![
        put(RecordKind::APPOINTMENT, "alpha"),
        put(RecordKind::APPOINTMENT, "beta"),
    ])
    .unwrap();
    drop(v);
    let pristine = fs::read(dir.join("vault.db")).unwrap();
    let a = rid_of(&dir, "alpha");
    let b = rid_of(&dir, "beta");
    let open = |dir: &Path| {
        let v = Vault::unlock(dir, &Passphrase::new(PASS)).unwrap();
        v.read_all().unwrap()
    };
    let restore = || {
        let _ = fs::remove_file(dir.join("vault.db-wal"));
        let _ = fs::remove_file(dir.join("vault.db-shm"));
        fs::write(dir.join("vault.db"), &pristine).unwrap();
    };
    let c = || Connection::open(dir.join("vault.db")).unwrap();

    // 1. Swap two records' ciphertexts: both fail, because the id is bound.
    let (ba, bb): (Vec<u8>, Vec<u8>) = {
        let c = c();
        let get = |rid: vault::RecordId| -> Vec<u8> {
            c.query_row(
                "SELECT body FROM records WHERE rid = ?1",
                params![rid.0.to_vec()],
                |r| r.get(0),
            )
            .unwrap()
        };
        (get(a), get(b))
    };
    {
        let c = c();
        c.execute(
            "UPDATE records SET body = ?1 WHERE rid = ?2",
            params![bb, a.0.to_vec()],
        )
        .unwrap();
        c.execute(
            "UPDATE records SET body = ?1 WHERE rid = ?2",
            params![ba, b.0.to_vec()],
        )
        .unwrap();
    }
    let snap = open(&dir);
    assert_eq!(snap.records.len(), 0);
    assert_eq!(snap.problems.len(), 2);
    restore();

    // 2. Change the hidden kind byte in the tag: the row then reads as another kind
    //    or as nobody's; either way it is reported.
    {
        let c = c();
        let mut tag: Vec<u8> = c
            .query_row(
                "SELECT tag FROM records WHERE rid = ?1",
                params![a.0.to_vec()],
                |r| r.get(0),
            )
            .unwrap();
        tag[15] ^= 0x01;
        c.execute(
            "UPDATE records SET tag = ?1 WHERE rid = ?2",
            params![tag, a.0.to_vec()],
        )
        .unwrap();
    }
    let snap = open(&dir);
    assert_eq!(snap.problems, vec![RecordProblem::Damaged { rid: a }]);
    restore();

    // 3. Delete a row: the manifest notices.
    c().execute("DELETE FROM records WHERE rid = ?1", params![a.0.to_vec()])
        .unwrap();
    let snap = open(&dir);
    assert!(
        matches!(
            snap.problems[..],
            [RecordProblem::ManifestMismatch {
                expected: 2,
                found: 1
            }]
        ),
        "{:?}",
        snap.problems
    );
    let mut v = Vault::unlock(&dir, &Passphrase::new(PASS)).unwrap();
    assert!(matches!(
        v.apply(vec![put(RecordKind::APPOINTMENT, "x")]),
        Err(VaultError::Damaged { .. })
    ));
    drop(v);
    restore();

    // 4. Roll one record back to an older version of itself.
    let mut v = Vault::unlock(&dir, &Passphrase::new(PASS)).unwrap();
    let old_row: (Vec<u8>, Vec<u8>, Vec<u8>) = c()
        .query_row(
            "SELECT rid, tag, body FROM records WHERE rid = ?1",
            params![a.0.to_vec()],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap();
    v.apply(vec![Change::Put {
        replaces: Some(a),
        kind: RecordKind::APPOINTMENT,
        body: Zeroizing::new(b"alpha v2".to_vec()),
    }])
    .unwrap();
    let newer = rid_of_in(&v, "alpha v2");
    drop(v);
    {
        let c = c();
        c.execute(
            "DELETE FROM records WHERE rid = ?1",
            params![newer.0.to_vec()],
        )
        .unwrap();
        c.execute(
            "INSERT INTO records (rid, tag, body) VALUES (?1, ?2, ?3)",
            params![old_row.0, old_row.1, old_row.2],
        )
        .unwrap();
    }
    let snap = open(&dir);
    assert!(
        matches!(snap.problems[..], [RecordProblem::ManifestMismatch { .. }]),
        "{:?}",
        snap.problems
    );
    restore();

    // 5. Damage the manifest itself. From outside, the manifest cannot be told from
    //    the other slot's row, so damage each candidate in turn.
    let rows = record_rows(&dir);
    assert_eq!(
        rows.len(),
        2 + 2,
        "two records, our manifest, and the other slot's row"
    );
    let mut seen_manifest_damage = 0;
    for rid in rows {
        if rid == a.0.to_vec() || rid == b.0.to_vec() {
            continue;
        }
        let rid = vault::RecordId(rid.try_into().unwrap());
        edit_row(&dir, rid, |body| body[20] ^= 0x10);
        let snap = open(&dir);
        assert_eq!(snap.records.len(), 2, "the records still read");
        if snap.problems == vec![RecordProblem::ManifestDamaged] {
            seen_manifest_damage += 1;
        } else {
            assert!(snap.problems.is_empty(), "{:?}", snap.problems);
        }
        restore();
    }
    assert_eq!(seen_manifest_damage, 1);
}

fn rid_of_in(v: &Vault, body: &str) -> vault::RecordId {
    v.read_all()
        .unwrap()
        .records
        .iter()
        .find(|r| r.body.as_slice() == body.as_bytes())
        .unwrap()
        .rid
}

#[test]
fn tampered_key_header_is_an_error_not_a_panic() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("v");
    let mut v = new_vault(&dir);
    v.apply(vec![put(RecordKind::APPOINTMENT, "x")]).unwrap();
    drop(v);
    let c = Connection::open(dir.join("vault.db")).unwrap();
    let header: Vec<u8> = c
        .query_row("SELECT bytes FROM header", [], |r| r.get(0))
        .unwrap();
    // Any flipped byte is caught by the header checksum: the vault is reported damaged,
    // and the failure counter is not touched.
    for i in [0usize, 9, 26, 30, 50, 110, 170] {
        let mut bad = header.clone();
        bad[i] ^= 0x01;
        c.execute("UPDATE header SET bytes = ?1", params![bad])
            .unwrap();
        let err = Vault::unlock(&dir, &Passphrase::new(PASS)).unwrap_err();
        assert!(
            matches!(err, VaultError::HeaderDamaged { .. }),
            "byte {i}: {err}"
        );
        assert!(err.to_string().contains("damaged"));
    }
    // A careful attacker who also fixes the checksum gets "wrong passphrase": the slot's
    // AEAD and its associated data (vault id, slot, KDF parameters) catch the change.
    // (Both slots are damaged at once where a slot is hit: the slot not in use is random
    // filler, and damaging only that one harms nothing.)
    for bytes in [
        &[9usize][..],
        &[26],
        &[30],
        &[40],
        &[50, 110],
        &[60, 120],
        &[100, 160],
    ] {
        let mut bad = header.clone();
        for &i in bytes {
            bad[i] ^= 0x01;
        }
        c.execute("UPDATE lockout SET failures = 0", []).unwrap();
        let sum = ring::digest::digest(&ring::digest::SHA256, &bad[..bad.len() - 32]);
        let n = bad.len();
        bad[n - 32..].copy_from_slice(sum.as_ref());
        c.execute("UPDATE header SET bytes = ?1", params![bad])
            .unwrap();
        let err = Vault::unlock(&dir, &Passphrase::new(PASS)).unwrap_err();
        assert!(
            matches!(
                err,
                VaultError::WrongPassphrase { .. } | VaultError::HeaderDamaged { .. }
            ),
            "bytes {bytes:?}: {err}"
        );
    }
    c.execute("UPDATE lockout SET failures = 0", []).unwrap();
    c.execute("UPDATE header SET bytes = ?1", params![header])
        .unwrap();
    c.execute("DELETE FROM header", []).unwrap();
    let err = Vault::unlock(&dir, &Passphrase::new(PASS)).unwrap_err();
    assert!(matches!(err, VaultError::HeaderDamaged { .. }), "{err}");
    c.execute(
        "INSERT INTO header (id, bytes) VALUES (1, ?1)",
        params![header],
    )
    .unwrap();
    drop(c);
    let v = Vault::unlock(&dir, &Passphrase::new(PASS)).unwrap();
    assert_eq!(bodies(&v), vec!["x"]);
}

#[test]
fn wrong_passphrase_changes_nothing_and_the_delay_survives_a_restart() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("v");
    let mut v = new_vault(&dir);
    v.apply(vec![put(RecordKind::APPOINTMENT, "safe")]).unwrap();
    drop(v);
    let records_before = record_rows(&dir);
    let t0 = SystemTime::UNIX_EPOCH + Duration::from_secs(1_800_000_000);
    let wrong = Passphrase::new("not the passphrase");
    for n in 1..=4u32 {
        match Vault::unlock_at(&dir, &wrong, t0) {
            Err(VaultError::WrongPassphrase { failures, wait }) => {
                assert_eq!(failures, n);
                assert_eq!(wait, Duration::ZERO);
            }
            other => panic!("{other:?}"),
        }
    }
    match Vault::unlock_at(&dir, &wrong, t0) {
        Err(VaultError::WrongPassphrase { failures: 5, wait }) => {
            assert_eq!(wait, Duration::from_secs(30))
        }
        other => panic!("{other:?}"),
    }
    // Even the right passphrase must wait; the counter is in the file, so a new
    // process (a restart) sees it too.
    let err =
        Vault::unlock_at(&dir, &Passphrase::new(PASS), t0 + Duration::from_secs(10)).unwrap_err();
    match err {
        VaultError::LockedOut { wait } => assert_eq!(wait, Duration::from_secs(20)),
        other => panic!("{other:?}"),
    }
    assert!(err_text(&dir, t0 + Duration::from_secs(10)).contains("20 seconds"));
    assert_eq!(
        Vault::lockout_remaining(&dir, t0 + Duration::from_secs(25)).unwrap(),
        Duration::from_secs(5)
    );
    // After the wait, a sixth wrong try doubles the delay.
    match Vault::unlock_at(&dir, &wrong, t0 + Duration::from_secs(31)) {
        Err(VaultError::WrongPassphrase { failures: 6, wait }) => {
            assert_eq!(wait, Duration::from_secs(60))
        }
        other => panic!("{other:?}"),
    }
    assert!(matches!(
        Vault::unlock_at(&dir, &Passphrase::new(PASS), t0 + Duration::from_secs(60)),
        Err(VaultError::LockedOut { .. })
    ));
    // The right passphrase after the wait opens it and resets the counter.
    let v = Vault::unlock_at(&dir, &Passphrase::new(PASS), t0 + Duration::from_secs(92)).unwrap();
    assert_eq!(bodies(&v), vec!["safe"]);
    drop(v);
    assert_eq!(
        Vault::lockout_remaining(&dir, t0 + Duration::from_secs(92)).unwrap(),
        Duration::ZERO
    );
    assert_eq!(record_rows(&dir), records_before);
}

fn err_text(dir: &Path, at: SystemTime) -> String {
    Vault::unlock_at(dir, &Passphrase::new(PASS), at)
        .unwrap_err()
        .to_string()
}

#[test]
fn passphrase_change_rewraps_the_key_only() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("v");
    let mut v = new_vault(&dir);
    v.apply(vec![
        put(RecordKind::APPOINTMENT, "one"),
        put(RecordKind::CONDITION, "two"),
    ])
    .unwrap();
    let rows_before: Vec<(Vec<u8>, Vec<u8>)> = {
        let c = Connection::open(dir.join("vault.db")).unwrap();
        let mut s = c
            .prepare("SELECT rid, body FROM records ORDER BY rid")
            .unwrap();
        let rows = s
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .map(|r| r.unwrap())
            .collect();
        rows
    };
    let new = Passphrase::new("a new long passphrase");
    assert!(matches!(
        v.change_passphrase(&Passphrase::new("short")),
        Err(VaultError::WeakPassphrase { .. })
    ));
    assert!(matches!(
        v.change_passphrase(&Passphrase::new(PASS)),
        Err(VaultError::PassphraseNotUsable)
    ));
    v.change_passphrase(&new).unwrap();
    drop(v);
    let rows_after: Vec<(Vec<u8>, Vec<u8>)> = {
        let c = Connection::open(dir.join("vault.db")).unwrap();
        let mut s = c
            .prepare("SELECT rid, body FROM records ORDER BY rid")
            .unwrap();
        let rows = s
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .map(|r| r.unwrap())
            .collect();
        rows
    };
    assert_eq!(rows_before, rows_after, "no record was re-encrypted");
    assert!(matches!(
        Vault::unlock(&dir, &Passphrase::new(PASS)),
        Err(VaultError::WrongPassphrase { .. })
    ));
    let v = Vault::unlock(&dir, &new).unwrap();
    assert_eq!(bodies(&v), vec!["one", "two"]);
}

#[test]
fn duress_opens_a_separate_decoy_diary() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("v");
    let mut real = Vault::create(
        &dir,
        &Passphrase::new(PASS),
        Some(&Passphrase::new(DURESS)),
        fast(),
    )
    .unwrap();
    real.apply(vec![put(
        RecordKind::APPOINTMENT,
        "real probation appointment",
    )])
    .unwrap();
    drop(real);
    let mut decoy = Vault::unlock(&dir, &Passphrase::new(DURESS)).unwrap();
    assert!(decoy.is_empty());
    assert!(
        decoy.read_all().unwrap().problems.is_empty(),
        "decoy looks healthy"
    );
    decoy
        .apply(vec![put(RecordKind::APPOINTMENT, "dentist")])
        .unwrap();
    // The decoy can change its own passphrase without touching the real diary.
    decoy
        .change_passphrase(&Passphrase::new("green door evening"))
        .unwrap();
    assert!(matches!(
        decoy.change_passphrase(&Passphrase::new(PASS)),
        Err(VaultError::PassphraseNotUsable)
    ));
    drop(decoy);
    let decoy = Vault::unlock(&dir, &Passphrase::new("green door evening")).unwrap();
    assert_eq!(bodies(&decoy), vec!["dentist"]);
    drop(decoy);
    let real = Vault::unlock(&dir, &Passphrase::new(PASS)).unwrap();
    assert_eq!(bodies(&real), vec!["real probation appointment"]);
    assert!(matches!(
        Vault::create(&dir, &Passphrase::new(PASS), None, fast()),
        Err(VaultError::AlreadyExists { .. })
    ));
}

#[test]
fn duress_must_differ_and_be_strong() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("v");
    assert!(matches!(
        Vault::create(
            &dir,
            &Passphrase::new(PASS),
            Some(&Passphrase::new(PASS)),
            fast()
        ),
        Err(VaultError::DuressSameAsPassphrase)
    ));
    assert!(matches!(
        Vault::create(
            &dir,
            &Passphrase::new(PASS),
            Some(&Passphrase::new("x")),
            fast()
        ),
        Err(VaultError::WeakPassphrase { .. })
    ));
    assert!(!vault::exists(&dir));
}

/// Settings can add, replace and remove the duress passphrase after creation. The
/// other diary starts empty each time; this diary is untouched; the file keeps its
/// shape.
#[test]
fn duress_can_be_set_replaced_and_removed_later() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("v");
    let mut v = new_vault(&dir);
    v.apply(vec![put(RecordKind::APPOINTMENT, "real")]).unwrap();
    let rows = |dir: &Path| -> i64 {
        Connection::open(dir.join("vault.db"))
            .unwrap()
            .query_row("SELECT count(*) FROM records", [], |r| r.get(0))
            .unwrap()
    };
    let before = rows(&dir);
    // Not the passphrase itself, and not too short; the refusal counts as a try.
    assert!(matches!(
        v.set_duress_at(Some(&Passphrase::new(PASS)), SystemTime::now()),
        Err(VaultError::PassphraseNotUsable)
    ));
    assert!(matches!(
        v.set_duress_at(Some(&Passphrase::new("x")), SystemTime::now()),
        Err(VaultError::WeakPassphrase { .. })
    ));
    v.set_duress_at(Some(&Passphrase::new(DURESS)), SystemTime::now())
        .unwrap();
    assert_eq!(
        rows(&dir),
        before,
        "the filler row became the decoy manifest"
    );
    // Nothing of the change waits in the write-ahead log.
    assert_eq!(
        fs::metadata(dir.join("vault.db-wal"))
            .map(|m| m.len())
            .unwrap_or(0),
        0
    );
    drop(v);
    let mut decoy = Vault::unlock(&dir, &Passphrase::new(DURESS)).unwrap();
    assert!(decoy.is_empty());
    assert!(decoy.read_all().unwrap().problems.is_empty());
    decoy
        .apply(vec![put(RecordKind::APPOINTMENT, "decoy dentist")])
        .unwrap();
    drop(decoy);
    // Replacing it starts the other diary afresh; the old duress passphrase is dead.
    let mut v = Vault::unlock(&dir, &Passphrase::new(PASS)).unwrap();
    v.set_duress_at(
        Some(&Passphrase::new("second duress phrase")),
        SystemTime::now(),
    )
    .unwrap();
    drop(v);
    assert!(matches!(
        Vault::unlock(&dir, &Passphrase::new(DURESS)),
        Err(VaultError::WrongPassphrase { .. })
    ));
    let decoy = Vault::unlock(&dir, &Passphrase::new("second duress phrase")).unwrap();
    assert!(decoy.is_empty(), "the old decoy's records are gone");
    drop(decoy);
    assert_eq!(rows(&dir), before);
    // Removing it leaves a filler row, and only the real passphrase opens anything.
    let mut v = Vault::unlock(&dir, &Passphrase::new(PASS)).unwrap();
    v.set_duress_at(None, SystemTime::now()).unwrap();
    assert_eq!(bodies(&v), vec!["real"]);
    assert!(v.read_all().unwrap().problems.is_empty());
    drop(v);
    assert_eq!(rows(&dir), before);
    assert!(matches!(
        Vault::unlock(&dir, &Passphrase::new("second duress phrase")),
        Err(VaultError::WrongPassphrase { .. })
    ));
    let mut v = Vault::unlock(&dir, &Passphrase::new(PASS)).unwrap();
    assert_eq!(bodies(&v), vec!["real"]);
    // Testing passphrases here counts against the lock-out, as at the unlock screen:
    // after the free tries, even a good new one must wait.
    let now = SystemTime::now();
    for _ in 0..5 {
        assert!(matches!(
            v.set_duress_at(Some(&Passphrase::new(PASS)), now),
            Err(VaultError::PassphraseNotUsable)
        ));
    }
    assert!(matches!(
        v.set_duress_at(Some(&Passphrase::new("a fresh duress phrase")), now),
        Err(VaultError::LockedOut { .. })
    ));
}

/// Another window changed the passphrase after this one opened the diary: setting a
/// duress passphrase here must not put the old key slot back.
#[test]
fn a_duress_change_from_a_stale_window_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("v");
    let mut first = new_vault(&dir);
    let mut second = Vault::unlock(&dir, &Passphrase::new(PASS)).unwrap();
    second
        .change_passphrase(&Passphrase::new("a newer passphrase"))
        .unwrap();
    assert!(matches!(
        first.set_duress_at(Some(&Passphrase::new(DURESS)), SystemTime::now()),
        Err(VaultError::Stale)
    ));
    drop((first, second));
    assert!(Vault::unlock(&dir, &Passphrase::new("a newer passphrase")).is_ok());
    assert!(matches!(
        Vault::unlock(&dir, &Passphrase::new(DURESS)),
        Err(VaultError::WrongPassphrase { .. })
    ));
}

/// The file layout must not say whether a duress diary exists.
#[test]
fn an_examiner_cannot_see_a_duress_slot() {
    let tmp = tempfile::tempdir().unwrap();
    let shape = |duress: bool| {
        let dir = tmp.path().join(format!("v{duress}"));
        let d = Passphrase::new(DURESS);
        let v = Vault::create(&dir, &Passphrase::new(PASS), duress.then_some(&d), fast()).unwrap();
        drop(v);
        let c = Connection::open(dir.join("vault.db")).unwrap();
        let header: Vec<u8> = c
            .query_row("SELECT bytes FROM header", [], |r| r.get(0))
            .unwrap();
        let mut s = c
            .prepare("SELECT length(rid), length(tag), length(body) FROM records ORDER BY 1, 2, 3")
            .unwrap();
        let rows: Vec<(i64, i64, i64)> = s
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .unwrap()
            .map(|r| r.unwrap())
            .collect();
        let size = fs::metadata(dir.join("vault.db")).unwrap().len();
        (header.len(), header[..8].to_vec(), rows, size)
    };
    assert_eq!(shape(false), shape(true));
}

#[test]
fn wipe_leaves_nothing_to_open() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("v");
    let mut v = new_vault(&dir);
    v.apply(vec![put(RecordKind::APPOINTMENT, "MARKER-WIPE-1234")])
        .unwrap();
    drop(v);
    // Someone kept a copy of the header from before the wipe, and knows the passphrase.
    let v = Vault::unlock(&dir, &Passphrase::new(PASS)).unwrap();
    // First half: keys destroyed. Nothing opens any more, with any passphrase.
    let dir2 = v.destroy_keys().unwrap();
    assert!(matches!(
        Vault::unlock(&dir2, &Passphrase::new(PASS)),
        Err(VaultError::WrongPassphrase { .. })
    ));
    assert!(!contains(&all_bytes(&dir2), b"MARKER-WIPE-1234"));
    // Second half: the files go.
    vault::delete_files(&dir2).unwrap();
    assert!(!dir.exists());
    assert!(matches!(
        Vault::unlock(&dir, &Passphrase::new(PASS)),
        Err(VaultError::NotFound { .. })
    ));

    // The whole wipe in one call, on a fresh vault.
    let mut v = new_vault(&dir);
    v.apply(vec![put(RecordKind::APPOINTMENT, "gone")]).unwrap();
    v.wipe().unwrap();
    assert!(!dir.exists());
}

#[test]
fn a_vault_from_a_newer_major_version_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("v");
    drop(new_vault(&dir));
    let c = Connection::open(dir.join("vault.db")).unwrap();
    c.pragma_update(None, "user_version", 2000).unwrap();
    drop(c);
    let err = Vault::unlock(&dir, &Passphrase::new(PASS)).unwrap_err();
    assert!(matches!(err, VaultError::NewerVersion { .. }));
    assert!(err.to_string().contains("newer version"), "{err}");
    // A newer minor version of the same major opens.
    let c = Connection::open(dir.join("vault.db")).unwrap();
    c.pragma_update(None, "user_version", 1007).unwrap();
    drop(c);
    Vault::unlock(&dir, &Passphrase::new(PASS)).unwrap();
}

#[test]
fn missing_vault_is_a_clear_error() {
    let tmp = tempfile::tempdir().unwrap();
    let err = Vault::unlock(&tmp.path().join("nothing"), &Passphrase::new(PASS)).unwrap_err();
    assert!(matches!(err, VaultError::NotFound { .. }));
    assert!(!tmp.path().join("nothing").exists(), "no file was created");
}

#[test]
fn weak_kdf_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let err = Vault::create(
        tmp.path(),
        &Passphrase::new(PASS),
        None,
        KdfParams { iterations: 1000 },
    )
    .unwrap_err();
    assert!(matches!(err, VaultError::KdfTooWeak { .. }));
}

#[test]
fn a_second_window_cannot_write_over_the_first() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("v");
    drop(new_vault(&dir));
    let mut a = Vault::unlock(&dir, &Passphrase::new(PASS)).unwrap();
    let mut b = Vault::unlock(&dir, &Passphrase::new(PASS)).unwrap();
    b.apply(vec![put(RecordKind::APPOINTMENT, "from b")])
        .unwrap();
    let err = a
        .apply(vec![put(RecordKind::APPOINTMENT, "from a")])
        .unwrap_err();
    assert!(matches!(err, VaultError::Stale), "{err}");
    drop((a, b));
    let v = Vault::unlock(&dir, &Passphrase::new(PASS)).unwrap();
    assert_eq!(
        bodies(&v),
        vec!["from b"],
        "whole, with nothing half-written"
    );
    // After reloading, the first window can write again.
    let mut a = v;
    a.reload().unwrap();
    a.apply(vec![put(RecordKind::APPOINTMENT, "from a")])
        .unwrap();
    assert_eq!(bodies(&a), vec!["from a", "from b"]);
}

#[test]
fn repair_clears_a_restored_old_manifest() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("v");
    let mut v = new_vault(&dir);
    v.apply(vec![put(RecordKind::APPOINTMENT, "one")]).unwrap();
    drop(v);
    let rows_before: Vec<(Vec<u8>, Vec<u8>, Vec<u8>)> = {
        let c = Connection::open(dir.join("vault.db")).unwrap();
        let mut s = c.prepare("SELECT rid, tag, body FROM records").unwrap();
        let r = s
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .unwrap()
            .map(|r| r.unwrap())
            .collect();
        r
    };
    let mut v = Vault::unlock(&dir, &Passphrase::new(PASS)).unwrap();
    v.apply(vec![put(RecordKind::APPOINTMENT, "two")]).unwrap();
    drop(v);
    // Put every old row back: the old manifest is now there beside the new one.
    {
        let c = Connection::open(dir.join("vault.db")).unwrap();
        for (rid, tag, body) in &rows_before {
            c.execute(
                "INSERT OR IGNORE INTO records (rid, tag, body) VALUES (?1, ?2, ?3)",
                params![rid, tag, body],
            )
            .unwrap();
        }
    }
    let mut v = Vault::unlock(&dir, &Passphrase::new(PASS)).unwrap();
    assert_eq!(
        v.read_all().unwrap().problems,
        vec![RecordProblem::ManifestDamaged]
    );
    assert!(matches!(
        v.apply(vec![put(RecordKind::APPOINTMENT, "x")]),
        Err(VaultError::Damaged { .. })
    ));
    v.repair().unwrap();
    v.apply(vec![put(RecordKind::APPOINTMENT, "three")])
        .unwrap();
    drop(v);
    let v = Vault::unlock(&dir, &Passphrase::new(PASS)).unwrap();
    assert!(v.read_all().unwrap().problems.is_empty());
    assert_eq!(bodies(&v), vec!["one", "three", "two"]);
}

#[test]
fn passphrase_changes_count_under_the_lockout() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("v");
    drop(
        Vault::create(
            &dir,
            &Passphrase::new(PASS),
            Some(&Passphrase::new(DURESS)),
            fast(),
        )
        .unwrap(),
    );
    let t0 = SystemTime::UNIX_EPOCH + Duration::from_secs(1_800_000_000);
    let mut decoy = Vault::unlock_at(&dir, &Passphrase::new(DURESS), t0).unwrap();
    // Someone holding the decoy open tries the real passphrase as a "new" one: each
    // refusal counts as a wrong try, so this is no faster than the unlock screen.
    for _ in 0..5 {
        assert!(matches!(
            decoy.change_passphrase_at(&Passphrase::new(PASS), t0),
            Err(VaultError::PassphraseNotUsable)
        ));
    }
    assert!(matches!(
        decoy.change_passphrase_at(&Passphrase::new(PASS), t0),
        Err(VaultError::LockedOut { .. })
    ));
    assert_eq!(
        Vault::lockout_remaining(&dir, t0).unwrap(),
        Duration::from_secs(30)
    );
    drop(decoy);
    let later = t0 + Duration::from_secs(31);
    let real = Vault::unlock_at(&dir, &Passphrase::new(PASS), later).unwrap();
    assert!(real.is_empty());
}
