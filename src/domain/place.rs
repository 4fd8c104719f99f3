//! Places: where appointments happen and where she lives.

use serde_json::{Map, Value};

use super::decode::{
    check_lat, check_lon, finish, number, number_value, object, push, string, strings, write_extra,
    Out,
};
use super::names::serialize_via_value;
use super::problem::Problems;

/// The radius of the sphere used for distances, in metres.
const EARTH_RADIUS_M: f64 = 6_371_000.0;

/// Two places with coordinates at most this far apart are the same place.
pub const SAME_PLACE_METRES: f64 = 200.0;

/// A point in WGS84 degrees.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LatLon {
    /// Latitude in degrees, −90..90.
    pub lat: f64,
    /// Longitude in degrees, −180..180.
    pub lon: f64,
}

impl LatLon {
    /// Makes a point from a latitude and a longitude.
    pub fn new(lat: f64, lon: f64) -> Self {
        LatLon { lat, lon }
    }

    /// Writes the point as `{"lat": .., "lon": ..}`.
    pub fn to_value(&self) -> Value {
        let mut map = Map::new();
        map.insert("lat".into(), number_value(self.lat));
        map.insert("lon".into(), number_value(self.lon));
        Value::Object(map)
    }

    /// Checks that the point's latitude and longitude are in range.
    pub(crate) fn check(&self, path: &str, out: &mut Out) {
        check_lat(self.lat, &super::problem::field(path, "lat"), out);
        check_lon(self.lon, &super::problem::field(path, "lon"), out);
    }
}

/// Whether two points are no more than `metres` apart (great-circle distance). Points
/// whose latitudes alone differ by more than that are rejected without trigonometry.
pub fn within_m(a: LatLon, b: LatLon, metres: f64) -> bool {
    // One degree of latitude is at least 111,194 m on a sphere of radius 6,371 km.
    if (a.lat - b.lat).abs() * 111_194.0 > metres * 1.000_001 {
        return false;
    }
    distance_m(a, b) <= metres
}

/// The great-circle distance between two points, in metres, on a sphere of radius
/// 6,371 km.
pub fn distance_m(a: LatLon, b: LatLon) -> f64 {
    let (p1, p2) = (a.lat.to_radians(), b.lat.to_radians());
    let dp = p2 - p1;
    let dl = (b.lon - a.lon).to_radians();
    let h = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    2.0 * EARTH_RADIUS_M * h.sqrt().clamp(0.0, 1.0).asin()
}

/// A place: the venue of an appointment, or her home.
#[derive(Debug, Clone, PartialEq)]
pub struct Place {
    /// The place's name (required).
    pub label: String,
    /// Its coordinates, if known (`lat` and `lon` are given together or not at all).
    pub coords: Option<LatLon>,
    /// ISO 3166-1 alpha-2 code, or a UK subdivision like `GB-ENG`; default `GB`.
    pub country: String,
    /// What is at the venue, like `maternity` or `court`. Written only when not empty.
    pub tags: Vec<String>,
    /// Unknown fields, kept so they can be written back.
    pub extra: Map<String, Value>,
}

impl Place {
    /// The fields this version understands.
    const KNOWN: &'static [&'static str] = &["label", "lat", "lon", "country", "tags"];

    /// A place with only a label, in `GB`.
    pub fn new(label: impl Into<String>) -> Self {
        Place {
            label: label.into(),
            coords: None,
            country: "GB".to_string(),
            tags: Vec::new(),
            extra: Map::new(),
        }
    }

    /// Whether the place has this tag.
    pub fn has_tag(&self, tag: &str) -> bool {
        self.tags.iter().any(|t| t == tag)
    }

    /// Whether two places are the same place: their labels are equal ignoring
    /// case and surrounding spaces, or both have coordinates no more than
    /// 200 m apart.
    pub fn same_place(&self, other: &Place) -> bool {
        let fold = |s: &str| {
            s.trim()
                .chars()
                .flat_map(char::to_lowercase)
                .collect::<Vec<_>>()
        };
        let (a, b) = (self.label.trim(), other.label.trim());
        let equal = if a.is_ascii() && b.is_ascii() {
            a.eq_ignore_ascii_case(b)
        } else {
            fold(a) == fold(b)
        };
        if equal {
            return true;
        }
        match (self.coords, other.coords) {
            (Some(a), Some(b)) => within_m(a, b, SAME_PLACE_METRES),
            _ => false,
        }
    }

    /// Decodes a place from JSON; `path` names it in problems (may be empty).
    pub fn from_value(v: &Value, path: &str) -> Result<Place, Problems> {
        let mut out = Vec::new();
        let place = Self::decode(v, path, &mut out);
        finish(place, out, path)
    }

    pub(crate) fn decode(v: &Value, path: &str, out: &mut Out) -> Option<Place> {
        let o = object(v, path, out)?;
        let before = out.len();
        let label = o.req("label", out, string);
        let lat = o.opt("lat", out, number);
        let lon = o.opt("lon", out, number);
        match (o.get("lat").is_some(), o.get("lon").is_some()) {
            (true, false) => push(out, o.at("lat"), "lat and lon must be given together"),
            (false, true) => push(out, o.at("lon"), "lat and lon must be given together"),
            _ => {}
        }
        let coords = match (lat, lon) {
            (Some(lat), Some(lon)) => Some(LatLon { lat, lon }),
            _ => None,
        };
        if let Some(lat) = lat {
            check_lat(lat, &o.at("lat"), out);
        }
        if let Some(lon) = lon {
            check_lon(lon, &o.at("lon"), out);
        }
        let country = o
            .opt("country", out, string)
            .unwrap_or_else(|| "GB".to_string());
        let tags = o.opt("tags", out, strings).unwrap_or_default();
        let extra = o.extra(Self::KNOWN);
        if out.len() > before {
            return None;
        }
        Some(Place {
            label: label?,
            coords,
            country,
            tags,
            extra,
        })
    }

    /// Checks the invariants a decoded place always meets (coordinates in range).
    pub(crate) fn check(&self, path: &str, out: &mut Out) {
        if let Some(c) = &self.coords {
            c.check(path, out);
        }
    }

    /// Writes the place as JSON, with defaults filled in.
    pub fn to_value(&self) -> Value {
        let mut map = Map::new();
        map.insert("label".into(), Value::from(self.label.clone()));
        if let Some(c) = self.coords {
            map.insert("lat".into(), number_value(c.lat));
            map.insert("lon".into(), number_value(c.lon));
        }
        map.insert("country".into(), Value::from(self.country.clone()));
        if !self.tags.is_empty() {
            map.insert("tags".into(), Value::from(self.tags.clone()));
        }
        write_extra(&mut map, &self.extra);
        Value::Object(map)
    }
}

serialize_via_value!(LatLon, Place);

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn at(label: &str, lat: f64, lon: f64) -> Place {
        Place {
            coords: Some(LatLon::new(lat, lon)),
            ..Place::new(label)
        }
    }

    fn problems(v: Value) -> Vec<String> {
        match Place::from_value(&v, "home") {
            Ok(p) => panic!("decoded {p:?}"),
            Err(ps) => ps.iter().map(ToString::to_string).collect(),
        }
    }

    #[test]
    fn distance_of_one_degree_of_latitude() {
        let d = distance_m(LatLon::new(52.0, -1.5), LatLon::new(53.0, -1.5));
        assert!((d - 111_194.93).abs() < 0.01, "{d}");
        assert_eq!(
            distance_m(LatLon::new(52.4, -1.5), LatLon::new(52.4, -1.5)),
            0.0
        );
        // Antipodes: half the circumference.
        let d = distance_m(LatLon::new(0.0, 0.0), LatLon::new(0.0, 180.0));
        assert!((d - std::f64::consts::PI * EARTH_RADIUS_M).abs() < 0.01);
    }

    #[test]
    fn distance_along_a_parallel() {
        // 0.001 degrees of longitude at 52.4° N is about 67.9 m.
        let d = distance_m(LatLon::new(52.4, -1.5), LatLon::new(52.4, -1.499));
        assert!((d - 67.87).abs() < 0.1, "{d}");
    }

    #[test]
    fn same_place_by_label() {
        assert!(Place::new("  City Hospital ").same_place(&Place::new("city hospital")));
        assert!(!Place::new("City Hospital").same_place(&Place::new("City Hospital 2")));
        assert!(Place::new("Home").same_place(&at("HOME", 10.0, 10.0)));
    }

    #[test]
    fn same_place_by_distance() {
        // 0.0018° of latitude ≈ 200.2 m, 0.0017° ≈ 189 m.
        let a = at("Home", 52.4081, -1.5106);
        assert!(a.same_place(&at("Flat 2", 52.4081 + 0.0017, -1.5106)));
        assert!(!a.same_place(&at("Flat 2", 52.4081 + 0.0018, -1.5106)));
        assert!(!a.same_place(&Place::new("Flat 2")));
        assert!(!Place::new("Flat 2").same_place(&a));
    }

    #[test]
    fn decodes_with_defaults() {
        let p = Place::from_value(&json!({"label": "Women's centre"}), "home").unwrap();
        assert_eq!(p, Place::new("Women's centre"));
        assert_eq!(
            p.to_value(),
            json!({"label": "Women's centre", "country": "GB"})
        );
    }

    #[test]
    fn lat_without_lon() {
        assert_eq!(
            problems(json!({"label": "x", "lat": 52.0})),
            ["home.lat: lat and lon must be given together"]
        );
        assert_eq!(
            problems(json!({"label": "x", "lon": 1.0})),
            ["home.lon: lat and lon must be given together"]
        );
    }

    #[test]
    fn coordinates_out_of_range() {
        assert_eq!(
            problems(json!({"label": "x", "lat": 90.5, "lon": -180.5})),
            [
                "home.lat: must be between -90 and 90",
                "home.lon: must be between -180 and 180"
            ]
        );
        assert!(Place::from_value(&json!({"label": "x", "lat": -90, "lon": 180}), "home").is_ok());
    }

    #[test]
    fn wrong_types() {
        assert_eq!(
            problems(
                json!({"label": 3, "lat": "52", "lon": 1, "country": false, "tags": ["a", 1]})
            ),
            [
                "home.label: must be a string",
                "home.lat: must be a number",
                "home.country: must be a string",
                "home.tags[1]: must be a string"
            ]
        );
        assert_eq!(problems(json!({})), ["home.label: is required"]);
        assert_eq!(problems(json!([])), ["home: must be an object"]);
    }
}

#[cfg(test)]
mod within_tests {
    use super::*;

    #[test]
    fn within_agrees_with_distance() {
        let base = LatLon::new(52.4, -1.5);
        for i in -400..=400 {
            for j in [-0.01, -0.003, 0.0, 0.002, 0.01] {
                let p = LatLon::new(52.4 + i as f64 * 0.00001, -1.5 + j);
                assert_eq!(
                    within_m(base, p, SAME_PLACE_METRES),
                    distance_m(base, p) <= SAME_PLACE_METRES,
                    "{p:?}"
                );
            }
        }
    }
}
