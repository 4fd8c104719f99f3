//! The `goldthread` binary: with a command, the headless CLI; with none, the app.
//! All the work happens in the library. (`notes`, in `src/bin/notes.rs`, is the same
//! app under a neutral name, for the phone bundles.)

use std::process::ExitCode;

use clap::Parser;
use goldthread::cli::{self, Cli, EnvOrTerminal};

fn main() -> ExitCode {
    let args = Cli::parse();
    let Some(command) = args.command else {
        return launcher::run();
    };
    let stdout = std::io::stdout();
    let stderr = std::io::stderr();
    match cli::run(
        command,
        &EnvOrTerminal,
        &mut stdout.lock(),
        &mut stderr.lock(),
    ) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            for line in e.lines() {
                eprintln!("goldthread: {line}");
            }
            ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(1))
        }
    }
}

mod launcher;
