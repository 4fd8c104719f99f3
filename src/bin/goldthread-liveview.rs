//! `goldthread-liveview`: the real app, served to a browser on 127.0.0.1 through the
//! Dioxus liveview renderer. The end-to-end tests (`tests/e2e/`) drive it in
//! Chromium, the engine of Android's WebView.
//!
//! It is a development and test tool, never a way to use the diary over a network: it
//! binds to the loopback address only, and the diary's screens render in this process.
//!
//! ```text
//! goldthread-liveview --dir /tmp/vault --port 0
//! ```
//!
//! It prints `listening on http://127.0.0.1:PORT/` on stdout once it accepts
//! connections (with `--port 0` the system picks the port).

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;

use axum::response::Redirect;
use axum::routing::get;
use axum::Router;
use clap::Parser;
use dioxus::prelude::*;
use dioxus_liveview::LiveviewRouter;
use goldthread::ui::{Root, RootProps};

/// Serve the app to a browser on this computer only.
#[derive(Parser)]
#[command(name = "goldthread-liveview", version)]
struct Args {
    /// The vault directory.
    #[arg(long, env = "GOLDTHREAD_DIR")]
    dir: PathBuf,
    /// The port on 127.0.0.1 (0: any free port).
    #[arg(long, default_value_t = 0)]
    port: u16,
}

fn main() -> ExitCode {
    let args = Args::parse();
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(r) => r,
        Err(e) => {
            eprintln!("goldthread-liveview: could not start: {e}");
            return ExitCode::from(1);
        }
    };
    runtime.block_on(serve(args))
}

async fn serve(args: Args) -> ExitCode {
    let dir = args.dir;
    // Every browser tab gets its own app over the same vault, as a second window of
    // the desktop app would.
    let router = Router::new()
        .with_virtual_dom("/", move || {
            VirtualDom::new_with_props(Root, RootProps { dir: dir.clone() })
        })
        // Liveview's catch-all route does not answer `/` itself under axum 0.8.
        .route("/", get(|| async { Redirect::to("/app") }));
    let addr = SocketAddr::from(([127, 0, 0, 1], args.port));
    let listener = match tokio::net::TcpListener::bind(addr).await {
        Ok(l) => l,
        Err(e) => {
            eprintln!("goldthread-liveview: cannot listen on {addr}: {e}");
            return ExitCode::from(1);
        }
    };
    match listener.local_addr() {
        Ok(a) => println!("listening on http://{a}/"),
        Err(e) => {
            eprintln!("goldthread-liveview: {e}");
            return ExitCode::from(1);
        }
    }
    if let Err(e) = axum::serve(listener, router.into_make_service()).await {
        eprintln!("goldthread-liveview: the server stopped: {e}");
        return ExitCode::from(1);
    }
    ExitCode::SUCCESS
}
