//! The diary service (in progress).
/// Errors of the diary service.
#[derive(Debug, thiserror::Error)]
pub enum DiaryError {}
