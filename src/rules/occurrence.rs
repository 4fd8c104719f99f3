//! Expanding appointments into occurrences.
//!
//! A recurring appointment's RRULE is expanded with the `rrule` crate in *floating*
//! wall-clock time (the local times are handed to it labelled UTC), and each
//! occurrence is then resolved through the plan's zone on its own date. That sidesteps
//! the crate's open bug around Europe/London's clock changes (an occurrence after a
//! change should keep the first occurrence's wall-clock time, and the spec says it
//! does): in floating time there are no clock changes to get wrong.
//!
//! The spec's own rules are applied here, not left to the crate: the appointment's
//! `start` is always the first occurrence and counts towards `COUNT`; `UNTIL` as a date
//! includes that whole local day; `UNTIL` in UTC is converted to local time; a rule
//! with neither runs to the date 730 days after the later of `as_of` and the first
//! start's date.

use chrono::{Datelike, Days, NaiveDate, NaiveDateTime, NaiveTime, Offset, TimeZone, Utc};
use chrono_tz::Tz;
use rrule::{RRule, Unvalidated};

use super::CheckError;
use crate::domain::recurrence::Freq;
use crate::domain::{
    resolve_local, within_m, Appointment, AppointmentKind, CareStep, LatLon, Plan, Recurrence,
    Until, SAME_PLACE_METRES,
};

/// The most occurrences one series is expanded to. A larger `COUNT` (or a far `UNTIL`)
/// is cut here, so hostile input cannot exhaust memory. Two years of a daily rule is
/// 731 occurrences; this is a hundred years of daily appointments and more.
pub const MAX_OCCURRENCES_PER_SERIES: usize = 50_000;

/// Days after the later of `as_of` and the first start that an open-ended rule runs to.
pub const OPEN_ENDED_DAYS: u64 = 730;

/// The facts about an appointment that the rules test, copied into each occurrence
/// so that a sweep over the sorted occurrences never has to visit the appointments
/// themselves (large records, in plan order, not time order).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Info {
    /// The kind.
    pub kind: AppointmentKind,
    /// Mandatory (as given, or the kind's default).
    pub mandatory: bool,
    /// One-way travel, minutes.
    pub travel_minutes: u32,
    /// The care step, if any.
    pub care_step: Option<CareStep>,
    /// At home (the same place as the plan's `home`).
    pub at_home: bool,
    /// A hash of the place's label (ignoring case and surrounding spaces). `None` when
    /// there is no place.
    pub label: Option<u64>,
    /// The place's coordinates.
    pub coords: Option<LatLon>,
    /// The place's country, interned in [`Expanded::countries`].
    pub country: u32,
    /// The place has a child-related tag.
    pub child_venue: bool,
}

impl Occurrence<'_> {
    /// Whether two occurrences are at the same place (by the spec's rule).
    pub fn same_place(&self, other: &Occurrence<'_>) -> bool {
        match (self.info.label, other.info.label) {
            (Some(a), Some(b)) if a == b => match (&self.appt.place, &other.appt.place) {
                (Some(p), Some(q)) => p.same_place(q),
                _ => false,
            },
            _ => match (self.info.coords, other.info.coords) {
                (Some(a), Some(b)) => within_m(a, b, SAME_PLACE_METRES),
                _ => false,
            },
        }
    }
}

/// Place tags that mean children may be there.
pub const CHILD_TAGS: [&str; 7] = [
    "maternity",
    "paediatrics",
    "neonatal",
    "children_centre",
    "school",
    "nursery",
    "contact_centre",
];

/// One occurrence of an appointment.
#[derive(Clone, Debug)]
pub struct Occurrence<'a> {
    /// The appointment (for a series, the series).
    pub appt: &'a Appointment,
    /// What the rules test about it.
    pub info: Info,
    /// The appointment's index in the plan (plan order).
    pub index: usize,
    /// Which occurrence of the series (0 for the first).
    pub nth: usize,
    /// Local wall-clock start.
    pub local_start: NaiveDateTime,
    /// Local wall-clock end.
    pub local_end: NaiveDateTime,
    /// Start instant, in seconds since the epoch. (Instants are kept as plain numbers
    /// so the sweeps stay small and fast; [`super::Context::at_ts`] turns one back into
    /// a zoned time when a flag is made.)
    pub s: i64,
    /// End instant, in seconds since the epoch; never before `s`.
    pub e: i64,
}

impl Occurrence<'_> {
    /// Start, in seconds since the epoch.
    pub fn start_ts(&self) -> i64 {
        self.s
    }

    /// End, in seconds since the epoch.
    pub fn end_ts(&self) -> i64 {
        self.e
    }

    /// The start date (rules name "the occurrence's date" by this).
    pub fn date(&self) -> NaiveDate {
        self.local_start.date()
    }

    /// Whether it keeps her away overnight: marked so, or it ends after the midnight
    /// that follows its start.
    pub fn is_overnight(&self) -> bool {
        let next_midnight = self
            .local_start
            .date()
            .checked_add_days(Days::new(1))
            .map(|d| d.and_time(NaiveTime::MIN));
        self.appt.overnight || next_midnight.is_some_and(|m| self.local_end > m)
    }

    /// The widened interval, `[start − travel, end + travel)`, in seconds since the
    /// epoch.
    pub fn widened(&self) -> (i64, i64) {
        let t = i64::from(self.info.travel_minutes) * 60;
        (self.s - t, self.e + t)
    }
}

/// The expanded occurrences, and the country names their places use.
#[derive(Debug)]
pub struct Expanded<'a> {
    /// Every occurrence, sorted by start, then plan order.
    pub occurrences: Vec<Occurrence<'a>>,
    /// Country codes by interned id (see [`Info::country`]).
    pub countries: Vec<String>,
}

/// Resolves local times through a zone, remembering each date's UTC offset when the
/// date has no clock change (nearly all of them), so a busy diary pays for the zone
/// lookup once per day rather than twice per occurrence.
pub struct ZoneCache {
    tz: Tz,
    base: Option<NaiveDate>,
    /// Seconds east of UTC for each day from `base`, or `None` on a clock-change day.
    days: Vec<Option<Option<i32>>>,
}

impl ZoneCache {
    /// An empty cache.
    pub fn new(tz: Tz) -> Self {
        ZoneCache {
            tz,
            base: None,
            days: Vec::new(),
        }
    }

    /// The instant of a local time, in seconds since the epoch, by the spec's rules
    /// (a time in the spring gap moves forward, a repeated time means the first).
    pub fn timestamp(&mut self, t: NaiveDateTime) -> i64 {
        let date = t.date();
        // The dense range reaches about 27 years either side of the first date seen.
        let base = *self
            .base
            .get_or_insert_with(|| date.checked_sub_days(Days::new(10_000)).unwrap_or(date));
        let slot = usize::try_from((date - base).num_days())
            .ok()
            .filter(|&i| i < 20_000);
        let Some(i) = slot else {
            return resolve_local(self.tz, t).timestamp();
        };
        if self.days.len() <= i {
            self.days.resize(i + 1, None);
        }
        let tz = self.tz;
        let offset = *self.days[i].get_or_insert_with(|| {
            let start = tz
                .from_local_datetime(&date.and_time(NaiveTime::MIN))
                .single()?;
            let end = tz
                .from_local_datetime(&date.and_hms_opt(23, 59, 59)?)
                .single()?;
            let (a, b) = (start.offset().fix(), end.offset().fix());
            (a == b).then(|| a.local_minus_utc())
        });
        match offset {
            Some(secs) => t.and_utc().timestamp() - i64::from(secs),
            None => resolve_local(self.tz, t).timestamp(),
        }
    }
}

/// A hash of a place label, ignoring case and surrounding spaces, made without
/// allocating. Equal labels have equal hashes; [`Info::same_place`] confirms a match
/// on the labels themselves.
fn label_hash(label: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for c in label.trim().chars().flat_map(char::to_lowercase) {
        let mut buf = [0u8; 4];
        for b in c.encode_utf8(&mut buf).bytes() {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
    h
}

/// Expands every appointment and sorts the occurrences by start, then plan order.
pub fn expand(plan: &Plan, as_of: NaiveDate) -> Result<Vec<Occurrence<'_>>, CheckError> {
    expand_all(plan, as_of).map(|e| e.occurrences)
}

/// Expands every appointment, with the interned country names.
pub fn expand_all(plan: &Plan, as_of: NaiveDate) -> Result<Expanded<'_>, CheckError> {
    let tz = plan.timezone;
    // Series first, so the occurrences are allocated once, at their final size.
    let mut series: Vec<Option<Vec<NaiveDateTime>>> = Vec::with_capacity(plan.appointments.len());
    let mut total = 0;
    for (index, a) in plan.appointments.iter().enumerate() {
        let starts = match &a.recurrence {
            None => None,
            Some(r) => Some(
                series_starts(tz, a.start, r, as_of)
                    .map_err(|message| CheckError::Recurrence { index, message })?,
            ),
        };
        total += starts.as_ref().map_or(1, Vec::len);
        series.push(starts);
    }
    let mut out = Vec::with_capacity(total);
    let mut zone = ZoneCache::new(tz);
    let mut countries: Vec<String> = vec!["GB".to_string()];
    for (index, a) in plan.appointments.iter().enumerate() {
        let place = a.place.as_ref();
        let label = place.map(|p| label_hash(&p.label));
        let country = match place {
            None => 0,
            Some(p) => match countries.iter().position(|c| *c == p.country) {
                Some(i) => i as u32,
                None => {
                    countries.push(p.country.clone());
                    (countries.len() - 1) as u32
                }
            },
        };
        let info = Info {
            kind: a.kind,
            mandatory: a.mandatory,
            travel_minutes: a.travel_minutes,
            care_step: a.care_step,
            at_home: match (place, &plan.home) {
                (Some(p), Some(h)) => p.same_place(h),
                _ => false,
            },
            label,
            coords: place.and_then(|p| p.coords),
            country,
            child_venue: place.is_some_and(|p| CHILD_TAGS.iter().any(|t| p.has_tag(t))),
        };
        let single = [a.start];
        let starts = series[index].as_deref().unwrap_or(&single);
        let length = a.end - a.start;
        for (nth, &local_start) in starts.iter().enumerate() {
            let local_end = local_start + length;
            let s = zone.timestamp(local_start);
            let e = zone.timestamp(local_end).max(s);
            out.push(Occurrence {
                appt: a,
                info,
                index,
                nth,
                local_start,
                local_end,
                s,
                e,
            });
        }
    }
    // The key is unique, so an unstable sort gives the same order, faster.
    out.sort_unstable_by_key(|o| (o.s, o.index, o.nth));
    Ok(Expanded {
        occurrences: out,
        countries,
    })
}

/// The local start of every occurrence of a series, the first being `first`.
pub fn series_starts(
    tz: Tz,
    first: NaiveDateTime,
    r: &Recurrence,
    as_of: NaiveDate,
) -> Result<Vec<NaiveDateTime>, String> {
    let last: NaiveDateTime = match r.until {
        Some(Until::Date(d)) => d
            .and_hms_opt(23, 59, 59)
            .unwrap_or(d.and_time(NaiveTime::MIN)),
        Some(Until::Utc(t)) => tz.from_utc_datetime(&t).naive_local(),
        None if r.count.is_some() => NaiveDateTime::MAX,
        None => {
            let base = as_of.max(first.date());
            let end = base
                .checked_add_days(Days::new(OPEN_ENDED_DAYS))
                .unwrap_or(NaiveDate::MAX);
            end.and_hms_opt(23, 59, 59).unwrap_or(NaiveDateTime::MAX)
        }
    };
    let limit = r
        .count
        .map(|c| c as usize)
        .unwrap_or(usize::MAX)
        .min(MAX_OCCURRENCES_PER_SERIES);
    let mut starts = vec![first];
    if limit <= 1 || last < first {
        return Ok(starts);
    }
    if r.interval > u32::from(u16::MAX) {
        // The rrule crate takes intervals up to 65,535. A larger one (validation
        // allows it only without BY… parts) is stepped here, a whole period at a time.
        return Ok(step_periods(first, r, last, limit));
    }
    // The pattern only: COUNT and UNTIL are applied above and below, by the spec's rules.
    let pattern: Vec<String> = r
        .raw
        .split(';')
        .map(|p| p.trim().to_ascii_uppercase())
        .filter(|p| !p.is_empty() && !p.starts_with("COUNT=") && !p.starts_with("UNTIL="))
        .collect();
    let rule: RRule<Unvalidated> = pattern
        .join(";")
        .parse()
        .map_err(|e: rrule::RRuleError| e.to_string())?;
    let floating = rrule::Tz::UTC.from_utc_datetime(&first);
    let set = rule.build(floating).map_err(|e| e.to_string())?;
    for t in &set {
        let local = t.with_timezone(&Utc).naive_utc();
        if local > last || starts.len() >= limit {
            break;
        }
        if local > first {
            starts.push(local);
        }
    }
    Ok(starts)
}

/// The starts of a rule with no `BY…` parts, stepped one period of `INTERVAL` at a
/// time. A monthly or yearly step that lands on a day the month does not have (31 June,
/// 29 February) is skipped, as RFC 5545 says.
fn step_periods(
    first: NaiveDateTime,
    r: &Recurrence,
    last: NaiveDateTime,
    limit: usize,
) -> Vec<NaiveDateTime> {
    let mut starts = vec![first];
    let months = match r.freq {
        Freq::Monthly => Some(1),
        Freq::Yearly => Some(12),
        Freq::Daily | Freq::Weekly => None,
    };
    for k in 1u64.. {
        if starts.len() >= limit {
            break;
        }
        let step = u64::from(r.interval).saturating_mul(k);
        let next = match months {
            None => {
                let days = if r.freq == Freq::Weekly {
                    step.saturating_mul(7)
                } else {
                    step
                };
                first.date().checked_add_days(Days::new(days))
            }
            Some(m) => {
                let total = step.saturating_mul(m);
                let Ok(total) = u32::try_from(total) else {
                    break;
                };
                match first.date().checked_add_months(chrono::Months::new(total)) {
                    // chrono clamps to the month's last day; RFC 5545 skips instead.
                    Some(d) if d.day() == first.date().day() => Some(d),
                    Some(_) => continue,
                    None => None,
                }
            }
        };
        let Some(date) = next else { break };
        let t = date.and_time(first.time());
        if t > last {
            break;
        }
        starts.push(t);
    }
    starts
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{NaiveDate, Timelike};

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn t(y: i32, m: u32, day: u32, h: u32, min: u32) -> NaiveDateTime {
        d(y, m, day).and_hms_opt(h, min, 0).unwrap()
    }

    fn rule(s: &str) -> Recurrence {
        Recurrence::parse(s).unwrap()
    }

    const LONDON: Tz = chrono_tz::Europe::London;

    #[test]
    fn count_includes_the_first_even_when_it_does_not_match() {
        // 2026-12-02 is a Wednesday; the rule says Tuesdays.
        let s = series_starts(
            LONDON,
            t(2026, 12, 2, 10, 0),
            &rule("FREQ=WEEKLY;BYDAY=TU;COUNT=3"),
            d(2026, 11, 24),
        )
        .unwrap();
        assert_eq!(
            s,
            vec![
                t(2026, 12, 2, 10, 0),
                t(2026, 12, 8, 10, 0),
                t(2026, 12, 15, 10, 0)
            ]
        );
    }

    #[test]
    fn until_date_includes_the_whole_day() {
        let s = series_starts(
            LONDON,
            t(2026, 12, 1, 18, 0),
            &rule("FREQ=DAILY;UNTIL=20261203"),
            d(2026, 11, 24),
        )
        .unwrap();
        assert_eq!(s.len(), 3);
        assert_eq!(s[2], t(2026, 12, 3, 18, 0));
    }

    #[test]
    fn until_utc_is_converted_to_local_time() {
        // 2027-06-03 17:30 UTC is 18:30 BST, so an 18:00 local occurrence that day counts.
        let s = series_starts(
            LONDON,
            t(2027, 6, 1, 18, 0),
            &rule("FREQ=DAILY;UNTIL=20270603T173000Z"),
            d(2027, 1, 1),
        )
        .unwrap();
        assert_eq!(s.last(), Some(&t(2027, 6, 3, 18, 0)));
        let s = series_starts(
            LONDON,
            t(2027, 6, 1, 18, 0),
            &rule("FREQ=DAILY;UNTIL=20270603T165959Z"),
            d(2027, 1, 1),
        )
        .unwrap();
        assert_eq!(s.last(), Some(&t(2027, 6, 2, 18, 0)));
    }

    #[test]
    fn open_ended_rules_run_730_days_past_the_later_date() {
        let s = series_starts(
            LONDON,
            t(2026, 1, 1, 9, 0),
            &rule("FREQ=DAILY"),
            d(2026, 11, 24),
        )
        .unwrap();
        assert_eq!(s.last().unwrap().date(), d(2028, 11, 23));
        let s = series_starts(
            LONDON,
            t(2026, 12, 1, 9, 0),
            &rule("FREQ=DAILY"),
            d(2026, 11, 24),
        )
        .unwrap();
        assert_eq!(s.last().unwrap().date(), d(2028, 11, 30));
    }

    #[test]
    fn wall_clock_time_is_kept_across_the_clock_changes() {
        // Weekly on Sundays at 09:00 across 2027-03-28 (clocks go forward) and
        // 2027-10-31 (clocks go back).
        let s = series_starts(
            LONDON,
            t(2027, 3, 21, 9, 0),
            &rule("FREQ=WEEKLY;COUNT=3"),
            d(2027, 1, 1),
        )
        .unwrap();
        for x in &s {
            assert_eq!((x.hour(), x.minute()), (9, 0));
        }
        assert_eq!(s[1], t(2027, 3, 28, 9, 0));
        let inst = resolve_local(LONDON, s[1]);
        assert_eq!(inst.with_timezone(&Utc).hour(), 8, "09:00 BST is 08:00 UTC");
        let s = series_starts(
            LONDON,
            t(2027, 10, 24, 9, 0),
            &rule("FREQ=WEEKLY;COUNT=2"),
            d(2027, 1, 1),
        )
        .unwrap();
        assert_eq!(resolve_local(LONDON, s[1]).with_timezone(&Utc).hour(), 9);
    }

    #[test]
    fn zone_cache_agrees_with_full_resolution() {
        for tz in [
            LONDON,
            chrono_tz::America::Sao_Paulo,
            chrono_tz::Australia::Lord_Howe,
            chrono_tz::Asia::Tehran,
        ] {
            let mut cache = ZoneCache::new(tz);
            let mut at = t(2026, 1, 1, 0, 0);
            while at < t(2027, 12, 31, 0, 0) {
                assert_eq!(
                    cache.timestamp(at),
                    resolve_local(tz, at).timestamp(),
                    "{tz} {at}"
                );
                at += chrono::Duration::minutes(15);
            }
        }
    }

    #[test]
    fn huge_intervals_are_stepped() {
        let s = series_starts(
            LONDON,
            t(2026, 12, 3, 10, 0),
            &rule("FREQ=DAILY;INTERVAL=65536;COUNT=2"),
            d(2026, 11, 24),
        )
        .unwrap();
        assert_eq!(s.len(), 2);
        assert_eq!((s[1].date() - s[0].date()).num_days(), 65_536);
        let s = series_starts(
            LONDON,
            t(2027, 1, 31, 10, 0),
            &rule("FREQ=MONTHLY;INTERVAL=70001;COUNT=2"),
            d(2026, 11, 24),
        )
        .unwrap();
        assert_eq!(s.len(), 2);
        assert_eq!(s[1].day(), 31);
        // Open-ended: the next period is far beyond the horizon.
        let s = series_starts(
            LONDON,
            t(2026, 12, 3, 10, 0),
            &rule("FREQ=WEEKLY;INTERVAL=100000"),
            d(2026, 11, 24),
        )
        .unwrap();
        assert_eq!(s, vec![t(2026, 12, 3, 10, 0)]);
    }

    #[test]
    fn hostile_counts_are_capped() {
        let s = series_starts(
            LONDON,
            t(2026, 1, 1, 9, 0),
            &rule("FREQ=DAILY;COUNT=4000000000"),
            d(2026, 1, 1),
        )
        .unwrap();
        assert_eq!(s.len(), MAX_OCCURRENCES_PER_SERIES);
    }

    #[test]
    fn monthly_ordinals_and_month_days() {
        let s = series_starts(
            LONDON,
            t(2026, 12, 1, 10, 0),
            &rule("FREQ=MONTHLY;BYDAY=-1FR;COUNT=3"),
            d(2026, 11, 24),
        )
        .unwrap();
        assert_eq!(
            s,
            vec![
                t(2026, 12, 1, 10, 0),
                t(2026, 12, 25, 10, 0),
                t(2027, 1, 29, 10, 0)
            ]
        );
        let s = series_starts(
            LONDON,
            t(2027, 1, 31, 10, 0),
            &rule("FREQ=MONTHLY;BYMONTHDAY=31;COUNT=3"),
            d(2026, 11, 24),
        )
        .unwrap();
        assert_eq!(s[1], t(2027, 3, 31, 10, 0), "February has no 31st");
    }
}
