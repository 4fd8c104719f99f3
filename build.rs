//! Embeds `locales/` in the binary: every language's Fluent files and guides, found
//! at build time, so the phone needs no file paths and a new file needs no code
//! change. Writes `$OUT_DIR/locales.rs`, which `src/l10n/mod.rs` includes.

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

/// The entries of a folder, sorted. A folder that cannot be read fails the build: a
/// binary without its text must never be made. A missing `guides/` folder is empty.
fn sorted_entries(dir: &Path) -> Vec<PathBuf> {
    if !dir.exists() && dir.ends_with("guides") {
        return Vec::new();
    }
    let mut out: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|e| {
            e.unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
                .path()
        })
        .collect();
    out.sort();
    out
}

fn files(dir: &Path, ext: &str) -> Vec<(String, PathBuf)> {
    sorted_entries(dir)
        .into_iter()
        .filter(|p| p.is_file() && p.extension().is_some_and(|e| e == ext))
        .map(|p| {
            let name = p
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or_else(|| panic!("{} is not a UTF-8 name", p.display()))
                .to_string();
            (name, p)
        })
        .collect()
}

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets it"));
    let locales = root.join("locales");
    println!("cargo:rerun-if-changed=locales");
    let mut langs: Vec<String> = sorted_entries(&locales)
        .into_iter()
        .filter(|p| p.is_dir())
        .filter_map(|p| p.file_name()?.to_str().map(str::to_string))
        // Hidden folders (an editor's, a tool's) are not languages.
        .filter(|l| !l.starts_with('.'))
        .collect();
    assert!(
        langs.iter().any(|l| l == "en-GB"),
        "locales/en-GB, the source, is missing"
    );
    // en-GB, the source, comes first.
    langs.sort_by_key(|l| (l != "en-GB", l.clone()));
    let mut ftl = String::from("&[\n");
    let mut guides = String::from("&[\n");
    for lang in &langs {
        let dir = locales.join(lang);
        let _ = writeln!(ftl, "    ({lang:?}, &[");
        for (name, path) in files(&dir, "ftl") {
            let _ = writeln!(
                ftl,
                "        ({name:?}, include_str!({:?})),",
                path.display().to_string()
            );
        }
        ftl.push_str("    ]),\n");
        let _ = writeln!(guides, "    ({lang:?}, &[");
        for (name, path) in files(&dir.join("guides"), "md") {
            let id = name.strip_suffix(".md").unwrap_or(&name);
            let _ = writeln!(
                guides,
                "        ({id:?}, include_str!({:?})),",
                path.display().to_string()
            );
        }
        guides.push_str("    ]),\n");
    }
    ftl.push(']');
    guides.push(']');
    let out = format!(
        "/// The embedded Fluent files: language tag, then (file name, text) pairs; en-GB first.\n\
         pub const RESOURCES: &[(&str, &[(&str, &str)])] = {ftl};\n\n\
         /// The embedded guides: language tag, then (guide id, Markdown text) pairs.\n\
         pub const GUIDE_FILES: &[(&str, &[(&str, &str)])] = {guides};\n"
    );
    let dest = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets it")).join("locales.rs");
    fs::write(dest, out).expect("OUT_DIR is writable");
}
