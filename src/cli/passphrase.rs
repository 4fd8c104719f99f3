//! Where passphrases come from: the environment (for scripts and tests), or the
//! terminal without echo.

use std::io::IsTerminal;

use crate::vault::Passphrase;

use super::CliError;

/// Why a passphrase is wanted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Purpose {
    /// To unlock an existing vault.
    Unlock,
    /// The passphrase of a new vault.
    Create,
    /// The duress passphrase of a new vault.
    CreateDuress,
    /// A new passphrase replacing the current one.
    New,
}

impl Purpose {
    /// The environment variable that supplies it.
    pub fn env_var(self) -> &'static str {
        match self {
            Purpose::Unlock | Purpose::Create => "GOLDTHREAD_PASSPHRASE",
            Purpose::CreateDuress => "GOLDTHREAD_DURESS_PASSPHRASE",
            Purpose::New => "GOLDTHREAD_NEW_PASSPHRASE",
        }
    }

    fn prompt(self) -> &'static str {
        match self {
            Purpose::Unlock => "Passphrase: ",
            Purpose::Create => "Choose a passphrase: ",
            Purpose::CreateDuress => "Choose a duress passphrase: ",
            Purpose::New => "New passphrase: ",
        }
    }

    fn confirm(self) -> bool {
        !matches!(self, Purpose::Unlock)
    }
}

/// A source of passphrases.
pub trait PassphraseSource {
    /// Gets the passphrase for `purpose`.
    fn get(&self, purpose: Purpose) -> Result<Passphrase, CliError>;
}

/// The environment variable if set, otherwise the terminal (no echo; a new passphrase
/// is asked for twice).
#[derive(Debug, Default)]
pub struct EnvOrTerminal;

impl PassphraseSource for EnvOrTerminal {
    fn get(&self, purpose: Purpose) -> Result<Passphrase, CliError> {
        if let Ok(p) = std::env::var(purpose.env_var()) {
            return Ok(Passphrase::new(p));
        }
        if !std::io::stdin().is_terminal() {
            return Err(CliError::NoPassphrase(format!(
                "no passphrase: set {} or run this in a terminal",
                purpose.env_var()
            )));
        }
        let read = |prompt: &str| {
            rpassword::prompt_password(prompt)
                .map(Passphrase::new)
                .map_err(|e| CliError::NoPassphrase(format!("could not read the passphrase: {e}")))
        };
        let first = read(purpose.prompt())?;
        if purpose.confirm() {
            let again = read("Type it again: ")?;
            if again != first {
                return Err(CliError::Input(
                    "the two passphrases are not the same".to_string(),
                ));
            }
        }
        Ok(first)
    }
}
