//! The pregnancy: a due date, and whether it is her first.

use chrono::{NaiveDate, TimeDelta};
use serde_json::{Map, Value};

use super::decode::{boolean, date, finish, object, write_extra, Out};
use super::names::serialize_via_value;
use super::problem::Problems;
use super::time::format_date;

/// Her pregnancy. The due date is 40+0 (weeks+days), so 0+0 is 280 days before it.
#[derive(Debug, Clone, PartialEq)]
pub struct Pregnancy {
    /// The due date (required).
    pub due_date: NaiveDate,
    /// Whether this is her first pregnancy; default `false`.
    pub first_pregnancy: bool,
    /// Unknown fields, kept so they can be written back.
    pub extra: Map<String, Value>,
}

impl Pregnancy {
    const KNOWN: &'static [&'static str] = &["due_date", "first_pregnancy"];

    /// A pregnancy with this due date, not the first.
    pub fn new(due_date: NaiveDate) -> Self {
        Pregnancy {
            due_date,
            first_pregnancy: false,
            extra: Map::new(),
        }
    }

    /// The date at `weeks`+`days` of pregnancy (40+0 is the due date), if it
    /// is within the calendar's range.
    pub fn date_at(&self, weeks: i64, days: i64) -> Option<NaiveDate> {
        let offset = weeks.checked_mul(7)?.checked_add(days)?.checked_sub(280)?;
        self.due_date
            .checked_add_signed(TimeDelta::try_days(offset)?)
    }

    /// The number of days of pregnancy on `date` (0 on day 0+0, 280 on the due date).
    pub fn day_of_pregnancy(&self, date: NaiveDate) -> i64 {
        280 - (self.due_date - date).num_days()
    }

    /// Decodes a pregnancy from JSON; `path` names it in problems (may be empty).
    pub fn from_value(v: &Value, path: &str) -> Result<Pregnancy, Problems> {
        let mut out = Vec::new();
        let p = Self::decode(v, path, &mut out);
        finish(p, out, path)
    }

    pub(crate) fn decode(v: &Value, path: &str, out: &mut Out) -> Option<Pregnancy> {
        let o = object(v, path, out)?;
        let before = out.len();
        let due_date = o.req("due_date", out, date);
        let first_pregnancy = o.opt("first_pregnancy", out, boolean).unwrap_or(false);
        let extra = o.extra(Self::KNOWN);
        if out.len() > before {
            return None;
        }
        Some(Pregnancy {
            due_date: due_date?,
            first_pregnancy,
            extra,
        })
    }

    /// Writes the pregnancy as JSON, with defaults filled in.
    pub fn to_value(&self) -> Value {
        let mut map = Map::new();
        map.insert("due_date".into(), Value::from(format_date(self.due_date)));
        map.insert("first_pregnancy".into(), Value::from(self.first_pregnancy));
        write_extra(&mut map, &self.extra);
        Value::Object(map)
    }
}

serialize_via_value!(Pregnancy);

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn arithmetic() {
        let p = Pregnancy::new(d(2027, 4, 20));
        assert_eq!(p.date_at(40, 0), Some(d(2027, 4, 20)));
        assert_eq!(p.date_at(37, 0), Some(d(2027, 3, 30)));
        assert_eq!(p.date_at(0, 0), Some(d(2026, 7, 14)));
        assert_eq!(p.day_of_pregnancy(d(2026, 7, 14)), 0);
        assert_eq!(p.day_of_pregnancy(d(2027, 4, 20)), 280);
        assert_eq!(p.date_at(i64::MAX, 0), None);
    }

    #[test]
    fn decodes_and_refuses() {
        let p = Pregnancy::from_value(&json!({"due_date": "2027-04-20"}), "pregnancy").unwrap();
        assert_eq!(p, Pregnancy::new(d(2027, 4, 20)));
        assert_eq!(
            p.to_value(),
            json!({"due_date": "2027-04-20", "first_pregnancy": false})
        );
        let e = Pregnancy::from_value(&json!({"first_pregnancy": "yes"}), "pregnancy").unwrap_err();
        assert_eq!(
            e.to_string(),
            "pregnancy.due_date: is required\npregnancy.first_pregnancy: must be true or false"
        );
        let e = Pregnancy::from_value(&json!({"due_date": "20/04/2027"}), "pregnancy").unwrap_err();
        assert_eq!(
            e.to_string(),
            "pregnancy.due_date: must be a date like 2026-11-24"
        );
    }
}
