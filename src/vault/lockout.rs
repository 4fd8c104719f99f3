//! The growing delay after wrong passphrases.
//!
//! Five failures in a row cost 30 seconds; every further failure doubles the wait, up
//! to a cap of 24 hours (a longer lock-out could keep her from her own appointments).
//! The counter is stored in the vault file, so the delay survives a restart. It slows a
//! person guessing on the phone; it cannot slow someone who has copied the file, which
//! is what the slow KDF is for.

use std::time::Duration;

/// Failures allowed before any delay.
pub const FREE_TRIES: u32 = 5;
/// The first delay.
pub const FIRST_DELAY: Duration = Duration::from_secs(30);
/// The longest delay.
pub const MAX_DELAY: Duration = Duration::from_secs(24 * 60 * 60);

/// The wait required after `failures` consecutive failures.
pub fn delay_after(failures: u32) -> Duration {
    if failures < FREE_TRIES {
        return Duration::ZERO;
    }
    let doublings = (failures - FREE_TRIES).min(32);
    FIRST_DELAY
        .checked_mul(1u32 << doublings.min(31))
        .unwrap_or(MAX_DELAY)
        .min(MAX_DELAY)
}

/// The stored counter.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Lockout {
    /// Consecutive failed unlocks.
    pub failures: u32,
    /// When the last one happened, in seconds since the Unix epoch.
    pub last_failure: i64,
}

impl Lockout {
    /// How long she must still wait at time `now` (Unix seconds) before the next try.
    /// A clock that has gone backwards never makes the wait longer than the full delay.
    pub fn remaining(&self, now: i64) -> Duration {
        let delay = delay_after(self.failures);
        if delay.is_zero() {
            return Duration::ZERO;
        }
        let elapsed = u64::try_from(now.saturating_sub(self.last_failure)).unwrap_or(0);
        delay.saturating_sub(Duration::from_secs(elapsed))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schedule() {
        for f in 0..5 {
            assert_eq!(delay_after(f), Duration::ZERO);
        }
        assert_eq!(delay_after(5), Duration::from_secs(30));
        assert_eq!(delay_after(6), Duration::from_secs(60));
        assert_eq!(delay_after(7), Duration::from_secs(120));
        assert_eq!(delay_after(200), MAX_DELAY);
        assert_eq!(delay_after(u32::MAX), MAX_DELAY);
    }

    #[test]
    fn remaining_counts_down() {
        let l = Lockout {
            failures: 5,
            last_failure: 1000,
        };
        assert_eq!(l.remaining(1000), Duration::from_secs(30));
        assert_eq!(l.remaining(1010), Duration::from_secs(20));
        assert_eq!(l.remaining(1030), Duration::ZERO);
        // A clock set backwards does not extend the wait.
        assert_eq!(l.remaining(0), Duration::from_secs(30));
    }
}
