//! WCAG 2.2 AA colour contrast for every text/background pair the design tokens
//! declare (`assets/tokens.css`): at least 4.5:1 for text, 3:1 for controls.
//! The formula is WCAG's relative luminance and contrast ratio, checked here against
//! known values first.

use std::collections::BTreeMap;

fn channel(c: u8) -> f64 {
    let c = f64::from(c) / 255.0;
    if c <= 0.04045 {
        c / 12.92
    } else {
        ((c + 0.055) / 1.055).powf(2.4)
    }
}

/// WCAG relative luminance of an sRGB colour.
fn luminance(rgb: [u8; 3]) -> f64 {
    0.2126 * channel(rgb[0]) + 0.7152 * channel(rgb[1]) + 0.0722 * channel(rgb[2])
}

/// WCAG contrast ratio, from 1 to 21.
fn contrast(a: [u8; 3], b: [u8; 3]) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

fn hex(s: &str) -> [u8; 3] {
    let s = s.trim().trim_start_matches('#');
    let s: String = if s.len() == 3 {
        s.chars().flat_map(|c| [c, c]).collect()
    } else {
        s.to_string()
    };
    assert_eq!(s.len(), 6, "not a #rrggbb colour: {s}");
    let v = |i: usize| u8::from_str_radix(&s[i..i + 2], 16).unwrap();
    [v(0), v(2), v(4)]
}

/// Colour tokens by name.
type Colours = BTreeMap<String, [u8; 3]>;
/// Declared pairs: foreground, background, and the ratio each must reach.
type Pairs = Vec<(String, String, f64)>;

fn tokens() -> (Colours, Pairs) {
    let css = include_str!("../assets/tokens.css");
    let mut colours = BTreeMap::new();
    let mut pairs = Vec::new();
    for line in css.lines() {
        let line = line.trim().trim_start_matches('*').trim();
        if let Some((name, value)) = line.split_once(':') {
            let name = name.trim();
            if name.starts_with("--color-") {
                colours.insert(name.to_string(), hex(value.trim_end_matches(';')));
                continue;
            }
            let min = match name {
                "pair" => 4.5,
                "ui-pair" => 3.0,
                _ => continue,
            };
            let (fg, bg) = value
                .split_once(" on ")
                .unwrap_or_else(|| panic!("bad pair line: {line}"));
            pairs.push((fg.trim().to_string(), bg.trim().to_string(), min));
        }
    }
    (colours, pairs)
}

#[test]
fn the_formula_matches_known_values() {
    assert!((contrast([0, 0, 0], [255, 255, 255]) - 21.0).abs() < 1e-9);
    assert!((contrast([255, 255, 255], [255, 255, 255]) - 1.0).abs() < 1e-9);
    // #767676 on white is the classic 4.54:1, just passing AA.
    let grey = contrast(hex("#767676"), hex("#fff"));
    assert!((grey - 4.54).abs() < 0.01, "{grey}");
    // #777777 on white is 4.48:1, just failing.
    assert!(contrast(hex("#777"), hex("#ffffff")) < 4.5);
}

#[test]
fn every_declared_pair_meets_wcag_aa() {
    let (colours, pairs) = tokens();
    assert!(pairs.len() >= 15, "the pairs list was not read");
    let mut failures = Vec::new();
    for (fg, bg, min) in &pairs {
        let f = colours
            .get(fg)
            .unwrap_or_else(|| panic!("{fg} is not a colour token"));
        let b = colours
            .get(bg)
            .unwrap_or_else(|| panic!("{bg} is not a colour token"));
        let ratio = contrast(*f, *b);
        if ratio < *min {
            failures.push(format!("{fg} on {bg}: {ratio:.2}:1 (needs {min}:1)"));
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

#[test]
fn every_text_colour_is_in_a_pair() {
    let (colours, pairs) = tokens();
    for name in colours.keys() {
        let is_text = name.contains("text") || name.starts_with("--color-on-");
        if is_text {
            assert!(
                pairs.iter().any(|(fg, _, _)| fg == name),
                "{name} is a text colour with no checked background"
            );
        }
    }
}
