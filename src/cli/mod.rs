//! The headless `goldthread` command line.
//!
//! Later issues and scripts test against this interface, so it is kept stable:
//!
//! | command | does |
//! |---|---|
//! | `vault init [--duress]` | creates a vault |
//! | `vault passwd` | changes the passphrase |
//! | `vault wipe` | destroys the vault |
//! | `vault repair` | drops records that can no longer be read, after showing them |
//! | `import PLAN.json [--replace]` | validates a plan and stores it, all or nothing |
//! | `export [--salvage]` | writes the stored plan as `goldthread-plan/1` JSON |
//! | `check [PLAN.json] [--as-of D] [--lang L] [--format json\|text]` | writes the clash flags |
//! | `guide --list \| ID [--lang L] [--with L2] \| --readability` | prints the guides |
//! | `glossary [--lang L]` | prints the glossary |
//!
//! Every command that uses the vault takes `--dir D` (or `GOLDTHREAD_DIR`). Passphrases come from the
//! terminal without echo, or from `GOLDTHREAD_PASSPHRASE`, `GOLDTHREAD_NEW_PASSPHRASE`
//! and `GOLDTHREAD_DURESS_PASSPHRASE`.
//!
//! Exit statuses: 0 success; 2 invalid input; 3 wrong passphrase or locked out; 4 the
//! vault is damaged or tampered with; 1 anything else. This module never prints and
//! never exits: it writes to the writers it is given and returns a [`CliError`], and
//! `main` turns that into a message and a status.

mod passphrase;

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::{Args, Parser, Subcommand};

pub use passphrase::{EnvOrTerminal, PassphraseSource, Purpose};

use crate::diary::{Diary, DiaryError, ImportMode};
use crate::domain::time::parse_date;
use crate::domain::{Plan, PlanError};
use crate::l10n::{Localizer, Value};
use crate::vault::{self, KdfParams, Vault, VaultError};
use crate::{report, rules};

/// Errors of the command line, each with its exit status.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    /// The plan file is not valid.
    #[error("{source}")]
    Plan {
        /// The file.
        path: PathBuf,
        /// What is wrong.
        #[source]
        source: PlanError,
    },
    /// A vault operation failed.
    #[error(transparent)]
    Vault(#[from] VaultError),
    /// A diary operation failed.
    #[error(transparent)]
    Diary(#[from] DiaryError),
    /// Sharing failed.
    #[error(transparent)]
    Sync(#[from] crate::sync::engine::SyncError),
    /// The vault holds records that cannot be read; nothing was written out.
    #[error("{}", damaged_text(.0))]
    Damaged(Vec<vault::RecordProblem>),
    /// Input that is not valid (other than a plan).
    #[error("{0}")]
    Input(String),
    /// A file could not be read or written.
    #[error("could not use {}: {source}", path.display())]
    Io {
        /// The path.
        path: PathBuf,
        /// The cause.
        #[source]
        source: std::io::Error,
    },
    /// No passphrase could be had.
    #[error("{0}")]
    NoPassphrase(String),
    /// Writing the output failed.
    #[error("could not write the output: {0}")]
    Output(#[source] std::io::Error),
    /// The clash checker could not run.
    #[error(transparent)]
    Check(#[from] crate::rules::CheckError),
    /// The text for the flags could not be made.
    #[error(transparent)]
    L10n(#[from] crate::l10n::L10nError),
    /// The platform has no data directory and none was given.
    #[error("no vault directory: give --dir or set GOLDTHREAD_DIR")]
    NoDir,
}

fn damaged_text(problems: &[vault::RecordProblem]) -> String {
    let mut s = String::from("the vault is damaged:");
    for p in problems {
        s.push_str("\n  ");
        s.push_str(&p.to_string());
    }
    s.push_str("\nRun `goldthread export --salvage` to save what can be read.");
    s
}

impl CliError {
    /// The process exit status for this error.
    pub fn exit_code(&self) -> i32 {
        match self {
            CliError::Plan { source, .. } => match source {
                PlanError::Syntax(_) | PlanError::Invalid(_) => 2,
            },
            CliError::Input(_) => 2,
            CliError::Damaged(_) => 4,
            CliError::Vault(e) | CliError::Diary(DiaryError::Vault(e)) => vault_code(e),
            CliError::Diary(DiaryError::Invalid(_)) => 2,
            CliError::Diary(DiaryError::Unreadable { .. }) => 4,
            CliError::Diary(DiaryError::Encode(_)) => 1,
            CliError::NoPassphrase(_) | CliError::Io { .. } => 1,
            CliError::Output(_) | CliError::NoDir => 1,
            CliError::Check(_) => 2,
            CliError::L10n(crate::l10n::L10nError::BadTag { .. }) => 2,
            CliError::L10n(_) => 1,
            CliError::Sync(e) => {
                use crate::sync::engine::SyncError as S;
                match e {
                    S::Diary(DiaryError::Vault(v)) => vault_code(v),
                    S::Client(c) if matches!(c.status(), Some(400..=499)) => 2,
                    S::Keys(_) | S::NotConfirmed | S::Unknown(_) | S::Expired => 2,
                    _ => 1,
                }
            }
        }
    }

    /// The message, one problem per line, for stderr.
    pub fn lines(&self) -> Vec<String> {
        match self {
            CliError::Plan {
                source: PlanError::Invalid(problems),
                ..
            }
            | CliError::Diary(DiaryError::Invalid(problems)) => {
                problems.0.iter().map(|p| p.to_string()).collect()
            }
            CliError::Plan { path, source } => {
                vec![format!("{}: {source}", path.display())]
            }
            other => other.to_string().lines().map(str::to_string).collect(),
        }
    }
}

fn vault_code(e: &VaultError) -> i32 {
    match e {
        VaultError::WrongPassphrase { .. } | VaultError::LockedOut { .. } => 3,
        VaultError::HeaderDamaged { .. } | VaultError::Damaged { .. } => 4,
        VaultError::WeakPassphrase { .. }
        | VaultError::DuressSameAsPassphrase
        | VaultError::PassphraseNotUsable
        | VaultError::KdfTooWeak { .. } => 2,
        _ => 1,
    }
}

/// Goldthread: an encrypted diary that spots clashes with licence, bail and order
/// conditions. With no command, it starts the app.
#[derive(Debug, Parser)]
#[command(name = "goldthread", version, about, long_about = None)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Where the vault is.
#[derive(Debug, Clone, Args)]
pub struct DirArg {
    /// The vault directory (default: the platform's data directory).
    #[arg(long, env = "GOLDTHREAD_DIR", value_name = "D")]
    pub dir: Option<PathBuf>,
}

/// `goldthread share …`.
#[derive(Debug, Subcommand)]
pub enum ShareCommand {
    /// The worker: make an invitation (valid 24 hours) and print its code.
    Invite {
        /// The relay's URL.
        #[arg(long)]
        relay: String,
        #[command(flatten)]
        dir: DirArg,
    },
    /// Her: accept a worker's invitation code; prints the safety number to compare.
    Accept {
        /// The code (GT1-…).
        code: String,
        #[command(flatten)]
        dir: DirArg,
    },
    /// Every pairing: its number, side, safety number, what is shared, open proposals.
    Status {
        #[command(flatten)]
        dir: DirArg,
    },
    /// Her: the safety numbers match (sharing is blocked until then).
    Confirm {
        /// The pairing's number (from `status`).
        n: usize,
        #[command(flatten)]
        dir: DirArg,
    },
    /// Her: what a pairing shares from now on (nothing, without options).
    Set {
        /// The pairing's number.
        n: usize,
        /// Share this appointment (by id); may be repeated.
        #[arg(long = "appointment", value_name = "ID")]
        appointments: Vec<String>,
        /// Share every appointment of this kind; may be repeated.
        #[arg(long = "kind", value_name = "KIND")]
        kinds: Vec<String>,
        /// Share her conditions.
        #[arg(long)]
        conditions: bool,
        /// Share her due date.
        #[arg(long)]
        due_date: bool,
        /// Share her approved address.
        #[arg(long)]
        home: bool,
        #[command(flatten)]
        dir: DirArg,
    },
    /// The worker: propose the appointments of a plan file to a pairing.
    Propose {
        /// The pairing's number.
        n: usize,
        /// A goldthread-plan/1 file with the proposed appointments.
        plan: PathBuf,
        #[command(flatten)]
        dir: DirArg,
    },
    /// Her: accept or decline a proposal.
    Answer {
        /// The proposal's id.
        id: String,
        /// accept or decline.
        #[arg(value_parser = ["accept", "decline"])]
        decision: String,
        #[command(flatten)]
        dir: DirArg,
    },
    /// The worker: her shared plan, as goldthread-plan/1 JSON (check it with `check`).
    Show {
        /// The pairing's number.
        n: usize,
        #[command(flatten)]
        dir: DirArg,
    },
    /// End a pairing: the relay deletes the channel and the keys are forgotten.
    Revoke {
        /// The pairing's number.
        n: usize,
        #[command(flatten)]
        dir: DirArg,
    },
}

/// A subcommand.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create, re-key, repair or destroy the vault.
    #[command(subcommand)]
    Vault(VaultCommand),
    /// Check a plan file and store it in the vault, all or nothing.
    Import {
        /// The plan, as goldthread-plan/1 JSON.
        plan: PathBuf,
        /// Replace the stored plan instead of merging into it by id.
        #[arg(long)]
        replace: bool,
        #[command(flatten)]
        dir: DirArg,
    },
    /// Check a plan for clashes and write the flags (goldthread-flags/1 JSON, or text).
    Check {
        /// A plan file to check; without one, the plan stored in the vault is checked.
        plan: Option<PathBuf>,
        /// "Today" for the rules, as YYYY-MM-DD (default: the plan's as_of, else today).
        #[arg(long, value_name = "YYYY-MM-DD")]
        as_of: Option<String>,
        /// The language of the text (falls back to en-GB).
        #[arg(long, default_value = "en-GB")]
        lang: String,
        /// json (goldthread-flags/1) or text (for a person).
        #[arg(long, value_enum, default_value_t = Format::Json)]
        format: Format,
        #[command(flatten)]
        dir: DirArg,
    },
    /// Print the guides: the list, one guide, or one guide beside another language
    /// (block by block, for an interpreter's preparation).
    Guide {
        /// The guide's id (see --list).
        id: Option<String>,
        /// List the guides with their titles.
        #[arg(long)]
        list: bool,
        /// The language (falls back to en-GB).
        #[arg(long, default_value = "en-GB")]
        lang: String,
        /// A second language: each block is followed by the same block in it.
        #[arg(long, value_name = "LANG")]
        with: Option<String>,
        /// Measure every en-GB guide (Flesch Reading Ease, words per sentence).
        #[arg(long)]
        readability: bool,
    },
    /// Share with a support worker: end to end encrypted, item by item, nothing by
    /// default.
    #[command(subcommand)]
    Share(ShareCommand),
    /// Send what changed and read what arrived, for every pairing.
    Sync {
        #[command(flatten)]
        dir: DirArg,
    },
    /// Print the glossary in a language: each term with its plain definition.
    Glossary {
        /// The language (falls back to en-GB).
        #[arg(long, default_value = "en-GB")]
        lang: String,
    },
    /// Write the stored plan as goldthread-plan/1 JSON on stdout.
    Export {
        /// Write what can still be read even if some records are damaged
        /// (still exits 4).
        #[arg(long)]
        salvage: bool,
        #[command(flatten)]
        dir: DirArg,
    },
}

/// Output format of `check`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// `goldthread-flags/1` JSON.
    Json,
    /// Readable text.
    Text,
}

/// A `vault` subcommand.
#[derive(Debug, Subcommand)]
pub enum VaultCommand {
    /// Create a new vault.
    Init {
        /// Also set a duress passphrase, which opens a separate decoy diary.
        #[arg(long)]
        duress: bool,
        #[command(flatten)]
        dir: DirArg,
    },
    /// Change the passphrase. Only the key is re-wrapped.
    Passwd {
        #[command(flatten)]
        dir: DirArg,
    },
    /// Destroy the vault: the keys first, then the files. This cannot be undone.
    Wipe {
        #[command(flatten)]
        dir: DirArg,
    },
    /// Drop records that can no longer be read, so the diary can be written again.
    Repair {
        #[command(flatten)]
        dir: DirArg,
    },
}

/// The platform's data directory for the vault, if it has one.
pub fn default_dir() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "goldthread").map(|p| p.data_dir().join("vault"))
}

fn resolve_dir(d: &DirArg) -> Result<PathBuf, CliError> {
    d.dir.clone().or_else(default_dir).ok_or(CliError::NoDir)
}

/// KDF parameters for new vaults: the default, or `GOLDTHREAD_KDF_ITERATIONS` if set
/// (never below the floor; tests use the floor to run quickly).
fn kdf_params() -> Result<KdfParams, CliError> {
    match std::env::var("GOLDTHREAD_KDF_ITERATIONS") {
        Ok(s) => {
            let n: u32 = s.trim().parse().map_err(|_| {
                CliError::Input(format!(
                    "GOLDTHREAD_KDF_ITERATIONS: must be a whole number, not {s:?}"
                ))
            })?;
            Ok(KdfParams::pbkdf2(n)?)
        }
        Err(_) => Ok(KdfParams::default()),
    }
}

fn unlock(dir: &Path, pass: &dyn PassphraseSource) -> Result<Vault, CliError> {
    if !vault::exists(dir) {
        return Err(VaultError::NotFound {
            dir: dir.to_path_buf(),
        }
        .into());
    }
    let p = pass.get(Purpose::Unlock)?;
    Ok(Vault::unlock(dir, &p)?)
}

/// Runs a command. `out` receives what the command writes on stdout and `info` its
/// short confirmations (stderr), so that stdout stays clean for data.
pub fn run(
    cmd: Command,
    pass: &dyn PassphraseSource,
    out: &mut dyn Write,
    info: &mut dyn Write,
) -> Result<(), CliError> {
    let say = |info: &mut dyn Write, s: String| writeln!(info, "{s}").map_err(CliError::Output);
    match cmd {
        Command::Vault(VaultCommand::Init { duress, dir }) => {
            let dir = resolve_dir(&dir)?;
            if vault::exists(&dir) {
                return Err(VaultError::AlreadyExists { dir }.into());
            }
            let kdf = kdf_params()?;
            let p = pass.get(Purpose::Create)?;
            let d = if duress {
                Some(pass.get(Purpose::CreateDuress)?)
            } else {
                None
            };
            Vault::create(&dir, &p, d.as_ref(), kdf)?;
            say(info, format!("Created a vault in {}", dir.display()))
        }
        Command::Vault(VaultCommand::Passwd { dir }) => {
            let dir = resolve_dir(&dir)?;
            let mut v = unlock(&dir, pass)?;
            let new = pass.get(Purpose::New)?;
            v.change_passphrase(&new)?;
            say(info, "Passphrase changed.".to_string())
        }
        Command::Vault(VaultCommand::Wipe { dir }) => {
            let dir = resolve_dir(&dir)?;
            let v = unlock(&dir, pass)?;
            v.wipe()?;
            say(info, "The vault has been destroyed.".to_string())
        }
        Command::Vault(VaultCommand::Repair { dir }) => {
            let dir = resolve_dir(&dir)?;
            let mut v = unlock(&dir, pass)?;
            let dropped = v.repair()?;
            if dropped.is_empty() {
                return say(info, "Nothing needed repair.".to_string());
            }
            for p in dropped {
                say(info, format!("dropped: {p}"))?;
            }
            Ok(())
        }
        Command::Import { plan, replace, dir } => {
            let text = std::fs::read_to_string(&plan).map_err(|source| CliError::Io {
                path: plan.clone(),
                source,
            })?;
            // Validate before asking for a passphrase: a bad file costs nothing.
            let parsed = Plan::from_json_str(&text).map_err(|source| CliError::Plan {
                path: plan.clone(),
                source,
            })?;
            let dir = resolve_dir(&dir)?;
            let mut diary = Diary::open(unlock(&dir, pass)?)?;
            if !diary.problems().is_empty() {
                return Err(CliError::Damaged(diary.problems().to_vec()));
            }
            let mode = if replace {
                ImportMode::Replace
            } else {
                ImportMode::Merge
            };
            let s = diary.import(parsed, mode)?;
            say(
                info,
                format!(
                    "Imported {} appointments ({} new) and {} conditions ({} new).",
                    s.appointments_added + s.appointments_replaced,
                    s.appointments_added,
                    s.conditions_added + s.conditions_replaced,
                    s.conditions_added
                ),
            )
        }
        Command::Check {
            plan,
            as_of,
            lang,
            format,
            dir,
        } => {
            let l = Localizer::new(&lang, false)?;
            let as_of = match as_of {
                Some(s) => {
                    Some(parse_date(&s).map_err(|e| CliError::Input(format!("--as-of: {e}")))?)
                }
                None => None,
            };
            let plan = match plan {
                Some(path) => {
                    let text = std::fs::read_to_string(&path).map_err(|source| CliError::Io {
                        path: path.clone(),
                        source,
                    })?;
                    Plan::from_json_str(&text).map_err(|source| CliError::Plan { path, source })?
                }
                None => {
                    let dir = resolve_dir(&dir)?;
                    let diary = Diary::open(unlock(&dir, pass)?)?;
                    if !diary.problems().is_empty() {
                        return Err(CliError::Damaged(diary.problems().to_vec()));
                    }
                    diary.plan().clone()
                }
            };
            // The interface layer reads the clock; the rules never do.
            let today = as_of.or(plan.as_of).unwrap_or_else(|| {
                chrono::Utc::now()
                    .with_timezone(&plan.timezone)
                    .date_naive()
            });
            let flags = rules::check(&plan, today)?;
            let rendered = report::render(&flags, &plan, &l)?;
            let text = match format {
                Format::Json => {
                    let mut s = serde_json::to_string_pretty(&report::to_json(&rendered))
                        .map_err(|e| CliError::Output(e.into()))?;
                    s.push('\n');
                    s
                }
                Format::Text => report::to_text(&rendered, &l)?,
            };
            out.write_all(text.as_bytes()).map_err(CliError::Output)
        }
        Command::Guide {
            id,
            list,
            lang,
            with,
            readability,
        } => guide_command(id, list, &lang, with.as_deref(), readability, out),
        Command::Share(cmd) => share_command(cmd, pass, out),
        Command::Sync { dir } => {
            let dir = resolve_dir(&dir)?;
            let mut diary = Diary::open(unlock(&dir, pass)?)?;
            let r = crate::sync::engine::sync(&mut diary, now_ms())?;
            say(info, format!("Sent {}, received {}.", r.sent, r.received))
        }
        Command::Glossary { lang } => {
            let l = Localizer::new(&lang, false)?;
            let write =
                |out: &mut dyn Write, s: String| writeln!(out, "{s}").map_err(CliError::Output);
            write(out, text_of(&l, "glossary-title")?)?;
            for t in crate::l10n::glossary::glossary(&l)? {
                write(out, String::new())?;
                write(out, t.term)?;
                write(out, format!("    {}", t.definition))?;
            }
            Ok(())
        }
        Command::Export { salvage, dir } => {
            let dir = resolve_dir(&dir)?;
            let diary = Diary::open(unlock(&dir, pass)?)?;
            let problems = diary.problems().to_vec();
            if problems.is_empty() || salvage {
                writeln!(out, "{}", diary.plan().to_json_pretty()).map_err(CliError::Output)?;
            }
            if problems.is_empty() {
                Ok(())
            } else {
                Err(CliError::Damaged(problems))
            }
        }
    }
}

/// A message, or the error naming it.
fn text_of(l: &Localizer, id: &str) -> Result<String, CliError> {
    Ok(l.text(id)?)
}

/// `goldthread guide`.
fn guide_command(
    id: Option<String>,
    list: bool,
    lang: &str,
    with: Option<&str>,
    readability: bool,
    out: &mut dyn Write,
) -> Result<(), CliError> {
    use crate::l10n::guides::{self, Status};
    let write = |out: &mut dyn Write, s: &str| writeln!(out, "{s}").map_err(CliError::Output);
    let guide_err = |e: guides::GuideError| match e {
        guides::GuideError::Language(l) => CliError::L10n(l),
        other => CliError::Input(format!("{other}: see `goldthread guide --list`")),
    };
    if readability {
        write(
            out,
            "guide\tsentences\twords\treading ease\twords per sentence",
        )?;
        for g in guides::all(crate::l10n::SOURCE).map_err(guide_err)? {
            let r = g.readability();
            write(
                out,
                &format!(
                    "{}\t{}\t{}\t{:.1}\t{:.1}",
                    g.id, r.sentences, r.words, r.reading_ease, r.words_per_sentence
                ),
            )?;
        }
        return Ok(());
    }
    let l = Localizer::new(lang, false)?;
    let Some(id) = id.filter(|_| !list) else {
        for g in guides::all(lang).map_err(guide_err)? {
            write(out, &format!("{:<26}{}", g.id, g.title))?;
        }
        return Ok(());
    };
    let first = guides::guide(&id, lang).map_err(guide_err)?;
    let second = match with {
        Some(w) => Some((
            Localizer::new(w, false)?,
            guides::guide(&id, w).map_err(guide_err)?,
        )),
        None => None,
    };
    let header = |out: &mut dyn Write, l: &Localizer, g: &guides::Guide| -> Result<(), CliError> {
        write(out, &format!("[{}] {}", g.lang, g.title))?;
        write(out, &format!("[{}] {}", g.lang, g.summary))?;
        if g.status == Status::AwaitingReview {
            write(
                out,
                &format!("[{}] {}", g.lang, text_of(l, "guides-status-awaiting")?),
            )?;
        }
        Ok(())
    };
    header(out, &l, &first)?;
    if let Some((l2, g2)) = &second {
        header(out, l2, g2)?;
    }
    for (i, block) in first.blocks.iter().enumerate() {
        write(out, "")?;
        let tag = |g: &guides::Guide| {
            if second.is_some() {
                format!("[{}] ", g.lang)
            } else {
                String::new()
            }
        };
        write(out, &format!("{}{}", tag(&first), block.to_text()))?;
        if let Some((_, g2)) = &second {
            if let Some(b2) = g2.blocks.get(i) {
                write(out, &format!("{}{}", tag(g2), b2.to_text()))?;
            }
        }
    }
    write(out, "")?;
    let facts = |l: &Localizer, g: &guides::Guide| -> Result<Vec<String>, CliError> {
        Ok(vec![
            l.format(
                "guides-jurisdiction",
                None,
                &[("text", Value::Text(g.jurisdiction.clone()))],
            )?,
            l.format(
                "guides-reviewed",
                None,
                &[("date", Value::Text(g.reviewed.clone()))],
            )?,
            l.format(
                "guides-sources",
                None,
                &[("sources", Value::Text(g.sources.join("; ")))],
            )?,
        ])
    };
    for line in facts(&l, &first)? {
        write(out, &line)?;
    }
    Ok(())
}

fn now_ms() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as u64)
        .unwrap_or(0)
}

/// `goldthread share …`.
fn share_command(
    cmd: ShareCommand,
    pass: &dyn PassphraseSource,
    out: &mut dyn Write,
) -> Result<(), CliError> {
    use crate::sync::engine;
    let write = |out: &mut dyn Write, s: String| writeln!(out, "{s}").map_err(CliError::Output);
    let open = |dir: &DirArg| -> Result<Diary, CliError> {
        let dir = resolve_dir(dir)?;
        Ok(Diary::open(unlock(&dir, pass)?)?)
    };
    let now = (now_ms() / 1000) as i64;
    match cmd {
        ShareCommand::Invite { relay, dir } => {
            let code = engine::invite(&mut open(&dir)?, &relay, now)?;
            write(out, code)
        }
        ShareCommand::Accept { code, dir } => {
            let number = engine::accept(&mut open(&dir)?, &code, now)?;
            write(out, number)
        }
        ShareCommand::Status { dir } => {
            for (n, s) in engine::status(&open(&dir)?)?.iter().enumerate() {
                let v = serde_json::json!({
                    "pairing": n,
                    "side": s.side,
                    "safety_number": s.safety_number,
                    "confirmed": s.confirmed,
                    "shares": s.policy,
                    "waiting": s.waiting,
                    "open_proposals": s.open_proposals,
                    "ended": s.ended,
                });
                write(out, v.to_string())?;
            }
            Ok(())
        }
        ShareCommand::Confirm { n, dir } => Ok(engine::confirm(&mut open(&dir)?, n)?),
        ShareCommand::Set {
            n,
            appointments,
            kinds,
            conditions,
            due_date,
            home,
            dir,
        } => {
            let policy = crate::sync::share::SharePolicy {
                appointments: appointments.into_iter().collect(),
                kinds: kinds.into_iter().collect(),
                conditions,
                due_date,
                home,
            };
            Ok(engine::set_policy(&mut open(&dir)?, n, policy)?)
        }
        ShareCommand::Propose { n, plan, dir } => {
            let text = std::fs::read_to_string(&plan).map_err(|source| CliError::Io {
                path: plan.clone(),
                source,
            })?;
            let p = crate::domain::Plan::from_json_str(&text).map_err(|source| CliError::Plan {
                path: plan.clone(),
                source,
            })?;
            Ok(engine::propose(
                &mut open(&dir)?,
                n,
                &p.appointments,
                now_ms(),
            )?)
        }
        ShareCommand::Answer { id, decision, dir } => Ok(engine::answer(
            &mut open(&dir)?,
            &id,
            decision == "accept",
            now_ms(),
        )?),
        ShareCommand::Show { n, dir } => {
            let plan = engine::mirror_plan(&open(&dir)?, n)?;
            write(out, plan.to_json_pretty())
        }
        ShareCommand::Revoke { n, dir } => Ok(engine::revoke(&mut open(&dir)?, n)?),
    }
}
