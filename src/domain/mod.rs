//! The domain layer: the plan a person keeps, as plain Rust values.
//!
//! This layer maps the `goldthread-plan/1` interchange format (its
//! specification is `plan-v1.md`) onto typed values: the [`Plan`] itself, its
//! [`Place`]s, the [`Pregnancy`], [`Appointment`]s and [`Condition`]s. It
//! decodes hostile JSON into those values, reporting every problem with the
//! path of the field it concerns, and writes them back out with defaults
//! filled in and unknown fields kept.
//!
//! The layer is pure: it does no I/O, prints nothing and never reads the
//! clock. Anything that depends on "now" takes the time as a parameter.

mod appointment;
mod condition;
mod decode;
pub mod geo_link;
mod names;
mod place;
mod plan;
mod pregnancy;
mod problem;
pub mod recurrence;
pub mod time;

pub use appointment::{Appointment, AppointmentKind, CareStep};
pub use condition::{
    Area, Condition, ConditionKind, ConditionRule, Monitoring, NoContactWho, Source, Window,
};
pub use names::Named;
pub use place::{distance_m, within_m, LatLon, Place, SAME_PLACE_METRES};
pub use plan::{Plan, PlanError, FORMAT};
pub use pregnancy::Pregnancy;
pub use problem::{Problem, Problems};
pub use recurrence::{ByDay, Freq, Recurrence, Until};
pub use time::{resolve_local, DEFAULT_ZONE};
