//! The clash checker: pure rules that turn a [`Plan`] into [`Flag`]s.
//!
//! No I/O, no clock, no language: `as_of` comes in as a parameter and the time zone is
//! the plan's own. Each flag carries the ids involved, its `at` instant and the facts
//! its text needs ([`Arg`]s); [`crate::report`] turns those into words in her language.
//!
//! One rule per file. Every rule works on the same expanded, sorted list of
//! [`Occurrence`]s, built once ([`occurrence`]). Overlap and travel detection sort once
//! and sweep, so they are not quadratic in the number of occurrences.
//!
//! The rules follow `goldthread-plan/1` (`plan-v1.md`) exactly: half-open intervals,
//! wall-clock times resolved on their own date (a spring-gap time moves forward, an
//! autumn repeat means the first), windows that start on listed days, and the ordering
//! of the output.

mod appointment_overlap;
mod court_near_due_date;
mod curfew_emergency_plan;
mod curfew_overlap;
mod exclusion_zone;
pub mod facts;
mod missing_antenatal_care;
mod no_contact_own_child;
mod no_contact_venue;
pub mod occurrence;
mod overnight_away;
mod requirement_near_due_date;
mod travel_ban;
mod travel_too_tight;
pub mod windows;

use std::cmp::Ordering;

use chrono::{DateTime, NaiveDate, NaiveDateTime, NaiveTime};
use chrono_tz::Tz;

use crate::domain::{resolve_local, CareStep, Condition, Plan, Source};
pub use facts::{Detail, OccRef};
pub use missing_antenatal_care::{care_plan, CareState, CareStatus};
pub use occurrence::{expand, expand_all, Info, Occurrence, MAX_OCCURRENCES_PER_SERIES};

/// The kinds of flag, in the order of the spec's table (which is also the tie-break
/// order of the output).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FlagKind {
    /// Two occurrences overlap in time.
    AppointmentOverlap,
    /// Not enough time to travel between two places.
    TravelTooTight,
    /// An occurrence away from home overlaps a curfew window.
    CurfewOverlap,
    /// An occurrence is inside an exclusion zone while it applies.
    ExclusionZone,
    /// A child-related venue or appointment under a no-contact condition.
    NoContactVenue,
    /// A no-contact condition will cover her own baby.
    NoContactOwnChild,
    /// An overnight stay under an approved-address condition.
    OvernightAway,
    /// A place outside the allowed countries.
    TravelBan,
    /// A court hearing near the due date.
    CourtNearDueDate,
    /// A requirement near the due date.
    RequirementNearDueDate,
    /// An antenatal step that is not recorded.
    MissingAntenatalCare,
    /// A curfew during the time she may go into labour.
    CurfewEmergencyPlan,
}

impl FlagKind {
    /// Every kind, in table order.
    pub const ALL: [FlagKind; 12] = [
        FlagKind::AppointmentOverlap,
        FlagKind::TravelTooTight,
        FlagKind::CurfewOverlap,
        FlagKind::ExclusionZone,
        FlagKind::NoContactVenue,
        FlagKind::NoContactOwnChild,
        FlagKind::OvernightAway,
        FlagKind::TravelBan,
        FlagKind::CourtNearDueDate,
        FlagKind::RequirementNearDueDate,
        FlagKind::MissingAntenatalCare,
        FlagKind::CurfewEmergencyPlan,
    ];

    /// Whether every flag of this kind offers a draft message (her action is to ask
    /// someone). `appointment_overlap` offers one only when a side is mandatory.
    pub fn always_drafts(self) -> bool {
        matches!(
            self,
            FlagKind::CurfewOverlap
                | FlagKind::ExclusionZone
                | FlagKind::OvernightAway
                | FlagKind::TravelBan
        )
    }

    /// The kind as written in `goldthread-flags/1`.
    pub fn as_str(self) -> &'static str {
        match self {
            FlagKind::AppointmentOverlap => "appointment_overlap",
            FlagKind::TravelTooTight => "travel_too_tight",
            FlagKind::CurfewOverlap => "curfew_overlap",
            FlagKind::ExclusionZone => "exclusion_zone",
            FlagKind::NoContactVenue => "no_contact_venue",
            FlagKind::NoContactOwnChild => "no_contact_own_child",
            FlagKind::OvernightAway => "overnight_away",
            FlagKind::TravelBan => "travel_ban",
            FlagKind::CourtNearDueDate => "court_near_due_date",
            FlagKind::RequirementNearDueDate => "requirement_near_due_date",
            FlagKind::MissingAntenatalCare => "missing_antenatal_care",
            FlagKind::CurfewEmergencyPlan => "curfew_emergency_plan",
        }
    }
}

/// How urgent a flag is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Severity {
    /// A likely breach, or a missed requirement.
    High,
    /// A risk that needs checking.
    Medium,
    /// Something to prepare for.
    Info,
}

impl Severity {
    /// The severity as written in `goldthread-flags/1`.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::High => "high",
            Severity::Medium => "medium",
            Severity::Info => "info",
        }
    }
}

/// One fact a flag's text can use. Dates and times stay typed, so each language can
/// write them its own way.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    /// Free text from her plan (a title, a place).
    Text(String),
    /// A whole number (minutes).
    Number(i64),
    /// A date.
    Date(NaiveDate),
    /// A wall-clock time.
    Time(NaiveTime),
    /// A fixed choice for a selector (`licence`, `yes`, `antenatal`).
    Choice(&'static str),
}

/// One flag, before it is put into words.
#[derive(Clone, Debug, PartialEq)]
pub struct Flag {
    /// What kind of flag.
    pub kind: FlagKind,
    /// How urgent.
    pub severity: Severity,
    /// Appointment ids involved; in a pair, the occurrence that starts first comes first.
    pub appointments: Vec<String>,
    /// Condition ids involved.
    pub conditions: Vec<String>,
    /// When it happens, as an instant in the plan's zone.
    pub at: DateTime<Tz>,
    /// For `missing_antenatal_care`, the step.
    pub care_step: Option<CareStep>,
    /// Whether the text offers a draft message.
    pub has_draft: bool,
    /// What the flag is about; [`Flag::args`] turns it into the text's values.
    pub detail: Detail,
}

impl Flag {
    /// `at` as local wall-clock time, the way `goldthread-flags/1` writes it.
    pub fn at_local(&self) -> NaiveDateTime {
        self.at.naive_local()
    }

    /// The named values the flag's text uses, worked out from the plan it came from.
    pub fn args(&self, plan: &Plan) -> Vec<(&'static str, Arg)> {
        facts::args(plan, &self.detail)
    }

    /// A stable name for this flag: the same flag from the same plan gets the same key
    /// on every check, so she can mark it "sorted" and it stays sorted.
    ///
    /// `at` is part of the key, except for `curfew_emergency_plan`: its `at` is the
    /// first curfew night on or after `as_of`, so it moves on every day, while the flag
    /// is about the curfew itself.
    pub fn key(&self) -> String {
        let at = match self.kind {
            FlagKind::CurfewEmergencyPlan => String::new(),
            _ => self.at_local().format("%Y-%m-%dT%H:%M").to_string(),
        };
        format!(
            "{}|{}|{}|{}|{}",
            self.kind.as_str(),
            at,
            self.appointments.join(","),
            self.conditions.join(","),
            self.care_step.map(|s| s.as_str()).unwrap_or("")
        )
    }

    /// The guide that explains the rule behind this flag: the topic of the order its
    /// condition comes from (licence, order or bail), or of the flag itself.
    pub fn guide(&self, plan: &Plan) -> &'static str {
        let source = self
            .conditions
            .iter()
            .find_map(|id| plan.conditions.iter().find(|c| &c.id == id))
            .map(|c| c.source);
        let by_source = || match source {
            Some(Source::Licence) => "licence",
            Some(Source::Bail) => "bail",
            Some(Source::CommunityOrder | Source::SuspendedSentence) => "community-orders",
            Some(Source::Other) | None => "breach-recall",
        };
        match self.kind {
            FlagKind::CurfewEmergencyPlan => "tags",
            FlagKind::MissingAntenatalCare => "antenatal-care",
            FlagKind::NoContactOwnChild => "contact",
            FlagKind::CourtNearDueDate => "bail",
            FlagKind::AppointmentOverlap | FlagKind::TravelTooTight => "breach-recall",
            _ => by_source(),
        }
    }

    fn order(&self, other: &Flag) -> Ordering {
        self.at
            .timestamp()
            .cmp(&other.at.timestamp())
            .then(self.severity.cmp(&other.severity))
            .then(self.kind.cmp(&other.kind))
            .then_with(|| self.appointments.cmp(&other.appointments))
            .then_with(|| self.conditions.cmp(&other.conditions))
    }
}

/// Why a plan could not be checked (after it passed validation).
#[derive(Debug, thiserror::Error)]
pub enum CheckError {
    /// A recurrence rule could not be expanded.
    #[error("appointments[{index}].recurrence: {message}")]
    Recurrence {
        /// The appointment's index in the plan.
        index: usize,
        /// What went wrong.
        message: String,
    },
}

/// Everything a rule can look at: the plan, `as_of`, and the occurrences, expanded
/// once and sorted by start.
pub struct Context<'a> {
    /// The plan.
    pub plan: &'a Plan,
    /// "Today".
    pub as_of: NaiveDate,
    /// Every occurrence, sorted by start instant, then plan order.
    pub occurrences: Vec<Occurrence<'a>>,
    /// Each occurrence's start in seconds since the epoch, in the same order: a compact
    /// array for binary searches.
    pub starts: Vec<i64>,
    /// Country codes by interned id ([`Info::country`]).
    pub countries: Vec<String>,
}

impl<'a> Context<'a> {
    /// Expands the plan's appointments.
    pub fn new(plan: &'a Plan, as_of: NaiveDate) -> Result<Self, CheckError> {
        let expanded = expand_all(plan, as_of)?;
        let starts = expanded.occurrences.iter().map(|o| o.s).collect();
        Ok(Context {
            plan,
            as_of,
            occurrences: expanded.occurrences,
            starts,
            countries: expanded.countries,
        })
    }

    /// The plan's time zone.
    pub fn tz(&self) -> Tz {
        self.plan.timezone
    }

    /// A local date-time resolved to an instant in the plan's zone.
    pub fn instant(&self, t: NaiveDateTime) -> DateTime<Tz> {
        resolve_local(self.plan.timezone, t)
    }

    /// An instant given in seconds since the epoch, in the plan's zone.
    pub fn at_ts(&self, ts: i64) -> DateTime<Tz> {
        use chrono::TimeZone;
        self.plan
            .timezone
            .timestamp_opt(ts, 0)
            .single()
            .unwrap_or_else(|| self.plan.timezone.from_utc_datetime(&NaiveDateTime::MIN))
    }

    /// Midnight at the start of `d`, as an instant.
    pub fn midnight(&self, d: NaiveDate) -> DateTime<Tz> {
        self.instant(d.and_time(NaiveTime::MIN))
    }

    /// Whether an occurrence is at home.
    pub fn at_home(&self, o: &Occurrence<'_>) -> bool {
        o.info.at_home
    }
}

/// The selector value for a condition's source.
pub fn source_choice(c: &Condition) -> &'static str {
    match c.source {
        Source::Licence => "licence",
        Source::CommunityOrder => "community_order",
        Source::SuspendedSentence => "suspended_sentence",
        Source::Bail => "bail",
        Source::Other => "other",
    }
}

/// `yes` or `no`, for selectors.
pub fn yes_no(b: bool) -> Arg {
    Arg::Choice(if b { "yes" } else { "no" })
}

/// A flag about one occurrence, and the condition (by index) it meets, if any.
/// `at` is in seconds since the epoch.
pub fn occurrence_flag(
    ctx: &Context<'_>,
    kind: FlagKind,
    severity: Severity,
    o: &Occurrence<'_>,
    condition: Option<usize>,
    at: i64,
) -> Flag {
    let conditions = condition
        .and_then(|ci| ctx.plan.conditions.get(ci))
        .map(|c| vec![c.id.clone()])
        .unwrap_or_default();
    Flag {
        kind,
        severity,
        appointments: vec![o.appt.id.clone()],
        conditions,
        at: ctx.at_ts(at),
        care_step: None,
        has_draft: kind.always_drafts(),
        detail: match condition {
            Some(ci) => Detail::OccurrenceAndCondition {
                o: o.into(),
                condition: ci,
            },
            None => Detail::NearDueDate { o: o.into() },
        },
    }
}

/// The dates from `before` days before the due date to `after` days after it,
/// inclusive, if she is pregnant.
pub fn around_due_date(plan: &Plan, before: u64, after: u64) -> Option<(NaiveDate, NaiveDate)> {
    let due = plan.pregnancy.as_ref()?.due_date;
    Some((
        due.checked_sub_days(chrono::Days::new(before))?,
        due.checked_add_days(chrono::Days::new(after))?,
    ))
}

/// Checks a plan. Pure: `as_of` is "today" in the plan's zone.
pub fn check(plan: &Plan, as_of: NaiveDate) -> Result<Vec<Flag>, CheckError> {
    let ctx = Context::new(plan, as_of)?;
    Ok(check_context(&ctx))
}

/// Runs every rule over an expanded context, and orders the flags as the spec says.
pub fn check_context(ctx: &Context<'_>) -> Vec<Flag> {
    let mut flags = Vec::new();
    appointment_overlap::run(ctx, &mut flags);
    travel_too_tight::run(ctx, &mut flags);
    curfew_overlap::run(ctx, &mut flags);
    exclusion_zone::run(ctx, &mut flags);
    no_contact_venue::run(ctx, &mut flags);
    no_contact_own_child::run(ctx, &mut flags);
    overnight_away::run(ctx, &mut flags);
    travel_ban::run(ctx, &mut flags);
    court_near_due_date::run(ctx, &mut flags);
    requirement_near_due_date::run(ctx, &mut flags);
    missing_antenatal_care::run(ctx, &mut flags);
    curfew_emergency_plan::run(ctx, &mut flags);
    flags.sort_by(|a, b| a.order(b));
    flags
}
