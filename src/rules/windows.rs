//! Window instances: the concrete intervals of a curfew's or a zone's windows.
//!
//! A window *starts* on the days it lists (every day if none). One whose `to` is not
//! later than its `from` ends the next day. An instance counts only when its condition
//! applies on the date it starts, so the last night of a curfew that ends on 31
//! December runs to the morning of 1 January. Both ends are wall-clock times resolved
//! on their own date, so a 19:00–07:00 curfew lasts 11 hours on the night the clocks go
//! forward and 13 hours on the night they go back.

use std::collections::HashMap;

use chrono::{DateTime, Datelike, Days, NaiveDate, NaiveDateTime, NaiveTime};
use chrono_tz::Tz;

use crate::domain::{resolve_local, Condition, Window};

/// One instance of a window.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Instance {
    /// The date it starts on.
    pub date: NaiveDate,
    /// Its start.
    pub start: DateTime<Tz>,
    /// Its end (exclusive).
    pub end: DateTime<Tz>,
    /// `start` in seconds since the epoch.
    pub s: i64,
    /// `end` in seconds since the epoch.
    pub e: i64,
}

/// The instance of window `w` starting on `date`, if it counts on that date.
pub fn instance_on(tz: Tz, c: &Condition, w: &Window, date: NaiveDate) -> Option<Instance> {
    if !c.applies_on(date) || !w.starts_on(date.weekday()) {
        return None;
    }
    let end_date = if w.to <= w.from {
        date.checked_add_days(Days::new(1))?
    } else {
        date
    };
    let start = resolve_local(tz, date.and_time(w.from));
    let end = resolve_local(tz, end_date.and_time(w.to));
    Some(Instance {
        date,
        s: start.timestamp(),
        e: end.timestamp(),
        start,
        end,
    })
}

/// Window instances of one condition, worked out once per date and kept, because many
/// occurrences fall on the same few dates.
pub struct InstanceCache<'a> {
    tz: Tz,
    condition: &'a Condition,
    windows: &'a [Window],
    /// Instances by day, indexed from `base`; grown as needed.
    base: Option<NaiveDate>,
    by_day: Vec<Option<Vec<Instance>>>,
    /// Days far from `base` (a diary spanning decades) go here instead.
    far: HashMap<NaiveDate, Vec<Instance>>,
}

/// The most days the dense part of the cache holds (about 27 years).
const DENSE_DAYS: usize = 10_000;

impl<'a> InstanceCache<'a> {
    /// An empty cache for a condition's windows.
    pub fn new(tz: Tz, condition: &'a Condition, windows: &'a [Window]) -> Self {
        InstanceCache {
            tz,
            condition,
            windows,
            base: None,
            by_day: Vec::new(),
            far: HashMap::new(),
        }
    }

    fn on(&mut self, date: NaiveDate) -> &[Instance] {
        let (tz, c, ws) = (self.tz, self.condition, self.windows);
        let make = || {
            ws.iter()
                .filter_map(|w| instance_on(tz, c, w, date))
                .collect()
        };
        let base = *self.base.get_or_insert(date);
        let offset = usize::try_from((date - base).num_days()).ok();
        match offset.filter(|&o| o < DENSE_DAYS) {
            Some(o) => {
                if self.by_day.len() <= o {
                    self.by_day.resize_with(o + 1, || None);
                }
                self.by_day[o].get_or_insert_with(make)
            }
            None => self.far.entry(date).or_insert_with(make),
        }
    }

    /// The earliest moment (seconds since the epoch) at which `[from, to)` overlaps an
    /// instance, and that instance. `first` and `last` are the local date-times of
    /// `from` and `to`; either may be worked out in wall-clock time, and so be out by
    /// the size of a clock change (at most a few hours). The instances starting from
    /// the day before `first` up to the date of `last` are looked at, earliest day
    /// first; one more day is looked at on either side when `first` or `last` is
    /// within three hours of midnight.
    pub fn first_overlap(
        &mut self,
        from: i64,
        to: i64,
        first: NaiveDateTime,
        last: NaiveDateTime,
    ) -> Option<(i64, Instance)> {
        if from >= to {
            return None;
        }
        let early = first.time() < NaiveTime::from_hms_opt(3, 0, 0)?;
        let first_day = first
            .date()
            .checked_sub_days(Days::new(if early { 2 } else { 1 }))?;
        let near_midnight = last.time() >= NaiveTime::from_hms_opt(21, 0, 0)?;
        let last_day = match near_midnight {
            true => last
                .date()
                .checked_add_days(Days::new(1))
                .unwrap_or(last.date()),
            false => last.date(),
        };
        for date in first_day.iter_days().take_while(|d| *d <= last_day) {
            let best = self
                .on(date)
                .iter()
                .filter(|i| i.s < to && from < i.e)
                .map(|i| (from.max(i.s), *i))
                .min_by_key(|(at, _)| *at);
            if best.is_some() {
                return best;
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn curfew(from: &str, to: &str, days: Option<Vec<&str>>) -> Condition {
        let mut w = json!({ "from": from, "to": to });
        if let Some(d) = days {
            w["days"] = json!(d);
        }
        Condition::from_value(
            &json!({ "id": "c1", "kind": "curfew", "windows": [w],
                     "starts": "2026-01-01", "ends": "2027-12-31" }),
            "c",
        )
        .unwrap()
    }

    fn windows(c: &Condition) -> &[Window] {
        match &c.rule {
            crate::domain::ConditionRule::Curfew { windows, .. } => windows,
            _ => unreachable!(),
        }
    }

    const LONDON: Tz = chrono_tz::Europe::London;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn curfew_length_on_clock_change_nights() {
        let c = curfew("19:00", "07:00", None);
        let w = &windows(&c)[0];
        let hours = |d: NaiveDate| {
            let i = instance_on(LONDON, &c, w, d).unwrap();
            (i.end - i.start).num_hours()
        };
        assert_eq!(hours(date(2027, 3, 27)), 11, "clocks go forward");
        assert_eq!(hours(date(2027, 10, 30)), 13, "clocks go back");
        assert_eq!(hours(date(2027, 6, 1)), 12);
    }

    #[test]
    fn windows_start_only_on_listed_days_and_while_the_condition_applies() {
        let c = curfew("19:00", "07:00", Some(vec!["sat"]));
        let w = &windows(&c)[0];
        assert!(
            instance_on(LONDON, &c, w, date(2026, 12, 5)).is_some(),
            "a Saturday"
        );
        assert!(
            instance_on(LONDON, &c, w, date(2026, 12, 6)).is_none(),
            "a Sunday"
        );
        assert!(
            instance_on(LONDON, &c, w, date(2025, 12, 6)).is_none(),
            "before starts"
        );
        // The last night (starting on the `ends` date) runs into the next year.
        let c = curfew("19:00", "07:00", None);
        let i = instance_on(LONDON, &c, &windows(&c)[0], date(2027, 12, 31)).unwrap();
        assert_eq!(i.end.date_naive(), date(2028, 1, 1));
        assert!(instance_on(LONDON, &c, &windows(&c)[0], date(2028, 1, 1)).is_none());
    }

    #[test]
    fn first_overlap_finds_the_previous_evening_window() {
        let c = curfew("19:00", "07:00", None);
        let at = |h: u32| {
            resolve_local(LONDON, date(2026, 12, 3).and_hms_opt(h, 0, 0).unwrap()).timestamp()
        };
        let day = date(2026, 12, 3);
        let noon = day.and_hms_opt(12, 0, 0).unwrap();
        let mut cache = InstanceCache::new(LONDON, &c, windows(&c));
        let morning = day.and_hms_opt(6, 0, 0).unwrap();
        let (first, i) = cache.first_overlap(at(6), at(8), morning, noon).unwrap();
        assert_eq!(first, at(6));
        assert_eq!(i.date, date(2026, 12, 2));
        // Touching is not overlapping.
        assert!(cache.first_overlap(at(7), at(19), morning, noon).is_none());
    }
}
