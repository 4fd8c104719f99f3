//! The diary: her plan, kept as sealed records in a [`Vault`].
//!
//! Each appointment, condition, the pregnancy, the plan-wide values (time zone, home,
//! `as_of`, unknown fields) and each setting is its own record, so a change to one
//! appointment rewrites one small record. Records hold the item's `goldthread-plan/1`
//! JSON and its position in the plan, so export gives back the plan in its own order.
//!
//! This layer does no cryptography and no SQL of its own; the vault does both.

use std::collections::BTreeMap;

use serde_json::{json, Value};
use zeroize::Zeroizing;

use crate::domain::{Appointment, Condition, Place, Plan, Pregnancy, Problems};
use crate::vault::{Change, RecordId, RecordKind, RecordProblem, Vault, VaultError};

/// Errors of the diary service.
#[derive(Debug, thiserror::Error)]
pub enum DiaryError {
    /// The vault failed.
    #[error(transparent)]
    Vault(#[from] VaultError),
    /// The plan, as it would be after the change, is not valid.
    #[error("{0}")]
    Invalid(Problems),
    /// A record opened but does not hold what its kind says.
    #[error("record {rid} could not be read as {what}: {why}")]
    Unreadable {
        /// The record id.
        rid: RecordId,
        /// What it should hold.
        what: &'static str,
        /// What is wrong.
        why: String,
    },
    /// Encoding a record failed.
    #[error("could not encode a record: {0}")]
    Encode(#[from] serde_json::Error),
}

/// How an import treats what is already stored.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportMode {
    /// Items with the same id are replaced; other stored items are kept. The imported
    /// plan's time zone, home, `as_of` and pregnancy replace the stored ones when given.
    Merge,
    /// The stored plan is replaced as a whole.
    Replace,
}

/// What an import did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ImportSummary {
    /// Appointments added.
    pub appointments_added: usize,
    /// Appointments replaced (same id).
    pub appointments_replaced: usize,
    /// Conditions added.
    pub conditions_added: usize,
    /// Conditions replaced (same id).
    pub conditions_replaced: usize,
}

/// Puts each incoming item in place of the stored one with the same id, or at the end.
/// Returns how many were added and how many replaced.
fn upsert<T>(stored: &mut Vec<T>, incoming: Vec<T>, id: impl Fn(&T) -> &String) -> (usize, usize) {
    let (mut added, mut replaced) = (0, 0);
    for item in incoming {
        match stored.iter().position(|x| id(x) == id(&item)) {
            Some(i) => {
                stored[i] = item;
                replaced += 1;
            }
            None => {
                stored.push(item);
                added += 1;
            }
        }
    }
    (added, replaced)
}

/// Sorts stored items by their position and splits them into the items and their slots.
fn in_order<T>(mut slots: Vec<Slot<T>>) -> (Vec<T>, Vec<Slot<()>>) {
    slots.sort_by_key(|s| s.seq);
    slots
        .into_iter()
        .map(|s| {
            let slot = Slot {
                rid: s.rid,
                seq: s.seq,
                item: (),
            };
            (s.item, slot)
        })
        .unzip()
}

/// Which list of the plan an item belongs to.
#[derive(Clone, Copy)]
enum List {
    Appointments,
    Conditions,
}

struct Slot<T> {
    rid: RecordId,
    seq: u64,
    item: T,
}

/// An open diary.
pub struct Diary {
    vault: Vault,
    meta: Option<RecordId>,
    plan: Plan,
    pregnancy: Option<RecordId>,
    appointments: Vec<Slot<()>>,
    conditions: Vec<Slot<()>>,
    settings: BTreeMap<String, Slot<Value>>,
    problems: Vec<RecordProblem>,
}

impl std::fmt::Debug for Diary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Diary")
            .field("appointments", &self.appointments.len())
            .field("conditions", &self.conditions.len())
            .finish_non_exhaustive()
    }
}

/// The plan-wide record: the plan with its lists emptied and the pregnancy (its own
/// record) left out.
fn meta_value(plan: &Plan) -> Value {
    let mut meta = plan.to_value();
    if let Value::Object(m) = &mut meta {
        m.insert("appointments".into(), Value::Array(Vec::new()));
        m.insert("conditions".into(), Value::Array(Vec::new()));
        m.remove("pregnancy");
    }
    meta
}

fn body(v: &Value) -> Result<Zeroizing<Vec<u8>>, DiaryError> {
    Ok(Zeroizing::new(serde_json::to_vec(v)?))
}

/// The write that stores `next`'s pregnancy in place of the record `old`: a new record,
/// a deletion, or nothing.
fn pregnancy_change(next: &Plan, old: Option<RecordId>) -> Result<Option<Change>, DiaryError> {
    Ok(match (&next.pregnancy, old) {
        (Some(p), old) => Some(Change::Put {
            replaces: old,
            kind: RecordKind::PREGNANCY,
            body: body(&p.to_value())?,
        }),
        (None, Some(old)) => Some(Change::Delete(old)),
        (None, None) => None,
    })
}

fn unreadable(rid: RecordId, what: &'static str, why: impl ToString) -> DiaryError {
    DiaryError::Unreadable {
        rid,
        what,
        why: why.to_string(),
    }
}

fn seq_item(rid: RecordId, what: &'static str, raw: &[u8]) -> Result<(u64, Value), DiaryError> {
    let v: Value = serde_json::from_slice(raw).map_err(|e| unreadable(rid, what, e))?;
    let seq = v
        .get("seq")
        .and_then(Value::as_u64)
        .ok_or_else(|| unreadable(rid, what, "no position"))?;
    let item = v
        .get("item")
        .cloned()
        .ok_or_else(|| unreadable(rid, what, "no item"))?;
    Ok((seq, item))
}

impl Diary {
    /// Opens the diary held by an unlocked vault.
    pub fn open(vault: Vault) -> Result<Diary, DiaryError> {
        let snap = vault.read_all()?;
        let mut diary = Diary {
            vault,
            meta: None,
            plan: Plan::default(),
            pregnancy: None,
            appointments: Vec::new(),
            conditions: Vec::new(),
            settings: BTreeMap::new(),
            problems: snap.problems,
        };
        let mut appts = Vec::new();
        let mut conds = Vec::new();
        for rec in snap.records {
            let rid = rec.rid;
            match rec.kind {
                RecordKind::PLAN => {
                    let v: Value = serde_json::from_slice(&rec.body)
                        .map_err(|e| unreadable(rid, "the plan", e))?;
                    let plan = Plan::from_value(&v).map_err(|p| unreadable(rid, "the plan", p))?;
                    diary.plan.timezone = plan.timezone;
                    diary.plan.as_of = plan.as_of;
                    diary.plan.home = plan.home;
                    diary.plan.extra = plan.extra;
                    diary.meta = Some(rid);
                }
                RecordKind::PREGNANCY => {
                    let v: Value = serde_json::from_slice(&rec.body)
                        .map_err(|e| unreadable(rid, "the pregnancy", e))?;
                    let p = Pregnancy::from_value(&v, "pregnancy")
                        .map_err(|p| unreadable(rid, "the pregnancy", p))?;
                    diary.plan.pregnancy = Some(p);
                    diary.pregnancy = Some(rid);
                }
                RecordKind::APPOINTMENT => {
                    let (seq, item) = seq_item(rid, "an appointment", &rec.body)?;
                    let a = Appointment::from_value(&item, "appointment")
                        .map_err(|p| unreadable(rid, "an appointment", p))?;
                    appts.push(Slot { rid, seq, item: a });
                }
                RecordKind::CONDITION => {
                    let (seq, item) = seq_item(rid, "a condition", &rec.body)?;
                    let c = Condition::from_value(&item, "condition")
                        .map_err(|p| unreadable(rid, "a condition", p))?;
                    conds.push(Slot { rid, seq, item: c });
                }
                RecordKind::SETTING => {
                    let v: Value = serde_json::from_slice(&rec.body)
                        .map_err(|e| unreadable(rid, "a setting", e))?;
                    let key = v
                        .get("key")
                        .and_then(Value::as_str)
                        .ok_or_else(|| unreadable(rid, "a setting", "no key"))?
                        .to_string();
                    let value = v.get("value").cloned().unwrap_or(Value::Null);
                    diary.settings.insert(
                        key,
                        Slot {
                            rid,
                            seq: 0,
                            item: value,
                        },
                    );
                }
                // Kinds from a newer version of the app are kept untouched.
                _ => {}
            }
        }
        (diary.plan.appointments, diary.appointments) = in_order(appts);
        (diary.plan.conditions, diary.conditions) = in_order(conds);
        Ok(diary)
    }

    /// The stored plan.
    pub fn plan(&self) -> &Plan {
        &self.plan
    }

    /// What could not be read when the diary was opened. The plan holds the rest.
    pub fn problems(&self) -> &[RecordProblem] {
        &self.problems
    }

    /// The vault underneath, for vault-level operations (passphrase, wipe).
    pub fn into_vault(self) -> Vault {
        self.vault
    }

    /// A mutable view of the vault underneath.
    pub fn vault_mut(&mut self) -> &mut Vault {
        &mut self.vault
    }

    /// A setting's value.
    pub fn setting(&self, key: &str) -> Option<&Value> {
        self.settings.get(key).map(|s| &s.item)
    }

    /// Stores a setting, as its own sealed record.
    pub fn set_setting(&mut self, key: &str, value: Value) -> Result<(), DiaryError> {
        let replaces = self.settings.get(key).map(|s| s.rid);
        let ids = self.vault.apply(vec![Change::Put {
            replaces,
            kind: RecordKind::SETTING,
            body: body(&json!({ "key": key, "value": value }))?,
        }])?;
        self.settings.insert(
            key.to_string(),
            Slot {
                rid: ids[0],
                seq: 0,
                item: value,
            },
        );
        Ok(())
    }

    /// Imports a plan in one transaction: all of it, or nothing.
    pub fn import(
        &mut self,
        incoming: Plan,
        mode: ImportMode,
    ) -> Result<ImportSummary, DiaryError> {
        let mut summary = ImportSummary::default();
        let mut next = match mode {
            ImportMode::Replace => Plan {
                appointments: Vec::new(),
                conditions: Vec::new(),
                ..incoming.clone()
            },
            ImportMode::Merge => {
                let mut p = self.plan.clone();
                p.timezone = incoming.timezone;
                if incoming.as_of.is_some() {
                    p.as_of = incoming.as_of;
                }
                if incoming.home.is_some() {
                    p.home = incoming.home.clone();
                }
                if incoming.pregnancy.is_some() {
                    p.pregnancy = incoming.pregnancy.clone();
                }
                for (k, v) in &incoming.extra {
                    p.extra.insert(k.clone(), v.clone());
                }
                p
            }
        };
        let (added, replaced) = upsert(&mut next.appointments, incoming.appointments, |a| &a.id);
        summary.appointments_added = added;
        summary.appointments_replaced = replaced;
        let (added, replaced) = upsert(&mut next.conditions, incoming.conditions, |c| &c.id);
        summary.conditions_added = added;
        summary.conditions_replaced = replaced;
        next.check().map_err(DiaryError::Invalid)?;
        self.store(next)?;
        Ok(summary)
    }

    /// Writes `next` as the whole stored plan, in one transaction. Every item record is
    /// rewritten (with a fresh id and nonce), so nothing of the old layout lingers.
    fn store(&mut self, next: Plan) -> Result<(), DiaryError> {
        let mut changes = Vec::new();
        changes.push(Change::Put {
            replaces: self.meta,
            kind: RecordKind::PLAN,
            body: body(&meta_value(&next))?,
        });
        changes.extend(pregnancy_change(&next, self.pregnancy)?);
        for old in self.appointments.iter().chain(&self.conditions) {
            changes.push(Change::Delete(old.rid));
        }
        for (seq, a) in next.appointments.iter().enumerate() {
            changes.push(Change::Put {
                replaces: None,
                kind: RecordKind::APPOINTMENT,
                body: body(&json!({ "seq": seq, "item": a.to_value() }))?,
            });
        }
        for (seq, c) in next.conditions.iter().enumerate() {
            changes.push(Change::Put {
                replaces: None,
                kind: RecordKind::CONDITION,
                body: body(&json!({ "seq": seq, "item": c.to_value() }))?,
            });
        }
        let ids = self.vault.apply(changes)?;
        let mut ids = ids.into_iter();
        self.meta = ids.next();
        if next.pregnancy.is_some() {
            self.pregnancy = ids.next();
        } else {
            self.pregnancy = None;
        }
        let mut slots = |n: usize| -> Vec<Slot<()>> {
            (0..n)
                .zip(ids.by_ref())
                .map(|(seq, rid)| Slot {
                    rid,
                    seq: seq as u64,
                    item: (),
                })
                .collect()
        };
        self.appointments = slots(next.appointments.len());
        self.conditions = slots(next.conditions.len());
        self.plan = next;
        Ok(())
    }

    /// Adds an appointment, or replaces the one with the same id. One record is written.
    pub fn put_appointment(&mut self, a: Appointment) -> Result<(), DiaryError> {
        let pos = self.plan.appointments.iter().position(|x| x.id == a.id);
        let mut next = self.plan.clone();
        let value = a.to_value();
        match pos {
            Some(i) => next.appointments[i] = a,
            None => next.appointments.push(a),
        }
        self.put_item(List::Appointments, pos, value, next)
    }

    /// Adds a condition, or replaces the one with the same id. One record is written.
    pub fn put_condition(&mut self, c: Condition) -> Result<(), DiaryError> {
        let pos = self.plan.conditions.iter().position(|x| x.id == c.id);
        let mut next = self.plan.clone();
        let value = c.to_value();
        match pos {
            Some(i) => next.conditions[i] = c,
            None => next.conditions.push(c),
        }
        self.put_item(List::Conditions, pos, value, next)
    }

    /// Sets her home (the approved address, where curfews are kept). One record.
    pub fn set_home(&mut self, home: Option<Place>) -> Result<(), DiaryError> {
        self.update_meta(|p| p.home = home)
    }

    /// Sets or (with `None`) removes the pregnancy. One record.
    pub fn set_pregnancy(&mut self, pregnancy: Option<Pregnancy>) -> Result<(), DiaryError> {
        let mut next = self.plan.clone();
        next.pregnancy = pregnancy;
        next.check().map_err(DiaryError::Invalid)?;
        let Some(change) = pregnancy_change(&next, self.pregnancy)? else {
            return Ok(());
        };
        let ids = self.vault.apply(vec![change])?;
        self.pregnancy = ids.first().copied();
        self.plan = next;
        Ok(())
    }

    /// Changes the plan's own fields (not its lists) and rewrites their one record, once
    /// the plan passes its checks.
    fn update_meta(&mut self, change: impl FnOnce(&mut Plan)) -> Result<(), DiaryError> {
        let mut next = self.plan.clone();
        change(&mut next);
        next.check().map_err(DiaryError::Invalid)?;
        let ids = self.vault.apply(vec![Change::Put {
            replaces: self.meta,
            kind: RecordKind::PLAN,
            body: body(&meta_value(&next))?,
        }])?;
        self.meta = ids.first().copied();
        self.plan = next;
        Ok(())
    }

    /// Writes one item's record (new, or replacing the one at `pos`) in one
    /// transaction, once the plan it would make (`next`) passes its checks.
    fn put_item(
        &mut self,
        list: List,
        pos: Option<usize>,
        value: Value,
        next: Plan,
    ) -> Result<(), DiaryError> {
        next.check().map_err(DiaryError::Invalid)?;
        let slots = match list {
            List::Appointments => &self.appointments,
            List::Conditions => &self.conditions,
        };
        let (replaces, seq) = match pos {
            Some(i) => (Some(slots[i].rid), slots[i].seq),
            None => (None, slots.last().map(|s| s.seq + 1).unwrap_or(0)),
        };
        let kind = match list {
            List::Appointments => RecordKind::APPOINTMENT,
            List::Conditions => RecordKind::CONDITION,
        };
        let ids = self.vault.apply(vec![Change::Put {
            replaces,
            kind,
            body: body(&json!({ "seq": seq, "item": value }))?,
        }])?;
        let slot = Slot {
            rid: ids[0],
            seq,
            item: (),
        };
        let slots = match list {
            List::Appointments => &mut self.appointments,
            List::Conditions => &mut self.conditions,
        };
        match pos {
            Some(i) => slots[i] = slot,
            None => slots.push(slot),
        }
        self.plan = next;
        Ok(())
    }

    /// Removes an appointment by id. Returns whether it was there.
    pub fn remove_appointment(&mut self, id: &str) -> Result<bool, DiaryError> {
        let Some(i) = self.plan.appointments.iter().position(|x| x.id == id) else {
            return Ok(false);
        };
        self.vault
            .apply(vec![Change::Delete(self.appointments[i].rid)])?;
        self.appointments.remove(i);
        self.plan.appointments.remove(i);
        Ok(true)
    }
}
