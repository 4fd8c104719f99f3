//! Flags in words: the `goldthread-flags/1` document, and plain text for a person.
//!
//! The rules decide *what* clashes ([`crate::rules`]); this service asks Fluent
//! ([`crate::l10n`]) *how to say it* in her language. Each flag kind has one Fluent
//! message, `flag-<kind>`, with the attributes `title`, `explanation`, `action-1`…
//! `action-N` and, for the kinds whose action is to ask someone, `draft`.

use serde::Serialize;
use serde_json::Value as Json;

use crate::domain::Plan;
use crate::l10n::{L10nError, Localizer, Value};
use crate::rules::{Arg, Flag, FlagKind};

/// The value of the document's `format` field.
pub const FORMAT: &str = "goldthread-flags/1";

/// One flag, in words.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RenderedFlag {
    /// The flag kind.
    pub kind: &'static str,
    /// `high`, `medium` or `info`.
    pub severity: &'static str,
    /// Appointment ids.
    pub appointments: Vec<String>,
    /// Condition ids.
    pub conditions: Vec<String>,
    /// Local wall-clock time, `YYYY-MM-DDTHH:MM`.
    pub at: String,
    /// The care step, on `missing_antenatal_care`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub care_step: Option<&'static str>,
    /// What is wrong.
    pub title: String,
    /// Why it matters.
    pub explanation: String,
    /// What she can do.
    pub actions: Vec<String>,
    /// A short message she can send or read out, where the action is to ask someone.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub draft: Option<String>,
}

/// The Fluent message id of a flag kind.
pub fn message_id(kind: FlagKind) -> String {
    format!("flag-{}", kind.as_str().replace('_', "-"))
}

fn values(flag: &Flag, plan: &Plan) -> Vec<(&'static str, Value)> {
    flag.args(plan)
        .into_iter()
        .map(|(name, arg)| {
            let v = match arg {
                Arg::Text(s) => Value::Text(s),
                Arg::Number(n) => Value::Number(n),
                Arg::Date(d) => Value::Date(d),
                Arg::Time(t) => Value::Time(t),
                Arg::Choice(c) => Value::Text(c.to_string()),
            };
            (name, v)
        })
        .collect()
}

/// Puts one flag into words. `plan` is the plan the flag was found in.
pub fn render_flag(flag: &Flag, plan: &Plan, l: &Localizer) -> Result<RenderedFlag, L10nError> {
    let id = message_id(flag.kind);
    let args = values(flag, plan);
    let attributes = l.attributes(&id);
    let mut actions = Vec::new();
    for n in 1.. {
        let attr = format!("action-{n}");
        if !attributes.contains(&attr) {
            break;
        }
        actions.push(l.format(&id, Some(&attr), &args)?);
    }
    let draft = if flag.has_draft {
        Some(l.format(&id, Some("draft"), &args)?)
    } else {
        None
    };
    Ok(RenderedFlag {
        kind: flag.kind.as_str(),
        severity: flag.severity.as_str(),
        appointments: flag.appointments.clone(),
        conditions: flag.conditions.clone(),
        at: flag.at_local().format("%Y-%m-%dT%H:%M").to_string(),
        care_step: flag.care_step.map(|s| s.as_str()),
        title: l.format(&id, Some("title"), &args)?,
        explanation: l.format(&id, Some("explanation"), &args)?,
        actions,
        draft,
    })
}

/// Puts every flag into words.
pub fn render(flags: &[Flag], plan: &Plan, l: &Localizer) -> Result<Vec<RenderedFlag>, L10nError> {
    flags.iter().map(|f| render_flag(f, plan, l)).collect()
}

/// The `goldthread-flags/1` document.
pub fn to_json(flags: &[RenderedFlag]) -> Json {
    serde_json::json!({ "format": FORMAT, "flags": flags })
}

/// `at` (`YYYY-MM-DDTHH:MM`) written for a person: the date in words, and the time.
fn when(at: &str, l: &Localizer) -> Result<String, L10nError> {
    match crate::domain::time::parse_datetime(at) {
        Ok(t) => Ok(format!("{}, {}", l.date(t.date())?, t.format("%H:%M"))),
        Err(_) => Ok(at.to_string()),
    }
}

/// Plain text for a person to read.
pub fn to_text(flags: &[RenderedFlag], l: &Localizer) -> Result<String, L10nError> {
    if flags.is_empty() {
        return Ok(format!("{}\n", l.text("check-none")?));
    }
    let mut out = String::new();
    out.push_str(&l.format(
        "check-summary",
        None,
        &[("count", Value::Number(flags.len() as i64))],
    )?);
    out.push_str("\n\n");
    for f in flags {
        let severity = l.text(&format!("severity-{}", f.severity))?;
        out.push_str(&format!("[{severity}] {}\n", f.title));
        out.push_str(&format!("  {}\n", when(&f.at, l)?));
        out.push_str(&format!("  {}\n", f.explanation));
        out.push_str(&format!("  {}:\n", l.text("check-heading-actions")?));
        for (i, a) in f.actions.iter().enumerate() {
            out.push_str(&format!("    {}. {a}\n", i + 1));
        }
        if let Some(d) = &f.draft {
            out.push_str(&format!("  {}:\n", l.text("check-heading-draft")?));
            for line in d.lines() {
                out.push_str(&format!("    {line}\n"));
            }
        }
        let items: Vec<&str> = f
            .appointments
            .iter()
            .chain(&f.conditions)
            .map(String::as_str)
            .collect();
        if !items.is_empty() {
            let items = Value::Text(items.join(", "));
            let about = l.format("check-involves", None, &[("items", items)])?;
            out.push_str(&format!("  {about}\n"));
        }
        out.push('\n');
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    #[test]
    fn at_is_written_to_the_minute() {
        let plan = Plan::from_json_str(
            r#"{"format":"goldthread-plan/1","appointments":[
                {"id":"a","kind":"gp","title":"GP","start":"2026-12-03T10:00:30","end":"2026-12-03T11:00"},
                {"id":"b","kind":"gp","title":"GP","start":"2026-12-03T10:30:45","end":"2026-12-03T11:30"}],
               "conditions":[]}"#,
        )
        .unwrap();
        let flags =
            crate::rules::check(&plan, NaiveDate::from_ymd_opt(2026, 11, 24).unwrap()).unwrap();
        let l = Localizer::new("en-GB", false).unwrap();
        let r = render(&flags, &plan, &l).unwrap();
        assert_eq!(r[0].at, "2026-12-03T10:30");
    }
}
