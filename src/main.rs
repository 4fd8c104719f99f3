//! The `goldthread` binary: parses the command line, runs it, and turns the result
//! into output and an exit status. All the work happens in the library.

use std::process::ExitCode;

use clap::{CommandFactory, Parser};
use goldthread::cli::{self, Cli, EnvOrTerminal};

fn main() -> ExitCode {
    let args = Cli::parse();
    let Some(command) = args.command else {
        // The app's screens arrive with the UI; until then, show what the CLI can do.
        let mut cmd = Cli::command();
        let _ = cmd.print_help();
        return ExitCode::SUCCESS;
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
