//! `exclusion_zone` (high): an occurrence's place (with coordinates) is inside a zone,
//! and the occurrence itself (not widened) overlaps a time when the zone applies. One
//! flag per occurrence and zone; `at` is the start of the first overlap.
//!
//! A point on a circle's edge is inside. Polygons are tested in plain latitude and
//! longitude (planar), by ray casting.

use chrono::Days;

use super::windows::InstanceCache;
use super::{occurrence_flag, Context, Flag, FlagKind, Severity};
use crate::domain::{distance_m, Area, ConditionRule, LatLon};

/// A box around an area, in degrees, for a quick "certainly outside" answer.
#[derive(Clone, Copy, Debug)]
pub struct BoundingBox {
    min: LatLon,
    max: LatLon,
}

impl BoundingBox {
    /// The box around an area (generous for circles: 1 % more than the radius).
    pub fn of(area: &Area) -> BoundingBox {
        match area {
            Area::Circle {
                lat, lon, radius_m, ..
            } => {
                let dlat = radius_m.max(0.0) * 1.01 / 111_194.9;
                let cos = lat.to_radians().cos().abs().max(1e-6);
                let dlon = (dlat / cos).min(360.0);
                BoundingBox {
                    min: LatLon::new(lat - dlat, lon - dlon),
                    max: LatLon::new(lat + dlat, lon + dlon),
                }
            }
            Area::Polygon(points) => {
                let mut b = BoundingBox {
                    min: LatLon::new(f64::INFINITY, f64::INFINITY),
                    max: LatLon::new(f64::NEG_INFINITY, f64::NEG_INFINITY),
                };
                for p in points {
                    b.min = LatLon::new(b.min.lat.min(p.lat), b.min.lon.min(p.lon));
                    b.max = LatLon::new(b.max.lat.max(p.lat), b.max.lon.max(p.lon));
                }
                b
            }
        }
    }

    /// Whether the point may be inside (false means certainly outside).
    pub fn may_contain(&self, p: LatLon) -> bool {
        // Near the poles or across the antimeridian a circle's box is not reliable.
        if self.min.lon < -180.0
            || self.max.lon > 180.0
            || self.max.lat > 89.0
            || self.min.lat < -89.0
        {
            return true;
        }
        p.lat >= self.min.lat
            && p.lat <= self.max.lat
            && p.lon >= self.min.lon
            && p.lon <= self.max.lon
    }
}

/// Whether a point is inside an area.
pub fn contains(area: &Area, p: LatLon) -> bool {
    match area {
        Area::Circle {
            lat, lon, radius_m, ..
        } => distance_m(LatLon::new(*lat, *lon), p) <= *radius_m,
        Area::Polygon(points) => {
            let mut inside = false;
            let n = points.len();
            for i in 0..n {
                let a = points[i];
                let b = points[(i + n - 1) % n];
                if (a.lat > p.lat) != (b.lat > p.lat) {
                    let x = (b.lon - a.lon) * (p.lat - a.lat) / (b.lat - a.lat) + a.lon;
                    if p.lon < x {
                        inside = !inside;
                    }
                }
            }
            inside
        }
    }
}

/// Adds the rule's flags.
pub fn run(ctx: &Context<'_>, flags: &mut Vec<Flag>) {
    for (ci, c) in ctx.plan.conditions.iter().enumerate() {
        let ConditionRule::ExclusionZone { area, windows, .. } = &c.rule else {
            continue;
        };
        // Whether each appointment's place is inside: the same for all its occurrences.
        let bbox = BoundingBox::of(area);
        let inside: Vec<bool> = ctx
            .plan
            .appointments
            .iter()
            .map(|a| {
                a.place
                    .as_ref()
                    .and_then(|p| p.coords)
                    .is_some_and(|p| bbox.may_contain(p) && contains(area, p))
            })
            .collect();
        let mut cache = windows
            .as_deref()
            .filter(|ws| !ws.is_empty())
            .map(|ws| InstanceCache::new(ctx.tz(), c, ws));
        for o in &ctx.occurrences {
            if !inside[o.index] {
                continue;
            }
            let at = match cache.as_mut() {
                Some(cache) => cache
                    .first_overlap(o.s, o.e, o.local_start, o.local_end)
                    .map(|(at, _)| at),
                // No windows: the zone applies at all times on the dates it applies.
                _ => {
                    let from = c.starts.map(|d| ctx.midnight(d).timestamp());
                    let to = c
                        .ends
                        .and_then(|d| d.checked_add_days(Days::new(1)))
                        .map(|d| ctx.midnight(d).timestamp());
                    let start = from.map_or(o.s, |f| f.max(o.s));
                    let end = to.map_or(o.e, |t| t.min(o.e));
                    (start < end).then_some(start)
                }
            };
            let Some(at) = at else { continue };
            flags.push(occurrence_flag(
                ctx,
                FlagKind::ExclusionZone,
                Severity::High,
                o,
                Some(ci),
                at,
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Map;

    #[test]
    fn circle_edge_is_inside() {
        let c = Area::Circle {
            lat: 52.0,
            lon: -1.0,
            radius_m: 1000.0,
            extra: Map::new(),
        };
        let centre = LatLon::new(52.0, -1.0);
        let edge = distance_m(centre, LatLon::new(52.0 + 1000.0 / 111_194.9, -1.0));
        assert!((edge - 1000.0).abs() < 0.01);
        assert!(contains(&c, LatLon::new(52.0 + 999.9 / 111_194.93, -1.0)));
        assert!(!contains(&c, LatLon::new(52.0 + 1001.0 / 111_194.93, -1.0)));
    }

    #[test]
    fn polygon() {
        let sq = Area::Polygon(vec![
            LatLon::new(52.40, -1.52),
            LatLon::new(52.40, -1.50),
            LatLon::new(52.42, -1.50),
            LatLon::new(52.42, -1.52),
        ]);
        assert!(contains(&sq, LatLon::new(52.41, -1.51)));
        assert!(!contains(&sq, LatLon::new(52.43, -1.51)));
        assert!(!contains(&sq, LatLon::new(52.41, -1.49)));
        // A concave shape: an L.
        let l = Area::Polygon(vec![
            LatLon::new(0.0, 0.0),
            LatLon::new(0.0, 2.0),
            LatLon::new(1.0, 2.0),
            LatLon::new(1.0, 1.0),
            LatLon::new(2.0, 1.0),
            LatLon::new(2.0, 0.0),
        ]);
        assert!(contains(&l, LatLon::new(1.5, 0.5)));
        assert!(!contains(&l, LatLon::new(1.5, 1.5)));
    }

    #[test]
    fn bounding_boxes_never_exclude_an_inside_point() {
        let areas = [
            Area::Circle {
                lat: 52.0,
                lon: -1.0,
                radius_m: 800.0,
                extra: Map::new(),
            },
            Area::Circle {
                lat: 0.0,
                lon: 179.99,
                radius_m: 5000.0,
                extra: Map::new(),
            },
            Area::Polygon(vec![
                LatLon::new(52.40, -1.52),
                LatLon::new(52.40, -1.50),
                LatLon::new(52.42, -1.51),
            ]),
        ];
        for area in &areas {
            let b = BoundingBox::of(area);
            for i in -50..=50 {
                for j in -50..=50 {
                    let (clat, clon) = match area {
                        Area::Circle { lat, lon, .. } => (*lat, *lon),
                        Area::Polygon(_) => (52.41, -1.51),
                    };
                    let p = LatLon::new(clat + i as f64 * 0.0005, clon + j as f64 * 0.0005);
                    if contains(area, p) {
                        assert!(b.may_contain(p), "{p:?}");
                    }
                }
            }
        }
    }
}
