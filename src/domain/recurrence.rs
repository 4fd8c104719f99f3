//! Recurrence rules: the subset of RFC 5545 `RRULE` that plans may use.
//!
//! This module parses and validates a rule; expanding it into occurrences is
//! the checker's job.

use std::fmt;

use chrono::{NaiveDate, NaiveDateTime, NaiveTime, Weekday};

use super::names::named_enum;

named_enum! {
    /// How often a rule repeats (`FREQ`).
    pub enum Freq ("FREQ") {
        /// Every day.
        Daily => "DAILY",
        /// Every week.
        Weekly => "WEEKLY",
        /// Every month.
        Monthly => "MONTHLY",
        /// Every year.
        Yearly => "YEARLY",
    }
}

/// The end of a rule (`UNTIL`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Until {
    /// A local date; the whole of that day is included (`UNTIL=20270101`).
    Date(NaiveDate),
    /// A UTC date-time (`UNTIL=20270101T120000Z`), to be converted to local time.
    Utc(NaiveDateTime),
}

/// One `BYDAY` value, like `TU` or, in monthly rules, `2TU` or `-1FR`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ByDay {
    /// Which occurrence of the weekday in the month (1..5, or −5..−1 from the end); `None` for every one.
    pub ordinal: Option<i8>,
    /// The day of the week.
    pub weekday: Weekday,
}

/// A parsed and validated recurrence rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recurrence {
    /// The rule exactly as written; this is what is written back.
    pub raw: String,
    /// How often it repeats.
    pub freq: Freq,
    /// Every how many periods (`INTERVAL`, default 1).
    pub interval: u32,
    /// How many occurrences, counting the first (`COUNT`).
    pub count: Option<u32>,
    /// The last possible occurrence (`UNTIL`).
    pub until: Option<Until>,
    /// `BYDAY` values, in the order written.
    pub by_day: Vec<ByDay>,
    /// `BYMONTHDAY` values (1..31, or −31..−1 from the end of the month).
    pub by_month_day: Vec<i8>,
    /// `BYMONTH` values (1..12).
    pub by_month: Vec<u8>,
    /// The first day of the week (`WKST`), default Monday.
    pub wkst: Weekday,
}

/// The rule parts this version supports.
const SUPPORTED: [&str; 8] = [
    "FREQ",
    "INTERVAL",
    "COUNT",
    "UNTIL",
    "BYDAY",
    "BYMONTHDAY",
    "BYMONTH",
    "WKST",
];

const DAY_CODES: [(&str, Weekday); 7] = [
    ("MO", Weekday::Mon),
    ("TU", Weekday::Tue),
    ("WE", Weekday::Wed),
    ("TH", Weekday::Thu),
    ("FR", Weekday::Fri),
    ("SA", Weekday::Sat),
    ("SU", Weekday::Sun),
];

fn day_code(s: &str) -> Option<Weekday> {
    DAY_CODES
        .iter()
        .find(|(c, _)| c.eq_ignore_ascii_case(s))
        .map(|(_, d)| *d)
}

/// A whole number of 1 or more, digits only.
fn positive(s: &str) -> Option<u32> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse::<u32>().ok().filter(|n| *n >= 1)
}

/// A non-zero number with an optional sign whose size is at most `max`.
fn signed(s: &str, max: u32) -> Option<i8> {
    let (neg, digits) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let n = positive(digits).filter(|n| *n <= max)?;
    let n = i8::try_from(n).ok()?;
    Some(if neg { -n } else { n })
}

fn by_day(s: &str) -> Option<ByDay> {
    let split = s.len().checked_sub(2)?;
    if !s.is_char_boundary(split) {
        return None;
    }
    let (ord, code) = s.split_at(split);
    let weekday = day_code(code)?;
    let ordinal = if ord.is_empty() {
        None
    } else {
        Some(signed(ord, 5)?)
    };
    Some(ByDay { ordinal, weekday })
}

fn until(s: &str) -> Option<Until> {
    let b = s.as_bytes();
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        let part = b.get(r)?;
        if !part.iter().all(u8::is_ascii_digit) {
            return None;
        }
        std::str::from_utf8(part).ok()?.parse().ok()
    };
    if b.len() != 8 && !(b.len() == 16 && b[8] == b'T' && b[15] == b'Z') {
        return None;
    }
    let year = i32::try_from(num(0..4)?).ok()?;
    let date = NaiveDate::from_ymd_opt(year, num(4..6)?, num(6..8)?)?;
    if b.len() == 8 {
        return Some(Until::Date(date));
    }
    let time = NaiveTime::from_hms_opt(num(9..11)?, num(11..13)?, num(13..15)?)?;
    Some(Until::Utc(date.and_time(time)))
}

/// Parses each comma-separated value of a list part.
fn list<T>(name: &str, value: &str, one: impl Fn(&str) -> Option<T>) -> Result<Vec<T>, String> {
    value
        .split(',')
        .map(|v| one(v).ok_or_else(|| format!("invalid {name} value \"{v}\"")))
        .collect()
}

impl Recurrence {
    /// Parses a rule such as `FREQ=WEEKLY;BYDAY=TU;COUNT=6`, written without
    /// the `RRULE:` prefix. Returns a short message on the first problem.
    pub fn parse(s: &str) -> Result<Recurrence, String> {
        if s.get(..6).is_some_and(|p| p.eq_ignore_ascii_case("RRULE:")) {
            return Err("must not start with \"RRULE:\"".to_string());
        }
        if s.is_empty() {
            return Err("must not be empty".to_string());
        }
        let mut seen: Vec<String> = Vec::new();
        let mut freq = None;
        let mut rule = Recurrence {
            raw: s.to_string(),
            freq: Freq::Daily,
            interval: 1,
            count: None,
            until: None,
            by_day: Vec::new(),
            by_month_day: Vec::new(),
            by_month: Vec::new(),
            wkst: Weekday::Mon,
        };
        for part in s.split(';') {
            let Some((name, value)) = part.split_once('=') else {
                return Err(format!("malformed RRULE part \"{part}\""));
            };
            let name = name.to_ascii_uppercase();
            if !SUPPORTED.contains(&name.as_str()) {
                return Err(format!("unsupported RRULE part \"{name}\""));
            }
            if seen.contains(&name) {
                return Err(format!("RRULE part \"{name}\" is given twice"));
            }
            if value.is_empty() {
                return Err(format!("RRULE part \"{name}\" has no value"));
            }
            match name.as_str() {
                "FREQ" => {
                    let f = Freq::from_name(&value.to_ascii_uppercase())
                        .ok_or_else(|| format!("unsupported FREQ \"{value}\""))?;
                    freq = Some(f);
                }
                "INTERVAL" => {
                    rule.interval =
                        positive(value).ok_or("INTERVAL must be a whole number of 1 or more")?;
                }
                "COUNT" => {
                    rule.count =
                        Some(positive(value).ok_or("COUNT must be a whole number of 1 or more")?);
                }
                "UNTIL" => {
                    rule.until = Some(until(value).ok_or(
                        "UNTIL must be a date like 20270101 or a UTC time like 20270101T120000Z",
                    )?);
                }
                "BYDAY" => rule.by_day = list(&name, value, by_day)?,
                "BYMONTHDAY" => rule.by_month_day = list(&name, value, |v| signed(v, 31))?,
                "BYMONTH" => {
                    rule.by_month = list(&name, value, |v| {
                        positive(v)
                            .filter(|m| *m <= 12)
                            .and_then(|m| u8::try_from(m).ok())
                    })?;
                }
                _ => {
                    rule.wkst =
                        day_code(value).ok_or_else(|| format!("invalid WKST value \"{value}\""))?;
                }
            }
            seen.push(name);
        }
        rule.freq = freq.ok_or("FREQ is required")?;
        if rule.count.is_some() && rule.until.is_some() {
            return Err("COUNT and UNTIL cannot both be given".to_string());
        }
        if rule.freq != Freq::Monthly && rule.by_day.iter().any(|d| d.ordinal.is_some()) {
            return Err("BYDAY ordinals like 2TU are only supported with FREQ=MONTHLY".to_string());
        }
        // RFC 5545 forbids BYMONTHDAY in a weekly rule.
        if rule.freq == Freq::Weekly && !rule.by_month_day.is_empty() {
            return Err("BYMONTHDAY cannot be used with FREQ=WEEKLY".to_string());
        }
        if rule.interval > Self::MAX_FILTERED_INTERVAL && rule.has_filters() {
            return Err(format!(
                "an INTERVAL above {} cannot be combined with BYDAY, BYMONTHDAY or BYMONTH",
                Self::MAX_FILTERED_INTERVAL
            ));
        }
        Ok(rule)
    }

    /// The largest `INTERVAL` that may be combined with `BYDAY`, `BYMONTHDAY` or
    /// `BYMONTH` (larger ones put the second period centuries away).
    pub const MAX_FILTERED_INTERVAL: u32 = 65_535;

    /// Whether the rule has any `BY…` part.
    pub fn has_filters(&self) -> bool {
        !self.by_day.is_empty() || !self.by_month_day.is_empty() || !self.by_month.is_empty()
    }

    /// The rule exactly as written.
    pub fn as_str(&self) -> &str {
        &self.raw
    }
}

impl fmt::Display for Recurrence {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.raw)
    }
}

impl serde::Serialize for Recurrence {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.raw)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(s: &str) -> String {
        match Recurrence::parse(s) {
            Ok(r) => panic!("{s} parsed as {r:?}"),
            Err(e) => e,
        }
    }

    #[test]
    fn rejects_combinations_rfc_5545_or_the_expander_cannot_take() {
        assert_eq!(
            Recurrence::parse("FREQ=WEEKLY;BYMONTHDAY=31").unwrap_err(),
            "BYMONTHDAY cannot be used with FREQ=WEEKLY"
        );
        assert!(Recurrence::parse("FREQ=DAILY;INTERVAL=70000;BYDAY=MO")
            .unwrap_err()
            .contains("INTERVAL above 65535"));
        assert!(Recurrence::parse("FREQ=DAILY;INTERVAL=70000;COUNT=2").is_ok());
    }

    #[test]
    fn parses_the_spec_example() {
        let r = Recurrence::parse("FREQ=WEEKLY;BYDAY=TU;COUNT=6").unwrap();
        assert_eq!(r.freq, Freq::Weekly);
        assert_eq!(r.interval, 1);
        assert_eq!(r.count, Some(6));
        assert_eq!(r.until, None);
        assert_eq!(
            r.by_day,
            [ByDay {
                ordinal: None,
                weekday: Weekday::Tue
            }]
        );
        assert_eq!(r.wkst, Weekday::Mon);
        assert_eq!(r.raw, "FREQ=WEEKLY;BYDAY=TU;COUNT=6");
        assert_eq!(r.to_string(), r.raw);
    }

    #[test]
    fn parses_every_supported_part() {
        let r = Recurrence::parse("FREQ=MONTHLY;INTERVAL=2;BYDAY=1MO,-1FR,+2we;BYMONTHDAY=1,-31;BYMONTH=1,12;WKST=SU;UNTIL=20271231").unwrap();
        assert_eq!(r.freq, Freq::Monthly);
        assert_eq!(r.interval, 2);
        assert_eq!(
            r.by_day,
            [
                ByDay {
                    ordinal: Some(1),
                    weekday: Weekday::Mon
                },
                ByDay {
                    ordinal: Some(-1),
                    weekday: Weekday::Fri
                },
                ByDay {
                    ordinal: Some(2),
                    weekday: Weekday::Wed
                },
            ]
        );
        assert_eq!(r.by_month_day, [1, -31]);
        assert_eq!(r.by_month, [1, 12]);
        assert_eq!(r.wkst, Weekday::Sun);
        assert_eq!(
            r.until,
            Some(Until::Date(NaiveDate::from_ymd_opt(2027, 12, 31).unwrap()))
        );
        let r = Recurrence::parse("freq=daily;until=20270101T120000Z").unwrap();
        assert_eq!(r.freq, Freq::Daily);
        assert_eq!(
            r.until,
            Some(Until::Utc(
                NaiveDate::from_ymd_opt(2027, 1, 1)
                    .unwrap()
                    .and_hms_opt(12, 0, 0)
                    .unwrap()
            ))
        );
        assert_eq!(Recurrence::parse("FREQ=YEARLY").unwrap().freq, Freq::Yearly);
    }

    #[test]
    fn refuses_unsupported_parts() {
        assert_eq!(
            err("FREQ=DAILY;BYHOUR=9"),
            "unsupported RRULE part \"BYHOUR\""
        );
        assert_eq!(
            err("FREQ=WEEKLY;BYSETPOS=1"),
            "unsupported RRULE part \"BYSETPOS\""
        );
        assert_eq!(
            err("DTSTART=20260101;FREQ=DAILY"),
            "unsupported RRULE part \"DTSTART\""
        );
        assert_eq!(err("FREQ=HOURLY"), "unsupported FREQ \"HOURLY\"");
    }

    #[test]
    fn refuses_count_with_until_and_the_prefix() {
        assert_eq!(
            err("FREQ=DAILY;COUNT=3;UNTIL=20270101"),
            "COUNT and UNTIL cannot both be given"
        );
        assert_eq!(err("RRULE:FREQ=DAILY"), "must not start with \"RRULE:\"");
        assert_eq!(err("rrule:FREQ=DAILY"), "must not start with \"RRULE:\"");
    }

    #[test]
    fn refuses_malformed_rules() {
        assert_eq!(err(""), "must not be empty");
        assert_eq!(err("COUNT=3"), "FREQ is required");
        assert_eq!(err("FREQ=DAILY;"), "malformed RRULE part \"\"");
        assert_eq!(err("FREQ=DAILY;COUNT"), "malformed RRULE part \"COUNT\"");
        assert_eq!(
            err("FREQ=DAILY;FREQ=WEEKLY"),
            "RRULE part \"FREQ\" is given twice"
        );
        assert_eq!(
            err("FREQ=DAILY;COUNT="),
            "RRULE part \"COUNT\" has no value"
        );
        assert_eq!(
            err("FREQ=DAILY;COUNT=0"),
            "COUNT must be a whole number of 1 or more"
        );
        assert_eq!(
            err("FREQ=DAILY;COUNT=99999999999"),
            "COUNT must be a whole number of 1 or more"
        );
        assert_eq!(
            err("FREQ=DAILY;INTERVAL=-1"),
            "INTERVAL must be a whole number of 1 or more"
        );
        assert!(err("FREQ=DAILY;UNTIL=20270101T120000").starts_with("UNTIL must be"));
        assert!(err("FREQ=DAILY;UNTIL=20270230").starts_with("UNTIL must be"));
        assert_eq!(err("FREQ=WEEKLY;BYDAY=XX"), "invalid BYDAY value \"XX\"");
        assert_eq!(err("FREQ=MONTHLY;BYDAY=6MO"), "invalid BYDAY value \"6MO\"");
        assert_eq!(err("FREQ=MONTHLY;BYDAY=0MO"), "invalid BYDAY value \"0MO\"");
        assert_eq!(err("FREQ=MONTHLY;BYDAY=é"), "invalid BYDAY value \"é\"");
        assert_eq!(
            err("FREQ=MONTHLY;BYMONTHDAY=32"),
            "invalid BYMONTHDAY value \"32\""
        );
        assert_eq!(
            err("FREQ=YEARLY;BYMONTH=13"),
            "invalid BYMONTH value \"13\""
        );
        assert_eq!(err("FREQ=WEEKLY;WKST=XX"), "invalid WKST value \"XX\"");
        assert_eq!(
            err("FREQ=WEEKLY;BYDAY=1TU"),
            "BYDAY ordinals like 2TU are only supported with FREQ=MONTHLY"
        );
    }
}
