//! `notes`: the app alone, under a neutral name. The Android and iOS bundles are built
//! from this binary (`dx bundle --bin notes`), because `dx` 0.7 names the app on the
//! home screen after the binary. It takes no command-line arguments; the command line
//! is the `goldthread` binary's.

use std::process::ExitCode;

#[path = "../launcher.rs"]
mod launcher;

fn main() -> ExitCode {
    launcher::run()
}
