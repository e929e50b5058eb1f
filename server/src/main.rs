//! `feed-server`: see `feed-server --help` and README.md.

use std::process::ExitCode;

use clap::Parser;
use maintenance_feed_server::cli::Cli;

#[tokio::main]
async fn main() -> ExitCode {
    let cli = Cli::parse();
    match maintenance_feed_server::run(cli, maintenance_feed_server::shutdown_signal()).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("feed-server: {e}");
            ExitCode::FAILURE
        }
    }
}
