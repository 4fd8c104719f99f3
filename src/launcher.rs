//! Opening the app: shared by the `goldthread` binary (with no command) and the
//! `notes` binary (the name the phone bundles carry, so that the home screen says
//! "Notes"). Binary code, not part of the library: it may print and exit.

/// The desktop app: a phone-sized window with a neutral title, over the vault in the
/// platform data directory (or `GOLDTHREAD_DIR`).
#[cfg(feature = "desktop")]
mod platform {
    use std::path::PathBuf;
    use std::process::ExitCode;
    use std::sync::OnceLock;

    use dioxus::desktop::{Config, LogicalSize, WindowBuilder};
    use dioxus::prelude::*;
    use goldthread::ui::Root;

    static DIR: OnceLock<PathBuf> = OnceLock::new();

    fn desktop_app() -> Element {
        let dir = DIR.get().cloned().unwrap_or_default();
        // For the cold-start benchmark (`benches/cold_start.rs`): once the first
        // screen has been painted, say so on stdout and quit.
        use_hook(|| {
            if std::env::var_os("GOLDTHREAD_STARTUP_PROBE").is_some() {
                spawn(async {
                    let mut painted = document::eval(
                        "requestAnimationFrame(() => requestAnimationFrame(() => \
                         dioxus.send(document.querySelectorAll('main h1').length)))",
                    );
                    let headings = painted.recv::<usize>().await.unwrap_or(0);
                    println!("first-frame headings={headings}");
                    std::process::exit(0);
                });
            }
        });
        rsx! { Root { dir } }
    }

    pub fn run() -> ExitCode {
        let dir = std::env::var_os("GOLDTHREAD_DIR")
            .map(PathBuf::from)
            .or_else(goldthread::cli::default_dir);
        let Some(dir) = dir else {
            eprintln!("goldthread: no vault directory: set GOLDTHREAD_DIR");
            return ExitCode::from(1);
        };
        let _ = DIR.set(dir);
        let window = WindowBuilder::new()
            .with_title("Notes")
            .with_inner_size(LogicalSize::new(390.0, 844.0));
        dioxus::LaunchBuilder::desktop()
            .with_cfg(Config::new().with_window(window).with_menu(None))
            .launch(desktop_app);
        ExitCode::SUCCESS
    }
}

/// The phone app (Android and iOS, built with `dx bundle`; see `docs/mobile.md`). The
/// vault lives in the app's own private storage.
#[cfg(all(feature = "mobile", not(feature = "desktop")))]
mod platform {
    use std::path::PathBuf;
    use std::process::ExitCode;
    use std::sync::OnceLock;

    use dioxus::prelude::*;
    use goldthread::ui::Root;

    static DIR: OnceLock<PathBuf> = OnceLock::new();

    /// Android gives each app a private files folder under its id. `directories`
    /// follows Linux rules there and finds no home, so the path is named directly.
    /// (Asking Android through JNI, `getFilesDir`, is the better way; see
    /// `docs/mobile.md`.)
    const ANDROID_FILES: &str = "/data/data/org.goldthread.notes/files";

    fn mobile_app() -> Element {
        let dir = DIR.get().cloned().unwrap_or_default();
        rsx! { Root { dir } }
    }

    pub fn run() -> ExitCode {
        let dir = std::env::var_os("GOLDTHREAD_DIR")
            .map(PathBuf::from)
            .or_else(|| {
                if cfg!(target_os = "android") {
                    Some(PathBuf::from(ANDROID_FILES).join("vault"))
                } else {
                    goldthread::cli::default_dir()
                }
            })
            .unwrap_or_else(|| PathBuf::from("vault"));
        let _ = DIR.set(dir);
        dioxus::launch(mobile_app);
        ExitCode::SUCCESS
    }
}

/// Without an app feature there is no app to open: show what the CLI can do.
#[cfg(not(any(feature = "desktop", feature = "mobile")))]
mod platform {
    use std::process::ExitCode;

    use clap::CommandFactory;
    use goldthread::cli::Cli;

    pub fn run() -> ExitCode {
        let _ = Cli::command().print_help();
        ExitCode::SUCCESS
    }
}

pub use platform::run;
