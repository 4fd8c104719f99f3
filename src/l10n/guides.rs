//! The guides: plain explanations of the rights and systems around her, one Markdown
//! file per guide and language (`locales/<lang>/guides/<id>.md`), embedded at build
//! time.
//!
//! A guide starts with a small header between `---` lines (`id`, `title`, `summary`,
//! `reviewed`, `sources`, `jurisdiction`, `status`), then Markdown. The Markdown is
//! parsed with pulldown-cmark into [`Block`]s of plain [`Inline`] text; anything else
//! (raw HTML, links, images, code) is dropped or reduced to its text. That is the
//! sanitising: nothing from the file reaches the page as markup, because the screens
//! build every element themselves.
//!
//! Translations keep the same blocks in the same order, so the interpreter view can
//! show two languages side by side, block by block; a test checks it.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use super::{negotiate, L10nError, GUIDE_FILES, SOURCE};

/// The guides, in reading order.
pub const IDS: [&str; 16] = [
    "parental-responsibility",
    "social-care",
    "child-protection",
    "pre-proceedings",
    "care-proceedings",
    "section-20",
    "contact",
    "mother-baby-units",
    "licence",
    "community-orders",
    "bail",
    "tags",
    "breach-recall",
    "antenatal-care",
    "after-birth",
    "who-can-help",
];

/// A guide's review state in one language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// The English source.
    Source,
    /// Translated, not yet checked by a qualified translator: the English is the
    /// reference, and the app says so.
    AwaitingReview,
    /// Checked by a qualified translator.
    Reviewed,
}

/// A run of text inside a block.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Inline {
    /// Plain text.
    Text(String),
    /// Text to stress (`**bold**` in the file).
    Strong(String),
}

/// One block of a guide: the unit the interpreter view aligns.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Block {
    /// A heading (`## ` in the file).
    Heading(Vec<Inline>),
    /// A paragraph.
    Paragraph(Vec<Inline>),
    /// A bullet list, item by item.
    List(Vec<Vec<Inline>>),
}

impl Block {
    /// The block's shape: its kind, and for a list its number of items. Translations
    /// must have the same shapes in the same order.
    pub fn shape(&self) -> (&'static str, usize) {
        match self {
            Block::Heading(_) => ("heading", 1),
            Block::Paragraph(_) => ("paragraph", 1),
            Block::List(items) => ("list", items.len()),
        }
    }

    /// The block as plain text for a terminal: `## ` before a heading, `- ` before
    /// each list item.
    pub fn to_text(&self) -> String {
        match self {
            Block::Heading(_) => format!("## {}", self.plain()),
            Block::Paragraph(_) => self.plain(),
            Block::List(_) => self
                .plain()
                .lines()
                .map(|l| format!("- {l}"))
                .collect::<Vec<_>>()
                .join("\n"),
        }
    }

    /// The block's text, without marks: list items each end a line.
    pub fn plain(&self) -> String {
        let runs = |r: &[Inline]| -> String {
            r.iter()
                .map(|i| match i {
                    Inline::Text(t) | Inline::Strong(t) => t.as_str(),
                })
                .collect()
        };
        match self {
            Block::Heading(r) | Block::Paragraph(r) => runs(r),
            Block::List(items) => items.iter().map(|i| runs(i)).collect::<Vec<_>>().join("\n"),
        }
    }
}

/// One guide in one language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Guide {
    /// Its id (the file name).
    pub id: String,
    /// The language it is written in.
    pub lang: String,
    /// Its title.
    pub title: String,
    /// One sentence: what it helps with.
    pub summary: String,
    /// When its content was last checked (`YYYY-MM-DD`).
    pub reviewed: String,
    /// Its sources, as `domain/facts.md` cites them.
    pub sources: Vec<String>,
    /// Where it applies, and where Wales differs.
    pub jurisdiction: String,
    /// Source, awaiting review, or reviewed.
    pub status: Status,
    /// The text.
    pub blocks: Vec<Block>,
}

impl Guide {
    /// The plain-language figures of the guide's text: its summary, paragraphs and list
    /// items (headings are not sentences). Meaningful for English only.
    pub fn readability(&self) -> super::readability::Readability {
        let text: Vec<String> = std::iter::once(self.summary.clone())
            .chain(
                self.blocks
                    .iter()
                    .filter(|b| !matches!(b, Block::Heading(_)))
                    .map(Block::plain),
            )
            .collect();
        super::readability::measure(&text.join("\n"))
    }
}

/// Errors reading a guide.
#[derive(Debug, thiserror::Error)]
pub enum GuideError {
    /// There is no such guide.
    #[error("there is no guide {id:?}")]
    Unknown {
        /// What was asked for.
        id: String,
    },
    /// The file is not in the guide format.
    #[error("{lang}/guides/{id}.md: {why}")]
    Malformed {
        /// The language.
        lang: String,
        /// The guide.
        id: String,
        /// What is wrong.
        why: String,
    },
    /// The language could not be chosen.
    #[error(transparent)]
    Language(#[from] L10nError),
}

/// The languages that have guides.
pub fn languages() -> Vec<&'static str> {
    GUIDE_FILES
        .iter()
        .filter(|(_, g)| !g.is_empty())
        .map(|(l, _)| *l)
        .collect()
}

fn file(lang: &str, id: &str) -> Option<&'static str> {
    GUIDE_FILES
        .iter()
        .find(|(l, _)| *l == lang)
        .and_then(|(_, files)| files.iter().find(|(i, _)| *i == id))
        .map(|(_, text)| *text)
}

/// A guide in the language negotiated from `requested`, or in en-GB when that
/// language has no such guide.
pub fn guide(id: &str, requested: &str) -> Result<Guide, GuideError> {
    if !IDS.contains(&id) {
        return Err(GuideError::Unknown { id: id.to_string() });
    }
    let lang = negotiate(requested)?;
    let source = || {
        let text = file(SOURCE, id).ok_or_else(|| GuideError::Unknown { id: id.to_string() })?;
        parse(SOURCE, id, text)
    };
    match file(lang, id) {
        // A translation that cannot be read gives way to the English, rather than
        // taking the whole list of guides down; the tests make sure none fails.
        Some(text) if lang != SOURCE => parse(lang, id, text).or_else(|_| source()),
        Some(text) => parse(lang, id, text),
        None => source(),
    }
}

/// Every guide in a language, in reading order.
pub fn all(requested: &str) -> Result<Vec<Guide>, GuideError> {
    IDS.iter().map(|id| guide(id, requested)).collect()
}

/// Reads a guide file: the header, then the Markdown body.
pub fn parse(lang: &str, id: &str, text: &str) -> Result<Guide, GuideError> {
    let bad = |why: String| GuideError::Malformed {
        lang: lang.to_string(),
        id: id.to_string(),
        why,
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let rest = text
        .strip_prefix("---\n")
        .or_else(|| text.strip_prefix("---\r\n"))
        .ok_or_else(|| bad("it must start with a `---` header".into()))?;
    let end = rest
        .find("\n---")
        .ok_or_else(|| bad("the header has no closing `---`".into()))?;
    let (header, body) = (&rest[..end], &rest[end + 4..]);
    let mut fields = std::collections::BTreeMap::new();
    for (n, line) in header.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() {
            continue;
        }
        let (k, v) = line
            .split_once(':')
            .ok_or_else(|| bad(format!("header line {} has no `key: value`", n + 2)))?;
        if fields
            .insert(k.trim().to_string(), v.trim().to_string())
            .is_some()
        {
            return Err(bad(format!("the header gives `{}` twice", k.trim())));
        }
    }
    let mut take = |k: &str| {
        fields
            .remove(k)
            .filter(|v| !v.is_empty())
            .ok_or_else(|| bad(format!("the header has no `{k}`")))
    };
    let file_id = take("id")?;
    if file_id != id {
        return Err(bad(format!("its header says id {file_id:?}")));
    }
    let title = take("title")?;
    let summary = take("summary")?;
    let reviewed = take("reviewed")?;
    if chrono::NaiveDate::parse_from_str(&reviewed, "%Y-%m-%d").is_err() {
        return Err(bad(format!("`reviewed` is not a date: {reviewed:?}")));
    }
    let sources = take("sources")?
        .split(';')
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect();
    let jurisdiction = take("jurisdiction")?;
    let status = match take("status")?.as_str() {
        "source" => Status::Source,
        "awaiting-review" => Status::AwaitingReview,
        "reviewed" => Status::Reviewed,
        other => return Err(bad(format!("unknown status {other:?}"))),
    };
    if let Some(k) = fields.keys().next() {
        return Err(bad(format!("unknown header key {k:?}")));
    }
    let blocks = blocks(body).map_err(bad)?;
    if blocks.is_empty() {
        return Err(bad("it has no text".into()));
    }
    Ok(Guide {
        id: id.to_string(),
        lang: lang.to_string(),
        title,
        summary,
        reviewed,
        sources,
        jurisdiction,
        status,
        blocks,
    })
}

/// The Markdown body as blocks. Raw HTML, images and code are refused (the files are
/// ours; a stray one is a mistake to fix, not to show); links keep only their text.
fn blocks(body: &str) -> Result<Vec<Block>, String> {
    let mut out = Vec::new();
    let mut runs: Vec<Inline> = Vec::new();
    let mut items: Vec<Vec<Inline>> = Vec::new();
    let mut strong = 0usize;
    let mut in_list = false;
    // A second paragraph in the same list item starts after a space.
    let mut item_break = false;
    let push_text = |runs: &mut Vec<Inline>, t: &str, strong: bool| match (runs.last_mut(), strong)
    {
        (Some(Inline::Text(s)), false) | (Some(Inline::Strong(s)), true) => s.push_str(t),
        _ => runs.push(if strong {
            Inline::Strong(t.to_string())
        } else {
            Inline::Text(t.to_string())
        }),
    };
    for event in Parser::new_ext(body, Options::ENABLE_TABLES) {
        match event {
            Event::Start(Tag::Heading { .. }) if in_list => {
                return Err("headings inside lists are not allowed".into())
            }
            Event::Start(Tag::Heading { level, .. }) => {
                if level != pulldown_cmark::HeadingLevel::H2 {
                    return Err(format!("only `## ` headings are allowed, not {level:?}"));
                }
                runs.clear();
            }
            Event::End(TagEnd::Heading(_)) if runs.is_empty() => {
                return Err("a heading has no text".into())
            }
            Event::End(TagEnd::Heading(_)) => out.push(Block::Heading(std::mem::take(&mut runs))),
            Event::Rule => return Err("lines (`---`) are not allowed in the text".into()),
            // Inside a list, paragraphs (a "loose" list) belong to their item.
            Event::Start(Tag::Paragraph) if !in_list => runs.clear(),
            Event::End(TagEnd::Paragraph) if in_list => item_break = true,
            Event::End(TagEnd::Paragraph) if !in_list && !runs.is_empty() => {
                out.push(Block::Paragraph(std::mem::take(&mut runs)));
            }
            Event::Start(Tag::List(None)) if in_list => {
                return Err("lists inside lists are not allowed".into())
            }
            Event::Start(Tag::List(None)) => {
                in_list = true;
                items.clear();
            }
            Event::Start(Tag::List(Some(_))) => return Err("numbered lists are not allowed".into()),
            Event::Start(Tag::Item) => {
                runs.clear();
                item_break = false;
            }
            Event::End(TagEnd::Item) => items.push(std::mem::take(&mut runs)),
            Event::End(TagEnd::List(_)) => {
                in_list = false;
                out.push(Block::List(std::mem::take(&mut items)));
            }
            Event::Start(Tag::Strong) => strong += 1,
            Event::End(TagEnd::Strong) => strong = strong.saturating_sub(1),
            Event::Start(Tag::Emphasis | Tag::Link { .. })
            | Event::End(TagEnd::Emphasis | TagEnd::Link) => {}
            Event::Text(t) => {
                if std::mem::take(&mut item_break) && !runs.is_empty() {
                    push_text(&mut runs, " ", strong > 0);
                }
                push_text(&mut runs, &t, strong > 0)
            }
            Event::SoftBreak | Event::HardBreak => push_text(&mut runs, " ", strong > 0),
            Event::Html(_) | Event::InlineHtml(_) => return Err("raw HTML is not allowed".into()),
            Event::Start(Tag::Image { .. }) => return Err("images are not allowed".into()),
            Event::Code(_) | Event::Start(Tag::CodeBlock(_)) => {
                return Err("code is not allowed".into())
            }
            Event::Start(Tag::Table(_)) => return Err("tables are not allowed".into()),
            Event::Start(Tag::BlockQuote(_)) => return Err("quotes are not allowed".into()),
            _ => {}
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = "---\nid: bail\ntitle: Bail\nsummary: What bail is.\nreviewed: 2026-11-24\nsources: Bail Act 1976; Gov.uk\njurisdiction: England. Wales is the same.\nstatus: source\n---\n\nBail means you wait **at home** for court.\n\n## What to do\n\n- Go to court.\n- Ask a [solicitor](https://example.org).\n";

    #[test]
    fn a_guide_reads_into_blocks() {
        let g = parse("en-GB", "bail", GOOD).unwrap();
        assert_eq!(g.sources, vec!["Bail Act 1976", "Gov.uk"]);
        assert_eq!(g.status, Status::Source);
        assert_eq!(
            g.blocks,
            vec![
                Block::Paragraph(vec![
                    Inline::Text("Bail means you wait ".into()),
                    Inline::Strong("at home".into()),
                    Inline::Text(" for court.".into()),
                ]),
                Block::Heading(vec![Inline::Text("What to do".into())]),
                Block::List(vec![
                    vec![Inline::Text("Go to court.".into())],
                    vec![Inline::Text("Ask a solicitor.".into())],
                ]),
            ]
        );
        assert_eq!(g.blocks[2].shape(), ("list", 2));
    }

    #[test]
    fn anything_outside_the_format_is_refused_by_name() {
        let cases = [
            (GOOD.replace("---\nid", "id"), "start with a `---` header"),
            (GOOD.replace("id: bail", "id: tags"), "its header says id"),
            (
                GOOD.replace("reviewed: 2026-11-24", "reviewed: soon"),
                "not a date",
            ),
            (
                GOOD.replace("status: source", "status: draft"),
                "unknown status",
            ),
            (
                GOOD.replace("status: source", "status: source\ncolour: red"),
                "unknown header key",
            ),
            (
                GOOD.replace("Go to court.", "<script>alert(1)</script>"),
                "raw HTML",
            ),
            (GOOD.replace("## What", "# What"), "only `## ` headings"),
            (GOOD.replace("Go to court.", "![x](y.png)"), "images"),
            (GOOD.replace("summary: What bail is.\n", ""), "no `summary`"),
            (
                GOOD.replace("- Go to court.", "- Go to court.\n  - and wait"),
                "inside lists",
            ),
            (
                GOOD.replace("- Go to court.", "- ## Go"),
                "headings inside lists",
            ),
            (
                GOOD.replace("## What to do", "## "),
                "a heading has no text",
            ),
            (GOOD.replace("## What to do", "***"), "lines"),
            (
                GOOD.replace("Go to court.", "\n\n| a | b |\n|---|---|\n| 1 | 2 |\n"),
                "tables",
            ),
            (
                GOOD.replace("status: source", "status: source\nid: bail"),
                "twice",
            ),
        ];
        for (text, want) in cases {
            let err = parse("en-GB", "bail", &text).unwrap_err().to_string();
            assert!(err.contains(want), "{err} (wanted {want})");
            assert!(err.starts_with("en-GB/guides/bail.md: "), "{err}");
        }
    }

    #[test]
    fn a_loose_list_is_still_one_list() {
        let loose = GOOD.replace(
            "- Go to court.\n",
            "- Go to court.\n\n  Take your letter.\n\n",
        );
        let g = parse("en-GB", "bail", &loose).unwrap();
        assert_eq!(g.blocks.len(), 3, "{:?}", g.blocks);
        assert_eq!(g.blocks[2].shape(), ("list", 2));
        assert_eq!(
            g.blocks[2].plain(),
            "Go to court. Take your letter.\nAsk a solicitor."
        );
    }

    #[test]
    fn unknown_guides_and_fallback() {
        assert!(matches!(
            guide("nope", "en-GB"),
            Err(GuideError::Unknown { .. })
        ));
        let g = guide("bail", "xx").unwrap();
        assert_eq!(g.lang, "en-GB");
    }
}
