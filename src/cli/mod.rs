//! The command line (in progress).
/// Errors of the command line.
#[derive(Debug, thiserror::Error)]
pub enum CliError {}
