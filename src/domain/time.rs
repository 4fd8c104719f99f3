//! Local wall-clock dates and times: parsing, formatting, and resolving
//! through the plan's time zone.
//!
//! Plans hold local times without an offset (`2026-12-03T17:30`). They are
//! turned into real instants with [`resolve_local`], which follows the
//! specification for the nights the clocks change.

use chrono::{
    DateTime, LocalResult, NaiveDate, NaiveDateTime, NaiveTime, Offset, TimeDelta, TimeZone,
    Timelike,
};
use chrono_tz::Tz;

/// The time zone used when a plan names none.
pub const DEFAULT_ZONE: Tz = Tz::Europe__London;

/// The message for a malformed date.
pub const DATE_MESSAGE: &str = "must be a date like 2026-11-24";
/// The message for a malformed date-time.
pub const DATETIME_MESSAGE: &str = "must be a date and time like 2026-12-03T17:30";
/// The message for a date-time with an offset or `Z`.
pub const OFFSET_MESSAGE: &str = "has an offset; use local time like 2026-12-03T17:30";
/// The message for a malformed time of day.
pub const TIME_MESSAGE: &str = "must be a time like 19:00";

/// Reads a number made only of ASCII digits.
fn digits(b: &[u8]) -> Option<u32> {
    if b.is_empty() || !b.iter().all(u8::is_ascii_digit) {
        return None;
    }
    Some(b.iter().fold(0u32, |n, d| n * 10 + u32::from(d - b'0')))
}

fn date_bytes(b: &[u8]) -> Option<NaiveDate> {
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let y = i32::try_from(digits(&b[0..4])?).ok()?;
    NaiveDate::from_ymd_opt(y, digits(&b[5..7])?, digits(&b[8..10])?)
}

/// Reads `HH:MM` or `HH:MM:SS` at the start of `b`; returns the time and the rest.
fn time_prefix(b: &[u8]) -> Option<(NaiveTime, &[u8])> {
    if b.len() < 5 || b[2] != b':' {
        return None;
    }
    let (h, m) = (digits(&b[0..2])?, digits(&b[3..5])?);
    let (s, rest) = if b.len() >= 8 && b[5] == b':' && b[6].is_ascii_digit() {
        (digits(&b[6..8])?, &b[8..])
    } else {
        (0, &b[5..])
    };
    Some((NaiveTime::from_hms_opt(h, m, s)?, rest))
}

/// Parses a date written `YYYY-MM-DD`.
pub fn parse_date(s: &str) -> Result<NaiveDate, String> {
    date_bytes(s.as_bytes()).ok_or_else(|| DATE_MESSAGE.to_string())
}

/// Parses a local date-time written `YYYY-MM-DDTHH:MM` or `YYYY-MM-DDTHH:MM:SS`.
/// A value with an offset or `Z` is refused with its own message.
pub fn parse_datetime(s: &str) -> Result<NaiveDateTime, String> {
    let b = s.as_bytes();
    if b.len() < 16 || b[10] != b'T' {
        return Err(DATETIME_MESSAGE.to_string());
    }
    let date = date_bytes(&b[0..10]).ok_or_else(|| DATETIME_MESSAGE.to_string())?;
    let (time, rest) = time_prefix(&b[11..]).ok_or_else(|| DATETIME_MESSAGE.to_string())?;
    if rest.is_empty() {
        return Ok(date.and_time(time));
    }
    if rest.iter().any(|c| matches!(c, b'Z' | b'z' | b'+' | b'-')) {
        Err(OFFSET_MESSAGE.to_string())
    } else {
        Err(DATETIME_MESSAGE.to_string())
    }
}

/// Parses a time of day written `HH:MM` (or `HH:MM:SS`).
pub fn parse_time(s: &str) -> Result<NaiveTime, String> {
    match time_prefix(s.as_bytes()) {
        Some((t, [])) => Ok(t),
        _ => Err(TIME_MESSAGE.to_string()),
    }
}

/// Parses an IANA time zone name, such as `Europe/London`.
pub fn parse_zone(s: &str) -> Result<Tz, String> {
    s.parse::<Tz>()
        .map_err(|_| format!("unknown time zone \"{s}\""))
}

/// Writes a date as `YYYY-MM-DD`.
pub fn format_date(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

/// Writes a local date-time as `YYYY-MM-DDTHH:MM`, adding `:SS` only when the
/// seconds are not zero.
pub fn format_datetime(t: NaiveDateTime) -> String {
    format!("{}T{}", format_date(t.date()), format_time(t.time()))
}

/// Writes a time of day as `HH:MM`, adding `:SS` only when the seconds are not zero.
pub fn format_time(t: NaiveTime) -> String {
    if t.second() == 0 {
        t.format("%H:%M").to_string()
    } else {
        t.format("%H:%M:%S").to_string()
    }
}

/// Resolves a local wall-clock time through a time zone into a real instant.
///
/// A time that does not exist (in the spring gap) moves forward by the length
/// of the gap, so 01:30 becomes 02:30 in Europe/London on the night the clocks
/// go forward. A time that happens twice (in the autumn) means the first of the
/// two.
pub fn resolve_local(tz: Tz, t: NaiveDateTime) -> DateTime<Tz> {
    match tz.from_local_datetime(&t) {
        LocalResult::Single(d) => d,
        LocalResult::Ambiguous(a, b) => a.min(b),
        LocalResult::None => resolve_gap(tz, t),
    }
}

/// Resolves a time inside a gap by reading it with the offset in force just
/// before the gap. That offset is the one a day earlier, since gaps are short
/// and rare.
fn resolve_gap(tz: Tz, t: NaiveDateTime) -> DateTime<Tz> {
    let earlier = t.checked_sub_signed(TimeDelta::days(1)).unwrap_or(t);
    let before = tz.offset_from_utc_datetime(&earlier).fix();
    let shifted = t.checked_sub_signed(TimeDelta::seconds(i64::from(before.local_minus_utc())));
    if let Some(utc) = shifted {
        let d = tz.from_utc_datetime(&utc);
        if d.naive_local() >= t {
            return d;
        }
    }
    // Fallback for unusual zones: the first minute after `t` that exists.
    let mut probe = t;
    for _ in 0..(48 * 60) {
        match probe.checked_add_signed(TimeDelta::minutes(1)) {
            Some(p) => probe = p,
            None => break,
        }
        match tz.from_local_datetime(&probe) {
            LocalResult::Single(d) => return d,
            LocalResult::Ambiguous(a, b) => return a.min(b),
            LocalResult::None => {}
        }
    }
    tz.from_utc_datetime(&t)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Utc;

    fn dt(s: &str) -> NaiveDateTime {
        match parse_datetime(s) {
            Ok(t) => t,
            Err(e) => panic!("{s}: {e}"),
        }
    }

    fn utc(s: &str) -> DateTime<Utc> {
        Utc.from_utc_datetime(&dt(s))
    }

    fn london(s: &str) -> DateTime<Utc> {
        resolve_local(DEFAULT_ZONE, dt(s)).with_timezone(&Utc)
    }

    #[test]
    fn parses_dates() {
        assert_eq!(
            parse_date("2026-11-24"),
            Ok(NaiveDate::from_ymd_opt(2026, 11, 24).unwrap())
        );
        for bad in [
            "2026-02-30",
            "2026-1-24",
            "26-11-24",
            "2026/11/24",
            "2026-11-24T10:00",
            "",
            "２026-11-24",
        ] {
            assert_eq!(parse_date(bad), Err(DATE_MESSAGE.to_string()), "{bad}");
        }
    }

    #[test]
    fn parses_datetimes() {
        let t = dt("2026-12-03T17:30");
        assert_eq!(format_datetime(t), "2026-12-03T17:30");
        let t = dt("2026-12-03T17:30:05");
        assert_eq!(format_datetime(t), "2026-12-03T17:30:05");
        assert_eq!(
            format_datetime(dt("2026-12-03T17:30:00")),
            "2026-12-03T17:30"
        );
        for bad in [
            "2026-12-03T17:30Z",
            "2026-12-03T17:30+01:00",
            "2026-12-03T17:30:00-05:00",
            "2026-12-03T17:30:00.000Z",
        ] {
            assert_eq!(
                parse_datetime(bad),
                Err(OFFSET_MESSAGE.to_string()),
                "{bad}"
            );
        }
        for bad in [
            "2026-12-03",
            "2026-12-03 17:30",
            "2026-12-03T25:00",
            "2026-12-03T17:3",
            "2026-12-03T17:30:0",
            "2026-12-03T17:30:00.5",
            "2026-12-03t17:30",
            "2026-12-03T17:30é",
        ] {
            assert_eq!(
                parse_datetime(bad),
                Err(DATETIME_MESSAGE.to_string()),
                "{bad}"
            );
        }
    }

    #[test]
    fn parses_times() {
        assert_eq!(format_time(parse_time("19:00").unwrap()), "19:00");
        assert_eq!(format_time(parse_time("07:05:09").unwrap()), "07:05:09");
        for bad in ["7:00", "24:00", "19:60", "19.00", "19:00Z", ""] {
            assert_eq!(parse_time(bad), Err(TIME_MESSAGE.to_string()), "{bad}");
        }
    }

    #[test]
    fn parses_zones() {
        assert_eq!(parse_zone("Europe/London"), Ok(Tz::Europe__London));
        assert_eq!(
            parse_zone("Europe/Londn"),
            Err("unknown time zone \"Europe/Londn\"".to_string())
        );
    }

    #[test]
    fn ordinary_times_resolve_directly() {
        assert_eq!(london("2026-12-03T17:30"), utc("2026-12-03T17:30"));
        assert_eq!(london("2026-07-01T12:00"), utc("2026-07-01T11:00"));
    }

    #[test]
    fn spring_gap_moves_forward_2026() {
        // Sunday 29 March 2026: 01:00 GMT becomes 02:00 BST.
        assert_eq!(london("2026-03-29T00:59"), utc("2026-03-29T00:59"));
        assert_eq!(london("2026-03-29T01:00"), utc("2026-03-29T01:00"));
        assert_eq!(london("2026-03-29T01:30"), utc("2026-03-29T01:30"));
        let r = resolve_local(DEFAULT_ZONE, dt("2026-03-29T01:30"));
        assert_eq!(format_datetime(r.naive_local()), "2026-03-29T02:30");
        assert_eq!(london("2026-03-29T02:00"), utc("2026-03-29T01:00"));
    }

    #[test]
    fn spring_gap_moves_forward_2027() {
        // Sunday 28 March 2027.
        let r = resolve_local(DEFAULT_ZONE, dt("2027-03-28T01:30"));
        assert_eq!(format_datetime(r.naive_local()), "2027-03-28T02:30");
        assert_eq!(r.with_timezone(&Utc), utc("2027-03-28T01:30"));
        let r = resolve_local(DEFAULT_ZONE, dt("2027-03-28T01:00"));
        assert_eq!(format_datetime(r.naive_local()), "2027-03-28T02:00");
    }

    #[test]
    fn autumn_overlap_takes_the_first_2026() {
        // Sunday 25 October 2026: 02:00 BST becomes 01:00 GMT.
        assert_eq!(london("2026-10-25T01:30"), utc("2026-10-25T00:30"));
        assert_eq!(london("2026-10-25T00:59"), utc("2026-10-24T23:59"));
        assert_eq!(london("2026-10-25T02:00"), utc("2026-10-25T02:00"));
    }

    #[test]
    fn autumn_overlap_takes_the_first_2027() {
        // Sunday 31 October 2027.
        assert_eq!(london("2027-10-31T01:00"), utc("2027-10-31T00:00"));
        assert_eq!(london("2027-10-31T01:59"), utc("2027-10-31T00:59"));
    }

    #[test]
    fn curfews_last_11_or_13_hours_on_change_nights() {
        let hours = |from: &str, to: &str| (london(to) - london(from)).num_hours();
        assert_eq!(hours("2026-03-28T19:00", "2026-03-29T07:00"), 11);
        assert_eq!(hours("2026-10-24T19:00", "2026-10-25T07:00"), 13);
        assert_eq!(hours("2027-03-27T19:00", "2027-03-28T07:00"), 11);
        assert_eq!(hours("2027-10-30T19:00", "2027-10-31T07:00"), 13);
        assert_eq!(hours("2026-12-05T19:00", "2026-12-06T07:00"), 12);
    }

    #[test]
    fn gaps_in_other_zones() {
        // New York, 8 March 2026: 02:00 EST becomes 03:00 EDT.
        let r = resolve_local(Tz::America__New_York, dt("2026-03-08T02:15"));
        assert_eq!(format_datetime(r.naive_local()), "2026-03-08T03:15");
        // Lord Howe Island has a 30-minute gap (04 October 2026, 02:00 -> 02:30).
        let r = resolve_local(Tz::Australia__Lord_Howe, dt("2026-10-04T02:10"));
        assert_eq!(format_datetime(r.naive_local()), "2026-10-04T02:40");
    }

    #[test]
    fn resolve_handles_extreme_dates() {
        let _ = resolve_local(DEFAULT_ZONE, NaiveDateTime::MIN);
        let _ = resolve_local(DEFAULT_ZONE, NaiveDateTime::MAX);
    }
}
