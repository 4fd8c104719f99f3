//! Coordinates from what she can paste or type with no network: a `geo:` URI, a link
//! copied from a map site, or typed coordinates.
//!
//! Accepted:
//! - `geo:52.4081,-1.5106` (RFC 5870, with or without `;u=…` or `?q=…`), and
//!   `geo:0,0?q=52.4081,-1.5106(Label)` as Android shares it;
//! - Google Maps: `…/@52.4081,-1.5106,15z`, `…!3d52.4081!4d-1.5106…` (the place's own
//!   position, preferred when both are there), `?q=52.4,-1.5`, `?ll=…`, `/search/52.4,+-1.5`;
//! - OpenStreetMap: `#map=17/52.4081/-1.5106`, `?mlat=52.4081&mlon=-1.5106`;
//! - Apple Maps: `?ll=…`, `?q=…`, `?sll=…`, `?coordinate=…`; Bing: `?cp=52.4081~-1.5106`;
//! - typed: `52.4081, -1.5106`, `52.4081 -1.5106`, `52.4081° N, 1.5106° W`.
//!
//! Short links (`maps.app.goo.gl/…`, `goo.gl/maps/…`) and what3words addresses need the
//! internet to be turned into coordinates, so they are refused with a message that
//! says what to do instead.

use super::LatLon;

/// Why no coordinates could be read.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum GeoLinkError {
    /// A short link: it has to be opened (online) to find where it points.
    #[error(
        "this is a short link: open it in the map app, then copy the long link or the coordinates"
    )]
    ShortLink,
    /// A what3words address.
    #[error("what3words addresses need the internet: copy the coordinates instead")]
    WhatThreeWords,
    /// Numbers were found but are not a place on Earth.
    #[error("latitude must be between -90 and 90, and longitude between -180 and 180")]
    OutOfRange,
    /// Nothing that looks like coordinates.
    #[error("no coordinates found: paste a map link, or type them like 52.4081, -1.5106")]
    NotFound,
}

fn num(s: &str) -> Option<f64> {
    let s = s.trim().trim_start_matches('+');
    if s.is_empty()
        || !s
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == '-')
    {
        return None;
    }
    s.parse::<f64>().ok().filter(|v| v.is_finite())
}

fn checked(lat: f64, lon: f64) -> Result<LatLon, GeoLinkError> {
    if (-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon) {
        Ok(LatLon::new(lat, lon))
    } else {
        Err(GeoLinkError::OutOfRange)
    }
}

/// A pair of numbers separated by `sep`, at the start of `s`.
fn pair(s: &str, sep: char) -> Option<(f64, f64)> {
    let s = percent_decode(s);
    let mut it = s.splitn(2, sep);
    let lat = num(it.next()?)?;
    let rest = it.next()?;
    // The longitude ends at the first character that cannot be in a number.
    let end = rest
        .char_indices()
        .skip_while(|(_, c)| *c == ' ' || *c == '+')
        .find(|(_, c)| !(c.is_ascii_digit() || *c == '.' || *c == '-'))
        .map(|(i, _)| i)
        .unwrap_or(rest.len());
    let lon = num(rest[..end].trim())?;
    Some((lat, lon))
}

fn percent_decode(s: &str) -> String {
    s.replace("%2C", ",")
        .replace("%2c", ",")
        .replace("%20", " ")
        .replace("%2B", "+")
        .replace("%2b", "+")
        .replace('+', " ")
}

/// The value of a query parameter.
fn param<'a>(url: &'a str, name: &str) -> Option<&'a str> {
    let query = url.split_once('?')?.1;
    let query = query.split('#').next()?;
    query.split('&').find_map(|kv| {
        let (k, v) = kv.split_once('=')?;
        (k == name).then_some(v)
    })
}

/// Typed coordinates, with optional degree signs and N/S/E/W.
fn typed(s: &str) -> Option<(f64, f64)> {
    let cleaned: String = s
        .chars()
        .map(|c| {
            if c == '°' || c == ',' || c == ';' {
                ' '
            } else {
                c
            }
        })
        .collect();
    let tokens: Vec<&str> = cleaned.split_whitespace().collect();
    let mut values = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let t = tokens[i];
        let (body, mut hemisphere) = match t.chars().last() {
            Some(c) if "NSEWnsew".contains(c) && t.len() > 1 => (&t[..t.len() - 1], Some(c)),
            _ => (t, None),
        };
        let mut v = num(body)?;
        if hemisphere.is_none() {
            if let Some(next) = tokens.get(i + 1) {
                if next.len() == 1 && "NSEWnsew".contains(*next) {
                    hemisphere = next.chars().next();
                    i += 1;
                }
            }
        }
        if matches!(hemisphere, Some('S' | 's' | 'W' | 'w')) {
            v = -v.abs();
        }
        values.push((v, hemisphere));
        i += 1;
    }
    match values.as_slice() {
        [(a, ha), (b, hb)] => {
            // "1.5 W, 52.4 N" names its halves; put latitude first.
            if matches!(ha, Some('E' | 'e' | 'W' | 'w'))
                && matches!(hb, Some('N' | 'n' | 'S' | 's'))
            {
                Some((*b, *a))
            } else {
                Some((*a, *b))
            }
        }
        _ => None,
    }
}

/// Reads coordinates from a pasted link or typed text.
pub fn parse(text: &str) -> Result<LatLon, GeoLinkError> {
    let s = text.trim();
    let lower = s.to_ascii_lowercase();
    if lower.contains("maps.app.goo.gl") || lower.contains("goo.gl/maps") {
        return Err(GeoLinkError::ShortLink);
    }
    if lower.starts_with("///") || lower.contains("what3words.com") || lower.contains("w3w.co") {
        return Err(GeoLinkError::WhatThreeWords);
    }
    let found = if let Some(rest) = lower.strip_prefix("geo:") {
        // Android's geo:0,0?q=lat,lon(label) names the place in the query.
        let q = param(s, "q").and_then(|q| pair(q, ','));
        let head = pair(rest.split([';', '?']).next().unwrap_or(""), ',');
        match (head, q) {
            (Some((0.0, 0.0)), Some(q)) | (None, Some(q)) => Some(q),
            (head, _) => head,
        }
    } else if lower.starts_with("http") || lower.contains("maps") || lower.contains("openstreetmap")
    {
        // Google's !3d…!4d… is the place itself; @lat,lon is only the view.
        let bang = s.find("!3d").and_then(|i| {
            let rest = &s[i + 3..];
            let (lat, rest) = rest.split_once("!4d")?;
            let lon_end = rest
                .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == '-'))
                .unwrap_or(rest.len());
            Some((num(lat)?, num(&rest[..lon_end])?))
        });
        let osm_map = s.find("map=").and_then(|i| {
            let mut parts = s[i + 4..].split('/');
            let _zoom = parts.next()?;
            let lat = num(parts.next()?)?;
            let lon_raw = parts.next()?;
            let end = lon_raw
                .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == '-'))
                .unwrap_or(lon_raw.len());
            Some((lat, num(&lon_raw[..end])?))
        });
        let mlat = param(s, "mlat")
            .and_then(num)
            .zip(param(s, "mlon").and_then(num));
        let at = s.find('@').and_then(|i| pair(&s[i + 1..], ','));
        let query = [
            "q",
            "ll",
            "sll",
            "coordinate",
            "query",
            "daddr",
            "destination",
        ]
        .iter()
        .find_map(|name| param(s, name).and_then(|v| pair(v, ',')));
        let bing = param(s, "cp").and_then(|v| pair(v, '~'));
        let search = s.find("/search/").and_then(|i| pair(&s[i + 8..], ','));
        let place = s.find("/place/").and_then(|i| pair(&s[i + 7..], ','));
        bang.or(mlat)
            .or(osm_map)
            .or(query)
            .or(search)
            .or(place)
            .or(bing)
            .or(at)
    } else {
        typed(s)
    };
    let (lat, lon) = found.ok_or(GeoLinkError::NotFound)?;
    checked(lat, lon)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(s: &str) -> (f64, f64) {
        let p = parse(s).unwrap_or_else(|e| panic!("{s}: {e}"));
        (p.lat, p.lon)
    }

    #[test]
    fn geo_uris() {
        assert_eq!(ok("geo:52.4081,-1.5106"), (52.4081, -1.5106));
        assert_eq!(ok("geo:52.4081,-1.5106;u=35"), (52.4081, -1.5106));
        assert_eq!(ok("geo:52.4081,-1.5106?z=17"), (52.4081, -1.5106));
        assert_eq!(
            ok("geo:0,0?q=52.4203,-1.4994(City%20Hospital)"),
            (52.4203, -1.4994)
        );
        assert_eq!(ok("  GEO:52.4,-1.5  "), (52.4, -1.5));
    }

    #[test]
    fn map_sites() {
        assert_eq!(
            ok("https://www.google.com/maps/@52.4081,-1.5106,15z"),
            (52.4081, -1.5106)
        );
        // The place's own position wins over the view's centre.
        assert_eq!(
            ok("https://www.google.com/maps/place/City+Hospital/@52.42,-1.50,17z/data=!3m1!4b1!4m6!3m5!1s0x0:0x0!8m2!3d52.4203!4d-1.4994!16s"),
            (52.4203, -1.4994)
        );
        assert_eq!(
            ok("https://maps.google.com/?q=52.4081,-1.5106"),
            (52.4081, -1.5106)
        );
        assert_eq!(
            ok("https://www.google.com/maps/search/52.4081,+-1.5106"),
            (52.4081, -1.5106)
        );
        assert_eq!(
            ok("https://www.google.com/maps?ll=52.4081%2C-1.5106&z=14"),
            (52.4081, -1.5106)
        );
        assert_eq!(
            ok("https://www.openstreetmap.org/#map=17/52.40810/-1.51060"),
            (52.4081, -1.5106)
        );
        assert_eq!(
            ok("https://www.openstreetmap.org/?mlat=52.4081&mlon=-1.5106#map=17/52.4/-1.5"),
            (52.4081, -1.5106)
        );
        assert_eq!(
            ok("https://maps.apple.com/?ll=52.4081,-1.5106&q=Home"),
            (52.4081, -1.5106)
        );
        assert_eq!(
            ok("https://www.bing.com/maps?cp=52.4081~-1.5106&lvl=16"),
            (52.4081, -1.5106)
        );
    }

    #[test]
    fn typed_coordinates() {
        assert_eq!(ok("52.4081, -1.5106"), (52.4081, -1.5106));
        assert_eq!(ok("52.4081 -1.5106"), (52.4081, -1.5106));
        assert_eq!(ok("52.4081° N, 1.5106° W"), (52.4081, -1.5106));
        assert_eq!(ok("52.4081N 1.5106W"), (52.4081, -1.5106));
        assert_eq!(ok("1.5106 W, 52.4081 N"), (52.4081, -1.5106));
        assert_eq!(ok("33.8688 S, 151.2093 E"), (-33.8688, 151.2093));
    }

    #[test]
    fn clear_refusals() {
        assert_eq!(
            parse("https://maps.app.goo.gl/abc123"),
            Err(GeoLinkError::ShortLink)
        );
        assert_eq!(
            parse("https://goo.gl/maps/xyz"),
            Err(GeoLinkError::ShortLink)
        );
        assert_eq!(
            parse("///filled.count.soap"),
            Err(GeoLinkError::WhatThreeWords)
        );
        assert_eq!(parse("geo:95,10"), Err(GeoLinkError::OutOfRange));
        assert_eq!(parse("52.4, 200"), Err(GeoLinkError::OutOfRange));
        assert_eq!(parse("the hospital"), Err(GeoLinkError::NotFound));
        assert_eq!(parse(""), Err(GeoLinkError::NotFound));
        assert_eq!(parse("52.4"), Err(GeoLinkError::NotFound));
        assert!(parse("https://example.org/nothing").is_err());
    }

    proptest::proptest! {
        #[test]
        fn never_panics(s in "\\PC{0,80}") {
            let _ = parse(&s);
        }

        #[test]
        fn never_panics_on_link_shapes(
            prefix in proptest::sample::select(vec!["geo:", "https://maps.google.com/?q=", "https://www.openstreetmap.org/#map=", "https://www.google.com/maps/@", "x!3d", ""]),
            rest in "[0-9.,;!@/?=&~+\\-a-zé°NSEW ]{0,40}",
        ) {
            let _ = parse(&format!("{prefix}{rest}"));
        }
    }
}
