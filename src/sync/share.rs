//! What she shares, as records (pure).
//!
//! A [`SharePolicy`] says what one worker may see: single appointments, whole kinds of
//! appointment, her conditions, her due date, her approved address. Nothing is shared
//! by default. [`shared_records`] turns her plan and the policy into named records;
//! [`changes`] compares them with what was last sent and gives the changes to send,
//! each with a new [`Hlc`] version, and a deletion for anything no longer shared. On
//! the worker's side, a [`Mirror`] merges changes in any order, keeps losing versions
//! in each record's history, and rebuilds a [`Plan`] to run the same clash checker on.
//!
//! Record names: `a:<id>` an appointment, `c:<id>` a condition, `pregnancy`, `home`.

use std::collections::{BTreeMap, BTreeSet};

use ring::digest;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::hlc::{Hlc, Versioned};
use crate::domain::{Appointment, Plan, Problems};

/// What one worker may see. Nothing, by default.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SharePolicy {
    /// Single appointments, by id.
    pub appointments: BTreeSet<String>,
    /// Whole kinds of appointment (`antenatal`, `probation` …), now and later.
    pub kinds: BTreeSet<String>,
    /// Her conditions (licence, order, bail), all of them.
    pub conditions: bool,
    /// Her due date.
    pub due_date: bool,
    /// Her approved address (needed to check curfews).
    pub home: bool,
}

impl SharePolicy {
    /// Whether an appointment is shared.
    pub fn shares(&self, a: &Appointment) -> bool {
        self.appointments.contains(&a.id) || self.kinds.contains(a.kind.as_str())
    }

    /// Whether anything at all is shared.
    pub fn is_empty(&self) -> bool {
        self == &SharePolicy::default()
    }
}

/// The records the policy shares from her plan, by name.
pub fn shared_records(plan: &Plan, policy: &SharePolicy) -> BTreeMap<String, Value> {
    let mut out = BTreeMap::new();
    for a in plan.appointments.iter().filter(|a| policy.shares(a)) {
        out.insert(format!("a:{}", a.id), a.to_value());
    }
    if policy.conditions {
        for c in &plan.conditions {
            out.insert(format!("c:{}", c.id), c.to_value());
        }
    }
    if policy.due_date {
        if let Some(p) = &plan.pregnancy {
            out.insert("pregnancy".into(), p.to_value());
        }
    }
    if policy.home {
        if let Some(h) = &plan.home {
            out.insert("home".into(), h.to_value());
        }
    }
    out
}

/// One change to send: a record's new value (`None`: no longer shared) at a version.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Change {
    /// The record's name.
    pub record: String,
    /// Its version.
    pub version: Hlc,
    /// Its value, or `None` to delete it on the other side.
    pub value: Option<Value>,
}

/// What was last sent of each record: its version and a digest of its value (`None`
/// once it was deleted).
pub type Sent = BTreeMap<String, (Hlc, Option<[u8; 32]>)>;

fn digest_of(v: &Value) -> [u8; 32] {
    let mut out = [0u8; 32];
    out.copy_from_slice(digest::digest(&digest::SHA256, v.to_string().as_bytes()).as_ref());
    out
}

/// The changes that bring the other side from `sent` to `current`, each with a new
/// version from `clock` at wall time `now_ms`; `sent` is updated to match.
pub fn changes(
    clock: &mut Hlc,
    now_ms: u64,
    current: &BTreeMap<String, Value>,
    sent: &mut Sent,
) -> Vec<Change> {
    let mut out = Vec::new();
    let next = |clock: &mut Hlc| {
        *clock = clock.tick(now_ms);
        *clock
    };
    for (record, value) in current {
        let d = digest_of(value);
        if sent.get(record).and_then(|(_, old)| *old) != Some(d) {
            let version = next(clock);
            sent.insert(record.clone(), (version, Some(d)));
            out.push(Change {
                record: record.clone(),
                version,
                value: Some(value.clone()),
            });
        }
    }
    let gone: Vec<String> = sent
        .iter()
        .filter(|(r, (_, d))| d.is_some() && !current.contains_key(*r))
        .map(|(r, _)| r.clone())
        .collect();
    for record in gone {
        let version = next(clock);
        sent.insert(record.clone(), (version, None));
        out.push(Change {
            record,
            version,
            value: None,
        });
    }
    out
}

/// The worker's copy of what she shares.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Mirror {
    /// Every record ever shared, with its versions.
    pub records: BTreeMap<String, Versioned<Value>>,
}

impl Mirror {
    /// Merges changes, in any order, any number of times.
    pub fn apply(&mut self, changes: &[Change]) {
        for c in changes {
            let incoming = Versioned::new(c.version, c.value.clone());
            let merged = match self.records.get(&c.record) {
                Some(old) => old.merge(&incoming),
                None => incoming,
            };
            self.records.insert(c.record.clone(), merged);
        }
    }

    /// Her shared plan, as the worker sees it (to run the clash checker on). Records
    /// that do not read are reported, never dropped silently.
    pub fn plan(&self) -> Result<Plan, Problems> {
        let mut v = serde_json::json!({
            "format": crate::domain::FORMAT,
            "appointments": [],
            "conditions": [],
        });
        let (mut appointments, mut conditions) = (Vec::new(), Vec::new());
        for (record, r) in &self.records {
            let Some(value) = &r.value else { continue };
            if record.starts_with("a:") {
                appointments.push(value.clone());
            } else if record.starts_with("c:") {
                conditions.push(value.clone());
            } else if record == "pregnancy" || record == "home" {
                v[record.as_str()] = value.clone();
            }
        }
        v["appointments"] = Value::Array(appointments);
        v["conditions"] = Value::Array(conditions);
        Plan::from_value(&v)
    }

    /// Forgets everything (she unpaired).
    pub fn clear(&mut self) {
        self.records.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn plan() -> Plan {
        Plan::from_value(&json!({
            "format": "goldthread-plan/1",
            "home": { "label": "Home", "lat": 52.4, "lon": -1.5 },
            "pregnancy": { "due_date": "2027-03-04" },
            "appointments": [
                { "id": "scan", "kind": "antenatal", "title": "Scan",
                  "start": "2026-12-03T18:00", "end": "2026-12-03T18:30", "travel_minutes": 40 },
                { "id": "probation", "kind": "probation", "title": "Supervision",
                  "start": "2026-12-04T10:00", "end": "2026-12-04T11:00" },
                { "id": "gp", "kind": "gp", "title": "GP",
                  "start": "2026-12-05T09:00", "end": "2026-12-05T09:10" }
            ],
            "conditions": [ { "id": "c1", "kind": "curfew", "source": "licence",
                              "windows": [ { "from": "19:00", "to": "07:00" } ] } ]
        }))
        .unwrap()
    }

    #[test]
    fn nothing_is_shared_by_default() {
        let policy = SharePolicy::default();
        assert!(policy.is_empty());
        assert!(shared_records(&plan(), &policy).is_empty());
    }

    #[test]
    fn she_chooses_items_kinds_conditions_and_the_due_date() {
        let policy = SharePolicy {
            appointments: ["gp".to_string()].into(),
            kinds: ["antenatal".to_string()].into(),
            conditions: true,
            due_date: true,
            home: false,
        };
        let r = shared_records(&plan(), &policy);
        let names: Vec<&str> = r.keys().map(String::as_str).collect();
        assert_eq!(names, vec!["a:gp", "a:scan", "c:c1", "pregnancy"]);
        assert!(!r.contains_key("a:probation"), "not chosen, not shared");
        assert!(!r.contains_key("home"));
    }

    #[test]
    fn only_what_changed_is_sent_and_unsharing_sends_a_deletion() {
        let mut clock = Hlc::zero(1);
        let mut sent = Sent::new();
        let mut policy = SharePolicy {
            kinds: ["antenatal".to_string()].into(),
            conditions: true,
            ..SharePolicy::default()
        };
        let first = changes(
            &mut clock,
            1_000,
            &shared_records(&plan(), &policy),
            &mut sent,
        );
        assert_eq!(first.len(), 2);
        assert!(
            changes(
                &mut clock,
                2_000,
                &shared_records(&plan(), &policy),
                &mut sent
            )
            .is_empty(),
            "nothing new"
        );
        let mut p = plan();
        p.appointments[0].title = "Growth scan".into();
        let edit = changes(&mut clock, 3_000, &shared_records(&p, &policy), &mut sent);
        assert_eq!(edit.len(), 1);
        assert_eq!(edit[0].record, "a:scan");
        assert!(edit[0].version > first[0].version);
        policy.conditions = false;
        let unshare = changes(&mut clock, 4_000, &shared_records(&p, &policy), &mut sent);
        assert_eq!(unshare.len(), 1);
        assert_eq!(
            (unshare[0].record.as_str(), unshare[0].value.clone()),
            ("c:c1", None)
        );
        // Sharing it again sends it again.
        policy.conditions = true;
        assert_eq!(
            changes(&mut clock, 5_000, &shared_records(&p, &policy), &mut sent).len(),
            1
        );
    }

    #[test]
    fn the_worker_sees_her_shared_plan_and_its_flags_whatever_the_order() {
        let mut clock = Hlc::zero(1);
        let mut sent = Sent::new();
        let policy = SharePolicy {
            kinds: ["antenatal".to_string()].into(),
            conditions: true,
            home: true,
            ..SharePolicy::default()
        };
        let batch = changes(
            &mut clock,
            1_000,
            &shared_records(&plan(), &policy),
            &mut sent,
        );
        let mut in_order = Mirror::default();
        in_order.apply(&batch);
        let mut reversed = Mirror::default();
        let mut rev = batch.clone();
        rev.reverse();
        reversed.apply(&rev);
        reversed.apply(&batch);
        assert_eq!(in_order, reversed, "order and repeats do not matter");
        let seen = in_order.plan().unwrap();
        assert_eq!(seen.appointments.len(), 1, "only the scan");
        let flags = crate::rules::check(
            &seen,
            chrono::NaiveDate::from_ymd_opt(2026, 11, 24).unwrap(),
        )
        .unwrap();
        assert!(
            flags.iter().any(|f| f.kind.as_str() == "curfew_overlap"),
            "{flags:?}"
        );
        // A deletion wins over the older value, which stays in the history.
        let mut p = plan();
        p.conditions.clear();
        let del = changes(&mut clock, 2_000, &shared_records(&p, &policy), &mut sent);
        in_order.apply(&del);
        assert!(in_order.plan().unwrap().conditions.is_empty());
        assert_eq!(in_order.records["c:c1"].history.len(), 1);
        in_order.clear();
        assert!(in_order.plan().unwrap().appointments.is_empty());
    }
}
