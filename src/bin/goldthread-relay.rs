//! `goldthread-relay`: the sharing relay (`docs/sync-protocol.md`). It keeps only public
//! keys, random ids and padded ciphertext, in one SQLite file.
//!
//! ```text
//! goldthread-relay --db /var/lib/goldthread/relay.db --listen 0.0.0.0:8443
//! ```
//!
//! Put it behind a TLS terminator (the devices speak HTTPS to it). It prints
//! `listening on ADDR` once it accepts connections.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use clap::Parser;
use goldthread::sync::relay::server::{router, Relay};
use goldthread::sync::relay::store::SqliteStore;

/// The Goldthread sharing relay.
#[derive(Parser)]
#[command(name = "goldthread-relay", version)]
struct Args {
    /// The SQLite database file (created if missing).
    #[arg(long, env = "GOLDTHREAD_RELAY_DB")]
    db: PathBuf,
    /// Address and port to listen on.
    #[arg(long, default_value = "127.0.0.1:8443")]
    listen: SocketAddr,
}

fn main() -> ExitCode {
    let args = Args::parse();
    let store = match SqliteStore::open(&args.db) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("goldthread-relay: cannot open {}: {e}", args.db.display());
            return ExitCode::from(1);
        }
    };
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(r) => r,
        Err(e) => {
            eprintln!("goldthread-relay: could not start: {e}");
            return ExitCode::from(1);
        }
    };
    runtime.block_on(async move {
        let app = router(Arc::new(Relay::new(Arc::new(store))));
        let listener = match tokio::net::TcpListener::bind(args.listen).await {
            Ok(l) => l,
            Err(e) => {
                eprintln!("goldthread-relay: cannot listen on {}: {e}", args.listen);
                return ExitCode::from(1);
            }
        };
        match listener.local_addr() {
            Ok(a) => println!("listening on {a}"),
            Err(e) => {
                eprintln!("goldthread-relay: {e}");
                return ExitCode::from(1);
            }
        }
        if let Err(e) = axum::serve(listener, app).await {
            eprintln!("goldthread-relay: the server stopped: {e}");
            return ExitCode::from(1);
        }
        ExitCode::SUCCESS
    })
}
