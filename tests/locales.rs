//! Every locale parses, and has exactly en-GB's message ids, attributes and variables.
//! Every file under `locales/` is embedded in the binary.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

use fluent_syntax::ast;
use fluent_syntax::parser;

type Shape = BTreeMap<String, BTreeSet<String>>;

fn variables_in_pattern(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            variables_in_expression(expression, out);
        }
    }
}

fn variables_in_inline(e: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match e {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(format!("${}", id.name));
        }
        ast::InlineExpression::Placeable { expression } => variables_in_expression(expression, out),
        ast::InlineExpression::FunctionReference { arguments, .. }
        | ast::InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => {
            for a in &arguments.positional {
                variables_in_inline(a, out);
            }
            for a in &arguments.named {
                variables_in_inline(&a.value, out);
            }
        }
        _ => {}
    }
}

fn variables_in_expression(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Inline(i) => variables_in_inline(i, out),
        ast::Expression::Select { selector, variants } => {
            variables_in_inline(selector, out);
            for v in variants {
                variables_in_pattern(&v.value, out);
            }
        }
    }
}

/// For each message (and `message.attribute`), the variables it uses.
fn shape(path: &Path) -> Shape {
    let text = fs::read_to_string(path).unwrap();
    let res = match parser::parse(text.as_str()) {
        Ok(r) => r,
        Err((_, errors)) => panic!("{} does not parse: {errors:?}", path.display()),
    };
    let mut out = Shape::new();
    for entry in &res.body {
        let ast::Entry::Message(m) = entry else {
            continue;
        };
        let mut vars = BTreeSet::new();
        if let Some(v) = &m.value {
            variables_in_pattern(v, &mut vars);
        }
        out.insert(m.id.name.to_string(), vars);
        for a in &m.attributes {
            let mut vars = BTreeSet::new();
            variables_in_pattern(&a.value, &mut vars);
            out.insert(format!("{}.{}", m.id.name, a.id.name), vars);
        }
    }
    out
}

fn locales_dir() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("locales")
}

fn ftl_files(lang: &str) -> Vec<String> {
    let mut v: Vec<String> = fs::read_dir(locales_dir().join(lang))
        .unwrap()
        .filter_map(|e| {
            let name = e.unwrap().file_name().to_string_lossy().into_owned();
            name.ends_with(".ftl").then_some(name)
        })
        .collect();
    v.sort();
    v
}

fn languages() -> Vec<String> {
    let mut v: Vec<String> = fs::read_dir(locales_dir())
        .unwrap()
        .filter_map(|e| {
            let e = e.unwrap();
            e.file_type()
                .unwrap()
                .is_dir()
                .then(|| e.file_name().to_string_lossy().into_owned())
        })
        .collect();
    v.sort();
    v
}

#[test]
fn every_locale_parses_and_matches_en_gb() {
    let langs = languages();
    let mut want: Vec<String> = goldthread::l10n::LANGUAGES
        .iter()
        .map(|l| l.to_string())
        .collect();
    want.sort();
    assert_eq!(
        langs, want,
        "the locales are the eight of facts.md section 6"
    );
    let source_files = ftl_files("en-GB");
    assert!(!source_files.is_empty());
    for lang in &langs {
        assert_eq!(
            ftl_files(lang),
            source_files,
            "{lang} has other files than en-GB"
        );
        for file in &source_files {
            let want = shape(&locales_dir().join("en-GB").join(file));
            let got = shape(&locales_dir().join(lang).join(file));
            let missing: Vec<_> = want.keys().filter(|k| !got.contains_key(*k)).collect();
            let extra: Vec<_> = got.keys().filter(|k| !want.contains_key(*k)).collect();
            assert!(missing.is_empty(), "{lang}/{file} lacks {missing:?}");
            assert!(extra.is_empty(), "{lang}/{file} has extra {extra:?}");
            for (id, vars) in &want {
                assert_eq!(&got[id], vars, "{lang}/{file}: {id} uses other variables");
            }
        }
    }
}

#[test]
fn every_locale_file_is_embedded() {
    for lang in languages() {
        let embedded = goldthread::l10n::RESOURCES
            .iter()
            .find(|(l, _)| *l == lang)
            .unwrap_or_else(|| panic!("{lang} is not embedded"));
        for file in ftl_files(&lang) {
            let (_, text) = embedded
                .1
                .iter()
                .find(|(f, _)| *f == file)
                .unwrap_or_else(|| panic!("{lang}/{file} is not embedded"));
            assert_eq!(
                *text,
                fs::read_to_string(locales_dir().join(&lang).join(&file)).unwrap()
            );
        }
    }
}

#[test]
fn every_flag_kind_has_its_message() {
    let flags = shape(&locales_dir().join("en-GB/flags.ftl"));
    for kind in goldthread::rules::FlagKind::ALL {
        let id = goldthread::report::message_id(kind);
        for attr in ["title", "explanation", "action-1", "action-2"] {
            assert!(flags.contains_key(&format!("{id}.{attr}")), "{id}.{attr}");
        }
    }
    for kind in [
        "curfew-overlap",
        "exclusion-zone",
        "overnight-away",
        "travel-ban",
        "appointment-overlap",
    ] {
        assert!(flags.contains_key(&format!("flag-{kind}.draft")), "{kind}");
    }
}

/// The shape extraction itself: variables inside selectors and variants are found.
#[test]
fn variables_are_found_everywhere() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("x.ftl");
    fs::write(
        &p,
        "m = { $a ->\n    [one] { $b }\n   *[other] { $c }\n}\n    .t = { $d }\n",
    )
    .unwrap();
    let s = shape(&p);
    assert_eq!(
        s["m"],
        ["$a", "$b", "$c"].iter().map(|x| x.to_string()).collect()
    );
    assert_eq!(s["m.t"], ["$d".to_string()].into_iter().collect());
}

/// Every message id the screens name literally exists in en-GB. (Ids built with
/// `format!`, such as `kind-{}`, are covered by the tests of each list.)
#[test]
fn every_message_the_screens_name_exists() {
    let mut known = BTreeSet::new();
    for file in ftl_files("en-GB") {
        let text = fs::read_to_string(locales_dir().join("en-GB").join(&file)).unwrap();
        let res = parser::parse(text.as_str()).unwrap();
        for entry in res.body {
            if let ast::Entry::Message(m) = entry {
                known.insert(m.id.name.to_string());
            }
        }
    }
    let ui = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/ui");
    let mut missing = Vec::new();
    let mut seen = 0;
    for entry in fs::read_dir(&ui).unwrap() {
        let path = entry.unwrap().path();
        let code = fs::read_to_string(&path).unwrap();
        for opener in [
            "t(\"",
            "text(l, \"",
            "text(&l, \"",
            "with(\"",
            "fmt(\"",
            "dates(\"",
            "format(&l, \"",
            "format(l, \"",
            "format(\n",
            "format(\"",
        ] {
            let mut rest = code.as_str();
            while let Some(at) = rest.find(opener) {
                // `t(` must be the whole name (`.t(`), not the end of `text_input(`.
                let whole = rest[..at]
                    .chars()
                    .last()
                    .is_none_or(|c| !(c.is_ascii_alphanumeric() || c == '_'));
                rest = &rest[at + opener.len()..];
                if !whole {
                    continue;
                }
                let candidate = rest.trim_start().trim_start_matches('"');
                let id: String = candidate
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
                    .collect();
                let literal = rest.trim_start().starts_with('"') || opener.ends_with('"');
                if !literal || id.is_empty() || candidate[id.len()..].starts_with('{') {
                    continue;
                }
                if !id.contains('-') {
                    continue;
                }
                seen += 1;
                if !known.contains(&id) {
                    missing.push(format!("{}: {id}", path.display()));
                }
            }
        }
    }
    assert!(seen > 100, "the scan found only {seen} ids");
    assert!(missing.is_empty(), "missing from en-GB: {missing:#?}");
}

/// The string literals that stand as text in a file's `rsx!` markup (`p { "…" }`, or a
/// literal alone on its line) and, after removing `{…}` interpolations, still hold a
/// letter; with the number of text literals looked at. Attribute values, arguments,
/// keys and Fluent message ids (`messages`) are not text.
fn hard_coded(code: &str, messages: &BTreeSet<String>) -> (Vec<(usize, String)>, usize) {
    let mut found = Vec::new();
    let mut scanned = 0;
    let mut depth = 0i32;
    for (n, line) in code.lines().enumerate() {
        let t = line.trim();
        // The part of the line inside the markup: all of it inside a block, or what
        // follows `rsx! {` on the line that opens one (which may also close it).
        let t = if depth == 0 {
            let Some(at) = t.find("rsx! {") else { continue };
            depth = brace_balance(&t[at..]);
            t[at + "rsx! {".len()..].trim()
        } else {
            depth += brace_balance(t);
            t
        };
        if t.starts_with("//") {
            continue;
        }
        // An attribute line (`class: if a { "x" } else { "y" }`) holds values.
        let name_end = t
            .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == '#' || c == '"' || c == '-'))
            .unwrap_or(0);
        if name_end > 0 && t[name_end..].trim_start().starts_with(':') {
            continue;
        }
        let mut rest = t;
        while let Some(at) = rest.find('"') {
            let before = rest[..at].trim_end();
            let Some(len) = rest[at + 1..].find('"') else {
                break;
            };
            let literal = &rest[at + 1..at + 1 + len];
            rest = &rest[at + 1 + len + 1..];
            let text_position = before.is_empty() || before.ends_with(['{', ',']);
            // Followed by `,` `:` `=>` `)` `.` `;` or `]`, it is code, not text.
            let code_position = rest
                .trim_start()
                .starts_with([',', ':', '=', ')', '.', ';', ']']);
            if !text_position || code_position {
                continue;
            }
            scanned += 1;
            let mut stripped = String::new();
            let mut inner = 0;
            for c in literal.chars() {
                match c {
                    '{' => inner += 1,
                    '}' => inner -= 1,
                    _ if inner == 0 => stripped.push(c),
                    _ => {}
                }
            }
            if stripped.chars().any(char::is_alphabetic) && !messages.contains(literal) {
                found.push((n + 1, literal.to_string()));
            }
        }
    }
    (found, scanned)
}

#[test]
fn the_scan_for_hard_coded_text_finds_it() {
    let code = "fn v() -> Element {\n    rsx! {\n        p { \"Hello there\" }\n        span { class: \"x\", \"{name}\" }\n        \"Welcome\"\n        {t(\"nav-today\")}\n    }\n}\nfn w() -> Element { rsx! { p { \"One line\" } } }\n";
    let (found, scanned) = hard_coded(code, &BTreeSet::new());
    assert_eq!(
        found,
        vec![
            (3, "Hello there".to_string()),
            (5, "Welcome".to_string()),
            (9, "One line".to_string())
        ]
    );
    assert_eq!(scanned, 4);
}

/// No user-facing text is written into the screens' code: every text node in the
/// views' markup comes from Fluent. The only exceptions are listed here, each with why.
#[test]
fn no_user_facing_text_is_hard_coded_in_the_views() {
    const EXCEPTIONS: &[(&str, &str)] = &[(
        // The one text shown when the embedded English Fluent files cannot load, so
        // there is no Fluent to take it from. Tests make sure they always load.
        "mod.rs",
        "The app's text could not be loaded.",
    )];
    let messages: BTreeSet<String> = ftl_files("en-GB")
        .iter()
        .flat_map(|f| shape(&locales_dir().join("en-GB").join(f)).into_keys())
        .collect();
    let ui = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/ui");
    let mut found = Vec::new();
    let mut scanned = 0;
    for entry in fs::read_dir(&ui).unwrap() {
        let path = entry.unwrap().path();
        let file = path.file_name().unwrap().to_string_lossy().into_owned();
        let (hits, n) = hard_coded(&fs::read_to_string(&path).unwrap(), &messages);
        scanned += n;
        for (line, literal) in hits {
            if !EXCEPTIONS.iter().any(|(f, s)| *f == file && *s == literal) {
                found.push(format!("{file}:{line}: {literal:?}"));
            }
        }
    }
    assert!(scanned >= 10, "the scan looked at only {scanned} literals");
    assert!(found.is_empty(), "hard-coded text in the views: {found:#?}");
}

/// Opening minus closing braces on a line, outside string literals.
fn brace_balance(line: &str) -> i32 {
    let mut n = 0;
    let mut in_str = false;
    let mut prev = ' ';
    for c in line.chars() {
        match c {
            '"' if prev != '\\' => in_str = !in_str,
            '{' if !in_str => n += 1,
            '}' if !in_str => n -= 1,
            _ => {}
        }
        prev = c;
    }
    n
}
