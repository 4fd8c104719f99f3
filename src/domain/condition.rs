//! Conditions: the rules of her order, licence or bail (curfews, exclusion
//! zones, no-contact rules, approved address, travel bans).

use chrono::{NaiveDate, NaiveTime, Weekday};
use serde_json::{Map, Value};

use super::decode::{
    check_lat, check_lon, date, day, day_name, finish, list, named, number, number_value, object,
    push, string, strings, time_of_day, write_extra, Out,
};
use super::names::{named_enum, serialize_via_value};
use super::place::LatLon;
use super::problem::{field, index, Problems};
use super::time::{format_date, format_time};

named_enum! {
    /// Which order a condition comes from.
    pub enum Source ("source") {
        /// A licence after release from prison.
        Licence => "licence",
        /// A community order.
        CommunityOrder => "community_order",
        /// A suspended sentence order.
        SuspendedSentence => "suspended_sentence",
        /// Bail.
        Bail => "bail",
        /// Anything else (the default).
        Other => "other",
    }
}

named_enum! {
    /// How a curfew is monitored.
    pub enum Monitoring ("monitoring") {
        /// A radio-frequency tag with a base unit at home.
        RfTag => "rf_tag",
        /// A GPS location tag.
        GpsTag => "gps_tag",
        /// An alcohol monitoring tag.
        AlcoholTag => "alcohol_tag",
        /// Not monitored (the default).
        None => "none",
        /// Checked by visits to the door.
        Doorstep => "doorstep",
    }
}

named_enum! {
    /// Who a `no_contact` condition forbids contact with.
    pub enum NoContactWho ("value") {
        /// Anyone under 18.
        Under18 => "under_18",
        /// A named person.
        Named => "named",
    }
}

named_enum! {
    /// The kind of a condition, as written in its `kind` field.
    pub enum ConditionKind ("kind") {
        /// She must be at home during each window.
        Curfew => "curfew",
        /// She must not enter an area.
        ExclusionZone => "exclusion_zone",
        /// She must not contact someone.
        NoContact => "no_contact",
        /// She must live at home and ask before staying elsewhere overnight.
        ApprovedAddress => "approved_address",
        /// She must not leave the allowed areas without permission.
        TravelBan => "travel_ban",
    }
}

/// A recurring time window: it starts at `from` on each of `days` and ends at
/// `to`, on the next day when `to` is not later than `from`.
#[derive(Debug, Clone, PartialEq)]
pub struct Window {
    /// The days on which the window starts; `None` means every day.
    pub days: Option<Vec<Weekday>>,
    /// Local start time.
    pub from: NaiveTime,
    /// Local end time.
    pub to: NaiveTime,
    /// Unknown fields, kept so they can be written back.
    pub extra: Map<String, Value>,
}

impl Window {
    const KNOWN: &'static [&'static str] = &["days", "from", "to"];

    /// Whether the window starts on this day of the week.
    pub fn starts_on(&self, day: Weekday) -> bool {
        self.days.as_ref().is_none_or(|days| days.contains(&day))
    }

    /// Whether the window ends on the day after it starts.
    pub fn crosses_midnight(&self) -> bool {
        self.to <= self.from
    }

    fn decode(v: &Value, path: &str, out: &mut Out) -> Option<Window> {
        let o = object(v, path, out)?;
        let before = out.len();
        let days = o.opt("days", out, |v, p, out| {
            let items = list(v, p, out)?;
            let n = out.len();
            let days: Vec<Weekday> = items
                .iter()
                .enumerate()
                .filter_map(|(i, d)| day(d, &index(p, i), out))
                .collect();
            (out.len() == n).then_some(days)
        });
        let from = o.req("from", out, time_of_day);
        let to = o.req("to", out, time_of_day);
        let extra = o.extra(Self::KNOWN);
        if out.len() > before {
            return None;
        }
        Some(Window {
            days,
            from: from?,
            to: to?,
            extra,
        })
    }

    /// Writes the window as JSON.
    pub fn to_value(&self) -> Value {
        let mut map = Map::new();
        if let Some(days) = &self.days {
            let names: Vec<Value> = days.iter().map(|d| Value::from(day_name(*d))).collect();
            map.insert("days".into(), Value::Array(names));
        }
        map.insert("from".into(), Value::from(format_time(self.from)));
        map.insert("to".into(), Value::from(format_time(self.to)));
        write_extra(&mut map, &self.extra);
        Value::Object(map)
    }
}

/// Decodes a list of windows.
fn windows(v: &Value, path: &str, out: &mut Out) -> Option<Vec<Window>> {
    let items = list(v, path, out)?;
    let before = out.len();
    let ws: Vec<Window> = items
        .iter()
        .enumerate()
        .filter_map(|(i, w)| Window::decode(w, &index(path, i), out))
        .collect();
    (out.len() == before).then_some(ws)
}

fn windows_value(ws: &[Window]) -> Value {
    Value::Array(ws.iter().map(Window::to_value).collect())
}

/// The area of an exclusion zone.
#[derive(Debug, Clone, PartialEq)]
pub enum Area {
    /// A circle; a point on its edge is inside.
    Circle {
        /// Latitude of the centre.
        lat: f64,
        /// Longitude of the centre.
        lon: f64,
        /// Radius in metres, 0 or more.
        radius_m: f64,
        /// Unknown fields of the circle object, kept so they can be written back.
        extra: Map<String, Value>,
    },
    /// A polygon of at least 3 points, implicitly closed, tested in plain
    /// latitude/longitude.
    Polygon(Vec<LatLon>),
}

impl Area {
    /// Decodes the `{"circle": ..}` or `{"polygon": ..}` object; returns the
    /// area and the unknown fields of that object.
    fn decode(v: &Value, path: &str, out: &mut Out) -> Option<(Area, Map<String, Value>)> {
        let o = object(v, path, out)?;
        let extra = o.extra(&["circle", "polygon"]);
        let area = match (o.get("circle"), o.get("polygon")) {
            (Some(_), Some(_)) => {
                push(out, path, "must have a circle or a polygon, not both");
                None
            }
            (None, None) => {
                push(out, path, "must have a circle or a polygon");
                None
            }
            (Some(c), None) => Self::decode_circle(c, &o.at("circle"), out),
            (None, Some(p)) => Self::decode_polygon(p, &o.at("polygon"), out),
        }?;
        Some((area, extra))
    }

    fn decode_circle(v: &Value, path: &str, out: &mut Out) -> Option<Area> {
        let o = object(v, path, out)?;
        let before = out.len();
        let lat = o.req("lat", out, number);
        let lon = o.req("lon", out, number);
        let radius_m = o.req("radius_m", out, number);
        if let Some(lat) = lat {
            check_lat(lat, &o.at("lat"), out);
        }
        if let Some(lon) = lon {
            check_lon(lon, &o.at("lon"), out);
        }
        if radius_m.is_some_and(|r| r < 0.0) {
            push(out, o.at("radius_m"), "must be 0 or more");
        }
        let extra = o.extra(&["lat", "lon", "radius_m"]);
        if out.len() > before {
            return None;
        }
        Some(Area::Circle {
            lat: lat?,
            lon: lon?,
            radius_m: radius_m?,
            extra,
        })
    }

    fn decode_polygon(v: &Value, path: &str, out: &mut Out) -> Option<Area> {
        let items = list(v, path, out)?;
        let before = out.len();
        if items.len() < 3 {
            push(out, path, "must have at least 3 points");
        }
        let mut points = Vec::with_capacity(items.len());
        for (i, item) in items.iter().enumerate() {
            let p = index(path, i);
            let Some(o) = object(item, &p, out) else {
                continue;
            };
            let lat = o.req("lat", out, number);
            let lon = o.req("lon", out, number);
            if let (Some(lat), Some(lon)) = (lat, lon) {
                let point = LatLon { lat, lon };
                point.check(&p, out);
                points.push(point);
            }
        }
        (out.len() == before).then_some(Area::Polygon(points))
    }

    /// Checks the invariants a decoded area meets.
    fn check(&self, path: &str, out: &mut Out) {
        match self {
            Area::Circle {
                lat, lon, radius_m, ..
            } => {
                let p = field(path, "circle");
                LatLon::new(*lat, *lon).check(&p, out);
                if radius_m.is_nan() || *radius_m < 0.0 {
                    push(out, field(&p, "radius_m"), "must be 0 or more");
                }
            }
            Area::Polygon(points) => {
                let p = field(path, "polygon");
                if points.len() < 3 {
                    push(out, &p, "must have at least 3 points");
                }
                for (i, point) in points.iter().enumerate() {
                    point.check(&index(&p, i), out);
                }
            }
        }
    }

    /// Writes the area as `{"circle": ..}` or `{"polygon": ..}`.
    pub fn to_value(&self) -> Value {
        let mut map = Map::new();
        match self {
            Area::Circle {
                lat,
                lon,
                radius_m,
                extra,
            } => {
                let mut c = Map::new();
                c.insert("lat".into(), number_value(*lat));
                c.insert("lon".into(), number_value(*lon));
                c.insert("radius_m".into(), number_value(*radius_m));
                write_extra(&mut c, extra);
                map.insert("circle".into(), Value::Object(c));
            }
            Area::Polygon(points) => {
                let ps = points.iter().map(LatLon::to_value).collect();
                map.insert("polygon".into(), Value::Array(ps));
            }
        }
        Value::Object(map)
    }
}

/// What a condition requires, by kind, with the fields that belong to that kind.
#[derive(Debug, Clone, PartialEq)]
pub enum ConditionRule {
    /// She must be at `home` during each window.
    Curfew {
        /// When the curfew holds; never empty.
        windows: Vec<Window>,
        /// How it is monitored; default none.
        monitoring: Monitoring,
    },
    /// She must not enter the area.
    ExclusionZone {
        /// The area.
        area: Area,
        /// Unknown fields of the `area` object, kept so they can be written back.
        area_extra: Map<String, Value>,
        /// When the zone applies; absent or empty means at all times.
        windows: Option<Vec<Window>>,
    },
    /// She must not contact someone.
    NoContact {
        /// Who.
        who: NoContactWho,
        /// The person's name, for `who: named`.
        name: Option<String>,
    },
    /// She must live at `home` and ask before staying anywhere else overnight.
    ApprovedAddress,
    /// She must not leave the allowed areas without permission.
    TravelBan {
        /// ISO 3166 codes of the allowed areas; default `["GB"]`.
        allowed_countries: Vec<String>,
    },
}

impl ConditionRule {
    /// The condition's kind.
    pub fn kind(&self) -> ConditionKind {
        match self {
            ConditionRule::Curfew { .. } => ConditionKind::Curfew,
            ConditionRule::ExclusionZone { .. } => ConditionKind::ExclusionZone,
            ConditionRule::NoContact { .. } => ConditionKind::NoContact,
            ConditionRule::ApprovedAddress => ConditionKind::ApprovedAddress,
            ConditionRule::TravelBan { .. } => ConditionKind::TravelBan,
        }
    }

    /// The fields a condition of `kind` understands besides the common ones.
    fn known(kind: ConditionKind) -> &'static [&'static str] {
        match kind {
            ConditionKind::Curfew => &["windows", "monitoring"],
            ConditionKind::ExclusionZone => &["area", "windows"],
            ConditionKind::NoContact => &["who", "name"],
            ConditionKind::ApprovedAddress => &[],
            ConditionKind::TravelBan => &["allowed_countries"],
        }
    }

    fn decode(kind: ConditionKind, o: &super::decode::Obj<'_>, out: &mut Out) -> Option<Self> {
        let before = out.len();
        let rule = match kind {
            ConditionKind::Curfew => {
                let ws = o.req("windows", out, windows);
                if ws.as_ref().is_some_and(Vec::is_empty) {
                    push(out, o.at("windows"), "must not be empty");
                }
                let monitoring = o.opt("monitoring", out, named).unwrap_or(Monitoring::None);
                ws.map(|windows| ConditionRule::Curfew {
                    windows,
                    monitoring,
                })
            }
            ConditionKind::ExclusionZone => {
                let area = o.req("area", out, Area::decode);
                let windows = o.opt("windows", out, windows);
                area.map(|(area, area_extra)| ConditionRule::ExclusionZone {
                    area,
                    area_extra,
                    windows,
                })
            }
            ConditionKind::NoContact => {
                let who = o.req("who", out, named);
                let name = o.opt("name", out, string);
                who.map(|who| ConditionRule::NoContact { who, name })
            }
            ConditionKind::ApprovedAddress => Some(ConditionRule::ApprovedAddress),
            ConditionKind::TravelBan => {
                let allowed_countries = o
                    .opt("allowed_countries", out, strings)
                    .unwrap_or_else(|| vec!["GB".to_string()]);
                Some(ConditionRule::TravelBan { allowed_countries })
            }
        };
        if out.len() > before {
            None
        } else {
            rule
        }
    }

    fn check(&self, path: &str, out: &mut Out) {
        match self {
            ConditionRule::Curfew { windows, .. } if windows.is_empty() => {
                push(out, field(path, "windows"), "must not be empty");
            }
            ConditionRule::ExclusionZone { area, .. } => area.check(&field(path, "area"), out),
            _ => {}
        }
    }

    fn write(&self, map: &mut Map<String, Value>) {
        match self {
            ConditionRule::Curfew {
                windows,
                monitoring,
            } => {
                map.insert("windows".into(), windows_value(windows));
                map.insert("monitoring".into(), Value::from(monitoring.as_str()));
            }
            ConditionRule::ExclusionZone {
                area,
                area_extra,
                windows,
            } => {
                let mut a = area.to_value();
                if let Value::Object(m) = &mut a {
                    write_extra(m, area_extra);
                }
                map.insert("area".into(), a);
                if let Some(ws) = windows {
                    map.insert("windows".into(), windows_value(ws));
                }
            }
            ConditionRule::NoContact { who, name } => {
                map.insert("who".into(), Value::from(who.as_str()));
                if let Some(name) = name {
                    map.insert("name".into(), Value::from(name.clone()));
                }
            }
            ConditionRule::ApprovedAddress => {}
            ConditionRule::TravelBan { allowed_countries } => {
                map.insert(
                    "allowed_countries".into(),
                    Value::from(allowed_countries.clone()),
                );
            }
        }
    }
}

/// A condition she lives under.
#[derive(Debug, Clone, PartialEq)]
pub struct Condition {
    /// Unique among the plan's conditions.
    pub id: String,
    /// Which order it comes from; default `other`.
    pub source: Source,
    /// The first date it applies on (inclusive); absent means always.
    pub starts: Option<NaiveDate>,
    /// The last date it applies on (inclusive); absent means forever.
    pub ends: Option<NaiveDate>,
    /// Free text.
    pub label: Option<String>,
    /// What it requires; this decides its `kind`.
    pub rule: ConditionRule,
    /// Unknown fields, kept so they can be written back.
    pub extra: Map<String, Value>,
}

impl Condition {
    const COMMON: &'static [&'static str] = &["id", "kind", "source", "starts", "ends", "label"];

    /// The condition's kind.
    pub fn kind(&self) -> ConditionKind {
        self.rule.kind()
    }

    /// Whether the condition applies on `date` (from `starts` to `ends`, inclusive).
    pub fn applies_on(&self, date: NaiveDate) -> bool {
        self.starts.is_none_or(|s| s <= date) && self.ends.is_none_or(|e| date <= e)
    }

    /// Decodes a condition from JSON; `path` names it in problems (may be empty).
    pub fn from_value(v: &Value, path: &str) -> Result<Condition, Problems> {
        let mut out = Vec::new();
        let c = Self::decode(v, path, &mut out);
        finish(c, out, path)
    }

    pub(crate) fn decode(v: &Value, path: &str, out: &mut Out) -> Option<Condition> {
        let o = object(v, path, out)?;
        let before = out.len();
        let id = o.req("id", out, string);
        let kind: Option<ConditionKind> = o.req("kind", out, named);
        let source = o.opt("source", out, named).unwrap_or(Source::Other);
        let label = o.opt("label", out, string);
        let rule = kind.and_then(|k| ConditionRule::decode(k, &o, out));
        let starts = o.opt("starts", out, date);
        let ends = o.opt("ends", out, date);
        if let (Some(s), Some(e)) = (starts, ends) {
            if s > e {
                push(out, o.at("starts"), "must not be after ends");
            }
        }
        let mut known: Vec<&str> = Self::COMMON.to_vec();
        if let Some(k) = kind {
            known.extend_from_slice(ConditionRule::known(k));
        }
        let extra = o.extra(&known);
        if out.len() > before {
            return None;
        }
        Some(Condition {
            id: id?,
            source,
            starts,
            ends,
            label,
            rule: rule?,
            extra,
        })
    }

    /// Checks the invariants a decoded condition meets.
    pub(crate) fn check(&self, path: &str, out: &mut Out) {
        if let (Some(s), Some(e)) = (self.starts, self.ends) {
            if s > e {
                push(out, field(path, "starts"), "must not be after ends");
            }
        }
        self.rule.check(path, out);
    }

    /// Writes the condition as JSON, with defaults filled in.
    pub fn to_value(&self) -> Value {
        let mut map = Map::new();
        map.insert("id".into(), Value::from(self.id.clone()));
        map.insert("kind".into(), Value::from(self.kind().as_str()));
        map.insert("source".into(), Value::from(self.source.as_str()));
        if let Some(label) = &self.label {
            map.insert("label".into(), Value::from(label.clone()));
        }
        self.rule.write(&mut map);
        if let Some(s) = self.starts {
            map.insert("starts".into(), Value::from(format_date(s)));
        }
        if let Some(e) = self.ends {
            map.insert("ends".into(), Value::from(format_date(e)));
        }
        write_extra(&mut map, &self.extra);
        Value::Object(map)
    }
}

serialize_via_value!(Window, Area, Condition);

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn problems(v: Value) -> Vec<String> {
        match Condition::from_value(&v, "conditions[0]") {
            Ok(c) => panic!("decoded {c:?}"),
            Err(ps) => ps.iter().map(ToString::to_string).collect(),
        }
    }

    fn curfew(windows: Value) -> Value {
        json!({"id": "c1", "kind": "curfew", "windows": windows})
    }

    fn zone(area: Value) -> Value {
        json!({"id": "c2", "kind": "exclusion_zone", "area": area})
    }

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn decodes_with_defaults() {
        let c =
            Condition::from_value(&curfew(json!([{"from": "19:00", "to": "07:00"}])), "").unwrap();
        assert_eq!(c.source, Source::Other);
        assert_eq!(c.kind(), ConditionKind::Curfew);
        let ConditionRule::Curfew {
            windows,
            monitoring,
        } = &c.rule
        else {
            panic!("{c:?}")
        };
        assert_eq!(*monitoring, Monitoring::None);
        assert!(windows[0].days.is_none());
        assert!(windows[0].starts_on(Weekday::Sun));
        assert!(windows[0].crosses_midnight());
        let c = Condition::from_value(&json!({"id": "c7", "kind": "travel_ban"}), "").unwrap();
        assert_eq!(
            c.rule,
            ConditionRule::TravelBan {
                allowed_countries: vec!["GB".into()]
            }
        );
        assert_eq!(
            c.to_value(),
            json!({"id": "c7", "kind": "travel_ban", "source": "other", "allowed_countries": ["GB"]})
        );
    }

    #[test]
    fn applies_on_inclusive_dates() {
        let mut c =
            Condition::from_value(&json!({"id": "c6", "kind": "approved_address"}), "").unwrap();
        assert!(c.applies_on(d(1990, 1, 1)));
        c.starts = Some(d(2026, 11, 1));
        c.ends = Some(d(2026, 12, 31));
        assert!(!c.applies_on(d(2026, 10, 31)));
        assert!(c.applies_on(d(2026, 11, 1)));
        assert!(c.applies_on(d(2026, 12, 31)));
        assert!(!c.applies_on(d(2027, 1, 1)));
    }

    #[test]
    fn unknown_kind_source_monitoring_who() {
        assert_eq!(
            problems(json!({"id": "c1", "kind": "cufew", "source": "parole"})),
            [
                "conditions[0].kind: unknown kind \"cufew\"",
                "conditions[0].source: unknown source \"parole\""
            ]
        );
        let mut v = curfew(json!([{"from": "19:00", "to": "07:00"}]));
        v["monitoring"] = json!("ankle");
        assert_eq!(
            problems(v),
            ["conditions[0].monitoring: unknown monitoring \"ankle\""]
        );
        assert_eq!(
            problems(json!({"id": "c4", "kind": "no_contact", "who": "adults"})),
            ["conditions[0].who: unknown value \"adults\""]
        );
        assert_eq!(
            problems(json!({"id": "c4", "kind": "no_contact"})),
            ["conditions[0].who: is required"]
        );
        assert_eq!(
            problems(json!({"id": "c4"})),
            ["conditions[0].kind: is required"]
        );
        assert_eq!(
            problems(json!({"kind": "approved_address"})),
            ["conditions[0].id: is required"]
        );
    }

    #[test]
    fn starts_after_ends() {
        assert_eq!(
            problems(
                json!({"id": "c6", "kind": "approved_address", "starts": "2027-05-02", "ends": "2027-05-01"})
            ),
            ["conditions[0].starts: must not be after ends"]
        );
        let same = json!({"id": "c6", "kind": "approved_address", "starts": "2027-05-01", "ends": "2027-05-01"});
        assert!(Condition::from_value(&same, "").is_ok());
        assert_eq!(
            problems(
                json!({"id": "c6", "kind": "approved_address", "starts": "1 May", "ends": "2027-05-01T00:00"})
            ),
            [
                "conditions[0].starts: must be a date like 2026-11-24",
                "conditions[0].ends: must be a date like 2026-11-24",
            ]
        );
    }

    #[test]
    fn curfew_without_windows() {
        assert_eq!(
            problems(json!({"id": "c1", "kind": "curfew"})),
            ["conditions[0].windows: is required"]
        );
        assert_eq!(
            problems(curfew(json!([]))),
            ["conditions[0].windows: must not be empty"]
        );
        assert_eq!(
            problems(curfew(json!({}))),
            ["conditions[0].windows: must be a list"]
        );
    }

    #[test]
    fn window_problems() {
        assert_eq!(
            problems(curfew(json!([
                {"days": ["mon", "mun"], "from": "19:00", "to": "07:00"},
                {"days": "sat", "from": "7pm"},
                {"days": ["Sat", 1], "from": "19:00", "to": "07:00Z"},
            ]))),
            [
                "conditions[0].windows[0].days[1]: unknown day \"mun\"",
                "conditions[0].windows[1].days: must be a list",
                "conditions[0].windows[1].from: must be a time like 19:00",
                "conditions[0].windows[1].to: is required",
                "conditions[0].windows[2].days[0]: unknown day \"Sat\"",
                "conditions[0].windows[2].days[1]: must be a string",
                "conditions[0].windows[2].to: must be a time like 19:00",
            ]
        );
    }

    #[test]
    fn exclusion_zone_area_problems() {
        assert_eq!(
            problems(json!({"id": "c2", "kind": "exclusion_zone"})),
            ["conditions[0].area: is required"]
        );
        assert_eq!(
            problems(zone(json!({}))),
            ["conditions[0].area: must have a circle or a polygon"]
        );
        assert_eq!(
            problems(zone(
                json!({"circle": {"lat": 1, "lon": 1, "radius_m": 1}, "polygon": []})
            )),
            ["conditions[0].area: must have a circle or a polygon, not both"]
        );
        assert_eq!(
            problems(zone(json!({"circle": {"lat": 52.41}}))),
            [
                "conditions[0].area.circle.lon: is required",
                "conditions[0].area.circle.radius_m: is required"
            ]
        );
        assert_eq!(
            problems(zone(
                json!({"circle": {"lat": -91, "lon": 200, "radius_m": -1}})
            )),
            [
                "conditions[0].area.circle.lat: must be between -90 and 90",
                "conditions[0].area.circle.lon: must be between -180 and 180",
                "conditions[0].area.circle.radius_m: must be 0 or more",
            ]
        );
        let zero = zone(json!({"circle": {"lat": 52.41, "lon": -1.51, "radius_m": 0}}));
        assert!(Condition::from_value(&zero, "").is_ok());
    }

    #[test]
    fn polygon_problems() {
        assert_eq!(
            problems(zone(
                json!({"polygon": [{"lat": 52.40, "lon": -1.52}, {"lat": 52.40, "lon": -1.50}]})
            )),
            ["conditions[0].area.polygon: must have at least 3 points"]
        );
        assert_eq!(
            problems(zone(
                json!({"polygon": [{"lat": 52.40}, [1, 2], {"lat": 95, "lon": -1.50}]})
            )),
            [
                "conditions[0].area.polygon[0].lon: is required",
                "conditions[0].area.polygon[1]: must be an object",
                "conditions[0].area.polygon[2].lat: must be between -90 and 90",
            ]
        );
        assert_eq!(
            problems(zone(json!({"polygon": "x"}))),
            ["conditions[0].area.polygon: must be a list"]
        );
    }

    #[test]
    fn travel_ban_and_no_contact_types() {
        assert_eq!(
            problems(json!({"id": "c7", "kind": "travel_ban", "allowed_countries": "GB"})),
            ["conditions[0].allowed_countries: must be a list"]
        );
        assert_eq!(
            problems(
                json!({"id": "c5", "kind": "no_contact", "who": "named", "name": 5, "label": []})
            ),
            [
                "conditions[0].label: must be a string",
                "conditions[0].name: must be a string"
            ]
        );
    }

    #[test]
    fn fields_of_other_kinds_are_kept_as_unknown() {
        let v = json!({"id": "c6", "kind": "approved_address", "windows": "whatever", "who": 1});
        let c = Condition::from_value(&v, "").unwrap();
        assert_eq!(c.extra.len(), 2);
        assert_eq!(
            c.to_value(),
            json!({"id": "c6", "kind": "approved_address", "source": "other", "windows": "whatever", "who": 1})
        );
    }

    #[test]
    fn typed_check_matches_decoding() {
        let mut out = Vec::new();
        let c = Condition {
            id: "c1".into(),
            source: Source::Other,
            starts: Some(d(2027, 1, 2)),
            ends: Some(d(2027, 1, 1)),
            label: None,
            rule: ConditionRule::Curfew {
                windows: vec![],
                monitoring: Monitoring::None,
            },
            extra: Map::new(),
        };
        c.check("conditions[0]", &mut out);
        let area = Area::Polygon(vec![LatLon::new(0.0, 0.0), LatLon::new(100.0, 0.0)]);
        let z = Condition {
            rule: ConditionRule::ExclusionZone {
                area,
                area_extra: Map::new(),
                windows: None,
            },
            ..c.clone()
        };
        z.check("conditions[1]", &mut out);
        let got: Vec<String> = out.iter().map(ToString::to_string).collect();
        assert_eq!(
            got,
            [
                "conditions[0].starts: must not be after ends",
                "conditions[0].windows: must not be empty",
                "conditions[1].starts: must not be after ends",
                "conditions[1].area.polygon: must have at least 3 points",
                "conditions[1].area.polygon[1].lat: must be between -90 and 90",
            ]
        );
    }
}
