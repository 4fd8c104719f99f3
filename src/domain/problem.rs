//! Problems found while decoding or checking a plan, each named by its field path.

use std::fmt;

/// One thing wrong with a plan, named by the path of the field it concerns,
/// such as `appointments[3].end` with the message `must be after start`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Problem {
    /// The field's path, like `conditions[0].windows[1].from`; empty for the whole value.
    pub path: String,
    /// A short plain-English message, like `is required`.
    pub message: String,
}

impl Problem {
    /// Makes a problem from a path and a message.
    pub fn new(path: impl Into<String>, message: impl Into<String>) -> Self {
        Problem {
            path: path.into(),
            message: message.into(),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            f.write_str(&self.message)
        } else {
            write!(f, "{}: {}", self.path, self.message)
        }
    }
}

/// Every problem found in a plan or an item, in the order they were found.
/// Displayed one per line.
#[derive(Debug, Clone, PartialEq, Eq, Default, thiserror::Error)]
#[error("{}", lines(.0))]
pub struct Problems(pub Vec<Problem>);

fn lines(problems: &[Problem]) -> String {
    problems
        .iter()
        .map(Problem::to_string)
        .collect::<Vec<_>>()
        .join("\n")
}

impl Problems {
    /// The number of problems.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether there are no problems.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The problems, in the order they were found.
    pub fn iter(&self) -> std::slice::Iter<'_, Problem> {
        self.0.iter()
    }
}

impl IntoIterator for Problems {
    type Item = Problem;
    type IntoIter = std::vec::IntoIter<Problem>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl<'a> IntoIterator for &'a Problems {
    type Item = &'a Problem;
    type IntoIter = std::slice::Iter<'a, Problem>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

/// The path of field `name` inside the value at `base`.
pub(crate) fn field(base: &str, name: &str) -> String {
    if base.is_empty() {
        name.to_string()
    } else {
        format!("{base}.{name}")
    }
}

/// The path of element `i` of the list at `base`.
pub(crate) fn index(base: &str, i: usize) -> String {
    format!("{base}[{i}]")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_joins_path_and_message() {
        let p = Problem::new("appointments[3].end", "must be after start");
        assert_eq!(p.to_string(), "appointments[3].end: must be after start");
        assert_eq!(Problem::new("", "oops").to_string(), "oops");
    }

    #[test]
    fn problems_display_one_per_line() {
        let ps = Problems(vec![Problem::new("a", "x"), Problem::new("b[0]", "y")]);
        assert_eq!(ps.to_string(), "a: x\nb[0]: y");
        assert_eq!(ps.len(), 2);
    }

    #[test]
    fn paths() {
        assert_eq!(field("", "format"), "format");
        assert_eq!(field("appointments[1]", "place"), "appointments[1].place");
        assert_eq!(index("conditions", 0), "conditions[0]");
    }
}
