//! Hybrid logical clocks, and records that merge by them.
//!
//! Every shared record carries an [`Hlc`]: the wall-clock milliseconds of the device
//! that wrote it, a counter for events in the same millisecond (or when a clock runs
//! behind), and the writer's node id to break ties. Versions from two devices are
//! totally ordered, so concurrent edits resolve the same way on both sides. The losing
//! version is kept in the record's history, never dropped; merging is commutative,
//! associative and idempotent, so the order in which changes arrive does not matter.
//! Pure: "now" comes in as a parameter.

use serde::{Deserialize, Serialize};

/// A version: wall-clock milliseconds, a counter, and the writing node.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Hlc {
    /// Milliseconds since the Unix epoch, as far as the writer's clock knew.
    pub millis: u64,
    /// Orders events within the same millisecond.
    pub counter: u32,
    /// The writer's node id, which breaks ties.
    pub node: u64,
}

impl Hlc {
    /// The clock's first value on a node.
    pub fn zero(node: u64) -> Hlc {
        Hlc {
            millis: 0,
            counter: 0,
            node,
        }
    }

    /// The version for a local change after `self`, at wall time `now_ms`: later than
    /// every version seen so far, even if the wall clock went back.
    pub fn tick(self, now_ms: u64) -> Hlc {
        if now_ms > self.millis {
            Hlc {
                millis: now_ms,
                counter: 0,
                node: self.node,
            }
        } else {
            Hlc {
                millis: self.millis,
                counter: self.counter.saturating_add(1),
                node: self.node,
            }
        }
    }

    /// The clock after receiving `remote`: later than both, at wall time `now_ms`.
    pub fn receive(self, remote: Hlc, now_ms: u64) -> Hlc {
        let millis = self.millis.max(remote.millis).max(now_ms);
        let counter = if millis == self.millis && millis == remote.millis {
            self.counter.max(remote.counter).saturating_add(1)
        } else if millis == self.millis {
            self.counter.saturating_add(1)
        } else if millis == remote.millis {
            remote.counter.saturating_add(1)
        } else {
            0
        };
        Hlc {
            millis,
            counter,
            node: self.node,
        }
    }
}

/// A record's value at a version, with the versions it won over.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Versioned<T> {
    /// The winning version.
    pub version: Hlc,
    /// Its value (`None`: deleted).
    pub value: Option<T>,
    /// Versions that lost, oldest first, each once.
    pub history: Vec<(Hlc, Option<T>)>,
}

impl<T: Clone> Versioned<T> {
    /// A record written once.
    pub fn new(version: Hlc, value: Option<T>) -> Versioned<T> {
        Versioned {
            version,
            value,
            history: Vec::new(),
        }
    }

    /// Merges another copy of the same record: the later version wins, and every other
    /// version either copy knew is kept in the history, once.
    pub fn merge(&self, other: &Versioned<T>) -> Versioned<T> {
        let mut all: Vec<(Hlc, Option<T>)> = Vec::new();
        let mut add = |v: Hlc, x: &Option<T>| {
            if !all.iter().any(|(w, _)| *w == v) {
                all.push((v, x.clone()));
            }
        };
        for (v, x) in self.history.iter().chain(&other.history) {
            add(*v, x);
        }
        add(self.version, &self.value);
        add(other.version, &other.value);
        all.sort_by_key(|(v, _)| *v);
        let (version, value) = all.pop().expect("at least the two current versions");
        Versioned {
            version,
            value,
            history: all,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn a_clock_moves_forward_even_when_the_wall_clock_goes_back() {
        let a = Hlc::zero(1).tick(1_000);
        assert_eq!((a.millis, a.counter), (1_000, 0));
        let b = a.tick(900);
        assert!(b > a);
        assert_eq!((b.millis, b.counter), (1_000, 1));
        let remote = Hlc {
            millis: 5_000,
            counter: 3,
            node: 2,
        };
        let c = b.receive(remote, 1_100);
        assert!(c > remote && c > b);
        assert_eq!((c.millis, c.counter, c.node), (5_000, 4, 1));
        assert_eq!(c.receive(remote, 9_000).millis, 9_000);
    }

    #[test]
    fn a_tie_is_broken_by_the_node() {
        let a = Versioned::new(
            Hlc {
                millis: 5,
                counter: 0,
                node: 1,
            },
            Some("hers"),
        );
        let b = Versioned::new(
            Hlc {
                millis: 5,
                counter: 0,
                node: 2,
            },
            Some("worker's"),
        );
        assert_eq!(a.merge(&b).value, Some("worker's"));
        assert_eq!(b.merge(&a), a.merge(&b));
        assert_eq!(a.merge(&b).history, vec![(a.version, Some("hers"))]);
    }

    /// Two devices edit the same record in any interleaving, exchanging copies at
    /// random moments; at the end, after one last exchange, both hold the same record,
    /// and every version written is there exactly once: the winner or in the history.
    fn run(ops: &[(bool, bool, u64)]) {
        let mut clocks = [Hlc::zero(1), Hlc::zero(2)];
        let mut copies: [Option<Versioned<u64>>; 2] = [None, None];
        let mut written = Vec::new();
        let mut wall = 0;
        for (n, &(second, exchange, step)) in ops.iter().enumerate() {
            wall += step;
            let i = usize::from(second);
            if exchange {
                let (a, b) = (copies[0].clone(), copies[1].clone());
                let merged = match (a, b) {
                    (Some(a), Some(b)) => Some(a.merge(&b)),
                    (a, b) => a.or(b),
                };
                if let Some(m) = &merged {
                    for c in clocks.iter_mut() {
                        *c = c.receive(m.version, wall);
                    }
                }
                copies = [merged.clone(), merged];
            } else {
                clocks[i] = clocks[i].tick(wall);
                let new = Versioned::new(clocks[i], Some(n as u64));
                written.push(clocks[i]);
                copies[i] = Some(match &copies[i] {
                    Some(old) => old.merge(&new),
                    None => new,
                });
            }
        }
        let final_ = match (&copies[0], &copies[1]) {
            (Some(a), Some(b)) => {
                assert_eq!(a.merge(b), b.merge(a), "both sides agree");
                a.merge(b)
            }
            (Some(a), None) | (None, Some(a)) => a.clone(),
            (None, None) => return,
        };
        let mut seen: Vec<Hlc> = final_.history.iter().map(|(v, _)| *v).collect();
        seen.push(final_.version);
        let mut want = written.clone();
        want.sort();
        let mut got = seen.clone();
        got.sort();
        assert_eq!(got, want, "every version once, none lost");
        assert_eq!(
            final_.version,
            *written.iter().max().unwrap(),
            "the latest wins"
        );
        // Idempotent.
        assert_eq!(final_.merge(&final_), final_);
    }

    proptest! {
        #[test]
        fn concurrent_edits_converge(ops in proptest::collection::vec((any::<bool>(), any::<bool>(), 0u64..3), 1..60)) {
            run(&ops);
        }
    }
}
