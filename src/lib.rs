//! # Goldthread
//!
//! An offline-first phone companion for women under supervision in the community
//! (on licence, on a community order or suspended sentence, or on bail) in England and
//! Wales, many of them pregnant or with a baby.
//!
//! ## Module map
//!
//! The layers are visible in the folders. Inner layers never depend on outer ones.
//!
//! | module | layer | what it holds | may do I/O? |
//! |---|---|---|---|
//! | [`domain`] | pure | the `goldthread-plan/1` model: plans, appointments, places, conditions, pregnancy; decoding with field paths; wall-clock time rules | no, and no clock |
//! | [`rules`] | pure | the clash checker: one rule per file, turning a plan and `as_of` into flags | no, and no clock |
//! | [`l10n`] | localisation | Project Fluent: embedded `locales/<lang>/`, negotiation, fallback to en-GB, collected errors; the guides, the glossary, the plain-language measure | no (resources are embedded) |
//! | [`vault`] | storage | the encrypted local store: key hierarchy, sealed records, lockout delay, duress slot, wipe, schema migrations | yes (SQLite files) |
//! | [`diary`] | service | the diary the app and CLI use: stores a [`domain::Plan`] as sealed vault records and reads it back | through [`vault`] only |
//! | [`report`] | service | flags in words: `goldthread-flags/1` JSON and plain text, through [`l10n`] | no |
//! | [`app`] | service | the steps of the app that the screens call: first run, unlock, quick exit, Today, the live clash check | through the layers above |
//! | `ui` (feature `ui`) | interface | the Dioxus screens: thin views over [`app`], services through context, vault work on worker threads | no (through [`app`]) |
//! | [`cli`] | interface | the headless `goldthread` command line: argument parsing, passphrase input, exit statuses | terminal and environment |
//! | [`sync`] | protocol, relay | optional end-to-end encrypted sharing: the wire format and hybrid logical clocks (pure), and the relay server (feature `relay`) | the relay: network and its own SQLite store |
//!
//! Pure code sits in the middle, I/O around it, and thin views at the edge.
//!
//! Library code never prints and never exits; every layer has one error type
//! ([`domain::PlanError`], [`app::AppError`], [`rules::CheckError`], [`l10n::L10nError`],
//! [`vault::VaultError`], [`diary::DiaryError`], [`cli::CliError`]).

#![forbid(unsafe_code)]

pub mod app;
pub mod cli;
pub mod diary;
pub mod domain;
pub mod l10n;
pub mod report;
pub mod rules;
pub mod sync;
#[cfg(feature = "ui")]
pub mod ui;
pub mod vault;
