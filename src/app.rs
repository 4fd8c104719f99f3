//! Application services: what the app's screens call.
//!
//! The screens stay thin: they render what these services return and send back what
//! she typed. Everything with a rule in it lives below ([`crate::domain`],
//! [`crate::rules`], [`crate::vault`], [`crate::diary`]); this layer only joins them
//! up into the steps of the app (first run, unlock, quick exit, Today, the live clash
//! check while she types). It never reads the clock itself: "now" is a parameter,
//! so every screen can be tested at any moment, including the nights the clocks
//! change. It does blocking vault work; the UI calls it off its own thread.

use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use chrono::{Days, NaiveDate, NaiveDateTime};
use serde_json::json;

use crate::diary::{Diary, DiaryError};
use crate::domain::{Appointment, Plan, Pregnancy, Problems, Source};
use crate::rules::{self, CheckError, Detail, Flag};
use crate::vault::{self, KdfParams, Passphrase, Vault, VaultError};

/// Settings keys stored in the diary (each a sealed record).
pub mod settings {
    /// The language she chose, a BCP 47 tag.
    pub const LANGUAGE: &str = "language";
    /// The kinds of supervision she is under (`licence`, `bail`, …).
    pub const SUPERVISION: &str = "supervision";
    /// Minutes of inactivity before the app locks.
    pub const AUTO_LOCK_MINUTES: &str = "auto_lock_minutes";
    /// Whether reminders show details (default: discreet).
    pub const DISCREET_NOTIFICATIONS: &str = "discreet_notifications";
    /// The flags she has marked as sorted, with her notes (a list of [`super::Sorted`]).
    pub const SORTED_FLAGS: &str = "sorted_flags";
}

/// A new random id for an appointment made in the app (16 hex digits).
pub fn new_id() -> String {
    use ring::rand::SecureRandom;
    let mut b = [0u8; 8];
    // The system's random source does not fail in practice; a time-based id is the
    // fallback so that saving never fails for want of an id.
    if ring::rand::SystemRandom::new().fill(&mut b).is_err() {
        let t = SystemTime::now()
            .duration_since(SystemTime::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0);
        b.copy_from_slice(&(t as u64).to_be_bytes());
    }
    hex::encode(b)
}

/// The default auto-lock time, in minutes.
pub const DEFAULT_AUTO_LOCK_MINUTES: u64 = 5;

/// Errors of the application services.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// The vault failed (wrong passphrase, lock-out, damage…).
    #[error(transparent)]
    Vault(#[from] VaultError),
    /// The diary failed.
    #[error(transparent)]
    Diary(#[from] DiaryError),
    /// The clash check could not run.
    #[error(transparent)]
    Check(#[from] CheckError),
    /// What she entered is not valid.
    #[error("{0}")]
    Invalid(Problems),
    /// The diary is locked.
    #[error("the diary is locked")]
    Locked,
    /// A shared plan could not be read.
    #[error(transparent)]
    Plan(#[from] crate::domain::PlanError),
    /// Sharing failed.
    #[error(transparent)]
    Sync(#[from] crate::sync::engine::SyncError),
}

/// What she chooses on first run.
#[derive(Debug)]
pub struct FirstRun {
    /// Her language, a BCP 47 tag such as `en-GB` or `pl`.
    pub language: String,
    /// Her passphrase.
    pub passphrase: Passphrase,
    /// An optional duress passphrase, which opens a decoy diary.
    pub duress: Option<Passphrase>,
    /// The due date, if she is pregnant.
    pub due_date: Option<NaiveDate>,
    /// Whether this is her first pregnancy.
    pub first_pregnancy: bool,
    /// The supervision she is under (may be empty).
    pub supervision: Vec<Source>,
}

/// One upcoming occurrence on the Today screen, with its flags.
#[derive(Debug, Clone)]
pub struct Upcoming {
    /// The appointment's id (for a series, the series).
    pub id: String,
    /// Its title.
    pub title: String,
    /// Its kind.
    pub kind: crate::domain::AppointmentKind,
    /// Local start.
    pub start: NaiveDateTime,
    /// Local end.
    pub end: NaiveDateTime,
    /// The place's label, if any.
    pub place: Option<String>,
    /// A requirement of her order, licence or bail.
    pub mandatory: bool,
    /// The flags about this occurrence.
    pub flags: Vec<Flag>,
}

/// What the Today screen shows.
#[derive(Debug, Clone, Default)]
pub struct Today {
    /// What is next, in time order, within the window asked for.
    pub upcoming: Vec<Upcoming>,
    /// The next mandatory appointment, however far away: always visible.
    pub next_mandatory: Option<Upcoming>,
    /// Flags not tied to one occurrence (care steps, plans for labour, conditions).
    pub other_flags: Vec<Flag>,
}

/// What the Pregnancy screen shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PregnancyView {
    /// The due date.
    pub due_date: NaiveDate,
    /// Whole weeks of pregnancy today (may be negative before the pregnancy began, or
    /// past 42 after the due date).
    pub weeks: i64,
    /// Days past the whole weeks (0–6).
    pub days: i64,
    /// Days until the due date (negative once it has passed).
    pub days_to_due: i64,
    /// Each antenatal step with its window and whether it is booked, due or missed.
    pub steps: Vec<rules::CareStatus>,
}

/// A flag she marked as sorted, with her note. It stays in her history.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Sorted {
    /// The flag's [`Flag::key`].
    pub key: String,
    /// What she wrote (may be empty).
    pub note: String,
    /// When she marked it, local wall-clock time.
    pub when: NaiveDateTime,
    /// The flag's title when she marked it, so the history reads well after the flag
    /// itself has gone.
    pub title: String,
}

/// One day of the week view.
#[derive(Debug, Clone)]
pub struct AgendaDay {
    /// The day.
    pub date: NaiveDate,
    /// Its appointments, in time order, each with its flags.
    pub items: Vec<Upcoming>,
    /// Every flag that falls on this day (its `at` is on this date), including those
    /// about no single appointment.
    pub flags: Vec<Flag>,
}

/// The app's state: where the vault is, and the diary while it is unlocked.
pub struct App {
    dir: PathBuf,
    kdf: KdfParams,
    diary: Option<Diary>,
}

impl std::fmt::Debug for App {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("App")
            .field("dir", &self.dir)
            .field("unlocked", &self.diary.is_some())
            .finish()
    }
}

impl App {
    /// The app over the vault in `dir`.
    pub fn new(dir: impl Into<PathBuf>) -> Self {
        App {
            dir: dir.into(),
            kdf: KdfParams::default(),
            diary: None,
        }
    }

    /// The same, with other KDF parameters for new vaults (tests use the floor).
    pub fn with_kdf(mut self, kdf: KdfParams) -> Self {
        self.kdf = kdf;
        self
    }

    /// The vault directory.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Whether first run is done (a vault exists).
    pub fn is_set_up(&self) -> bool {
        vault::exists(&self.dir)
    }

    /// Whether the diary is open.
    pub fn is_unlocked(&self) -> bool {
        self.diary.is_some()
    }

    /// First run: creates the vault and stores her choices, and leaves it unlocked.
    pub fn set_up(&mut self, first: FirstRun) -> Result<(), AppError> {
        let vault = Vault::create(
            &self.dir,
            &first.passphrase,
            first.duress.as_ref(),
            self.kdf,
        )?;
        let mut diary = Diary::open(vault)?;
        diary.set_setting(settings::LANGUAGE, json!(first.language))?;
        let supervision: Vec<&str> = first.supervision.iter().map(|s| source_name(*s)).collect();
        diary.set_setting(settings::SUPERVISION, json!(supervision))?;
        if let Some(due) = first.due_date {
            let mut plan = Plan {
                appointments: Vec::new(),
                conditions: Vec::new(),
                ..diary.plan().clone()
            };
            plan.pregnancy = Some(Pregnancy {
                first_pregnancy: first.first_pregnancy,
                ..Pregnancy::new(due)
            });
            diary.import(plan, crate::diary::ImportMode::Merge)?;
        }
        self.diary = Some(diary);
        Ok(())
    }

    /// How long the unlock screen must still wait after wrong passphrases.
    pub fn lockout_remaining(&self, now: SystemTime) -> Result<Duration, AppError> {
        Ok(Vault::lockout_remaining(&self.dir, now)?)
    }

    /// Unlocks with a passphrase (the real or the duress one: the app cannot tell and
    /// does not say).
    pub fn unlock(&mut self, pass: &Passphrase, now: SystemTime) -> Result<(), AppError> {
        let vault = Vault::unlock_at(&self.dir, pass, now)?;
        self.diary = Some(Diary::open(vault)?);
        Ok(())
    }

    /// Quick exit and auto-lock: the diary and its keys are dropped (and zeroized) at
    /// once. Nothing of the diary is kept in this struct.
    pub fn lock(&mut self) {
        self.diary = None;
    }

    fn diary(&self) -> Result<&Diary, AppError> {
        self.diary.as_ref().ok_or(AppError::Locked)
    }

    fn diary_mut(&mut self) -> Result<&mut Diary, AppError> {
        self.diary.as_mut().ok_or(AppError::Locked)
    }

    /// The stored plan.
    pub fn plan(&self) -> Result<&Plan, AppError> {
        Ok(self.diary()?.plan())
    }

    /// Her language, or en-GB.
    pub fn language(&self) -> Result<String, AppError> {
        Ok(self
            .diary()?
            .setting(settings::LANGUAGE)
            .and_then(|v| v.as_str())
            .unwrap_or(crate::l10n::SOURCE)
            .to_string())
    }

    /// The auto-lock time.
    pub fn auto_lock(&self) -> Result<Duration, AppError> {
        let minutes = self
            .diary()?
            .setting(settings::AUTO_LOCK_MINUTES)
            .and_then(|v| v.as_u64())
            .unwrap_or(DEFAULT_AUTO_LOCK_MINUTES);
        Ok(Duration::from_secs(minutes.max(1) * 60))
    }

    /// Stores a setting.
    pub fn set_setting(&mut self, key: &str, value: serde_json::Value) -> Result<(), AppError> {
        Ok(self.diary_mut()?.set_setting(key, value)?)
    }

    /// Every flag of the stored plan, with `today` as `as_of`.
    pub fn flags(&self, today: NaiveDate) -> Result<Vec<Flag>, AppError> {
        Ok(rules::check(self.diary()?.plan(), today)?)
    }

    /// The live check while she types: the flags an unsaved appointment would raise
    /// (those that name it), before she saves, with the plan as it would be (to put
    /// the flags into words). The stored diary is not touched.
    pub fn preview(
        &self,
        draft: &Appointment,
        today: NaiveDate,
    ) -> Result<(Plan, Vec<Flag>), AppError> {
        let mut plan = self.diary()?.plan().clone();
        match plan.appointments.iter_mut().find(|a| a.id == draft.id) {
            Some(a) => *a = draft.clone(),
            None => plan.appointments.push(draft.clone()),
        }
        plan.check().map_err(AppError::Invalid)?;
        let flags = rules::check(&plan, today)?
            .into_iter()
            .filter(|f| f.appointments.contains(&draft.id))
            .collect();
        Ok((plan, flags))
    }

    /// Changes the passphrase of the diary that is open (only its key is re-wrapped).
    pub fn change_passphrase(&mut self, new: &Passphrase, now: SystemTime) -> Result<(), AppError> {
        Ok(self
            .diary_mut()?
            .vault_mut()
            .change_passphrase_at(new, now)?)
    }

    /// Sets, replaces or (with `None`) removes the duress passphrase. The other diary
    /// it opens starts empty each time (see [`Vault::set_duress_at`]).
    pub fn set_duress(
        &mut self,
        duress: Option<&Passphrase>,
        now: SystemTime,
    ) -> Result<(), AppError> {
        Ok(self.diary_mut()?.vault_mut().set_duress_at(duress, now)?)
    }

    /// Destroys the vault: the keys first, then the files. Afterwards the app is back
    /// at first run.
    pub fn wipe(&mut self) -> Result<(), AppError> {
        let diary = self.diary.take().ok_or(AppError::Locked)?;
        Ok(diary.into_vault().wipe()?)
    }

    /// Whether reminders show their details (off by default: discreet).
    pub fn detailed_notifications(&self) -> Result<bool, AppError> {
        Ok(self
            .diary()?
            .setting(settings::DISCREET_NOTIFICATIONS)
            .and_then(|v| v.as_bool())
            .map(|discreet| !discreet)
            .unwrap_or(false))
    }

    /// Saves a condition (new, or replacing the one with the same id).
    pub fn save_condition(&mut self, c: crate::domain::Condition) -> Result<(), AppError> {
        Ok(self.diary_mut()?.put_condition(c)?)
    }

    /// Sets her home, the approved address where curfews are kept.
    pub fn set_home(&mut self, home: crate::domain::Place) -> Result<(), AppError> {
        Ok(self.diary_mut()?.set_home(Some(home))?)
    }

    /// Adds a plan her worker shared (`goldthread-plan/1` JSON, pasted or opened): its
    /// appointments and conditions join the diary, replacing items with the same id;
    /// its home and pregnancy replace hers when it gives them, and its time zone
    /// (Europe/London when it names none) becomes the diary's. Nothing is stored
    /// unless all of it is valid.
    pub fn import_shared(&mut self, json: &str) -> Result<crate::diary::ImportSummary, AppError> {
        let plan = Plan::from_json_str(json)?;
        Ok(self
            .diary_mut()?
            .import(plan, crate::diary::ImportMode::Merge)?)
    }

    /// Saves an appointment (new, or replacing the one with the same id).
    pub fn save_appointment(&mut self, a: Appointment) -> Result<(), AppError> {
        Ok(self.diary_mut()?.put_appointment(a)?)
    }

    /// Her pregnancy on `today`: how far along, and each step of care. `None` when no
    /// due date is stored.
    pub fn pregnancy(&self, today: NaiveDate) -> Result<Option<PregnancyView>, AppError> {
        let plan = self.diary()?.plan();
        let Some(p) = &plan.pregnancy else {
            return Ok(None);
        };
        let ctx = rules::Context::new(plan, today)?;
        let day = p.day_of_pregnancy(today);
        Ok(Some(PregnancyView {
            due_date: p.due_date,
            weeks: day.div_euclid(7),
            days: day.rem_euclid(7),
            days_to_due: (p.due_date - today).num_days(),
            steps: rules::care_plan(&ctx),
        }))
    }

    /// Stores the due date (or, with `None`, removes the pregnancy).
    pub fn set_due_date(
        &mut self,
        due: Option<NaiveDate>,
        first_pregnancy: bool,
    ) -> Result<(), AppError> {
        let pregnancy = due.map(|d| Pregnancy {
            first_pregnancy,
            ..Pregnancy::new(d)
        });
        Ok(self.diary_mut()?.set_pregnancy(pregnancy)?)
    }

    /// The flags she has marked as sorted, oldest first.
    /// A stored list that cannot be read is an error, never an empty list: writing
    /// after that would overwrite her history.
    pub fn sorted(&self) -> Result<Vec<Sorted>, AppError> {
        match self.diary()?.setting(settings::SORTED_FLAGS) {
            None => Ok(Vec::new()),
            Some(v) => serde_json::from_value(v.clone())
                .map_err(|e| AppError::Diary(crate::diary::DiaryError::Encode(e))),
        }
    }

    /// Marks a flag as sorted, with her note, at `now`. Marking it again replaces the
    /// note. It stays visible, in her history.
    pub fn mark_sorted(
        &mut self,
        flag: &Flag,
        title: &str,
        note: &str,
        now: NaiveDateTime,
    ) -> Result<(), AppError> {
        let key = flag.key();
        let mut list = self.sorted()?;
        list.retain(|s| s.key != key);
        list.push(Sorted {
            key,
            note: note.trim().to_string(),
            when: now,
            title: title.to_string(),
        });
        let value = serde_json::to_value(&list).map_err(crate::diary::DiaryError::Encode)?;
        self.set_setting(settings::SORTED_FLAGS, value)
    }

    /// Takes back a "sorted" mark: the flag is open again.
    pub fn unmark_sorted(&mut self, key: &str) -> Result<(), AppError> {
        let mut list = self.sorted()?;
        let before = list.len();
        list.retain(|s| s.key != key);
        if list.len() == before {
            return Ok(());
        }
        let value = serde_json::to_value(&list).map_err(crate::diary::DiaryError::Encode)?;
        self.set_setting(settings::SORTED_FLAGS, value)
    }

    /// The week view: `days` days from `from`, each with its appointments and the
    /// flags that fall on it.
    pub fn agenda(&self, from: NaiveDate, days: u64) -> Result<Vec<AgendaDay>, AppError> {
        let plan = self.diary()?.plan();
        let ctx = rules::Context::new(plan, from)?;
        let flags = rules::check_context(&ctx);
        let mut out: Vec<AgendaDay> = (0..days)
            .filter_map(|i| from.checked_add_days(Days::new(i)))
            .map(|date| AgendaDay {
                date,
                items: Vec::new(),
                flags: flags
                    .iter()
                    .filter(|f| f.at_local().date() == date)
                    .cloned()
                    .collect(),
            })
            .collect();
        for o in &ctx.occurrences {
            let Some(day) = out.iter_mut().find(|d| d.date == o.local_start.date()) else {
                continue;
            };
            day.items.push(upcoming(o, &flags));
        }
        Ok(out)
    }

    /// Sharing: every pairing, as the sharing screen shows it.
    pub fn sharing(&self) -> Result<Vec<crate::sync::engine::Status>, AppError> {
        Ok(crate::sync::engine::status(self.diary()?)?)
    }

    /// Sharing: accepts a worker's invitation code at `now` (Unix seconds); returns the
    /// safety number to compare. Talks to the relay: call it off the UI thread.
    pub fn share_accept(&mut self, code: &str, now: i64) -> Result<String, AppError> {
        Ok(crate::sync::engine::accept(self.diary_mut()?, code, now)?)
    }

    /// Sharing, on a worker's device: makes an invitation for the relay at `relay`,
    /// valid 24 hours from `now` (Unix seconds); returns the code to show her. Talks to
    /// the relay: call it off the UI thread.
    pub fn share_invite(&mut self, relay: &str, now: i64) -> Result<String, AppError> {
        Ok(crate::sync::engine::invite(self.diary_mut()?, relay, now)?)
    }

    /// Sharing: she confirms that the safety numbers match.
    pub fn share_confirm(&mut self, n: usize) -> Result<(), AppError> {
        Ok(crate::sync::engine::confirm(self.diary_mut()?, n)?)
    }

    /// Sharing: what pairing `n` shares from now on.
    pub fn share_set(
        &mut self,
        n: usize,
        policy: crate::sync::share::SharePolicy,
    ) -> Result<(), AppError> {
        Ok(crate::sync::engine::set_policy(
            self.diary_mut()?,
            n,
            policy,
        )?)
    }

    /// Sharing: the proposals waiting for her answer, each with the clash flags it
    /// would raise in her diary on `today`.
    pub fn proposals(
        &self,
        today: NaiveDate,
    ) -> Result<Vec<(String, Appointment, Vec<Flag>)>, AppError> {
        let mut out = Vec::new();
        for s in self.sharing()? {
            for id in s.open_proposals {
                let Some(a) = crate::sync::engine::proposal(self.diary()?, &id)? else {
                    continue;
                };
                let flags = self.preview(&a, today).map(|(_, f)| f).unwrap_or_default();
                out.push((id, a, flags));
            }
        }
        Ok(out)
    }

    /// Sharing: answers a proposal at wall time `now_ms`; accepted, it becomes hers.
    pub fn share_answer(&mut self, id: &str, accept: bool, now_ms: u64) -> Result<(), AppError> {
        Ok(crate::sync::engine::answer(
            self.diary_mut()?,
            id,
            accept,
            now_ms,
        )?)
    }

    /// Sharing: sends what changed and reads what arrived. Talks to the relay: call it
    /// off the UI thread.
    pub fn sync(&mut self, now_ms: u64) -> Result<crate::sync::engine::Report, AppError> {
        Ok(crate::sync::engine::sync(self.diary_mut()?, now_ms)?)
    }

    /// Sharing, on a worker's device: client `n`'s shared plan.
    pub fn client_plan(&self, n: usize) -> Result<Plan, AppError> {
        Ok(crate::sync::engine::mirror_plan(self.diary()?, n)?)
    }

    /// Sharing: ends pairing `n`.
    pub fn share_revoke(&mut self, n: usize) -> Result<(), AppError> {
        Ok(crate::sync::engine::revoke(self.diary_mut()?, n)?)
    }

    /// The ids of her appointments that some worker sees, to mark them as shared.
    pub fn shared_appointments(&self) -> Result<std::collections::HashSet<String>, AppError> {
        let plan = self.diary()?.plan();
        let policies: Vec<_> = self
            .sharing()?
            .into_iter()
            .filter(|s| s.side == crate::sync::engine::Side::Her && !s.ended)
            .map(|s| s.policy)
            .collect();
        Ok(plan
            .appointments
            .iter()
            .filter(|a| policies.iter().any(|p| p.shares(a)))
            .map(|a| a.id.clone())
            .collect())
    }

    /// What the Today screen shows at `now`: the occurrences from now until the end of
    /// the day `days` ahead, each with its flags; the next mandatory appointment
    /// (however far); and the flags that belong to no single occurrence.
    pub fn today(&self, now: NaiveDateTime, days: u64) -> Result<Today, AppError> {
        let plan = self.diary()?.plan();
        let today = now.date();
        let ctx = rules::Context::new(plan, today)?;
        let flags = rules::check_context(&ctx);
        let until = today
            .checked_add_days(Days::new(days + 1))
            .map(|d| d.and_time(chrono::NaiveTime::MIN))
            .unwrap_or(NaiveDateTime::MAX);
        let view = |o: &rules::Occurrence<'_>| upcoming(o, &flags);
        let current = ctx.occurrences.iter().filter(|o| o.local_end > now);
        let upcoming: Vec<Upcoming> = current
            .clone()
            .filter(|o| o.local_start < until)
            .map(view)
            .collect();
        let next_mandatory = current.clone().find(|o| o.info.mandatory).map(view);
        let other_flags = flags
            .iter()
            .filter(|f| about(f).is_empty())
            .cloned()
            .collect();
        Ok(Today {
            upcoming,
            next_mandatory,
            other_flags,
        })
    }
}

/// An occurrence as the screens show it, with the flags about it.
fn upcoming(o: &rules::Occurrence<'_>, flags: &[Flag]) -> Upcoming {
    Upcoming {
        id: o.appt.id.clone(),
        title: o.appt.title.clone(),
        kind: o.appt.kind,
        start: o.local_start,
        end: o.local_end,
        place: o.appt.place.as_ref().map(|p| p.label.clone()),
        mandatory: o.info.mandatory,
        flags: flags
            .iter()
            .filter(|f| {
                about(f)
                    .iter()
                    .any(|r| r.index == o.index && r.local_start == o.local_start)
            })
            .cloned()
            .collect(),
    }
}

/// The occurrences a flag is about.
fn about(f: &Flag) -> Vec<rules::OccRef> {
    match f.detail {
        Detail::Overlap { a, b } | Detail::Travel { a, b, .. } => vec![a, b],
        Detail::Curfew { o, .. }
        | Detail::OccurrenceAndCondition { o, .. }
        | Detail::NearDueDate { o } => vec![o],
        Detail::OwnChild { .. } | Detail::Care { .. } | Detail::Emergency { .. } => Vec::new(),
    }
}

fn source_name(s: Source) -> &'static str {
    match s {
        Source::Licence => "licence",
        Source::CommunityOrder => "community_order",
        Source::SuspendedSentence => "suspended_sentence",
        Source::Bail => "bail",
        Source::Other => "other",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vault::crypto::MIN_ITERATIONS;
    use serde_json::json;

    const PASS: &str = "river stone lantern";

    fn app(dir: &Path) -> App {
        App::new(dir).with_kdf(KdfParams::pbkdf2(MIN_ITERATIONS).unwrap())
    }

    fn first_run(dir: &Path) -> App {
        let mut a = app(dir);
        assert!(!a.is_set_up());
        a.set_up(FirstRun {
            language: "pl".into(),
            passphrase: Passphrase::new(PASS),
            duress: None,
            due_date: NaiveDate::from_ymd_opt(2027, 4, 20),
            first_pregnancy: true,
            supervision: vec![Source::Licence],
        })
        .unwrap();
        a
    }

    fn appt(v: serde_json::Value) -> Appointment {
        Appointment::from_value(&v, "appointment").unwrap()
    }

    fn t(s: &str) -> NaiveDateTime {
        crate::domain::time::parse_datetime(s).unwrap()
    }

    #[test]
    fn first_run_stores_choices_and_survives_lock_and_unlock() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("v");
        let mut a = first_run(&dir);
        assert!(a.is_set_up() && a.is_unlocked());
        assert_eq!(a.language().unwrap(), "pl");
        assert_eq!(a.auto_lock().unwrap(), Duration::from_secs(300));
        a.lock();
        assert!(!a.is_unlocked());
        assert!(matches!(a.plan(), Err(AppError::Locked)));
        let err = a
            .unlock(&Passphrase::new("wrong one"), SystemTime::now())
            .unwrap_err();
        assert!(matches!(
            err,
            AppError::Vault(VaultError::WrongPassphrase { .. })
        ));
        a.unlock(&Passphrase::new(PASS), SystemTime::now()).unwrap();
        let p = a.plan().unwrap().pregnancy.clone().unwrap();
        assert_eq!(p.due_date, NaiveDate::from_ymd_opt(2027, 4, 20).unwrap());
        assert!(p.first_pregnancy);
    }

    #[test]
    fn the_clash_shows_before_saving_and_after() {
        let tmp = tempfile::tempdir().unwrap();
        let mut a = first_run(&tmp.path().join("v"));
        // A curfew 19:00–07:00, set up like the conditions screen will.
        let mut plan = a.plan().unwrap().clone();
        plan.home = Some(crate::domain::Place::new("Home"));
        plan.conditions = vec![crate::domain::Condition::from_value(
            &json!({ "id": "c1", "kind": "curfew", "source": "licence",
                     "windows": [ { "from": "19:00", "to": "07:00" } ] }),
            "c",
        )
        .unwrap()];
        a.diary_mut()
            .unwrap()
            .import(plan, crate::diary::ImportMode::Replace)
            .unwrap();
        let scan = appt(json!({
            "id": "n1", "kind": "antenatal", "title": "Scan",
            "start": "2026-12-03T18:00", "end": "2026-12-03T18:30",
            "place": { "label": "City Hospital" }, "travel_minutes": 40
        }));
        let today = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
        let (_, before) = a.preview(&scan, today).unwrap();
        assert_eq!(before.len(), 1);
        assert_eq!(before[0].kind.as_str(), "curfew_overlap");
        assert!(
            a.plan().unwrap().appointments.is_empty(),
            "nothing saved yet"
        );
        a.save_appointment(scan).unwrap();
        let after = a.flags(today).unwrap();
        assert!(after.iter().any(|f| f.kind.as_str() == "curfew_overlap"));
        // Today shows it inline, and the flag outlives a lock and unlock.
        a.lock();
        a.unlock(&Passphrase::new(PASS), SystemTime::now()).unwrap();
        let view = a.today(t("2026-12-03T08:00"), 1).unwrap();
        assert_eq!(view.upcoming.len(), 1);
        assert_eq!(view.upcoming[0].flags.len(), 1);
        assert!(view.next_mandatory.is_none());
        assert!(
            !view.other_flags.is_empty(),
            "care steps and the labour plan"
        );
    }

    #[test]
    fn the_next_mandatory_appointment_is_always_there() {
        let tmp = tempfile::tempdir().unwrap();
        let mut a = first_run(&tmp.path().join("v"));
        a.save_appointment(appt(json!({
            "id": "p1", "kind": "probation", "title": "Supervision",
            "start": "2027-01-20T10:00", "end": "2027-01-20T11:00"
        })))
        .unwrap();
        a.save_appointment(appt(json!({
            "id": "g1", "kind": "gp", "title": "GP",
            "start": "2026-12-01T09:00", "end": "2026-12-01T09:15"
        })))
        .unwrap();
        let view = a.today(t("2026-12-01T08:00"), 7).unwrap();
        assert_eq!(view.upcoming.len(), 1, "only the GP is this week");
        let m = view.next_mandatory.unwrap();
        assert_eq!(m.id, "p1");
        assert!(m.mandatory);
        // Once it has passed, it is no longer "next".
        let view = a.today(t("2027-01-20T11:00"), 7).unwrap();
        assert!(view.next_mandatory.is_none());
    }

    #[test]
    fn settings_passphrase_and_wipe() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("v");
        let mut a = first_run(&dir);
        assert!(!a.detailed_notifications().unwrap(), "discreet by default");
        a.set_setting(settings::AUTO_LOCK_MINUTES, json!(2))
            .unwrap();
        assert_eq!(a.auto_lock().unwrap(), Duration::from_secs(120));
        let new = Passphrase::new("a new long passphrase");
        a.change_passphrase(&new, SystemTime::now()).unwrap();
        a.lock();
        assert!(a.unlock(&Passphrase::new(PASS), SystemTime::now()).is_err());
        a.unlock(&new, SystemTime::now()).unwrap();
        assert_eq!(a.auto_lock().unwrap(), Duration::from_secs(120));
        a.wipe().unwrap();
        assert!(!a.is_set_up() && !a.is_unlocked());
        assert!(!dir.exists());
    }

    #[test]
    fn the_pregnancy_screen_shows_weeks_and_each_step() {
        use crate::domain::CareStep;
        use rules::CareState;
        let tmp = tempfile::tempdir().unwrap();
        let mut a = first_run(&tmp.path().join("v"));
        // Due 2027-04-20; on 2026-11-24 she is 19+0, 147 days from the due date.
        let today = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
        let v = a.pregnancy(today).unwrap().unwrap();
        assert_eq!((v.weeks, v.days, v.days_to_due), (19, 0, 147));
        let state =
            |v: &PregnancyView, step| v.steps.iter().find(|s| s.step == step).unwrap().state;
        assert_eq!(v.steps.len(), 12, "first pregnancy: every step");
        assert_eq!(state(&v, CareStep::Booking), CareState::Missed);
        assert_eq!(state(&v, CareStep::AnomalyScan), CareState::Due);
        assert_eq!(state(&v, CareStep::Appt25), CareState::Later);
        // A scan in the anomaly window books that step.
        a.save_appointment(appt(json!({
            "id": "s1", "kind": "antenatal", "title": "Scan",
            "start": "2026-11-30T10:00", "end": "2026-11-30T10:30"
        })))
        .unwrap();
        let v = a.pregnancy(today).unwrap().unwrap();
        assert_eq!(
            state(&v, CareStep::AnomalyScan),
            CareState::Booked(NaiveDate::from_ymd_opt(2026, 11, 30).unwrap())
        );
        // Not a first pregnancy: the first-only steps go. No due date: no screen.
        a.set_due_date(NaiveDate::from_ymd_opt(2027, 4, 20), false)
            .unwrap();
        assert_eq!(a.pregnancy(today).unwrap().unwrap().steps.len(), 9);
        a.lock();
        a.unlock(&Passphrase::new(PASS), SystemTime::now()).unwrap();
        assert!(
            !a.plan()
                .unwrap()
                .pregnancy
                .as_ref()
                .unwrap()
                .first_pregnancy
        );
        a.set_due_date(None, false).unwrap();
        assert!(a.pregnancy(today).unwrap().is_none());
    }

    #[test]
    fn a_flag_marked_sorted_keeps_its_note_and_the_week_marks_its_day() {
        let tmp = tempfile::tempdir().unwrap();
        let mut a = first_run(&tmp.path().join("v"));
        for (id, start, end) in [
            ("p1", "2026-12-02T10:00", "2026-12-02T11:00"),
            ("u1", "2026-12-02T10:30", "2026-12-02T12:00"),
        ] {
            a.save_appointment(appt(json!({
                "id": id, "kind": if id == "p1" { "probation" } else { "unpaid_work" },
                "title": id, "start": start, "end": end
            })))
            .unwrap();
        }
        let today = NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
        let week = a.agenda(today, 7).unwrap();
        assert_eq!(week.len(), 7);
        let wed = &week[2];
        assert_eq!(wed.date, NaiveDate::from_ymd_opt(2026, 12, 2).unwrap());
        assert_eq!(wed.items.len(), 2);
        assert!(wed
            .flags
            .iter()
            .any(|f| f.kind.as_str() == "appointment_overlap"));
        assert!(wed.items.iter().all(|i| i.flags.len() == 1));
        assert!(week[0].items.is_empty() && week[3].items.is_empty());
        let clash = wed.flags[0].clone();
        assert_eq!(clash.guide(a.plan().unwrap()), "breach-recall");
        let when = t("2026-11-30T09:15");
        a.mark_sorted(
            &clash,
            "Two appointments",
            "  Rang probation, moved to Thursday ",
            when,
        )
        .unwrap();
        a.lock();
        a.unlock(&Passphrase::new(PASS), SystemTime::now()).unwrap();
        let sorted = a.sorted().unwrap();
        assert_eq!(sorted.len(), 1);
        assert_eq!(sorted[0].key, clash.key());
        assert_eq!(sorted[0].note, "Rang probation, moved to Thursday");
        assert_eq!(sorted[0].when, when);
        // The same flag from a fresh check has the same key.
        let again = a.flags(today).unwrap();
        assert!(again.iter().any(|f| f.key() == sorted[0].key));
        a.unmark_sorted(&clash.key()).unwrap();
        assert!(a.sorted().unwrap().is_empty());
    }

    #[test]
    fn a_plan_her_worker_shared_joins_the_diary_only_if_all_of_it_is_valid() {
        let tmp = tempfile::tempdir().unwrap();
        let mut a = first_run(&tmp.path().join("v"));
        let shared = json!({
            "format": "goldthread-plan/1",
            "home": { "label": "Hostel", "lat": 52.41, "lon": -1.51 },
            "appointments": [ { "id": "w1", "kind": "probation", "title": "Induction",
                                "start": "2026-12-01T10:00", "end": "2026-12-01T11:00" } ],
            "conditions": [ { "id": "z1", "kind": "exclusion_zone", "source": "licence",
                              "label": "Northfield",
                              "area": { "circle": { "lat": 52.41, "lon": -1.51, "radius_m": 800 } } } ]
        });
        let bad = json!({ "format": "goldthread-plan/1",
            "appointments": [ { "id": "w2", "kind": "probation", "title": "x",
                                "start": "2026-12-01T10:00", "end": "2026-12-01T09:00" } ] });
        match a.import_shared(&bad.to_string()) {
            Err(AppError::Plan(crate::domain::PlanError::Invalid(p))) => {
                assert!(p.to_string().contains("appointments[0].end"), "{p}")
            }
            other => panic!("{other:?}"),
        }
        assert!(matches!(
            a.import_shared("not json"),
            Err(AppError::Plan(crate::domain::PlanError::Syntax(_)))
        ));
        assert!(
            a.plan().unwrap().appointments.is_empty(),
            "nothing half-added"
        );
        let sum = a.import_shared(&shared.to_string()).unwrap();
        assert_eq!((sum.appointments_added, sum.conditions_added), (1, 1));
        let plan = a.plan().unwrap();
        assert_eq!(plan.home.as_ref().unwrap().label, "Hostel");
        assert!(
            plan.home.as_ref().unwrap().coords.is_some(),
            "coordinates from the plan"
        );
        assert!(plan.pregnancy.is_some(), "her due date is kept");
    }

    #[test]
    fn a_sorted_curfew_plan_stays_sorted_on_the_next_day() {
        let tmp = tempfile::tempdir().unwrap();
        let mut a = first_run(&tmp.path().join("v"));
        a.save_condition(
            crate::domain::Condition::from_value(
                &json!({ "id": "c1", "kind": "curfew", "source": "licence",
                         "windows": [ { "from": "19:00", "to": "07:00" } ] }),
                "c",
            )
            .unwrap(),
        )
        .unwrap();
        let plan_flag = |day: u32| {
            a.flags(NaiveDate::from_ymd_opt(2027, 4, day).unwrap())
                .unwrap()
                .into_iter()
                .find(|f| f.kind.as_str() == "curfew_emergency_plan")
                .unwrap()
        };
        let (monday, tuesday) = (plan_flag(5), plan_flag(6));
        assert_ne!(monday.at, tuesday.at, "its time moves on each day");
        assert_eq!(monday.key(), tuesday.key(), "but it is the same flag");
    }

    #[test]
    fn an_invalid_draft_is_reported_by_field() {
        let tmp = tempfile::tempdir().unwrap();
        let a = first_run(&tmp.path().join("v"));
        let mut bad = appt(json!({
            "id": "x", "kind": "gp", "title": "GP",
            "start": "2026-12-01T09:00", "end": "2026-12-01T09:15"
        }));
        bad.end = bad.start;
        let today = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
        match a.preview(&bad, today) {
            Err(AppError::Invalid(p)) => assert!(p.to_string().contains("end"), "{p}"),
            other => panic!("{other:?}"),
        }
    }
}
