//! The guides, the glossary, and the interpreter view.
//!
//! Guides come from [`crate::l10n::guides`] in her language; each flag links to the
//! guide for its rule ([`crate::rules::Flag::guide`]). A guide that is translated but
//! not yet reviewed says so, in her language, and names English as the reference. The
//! interpreter view shows one guide in two languages side by side, block by block,
//! with the glossary terms of each block marked and defined under it: stacked on a
//! phone, two columns on a wide screen.

use dioxus::prelude::*;

use super::{text, Screen, Services};
use crate::l10n::glossary::{self, Span, Term};
use crate::l10n::guides::{self, Block, Guide, Inline, Status};
use crate::l10n::{is_rtl, Localizer, Value, LANGUAGES};

/// The guide ids, in reading order.
pub use crate::l10n::guides::IDS as GUIDES;

/// A run of text, with any glossary terms in it marked.
#[component]
fn Marked(text: String, terms: Vec<Term>) -> Element {
    let spans = glossary::mark(&text, &terms);
    rsx! {
        for (i, s) in spans.into_iter().enumerate() {
            match s {
                Span::Text(t) => rsx! { span { key: "{i}", "{t}" } },
                Span::Term(t, id) => rsx! { mark { key: "{i}", class: "term", "data-term": "{id}", "{t}" } },
            }
        }
    }
}

/// The runs of a block: plain or stressed, each with its terms marked.
#[component]
fn Runs(runs: Vec<Inline>, terms: Vec<Term>) -> Element {
    rsx! {
        for (i, r) in runs.into_iter().enumerate() {
            match r {
                Inline::Text(t) => rsx! { Marked { key: "{i}", text: t, terms: terms.clone() } },
                Inline::Strong(t) => rsx! { strong { key: "{i}", Marked { text: t, terms: terms.clone() } } },
            }
        }
    }
}

/// One block of a guide. Every element is built here: nothing from the file is
/// inserted as markup.
#[component]
fn BlockView(block: Block, terms: Vec<Term>) -> Element {
    match block {
        Block::Heading(r) => rsx! { h2 { Runs { runs: r, terms } } },
        Block::Paragraph(r) => rsx! { p { Runs { runs: r, terms } } },
        Block::List(items) => rsx! {
            ul {
                for (i, item) in items.into_iter().enumerate() {
                    li { key: "{i}", Runs { runs: item, terms: terms.clone() } }
                }
            }
        },
    }
}

/// The list of guides, or (with an id) one guide.
#[component]
pub fn GuideScreen(id: Option<&'static str>) -> Element {
    let mut services = use_context::<Services>();
    let l = services.l10n.read().clone();
    let lang = l.lang().to_string();
    let Some(id) = id.filter(|id| GUIDES.contains(id)) else {
        let all = guides::all(&lang)?;
        return rsx! {
            section { class: "card",
                h1 { {services.t("guides-title")} }
                p { {services.t("guides-intro")} }
                ul { class: "choices", role: "list",
                    for g in all.into_iter() {
                        li { key: "{g.id}",
                            button {
                                class: "choice",
                                id: "guide-{g.id}",
                                r#type: "button",
                                onclick: {
                                    let id = GUIDES.iter().find(|i| **i == g.id).copied();
                                    move |_| services.screen.set(Screen::Guide(id))
                                },
                                span { class: "item-title", "{g.title}" }
                                span { class: "hint", "{g.summary}" }
                            }
                        }
                    }
                }
                button {
                    class: "secondary",
                    r#type: "button",
                    onclick: move |_| services.screen.set(Screen::Glossary),
                    {services.t("guides-glossary")}
                }
            }
        };
    };
    let g = guides::guide(id, &lang)?;
    rsx! {
        article { class: "card guide", lang: "{g.lang}",
            h1 { "{g.title}" }
            if g.status == Status::AwaitingReview {
                p { class: "notice", role: "note", {services.t("guides-status-awaiting")} }
            }
            p { class: "summary", "{g.summary}" }
            for (n, b) in g.blocks.iter().enumerate() {
                BlockView { key: "{n}", block: b.clone(), terms: Vec::new() }
            }
            GuideFacts { guide: g.clone() }
            div { class: "row",
                button {
                    class: "secondary",
                    id: "side-by-side-{id}",
                    r#type: "button",
                    onclick: move |_| services.screen.set(Screen::Interpreter(id)),
                    {services.t("guides-side-by-side")}
                }
                button {
                    class: "secondary",
                    r#type: "button",
                    onclick: move |_| services.screen.set(Screen::Guide(None)),
                    {services.t("guides-all")}
                }
            }
        }
    }
}

/// Where a guide applies, when it was last checked, and its sources.
#[component]
fn GuideFacts(guide: Guide) -> Element {
    let services = use_context::<Services>();
    let l = services.l10n.read().clone();
    let reviewed = chrono::NaiveDate::parse_from_str(&guide.reviewed, "%Y-%m-%d")
        .ok()
        .and_then(|d| l.date(d).ok())
        .unwrap_or_else(|| guide.reviewed.clone());
    rsx! {
        p { class: "hint", {super::format(&l, "guides-jurisdiction", &[("text", Value::Text(guide.jurisdiction.clone()))])} }
        p { class: "hint", {super::format(&l, "guides-reviewed", &[("date", Value::Text(reviewed))])} }
        p { class: "hint",
            {super::format(&l, "guides-sources", &[("sources", Value::Text(String::new()))])}
            span { lang: "en", dir: "ltr", {guide.sources.join("; ")} }
        }
    }
}

/// One side of the interpreter view: a language's guide and glossary.
#[derive(Clone, PartialEq)]
struct Side {
    lang: &'static str,
    guide: Guide,
    terms: Vec<Term>,
}

fn side(lang: &'static str, id: &str) -> Result<Side, RenderError> {
    let l = Localizer::shared(lang, true)?;
    Ok(Side {
        lang,
        guide: guides::guide(id, lang)?,
        terms: glossary::glossary(&l)?,
    })
}

/// The terms a block uses, in the language of `side`.
fn terms_in(block: &Block, side: &Side) -> Vec<String> {
    let mut ids = Vec::new();
    for s in glossary::mark(&block.plain(), &side.terms) {
        if let Span::Term(_, id) = s {
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
    }
    ids
}

/// The interpreter view: one guide in two languages, aligned block by block.
#[component]
pub fn InterpreterScreen(id: &'static str) -> Element {
    let mut services = use_context::<Services>();
    let own = LANGUAGES
        .iter()
        .copied()
        .find(|l| *l == services.l10n.read().lang())
        .unwrap_or("en-GB");
    let first = use_signal(|| own);
    let second = use_signal(move || if own == "en-GB" { "pl" } else { "en-GB" });
    let a = side(first(), id)?;
    let b = side(second(), id)?;
    let choose = |label: &'static str, field: &'static str, mut sig: Signal<&'static str>| {
        rsx! {
            div {
                label { r#for: field, {services.t(label)} }
                select {
                    id: field,
                    onchange: move |e| {
                        if let Some(l) = LANGUAGES.iter().find(|l| **l == e.value()) {
                            sig.set(l);
                        }
                    },
                    for tag in LANGUAGES {
                        option { value: tag, selected: sig() == tag, lang: tag, {services.t(&format!("language-name-{tag}"))} }
                    }
                }
            }
        }
    };
    let dir = |lang: &str| if is_rtl(lang) { "rtl" } else { "ltr" };
    let rows = a.guide.blocks.len().min(b.guide.blocks.len());
    rsx! {
        section { class: "card interpreter",
            h1 { {services.t("interpreter-title")} }
            label { r#for: "guide-choice", {services.t("interpreter-guide")} }
            select {
                id: "guide-choice",
                onchange: move |e| {
                    if let Some(g) = GUIDES.iter().find(|g| **g == e.value()) {
                        services.screen.set(Screen::Interpreter(g));
                    }
                },
                for g in GUIDES {
                    option { value: g, selected: g == id, {guides::guide(g, first()).map(|g| g.title).unwrap_or_default()} }
                }
            }
            div { class: "row",
                {choose("interpreter-first", "first-lang", first)}
                {choose("interpreter-second", "second-lang", second)}
            }
            div { class: "pair titles",
                h2 { lang: "{a.lang}", dir: dir(a.lang), "{a.guide.title}" }
                h2 { lang: "{b.lang}", dir: dir(b.lang), "{b.guide.title}" }
            }
            div { class: "pair",
                div { lang: "{a.lang}", dir: dir(a.lang),
                    if a.guide.status == Status::AwaitingReview {
                        p { class: "notice", {text(&*Localizer::shared(a.lang, true)?, "guides-status-awaiting")} }
                    }
                }
                div { lang: "{b.lang}", dir: dir(b.lang),
                    if b.guide.status == Status::AwaitingReview {
                        p { class: "notice", {text(&*Localizer::shared(b.lang, true)?, "guides-status-awaiting")} }
                    }
                }
            }
            for i in 0..rows {
                div { class: "pair", key: "{i}",
                    div { class: "cell", lang: "{a.lang}", dir: dir(a.lang),
                        BlockView { block: a.guide.blocks[i].clone(), terms: a.terms.clone() }
                    }
                    div { class: "cell", lang: "{b.lang}", dir: dir(b.lang),
                        BlockView { block: b.guide.blocks[i].clone(), terms: b.terms.clone() }
                    }
                    TermsOf { ids: terms_in(&a.guide.blocks[i], &a), a: a.clone(), b: b.clone() }
                }
            }
        }
    }
}

/// The glossary terms of one block, in both languages, with the first language's
/// definition.
#[component]
fn TermsOf(ids: Vec<String>, a: Side, b: Side) -> Element {
    let services = use_context::<Services>();
    if ids.is_empty() {
        return rsx! {};
    }
    let find = |s: &Side, id: &str| s.terms.iter().find(|t| t.id == id).cloned();
    rsx! {
        details { class: "terms",
            summary { {services.t("interpreter-terms")} }
            dl {
                for id in ids.iter() {
                    if let (Some(ta), Some(tb)) = (find(&a, id), find(&b, id)) {
                        div { key: "{id}",
                            dt {
                                span { lang: "{a.lang}", "{ta.term}" }
                                " — "
                                span { lang: "{b.lang}", "{tb.term}" }
                            }
                            dd { lang: "{a.lang}", "{ta.definition}" }
                        }
                    }
                }
            }
        }
    }
}

/// The glossary, in her language.
#[component]
pub fn GlossaryScreen() -> Element {
    let services = use_context::<Services>();
    let l = services.l10n.read().clone();
    let terms = glossary::glossary(&l)?;
    rsx! {
        section { class: "card glossary",
            h1 { {services.t("glossary-title")} }
            p { {services.t("glossary-intro")} }
            dl {
                for t in terms.into_iter() {
                    div { key: "{t.id}",
                        dt { "{t.term}" }
                        dd { "{t.definition}" }
                    }
                }
            }
        }
    }
}
