//! Embeds `locales/` in the binary: every language's Fluent files and guides, found
//! at build time, so the phone needs no file paths and a new file needs no code
//! change. Writes `$OUT_DIR/locales.rs`, which `src/l10n/mod.rs` includes.

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

fn sorted_entries(dir: &Path) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = fs::read_dir(dir)
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    out.sort();
    out
}

fn files(dir: &Path, ext: &str) -> Vec<(String, PathBuf)> {
    sorted_entries(dir)
        .into_iter()
        .filter(|p| p.is_file() && p.extension().is_some_and(|e| e == ext))
        .filter_map(|p| {
            let name = p.file_name()?.to_str()?.to_string();
            Some((name, p))
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
        .collect();
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
            let id = name.trim_end_matches(".md");
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
