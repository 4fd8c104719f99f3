//! Helpers for decoding hostile JSON into domain values, collecting every
//! problem with its path instead of stopping at the first.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime, Weekday};
use serde_json::{Map, Number, Value};

use super::names::Named;
use super::problem::{field, Problem, Problems};
use super::time;

/// Where problems are collected.
pub(crate) type Out = Vec<Problem>;

/// Records a problem.
pub(crate) fn push(out: &mut Out, path: impl Into<String>, message: impl Into<String>) {
    out.push(Problem::new(path, message));
}

/// Turns a decoding result into the public result: any problem makes it an error.
pub(crate) fn finish<T>(value: Option<T>, out: Out, path: &str) -> Result<T, Problems> {
    match value {
        Some(v) if out.is_empty() => Ok(v),
        _ if !out.is_empty() => Err(Problems(out)),
        _ => Err(Problems(vec![Problem::new(path, "is invalid")])),
    }
}

/// A JSON object being decoded, with its path.
pub(crate) struct Obj<'a> {
    pub map: &'a Map<String, Value>,
    pub path: &'a str,
}

/// Reads `v` as an object, or records that it must be one.
pub(crate) fn object<'a>(v: &'a Value, path: &'a str, out: &mut Out) -> Option<Obj<'a>> {
    match v {
        Value::Object(map) => Some(Obj { map, path }),
        _ => {
            push(out, path, "must be an object");
            None
        }
    }
}

impl<'a> Obj<'a> {
    /// The path of one of this object's fields.
    pub fn at(&self, key: &str) -> String {
        field(self.path, key)
    }

    /// A field's value; `null` counts as absent.
    pub fn get(&self, key: &str) -> Option<&'a Value> {
        self.map.get(key).filter(|v| !v.is_null())
    }

    /// Decodes a required field, recording `is required` when it is absent.
    pub fn req<T>(
        &self,
        key: &str,
        out: &mut Out,
        conv: impl FnOnce(&'a Value, &str, &mut Out) -> Option<T>,
    ) -> Option<T> {
        let path = self.at(key);
        match self.get(key) {
            Some(v) => conv(v, &path, out),
            None => {
                push(out, path, "is required");
                None
            }
        }
    }

    /// Decodes an optional field: `None` when it is absent (or invalid, in
    /// which case a problem has been recorded).
    pub fn opt<T>(
        &self,
        key: &str,
        out: &mut Out,
        conv: impl FnOnce(&'a Value, &str, &mut Out) -> Option<T>,
    ) -> Option<T> {
        let path = self.at(key);
        self.get(key).and_then(|v| conv(v, &path, out))
    }

    /// The fields not named in `known`, kept so they can be written back.
    pub fn extra(&self, known: &[&str]) -> Map<String, Value> {
        self.map
            .iter()
            .filter(|(k, _)| !known.contains(&k.as_str()))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect()
    }
}

/// Reads a string.
pub(crate) fn string(v: &Value, path: &str, out: &mut Out) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        _ => {
            push(out, path, "must be a string");
            None
        }
    }
}

/// Reads `true` or `false`.
pub(crate) fn boolean(v: &Value, path: &str, out: &mut Out) -> Option<bool> {
    match v {
        Value::Bool(b) => Some(*b),
        _ => {
            push(out, path, "must be true or false");
            None
        }
    }
}

/// Reads a number.
pub(crate) fn number(v: &Value, path: &str, out: &mut Out) -> Option<f64> {
    match v.as_f64() {
        Some(n) if n.is_finite() => Some(n),
        _ => {
            push(out, path, "must be a number");
            None
        }
    }
}

/// Reads a list.
pub(crate) fn list<'a>(v: &'a Value, path: &str, out: &mut Out) -> Option<&'a Vec<Value>> {
    match v {
        Value::Array(items) => Some(items),
        _ => {
            push(out, path, "must be a list");
            None
        }
    }
}

/// Reads a list of strings.
pub(crate) fn strings(v: &Value, path: &str, out: &mut Out) -> Option<Vec<String>> {
    let items = list(v, path, out)?;
    let before = out.len();
    let result: Vec<String> = items
        .iter()
        .enumerate()
        .filter_map(|(i, item)| string(item, &super::problem::index(path, i), out))
        .collect();
    (out.len() == before).then_some(result)
}

/// Reads a whole number of minutes, 0 or more.
pub(crate) fn minutes(v: &Value, path: &str, out: &mut Out) -> Option<u32> {
    const MESSAGE: &str = "must be a whole number of 0 or more";
    let whole = match v {
        Value::Number(n) => whole_number(n),
        _ => None,
    };
    match whole {
        Some(m) => match u32::try_from(m) {
            Ok(m) => Some(m),
            Err(_) => {
                push(out, path, "is too large");
                None
            }
        },
        None => {
            push(out, path, MESSAGE);
            None
        }
    }
}

/// A JSON number that is a whole number of 0 or more (`40` or `40.0`).
fn whole_number(n: &Number) -> Option<u64> {
    if let Some(u) = n.as_u64() {
        return Some(u);
    }
    let f = n.as_f64()?;
    // 2^64 as f64; larger values are "too large" anyway.
    if f >= 0.0 && f.fract() == 0.0 && f < 18_446_744_073_709_551_616.0 {
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        Some(f as u64)
    } else {
        None
    }
}

/// Reads one of a [`Named`] enumeration's names.
pub(crate) fn named<T: Named>(v: &Value, path: &str, out: &mut Out) -> Option<T> {
    let s = match v {
        Value::String(s) => s,
        _ => {
            push(out, path, "must be a string");
            return None;
        }
    };
    let found = T::from_name(s);
    if found.is_none() {
        push(out, path, T::unknown_message(s));
    }
    found
}

/// Applies a string parser, recording its error message.
fn parsed<T>(
    v: &Value,
    path: &str,
    out: &mut Out,
    parse: fn(&str) -> Result<T, String>,
    wrong_type: &str,
) -> Option<T> {
    match v {
        Value::String(s) => match parse(s) {
            Ok(t) => Some(t),
            Err(e) => {
                push(out, path, e);
                None
            }
        },
        _ => {
            push(out, path, wrong_type);
            None
        }
    }
}

/// Reads a date, `YYYY-MM-DD`.
pub(crate) fn date(v: &Value, path: &str, out: &mut Out) -> Option<NaiveDate> {
    parsed(v, path, out, time::parse_date, time::DATE_MESSAGE)
}

/// Reads a local date-time, `YYYY-MM-DDTHH:MM[:SS]`.
pub(crate) fn datetime(v: &Value, path: &str, out: &mut Out) -> Option<NaiveDateTime> {
    parsed(v, path, out, time::parse_datetime, time::DATETIME_MESSAGE)
}

/// Reads a time of day, `HH:MM`.
pub(crate) fn time_of_day(v: &Value, path: &str, out: &mut Out) -> Option<NaiveTime> {
    parsed(v, path, out, time::parse_time, time::TIME_MESSAGE)
}

/// The names of the days of the week, as written in windows.
pub(crate) const DAY_NAMES: [(Weekday, &str); 7] = [
    (Weekday::Mon, "mon"),
    (Weekday::Tue, "tue"),
    (Weekday::Wed, "wed"),
    (Weekday::Thu, "thu"),
    (Weekday::Fri, "fri"),
    (Weekday::Sat, "sat"),
    (Weekday::Sun, "sun"),
];

/// The name of a day of the week, like `mon`.
pub(crate) fn day_name(d: Weekday) -> &'static str {
    DAY_NAMES
        .iter()
        .find(|(w, _)| *w == d)
        .map_or("mon", |(_, n)| n)
}

/// Reads a day name, like `mon`.
pub(crate) fn day(v: &Value, path: &str, out: &mut Out) -> Option<Weekday> {
    let s = match v {
        Value::String(s) => s,
        _ => {
            push(out, path, "must be a string");
            return None;
        }
    };
    let found = DAY_NAMES.iter().find(|(_, n)| n == s).map(|(w, _)| *w);
    if found.is_none() {
        push(out, path, format!("unknown day \"{s}\""));
    }
    found
}

/// Checks a latitude, recording a problem when it is outside −90..90.
pub(crate) fn check_lat(lat: f64, path: &str, out: &mut Out) {
    if !(-90.0..=90.0).contains(&lat) {
        push(out, path, "must be between -90 and 90");
    }
}

/// Checks a longitude, recording a problem when it is outside −180..180.
pub(crate) fn check_lon(lon: f64, path: &str, out: &mut Out) {
    if !(-180.0..=180.0).contains(&lon) {
        push(out, path, "must be between -180 and 180");
    }
}

/// Writes a number, as a whole number when it is one.
pub(crate) fn number_value(n: f64) -> Value {
    const LIMIT: f64 = 9_007_199_254_740_992.0; // 2^53
    if n.fract() == 0.0 && n.abs() < LIMIT {
        #[allow(clippy::cast_possible_truncation)]
        Value::from(n as i64)
    } else {
        Value::from(n)
    }
}

/// Adds the extra fields to an object being written, never replacing a known field.
pub(crate) fn write_extra(map: &mut Map<String, Value>, extra: &Map<String, Value>) {
    for (k, v) in extra {
        if !map.contains_key(k) {
            map.insert(k.clone(), v.clone());
        }
    }
}

/// Reads an IANA time zone name.
pub(crate) fn zone(v: &Value, path: &str, out: &mut Out) -> Option<chrono_tz::Tz> {
    parsed(v, path, out, time::parse_zone, "must be a string")
}

/// Joins problems into one line, for serde error messages.
pub(crate) fn one_line(problems: &Problems) -> String {
    problems
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("; ")
}

/// Implements `Deserialize` for an item type by decoding a `Value` with its
/// `from_value(&Value, "")`.
macro_rules! deserialize_item_via_value {
    ($($t:ty),+ $(,)?) => {
        $(
            impl<'de> ::serde::Deserialize<'de> for $t {
                fn deserialize<D: ::serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                    let v = <::serde_json::Value as ::serde::Deserialize>::deserialize(d)?;
                    <$t>::from_value(&v, "").map_err(|p| {
                        <D::Error as ::serde::de::Error>::custom(
                            $crate::domain::decode::one_line(&p),
                        )
                    })
                }
            }
        )+
    };
}

pub(crate) use deserialize_item_via_value;
