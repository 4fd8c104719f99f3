//! `travel_ban` (high): a `travel_ban` applies on the occurrence's date, and its place's
//! country is not allowed. `GB` allows every UK subdivision; `GB-ENG` allows only
//! England; a place marked plain `GB` is inside any allowed `GB-*` area, because its
//! subdivision is unknown. `at` is the occurrence start.

use super::{occurrence_flag, Context, Flag, FlagKind, Severity};
use crate::domain::ConditionRule;

/// Whether a place's country is inside the allowed areas.
pub fn allowed(country: &str, allowed: &[String]) -> bool {
    let c = country.trim().to_ascii_uppercase();
    allowed.iter().any(|a| {
        let a = a.trim().to_ascii_uppercase();
        a == c || (a == "GB" && c.starts_with("GB-")) || (c == "GB" && a.starts_with("GB-"))
    })
}

/// Adds the rule's flags.
pub fn run(ctx: &Context<'_>, flags: &mut Vec<Flag>) {
    for (ci, c) in ctx.plan.conditions.iter().enumerate() {
        let ConditionRule::TravelBan { allowed_countries } = &c.rule else {
            continue;
        };
        // Whether each country in use is allowed, by interned id.
        let ok: Vec<bool> = ctx
            .countries
            .iter()
            .map(|country| allowed(country, allowed_countries))
            .collect();
        for o in &ctx.occurrences {
            if o.info.label.is_none() || ok[o.info.country as usize] || !c.applies_on(o.date()) {
                continue;
            }
            flags.push(occurrence_flag(
                ctx,
                FlagKind::TravelBan,
                Severity::High,
                o,
                Some(ci),
                o.s,
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::allowed;

    #[test]
    fn uk_subdivisions() {
        let gb = vec!["GB".to_string()];
        let eng = vec!["GB-ENG".to_string()];
        assert!(allowed("GB", &gb));
        assert!(allowed("GB-SCT", &gb));
        assert!(allowed("gb-wls", &gb));
        assert!(!allowed("FR", &gb));
        assert!(!allowed("IE", &gb));
        assert!(allowed("GB-ENG", &eng));
        assert!(allowed("GB", &eng), "subdivision unknown");
        assert!(!allowed("GB-WLS", &eng));
    }
}
