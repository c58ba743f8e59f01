//! People named by their surname and a form of address: `陈教授`, `吴先生`,
//! `唐外长`, `常副局长`, `胡老说`.
//!
//! News refers to a person already introduced by the surname alone with a
//! title or a form of address. (A pseudonym, `王某`, names no one: it is no
//! person, as the gold sets read it.) The
//! surname is the name (as the People's Daily annotation marks it) and the
//! word after it the title. Only a surname that stands as a word of its own
//! (or that jieba joined with the title into one word: `胡老`, `唐外长`) is
//! read, never a char inside another word (`古老`, `全局长`), and a person
//! is counted only where the form of address follows, not at every
//! occurrence of the char.

use super::hints::Hints;
use super::persons::is_bare_surname;
use super::Text;
use crate::core::report::{Entity, EntityKind, Evidence};

/// Titles and forms of address after a bare surname (a longer word before
/// any word it starts with: the first that matches is taken).
#[rustfmt::skip]
const ADDRESS: &[&str] = &[
    "先生", "女士", "小姐", "太太", "夫人", "老师", "教授", "副教授", "博士", "院士", "大夫", "医生",
    "师傅", "大爷", "大娘", "大妈", "大姐", "大哥", "阿姨", "老汉", "奶奶", "爷爷", "书记", "副书记",
    "主任", "副主任", "局长", "副局长", "部长助理", "部长", "副部长", "厅长", "副厅长", "处长", "副处长", "科长",
    "省长", "副省长", "市长", "副市长", "县长", "副县长", "乡长", "镇长", "村长", "校长", "副校长",
    "院长", "副院长", "所长", "站长", "经理", "总经理", "董事长", "外长", "总理", "副总理", "主席",
    "副主席", "委员长", "队长", "教练", "指导", "工程师", "总工", "厂长", "行长",
    "社长", "台长", "会长", "团长", "将军", "司令", "政委", "警官", "法官", "律师", "记者",
];

/// Chars that are surnames but far more often a word's first char before a
/// title (`原局长`, `老书记`, `小队长`, `大夫`, `总经理`, `五任县长`, `巴西籍教练`).
const NOT_BARE: &str = "任籍原老小大女男首总主正现分两一等国政全副前新该各本我他其这那几每某";
char_set!(not_bare, NOT_BARE);
lexicon!(lex_address, ADDRESS);

/// Words after `老` that make `X老` a reference (`胡老说`, `吕老，`).
const AFTER_LAO: &[&str] = &[
    "说", "认为", "指出", "表示", "介绍", "告诉", "笑", "回忆", "，", "。",
];

/// Whether `c` is a bare surname a reference may start with (a gate, see
/// [`super::flags::gate`]).
pub(super) fn bare_start(c: char) -> bool {
    is_bare_surname(c) && !not_bare(c)
}

/// The bare-surname references of `t`: surname char, its span in chars and
/// the title after it.
fn find(t: &Text, h: &Hints) -> Vec<(usize, &'static str)> {
    let mut out = Vec::new();
    // (only at the surnames, by the gates: most chars are none)
    for i in t.each_gated(super::flags::gate::BARE) {
        // a surname that starts a word
        if !h.boundary(i) {
            continue;
        }
        let Some(w) = lex_address().at(t, i + 1).or_else(|| {
            (t.get(i + 1) == '老' && AFTER_LAO.iter().any(|a| t.starts_with(i + 2, a)))
                .then_some("老")
        }) else {
            continue;
        };
        let e = i + 1 + w.chars().count();
        // the surname alone is a word, or jieba joined it with the title
        // into one (`唐外长`); the title ends a word (`陈教授们` is fine,
        // `王主任务` is not)
        let alone = h.token(i).is_some_and(|(a, b, _)| a == i && b == i + 1);
        let joined = h.token(i).is_some_and(|(a, b, _)| a == i && b == e);
        if !(alone || joined) || !h.boundary(e) {
            continue;
        }
        // (`张某某`: no title)
        if w == "某" && t.get(e) == '某' {
            continue;
        }
        out.push((i, w));
    }
    out
}

/// Adds the bare-surname references of `t` to `entities`. A person another
/// pass read at the same chars as a name (`陈小姐`, `唐外长`) becomes the
/// reference; one that covers more (`陈亚平教授`) stays.
#[inline(never)]
pub fn apply(t: &Text, h: &Hints, entities: &mut Vec<Entity>) {
    let found = find(t, h);
    if found.is_empty() {
        return;
    }
    let span_of = |i: usize, w: &str| (t.byte(i), t.byte(i + 1 + w.chars().count()));
    // a person read at the same chars (`陈小姐`) becomes the reference
    let whole: Vec<(usize, usize)> = found.iter().map(|&(i, w)| span_of(i, w)).collect();
    super::drop_mentions(entities, |k| k == EntityKind::Person, |s| whole.contains(s));
    // spans of people already found, and of organisations (no reference
    // inside a body's name)
    let taken: Vec<(usize, usize)> = entities
        .iter()
        .filter(|e| matches!(e.kind, EntityKind::Person | EntityKind::Org))
        .flat_map(|e| e.spans.iter().copied())
        .collect();
    let mut refs: Vec<Entity> = Vec::new();
    for (i, w) in found {
        let (a, b) = (t.byte(i), t.byte(i + 1));
        let (_, end) = span_of(i, w);
        if taken.iter().any(|s| s.0 < end && a < s.1) {
            continue;
        }
        let name = t.slice(i, i + 1);
        let title = (w != "某" && w != "老").then(|| w.to_string());
        match refs.iter_mut().find(|r| r.text == name) {
            Some(r) => {
                r.spans.push((a, b));
                r.count = r.spans.len();
                if r.title.is_none() {
                    r.title = title;
                }
            }
            None => refs.push(Entity {
                text: name.to_string(),
                kind: EntityKind::Person,
                title,
                count: 1,
                spans: vec![(a, b)],
                generic: false,
                evidence: Evidence::Title,
            }),
        }
    }
    entities.extend(refs);
    super::merge_same(entities);
}
